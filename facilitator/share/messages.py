"""Messages around a session (the communication schedule): editable templates with merge
fields, filled in per participant and written as ``.eml`` files any mail program opens.

Templates ship in ``resources/messages/messages.toml``; an edited template is saved to the
user's data folder and replaces the shipped one with the same id. A template is checked when
it is saved and again when it is used: an unknown merge field is an error that names the
template and the field.
"""

from __future__ import annotations

import csv
import io
import string
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, parseaddr
from pathlib import Path

import tomli_w
from sqlite_utils import Database

from facilitator import documents, i18n, paths
from facilitator.documents import sources
from facilitator.documents import summary as summary_doc
from facilitator.documents.dates import long_date
from facilitator.errors import FacilitatorError, NotFound
from facilitator.files import private_folder, write_private_bytes
from facilitator.plan import agenda, invitations
from facilitator.plan.model import Participant, Series, Session
from facilitator.roster.columns import defuse
from facilitator.storage import series as series_store

FIELDS = {
    "name": "Full name",
    "preferred_name": "Preferred name (the full name when none is set)",
    "series_title": "Title of the series",
    "session_title": "Title of the session",
    "session_number": "Number of the session in the series",
    "date": "Date of the session, written out",
    "start_time": "Start time",
    "end_time": "End time",
    "location": "Venue (or a note that details will follow, when none is set)",
    "facilitator": "Facilitator of the session",
    "summary": "Themes and quotes from the session (or the whole series) and what happens next, with no names "
               "(thank-you)",
    "sessions": "Every session the person is invited to, with its date, time and place (invitation)",
}
_NO_VENUE = {"in_person": "the venue (details to follow)", "virtual": "the online meeting (we will send the link)",
             "hybrid": "the venue or online (details to follow)"}
SCHEDULE = ("invitation", "confirmation", "reminder-day-before", "reminder-day-of", "thank-you")
MERGE_FILE = "mail-merge.csv"


@dataclass(frozen=True)
class MessageTemplate:
    id: str
    name: str
    when: str
    subject: str
    body: str
    edited: bool = False  # the user's copy, not the shipped one


@dataclass(frozen=True)
class Message:
    participant_id: str
    to_name: str
    to_email: str
    subject: str
    body: str


def _shipped() -> dict[str, dict]:
    """The shipped wording in the current language (``facilitator.i18n``), English where none."""
    translated = paths.resource("messages", f"messages.{i18n.current()}.toml")
    source = translated if translated.exists() else paths.resource("messages", "messages.toml")
    return tomllib.loads(source.read_text(encoding="utf-8"))


def _user_dir() -> Path:
    path = paths.data_dir() / "messages"
    path.mkdir(parents=True, exist_ok=True)
    return path


def load_templates() -> dict[str, MessageTemplate]:
    """Every template in schedule order, the user's edited copies replacing the shipped ones."""
    out: dict[str, MessageTemplate] = {}
    for template_id, spec in _shipped().items():
        user_file = _user_dir() / f"{template_id}.toml"
        edited = user_file.exists()
        if edited:
            spec = {**spec, **tomllib.loads(user_file.read_text(encoding="utf-8"))}
        out[template_id] = MessageTemplate(template_id, spec["name"], spec.get("when", ""), spec["subject"],
                                           spec["body"], edited)
    return out


def get_template(template_id: str) -> MessageTemplate:
    templates = load_templates()
    if template_id not in templates:
        raise NotFound(i18n.t("There is no message template '{name}'. Choose one of: {names}.").format(
            name=template_id, names=", ".join(templates)))
    return templates[template_id]


def fields_used(text: str, template_name: str) -> list[str]:
    """The merge fields in a text; a malformed brace is an error naming the template."""
    try:
        return [field for _literal, field, _spec, _conv in string.Formatter().parse(text) if field is not None]
    except ValueError as error:
        raise FacilitatorError(i18n.t("Template '{name}' has a stray brace ({error}); "
                                      "write {open} or {close} for a literal brace.").format(
            name=template_name, error=error, open="{{", close="}}")) from None


