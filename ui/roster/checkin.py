"""Check-in at the door, keyboard first: type part of a name, Enter checks in the highlighted
person, the count updates, the box clears for the next arrival. Someone not on the roster is
one Enter away from being added as a walk-in. Ctrl+Z takes back a mistaken check-in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.ops import agenda as series_store
from facilitator.ops import attendance as att
from facilitator.ops import roster
from facilitator.ops.changes import ATTENDANCE, ROSTER
from facilitator.plan.logistics import stipend_due
from facilitator.plan.model import AttendanceStatus
from facilitator.roster.search import matches, name_rank
from ui import ops
from ui.roster.keys import LocalKeys

ID_ROLE = Qt.ItemDataRole.UserRole
WALK_IN = "walk-in"


def _time_of(iso: str | None) -> str:
    """Local clock time of a UTC check-in stamp, as people at the door read it."""
    if not iso:
        return ""
    from datetime import datetime

    return datetime.fromisoformat(iso).astimezone().strftime("%H:%M")


class CheckInView(QWidget):
    """Standalone for now: built from (workspace, session_id); the session screen hosts it."""

    def __init__(self, workspace, session_id: str, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None):
        super().__init__(parent)
        self.workspace, self.session_id = workspace, session_id
        self._undo = undo_stack or QUndoStack(self)
        self._entries: list[att.Entry] = []
        session = series_store.get_session(workspace.db, session_id, with_blocks=False)

        title = QLabel(self.tr("Check-in · Session %1: %2").replace("%1", str(session.number))
                       .replace("%2", session.title), self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        self.count = QLabel(self)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setAccessibleName(self.tr("People here"))
        big = QFont(self.count.font())
        big.setPointSizeF(big.pointSizeF() * 2)
        big.setBold(True)
        self.count.setFont(big)
        self.detail = QLabel(self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.last = QLabel(self)  # what the last Enter did, so the person at the door can trust it
        self.last.setTextFormat(Qt.TextFormat.PlainText)
        self.last.setAccessibleName(self.tr("Last check-in"))

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Type a name, then Enter to check in — or to add someone new as a walk-in"))
        self.search.setAccessibleName(self.tr("Find a person to check in"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._pull_list)
        self.search.returnPressed.connect(self._on_enter)
        self.search.installEventFilter(self)
        big_search = QFont(self.search.font())
        big_search.setPointSizeF(big_search.pointSizeF() * 1.4)
        self.search.setFont(big_search)

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("People matching"))
        self.list.itemActivated.connect(lambda item: self._on_enter())
        self.list.setFont(big_search)

        keys = LocalKeys(self)
        buttons = QHBoxLayout()
        for text, handler, shortcut in (
            (self.tr("&Check in"), self._on_enter, None),
            (self.tr("Mark &absent"), lambda: self._set_current(AttendanceStatus.ABSENT), "Ctrl+Shift+A"),
            (self.tr("&Not checked in"), lambda: self._set_current(AttendanceStatus.EXPECTED), "Ctrl+Shift+E"),
            (self.tr("&Stipend handed out"), self._hand_out_stipend, "Ctrl+Shift+S"),
            (self.tr("&Undo"), self._undo.undo, QKeySequence.StandardKey.Undo),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(text.replace("&", ""))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(handler)
            if shortcut is not None:
                keys.add(shortcut, handler)
            buttons.addWidget(button)
        buttons.addStretch(1)

        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.count)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.last)
        layout.addLayout(buttons)
        self.setFocusProxy(self.search)
        ops.watch(workspace, self, self._pull, ROSTER, ATTENDANCE, series_id=session.series_id, session_id=session_id)
        self._pull()

    def undo_stack(self) -> QUndoStack:
        """This screen's history; the main window's Undo and Redo follow it while it shows."""
        return self._undo

    # ------------------------------------------------------------ refresh
    def _pull(self) -> None:
        self._entries = att.session_attendance(self.workspace.db, self.session_id)
        totals = att.counts(self._entries)
        self.count.setText(self.tr("%1 of %2 here").replace("%1", str(totals.present))
                           .replace("%2", str(totals.expected)))
        self.detail.setText(self.tr("Walk-ins: %1 · still to arrive: %2 · absent: %3")
                            .replace("%1", str(totals.walk_ins)).replace("%2", str(totals.missing))
                            .replace("%3", str(totals.absent)))
        self._pull_list()

    def _pull_list(self, *args) -> None:
        query = self.search.text()
        keep = self.list.currentItem().data(ID_ROLE) if self.list.currentItem() else None
        found = [e for e in self._entries if matches(e.participant, query)]
        # People still to check in come first, then names that start with what was typed, so
        # Enter after a few letters reaches the person at the door.
        found.sort(key=lambda e: (e.status is AttendanceStatus.PRESENT, name_rank(e.participant, query)))
        self.list.clear()
        for entry in found:
            item = QListWidgetItem(self._describe(entry))
            item.setData(ID_ROLE, entry.participant.id)
            if entry.status is not AttendanceStatus.EXPECTED:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
        if not found and query.strip():
            item = QListWidgetItem(self.tr("Add “%1” as a walk-in and check them in").replace("%1", query.strip()))
            item.setData(ID_ROLE, WALK_IN)
            self.list.addItem(item)
        rows = [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]
        self.list.setCurrentRow(rows.index(keep) if keep in rows and not query else 0)

    def _describe(self, entry: att.Entry) -> str:
        person = entry.participant
        name = person.name if not person.preferred_name else f"{person.preferred_name} ({person.name})"
        about = " · ".join(x for x in (person.perspective, person.organization) if x)
        mark = {AttendanceStatus.PRESENT: "✓ ", AttendanceStatus.ABSENT: "✗ "}.get(entry.status, "")
        text = f"{mark}{name}" + (f" — {about}" if about else "")
        if entry.status is AttendanceStatus.PRESENT:
            text += "  " + self.tr("here since %1").replace("%1", _time_of(entry.checked_in_at))
        elif entry.status is AttendanceStatus.ABSENT:
            text += "  " + self.tr("absent")
        due = stipend_due(person)
        if due:
            text += "  " + self.tr("stipend %1 to hand out").replace("%1", f"{due:.2f}")
        return text

    # ------------------------------------------------------------ actions
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys in the search box move the highlight, so hands never leave the keyboard."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}
            row = min(max(self.list.currentRow() + step[event.key()], 0), self.list.count() - 1)
            self.list.setCurrentRow(row)
            return True
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and event.matches(QKeySequence.StandardKey.Undo) and not self.search.text():
            self._undo.undo()  # an empty box has nothing of its own to undo
            return True
        return super().eventFilter(watched, event)

    def _on_enter(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        target = item.data(ID_ROLE)
        if target == WALK_IN:
            name, session_id = self.search.text().strip(), self.session_id
            ops.run(self, self.workspace, lambda db: att.add_walk_in(db, session_id, name), undo_stack=self._undo,
                    text=self.tr("Add walk-in %1").replace("%1", name))
        else:
            entry = next(e for e in self._entries if e.participant.id == target)
            name = entry.participant.display_name
            if entry.status is AttendanceStatus.PRESENT:
                self.last.setText(self.tr("%1 was already checked in at %2.").replace("%1", name)
                                  .replace("%2", _time_of(entry.checked_in_at)))
            else:
                self._set_status(target, AttendanceStatus.PRESENT, self.tr("Check in %1").replace("%1", name))
                due = stipend_due(entry.participant)
                self.last.setText(
                    self.tr("Checked in %1. Ctrl+Z takes it back.").replace("%1", name) if not due else
                    self.tr("Checked in %1: hand them their stipend of %2, then Ctrl+Shift+S.").replace(
                        "%1", name).replace("%2", f"{due:.2f}"))
        self.search.clear()
        self.search.setFocus()

    def _hand_out_stipend(self) -> None:
        item = self.list.currentItem()
        if item is None or item.data(ID_ROLE) == WALK_IN:
            return
        entry = next(e for e in self._entries if e.participant.id == item.data(ID_ROLE))
        if stipend_due(entry.participant):
            name, participant_id = entry.participant.display_name, entry.participant.id
            ops.run(self, self.workspace, lambda db: roster.hand_out_stipend(db, participant_id), undo_stack=self._undo,
                    text=self.tr("Stipend handed out to %1").replace("%1", name))
            self.last.setText(self.tr("Stipend handed out to %1.").replace("%1", name))
        self.search.setFocus()

    def _set_current(self, status: AttendanceStatus) -> None:
        item = self.list.currentItem()
        if item is None or item.data(ID_ROLE) == WALK_IN:
            return
        self._set_status(item.data(ID_ROLE), status, self.tr("Change attendance"))
        self.search.setFocus()

    def _set_status(self, participant_id: str, status: AttendanceStatus, text: str) -> None:
        session_id = self.session_id
        ops.run(self, self.workspace, lambda db: att.set_status(db, session_id, [participant_id], status),
                undo_stack=self._undo, text=text)
