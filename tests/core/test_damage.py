"""A damaged workspace is refused before anything is written to it, and the newest good
backup is offered; restoring it from the command line brings the work back."""

from __future__ import annotations

import hashlib
import re
import shlex

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.errors import DamagedWorkspace
from facilitator.plan import templates
from facilitator.storage import backup as backups
from facilitator.storage import open_workspace
from facilitator.storage import series as store


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damage(path, *, offset=None):
    data = bytearray(path.read_bytes())
    page = 4096
    start = offset if offset is not None else page * 2
    data[start:start + page] = b"\xde\xad\xbe\xef" * (page // 4)
    path.write_bytes(bytes(data))


@pytest.fixture
def backed_up(db_path):
    """A workspace with a four-session series, opened twice so a good backup exists."""
    db = open_workspace(db_path)
    templates.create_series(db, templates.get_template("breakthrough"), title="Charter conversations")
    db.close()
    open_workspace(db_path).close()
    return db_path


def test_a_damaged_file_is_refused_unchanged_and_the_good_backup_offered(backed_up):
    _damage(backed_up)
    before = _digest(backed_up)
    with pytest.raises(DamagedWorkspace) as caught:
        open_workspace(backed_up)
    error = caught.value
    assert error.backup is not None and error.backup.series_count == 1
    assert "is damaged" in str(error) and error.backup.path.name in str(error)
    assert _digest(backed_up) == before, "a damaged file must never be written to"


def test_a_broken_header_is_damage_not_a_missing_passphrase(backed_up):
    _damage(backed_up, offset=0)
    with pytest.raises(DamagedWorkspace):
        open_workspace(backed_up)


def test_damage_without_any_backup_says_so(db_path):
    db = open_workspace(db_path)
    templates.create_series(db, templates.get_template("breakthrough"), title="Only copy")
    db.close()
    _damage(db_path)
    with pytest.raises(DamagedWorkspace, match="no good backup"):
        open_workspace(db_path)


def test_the_newest_good_backup_skips_damaged_copies(backed_up):
    db = open_workspace(backed_up)
    store.create_series(db, title="Second")
    db.close()
    open_workspace(backed_up).close()
    newest, older = backups.backup_paths(backed_up)[:2]
    _damage(newest)
    assert backups.newest_good_backup(backed_up).path == older


def test_cli_prints_the_sentence_exits_2_and_restore_brings_the_work_back(backed_up):
    _damage(backed_up)
    runner = CliRunner()
    result = runner.invoke(main, ["--db", str(backed_up), "series", "list"])
    assert result.exit_code == 2
    assert "is damaged" in result.output
    offered = re.search(r"The newest good backup is from (\d\d \w+ \d{4} \d\d:\d\d) \(1 series\)"
                        r"\. Restore it with '([^']+)'", result.output)
    assert offered, result.output  # the date is said, not left blank
    command = shlex.split(offered.group(2))
    assert command[:3] == ["facilitator", "--db", str(backed_up)]

    # The command the sentence offers is the one that brings the work back, run from anywhere.
    result = runner.invoke(main, command[1:] + ["--yes"])
    assert result.exit_code == 0, result.output
    assert "damaged" in result.output  # says where the damaged file was kept

    result = runner.invoke(main, ["--db", str(backed_up), "series", "list"])
    assert result.exit_code == 0 and "Charter conversations" in result.output
    kept = [p for p in backups.backups_dir(backed_up).iterdir() if "-damaged-" in p.name and p.suffix == ".db"]
    assert len(kept) == 1, "the damaged file is kept, never deleted"
