"""The series list and overview: outside writes appear, new/delete/import, edits save and undo."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from facilitator.storage import open_workspace
from facilitator.storage import series as store
from ui import registry
from ui.main_window import MainWindow
from ui.new_series_dialog import NewSeriesDialog
from ui.series_overview import CARD_ROLE, session_card_lines


@pytest.fixture
def window(qtbot, workspace):
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_empty_workspace_shows_a_helpful_sentence(window):
    assert window.series_list.stack.currentWidget() is window.series_list.empty
    assert "New series" in window.series_list.empty.text()


def test_a_series_written_by_another_process_appears_and_the_selection_stays(qtbot, window, db_path):
    first = store.create_series(window.workspace.db, title="Already here")
    window.workspace.edited()
    window.series_list.select(first.id)
    other = open_workspace(db_path)  # as a `facilitator series new` in a terminal would
    try:
        store.create_series(other, title="From the terminal")
    finally:
        other.close()
    qtbot.waitUntil(lambda: "From the terminal" in window.series_list.titles(), timeout=3000)
    assert window.series_list.current_series_id() == first.id


def test_new_series_dialog_creates_from_the_template_and_opens_it(qtbot, window, monkeypatch):
    def fake_exec(dialog):
        dialog.select_template("breakthrough")
        dialog.title_edit.setText("Charter conversations")
        return NewSeriesDialog.DialogCode.Accepted

    monkeypatch.setattr(NewSeriesDialog, "exec", fake_exec)
    window.new_series_action.trigger()
    rows = store.list_series(window.workspace.db)
    assert [(r["title"], r["sessions"]) for r in rows] == [("Charter conversations", 4)]
    assert window.pages.currentWidget() is window.series_view
    assert window.series_view.overview.model.rowCount() == 4
    assert "Charter conversations" in window.crumbs.text()


def test_cancelling_the_new_series_dialog_changes_nothing(window, monkeypatch):
    monkeypatch.setattr(NewSeriesDialog, "exec", lambda dialog: NewSeriesDialog.DialogCode.Rejected)
    window.new_series_action.trigger()
    assert store.list_series(window.workspace.db) == []


def test_the_dialog_lists_templates_with_blank_last(qtbot):
    from facilitator.plan import templates

    found, broken = templates.load_templates()
    dialog = NewSeriesDialog(found, broken)
    qtbot.addWidget(dialog)
    names = [dialog.template_list.item(i).text() for i in range(dialog.template_list.count())]
    assert names[-1] == "Blank series" and "Breakthrough Conversation series" in names
    dialog.select_template("breakthrough")
    assert "Partnership for the Future of Learning" in dialog.details.text()


def test_delete_series_asks_first(window, monkeypatch):
    series = store.create_series(window.workspace.db, title="Doomed")
    window.workspace.edited()
    window.series_list.select(series.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.series_list.delete_series()
    assert len(store.list_series(window.workspace.db)) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.series_list.delete_series()
    assert store.list_series(window.workspace.db) == []
    assert window.series_list.stack.currentWidget() is window.series_list.empty


def test_import_of_a_bad_file_names_the_problem_and_changes_nothing(window, monkeypatch, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "facilitator.series", "version": 1,
                               "series": {"title": "", "sessions": []}}), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text() + "\n" + box.informativeText()))
    window.import_action.trigger()
    assert store.list_series(window.workspace.db) == []
    assert shown and "bad.json" in shown[0] and "title" in shown[0]


def test_export_then_import_round_trips(window, monkeypatch, tmp_path):
    from facilitator.plan import templates

    series = templates.create_series(window.workspace.db, templates.get_template("community"), title="Town hall")
    window.workspace.edited()
    window.series_list.select(series.id)
    out = tmp_path / "town.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.export_action.trigger()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    window.import_action.trigger()
    assert window.series_list.titles() == ["Town hall", "Town hall"]


def test_overview_edits_save_and_undo(qtbot, window):
    series = store.create_series(window.workspace.db, title="Plans")
    store.add_session(window.workspace.db, series.id, title="First", duration_minutes=30)
    window.open_series(series.id)
    overview = window.series_view.overview
    overview.goals_edit.setFocus()
    overview.goals_edit.setPlainText("Listen\n\nDecide together")
    overview.goals_edit.commit()
    assert store.get_series(window.workspace.db, series.id).goals == ["Listen", "Decide together"]
    overview.title_edit.setText("Plans for spring")
    overview.title_edit.editingFinished.emit()
    assert store.get_series(window.workspace.db, series.id).title == "Plans for spring"
    assert "Plans for spring" in window.crumbs.text()
    window.undo_action.trigger()
    window.undo_action.trigger()
    stored = store.get_series(window.workspace.db, series.id)
    assert (stored.title, stored.goals) == ("Plans", [])


def test_session_cards_say_when_an_agenda_misses_its_planned_length(window):
    db = window.workspace.db
    series = store.create_series(db, title="Cards")
    session = store.add_session(db, series.id, title="Long", duration_minutes=30, start_time="18:00")
    store.add_block(db, session.id, title="Talk", minutes=42)
    heading, details, status, over = session_card_lines(store.get_session(db, session.id))
    assert over and "12 min over" in status
    assert "18:00–18:30" in details
    window.open_series(series.id)
    assert window.series_view.overview.model.item(0).data(CARD_ROLE)[3] is True
    store.update_session(db, session.id, duration_minutes=60)
    heading, details, status, misses = session_card_lines(store.get_session(db, session.id))
    assert misses and "18 min to spare" in status
    store.update_session(db, session.id, duration_minutes=42)
    assert session_card_lines(store.get_session(db, session.id))[3] is False


def test_add_session_and_open_its_agenda(qtbot, window):
    series = store.create_series(window.workspace.db, title="Growing")
    window.open_series(series.id)
    overview = window.series_view.overview
    assert overview.empty.isVisible()
    overview.add_button.click()
    sessions = store.list_sessions(window.workspace.db, series.id)
    assert [s.title for s in sessions] == ["Session 1"]
    overview.sessions.activated.emit(overview.sessions.currentIndex())
    assert window.pages.currentWidget() is window.agenda_editor
    assert window.agenda_editor.empty.isVisible()
    window.back_action.trigger()
    assert window.pages.currentWidget() is window.series_view


def test_a_registered_series_page_appears_as_a_tab(qtbot, window):
    from PySide6.QtWidgets import QLabel

    made = []

    def factory(workspace, series_id):
        made.append(series_id)
        return QLabel(series_id)

    registry.add_series_page("test-roster", "Roster", factory, order=10)
    try:
        series = store.create_series(window.workspace.db, title="With pages")
        window.open_series(series.id)
        assert window.series_view.page_titles()[:2] == ["Overview", "Roster"]  # feature pages follow (order > 10)
        assert made == [series.id]
    finally:
        registry.remove("test-roster")


def test_deleting_the_open_series_elsewhere_returns_to_the_list(qtbot, window, db_path):
    series = store.create_series(window.workspace.db, title="Short-lived")
    window.open_series(series.id)
    other = open_workspace(db_path)
    try:
        store.delete_series(other, series.id)
    finally:
        other.close()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.series_list, timeout=3000)


def test_a_page_that_fails_to_open_does_not_block_the_series(qtbot, window):
    def broken(workspace, series_id):
        raise RuntimeError("roster file missing")

    registry.add_series_page("test-broken", "Broken", broken)
    try:
        series = store.create_series(window.workspace.db, title="Still works")
        window.open_series(series.id)
        index = window.series_view.page_titles().index("Broken")
        assert "roster file missing" in window.series_view.tabs.widget(index).text()
    finally:
        registry.remove("test-broken")


def test_undo_follows_the_tab_on_screen(qtbot, window):
    from PySide6.QtGui import QUndoCommand, QUndoStack
    from PySide6.QtWidgets import QLabel

    class PageWithHistory(QLabel):
        def __init__(self, workspace, series_id):
            super().__init__("notes")
            self.stack = QUndoStack(self)
            self.stack.push(QUndoCommand("Tag note"))

        def undo_stack(self):
            return self.stack

    registry.add_series_page("test-notes", "Notes", PageWithHistory)
    registry.add_series_page("test-plain", "Plain", lambda ws, sid: QLabel("plain"))
    try:
        series = store.create_series(window.workspace.db, title="Tabs")
        window.open_series(series.id)
        window.series_view.overview.topic_edit.setText("Listening")
        window.series_view.overview.topic_edit.editingFinished.emit()
        assert window.undo_action.text().replace("&", "") == "Undo Edit topic"
        tabs = window.series_view.tabs
        tabs.setCurrentIndex(window.series_view.page_titles().index("Notes"))
        assert window.undo_action.text().replace("&", "") == "Undo Tag note"
        tabs.setCurrentIndex(window.series_view.page_titles().index("Plain"))
        assert not window.undo_action.isEnabled()
    finally:
        registry.remove("test-notes")
        registry.remove("test-plain")


def test_an_empty_agenda_takes_ctrl_n_for_its_first_block(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    series = store.create_series(window.workspace.db, title="Fresh")
    session = store.add_session(window.workspace.db, series.id, title="First")
    window.open_session(series.id, session.id)
    assert "Ctrl+N" in window.agenda_editor.empty.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert [b.title for b in store.load_agenda(window.workspace.db, session.id)] == ["New block"]
    assert window.agenda_editor.tree.isVisible()


def test_an_edit_updates_the_series_list_in_place(qtbot, window):
    """An edit elsewhere (a note typed, a title changed) must not rebuild the list: the row
    object, the selection and the scroll position stay."""
    first = store.create_series(window.workspace.db, title="First")
    store.create_series(window.workspace.db, title="Second")
    window.workspace.edited()
    window.series_list.select(first.id)
    item = window.series_list.tree.currentItem()
    store.update_series(window.workspace.db, first.id, title="First, renamed")
    window.workspace.edited()
    assert window.series_list.tree.currentItem() is item
    assert item.text(0) == "First, renamed"
    store.create_series(window.workspace.db, title="Third")
    window.workspace.edited()
    assert window.series_list.titles()[-1] == "Third"
    assert window.series_list.current_series_id() == first.id
