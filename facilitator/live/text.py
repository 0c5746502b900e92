"""How the live timer reads, so the facilitator view, the presenter screen and the CLI agree."""

from __future__ import annotations

import math

from facilitator.i18n import t
from facilitator.live.runner import FINISHED, NOT_STARTED, LiveStatus


def clock_text(seconds: float) -> str:
    """Whole seconds as M:SS, or H:MM:SS from an hour up."""
    seconds = int(seconds)
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    sign = "-" if seconds < 0 else ""
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def countdown(status: LiveStatus) -> str:
    """Time left rounded up (0:01 shows until the very end), then time over with a plus sign."""
    if status.overtime_seconds > 0:
        return "+" + clock_text(math.floor(status.overtime_seconds))
    return clock_text(math.ceil(status.remaining_seconds - 1e-6))


def _hhmm(moment) -> str:
    return moment.astimezone().strftime("%H:%M")


def plan_sentence(status: LiveStatus) -> str:
    """The one sentence the live view shows about the plan.

    Ahead, behind and on time are all measured the same way — the projected end against the
    scheduled end, in whole minutes — so two figures can never contradict each other, and a
    compression is suggested only when that sentence says "behind" (never for a few seconds'
    drift just after the start).
    """
    if status.state == NOT_STARTED:
        return t("Not started. Planned to end at {end}.").format(end=_hhmm(status.scheduled_end))
    minutes = round(status.projected_over_seconds / 60)
    if status.state == FINISHED:
        if minutes > 0:
            return t("Finished at {end}, {minutes} min later than scheduled.").format(
                end=_hhmm(status.projected_end), minutes=minutes)
        if minutes < 0:
            return t("Finished at {end}, {minutes} min earlier than scheduled.").format(
                end=_hhmm(status.projected_end), minutes=-minutes)
        return t("Finished at {end}, on time.").format(end=_hhmm(status.projected_end))
    if minutes < 0:
        return t("{minutes} min ahead: ends at {end}, scheduled for {scheduled}.").format(
            minutes=-minutes, end=_hhmm(status.projected_end), scheduled=_hhmm(status.scheduled_end))
    if minutes == 0:
        return t("On time: ends at {end}.").format(end=_hhmm(status.projected_end))
    sentence = t("{minutes} min behind: ends at {end}, scheduled for {scheduled}.").format(
        minutes=minutes, end=_hhmm(status.projected_end), scheduled=_hhmm(status.scheduled_end))
    cuts = [a for a in status.absorbers if a.cut_seconds]
    if cuts:
        return sentence + " " + t("To finish on time, take {minutes} min from {blocks} (C).").format(
            minutes=sum(a.cut_seconds for a in cuts) // 60,
            blocks=", ".join(f"{a.step.block.title} −{a.cut_seconds // 60}" for a in cuts))
    return sentence + " " + t("No later block can give time back.")
