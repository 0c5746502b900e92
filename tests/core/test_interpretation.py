"""Interpretation as data: read from the roster shapes sign-up forms produce, kept by the groups,
and shown on what the facilitators print."""

from __future__ import annotations

import io

import pypdf
import pytest
from clocks import ticking
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator import documents
from facilitator.errors import InvalidInput
from facilitator.groups import assign
from facilitator.groups.engine import Constraints, GroupingError, solve
from facilitator.plan import templates
from facilitator.plan.model import Participant, Role
from facilitator.roster.interpretation import group_rules, uncovered_languages
from facilitator.roster.spreadsheets import import_file
from facilitator.storage import roster as store

ROSTER = """Name,Email,Language,Needs interpretation,Perspective
José Hernández,jose@example.org,Spanish,yes,Parent
Nguyễn Văn An,an@example.org,Vietnamese,Yes,Parent
Дмитрий Соколов,dmitri@example.org,"Russian, English",yes,Educator
Marisol Ortega,marisol@example.org,"Spanish, English",no,Student
Dana Fox,dana@example.org,English,,Educator
Tomás Ruiz,tomas@example.org,English,,Student
"""


def _rows(extra: int = 18) -> str:
    perspectives = ["Student", "Parent", "Educator", "Community member"]
    return ROSTER + "".join(f"Person {i},p{i}@example.org,English,,{perspectives[i % 4]}\n" for i in range(extra))


@pytest.fixture
def series(db):
    return templates.create_series(db, templates.get_template("breakthrough"), title="District talks")


def _import(db, series, tmp_path, text):
    path = tmp_path / "signup.csv"
    path.write_text(text, encoding="utf-8")
    return import_file(db, series.id, path)


def _people(db, series):
    return {p.name: p for p in store.list_participants(db, series.id)}


def test_a_yes_beside_a_language_column_is_a_need_for_that_language(db, series, tmp_path):
    _import(db, series, tmp_path, ROSTER)
    people = _people(db, series)
    assert people["Nguyễn Văn An"].interpretation == "Vietnamese"
    assert people["José Hernández"].interpretation == "Spanish"
    assert people["Дмитрий Соколов"].interpretation == "Russian"  # the language that is not English
    assert people["Marisol Ortega"].interpretation == ""  # "no" is no need, not a language called "no"
    assert people["Dana Fox"].interpretation == ""


def test_a_language_in_an_interpretation_column_sign_language_and_captions(db, series, tmp_path):
    _import(db, series, tmp_path, "Name,Interpreter language,Access needs\nAna,Spanish,\nBo,American Sign Language,\n"
                                  "Cy,CART,wheelchair space\n")
    people = _people(db, series)
    assert [people[n].interpretation for n in ("Ana", "Bo", "Cy")] == ["Spanish", "ASL", ""]
    assert people["Cy"].accessibility == "wheelchair space; captions"


def test_a_yes_with_no_language_names_the_line_and_field_and_imports_nothing(db, series, tmp_path):
    with pytest.raises(InvalidInput) as error:
        _import(db, series, tmp_path, "Name,Needs interpretation\nAna,yes\n")
    problem = error.value.problems[0]
    assert (problem.line, problem.field) == (2, "Interpretation") and "names no language" in problem.message
    assert _people(db, series) == {}


def test_groups_keep_languages_apart_and_the_warning_names_each_language(db, series, tmp_path):
    _import(db, series, tmp_path, _rows())
    session = series.sessions[0]
    result = assign.assign_groups(db, session.id, size=4, time_limit=1, clock=ticking())
    people = {p.id: p for p in store.list_participants(db, series.id)}
    for group in result.rounds[0].groups:
        assert uncovered_languages(people[pid] for pid in group.member_ids) == []
    warnings = " ".join(result.reports[0].warnings)
    for language in ("Spanish", "Vietnamese", "Russian"):
        assert f"No interpreter for {language}" in warnings
    assert "for yes" not in warnings


def test_an_interpreter_lets_their_language_share_a_group(db, series, tmp_path):
    _import(db, series, tmp_path, _rows() + "Victor Lima,victor@example.org,\"English, Spanish\",,\n")
    victor = _people(db, series)["Victor Lima"]
    store.update_participant(db, victor.id, role=Role.INTERPRETER)
    session = series.sessions[0]
    result = assign.assign_groups(db, session.id, size=4, time_limit=1, clock=ticking())
    people = _people(db, series)
    group = next(g for g in result.rounds[0].groups if victor.id in g.member_ids)
    assert people["José Hernández"].id in group.member_ids
    assert not any("Spanish" in w for w in result.reports[0].warnings)


def test_a_hand_move_that_mixes_languages_is_reported(db, series, tmp_path):
    from facilitator.storage import groups as breakouts

    _import(db, series, tmp_path, _rows())
    result = assign.assign_groups(db, series.sessions[0].id, size=4, time_limit=1, clock=ticking())
    people = _people(db, series)
    breakout = result.rounds[0]
    target = next(g for g in breakout.groups if people["José Hernández"].id in g.member_ids)
    breakouts.move_member(db, breakout.id, people["Nguyễn Văn An"].id, target.id)
    report = assign.report_for(db, breakouts.get_round(db, breakout.id))
    assert any(target.label in w and "Spanish" in w and "Vietnamese" in w for w in report.warnings)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


def test_group_list_tents_and_run_sheet_show_the_need(db, series, tmp_path):
    _import(db, series, tmp_path, _rows())
    session = series.sessions[0]
    assign.assign_groups(db, session.id, size=4, time_limit=1, clock=ticking())
    for kind in ("groups", "tents", "runsheet"):
        text = _text(documents.render(db, kind, series.id, session.id))
        assert "Interpretation: Vietnamese" in text or "Vietnamese: 1 to interpret for" in text, kind
    runsheet = _text(documents.render(db, "runsheet", series.id, session.id))
    assert "Spanish: 1 to interpret for · no interpreter" in runsheet


LANGUAGES = ["Spanish", "Vietnamese", "Russian", "ASL"]


@st.composite
def rosters(draw):
    count = draw(st.integers(4, 30))
    people = []
    for i in range(count):
        role = draw(st.sampled_from([Role.PARTICIPANT] * 6 + [Role.INTERPRETER]))
        language = draw(st.sampled_from(["", "", ""] + LANGUAGES))
        if role is Role.INTERPRETER:
            spoken = draw(st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=2, unique=True))
            people.append(Participant(f"p{i}", "s", f"Interpreter {i}", role=role, languages=", ".join(spoken)))
        else:
            people.append(Participant(f"p{i}", "s", f"Person {i}", interpretation=language))
    size = draw(st.sampled_from([None, 2, 3, 4, 5, 6]))
    return people, size, draw(st.integers(0, 5))


@settings(max_examples=60, deadline=None)
@given(rosters())
def test_no_group_ever_mixes_languages_without_their_interpreters(case):
    people, size, seed = case
    rules = group_rules(people, size)
    constraints = Constraints(keep_apart=rules.apart, keep_together=rules.together, interpreters=rules.interpreters)
    groups = None if size else max(1, len(people) // 4)
    try:
        plan = solve([p.id for p in people], size=size, groups=groups, rounds=2, constraints=constraints,
                     seed=seed, time_limit=0.3, clock=ticking())
    except GroupingError:
        return  # refused with the clash named: never a mixed group
    by_id = {p.id: p for p in people}
    for round_ in plan.rounds:
        for group in round_:
            assert uncovered_languages(by_id[pid] for pid in group) == [], [by_id[p] for p in group]
