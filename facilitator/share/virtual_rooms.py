"""Breakout rooms for a virtual or hybrid session: a round's groups as Zoom's pre-assignment
CSV (``Pre-assign Room Name``, ``Email Address``; one room per group, named after it) or as a
plain list to paste into Teams. Zoom matches people by e-mail, so anyone without one is named
in the result rather than dropped without a word."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from sqlite_utils import Database

from facilitator.groups.rounds import BreakoutRound
from facilitator.roster.columns import defuse
from facilitator.storage import roster


@dataclass(frozen=True)
class RoomExport:
    text: str
    rooms: int
    people: int
    without_email: list[str]  # names of people Zoom cannot place


def zoom_csv(db: Database, breakout: BreakoutRound) -> RoomExport:
    people = {p.id: p for p in roster.list_participants(db, breakout.series_id)}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["Pre-assign Room Name", "Email Address"])
    missing, placed = [], 0
    for group in breakout.groups:
        for member in group.members:
            person = people.get(member.participant_id)
            if person and person.email:
                writer.writerow([defuse(group.label), defuse(person.email)])
                placed += 1
            else:
                missing.append(person.display_name if person else member.name)
    return RoomExport(buffer.getvalue(), len(breakout.groups), placed, missing)


def teams_list(db: Database, breakout: BreakoutRound) -> RoomExport:
    """A room per paragraph: its name, then each member with their e-mail when there is one."""
    people = {p.id: p for p in roster.list_participants(db, breakout.series_id)}
    blocks, missing, count = [], [], 0
    for group in breakout.groups:
        lines = [group.label]
        for member in group.members:
            person = people.get(member.participant_id)
            name = person.display_name if person else member.name
            lines.append(f"  {name} <{person.email}>" if person and person.email else f"  {name}")
            count += 1
            if not (person and person.email):
                missing.append(name)
        blocks.append("\n".join(lines))
    return RoomExport("\n\n".join(blocks) + "\n", len(breakout.groups), count, missing)
