"""The Print & share page: preview, save, print, review of names, messages."""

from __future__ import annotations

import sqlite3
from datetime import date

import document_examples as examples
import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from facilitator.documents import sources
from facilitator.plan import templates
from facilitator.storage import roster
from ui import print_share
from ui.print_share import PrintSharePage
from ui.workspace import Workspace


@pytest.fixture
def page(qtbot, db_path, qasync_loop, monkeypatch):
    monkeypatch.setattr(print_share, "_settings", lambda: _MemorySettings())
    workspace = Workspace(db_path)
    series_id = new_series(workspace.db)
    roster.add_participant(workspace.db, series_id, name="Дмитрий Соколов", email="d@example.org")
    roster.add_participant(workspace.db, series_id, name="Ana López", acknowledgement="by_name")
    widget = PrintSharePage(workspace, series_id)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: not widget.documents.busy(), timeout=10000)
    workspace.close()


class _MemorySettings:
    store: dict = {}

    def value(self, key, default=None):
        return self.store.get(key, default)

    def setValue(self, key, value):  # noqa: N802 (Qt's name)
        self.store[key] = value


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_preview_shows_the_pages_and_enables_save_and_print(qtbot, page):
    tab = page.documents
    choose(tab.kind, "agenda")
    qtbot.waitUntil(tab.is_ready, timeout=5000)
    assert tab.pages.count() >= 1 and tab.save_button.isEnabled() and tab.print_button.isEnabled()
    assert "page" in tab.status.text()


def test_a_document_without_data_says_why(qtbot, page):
    tab = page.documents
    choose(tab.kind, "groups")
    qtbot.waitUntil(lambda: "no groups yet" in tab.status.text(), timeout=5000)
    assert not tab.save_button.isEnabled() and tab.pages.count() == 0


def test_a_preview_that_fails_says_why_and_can_be_tried_again(qtbot, page, monkeypatch):
    tab = page.documents
    real_render = print_share.documents.render
    disk = {"failing": True}

    def render_while_the_disk_fails(*args, **kwargs):
        if disk["failing"]:
            raise sqlite3.OperationalError("disk I/O error")
        return real_render(*args, **kwargs)

    monkeypatch.setattr(print_share.documents, "render", render_while_the_disk_fails)
    choose(tab.kind, "agenda")
    qtbot.waitUntil(lambda: "could not be made" in tab.status.text(), timeout=10000)
    assert "disk I/O error" in tab.status.text() and tab.retry_button.isVisible()
    disk["failing"] = False
    qtbot.mouseClick(tab.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.is_ready, timeout=10000)
    assert tab.pages.count() >= 1 and not tab.retry_button.isVisible()


def test_save_pdf_writes_the_previewed_document(qtbot, page, tmp_path, monkeypatch):
    tab = page.documents
    choose(tab.kind, "runsheet")
    choose(tab.paper, "a4")
    qtbot.waitUntil(tab.is_ready, timeout=5000)
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.save_button.click()
    reader = pypdf.PdfReader(target)
    assert "Facilitator run-sheet" in reader.pages[0].extract_text()
    assert round(float(reader.pages[0].mediabox.height)) == 842  # A4, as chosen


def test_cancelled_save_writes_nothing(qtbot, page, tmp_path, monkeypatch):
    tab = page.documents
    qtbot.waitUntil(tab.is_ready, timeout=5000)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    tab.save_button.click()
    assert not list(tmp_path.glob("*.pdf"))


def test_print_sends_every_page_to_the_printer(qtbot, page, tmp_path, monkeypatch):
    tab = page.documents
    choose(tab.kind, "fishbowl")
    qtbot.waitUntil(tab.is_ready, timeout=5000)
    target = tmp_path / "printed.pdf"

    class FakeDialog:
        DialogCode = QPrintDialog.DialogCode

        def __init__(self, printer, parent):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))

        def exec(self):
            return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(print_share, "QPrintDialog", FakeDialog)
    tab.print_button.click()
    qtbot.waitUntil(lambda: "Sent" in tab.status.text(), timeout=10000)
    assert len(pypdf.PdfReader(target).pages) == len(pypdf.PdfReader(__import__("io").BytesIO(tab._pdf)).pages)


