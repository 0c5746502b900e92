"""Tables on the floor plan, groups at tables, people moved between seats."""

from __future__ import annotations

import math

import pytest

from facilitator.demo.roster import add_sample_roster
from facilitator.errors import FacilitatorError
from facilitator.groups import assign
from facilitator.plan import templates
from facilitator.seating.plan import TableShape, seat_positions, table_size
from facilitator.storage import seating


@pytest.fixture
def session(db):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter talks")
    add_sample_roster(db, series.id)
    return series.sessions[0]


def test_each_group_sits_at_its_own_table(db, session):
    breakout = assign.assign_groups(db, session.id, groups=5, time_limit=0.5).rounds[0]
    seating.seat_round(db, breakout.id)
    plan = seating.seating_plan(db, session.id)
    assert plan.units == "m" and len(plan.tables) == 5
    for table, group in zip(plan.tables, breakout.groups):
        assert [s.participant_id for s in table.seats if s.participant_id] == group.member_ids
        assert len(table.seats) >= len(group.members)


def test_moving_a_person_onto_a_taken_seat_swaps_them(db, session):
    breakout = assign.assign_groups(db, session.id, groups=5, time_limit=0.5).rounds[0]
    seating.seat_round(db, breakout.id)
    plan = seating.seating_plan(db, session.id)
    a, b = plan.tables[0].seats[0], plan.tables[1].seats[1]
    before = seating.seat_person(db, session.id, a.participant_id, plan.tables[1].id, 1)
    assert before == (plan.tables[0].id, 0)
    after = seating.seating_plan(db, session.id)
    assert after.tables[1].seats[1].participant_id == a.participant_id
    assert after.tables[0].seats[0].participant_id == b.participant_id
    with pytest.raises(FacilitatorError):
        seating.seat_person(db, session.id, a.participant_id, plan.tables[1].id, 40)


def test_tables_are_laid_out_without_overlap_and_can_be_moved(db, session):
    ids = seating.set_up_tables(db, session.id, count=6, seats=6, shape="rectangular")
    plan = seating.seating_plan(db, session.id)
    spots = [(s.x, s.y) for t in plan.tables for s in t.seats]
    assert len(spots) == 36
    assert min(math.dist(p, q) for i, p in enumerate(spots) for q in spots[i + 1:]) > 0.5
    assert seating.move_table(db, ids[0], 10, 12) == (plan.tables[0].x, plan.tables[0].y)
    moved = seating.seating_plan(db, session.id).tables[0]
    assert (moved.x, moved.y) == (10, 12)


@pytest.mark.parametrize("shape", list(TableShape))
@pytest.mark.parametrize("seats", [2, 5, 8, 10])
def test_chairs_stand_just_outside_the_table(shape, seats):
    width, depth = table_size(shape, seats)
    for x, y in seat_positions(shape, seats, 0, 0):
        if shape is TableShape.ROUND:
            assert math.hypot(x, y) == pytest.approx(width / 2 + 0.4)
        else:
            assert abs(y) == pytest.approx(depth / 2 + 0.4) and abs(x) < width / 2


@pytest.mark.parametrize("shape, printed", [(TableShape.ROUND, "round"), (TableShape.RECTANGULAR, "rect")])
def test_a_printed_chart_puts_chairs_where_the_floor_plan_does(shape, printed):
    """One chair geometry: a chart drawn from a plan without stored chair positions (as the
    document tests print) places each chair exactly where the app's floor plan would."""
    from facilitator.documents.data import PrintedTable
    from facilitator.documents.seating import seat_positions as printed_positions

    width, depth = table_size(shape, 7)
    table = PrintedTable("Table 1", 3.0, 4.0, width, depth, printed, ["Ana", "Bo", "Chidi", "Dana", "", "Femi", "Gu"])
    printed_chairs = [(round(x, 6), round(y, 6)) for x, y in printed_positions(table)]
    assert printed_chairs == [(round(x, 6), round(y, 6)) for x, y in seat_positions(shape, 7, 3.0, 4.0)]
