"""Calendar, messages and exports, checked as the receiving program would read them."""

from __future__ import annotations

import csv
import email
import io
import zipfile
from datetime import date, datetime
from email import policy

import icalendar
import pypdf
import pytest
from click.testing import CliRunner

from facilitator import documents
from facilitator.cli import main
from facilitator.documents import sources
from facilitator.errors import FacilitatorError
from facilitator.plan import templates
from facilitator.redaction.review import ReviewPending
from facilitator.share import calendar, messages
from facilitator.share import markdown_csv as export
from facilitator.storage import roster
from facilitator.storage import series as store


@pytest.fixture
def series_id(db):
    series_id = new_series(db)
    roster.add_participant(db, series_id, name="Дмитрий Соколов", preferred_name="Дима", email="dima@example.org",
                           organization="Smith & Sons <Learning>")
    roster.add_participant(db, series_id, name="Ana López", email="ana@example.org")
    roster.add_participant(db, series_id, name="Team Member", role="facilitator", email="team@example.org")
    return series_id


def test_calendar_has_every_dated_session_at_local_time(db, series_id):
    series = store.get_series(db, series_id)
    store.update_session(db, series.sessions[0].id, location="Library, Room 2")
    series = store.get_series(db, series_id)
    parsed = icalendar.Calendar.from_ical(calendar.series_calendar(series, zone_name="America/Chicago"))
    events = list(parsed.walk("VEVENT"))
    assert len(events) == len(series.sessions)
    first = events[0]
    start, end = first.decoded("dtstart"), first.decoded("dtend")
    assert (start.date().isoformat(), start.strftime("%H:%M")) == (series.sessions[0].date, "13:00")
    assert str(start.tzinfo) == "America/Chicago"
    assert (end - start).total_seconds() == series.sessions[0].duration_minutes * 60
    assert str(first["location"]) == "Library, Room 2"
    assert "Welcome & Context Setting" in str(first["description"])
    assert list(parsed.walk("VTIMEZONE"))


def test_calendar_without_a_zone_uses_floating_local_times(db, series_id):
    series = store.get_series(db, series_id)
    event = next(iter(icalendar.Calendar.from_ical(calendar.series_calendar(series)).walk("VEVENT")))
    start = event.decoded("dtstart")
    assert start.tzinfo is None and start == datetime(2026, 3, 15, 13, 0)


def test_calendar_skips_sessions_without_a_date_and_rejects_unknown_zones(db, series_id):
    series = store.get_series(db, series_id)
    store.update_session(db, series.sessions[1].id, date=None)
    series = store.get_series(db, series_id)
    events = list(icalendar.Calendar.from_ical(calendar.series_calendar(series)).walk("VEVENT"))
    assert len(events) == len(series.sessions) - 1
    with pytest.raises(FacilitatorError, match="Mars/Olympus"):
        calendar.series_calendar(series, zone_name="Mars/Olympus")


def test_messages_are_filled_per_participant_and_written_as_eml(db, series_id, tmp_path):
    session = store.get_series(db, series_id).sessions[0]
    found = messages.messages_for(db, series_id, session.id, "confirmation")
    assert [m.to_name for m in found] == ["Ana López", "Дима"]  # participants only, not the team
    written = messages.write_eml(found, tmp_path / "out")
    mail = email.message_from_bytes(written[1].read_bytes(), policy=policy.default)
    assert mail["To"].addresses[0].addr_spec == "dima@example.org"
    assert mail["Subject"] == "You're confirmed: Wading Into the Waters on Sunday 15 March 2026"
    body = mail.get_content()
    assert body.startswith("Dear Дима,") and "13:00–15:15" in body


def test_unknown_merge_field_names_the_template_and_the_field(db, series_id):
    with pytest.raises(FacilitatorError, match=r"Template 'Confirmation' uses the unknown merge field \{nickname\}"):
        messages.save_template("confirmation", subject="Hi {nickname}", body="Body")
    assert "{nickname}" not in messages.get_template("confirmation").subject  # nothing was saved


def test_edited_template_replaces_the_shipped_one_until_reset(db, series_id):
    session = store.get_series(db, series_id).sessions[0]
    before = messages.save_template("reminder-day-of", subject="See you at {start_time}, {{friend}}",
                                    body="Hello {name}")
    assert before.subject == "Today at {start_time}: {session_title}"
    found = messages.messages_for(db, series_id, session.id, "reminder-day-of")
    assert found[0].subject == "See you at 13:00, {friend}" and found[0].body == "Hello Ana López"
    messages.reset_template("reminder-day-of")
    assert not messages.get_template("reminder-day-of").edited


