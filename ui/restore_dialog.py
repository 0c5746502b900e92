"""The "Restore from backup…" screen, and the offer made when a workspace turns out damaged.

Both call the core (``facilitator.ops.workspace``) and only show what it returns: the list of
copies with their date and contents, and one confirmation before the current file is replaced
(the core keeps the current file as a backup first, so a restore can itself be undone).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import DamagedWorkspace, FacilitatorError
from facilitator.ops import workspace as backups
from ui.errors import reported, show_error

_KINDS = {
    "": QT_TRANSLATE_NOOP("Backups", "On opening"),
    "manual": QT_TRANSLATE_NOOP("Backups", "Taken by hand"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "Before a restore"),
}


def _kind(label: str) -> str:
    return QCoreApplication.translate("Backups", _KINDS.get(label, label))


def _when(info) -> str:
    """When the copy was taken, in the interface's language and local time."""
    local = info.taken_at.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, "d MMM yyyy HH:mm")


class RestoreDialog(QDialog):
    """Lists the workspace's backups newest first and restores the chosen one."""

    def __init__(self, workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.restored_from: Path | None = None
        self._infos: list[backups.BackupInfo] = []
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setAccessibleName(self.tr("Restore from backup"))
        self.resize(560, 380)

        intro = QLabel(self.tr("A copy of this workspace is taken each time it opens after a change. "
                               "Restoring replaces what is in the workspace now; the current state is "
                               "kept as a backup first, so you can come back to it."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Series"), self.tr("Notes"), self.tr("Kind")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.empty_label = QLabel(self.tr("No backups yet: the first is taken the next time this "
                                          "workspace opens after a change, or with “Take a backup now”."))
        self.empty_label.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_button = QPushButton(self.tr("&Take a backup now"))
        self.backup_button.setAccessibleName(self.tr("Take a backup now"))
        self.backup_button.clicked.connect(self.take_backup)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.refresh()

    @property
    def _passphrase(self) -> str | None:
        return getattr(self.workspace.db, "passphrase", None)

    def refresh(self) -> None:
        self._infos = backups.list_backups(self.workspace.path, passphrase=self._passphrase)
        self.table.setRowCount(len(self._infos))
        for row, info in enumerate(self._infos):
            cells = (_when(info), "?" if info.series_count is None else str(info.series_count),
                     "—" if info.note_count is None else str(info.note_count), _kind(info.label))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if self._infos:
            self.table.selectRow(0)
        self.empty_label.setVisible(not self._infos)
        self._update_buttons()

    def selected(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._infos[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def take_backup(self) -> None:
        with reported(self):
            backups.create_backup(self.workspace.db, label="manual")
        self.refresh()

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("Replace everything in this workspace with the backup from {when} ({series} series)? "
                    "The current state is kept as a backup first.").format(
                when=_when(info), series="?" if info.series_count is None else info.series_count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            backups.restore_backup(self.workspace.path, info.path, passphrase=self._passphrase)
        except FacilitatorError as error:
            show_error(self, error)
            return
        self.restored_from = info.path
        self.workspace.edited()
        self.refresh()


def offer_restore(parent: QWidget | None, error: DamagedWorkspace, passphrase: str | None = None) -> bool:
    """Say the workspace is damaged and offer its newest good backup; True once restored."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Backups", "The workspace is damaged"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    restore = None
    if error.backup is not None:
        box.setText(QCoreApplication.translate(
            "Backups", "The workspace file {name} is damaged, so Facilitator will not write to it.\n\n"
                       "The newest good backup is from {when} ({series} series). Restore it? "
                       "The damaged file is kept in the backups folder.").format(
            name=error.path.name, when=_when(error.backup), series=error.backup.series_count))
        restore = box.addButton(QCoreApplication.translate("Backups", "&Restore the backup"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(restore)
    else:
        box.setText(QCoreApplication.translate(
            "Backups", "The workspace file {name} is damaged, so Facilitator will not write to it, "
                       "and there is no good backup of it. Keep a copy of the file and ask for help.").format(
            name=error.path.name))
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    try:
        backups.restore_backup(error.path, error.backup.path, passphrase=passphrase)
    except FacilitatorError as failure:
        show_error(parent, failure)
        return False
    return True

