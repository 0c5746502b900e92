"""Breakout rounds: attendance, series history, hard rules, saving to blocks, re-runs."""

from __future__ import annotations

from itertools import combinations

import pytest
from clocks import ticking

from facilitator.demo.roster import add_sample_roster
from facilitator.errors import FacilitatorError
from facilitator.groups import assign
from facilitator.groups.find_your_group import find_your_group_pages
from facilitator.plan import templates
from facilitator.plan.model import AttendanceStatus
from facilitator.storage import groups as store
from facilitator.storage import series as series_store
from facilitator.storage.roster import add_participant, set_attendance


@pytest.fixture
def series(db):
    return templates.create_series(db, templates.get_template("breakthrough"), title="Charter talks")


@pytest.fixture
def people(db, series):
    return add_sample_roster(db, series.id)


def _session(series, number):
    return next(s for s in series.sessions if s.number == number)


def _small_groups_block(session):
    return next(b for b in assign._flatten(session.blocks) if b.kind.value == "small_groups")


def _pairs(groups):
    return {frozenset(p) for g in groups for p in combinations(g, 2)}


def test_a_second_assign_avoids_the_pairs_of_the_first(db, series, people):
    s1, s2 = _session(series, 1), _session(series, 2)
    first = assign.assign_groups(db, s1.id, size=4, start_block=_small_groups_block(s1).id, time_limit=2, clock=ticking())
    second = assign.assign_groups(db, s2.id, size=4, start_block=_small_groups_block(s2).id, time_limit=2, clock=ticking())
    assert first.rounds[0].session_id == s1.id and second.rounds[0].session_id == s2.id
    by_name = {p.name: p.id for p in people}
    trio = {by_name["Victor Lima"], by_name["Carmen Ruiz"], by_name["Hector Alvarez"]}
    overlap = _pairs(first.rounds[0].as_lists) & _pairs(second.rounds[0].as_lists)
    # The interpreter sits with the two people who need them every time; nobody else meets twice.
    assert overlap == _pairs([trio])
    assert second.reports[0].repeat_pairs == 0  # the interpreter's trio is not flagged: nobody can change it
    assert store.series_history(db, series.id) == [first.rounds[0].as_lists, second.rounds[0].as_lists]


def test_absent_people_are_never_placed_and_walk_ins_are(db, series, people):
    s1 = _session(series, 1)
    absent = people[:2]
    for p in people[2:]:
        set_attendance(db, s1.id, p.id, AttendanceStatus.PRESENT)
    walk_in = add_participant(db, series.id, name="Walter Kim", perspective="Parent or caregiver")
    set_attendance(db, s1.id, walk_in.id, AttendanceStatus.PRESENT)
    result = assign.assign_groups(db, s1.id, groups=5, time_limit=1, clock=ticking())
    placed = {pid for g in result.rounds[0].as_lists for pid in g}
    assert placed == {p.id for p in people[2:]} | {walk_in.id}
    assert not placed & {p.id for p in absent}


def test_before_anyone_checks_in_everyone_not_marked_absent_is_expected(db, series, people):
    s1 = _session(series, 1)
    set_attendance(db, s1.id, people[0].id, AttendanceStatus.ABSENT)
    assert {p.id for p in assign.present_people(db, s1.id)} == {p.id for p in people[1:]}


def test_hard_rules_hold_anchors_interpreters_apart_together(db, series, people):
    s1 = _session(series, 1)
    by_name = {p.name: p for p in people}
    apart = [by_name["Amara Okafor"].id, by_name["Jonah Feld"].id]
    together = [by_name["Ben Whitfield"].id, by_name["Farah Haddad"].id]
    store.add_rule(db, series.id, "apart", apart)
    store.add_rule(db, series.id, "together", together)
    result = assign.assign_groups(db, s1.id, groups=5, rounds=3, time_limit=2, clock=ticking())
    interpreter, needing = by_name["Victor Lima"].id, {by_name["Carmen Ruiz"].id, by_name["Hector Alvarez"].id}
    anchors = {by_name[n].id for n in ("Sam Osei", "Tess Harper", "Uma Reyes")}
    for breakout, report in zip(result.rounds, result.reports):
        assert report.hard_violations == 0
        groups = [set(g) for g in breakout.as_lists]
        assert not any(set(apart) <= g for g in groups)
        assert any(set(together) <= g for g in groups)
        assert any(needing | {interpreter} <= g for g in groups)
        assert max(len(g & anchors) for g in groups) == 1
        facilitated = [g.facilitator_id for g in breakout.groups if g.facilitator_id]
        assert len(facilitated) == 2  # the two facilitators lead different groups; the note-taker leads none


