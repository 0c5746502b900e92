"""Driving the agenda editor by keyboard and checking what reached the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from facilitator.storage import series as store
from ui.agenda_model import MINUTES, TITLE
from ui.main_window import MainWindow


def agenda_rows(db, session_id):
    """(depth, title, minutes) for every block in running order, straight from storage."""
    rows = []
    for block in store.load_agenda(db, session_id):
        rows.append((0, block.title, block.minutes))
        rows.extend((1, child.title, child.minutes) for child in block.children)
    return rows


@pytest.fixture
def editor_setup(qtbot, workspace):
    db = workspace.db
    series = store.create_series(db, title="Edits")
    session = store.add_session(db, series.id, title="One", start_time="09:00", duration_minutes=60)
    for title, minutes in [("Welcome", 10), ("Pairs", 20), ("Close", 10)]:
        store.add_block(db, session.id, title=title, minutes=minutes)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_session(series.id, session.id)
    editor = window.agenda_editor
    yield window, editor, db, session.id
    window.close()


def select(editor, title: str, column: int = TITLE) -> None:
    for block_id in editor.model.block_ids():
        index = editor.model.index_of(block_id, column)
        if editor.model.index_of(block_id, TITLE).data() == title:
            editor.tree.setCurrentIndex(index)
            editor.tree.setFocus()
            return
    raise AssertionError(f"no row titled {title}")


def key(qtbot, editor, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(editor.tree, key, modifier)


CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_n_adds_a_block_after_the_current_one_and_typing_names_it(qtbot, editor_setup):
    window, editor, db, session_id = editor_setup
    select(editor, "Pairs")
    key(qtbot, editor, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: len(agenda_rows(db, session_id)) == 4)
    assert agenda_rows(db, session_id)[2] == (0, "New block", 10)
    title_editor = QApplication.focusWidget()
    title_editor.selectAll()
    qtbot.keyClicks(title_editor, "Break")
    qtbot.keyClick(title_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: agenda_rows(db, session_id)[2][1] == "Break")
    assert [row[1] for row in agenda_rows(db, session_id)] == ["Welcome", "Pairs", "Break", "Close"]
    assert editor.current_block_id() == store.load_agenda(db, session_id)[2].id


def test_minutes_edit_inline_with_the_spin_box_and_clock_times_follow(qtbot, editor_setup):
    window, editor, db, session_id = editor_setup
    select(editor, "Pairs", MINUTES)
    key(qtbot, editor, Qt.Key.Key_F2)
    spin = QApplication.focusWidget()
    assert spin.metaObject().className() == "QSpinBox"
    spin.selectAll()
    qtbot.keyClicks(spin, "25")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: agenda_rows(db, session_id)[1] == (0, "Pairs", 25))
    close = editor.model.index_of(store.load_agenda(db, session_id)[2].id, 0)
    assert close.data() == "09:35"


def test_ctrl_up_and_down_reorder_and_undo_puts_it_back(qtbot, editor_setup):
    window, editor, db, session_id = editor_setup
    select(editor, "Close")
    key(qtbot, editor, Qt.Key.Key_Up, CTRL)
    assert [r[1] for r in agenda_rows(db, session_id)] == ["Welcome", "Close", "Pairs"]
    key(qtbot, editor, Qt.Key.Key_Up, CTRL)
    assert [r[1] for r in agenda_rows(db, session_id)] == ["Close", "Welcome", "Pairs"]
    key(qtbot, editor, Qt.Key.Key_Down, CTRL)
    assert [r[1] for r in agenda_rows(db, session_id)] == ["Welcome", "Close", "Pairs"]
    assert editor.tree.currentIndex().data() is not None
    assert editor.model.data(editor.tree.currentIndex(), Qt.ItemDataRole.UserRole) == \
        store.load_agenda(db, session_id)[1].id  # the moved block stays selected
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert [r[1] for r in agenda_rows(db, session_id)] == ["Welcome", "Pairs", "Close"]


def test_a_drop_moves_the_block_and_a_drop_onto_a_block_makes_a_sub_block(qtbot, editor_setup):
    window, editor, db, session_id = editor_setup
    model = editor.model
    ids = model.block_ids()
    close = model.index_of(ids[2])
    # Drop "Close" between Welcome and Pairs (row 1 at the top level).
    assert model.dropMimeData(model.mimeData([close]), Qt.DropAction.MoveAction, 1, 0, QModelIndex()) is False
    qtbot.waitUntil(lambda: [r[1] for r in agenda_rows(db, session_id)] == ["Welcome", "Close", "Pairs"])
    # Drop "Pairs" onto "Close": it becomes Close's sub-block.
    pairs, close = model.index_of(ids[1]), model.index_of(ids[2])
    model.dropMimeData(model.mimeData([pairs]), Qt.DropAction.MoveAction, -1, -1, close)
    qtbot.waitUntil(lambda: agenda_rows(db, session_id) == [(0, "Welcome", 10), (0, "Close", 10), (1, "Pairs", 20)])
    # A heading cannot be dropped under another block.
    close = model.index_of(ids[2])
    assert not model.canDropMimeData(model.mimeData([close]), Qt.DropAction.MoveAction, -1, -1,
                                     model.index_of(ids[0]))
    assert editor.total_label.text().endswith("on time") is False  # 30 of 60: time to spare
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: [r[:2] for r in agenda_rows(db, session_id)] == [(0, "Welcome"), (0, "Close"), (0, "Pairs")])


def test_indent_and_outdent_by_keyboard(qtbot, editor_setup):
    window, editor, db, session_id = editor_setup
    select(editor, "Pairs")
    key(qtbot, editor, Qt.Key.Key_Right, CTRL)
    assert agenda_rows(db, session_id) == [(0, "Welcome", 10), (1, "Pairs", 20), (0, "Close", 10)]
    # Welcome now lasts as long as its sub-block (20), not its own 10: 20 + 10.
    assert editor.total_label.text().startswith("Total 30 min")
    key(qtbot, editor, Qt.Key.Key_Left, CTRL)
    assert agenda_rows(db, session_id) == [(0, "Welcome", 10), (0, "Pairs", 20), (0, "Close", 10)]
    select(editor, "Welcome")
    key(qtbot, editor, Qt.Key.Key_Right, CTRL)  # the first block has nothing above it
    assert agenda_rows(db, session_id)[0] == (0, "Welcome", 10)


def test_delete_then_undo_and_redo(qtbot, editor_setup):
    window, editor, db, session_id = editor_setup
    pairs_id = store.load_agenda(db, session_id)[1].id
    select(editor, "Pairs")
    key(qtbot, editor, Qt.Key.Key_Delete)
    assert [r[1] for r in agenda_rows(db, session_id)] == ["Welcome", "Close"]
    assert editor.tree.currentIndex().data() == "Close"
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert [r[1] for r in agenda_rows(db, session_id)] == ["Welcome", "Pairs", "Close"]
    assert store.load_agenda(db, session_id)[1].id == pairs_id
    key(qtbot, editor, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert [r[1] for r in agenda_rows(db, session_id)] == ["Welcome", "Close"]


def test_total_turns_to_over_in_words_not_only_colour(qtbot, editor_setup):
    window, editor, db, session_id = editor_setup
    assert not editor.is_over()
    assert "20 min to spare" in editor.total_label.text()
    pairs = editor.model.index_of(store.load_agenda(db, session_id)[1].id, MINUTES)
    editor.model.setData(pairs, 52)
    qtbot.waitUntil(editor.is_over)
    assert "12 min over" in editor.total_label.text()
    assert agenda_rows(db, session_id)[1] == (0, "Pairs", 52)
    window.undo_action.trigger()
    assert not editor.is_over()


def test_block_details_and_session_fields_save_and_undo(qtbot, editor_setup):
    window, editor, db, session_id = editor_setup
    select(editor, "Pairs")
    editor.prompts_edit.setFocus()
    editor.prompts_edit.setPlainText("What brought you here?\n\nWhat do you hope to hear?")
    select(editor, "Close")  # moving on commits what was typed
    assert store.load_agenda(db, session_id)[1].prompts == ["What brought you here?", "What do you hope to hear?"]
    editor.duration_edit.setValue(35)
    editor.duration_edit.editingFinished.emit()
    assert store.get_session(db, session_id).duration_minutes == 35
    assert editor.is_over() and "5 min over" in editor.total_label.text()
    window.undo_action.trigger()
    assert store.get_session(db, session_id).duration_minutes == 60
    window.undo_action.trigger()
    assert store.load_agenda(db, session_id)[1].prompts == []


def test_a_registered_session_action_runs_with_the_open_session(qtbot, editor_setup):
    from ui import registry

    window, editor, db, session_id = editor_setup
    calls = []
    registry.add_session_action("test-tool", "Test tool", lambda ws, series, session: calls.append((series, session)),
                                shortcut="F12")  # a key no real feature uses, whatever else is registered
    try:
        editor.set_session(editor.series_id, session_id)
        assert "Test tool" in editor.feature_action_texts()
        qtbot.keyClick(editor.tree, Qt.Key.Key_F12)
        assert calls == [(editor.series_id, session_id)]
    finally:
        registry.remove("test-tool")


def test_undo_after_another_process_deleted_the_block_explains_and_keeps_going(qtbot, editor_setup, db_path,
                                                                               monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from facilitator.storage import open_workspace

    window, editor, db, session_id = editor_setup
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    select(editor, "Pairs")
    editor.model.setData(editor.tree.currentIndex(), "Pairs, then share")
    qtbot.waitUntil(lambda: agenda_rows(db, session_id)[1][1] == "Pairs, then share")
    other = open_workspace(db_path)
    store.delete_block(other, store.load_agenda(other, session_id)[1].id)
    other.close()
    window.undo_action.trigger()
    assert shown and "no longer exists" in shown[0]
    assert [r[1] for r in agenda_rows(db, session_id)] == ["Welcome", "Close"]
    assert editor.block_count() == 2


def test_save_session_as_template_then_it_is_offered_for_a_new_series(qtbot, editor_setup, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from facilitator import paths
    from facilitator.plan import templates

    window, editor, db, session_id = editor_setup
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Evening listening circle", True))
    window.save_template_action.trigger()
    saved = paths.user_templates_dir() / "evening-listening-circle.toml"
    assert saved.exists()
    template = templates.get_template("evening-listening-circle")
    assert [b["title"] for b in template.sessions[0]["blocks"]] == ["Welcome", "Pairs", "Close"]


def test_every_control_a_screen_reader_reaches_has_a_name(qtbot, editor_setup):
    from PySide6.QtCore import Qt as _Qt
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QWidget

    window, editor, db, session_id = editor_setup
    unnamed = []
    for page in (window.series_list, window.series_view, window.agenda_editor):
        window.pages.setCurrentWidget(page)
        for widget in page.findChildren(QWidget):
            if widget.isVisibleTo(page) and widget.focusPolicy() & _Qt.FocusPolicy.TabFocus:
                if widget.metaObject().className() in ("QScrollBar", "QTabBar", "QSplitterHandle"):
                    continue
                interface = QAccessible.queryAccessibleInterface(widget)
                if not (interface and interface.text(QAccessible.Text.Name).strip()):
                    unnamed.append(f"{page.metaObject().className()}: {widget.metaObject().className()}")
    assert unnamed == []


def test_ctrl_d_duplicates_with_prompts_and_undo_removes_the_copy(qtbot, editor_setup):
    window, editor, db, session_id = editor_setup
    pairs = store.load_agenda(db, session_id)[1]
    store.update_block(db, pairs.id, prompts=["What brought you here?"])
    editor.refresh()
    select(editor, "Pairs")
    key(qtbot, editor, Qt.Key.Key_D, CTRL)
    blocks = store.load_agenda(db, session_id)
    assert [(b.title, b.minutes, b.prompts) for b in blocks[1:3]] == [("Pairs", 20, ["What brought you here?"])] * 2
    assert blocks[1].id != blocks[2].id and editor.current_block_id() == blocks[2].id
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert [b.id for b in store.load_agenda(db, session_id)][1] == pairs.id
    assert len(store.load_agenda(db, session_id)) == 3


def test_larger_text_scales_the_whole_window(qtbot, editor_setup):
    window, editor, db, session_id = editor_setup
    before = QApplication.font().pointSizeF()
    try:
        window.zoom_in_action.trigger()
        window.zoom_in_action.trigger()
        assert QApplication.font().pointSizeF() == pytest.approx(before * 1.2)
        assert f"{before * 1.2 * 1.8:.1f}pt" in window.styleSheet()  # headings follow
    finally:
        window.zoom_reset_action.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(before)


def test_notes_typed_just_before_closing_the_window_are_saved(qtbot, editor_setup):
    window, editor, db, session_id = editor_setup
    select(editor, "Close")
    editor.notes_edit.setFocus()
    qtbot.keyClicks(editor.notes_edit, "Thank everyone by name")
    window.close()
    assert store.load_agenda(db, session_id)[2].notes == "Thank everyone by name"


def test_session_date_can_be_set_and_cleared_with_undo(qtbot, editor_setup):
    from PySide6.QtCore import QDate

    window, editor, db, session_id = editor_setup
    editor.date_edit.setDate(QDate(2027, 3, 4))
    editor.date_edit.editingFinished.emit()
    assert store.get_session(db, session_id).date == "2027-03-04"
    from PySide6.QtWidgets import QPushButton

    editor.date_row.findChild(QPushButton).click()
    assert store.get_session(db, session_id).date is None
    assert editor.date_edit.text() == "No date"
    window.undo_action.trigger()
    assert store.get_session(db, session_id).date == "2027-03-04"


def test_enter_edits_the_title_and_an_outside_write_waits_for_the_cell(qtbot, editor_setup, db_path):
    from facilitator.storage import open_workspace

    window, editor, db, session_id = editor_setup
    select(editor, "Pairs")
    key(qtbot, editor, Qt.Key.Key_Return)
    title_editor = QApplication.focusWidget()
    assert editor.tree.state() == editor.tree.State.EditingState
    other = open_workspace(db_path)
    store.update_block(other, store.load_agenda(other, session_id)[2].id, minutes=15)
    other.close()
    window.workspace._check_outside_changes()  # what the half-second poll does
    assert editor.tree.state() == editor.tree.State.EditingState  # typing is not interrupted
    title_editor.selectAll()
    qtbot.keyClicks(title_editor, "Pairs across views")
    qtbot.keyClick(title_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: agenda_rows(db, session_id) ==
                    [(0, "Welcome", 10), (0, "Pairs across views", 20), (0, "Close", 15)])
    qtbot.waitUntil(lambda: "Total 45 min" in editor.total_label.text())
