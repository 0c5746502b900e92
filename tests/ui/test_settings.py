"""Settings are kept between starts and reach the core functions that use them; the first-run
guide shows once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from facilitator.clock import FakeClock
from facilitator.live import NORMAL, WRAP_UP, LiveSession
from facilitator.plan import templates
from facilitator.storage import backup as backups
from facilitator.storage import open_workspace
from facilitator.storage import series as store
from ui import settings
from ui.app import show_guide_once


def test_settings_are_kept_between_starts():
    assert settings.load() == settings.Settings()  # nothing chosen yet: the defaults
    chosen = settings.Settings(language="es", paper="letter", wrap_up_minutes=5, chime=True, data_folder="/srv/f",
                               backups=False, keep_backups=3, guide_seen=True)
    settings.save(chosen)
    assert settings.load() == chosen


def test_the_settings_dialog_returns_what_was_chosen(qtbot):
    dialog = settings.SettingsDialog(settings.Settings())
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    dialog.wrap_up.setValue(4)
    dialog.chime.setChecked(True)
    dialog.backups.setChecked(False)
    assert not dialog.keep_backups.isEnabled()
    chosen = dialog.values()
    assert (chosen.language, chosen.paper, chosen.wrap_up_minutes, chosen.chime, chosen.backups) == \
        ("es", "a4", 4, True, False)


def _first_session(db):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter")
    return store.list_sessions(db, series.id)[0]


def test_the_wrap_up_warning_comes_as_many_minutes_before_the_end_as_chosen(db):
    session = _first_session(db)
    first_block = store.load_agenda(db, session.id)[0]
    clock = FakeClock()
    usual = LiveSession(db, session.id, clock)
    early = LiveSession(db, session.id, clock, wrap_up_minutes=5)
    usual.start()
    clock.advance(60 * first_block.minutes - 4 * 60)  # four minutes left
    early.reload()
    assert usual.status().phase == NORMAL
    assert early.status().phase == WRAP_UP


@pytest.fixture
def workspace(qtbot, db_path):
    from ui.workspace import Workspace

    opened = Workspace(db_path)
    yield opened  # closed after qtbot has closed the windows on it
    opened.close()


def test_the_live_window_uses_the_chosen_warning_and_chime(qtbot, workspace):
    from ui.live.window import LiveWindow

    settings.save(settings.Settings(wrap_up_minutes=6, chime=True))
    session = _first_session(workspace.db)
    window = LiveWindow(workspace, session.series_id, session.id, clock=FakeClock())
    qtbot.addWidget(window)
    assert window.live.wrap_up_minutes == 6
    assert window.chime.isChecked()


def test_backups_follow_the_chosen_count_and_can_be_off(db_path):
    from datetime import datetime, timedelta, timezone

    db = open_workspace(db_path, backup=False)
    _first_session(db)
    db.close()

    # One morning's copies: the newest of each day is also kept, so copies either side of
    # midnight would rightly keep one more.
    db = open_workspace(db_path, backup=False)
    start = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)
    for minute in range(6):
        backups.create_backup(db, now=start + timedelta(minutes=minute), keep_newest=3)
    db.close()
    assert len(backups.backup_paths(db_path)) == 3

    before = len(backups.backup_paths(db_path))
    db = open_workspace(db_path, backup=False)
    templates.create_series(db, templates.get_template("community"), title="Another")
    db.close()
    open_workspace(db_path, backup=False).close()  # changed since the last copy, but backups are off
    assert len(backups.backup_paths(db_path)) == before


def test_a_chosen_data_folder_holds_the_workspace_unless_a_file_is_named(tmp_path, monkeypatch):
    from facilitator import paths

    chosen = settings.Settings(data_folder=str(tmp_path / "shared"))
    monkeypatch.delenv("FACILITATOR_DATA_DIR")
    monkeypatch.setenv("HOME", str(tmp_path))
    default = paths.default_db_path()
    assert settings.workspace_path(default, chosen) == tmp_path / "shared" / default.name
    assert settings.workspace_path(tmp_path / "mine.db", chosen) == tmp_path / "mine.db"
    monkeypatch.setenv("FACILITATOR_DB", str(tmp_path / "env.db"))
    assert settings.workspace_path(paths.default_db_path(), chosen) == Path(os.environ["FACILITATOR_DB"])


def test_the_getting_started_guide_shows_on_the_first_start_only(qtbot, monkeypatch):
    shown = []

    class Window:
        def show_guide(self):
            shown.append(True)

    assert show_guide_once(Window()) is True
    assert show_guide_once(Window()) is False
    assert shown == [True]
