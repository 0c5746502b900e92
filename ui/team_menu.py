"""The Team menu: pack a series for note-takers, join from a pack, sync through a folder, and
see where the team stands. Every action is one call into ``facilitator.team``; the menu's
title gains a mark when the shared folder holds something not merged yet.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QVBoxLayout,
)

from facilitator.ops import team
from ui import ops, registry
from ui.errors import reported

NEWS_POLL_MS = 20_000


class TeamMenu(QObject):
    def __init__(self, workspace, window):
        super().__init__(window)
        self.workspace, self.window = workspace, window
        self.menu = QMenu(self.tr("&Team"), window)
        bar = window.menuBar()
        bar.insertMenu(bar.actions()[-1], self.menu)  # before Help
        self.menu.setToolTipsVisible(True)
        self.pack_action = self._add(self.tr("&Pack for note-takers…"), self.pack,
                                     self.tr("Write a file a note-taker's laptop joins from"))
        self.join_action = self._add(self.tr("&Join from a pack…"), self.join,
                                     self.tr("Put a series packed on the lead's laptop in this workspace"))
        self.menu.addSeparator()
        self.sync_action = self._add(self.tr("&Sync now"), self.sync_now,
                                     self.tr("Merge the other laptops' files, then write this laptop's"))
        self.sync_elsewhere_action = self._add(self.tr("Sync with a &folder…"), self.sync_elsewhere,
                                               self.tr("Choose the USB stick or shared folder to sync through"))
        self.status_action = self._add(self.tr("Team s&tatus…"), self.show_status,
                                       self.tr("Laptops, last syncs, and every field where two edits met"))
        self.menu.aboutToShow.connect(self.refresh)
        self._timer = QTimer(self)
        self._timer.setInterval(NEWS_POLL_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._sync_task: asyncio.Future | None = None
        self.refresh()

    def _add(self, text: str, slot, tip: str) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def series_id(self) -> str | None:
        window = self.window
        if window.pages.currentWidget() is window.series_list:
            return window.series_list.current_series_id()
        return window.series_view.series_id

    def refresh(self) -> None:
        """Enable what applies to the series on screen, and mark news waiting in its folder."""
        series_id = self.series_id()
        joined = team.team_of(self.workspace.db, series_id) if series_id else None
        self.pack_action.setEnabled(series_id is not None)
        for action in (self.sync_action, self.sync_elsewhere_action):
            action.setEnabled(joined is not None and not self.syncing)
        self.status_action.setEnabled(joined is not None)
        news = team.folder_news(self.workspace.db, series_id) if joined else []
        self.menu.setTitle(self.tr("&Team (%n new)", "", len(news)) if news else self.tr("&Team"))
        self.sync_action.setText(self.tr("&Sync now — new from {0}").format(", ".join(news)) if news
                                 else self.tr("&Sync now"))

    # ------------------------------------------------------------ actions

    def pack(self) -> None:
        series_id = self.series_id()
        if series_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Pack for note-takers"), "team-pack.fteam",
                                              self.tr("Team files (*.fteam)"))
        if not path:
            return
        outcome = ops.run(self.window, self.workspace, lambda db: team.pack(db, series_id, Path(path)))
        if outcome is not None:
            written = outcome.value
            self.window.show_status(self.tr("Packed to {0}. Each note-taker joins from it (Team › Join).")
                                    .format(str(written)))
            self.refresh()

    def join(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Join from a pack"), "",
                                              self.tr("Team files (*.fteam)"))
        if not path:
            return
        device, ok = QInputDialog.getText(self.window, self.tr("Join from a pack"),
                                          self.tr("This laptop's name in the team (e.g. Table 3, or your name):"))
        if not ok:
            return
        outcome = ops.run(self.window, self.workspace, lambda db: team.join(db, Path(path), device=device))
        if outcome is not None:
            series_id = outcome.value
            self.window.open_series(series_id)
            self.window.show_status(self.tr("Joined as {0}.").format(device.strip()))

    def sync_now(self) -> None:
        series_id = self.series_id()
        joined = team.team_of(self.workspace.db, series_id) if series_id else None
        if joined is None:
            return
        if not joined["folder"]:
            self.sync_elsewhere()
            return
        self._sync(series_id, Path(joined["folder"]))

    def sync_elsewhere(self) -> None:
        series_id = self.series_id()
        if series_id is None:
            return
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Sync through which folder?"))
        if folder:
            self._sync(series_id, Path(folder))

    @property
    def syncing(self) -> bool:
        return self._sync_task is not None

    def _sync(self, series_id: str, folder: Path) -> None:
        """Merging seven laptops' notes takes a second or more, so it runs on a worker connection:
        the window stays live meanwhile (a note typed now is saved, and travels at the next sync)."""
        if self.syncing:
            return
        for action in (self.sync_action, self.sync_elsewhere_action):
            action.setEnabled(False)
        self.window.show_status(self.tr("Syncing through {0}…").format(str(folder)))
        self._sync_task = asyncio.ensure_future(self._sync_off_ui(series_id, folder))

    async def _sync_off_ui(self, series_id: str, folder: Path) -> None:
        try:
            outcome = await ops.run_off_ui(self.window, self.workspace,
                                           lambda db: team.sync(db, series_id, folder))
            if outcome is not None:
                report = outcome.value
                merged = ", ".join(report.merged) or self.tr("nobody new")
                text = self.tr("Synced. Merged from: {0}.").format(merged)
                if report.skipped:
                    text += " " + self.tr("Skipped %n file(s): {0}", "", len(report.skipped)).format(
                        "; ".join(why for _name, why in report.skipped))
                self.window.show_status(text)
        finally:
            self._sync_task = None
            self.refresh()

    def show_status(self) -> None:
        series_id = self.series_id()
        if series_id is None:
            return
        with reported(self.window):
            TeamStatusDialog(self.workspace, series_id, self.window).exec()


class TeamStatusDialog(QDialog):
    """Who is in the team, and every field where two people's edits met; deleted notes can come back."""

    def __init__(self, workspace, series_id: str, parent=None):
        super().__init__(parent)
        self.workspace, self.series_id = workspace, series_id
        self.setWindowTitle(self.tr("Team status"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Team status"))
        layout.addWidget(self.text)
        label = QLabel(self.tr("Deleted notes (select one and press Bring back):"))
        self.deleted = QListWidget()
        label.setBuddy(self.deleted)
        layout.addWidget(label)
        layout.addWidget(self.deleted)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(self.tr("&Bring back"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.bring_back)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        state = team.status(self.workspace.db, self.series_id)
        lines = [self.tr("This laptop: {0} ({1}). Last sync: {2}. Folder: {3}").format(
            state["device"], self._role(state["role"]), state["last_sync"] or self.tr("never"),
            state["folder"] or self.tr("none yet")), ""]
        for device in state["devices"]:
            lines.append(self.tr("{0} — {1}, {2} notes, last sync {3}").format(
                device["device"], self._role(device["role"]), str(device["notes"]),
                device["last_sync"] or self.tr("never")))
        if state["news"]:
            lines += ["", self.tr("New in the folder from: {0}").format(", ".join(state["news"]))]
        lines += ["", self.tr("Where two edits met (%n):", "", len(state["edits_met"]))]
        for met in state["edits_met"]:
            sides = "; ".join(f"{e['device']}: {e['value']!r}" for e in met["edits"])
            end = self.tr("deleted") if met["deleted"] else self.tr("now: {0}").format(repr(met["now"]))
            lines.append(f"• {met['table']} · {met['field']} — {sides} — {end}")
        self.text.setPlainText("\n".join(lines))
        self.deleted.clear()
        for note in team.deleted_notes(self.workspace.db, self.series_id):
            item = QListWidgetItem(note["text"])
            item.setData(Qt.ItemDataRole.UserRole, note["id"])
            self.deleted.addItem(item)
        self.restore_button.setEnabled(self.deleted.count() > 0)

    def _role(self, role: str) -> str:
        return self.tr("lead") if role == "lead" else self.tr("note-taker")

    def bring_back(self) -> None:
        item = self.deleted.currentItem()
        if item is None:
            return
        series_id, note_id = self.series_id, item.data(Qt.ItemDataRole.UserRole)
        if ops.run(self, self.workspace, lambda db: team.restore_deleted_note(db, series_id, note_id)) is not None:
            self.load()


def install(workspace, window) -> TeamMenu:
    window.team_menu = TeamMenu(workspace, window)
    return window.team_menu


registry.add_startup("team", install)
