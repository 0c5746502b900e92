"""In Spanish, no screen shows English: every label, button, action, title, tab, placeholder and
tooltip of every main screen is checked (series titles and people's names are data, not UI)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from screens import each_screen

from ui import i18n

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "facilitator_es.ts"
# Words that only English UI text uses; Spanish text and proper names do not contain them.
ENGLISH = re.compile(r"\b(the|and|of|to|with|your|this|that|yet|no one|press|click|add|delete|save|open|"
                     r"new|edit|undo|redo|show|search|session|block|notes?|groups?|people|"
                     r"participants?|minutes|settings|help|file|view|back|next|previous)\b", re.IGNORECASE)


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").strip().rstrip(":…").strip()


def _english_sources() -> set[str]:
    """English strings of the .ts whose Spanish differs: seeing one on screen means it was not translated."""
    found = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        spanish = (translation.text or "") if not list(translation) else ""
        if _plain(source) and _plain(source) != _plain(spanish) and len(_plain(source)) > 2:
            found.add(_plain(source))
    return found


def _texts(top: QWidget):
    """(where, text) for everything a person reads on this window, visible widgets only."""
    yield "window title", top.windowTitle()
    widgets = [w for w in top.findChildren(QWidget) if w.isVisibleTo(top)]
    for widget in [top, *widgets]:
        name = type(widget).__name__
        if widget.toolTip():
            yield f"{name} tooltip", widget.toolTip()
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
            yield name, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield "tab", widget.tabText(index)
        elif isinstance(widget, (QGroupBox,)):
            yield "group box", widget.title()
        elif isinstance(widget, QDockWidget):
            yield "dock", widget.windowTitle()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield "choice", widget.itemText(index)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            header = getattr(widget, "horizontalHeader", None) or getattr(widget, "header", None)
            if header is not None and header().isVisibleTo(top):
                model = widget.model()
                for column in range(header().count()):
                    yield "column heading", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for action in top.findChildren(QMenu):
        for item in action.actions():
            yield "menu", item.text()
            yield "menu tooltip", item.toolTip()


@pytest.fixture
def spanish():
    i18n.install("es")
    yield
    i18n.install("en")


def test_no_screen_shows_english_in_spanish(qtbot, db_path, spanish):
    english = _english_sources()
    assert "New series" in english
    problems = []
    for screen, top in each_screen(qtbot, db_path):
        for where, text in _texts(top):
            plain = _plain(text)
            if plain.startswith("/") or ":\\" in plain:  # a file path
                continue
            if plain in english or (ENGLISH.search(plain) and plain not in english and "Demo" not in plain
                                    and not re.search(r"[áéíóúñ¿¡]", plain)):
                problems.append(f"{screen} · {where}: {text!r}")
    assert not problems, "English on Spanish screens:\n" + "\n".join(sorted(set(problems)))


def test_roster_choices_read_in_spanish_and_save_as_the_file_writes_them(qtbot, db_path, spanish):
    from PySide6.QtWidgets import QStyleOptionViewItem

    from facilitator.paths import resource
    from facilitator.plan import templates
    from facilitator.plan.model import Role
    from facilitator.roster.spreadsheets import import_file
    from facilitator.storage import roster
    from ui.roster.table_model import FIELDS
    from ui.roster.view import RosterView
    from ui.workspace import Workspace

    workspace = Workspace(db_path)
    series = templates.create_series(workspace.db, templates.get_template("breakthrough", "es"), title="Carta")
    import_file(workspace.db, series.id, resource("demo", "roster.csv"))
    view = RosterView(workspace, series.id)
    qtbot.addWidget(view)
    model, column = view.table.model(), FIELDS.index("role")
    index = model.index(0, column)
    assert index.data() in ("participante", "facilitación", "toma de notas", "intérprete")
    delegate = view.table.itemDelegateForColumn(column)
    editor = delegate.createEditor(view.table, QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    editor.setCurrentIndex(editor.findText("intérprete"))
    delegate.setModelData(editor, model, index)
    person_id = index.data(Qt.ItemDataRole.UserRole + 1)
    assert next(p for p in roster.list_participants(workspace.db, series.id) if p.id == person_id).role \
        is Role.INTERPRETER
    workspace.close()