def test_external_summary_preview_lists_each_name_taken_out(qtbot, page, monkeypatch, tmp_path):
    summary = examples.summary([])
    summary.themes[0].quotes = ["I agree with Дмитрий Соколов on this <b>&amp;</b> more.",
                                "Ana López's point stood; we met Fernanda there."]
    monkeypatch.setattr(sources, "summary", lambda db, session: summary)
    tab = page.documents
    choose(tab.kind, "summary-external")
    qtbot.waitUntil(tab.is_ready, timeout=5000)
    assert tab.review_box.isVisibleTo(page)
    assert tab.review_list.count() == 2 and "waits for review" in tab.review_list.item(0).text()
    assert not tab.save_button.isEnabled() and not tab.print_button.isEnabled()  # nothing leaves unreviewed
    assert "wait for review" in tab.status.text()
    text = tab.review.toPlainText()
    assert "I agree with [participant] on this <b>&amp;</b> more." in text  # markup shown, not obeyed
    assert "took out “Дмитрий Соколов”" in text

    tab.review_list.setCurrentRow(1)
    assert "“Fernanda” may be a name not on the roster" in tab.review.toPlainText()
    tab.review_edit.setPlainText("One participant's point stood.")
    tab.use_edit_button.click()
    qtbot.waitUntil(lambda: tab.is_ready() and any("your wording" in tab.review_list.item(i).text()
                                                   for i in range(tab.review_list.count())), timeout=5000)
    assert not tab.save_button.isEnabled()
    tab.accept_all_button.click()
    qtbot.waitUntil(lambda: tab.is_ready() and tab.save_button.isEnabled(), timeout=5000)
    assert all("waits" not in tab.review_list.item(i).text() for i in range(tab.review_list.count()))
    pdf = " ".join(pg.extract_text() for pg in pypdf.PdfReader(__import__("io").BytesIO(tab._pdf)).pages)
    assert "One participant's point stood." in " ".join(pdf.split()) and "Fernanda" not in pdf
    assert "Draft" not in pdf
    target = tmp_path / "summary.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.markdown_button.click()
    assert "One participant's point stood." in target.read_text() and "Fernanda" not in target.read_text()


def test_accepting_a_passage_can_be_undone_and_the_passage_waits_again(qtbot, page, monkeypatch):
    summary = examples.summary([])
    summary.themes[0].quotes = ["Ana López's point stood."]
    monkeypatch.setattr(sources, "summary", lambda db, session: summary)
    tab = page.documents
    choose(tab.kind, "summary-external")
    qtbot.waitUntil(tab.is_ready, timeout=5000)
    tab.review_list.setCurrentRow(0)
    tab.accept_button.click()
    qtbot.waitUntil(lambda: tab.is_ready() and tab.save_button.isEnabled(), timeout=5000)
    assert page.undo_stack.undoText() == "Accept passage"
    page.undo_stack.undo()
    qtbot.waitUntil(lambda: tab.is_ready() and "waits for review" in tab.review_list.item(0).text(), timeout=5000)
    assert not tab.save_button.isEnabled()  # unreviewed again: nothing leaves
    page.undo_stack.redo()
    qtbot.waitUntil(lambda: tab.is_ready() and tab.save_button.isEnabled(), timeout=5000)


def test_messages_fill_in_per_person_and_reject_unknown_fields(qtbot, page, shown_messages):
    tab = page.messages
    page.tabs.setCurrentWidget(tab)
    choose(tab.template, "reminder-day-of")
    assert tab.person.count() == 2
    choose(tab.person, next(m.participant_id for m in tab._messages if m.to_name == "Ana López"))
    assert "Dear Ana López," in tab.preview.toPlainText()
    tab.copy_button.click()
    assert "Dear Ana López," in QGuiApplication.clipboard().text()
    tab.subject.setText("Hello {nick}")
    tab.save_button.click()
    assert shown_messages and "{nick}" in shown_messages[0] and "Reminder on the day" in shown_messages[0]


def test_drafts_go_to_a_private_folder_of_their_own_numbered_not_named(qtbot, page, monkeypatch, tmp_path):
    tab = page.messages
    page.tabs.setCurrentWidget(tab)
    choose(tab.template, "reminder-day-of")
    chosen = tmp_path / "Desktop"
    chosen.mkdir(mode=0o755)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(chosen))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    tab.write_button.click()
    target = chosen / "reminder-day-of-session-1"
    assert sorted(p.name for p in target.iterdir()) == ["mail-merge.csv", "message-001.eml", "message-002.eml"]
    assert target.stat().st_mode & 0o777 == 0o700 and chosen.stat().st_mode & 0o777 == 0o755
    assert str(target) in told[0]


def new_series(db) -> str:
    """The breakthrough template starting 15 March 2026, with an empty roster."""
    return templates.create_series(db, templates.get_template("breakthrough"), title="Demo: Breakthrough series",
                                   start=date(2026, 3, 15)).id


@pytest.mark.parametrize("button, name, check", [
    (0, "series.ics", b"BEGIN:VCALENDAR"), (1, "series.md", b"**INTERNAL: for the facilitation team only."),
    (2, "series.zip", b"PK")])
def test_exports_write_the_chosen_file(qtbot, page, tmp_path, monkeypatch, button, name, check):
    from PySide6.QtWidgets import QPushButton

    target = tmp_path / name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.exports.findChildren(QPushButton)[button].click()
    assert target.read_bytes().startswith(check)
    assert target.stat().st_mode & 0o077 == 0  # owner-only: it holds names


