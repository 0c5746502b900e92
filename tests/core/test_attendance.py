"""Who is in the room: check-in, absences, walk-ins, and the people breakouts are made from."""

from __future__ import annotations

import json

import pytest

from facilitator.demo import series as demo
from facilitator.errors import Ambiguous, NotFound
from facilitator.plan.model import AttendanceStatus, Role
from facilitator.roster import attendance as att
from facilitator.storage import roster as store
from facilitator.storage import series as series_store


@pytest.fixture
def session(db):
    series = series_store.create_series(db, title="Community conversation")
    session = series_store.add_session(db, series.id, title="Families")
    for name, email, role in [("Amara Okafor", "amara@example.org", Role.PARTICIPANT),
                              ("Luis Hernández", "luis@example.org", Role.PARTICIPANT),
                              ("Keisha Washington", "", Role.PARTICIPANT),
                              ("Mei Tanaka", "mei@example.org", Role.FACILITATOR)]:
        store.add_participant(db, series.id, name=name, email=email, role=role)
    return session


def names(people):
    return [p.name for p in people]


def test_before_anyone_checks_in_everyone_not_absent_is_present(db, session):
    amara, keisha, luis, mei = [e.participant for e in att.session_attendance(db, session.id)]
    assert names(att.present_participants(db, session.id)) == ["Amara Okafor", "Keisha Washington", "Luis Hernández"]
    att.set_status(db, session.id, [luis.id], AttendanceStatus.ABSENT)
    assert names(att.present_participants(db, session.id)) == ["Amara Okafor", "Keisha Washington"]
    assert names(att.present_participants(db, session.id, include_team=True))[-1] == "Mei Tanaka"


def test_after_the_first_check_in_only_people_checked_in_are_present(db, session):
    entries = att.session_attendance(db, session.id)
    previous = att.check_in(db, session.id, entries[1].participant.id)
    assert previous is AttendanceStatus.EXPECTED
    assert names(att.present_participants(db, session.id)) == ["Keisha Washington"]
    totals = att.counts(att.session_attendance(db, session.id))
    assert (totals.present, totals.expected, totals.absent) == (1, 4, 0)
    att.restore_statuses(db, session.id, {entries[1].participant.id: previous})
    assert len(att.present_participants(db, session.id)) == 3


def test_check_in_time_is_kept_when_checked_in_twice(db, session):
    pid = att.session_attendance(db, session.id)[0].participant.id
    att.check_in(db, session.id, pid)
    first = store.check_in_times(db, session.id)[pid]
    att.check_in(db, session.id, pid)
    assert store.check_in_times(db, session.id)[pid] == first


def test_a_walk_in_joins_the_roster_and_is_present(db, session):
    person = att.add_walk_in(db, session.id, "Rosa Quispe Mamani", perspective="Community organizer")
    assert names(att.present_participants(db, session.id)) == ["Rosa Quispe Mamani"]
    assert person.series_id == session.series_id


def test_people_are_found_by_id_email_or_name(db, session):
    series_id = session.series_id
    amara = store.find_participant(db, series_id, "AMARA@example.org")
    assert store.find_participant(db, series_id, "amara okafor") == amara
    assert store.find_participant(db, series_id, amara) == amara
    with pytest.raises(NotFound):
        store.find_participant(db, series_id, "nobody@example.org")
    store.add_participant(db, series_id, name="Amara Okafor")
    with pytest.raises(Ambiguous):
        store.find_participant(db, series_id, "Amara Okafor")


def test_demo_series_has_a_roster(db):
    series_id = demo.ensure_demo(db)
    roster = store.list_participants(db, series_id)
    assert len(roster) == 22
    assert "Parent/caregiver" in store.list_perspectives(db, series_id)


def test_attendance_command(db, cli, session):
    marked = cli("attendance", "Community", "1", "--present", "amara@example.org", "Keisha Washington")
    assert marked.returncode == 0, marked.stderr
    assert "2 of 4 expected present" in marked.stdout
    unknown = cli("attendance", "Community", "1", "--absent", "luis@example.org", "ghost@example.org")
    assert unknown.returncode == 2 and "ghost@example.org" in unknown.stderr
    listing = json.loads(cli("attendance", "Community", "1", "--json").stdout)
    assert {p["name"]: p["status"] for p in listing["people"]}["Luis Hernández"] == "expected"  # all or nothing
    everyone = json.loads(cli("attendance", "Community", "1", "--all", "--json").stdout)
    assert (everyone["present"], everyone["expected"]) == (4, 4)


def test_credit_follows_each_persons_choice(db):
    from facilitator.redaction.credits import acknowledgements, credit

    series_id = demo.ensure_demo(db)
    roster = {p.name: p for p in store.list_participants(db, series_id)}
    assert credit(roster["Amara Okafor"]) == "Amara Okafor"
    assert credit(roster["Luis Hernández Ortega"]) == "Lincoln Park Families"
    assert credit(roster["Дмитрий Соколов"]) is None
    store.update_participant(db, roster["Grace Mbeki"].id, acknowledgement="")
    assert credit(store.get_participant(db, roster["Grace Mbeki"].id)) is None
    names, organizations = acknowledgements(db, series_id)
    assert "Grace Mbeki" not in names and "Marcus Reyes" not in names
    assert "Mei Tanaka" not in names  # the team is thanked elsewhere
    assert organizations.count("Lincoln Park Families") == 1
    assert "Northgate Charter Academy" not in organizations


def test_perspectives_command_sets_and_lists_in_order(db, cli, session):
    made = cli("roster", "perspectives", "Community", "Student", "Parent/caregiver", "student", "Educator")
    assert made.stdout.splitlines() == ["Student", "Parent/caregiver", "Educator"]
    assert json.loads(cli("roster", "perspectives", "Community", "--json").stdout)[0] == "Student"


def test_roster_summary_counts_perspectives_and_stipends(db):
    from facilitator.roster.summary import summarize

    series_id = demo.ensure_demo(db)
    summary = summarize(store.list_participants(db, series_id))
    assert (summary.participants, summary.team) == (19, 3)
    assert summary.by_perspective["Parent/caregiver"] == 4
    assert (summary.stipends_total, summary.stipends_paid) == (1200, 650)


def test_walk_ins_are_counted_apart_from_the_people_expected(db, session):
    entries = att.session_attendance(db, session.id)
    att.check_in(db, session.id, entries[0].participant.id)
    att.set_status(db, session.id, [entries[1].participant.id], AttendanceStatus.ABSENT)
    att.add_walk_in(db, session.id, "Zoë Ngata-Brown")
    att.add_walk_in(db, session.id, "Олег Петров")
    totals = att.counts(att.session_attendance(db, session.id))
    # four on the roster, one absent; one of the other three here, two still to come; two walked in
    assert (totals.present, totals.expected, totals.absent, totals.walk_ins, totals.missing) == (3, 5, 1, 2, 2)
