"""What a session needs besides an agenda, counted from the roster: food for the caterer (per
table too, once the room is seated), seats to keep free, childcare, interpretation, and the
stipends to hand out at check-in.

The people counted are those expected (``attendance.present_participants``: everyone not
marked absent until check-in starts, then those checked in), the team included for food.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from sqlite_utils import Database

from facilitator.plan.model import Participant, Role, Session
from facilitator.roster.attendance import present_participants
from facilitator.roster.interpretation import language_lines
from facilitator.seating.plan import tables_for_round
from facilitator.storage import groups as group_store
from facilitator.storage import roster, seating
from facilitator.storage import series as series_store

_NONE = {"", "none", "no", "n/a", "na", "-", "nothing", "ninguna", "ninguno", "nada"}
_WHEELS = ("wheelchair", "silla de ruedas", "mobility", "walker", "scooter")
HANDED_OUT = "handed out"


def needs_of(text: str) -> list[str]:
    """The separate needs in a cell ("Vegetarian; nut allergy" → two), "none" and the like dropped."""
    if text.strip().casefold() in _NONE:
        return []
    return [part.strip() for part in re.split(r"[;,/\n]| and ", text)
            if part.strip() and part.strip().casefold() not in _NONE]


def _tally(values: list[str]) -> list[tuple[str, int]]:
    """Each need with how many people have it (one spelling, capitalised), most common first."""
    shown: dict[str, str] = {}
    counts: Counter = Counter()
    for value in values:
        key = value.casefold()
        shown.setdefault(key, value[:1].upper() + value[1:])
        counts[key] += 1
    return [(shown[key], count) for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


@dataclass
class Stipend:
    name: str
    amount: float
    status: str


@dataclass
class Logistics:
    session: Session
    people: int  # expected, team included
    meals: list[tuple[str, int]]  # dietary need, how many
    tables: list[tuple[str, list[tuple[str, int]]]] = field(default_factory=list)  # table, its dietary needs
    access: list[tuple[str, int]] = field(default_factory=list)
    keep_free: int = 0  # places to keep clear for a wheelchair
    childcare: list[tuple[str, str]] = field(default_factory=list)  # parent, what they asked for
    languages: list[str] = field(default_factory=list)
    stipends: list[Stipend] = field(default_factory=list)

    @property
    def stipend_total(self) -> float:
        return sum(s.amount for s in self.stipends)


def _paid(status: str) -> bool:
    return status.strip().casefold() in {"paid", HANDED_OUT, "given", "done", "pagado", "entregado"}


def session_logistics(db: Database, session_id: str) -> Logistics:
    session = series_store.get_session(db, session_id, with_blocks=False)
    people = present_participants(db, session_id, include_team=True)
    by_id = {p.id: p for p in people}
    meals = _tally([need for p in people for need in needs_of(p.dietary)])
    access = _tally([need for p in people for need in needs_of(p.accessibility)])
    keep_free = sum(1 for p in people if any(word in p.accessibility.casefold() for word in _WHEELS))
    childcare = [(p.display_name, p.childcare.strip()) for p in people
                 if p.childcare.strip() and p.childcare.strip().casefold() not in _NONE]
    stipends = [Stipend(p.display_name, p.stipend_amount, p.stipend_status) for p in people
                if p.role is Role.PARTICIPANT and p.stipend_amount and not _paid(p.stipend_status)]
    result = Logistics(session, len(people), meals, access=access, keep_free=keep_free, childcare=childcare,
                       languages=language_lines(people),
                       stipends=sorted(stipends, key=lambda s: s.name.casefold()))
    rounds = group_store.list_rounds(db, session_id)
    plan = seating.seating_plan(db, session_id)
    if rounds and plan.tables:
        groups = rounds[0].as_lists
        for label, members in zip(tables_for_round(groups, plan), groups):
            needs = _tally([need for pid in members if pid in by_id for need in needs_of(by_id[pid].dietary)])
            if needs:
                result.tables.append((label, needs))
    return result



def stipend_due(person: Participant) -> float | None:
    """The stipend still to hand to this person, or None."""
    return person.stipend_amount if person.stipend_amount and not _paid(person.stipend_status) else None


def hand_out_stipend(db: Database, participant_id: str) -> str:
    """Mark a person's stipend as handed out (at check-in); returns the previous status, for undo."""
    return set_stipend_status(db, participant_id, HANDED_OUT)


def set_stipend_status(db: Database, participant_id: str, status: str) -> str:
    previous = roster.get_participant(db, participant_id).stipend_status
    roster.update_participant(db, participant_id, stipend_status=status)
    return previous
