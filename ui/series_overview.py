"""The overview of one series: what it is for (edited in place, saved as you go) and its
sessions as cards that show at a glance whether each agenda fits its planned time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import NotFound
from facilitator.ops import agenda as store
from facilitator.ops import synthesis
from facilitator.ops.changes import AGENDA, SERIES, SESSIONS, Changes
from facilitator.plan import agenda
from facilitator.plan.model import Format, Session
from ui import formatting, ops, registry
from ui.style import muted_color, over_color
from ui.widgets import CommitLineEdit, CommitTextEdit, lines
from ui.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole
CARD_ROLE = Qt.ItemDataRole.UserRole + 1


def session_card_lines(session: Session) -> tuple[str, str, str, bool]:
    """Heading, details and agenda status of a session card, and whether the agenda misses its
    planned length (over or short: either way the plan needs a look)."""
    heading = QCoreApplication.translate("formatting", "Session {0} · {1}").format(session.number, session.title)
    total = agenda.total_minutes(session.blocks)
    end = agenda.clock_at(session, session.duration_minutes)
    details = [formatting.nice_date(session.date, weekday=True) or QCoreApplication.translate("formatting", "No date"),
               f"{session.start_time}–{end}", formatting.duration(session.duration_minutes),
               formatting.tr(session.format.label)]
    if session.location:
        details.append(session.location)
    balance, _over = formatting.balance(total, session.duration_minutes)
    count = sum(1 + len(b.children) for b in session.blocks)
    status = QCoreApplication.translate("formatting", "Agenda: {0} in {1} blocks, {2}").format(
        formatting.duration(total), count, balance)
    if not session.blocks:
        status = QCoreApplication.translate("formatting", "No agenda yet")
    misses = bool(session.blocks) and total != session.duration_minutes
    return heading, " · ".join(details), status, misses


class SessionCardDelegate(QStyledItemDelegate):
    """Draws a session as a card: title, when and where, and how its agenda fits."""

    PAD = 12

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        height = option.fontMetrics.lineSpacing()
        return QSize(320, 3 * height + 2 * self.PAD + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        heading, details, status, over = index.data(CARD_ROLE)
        painter.save()
        card = option.rect.adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(over_color(palette)) if over else palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight).lighter(185) if selected
                         else palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(card, 6, 6)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 6, 6)
        text = card.adjusted(self.PAD, self.PAD - 2, -self.PAD, -self.PAD)
        line = option.fontMetrics.lineSpacing() + 4
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        elide = option.fontMetrics.elidedText
        painter.drawText(QRect(text.left(), text.top(), text.width(), line), Qt.AlignmentFlag.AlignVCenter,
                         elide(heading, Qt.TextElideMode.ElideRight, text.width()))
        painter.setFont(option.font)
        painter.setPen(QColor(muted_color(palette)))
        painter.drawText(QRect(text.left(), text.top() + line, text.width(), line), Qt.AlignmentFlag.AlignVCenter,
                         elide(details, Qt.TextElideMode.ElideRight, text.width()))
        if over:
            painter.setFont(bold)
        painter.setPen(QColor(over_color(palette)) if over else palette.color(QPalette.ColorRole.Text))
        painter.drawText(QRect(text.left(), text.top() + 2 * line, text.width(), line), Qt.AlignmentFlag.AlignVCenter,
                         elide(status, Qt.TextElideMode.ElideRight, text.width()))
        painter.restore()


class SeriesOverview(QWidget):
    session_requested = Signal(str)
    gone = Signal(str)
    status = Signal(str)
    title_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.series_id: str | None = None
        self._title = ""
        self._stacks: dict[str, QUndoStack] = {}
        self._empty_stack = QUndoStack(self)

        self.title_edit = CommitLineEdit()
        self.topic_edit = CommitLineEdit()
        self.purpose_edit = CommitTextEdit()
        self.goals_edit = CommitTextEdit()
        self.format_combo = QComboBox()
        for fmt in Format:
            self.format_combo.addItem(formatting.tr(fmt.label), fmt.value)
        self.timeline_edit = CommitTextEdit()
        for edit, height in ((self.purpose_edit, 80), (self.goals_edit, 110), (self.timeline_edit, 80)):
            edit.setMinimumHeight(height)
        self.goals_edit.setPlaceholderText(self.tr("One goal per line"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        for label, widget, name, field in (
                (self.tr("&Title:"), self.title_edit, self.tr("Series title"), "title"),
                (self.tr("Top&ic:"), self.topic_edit, self.tr("Topic"), "topic"),
                (self.tr("P&urpose:"), self.purpose_edit, self.tr("Purpose"), "purpose"),
                (self.tr("&Goals:"), self.goals_edit, self.tr("Goals, one per line"), "goals"),
                (self.tr("&Format:"), self.format_combo, self.tr("Format"), "format"),
                (self.tr("Time&line:"), self.timeline_edit, self.tr("Timeline"), "timeline")):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
            if field == "format":
                widget.activated.connect(lambda _i: self._save("format", self.format_combo.currentData()))
            elif field == "goals":
                widget.committed.connect(lambda text: self._save("goals", lines(text)))
            else:
                widget.committed.connect(lambda text, field=field: self._save(field, text))
        self.planned_hours = CommitLineEdit()
        self.actual_hours = CommitLineEdit()
        self.hours_text = QLabel()
        self.hours_text.setTextFormat(Qt.TextFormat.PlainText)
        hours_row = QHBoxLayout()
        for edit, name, hint in ((self.planned_hours, self.tr("Synthesis hours planned"), self.tr("planned")),
                                 (self.actual_hours, self.tr("Synthesis hours spent"), self.tr("spent"))):
            edit.setAccessibleName(name)
            edit.setPlaceholderText(hint)
            edit.setMaximumWidth(90)
            edit.committed.connect(lambda _text: self._save_hours())
            hours_row.addWidget(edit)
        hours_row.addWidget(self.hours_text, 1)
        hours_label = QLabel(self.tr("S&ynthesis hours:"))
        hours_label.setBuddy(self.planned_hours)
        form.addRow(hours_label, hours_row)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(24, 16, 16, 16)
        heading = QLabel(self.tr("About this series"))
        heading.setObjectName("sectionHeading")
        details_layout.addWidget(heading)
        details_layout.addLayout(form)
        details_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(details)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take focus, not the frame
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # fields narrow instead

        self.model = QStandardItemModel(self)
        self.sessions = QListView()
        self.sessions.setModel(self.model)
        self.sessions.setItemDelegate(SessionCardDelegate(self.sessions))
        self.sessions.setAccessibleName(self.tr("Sessions"))
        self.sessions.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.sessions.setSpacing(2)
        self.sessions.setUniformItemSizes(True)
        self.sessions.activated.connect(lambda index: self.session_requested.emit(index.data(ID_ROLE)))
        self.sessions.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(self.tr("This series has no sessions yet. Choose “Add session” to plan the first one."))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.open_button = QPushButton(self.tr("Open &agenda"))
        self.open_button.clicked.connect(self._open_current)
        self.add_button = QPushButton(self.tr("A&dd session"))
        self.add_button.clicked.connect(self.add_session)
        self.delete_button = QPushButton(self.tr("Delete session…"))
        self.delete_button.clicked.connect(self.delete_session)
        # The session's tools (run live, check-in, groups, fishbowl, seating, notes) from its card too.
        self.session_menu = QMenu(self)
        self.session_menu.aboutToShow.connect(self._fill_session_menu)
        self.tools_button = QToolButton()
        self.tools_button.setText(self.tr("&More for this session"))
        self.tools_button.setAccessibleName(self.tr("More for this session"))
        self.tools_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tools_button.setMenu(self.session_menu)
        self.sessions.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.sessions.customContextMenuRequested.connect(
            lambda pos: self.session_menu.popup(self.sessions.viewport().mapToGlobal(pos)))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.tools_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)

        add = QAction(self.tr("Add session"), self)
        add.setShortcut(QKeySequence.StandardKey.New)
        add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.triggered.connect(self.add_session)
        delete = QAction(self.tr("Delete session"), self)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.triggered.connect(self.delete_session)
        self.sessions.addActions([add, delete])

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(16, 16, 24, 16)
        sessions_heading = QLabel(self.tr("&Sessions"))
        sessions_heading.setObjectName("sectionHeading")
        sessions_heading.setBuddy(self.sessions)
        right_layout.addWidget(sessions_heading)
        sessions_hint = QLabel(self.tr("Press Enter or double-click a session to edit its agenda. "
                                       "A red card's agenda is longer or shorter than planned."))
        sessions_hint.setObjectName("pageHint")
        sessions_hint.setWordWrap(True)
        right_layout.addWidget(sessions_hint)
        right_layout.addWidget(self.sessions, 1)
        right_layout.addWidget(self.empty, 1)
        right_layout.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        workspace.changes.connect(self._on_workspace_changed)

    # ------------------------------------------------------------ reading

    def set_series(self, series_id: str) -> None:
        store.get_series(self.workspace.db, series_id, with_sessions=False)
        self.series_id = series_id
        self.refresh()

    def undo_stack(self) -> QUndoStack:
        if self.series_id is None:
            return self._empty_stack
        return self._stacks.setdefault(self.series_id, QUndoStack(self))

    def series_title(self) -> str:
        return self._title

    def _on_workspace_changed(self, changes: Changes) -> None:
        if self.series_id is not None and self.isVisible() and changes.touches(
                SERIES, SESSIONS, AGENDA, series_id=self.series_id):
            self.refresh()

    def refresh(self) -> None:
        if self.series_id is None:
            return
        try:
            series = store.get_series(self.workspace.db, self.series_id)
        except NotFound:
            self.series_id = None
            self.gone.emit(self.tr("That series was deleted."))
            return
        self._title = series.title
        self.title_edit.set_value(series.title)
        self.topic_edit.set_value(series.topic)
        self.purpose_edit.set_value(series.purpose)
        self.goals_edit.set_value("\n".join(series.goals))
        self.format_combo.setCurrentIndex(self.format_combo.findData(series.format.value))
        self.timeline_edit.set_value(series.timeline)
        hours = synthesis.synthesis_hours(self.workspace.db, self.series_id)
        self.planned_hours.set_value("" if hours.planned is None else f"{hours.planned:g}")
        self.actual_hours.set_value("" if hours.actual is None else f"{hours.actual:g}")
        self.hours_text.setText(hours.text)
        current = self.current_session_id()
        self.model.clear()
        for session in series.sessions:
            item = QStandardItem()
            item.setData(session.id, ID_ROLE)
            card = session_card_lines(session)
            item.setData(card, CARD_ROLE)
            item.setData(f"{card[0]}. {card[1]}. {card[2]}", Qt.ItemDataRole.AccessibleTextRole)
            item.setData(card[0], Qt.ItemDataRole.DisplayRole)
            self.model.appendRow(item)
        self._select_session(current)
        self.sessions.setVisible(bool(series.sessions))
        self.empty.setVisible(not series.sessions)
        self._update_buttons()
        self.title_changed.emit()

    def current_session_id(self) -> str | None:
        index = self.sessions.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _select_session(self, session_id: str | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(ID_ROLE) == session_id:
                self.sessions.setCurrentIndex(self.model.index(row, 0))
                return
        if self.model.rowCount():
            self.sessions.setCurrentIndex(self.model.index(0, 0))

    def focus_sessions(self, session_id: str | None = None) -> None:
        if session_id:
            self._select_session(session_id)
        (self.sessions if self.model.rowCount() else self.add_button).setFocus()

    def _fill_session_menu(self) -> None:
        self.session_menu.clear()
        session_id = self.current_session_id()
        for entry in registry.session_actions():
            action = self.session_menu.addAction(QCoreApplication.translate("Screens", entry.text))
            if entry.shortcut:
                action.setShortcut(QKeySequence(entry.shortcut))
            if entry.tooltip:
                action.setStatusTip(QCoreApplication.translate("Screens", entry.tooltip))
            action.setEnabled(session_id is not None)
            action.triggered.connect(lambda _checked=False, entry=entry, sid=session_id:
                                     entry.callback(self.workspace, self.series_id, sid))

    def _update_buttons(self) -> None:
        has = self.current_session_id() is not None
        self.tools_button.setEnabled(has and bool(registry.session_actions()))
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # ------------------------------------------------------------ editing

    def _save(self, field: str, value) -> None:
        if self.series_id is None:
            return
        names = {"title": self.tr("Edit series title"), "topic": self.tr("Edit topic"),
                 "purpose": self.tr("Edit purpose"), "goals": self.tr("Edit goals"),
                 "format": self.tr("Change format"), "timeline": self.tr("Edit timeline")}
        series_id = self.series_id
        if ops.run(self, self.workspace, lambda db: store.update_series(db, series_id, **{field: value}),
                   undo_stack=self.undo_stack(), text=names[field]) is None:
            self.refresh()  # the core refused: show what is stored
            return
        self.status.emit(self.tr("Saved."))

    def _save_hours(self) -> None:
        """Planned against spent synthesis hours (the toolkit planned 16 and needed 40)."""
        if self.series_id is None:
            return
        series_id, planned, actual = self.series_id, self.planned_hours.text(), self.actual_hours.text()
        if ops.run(self, self.workspace, lambda db: synthesis.record_synthesis_hours(db, series_id, planned=planned,
                                                                                    actual=actual),
                   undo_stack=self.undo_stack(), text=self.tr("Edit synthesis hours")) is None:
            self.refresh()  # the core refused: show what is stored
            return
        self.status.emit(self.tr("Saved."))

    def _open_current(self) -> None:
        if self.current_session_id():
            self.session_requested.emit(self.current_session_id())

    def add_session(self) -> None:
        if self.series_id is None:
            return
        series_id = self.series_id
        series = store.get_series(self.workspace.db, series_id, with_sessions=False)
        number = len(store.list_sessions(self.workspace.db, series_id)) + 1
        title = self.tr("Session {0}").format(number)
        outcome = ops.run(self, self.workspace,
                          lambda db: store.add_session(db, series_id, title=title, format=series.format))
        if outcome is not None:
            self.refresh()
            self._select_session(outcome.value.id)
            self.status.emit(self.tr("Added session {0}.").format(outcome.value.number))

    def delete_session(self) -> None:
        session_id = self.current_session_id()
        if session_id is None:
            return
        heading = self.sessions.currentIndex().data(CARD_ROLE)[0]
        answer = QMessageBox.question(
            self, self.tr("Delete session"),
            self.tr("Delete “{0}” and its agenda? This cannot be undone.").format(heading),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if ops.run(self, self.workspace, lambda db: store.delete_session(db, session_id)) is not None:
            self.status.emit(self.tr("Deleted {0}.").format(heading))
