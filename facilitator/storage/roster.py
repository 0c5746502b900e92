"""Reading and writing a series' participants, perspectives and attendance."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from facilitator.errors import FacilitatorError, NotFound
from facilitator.ids import new_id, utc_now
from facilitator.model import Acknowledgement, AttendanceStatus, Participant, Role

PARTICIPANT_FIELDS = ("name", "preferred_name", "pronouns", "email", "phone", "organization", "perspective",
                      "languages", "interpretation", "accessibility", "dietary", "consent_recorded",
                      "acknowledgement", "stipend_amount", "stipend_status", "committed_all", "role", "custom")


def _to_row(values: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for key, value in values.items():
        if key == "custom":
            value = json.dumps(dict(value), ensure_ascii=False, sort_keys=True)
        elif isinstance(value, (Acknowledgement, Role)):
            value = value.value
        elif isinstance(value, bool):
            value = int(value)
        row[key] = value
    return row


def participant_from_row(row: dict) -> Participant:
    consent = row["consent_recorded"]
    return Participant(
        id=row["id"], series_id=row["series_id"], name=row["name"], preferred_name=row["preferred_name"],
        pronouns=row["pronouns"], email=row["email"], phone=row["phone"], organization=row["organization"],
        perspective=row["perspective"], languages=row["languages"], interpretation=row["interpretation"],
        accessibility=row["accessibility"], dietary=row["dietary"],
        consent_recorded=None if consent is None else bool(consent),
        acknowledgement=Acknowledgement(row["acknowledgement"]), stipend_amount=row["stipend_amount"],
        stipend_status=row["stipend_status"], committed_all=bool(row["committed_all"]), role=Role(row["role"]),
        custom=json.loads(row["custom"]),
    )


def add_participant(db: Database, series_id: str, *, name: str, **fields: Any) -> Participant:
    if not name.strip():
        raise FacilitatorError("A participant needs a name.")
    now = utc_now()
    row = {"id": new_id(), "series_id": series_id, "name": name.strip(), "created_at": now, "updated_at": now}
    row.update(_to_row({k: v for k, v in fields.items() if k in PARTICIPANT_FIELDS}))
    with db.atomic():
        db["participants"].insert(row)
    return get_participant(db, row["id"])


def get_participant(db: Database, participant_id: str) -> Participant:
    rows = list(db.query("SELECT * FROM participants WHERE id = ?", [participant_id]))
    if not rows:
        raise NotFound("That participant is no longer on the roster.")
    return participant_from_row(rows[0])


def list_participants(db: Database, series_id: str) -> list[Participant]:
    rows = db.query("SELECT * FROM participants WHERE series_id = ? ORDER BY name COLLATE NOCASE", [series_id])
    return [participant_from_row(r) for r in rows]


def update_participant(db: Database, participant_id: str, **changes: Any) -> dict[str, Any]:
    """Apply changes; returns the previous values of the changed fields (for undo)."""
    unknown = set(changes) - set(PARTICIPANT_FIELDS)
    if unknown:
        raise ValueError(f"Cannot change {', '.join(sorted(unknown))} on a participant")
    if "name" in changes and not str(changes["name"]).strip():
        raise FacilitatorError("A participant needs a name.")
    before = get_participant(db, participant_id)
    with db.atomic():
        db["participants"].update(participant_id, {**_to_row(changes), "updated_at": utc_now()})
    return {k: getattr(before, k) for k in changes}


def delete_participant(db: Database, participant_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM participants WHERE id = ?", [participant_id])


def set_attendance(db: Database, session_id: str, participant_id: str, status: AttendanceStatus | str) -> None:
    status = AttendanceStatus(status)
    now = utc_now()
    checked_in = now if status is AttendanceStatus.PRESENT else None
    with db.atomic():
        db.execute(
            "INSERT INTO attendance (session_id, participant_id, status, checked_in_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, participant_id) DO UPDATE SET "
            "status = excluded.status, checked_in_at = COALESCE(excluded.checked_in_at, "
            "CASE WHEN excluded.status = 'present' THEN attendance.checked_in_at END), updated_at = excluded.updated_at",
            [session_id, participant_id, status.value, checked_in, now])


def attendance(db: Database, session_id: str) -> dict[str, AttendanceStatus]:
    """Participant id → status for one session; people with no row are expected."""
    rows = db.query("SELECT participant_id, status FROM attendance WHERE session_id = ?", [session_id])
    return {r["participant_id"]: AttendanceStatus(r["status"]) for r in rows}
