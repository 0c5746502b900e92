"""The floor plan: a chair dragged onto another chair swaps the two people, and it is saved."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from facilitator.demo.roster import add_sample_roster
from facilitator.groups import assign
from facilitator.plan import templates
from facilitator.storage import seating


def test_dragging_a_chair_onto_another_swaps_and_saves(qtbot, workspace):
    from ui.floor_plan import FloorPlanView

    series = templates.create_series(workspace.db, templates.get_template("breakthrough"), title="Charter talks")
    add_sample_roster(workspace.db, series.id)
    session = series.sessions[0]
    assign.assign_groups(workspace.db, session.id, groups=5, time_limit=0.05)
    view = FloorPlanView(workspace, session.id)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.seat_round()
    qtbot.waitUntil(lambda: len(view._seats) == 25)  # five tables of five chairs
    plan = seating.seating_plan(workspace.db, session.id)
    a, b = plan.tables[0].seats[0], plan.tables[1].seats[2]
    source = next(s for s in view._seats if s.participant_id == a.participant_id)
    target = next(s for s in view._seats if s.participant_id == b.participant_id)
    viewport = view.view.viewport()
    start = view.view.mapFromScene(source.scenePos())
    end = view.view.mapFromScene(target.scenePos())
    qtbot.mousePress(viewport, Qt.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * step / 5)
    qtbot.mouseRelease(viewport, Qt.LeftButton, pos=end)
    after = seating.seating_plan(workspace.db, session.id)
    assert after.tables[1].seats[2].participant_id == a.participant_id
    assert after.tables[0].seats[0].participant_id == b.participant_id
    qtbot.waitUntil(lambda: any(s.participant_id == a.participant_id and s.table_id == after.tables[1].id
                                for s in view._seats))  # the plan redraws from what was saved

    # The same move from the keyboard: choose the person, the table and the seat.
    row = next(i for i in range(view.people_list.count())
               if view.people_list.item(i).data(Qt.UserRole) == a.participant_id)
    view.people_list.setCurrentRow(row)
    view.table_combo.setCurrentIndex(3)
    view.seat_spin.setValue(2)
    view.move_chosen()
    assert seating.seating_plan(workspace.db, session.id).tables[3].seats[1].participant_id == a.participant_id
    qtbot.waitUntil(lambda: a.participant_id in [s.participant_id for s in view._seats if s.table_id == after.tables[3].id])


def test_floor_plan_changes_can_be_undone_one_by_one(qtbot, workspace):
    from ui.floor_plan import FloorPlanView

    series = templates.create_series(workspace.db, templates.get_template("breakthrough"), title="Charter talks")
    add_sample_roster(workspace.db, series.id)
    session = series.sessions[0]
    assign.assign_groups(workspace.db, session.id, groups=5, time_limit=0.05)
    view = FloorPlanView(workspace, session.id)
    qtbot.addWidget(view)
    view.show()

    def floor():
        plan = seating.seating_plan(workspace.db, session.id)
        return [(t.label, t.x, t.y, [s.participant_id for s in t.seats]) for t in plan.tables]

    empty = floor()
    view.seat_round()
    seated = floor()
    table = seating.seating_plan(workspace.db, session.id).tables[0]
    view.table_moved(table.id, table.x + 2.5, table.y + 1)
    moved = floor()
    assert moved != seated != empty
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.people_list.setFocus()
    qtbot.keyClick(view.people_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert floor() == seated
    view.undo_stack.undo()
    assert floor() == empty
    view.undo_stack.redo()
    view.undo_stack.redo()
    assert floor() == moved
