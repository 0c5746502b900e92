"""The demo series a newcomer sees on first start, so a real agenda and a roster
of (fictional) people are on screen at once."""

from __future__ import annotations

from datetime import date, timedelta

from sqlite_utils import Database

from facilitator import templates
from facilitator.paths import resource
from facilitator.roster_import import import_file
from facilitator.storage import series as store

DEMO_TITLE = "Demo: Breakthrough Conversation series"


def ensure_demo(db: Database, *, today: date | None = None) -> str | None:
    """Create the demo series in an empty workspace; returns its id, or None if not empty."""
    if store.list_series(db):
        return None
    start = (today or date.today()) + timedelta(days=14)
    series = templates.create_series(db, templates.get_template("breakthrough"), title=DEMO_TITLE, start=start)
    import_file(db, series.id, resource("demo", "roster.csv"))
    return series.id
