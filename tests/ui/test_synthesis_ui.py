"""The synthesis workspace: dropping notes on theme cards, illustrative marks, merge and split
with undo, the framework diff, the debrief checklist and the needs/offers/requests board."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QInputDialog

from facilitator.plan import templates
from facilitator.storage import debrief as debrief_store
from facilitator.storage import framework as fw_store
from facilitator.storage import notes as note_store
from facilitator.storage import themes as theme_store
from ui.notes.models import encode_note_ids
from ui.notes.synthesis import SynthesisWorkspace


@pytest.fixture
def series(workspace):
    return templates.create_series(workspace.db, templates.get_template("breakthrough"), title="Charter talks")


@pytest.fixture
def notes(workspace, series):
    s1, s4 = series.sessions[0].id, series.sessions[3].id
    return [note_store.add_note(workspace.db, s1, text="The bus decides who can choose", kind="quote").id,
            note_store.add_note(workspace.db, s1, text="Nobody asked the families", group_label="Group A").id,
            note_store.add_note(workspace.db, s4, text="Interpretation at meetings", kind="need").id,
            note_store.add_note(workspace.db, s4, text="We can host in the library", kind="offer").id]


@pytest.fixture
def view(qtbot, workspace, series, notes):
    theme_store.create_theme(workspace.db, series.id, "Access")
    theme_store.create_theme(workspace.db, series.id, "Being asked")
    widget = SynthesisWorkspace(workspace, series.id)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def _theme_counts(workspace, series):
    return {t["title"]: t["notes"] for t in theme_store.list_themes(workspace.db, series.id)}


def test_dropping_notes_on_a_card_tags_them_and_undo_removes_the_tags(view, workspace, series, notes):
    board = view.themes
    model = board.themes_model
    card = model.index(model.row_of(theme_store.list_themes(workspace.db, series.id)[0]["id"]))
    mime = board.notes_model.mimeData([board.notes_model.index(r) for r in range(board.notes_model.rowCount())
                                       if board.notes_model.note(r).id in notes[:2]])
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, card)
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, card)
    assert _theme_counts(workspace, series) == {"Access": 2, "Being asked": 0}
    # the same note may carry a second theme
    second = model.index(1)
    assert model.dropMimeData(encode_note_ids([notes[1]]), Qt.DropAction.CopyAction, -1, -1, second)
    assert _theme_counts(workspace, series) == {"Access": 2, "Being asked": 1}
    # the card shows the new count and the list shows the tags
    assert model.index(0).data(Qt.ItemDataRole.AccessibleTextRole) == "Access, 2 notes"
    view.undo_stack().undo()
    view.undo_stack().undo()
    assert _theme_counts(workspace, series) == {"Access": 0, "Being asked": 0}


def test_a_drop_between_cards_or_of_foreign_data_is_refused(view):
    model = view.themes.themes_model
    from PySide6.QtCore import QMimeData, QModelIndex
    text = QMimeData()
    text.setText("hello")
    assert not model.canDropMimeData(text, Qt.DropAction.CopyAction, -1, -1, model.index(0))
    assert not model.dropMimeData(encode_note_ids(["x"]), Qt.DropAction.CopyAction, -1, -1, QModelIndex())


def test_keyboard_tagging_illustrative_marks_split_and_merge(qtbot, view, workspace, series, notes, monkeypatch):
    board = view.themes
    selection = board.notes_view.selectionModel()
    for r in range(board.notes_model.rowCount()):
        if board.notes_model.note(r).id in notes[:2]:
            selection.select(board.notes_model.index(r), QItemSelectionModel.SelectionFlag.Select)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Access", True))
    board.tag_button.click()
    assert _theme_counts(workspace, series)["Access"] == 2

    board.themes_view.setCurrentIndex(board.themes_model.index(0))
    assert board.theme_notes.count() == 2
    quote_item = next(board.theme_notes.item(i) for i in range(2)
                      if board.theme_notes.item(i).data(Qt.ItemDataRole.UserRole) == notes[0])
    quote_item.setCheckState(Qt.CheckState.Checked)
    access_id = board.current_theme_id()
    qtbot.waitUntil(lambda: len(theme_store.illustrative_quotes(workspace.db, access_id)) == 1)

    board.theme_notes.clearSelection()
    for i in range(board.theme_notes.count()):
        item = board.theme_notes.item(i)
        item.setSelected(item.data(Qt.ItemDataRole.UserRole) == notes[1])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Voice", True))
    board.split_button.click()
    assert _theme_counts(workspace, series) == {"Access": 1, "Being asked": 0, "Voice": 1}

    board.themes_view.setCurrentIndex(board.themes_model.index(board.themes_model.row_of(access_id)))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Voice", True))
    board.merge_button.click()
    assert _theme_counts(workspace, series) == {"Being asked": 0, "Voice": 2}
    view.undo_stack().undo()
    assert _theme_counts(workspace, series) == {"Access": 1, "Being asked": 0, "Voice": 1}
    assert len(theme_store.illustrative_quotes(workspace.db, access_id)) == 1


def test_the_framework_diff_highlights_changed_words(view, workspace, series):
    statement = fw_store.add_statement(workspace.db, series.id, "Every family deserves a good school nearby")
    fw_store.add_statement(workspace.db, series.id, "Decisions are made in the open")
    fw_store.snapshot_framework(workspace.db, series.id, session_id=series.sessions[2].id, moment="before")
    fw_store.update_statement(workspace.db, statement["id"], statement="Every family deserves a great school nearby")
    fw_store.add_statement(workspace.db, series.id, "Students <are> heard")
    fw_store.snapshot_framework(workspace.db, series.id, session_id=series.sessions[2].id, moment="after")
    workspace.edited()
    view.tabs.setCurrentIndex(2)  # a hidden tab catches up when it is shown
    diff = view.framework_diff
    assert diff.older.currentText() == "v1 (before Session 3)"
    assert diff.newer.currentText() == "v2 (after Session 3)"
    html = diff.view.toHtml()
    assert "line-through" in html and "good" in html and "great" in html
    assert "Students &lt;are&gt; heard" in html  # user text is escaped, not markup
    text = diff.view.toPlainText()
    assert "1 added, 0 removed, 1 changed, 1 unchanged" in text


def test_debrief_checklist_saves_answers_and_call_status(qtbot, view, workspace, series):
    debrief = view.debrief
    view.tabs.setCurrentWidget(debrief)
    check, answer = debrief._prompt_widgets["went_well"]
    check.click()
    answer.setFocus()
    qtbot.keyClicks(answer, "Pairs ran long")
    debrief.session_box.setFocus()
    items = debrief_store.debrief(workspace.db, series.sessions[0].id)
    assert (items[0]["done"], items[0]["answer"]) == (True, "Pairs ran long")

    debrief_store.add_followup(workspace.db, series.id, person="Maribel", session_id=series.sessions[0].id)
    workspace.edited()
    status = debrief.calls.cellWidget(0, 3)
    status.setCurrentIndex(status.findData("called"))
    assert debrief_store.followups(workspace.db, series.id)[0]["status"] == "called"


def test_needs_offers_requests_board_shows_the_closing_session(view):
    board = view.offers
    assert board.session_box.currentIndex() == 3
    assert [board.lists[k].count() for k in board.lists] == [1, 1, 0]


def test_framework_statements_edit_link_and_delete_with_undo(qtbot, view, workspace, series, notes, monkeypatch):
    view.tabs.setCurrentIndex(2)
    editor = view.framework
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Decisions are made in the open", True))
    editor.add_button.click()
    statement_id = editor.current_id()
    assert statement_id is not None
    editor.fields["tensions"].setFocus()
    qtbot.keyClicks(editor.fields["tensions"], "Speed versus consultation")
    editor.list.setFocus()
    assert fw_store.statements(workspace.db, series.id)[0]["tensions"] == "Speed versus consultation"

    monkeypatch.setattr("ui.notes.framework_view.choose_notes", lambda *a: [notes[1]])
    editor.link_button.click()
    assert editor.supporting.count() == 1
    editor.delete_button.click()
    assert fw_store.statements(workspace.db, series.id) == []
    view.undo_stack().undo()
    [back] = fw_store.statements(workspace.db, series.id)
    assert (back["id"], back["tensions"], back["note_ids"]) == (statement_id, "Speed versus consultation", [notes[1]])
    view.undo_stack().undo()  # the link
    view.undo_stack().undo()  # the tensions
    assert fw_store.statements(workspace.db, series.id)[0]["tensions"] == ""


def test_the_notes_list_can_show_only_what_is_left_to_sort(view, workspace, series, notes):
    board = view.themes
    access = theme_store.list_themes(workspace.db, series.id)[0]["id"]
    theme_store.tag_notes(workspace.db, access, notes[:1])
    workspace.edited()
    board.theme_filter.setCurrentIndex(board.theme_filter.findData("untagged"))
    shown = {board.notes_model.note(r).id for r in range(board.notes_model.rowCount())}
    assert shown == set(notes[1:])
    board.group_filter.setCurrentIndex(board.group_filter.findData("Group A"))
    assert board.notes_model.rowCount() == 1


def test_a_debrief_answer_is_kept_soon_after_typing_stops(qtbot, view, workspace, series):
    view.tabs.setCurrentWidget(view.debrief)
    _check, answer = view.debrief._prompt_widgets["next_session"]
    answer.setFocus()
    qtbot.keyClicks(answer, "Print name tents")
    qtbot.waitUntil(lambda: debrief_store.debrief(workspace.db, series.sessions[0].id)[3]["answer"]
                    == "Print name tents", timeout=2000)


def test_a_call_is_added_for_someone_on_the_roster(view, workspace, series, monkeypatch):
    from facilitator.storage import roster

    ana = roster.add_participant(workspace.db, series.id, name="Ana Ruiz")
    view.tabs.setCurrentWidget(view.debrief)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Ana Ruiz", True))
    view.debrief.add_call_button.click()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Her aunt", True))
    view.debrief.add_call_button.click()
    calls = debrief_store.followups(workspace.db, series.id)
    assert [(c["person"], c["participant_id"], c["status"]) for c in calls] == [
        ("Ana Ruiz", ana.id, "to_call"), ("Her aunt", None, "to_call")]
    assert view.debrief.calls.rowCount() == 2
    view.debrief.calls.setCurrentCell(0, 0)
    view.debrief.delete_call_button.click()
    assert [c["person"] for c in debrief_store.followups(workspace.db, series.id)] == ["Her aunt"]
    view.undo_stack().undo()
    assert len(debrief_store.followups(workspace.db, series.id)) == 2


def test_a_hidden_tab_catches_up_with_changes_when_shown(view, workspace, series):
    view.tabs.setCurrentWidget(view.debrief)
    theme_store.create_theme(workspace.db, series.id, "Made elsewhere")
    workspace.edited()
    view.tabs.setCurrentWidget(view.themes)
    assert view.themes.themes_model.rowCount() == 3


def test_survey_import_from_the_debrief_tab_and_a_bad_file_message(view, workspace, series, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    view.tabs.setCurrentWidget(view.debrief)
    good = tmp_path / "after_s1.csv"
    good.write_text("Useful?,Change one thing\nYes,More pairs\nYes,Shorter intro\nNo,\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    view.debrief.survey_button.click()
    assert "Useful?: Yes 2, No 1" in view.debrief.survey_summary.text()
    assert {n.text for n in note_store.list_notes(workspace.db, series.id, kinds=["survey"])} == {
        "More pairs", "Shorter intro"}

    bad = tmp_path / "broken.csv"
    bad.write_text("A,B\n1,2,3\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr("ui.errors.show_error", lambda parent, error: shown.append(str(error)))
    view.debrief.survey_button.click()
    assert shown and "broken.csv, line 2" in shown[0]
    assert len(note_store.list_notes(workspace.db, series.id, kinds=["survey"])) == 2

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    view.debrief.survey_button.click()  # cancelled: nothing happens
    assert len(note_store.list_notes(workspace.db, series.id, kinds=["survey"])) == 2
