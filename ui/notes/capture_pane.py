"""The capture pane: one box a note-taker types into for a whole session.

Enter saves, Shift+Enter starts a new line, a leading ``/q``-style shortcut picks the kind.
A keystroke only restarts a timer and re-reads the shortcut; the database is touched by the
draft save and by Enter, which commits before the box is cleared. The draft is saved once typing
pauses, and at least every ``DRAFT_MAX_WAIT_MS`` while it goes on (a fast note-taker typing through
a long quote never pauses), and when the box loses focus: a crash costs at most half a second.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.clock import Clock, MonotonicClock
from facilitator.live import LiveSession, NoteStamp, note_stamp, note_stamp_now
from facilitator.live.text import clock_text
from facilitator.notes import CAPTURE_KINDS, Note, NoteKind, parse_capture, shortcut_of
from facilitator.ops import agenda as series_store
from facilitator.ops import groups as group_ops
from facilitator.ops import notes as note_store
from facilitator.ops import roster as roster_store
from facilitator.ops.changes import NOTES
from ui import ops
from ui.notes.keys import OwnKeys
from ui.notes.note_delegate import NoteDelegate

DRAFT_DELAY_MS = 300  # a pause in typing this long saves the draft...
DRAFT_MAX_WAIT_MS = 400  # ...and typing that never pauses saves it this often (half a second, less
# room for a busy laptop's timer firing late)
RECENT = 30


def format_offset(seconds: float | None) -> str:
    """"7:05" into the session (minutes:seconds, as the live timer reads), or nothing when unknown."""
    if seconds is None or seconds < 0:
        return ""
    return clock_text(seconds)


def kind_label(kind: NoteKind) -> str:
    return QCoreApplication.translate("NoteKind", kind.label)


class CaptureEdit(QPlainTextEdit):
    """Enter submits; Shift+Enter (or Ctrl+Enter) inserts a line break."""

    submitted = Signal()
    left = Signal()  # focus went elsewhere (Esc in the live view, a click): keep the text as a draft

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().focusOutEvent(event)
        self.left.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier):
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        super().keyPressEvent(event)


class CapturePane(QWidget):
    """Standalone, or docked in live mode with the live view's runner (``live``): a note is then
    filed under the block in progress. Either way its time comes from ``facilitator.live.note_stamp``,
    the session clock. ``current_group`` is asked at the moment a note is saved."""

    saved = Signal(str)  # note id, after commit

    def __init__(self, workspace, series_id: str, session_id: str, *,
                 live: LiveSession | None = None,
                 current_group: Callable[[], str | None] | None = None,
                 clock: Clock | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.db = workspace.db
        self.series_id = series_id
        self.session_id = session_id
        self.live = live
        self.current_group = current_group
        self.clock = clock or MonotonicClock()
        self.undo_stack = QUndoStack(self)
        self._session = series_store.get_session(self.db, session_id, with_blocks=True)
        self._typed_kind = NoteKind.NOTE
        self._build()
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._draft_deadline = QTimer(self)
        self._draft_deadline.setSingleShot(True)
        self._draft_deadline.setInterval(DRAFT_MAX_WAIT_MS)
        self._draft_deadline.timeout.connect(self.save_draft)
        self.box.installEventFilter(self)
        self.box.textChanged.connect(self._on_text_changed)
        self.box.submitted.connect(self.submit)
        self.box.left.connect(lambda: self._draft_timer.isActive() and self.save_draft())
        self._restore_draft()
        self._pull_recent()
        if live is not None:
            self.show_block(self._stamp().block_id)
        ops.watch(workspace, self, self._pull_recent, NOTES, session_id=session_id)

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # One field a line: narrow enough for a pane docked beside the live timer on a laptop.
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_box = QComboBox()
        for kind in CAPTURE_KINDS:
            self.kind_box.addItem(f"{kind_label(kind)}  {shortcut_of(kind)}", kind.value)
        self.kind_box.setAccessibleName(self.tr("Kind of the next note"))
        self.kind_box.setToolTip(self.tr("The kind used when the text has no shortcut (Alt+K)"))
        kind_label_widget = QLabel(self.tr("&Kind"))
        kind_label_widget.setBuddy(self.kind_box)
        top.addRow(kind_label_widget, self.kind_box)

        self.block_box = QComboBox()
        self.block_box.setAccessibleName(self.tr("Agenda block"))
        if self.live is None:
            self.block_box.addItem(self.tr("(no block)"), None)
            for block in self._session.blocks:
                self.block_box.addItem(block.title, block.id)
                for child in block.children:
                    self.block_box.addItem("    " + child.title, child.id)
            block_label = QLabel(self.tr("&Block"))
            block_label.setBuddy(self.block_box)
            top.addRow(block_label, self.block_box)
        else:
            self.block_now = QLabel()
            self.block_now.setTextFormat(Qt.TextFormat.PlainText)
            self.block_now.setAccessibleName(self.tr("Agenda block the next note is filed under"))
            self.block_now.setWordWrap(True)
            top.insertRow(0, self.block_now)
        self.group_box = QComboBox()
        self.group_box.setEditable(True)
        self.group_box.setAccessibleName(self.tr("Breakout group"))
        self.group_box.lineEdit().setAccessibleName(self.tr("Breakout group"))
        self.group_box.lineEdit().setPlaceholderText(self.tr("whole room"))
        self.group_box.setMinimumContentsLength(10)
        if self.current_group is None:
            group_label = QLabel(self.tr("&Group"))
            group_label.setBuddy(self.group_box)
            top.addRow(group_label, self.group_box)
            self._pull_groups(None if self.live is None else self._stamp().block_id)

        self.taker_box = QComboBox()
        self.taker_box.setEditable(True)
        self.taker_box.setAccessibleName(self.tr("Note-taker"))
        self.taker_box.lineEdit().setAccessibleName(self.tr("Note-taker"))
        self.taker_box.addItem("", None)
        for person in roster_store.list_participants(self.db, self.series_id):
            if person.role.value in ("note_taker", "facilitator"):
                self.taker_box.addItem(person.display_name, person.id)
        taker_label = QLabel(self.tr("&Note-taker"))
        taker_label.setBuddy(self.taker_box)
        top.addRow(taker_label, self.taker_box)
        self.perspective_box = QComboBox()
        self.perspective_box.setEditable(True)
        self.perspective_box.setAccessibleName(self.tr("Perspective of a quote"))
        self.perspective_box.lineEdit().setAccessibleName(self.tr("Perspective of a quote"))
        self.perspective_box.setToolTip(self.tr("Quotes keep a perspective at most, never a name"))
        self.perspective_box.addItem("")
        for label in note_store.quote_perspectives(self.db, self.series_id):
            self.perspective_box.addItem(label)
        perspective_label = QLabel(self.tr("&Perspective (quotes)"))
        perspective_label.setBuddy(self.perspective_box)
        top.addRow(perspective_label, self.perspective_box)
        layout.addLayout(top)

        self.box = CaptureEdit()
        self.box.setAccessibleName(self.tr("Note"))
        self.box.setPlaceholderText(self.tr("Type a note and press Enter"))
        self.box.setTabChangesFocus(True)
        self.box.setFixedHeight(self.box.fontMetrics().lineSpacing() * 4 + 16)
        layout.addWidget(self.box)

        status = QHBoxLayout()
        self.kind_now = QLabel()
        self.kind_now.setAccessibleName(self.tr("Kind this note will be saved as"))
        self.kind_now.setStyleSheet("font-weight: bold")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        status.addWidget(self.kind_now)
        status.addStretch(1)
        status.addWidget(self.status)
        layout.addLayout(status)
        self.hint = QLabel(self._hint_text())
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet("color: palette(placeholder-text)")
        layout.addWidget(self.hint)

        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent notes"))
        self.recent.setWordWrap(True)
        self.recent.setAlternatingRowColors(True)
        self.recent.setItemDelegate(NoteDelegate(self.recent))
        self.recent.itemActivated.connect(lambda _item: self.edit_selected())
        layout.addWidget(self.recent, 1)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected note"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected note"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last change to notes"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        for button in (self.edit_button, self.delete_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self._list_keys = OwnKeys(self.recent, {
            QKeySequence(Qt.Key.Key_F2): self.edit_selected,
            QKeySequence(QKeySequence.StandardKey.Delete): self.delete_selected,
            QKeySequence(QKeySequence.StandardKey.Undo): self.undo_stack.undo,
            QKeySequence(QKeySequence.StandardKey.Redo): self.undo_stack.redo,
        })
        focus_kind = QAction(self)
        focus_kind.setShortcut(QKeySequence("Alt+K"))
        focus_kind.triggered.connect(self.kind_box.setFocus)
        self.addAction(focus_kind)
        self._show_kind(NoteKind.NOTE)
        self.kind_box.currentIndexChanged.connect(lambda _i: self._on_text_changed(save=False))

    def _hint_text(self) -> str:
        # No line break inside "/q quote": word joiners and no-break spaces hold each pair together.
        shortcuts = " · ".join("\u2060".join(shortcut_of(k)) + "\u00a0" + kind_label(k).lower().replace(" ", "\u00a0")
                               for k in CAPTURE_KINDS)
        return self.tr("Enter saves · Shift+Enter new line · start with a shortcut to pick the kind: ") + shortcuts

    # ------------------------------------------------------------ typing

    def default_kind(self) -> NoteKind:
        return NoteKind(self.kind_box.currentData())

    def _on_text_changed(self, save: bool = True) -> None:
        kind, _ = parse_capture(self.box.toPlainText()[:16], self.default_kind())
        if kind is not self._typed_kind:
            self._show_kind(kind)
        if save:
            self._draft_timer.start()
            if not self._draft_deadline.isActive():
                self._draft_deadline.start()

    def _show_kind(self, kind: NoteKind) -> None:
        self._typed_kind = kind
        self.kind_now.setText(self.tr("Saves as: {kind}").format(kind=kind_label(kind)))

    def _cancel_draft_save(self) -> None:
        self._draft_timer.stop()
        self._draft_deadline.stop()

    def save_draft(self) -> None:
        self._cancel_draft_save()
        session_id, text = self.session_id, self.box.toPlainText()
        ops.run(self, self.workspace, lambda db: note_store.save_draft(db, session_id, text))

    def _restore_draft(self) -> None:
        draft = note_store.load_draft(self.db, self.session_id)
        if draft:
            self.box.blockSignals(True)
            self.box.setPlainText(draft)
            self.box.blockSignals(False)
            self.box.moveCursor(self.box.textCursor().MoveOperation.End)
            self._on_text_changed(save=False)
            self.status.setText(self.tr("Unsaved text from last time is back in the box"))

    def show_block(self, block_id: str | None) -> None:
        """Docked in live mode: say which block the next note goes under (the runner tells us),
        and offer that block's breakout groups; a block without groups is the whole room."""
        self._session = series_store.get_session(self.db, self.session_id)  # the agenda may have been edited
        titles = {b.id: b.title for top in self._session.blocks for b in (top, *top.children)}
        title = titles.get(block_id or "", "")
        self.block_now.setText(self.tr("Filed under: {block}").format(block=title) if title
                               else self.tr("Not filed under a block (the session is not running)"))
        if self.current_group is None:
            self._pull_groups(block_id)

    def _pull_groups(self, block_id: str | None) -> None:
        """Group labels of the breakout round run in this block, or of every round of the session."""
        rounds = group_ops.list_rounds(self.db, self.session_id)
        if block_id is not None:
            rounds = [r for r in rounds if r.block_id == block_id]
        labels = list(dict.fromkeys(g.label for r in rounds for g in r.groups if g.label))
        typed = self.group_box.currentText()
        self.group_box.blockSignals(True)
        self.group_box.clear()
        self.group_box.addItem("")
        self.group_box.addItems(labels)
        keep = typed if (typed in labels or (block_id is None and self.live is None)) else ""
        self.group_box.setEditText(keep)
        self.group_box.blockSignals(False)

    # ------------------------------------------------------------ saving

    def _stamp(self) -> NoteStamp:
        if self.live is not None:
            return note_stamp(self.live)
        return note_stamp_now(self.db, self.session_id, self.clock)

    def _block_id(self, stamp: NoteStamp) -> str | None:
        """Docked: the block in progress. Standalone: the block picked, else the one running."""
        if self.live is not None:
            return stamp.block_id
        return self.block_box.currentData() or stamp.block_id

    def _group(self) -> str:
        if self.current_group is not None:
            return self.current_group() or ""
        return self.group_box.currentText()

    def _taker(self) -> tuple[str | None, str]:
        text = self.taker_box.currentText().strip()
        index = self.taker_box.findText(text)
        return (self.taker_box.itemData(index) if index >= 0 else None), text

    def submit(self) -> Note | None:
        kind, text = parse_capture(self.box.toPlainText(), self.default_kind())
        if not text:
            return None
        taker_id, taker = self._taker()
        perspective = self.perspective_box.currentText() if kind is NoteKind.QUOTE else ""
        self._cancel_draft_save()
        stamp = self._stamp()
        session_id, fields = self.session_id, dict(
            kind=kind, block_id=self._block_id(stamp), group_label=self._group(), perspective=perspective,
            offset_seconds=stamp.offset_seconds, taker_id=taker_id, taker=taker, clear_draft=True)
        outcome = ops.run(self, self.workspace, lambda db: note_store.save_note(db, session_id, text=text, **fields))
        if outcome is None:
            return None
        note, filed = outcome.value
        self.box.blockSignals(True)
        self.box.clear()
        self.box.blockSignals(False)
        self._show_kind(self.default_kind())
        if filed and filed["created"]:
            self.status.setText(self.tr("Saved as a new theme card: {title}").format(title=filed["theme"]["title"]))
        elif filed:
            self.status.setText(self.tr("Saved on the theme: {title}").format(title=filed["theme"]["title"]))
        else:
            self.status.setText(self.tr("Saved: {kind}").format(kind=kind_label(kind)))
        self.saved.emit(note.id)
        return note

    # ------------------------------------------------------------ recent notes

    def _pull_recent(self) -> None:
        selected = self.selected_note_id()
        self.recent.clear()
        for note in note_store.recent_notes(self.db, self.session_id, limit=RECENT):
            when = format_offset(note.offset_seconds)
            head = "  ·  ".join(x for x in (kind_label(note.kind), when, note.block_title, note.group_label) if x)
            if note.kind is NoteKind.QUOTE and note.perspective:
                head += f"  [{note.perspective}]"
            if note.action_owner or note.action_due:  # who follows an action up, and by when
                head += "  → " + "  ·  ".join(x for x in (note.action_owner, note.action_due) if x)
            item = QListWidgetItem(f"{head}\n{note.text}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.recent.addItem(item)
            if note.id == selected:
                self.recent.setCurrentItem(item)

    def selected_note_id(self) -> str | None:
        item = self.recent.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def edit_selected(self) -> None:
        note_id = self.selected_note_id()
        if note_id is None:
            return
        note = note_store.get_note(self.db, note_id)
        prefix = shortcut_of(note.kind)
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Edit note"), self.tr("Text (a leading shortcut changes the kind):"),
            f"{prefix} {note.text}" if prefix else note.text)
        if not ok:
            return
        kind, text = parse_capture(text, note.kind)
        changes = {k: v for k, v in (("text", text), ("kind", kind.value)) if v != getattr(note, k) and
                   not (k == "kind" and v == note.kind.value)}
        if changes:
            ops.run(self, self.workspace, lambda db: note_store.update_note(db, note_id, **changes),
                    undo_stack=self.undo_stack, text=self.tr("Edit note"))

    def delete_selected(self) -> None:
        note_id = self.selected_note_id()
        if note_id is None:
            return
        row = self.recent.currentRow()
        ops.run(self, self.workspace, lambda db: note_store.delete_note(db, note_id), undo_stack=self.undo_stack,
                text=self.tr("Delete note"))
        self.recent.setCurrentRow(min(row, self.recent.count() - 1))
        self.status.setText(self.tr("Note deleted (Ctrl+Z brings it back)"))

    # ------------------------------------------------------------ lifecycle

    def event(self, e) -> bool:  # noqa: N802 (Qt naming)
        if e.type() in (QEvent.Type.Hide, QEvent.Type.Close) and self._draft_timer.isActive():
            self.save_draft()
        return super().event(e)

    def eventFilter(self, watched, e) -> bool:  # noqa: N802 (Qt naming)
        if watched is self.box and e.type() == QEvent.Type.FocusOut and self._draft_timer.isActive():
            self.save_draft()
        return super().eventFilter(watched, e)

