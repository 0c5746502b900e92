"""Making sense of the notes: themes, the framework of value statements, the debrief and its
follow-up calls. For the synthesis screens and ``facilitator notes themes ...``.

Each inverse is built from what the store returned (a merged theme's links, a deleted
statement's notes), so an undo puts back exactly what the edit took.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlite_utils import Database

from facilitator.ops.changes import DEBRIEF, FRAMEWORK, NOTES, SERIES, THEMES, Changes, Outcome
from facilitator.storage import debrief as debrief_store
from facilitator.storage import framework as fw_store
from facilitator.storage import themes as theme_store
from facilitator.storage.debrief import debrief, followups
from facilitator.storage.framework import framework_versions, statements
from facilitator.storage.series import series_of
from facilitator.storage.surveys import survey_imports
from facilitator.storage.themes import (
    first_quotes,
    illustrative_quotes,
    list_themes,
    theme_counts,
    theme_notes,
    themes_of_notes,
)
from facilitator.synthesis import framework as framework_core
from facilitator.synthesis import themes as themes_core
from facilitator.synthesis.hours import synthesis_hours

__all__ = ["debrief", "followups", "framework_versions", "statements", "survey_imports", "first_quotes",
           "illustrative_quotes", "list_themes", "theme_counts", "theme_notes", "themes_of_notes",
           "create_theme", "rename_theme", "delete_theme", "restore_theme", "tag_notes", "untag_notes",
           "relink", "set_illustrative", "merge_themes", "unmerge_themes", "split_theme", "unsplit_theme",
           "add_statement", "update_statement", "delete_statement", "restore_statement", "link_notes",
           "unlink_notes", "snapshot_framework", "answer_debrief", "add_followup", "update_followup",
           "delete_followup", "restore_followup", "import_survey", "synthesis_hours", "record_synthesis_hours"]


def _themes(db: Database, theme_id: str) -> Changes:
    return Changes.of(THEMES, series_id=series_of(db, "themes", theme_id))


def _framework(db: Database, statement_id: str) -> Changes:
    return Changes.of(FRAMEWORK, series_id=series_of(db, "framework_statements", statement_id))


def _debrief(db: Database, followup_id: str) -> Changes:
    return Changes.of(DEBRIEF, series_id=series_of(db, "followups", followup_id))


# ---------------------------------------------------------------- themes

def create_theme(db: Database, series_id: str, title: str, *, note_ids: list[str] = (),
                 theme_id: str | None = None) -> Outcome[dict]:
    """A theme card with the notes it was made from (``synthesis.themes.add_theme``)."""
    row = themes_core.add_theme(db, series_id, title, note_ids=list(note_ids), theme_id=theme_id)
    return Outcome(Changes.of(THEMES, series_id=series_id), row, partial(delete_theme, theme_id=row["id"]),
                   focus=row["id"])


def rename_theme(db: Database, theme_id: str, title: str) -> Outcome[None]:
    old = theme_store.rename_theme(db, theme_id, title)
    return Outcome(_themes(db, theme_id), None, partial(rename_theme, theme_id=theme_id, title=old), focus=theme_id)


def delete_theme(db: Database, theme_id: str) -> Outcome[dict]:
    changes = _themes(db, theme_id)
    deleted = theme_store.delete_theme(db, theme_id)
    return Outcome(changes, deleted, partial(restore_theme, deleted=deleted))


def restore_theme(db: Database, deleted: dict[str, Any]) -> Outcome[None]:
    theme_store.restore_theme(db, deleted)
    theme_id = deleted["theme"]["id"]
    return Outcome(_themes(db, theme_id), None, partial(delete_theme, theme_id=theme_id), focus=theme_id)


def tag_notes(db: Database, theme_id: str, note_ids: list[str]) -> Outcome[list[str]]:
    """Put notes on a theme as ``themes link`` does (quotes become illustrative); undo removes only
    the notes this call added."""
    added = themes_core.link_notes(db, series_of(db, "themes", theme_id), theme_id, note_ids)
    return Outcome(_themes(db, theme_id), added, partial(untag_notes, theme_id=theme_id, note_ids=added),
                   focus=theme_id)


def untag_notes(db: Database, theme_id: str, note_ids: list[str]) -> Outcome[list[dict]]:
    changes = _themes(db, theme_id)
    removed = themes_core.unlink_notes(db, theme_id, note_ids)
    return Outcome(changes, removed, partial(relink, links=removed), focus=theme_id)


def relink(db: Database, links: list[dict[str, Any]]) -> Outcome[None]:
    """Undo of ``untag_notes``: the same links with their illustrative marks."""
    theme_store.relink(db, links)
    by_theme: dict[str, list[str]] = {}
    for link in links:
        by_theme.setdefault(link["theme_id"], []).append(link["note_id"])
    theme_id = next(iter(by_theme), None)
    changes = _themes(db, theme_id) if theme_id else Changes.of(THEMES)
    return Outcome(changes, None, partial(_untag_links, links=links), focus=theme_id)


def _untag_links(db: Database, links: list[dict[str, Any]]) -> Outcome[list[dict]]:
    removed: list[dict] = []
    changes = Changes.nothing()
    with db.atomic():
        for theme_id in dict.fromkeys(link["theme_id"] for link in links):
            outcome = untag_notes(db, theme_id, [link["note_id"] for link in links if link["theme_id"] == theme_id])
            removed += outcome.value
            changes = changes | outcome.changes
    return Outcome(changes, removed, partial(relink, links=removed))


def set_illustrative(db: Database, theme_id: str, note_id: str, illustrative: bool) -> Outcome[None]:
    old = theme_store.set_illustrative(db, theme_id, note_id, illustrative)
    return Outcome(_themes(db, theme_id), None,
                   partial(set_illustrative, theme_id=theme_id, note_id=note_id, illustrative=old), focus=theme_id)


def merge_themes(db: Database, source_id: str, target_id: str) -> Outcome[dict]:
    changes = _themes(db, target_id)
    merged = theme_store.merge_themes(db, source_id, target_id)
    return Outcome(changes, merged, partial(unmerge_themes, merged=merged), focus=target_id)


def unmerge_themes(db: Database, merged: dict[str, Any]) -> Outcome[None]:
    theme_store.unmerge_themes(db, merged)
    source_id = merged["source"]["theme"]["id"]
    return Outcome(_themes(db, source_id), None,
                   partial(merge_themes, source_id=source_id, target_id=merged["target_id"]), focus=source_id)


def split_theme(db: Database, theme_id: str, note_ids: list[str], title: str) -> Outcome[dict]:
    split = theme_store.split_theme(db, theme_id, note_ids, title)
    return Outcome(_themes(db, theme_id), split, partial(unsplit_theme, split=split, source_id=theme_id),
                   focus=split["theme"]["id"])


def unsplit_theme(db: Database, split: dict[str, Any], source_id: str) -> Outcome[None]:
    theme_store.unsplit_theme(db, split)
    note_ids = [link["note_id"] for link in split["moved"]]
    return Outcome(_themes(db, source_id), None,
                   partial(split_theme, theme_id=source_id, note_ids=note_ids, title=split["theme"]["title"]),
                   focus=source_id)


# ---------------------------------------------------------------- framework

def add_statement(db: Database, series_id: str, statement: str, *,
                  statement_id: str | None = None) -> Outcome[dict]:
    """A new value statement (``synthesis.framework.add_element``); the value carries its ``id``."""
    added = framework_core.add_element(db, series_id, "statement", statement, statement_id=statement_id)
    new_id = added["statement_id"]
    return Outcome(Changes.of(FRAMEWORK, series_id=series_id), {"id": new_id, **added},
                   partial(delete_statement, statement_id=new_id), focus=new_id)


def update_statement(db: Database, statement_id: str, **changes: Any) -> Outcome[None]:
    old = fw_store.update_statement(db, statement_id, **changes)
    return Outcome(_framework(db, statement_id), None, partial(update_statement, statement_id=statement_id, **old),
                   focus=statement_id)


def delete_statement(db: Database, statement_id: str) -> Outcome[dict]:
    changes = _framework(db, statement_id)
    deleted = fw_store.delete_statement(db, statement_id)
    return Outcome(changes, deleted, partial(restore_statement, deleted=deleted))


def restore_statement(db: Database, deleted: dict[str, Any]) -> Outcome[None]:
    fw_store.restore_statement(db, deleted)
    statement_id = deleted["row"]["id"]
    return Outcome(_framework(db, statement_id), None, partial(delete_statement, statement_id=statement_id),
                   focus=statement_id)


def link_notes(db: Database, statement_id: str, note_ids: list[str]) -> Outcome[list[str]]:
    added = fw_store.link_notes(db, statement_id, note_ids)
    return Outcome(_framework(db, statement_id), added, partial(unlink_notes, statement_id=statement_id,
                                                                note_ids=added), focus=statement_id)


def unlink_notes(db: Database, statement_id: str, note_ids: list[str]) -> Outcome[list[str]]:
    removed = fw_store.unlink_notes(db, statement_id, note_ids)
    return Outcome(_framework(db, statement_id), removed, partial(link_notes, statement_id=statement_id,
                                                                  note_ids=removed), focus=statement_id)


def snapshot_framework(db: Database, series_id: str, *, session_id: str | None = None,
                       moment: str = "", label: str = "") -> Outcome[dict]:
    """A version is a record of the past: it is kept, not undone."""
    version = framework_core.snapshot(db, series_id, label=label, session_id=session_id, moment=moment)
    return Outcome(Changes.of(FRAMEWORK, series_id=series_id), version)


# ---------------------------------------------------------------- debrief

def answer_debrief(db: Database, session_id: str, prompt: str, *, answer: str | None = None,
                   done: bool | None = None) -> Outcome[None]:
    from facilitator.ops.agenda import session_changes

    old = debrief_store.answer_debrief(db, session_id, prompt, answer=answer, done=done)
    same = (answer is None or old["answer"] == answer) and (done is None or old["done"] == done)
    return Outcome(Changes.nothing() if same else session_changes(db, session_id, DEBRIEF), None,
                   partial(answer_debrief, session_id=session_id, prompt=prompt, **old))


def add_followup(db: Database, series_id: str, *, person: str, **fields: Any) -> Outcome[dict]:
    row = debrief_store.add_followup(db, series_id, person=person, **fields)
    return Outcome(Changes.of(DEBRIEF, series_id=series_id), row, partial(delete_followup, followup_id=row["id"]),
                   focus=row["id"])


def update_followup(db: Database, followup_id: str, **changes: Any) -> Outcome[None]:
    old = debrief_store.update_followup(db, followup_id, **changes)
    return Outcome(_debrief(db, followup_id), None, partial(update_followup, followup_id=followup_id, **old),
                   focus=followup_id)


def delete_followup(db: Database, followup_id: str) -> Outcome[dict]:
    changes = _debrief(db, followup_id)
    row = debrief_store.delete_followup(db, followup_id)
    return Outcome(changes, row, partial(restore_followup, row=row))


def restore_followup(db: Database, row: dict[str, Any]) -> Outcome[None]:
    debrief_store.restore_followup(db, row)
    return Outcome(_debrief(db, row["id"]), None, partial(delete_followup, followup_id=row["id"]), focus=row["id"])


def import_survey(db: Database, session_id: str, path) -> Outcome[dict]:
    """Attach a post-session survey (its free-text answers become notes); kept, not undone."""
    from facilitator.ops.agenda import session_changes
    from facilitator.synthesis import survey

    imported = survey.import_survey(db, session_id, path)
    return Outcome(session_changes(db, session_id, DEBRIEF, NOTES), imported)


def record_synthesis_hours(db: Database, series_id: str, *, planned, actual) -> Outcome[None]:
    """Planned against spent hours of synthesis for a series (blank clears one); undoable."""
    from facilitator.synthesis import hours

    old = hours.record_synthesis_hours(db, series_id, planned=planned, actual=actual)
    return Outcome(Changes.of(SERIES, series_id=series_id), None,
                   partial(record_synthesis_hours, series_id=series_id, planned=old.planned, actual=old.actual))
