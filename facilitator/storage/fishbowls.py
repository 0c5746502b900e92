"""Fishbowls of a session and their append-only event log.

``record`` checks an event against the replayed state, then appends it and commits at once,
so the log never holds an event that makes no sense and a crash loses nothing recorded.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from facilitator.clock import Clock
from facilitator.errors import FacilitatorError, NotFound
from facilitator.fishbowl.circle import Event, FishbowlMode, FishbowlState, Stamp, replay
from facilitator.i18n import t
from facilitator.ids import new_id, utc_now
from facilitator.storage.roster import list_perspectives


@dataclass(frozen=True)
class Fishbowl:
    id: str
    session_id: str
    block_id: str | None
    mode: FishbowlMode
    rotation_seconds: int


def _from_row(row) -> Fishbowl:
    return Fishbowl(row["id"], row["session_id"], row["block_id"], FishbowlMode(row["mode"]), row["rotation_seconds"])


def create_fishbowl(db: Database, session_id: str, *, block_id: str | None = None,
                    mode: FishbowlMode | str = FishbowlMode.OPEN, rotation_seconds: int = 600) -> Fishbowl:
    if rotation_seconds < 30:
        raise FacilitatorError(t("A rotation lasts at least 30 seconds."))
    row = {"id": new_id(), "session_id": session_id, "block_id": block_id, "mode": FishbowlMode(mode).value,
           "rotation_seconds": int(rotation_seconds), "created_at": utc_now()}
    with db.atomic():
        db["fishbowls"].insert(row)
    return get_fishbowl(db, row["id"])


def get_fishbowl(db: Database, fishbowl_id: str) -> Fishbowl:
    rows = list(db.query("SELECT * FROM fishbowls WHERE id = ?", [fishbowl_id]))
    if not rows:
        raise NotFound(t("That fishbowl no longer exists."))
    return _from_row(rows[0])


def list_fishbowls(db: Database, session_id: str) -> list[Fishbowl]:
    return [_from_row(r) for r in db.query("SELECT * FROM fishbowls WHERE session_id = ? ORDER BY created_at",
                                           [session_id])]


def events(db: Database, fishbowl_id: str) -> list[Event]:
    rows = db.query("SELECT * FROM fishbowl_events WHERE fishbowl_id = ? ORDER BY id", [fishbowl_id])
    return [Event(r["kind"], Stamp(r["run"], r["mono"], r["wall"]), r["participant_id"], r["seat"], r["text"])
            for r in rows]


def load_state(db: Database, fishbowl_id: str) -> FishbowlState:
    bowl = get_fishbowl(db, fishbowl_id)
    return replay(bowl.mode, bowl.rotation_seconds, events(db, fishbowl_id))


def record(db: Database, fishbowl_id: str, clock: Clock, kind: str, *, participant_id: str | None = None,
           seat: int | None = None, text: str = "") -> FishbowlState:
    """Append one event (after checking it) and return the state it leads to."""
    with db.atomic():
        state = load_state(db, fishbowl_id)
        event = Event(kind, Stamp.now(clock), participant_id, seat, text)
        state.apply(event)
        db["fishbowl_events"].insert({
            "fishbowl_id": fishbowl_id, "kind": kind, "participant_id": participant_id, "seat": seat,
            "text": text, "run": event.stamp.run, "mono": event.stamp.mono, "wall": event.stamp.wall})
    return state


def drop_last_event(db: Database, fishbowl_id: str) -> None:
    """Undo the most recent action."""
    with db.atomic():
        db.execute("DELETE FROM fishbowl_events WHERE id = (SELECT MAX(id) FROM fishbowl_events WHERE fishbowl_id = ?)",
                   [fishbowl_id])


def perspective_labels(db: Database, series_id: str) -> list[str]:
    """The series' own list of perspectives, or else the distinct perspectives on its roster
    (leaving out the facilitation team and interpreters, who do not speak for a perspective)."""
    listed = list_perspectives(db, series_id)
    if listed:
        return listed
    rows = db.execute("SELECT perspective, MIN(name) FROM participants WHERE series_id = ? AND perspective != '' "
                      "AND role = 'participant' GROUP BY perspective COLLATE NOCASE ORDER BY MIN(created_at)",
                      [series_id])
    return [r[0] for r in rows]
