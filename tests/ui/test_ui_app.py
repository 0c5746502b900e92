"""Starting the app: a fresh workspace gets the demo; a damaged one offers its backup; an
encrypted one asks for its passphrase; the self-test passes."""

from __future__ import annotations

import pytest

from facilitator.demo.series import DEMO_TITLE
from facilitator.plan import templates
from facilitator.storage import open_workspace
from facilitator.storage import series as store
from ui import app as gui


def _close(window):
    window.close()
    window.workspace.close()


def test_a_fresh_workspace_opens_on_the_demo_series(qtbot, db_path):
    window = gui.open_main_window(db_path)
    qtbot.addWidget(window)
    assert window.series_list.titles() == [DEMO_TITLE]
    _close(window)


def test_a_damaged_workspace_offers_the_backup_and_opens_once_restored(qtbot, db_path, monkeypatch):
    db = open_workspace(db_path)
    templates.create_series(db, templates.get_template("breakthrough"), title="Charter conversations")
    db.close()
    open_workspace(db_path).close()  # a good backup now exists
    data = bytearray(db_path.read_bytes())
    data[8192:12288] = b"\xde\xad\xbe\xef" * 1024
    db_path.write_bytes(bytes(data))

    offered = []
    monkeypatch.setattr("ui.restore_dialog.offer_restore", lambda parent, error, passphrase=None: offered.append(error)
                        or False)
    assert gui.open_main_window(db_path) is None  # declined: nothing opens, nothing written
    assert offered and offered[0].backup is not None

    from facilitator.storage import backup as backups

    def restore(parent, error, passphrase=None):
        backups.restore_backup(error.path, error.backup.path, passphrase=passphrase)
        return True

    monkeypatch.setattr("ui.restore_dialog.offer_restore", restore)
    window = gui.open_main_window(db_path)
    qtbot.addWidget(window)
    assert window.series_list.titles() == ["Charter conversations"]
    _close(window)


def test_an_encrypted_workspace_asks_for_its_passphrase(qtbot, db_path, monkeypatch):
    from facilitator.storage.workspace import create_encrypted_workspace, encryption_available

    if not encryption_available():
        pytest.skip("sqlcipher3 is not installed")
    db = create_encrypted_workspace(db_path, "correct horse")
    store.create_series(db, title="Private")
    db.close()
    answers = iter([("wrong", True), ("correct horse", True)])
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: next(answers))
    window = gui.open_main_window(db_path)
    qtbot.addWidget(window)
    assert window.series_list.titles() == ["Private"]
    _close(window)


def test_the_installed_command_passes_its_self_test(tmp_path):
    """What a packager runs after building: the real entry point, in a fresh process."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "facilitator", "--self-test"], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "self-test: ok" in result.stdout
