"""Running a session live: the facilitator view, the presenter screen, and where other features
plug panes into the facilitator view (``add_live_pane``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import Qt

# factory(workspace, series_id, session_id, live_window) -> QWidget
LivePaneFactory = Callable[[Any, str, str, Any], Any]


@dataclass(frozen=True)
class LivePane:
    key: str
    title: str
    factory: LivePaneFactory
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
    order: int = 50


_panes: dict[str, LivePane] = {}


def add_live_pane(key: str, title: str, factory: LivePaneFactory, *,
                  area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea, order: int = 50) -> None:
    """Dock ``factory(workspace, series_id, session_id, live_window)`` in every live view opened
    from now on; re-registering a key replaces it."""
    _panes[key] = LivePane(key, title, factory, area, order)


def remove_live_pane(key: str) -> None:
    _panes.pop(key, None)


def live_panes() -> list[LivePane]:
    return sorted(_panes.values(), key=lambda pane: (pane.order, pane.key))
