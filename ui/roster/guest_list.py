"""Who a session is for, chosen on screen: everyone (or the session's audience), or the people
ticked here. A community conversation invites one stakeholder group per session, and the
invitations, confirmations and reminders of the communication schedule go to this list.
Save commits the choice; Ctrl+Z takes it back."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.ops import agenda as series_store
from facilitator.ops import invitations, roster
from facilitator.ops.changes import INVITATIONS, ROSTER
from facilitator.plan.model import Role
from ui import ops, registry
from ui.session_windows import SessionWindows

ID_ROLE = Qt.ItemDataRole.UserRole
PERSPECTIVE_ROLE = Qt.ItemDataRole.UserRole + 1


class GuestListWindow(QWidget):
    def __init__(self, workspace, series_id: str, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.series_id, self.session_id = workspace, series_id, session_id
        self.undo_stack = QUndoStack(self)
        session = series_store.get_session(workspace.db, session_id, with_blocks=False)
        title = QLabel(self.tr("Who is Session %1: %2 for?").replace("%1", str(session.number))
                       .replace("%2", session.title))
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        rule = QLabel(self.tr("The communication schedule writes to these people: the people ticked "
                              "here, else those whose perspective matches the session's audience, "
                              "else everyone on the roster."))
        rule.setWordWrap(True)
        self.everyone = QRadioButton(self.tr("&Everyone (or the session's audience)"))
        self.ticked_only = QRadioButton(self.tr("&Only the people ticked below"))
        choice = QButtonGroup(self)
        for button in (self.everyone, self.ticked_only):
            choice.addButton(button)
        self.perspective = QComboBox()
        self.perspective.setAccessibleName(self.tr("Perspective to tick"))
        tick = QPushButton(self.tr("&Tick this perspective"))
        tick.clicked.connect(self.tick_perspective)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People on the roster"))
        self.people.itemChanged.connect(self._on_ticked)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        save = QPushButton(self.tr("&Save"))
        save.setDefault(True)
        save.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)

        perspective_row = QHBoxLayout()
        perspective_row.addWidget(self.perspective, 1)
        perspective_row.addWidget(tick)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(save)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        for widget in (title, rule, self.everyone, self.ticked_only):
            layout.addWidget(widget)
        layout.addLayout(perspective_row)
        layout.addWidget(self.people, 1)
        layout.addLayout(buttons)
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save), (QKeySequence.StandardKey.Undo,
                                                                         self.undo_stack.undo),
                           (QKeySequence.StandardKey.Redo, self.undo_stack.redo)):
            QShortcut(QKeySequence(keys), self, slot)
        ops.watch(workspace, self, self.refresh, INVITATIONS, ROSTER, series_id=series_id)
        self.refresh()

    def refresh(self) -> None:
        """The roster with the guest list ticked, as the file holds it now."""
        db = self.workspace.db
        people = [p for p in roster.list_participants(db, self.series_id) if p.role is Role.PARTICIPANT]
        chosen = bool(invitations.chosen_ids(db, self.session_id))
        guests = {p.id for p in invitations.invited(db, self.session_id)}
        (self.ticked_only if chosen else self.everyone).setChecked(True)
        self.people.blockSignals(True)
        self.people.clear()
        for person in people:
            label = f"{person.name} — {person.perspective}" if person.perspective else person.name
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, person.id)
            item.setData(PERSPECTIVE_ROLE, person.perspective.casefold().strip())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in guests else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.people.blockSignals(False)
        current = self.perspective.currentText()
        self.perspective.clear()
        self.perspective.addItems(sorted({p.perspective for p in people if p.perspective.strip()}, key=str.casefold))
        if current:
            self.perspective.setCurrentText(current)
        self._show_count()

    def ticked(self) -> list[str]:
        return [self.people.item(i).data(ID_ROLE) for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.CheckState.Checked]

    def tick_perspective(self) -> None:
        wanted = self.perspective.currentText().casefold().strip()
        for i in range(self.people.count()):
            item = self.people.item(i)
            if wanted and item.data(PERSPECTIVE_ROLE) == wanted:
                item.setCheckState(Qt.CheckState.Checked)

    def _on_ticked(self, _item: QListWidgetItem) -> None:
        self.ticked_only.setChecked(True)  # ticking someone means choosing by hand
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n ticked", "", len(self.ticked())))

    def save(self) -> None:
        everyone, ids = self.everyone.isChecked(), self.ticked()
        ops.run(self, self.workspace, lambda db: invitations.choose(db, self.session_id, everyone=everyone,
                                                                    participant_ids=ids),
                undo_stack=self.undo_stack, text=self.tr("Set the guest list"))


_open: SessionWindows[GuestListWindow] = SessionWindows()


def open_guest_list(workspace, series_id: str, session_id: str) -> GuestListWindow:
    def make() -> GuestListWindow:
        # A window of its own, not a child of whichever window is active: closing that one
        # (the live view, say) must not take the guest list with it.
        window = GuestListWindow(workspace, series_id, session_id)
        window.setWindowTitle(QApplication.translate("Screens", "Guest list"))
        window.resize(640, 600)
        return window

    window = _open.show(session_id, make)
    window.people.setFocus()
    return window


registry.add_session_action("guests", QT_TRANSLATE_NOOP("Screens", "G&uest list"), open_guest_list, order=21,
                            tooltip=QT_TRANSLATE_NOOP("Screens", "Who this session is for: who the messages go to"))