def test_rounds_fill_the_breakout_blocks_of_their_kind_in_order(db, series, people):
    s1 = _session(series, 1)
    result = assign.assign_groups(db, s1.id, size=4, rounds=3, start_block=_small_groups_block(s1).id, time_limit=1, clock=ticking())
    blocks = [r.block_id for r in result.rounds]
    later = [series_store.get_session(db, s.id) for s in series.sessions if s.number > 1]
    expected = [_small_groups_block(s1).id] + [b.id for s in later for b in assign._flatten(s.blocks)
                                               if b.kind.value == "small_groups"][:2]
    assert blocks == expected[:3]
    assert len(result.placed) == 3 and result.placed[0].startswith("Round 1 → Session 1: ")
    # Solving the same block again replaces its round instead of adding another.
    assign.assign_groups(db, s1.id, size=4, start_block=_small_groups_block(s1).id, time_limit=1, clock=ticking())
    assert len(store.list_rounds(db, s1.id)) == 1


def test_rerun_keeps_locked_people_and_follows_changed_attendance(db, series, people):
    s1 = _session(series, 1)
    round_ = assign.assign_groups(db, s1.id, size=4, time_limit=1, clock=ticking()).rounds[0]
    locked = round_.groups[2].members[0].participant_id
    store.set_locked(db, round_.id, locked, True)
    no_shows = [m.participant_id for m in round_.groups[0].members if m.participant_id != locked][:2]
    for p in people:
        if p.id not in no_shows:
            set_attendance(db, s1.id, p.id, AttendanceStatus.PRESENT)
    walk_in = add_participant(db, series.id, name="Walter Kim")
    set_attendance(db, s1.id, walk_in.id, AttendanceStatus.PRESENT)
    before = assign.report_for(db, store.get_round(db, round_.id))
    assert before.hard_violations > 0 and before.unplaced == ["Walter Kim"]
    result = assign.rerun_round(db, round_.id)
    again = result.rounds[0]
    assert again.id == round_.id
    assert locked in again.groups[2].member_ids
    placed = {pid for g in again.as_lists for pid in g}
    assert walk_in.id in placed and not placed & set(no_shows)
    assert result.reports[0].hard_violations == 0


def test_in_pairs_the_interpreter_takes_one_and_the_other_pairs_with_a_fellow_speaker(db, series, people):
    by_name = {p.name: p.id for p in people}
    carmen, hector = by_name["Carmen Ruiz"], by_name["Hector Alvarez"]
    add_participant(db, series.id, name="Marta Ibáñez", interpretation="Spanish")
    marta = next(p.id for p in assign.present_people(db, _session(series, 1).id) if p.name == "Marta Ibáñez")
    result = assign.assign_groups(db, _session(series, 1).id, size=2, time_limit=1, clock=ticking())
    pairs = [set(g) for g in result.rounds[0].as_lists]
    with_interpreter = next(g for g in pairs if by_name["Victor Lima"] in g)
    assert len(with_interpreter & {carmen, hector, marta}) == 1
    assert any(len(g & {carmen, hector, marta}) == 2 for g in pairs)
    assert result.reports[0].hard_violations == 0
    assert "sit with each other" in result.reports[0].warnings[0]


def test_impossible_groups_say_why_in_names(db, series, people):
    s1 = _session(series, 1)
    by_name = {p.name: p.id for p in people}
    store.add_rule(db, series.id, "together", [by_name["Amara Okafor"], by_name["Ben Whitfield"], by_name["Dev Patel"]])
    with pytest.raises(FacilitatorError, match="cannot be made.*Amara Okafor"):
        assign.assign_groups(db, s1.id, size=2, time_limit=1, clock=ticking())  # three kept together do not fit a pair


def test_unknown_balance_column_is_named(db, series, people):
    with pytest.raises(FacilitatorError, match="shoe size"):
        assign.assign_groups(db, _session(series, 1).id, size=4, balance=["shoe size"], time_limit=1, clock=ticking())


def test_find_your_group_pages_list_every_name_once_alphabetically(db, series, people):
    round_ = assign.assign_groups(db, _session(series, 1).id, groups=5, time_limit=1, clock=ticking()).rounds[0]
    pages = find_your_group_pages(round_)
    by_group = [c for p in pages if "A–Z" not in p.title for c in p.columns]
    assert [c.heading for c in by_group] == [g.label for g in round_.groups]
    index = [line for p in pages if "A–Z" in p.title for c in p.columns for line in c.lines]
    names = [line.split(" — ")[0] for line in index]
    assert names == sorted((p.display_name for p in people), key=str.casefold)
    assert index[0].endswith(next(g.label for g in round_.groups if any(m.name == names[0] for m in g.members)))
