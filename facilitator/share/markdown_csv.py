"""A series as Markdown (to read or paste into a shared document) and as CSV (for a spreadsheet).

Both are for the team: they carry the roster with names and contact details, and say so in
their first line. What is shared outside the team goes through the reviewed external summary
(``summary_markdown``). What people typed is escaped, so "<b>" or "*" shows as typed.
"""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile
from pathlib import Path

from sqlite_utils import Database

from facilitator.documents.dates import long_date, time_span
from facilitator.files import open_private, private_folder, write_private_bytes
from facilitator.plan import agenda
from facilitator.plan.model import AttendanceStatus, Participant
from facilitator.redaction.sharing import internal_label
from facilitator.storage import roster
from facilitator.storage import series as store
from facilitator.synthesis.trends import trend_table

PARTICIPANT_COLUMNS = ("name", "preferred_name", "pronouns", "email", "phone", "organization", "perspective",
                       "languages", "interpretation", "accessibility", "dietary", "childcare", "consent_recorded",
                       "acknowledgement", "role")


_MARKUP = re.compile(r"([\\`*_\[\]{}|~])")
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])", re.MULTILINE)


def md(text: object) -> str:
    """Typed text shown as typed in Markdown: no emphasis, links, headings or HTML come from it."""
    escaped = html.escape(str(text), quote=False)
    escaped = _MARKUP.sub(r"\\\1", escaped)
    return _LINE_START.sub(lambda m: m.group(1) + (m.group(2)[:-1] + "\\" + m.group(2)[-1] if m.group(2)[0].isdigit()
                                                   else "\\" + m.group(2)), escaped)


def _cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return md(text).replace("\n", " ")


def _participant_value(participant: Participant, column: str) -> str:
    value = getattr(participant, column)
    if column == "consent_recorded":
        return {None: "", True: "yes", False: "no"}[value]
    return value.value if hasattr(value, "value") else str(value)


def series_markdown(db: Database, series_id: str) -> str:
    series = store.get_series(db, series_id)
    people = roster.list_participants(db, series_id)
    out = [f"**{internal_label()}**", "", f"# {md(series.title)}", ""]
    if series.topic:
        out += [f"**Topic:** {md(series.topic)}", ""]
    if series.purpose:
        out += [md(series.purpose), ""]
    if series.goals:
        out += ["## Goals", ""] + [f"- {md(goal)}" for goal in series.goals] + [""]
    for session in series.sessions:
        out += [f"## Session {session.number}: {md(session.title)}", ""]
        when = " · ".join(p for p in (long_date(session.date), time_span(session),
                                      md(session.location) if session.location else session.format.label) if p)
        out += [when, ""]
        if session.description:
            out += [md(session.description), ""]
        if session.blocks:
            out += ["| Time | Minutes | Block |", "| --- | ---: | --- |"]
            for item in agenda.schedule(session.blocks):
                title = ("↳ " if item.depth else "") + item.block.title
                out.append(f"| {agenda.clock_at(session, item.start_offset)} | {item.minutes} | {_cell(title)} |")
            out.append("")
        status = roster.attendance(db, session.id)
        present = [p.name for p in people if status.get(p.id) is AttendanceStatus.PRESENT]
        if present:
            out += [f"**Present ({len(present)}):** {md(', '.join(present))}", ""]
    if people:
        out += ["## Roster", "", "| Name | Pronouns | Organization | Perspective | Role |", "| --- | --- | --- | --- | --- |"]
        out += [f"| {_cell(p.name)} | {_cell(p.pronouns)} | {_cell(p.organization)} | {_cell(p.perspective)} | "
                f"{p.role.value.replace('_', ' ')} |" for p in people]
        out.append("")
    return "\n".join(out)


