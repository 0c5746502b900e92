"""The values framework: statements with their tensions, guardrails and open questions, the
snapshots taken around sessions, and a side-by-side comparison of any two snapshots.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator.ops import agenda as series_store
from facilitator.ops import notes as note_store
from facilitator.ops import synthesis as fw_store
from facilitator.ops.changes import FRAMEWORK, NOTES
from facilitator.synthesis import framework_diff as framework
from ui import ops
from ui.notes.lazy import RefreshWhenShown
from ui.style import muted_color

FIELD_TITLES = {"statement": "Value statement", "tensions": "Tensions", "guardrails": "Guardrails",
                "questions": "Open questions"}
INSERT_STYLE = "background:#d4f0d4;color:#14501e;"
DELETE_STYLE = "background:#f8d7d3;color:#7a1c12;text-decoration:line-through;"


def version_title(version: dict) -> str:
    if version.get("session") and version.get("moment"):
        if version["moment"] == "before":
            when = QCoreApplication.translate("Framework", "before Session {n}")
        else:
            when = QCoreApplication.translate("Framework", "after Session {n}")
        return f"{version['label']} ({when.format(n=version['session'])})"
    return version["label"]


def _words(changes: list[framework.WordChange], side: str) -> str:
    """One side of a word diff as HTML: the old side shows deletions, the new side insertions."""
    out = []
    for change in changes:
        text = html.escape(change.text)
        if change.op == "equal":
            out.append(text)
        elif change.op == "delete" and side == "old":
            out.append(f'<span style="{DELETE_STYLE}">{text}</span>')
        elif change.op == "insert" and side == "new":
            out.append(f'<span style="{INSERT_STYLE}">{text}</span>')
    return "".join(out)


def _cell(statement: dict | None, diff: framework.StatementDiff, side: str) -> str:
    if statement is None:
        return ""
    parts = []
    for field in framework.FIELDS:
        value = statement.get(field, "")
        if field in diff.words:
            body = _words(diff.words[field], side)
        elif diff.status == "added":
            body = f'<span style="{INSERT_STYLE}">{html.escape(value)}</span>' if value else ""
        elif diff.status == "removed":
            body = f'<span style="{DELETE_STYLE}">{html.escape(value)}</span>' if value else ""
        else:
            body = html.escape(value)
        if not body:
            continue
        if field == "statement":
            parts.append(f"<p style='font-weight:600;margin:0 0 4px 0'>{body}</p>")
        else:
            title = html.escape(QCoreApplication.translate("Framework", FIELD_TITLES[field]))
            parts.append(f"<p style='margin:0 0 2px 0'><i>{title}:</i> {body}</p>")
    return "".join(parts)


def diff_html(old: dict, new: dict) -> str:
    """A two-column table, one row per statement, so both versions line up."""
    diffs = framework.diff_versions(old["statements"], new["statements"])
    counts = framework.summary(diffs)
    badge = {"added": QCoreApplication.translate("Framework", "added"),
             "removed": QCoreApplication.translate("Framework", "removed"),
             "changed": QCoreApplication.translate("Framework", "changed"), "same": ""}
    rows = []
    for d in diffs:
        mark = f"<div style='color:{muted_color()};font-size:small'>{html.escape(badge[d.status]) or '&nbsp;'}</div>"
        cell = "<td width='50%' style='padding:6px;border-bottom:1px solid #ddd'>"
        rows.append(f"<tr>{cell}{mark}{_cell(d.old, d, 'old')}</td>{cell}{mark}{_cell(d.new, d, 'new')}</td></tr>")
    tally = QCoreApplication.translate("Framework", "{added} added, {removed} removed, {changed} changed, "
                                                    "{same} unchanged").format(**counts)
    head = (f"<p>{html.escape(tally)}</p>"
            f"<table width='100%' cellspacing='0'><tr><th align='left'>{html.escape(version_title(old))}</th>"
            f"<th align='left'>{html.escape(version_title(new))}</th></tr>")
    return head + "".join(rows) + "</table>"


class FrameworkDiff(QWidget):
    """Pick two snapshots; see what was added, removed and reworded between them."""

    def __init__(self, workspace, series_id: str, parent=None):
        super().__init__(parent)
        self.db = workspace.db
        self.series_id = series_id
        layout = QVBoxLayout(self)
        pick = QHBoxLayout()
        self.older = QComboBox()
        self.older.setAccessibleName(self.tr("Older version"))
        self.newer = QComboBox()
        self.newer.setAccessibleName(self.tr("Newer version"))
        for label, box in ((self.tr("Compare"), self.older), (self.tr("with"), self.newer)):
            text = QLabel(label)
            text.setBuddy(box)
            pick.addWidget(text)
            pick.addWidget(box, 1)
        layout.addLayout(pick)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Differences between the two versions"))
        layout.addWidget(self.view, 1)
        self.older.currentIndexChanged.connect(self._pull_diff)
        self.newer.currentIndexChanged.connect(self._pull_diff)
        self.refresh()
        ops.watch(workspace, self, RefreshWhenShown(self, self.refresh).changed, FRAMEWORK, NOTES,
                  series_id=series_id)

    def refresh(self) -> None:
        self._versions = fw_store.framework_versions(self.db, self.series_id)
        for box in (self.older, self.newer):
            box.blockSignals(True)
            keep = box.currentData()
            box.clear()
            for version in self._versions:
                box.addItem(version_title(version), version["id"])
            index = box.findData(keep)
            box.setCurrentIndex(index if index >= 0 else -1)
            box.blockSignals(False)
        if self.older.currentIndex() < 0 and len(self._versions) >= 2:
            self.older.setCurrentIndex(len(self._versions) - 2)
        if self.newer.currentIndex() < 0 and self._versions:
            self.newer.setCurrentIndex(len(self._versions) - 1)
        self._pull_diff()

    def _pull_diff(self) -> None:
        by_id = {v["id"]: v for v in self._versions}
        old, new = by_id.get(self.older.currentData()), by_id.get(self.newer.currentData())
        if old is None or new is None:
            self.view.setPlainText(self.tr("Take a snapshot before and after a session to compare versions."))
            return
        self.view.setHtml(diff_html(old, new))


def choose_notes(parent: QWidget, db, series_id: str) -> list[str] | None:
    """Search the series' notes and tick the ones that support a statement; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Framework", "Link supporting notes"))
    layout = QVBoxLayout(dialog)
    search = QLineEdit()
    search.setPlaceholderText(QCoreApplication.translate("Framework", "Search notes"))
    search.setAccessibleName(QCoreApplication.translate("Framework", "Search notes"))
    listing = QListWidget()
    listing.setAccessibleName(QCoreApplication.translate("Framework", "Notes; tick those that support the statement"))
    listing.setWordWrap(True)
    ticked: set[str] = set()

    def pull() -> None:
        listing.blockSignals(True)
        listing.clear()
        for note in note_store.search_notes(db, series_id, search.text(), limit=200):
            item = QListWidgetItem(f"S{note.session_number} · {note.text}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if note.id in ticked else Qt.CheckState.Unchecked)
            listing.addItem(item)
        listing.blockSignals(False)

    def on_tick(item: QListWidgetItem) -> None:
        note_id = item.data(Qt.ItemDataRole.UserRole)
        (ticked.add if item.checkState() == Qt.CheckState.Checked else ticked.discard)(note_id)

    listing.itemChanged.connect(on_tick)
    search.textChanged.connect(pull)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(search)
    layout.addWidget(listing, 1)
    layout.addWidget(buttons)
    dialog.resize(640, 480)
    pull()
    return sorted(ticked) if dialog.exec() == QDialog.DialogCode.Accepted else None


class FrameworkEditor(QWidget):
    """The living framework: edit statements, link the notes behind them, take snapshots."""

    def __init__(self, workspace, series_id: str, undo_stack: QUndoStack | None = None, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.db = workspace.db
        self.series_id = series_id
        self.undo_stack = undo_stack or QUndoStack(self)
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add statement"))
        self.add_button.clicked.connect(self.add_statement)
        self.delete_button = QPushButton(self.tr("Delete statement"))
        self.delete_button.clicked.connect(self.delete_statement)
        self.link_button = QPushButton(self.tr("&Link notes…"))
        self.link_button.clicked.connect(self.link_notes)
        self.unlink_button = QPushButton(self.tr("Unlink note"))
        self.unlink_button.clicked.connect(self.unlink_note)
        self.snapshot_button = QPushButton(self.tr("Take &snapshot…"))
        self.snapshot_button.clicked.connect(self.take_snapshot)
        for b in (self.add_button, self.delete_button, self.link_button, self.unlink_button, self.snapshot_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Value statements"))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(lambda *_: self._pull_fields())
        split.addWidget(self.list)
        form_host = QWidget()
        form = QFormLayout(form_host)
        self.fields: dict[str, QPlainTextEdit] = {}
        for field, title in FIELD_TITLES.items():
            edit = QPlainTextEdit()
            edit.setAccessibleName(self.tr(title))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * (3 if field == "statement" else 2) + 14)
            edit.installEventFilter(self)
            self.fields[field] = edit
            form.addRow(self.tr(title), edit)
        self.supporting = QListWidget()
        self.supporting.setAccessibleName(self.tr("Notes that support this statement"))
        self.supporting.setWordWrap(True)
        form.addRow(self.tr("Supporting notes"), self.supporting)
        split.addWidget(form_host)
        split.setSizes([380, 620])
        layout.addWidget(split, 1)
        self.refresh()
        ops.watch(workspace, self, RefreshWhenShown(self, self.refresh).changed, FRAMEWORK, NOTES,
                  series_id=series_id)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == event.Type.FocusOut and obj in self.fields.values():
            self._save_fields()
        return super().eventFilter(obj, event)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, statement_id: str | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == statement_id:
                self.list.setCurrentRow(row)

    def refresh(self) -> None:
        keep = self.current_id()
        self._statements = {s["id"]: s for s in fw_store.statements(self.db, self.series_id)}
        self.list.blockSignals(True)
        self.list.clear()
        for statement in self._statements.values():
            item = QListWidgetItem(statement["statement"])
            item.setData(Qt.ItemDataRole.UserRole, statement["id"])
            self.list.addItem(item)
            if statement["id"] == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._pull_fields()

    def _pull_fields(self) -> None:
        statement = self._statements.get(self.current_id() or "")
        for field, edit in self.fields.items():
            if edit.hasFocus() and statement is not None:
                continue
            edit.blockSignals(True)
            edit.setPlainText(statement[field] if statement else "")
            edit.setEnabled(statement is not None)
            edit.blockSignals(False)
        self.supporting.clear()
        for note_id in (statement or {}).get("note_ids", []):
            note = note_store.get_note(self.db, note_id)
            item = QListWidgetItem(f"S{note.session_number} · {note.text}")
            item.setData(Qt.ItemDataRole.UserRole, note_id)
            self.supporting.addItem(item)

    def _push(self, text: str, op):
        """One edit through the runner, on this screen's undo stack; None when refused."""
        return ops.run(self, self.workspace, op, undo_stack=self.undo_stack, text=text)

    def _save_fields(self) -> None:
        statement_id = self.current_id()
        statement = self._statements.get(statement_id or "")
        if statement is None:
            return
        changes = {f: e.toPlainText().strip() for f, e in self.fields.items()
                   if e.toPlainText().strip() != statement[f]}
        if changes:
            self._push(self.tr("Edit statement"), lambda db: fw_store.update_statement(db, statement_id, **changes))

    def add_statement(self) -> None:
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Add statement"), self.tr("Value statement:"))
        if ok and text.strip():
            series_id = self.series_id
            outcome = self._push(self.tr("Add statement"), lambda db: fw_store.add_statement(db, series_id, text))
            if outcome is not None:
                self.select(outcome.value["id"])

    def delete_statement(self) -> None:
        statement_id = self.current_id()
        if statement_id:
            self._push(self.tr("Delete statement"), lambda db: fw_store.delete_statement(db, statement_id))

    def link_notes(self) -> None:
        statement_id = self.current_id()
        if statement_id is None:
            return
        note_ids = choose_notes(self, self.db, self.series_id)
        if note_ids:
            self._push(self.tr("Link notes"), lambda db: fw_store.link_notes(db, statement_id, note_ids))

    def unlink_note(self) -> None:
        statement_id, item = self.current_id(), self.supporting.currentItem()
        if statement_id and item:
            note_id = item.data(Qt.ItemDataRole.UserRole)
            self._push(self.tr("Unlink note"), lambda db: fw_store.unlink_notes(db, statement_id, [note_id]))

    def take_snapshot(self) -> None:
        sessions = series_store.list_sessions(self.db, self.series_id)
        choices = [self.tr("Not tied to a session")]
        keys: list[tuple[str | None, str]] = [(None, "")]
        for s in sessions:
            for moment, text in (("before", self.tr("Before Session {n}")), ("after", self.tr("After Session {n}"))):
                choices.append(text.format(n=s.number))
                keys.append((s.id, moment))
        choice, ok = QInputDialog.getItem(self, self.tr("Take snapshot"), self.tr("When is this version from?"),
                                          choices, 0, False)
        if not ok:
            return
        session_id, moment = keys[choices.index(choice)]
        series_id = self.series_id
        ops.run(self, self.workspace,
                lambda db: fw_store.snapshot_framework(db, series_id, session_id=session_id, moment=moment))
