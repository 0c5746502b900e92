"""The theme board: notes on the left, theme cards in the middle, the chosen theme's notes on
the right, and counts per session and group below. Drag notes onto a card (or press Ctrl+T)
to put them on a theme; a note may carry several.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.notes import Note, NoteKind
from facilitator.ops import agenda as series_store
from facilitator.ops import notes as note_store
from facilitator.ops import synthesis as theme_store
from facilitator.ops.changes import NOTES, SESSIONS, THEMES
from facilitator.synthesis import trends as trends_core
from facilitator.synthesis.suggestions import suggest_themes
from ui import ops
from ui.notes.capture_pane import kind_label
from ui.notes.keys import OwnKeys
from ui.notes.lazy import RefreshWhenShown
from ui.notes.models import NotesModel, ThemeRole, ThemesModel
from ui.notes.note_delegate import NoteDelegate

CARD = QSize(230, 118)
NOTES_SHOWN = 500  # a search or a filter narrows a larger series
UNTAGGED = "untagged"


def describe_note(note: Note, themes: list[str]) -> str:
    where = f"S{note.session_number}" + (f"  ·  {note.group_label}" if note.group_label else "")
    tags = ("  ·  ▸ " + ", ".join(themes)) if themes else ""
    follow_up = "  ·  ".join(x for x in (note.action_owner, note.action_due) if x)
    return f"{kind_label(note.kind)}  ·  {where}{tags}\n{note.text}" + (f"  ({follow_up})" if follow_up else "")


class ThemeCardDelegate(QStyledItemDelegate):
    """A card: title, how many notes per session, and the first illustrative quote."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        return CARD

    def paint(self, painter: QPainter, option, index) -> None:
        theme = index.data(ThemeRole)
        palette = option.palette
        rect = option.rect.adjusted(4, 4, -4, -4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight).lighter(175) if selected
                         else palette.color(QPalette.ColorRole.Base))
        painter.setPen(palette.color(QPalette.ColorRole.Highlight) if selected else QColor("#b9b4a8"))
        painter.drawRoundedRect(rect, 6, 6)
        inner = rect.adjusted(10, 8, -10, -8)
        title_font = painter.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        line = painter.fontMetrics().lineSpacing()
        title = painter.fontMetrics().elidedText(theme["title"], Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line), Qt.AlignmentFlag.AlignLeft, title)
        body = painter.font()
        body.setBold(False)
        painter.setFont(body)
        per_session = "  ".join(f"S{n} {c}" for n, c in sorted(theme.get("by_session", {}).items()))
        count = self.tr("1 note") if theme["notes"] == 1 else self.tr("{n} notes").format(n=theme["notes"])
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRect(inner.left(), inner.top() + line + 2, inner.width(), line), Qt.AlignmentFlag.AlignLeft,
                         f"{count}   {per_session}")
        quote = theme.get("quote")
        if quote:
            italic = painter.font()
            italic.setItalic(True)
            painter.setFont(italic)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            top = inner.top() + 2 * line + 8
            box = QRect(inner.left(), top, inner.width(), inner.bottom() - top)
            text = painter.fontMetrics().elidedText(f"“{quote}”", Qt.TextElideMode.ElideRight,
                                                    inner.width() * 2 - 20)
            painter.drawText(box, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, text)
        painter.restore()


