"""Reading and writing a series' participants, perspectives and attendance."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from facilitator.errors import Ambiguous, FacilitatorError, NotFound
from facilitator.i18n import t
from facilitator.ids import new_id, utc_now
from facilitator.plan.model import SUGGESTED_PERSPECTIVES, Acknowledgement, AttendanceStatus, Participant, Role

PARTICIPANT_FIELDS = ("name", "preferred_name", "pronouns", "email", "phone", "organization", "perspective",
                      "languages", "interpretation", "accessibility", "dietary", "childcare", "consent_recorded",
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
        accessibility=row["accessibility"], dietary=row["dietary"], childcare=row["childcare"],
        consent_recorded=None if consent is None else bool(consent),
        acknowledgement=Acknowledgement(row["acknowledgement"]), stipend_amount=row["stipend_amount"],
        stipend_status=row["stipend_status"], committed_all=bool(row["committed_all"]), role=Role(row["role"]),
        custom=json.loads(row["custom"]),
    )


def add_participant(db: Database, series_id: str, *, name: str, **fields: Any) -> Participant:
    if not name.strip():
        raise FacilitatorError(t("A participant needs a name."))
    now = utc_now()
    row = {"id": new_id(), "series_id": series_id, "name": name.strip(), "created_at": now, "updated_at": now}
    row.update(_to_row({k: v for k, v in fields.items() if k in PARTICIPANT_FIELDS}))
    with db.atomic():
        db["participants"].insert(row)
    return get_participant(db, row["id"])


def get_participant(db: Database, participant_id: str) -> Participant:
    rows = list(db.query("SELECT * FROM participants WHERE id = ?", [participant_id]))
    if not rows:
        raise NotFound(t("That participant is no longer on the roster."))
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
        raise FacilitatorError(t("A participant needs a name."))
    before = get_participant(db, participant_id)
    with db.atomic():
        db["participants"].update(participant_id, {**_to_row(changes), "updated_at": utc_now()})
    return {k: getattr(before, k) for k in changes}


def delete_participant(db: Database, participant_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM participants WHERE id = ?", [participant_id])


def set_attendance(db: Database, session_id: str, participant_id: str,
                   status: AttendanceStatus | str) -> AttendanceStatus:
    """Record one person's status; returns the previous one (for undo)."""
    return set_attendance_many(db, session_id, [participant_id], status)[participant_id]


def set_attendance_many(db: Database, session_id: str, participant_ids: list[str],
                        status: AttendanceStatus | str) -> dict[str, AttendanceStatus]:
    """Record one status for several people in one transaction; returns each previous status."""
    status = AttendanceStatus(status)
    before = attendance(db, session_id)
    now = utc_now()
    checked_in = now if status is AttendanceStatus.PRESENT else None
    with db.atomic():
        for participant_id in participant_ids:
            db.execute(
                "INSERT INTO attendance (session_id, participant_id, status, checked_in_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, participant_id) DO UPDATE SET "
                "status = excluded.status, checked_in_at = CASE WHEN excluded.status = 'present' "
                "THEN COALESCE(attendance.checked_in_at, excluded.checked_in_at) END, "
                "updated_at = excluded.updated_at",
                [session_id, participant_id, status.value, checked_in, now])
    return {pid: before.get(pid, AttendanceStatus.EXPECTED) for pid in participant_ids}


def attendance(db: Database, session_id: str) -> dict[str, AttendanceStatus]:
    """Participant id → status for one session; people with no row are expected."""
    rows = db.query("SELECT participant_id, status FROM attendance WHERE session_id = ?", [session_id])
    return {r["participant_id"]: AttendanceStatus(r["status"]) for r in rows}


def mark_walk_in(db: Database, session_id: str, participant_id: str) -> None:
    """Mark an attendance row as a walk-in (someone who came without being on the roster)."""
    db.execute("UPDATE attendance SET walk_in = 1 WHERE session_id = ? AND participant_id = ?",
               [session_id, participant_id])


def walk_ins(db: Database, session_id: str) -> set[str]:
    rows = db.query("SELECT participant_id FROM attendance WHERE session_id = ? AND walk_in = 1", [session_id])
    return {r["participant_id"] for r in rows}


def check_in_times(db: Database, session_id: str) -> dict[str, str]:
    """Participant id → when they were checked in (UTC ISO), for people present."""
    rows = db.query("SELECT participant_id, checked_in_at FROM attendance "
                    "WHERE session_id = ? AND status = 'present'", [session_id])
    return {r["participant_id"]: r["checked_in_at"] for r in rows}


