"""Debrief answers per session and the list of 1:1 follow-up calls."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from facilitator.errors import FacilitatorError, NotFound
from facilitator.i18n import t
from facilitator.ids import new_id, utc_now
from facilitator.synthesis.debrief import DEBRIEF_PROMPTS, FollowupStatus

FOLLOWUP_FIELDS = ("person", "participant_id", "reason", "owner", "status", "session_id")


def debrief(db: Database, session_id: str) -> list[dict[str, Any]]:
    """Every debrief prompt for a session, in checklist order, with its answer and done mark."""
    stored = {r["prompt"]: r for r in db.query("SELECT * FROM debrief_answers WHERE session_id = ?", [session_id])}
    return [{"prompt": key, "question": question, "answer": stored.get(key, {}).get("answer", ""),
             "done": bool(stored.get(key, {}).get("done", 0))} for key, question in DEBRIEF_PROMPTS.items()]


def answer_debrief(db: Database, session_id: str, prompt: str, *, answer: str | None = None,
                   done: bool | None = None) -> dict[str, Any]:
    """Save an answer and/or the done mark; returns the previous ``answer`` and ``done``."""
    if prompt not in DEBRIEF_PROMPTS:
        raise FacilitatorError(t("There is no debrief prompt '{prompt}'.").format(prompt=prompt))
    with db.atomic():
        row = db.execute("SELECT answer, done FROM debrief_answers WHERE session_id = ? AND prompt = ?",
                         [session_id, prompt]).fetchone()
        old = {"answer": row[0] if row else "", "done": bool(row[1]) if row else False}
        new_answer = old["answer"] if answer is None else answer
        new_done = old["done"] if done is None else done
        db.execute("INSERT INTO debrief_answers (session_id, prompt, answer, done, updated_at) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT(session_id, prompt) DO UPDATE SET answer = excluded.answer, done = excluded.done, "
                   "updated_at = excluded.updated_at", [session_id, prompt, new_answer, int(new_done), utc_now()])
    return old


def add_followup(db: Database, series_id: str, *, person: str, reason: str = "", owner: str = "",
                 session_id: str | None = None, participant_id: str | None = None,
                 followup_id: str | None = None) -> dict[str, Any]:
    person = person.strip()
    if not person:
        raise FacilitatorError(t("A follow-up call needs the person to call."))
    now = utc_now()
    row = {"id": followup_id or new_id(), "series_id": series_id, "session_id": session_id, "person": person,
           "participant_id": participant_id, "reason": reason.strip(), "owner": owner.strip(),
           "status": FollowupStatus.TO_CALL.value, "created_at": now, "updated_at": now}
    with db.atomic():
        db["followups"].insert(row)
    return row


def followups(db: Database, series_id: str, *, session_id: str | None = None) -> list[dict[str, Any]]:
    """Follow-up calls, open ones first, each with the number of the session it came from."""
    sql = """
        SELECT f.*, s.number AS session FROM followups f LEFT JOIN sessions s ON s.id = f.session_id
        WHERE f.series_id = ? AND (? IS NULL OR f.session_id = ?)
        ORDER BY CASE f.status WHEN 'to_call' THEN 0 WHEN 'called' THEN 1 ELSE 2 END, f.created_at
    """
    return [dict(r) for r in db.query(sql, [series_id, session_id, session_id])]


def update_followup(db: Database, followup_id: str, **changes: Any) -> dict[str, Any]:
    """Returns the previous values (for undo)."""
    unknown = set(changes) - set(FOLLOWUP_FIELDS)
    if unknown:
        raise ValueError(f"Cannot change {', '.join(sorted(unknown))} on a follow-up")
    if "status" in changes:
        changes["status"] = FollowupStatus(changes["status"]).value
    if "person" in changes and not str(changes["person"]).strip():
        raise FacilitatorError(t("A follow-up call needs the person to call."))
    with db.atomic():
        rows = list(db.query("SELECT * FROM followups WHERE id = ?", [followup_id]))
        if not rows:
            raise NotFound(t("That follow-up no longer exists."))
        old = {k: rows[0][k] for k in changes}
        db.execute(f"UPDATE followups SET {', '.join(f'{k} = ?' for k in changes)}, updated_at = ? WHERE id = ?",
                   [*changes.values(), utc_now(), followup_id])
    return old


def delete_followup(db: Database, followup_id: str) -> dict[str, Any]:
    with db.atomic():
        rows = list(db.query("SELECT * FROM followups WHERE id = ?", [followup_id]))
        if not rows:
            raise NotFound(t("That follow-up no longer exists."))
        db.execute("DELETE FROM followups WHERE id = ?", [followup_id])
    return dict(rows[0])


def restore_followup(db: Database, row: dict[str, Any]) -> None:
    with db.atomic():
        db["followups"].insert(row)
