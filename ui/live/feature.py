"""Registers "Run live" (F5) in the agenda editor's toolbar."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui import registry
from ui.live.launch import open_live_window


def run_live(workspace, series_id: str, session_id: str) -> None:
    open_live_window(workspace, series_id, session_id)


registry.add_session_action(
    "live", QT_TRANSLATE_NOOP("Screens", "Run &live"), run_live, shortcut="F5", order=10,
    tooltip=QT_TRANSLATE_NOOP("Screens", "Run this session with a timer and a presenter screen (F5)"))
