"""Identifiers and timestamps for rows that may one day be merged across laptops."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> str:
    """ISO 8601 in UTC with microseconds: sortable as text and unambiguous across time zones."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")
