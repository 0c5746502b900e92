"""Survey files attached to a session: the counted choice questions and the written answers."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from facilitator.errors import NotFound
from facilitator.i18n import t
from facilitator.ids import new_id, utc_now
from facilitator.notes import NoteKind


def save_survey(db: Database, session_id: str, *, file_name: str, responses: int,
                choice_counts: dict[str, dict[str, int]], answers: list[tuple[str, str]]) -> str:
    """Store the counts and one ``survey`` note per written answer, all or nothing.

    The question goes where a captured note keeps its agenda block title, so a list of notes
    shows what each answer was answering.
    """
    now = utc_now()
    import_id = new_id()
    with db.atomic():
        session = db.execute("SELECT series_id FROM sessions WHERE id = ?", [session_id]).fetchone()
        if session is None:
            raise NotFound(t("That session no longer exists."))
        db["survey_imports"].insert({"id": import_id, "session_id": session_id, "file_name": file_name,
                                     "responses": responses, "imported_at": now,
                                     "choice_counts": json.dumps(choice_counts, ensure_ascii=False)})
        db["notes"].insert_all([
            {"id": new_id(), "series_id": session[0], "session_id": session_id, "block_title": question,
             "kind": NoteKind.SURVEY.value, "text": answer, "source": f"survey:{file_name}",
             "created_at": now, "updated_at": now}
            for question, answer in answers])
    return import_id


def survey_imports(db: Database, session_id: str) -> list[dict[str, Any]]:
    rows = db.query("SELECT * FROM survey_imports WHERE session_id = ? ORDER BY imported_at", [session_id])
    return [{**dict(r), "choice_counts": json.loads(r["choice_counts"])} for r in rows]
