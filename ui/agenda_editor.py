"""The session agenda editor: the session's details, its blocks as an editable tree with clock
times, and the selected block's prompts, notes and materials.

Every edit is an undoable command that writes through the core at once; the view is then
reloaded from what was stored, so what you see is what is saved.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QModelIndex, QSignalBlocker, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QTabWidget,
    QTimeEdit,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from facilitator import paths
from facilitator.errors import FacilitatorError, NotFound, StorageError
from facilitator.live import DEFAULT_WRAP_UP_MINUTES
from facilitator.ops import agenda as store
from facilitator.ops.changes import AGENDA, SESSIONS, Changes
from facilitator.plan import agenda, templates
from facilitator.plan.model import BlockKind, Format, Session
from ui import formatting, ops, registry
from ui.agenda_model import FIXED, KIND, MINUTES, START, TITLE, AgendaModel, kind_label
from ui.errors import reported, show_error
from ui.widgets import CommitLineEdit, CommitTextEdit, lines
from ui.workspace import Workspace

NO_DATE = QDate(2000, 1, 1)
MAX_MINUTES = 24 * 60


class AgendaDelegate(QStyledItemDelegate):
    """A spin box for minutes and a list of kinds, instead of free text."""

    def createEditor(self, parent, option, index):
        if index.column() == MINUTES:
            editor = QSpinBox(parent)
            editor.setRange(0, MAX_MINUTES)
            editor.setAccessibleName(self.tr("Minutes"))
            return editor
        if index.column() == KIND:
            editor = QComboBox(parent)
            for kind in BlockKind:
                editor.addItem(kind_label(kind), kind.value)
            editor.setAccessibleName(self.tr("Kind"))
            return editor
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(self.tr("Title"))
        return editor

    def setEditorData(self, editor, index):
        if index.column() == MINUTES:
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole)))
        elif index.column() == KIND:
            editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if index.column() == MINUTES:
            editor.interpretText()
            model.setData(index, editor.value())
        elif index.column() == KIND:
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


class AgendaTree(QTreeView):
    """Keeps keyboard focus on the tree after the model reloads under it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setItemsExpandable(False)
        self.setExpandsOnDoubleClick(False)
        self.setRootIsDecorated(False)

    def size_columns(self) -> None:
        """Fit the narrow columns to the widest thing they can ever hold in the current font."""
        model = self.model()
        if model is None:
            return
        metrics = self.fontMetrics()
        samples = {START: ["00:00"], MINUTES: ["0000"], KIND: [kind_label(kind) for kind in BlockKind],
                   FIXED: []}
        for column, texts in samples.items():
            header = str(model.headerData(column, Qt.Orientation.Horizontal))
            widest = max([metrics.horizontalAdvance(t) for t in [header, *texts]])
            self.header().resizeSection(column, widest + 24)

    def keyPressEvent(self, event) -> None:
        """Enter edits the current cell (the title, if that cell cannot be edited)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            index = self.currentIndex()
            if index.isValid():
                if not index.flags() & Qt.ItemFlag.ItemIsEditable:
                    index = index.siblingAtColumn(TITLE)
                self.edit(index)
                return
        super().keyPressEvent(event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.size_columns()


class AgendaEditor(QWidget):
    gone = Signal(str)
    status = Signal(str)
    title_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.series_id: str | None = None
        self.session_id: str | None = None
        self.session: Session | None = None
        self._stacks: dict[str, QUndoStack] = {}
        self._empty_stack = QUndoStack(self)
        self._detail_block_id: str | None = None
        self._pending_select: str | None = None
        self._navigating_to: str | None = None
        self._over = False
        self._refresh_after_edit = False
        self._feature_actions: list[QAction] = []

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.total_label = QLabel()
        self.total_label.setObjectName("total")
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)
        self.total_label.setWordWrap(True)
        self.total_label.setAccessibleName(self.tr("Agenda total"))

        self.model = AgendaModel(self)
        self.model.edit_requested.connect(self._on_edit_requested, Qt.ConnectionType.QueuedConnection)
        self.model.move_requested.connect(self._on_move_requested, Qt.ConnectionType.QueuedConnection)
        self.tree = AgendaTree()
        self.tree.setModel(self.model)
        self.tree.setTreePosition(TITLE)  # sub-blocks indent under their heading's title
        self.tree.setItemDelegate(AgendaDelegate(self.tree))
        # Direct, with no arguments used: a queued copy of closeEditor's widget pointer could
        # outlive the editor widget it names.
        self.tree.itemDelegate().closeEditor.connect(self._on_editor_closed)
        self.tree.setAccessibleName(self.tr("Agenda"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # Widths come from the font (AgendaTree.size_columns): ResizeToContents re-measured every
        # row on every expand, which made each edit of a long agenda visibly slow.
        for column in (START, MINUTES, KIND, FIXED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.tree.size_columns()
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.empty = QLabel(self.tr("No blocks yet. Press Ctrl+N to add the first one, "
                                    "for example a welcome."))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keeps focus here so Ctrl+N works

        self._build_actions()
        self.toolbar = QToolBar(self.tr("Agenda"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.add_action, self.duplicate_action, self.delete_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.up_action, self.down_action, self.outdent_action, self.indent_action])
        # What a person does with the session (run it live, check people in, ...) has a row of
        # its own under the title, where the editing tools never push it into an overflow menu.
        self.session_toolbar = QToolBar(self.tr("Session actions"))
        self.session_toolbar.setObjectName("sessionActions")
        self.session_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        agenda_panel = QWidget()
        agenda_layout = QVBoxLayout(agenda_panel)
        agenda_layout.setContentsMargins(24, 16, 12, 16)
        agenda_layout.setSpacing(8)
        agenda_layout.addWidget(self.heading)
        agenda_layout.addWidget(self.session_toolbar)
        agenda_layout.addWidget(self.toolbar)
        agenda_layout.addWidget(self.tree, 1)
        agenda_layout.addWidget(self.empty, 1)
        agenda_layout.addWidget(self.total_label)

        self.side = QTabWidget()
        self.side.setDocumentMode(True)
        self.side.setAccessibleName(self.tr("Block and session details"))
        self.side.addTab(self._build_block_panel(), self.tr("Selected &block"))
        self.side.addTab(self._build_session_panel(), self.tr("Session &details"))

        splitter = QSplitter()
        splitter.addWidget(agenda_panel)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([800, 480])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        workspace.changes.connect(self._on_workspace_changed)

    # ------------------------------------------------------------ building

    def _build_actions(self) -> None:
        def action(text: str, slot, shortcut, owner: QWidget, tip: str) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.setToolTip(f"{tip} ({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            act.setStatusTip(tip)
            act.triggered.connect(slot)
            owner.addAction(act)
            return act

        def short(act: QAction, text: str) -> None:
            act.setIconText(text)  # the toolbar's label; menus keep the full wording

        self.add_action = action(self.tr("&New block"), self.add_block, "Ctrl+N", self,
                                 self.tr("Add a block after the current one"))
        self.duplicate_action = action(self.tr("D&uplicate block"), self.duplicate_block, "Ctrl+D", self.tree,
                                       self.tr("Add a copy of the current block right after it"))
        self.delete_action = action(self.tr("&Delete block"), self.delete_block, QKeySequence.StandardKey.Delete,
                                    self.tree, self.tr("Delete the current block and its sub-blocks"))
        self.up_action = action(self.tr("Move &up"), lambda: self.shift(-1), "Ctrl+Up", self.tree,
                                self.tr("Move the block one place earlier"))
        self.down_action = action(self.tr("Move do&wn"), lambda: self.shift(1), "Ctrl+Down", self.tree,
                                  self.tr("Move the block one place later"))
        self.indent_action = action(self.tr("Make &sub-block"), self.indent, "Ctrl+Right", self.tree,
                                    self.tr("Put the block under the one above it"))
        self.outdent_action = action(self.tr("&Lift out"), self.outdent, "Ctrl+Left", self.tree,
                                     self.tr("Make a sub-block a block of its own again"))
        for act, text in ((self.add_action, self.tr("New")), (self.duplicate_action, self.tr("Duplicate")),
                          (self.delete_action, self.tr("Delete")), (self.up_action, self.tr("Up")),
                          (self.down_action, self.tr("Down")), (self.indent_action, self.tr("Indent")),
                          (self.outdent_action, self.tr("Outdent"))):
            short(act, text)

    def edit_actions(self) -> list[QAction]:
        return [self.add_action, self.duplicate_action, self.delete_action, self.up_action, self.down_action, self.indent_action,
                self.outdent_action]

    def _build_block_panel(self) -> QWidget:
        self.block_title = QLabel()
        self.block_title.setObjectName("sectionHeading")
        self.block_title.setTextFormat(Qt.TextFormat.PlainText)
        self.block_title.setWordWrap(True)
        self.prompts_edit = CommitTextEdit()
        self.prompts_edit.setPlaceholderText(self.tr("One question per line"))
        self.notes_edit = CommitTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("What the facilitator should remember"))
        self.materials_edit = CommitTextEdit()
        self.materials_edit.setPlaceholderText(self.tr("Handouts, slides, cards, markers…"))
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 16, 24, 16)
        layout.addWidget(self.block_title)
        self.block_when = QLabel()
        self.block_when.setObjectName("pageHint")
        self.block_when.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.block_when)
        for label_text, edit, name, field in (
                (self.tr("&Prompts for participants (one per line):"), self.prompts_edit,
                 self.tr("Participant prompts"), "prompts"),
                (self.tr("Facilitator &notes:"), self.notes_edit, self.tr("Facilitator notes"), "notes"),
                (self.tr("&Materials:"), self.materials_edit, self.tr("Materials"), "materials")):
            label = QLabel(label_text)
            label.setBuddy(edit)
            edit.setAccessibleName(name)
            layout.addWidget(label)
            layout.addWidget(edit, 1)
            edit.committed.connect(lambda text, field=field: self._save_detail(field, text))
        self.wrap_up_edit = QSpinBox()
        self.wrap_up_edit.setRange(0, 60)
        self.wrap_up_edit.setSuffix(self.tr(" min before the end"))
        self.wrap_up_edit.setAccessibleName(self.tr("Wrap-up warning in live mode"))
        self.wrap_up_edit.findChild(QLineEdit).setAccessibleName(self.wrap_up_edit.accessibleName())
        self.wrap_up_edit.setToolTip(self.tr("When the live timer warns that the block is nearly over (0: no warning)"))
        self.wrap_up_edit.editingFinished.connect(self._save_wrap_up)
        wrap_label = QLabel(self.tr("&Wrap-up warning:"))
        wrap_label.setBuddy(self.wrap_up_edit)
        wrap_row = QHBoxLayout()
        wrap_row.addWidget(wrap_label)
        wrap_row.addWidget(self.wrap_up_edit)
        wrap_row.addStretch(1)
        layout.addLayout(wrap_row)
        self.block_panel = panel
        return panel

    def _save_wrap_up(self) -> None:
        node = self.model.node_by_id(self._detail_block_id)
        if node is None:
            return
        shown = node.block.wrap_up_minutes
        if self.wrap_up_edit.value() != (DEFAULT_WRAP_UP_MINUTES if shown is None else shown):
            self._on_edit_requested(node.block.id, {"wrap_up_minutes": self.wrap_up_edit.value()})

    def _build_session_panel(self) -> QWidget:
        self.title_edit = CommitLineEdit()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setSpecialValueText(self.tr("No date"))
        self.start_edit = QTimeEdit()
        self.start_edit.setDisplayFormat("HH:mm")
        self.duration_edit = QSpinBox()
        self.duration_edit.setRange(0, MAX_MINUTES)
        self.duration_edit.setSingleStep(15)
        self.duration_edit.setSuffix(self.tr(" min"))
        self.format_combo = QComboBox()
        for fmt in Format:
            self.format_combo.addItem(formatting.tr(fmt.label), fmt.value)
        self.location_edit = CommitLineEdit()
        self.location_edit.setPlaceholderText(self.tr("Room and address, or the meeting link"))
        self.audience_edit = CommitLineEdit()
        self.audience_edit.setPlaceholderText(self.tr("For example: families, students, staff"))
        self.language_edit = CommitLineEdit()
        self.facilitator_edit = CommitLineEdit()
        self.description_edit = CommitTextEdit()
        self.objectives_edit = CommitTextEdit()
        self.objectives_edit.setPlaceholderText(self.tr("One objective per line"))
        self.description_edit.setMinimumHeight(90)
        self.objectives_edit.setMinimumHeight(110)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            (self.tr("&Title:"), self.title_edit, self.tr("Session title")),
            (self.tr("D&ate:"), self._date_row(), self.tr("Date")),
            (self.tr("&Starts at:"), self.start_edit, self.tr("Start time")),
            (self.tr("Planned &length:"), self.duration_edit, self.tr("Planned length in minutes")),
            (self.tr("&Format:"), self.format_combo, self.tr("Format")),
            (self.tr("Location or lin&k:"), self.location_edit, self.tr("Location or link")),
            (self.tr("A&udience:"), self.audience_edit, self.tr("Audience")),
            (self.tr("Lan&guage:"), self.language_edit, self.tr("Language")),
            (self.tr("Fa&cilitator:"), self.facilitator_edit, self.tr("Facilitator")),
            (self.tr("Descr&iption:"), self.description_edit, self.tr("Description")),
            (self.tr("&Objectives:"), self.objectives_edit, self.tr("Objectives, one per line")),
        )
        for label, widget, name in rows:
            if widget is not self.date_row:
                widget.setAccessibleName(name)
            form.addRow(label, widget)
        self.date_edit.setAccessibleName(self.tr("Date"))
        form.labelForField(self.date_row).setBuddy(self.date_edit)

        self.title_edit.committed.connect(lambda text: self._save_session("title", text))
        for field, edit in (("location", self.location_edit), ("audience", self.audience_edit),
                            ("language", self.language_edit), ("facilitator", self.facilitator_edit),
                            ("description", self.description_edit)):
            edit.committed.connect(lambda text, field=field: self._save_session(field, text))
        self.objectives_edit.committed.connect(lambda text: self._save_session("objectives", lines(text)))
        self.date_edit.editingFinished.connect(self._on_date_edited)
        self.start_edit.editingFinished.connect(
            lambda: self._save_session("start_time", self.start_edit.time().toString("HH:mm")))
        self.duration_edit.editingFinished.connect(
            lambda: self._save_session("duration_minutes", self.duration_edit.value()))
        self.format_combo.activated.connect(lambda _i: self._save_session("format", self.format_combo.currentData()))

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 16, 24, 16)
        layout.addLayout(form)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take focus, not the frame
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # fields narrow instead
        return scroll

    def _date_row(self) -> QWidget:
        """The date, and a way back to "no date yet" that a date picker alone does not offer."""
        self.date_row = QWidget()
        row = QHBoxLayout(self.date_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_edit, 1)
        clear = QPushButton(self.tr("No date"))
        clear.setAccessibleName(self.tr("Clear the date"))
        clear.clicked.connect(self._clear_date)
        row.addWidget(clear)
        return self.date_row

    def _clear_date(self) -> None:
        with QSignalBlocker(self.date_edit):
            self.date_edit.setDate(NO_DATE)
        self._on_date_edited()

    def _rebuild_feature_actions(self) -> None:
        for act in self._feature_actions:
            self.session_toolbar.removeAction(act)
            self.removeAction(act)
            act.deleteLater()
        self._feature_actions = []
        for entry in registry.session_actions():
            act = QAction(QCoreApplication.translate("Screens", entry.text), self)
            if entry.shortcut:
                act.setShortcut(QKeySequence(entry.shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tip = QCoreApplication.translate("Screens", entry.tooltip) if entry.tooltip else act.text().replace("&", "")
            if entry.shortcut:
                tip += f" ({QKeySequence(entry.shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
            act.setToolTip(tip)
            act.setObjectName(f"session-action-{entry.key}")
            act.triggered.connect(lambda _checked=False, entry=entry: self._run_feature(entry))
            self.addAction(act)
            self.session_toolbar.addAction(act)
            self._feature_actions.append(act)
        self.session_toolbar.setVisible(bool(self._feature_actions))
        if self._feature_actions:  # the first (lowest order: Run live) is the one to find at a glance
            button = self.session_toolbar.widgetForAction(self._feature_actions[0])
            button.setObjectName("primaryAction")
            button.style().unpolish(button)
            button.style().polish(button)

    def feature_action_texts(self) -> list[str]:
        return [act.text().replace("&", "") for act in self._feature_actions]

    def _run_feature(self, entry: registry.SessionAction) -> None:
        if self.session_id:
            self._commit_typing()
            with reported(self):
                entry.callback(self.workspace, self.series_id, self.session_id)

    # ------------------------------------------------------------ reading

    def set_session(self, series_id: str, session_id: str) -> None:
        session = store.get_session(self.workspace.db, session_id)
        self.series_id, self.session_id = series_id, session_id
        self._rebuild_feature_actions()
        self._show(session, select=None)
        first = self.model.index(0, TITLE)
        if first.isValid():
            self.tree.setCurrentIndex(first)

    def undo_stack(self) -> QUndoStack:
        if self.session_id is None:
            return self._empty_stack
        return self._stacks.setdefault(self.session_id, QUndoStack(self))

    def heading_text(self) -> str:
        if self.session is None:
            return ""
        return self.tr("Session {0} · {1}").format(self.session.number, self.session.title)

    def block_count(self) -> int:
        return len(self.model.block_ids())

    def current_block_id(self) -> str | None:
        index = self.tree.currentIndex()
        return self.model.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    def focus_agenda(self) -> None:
        (self.tree if self.block_count() else self.empty).setFocus()

    def _on_workspace_changed(self, changes: Changes) -> None:
        if self.session_id is None or not self.isVisible():
            return
        if not changes.touches(AGENDA, SESSIONS, series_id=self.series_id, session_id=self.session_id):
            return
        if self.tree.state() == QAbstractItemView.State.EditingState:
            self._refresh_after_edit = True  # another process wrote: catch up once the cell is done
            return
        self.refresh(select=self._pending_select)
        self._pending_select = None

    def _on_editor_closed(self, *_args) -> None:
        if self._refresh_after_edit:
            self._refresh_after_edit = False
            QTimer.singleShot(0, self.refresh)  # after the view has finished closing the cell

    def refresh(self, select: str | None = None) -> None:
        if self.session_id is None:
            return
        try:
            session = store.get_session(self.workspace.db, self.session_id)
        except NotFound:
            self.session_id = None
            self.session = None
            self.gone.emit(self.tr("That session was deleted."))
            return
        self._show(session, select=select or self.current_block_id())

    def _show(self, session: Session, select: str | None) -> None:
        had_focus = self.tree.hasFocus()
        self.session = session
        self.model.load(session)
        self.tree.expandAll()
        index = self.model.index_of(select) if select else QModelIndex()
        if index.isValid():
            self.tree.setCurrentIndex(index)
        self._on_current_changed(self.tree.currentIndex())
        empty_had_focus = self.empty.hasFocus()
        self.tree.setVisible(bool(session.blocks))
        self.empty.setVisible(not session.blocks)
        if had_focus or empty_had_focus:
            self.focus_agenda()
        self.heading.setText(self.heading_text())
        self._pull_session_fields(session)
        self._update_total(session)
        self.title_changed.emit()

    def _pull_session_fields(self, session: Session) -> None:
        self.title_edit.set_value(session.title)
        for widget, value in ((self.date_edit, QDate.fromString(session.date or "", Qt.DateFormat.ISODate)),
                              (self.start_edit, QTime.fromString(session.start_time, "HH:mm")),
                              (self.duration_edit, session.duration_minutes)):
            if widget.hasFocus():
                continue
            with QSignalBlocker(widget):
                if widget is self.date_edit:
                    widget.setDate(value if value.isValid() else NO_DATE)
                elif widget is self.start_edit:
                    widget.setTime(value)
                else:
                    widget.setValue(value)
        with QSignalBlocker(self.format_combo):
            self.format_combo.setCurrentIndex(self.format_combo.findData(session.format.value))
        self.location_edit.set_value(session.location)
        self.audience_edit.set_value(session.audience)
        self.language_edit.set_value(session.language)
        self.facilitator_edit.set_value(session.facilitator)
        self.description_edit.set_value(session.description)
        self.objectives_edit.set_value("\n".join(session.objectives))

    def _update_total(self, session: Session) -> None:
        total = agenda.total_minutes(session.blocks)
        balance, over = formatting.balance(total, session.duration_minutes)
        end = agenda.clock_at(session, total)
        self.total_label.setText(self.tr("Total {0} of {1} planned, ending at {2}: {3}").format(
            formatting.duration(total), formatting.duration(session.duration_minutes), end, balance))
        if self._over != over:
            self._over = over
            self.total_label.setProperty("over", over)
            self.total_label.style().unpolish(self.total_label)
            self.total_label.style().polish(self.total_label)

    def is_over(self) -> bool:
        return self._over

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        block_id = self.model.data(current, Qt.ItemDataRole.UserRole) if current.isValid() else None
        if block_id != self._detail_block_id:
            # Text typed for the previous block is saved first; that reloads the model, so only
            # the id of the new block is used from here on, never ``current``.
            self._navigating_to = block_id
            self._commit_typing()
            self._navigating_to = None
            previous = self._detail_block_id
            if previous and any(e.unsaved for e in (self.prompts_edit, self.notes_edit, self.materials_edit)):
                # The disk refused what was typed for the previous block: stay there, with the text.
                QTimer.singleShot(0, lambda: self.tree.setCurrentIndex(self.model.index_of(previous, TITLE)))
                return
        self._detail_block_id = block_id
        node = self.model.node_by_id(block_id)
        self.block_panel.setEnabled(node is not None)
        if node is None:
            self.block_title.setText(self.tr("No block selected"))
            self.block_when.setText("")
            for edit in (self.prompts_edit, self.notes_edit, self.materials_edit):
                edit.set_value("")
            return
        block = node.block
        self.block_title.setText(block.title)
        self.block_when.setText(self.tr("{0} · {1}–{2} · {3}").format(
            kind_label(block.kind), node.start, node.end, formatting.duration(node.minutes)))
        self.prompts_edit.set_value("\n".join(block.prompts))
        self.notes_edit.set_value(block.notes)
        self.materials_edit.set_value(block.materials)
        with QSignalBlocker(self.wrap_up_edit):
            self.wrap_up_edit.setValue(DEFAULT_WRAP_UP_MINUTES if block.wrap_up_minutes is None
                                       else block.wrap_up_minutes)

    def _commit_typing(self) -> None:
        for edit in (self.prompts_edit, self.notes_edit, self.materials_edit):
            edit.commit()

    # ------------------------------------------------------------ editing

    def _push(self, op, text: str, typed=None, select_after: str | None = None):
        """Apply an edit through the runner. If the disk refused it (full, read-only), the text
        typed in ``typed`` stays on screen to be saved again; if the core refused it, what is
        stored is shown. Returns the outcome, or None when refused."""
        try:
            outcome = ops.apply(self.workspace, op, undo_stack=self.undo_stack(), text=text,
                                after=lambda done: self._select(done.focus if done and done.focus else select_after))
        except StorageError as error:
            if typed is not None:
                typed.keep_unsaved()
            show_error(self, error)
            return None
        except FacilitatorError as error:
            show_error(self, error)
            self.refresh()
            return None
        self.status.emit(self.tr("{0}: saved.").format(text))
        return outcome

    def _on_edit_requested(self, block_id: str, change: dict, typed=None) -> None:
        field = next(iter(change))
        names = {"minutes": self.tr("Change minutes"), "title": self.tr("Rename block"),
                 "kind": self.tr("Change kind"), "fixed": self.tr("Change fixed"),
                 "prompts": self.tr("Edit prompts"), "notes": self.tr("Edit notes"),
                 "materials": self.tr("Edit materials"), "wrap_up_minutes": self.tr("Change wrap-up warning")}
        self._push(lambda db: store.update_block(db, block_id, **change), names[field], typed)

    def _select(self, block_id: str | None) -> None:
        """Runs after every edit, undo and redo, just before the views hear of it: this one
        then selects ``block_id``."""
        self._pending_select = self._navigating_to or block_id
        if not self.isVisible():
            self.refresh(select=block_id)
            self._pending_select = None

    def _on_move_requested(self, block_id: str, parent_id: str | None, position: int) -> None:
        self._move(block_id, agenda.Placement(parent_id, position), self.tr("Move block"))

    def _move(self, block_id: str, target: agenda.Placement | None, text: str) -> None:
        if target is None:
            return
        self._push(lambda db: store.move_block(db, block_id, parent_id=target.parent_id, position=target.position),
                   text)

    def _save_detail(self, field: str, text: str) -> None:
        if self._detail_block_id is None:
            return
        value = lines(text) if field == "prompts" else text
        typed = {"prompts": self.prompts_edit, "notes": self.notes_edit, "materials": self.materials_edit}[field]
        self._on_edit_requested(self._detail_block_id, {field: value}, typed)

    def _save_session(self, field: str, value) -> None:
        if self.session_id is None or self.session is None or getattr(self.session, field) == value:
            return
        if field == "format" and self.session.format.value == value:
            return
        typed = {"title": self.title_edit, "location": self.location_edit, "audience": self.audience_edit,
                 "language": self.language_edit, "facilitator": self.facilitator_edit,
                 "description": self.description_edit, "objectives": self.objectives_edit}.get(field)
        session_id = self.session_id
        self._push(lambda db: store.update_session(db, session_id, **{field: value}), self.tr("Edit session"),
                   typed)

    def _on_date_edited(self) -> None:
        date = self.date_edit.date()
        self._save_session("date", None if date == NO_DATE else date.toString(Qt.DateFormat.ISODate))

    def add_block(self) -> None:
        if self.session_id is None:
            return
        self._commit_typing()
        current = self.model.node(self.tree.currentIndex())
        if current is None:
            parent_id, position = None, len(self.model.blocks())
        elif current.parent is not None:
            parent_id, position = current.parent.block.id, current.row + 1
        else:
            parent_id, position = None, current.row + 1
        session_id, title = self.session_id, self.tr("New block")
        outcome = self._push(lambda db: store.add_block(db, session_id, title=title, minutes=10, parent_id=parent_id,
                                                        position=position), self.tr("Add block"))
        if outcome is not None:
            self.tree.setFocus()
            self.tree.edit(self.model.index_of(outcome.value.id, TITLE))

    def duplicate_block(self) -> None:
        """A copy goes right after the original; a heading is copied without its sub-blocks."""
        node = self.model.node(self.tree.currentIndex())
        if node is None or self.session_id is None:
            return
        self._commit_typing()
        block = node.block
        fields = {"title": block.title, "minutes": block.effective_minutes, "kind": block.kind,
                  "prompts": list(block.prompts), "notes": block.notes, "materials": block.materials,
                  "fixed": block.fixed}
        parent_id = node.parent.block.id if node.parent else None
        session_id, position = self.session_id, node.row + 1
        self._push(lambda db: store.add_block(db, session_id, parent_id=parent_id, position=position, **fields),
                   self.tr("Duplicate block"))

    def delete_block(self) -> None:
        node = self.model.node(self.tree.currentIndex())
        if node is None:
            return
        siblings = node.parent.children if node.parent else self.model._nodes
        if node.row + 1 < len(siblings):
            neighbour = siblings[node.row + 1].block.id
        elif node.row > 0:
            neighbour = siblings[node.row - 1].block.id
        else:
            neighbour = node.parent.block.id if node.parent else None
        block_id = node.block.id
        self._push(lambda db: store.delete_block(db, block_id), self.tr("Delete “{0}”").format(node.block.title),
                   select_after=neighbour)
        self.status.emit(self.tr("Deleted “{0}”. Ctrl+Z brings it back.").format(node.block.title))

    def shift(self, step: int) -> None:
        block_id = self.current_block_id()
        if block_id:
            self._move(block_id, agenda.shift_target(self.model.blocks(), block_id, step),
                       self.tr("Move up") if step < 0 else self.tr("Move down"))

    def indent(self) -> None:
        block_id = self.current_block_id()
        if not block_id:
            return
        target = agenda.indent_target(self.model.blocks(), block_id)
        if target is None:
            self.status.emit(self.tr("Only a block with no sub-blocks, below another block, can become a sub-block."))
        self._move(block_id, target, self.tr("Make sub-block"))

    def outdent(self) -> None:
        block_id = self.current_block_id()
        if block_id:
            self._move(block_id, agenda.outdent_target(self.model.blocks(), block_id), self.tr("Lift out"))

    def save_as_template(self) -> None:
        if self.session is None:
            return
        self._commit_typing()
        name, ok = QInputDialog.getText(self, self.tr("Save session as template"),
                                        self.tr("Template name (shown when you make a new series):"),
                                        text=self.session.title)
        name = name.strip()
        if not ok or not name:
            return
        template_id = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "my-template"
        target = paths.user_templates_dir() / f"{template_id}.toml"
        if target.exists() and QMessageBox.question(
                self, self.tr("Replace template"),
                self.tr("A template named “{0}” already exists. Replace it?").format(name)) \
                != QMessageBox.StandardButton.Yes:
            return
        with reported(self):
            session = store.get_session(self.workspace.db, self.session.id)
            path = templates.save_session_as_template(session, template_id=template_id, name=name)
            self.status.emit(self.tr("Saved template “{0}” to {1}.").format(name, path))
