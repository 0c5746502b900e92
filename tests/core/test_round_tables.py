"""Each round goes to an agenda block of its own kind and has its own tables."""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from click.testing import CliRunner
from clocks import ticking

from facilitator import documents
from facilitator.cli import main
from facilitator.demo.roster import add_sample_roster
from facilitator.groups import assign
from facilitator.groups.find_your_group import find_your_group_pages
from facilitator.plan import templates
from facilitator.seating.room import round_tables
from facilitator.storage import seating
from facilitator.storage import series as series_store


@pytest.fixture
def series(db):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter talks")
    add_sample_roster(db, series.id)
    return series


def _blocks(db, session):
    full = series_store.get_session(db, session.id)
    return {b.id: b for b in assign._flatten(full.blocks)}


def test_a_pairs_round_goes_to_a_pairs_block_and_fours_never_to_triads(db, series):
    s1, s2 = series.sessions[0], series.sessions[1]
    pairs = assign.assign_groups(db, s1.id, size=2, time_limit=0.5, clock=ticking())
    assert _blocks(db, s1)[pairs.rounds[0].block_id].kind.value == "pairs"
    fours = assign.assign_groups(db, s2.id, size=4, rounds=2, time_limit=0.5, clock=ticking())
    kinds = {**_blocks(db, s2), **{b.id: b for s in series.sessions[2:] for b in _blocks(db, s).values()}}
    assert [kinds[r.block_id].kind.value for r in fours.rounds] == ["small_groups", "small_groups"]
    assert fours.placed[0] == "Round 1 → Session 2: Gathering Every Perspective"


def test_rounds_beyond_the_agenda_are_kept_and_the_command_says_so(db, db_path, series):
    s4 = series.sessions[3]
    result = CliRunner().invoke(main, ["--db", str(db_path), "groups", "assign", series.id, "4", "--size", "2",
                                       "--time-limit", "0.5"])
    assert result.exit_code == 0, result.output
    assert "Round 1 → no pairs block left in the agenda: kept as “Session 4: round 1”" in result.output
    assert assign.assign_groups(db, s4.id, size=2, time_limit=0.5, clock=ticking()).rounds[0].block_id is None


def _round_sections(text: str, titles: list[str]) -> list[str]:
    index = text.index("Find your group")
    starts = [text.index(title) for title in titles] + [index]
    return [text[starts[i]:starts[i + 1]] for i in range(len(titles))]


def test_two_rounds_in_one_session_never_send_two_groups_to_one_table(db, series):
    s3 = series.sessions[2]
    result = assign.assign_groups(db, s3.id, size=4, rounds=2, time_limit=1, clock=ticking())
    first, second = result.rounds
    assert first.session_id == second.session_id == s3.id
    seating.seat_round(db, first.id)  # the room is seated for the first round
    for breakout in (first, second):
        tables = round_tables(db, breakout)
        assert len(set(tables)) == len(breakout.groups) == len(tables)
    pdf = documents.render(db, "groups", series.id, s3.id)
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    for section in _round_sections(text, [first.title, second.title]):
        printed = re.findall(r"Table (\d+)", section)
        assert len(printed) == len(first.groups) and len(set(printed)) == len(printed), printed
    pages = find_your_group_pages(second, tables=round_tables(db, second))
    assert pages[0].columns[0].heading == f"{second.groups[0].label} · Table 1"
