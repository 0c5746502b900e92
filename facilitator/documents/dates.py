"""Dates and times as a reader expects to see them on paper."""

from __future__ import annotations

from datetime import date

from facilitator.i18n import t
from facilitator.plan import agenda
from facilitator.plan.model import Session

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def long_date(iso: str | None) -> str:
    """``2026-03-14`` → ``Saturday 14 March 2026``; empty when the date is not set."""
    if not iso:
        return ""
    day = date.fromisoformat(iso)
    weekday, month = WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    return t("{weekday} {day} {month} {year}").format(weekday=t(weekday), day=day.day, month=t(month), year=day.year)


def time_span(session: Session) -> str:
    return f"{session.start_time}–{agenda.clock_at(session, session.duration_minutes)}"
