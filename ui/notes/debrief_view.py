"""After a session: the team's debrief checklist, the 1:1 calls to make, and the survey."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.ops import agenda as series_store
from facilitator.ops import roster as roster_store
from facilitator.ops import synthesis as store
from facilitator.ops.changes import DEBRIEF, SESSIONS
from facilitator.synthesis import survey
from facilitator.synthesis.debrief import FollowupStatus
from ui import ops
from ui.notes.lazy import RefreshWhenShown

ANSWER_SAVE_MS = 600


class DebriefView(QWidget):
    def __init__(self, workspace, series_id: str, undo_stack: QUndoStack | None = None, parent=None):
        super().__init__(parent)
        self.undo_stack = undo_stack or QUndoStack(self)
        self.workspace = workspace
        self.db = workspace.db
        self.series_id = series_id
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.session_box = QComboBox()
        self.session_box.setAccessibleName(self.tr("Session"))
        for s in series_store.list_sessions(self.db, series_id):
            self.session_box.addItem(self.tr("Session {n}: {title}").format(n=s.number, title=s.title), s.id)
        label = QLabel(self.tr("&Debrief of"))
        label.setBuddy(self.session_box)
        top.addWidget(label)
        top.addWidget(self.session_box, 1)
        self.survey_button = QPushButton(self.tr("Import &survey CSV…"))
        self.survey_button.clicked.connect(self.import_survey)
        top.addWidget(self.survey_button)
        outer.addLayout(top)

        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Debrief of the session"))
        scroll.setWidgetResizable(True)
        body = QWidget()
        self.body = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.prompts = QGroupBox(self.tr("Reflection"))
        self.prompts_layout = QVBoxLayout(self.prompts)
        self.body.addWidget(self.prompts)
        self._prompt_widgets: dict[str, tuple[QCheckBox, QPlainTextEdit]] = {}
        # Answers are kept a moment after typing stops, not only when the box loses focus.
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(ANSWER_SAVE_MS)
        self._save_timer.timeout.connect(self._save_answers)

        calls = QGroupBox(self.tr("Follow-up calls"))
        calls_layout = QVBoxLayout(calls)
        self.calls = QTableWidget(0, 4)
        self.calls.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        self.calls.setAccessibleName(self.tr("Follow-up calls"))
        self.calls.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Reason"), self.tr("Owner"), self.tr("Status")])
        self.calls.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.calls.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.calls.itemChanged.connect(self._on_call_edited)
        self.calls.setMinimumHeight(160)
        calls_layout.addWidget(self.calls)
        row = QHBoxLayout()
        self.add_call_button = QPushButton(self.tr("&Add call"))
        self.add_call_button.clicked.connect(self.add_call)
        self.delete_call_button = QPushButton(self.tr("Remove call"))
        self.delete_call_button.clicked.connect(self.delete_call)
        row.addWidget(self.add_call_button)
        row.addWidget(self.delete_call_button)
        row.addStretch(1)
        calls_layout.addLayout(row)
        self.body.addWidget(calls)

        self.survey_summary = QLabel()
        self.survey_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.survey_summary.setWordWrap(True)
        self.body.addWidget(self.survey_summary)
        self.body.addStretch(1)

        self.session_box.currentIndexChanged.connect(self._on_session_changed)
        self.refresh()
        ops.watch(workspace, self, RefreshWhenShown(self, self.refresh).changed, DEBRIEF, SESSIONS,
                  series_id=series_id)

    def _on_session_changed(self) -> None:
        # Answers typed for the previous session were saved on focus-out; nothing pending now.
        self._save_timer.stop()
        self.refresh()

    def session_id(self) -> str | None:
        return self.session_box.currentData()

    def refresh(self) -> None:
        session_id = self.session_id()
        if session_id is None:
            return
        self._pull_prompts(session_id)
        self._pull_calls()
        self._pull_survey(session_id)

    def _pull_prompts(self, session_id: str) -> None:
        for item in store.debrief(self.db, session_id):
            if item["prompt"] not in self._prompt_widgets:
                check = QCheckBox(self.tr(item["question"]))
                check.setAccessibleName(self.tr(item["question"]))
                answer = QPlainTextEdit()
                answer.setAccessibleName(self.tr("Answer: ") + self.tr(item["question"]))
                answer.setTabChangesFocus(True)
                answer.setFixedHeight(answer.fontMetrics().lineSpacing() * 3 + 14)
                check.toggled.connect(lambda on, key=item["prompt"]: self._save_prompt(key, done=on))
                answer.installEventFilter(self)
                answer.setProperty("prompt", item["prompt"])
                answer.textChanged.connect(self._save_timer.start)
                self.prompts_layout.addWidget(check)
                self.prompts_layout.addWidget(answer)
                self._prompt_widgets[item["prompt"]] = (check, answer)
            check, answer = self._prompt_widgets[item["prompt"]]
            check.blockSignals(True)
            check.setChecked(item["done"])
            check.blockSignals(False)
            if not answer.hasFocus():
                answer.blockSignals(True)
                answer.setPlainText(item["answer"])
                answer.blockSignals(False)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == event.Type.FocusOut and isinstance(obj, QPlainTextEdit) and obj.property("prompt"):
            self._save_answers()
        return super().eventFilter(obj, event)

    def _save_answers(self) -> None:
        self._save_timer.stop()
        session_id = self.session_id()
        if session_id is None:
            return
        stored = {item["prompt"]: item["answer"] for item in store.debrief(self.db, session_id)}
        for prompt, (_check, answer) in self._prompt_widgets.items():
            if answer.toPlainText() != stored.get(prompt, ""):
                self._save_prompt(prompt, answer=answer.toPlainText())

    def _save_prompt(self, prompt: str, *, answer: str | None = None, done: bool | None = None) -> None:
        session_id = self.session_id()
        if session_id is None:
            return
        ops.run(self, self.workspace, lambda db: store.answer_debrief(db, session_id, prompt, answer=answer, done=done))

    def _pull_calls(self) -> None:
        self.calls.blockSignals(True)
        rows = store.followups(self.db, self.series_id, session_id=self.session_id())
        self.calls.setRowCount(len(rows))
        for r, call in enumerate(rows):
            for c, key in enumerate(("person", "reason", "owner")):
                item = QTableWidgetItem(call[key])
                item.setData(Qt.ItemDataRole.UserRole, call["id"])
                self.calls.setItem(r, c, item)
            status = QComboBox()
            status.setAccessibleName(self.tr("Status of the call to {person}").format(person=call["person"]))
            for s in FollowupStatus:
                status.addItem(self.tr(s.label), s.value)
            status.setCurrentIndex(status.findData(call["status"]))
            status.currentIndexChanged.connect(
                lambda _i, box=status, fid=call["id"]: self._set_status(fid, box.currentData()))
            self.calls.setCellWidget(r, 3, status)
        for column in (0, 2, 3):
            self.calls.resizeColumnToContents(column)
        self.calls.blockSignals(False)

    def _on_call_edited(self, item: QTableWidgetItem) -> None:
        key, followup_id, text = ("person", "reason", "owner")[item.column()], item.data(Qt.ItemDataRole.UserRole), \
            item.text()
        ops.run(self, self.workspace, lambda db: store.update_followup(db, followup_id, **{key: text}))

    def _set_status(self, followup_id: str, status: str) -> None:
        ops.run(self, self.workspace, lambda db: store.update_followup(db, followup_id, status=status))

    def add_call(self) -> None:
        """Pick someone from the roster, or type any name (a partner, a family member)."""
        people = {p.display_name: p.id for p in roster_store.list_participants(self.db, self.series_id)}
        person, ok = QInputDialog.getItem(self, self.tr("Add call"), self.tr("Who should get a call?"),
                                          ["", *people], 0, True)
        if ok and person.strip():
            series_id, session_id, participant_id = self.series_id, self.session_id(), people.get(person.strip())
            ops.run(self, self.workspace, lambda db: store.add_followup(db, series_id, person=person,
                                                                        session_id=session_id,
                                                                        participant_id=participant_id))

    def delete_call(self) -> None:
        row = self.calls.currentRow()
        item = self.calls.item(row, 0) if row >= 0 else None
        if item is not None:
            followup_id = item.data(Qt.ItemDataRole.UserRole)
            ops.run(self, self.workspace, lambda db: store.delete_followup(db, followup_id),
                    undo_stack=self.undo_stack, text=self.tr("Remove call"))

    def _pull_survey(self, session_id: str) -> None:
        lines = []
        for imported in store.survey_imports(self.db, session_id):
            lines.append(self.tr("Survey {file}: {n} responses").format(file=imported["file_name"],
                                                                  n=imported["responses"]))
            for question, counts in imported["choice_counts"].items():
                lines.append("  " + survey.counts_line(question, counts))
        self.survey_summary.setText("\n".join(lines))

    def import_survey(self) -> None:
        session_id = self.session_id()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import survey"), "", self.tr("Survey files (*.csv *.xlsx)"))
        if not path or session_id is None:
            return
        ops.run(self, self.workspace, lambda db: store.import_survey(db, session_id, Path(path)))
