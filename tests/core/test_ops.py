"""The operations layer without Qt: every operation's undo puts the workspace back as it was,
its redo does the change again, and the change it reports names the data it touched."""

from __future__ import annotations

import pytest
from clocks import ticking

from facilitator.errors import FacilitatorError
from facilitator.ops import Changes, Outcome, agenda, attendance, roster
from facilitator.ops.changes import AGENDA, ATTENDANCE, INVITATIONS, NOTES, ROSTER, SESSIONS, THEMES
from facilitator.plan.model import AttendanceStatus
from facilitator.roster.spreadsheets import read_csv_text

_VOLATILE = ("created_at", "updated_at", "checked_in_at", "added_at")


def snapshot(db) -> dict[str, list[tuple]]:
    """Every row a person could see, without the timestamps an undo legitimately refreshes (and
    without the ids of rows nobody sees: the perspective list and a round's groups are rewritten
    whole)."""
    tables = {"series": (), "sessions": (), "blocks": (), "participants": (), "attendance": (),
              "perspectives": ("id",), "notes": ("seq",), "themes": (), "note_themes": (),
              "framework_statements": (), "statement_notes": (), "followups": (), "debrief_answers": (),
              "breakout_rounds": ("seed",), "breakout_groups": ("id",), "breakout_members": ("group_id",),
              "grouping_rules": ("id",), "seating_tables": (), "seating_assignments": (), "session_invitations": ()}
    rows = {table: sorted(tuple((k, v) for k, v in row.items() if k not in _VOLATILE + hidden)
                          for row in db[table].rows) for table, hidden in tables.items()}
    # "expected" is what no attendance row means: undoing a check-in may leave either
    rows["attendance"] = [row for row in rows["attendance"] if ("status", "expected") not in row]
    return rows


def assert_undo_and_redo(db, op) -> Outcome:
    """Apply ``op``; its undo restores the snapshot before it, the undo's undo the one after."""
    before = snapshot(db)
    done = op(db)
    after = snapshot(db)
    assert after != before, "the operation changed nothing"
    undone = done.undo(db)
    assert snapshot(db) == before
    undone.undo(db)
    assert snapshot(db) == after
    return done


@pytest.fixture
def session(db):
    series = agenda.create_series(db, title="Río Abajo listening series").value
    session = agenda.add_session(db, series.id, title="Primera sesión", date="2026-03-01",
                                 start_time="18:00").value
    for title in ("Welcome", "Small groups", "Harvest"):
        agenda.add_block(db, session.id, title=title, minutes=15)
    return session


def titles(db, session_id):
    return [(b.title, [c.title for c in b.children]) for b in agenda.load_agenda(db, session_id)]


def test_block_edits_undo_and_redo(db, session):
    first, second, _ = agenda.load_agenda(db, session.id)
    assert_undo_and_redo(db, lambda d: agenda.add_block(d, session.id, title="Break — 休憩", position=1))
    assert_undo_and_redo(db, lambda d: agenda.update_block(d, first.id, title="Bienvenida", minutes=20))
    assert_undo_and_redo(db, lambda d: agenda.move_block(d, second.id, parent_id=first.id, position=0))
    assert_undo_and_redo(db, lambda d: agenda.delete_block(d, first.id))
    assert_undo_and_redo(db, lambda d: agenda.update_session(d, session.id, title="Session one", location="Hall"))
    assert_undo_and_redo(db, lambda d: agenda.update_series(d, session.series_id, topic="Water"))


def test_deleting_a_block_with_sub_blocks_comes_back_in_place(db, session):
    first, second, third = agenda.load_agenda(db, session.id)
    agenda.move_block(db, third.id, parent_id=second.id, position=0)
    outcome = agenda.delete_block(db, second.id)
    assert titles(db, session.id) == [("Welcome", [])]
    back = outcome.undo(db)
    assert titles(db, session.id) == [("Welcome", []), ("Small groups", ["Harvest"])]
    assert back.focus == second.id


def test_an_agenda_change_is_scoped_to_its_session(db, session):
    other = agenda.add_session(db, session.series_id, title="Second").value
    outcome = agenda.add_block(db, session.id, title="Closing circle")
    assert outcome.changes.touches(AGENDA, session_id=session.id)
    assert not outcome.changes.touches(AGENDA, session_id=other.id)
    assert not outcome.changes.touches(ROSTER, NOTES, series_id=session.series_id)
    assert outcome.focus == outcome.value.id


def test_a_refused_edit_raises_and_changes_nothing(db, session):
    first = agenda.load_agenda(db, session.id)[0]
    before = snapshot(db)
    with pytest.raises(FacilitatorError):
        agenda.update_block(db, first.id, minutes=-5)
    assert snapshot(db) == before


def test_undo_of_something_deleted_elsewhere_raises_a_facilitator_error(db, session):
    first = agenda.load_agenda(db, session.id)[0]
    outcome = agenda.update_block(db, first.id, title="Opening")
    agenda.delete_block(db, first.id)  # another window deleted it meanwhile
    with pytest.raises(FacilitatorError):
        outcome.undo(db)


