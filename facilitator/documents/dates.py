"""Dates and times as a reader expects to see them on paper."""

from __future__ import annotations

from datetime import date

from facilitator import agenda
from facilitator.model import Session


def long_date(iso: str | None) -> str:
    """``2026-03-14`` → ``Saturday 14 March 2026``; empty when the date is not set."""
    if not iso:
        return ""
    day = date.fromisoformat(iso)
    return f"{day:%A} {day.day} {day:%B %Y}"


def time_span(session: Session) -> str:
    return f"{session.start_time}–{agenda.clock_at(session, session.duration_minutes)}"
