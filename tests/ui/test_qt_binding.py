"""The Qt binding must not leak or drop references on plain calls: PySide6 6.12.0 on Python 3.11
drops one reference to None per call that returns nothing, and the app aborts with
"deallocating None" after a few thousand keystrokes."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QPlainTextEdit


def test_calls_returning_nothing_keep_none_alive(qtbot):
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(2000):
        edit.insertPlainText("a")
    assert sys.getrefcount(None) - before > -100