def check(template_name: str, subject: str, body: str) -> None:
    for field in fields_used(subject, template_name) + fields_used(body, template_name):
        if field not in FIELDS:
            known = ", ".join("{" + f + "}" for f in FIELDS)
            shown = "{" + field + "}" if field else "{}"
            raise FacilitatorError(i18n.t("Template '{name}' uses the unknown merge field {field}. "
                                          "Known fields: {known}.").format(
                name=template_name, field=shown, known=known))


def save_template(template_id: str, *, subject: str, body: str) -> MessageTemplate:
    """Keep an edited template (checked first); returns the template it replaced, for undo."""
    before = get_template(template_id)
    check(before.name, subject, body)
    (_user_dir() / f"{template_id}.toml").write_text(tomli_w.dumps({"subject": subject, "body": body}),
                                                     encoding="utf-8")
    return before


def reset_template(template_id: str) -> MessageTemplate:
    """Go back to the shipped wording; returns the edited template, for undo."""
    before = get_template(template_id)
    (_user_dir() / f"{template_id}.toml").unlink(missing_ok=True)
    return before


def _where(session: Session) -> str:
    return session.location or i18n.t(_NO_VENUE[session.format.value])


def schedule_text(series: Series, sessions: list[Session]) -> str:
    """One line per session: number and title, date, times and place (the invitation's list)."""
    lines = []
    for session in sessions:
        when = long_date(session.date) or i18n.t("(date to be confirmed)")
        lines.append(i18n.t("• {title}: {date}, {start}–{end}, {place}").format(
            title=i18n.t("Session {number}: {title}").format(number=session.number, title=session.title),
            date=when, start=session.start_time, end=agenda.clock_at(session, session.duration_minutes),
            place=_where(session)))
    return "\n".join(lines)


def merge_fields(series: Series, session: Session, participant: Participant, summary_text: str,
                 sessions_text: str = "") -> dict[str, str]:
    return {
        "name": participant.name,
        "preferred_name": participant.display_name,
        "series_title": series.title,
        "session_title": session.title,
        "session_number": str(session.number),
        "date": long_date(session.date) or i18n.t("(date to be confirmed)"),
        "start_time": session.start_time,
        "end_time": agenda.clock_at(session, session.duration_minutes),
        "location": _where(session),
        "facilitator": session.facilitator or i18n.t("The {series} team").format(series=series.title),
        "summary": summary_text,
        "sessions": sessions_text,
    }


def fill(template: MessageTemplate, fields: dict[str, str]) -> tuple[str, str]:
    check(template.name, template.subject, template.body)
    return template.subject.format(**fields), template.body.format(**fields)


def summary_text(db: Database, session: Session, *, series_wide: bool = False) -> str:
    """The themes and quotes of the session (or, ``series_wide``, of every session) as plain
    text, then what happens next: the reviewed passages of the external summary, the same the
    PDF prints (``ReviewPending`` while any waits for review)."""
    external = documents.external_summary(db, session.series_id, None if series_wide else session.id)
    lines: list[str] = []
    if not external.themes:
        lines.append(i18n.t("(The summary of themes will follow once the notes are synthesised.)"))
    for theme in external.themes:
        lines.append(f"• {theme.title}")
        if theme.description:
            lines.append(f"  {theme.description}")
        if theme.heard:
            lines += [f"  “{q.text}” ({summary_doc.where_heard(q)})" for q in theme.heard]
        else:
            lines += [f"  “{quote}”" for quote in theme.quotes]
    if external.actions:
        lines += ["", i18n.t("What happens next:")]
        for action in external.actions:
            who = ", ".join(p for p in (action.owner, action.due) if p)
            lines.append(f"• {action.text}" + (f" ({who})" if who else ""))
    return "\n".join(lines)


