""""Find your group" pages for the presenter screen: each group with its names, then every
name in alphabetical order with its group, split into columns that fit a projected slide."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from facilitator.groups.rounds import BreakoutRound

NAMES_PER_COLUMN = 12
COLUMNS_PER_PAGE = 4
# Six groups (two rows of three) still read from the back of a room; more go on further pages,
# which the presenter screen turns by itself ("1/2"), so twelve groups show within one cycle.
GROUPS_PER_PAGE = 6
GROUPS, NAMES = "groups", "names"


@dataclass(frozen=True)
class PageColumn:
    heading: str
    lines: list[str]


@dataclass(frozen=True)
class Page:
    title: str
    columns: list[PageColumn]
    part: str = ""  # GROUPS or NAMES for find-your-group pages: each part is shown as one cycle


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def find_your_group_pages(breakout: BreakoutRound, *, title: str = "Find your group",
                          tables: Sequence[str] = ()) -> list[Page]:
    """Pages by group (one column per group), then an alphabetical name → group list. ``tables``:
    each group's table in this round (``seating.room.round_tables``), shown beside its label."""
    pages: list[Page] = []
    where = [f"{g.label} · {tables[i]}" if i < len(tables) else g.label for i, g in enumerate(breakout.groups)]
    group_columns = [PageColumn(where[i], [m.name for m in g.members]) for i, g in enumerate(breakout.groups)]
    for chunk in _chunks(group_columns, GROUPS_PER_PAGE):
        pages.append(Page(title, chunk, GROUPS))
    index = sorted(((m.name, where[i]) for i, g in enumerate(breakout.groups) for m in g.members),
                   key=lambda x: x[0].casefold())
    lines = [f"{name} — {label}" for name, label in index]
    columns = [PageColumn("", chunk) for chunk in _chunks(lines, NAMES_PER_COLUMN)]
    for chunk in _chunks(columns, COLUMNS_PER_PAGE):
        pages.append(Page(f"{title}: names A–Z", chunk, NAMES))
    return pages


def fishbowl_page(labels_and_names: list[tuple[str, str]], *, title: str = "Fishbowl") -> Page:
    """The inner circle for the presenter screen: one column per seat, its perspective and
    who sits there (an empty chair shows as an invitation)."""
    return Page(title, [PageColumn(label, [name]) for label, name in labels_and_names])
