"""Whole series coming in: from a template or from a series file another team exported.

Each is created in one transaction and is not undoable (the list offers Delete instead).
Export is a read: ``facilitator.share.series_json.export_series``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlite_utils import Database

from facilitator.ops.changes import AGENDA, SERIES, SESSIONS, Changes, Outcome
from facilitator.plan import templates
from facilitator.plan.model import Series
from facilitator.share import series_json as exchange


def create_from_template(db: Database, template: templates.Template, *, title: str | None = None,
                         start: date | None = None) -> Outcome[Series]:
    series = templates.create_series(db, template, title=title, start=start)
    return Outcome(Changes.of(SERIES, SESSIONS, AGENDA, series_id=series.id), series, focus=series.id)


def import_series(db: Database, data: Any, *, source: str = "import") -> Outcome[str]:
    """``data`` as ``exchange.load_file`` read it; a bad file raises InvalidInput and changes nothing."""
    series_id = exchange.import_series(db, data, source=source)
    return Outcome(Changes.of(SERIES, SESSIONS, AGENDA, series_id=series_id), series_id, focus=series_id)