def messages_for(db: Database, series_id: str, session_id: str, template_id: str, *,
                 draft: MessageTemplate | None = None, language: str | None = None,
                 series_summary: bool = False) -> list[Message]:
    """One message per person the template is for (``invitations.recipients``: the invited not
    marked absent, or for a thank-you those who came; never the team). The wording is in
    ``language``; else the person's own (``invitations.person_language``); else the session's;
    else the current one. ``draft`` is wording being edited and not saved yet, to preview it
    (used for everyone, its merge fields in the current language, which it is written in). ``series_summary``: the {summary} field carries every session's themes,
    not only this session's."""
    series, session = sources.load(db, series_id, session_id)
    default = invitations.session_language(session) or i18n.current()
    guests: dict | None = None
    summaries: dict[str, str] = {}
    out = []
    for participant in invitations.recipients(db, session_id, template_id):
        code = language or (i18n.current() if draft else invitations.person_language(participant) or default)
        with i18n.language(code):
            template = draft or get_template(template_id)
            used = fields_used(template.body, template.name) + fields_used(template.subject, template.name)
            if "summary" in used and code not in summaries:
                summaries[code] = summary_text(db, session, series_wide=series_summary)
            if "sessions" in used and guests is None:
                guests = invitations.guest_lists(db, series_id)
            mine = [s for s in series.sessions if participant.id in (guests or {}).get(s.id, ())]
            subject, body = fill(template, merge_fields(series, session, participant, summaries.get(code, ""),
                                                        schedule_text(series, mine)))
        out.append(Message(participant.id, participant.display_name, participant.email, subject, body))
    return out


def check_sender(sender: str) -> str:
    """A From address as typed in Settings or on the command line ("Ana <ana@example.org>"),
    or a FacilitatorError saying what is wrong with it."""
    sender = sender.strip()
    if not sender:
        return ""
    _name, address = parseaddr(sender)
    if not address or "@" not in address or " " in address or not address.split("@")[-1].count("."):
        raise FacilitatorError(i18n.t("'{text}' is not an email address").format(text=sender))
    return sender


def to_email(message: Message, *, sender: str = "") -> EmailMessage:
    mail = EmailMessage()
    if message.to_email:  # without one, the mail program asks when the draft is sent
        mail["To"] = Address(display_name=message.to_name, addr_spec=message.to_email)
    if sender:
        mail["From"] = sender
    mail["Subject"] = message.subject
    mail["Date"] = formatdate(localtime=True)
    mail["X-Unsent"] = "1"  # opens as a draft in Outlook and similar programs
    mail.set_content(message.body)
    return mail


def drafts_folder(db: Database, parent: Path, session_id: str, template_id: str) -> Path:
    """Where the app writes one batch of drafts inside a folder the person chose (their Desktop,
    say): a folder of its own, so only it is made owner-only."""
    number = series_store.get_session(db, session_id, with_blocks=False).number
    return Path(parent) / f"{template_id}-session-{number}"


def write_eml(messages: list[Message], folder: Path, *, sender: str = "") -> list[Path]:
    """Write each message as an ``.eml`` draft (From ``sender`` when given) in an owner-only
    folder; returns the files written. Files are numbered, not named after the people they go
    to; drafts of an earlier batch in the folder are replaced."""
    folder = private_folder(folder)
    for old in folder.glob("message-[0-9][0-9][0-9].eml"):
        old.unlink()
    written = []
    for number, message in enumerate(messages, start=1):
        path = folder / f"message-{number:03d}.eml"
        write_private_bytes(path, bytes(to_email(message, sender=sender)))
        written.append(path)
    return written


def write_merge_csv(messages: list[Message], folder: Path) -> Path:
    """The same messages as one CSV for a mail merge (Outlook, Word, Gmail add-ons): e-mail,
    name, subject and body per row, written beside the drafts."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["Email", "Name", "Subject", "Body"])
    for message in messages:
        writer.writerow([defuse(message.to_email), defuse(message.to_name), defuse(message.subject),
                         defuse(message.body)])
    path = Path(folder) / MERGE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    write_private_bytes(path, buffer.getvalue().encode("utf-8-sig"))
    return path


def send_dates(session: Session) -> dict[str, date | None]:
    """When each message of the schedule goes out, from the session date (confirmation: on sign-up)."""
    if not session.date:
        return {template_id: None for template_id in SCHEDULE}
    day = date.fromisoformat(session.date)
    return {"invitation": day - timedelta(days=21), "confirmation": None, "reminder-day-before": day - timedelta(days=1), "reminder-day-of": day,
            "thank-you": day + timedelta(days=1)}
