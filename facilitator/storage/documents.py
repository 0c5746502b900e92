"""Reads that only the printed documents need."""

from __future__ import annotations

from sqlite_utils import Database


def list_perspectives(db: Database, series_id: str) -> list[str]:
    """The series' perspectives in their set order; falls back to those written on the roster."""
    rows = db.query("SELECT label FROM perspectives WHERE series_id = ? ORDER BY position, label", [series_id])
    labels = [r["label"] for r in rows]
    if labels:
        return labels
    rows = db.query("SELECT DISTINCT perspective FROM participants WHERE series_id = ? AND perspective != '' "
                    "ORDER BY perspective COLLATE NOCASE", [series_id])
    return [r["perspective"] for r in rows]
