"""Running a fishbowl: the inner circle drawn as seats, the speaking queue, the current
speaker's timer and everyone's airtime, all driven from the keyboard.

Every action records one event through the core and redraws from the state it returns; a
QTimer only repaints the times the injected clock gives.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetricsF, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.clock import Clock, MonotonicClock
from facilitator.fishbowl.circle import FishbowlMode, FishbowlState
from facilitator.groups.find_your_group import Page, fishbowl_page
from facilitator.ops import agenda as series_store
from facilitator.ops import fishbowl as act
from facilitator.ops.changes import ATTENDANCE, FISHBOWL, ROSTER
from facilitator.ops.roster import list_participants
from facilitator.plan.model import Participant
from ui import ops
from ui.layout import flow_of
from ui.style import over_color
from ui.workspace import Workspace

REPAINT_MS = 250


def mmss(seconds: float) -> str:
    seconds = int(max(0, seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class SeatCircle(QWidget):
    """The inner circle: seats around a ring with their perspective and speaker."""

    seatClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumSize(420, 420)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setAccessibleName(self.tr("Inner circle"))
        self.seats: list[tuple[str, str, bool, bool]] = []  # label, name, empty chair, speaking
        self.selected = 0

    def set_seats(self, seats: list[tuple[str, str, bool, bool]], selected: int) -> None:
        self.seats, self.selected = seats, selected
        self.setAccessibleDescription("; ".join(f"{label}: {name or self.tr('open')}" for label, name, _, _ in seats))
        self.update()

    def _centres(self) -> list[tuple[QPointF, float]]:
        count = max(1, len(self.seats))
        side = min(self.width(), self.height())
        ring = side / 2 - side * 0.16
        card = min(side * 0.15, ring * math.sin(math.pi / count) * 0.86) if count > 1 else side * 0.2
        centre = QPointF(self.width() / 2, self.height() / 2)
        return [(centre + QPointF(ring * math.sin(2 * math.pi * i / count), -ring * math.cos(2 * math.pi * i / count)),
                 card) for i in range(len(self.seats))]

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        for i, ((label, name, empty, speaking), (centre, radius)) in enumerate(zip(self.seats, self._centres())):
            fill = QColor("#ffe7a3") if speaking else QColor("#eef3fb") if name else QColor("#ffffff")
            pen = QPen(QColor("#1f4e79") if i == self.selected else QColor("#8899aa"), 3 if i == self.selected else 1.5)
            if empty and not name:
                pen.setStyle(Qt.DashLine)
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawEllipse(centre, radius, radius)
            box = QRectF(centre.x() - radius * 0.95, centre.y() - radius * 0.8, radius * 1.9, radius * 1.6)
            small = QFont(self.font())
            small.setPointSizeF(max(7.0, radius / 7))
            painter.setFont(small)
            painter.setPen(QColor("#555555"))
            painter.drawText(box.adjusted(0, 0, 0, -box.height() * 0.5), Qt.AlignHCenter | Qt.AlignBottom | Qt.TextWordWrap,
                             label or self.tr("Seat {0}").format(i + 1))
            shown = name or (self.tr("empty chair") if empty else self.tr("open"))
            big = QFont(self.font())
            big.setBold(True)
            big.setPointSizeF(max(8.0, radius / 5.5))
            widest = max(shown.split(), key=len, default="")
            while big.pointSizeF() > 7 and QFontMetricsF(big).horizontalAdvance(widest) > radius * 1.6:
                big.setPointSizeF(big.pointSizeF() - 0.5)  # long names shrink to stay inside the seat
            painter.setFont(big)
            painter.setPen(QColor("#111111"))
            painter.drawText(box.adjusted(0, box.height() * 0.5, 0, 0), Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap,
                             shown)
        painter.end()

    def keyPressEvent(self, event) -> None:
        """Arrow keys walk round the circle (clockwise with Right or Down)."""
        step = {Qt.Key_Right: 1, Qt.Key_Down: 1, Qt.Key_Left: -1, Qt.Key_Up: -1}.get(event.key())
        if step is None or not self.seats:
            super().keyPressEvent(event)
            return
        self.selected = (self.selected + step) % len(self.seats)
        self.seatClicked.emit(self.selected)
        self.update()

    def mousePressEvent(self, event) -> None:
        for i, (centre, radius) in enumerate(self._centres()):
            if math.dist((centre.x(), centre.y()), (event.position().x(), event.position().y())) <= radius:
                self.selected = i
                self.seatClicked.emit(i)
                self.update()
                return


class FishbowlView(QWidget):
    """One session's fishbowl, run from the keyboard: Q queue, N next, S stop, I tap in, O tap out."""

    showPageRequested = Signal(object)  # a Page for the presenter screen

    def __init__(self, workspace: Workspace, session_id: str, clock: Clock | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.session_id = session_id
        self.clock = clock or MonotonicClock()
        self.fishbowl_id: str | None = None
        self.state: FishbowlState | None = None
        self._people: dict[str, Participant] = {}
        self._present: list[str] = []
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(REPAINT_MS)
        self._timer.timeout.connect(self._pull_times)
        self._timer.start()
        ops.watch(workspace, self, self.refresh, FISHBOWL, ROSTER, ATTENDANCE, session_id=session_id)
        self.refresh()

    # ------------------------------------------------------------ layout

    def _action(self, text: str, shortcut: str, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("Open (tap in and out)"), FishbowlMode.OPEN.value)
        self.mode_combo.addItem(self.tr("Closed (timed rotations)"), FishbowlMode.CLOSED.value)
        self.mode_combo.setAccessibleName(self.tr("Fishbowl kind"))
        self.seats_spin = QSpinBox()
        self.seats_spin.setRange(2, 16)
        plan = act.planned(self.workspace.db, self.session_id)
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(plan.mode.value)))
        self.seats_spin.setValue(plan.seats)
        self.seats_spin.setSuffix(self.tr(" seats"))
        self.seats_spin.setAccessibleName(self.tr("Seats in the inner circle"))
        self.empty_check = QCheckBox(self.tr("&Empty chair"))
        self.rotation_spin = QSpinBox()
        self.rotation_spin.setRange(1, 60)
        self.rotation_spin.setValue(10)
        self.rotation_spin.setSuffix(self.tr(" min per circle"))
        self.rotation_spin.setAccessibleName(self.tr("Minutes between rotations"))
        self.start_button = QPushButton(self.tr("New fishbowl"))
        self.start_button.clicked.connect(self.start)
        left.addWidget(flow_of(self.mode_combo, self.seats_spin, self.empty_check, self.rotation_spin,
                               self.start_button))
        self.circle = SeatCircle()
        self.circle.seatClicked.connect(lambda _: self._pull_circle())
        left.addWidget(self.circle, 1)
        self.rotation_label = QLabel()
        self.rotation_label.setTextFormat(Qt.PlainText)
        self.rotation_label.setWordWrap(True)
        left.addWidget(self.rotation_label)
        buttons = []
        self.actions_by_name = {}
        specs = [("queue", self.tr("Add to &queue"), "Q", self.add_to_queue),
                 ("next", self.tr("&Next speaker"), "N", self.next_speaker),
                 ("stop", self.tr("&Stop speaker"), "S", self.stop_speaking),
                 ("tap_in", self.tr("Tap &in to seat"), "I", self.tap_in),
                 ("tap_out", self.tr("Tap &out of seat"), "O", self.tap_out),
                 ("rotate", self.tr("&Rotate circle"), "R", self.rotate),
                 ("label", self.tr("Rename seat"), "F2", self.rename_seat),
                 ("empty", self.tr("Empty chair on/off"), "E", self.toggle_empty_chair),
                 ("present", self.tr("Show on &presenter"), "Ctrl+P", self._on_present),
                 ("undo", self.tr("&Undo last"), "Ctrl+Z", self.undo)]
        for n, (name, text, key, slot) in enumerate(specs):
            action = self._action(text.replace("&", ""), key, slot)
            self.actions_by_name[name] = action
            button = QPushButton(f"{text.replace('&', '')}  [{key}]")
            button.setAccessibleName(text.replace("&", ""))
            button.setFocusPolicy(Qt.TabFocus)
            button.clicked.connect(slot)
            buttons.append(button)
        left.addWidget(flow_of(*buttons))
        for digit in range(1, 10):
            self._action(self.tr("Select seat {0}").format(digit), str(digit),
                         lambda _=False, d=digit: self.select_seat(d - 1))
        outer.addLayout(left, 3)

        right = QVBoxLayout()
        self.speaker_label = QLabel()
        self.speaker_label.setTextFormat(Qt.PlainText)
        self.speaker_label.setWordWrap(True)
        self.speaker_label.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.speaker_label.setAccessibleName(self.tr("Current speaker"))
        right.addWidget(self.speaker_label)
        self.people_list = self._list(self.tr("People in the room (outer circle)"), right, 3)
        self.queue_list = self._list(self.tr("Waiting to speak"), right)
        self.airtime_list = self._list(self.tr("Airtime (not yet heard first)"), right, 3)
        outer.addLayout(right, 2)

    def _list(self, title: str, layout: QVBoxLayout, stretch: int = 1) -> QListWidget:
        label = QLabel(title)
        label.setStyleSheet("font-weight: bold;")
        widget = QListWidget()
        widget.setAccessibleName(title)
        label.setBuddy(widget)
        layout.addWidget(label)
        layout.addWidget(widget, stretch)
        return widget

    # ------------------------------------------------------------ reading

    def refresh(self) -> None:
        db = self.workspace.db
        series_id = series_store.get_session(db, self.session_id, with_blocks=False).series_id
        self._people = {p.id: p for p in list_participants(db, series_id)}
        self._present = act.speakers_present(db, self.session_id)
        bowl = act.current_fishbowl(db, self.session_id)
        self.fishbowl_id = bowl.id if bowl else None
        self.state = act.load_state(db, bowl.id) if bowl else None
        for action in self.actions_by_name.values():
            action.setEnabled(bowl is not None)
        self._pull_people()
        self._pull_circle()
        self._pull_times()

    def name(self, pid: str | None) -> str:
        return self._people[pid].display_name if pid in self._people else ""

    def _pull_people(self) -> None:
        current = self.people_list.currentItem().data(Qt.UserRole) if self.people_list.currentItem() else None
        self.people_list.clear()
        inside = set(self.state.inner_circle) if self.state else set()
        for pid in self._present:
            item = QListWidgetItem(self.name(pid) + (self.tr("  (in the circle)") if pid in inside else ""))
            item.setData(Qt.UserRole, pid)
            self.people_list.addItem(item)
            if pid == current:
                self.people_list.setCurrentItem(item)
        if self.people_list.currentRow() < 0 and self.people_list.count():
            self.people_list.setCurrentRow(0)
        self.queue_list.clear()
        for n, pid in enumerate(self.state.queue if self.state else [], start=1):
            self.queue_list.addItem(f"{n}. {self.name(pid)}")

    def _pull_circle(self) -> None:
        if not self.state:
            self.circle.set_seats([], 0)
            return
        seats = [(s.label, self.name(s.participant_id), s.empty_chair,
                  bool(s.participant_id) and s.participant_id == self.state.speaker) for s in self.state.seats]
        self.circle.set_seats(seats, min(self.circle.selected, len(seats) - 1))

    def _pull_times(self) -> None:
        state = self.state
        if state is None:
            self.speaker_label.setText(self.tr("No fishbowl yet for this session: set it up and press New fishbowl."))
            self.rotation_label.clear()
            self.airtime_list.clear()
            return
        if state.speaker:
            self.speaker_label.setText(f"{self.name(state.speaker)}  {mmss(state.speaking_seconds(self.clock))}")
        else:
            self.speaker_label.setText(self.tr("The floor is open"))
        if state.mode is FishbowlMode.CLOSED:
            left = state.rotation_remaining(self.clock)
            text = self.tr("Next rotation in {0}").format(mmss(left)) if left > 0 else self.tr("Time to rotate (R)")
            self.rotation_label.setText(text)
            self.rotation_label.setStyleSheet("" if left > 0 else f"color: {over_color()}; font-weight: bold;")
        else:
            self.rotation_label.setText(self.tr("Open fishbowl: anyone may tap in."))
            self.rotation_label.setStyleSheet("")
        people = [self._people[pid] for pid in self._present]
        rows = act.airtime(state, people, self.clock)
        if self.airtime_list.count() != len(rows):
            self.airtime_list.clear()
            self.airtime_list.addItems(["" for _ in rows])
        for i, row in enumerate(rows):
            text = (self.tr("{name}: not heard yet").format(name=row.name) if not row.turns
                    else f"{row.name}: {mmss(row.seconds)} ({row.turns}×)")
            self.airtime_list.item(i).setText(text)

    # ------------------------------------------------------------ acting

    def selected_person(self) -> str | None:
        item = self.people_list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def select_person(self, pid: str) -> None:
        for row in range(self.people_list.count()):
            if self.people_list.item(row).data(Qt.UserRole) == pid:
                self.people_list.setCurrentRow(row)

    def select_seat(self, index: int) -> None:
        if self.state and 0 <= index < len(self.state.seats):
            self.circle.selected = index
            self._pull_circle()

    def _do(self, fn, *args) -> None:
        if self.fishbowl_id is None:
            return
        fishbowl_id = self.fishbowl_id
        outcome = ops.run(self, self.workspace, lambda db: fn(db, fishbowl_id, *args))
        if outcome is not None:
            self.state = outcome.value

    def start(self) -> None:
        session_id, clock, options = self.session_id, self.clock, dict(
            mode=self.mode_combo.currentData(), seats=self.seats_spin.value(),
            empty_chair=self.empty_check.isChecked(), rotation_seconds=self.rotation_spin.value() * 60)
        ops.run(self, self.workspace, lambda db: act.start_fishbowl(db, session_id, clock, **options))

    def add_to_queue(self) -> None:
        pid = self.selected_person()
        if pid:
            self._do(act.add_to_queue, self.clock, pid)

    def next_speaker(self) -> None:
        self._do(act.next_speaker, self.clock)

    def stop_speaking(self) -> None:
        self._do(act.stop_speaking, self.clock)

    def tap_in(self) -> None:
        pid = self.selected_person()
        if pid:
            self._do(act.tap_in, self.clock, self.circle.selected, pid)

    def tap_out(self) -> None:
        self._do(act.tap_out, self.clock, self.circle.selected)

    def rename_seat(self) -> None:
        if not self.state:
            return
        seat = self.state.seats[self.circle.selected]
        text, ok = QInputDialog.getText(self, self.tr("Rename seat"), self.tr("Perspective for this seat:"),
                                        text=seat.label)
        if ok:
            self._do(act.label_seat, self.clock, seat.index, text)

    def toggle_empty_chair(self) -> None:
        if self.state:
            seat = self.state.seats[self.circle.selected]
            self._do(act.set_empty_chair, self.clock, seat.index, not seat.empty_chair)

    def rotate(self) -> None:
        self._do(act.rotate, self.clock)

    def undo(self) -> None:
        self._do(act.undo_last)

    def presenter_page(self) -> Page:
        seats = self.state.seats if self.state else []
        return fishbowl_page([(s.label, self.name(s.participant_id) or (self.tr("empty chair") if s.empty_chair
                                                                          else "")) for s in seats])

    def _on_present(self) -> None:
        self.showPageRequested.emit(self.presenter_page())
