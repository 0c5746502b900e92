"""What an operation changed, and how to take it back.

Every operation in ``facilitator.ops`` returns an ``Outcome``: the value the caller asked for,
a ``Changes`` naming the kinds of data touched and the series/session they belong to (so a
screen refreshes only when its own data moved), and ``undo``, another operation that puts the
workspace back. The inverse's own outcome carries the redo, so undo and redo are the same
mechanism, built and tested here without Qt (after Anki's ``OpChanges`` and ``CollectionOp``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Generic, TypeVar

from sqlite_utils import Database

T = TypeVar("T")

# The kinds of data an operation may touch; a view names the kinds it shows.
SERIES = "series"          # a series' own fields, the list of series
SESSIONS = "sessions"      # the sessions of a series and their fields
AGENDA = "agenda"          # blocks of a session
ROSTER = "roster"          # participants and perspectives
ATTENDANCE = "attendance"  # check-in and absence
INVITATIONS = "invitations"  # who a session is for (its guest list)
GROUPS = "groups"          # rounds, their groups and members, grouping rules
SEATING = "seating"        # tables and seats
FISHBOWL = "fishbowl"      # fishbowl seats and queue
NOTES = "notes"            # notes and drafts
THEMES = "themes"          # themes and their notes
FRAMEWORK = "framework"    # framework statements
DEBRIEF = "debrief"        # debrief answers, follow-ups, surveys
LIVE = "live"              # the live runner's log
REVIEWS = "reviews"        # passages approved for sharing outside the team
ALL_KINDS = frozenset({SERIES, SESSIONS, AGENDA, ROSTER, ATTENDANCE, INVITATIONS, GROUPS, SEATING, FISHBOWL, NOTES,
                       THEMES, FRAMEWORK, DEBRIEF, LIVE, REVIEWS})


@dataclass(frozen=True)
class Changes:
    """``series_id``/``session_id`` None means "not limited to one": a change elsewhere (another
    process wrote to the file) is ``Changes.anything()``, which touches every view."""

    kinds: frozenset[str]
    series_id: str | None = None
    session_id: str | None = None

    @classmethod
    def of(cls, *kinds: str, series_id: str | None = None, session_id: str | None = None) -> "Changes":
        unknown = set(kinds) - ALL_KINDS
        if unknown:
            raise ValueError(f"unknown kind of change: {sorted(unknown)}")
        return cls(frozenset(kinds), series_id, session_id)

    @classmethod
    def anything(cls) -> "Changes":
        return cls(ALL_KINDS)

    @classmethod
    def nothing(cls) -> "Changes":
        return cls(frozenset())

    def touches(self, *kinds: str, series_id: str | None = None, session_id: str | None = None) -> bool:
        """Does a view showing ``kinds`` of ``series_id``/``session_id`` need to refresh?"""
        if not self.kinds.intersection(kinds):
            return False
        if series_id is not None and self.series_id is not None and self.series_id != series_id:
            return False
        if session_id is not None and self.session_id is not None and self.session_id != session_id:
            return False
        return True

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.kinds | other.kinds,
                       self.series_id if self.series_id == other.series_id else None,
                       self.session_id if self.session_id == other.session_id else None)

    def __bool__(self) -> bool:
        return bool(self.kinds)


Op = Callable[[Database], "Outcome[Any]"]


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """``focus``: the id of the thing a view should select afterwards (None: keep or clear)."""

    changes: Changes
    value: T | None = None
    undo: Op | None = field(default=None, compare=False)
    focus: str | None = None
