"""The installed Qt binding must not leak or drop references: PySide6 6.12.0 on Python 3.11
takes a reference from ``None`` on every void call, and the app dies with "deallocating None"
after a few thousand edits — in the middle of a live session. pyproject.toml excludes it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, QObject, QSignalBlocker
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel


def test_void_calls_and_empty_values_keep_none_alive(qtbot):
    owner = QObject()
    action = QAction("x", owner)
    action.triggered.connect(lambda: None)
    model = QStandardItemModel(owner)
    model.appendRow(QStandardItem("a"))
    index: QModelIndex = model.index(0, 0)

    def work():
        action.trigger()
        QSignalBlocker(owner).unblock()
        index.data(0x0100 + 7)  # a role with no value: comes back as None
        owner.property("unset")

    work()
    before = sys.getrefcount(None)
    for _ in range(200):
        work()
    assert sys.getrefcount(None) - before >= 0
