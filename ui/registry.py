"""Where feature screens plug into the main window, so a new screen is one registration call
and never an edit of the window itself.

Two kinds of hook:

* a series page, ``factory(workspace, series_id) -> QWidget``, shown as a tab beside the
  series overview (Roster, Notes & synthesis, Print & share, ...);
* a session action, ``callback(workspace, series_id, session_id)``, shown in the agenda
  editor's toolbar, on the series overview's session cards and in the live view's Session
  menu (Run live, Check-in, Breakout groups, ...); one that names ``block_kinds`` is also
  offered beside the timer while a block of that kind runs (the fishbowl for a fishbowl block).

Titles are plain English source strings; the window translates them in the "Screens" context,
so mark them with ``QT_TRANSLATE_NOOP("Screens", "Roster")`` where you register.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

PageFactory = Callable[[Any, str], Any]
SessionCallback = Callable[[Any, str, str], None]


@dataclass(frozen=True)
class SeriesPage:
    key: str
    title: str
    factory: PageFactory
    order: int = 50


@dataclass(frozen=True)
class SessionAction:
    key: str
    text: str
    callback: SessionCallback
    shortcut: str | None = None
    order: int = 50
    tooltip: str = ""
    block_kinds: tuple[str, ...] = ()  # agenda block kinds (BlockKind values) this action serves


_pages: dict[str, SeriesPage] = {}
_actions: dict[str, SessionAction] = {}
# callback(workspace, main_window), run once the main window is on screen
_startup: dict[str, Callable[[Any, Any], None]] = {}


def add_series_page(key: str, title: str, factory: PageFactory, *, order: int = 50) -> None:
    """Show ``factory(workspace, series_id)`` as a tab in every series; re-registering a key replaces it."""
    _pages[key] = SeriesPage(key, title, factory, order)


def add_session_action(key: str, text: str, callback: SessionCallback, *, shortcut: str | None = None,
                       order: int = 50, tooltip: str = "", block_kinds: tuple[str, ...] = ()) -> None:
    """Offer ``callback(workspace, series_id, session_id)`` wherever a session's actions are."""
    _actions[key] = SessionAction(key, text, callback, shortcut, order, tooltip, tuple(block_kinds))


def add_startup(key: str, callback: Callable[[Any, Any], None]) -> None:
    """Run ``callback(workspace, main_window)`` once the main window shows (e.g. reopen a live run)."""
    _startup[key] = callback


def startup_hooks() -> list[Callable[[Any, Any], None]]:
    return [_startup[key] for key in sorted(_startup)]


def series_pages() -> list[SeriesPage]:
    return sorted(_pages.values(), key=lambda page: (page.order, page.key))


def session_actions() -> list[SessionAction]:
    return sorted(_actions.values(), key=lambda action: (action.order, action.key))


def remove(key: str) -> None:
    """Forget a page or action (tests register temporary ones)."""
    _pages.pop(key, None)
    _actions.pop(key, None)
    _startup.pop(key, None)
