"""The "Print & share" page of a series: every printable document with a live preview, Save
PDF… and Print…; the messages of the communication schedule; and the exports.

Documents are built and rendered in a worker (``run_off_ui``) with their own connection; the page
only shows what comes back. A stale result (the choice changed meanwhile) is dropped.
"""

from __future__ import annotations

import asyncio
import html
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QPageSize, QPixmap, QShortcut, QUndoStack
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator import documents
from facilitator.documents.dates import long_date
from facilitator.documents.paper import Paper
from facilitator.errors import FacilitatorError, NotFound
from facilitator.files import write_private_bytes, write_private_text
from facilitator.ops import agenda as store
from facilitator.ops import documents as review
from facilitator.ops import messages as message_ops
from facilitator.ops.changes import ALL_KINDS, ROSTER, SESSIONS
from facilitator.redaction.review import findings
from facilitator.share import calendar, messages
from facilitator.share import markdown_csv as export
from ui import ops, registry, settings
from ui.errors import reported, show_error
from ui.pdf_pages import page_count, page_images, print_pdf
from ui.tasks import run_off_ui
from ui.workspace import Workspace

PREVIEW_DPI = 72
PREVIEW_PAGES = 12
PAPER_KEY = "print/paper"


def _settings() -> QSettings:
    return QSettings("Facilitator", "Facilitator")


def saved_paper() -> Paper:
    """The paper chosen last time, else the system locale's."""
    value = _settings().value(PAPER_KEY, "")
    try:
        return Paper(value)
    except ValueError:
        return documents.default_paper()


def build_preview(workspace: Workspace, kind: str, series_id: str, session_id: str | None, paper: Paper,
                  show_changes: bool = True, language: str | None = None):
    """Worker: the PDF (its fixed labels in ``language``; None: the session's language, else the
    interface's; an external document not yet reviewed is marked as a draft), the first pages as
    images, the page count and, for the external summary, every passage to review."""
    db = workspace.open_worker_connection()
    try:
        pdf = documents.render(db, kind, series_id, session_id, paper=paper, show_changes=show_changes,
                               language=language, draft=True)
        review = documents.external_review(db, series_id, session_id) if documents.KINDS[kind].external else []
    finally:
        db.close()
    return pdf, page_images(pdf, PREVIEW_DPI, PREVIEW_PAGES), page_count(pdf), review


def review_html(item) -> str:
    """One passage as it will be shared, each placeholder highlighted, then what redaction did
    (names quoted: the review is for the team's eyes)."""
    text = item.redacted.text
    marks = sorted([(r.start, r.end) for r in item.redacted.replacements] +
                   [(d.start, d.end) for d in item.redacted.decisions if not d.redacted] +
                   [(x.start, x.end) for x in item.redacted.suspects])
    shown, cursor = [], 0
    for start, end in marks:
        if start < cursor:
            continue
        shown.append(html.escape(text[cursor:start]))
        shown.append(f"<span style='background:#ffe08a;color:#000'>{html.escape(text[start:end])}</span>")
        cursor = end
    shown.append(html.escape(text[cursor:]))
    found = "".join(f"<li>{html.escape(line)}</li>" for line in findings(item))
    edited = (f"<p><i>{html.escape(item.approved)}</i></p>" if item.edited else "")
    return f"<p><b>{html.escape(item.where)}</b></p><p>{''.join(shown)}</p>{edited}<ul>{found}</ul>"


