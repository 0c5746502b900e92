"""The printed group list and seating chart come from the saved round and floor plan."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from facilitator import documents
from facilitator.demo.roster import add_sample_roster
from facilitator.documents import sources
from facilitator.errors import FacilitatorError
from facilitator.groups import assign
from facilitator.plan import templates
from facilitator.storage import seating
from facilitator.storage import series as store


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_groups_and_seating_print_from_what_was_saved(db):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter talks")
    add_sample_roster(db, series.id)
    session = store.get_session(db, series.sessions[0].id)
    with pytest.raises(FacilitatorError, match="no groups yet"):
        sources.groups(db, session)
    breakout = assign.assign_groups(db, session.id, groups=5, time_limit=0.5).rounds[0]
    seating.seat_round(db, breakout.id)

    listed = sources.groups(db, session)[0]
    assert [g.name for g in listed.groups] == [g.label for g in breakout.groups]
    assert listed.activity.endswith("Small Group Discussion")
    assert [g.table for g in listed.groups] == [str(i) for i in range(1, 6)]
    assert sum(1 for g in listed.groups if g.facilitator) == 2

    plan = sources.seating(db, session)
    assert len(plan.tables) == 5 and plan.tables[0].shape == "round"
    assert plan.tables[0].seats[:len(breakout.groups[0].members)] == [m.name for m in breakout.groups[0].members]
    assert all(0 < t.x < plan.room_width and 0 < t.y < plan.room_depth for t in plan.tables)

    text = _text(documents.render(db, "seating", series.id, session.id))
    assert "\n3\n" in text and breakout.groups[2].members[0].name.split()[0] in text
    assert breakout.groups[4].members[-1].name in _text(documents.render(db, "groups", series.id, session.id))
