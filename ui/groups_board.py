"""The breakout board: one column per group, people dragged between groups, locks, re-runs
and shuffles, with each group's quality badges.

Every change goes through a core function that saves at once; the board then redraws from
what was saved. Solving runs off the UI thread with a progress bar and a Stop button that
keeps the best plan found so far.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPen, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.groups import assign
from facilitator.groups.find_your_group import Page, find_your_group_pages
from facilitator.groups.quality import GroupQuality, RoundReport
from facilitator.groups.rounds import BreakoutRound
from facilitator.ops import agenda as series_store
from facilitator.ops import groups as store
from facilitator.ops import seating
from facilitator.ops.changes import AGENDA, ATTENDANCE, GROUPS, ROSTER
from facilitator.ops.roster import list_participants
from facilitator.plan.model import Role
from facilitator.seating.room import round_tables
from ui import ops
from ui.errors import show_error
from ui.group_rules import GroupRulesDialog
from ui.layout import flow_of
from ui.workspace import Workspace

PARTICIPANT_MIME = "application/x-facilitator-participant"
UNPLACED = ""


@dataclass(frozen=True)
class _Mode:
    label: str
    size: int | None
    count_is_size: bool | None  # None: fixed size, True: spin = size, False: spin = number of groups


class GroupList(QListWidget):
    """A group's members; people dragged here are moved by the board, not by Qt."""

    dropped = Signal(str, str, int)  # participant id, group id ("" = not placed), row

    def __init__(self, group_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.group_id = group_id
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(2)

    def mimeTypes(self) -> list[str]:
        return [PARTICIPANT_MIME]

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(PARTICIPANT_MIME, QByteArray(items[0].data(Qt.UserRole).encode()))
        return data

    def supportedDropActions(self):
        return Qt.MoveAction

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(PARTICIPANT_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        if not event.mimeData().hasFormat(PARTICIPANT_MIME):
            event.ignore()
            return
        pid = bytes(event.mimeData().data(PARTICIPANT_MIME)).decode()
        target = self.itemAt(event.position().toPoint())
        row = self.row(target) if target is not None else self.count()
        event.setDropAction(Qt.CopyAction)  # the board redraws; Qt must not remove the source item itself
        event.accept()
        self.dropped.emit(pid, self.group_id, row)


class GroupColumn(QFrame):
    def __init__(self, title: str, group_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.setMinimumWidth(190)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel(title)
        self.title.setTextFormat(Qt.PlainText)
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.badges = QLabel()
        self.badges.setTextFormat(Qt.PlainText)
        self.badges.setWordWrap(True)
        self.list = GroupList(group_id)
        self.list.setAccessibleName(title)
        layout.addWidget(self.title)
        layout.addWidget(self.badges)
        layout.addWidget(self.list, 1)

    def show_quality(self, quality: GroupQuality) -> None:
        parts = [self.tr("1 perspective") if quality.perspectives == 1
                 else self.tr("{0} perspectives").format(quality.perspectives)]
        worry = False
        if quality.repeat_pairs:
            parts.append(self.tr("{0} met before").format(quality.repeat_pairs))
            worry = True
        if quality.same_org_pairs:
            parts.append(self.tr("same organisation"))
            worry = True
        if quality.absent:
            parts.append(self.tr("{0} not here").format(quality.absent))
            worry = True
        self.badges.setText(" · ".join(parts))
        colour = "#fde8c8" if worry else "#dff0d8"
        self.badges.setStyleSheet(f"background: {colour}; color: #222; border-radius: 4px; padding: 2px 4px;")
        self.badges.setAccessibleName(self.badges.text())


def _lock_icon() -> QIcon:
    """A small padlock drawn in code, so it renders without an icon theme."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setPen(QPen(QColor("#7a4b00"), 1.6))
    painter.drawArc(4, 1, 8, 9, 0, 180 * 16)
    painter.drawLine(4, 5, 4, 7)
    painter.drawLine(12, 5, 12, 7)
    painter.setBrush(QColor("#d99a1e"))
    painter.drawRoundedRect(2, 7, 12, 8, 2, 2)
    painter.end()
    return QIcon(pixmap)


class GroupsBoard(QWidget):
    """Breakout rounds of one session, as columns of people."""

    findYourGroupRequested = Signal(list)  # list[Page], for the presenter screen

    def __init__(self, workspace: Workspace, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.session_id = session_id
        self.undo_stack = QUndoStack(self)
        self._round: BreakoutRound | None = None
        self._report: RoundReport | None = None
        self._columns: list[GroupColumn] = []
        self._stop = threading.Event()
        self._task: asyncio.Future | None = None
        self._search_note: tuple[str, str] | None = None
        """(round id, what the last search said about it), until someone moves a person by hand."""
        self._modes = [_Mode(self.tr("Pairs"), 2, None), _Mode(self.tr("Triads"), 3, None),
                       _Mode(self.tr("Groups of"), None, True), _Mode(self.tr("Number of groups"), None, False)]
        self._build()
        ops.watch(workspace, self, self.refresh, GROUPS, ROSTER, ATTENDANCE, AGENDA, session_id=session_id)
        self.refresh()

    # ------------------------------------------------------------ layout

    def _button(self, text: str, shortcut: str, slot, name: str) -> QPushButton:
        button = QPushButton(text)
        action = QAction(text, self)
        self._shortcut_actions[button] = action
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: button.isEnabled() and button.isVisible() and slot())
        self.addAction(action)
        button.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.NativeText)})")
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self._shortcut_actions: dict[QPushButton, QAction] = {}
        outer = QVBoxLayout(self)
        self.round_combo = QComboBox()
        self.round_combo.setAccessibleName(self.tr("Breakout round"))
        self.round_combo.setMinimumWidth(260)
        self.round_combo.currentIndexChanged.connect(self._on_round_chosen)
        round_label = QLabel(self.tr("&Round:"))
        round_label.setBuddy(self.round_combo)
        self.mode_combo = QComboBox()
        self.mode_combo.setAccessibleName(self.tr("Grouping mode"))
        for mode in self._modes:
            self.mode_combo.addItem(mode.label)
        self.mode_combo.setCurrentIndex(2)
        self.mode_combo.currentIndexChanged.connect(self._on_mode_changed)
        self.count_spin = QSpinBox()
        self.count_spin.setRange(2, 40)
        self.count_spin.setValue(4)
        self.count_spin.setAccessibleName(self.tr("Group size or number of groups"))
        self.rounds_spin = QSpinBox()
        self.rounds_spin.setRange(1, 20)
        self.rounds_spin.setPrefix(self.tr("rounds: "))
        self.rounds_spin.setAccessibleName(self.tr("Rounds to plan ahead"))
        self.seconds_spin = QSpinBox()
        self.seconds_spin.setRange(1, 300)
        self.seconds_spin.setValue(5)
        self.seconds_spin.setSuffix(self.tr(" s search"))
        self.seconds_spin.setAccessibleName(self.tr("Search time in seconds"))
        self.new_button = self._button(self.tr("Make groups"), "Ctrl+N", self.make_groups, self.tr("Make groups"))
        outer.addWidget(flow_of(round_label, self.round_combo, self.mode_combo, self.count_spin, self.rounds_spin,
                                self.seconds_spin, self.new_button))

        self.lock_button = self._button(self.tr("Lock / unlock"), "Ctrl+L", self.toggle_lock,
                                        self.tr("Lock the selected person in their group"))
        self.rerun_button = self._button(self.tr("Re-run for the rest"), "Ctrl+R", self.rerun,
                                         self.tr("Re-run for everyone not locked"))
        self.shuffle_button = self._button(self.tr("Shuffle"), "Ctrl+Shift+R", self.shuffle, self.tr("Shuffle"))
        self.block_combo = QComboBox()
        self.block_combo.setAccessibleName(self.tr("Agenda block this round belongs to"))
        self.block_combo.activated.connect(self._on_block_chosen)
        block_label = QLabel(self.tr("Saved to &block:"))
        block_label.setBuddy(self.block_combo)
        self.seat_button = self._button(self.tr("Seat at tables"), "Ctrl+T", self.seat_at_tables,
                                        self.tr("Seat each group at its own table"))
        self.rules_button = self._button(self.tr("Rules…"), "Ctrl+Shift+K", self.edit_rules,
                                         self.tr("Keep people apart or together"))
        self.pages_button = self._button(self.tr("Find your group"), "Ctrl+P", self._on_pages,
                                         self.tr("Show find-your-group pages on the presenter screen"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Search progress"))
        self.progress.setFormat(self.tr("searching… %p%"))
        self.progress.hide()
        self.stop_button = self._button(self.tr("Stop"), "Esc", self.stop, self.tr("Stop and keep the best so far"))
        self.stop_button.hide()
        # Esc stops a search while one runs; otherwise it is free to close the window.
        self._stop_action = self._shortcut_actions[self.stop_button]
        self._stop_action.setEnabled(False)
        outer.addWidget(flow_of(self.lock_button, self.rerun_button, self.shuffle_button, block_label,
                                self.block_combo, self.seat_button, self.rules_button, self.pages_button,
                                self.progress, self.stop_button))

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Round quality"))
        outer.addWidget(self.summary)

        self._columns_host = QWidget()
        self._columns_layout = QHBoxLayout(self._columns_host)
        self._columns_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Groups of this round"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._columns_host)
        outer.addWidget(scroll, 1)

        for shortcut, step in (("Ctrl+Right", 1), ("Ctrl+Left", -1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=step: self.move_selected(s))
            self.addAction(action)
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.Redo)
        for action in (undo, redo):
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            self.addAction(action)

    # ------------------------------------------------------------ reading

    @property
    def current_round(self) -> BreakoutRound | None:
        return self._round

    @property
    def columns(self) -> list[GroupColumn]:
        return list(self._columns)

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def refresh(self) -> None:
        if self.busy:
            return
        db = self.workspace.db
        rounds = store.list_rounds(db, self.session_id)
        wanted = self._round.id if self._round else (rounds[0].id if rounds else None)
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for r in rounds:
            self.round_combo.addItem(f"{r.title or self.tr('Round')} ({r.mode_label})", r.id)
        index = self.round_combo.findData(wanted)
        self.round_combo.setCurrentIndex(max(index, 0))
        self.round_combo.blockSignals(False)
        round_id = self.round_combo.currentData()
        self._round = store.get_round(db, round_id) if round_id else None
        self._report = assign.report_for(db, self._round) if self._round else None
        self._pull_blocks()
        self._pull_columns()
        for widget in (self.lock_button, self.rerun_button, self.shuffle_button, self.block_combo, self.seat_button,
                       self.pages_button):
            widget.setEnabled(self._round is not None)

    def _pull_blocks(self) -> None:
        self.block_combo.blockSignals(True)
        self.block_combo.clear()
        self.block_combo.addItem(self.tr("(no block)"), None)
        session = series_store.get_session(self.workspace.db, self.session_id)
        for block in session.blocks:
            for b in [block, *block.children]:
                if b.kind in assign.BREAKOUT_KINDS or b.id == (self._round.block_id if self._round else None):
                    self.block_combo.addItem(b.title, b.id)
        if self._round:
            self.block_combo.setCurrentIndex(max(0, self.block_combo.findData(self._round.block_id)))
        self.block_combo.blockSignals(False)

    def _pull_columns(self) -> None:
        selected = self.selected_person()
        for column in self._columns:
            column.setParent(None)
            column.deleteLater()
        self._columns = []
        while self._columns_layout.count():
            self._columns_layout.takeAt(0)
        if not self._round:
            self.summary.setText(self.tr("No breakout round for this session yet: choose a mode and press Make groups."))
            return
        report = self._report
        people = {p.id: p for p in list_participants(self.workspace.db, self._round.series_id)}
        for group, quality in zip(self._round.groups, report.groups):
            column = self._add_column(f"{group.label} ({len(group.members)})", group.id)
            column.show_quality(quality)
            for member in group.members:
                person = people.get(member.participant_id)
                role = self._role_text(person) if person else ""
                detail = " · ".join(x for x in (role, person.perspective if person else "",
                                                person.organization if person else "") if x)
                item = QListWidgetItem(f"{member.name}\n{detail}" if detail else member.name)
                item.setData(Qt.UserRole, member.participant_id)
                item.setData(Qt.AccessibleTextRole, member.name + (self.tr(", locked") if member.locked else ""))
                item.setToolTip(detail)
                if member.locked:
                    item.setIcon(_lock_icon())
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                column.list.addItem(item)
        if report.unplaced:
            column = self._add_column(self.tr("Not placed"), UNPLACED)
            names = {p.display_name: p.id for p in assign.present_people(self.workspace.db, self.session_id)}
            for name in report.unplaced:
                item = QListWidgetItem(name)
                item.setData(Qt.UserRole, names.get(name, ""))
                column.list.addItem(item)
        self._columns_layout.addStretch(1)
        self.summary.setText(self._summary_text(report))
        if selected:
            self.select_person(selected)

    def _role_text(self, person) -> str:
        return {Role.FACILITATOR: self.tr("facilitator"), Role.NOTE_TAKER: self.tr("note-taker"),
                Role.INTERPRETER: self.tr("interpreter")}.get(person.role, "")

    def _add_column(self, title: str, group_id: str) -> GroupColumn:
        column = GroupColumn(title, group_id)
        column.list.dropped.connect(self.move_person)
        self._columns_layout.addWidget(column)
        self._columns.append(column)
        return column

    def _summary_text(self, report: RoundReport) -> str:
        text = self.tr("Met before: {repeats} pairs · groups with a same-organisation pair: {orgs} · "
                       "perspectives per group: {low} to {mean:.1f} on average · broken rules: {hard}").format(
            repeats=report.repeat_pairs, orgs=report.same_org_groups, low=report.min_perspectives,
            mean=report.mean_perspectives, hard=report.hard_violations)
        if report.broken:
            text += "\n" + self.tr("Broken rules: {0}").format("; ".join(report.broken))
        for warning in report.warnings:
            text += "\n" + warning
        if self._search_note and self._round and self._search_note[0] == self._round.id:
            text += "\n" + self._search_note[1]
        return text

    def selected_person(self) -> str | None:
        for column in self._columns:
            for item in column.list.selectedItems():
                return item.data(Qt.UserRole)
        return None

    def select_person(self, participant_id: str) -> None:
        for column in self._columns:
            for row in range(column.list.count()):
                if column.list.item(row).data(Qt.UserRole) == participant_id:
                    column.list.setCurrentRow(row)
                    column.list.setFocus()
                    return

    def group_of(self, participant_id: str) -> int | None:
        if not self._round:
            return None
        return next((i for i, g in enumerate(self._round.groups) if participant_id in g.member_ids), None)

    # ------------------------------------------------------------ editing

    def _save(self, op, text: str | None = None) -> bool:
        """One edit through the runner (on the board's undo stack when it has a ``text``); this
        board redraws when the change reaches it."""
        return ops.run(self, self.workspace, op, undo_stack=self.undo_stack if text else None,
                       text=text or "") is not None

    def move_person(self, participant_id: str, group_id: str, row: int = -1) -> None:
        if not self._round or not participant_id or self.busy:
            return
        self._search_note = None
        name = next((m.name for g in self._round.groups for m in g.members if m.participant_id == participant_id),
                    "")
        round_id, group = self._round.id, None if group_id == UNPLACED else group_id
        self._save(lambda db: store.place(db, round_id, participant_id, group, None if row < 0 else row),
                   self.tr("Move {0}").format(name))
        self.select_person(participant_id)

    def move_selected(self, step: int) -> None:
        pid = self.selected_person()
        current = self.group_of(pid) if pid else None
        if pid is None or current is None:
            return
        target = current + step
        if 0 <= target < len(self._round.groups):
            self.move_person(pid, self._round.groups[target].id)

    def toggle_lock(self) -> None:
        pid = self.selected_person()
        if not self._round or pid is None or self.group_of(pid) is None:
            return
        member = next(m for g in self._round.groups for m in g.members if m.participant_id == pid)
        verb = self.tr("Unlock {0}") if member.locked else self.tr("Lock {0}")
        round_id, locked = self._round.id, not member.locked
        self._save(lambda db: store.set_locked(db, round_id, pid, locked), verb.format(member.name))
        self.select_person(pid)

    def _on_round_chosen(self, index: int) -> None:
        round_id = self.round_combo.itemData(index)
        self._round = store.get_round(self.workspace.db, round_id) if round_id else None
        self.refresh()

    def _on_mode_changed(self, index: int) -> None:
        self.count_spin.setEnabled(self._modes[index].count_is_size is not None)

    def _on_block_chosen(self, index: int) -> None:
        if self._round:
            round_id, block_id = self._round.id, self.block_combo.itemData(index)
            self._save(lambda db: store.set_round_block(db, round_id, block_id))

    def seat_at_tables(self) -> None:
        if self._round:
            round_id = self._round.id
            self._save(lambda db: seating.seat_round(db, round_id))

    def edit_rules(self) -> None:
        series_id = series_store.get_session(self.workspace.db, self.session_id, with_blocks=False).series_id
        GroupRulesDialog(self.workspace, series_id, self).exec()
        self.refresh()

    def pages(self) -> list[Page]:
        if not self._round:
            return []
        return find_your_group_pages(self._round, tables=round_tables(self.workspace.db, self._round))

    def _on_pages(self) -> None:
        self.findYourGroupRequested.emit(self.pages())

    # ------------------------------------------------------------ solving

    def make_groups(self) -> None:
        mode = self._modes[self.mode_combo.currentIndex()]
        size = mode.size if mode.count_is_size is None else (self.count_spin.value() if mode.count_is_size else None)
        groups = self.count_spin.value() if mode.count_is_size is False else None
        start = self._round.block_id if self._round else None
        rounds = self.rounds_spin.value()
        try:
            replaced = assign.rounds_to_replace(self.workspace.db, self.session_id, rounds, start_block=start,
                                                size=size, groups=groups)
        except FacilitatorError as error:
            show_error(self, error)
            return
        others = [r.title for r in replaced if not self._round or r.id != self._round.id]
        if others and QMessageBox.question(
                self, self.tr("Replace saved groups?"),
                self.tr("New groups will replace the ones saved for:\n{0}").format("\n".join(others)),
                QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel) != QMessageBox.Yes:
            return
        self._run(store.assign_groups, self.session_id, self.tr("Make groups"), size=size, groups=groups,
                  rounds=rounds, seed=0, start_block=start)

    def rerun(self) -> None:
        if self._round:
            self._run(store.rerun_round, self._round.id, self.tr("Re-run groups"))

    def shuffle(self) -> None:
        if self._round:
            self._run(store.shuffle_round, self._round.id, self.tr("Shuffle groups"))

    def stop(self) -> None:
        self._stop.set()

    def _run(self, fn, target: str, undo_text: str | None, **kwargs) -> None:
        if self.busy:
            return
        self._stop = threading.Event()
        self.progress.setValue(0)
        self.progress.show()
        self.stop_button.show()
        self._stop_action.setEnabled(True)
        for widget in (self.new_button, self.rerun_button, self.shuffle_button, self.lock_button):
            widget.setEnabled(False)
        time_limit, should_stop = float(self.seconds_spin.value()), self._stop.is_set

        def solve(db, progress):
            return fn(db, target, time_limit=time_limit, should_stop=should_stop, progress=progress, **kwargs)

        self._task = asyncio.ensure_future(self._solve(solve, undo_text))

    async def _solve(self, solve, undo_text: str | None) -> None:
        """The search runs on a worker through the runner, which puts the core's undo (the round
        as it was) on the board's stack; a refusal is shown by the runner."""
        outcome = await ops.run_off_ui(self, self.workspace, solve, progress=self._on_progress, after=self._solved,
                                       undo_stack=self.undo_stack if undo_text else None, text=undo_text or "")
        if outcome is None:
            self._solved(None)
            self.refresh()

    def _on_progress(self, fraction: float, repeats: int) -> None:
        self.progress.setValue(int(fraction * 100))
        self.progress.setFormat(self.tr("searching… %p% (met before: {0})").format(repeats))

    def _solved(self, outcome) -> None:
        """The search ended (or one of its groups was undone or redone): the board is free again,
        and shows the first round planned; runs before the views hear of the new groups."""
        self.progress.hide()
        self.stop_button.hide()
        self._stop_action.setEnabled(False)
        self.new_button.setEnabled(True)
        self._task = None
        result = outcome.value if outcome is not None else None
        if getattr(result, "rounds", None):  # a search finished (not an undo of one)
            self._round = result.rounds[0]
            note = (self.tr("Optimal: no plan can do better.") if result.optimal
                    else self.tr("Best found in {0:.1f} s.").format(result.seconds))
            self._search_note = (self._round.id, note)