def test_an_export_that_cannot_be_written_is_reported(qtbot, page, tmp_path, monkeypatch, shown_messages):
    from PySide6.QtWidgets import QPushButton

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "missing" / "x.md"), ""))
    page.exports.findChildren(QPushButton)[1].click()
    assert shown_messages and "x.md" in shown_messages[0]


def test_message_preview_follows_unsaved_edits_and_names_a_bad_field(qtbot, page):
    tab = page.messages
    choose(tab.template, "confirmation")
    tab.subject.setText("Welcome, {preferred_name}!")
    assert "Subject: Welcome, " in tab.preview.toPlainText()
    tab.body.setPlainText("See you {when}")
    assert "{when}" in tab.preview.toPlainText() and "Confirmation" in tab.preview.toPlainText()
    assert not tab.copy_button.isEnabled()
    tab.reset_button.click()
    assert tab.subject.text() == "You're confirmed: {session_title} on {date}"


def test_the_schedule_says_when_to_send(qtbot, page):
    tab = page.messages
    choose(tab.template, "reminder-day-before")
    assert "send on Saturday 14 March 2026" in tab.when.text()


def test_ctrl_s_saves_from_the_keyboard(qtbot, page, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt

    tab = page.documents
    qtbot.waitUntil(tab.is_ready, timeout=5000)
    target = tmp_path / "keyboard.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.show()
    page.activateWindow()
    tab.kind.setFocus()
    qtbot.waitUntil(tab.kind.hasFocus, timeout=2000)
    qtbot.keyClick(tab.kind, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert target.read_bytes().startswith(b"%PDF")


def test_framework_handout_can_leave_out_the_changes(qtbot, page, monkeypatch):
    import document_examples as ex

    monkeypatch.setattr(sources, "framework", lambda db, series_id: ex.framework())
    tab = page.documents
    choose(tab.kind, "framework")
    assert tab.show_changes.isVisibleTo(page)
    qtbot.waitUntil(tab.is_ready, timeout=5000)
    assert b"Changes since" in _text(tab._pdf)
    tab.show_changes.setChecked(False)
    qtbot.waitUntil(tab.is_ready, timeout=5000)
    assert b"Changes since" not in _text(tab._pdf)
    choose(tab.kind, "agenda")
    assert not tab.show_changes.isVisibleTo(page)


def _text(pdf: bytes) -> bytes:
    import io

    return "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).encode()


def test_nothing_is_built_until_the_page_is_on_screen(qtbot, db_path, qasync_loop, monkeypatch):
    calls = []
    monkeypatch.setattr(print_share, "build_preview", lambda *a: calls.append(a))
    workspace = Workspace(db_path)
    page = PrintSharePage(workspace, new_series(workspace.db))
    qtbot.addWidget(page)
    page.documents.kind.setCurrentIndex(2)
    assert calls == [] and not page.documents.busy()
    workspace.close()


def test_saving_and_resetting_a_template_can_be_undone(qtbot, page):
    from facilitator.share import messages as core

    tab = page.messages
    choose(tab.template, "reminder-day-of")
    tab.subject.setText("Today: {session_title}")
    tab.save_button.click()
    assert core.get_template("reminder-day-of").subject == "Today: {session_title}"
    page.undo_stack.undo()
    assert not core.get_template("reminder-day-of").edited
    assert tab.subject.text() == "Today at {start_time}: {session_title}"
    page.undo_stack.redo()
    assert core.get_template("reminder-day-of").subject == "Today: {session_title}"
    tab.reset_button.click()
    assert not core.get_template("reminder-day-of").edited
    page.undo_stack.undo()
    assert core.get_template("reminder-day-of").subject == "Today: {session_title}"
    assert page.undo_stack.undoText().startswith("Edit message")


def test_messages_follow_a_roster_import_without_a_click(qtbot, db_path, qasync_loop, monkeypatch):
    """Open on an empty roster, import people elsewhere: the preview names them at once."""
    from facilitator.paths import resource
    from facilitator.roster.spreadsheets import import_file

    monkeypatch.setattr(print_share, "_settings", lambda: _MemorySettings())
    workspace = Workspace(db_path)
    series_id = new_series(workspace.db)
    page = PrintSharePage(workspace, series_id)
    qtbot.addWidget(page)
    page.show()
    tab = page.messages
    page.tabs.setCurrentWidget(tab)
    assert tab.preview.toPlainText() == "No participants on the roster yet."
    import_file(workspace.db, series_id, resource("demo", "roster.csv"))
    workspace.edited()
    qtbot.waitUntil(lambda: tab.person.count() > 10)
    assert tab.preview.toPlainText().startswith("Subject:")
    qtbot.waitUntil(lambda: not page.documents.busy(), timeout=10000)
    workspace.close()
