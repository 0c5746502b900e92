"""The floor plan: tables drawn to scale (metres), groups seated at tables, people dragged
between seats and tables dragged around the room. Every drop is saved at once."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPainter, QPen, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.ops import groups as breakout_store
from facilitator.ops import seating
from facilitator.ops.changes import GROUPS, ROSTER, SEATING
from facilitator.seating.plan import SeatingPlan, TablePlan, TableShape
from ui import ops
from ui.layout import flow_of
from ui.workspace import Workspace

PX_PER_M = 70.0
CHAIR_RADIUS_M = 0.24


def _px(metres: float) -> float:
    return metres * PX_PER_M


def _short(name: str) -> str:
    """First name and initial, so neighbouring chairs' names do not collide."""
    parts = name.split()
    return f"{parts[0]} {parts[-1][0]}." if len(parts) > 1 else name


class TableItem(QGraphicsItem):
    """A table with its label; dragging it moves the table (and its chairs) on the floor."""

    def __init__(self, view: "FloorPlanView", table: TablePlan):
        super().__init__()
        self.view, self.table = view, table
        self.setPos(_px(table.x), _px(table.y))
        self.setFlags(QGraphicsItem.ItemIsMovable | QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsFocusable)
        self.setZValue(0)
        w, d = _px(table.width), _px(table.depth)
        self._rect = QRectF(-w / 2, -d / 2, w, d)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(QPen(QColor("#6b4f2a"), 2.5 if self.isSelected() else 1.5))
        painter.setBrush(QColor("#e9d8b9"))
        if self.table.shape is TableShape.ROUND:
            painter.drawEllipse(self._rect)
        else:
            painter.drawRoundedRect(self._rect, 6, 6)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(10)
        painter.setFont(font)
        painter.setPen(QColor("#3b2a12"))
        painter.drawText(self._rect, Qt.AlignCenter | Qt.TextWordWrap, self.table.label)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if self.pos() != QPointF(_px(self.table.x), _px(self.table.y)):
            self.view.table_moved(self.table.id, self.pos().x() / PX_PER_M, self.pos().y() / PX_PER_M)


class SeatItem(QGraphicsEllipseItem):
    """A chair; an occupied chair can be dragged onto another chair to swap or move."""

    def __init__(self, view: "FloorPlanView", table: TablePlan, index: int):
        spot = table.seats[index]
        r = _px(CHAIR_RADIUS_M)
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.view, self.table_id, self.index, self.participant_id = view, table.id, index, spot.participant_id
        self.home = QPointF(_px(spot.x), _px(spot.y))
        self.setPos(self.home)
        self.setZValue(2)
        taken = spot.participant_id is not None
        self.setBrush(QBrush(QColor("#cfe3f7") if taken else QColor("#ffffff")))
        self.setPen(QPen(QColor("#2f5d8a") if taken else QColor("#9aa7b4"), 1.5))
        if taken:
            self.setFlags(QGraphicsItem.ItemIsMovable | QGraphicsItem.ItemIsSelectable)
            self.setCursor(Qt.OpenHandCursor)
            self.setToolTip(spot.name)
        self.label = QGraphicsSimpleTextItem(_short(spot.name), self)
        font = QFont()
        font.setPointSizeF(8)
        self.label.setFont(font)
        box = self.label.boundingRect()
        above = spot.y < table.y - table.depth / 4  # chairs behind the table's top edge get their name above
        self.label.setPos(-box.width() / 2, -r - box.height() - 1 if above else r + 1)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if self.participant_id and self.pos() != self.home:
            target = self.view.seat_at(self.scenePos(), exclude=self)
            if target is None:
                self.setPos(self.home)
            else:
                self.view.person_dropped(self.participant_id, target.table_id, target.index)