class ThemeBoard(QWidget):
    def __init__(self, workspace, series_id: str, undo_stack: QUndoStack | None = None, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.db = workspace.db
        self.series_id = series_id
        self.undo_stack = undo_stack or QUndoStack(self)
        self._build()
        self.refresh()
        ops.watch(workspace, self, RefreshWhenShown(self, self.refresh).changed, THEMES, NOTES, SESSIONS,
                  series_id=series_id)

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search notes"))
        self.search.setAccessibleName(self.tr("Search notes"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._pull_notes)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Only notes of this kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in NoteKind:
            self.kind_filter.addItem(kind_label(kind), kind.value)
        self.kind_filter.currentIndexChanged.connect(self._pull_notes)
        self.session_filter = QComboBox()
        self.session_filter.setAccessibleName(self.tr("Only notes of this session"))
        self.session_filter.addItem(self.tr("All sessions"), None)
        for session in series_store.list_sessions(self.db, self.series_id):
            self.session_filter.addItem(self.tr("Session {n}").format(n=session.number), session.id)
        self.session_filter.currentIndexChanged.connect(self._pull_notes)
        self.theme_filter = QComboBox()
        self.theme_filter.setAccessibleName(self.tr("Only notes on this theme"))
        self.theme_filter.currentIndexChanged.connect(self._pull_notes)
        self.group_filter = QComboBox()
        self.group_filter.setAccessibleName(self.tr("Only notes of this group"))
        self.group_filter.currentIndexChanged.connect(self._pull_notes)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.kind_filter)
        left_layout.addLayout(filters)
        more_filters = QHBoxLayout()
        for box in (self.session_filter, self.group_filter, self.theme_filter):
            more_filters.addWidget(box, 1)
        left_layout.addLayout(more_filters)
        self.notes_model = NotesModel(describe_note, self)
        self.notes_view = QListView()
        self.notes_view.setAccessibleName(self.tr("Notes"))
        self.notes_view.setModel(self.notes_model)
        self.notes_view.setWordWrap(True)
        self.notes_view.setAlternatingRowColors(True)
        self.notes_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.notes_view.setDragEnabled(True)
        self.notes_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.notes_view.setItemDelegate(NoteDelegate(self.notes_view))
        left_layout.addWidget(self.notes_view, 1)
        suggestion_row = QHBoxLayout()
        self.suggestion = QLabel()
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion.setWordWrap(True)
        self.suggestion.setAccessibleName(self.tr("Suggested theme for the selected note"))
        self.suggest_button = QPushButton(self.tr("Add to suggested theme"))
        self.suggest_button.clicked.connect(self.accept_suggestion)
        suggestion_row.addWidget(self.suggestion, 1)
        suggestion_row.addWidget(self.suggest_button)
        left_layout.addLayout(suggestion_row)
        self.notes_view.selectionModel().selectionChanged.connect(lambda *_: self._pull_suggestion())
        split.addWidget(left)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.new_button = self._button(self.tr("&New theme"), self.new_theme, "Ctrl+N")
        self.tag_button = self._button(self.tr("Add &to theme"), self.tag_selected, "Ctrl+T")
        self.rename_button = self._button(self.tr("&Rename"), self.rename_theme, "F2")
        self.merge_button = self._button(self.tr("&Merge into…"), self.merge_theme, "Ctrl+M")
        self.delete_button = self._button(self.tr("Delete theme"), self.delete_theme, None)
        for b in (self.new_button, self.tag_button, self.rename_button, self.merge_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        middle_layout.addLayout(buttons)
        self.themes_model = ThemesModel(self._on_drop, self)
        self.themes_view = QListView()
        self.themes_view.setAccessibleName(self.tr("Themes"))
        self.themes_view.setModel(self.themes_model)
        self.themes_view.setViewMode(QListView.ViewMode.IconMode)
        self.themes_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.themes_view.setMovement(QListView.Movement.Static)
        self.themes_view.setSpacing(4)
        self.themes_view.setItemDelegate(ThemeCardDelegate(self.themes_view))
        self.themes_view.setAcceptDrops(True)
        self.themes_view.setDropIndicatorShown(True)
        self.themes_view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.themes_view.selectionModel().currentChanged.connect(lambda *_: self._pull_theme_notes())
        middle_layout.addWidget(self.themes_view, 1)
        split.addWidget(middle)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.theme_title = QLabel(self.tr("Choose a theme"))
        self.theme_title.setTextFormat(Qt.TextFormat.PlainText)
        self.theme_title.setStyleSheet("font-weight: bold")
        right_layout.addWidget(self.theme_title)
        self.theme_notes = QListWidget()
        self.theme_notes.setAccessibleName(self.tr("Notes on the chosen theme; check a note to mark it illustrative"))
        self.theme_notes.setWordWrap(True)
        self.theme_notes.setSpacing(3)
        self.theme_notes.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.theme_notes.itemChanged.connect(self._on_illustrative_toggled)
        right_layout.addWidget(self.theme_notes, 1)
        right_buttons = QHBoxLayout()
        self.untag_button = self._button(self.tr("Take off theme"), self.untag_selected, None)
        self.split_button = self._button(self.tr("&Split into new theme…"), self.split_theme, None)
        right_buttons.addWidget(self.untag_button)
        right_buttons.addWidget(self.split_button)
        right_layout.addLayout(right_buttons)
        split.addWidget(right)
        split.setSizes([450, 470, 340])  # room for the filters in longer languages
        outer.addWidget(split, 3)

        counts_head = QHBoxLayout()
        self.counts_label = QLabel(self.tr("Trends: notes per theme and stakeholder group (darker: more)"))
        counts_head.addWidget(self.counts_label, 1)
        self.reading = QComboBox()
        self.reading.setAccessibleName(self.tr("Count notes by"))
        for key, text in (("", self.tr("Stakeholder group")), ("audience", self.tr("Session audience")),
                          ("perspective", self.tr("Quote perspective")), ("group", self.tr("Breakout group")),
                          ("session", self.tr("Session"))):
            self.reading.addItem(text, key)
        self.reading.currentIndexChanged.connect(lambda *_: self._pull_counts())
        by_label = QLabel(self.tr("Count &by:"))
        by_label.setBuddy(self.reading)
        counts_head.addWidget(by_label)
        counts_head.addWidget(self.reading)
        outer.addLayout(counts_head)
        self.counts = QTableWidget()
        self.counts.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        self.counts.setAccessibleName(self.tr("Notes per theme and stakeholder group"))
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        outer.addWidget(self.counts, 1)

        search = QAction(self)
        search.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        search.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        search.triggered.connect(self.search.setFocus)
        self.addAction(search)
        OwnKeys(self.themes_view, {QKeySequence(QKeySequence.StandardKey.Delete): self.delete_theme})

    def _button(self, text: str, slot, keys: str | None) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        if keys:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            button.setToolTip(keys)
        return button

    # ------------------------------------------------------------ pulling state

    def refresh(self) -> None:
        self._pull_filters()
        self._pull_notes()
        self._pull_themes()
        self._pull_suggestion()

    def _pull_filters(self) -> None:
        """Theme and group choices follow the data; the choice made stays if it still exists."""
        choices = [(self.tr("Any theme"), None), (self.tr("Not on a theme yet"), UNTAGGED)]
        choices += [(t["title"], t["id"]) for t in theme_store.list_themes(self.db, self.series_id)]
        groups = [(self.tr("All groups"), None)] + [(g, g) for g in note_store.group_labels(self.db, self.series_id)]
        for box, items in ((self.theme_filter, choices), (self.group_filter, groups)):
            keep = box.currentData()
            box.blockSignals(True)
            box.clear()
            for text, data in items:
                box.addItem(text, data)
            box.setCurrentIndex(max(0, box.findData(keep)) if keep is not None else 0)
            box.blockSignals(False)

    def _pull_notes(self) -> None:
        theme = self.theme_filter.currentData()
        notes = note_store.search_notes(self.db, self.series_id, self.search.text(),
                                        kind=self.kind_filter.currentData(),
                                        session_id=self.session_filter.currentData(),
                                        group_label=self.group_filter.currentData(),
                                        theme_id=theme if theme not in (None, UNTAGGED) else None,
                                        untagged=theme == UNTAGGED, limit=NOTES_SHOWN)
        self.notes_model.set_notes(notes, theme_store.themes_of_notes(self.db, self.series_id, [n.id for n in notes]))

    def _pull_suggestion(self) -> None:
        """For one selected note on no theme: the themes it shares words with, and which words.
        Nothing is put on a theme until the button is pressed."""
        self._suggested = []
        note_ids = self.selected_note_ids()
        if len(note_ids) == 1 and not self.notes_model.themes_of.get(note_ids[0]):
            self._suggested = suggest_themes(self.db, note_ids[0])
        if self._suggested:
            lines = [self.tr("Might belong to “{title}”: {reason}").format(title=s.title, reason=s.reason)
                     for s in self._suggested]
            self.suggestion.setText("\n".join(lines))
            self.suggest_button.setText(self.tr("Add to “{title}”").format(title=self._suggested[0].title))
        else:
            self.suggestion.setText("")
        self.suggestion.setVisible(bool(self._suggested))
        self.suggest_button.setVisible(bool(self._suggested))

    def accept_suggestion(self) -> None:
        note_ids = self.selected_note_ids()
        if self._suggested and note_ids:
            self._on_drop(self._suggested[0].theme_id, note_ids)

    def _pull_themes(self) -> None:
        current = self.current_theme_id()
        themes = theme_store.theme_counts(self.db, self.series_id)
        quotes = theme_store.first_quotes(self.db, self.series_id)
        for theme in themes:
            theme["quote"] = quotes.get(theme["id"], "")
        self.themes_model.set_themes(themes)
        row = self.themes_model.row_of(current) if current else -1
        if row >= 0:
            self.themes_view.setCurrentIndex(self.themes_model.index(row))
        self._pull_theme_notes()
        self._pull_counts()

    def current_theme_id(self) -> str | None:
        index = self.themes_view.currentIndex()
        return index.data(ThemeRole)["id"] if index.isValid() else None

    def _pull_theme_notes(self) -> None:
        theme_id = self.current_theme_id()
        self.theme_notes.blockSignals(True)
        self.theme_notes.clear()
        if theme_id is None:
            self.theme_title.setText(self.tr("Choose a theme"))
        else:
            theme = self.themes_view.currentIndex().data(ThemeRole)
            self.theme_title.setText(self.tr("{title}: check the illustrative quotes").format(title=theme["title"]))
            for note in theme_store.theme_notes(self.db, theme_id):
                label = f" [{note['perspective']}]" if note["perspective"] else ""
                item = QListWidgetItem(f"S{note['session']} · {note['text']}{label}")
                item.setData(Qt.ItemDataRole.UserRole, note["id"])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if note["illustrative"] else Qt.CheckState.Unchecked)
                self.theme_notes.addItem(item)
        self.theme_notes.blockSignals(False)

    def _pull_counts(self) -> None:
        """The trend table as a heat table: each cell shaded by how many notes it holds; the
        tooltip splits a cell by session."""
        table = trends_core.trend_table(self.db, self.series_id, self.reading.currentData() or None)
        headers = [self.tr("Theme"), self.tr("All")] + table.columns
        self.counts.clear()
        self.counts.setColumnCount(len(headers))
        self.counts.setHorizontalHeaderLabels(headers)
        self.counts.setRowCount(len(table.rows))
        heat = QColor("#e07a2f")
        for r, row in enumerate(table.rows):
            values = [row.title, row.total] + [row.by_column.get(c, 0) for c in table.columns]
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value) if value != 0 else "")
                if c >= 2 and value:
                    share = trends_core.heat_share(value, table.largest)
                    base = QColor("white")
                    item.setBackground(QColor(round(base.red() + (heat.red() - base.red()) * share),
                                              round(base.green() + (heat.green() - base.green()) * share),
                                              round(base.blue() + (heat.blue() - base.blue()) * share)))
                    item.setForeground(QColor("black"))
                    column = table.columns[c - 2]
                    item.setToolTip("\n".join(
                        self.tr("Session {n}: {count}").format(n=number, count=cells[column])
                        for number, cells in sorted(row.by_session.items()) if cells.get(column)))
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.counts.setItem(r, c, item)
        self.counts.resizeColumnsToContents()
        self.counts.resizeRowsToContents()
        self.counts.verticalHeader().setVisible(False)

    # ------------------------------------------------------------ actions

    def _push(self, text: str, op):
        """One edit through the runner, on this board's undo stack; None when refused."""
        return ops.run(self, self.workspace, op, undo_stack=self.undo_stack, text=text)

    def _on_drop(self, theme_id: str, note_ids: list[str]) -> bool:
        return self._push(self.tr("Add notes to theme"),
                          lambda db: theme_store.tag_notes(db, theme_id, note_ids)) is not None

    def selected_note_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.notes_view.selectionModel().selectedRows())
        return [self.notes_model.note(r).id for r in rows]

    def new_theme(self) -> None:
        """A new theme card; the notes selected when it is made go on it, in one undo step."""
        note_ids = self.selected_note_ids()  # before the refresh the new theme causes clears the selection
        title, ok = QInputDialog.getText(self, self.tr("New theme"), self.tr("Theme title:"))
        if ok and title.strip():
            series_id = self.series_id
            outcome = self._push(self.tr("New theme"),
                                 lambda db: theme_store.create_theme(db, series_id, title, note_ids=note_ids))
            if outcome is not None:
                self.themes_view.setCurrentIndex(self.themes_model.index(self.themes_model.row_of(outcome.value["id"])))

    def _choose_theme(self, title: str, exclude: str | None = None) -> str | None:
        themes = [t for t in theme_store.list_themes(self.db, self.series_id) if t["id"] != exclude]
        if not themes:
            return None
        names = [t["title"] for t in themes]
        name, ok = QInputDialog.getItem(self, title, self.tr("Theme:"), names, 0, False)
        return themes[names.index(name)]["id"] if ok else None

    def tag_selected(self) -> None:
        note_ids = self.selected_note_ids()
        if not note_ids:
            return
        theme_id = self._choose_theme(self.tr("Add to theme"))
        if theme_id:
            self._on_drop(theme_id, note_ids)

    def rename_theme(self) -> None:
        theme_id = self.current_theme_id()
        if theme_id is None:
            return
        old = self.themes_view.currentIndex().data(ThemeRole)["title"]
        title, ok = QInputDialog.getText(self, self.tr("Rename theme"), self.tr("Theme title:"), text=old)
        if ok and title.strip() and title != old:
            self._push(self.tr("Rename theme"), lambda db: theme_store.rename_theme(db, theme_id, title))

    def merge_theme(self) -> None:
        source = self.current_theme_id()
        if source is None:
            return
        target = self._choose_theme(self.tr("Merge into"), exclude=source)
        if target:
            self._push(self.tr("Merge themes"), lambda db: theme_store.merge_themes(db, source, target))

    def delete_theme(self) -> None:
        theme_id = self.current_theme_id()
        if theme_id:
            self._push(self.tr("Delete theme"), lambda db: theme_store.delete_theme(db, theme_id))

    def _selected_theme_note_ids(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.theme_notes.selectedItems()]

    def untag_selected(self) -> None:
        theme_id, note_ids = self.current_theme_id(), self._selected_theme_note_ids()
        if theme_id and note_ids:
            self._push(self.tr("Take notes off theme"), lambda db: theme_store.untag_notes(db, theme_id, note_ids))

    def split_theme(self) -> None:
        theme_id, note_ids = self.current_theme_id(), self._selected_theme_note_ids()
        if not (theme_id and note_ids):
            return
        title, ok = QInputDialog.getText(self, self.tr("Split theme"), self.tr("Title of the new theme:"))
        if ok and title.strip():
            self._push(self.tr("Split theme"), lambda db: theme_store.split_theme(db, theme_id, note_ids, title))

    def _on_illustrative_toggled(self, item: QListWidgetItem) -> None:
        theme_id = self.current_theme_id()
        if theme_id:
            value = item.checkState() == Qt.CheckState.Checked
            note_id = item.data(Qt.ItemDataRole.UserRole)
            # The refresh rebuilds this list, which must not happen inside its own signal.
            QTimer.singleShot(0, lambda: self._push(self.tr("Mark illustrative"), lambda db: theme_store.set_illustrative(
                db, theme_id, note_id, value)))