def series_tables(db: Database, series_id: str) -> dict[str, list[list[str]]]:
    """File name → rows (header first) of every table the CSV export writes."""
    series = store.get_series(db, series_id)
    people = roster.list_participants(db, series_id)
    sessions = [["number", "title", "date", "start_time", "end_time", "duration_minutes", "format", "location",
                 "audience", "facilitator"]]
    blocks = [["session", "start", "end", "minutes", "level", "title", "kind", "prompts", "notes", "materials"]]
    attendance = [["session", "name", "status"]]
    for s in series.sessions:
        sessions.append([str(s.number), s.title, s.date or "", s.start_time,
                         agenda.clock_at(s, s.duration_minutes), str(s.duration_minutes), s.format.value, s.location,
                         s.audience, s.facilitator])
        for item in agenda.schedule(s.blocks):
            b = item.block
            blocks.append([str(s.number), agenda.clock_at(s, item.start_offset), agenda.clock_at(s, item.end_offset),
                           str(item.minutes), "sub-block" if item.depth else "block", b.title, b.kind.value,
                           " | ".join(b.prompts), b.notes, b.materials])
        status = roster.attendance(db, s.id)
        attendance += [[str(s.number), p.name, status.get(p.id, AttendanceStatus.EXPECTED).value] for p in people]
    participants = [list(PARTICIPANT_COLUMNS)] + [[_participant_value(p, c) for c in PARTICIPANT_COLUMNS]
                                                  for p in people]
    return {"sessions.csv": sessions, "agenda.csv": blocks, "participants.csv": participants,
            "attendance.csv": attendance, "trends.csv": trend_rows(db, series_id)}


def trend_rows(db: Database, series_id: str) -> list[list[str]]:
    """The trend analysis as one row per theme, stakeholder group and session (a pivot table's
    favourite shape); a theme on no note yet still has its row."""
    trends = trend_table(db, series_id)
    rows = [["theme", "group", "session", "notes", "grouped_by"]]
    for row in trends.rows:
        if not row.total:
            rows.append([row.title, "", "", "0", trends.by])
        for number in sorted(row.by_session):
            for column in trends.columns:
                count = row.by_session[number].get(column, 0)
                if count:
                    rows.append([row.title, column, str(number), str(count), trends.by])
    return rows


def _csv_bytes(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows([[internal_label()]] + rows)
    return out.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8 names correctly


def write_csv(db: Database, series_id: str, path: Path) -> list[str]:
    """Write the CSV files into a folder, or into a ``.zip`` when the path ends in .zip.
    Returns the file names written."""
    path = Path(path)
    tables = series_tables(db, series_id)
    if path.suffix.lower() == ".zip":
        path.parent.mkdir(parents=True, exist_ok=True)
        with open_private(path, "wb") as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, rows in tables.items():
                archive.writestr(name, _csv_bytes(rows))
    else:
        private_folder(path)
        for name, rows in tables.items():
            write_private_bytes(path / name, _csv_bytes(rows))
    return list(tables)


def summary_markdown(db: Database, series_id: str, session_id: str | None) -> str:
    """The external summary of a session (without one: of the whole series) as Markdown, to
    paste into a newsletter or a shared page: the same reviewed passages as the PDF
    (``ReviewPending`` while any waits)."""
    from facilitator import documents
    from facilitator.i18n import t

    external = documents.external_summary(db, series_id, session_id)
    series = store.get_series(db, series_id)
    session = next((s for s in series.sessions if s.id == session_id), None)
    heading = (t("Session {number}: {title}").format(number=session.number, title=session.title) if session
               else t("Series summary"))
    out = [f"# {md(series.title)}", "", f"## {md(heading)}", "", f"### {t('What we heard')}", ""]
    if not external.themes:
        out += [t("Themes will be shared once the notes are synthesised."), ""]
    for theme in external.themes:
        out += [f"#### {md(theme.title)}", ""]
        if theme.description:
            out += [md(theme.description), ""]
        out += [f"> “{md(quote)}”" for quote in theme.quotes] + ([""] if theme.quotes else [])
    out += [f"_{t('Quotes are shared without names and are not attributed to any person.')}_", ""]
    if external.actions:
        out += [f"### {t('What happens next')}", ""]
        out += [f"- {md(a.text)}" + (f" ({md(', '.join(p for p in (a.owner, a.due) if p))})" if a.owner or a.due else "")
                for a in external.actions] + [""]
    if external.names or external.organizations:
        out += [f"### {t('Acknowledgements')}", ""]
        if external.names:
            out += [md(", ".join(external.names)), ""]
        if external.organizations:
            out += [f"**{t('Organizations:')}** {md(', '.join(external.organizations))}", ""]
    return "\n".join(out)
