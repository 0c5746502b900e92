"""The values framework: statements with their tensions, guardrails and open questions, the
snapshots taken around sessions, and a side-by-side comparison of any two snapshots.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QInputDialog, QLabel,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QSplitter, QTextBrowser,
                               QVBoxLayout, QWidget)

from facilitator import framework
from facilitator.storage import framework as fw_store
from facilitator.storage import series as series_store
from ui.notes.messages import reported

FIELD_TITLES = {"statement": "Value statement", "tensions": "Tensions", "guardrails": "Guardrails",
                "questions": "Open questions"}
INSERT_STYLE = "background:#d4f0d4;color:#14501e;"
DELETE_STYLE = "background:#f8d7d3;color:#7a1c12;text-decoration:line-through;"


def tr(text: str) -> str:
    return QCoreApplication.translate("Framework", text)


def version_title(version: dict) -> str:
    if version.get("session") and version.get("moment"):
        when = tr("before Session {n}") if version["moment"] == "before" else tr("after Session {n}")
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
            parts.append(f"<p style='margin:0 0 2px 0'><i>{html.escape(tr(FIELD_TITLES[field]))}:</i> {body}</p>")
    return "".join(parts)


def diff_html(old: dict, new: dict) -> str:
    """A two-column table, one row per statement, so both versions line up."""
    diffs = framework.diff_versions(old["statements"], new["statements"])
    counts = framework.summary(diffs)
    badge = {"added": tr("added"), "removed": tr("removed"), "changed": tr("changed"), "same": ""}
    rows = []
    for d in diffs:
        mark = f"<div style='color:#666;font-size:small'>{html.escape(badge[d.status]) or '&nbsp;'}</div>"
        rows.append(f"<tr><td width='50%' style='padding:6px;border-bottom:1px solid #ddd'>{mark}{_cell(d.old, d, 'old')}</td>"
                    f"<td width='50%' style='padding:6px;border-bottom:1px solid #ddd'>{mark}{_cell(d.new, d, 'new')}"
                    f"</td></tr>")
    head = (f"<p>{html.escape(tr('{added} added, {removed} removed, {changed} changed, {same} unchanged').format(**counts))}</p>"
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
        self.older.setAccessibleName(tr("Older version"))
        self.newer = QComboBox()
        self.newer.setAccessibleName(tr("Newer version"))
        for label, box in ((tr("Compare"), self.older), (tr("with"), self.newer)):
            text = QLabel(label)
            text.setBuddy(box)
            pick.addWidget(text)
            pick.addWidget(box, 1)
        layout.addLayout(pick)
        self.view = QTextBrowser()
        self.view.setAccessibleName(tr("Differences between the two versions"))
        layout.addWidget(self.view, 1)
        self.older.currentIndexChanged.connect(self._pull_diff)
        self.newer.currentIndexChanged.connect(self._pull_diff)
        self.refresh()
        workspace.changed.connect(self.refresh)

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
            self.view.setPlainText(tr("Take a snapshot before and after a session to compare versions."))
            return
        self.view.setHtml(diff_html(old, new))


class FrameworkEditor(QWidget):
    """The living framework: edit statements; take a snapshot around a session."""

    def __init__(self, workspace, series_id: str, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.db = workspace.db
        self.series_id = series_id
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("&Add statement"))
        self.add_button.clicked.connect(self.add_statement)
        self.delete_button = QPushButton(tr("Delete statement"))
        self.delete_button.clicked.connect(self.delete_statement)
        self.snapshot_button = QPushButton(tr("Take &snapshot…"))
        self.snapshot_button.clicked.connect(self.take_snapshot)
        for b in (self.add_button, self.delete_button, self.snapshot_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Value statements"))
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
            edit.setAccessibleName(tr(title))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * (3 if field == "statement" else 2) + 14)
            edit.installEventFilter(self)
            self.fields[field] = edit
            form.addRow(tr(title), edit)
        split.addWidget(form_host)
        split.setSizes([380, 520])
        layout.addWidget(split, 1)
        self.refresh()
        workspace.changed.connect(self.refresh)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == event.Type.FocusOut and obj in self.fields.values():
            self._save_fields()
        return super().eventFilter(obj, event)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

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
            edit.blockSignals(True)
            edit.setPlainText(statement[field] if statement else "")
            edit.setEnabled(statement is not None)
            edit.blockSignals(False)

    def _save_fields(self) -> None:
        statement_id = self.current_id()
        statement = self._statements.get(statement_id or "")
        if statement is None:
            return
        changes = {f: e.toPlainText().strip() for f, e in self.fields.items() if e.toPlainText().strip() != statement[f]}
        if changes:
            with reported(self):
                fw_store.update_statement(self.db, statement_id, **changes)
                self.workspace.edited()

    def add_statement(self) -> None:
        text, ok = QInputDialog.getMultiLineText(self, tr("Add statement"), tr("Value statement:"))
        if ok and text.strip():
            with reported(self):
                fw_store.add_statement(self.db, self.series_id, text)
                self.workspace.edited()
                self.list.setCurrentRow(self.list.count() - 1)

    def delete_statement(self) -> None:
        statement_id = self.current_id()
        if statement_id:
            with reported(self):
                fw_store.delete_statement(self.db, statement_id)
                self.workspace.edited()

    def take_snapshot(self) -> None:
        sessions = series_store.list_sessions(self.db, self.series_id)
        choices = [tr("Not tied to a session")]
        keys: list[tuple[str | None, str]] = [(None, "")]
        for s in sessions:
            for moment, text in (("before", tr("Before Session {n}")), ("after", tr("After Session {n}"))):
                choices.append(text.format(n=s.number))
                keys.append((s.id, moment))
        choice, ok = QInputDialog.getItem(self, tr("Take snapshot"), tr("When is this version from?"), choices, 0, False)
        if not ok:
            return
        session_id, moment = keys[choices.index(choice)]
        with reported(self):
            fw_store.snapshot_framework(self.db, self.series_id, session_id=session_id, moment=moment)
            self.workspace.edited()