def test_roster_edits_undo_and_redo(db, session):
    series_id = session.series_id
    amara = roster.add_participant(db, series_id, name="Amara Okafor", email="amara@example.org").value
    roster.add_participant(db, series_id, name="Nguyễn Thị Lan")
    attendance.set_status(db, session.id, [amara.id], AttendanceStatus.PRESENT)
    assert_undo_and_redo(db, lambda d: roster.add_participant(d, series_id, name="  Zoë  "))
    assert_undo_and_redo(db, lambda d: roster.update_participant(d, amara.id, organization="Río Coop"))
    deleted = assert_undo_and_redo(db, lambda d: roster.delete_participants(d, [amara.id]))
    assert deleted.changes.touches(ATTENDANCE, series_id=series_id)
    assert_undo_and_redo(db, lambda d: roster.set_perspectives(d, series_id, ["Youth", "Elders", "youth"]))


def test_an_import_undoes_and_redoes(db, session):
    table = read_csv_text("Full name;E-mail;Notes\nAmara Okafor;amara@example.org;\n李明;li@example.org;vegan\n",
                          "signups.csv")
    existing = roster.add_participant(db, session.series_id, name="Amara Okafor", email="AMARA@example.org").value
    before = snapshot(db)
    outcome = roster.import_roster(db, session.series_id, table, skip_invalid=True)
    assert outcome.changes.touches(ROSTER, series_id=session.series_id)
    names = sorted(p.name for p in roster.list_participants(db, session.series_id))
    assert names == ["Amara Okafor", "李明"]
    again = outcome.undo(db)
    assert snapshot(db) == before
    again.undo(db)  # redo imports the same file again (new people get new ids)
    assert sorted(p.name for p in roster.list_participants(db, session.series_id)) == names
    assert roster.get_participant(db, existing.id).name == "Amara Okafor"


def test_attendance_undo_and_redo(db, session):
    people = [roster.add_participant(db, session.series_id, name=n).value for n in ("Ana", "Bo", "Chidi")]
    assert_undo_and_redo(db, lambda d: attendance.set_status(d, session.id, [people[0].id], "present"))
    assert_undo_and_redo(db, lambda d: attendance.mark_everyone_present(d, session.id))
    walk_in = assert_undo_and_redo(db, lambda d: attendance.add_walk_in(d, session.id, "Walk-in Wanjiru"))
    assert walk_in.changes.touches(ROSTER, session_id=session.id)


def test_a_guest_list_undoes_and_redoes(db, session):
    from facilitator.ops import invitations

    families = [roster.add_participant(db, session.series_id, name=n, perspective="Parent").value
                for n in ("Ana", "Bo")]
    roster.add_participant(db, session.series_id, name="Chidi", perspective="Student")
    everyone = [p.name for p in invitations.invited(db, session.id)]
    chose = assert_undo_and_redo(db, lambda d: invitations.choose(d, session.id, perspectives=["parent"]))
    assert [p.name for p in invitations.invited(db, session.id)] == ["Ana", "Bo"]
    assert chose.changes.touches(INVITATIONS, session_id=session.id)
    assert not chose.changes.touches(ROSTER, ATTENDANCE, session_id=session.id)
    cleared = assert_undo_and_redo(db, lambda d: invitations.choose(d, session.id, everyone=True))
    assert [p.name for p in invitations.invited(db, session.id)] == everyone
    cleared.undo(db)  # the hand-made list comes back as it was
    assert sorted(invitations.chosen_ids(db, session.id)) == sorted(p.id for p in families)


def test_changes_combine_and_compare():
    one = Changes.of(AGENDA, series_id="s", session_id="a")
    two = Changes.of(SESSIONS, series_id="s", session_id="b")
    both = one | two
    assert both.kinds == {AGENDA, SESSIONS} and both.series_id == "s" and both.session_id is None
    assert Changes.anything().touches(NOTES, series_id="x", session_id="y")
    assert not Changes.nothing()
    with pytest.raises(ValueError):
        Changes.of("agendas")


@pytest.fixture
def noted(db, session):
    """Three notes in two scripts, two themes and a statement, as a synthesis session leaves them."""
    from facilitator.ops import notes, synthesis

    ids = [notes.save_note(db, session.id, text=text, kind=kind).value[0].id for text, kind in
           [("We want the same thing for our kids", "quote"), ("Transport is the real barrier", "note"),
            ("Nadie nos preguntó antes", "quote")]]
    water = synthesis.create_theme(db, session.series_id, "Being asked").value["id"]
    roads = synthesis.create_theme(db, session.series_id, "Getting there").value["id"]
    synthesis.tag_notes(db, water, ids[::2])
    synthesis.tag_notes(db, roads, ids[1:2])
    statement = synthesis.add_statement(db, session.series_id, "Families are asked first").value["id"]
    return ids, water, roads, statement