def test_thank_you_summary_never_names_a_participant(db, series_id, monkeypatch):
    import document_examples as examples

    summary = examples.summary([])
    summary.themes[0].quotes = ["Дмитрий Соколов said it best"]
    monkeypatch.setattr(sources, "summary", lambda db, session: summary)
    session = store.get_series(db, series_id).sessions[0]
    with pytest.raises(ReviewPending, match="1 passage"):
        messages.messages_for(db, series_id, session.id, "thank-you")
    documents.accept_all_passages(db, series_id, session.id)
    body = messages.messages_for(db, series_id, session.id, "thank-you")[0].body
    assert "“[participant] said it best”" in body and "Соколов" not in body


def test_markdown_export_is_labelled_internal_and_escapes_what_people_typed(db, series_id):
    roster.add_participant(db, series_id, name="Pipe | Person")
    series = store.get_series(db, series_id)
    store.update_session(db, series.sessions[0].id, description="<b>&amp;</b> *not bold* [link](http://x)\n# not a heading")
    text = export.series_markdown(db, series_id)
    assert text.splitlines()[0] == "**INTERNAL: for the facilitation team only. Contains names and contact details. Do not share.**"
    assert "&lt;b&gt;&amp;amp;&lt;/b&gt; \\*not bold\\* \\[link\\](http://x)" in text and "\\# not a heading" in text
    assert "<b>" not in text
    assert "| Pipe \\| Person |" in text and "## Session 4:" in text and "| 13:00 | 15 |" in text


@pytest.mark.parametrize("target", ["folder", "out.zip"])
def test_csv_export_to_a_folder_or_a_zip(db, series_id, tmp_path, target):
    path = tmp_path / target
    names = export.write_csv(db, series_id, path)
    if target.endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            raw = archive.read("participants.csv")
    else:
        raw = (path / "participants.csv").read_bytes()
    assert names == ["sessions.csv", "agenda.csv", "participants.csv", "attendance.csv", "trends.csv"]
    label, table = raw.decode("utf-8-sig").split("\r\n", 1)
    assert label.startswith("INTERNAL: for the facilitation team only")
    assert path.stat().st_mode & 0o777 in (0o600, 0o700)
    rows = list(csv.DictReader(io.StringIO(table)))
    assert {r["name"] for r in rows} == {"Дмитрий Соколов", "Ana López", "Team Member"}
    assert next(r for r in rows if r["name"] == "Дмитрий Соколов")["organization"] == "Smith & Sons <Learning>"


def test_cli_print_export_and_messages(db_path, tmp_path):
    from facilitator.storage import open_workspace

    db = open_workspace(db_path)
    series_id = new_series(db)
    roster.add_participant(db, series_id, name="Ana López", email="ana@example.org")
    db.close()
    runner = CliRunner()
    base = ["--db", str(db_path)]
    result = runner.invoke(main, base + ["print", "agenda", "Demo", "--session", "1", "--paper", "a4",
                                         "-o", str(tmp_path / "a.pdf")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    result = runner.invoke(main, base + ["print", "groups", "Demo", "--session", "1", "-o", str(tmp_path / "g.pdf")])
    assert result.exit_code == 2 and "no groups yet" in result.output
    result = runner.invoke(main, base + ["print", "signin", "Demo", "-o", str(tmp_path / "s.pdf")])
    assert result.exit_code == 2 and "--session" in result.output
    result = runner.invoke(main, base + ["print", "tents", "Demo", "-o", str(tmp_path / "t.pdf")])
    assert result.exit_code == 0 and len(pypdf.PdfReader(tmp_path / "t.pdf").pages) == 1
    result = runner.invoke(main, base + ["export", "Demo", "--format", "ics", "--timezone", "none"])
    assert result.exit_code == 0 and "BEGIN:VEVENT" in result.output
    result = runner.invoke(main, base + ["export", "Demo", "--format", "csv"])
    assert result.exit_code == 2 and "folder or a .zip" in result.output
    result = runner.invoke(main, base + ["messages", "Demo", "--session", "1", "--template", "thank-you",
                                         "-o", str(tmp_path / "mail")])
    assert result.exit_code == 0, result.output
    # numbered, not named after anyone, in a private folder
    assert sorted(p.name for p in (tmp_path / "mail").iterdir()) == ["mail-merge.csv", "message-001.eml"]
    assert (tmp_path / "mail").stat().st_mode & 0o777 == 0o700


def new_series(db) -> str:
    """The breakthrough template starting 15 March 2026, with an empty roster."""
    return templates.create_series(db, templates.get_template("breakthrough"), title="Demo: Breakthrough series",
                                   start=date(2026, 3, 15)).id
