"""The breakout board: drag between groups, lock and re-run, stop keeps the best plan."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from facilitator.demo.roster import add_sample_roster
from facilitator.groups import assign
from facilitator.plan import templates
from facilitator.storage import groups as store


@pytest.fixture
def board(qtbot, workspace, qasync_loop, shown_messages):
    from ui.groups_board import GroupsBoard

    series = templates.create_series(workspace.db, templates.get_template("breakthrough"), title="Charter talks")
    add_sample_roster(workspace.db, series.id)
    session = series.sessions[0]
    assign.assign_groups(workspace.db, session.id, groups=5, time_limit=0.05)
    widget = GroupsBoard(workspace, session.id)
    widget.seconds_spin.setValue(1)  # a search that cannot prove it is done stops here, not after the default 5 s
    widget.warnings = shown_messages
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: not widget.busy, timeout=10000)


def _drop(source, row, target):
    """Drag the person at ``row`` of ``source`` onto the end of ``target`` the way Qt delivers it."""
    mime = source.mimeData([source.item(row)])
    event = QDropEvent(QPointF(5, target.viewport().height() - 2), Qt.MoveAction, mime, Qt.LeftButton,
                       Qt.NoModifier)
    target.dropEvent(event)


def test_dragging_a_person_to_another_group_saves_it_and_undo_puts_them_back(board):
    first, second = board.columns[0], board.columns[1]
    pid = first.list.item(0).data(Qt.UserRole)
    _drop(first.list, 0, second.list)
    saved = store.get_round(board.workspace.db, board.current_round.id)
    assert pid in saved.groups[1].member_ids and pid not in saved.groups[0].member_ids
    assert board.group_of(pid) == 1
    assert board.columns[1].title.text().endswith(f"({len(saved.groups[1].members)})")
    board.undo_stack.undo()
    assert pid in store.get_round(board.workspace.db, board.current_round.id).groups[0].member_ids


def test_keyboard_moves_the_selected_person_to_the_next_group(board, qtbot):
    pid = board.columns[2].list.item(1).data(Qt.UserRole)
    board.select_person(pid)
    qtbot.keyClick(board.columns[2].list, Qt.Key_Right, Qt.ControlModifier)
    assert store.get_round(board.workspace.db, board.current_round.id).groups[3].member_ids.count(pid) == 1


def test_lock_then_rerun_keeps_the_locked_person_in_place(board, qtbot):
    column = board.columns[3]
    pid = column.list.item(0).data(Qt.UserRole)
    board.select_person(pid)
    qtbot.keyClick(column.list, Qt.Key_L, Qt.ControlModifier)
    assert store.get_round(board.workspace.db, board.current_round.id).groups[3].members[0].locked
    others_before = {m.participant_id: g for g, grp in enumerate(board.current_round.groups) for m in grp.members}
    board.seconds_spin.setValue(1)
    board.shuffle()
    assert board.busy and board.stop_button.isVisible()
    qtbot.waitUntil(lambda: not board.busy, timeout=10000)
    after = store.get_round(board.workspace.db, board.current_round.id)
    assert pid in after.groups[3].member_ids
    moved = {m.participant_id for g, grp in enumerate(after.groups) for m in grp.members
             if others_before[m.participant_id] != g}
    assert moved  # the rest was mixed again
    assert board.warnings == []
    board.undo_stack.undo()  # undo the shuffle: everyone back where they were
    restored = store.get_round(board.workspace.db, board.current_round.id)
    assert {m.participant_id: g for g, grp in enumerate(restored.groups) for m in grp.members} == others_before


def test_stop_keeps_the_best_plan_found_so_far(board, qtbot):
    board.mode_combo.setCurrentIndex(2)  # groups of
    board.count_spin.setValue(4)
    board.rounds_spin.setValue(6)  # six rounds of fours, balanced: the search cannot prove it is done early
    board.seconds_spin.setValue(120)
    board.make_groups()
    qtbot.waitUntil(lambda: "met before" in board.progress.format() or not board.busy, timeout=10000)
    assert board.busy, board.warnings
    qtbot.keyClick(board, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not board.busy, timeout=10000)
    assert board.warnings == []
    db = board.workspace.db
    planned = store.series_history(db, board.current_round.series_id)
    assert len(planned) == 6  # every breakout block from this one on got a round
    everyone = {p.id for p in assign.present_people(db, board.session_id)}
    for groups in planned:
        assert sorted(pid for g in groups for pid in g) == sorted(everyone)
        assert max(map(len, groups)) <= 5
    assert assign.report_for(db, board.current_round).hard_violations == 0
    assert not board.progress.isVisible()


def test_rules_dialog_adds_a_rule_the_next_run_keeps(board, qtbot, monkeypatch):
    from ui.group_rules import GroupRulesDialog

    dialog = GroupRulesDialog(board.workspace, board.current_round.series_id, board)
    qtbot.addWidget(dialog)
    names = {dialog.people.item(i).text(): i for i in range(dialog.people.count())}
    dialog.people.item(names["Amara Okafor"]).setSelected(True)
    dialog.add_rule()  # one person is not a rule: a message, nothing saved
    assert board.warnings and not store.list_rules(board.workspace.db, board.current_round.series_id)
    dialog.people.item(names["Dev Patel"]).setSelected(True)
    dialog.people.item(names["Amara Okafor"]).setSelected(True)
    dialog.apart.setChecked(True)
    dialog.add_rule()
    assert dialog.rules.count() == 1 and dialog.rules.item(0).text().startswith("Apart: ")
    rule = store.list_rules(board.workspace.db, board.current_round.series_id)[0]
    board.seconds_spin.setValue(1)
    board.rerun()
    qtbot.waitUntil(lambda: not board.busy, timeout=10000)
    for group in store.get_round(board.workspace.db, board.current_round.id).groups:
        assert not set(rule.participant_ids) <= set(group.member_ids)


def test_a_walk_in_shows_as_not_placed_and_can_be_dragged_into_a_group(board, qtbot):
    from facilitator.plan.model import AttendanceStatus
    from facilitator.storage.roster import add_participant, set_attendance

    db = board.workspace.db
    for p in assign.present_people(db, board.session_id):
        set_attendance(db, board.session_id, p.id, AttendanceStatus.PRESENT)
    walk_in = add_participant(db, board.current_round.series_id, name="Walter Kim")
    set_attendance(db, board.session_id, walk_in.id, AttendanceStatus.PRESENT)
    board.refresh()
    waiting = board.columns[-1]
    assert waiting.title.text() == "Not placed" and waiting.list.item(0).text() == "Walter Kim"
    _drop(waiting.list, 0, board.columns[1].list)
    assert walk_in.id in store.get_round(db, board.current_round.id).groups[1].member_ids
    assert board.columns[-1].title.text() != "Not placed"
    assert assign.report_for(db, board.current_round).hard_violations == 0


def test_making_groups_over_other_saved_rounds_asks_first(board, qtbot, monkeypatch):
    answers = []

    def answer(*args, **kwargs):
        answers.append(args[2])
        return QMessageBox.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    board.rounds_spin.setValue(2)
    board.make_groups()  # the next block has no round yet: nothing to ask
    qtbot.waitUntil(lambda: not board.busy, timeout=10000)
    assert answers == []
    before = store.series_history(board.workspace.db, board.current_round.series_id)
    board.make_groups()  # now the second round would be overwritten
    assert len(answers) == 1 and "Session 2" in answers[0]
    assert not board.busy
    assert store.series_history(board.workspace.db, board.current_round.series_id) == before


def test_after_a_search_the_summary_says_whether_the_plan_is_proven_best_until_someone_moves_a_person(board, qtbot):
    board.make_groups()
    qtbot.waitUntil(lambda: not board.busy, timeout=10000)
    said = board.summary.text()
    assert ("Optimal: no plan can do better." in said) != ("Best found in" in said)
    first, second = board.columns[0], board.columns[1]
    _drop(first.list, 0, second.list)
    assert "Optimal" not in board.summary.text() and "Best found in" not in board.summary.text()


def test_a_broken_rule_is_named_not_only_counted(board, qtbot):
    """After a hand move puts two people a rule keeps apart in one group, the board says who and where."""
    first, second = board.columns[0], board.columns[1]
    a, b = first.list.item(0).data(Qt.UserRole), second.list.item(0).data(Qt.UserRole)
    names = {p.id: p.display_name for p in assign.present_people(board.workspace.db, board.session_id)}
    store.add_rule(board.workspace.db, board.current_round.series_id, "apart", [a, b])
    board.refresh()
    assert "broken rules: 0" in board.summary.text()
    _drop(second.list, 0, first.list)
    text = board.summary.text()
    assert "broken rules: 1" in text
    assert f"Keep apart: {', '.join(sorted([names[a], names[b]], key=str.casefold))} are all in Group 1" in text


def test_make_groups_over_saved_rounds_can_be_undone_and_redone(board, qtbot, monkeypatch):
    """Replacing the saved groups after a Yes is one Ctrl+Z from the groups as they were."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    db = board.workspace.db
    from facilitator.storage import series as series_store

    sessions = [s.id for s in series_store.list_sessions(db, board.current_round.series_id)]

    def session_rounds():
        return [(r.id, r.as_lists) for sid in sessions for r in store.list_rounds(db, sid)]

    before = session_rounds()
    board.seconds_spin.setValue(1)
    board.rounds_spin.setValue(2)  # replaces the saved round and adds one for the next breakout block
    board.make_groups()
    qtbot.waitUntil(lambda: not board.busy, timeout=10000)
    after = session_rounds()
    assert len(after) == 2 and after[0][0] == before[0][0] and after != before
    board.undo_stack.undo()
    assert session_rounds() == before
    assert board.current_round.id == before[0][0]
    board.undo_stack.redo()
    assert [groups for _id, groups in session_rounds()] == [groups for _id, groups in after]


def test_grouping_rules_added_or_removed_can_be_undone(board, qtbot):
    from ui.group_rules import GroupRulesDialog

    series_id = board.current_round.series_id
    dialog = GroupRulesDialog(board.workspace, series_id, board)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    names = {dialog.people.item(i).text(): i for i in range(dialog.people.count())}
    for name in ("Dev Patel", "Amara Okafor"):
        dialog.people.item(names[name]).setSelected(True)
    dialog.note.setText("Same household")
    dialog.add_rule()
    rules = lambda: [(r.kind, sorted(r.participant_ids), r.note) for r in store.list_rules(board.workspace.db, series_id)]  # noqa: E731,E501
    added = rules()
    assert len(added) == 1
    qtbot.keyClick(dialog.rules, Qt.Key_Z, Qt.ControlModifier)
    assert rules() == [] and dialog.rules.count() == 0
    qtbot.keyClick(dialog.rules, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert rules() == added
    dialog.rules.setCurrentRow(0)
    dialog.remove_selected()
    assert rules() == []
    dialog.undo_stack.undo()
    assert rules() == added and dialog.rules.item(0).text().endswith("— Same household")
