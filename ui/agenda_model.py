"""The agenda as a Qt tree model: blocks and one level of sub-blocks, with clock times.

The model never writes. An inline edit or a drop becomes a request (``edit_requested``,
``move_requested``) that the editor turns into an undoable command; the command writes through
the core, and the editor reloads the model from what was stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QByteArray, QCoreApplication, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from facilitator.plan import agenda
from facilitator.plan.model import Block, BlockKind, Session

MIME_TYPE = "application/x-facilitator-block"
START, MINUTES, TITLE, KIND, FIXED = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole
DISPLAY = Qt.ItemDataRole.DisplayRole
FONT = Qt.ItemDataRole.FontRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
CHECK = Qt.ItemDataRole.CheckStateRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives a module-level tr()


def kind_label(kind: BlockKind) -> str:
    return QCoreApplication.translate("BlockKind", kind.label)


@dataclass(eq=False)
class Node:
    block: Block
    row: int
    start: str
    end: str
    minutes: int
    key: int  # the index's internalId: plain numbers, never Python pointers, cross into Qt
    parent: "Node | None" = None
    children: list["Node"] = field(default_factory=list)
    display: tuple = ()


class AgendaModel(QAbstractItemModel):
    edit_requested = Signal(str, object)  # block id, {field: value}
    move_requested = Signal(str, object, int)  # block id, new parent id (or None), position

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session: Session | None = None
        self._nodes: list[Node] = []
        self._by_key: dict[int, Node] = {}
        self._next_key = 0  # keys are never reused, so a stale index finds nothing
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)
        self._by_id: dict[str, Node] = {}

    # ------------------------------------------------------------ loading

    def load(self, session: Session) -> None:
        self.beginResetModel()
        self.session = session
        self._nodes = []
        self._by_id = {}
        self._by_key = {}
        scheduled = {item.block.id: item for item in agenda.schedule(session.blocks)}
        for row, block in enumerate(session.blocks):
            node = self._node(block, row, scheduled, None)
            node.children = [self._node(child, r, scheduled, node) for r, child in enumerate(block.children)]
            self._nodes.append(node)
        self.endResetModel()

    def _node(self, block: Block, row: int, scheduled: dict, parent: Node | None) -> Node:
        item = scheduled[block.id]
        self._next_key += 1
        node = Node(block, row, agenda.clock_at(self.session, item.start_offset),
                    agenda.clock_at(self.session, item.end_offset), item.minutes, self._next_key, parent)
        node.display = (node.start, str(node.minutes), block.title, kind_label(block.kind), None)
        self._by_id[block.id] = node
        self._by_key[node.key] = node
        return node

    def blocks(self) -> list[Block]:
        return self.session.blocks if self.session else []

    def index_of(self, block_id: str, column: int = TITLE) -> QModelIndex:
        node = self._by_id.get(block_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node.key)

    def node_by_id(self, block_id: str | None) -> Node | None:
        return self._by_id.get(block_id) if block_id else None

    def node(self, index: QModelIndex) -> Node | None:
        return self._by_key.get(index.internalId()) if index.isValid() else None

    def block_ids(self) -> list[str]:
        """Every block in running order (for tests and accessibility checks)."""
        return [n.block.id for top in self._nodes for n in [top, *top.children]]

    # ------------------------------------------------------------ structure

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if parent.isValid():
            holder = self.node(parent)
            siblings = holder.children if holder else []
        else:
            siblings = self._nodes
        if 0 <= row < len(siblings) and 0 <= column < self.columnCount():
            return self.createIndex(row, column, siblings[row].key)
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent.key)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._nodes)
        node = self.node(parent)
        if node is None or parent.column() != 0:
            return 0
        return len(node.children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("Start"), tr("Minutes"), tr("Title"), tr("Kind"), tr("Fixed")][section]
        return None

    # ------------------------------------------------------------ data

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views call this thousands of times per reload: cheapest checks first, nothing built
        # that a role does not need.
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == DISPLAY:
            return node.display[column]
        if role == ID_ROLE:
            return node.block.id
        if role == FONT:
            return self._bold if node.children and (column == MINUTES or column == TITLE) else None
        if role == ALIGN:
            return RIGHT if column <= MINUTES else None
        if role == CHECK:
            if column != FIXED:
                return None
            return Qt.CheckState.Checked if node.block.fixed else Qt.CheckState.Unchecked
        block = node.block
        if role == Qt.ItemDataRole.EditRole:
            return (node.start, node.minutes, block.title, block.kind.value, block.fixed)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == MINUTES and block.children:
                return tr("A heading lasts as long as its sub-blocks together.")
            if column == FIXED:
                return tr("A fixed block keeps its time when the live runner rebalances the agenda.")
        if role == Qt.ItemDataRole.AccessibleTextRole and column == TITLE:
            return tr("{0}, starts {1}, {2} minutes").format(block.title, node.start, node.minutes)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if node.parent is None:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        column = index.column()
        if column == TITLE or column == KIND or (column == MINUTES and not node.block.children):
            flags |= Qt.ItemFlag.ItemIsEditable
        if column == FIXED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if node is None:
            return False
        column = index.column()
        if column == FIXED and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if checked != node.block.fixed:
                self.edit_requested.emit(node.block.id, {"fixed": checked})
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column == MINUTES:
            change = {"minutes": int(value)} if int(value) != node.block.minutes else None
        elif column == TITLE:
            text = str(value).strip()
            change = {"title": text} if text and text != node.block.title else None
        elif column == KIND:
            change = {"kind": BlockKind(value).value} if BlockKind(value) != node.block.kind else None
        else:
            return False
        if change:
            self.edit_requested.emit(node.block.id, change)
        return True

    # ------------------------------------------------------------ drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = {index.data(ID_ROLE) for index in indexes if index.isValid()}
        if len(ids) == 1:
            data.setData(MIME_TYPE, QByteArray(ids.pop().encode()))
        return data

    def drop_target(self, block_id: str, row: int, parent: QModelIndex) -> tuple[str | None, int] | None:
        """Where a dropped block goes: (parent id, position), or None if the drop makes no sense.

        Dropping onto a block makes the dragged one its last sub-block; dropping onto a
        sub-block places it right after that sub-block.
        """
        moving = self._by_id.get(block_id)
        if moving is None:
            return None
        target = self.node(parent)
        if target is None:
            parent_id, position = None, (row if row >= 0 else len(self._nodes))
        elif target.parent is not None:
            parent_id, position = target.parent.block.id, target.row + 1
        else:
            if target is moving:
                return None
            parent_id, position = target.block.id, (row if row >= 0 else len(target.children))
        if parent_id is not None and moving.children:
            return None  # a heading cannot become a sub-block
        current_parent = moving.parent.block.id if moving.parent else None
        if parent_id == current_parent and moving.row < position:
            position -= 1  # the block leaves its old place first
        if parent_id == current_parent and position == moving.row:
            return None
        return parent_id, position

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex) -> bool:
        if not data.hasFormat(MIME_TYPE):
            return False
        block_id = bytes(data.data(MIME_TYPE)).decode()
        return self.drop_target(block_id, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        block_id = bytes(data.data(MIME_TYPE)).decode()
        target = self.drop_target(block_id, row, parent)
        if target is None:
            return False
        self.move_requested.emit(block_id, target[0], target[1])
        # False: the view must not remove the source row itself; the reload shows the move.
        return False
