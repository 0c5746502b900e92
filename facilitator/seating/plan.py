"""Seating: tables on a floor plan, breakout groups mapped to tables, people in seats.

All positions are in metres on the room's floor, x to the right and y away from the front
(the front of the room is y = 0). A table's position is its centre. Seat positions are where
a chair's centre stands, so a seating chart can draw chairs and names around each table.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from enum import Enum

SEAT_WIDTH = 0.65  # metres of table edge per person
CHAIR_GAP = 0.4  # from the table's edge to a chair's centre
TABLE_SPACING = 1.6  # free floor between neighbouring tables (plus the chairs)


class TableShape(str, Enum):
    ROUND = "round"
    RECTANGULAR = "rectangular"


@dataclass(frozen=True)
class SeatSpot:
    index: int
    x: float
    y: float
    participant_id: str | None = None
    name: str = ""


@dataclass(frozen=True)
class TablePlan:
    id: str
    label: str
    shape: TableShape
    x: float
    y: float
    width: float
    depth: float
    seats: list[SeatSpot]


@dataclass(frozen=True)
class SeatingPlan:
    """What the floor-plan screen and the printed seating chart draw. Units: metres."""

    session_id: str
    tables: list[TablePlan]
    units: str = "m"

    @property
    def extent(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) around every chair, for fitting the plan on a page."""
        xs = [s.x for t in self.tables for s in t.seats] + [t.x for t in self.tables]
        ys = [s.y for t in self.tables for s in t.seats] + [t.y for t in self.tables]
        if not xs:
            return (0.0, 0.0, 0.0, 0.0)
        pad = CHAIR_GAP
        return (min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad)


def table_size(shape: TableShape, seats: int) -> tuple[float, float]:
    """(width, depth) of a table that seats ``seats`` people."""
    if TableShape(shape) is TableShape.ROUND:
        diameter = max(0.9, seats * SEAT_WIDTH / math.pi)
        return diameter, diameter
    return max(0.8, math.ceil(seats / 2) * SEAT_WIDTH), 0.8


def seat_positions(shape: TableShape, seats: int, x: float, y: float) -> list[tuple[float, float]]:
    """Chair centres around a table, clockwise from the side facing the front of the room."""
    width, depth = table_size(shape, seats)
    return chair_positions(shape, seats, x, y, width, depth)


def chair_positions(shape: TableShape | str, seats: int, x: float, y: float, width: float,
                    depth: float) -> list[tuple[float, float]]:
    """Chair centres around a table of a given size: ``CHAIR_GAP`` out from its edge, half the
    chairs on the side facing the front and half behind (a round table: evenly round it).
    The floor plan and the printed seating chart both place chairs with this."""
    if not seats:
        return []
    if TableShape(shape) is TableShape.ROUND:
        radius = width / 2 + CHAIR_GAP
        return [(x + radius * math.sin(2 * math.pi * i / seats), y - radius * math.cos(2 * math.pi * i / seats))
                for i in range(seats)]
    front = math.ceil(seats / 2)
    back = seats - front
    out = [(x - width / 2 + width * (i + 0.5) / front, y - depth / 2 - CHAIR_GAP) for i in range(front)]
    out += [(x + width / 2 - width * (i + 0.5) / back, y + depth / 2 + CHAIR_GAP) for i in range(back)]
    return out


def grid_layout(count: int, shape: TableShape, seats: int) -> list[tuple[float, float]]:
    """Table centres in rows across the room, starting 2 m back from the front."""
    width, depth = table_size(shape, seats)
    step_x = width + 2 * CHAIR_GAP + TABLE_SPACING
    step_y = depth + 2 * CHAIR_GAP + TABLE_SPACING
    columns = max(1, math.ceil(math.sqrt(count * 1.5)))
    return [(step_x * (i % columns) + step_x / 2, 2.0 + step_y * (i // columns)) for i in range(count)]


def tables_for_round(groups: list[list[str]], plan: SeatingPlan) -> list[str]:
    """The table label of each group of one round: where most of the group sits, when the room
    was seated from this round (every group mostly at its own table); otherwise group 1 at the
    first table, group 2 at the second, and so on. Either way no two groups share a table.
    [] when the session has no floor plan."""
    if not plan.tables:
        return []
    table_of = {seat.participant_id: table.label for table in plan.tables for seat in table.seats
                if seat.participant_id}
    seated = []
    for members in groups:
        counts = Counter(table_of[p] for p in members if p in table_of).most_common(1)
        seated.append(counts[0][0] if counts and counts[0][1] * 2 > len(members) else None)
    if all(seated) and len(set(seated)) == len(seated):
        return seated
    labels = [table.label for table in plan.tables]
    number = len(labels)
    while len(labels) < len(groups):
        number += 1
        if f"Table {number}" not in labels:
            labels.append(f"Table {number}")
    return labels[:len(groups)]


def auto_plan(session_id: str, groups: list[list[tuple[str, str]]], *, table_seats: int | None = None,
              shape: TableShape = TableShape.ROUND) -> SeatingPlan:
    """A room laid out from a round's groups without drawing: a table per group, seating the
    largest group (or ``table_seats`` when larger), in rows from the front; group 1 at table 1.
    ``groups`` holds (participant id, name) pairs."""
    seats = max([table_seats or 2, 2] + [len(g) for g in groups])
    width, depth = table_size(shape, seats)
    tables = []
    for number, ((x, y), members) in enumerate(zip(grid_layout(len(groups), shape, seats), groups), start=1):
        sitting = list(members) + [(None, "")] * (seats - len(members))
        spots = [SeatSpot(i, round(sx, 3), round(sy, 3), pid, name)
                 for i, ((sx, sy), (pid, name)) in enumerate(zip(seat_positions(shape, seats, x, y), sitting))]
        tables.append(TablePlan(f"auto-{number}", f"Table {number}", shape, x, y, width, depth, spots))
    return SeatingPlan(session_id, tables)
