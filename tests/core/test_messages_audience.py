"""Each message goes to the people it is for: the invited who are not marked absent, or the
people who came; a session's language is the wording's default."""

from __future__ import annotations

import csv
import email

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.errors import FacilitatorError
from facilitator.plan import invitations, templates
from facilitator.plan.model import AttendanceStatus, Role
from facilitator.share import messages
from facilitator.storage import roster
from facilitator.storage import series as series_store

PERSPECTIVES = ["Student", "Parent/caregiver", "Community member", "Educator"]


@pytest.fixture
def dialogue(db):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter talks")
    people = [roster.add_participant(db, series.id, name=f"Person {i:02d}", email=f"p{i}@example.org",
                                     perspective=PERSPECTIVES[i % 4]) for i in range(25)]
    roster.add_participant(db, series.id, name="Fran Facilitator", email="fran@example.org", role=Role.FACILITATOR)
    return series, people


@pytest.fixture
def community(db):
    series = templates.create_series(db, templates.get_template("community"), title="District conversations")
    people = [roster.add_participant(db, series.id, name=f"Neighbour {i:02d}", email=f"n{i}@example.org",
                                     perspective=PERSPECTIVES[i % 4]) for i in range(12)]
    return series, people


def test_three_absent_of_twenty_five_get_no_thank_you_and_no_reminder(db, dialogue):
    series, people = dialogue
    session = series.sessions[0]
    absent = people[:3]
    for person in absent:
        roster.set_attendance(db, session.id, person.id, AttendanceStatus.ABSENT)
    thanked = messages.messages_for(db, series.id, session.id, "thank-you")
    assert len(thanked) == 22
    assert {m.participant_id for m in thanked} == {p.id for p in people[3:]}
    reminded = messages.messages_for(db, series.id, session.id, "reminder-day-of")
    assert {m.participant_id for m in reminded} == {p.id for p in people[3:]}


def test_once_people_check_in_only_they_are_thanked(db, dialogue):
    series, people = dialogue
    session = series.sessions[0]
    for person in people[:10]:
        roster.set_attendance(db, session.id, person.id, AttendanceStatus.PRESENT)
    thanked = messages.messages_for(db, series.id, session.id, "thank-you")
    assert {m.participant_id for m in thanked} == {p.id for p in people[:10]}


def test_a_students_session_confirms_only_students(db, community):
    series, people = community
    students = next(s for s in series.sessions if s.audience == "Students")
    found = messages.messages_for(db, series.id, students.id, "confirmation")
    expected = {p.id for p in people if p.perspective == "Student"}
    assert {m.participant_id for m in found} == expected and expected
    families = next(s for s in series.sessions if s.audience == "Families")
    assert {m.participant_id for m in messages.messages_for(db, series.id, families.id, "confirmation")} == {
        p.id for p in people if p.perspective == "Parent/caregiver"}


def test_a_hand_made_guest_list_replaces_the_audience_until_everyone(db, community):
    series, people = community
    students = next(s for s in series.sessions if s.audience == "Students")
    previous = invitations.choose(db, students.id, perspectives=["Educator"], participant_ids=[people[0].id])
    assert previous == []
    assert {p.id for p in invitations.invited(db, students.id)} == {people[0].id} | {
        p.id for p in people if p.perspective == "Educator"}
    with pytest.raises(FacilitatorError, match="Funder"):
        invitations.choose(db, students.id, perspectives=["Funder"])
    invitations.choose(db, students.id, everyone=True)
    assert {p.id for p in invitations.invited(db, students.id)} == {p.id for p in people if p.perspective == "Student"}


def test_the_invitation_lists_every_session_the_person_is_invited_to(db, community):
    series, people = community
    for number, session in enumerate(series.sessions, start=1):
        series_store.update_session(db, session.id, date=f"2026-03-{number + 2:02d}", location=f"Hall {number}")
    student = next(p for p in people if p.perspective == "Student")
    session = next(s for s in series.sessions if s.audience == "Students")
    body = next(m.body for m in messages.messages_for(db, series.id, session.id, "invitation", language="en")
                if m.participant_id == student.id)
    assert "Hall 1" in body and "March" in body
    others = [s for s in series_store.list_sessions(db, series.id) if s.audience not in ("Students", "")]
    assert all(f"Hall {s.number}" not in body for s in others)


def test_a_virtual_session_without_a_link_reads_as_a_sentence(db, dialogue):
    series, _people = dialogue
    session = series.sessions[0]
    series_store.update_session(db, session.id, format="virtual", location="")
    body = messages.messages_for(db, series.id, session.id, "reminder-day-before", language="en")[0].body
    assert "at the online meeting (we will send the link)" in body
    assert "at online" not in body


def test_the_families_session_writes_in_spanish_unless_told(db, community):
    series, _people = community
    families = next(s for s in series.sessions if s.audience == "Families")
    spanish = messages.messages_for(db, series.id, families.id, "confirmation")
    assert "Estimad" in spanish[0].body or "Gracias" in spanish[0].body
    english = messages.messages_for(db, series.id, families.id, "confirmation", language="en")
    assert english[0].body.startswith("Dear")


def test_cli_writes_drafts_from_the_settings_address_and_a_mail_merge_file(db_path, db, dialogue, tmp_path):
    series, people = dialogue
    session = series.sessions[0]
    roster.set_attendance(db, session.id, people[0].id, AttendanceStatus.ABSENT)
    out = tmp_path / "drafts"
    result = CliRunner().invoke(main, ["--db", str(db_path), "messages", series.id, "--session", "1",
                                       "--template", "confirmation", "--from", "Ana López <ana@example.org>",
                                       "-o", str(out)])
    assert result.exit_code == 0, result.output
    drafts = sorted(out.glob("*.eml"))
    assert len(drafts) == 24
    mail = email.message_from_bytes(drafts[0].read_bytes())
    assert "ana@example.org" in mail["From"]
    with open(out / messages.MERGE_FILE, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 24 and {r["Email"] for r in rows} == {p.email for p in people[1:]}
    bad = CliRunner().invoke(main, ["--db", str(db_path), "messages", series.id, "--session", "1",
                                    "--template", "confirmation", "--from", "not an address", "-o", str(out)])
    assert bad.exit_code == 2 and "not an email address" in bad.output


def test_cli_invite_sets_and_lists_the_guest_list(db_path, db, community):
    series, people = community
    result = CliRunner().invoke(main, ["--db", str(db_path), "invite", series.id, "1", "--perspective", "Educator",
                                       "--json"])
    assert result.exit_code == 0, result.output
    assert '"Educator"' in result.output and '"Student"' not in result.output


def test_a_persons_own_language_chooses_the_wording_unless_told(db, dialogue):
    series, people = dialogue
    session = series.sessions[0]
    roster.update_participant(db, people[0].id, languages="Spanish, English")
    roster.update_participant(db, people[1].id, interpretation="Spanish")
    found = {m.participant_id: m.body for m in messages.messages_for(db, series.id, session.id, "confirmation")}
    assert not found[people[0].id].startswith("Dear") and not found[people[1].id].startswith("Dear")
    assert found[people[2].id].startswith("Dear")
    told = messages.messages_for(db, series.id, session.id, "confirmation", language="en")
    assert all(m.body.startswith("Dear") for m in told)
