"""Breakout groups, the fishbowl and seating for a session, in one window opened from the
agenda editor; pages for the presenter screen go to the session's live view when it is open."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from facilitator.groups.find_your_group import GROUPS, NAMES, Page
from facilitator.ops import agenda as series_store
from ui import registry
from ui.fishbowl_view import FishbowlView
from ui.floor_plan import FloorPlanView
from ui.groups_board import GroupsBoard
from ui.live.launch import presenter_for
from ui.session_windows import SessionWindows

_windows: SessionWindows["RoomWindow"] = SessionWindows()


class RoomWindow(QMainWindow):
    def __init__(self, workspace, series_id: str, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session_id = session_id
        session = series_store.get_session(workspace.db, session_id, with_blocks=False)
        # Short, so the session's own title still fits the title bar at twice the text size.
        self.setWindowTitle(self.tr("Groups · Session {0}: {1}").format(session.number, session.title))
        self.tabs = QTabWidget()
        self.board = GroupsBoard(workspace, session_id)
        self.fishbowl = FishbowlView(workspace, session_id)
        self.floor = FloorPlanView(workspace, session_id)
        self.tabs.addTab(self.board, self.tr("Breakout &groups"))
        self.tabs.addTab(self.fishbowl, self.tr("&Fishbowl"))
        self.tabs.addTab(self.floor, self.tr("&Seating"))
        self.setCentralWidget(self.tabs)
        self._parts_shown: tuple[list[Page], str] | None = None
        self.board.findYourGroupRequested.connect(self._show_group_pages)
        self.fishbowl.showPageRequested.connect(lambda page: self.show_on_presenter(page))
        self.resize(1400, 820)

    def show_on_presenter(self, page: Page) -> bool:
        presenter = presenter_for(self.session_id)
        if presenter is None:
            QMessageBox.information(self, self.tr("Presenter screen"),
                                    self.tr("Open this session's live view (Run live) to show pages on the "
                                            "presenter screen."))
            return False
        presenter.show_page(page.title, [(c.heading, c.lines) for c in page.columns])
        return True

    def show_set_on_presenter(self, pages: list[Page]) -> bool:
        """Pages that turn by themselves on the presenter screen ("1/2")."""
        presenter = presenter_for(self.session_id)
        if presenter is None:
            return self.show_on_presenter(pages[0])
        presenter.show_pages([(p.title, [(c.heading, c.lines) for c in p.columns]) for p in pages])
        return True

    def _show_group_pages(self, pages: list[Page]) -> None:
        """The first press shows every group (pages turning by themselves), the next the
        alphabetical name list, the next the groups again."""
        part = GROUPS
        if self._parts_shown is not None and self._parts_shown[0] == pages and self._parts_shown[1] == GROUPS:
            part = NAMES
        chosen = [p for p in pages if p.part == part]
        if chosen and self.show_set_on_presenter(chosen):
            self._parts_shown = (pages, part)


def open_room_window(workspace, series_id: str, session_id: str, tab: int = 0) -> RoomWindow:
    """The session's groups window, on ``tab`` (0 groups, 1 fishbowl, 2 seating)."""
    window = _windows.show(session_id, lambda: RoomWindow(workspace, series_id, session_id))
    window.tabs.setCurrentIndex(tab)
    return window


def open_fishbowl(workspace, series_id: str, session_id: str) -> RoomWindow:
    return open_room_window(workspace, series_id, session_id, tab=1)


def open_seating(workspace, series_id: str, session_id: str) -> RoomWindow:
    return open_room_window(workspace, series_id, session_id, tab=2)


registry.add_session_action("groups", QT_TRANSLATE_NOOP("Screens", "Breakout &groups"), open_room_window,
                            shortcut="Ctrl+Shift+G", order=30,
                            tooltip=QT_TRANSLATE_NOOP("Screens", "Breakout groups, fishbowl and seating"),
                            block_kinds=("pairs", "triads", "small_groups"))
registry.add_session_action("fishbowl", QT_TRANSLATE_NOOP("Screens", "Fish&bowl"), open_fishbowl,
                            shortcut="Ctrl+Shift+F", order=31,
                            tooltip=QT_TRANSLATE_NOOP("Screens", "Run the fishbowl: seats, queue and airtime"),
                            block_kinds=("fishbowl",))
registry.add_session_action("seating", QT_TRANSLATE_NOOP("Screens", "Sea&ting"), open_seating,
                            shortcut="Ctrl+Shift+T", order=32,
                            tooltip=QT_TRANSLATE_NOOP("Screens", "Tables and who sits where"),
                            block_kinds=("small_groups",))
