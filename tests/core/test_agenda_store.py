"""Editing an agenda through the core: the same calls the editor and its undo stack make."""

from __future__ import annotations

import pytest

from facilitator.errors import FacilitatorError
from facilitator.plan import agenda
from facilitator.storage import series as store


@pytest.fixture
def session(db):
    series = store.create_series(db, title="Edits")
    session = store.add_session(db, series.id, title="One", start_time="09:00", duration_minutes=60)
    for title, minutes in [("Welcome", 10), ("Pairs", 20), ("Close", 10)]:
        store.add_block(db, session.id, title=title, minutes=minutes)
    return store.get_session(db, session.id)


def titles(db, session_id):
    return [(item.depth, item.block.title) for item in agenda.schedule(store.load_agenda(db, session_id))]


def test_clock_times_follow_the_session_start(db, session):
    rows = agenda.schedule(session.blocks)
    assert [agenda.clock_at(session, r.start_offset) for r in rows] == ["09:00", "09:10", "09:30"]
    assert agenda.over_by(session) == -20


def test_insert_at_a_position_and_delete_then_restore(db, session):
    store.add_block(db, session.id, title="Break", minutes=5, position=1)
    assert titles(db, session.id) == [(0, "Welcome"), (0, "Break"), (0, "Pairs"), (0, "Close")]
    pairs = store.load_agenda(db, session.id)[2]
    rows = store.delete_block(db, pairs.id)
    assert titles(db, session.id) == [(0, "Welcome"), (0, "Break"), (0, "Close")]
    store.restore_blocks(db, rows)
    assert titles(db, session.id) == [(0, "Welcome"), (0, "Break"), (0, "Pairs"), (0, "Close")]


def test_indent_makes_a_sub_block_and_the_heading_lasts_as_long_as_its_parts(db, session):
    blocks = store.load_agenda(db, session.id)
    target = agenda.indent_target(blocks, blocks[1].id)
    store.move_block(db, blocks[1].id, parent_id=target.parent_id, position=target.position)
    blocks = store.load_agenda(db, session.id)
    assert titles(db, session.id) == [(0, "Welcome"), (1, "Pairs"), (0, "Close")]
    assert blocks[0].effective_minutes == 20
    assert agenda.total_minutes(blocks) == 30
    out = agenda.outdent_target(blocks, blocks[0].children[0].id)
    store.move_block(db, blocks[0].children[0].id, parent_id=out.parent_id, position=out.position)
    assert titles(db, session.id) == [(0, "Welcome"), (0, "Pairs"), (0, "Close")]


def test_sub_blocks_are_one_level_deep(db, session):
    blocks = store.load_agenda(db, session.id)
    store.move_block(db, blocks[1].id, parent_id=blocks[0].id, position=0)
    with pytest.raises(FacilitatorError):
        store.move_block(db, blocks[0].id, parent_id=blocks[2].id, position=0)
    assert agenda.indent_target(store.load_agenda(db, session.id), blocks[0].id) is None


def test_update_returns_previous_values_for_undo(db, session):
    block = session.blocks[0]
    old = store.update_block(db, block.id, minutes=25, prompts=["Why now?"])
    assert old == {"minutes": 10, "prompts": []}
    assert store.get_block(db, block.id).minutes == 25
    with pytest.raises(FacilitatorError):
        store.update_block(db, block.id, minutes=-5)
    with pytest.raises(FacilitatorError):
        store.update_block(db, block.id, title="  ")


def test_move_returns_where_it_was(db, session):
    blocks = session.blocks
    old = store.move_block(db, blocks[2].id, parent_id=None, position=0)
    assert old == (None, 2)
    assert titles(db, session.id)[0] == (0, "Close")