def test_note_and_synthesis_edits_undo_and_redo(db, session, noted):
    from facilitator.ops import notes, synthesis

    ids, water, roads, statement = noted
    assert_undo_and_redo(db, lambda d: notes.update_note(d, ids[0], text="We want the same for our children"))
    assert_undo_and_redo(db, lambda d: synthesis.rename_theme(d, water, "Asked first"))
    assert_undo_and_redo(db, lambda d: synthesis.set_illustrative(d, water, ids[0], False))  # quotes come marked
    assert_undo_and_redo(db, lambda d: synthesis.untag_notes(d, water, [ids[2]]))
    assert_undo_and_redo(db, lambda d: synthesis.merge_themes(d, roads, water))
    assert_undo_and_redo(db, lambda d: synthesis.delete_theme(d, water))
    assert_undo_and_redo(db, lambda d: synthesis.link_notes(d, statement, ids[:2]))
    assert_undo_and_redo(db, lambda d: synthesis.update_statement(d, statement, tensions="Time"))
    assert_undo_and_redo(db, lambda d: synthesis.delete_statement(d, statement))
    call = synthesis.add_followup(db, session.series_id, person="Amara Okafor").value["id"]
    assert_undo_and_redo(db, lambda d: synthesis.update_followup(d, call, status="called"))
    assert_undo_and_redo(db, lambda d: synthesis.delete_followup(d, call))
    assert_undo_and_redo(db, lambda d: notes.delete_note(d, ids[1]))  # with its themes and statements


def test_a_split_theme_comes_back_whole(db, session, noted):
    from facilitator.ops import synthesis

    ids, water, _roads, _statement = noted
    before = snapshot(db)
    split = synthesis.split_theme(db, water, [ids[2]], "Not asked")
    assert [n["id"] for n in synthesis.theme_notes(db, water)] == [ids[0]]
    again = split.undo(db)
    assert snapshot(db) == before
    again.undo(db)  # redo splits again (the new theme gets a new id)
    assert [n["id"] for n in synthesis.theme_notes(db, water)] == [ids[0]]


def test_a_theme_change_is_scoped_to_its_series_and_says_nothing_of_notes(db, session, noted):
    from facilitator.ops import synthesis
    from facilitator.ops.changes import THEMES

    _ids, water, _roads, _statement = noted
    outcome = synthesis.rename_theme(db, water, "Asked first")
    assert outcome.changes.touches(THEMES, series_id=session.series_id)
    assert not outcome.changes.touches(THEMES, series_id="another series")
    assert not outcome.changes.touches(NOTES, AGENDA, series_id=session.series_id)


def test_breakout_edits_undo_and_redo(db):
    from facilitator.demo.roster import add_sample_roster
    from facilitator.ops import groups as breakouts
    from facilitator.ops import seating
    from facilitator.plan import templates

    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter talks")
    people = add_sample_roster(db, series.id)
    session_id = series.sessions[0].id
    breakout = breakouts.assign_groups(db, session_id, groups=4, time_limit=0.3).value.rounds[0]
    mover = breakout.groups[0].members[0].participant_id
    assert_undo_and_redo(db, lambda d: breakouts.place(d, breakout.id, mover, breakout.groups[2].id, 0))
    assert_undo_and_redo(db, lambda d: breakouts.set_locked(d, breakout.id, mover, True))
    assert_undo_and_redo(db, lambda d: breakouts.place(d, breakout.id, mover, None))
    assert_undo_and_redo(db, lambda d: breakouts.shuffle_round(d, breakout.id, time_limit=0.3))
    # Making groups again over the saved round: undo puts the earlier groups back
    assert_undo_and_redo(db, lambda d: breakouts.assign_groups(d, session_id, groups=4, seed=9, time_limit=0.3,
                                                               clock=ticking()))
    assert_undo_and_redo(db, lambda d: breakouts.add_rule(d, series.id, "apart", [p.id for p in people[:2]]))
    seating.seat_round(db, breakout.id)
    table = seating.seating_plan(db, session_id).tables[0]
    assert_undo_and_redo(db, lambda d: seating.move_table(d, session_id, table.id, 7.5, 3.25))


def test_every_inverse_can_itself_be_taken_back(db, session, noted):
    """Undo then redo then undo again: each inverse returns its own inverse, so a history can be
    walked back and forth as often as a person likes."""
    from facilitator.ops import synthesis

    _ids, water, roads, _statement = noted
    outcome = synthesis.merge_themes(db, roads, water)
    for _ in range(4):  # unmerge, merge, unmerge, merge
        assert outcome.undo is not None
        outcome = outcome.undo(db)
    assert [t["title"] for t in synthesis.list_themes(db, session.series_id)] == ["Being asked"]
    assert outcome.undo(db).changes.touches(THEMES, series_id=session.series_id)
    assert sorted(t["title"] for t in synthesis.list_themes(db, session.series_id)) == ["Being asked", "Getting there"]
