"""The live runner's event log: append one row per action, read a session's rows in order."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from facilitator.ids import new_id


@dataclass(frozen=True)
class LiveEvent:
    seq: int
    id: str
    kind: str
    block_id: str | None
    payload: dict[str, Any] = field(default_factory=dict)
    mono: float = 0.0
    clock_id: str = ""
    at: datetime | None = None  # wall clock, timezone-aware UTC


def append_event(db: Database, session_id: str, kind: str, *, block_id: str | None, payload: dict[str, Any],
                 mono: float, clock_id: str, at: datetime) -> LiveEvent:
    """Write one action and commit before returning: a crash right after still has it."""
    row = {"id": new_id(), "session_id": session_id, "kind": kind, "block_id": block_id,
           "payload": json.dumps(payload, ensure_ascii=False), "mono": mono, "clock_id": clock_id,
           "at": at.isoformat(timespec="microseconds")}
    with db.atomic():
        db["live_events"].insert(row)
        seq = db.execute("SELECT seq FROM live_events WHERE id = ?", [row["id"]]).fetchone()[0]
    return _event({**row, "seq": seq})


def list_events(db: Database, session_id: str) -> list[LiveEvent]:
    return [_event(dict(r)) for r in db.query(
        "SELECT * FROM live_events WHERE session_id = ? ORDER BY seq", [session_id])]


def _event(row: dict) -> LiveEvent:
    return LiveEvent(seq=row["seq"], id=row["id"], kind=row["kind"], block_id=row["block_id"],
                     payload=json.loads(row["payload"]), mono=float(row["mono"]), clock_id=row["clock_id"],
                     at=datetime.fromisoformat(row["at"]))


def sessions_with_events(db: Database) -> list[str]:
    """Sessions that have a live log, most recently active first."""
    return [r["session_id"] for r in db.query(
        "SELECT session_id, MAX(seq) AS last FROM live_events GROUP BY session_id ORDER BY last DESC")]
