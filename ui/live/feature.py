"""Registers "Run live" (F5) in the agenda editor's toolbar, and reopens a run under way at start."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from facilitator.live import sessions_under_way
from facilitator.ops.agenda import get_session
from ui import registry
from ui.live.launch import open_live_window


def run_live(workspace, series_id: str, session_id: str) -> None:
    open_live_window(workspace, series_id, session_id)


def reopen_runs_under_way(workspace, _main_window) -> None:
    """After a crash or a close mid-session, the live view comes straight back, with its banner."""
    for session_id in sessions_under_way(workspace.db):
        session = get_session(workspace.db, session_id, with_blocks=False)
        open_live_window(workspace, session.series_id, session_id)


registry.add_session_action(
    "live", QT_TRANSLATE_NOOP("Screens", "Run &live"), run_live, shortcut="F5", order=10,
    tooltip=QT_TRANSLATE_NOOP("Screens", "Run this session with a timer and a presenter screen (F5)"))
registry.add_startup("live", reopen_runs_under_way)
