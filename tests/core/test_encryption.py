"""Encrypted workspaces (SQLCipher): create, open, change passphrase; a wrong passphrase is
a clear error; neither the file nor its backups hold readable text."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from facilitator.errors import PassphraseNeeded
from facilitator.plan import templates
from facilitator.storage import backup as backups
from facilitator.storage import open_workspace
from facilitator.storage import series as store
from facilitator.storage.workspace import change_passphrase, create_encrypted_workspace, encryption_available

pytestmark = pytest.mark.skipif(not encryption_available(),
                                reason="sqlcipher3 is not installed (pip install 'facilitator-companion[encryption]')")



@pytest.fixture(autouse=True)
def _fast_key_derivation(monkeypatch):
    """Real files use SQLCipher's 256,000 key-derivation rounds; fewer keep these tests quick."""
    from facilitator.storage import connection

    monkeypatch.setattr(connection, "KDF_ITERATIONS", 4000)


SECRET = "Marisol said the charter vote split her family"


def _all_bytes(folder):
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


@pytest.fixture
def encrypted(tmp_path):
    path = tmp_path / "secret.db"
    db = create_encrypted_workspace(path, "correct horse")
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter conversations")
    block = series.sessions[0].blocks[0]
    store.update_block(db, block.id, notes=SECRET)
    db.close()
    open_workspace(path, passphrase="correct horse").close()  # takes a backup
    return path


def test_the_file_and_its_backups_hold_no_readable_text(encrypted):
    raw = _all_bytes(encrypted.parent)
    assert backups.backup_paths(encrypted), "a backup was taken"
    for needle in (SECRET, "Charter conversations", "fishbowl", "CREATE TABLE", "SQLite format 3"):
        assert needle.encode() not in raw, needle


def test_the_right_passphrase_opens_it(encrypted):
    db = open_workspace(encrypted, passphrase="correct horse")
    series = store.get_series(db, store.find_series(db, "Charter"))
    assert series.sessions[0].blocks[0].notes == SECRET
    db.close()


def test_a_wrong_or_missing_passphrase_is_a_clear_error(encrypted):
    with pytest.raises(PassphraseNeeded, match="does not open secret.db"):
        open_workspace(encrypted, passphrase="wrong")
    with pytest.raises(PassphraseNeeded, match="secret.db is encrypted"):
        open_workspace(encrypted)


def test_changing_the_passphrase_rekeys_the_file_and_its_backups(encrypted):
    db = open_workspace(encrypted, passphrase="correct horse")
    rekeyed = change_passphrase(db, "battery staple")
    db.close()
    assert rekeyed == len(backups.backup_paths(encrypted)) >= 1
    with pytest.raises(PassphraseNeeded):
        open_workspace(encrypted, passphrase="correct horse")
    db = open_workspace(encrypted, passphrase="battery staple")
    assert [s["title"] for s in store.list_series(db)] == ["Charter conversations"]
    db.close()
    listed = backups.list_backups(encrypted, passphrase="battery staple")
    assert listed[0].series_count == 1


def test_restoring_an_encrypted_backup_keeps_it_encrypted(encrypted):
    db = open_workspace(encrypted, passphrase="correct horse")
    store.delete_series(db, store.find_series(db, "Charter"))
    db.close()
    backups.restore_backup(encrypted, "latest", passphrase="correct horse")
    db = open_workspace(encrypted, passphrase="correct horse")
    assert [s["title"] for s in store.list_series(db)] == ["Charter conversations"]
    db.close()
    assert SECRET.encode() not in _all_bytes(encrypted.parent)


def test_cli_creates_and_opens_an_encrypted_workspace(tmp_path, monkeypatch):
    from facilitator.cli import main

    path = tmp_path / "cli.db"
    runner = CliRunner()
    result = runner.invoke(main, ["--db", str(path), "workspace", "new", "--encrypt"],
                           input="pass phrase\npass phrase\n")
    assert result.exit_code == 0, result.output
    monkeypatch.setenv("FACILITATOR_PASSPHRASE", "pass phrase")
    assert runner.invoke(main, ["--db", str(path), "series", "new", "--title", "Budget tour"]).exit_code == 0
    listed = runner.invoke(main, ["--db", str(path), "series", "list"])
    assert "Budget tour" in listed.output
    monkeypatch.setenv("FACILITATOR_PASSPHRASE", "nope")
    refused = runner.invoke(main, ["--db", str(path), "series", "list"])
    assert refused.exit_code == 2 and "does not open cli.db" in refused.output
    assert b"Budget tour" not in path.read_bytes()
