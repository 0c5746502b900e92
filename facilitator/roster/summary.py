"""The figures an organiser checks on a roster: how many people, how the perspectives balance,
and what the stipends add up to (the budget line funders ask about)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from facilitator.plan.model import Participant, Role


@dataclass(frozen=True)
class RosterSummary:
    participants: int
    team: int
    by_perspective: dict[str, int]  # participants only, most common first; "" is no perspective
    stipends_total: float
    stipends_paid: float


def summarize(people: list[Participant]) -> RosterSummary:
    participants = [p for p in people if p.role is Role.PARTICIPANT]
    with_stipend = [p for p in participants if p.stipend_amount]
    return RosterSummary(
        participants=len(participants),
        team=len(people) - len(participants),
        by_perspective=dict(Counter(p.perspective for p in participants).most_common()),
        stipends_total=sum(p.stipend_amount for p in with_stipend),
        stipends_paid=sum(p.stipend_amount for p in with_stipend if p.stipend_status.strip().casefold() == "paid"),
    )
