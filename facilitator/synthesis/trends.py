"""The trend table: how many notes carry each theme, per stakeholder group and per session.

In a community series each conversation is held with one stakeholder group (students,
families, community members) and the session's audience is the group; otherwise the
perspective label a quote was captured with is. ``by`` picks another reading: the breakout
group, or the session alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from facilitator.errors import FacilitatorError
from facilitator.i18n import t
from facilitator.storage import series as series_store
from facilitator.storage import themes as store

READINGS = ("audience", "perspective", "group", "session")


@dataclass
class TrendRow:
    theme_id: str
    title: str
    total: int
    by_column: dict[str, int] = field(default_factory=dict)
    by_session: dict[int, dict[str, int]] = field(default_factory=dict)  # session -> column -> notes


@dataclass
class Trends:
    by: str
    columns: list[str]
    sessions: list[int]
    rows: list[TrendRow]

    @property
    def largest(self) -> int:
        """The fullest cell, which the heat table and the printout shade darkest."""
        return max((n for row in self.rows for n in row.by_column.values()), default=0)

    def as_json(self) -> dict[str, Any]:
        return {"by": self.by, "columns": self.columns, "sessions": self.sessions,
                "themes": [{"id": r.theme_id, "title": r.title, "notes": r.total, "counts": r.by_column,
                            "by_session": {str(n): cells for n, cells in r.by_session.items()}}
                           for r in self.rows]}


def heat_share(count: int, largest: int) -> float:
    """How deep a cell's shading is, 0 (no notes) to 0.8 (the fullest cell), the same on
    screen and on paper; even one note shows, faintly."""
    if not count or not largest:
        return 0.0
    return 0.15 + 0.65 * count / largest


def default_reading(db: Database, series_id: str) -> str:
    """Audience when the sessions are held with stakeholder groups, perspective otherwise."""
    sessions = series_store.list_sessions(db, series_id)
    return "audience" if any(s.audience.strip() for s in sessions) else "perspective"


def no_group() -> str:
    return t("Not recorded")


def trend_table(db: Database, series_id: str, by: str | None = None) -> Trends:
    """Every theme of the series (board order) with its notes counted per column and session."""
    by = by or default_reading(db, series_id)
    if by not in READINGS:
        raise FacilitatorError(t("Trends can be read by {choices}, not '{by}'.").format(
            choices=", ".join(READINGS), by=by))
    sessions = [s.number for s in series_store.list_sessions(db, series_id)]
    rows = {theme["id"]: TrendRow(theme["id"], theme["title"], 0) for theme in store.list_themes(db, series_id)}
    seen: dict[str, None] = {}
    missing = no_group()
    for cell in store.theme_note_facets(db, series_id):
        if cell["theme_id"] not in rows:
            continue
        column = _column(cell, by, missing)
        seen.setdefault(column, None)
        row = rows[cell["theme_id"]]
        row.total += cell["notes"]
        row.by_column[column] = row.by_column.get(column, 0) + cell["notes"]
        per_session = row.by_session.setdefault(cell["session"], {})
        per_session[column] = per_session.get(column, 0) + cell["notes"]
    return Trends(by, _ordered_columns(db, series_id, by, list(seen)), sessions, list(rows.values()))


def _column(cell: dict[str, Any], by: str, missing: str) -> str:
    if by == "session":
        return t("Session {number}").format(number=cell["session"])
    value = {"audience": cell["audience"], "perspective": cell["perspective"], "group": cell["group_label"]}[by]
    return value.strip() or missing


def _ordered_columns(db: Database, series_id: str, by: str, seen: list[str]) -> list[str]:
    """Audiences in session order, sessions by number, other labels alphabetically; the
    "not recorded" column last."""
    if by == "audience":
        order = [s.audience.strip() for s in series_store.list_sessions(db, series_id)]
        ranked = sorted(seen, key=lambda c: (order.index(c) if c in order else len(order), c))
    elif by == "session":
        ranked = sorted(seen, key=lambda c: int(c.rsplit(" ", 1)[-1]) if c.rsplit(" ", 1)[-1].isdigit() else 0)
    else:
        ranked = sorted(seen, key=str.casefold)
    missing = no_group()
    return [c for c in ranked if c != missing] + ([missing] if missing in ranked else [])
