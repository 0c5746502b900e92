"""The roster screen and the check-in list, driven as a person would drive them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from facilitator.demo import series as demo
from facilitator.plan.model import AttendanceStatus
from facilitator.roster import attendance as att
from facilitator.roster.spreadsheets import import_file, read_table
from facilitator.storage import roster as store
from facilitator.storage import series as series_store


@pytest.fixture
def workspace(workspace):
    demo.ensure_demo(workspace.db)
    return workspace


@pytest.fixture
def series_id(workspace):
    return series_store.list_series(workspace.db)[0]["id"]


@pytest.fixture
def roster_view(qtbot, workspace, series_id):
    from ui.roster.view import RosterView

    view = RosterView(workspace, series_id)
    qtbot.addWidget(view)
    view.show()
    return view


def shown_names(view):
    return [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]


def test_search_narrows_the_roster_ignoring_accents(qtbot, roster_view):
    assert roster_view.proxy.rowCount() == 22
    qtbot.keyClicks(roster_view.search, "sofia")
    assert shown_names(roster_view) == ["Sofía Delgado"]
    roster_view.search.clear()
    qtbot.keyClicks(roster_view.search, "teachers union")
    assert sorted(shown_names(roster_view)) == ["Oluwaseun Adeyemi", "Αλέξανδρος Παπαδόπουλος"]
    assert "2 of 22" in roster_view.count_label.text()


def test_filters_by_perspective_role_and_attendance(qtbot, workspace, roster_view, series_id):
    combo = roster_view.perspective_filter
    combo.setCurrentIndex(combo.findData("Student"))
    assert sorted(shown_names(roster_view)) == ["Aaliyah Thompson", "Keisha Washington", "Marcus Reyes"]
    combo.setCurrentIndex(0)
    roster_view.role_filter.setCurrentIndex(roster_view.role_filter.findData("facilitator"))
    assert shown_names(roster_view) == ["Mei Tanaka"]
    roster_view.role_filter.setCurrentIndex(0)
    session = series_store.list_sessions(workspace.db, series_id)[0]
    keisha = store.find_participant(workspace.db, series_id, "kwashington@example.org")
    att.set_status(workspace.db, session.id, [keisha], AttendanceStatus.ABSENT)
    workspace.edited()
    box = roster_view.attendance_filter
    box.setCurrentIndex(box.findData(f"{session.id}|absent"))
    assert shown_names(roster_view) == ["Keisha Washington"]


def test_edit_in_place_persists_and_undo_puts_it_back(qtbot, workspace, roster_view, series_id):
    qtbot.keyClicks(roster_view.search, "Grace")
    pid = store.find_participant(workspace.db, series_id, "gmbeki@example.org")
    index = roster_view.edit_cell(pid, "dietary")
    roster_view.table.setCurrentIndex(index)
    qtbot.keyClick(roster_view.table, Qt.Key.Key_F2)
    editor = roster_view.table.viewport().findChild(QLineEdit)
    qtbot.keyClicks(editor, "Vegan")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: store.get_participant(workspace.db, pid).dietary == "Vegan")
    qtbot.keyClick(roster_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get_participant(workspace.db, pid).dietary == ""
    assert roster_view.edit_cell(pid, "dietary").data() == ""


def test_columns_a_file_brought_show_and_edit_like_the_others(qtbot, workspace, roster_view, series_id, tmp_path):
    path = tmp_path / "sizes.csv"
    path.write_text("Email,T-shirt size\ngmbeki@example.org,M\n", encoding="utf-8")
    import_file(workspace.db, series_id, path)
    workspace.edited()
    model = roster_view.model
    column = model.column_of("custom:T-shirt size")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "T-shirt size"
    pid = store.find_participant(workspace.db, series_id, "gmbeki@example.org")
    index = roster_view.edit_cell(pid, "custom:T-shirt size")
    assert index.data() == "M"
    assert model.setData(roster_view.proxy.mapToSource(index), "L")
    assert store.get_participant(workspace.db, pid).custom == {"T-shirt size": "L"}
    roster_view.undo_stack().undo()
    assert store.get_participant(workspace.db, pid).custom == {"T-shirt size": "M"}


def test_a_bad_email_is_refused_with_a_message(qtbot, monkeypatch, workspace, roster_view, series_id):
    shown = []
    monkeypatch.setattr("ui.roster.view.show_error", lambda parent, error: shown.append(str(error)))
    pid = store.find_participant(workspace.db, series_id, "gmbeki@example.org")
    assert not roster_view.model.setData(roster_view.model.index(roster_view.model.row_of(pid), 6), "not-an-email")
    assert "not an email address" in shown[0]
    assert store.get_participant(workspace.db, pid).email == "gmbeki@example.org"


def test_add_and_delete_are_undoable(qtbot, workspace, roster_view, series_id):
    roster_view._on_add()
    qtbot.waitUntil(lambda: roster_view.model.rowCount() == 23)
    roster_view.table.closePersistentEditor(roster_view.table.currentIndex())
    new = [p for p in store.list_participants(workspace.db, series_id) if p.name == "New participant"]
    assert len(new) == 1
    qtbot.keyClicks(roster_view.search, "Marcus")
    roster_view.table.selectRow(0)
    roster_view._on_delete()
    assert len(store.list_participants(workspace.db, series_id)) == 22
    roster_view.undo_stack().undo()
    assert store.find_participant(workspace.db, series_id, "marcus.reyes@example.org")


def test_import_dialog_previews_then_imports(qtbot, workspace, series_id, tmp_path):
    from PySide6.QtGui import QUndoStack

    from ui.roster.import_dialog import ImportDialog

    path = tmp_path / "late.csv"
    path.write_text("Participant,E-mail,Group\nRosa Quispe Mamani,rosa.quispe@example.org,Organizer\n"
                    "New Person,new@example.org,Student\nNo Email,broken@,Student\n", encoding="utf-8")
    stack = QUndoStack()
    dialog = ImportDialog(workspace, series_id, read_table(path), stack)
    qtbot.addWidget(dialog)
    assert "1 to add · 1 to update · 0 unchanged · 1 rejected" in dialog.summary.text()
    assert "late.csv, line 4, field 'Email'" in dialog.problems.toPlainText()
    assert dialog.changes.text() == "Adds: New Person\nUpdates: Rosa Quispe Mamani (perspective)"
    assert not dialog.import_button.isEnabled()
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.combos[2].setCurrentIndex(dialog.combos[2].findData("ignore"))
    assert "1 to add · 0 to update · 1 unchanged" in dialog.summary.text()
    dialog.import_button.click()
    assert store.find_participant(workspace.db, series_id, "new@example.org")
    stack.undo()
    assert len(store.list_participants(workspace.db, series_id)) == 22


@pytest.fixture
def checkin(qtbot, workspace, series_id):
    from ui.roster.checkin import CheckInView

    session = series_store.list_sessions(workspace.db, series_id)[0]
    view = CheckInView(workspace, session.id)
    qtbot.addWidget(view)
    view.show()
    view.search.setFocus()
    return view, session


def test_check_in_by_keyboard_only(qtbot, workspace, checkin, series_id):
    view, session = checkin
    assert view.count.text() == "0 of 22 here"
    qtbot.keyClicks(view.search, "minh")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.count.text() == "1 of 22 here"
    assert view.search.text() == ""
    assert view.last.text().startswith("Checked in Minh.")
    qtbot.keyClicks(view.search, "nguyen")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.count.text() == "1 of 22 here" and "already checked in" in view.last.text()
    qtbot.keyClicks(view.search, "student")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    second = view.list.currentItem().text()
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.count.text() == "2 of 22 here"
    present = [p.name for p in att.present_participants(workspace.db, session.id)]
    assert "Nguyễn Thị Minh Khai" in present and any(second.startswith(n) or n in second for n in present)
    assert len(present) == 2
    qtbot.keyClick(view.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.count.text() == "1 of 22 here"


def test_a_walk_in_is_added_and_checked_in_with_enter(qtbot, workspace, checkin, series_id):
    view, session = checkin
    qtbot.keyClicks(view.search, "Jordan Avery")
    assert "walk-in" in view.list.currentItem().text()
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.count.text() == "1 of 23 here"
    assert view.detail.text() == "Walk-ins: 1 · still to arrive: 22 · absent: 0"
    assert store.find_participant(workspace.db, series_id, "Jordan Avery")


def test_check_in_made_elsewhere_shows_up(qtbot, workspace, checkin, db_path):
    from facilitator.storage import open_workspace

    view, session = checkin
    other = open_workspace(db_path)
    att.mark_everyone_present(other, session.id)
    other.close()
    qtbot.waitUntil(lambda: view.count.text() == "22 of 22 here", timeout=3000)


def test_undo_after_someone_else_deleted_the_person_explains(qtbot, workspace, roster_view, series_id, db_path,
                                                             shown_messages):
    from facilitator.storage import open_workspace

    shown = shown_messages
    pid = store.find_participant(workspace.db, series_id, "gmbeki@example.org")
    model = roster_view.model
    assert model.setData(model.index(model.row_of(pid), model.column_of("dietary")), "Vegan")
    other = open_workspace(db_path)
    store.delete_participant(other, pid)
    other.close()
    roster_view.undo_stack().undo()
    assert shown == ["That participant is no longer on the roster."]
    assert roster_view.undo_stack().count() == 0


def test_roster_keys_win_over_the_windows_own_while_focus_is_in_the_roster(qtbot, workspace, series_id):
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMainWindow

    from ui.roster.view import RosterView

    window = QMainWindow()
    qtbot.addWidget(window)
    window_undo = []
    action = QAction("Undo in the window", window)
    action.setShortcut(QKeySequence.StandardKey.Undo)
    action.triggered.connect(lambda: window_undo.append(True))
    window.addAction(action)
    view = RosterView(workspace, series_id)
    window.setCentralWidget(view)
    window.show()
    qtbot.waitExposed(window)
    pid = store.find_participant(workspace.db, series_id, "gmbeki@example.org")
    model = view.model
    model.setData(model.index(model.row_of(pid), model.column_of("dietary")), "Vegan")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get_participant(workspace.db, pid).dietary == ""
    assert window_undo == []


def test_export_from_the_roster_writes_the_file_chosen_and_cancel_writes_nothing(qtbot, monkeypatch, roster_view,
                                                                                 tmp_path):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "roster.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    roster_view._on_export()
    assert not target.exists()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClick(roster_view.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert "Αλέξανδρος Παπαδόπουλος" in target.read_text(encoding="utf-8-sig")
    assert "Exported 22 people" in roster_view.count_label.text()


def test_import_from_the_roster_opens_the_mapping_dialog(qtbot, monkeypatch, roster_view, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from ui.roster.import_dialog import ImportDialog

    path = tmp_path / "more.csv"
    path.write_text("Name,Email\nJordan Avery,jordan@example.org\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: dialog.import_button.click())
    roster_view._on_import()
    qtbot.waitUntil(lambda: roster_view.model.rowCount() == 23)
    roster_view.undo_stack().undo()
    assert roster_view.model.rowCount() == 22


def test_perspective_list_is_edited_one_per_line_and_undoable(qtbot, monkeypatch, workspace, roster_view, series_id):
    from ui.roster.perspectives_dialog import PerspectivesDialog

    before = store.list_perspectives(workspace.db, series_id)

    def edit(dialog):
        assert dialog.editor.toPlainText().splitlines()[:2] == before[:2]
        dialog.editor.setPlainText("Student\nParent/caregiver\n\nNeighbour\n")
        return True

    monkeypatch.setattr(PerspectivesDialog, "exec", edit)
    roster_view._on_perspectives()
    assert store.list_perspectives(workspace.db, series_id) == ["Student", "Parent/caregiver", "Neighbour"]
    box = roster_view.perspective_filter
    assert box.findData("Neighbour") >= 0
    assert box.findData("Educator") >= 0  # still used by people, so still offered as a filter
    roster_view.undo_stack().undo()
    assert store.list_perspectives(workspace.db, series_id) == before


def test_the_name_column_stays_readable_after_an_import_into_an_empty_roster(qtbot, workspace, tmp_path):
    from facilitator.paths import resource
    from facilitator.plan import templates
    from ui.roster.table_model import FIELDS
    from ui.roster.view import RosterView

    series = templates.create_series(workspace.db, templates.get_template("breakthrough"), title="Empty at first")
    view = RosterView(workspace, series.id)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    import_file(workspace.db, series.id, resource("demo", "roster.csv"))
    workspace.edited()
    name = FIELDS.index("name")
    longest = max(view.table.fontMetrics().horizontalAdvance(view.model.index(r, name).data())
                  for r in range(view.model.rowCount()))
    assert view.table.columnWidth(name) >= min(longest, 22 * view.table.fontMetrics().horizontalAdvance("x"))
    pronouns = FIELDS.index("pronouns")
    assert view.table.columnWidth(pronouns) < view.table.columnWidth(name)


def test_a_stipend_is_handed_out_at_check_in_and_can_be_taken_back(qtbot, workspace, checkin, series_id):
    from facilitator.plan.logistics import session_logistics

    view, session = checkin
    minh = store.find_participant(workspace.db, series_id, "Nguyễn Thị Minh Khai")
    store.update_participant(workspace.db, minh, stipend_amount=50.0)
    workspace.edited()
    qtbot.keyClicks(view.search, "minh")
    assert "stipend 50.00 to hand out" in view.list.currentItem().text()
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert "hand them their stipend of 50.00" in view.last.text()
    qtbot.keyClick(view.search, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert store.get_participant(workspace.db, minh).stipend_status == "handed out"
    assert not session_logistics(workspace.db, session.id).stipends
    qtbot.keyClick(view.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get_participant(workspace.db, minh).stipend_status == ""
