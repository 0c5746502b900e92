"""Every session of a series as an ``.ics`` calendar.

Times are the venue's wall-clock times. With a time zone (given, or the computer's own) each
event carries it, so a participant's calendar in another zone shows the right moment; without
one the events are "floating" and show the written time wherever they are opened.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from facilitator.errors import FacilitatorError
from facilitator.i18n import t
from facilitator.plan import agenda
from facilitator.plan.model import Series, Session


def local_zone_name() -> str | None:
    """The computer's IANA time zone (``TZ``, then ``/etc/localtime``), or None when unknown."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    for name in candidates:
        if name:
            try:
                ZoneInfo(name)
                return name
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return None


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise FacilitatorError(t("'{name}' is not a time zone name like Europe/Paris or America/Chicago.").format(
            name=name)) from None


def session_start(session: Session, zone: ZoneInfo | None) -> datetime:
    start = datetime.combine(date.fromisoformat(session.date), agenda.parse_clock(session.start_time))
    return start.replace(tzinfo=zone) if zone else start


def _description(series: Series, session: Session) -> str:
    lines = [session.description] if session.description else []
    if session.blocks:
        lines.append("Agenda:")
        for item in agenda.schedule(session.blocks):
            if item.depth == 0:
                lines.append(f"{agenda.clock_at(session, item.start_offset)}  {item.block.title}")
    if session.facilitator:
        lines.append(f"Facilitator: {session.facilitator}")
    lines.append(f"Part of: {series.title}")
    return "\n".join(lines)


def series_calendar(series: Series, *, zone_name: str | None = None, now: datetime | None = None) -> bytes:
    """The calendar file; sessions without a date are left out (they cannot be placed)."""
    zone = _zone(zone_name)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Facilitator//Series calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", series.title)
    stamp = now or datetime.now(timezone.utc)
    for session in series.sessions:
        if not session.date:
            continue
        start = session_start(session, zone)
        event = icalendar.Event()
        event.add("uid", f"{session.id}@facilitator")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=session.duration_minutes))
        event.add("summary", f"{series.title} – Session {session.number}: {session.title}")
        if session.location:
            event.add("location", session.location)
        event.add("description", _description(series, session))
        calendar.add_component(event)
    if zone:
        calendar.add_missing_timezones()
    return calendar.to_ical()
