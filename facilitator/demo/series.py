"""The demo series a newcomer sees on first start, so a real agenda and a roster
of (fictional) people are on screen at once."""

from __future__ import annotations

from datetime import date, timedelta

from sqlite_utils import Database

from facilitator.paths import resource
from facilitator.plan import templates
from facilitator.roster.spreadsheets import import_file
from facilitator.storage import series as store

DEMO_TITLE = "Demo: Breakthrough Conversation series"
DEMO_TITLES = {"en": DEMO_TITLE, "es": "Demo: serie de Conversaciones Transformadoras"}


def ensure_demo(db: Database, *, today: date | None = None, language: str = "en") -> str | None:
    """Create the demo series in an empty workspace, from the template in ``language`` (the
    interface's); returns its id, or None if not empty."""
    if store.list_series(db):
        return None
    start = (today or date.today()) + timedelta(days=14)
    series = templates.create_series(db, templates.get_template("breakthrough", language),
                                     title=DEMO_TITLES.get(language, DEMO_TITLE), start=start)
    import_file(db, series.id, resource("demo", "roster.csv"))
    return series.id