class FloorPlanView(QWidget):
    def __init__(self, workspace: Workspace, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.session_id = session_id
        self.undo_stack = QUndoStack(self)
        for keys, action in ((QKeySequence.StandardKey.Undo, self.undo_stack.createUndoAction(self)),
                             ("Ctrl+Shift+Z", self.undo_stack.createRedoAction(self))):
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.plan: SeatingPlan | None = None
        self._seats: list[SeatItem] = []
        outer = QVBoxLayout(self)
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, seating.MAX_TABLES)
        self.count_spin.setValue(5)
        self.count_spin.setSuffix(self.tr(" tables"))
        self.count_spin.setAccessibleName(self.tr("Number of tables"))
        self.seats_spin = QSpinBox()
        self.seats_spin.setRange(2, seating.MAX_SEATS_PER_TABLE)
        self.seats_spin.setValue(6)
        self.seats_spin.setSuffix(self.tr(" seats each"))
        self.seats_spin.setAccessibleName(self.tr("Seats per table"))
        self.shape_combo = QComboBox()
        self.shape_combo.addItem(self.tr("Round"), TableShape.ROUND.value)
        self.shape_combo.addItem(self.tr("Rectangular"), TableShape.RECTANGULAR.value)
        self.shape_combo.setAccessibleName(self.tr("Table shape"))
        setup = QPushButton(self.tr("Set up tables"))
        setup.clicked.connect(self.set_up)
        self.round_combo = QComboBox()
        self.round_combo.setAccessibleName(self.tr("Breakout round to seat"))
        seat_button = QPushButton(self.tr("Seat this round's groups"))
        seat_button.clicked.connect(self.seat_round)
        outer.addWidget(flow_of(self.count_spin, self.seats_spin, self.shape_combo, setup, QLabel(self.tr("Groups:")),
                                self.round_combo, seat_button))
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.Antialiasing)
        self.view.setAccessibleName(self.tr("Floor plan"))
        self.view.setBackgroundBrush(QColor("#f7f7f2"))
        # The front of the room stays at the top, as the hint below says, however small the plan.
        self.view.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        side = QVBoxLayout()
        people_label = QLabel(self.tr("&Who sits where"))
        self.people_list = QListWidget()
        self.people_list.setAccessibleName(self.tr("Who sits where"))
        people_label.setBuddy(self.people_list)
        self.table_combo = QComboBox()
        self.table_combo.setAccessibleName(self.tr("Table to move the person to"))
        self.seat_spin = QSpinBox()
        self.seat_spin.setRange(1, seating.MAX_SEATS_PER_TABLE)
        self.seat_spin.setPrefix(self.tr("seat "))
        self.seat_spin.setAccessibleName(self.tr("Seat to move the person to"))
        move = QPushButton(self.tr("Sit here"))
        move.setShortcut(QKeySequence("Ctrl+Return"))
        move.setAccessibleName(self.tr("Move the chosen person to this table and seat"))
        move.clicked.connect(self.move_chosen)
        for widget in (people_label, self.people_list, self.table_combo, self.seat_spin, move):
            side.addWidget(widget)
        body.addLayout(side)
        outer.addLayout(body, 1)
        self.note = QLabel(self.tr("Drag a person onto another chair to swap; drag a table to move it. "
                                   "The front of the room is at the top."))
        self.note.setWordWrap(True)
        outer.addWidget(self.note)
        ops.watch(workspace, self, self.refresh, SEATING, GROUPS, ROSTER, session_id=session_id)
        self.refresh()

    def refresh(self) -> None:
        db = self.workspace.db
        current = self.round_combo.currentData()
        self.round_combo.clear()
        for r in breakout_store.list_rounds(db, self.session_id):
            self.round_combo.addItem(r.title or r.mode_label, r.id)
        self.round_combo.setCurrentIndex(max(0, self.round_combo.findData(current)))
        self.plan = seating.seating_plan(db, self.session_id)
        if self.plan.tables:
            first = self.plan.tables[0]
            self.count_spin.setValue(len(self.plan.tables))
            self.seats_spin.setValue(len(first.seats))
            self.shape_combo.setCurrentIndex(self.shape_combo.findData(first.shape.value))
        self.scene.clear()
        self._seats = []
        left, top, right, bottom = self.plan.extent
        front = QGraphicsRectItem(0, -_px(0.9), max(_px(right), _px(8)), _px(0.5))
        front.setBrush(QColor("#d9dee5"))
        front.setPen(QPen(Qt.NoPen))
        self.scene.addItem(front)
        front_label = QGraphicsSimpleTextItem(self.tr("Front of the room"))
        front_label.setPos(8, -_px(0.85))
        self.scene.addItem(front_label)
        for table in self.plan.tables:
            self.scene.addItem(TableItem(self, table))
            for index in range(len(table.seats)):
                seat = SeatItem(self, table, index)
                self.scene.addItem(seat)
                self._seats.append(seat)
        self._pull_people()
        rect = self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        self.scene.setSceneRect(rect)
        self.view.fitInView(rect, Qt.KeepAspectRatio)

    def _pull_people(self) -> None:
        chosen = self.people_list.currentItem().data(Qt.UserRole) if self.people_list.currentItem() else None
        table = self.table_combo.currentData()
        self.people_list.clear()
        self.table_combo.clear()
        rows = []
        for t in self.plan.tables:
            self.table_combo.addItem(t.label, t.id)
            rows += [(s.name, s.participant_id, t.label, s.index) for s in t.seats if s.participant_id]
        for name, pid, label, index in sorted(rows, key=lambda r: r[0].casefold()):
            item = QListWidgetItem(self.tr("{0} — {1}, seat {2}").format(name, label, index + 1))
            item.setData(Qt.UserRole, pid)
            self.people_list.addItem(item)
            if pid == chosen:
                self.people_list.setCurrentItem(item)
        self.table_combo.setCurrentIndex(max(0, self.table_combo.findData(table)))

    def move_chosen(self) -> None:
        item = self.people_list.currentItem()
        table_id = self.table_combo.currentData()
        if item is not None and table_id:
            self.person_dropped(item.data(Qt.UserRole), table_id, self.seat_spin.value() - 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.view.fitInView(self.scene.sceneRect(), Qt.KeepAspectRatio)

    def seat_at(self, point: QPointF, exclude: SeatItem | None = None) -> SeatItem | None:
        best, best_d = None, _px(CHAIR_RADIUS_M) * 1.6
        for seat in self._seats:
            if seat is exclude:
                continue
            d = math.dist((seat.home.x(), seat.home.y()), (point.x(), point.y()))
            if d < best_d:
                best, best_d = seat, d
        return best

    def _save(self, op, text: str = "") -> None:
        """Save now through the runner, onto the floor plan's undo history (Ctrl+Z puts back the
        whole plan as it was); views hear of it on the next turn of the event loop, since the
        item that was dropped is still handling its mouse event and the redraw replaces every item."""
        if ops.run(self, self.workspace, op, undo_stack=self.undo_stack, text=text or self.tr("Change the floor plan"),
                   announce_later=True) is None:
            QTimer.singleShot(0, self.refresh)  # refused: put the dragged item back

    def person_dropped(self, participant_id: str, table_id: str, seat: int) -> None:
        session_id = self.session_id
        self._save(lambda db: seating.seat_person(db, session_id, participant_id, table_id, seat))

    def table_moved(self, table_id: str, x: float, y: float) -> None:
        session_id = self.session_id
        self._save(lambda db: seating.move_table(db, session_id, table_id, x, y))

    def set_up(self) -> None:
        session_id, count, seats = self.session_id, self.count_spin.value(), self.seats_spin.value()
        shape = self.shape_combo.currentData()
        self._save(lambda db: seating.set_up_tables(db, session_id, count=count, seats=seats, shape=shape))

    def seat_round(self) -> None:
        round_id = self.round_combo.currentData()
        if round_id:
            self._save(lambda db: seating.seat_round(db, round_id))