class DocumentsTab(QWidget):
    def __init__(self, workspace: Workspace, series_id: str, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self._series_id = series_id
        self._undo_stack = undo_stack  # approving a passage can be undone (Ctrl+Z)
        self._pdf: bytes | None = None
        self._generation = 0
        self._tasks: set[asyncio.Future] = set()
        self._stale = True

        self.kind = QComboBox()
        for kind in documents.KINDS.values():
            self.kind.addItem(self.tr(kind.title), kind.id)
        self.session = QComboBox()
        self.paper = QComboBox()
        for paper in Paper:
            self.paper.addItem(self.tr(paper.label), paper.value)
        self.paper.setCurrentIndex(self.paper.findData(saved_paper().value))
        for combo, name in ((self.kind, "Document"), (self.session, "Session"), (self.paper, "Paper")):
            combo.setAccessibleName(self.tr(name))
        self.show_changes = QCheckBox(self.tr("Mark &changes since the last version"))
        self.show_changes.setChecked(True)
        self.show_changes.setVisible(False)  # only for the framework handout
        self.show_changes.setAccessibleName(self.tr("Mark changes since the last version"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button.setAccessibleName(self.tr("Save PDF"))
        self.print_button.setAccessibleName(self.tr("Print"))
        for key, slot in ((QKeySequence.StandardKey.Save, self.save_pdf),
                          (QKeySequence.StandardKey.Print, self.print_document)):
            shortcut = QShortcut(key, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only while this page has focus
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self._review_items: list = []
        self.review_list = QListWidget()
        self.review_list.setAccessibleName(self.tr("Passages to review"))
        self.review_list.setMaximumHeight(110)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setAccessibleName(self.tr("Try the preview again"))
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.refresh)
        self.review = QTextBrowser()
        self.review.setAccessibleName(self.tr("Names taken out for review"))
        self.review_edit = QPlainTextEdit()
        self.review_edit.setTabChangesFocus(True)
        self.review_edit.setMaximumHeight(70)
        self.review_edit.setAccessibleName(self.tr("Text to share for this passage"))
        self.markdown_button = QPushButton(self.tr("Save as &Markdown…"))
        self.markdown_button.setAccessibleName(self.tr("Save the reviewed summary as Markdown"))
        self.accept_button = QPushButton(self.tr("Accep&t"))
        self.use_edit_button = QPushButton(self.tr("Use my &wording"))
        self.accept_all_button = QPushButton(self.tr("Accept a&ll"))
        for button, name in ((self.accept_button, self.tr("Accept")), (self.use_edit_button, self.tr("Use my wording")),
                             (self.accept_all_button, self.tr("Accept all"))):
            button.setAccessibleName(name)
        self.review_box = QGroupBox(self.tr("Names taken out: review before sharing"))
        review_layout = QVBoxLayout(self.review_box)
        review_layout.addWidget(self.review_list)
        review_layout.addWidget(self.review, 1)
        review_layout.addWidget(self.review_edit)
        review_buttons = QHBoxLayout()
        for button in (self.accept_button, self.use_edit_button, self.accept_all_button):
            review_buttons.addWidget(button)
        review_layout.addLayout(review_buttons)
        review_layout.addWidget(self.markdown_button, 0, Qt.AlignmentFlag.AlignLeft)

        form = QFormLayout()
        form.addRow(self.tr("&Document:"), self.kind)
        form.addRow(self.tr("S&ession:"), self.session)
        form.addRow(self.tr("P&aper:"), self.paper)
        form.addRow("", self.show_changes)
        for combo in (self.kind, self.session, self.paper):
            form.labelForField(combo).setBuddy(combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addLayout(buttons)
        side.addWidget(self.status)
        side.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.review_box, 1)
        side.addStretch()
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(360)

        self.pages = QVBoxLayout()
        self.pages.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        pages_widget = QWidget()
        pages_widget.setLayout(self.pages)
        pages_widget.setStyleSheet("background: #8a9199;")
        self.preview = QScrollArea()
        self.preview.setWidget(pages_widget)
        self.preview.setWidgetResizable(True)
        self.preview.setAccessibleName(self.tr("Preview"))

        layout = QHBoxLayout(self)
        layout.addWidget(side_widget)
        layout.addWidget(self.preview, 1)

        self.kind.currentIndexChanged.connect(self._on_choice_changed)
        self.session.currentIndexChanged.connect(self._on_choice_changed)
        self.paper.currentIndexChanged.connect(self._on_paper_changed)
        self.show_changes.toggled.connect(self._on_choice_changed)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_document)
        self.review_list.currentRowChanged.connect(self._on_passage_selected)
        self.accept_button.clicked.connect(self.accept_passage)
        self.markdown_button.clicked.connect(self.save_markdown)
        self.use_edit_button.clicked.connect(self.use_my_wording)
        self.accept_all_button.clicked.connect(self.accept_all)
        # The preview shows whatever the series holds: any change to it (or from elsewhere) redraws.
        ops.watch(workspace, self, self._pull_sessions, *ALL_KINDS, series_id=series_id)
        self._pull_sessions()

    # ------------------------------------------------------------ state

    def _pull_sessions(self) -> None:
        first_time = self.session.count() == 0
        current = self.session.currentData()
        self.session.blockSignals(True)
        self.session.clear()
        self.session.addItem(self.tr("Whole series"), None)
        for session in store.list_sessions(self._workspace.db, self._series_id):
            self.session.addItem(self.tr("Session %1: %2").replace("%1", str(session.number))
                                 .replace("%2", session.title), session.id)
        index = -1 if first_time else self.session.findData(current)
        self.session.setCurrentIndex(index if index >= 0 else min(1, self.session.count() - 1))
        self.session.blockSignals(False)
        self.refresh()

    def choice(self) -> tuple[str, str | None, Paper]:
        return self.kind.currentData(), self.session.currentData(), Paper(self.paper.currentData())

    def _on_paper_changed(self) -> None:
        _settings().setValue(PAPER_KEY, self.paper.currentData())
        self.refresh()

    def _on_choice_changed(self) -> None:
        self.show_changes.setVisible(self.kind.currentData() == "framework")
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the preview in a worker; the newest request wins. A page not on screen only
        notes that it is stale, so opening a series never builds PDFs nobody looks at."""
        self._generation += 1
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._pdf = None
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the preview…"))
        self.retry_button.setVisible(False)
        self._track(asyncio.ensure_future(self._render(self._generation, *self.choice())))

    async def _render(self, generation: int, kind: str, session_id: str | None, paper: Paper) -> None:
        try:
            pdf, images, total, review = await run_off_ui(build_preview, self._workspace, kind, self._series_id,
                                                          session_id, paper, self.show_changes.isChecked())
        except Exception as error:  # noqa: BLE001 - whatever went wrong, the page must not wait forever
            if generation == self._generation:
                self._show_pages([])
                reason = str(error) if isinstance(error, FacilitatorError) else self.tr(
                    "The preview could not be made ({error}).").format(error=error)
                self.status.setText(reason)
                self.review_box.setVisible(False)
                self.retry_button.setVisible(True)
            return
        if generation != self._generation:
            return
        self._pdf = pdf
        self._show_pages(images)
        shown = len(images)
        if total > shown:
            text = self.tr("%1 pages; the preview shows the first %2.").replace("%1", str(total)).replace(
                "%2", str(shown))
        else:
            text = self.tr("%n page(s).", "", total)
        pending = sum(item.approved is None for item in review)
        if pending:
            text += " " + self.tr("%n passage(s) wait for review before this can be shared.", "", pending)
        self.status.setText(text)
        self.save_button.setEnabled(not pending)
        self.print_button.setEnabled(not pending)
        self.markdown_button.setEnabled(not pending)
        self.review_box.setVisible(documents.KINDS[kind].external)
        self._show_review(review)

    # ------------------------------------------------------------ review

    def _show_review(self, review: list) -> None:
        """The passages, those waiting first; the selection stays on the same passage."""
        current = self._current_passage()
        self._review_items = sorted(review, key=lambda item: item.approved is not None)
        self.review_list.blockSignals(True)
        self.review_list.clear()
        labels = {"pending": self.tr("waits for review"), "accepted": self.tr("accepted"),
                  "edited": self.tr("your wording")}
        for item in self._review_items:
            QListWidgetItem(f"{item.where} — {labels[item.status]}", self.review_list)
        keys = [item.key for item in self._review_items]
        self.review_list.setCurrentRow(keys.index(current.key) if current and current.key in keys else 0)
        self.review_list.blockSignals(False)
        for widget in (self.review_list, self.review_edit, self.accept_button, self.use_edit_button):
            widget.setVisible(bool(review))
        self.accept_all_button.setEnabled(any(item.approved is None for item in review))
        self.accept_all_button.setVisible(bool(review))
        self._on_passage_selected(self.review_list.currentRow())

    def _current_passage(self):
        row = self.review_list.currentRow()
        return self._review_items[row] if 0 <= row < len(self._review_items) else None

    def _on_passage_selected(self, _row: int) -> None:
        item = self._current_passage()
        if item is None:
            self.review.setHtml(self.tr("No participant names were found in the themes and quotes."))
            self.review_edit.clear()
            return
        self.review.setHtml(review_html(item))
        self.review_edit.setPlainText(item.text)

    def _approve(self, approve, text: str = "") -> None:
        session_id = self.session.currentData()
        ops.run(self, self._workspace, lambda db: approve(db, session_id), undo_stack=self._undo_stack, text=text)

    def accept_passage(self) -> None:
        item, series_id = self._current_passage(), self._series_id
        if item:
            self._approve(lambda db, _session_id: review.approve_passage(db, series_id, item.key, item.redacted.text),
                          self.tr("Accept passage"))

    def use_my_wording(self) -> None:
        item, series_id = self._current_passage(), self._series_id
        wording = self.review_edit.toPlainText().strip()
        if item and wording:
            self._approve(lambda db, _session_id: review.approve_passage(db, series_id, item.key, wording,
                                                                        edited=True),
                          self.tr("Use my wording"))

    def save_markdown(self) -> None:
        """The reviewed external summary as Markdown, to paste into a newsletter or a web page."""
        session_id = self.session.currentData()
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save Markdown"), "summary.md",
                                                    self.tr("Markdown files (*.md)"))
        if path:
            with reported(self):
                write_private_text(Path(path), export.summary_markdown(self._workspace.db, self._series_id, session_id))

    def accept_all(self) -> None:
        series_id = self._series_id
        self._approve(lambda db, session_id: review.accept_all_passages(db, series_id, session_id))

    def _show_pages(self, images) -> None:
        while self.pages.count():
            item = self.pages.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for number, image in enumerate(images, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Page %1").replace("%1", str(number)))
            label.setStyleSheet("background: white; margin: 8px;")
            self.pages.addWidget(label)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _track(self, task: asyncio.Future) -> None:
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def is_ready(self) -> bool:
        return self._pdf is not None

    def busy(self) -> bool:
        """True while a preview or a print job is still running (tests wait on it before closing)."""
        return bool(self._tasks)

    # ------------------------------------------------------------ actions

    def _suggested_name(self) -> str:
        kind, _session_id, _paper = self.choice()
        session = self.session.currentText().split(":")[0] if self.session.currentData() else ""
        return f"{kind}{('-' + session.replace(' ', '-').lower()) if session else ''}.pdf"

    def save_pdf(self) -> None:
        if self._pdf is None:
            return
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), self._suggested_name(),
                                                    self.tr("PDF files (*.pdf)"))
        if not path:
            return
        saved = False
        with reported(self):
            write_private_bytes(Path(path), self._pdf)
            saved = True
        if not saved:
            return
        answer = QMessageBox.question(self, self.tr("Saved"), self.tr("Saved %1. Open it now?").replace(
            "%1", Path(path).name))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def print_document(self) -> None:
        if self._pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        _kind, _session, paper = self.choice()
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter if paper is Paper.LETTER
                                      else QPageSize.PageSizeId.A4))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self._track(asyncio.ensure_future(self._print(printer, self._pdf)))

    async def _print(self, printer: QPrinter, pdf: bytes) -> None:
        self.print_button.setEnabled(False)

        def progress(done: int, total: int) -> None:
            self.status.setText(self.tr("Printing page %1 of %2…").replace("%1", str(done)).replace("%2", str(total)))

        try:
            sent = await run_off_ui(print_pdf, pdf, printer, progress=progress)
        except RuntimeError as error:  # the printer refused: said like every other refusal
            show_error(self, FacilitatorError(str(error)))
            return
        finally:
            self.print_button.setEnabled(True)
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", sent))


class MessagesTab(QWidget):
    """The communication schedule: edit a template, see it filled in for one person, then copy it
    or write a draft per participant."""

    def __init__(self, workspace: Workspace, series_id: str, undo_stack: QUndoStack,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self._undo_stack = undo_stack
        self._series_id = series_id
        self._messages: list[messages.Message] = []
        self._problem = ""
        self.template = QComboBox()
        self.session = QComboBox()
        self.person = QComboBox()
        self.when = QLabel()
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)  # Tab moves on; a message needs no tab characters
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        fields = QLabel(self.tr("Merge fields: ") + ", ".join("{" + f + "}" for f in messages.FIELDS))
        fields.setWordWrap(True)
        fields.setTextFormat(Qt.TextFormat.PlainText)
        fields.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save &template"))
        self.reset_button = QPushButton(self.tr("&Reset to default"))
        self.copy_button = QPushButton(self.tr("&Copy message"))
        self.write_button = QPushButton(self.tr("&Write drafts (.eml)…"))
        for widget, name in ((self.template, "Message"), (self.session, "Session"), (self.person, "Participant"),
                             (self.subject, "Subject"), (self.body, "Message text"), (self.preview, "Filled in"),
                             (self.save_button, "Save template"), (self.reset_button, "Reset to default"),
                             (self.copy_button, "Copy message"), (self.write_button, "Write drafts")):
            widget.setAccessibleName(self.tr(name))
        for template in messages.load_templates().values():
            self.template.addItem(self.tr(template.name), template.id)

        edit = QFormLayout()
        edit.addRow(self.tr("&Message:"), self.template)
        edit.addRow("", self.when)
        edit.addRow(self.tr("S&ubject:"), self.subject)
        edit.addRow(self.tr("&Text:"), self.body)
        edit.addRow("", fields)
        edit_buttons = QHBoxLayout()
        edit_buttons.addWidget(self.save_button)
        edit_buttons.addWidget(self.reset_button)
        edit_buttons.addStretch()
        left = QVBoxLayout()
        left.addLayout(edit)
        left.addLayout(edit_buttons)
        right = QFormLayout()
        right.addRow(self.tr("S&ession:"), self.session)
        right.addRow(self.tr("&For:"), self.person)
        self.series_summary = QCheckBox(self.tr("Summary of the &whole series (not only this session)"))
        self.series_summary.setAccessibleName(self.tr("Summary of the whole series"))
        self.series_summary.toggled.connect(lambda _checked: self._pull_preview())
        right.addRow(self.series_summary)
        right.addRow(self.preview)
        out_buttons = QHBoxLayout()
        out_buttons.addWidget(self.copy_button)
        out_buttons.addWidget(self.write_button)
        right.addRow(out_buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

        self.template.currentIndexChanged.connect(self._pull_template)
        self.session.currentIndexChanged.connect(self._pull_session)
        self.subject.textChanged.connect(self._pull_preview)
        self.body.textChanged.connect(self._pull_preview)
        self.person.currentIndexChanged.connect(self._show_message)
        self.save_button.clicked.connect(self.save_template)
        self.reset_button.clicked.connect(self.reset_template)
        self.copy_button.clicked.connect(self.copy_message)
        self.write_button.clicked.connect(self.write_drafts)
        self._pull_sessions()
        self._pull_template()
        ops.watch(workspace, self, self._on_workspace_changed, SESSIONS, ROSTER, series_id=series_id)

    def _pull_sessions(self) -> None:
        chosen = self.session.currentData()
        self.session.blockSignals(True)
        self.session.clear()
        for session in store.list_sessions(self._workspace.db, self._series_id):
            self.session.addItem(f"{session.number}. {session.title}", session.id)
        self.session.setCurrentIndex(max(0, self.session.findData(chosen)))
        self.session.blockSignals(False)

    def _on_workspace_changed(self) -> None:
        """A roster import or a new session elsewhere shows here at once, not after a click."""
        try:
            self._pull_sessions()
            self._pull_session()
        except NotFound:
            pass  # the series was deleted; the page is about to go

    def _pull_template(self) -> None:
        template = messages.get_template(self.template.currentData())
        for editor in (self.subject, self.body):
            editor.blockSignals(True)
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        for editor in (self.subject, self.body):
            editor.blockSignals(False)
        self._pull_session()

    def _pull_session(self) -> None:
        template = messages.get_template(self.template.currentData())
        when = template.when
        if self.session.currentData():
            session = store.get_session(self._workspace.db, self.session.currentData(), with_blocks=False)
            send_on = messages.send_dates(session)[template.id]
            if send_on:
                when += self.tr(": send on %1").replace("%1", long_date(send_on.isoformat()))
        self.when.setText(when + (self.tr(" (edited)") if template.edited else ""))
        self._pull_preview()

    def _pull_preview(self) -> None:
        person = self.person.currentData()
        self._messages = []
        self._problem = ""
        if self.session.currentData():
            try:
                saved = messages.get_template(self.template.currentData())
                draft = replace(saved, subject=self.subject.text(), body=self.body.toPlainText())
                self._messages = messages.messages_for(self._workspace.db, self._series_id,
                                                       self.session.currentData(), saved.id, draft=draft,
                                                       series_summary=self.series_summary.isChecked())
            except FacilitatorError as error:
                self._problem = str(error)
        self.person.blockSignals(True)
        self.person.clear()
        for message in self._messages:
            self.person.addItem(message.to_name, message.participant_id)
        index = self.person.findData(person)
        self.person.setCurrentIndex(max(0, index))
        self.person.blockSignals(False)
        self._show_message()

    def _current(self) -> messages.Message | None:
        index = self.person.currentIndex()
        return self._messages[index] if 0 <= index < len(self._messages) else None

    def _show_message(self) -> None:
        message = self._current()
        if self._problem:
            self.preview.setPlainText(self._problem)
        elif message:
            subject = self.tr("Subject:")  # outside the f-string, where lupdate can see it
            self.preview.setPlainText(f"{subject} {message.subject}\n\n{message.body}")
        elif self.session.currentData():
            self.preview.setPlainText(self.tr("No participants on the roster yet."))
        self.copy_button.setEnabled(message is not None)
        self.write_button.setEnabled(bool(self._messages))

    def show_template(self, template_id: str) -> None:
        """Show a template (after an edit, undo or redo) with its stored wording."""
        self.template.blockSignals(True)
        self.template.setCurrentIndex(self.template.findData(template_id))
        self.template.blockSignals(False)
        self._pull_template()

    def _edit(self, wording: tuple[str, str] | None, text: str) -> None:
        """Save or reset the wording through the runner: undo puts back the wording before, and
        every step shows the template it touched."""
        template_id = self.template.currentData()
        if wording is None:
            op = lambda db: message_ops.reset_template(db, template_id)  # noqa: E731
        else:
            op = lambda db: message_ops.save_template(db, template_id, subject=wording[0], body=wording[1])  # noqa: E731
        ops.run(self, self._workspace, op, undo_stack=self._undo_stack, text=text,
                after=lambda done: self.show_template(done.focus if done else template_id))

    def save_template(self) -> None:
        self._edit((self.subject.text(), self.body.toPlainText()),
                   self.tr("Edit message “%1”").replace("%1", self.template.currentText()))

    def reset_template(self) -> None:
        self._edit(None, self.tr("Reset message “%1”").replace("%1", self.template.currentText()))

    def copy_message(self) -> None:
        message = self._current()
        if message:
            QGuiApplication.clipboard().setText(f"{message.subject}\n\n{message.body}")

    def write_drafts(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the drafts"))
        if not folder:
            return
        target = messages.drafts_folder(self._workspace.db, Path(folder), self.session.currentData(),
                                        self.template.currentData())
        written = None
        with reported(self):
            written = messages.write_eml(self._messages, target,
                                         sender=messages.check_sender(settings.load().sender))
            messages.write_merge_csv(self._messages, target)
        if written is None:
            return
        QMessageBox.information(self, self.tr("Drafts written"),
                                self.tr("%n draft(s) written to %1, with mail-merge.csv beside them. Open them "
                                        "in your mail program to send.", "", len(written)).replace("%1", str(target)))


class ExportTab(QWidget):
    """Whole-series exports: calendar, Markdown, CSV and JSON."""

    def __init__(self, workspace: Workspace, series_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self._series_id = series_id
        layout = QVBoxLayout(self)
        for label, handler, help_text in (
                (self.tr("&Calendar (.ics)…"), self.export_calendar,
                 self.tr("Every dated session, for Outlook, Google Calendar or Apple Calendar.")),
                (self.tr("&Markdown…"), self.export_markdown,
                 self.tr("The series, its agendas and the roster as readable text.")),
                (self.tr("CS&V tables (.zip)…"), self.export_csv,
                 self.tr("Sessions, agenda, participants and attendance for a spreadsheet.")),
        ):
            button = QPushButton(label)
            button.setAccessibleName(label.replace("&", "").rstrip("…"))
            button.clicked.connect(handler)
            note = QLabel(help_text)
            note.setWordWrap(True)
            row = QHBoxLayout()
            row.addWidget(button)
            row.addWidget(note, 1)
            layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("These files are for the team: they contain names. Share the external "
                                        "summary with everyone else.")))
        layout.addStretch()

    def _save(self, title: str, name: str, pattern: str, write) -> None:
        """Ask where, then ``write(path)``; a problem is shown, never raised into the event loop."""
        chosen, _filter = QFileDialog.getSaveFileName(self, title, name, pattern)
        if not chosen:
            return
        with reported(self):
            write(Path(chosen))

    def _title(self) -> str:
        return store.get_series(self._workspace.db, self._series_id, with_sessions=False).title

    def export_calendar(self) -> None:
        def write(path: Path) -> None:
            series = store.get_series(self._workspace.db, self._series_id)
            write_private_bytes(path, calendar.series_calendar(series, zone_name=calendar.local_zone_name()))

        self._save(self.tr("Save calendar"), f"{self._title()}.ics", self.tr("Calendar files (*.ics)"), write)

    def export_markdown(self) -> None:
        self._save(self.tr("Save Markdown"), f"{self._title()}.md", self.tr("Markdown files (*.md)"),
                   lambda path: write_private_text(path, export.series_markdown(self._workspace.db, self._series_id)))

    def export_csv(self) -> None:
        self._save(self.tr("Save CSV tables"), f"{self._title()}.zip", self.tr("Zip files (*.zip)"),
                   lambda path: export.write_csv(self._workspace.db, self._series_id, path.with_suffix(".zip")))


class PrintSharePage(QWidget):
    def __init__(self, workspace: Workspace, series_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)  # the window's Edit menu uses it while this page is on screen
        self.tabs = QTabWidget()
        self.documents = DocumentsTab(workspace, series_id, self.undo_stack)
        self.messages = MessagesTab(workspace, series_id, self.undo_stack)
        self.exports = ExportTab(workspace, series_id)
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.tabs.addTab(self.messages, self.tr("Messages"))
        self.tabs.addTab(self.exports, self.tr("Export"))
        self.tabs.setAccessibleName(self.tr("Print and share"))
        QVBoxLayout(self).addWidget(self.tabs)


registry.add_series_page("print_share", QT_TRANSLATE_NOOP("Screens", "&Print && share"), PrintSharePage, order=80)
