"""Building the values framework from the app or the command line.

A value statement stands on its own; a tension, a guardrail or an open question belongs to a
statement (the one named, else the newest) and is added as a line of that field, so the
framework reads as the toolkit's sessions build it: values first, then what pulls on them.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from facilitator.errors import Ambiguous, FacilitatorError, NotFound
from facilitator.i18n import t
from facilitator.storage import framework as store

ELEMENT_FIELDS = {"statement": "statement", "tension": "tensions", "guardrail": "guardrails",
                  "question": "questions"}


def find_statement(db: Database, series_id: str, ref: str) -> dict[str, Any]:
    """A statement by id, number in the framework (1, 2, ...) or unambiguous start of its text."""
    rows = store.statements(db, series_id)
    ref = ref.strip()
    if ref.isdigit() and 1 <= int(ref) <= len(rows):
        return rows[int(ref) - 1]
    wanted = ref.casefold()
    exact = [r for r in rows if r["id"] == ref or r["statement"].casefold() == wanted]
    matches = exact or [r for r in rows if wanted and r["statement"].casefold().startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise Ambiguous(t("More than one value statement starts with '{ref}'.").format(ref=ref))
    raise NotFound(t("This framework has no value statement '{ref}'.").format(ref=ref))


def add_element(db: Database, series_id: str, kind: str, text: str, *, statement_ref: str | None = None,
                statement_id: str | None = None) -> dict[str, Any]:
    """Add a statement, or a tension/guardrail/question to one; returns what changed:
    ``{"statement_id", "field", "created", "previous"}`` (``previous``: the field's old text).
    ``statement_id``: the id a new statement takes (redo puts back the same one)."""
    if kind not in ELEMENT_FIELDS:
        raise FacilitatorError(t("A framework element is a {kinds}, not '{kind}'.").format(
            kinds=", ".join(ELEMENT_FIELDS), kind=kind))
    text = text.strip()
    if not text:
        raise FacilitatorError(t("Say what the {kind} is.").format(kind=kind))
    if kind == "statement":
        row = store.add_statement(db, series_id, text, statement_id=statement_id)
        return {"statement_id": row["id"], "field": "statement", "created": True, "previous": None}
    if statement_ref:
        statement = find_statement(db, series_id, statement_ref)
    else:
        rows = store.statements(db, series_id)
        if not rows:
            raise FacilitatorError(t("Add a value statement first: a {kind} belongs to one.").format(kind=kind))
        statement = rows[-1]
    field = ELEMENT_FIELDS[kind]
    current = statement[field].strip()
    previous = store.update_statement(db, statement["id"], **{field: f"{current}\n{text}" if current else text})
    return {"statement_id": statement["id"], "field": field, "created": False, "previous": previous[field]}


def snapshot(db: Database, series_id: str, *, label: str = "", session_id: str | None = None,
             moment: str = "") -> dict[str, Any]:
    """Freeze the framework as its next numbered version."""
    return store.snapshot_framework(db, series_id, label=label, session_id=session_id, moment=moment)


def show(db: Database, series_id: str) -> dict[str, Any]:
    """The framework as it stands and every saved version, for printing or JSON."""
    current = [{k: s[k] for k in ("id", "statement", "tensions", "guardrails", "questions", "note_ids")}
               for s in store.statements(db, series_id)]
    versions = [{"number": v["number"], "label": v["label"], "session": v["session"], "moment": v["moment"],
                 "created_at": v["created_at"], "statements": len(v["statements"])}
                for v in store.framework_versions(db, series_id)]
    return {"statements": current, "versions": versions}