def session_series_id(db: Database, session_id: str) -> str:
    rows = list(db.query("SELECT series_id FROM sessions WHERE id = ?", [session_id]))
    if not rows:
        raise NotFound(t("That session no longer exists."))
    return rows[0]["series_id"]


def find_participant(db: Database, series_id: str, ref: str) -> str:
    """Resolve what a person typed — an id, an email or a full name — to one participant id."""
    ref = ref.strip()
    rows = list(db.query("SELECT id FROM participants WHERE series_id = ? AND id = ?", [series_id, ref]))
    if not rows:
        rows = list(db.query("SELECT id FROM participants WHERE series_id = ? AND email <> '' "
                             "AND lower(email) = lower(?)", [series_id, ref]))
    if not rows:
        folded = " ".join(ref.split()).casefold()
        rows = [p for p in db.query("SELECT id, name, preferred_name FROM participants WHERE series_id = ?",
                                    [series_id])
                if folded in (" ".join(p["name"].split()).casefold(), p["preferred_name"].casefold())]
    if not rows:
        raise NotFound(t("Nobody on this roster has the id, email or name '{ref}'.").format(ref=ref))
    if len(rows) > 1:
        raise Ambiguous(t("Several people on this roster match '{ref}'; use their email or id.").format(ref=ref))
    return rows[0]["id"]


def insert_participants(db: Database, series_id: str, people: list[dict[str, Any]]) -> list[str]:
    """Add several participants at once (an import); the caller holds the transaction."""
    ids = []
    now = utc_now()
    for values in people:
        row = {"id": new_id(), "series_id": series_id, "created_at": now, "updated_at": now}
        row.update(_to_row({k: v for k, v in values.items() if k in PARTICIPANT_FIELDS}))
        db["participants"].insert(row)
        ids.append(row["id"])
    return ids


def restore_participant(db: Database, participant: Participant, attendance_rows: list[dict[str, Any]]) -> None:
    """Put back a deleted participant with the same id and attendance (undo of a delete)."""
    now = utc_now()
    values = {k: getattr(participant, k) for k in PARTICIPANT_FIELDS}
    row = {"id": participant.id, "series_id": participant.series_id, "created_at": now, "updated_at": now}
    row.update(_to_row(values))
    with db.atomic():
        db["participants"].insert(row)
        for att in attendance_rows:
            db["attendance"].insert(att)


def attendance_rows_of(db: Database, participant_id: str) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query("SELECT * FROM attendance WHERE participant_id = ?", [participant_id])]


# ---------------------------------------------------------------- perspectives

def list_perspectives(db: Database, series_id: str) -> list[str]:
    rows = db.query("SELECT label FROM perspectives WHERE series_id = ? ORDER BY position, label", [series_id])
    return [r["label"] for r in rows]


def set_perspectives(db: Database, series_id: str, labels: list[str]) -> list[str]:
    """Replace the series' list of perspectives (order kept); returns the previous list (for undo).

    Participants keep whatever perspective they have: the list is a menu, not a constraint.
    """
    cleaned: list[str] = []
    for label in labels:
        label = " ".join(label.split())
        if label and label.casefold() not in {c.casefold() for c in cleaned}:
            cleaned.append(label)
    before = list_perspectives(db, series_id)
    with db.atomic():
        db.execute("DELETE FROM perspectives WHERE series_id = ?", [series_id])
        for position, label in enumerate(cleaned):
            db["perspectives"].insert({"id": new_id(), "series_id": series_id, "label": label,
                                       "position": position})
    return before


def add_missing_perspectives(db: Database, series_id: str, labels: list[str]) -> list[str]:
    """Append labels the list lacks (case-insensitively); the caller holds the transaction."""
    known = list_perspectives(db, series_id)
    folded = {k.casefold() for k in known}
    added = []
    for label in labels:
        label = " ".join(label.split())
        if label and label.casefold() not in folded:
            folded.add(label.casefold())
            db["perspectives"].insert({"id": new_id(), "series_id": series_id, "label": label,
                                       "position": len(known) + len(added)})
            added.append(label)
    return added


def perspective_choices(db: Database, series_id: str) -> list[str]:
    """The series' list (or suggestions while it has none), then labels in use that it lacks."""
    listed = list_perspectives(db, series_id) or list(SUGGESTED_PERSPECTIVES)
    folded = {label.casefold() for label in listed}
    in_use = db.query("SELECT DISTINCT perspective FROM participants WHERE series_id = ? AND perspective <> '' "
                      "ORDER BY perspective COLLATE NOCASE", [series_id])
    return listed + [r["perspective"] for r in in_use if r["perspective"].casefold() not in folded]
