"""Needs, offers and requests from a session (usually the closing one), in three columns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from facilitator.notes import NoteKind
from facilitator.ops import agenda as series_store
from facilitator.ops import notes as note_store
from facilitator.ops.changes import NOTES
from ui import ops
from ui.notes.lazy import RefreshWhenShown

COLUMNS = (NoteKind.NEED, NoteKind.OFFER, NoteKind.REQUEST)


class OffersBoard(QWidget):
    def __init__(self, workspace, series_id: str, parent=None):
        super().__init__(parent)
        self.db = workspace.db
        self.series_id = series_id
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.session_box = QComboBox()
        self.session_box.setAccessibleName(self.tr("Session"))
        sessions = series_store.list_sessions(self.db, series_id)
        for s in sessions:
            self.session_box.addItem(self.tr("Session {n}: {title}").format(n=s.number, title=s.title), s.id)
        self.session_box.setCurrentIndex(len(sessions) - 1)  # the closing session
        label = QLabel(self.tr("&From"))
        label.setBuddy(self.session_box)
        top.addWidget(label)
        top.addWidget(self.session_box, 1)
        layout.addLayout(top)
        columns = QHBoxLayout()
        self.lists: dict[NoteKind, QListWidget] = {}
        self.headers: dict[NoteKind, QLabel] = {}
        for kind in COLUMNS:
            column = QVBoxLayout()
            header = QLabel()
            header.setStyleSheet("font-weight: bold; font-size: 13pt")
            listing = QListWidget()
            listing.setWordWrap(True)
            listing.setSpacing(4)
            listing.setAccessibleName(self._title(kind))
            column.addWidget(header)
            column.addWidget(listing, 1)
            columns.addLayout(column, 1)
            self.lists[kind], self.headers[kind] = listing, header
        layout.addLayout(columns, 1)
        self.session_box.currentIndexChanged.connect(self.refresh)
        self.refresh()
        ops.watch(workspace, self, RefreshWhenShown(self, self.refresh).changed, NOTES, series_id=series_id)

    @staticmethod
    def _title(kind: NoteKind) -> str:
        return {NoteKind.NEED: QCoreApplication.translate("OffersBoard", "Needs"),
                NoteKind.OFFER: QCoreApplication.translate("OffersBoard", "Offers"),
                NoteKind.REQUEST: QCoreApplication.translate("OffersBoard", "Requests")}[kind]

    def refresh(self) -> None:
        session_id = self.session_box.currentData()
        notes = note_store.list_notes(self.db, self.series_id, session_id=session_id,
                                      kinds=[k.value for k in COLUMNS]) if session_id else []
        for kind in COLUMNS:
            listing = self.lists[kind]
            listing.clear()
            these = [n for n in notes if n.kind is kind]
            for note in these:
                listing.addItem(note.text + (f"\n— {note.group_label}" if note.group_label else ""))
            self.headers[kind].setText(f"{self._title(kind)} ({len(these)})")
            self.headers[kind].setTextFormat(Qt.TextFormat.PlainText)
