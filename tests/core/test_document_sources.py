"""Documents built from what the other features stored: breakout rounds, seating, notes and
themes, debrief answers and the values framework."""

from __future__ import annotations

import io

import pypdf
import pytest

from facilitator import documents
from facilitator.demo.roster import add_sample_roster
from facilitator.documents import sources
from facilitator.documents.paper import Paper
from facilitator.groups import assign
from facilitator.plan import templates
from facilitator.storage import debrief, framework, notes, roster, seating, themes
from facilitator.synthesis.debrief import DEBRIEF_PROMPTS


@pytest.fixture
def series(db):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter talks")
    add_sample_roster(db, series.id)
    return series


def flat(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


def test_groups_document_shows_the_stored_round_with_tables(db, series):
    session = series.sessions[0]
    result = assign.assign_groups(db, session.id, groups=5, time_limit=0.05)
    seating.seat_round(db, result.rounds[0].id)
    rounds = sources.groups(db, session)
    assert [len(r.groups) for r in rounds] == [5]
    assert rounds[0].activity == result.rounds[0].title
    assert [g.table for g in rounds[0].groups] == ["1", "2", "3", "4", "5"]  # group n sits at table n
    pdf = flat(documents.render(db, "groups", series.id, session.id, paper=Paper.A4))
    people = {p.id: p for p in roster.list_participants(db, series.id)}
    for group in result.rounds[0].groups:
        for member in group.members:
            assert people[member.participant_id].display_name in pdf
    assert "Find your group" in pdf


def test_seating_chart_draws_the_floor_plan_as_laid_out(db, series):
    session = series.sessions[0]
    breakout = assign.assign_groups(db, session.id, groups=4, time_limit=0.05).rounds[0]
    seating.seat_round(db, breakout.id)
    plan = sources.seating(db, session)
    stored = seating.seating_plan(db, session.id)
    assert len(plan.tables) == len(stored.tables) == 4
    assert plan.tables[0].seat_xy[0] == (stored.tables[0].seats[0].x, stored.tables[0].seats[0].y)
    assert plan.room_width > max(t.x for t in plan.tables) and plan.room_depth > max(t.y for t in plan.tables)
    text = "".join(flat(documents.render(db, "seating", series.id, session.id)).split())
    for table in stored.tables:
        for spot in table.seats:
            if spot.name:
                assert "".join(spot.name.split()) in text


def test_summaries_carry_the_session_themes_quotes_notes_and_debrief(db, series):
    session = series.sessions[0]
    person = roster.list_participants(db, series.id)[0]
    quote = notes.add_note(db, session.id, text=f"As {person.name} put it, trust is earned slowly.", kind="quote")
    plain = notes.add_note(db, session.id, text="Room ran warm; open the windows next time.", taker="Sam")
    other = notes.add_note(db, series.sessions[1].id, text="A note from session 2", kind="quote")
    theme = themes.create_theme(db, series.id, "Trust is earned slowly", description="Across perspectives.")
    themes.tag_notes(db, theme["id"], [quote.id, plain.id, other.id])
    themes.set_illustrative(db, theme["id"], quote.id, True)
    themes.set_illustrative(db, theme["id"], other.id, True)
    prompt = next(iter(DEBRIEF_PROMPTS))
    debrief.answer_debrief(db, session.id, prompt, answer="The pairs worked well.")

    summary = sources.summary(db, session)
    assert [(t.title, t.count) for t in summary.themes] == [("Trust is earned slowly", 2)]
    assert summary.themes[0].quotes == [quote.text]  # only this session's quotes

    internal = flat(documents.render(db, "summary-internal", series.id, session.id))
    assert "Room ran warm" in internal and "The pairs worked well." in internal and DEBRIEF_PROMPTS[prompt] in internal
    draft = flat(documents.render(db, "summary-external", series.id, session.id, draft=True))
    assert "Draft: 1 passage(s) wait for review" in draft and person.name not in draft
    documents.accept_all_passages(db, series.id, session.id)
    external = flat(documents.render(db, "summary-external", series.id, session.id))
    assert "Draft" not in external
    assert "As [participant] put it, trust is earned slowly." in external
    assert person.name not in external and "Room ran warm" not in external


def test_framework_handout_compares_the_draft_with_the_last_saved_version(db, series):
    first = framework.add_statement(db, series.id, "Every child deserves a great public school.")
    framework.snapshot_framework(db, series.id, label="After session 1")
    framework.update_statement(db, first["id"], tensions="Choice for some can cost others.")
    framework.add_statement(db, series.id, "Decisions are made in the open.")
    handout = sources.framework(db, series.id)
    assert handout.version == 2 and handout.previous.version == 1
    pdf = flat(documents.render(db, "framework", series.id))
    assert "1. Every child deserves a great public school. REVISED" in pdf
    assert "2. Decisions are made in the open. NEW" in pdf
    assert "Changes since version 1" in pdf


def test_framework_unchanged_since_the_last_version_prints_that_version(db, series):
    framework.add_statement(db, series.id, "Every child deserves a great public school.")
    framework.snapshot_framework(db, series.id, label="After session 1")
    handout = sources.framework(db, series.id)
    assert (handout.version, handout.label, handout.previous) == (1, "After session 1", None)
