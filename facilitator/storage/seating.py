"""Reading and writing a session's tables and who sits where."""

from __future__ import annotations

from sqlite_utils import Database

from facilitator.errors import FacilitatorError, NotFound
from facilitator.i18n import t
from facilitator.ids import new_id
from facilitator.seating.plan import (
    SeatingPlan,
    SeatSpot,
    TablePlan,
    TableShape,
    grid_layout,
    seat_positions,
    table_size,
)
from facilitator.storage.groups import get_round

MAX_TABLES = 1000  # a spin box needs a top; no room we know of comes near it
MAX_SEATS_PER_TABLE = 24


def set_up_tables(db: Database, session_id: str, *, count: int, seats: int,
                  shape: TableShape | str = TableShape.ROUND) -> list[str]:
    """Replace the session's tables (and everyone's seat) with ``count`` tables in a grid."""
    if not 1 <= count <= MAX_TABLES:
        raise FacilitatorError(t("Set up between 1 and {most} tables.").format(most=MAX_TABLES))
    if not 2 <= seats <= MAX_SEATS_PER_TABLE:
        raise FacilitatorError(t("A table seats between 2 and {most} people.").format(most=MAX_SEATS_PER_TABLE))
    shape = TableShape(shape)
    ids = []
    with db.atomic():
        db.execute("DELETE FROM seating_tables WHERE session_id = ?", [session_id])
        for i, (x, y) in enumerate(grid_layout(count, shape, seats)):
            ids.append(new_id())
            db["seating_tables"].insert({"id": ids[-1], "session_id": session_id, "position": i,
                                         "label": f"Table {i + 1}", "shape": shape.value, "seats": seats,
                                         "x": round(x, 2), "y": round(y, 2)})
    return ids


def move_table(db: Database, table_id: str, x: float, y: float) -> tuple[float, float]:
    """Put a table's centre at (x, y) metres; returns where it was."""
    with db.atomic():
        row = db.execute("SELECT x, y FROM seating_tables WHERE id = ?", [table_id]).fetchone()
        if row is None:
            raise NotFound(t("That table is no longer on the floor plan."))
        db.execute("UPDATE seating_tables SET x = ?, y = ? WHERE id = ?", [round(x, 2), round(y, 2), table_id])
    return (row[0], row[1])


def seat_person(db: Database, session_id: str, participant_id: str, table_id: str,
                seat: int) -> tuple[str | None, int | None]:
    """Sit a person at a seat; whoever sat there takes the person's old seat (or stands).

    Returns the person's previous (table, seat), ``(None, None)`` if they had none.
    """
    with db.atomic():
        table = db.execute("SELECT session_id, seats FROM seating_tables WHERE id = ?", [table_id]).fetchone()
        if table is None or table[0] != session_id:
            raise NotFound(t("That table is no longer on the floor plan."))
        if not 0 <= seat < table[1]:
            raise FacilitatorError(t("That table has no such seat."))
        before = db.execute("SELECT table_id, seat FROM seating_assignments WHERE session_id = ? AND participant_id = ?",
                            [session_id, participant_id]).fetchone()
        occupant = db.execute("SELECT participant_id FROM seating_assignments WHERE table_id = ? AND seat = ?",
                              [table_id, seat]).fetchone()
        db.execute("DELETE FROM seating_assignments WHERE session_id = ? AND participant_id = ?",
                   [session_id, participant_id])
        if occupant and occupant[0] != participant_id:
            db.execute("DELETE FROM seating_assignments WHERE table_id = ? AND seat = ?", [table_id, seat])
            if before:
                db["seating_assignments"].insert({"session_id": session_id, "table_id": before[0], "seat": before[1],
                                                  "participant_id": occupant[0]})
        db["seating_assignments"].insert({"session_id": session_id, "table_id": table_id, "seat": seat,
                                          "participant_id": participant_id})
    return (before[0], before[1]) if before else (None, None)


def seat_groups(db: Database, session_id: str, groups: list[list[str]], *,
                shape: TableShape | str = TableShape.ROUND) -> list[str]:
    """One table per group, members in seat order; tables are added or enlarged as needed."""
    with db.atomic():
        tables = [dict(r) for r in db.query("SELECT * FROM seating_tables WHERE session_id = ? ORDER BY position",
                                            [session_id])]
        need = max((len(g) for g in groups), default=2)
        if len(tables) < len(groups) or any(t["seats"] < need for t in tables[:len(groups)]):
            shape = TableShape(tables[0]["shape"]) if tables else TableShape(shape)
            set_up_tables(db, session_id, count=max(len(groups), len(tables)), seats=max(need, 2), shape=shape)
            tables = [dict(r) for r in db.query("SELECT * FROM seating_tables WHERE session_id = ? ORDER BY position",
                                                [session_id])]
        db.execute("DELETE FROM seating_assignments WHERE session_id = ?", [session_id])
        for table, members in zip(tables, groups):
            db["seating_assignments"].insert_all(
                {"session_id": session_id, "table_id": table["id"], "seat": i, "participant_id": pid}
                for i, pid in enumerate(members))
    return [t["id"] for t in tables[:len(groups)]]


def seat_round(db: Database, round_id: str) -> list[str]:
    """Seat a saved breakout round: group 1 at table 1, and so on."""
    breakout = get_round(db, round_id)
    return seat_groups(db, breakout.session_id, breakout.as_lists)


def seating_plan(db: Database, session_id: str) -> SeatingPlan:
    """Every table of the session with its shape, centre, size and seats, and who sits where."""
    sitting: dict[tuple[str, int], tuple[str, str]] = {}
    sql = ("SELECT a.table_id, a.seat, a.participant_id, p.name, p.preferred_name FROM seating_assignments a "
           "JOIN participants p ON p.id = a.participant_id WHERE a.session_id = ?")
    for r in db.query(sql, [session_id]):
        sitting[(r["table_id"], r["seat"])] = (r["participant_id"], r["preferred_name"] or r["name"])
    tables = []
    for r in db.query("SELECT * FROM seating_tables WHERE session_id = ? ORDER BY position", [session_id]):
        shape = TableShape(r["shape"])
        width, depth = table_size(shape, r["seats"])
        spots = []
        for i, (sx, sy) in enumerate(seat_positions(shape, r["seats"], r["x"], r["y"])):
            pid, name = sitting.get((r["id"], i), (None, ""))
            spots.append(SeatSpot(i, round(sx, 3), round(sy, 3), pid, name))
        tables.append(TablePlan(r["id"], r["label"], shape, r["x"], r["y"], width, depth, spots))
    return SeatingPlan(session_id, tables)


def floor_snapshot(db: Database, session_id: str) -> dict:
    """The session's tables and who sits where, as rows ``restore_floor`` puts back (for undo)."""
    return {"tables": list(db.query("SELECT * FROM seating_tables WHERE session_id = ? ORDER BY position",
                                    [session_id])),
            "seats": list(db.query("SELECT * FROM seating_assignments WHERE session_id = ?", [session_id]))}


def restore_floor(db: Database, session_id: str, snapshot: dict) -> None:
    """Put back the floor plan a ``floor_snapshot`` took, in one transaction; people removed from
    the roster since stay out of their seats."""
    with db.atomic():
        db.execute("DELETE FROM seating_tables WHERE session_id = ?", [session_id])
        if snapshot["tables"]:
            db["seating_tables"].insert_all(snapshot["tables"])
        existing = {row[0] for row in db.execute("SELECT id FROM participants")}
        seats = [row for row in snapshot["seats"] if row["participant_id"] in existing]
        if seats:
            db["seating_assignments"].insert_all(seats)
