"""From capture to synthesis in the app: a theme note makes a card, "New theme" keeps the
selected notes, suggestions explain themselves, the trend heat table, synthesis hours on the
overview, and the app and the command line going through the same core functions."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog

from facilitator.cli import main
from facilitator.plan import templates
from facilitator.storage import notes as note_store
from facilitator.storage import themes as theme_store
from facilitator.synthesis import framework as framework_core
from facilitator.synthesis import themes as themes_core
from ui.notes.capture_pane import CapturePane
from ui.notes.synthesis import SynthesisWorkspace
from ui.series_overview import SeriesOverview
from ui.workspace import Workspace


@pytest.fixture
def workspace(db_path, qtbot):
    ws = Workspace(db_path)
    yield ws
    ws.close()


@pytest.fixture
def series(workspace):
    return templates.create_series(workspace.db, templates.get_template("community"), title="Spring conversations")


@pytest.fixture
def view(qtbot, workspace, series):
    widget = SynthesisWorkspace(workspace, series.id)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    return widget


def _select(board, note_ids):
    selection = board.notes_view.selectionModel()
    selection.clearSelection()
    for r in range(board.notes_model.rowCount()):
        if board.notes_model.note(r).id in note_ids:
            selection.select(board.notes_model.index(r), QItemSelectionModel.SelectionFlag.Select)


def test_a_theme_note_typed_in_the_capture_box_becomes_a_card(qtbot, workspace, series):
    pane = CapturePane(workspace, series.id, series.sessions[0].id)
    qtbot.addWidget(pane)
    pane.show()
    pane.box.setPlainText("/t Getting there")
    pane.submit()
    assert "new theme card: Getting there" in pane.status.text()
    pane.box.setPlainText("/t getting there - the bus stops at four")
    pane.submit()
    assert "on the theme: Getting there" in pane.status.text()
    [theme] = theme_store.list_themes(workspace.db, series.id)
    assert theme["notes"] == 2


def test_new_theme_from_selected_notes_links_them_in_one_undo_step(view, workspace, series, monkeypatch):
    s1, s2 = series.sessions[0].id, series.sessions[1].id
    quote = note_store.add_note(workspace.db, s1, text="The late bus leaves too early", kind="quote")
    note = note_store.add_note(workspace.db, s2, text="Parents drive two hours a day")
    workspace.edited()
    board = view.themes
    _select(board, [quote.id, note.id])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Getting there", True))
    board.new_button.click()
    [theme] = theme_store.list_themes(workspace.db, series.id)
    assert (theme["title"], theme["notes"], theme["illustrative"]) == ("Getting there", 2, 1)
    view.undo_stack().undo()
    assert theme_store.list_themes(workspace.db, series.id) == []
    view.undo_stack().redo()
    assert theme_store.list_themes(workspace.db, series.id)[0]["notes"] == 2


def test_a_suggestion_is_explained_and_applied_only_when_asked(view, workspace, series):
    s1 = series.sessions[0].id
    theme = themes_core.add_theme(workspace.db, series.id, "Getting there", description="buses and transport")
    loose = note_store.add_note(workspace.db, s1, text="No bus runs after the evening meeting")
    workspace.edited()
    board = view.themes
    _select(board, [loose.id])
    assert board.suggestion.isVisible()
    assert "Getting there" in board.suggestion.text() and "“bus”" in board.suggestion.text()
    assert theme_store.themes_of_notes(workspace.db, series.id) == {}
    board.suggest_button.click()
    assert theme_store.themes_of_notes(workspace.db, series.id) == {loose.id: ["Getting there"]}
    assert theme["id"] == theme_store.list_themes(workspace.db, series.id)[0]["id"]


def test_the_trend_heat_table_shades_the_fullest_cell_darkest(view, workspace, series):
    theme = themes_core.add_theme(workspace.db, series.id, "Getting there")
    for session, count in zip(series.sessions, (1, 3, 0)):
        for i in range(count):
            note = note_store.add_note(workspace.db, session.id, text=f"bus {i}", kind="quote")
            themes_core.link_notes(workspace.db, series.id, theme["id"], [note.id])
    workspace.edited()
    table = view.themes.counts
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Theme", "All", "Students", "Families"]
    students, families = table.item(0, 2), table.item(0, 3)
    assert (students.text(), families.text(), table.item(0, 1).text()) == ("1", "3", "4")
    assert families.background().color().lightness() < students.background().color().lightness() < \
        QColor("white").lightness()
    assert "Session 2: 3" in families.toolTip()
    view.themes.reading.setCurrentIndex(view.themes.reading.findData("session"))
    assert table.horizontalHeaderItem(2).text() == "Session 1"


def test_synthesis_hours_on_the_series_overview(qtbot, workspace, series):
    overview = SeriesOverview(workspace)
    qtbot.addWidget(overview)
    overview.set_series(series.id)
    overview.show()
    overview.planned_hours.setText("16")
    overview.planned_hours.editingFinished.emit()
    overview.actual_hours.setText("40")
    overview.actual_hours.editingFinished.emit()
    assert overview.hours_text.text() == "16 h planned, 40 h spent (24 h over the plan)"


def test_the_app_and_the_command_line_make_themes_through_the_same_core_function(
        view, workspace, series, db_path, monkeypatch):
    made = []
    real = themes_core.add_theme

    def spy(db, series_id, title, **kw):
        made.append(title)
        return real(db, series_id, title, **kw)

    monkeypatch.setattr(themes_core, "add_theme", spy)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("From the app", True))
    view.themes.new_button.click()
    result = CliRunner().invoke(main, ["--db", str(db_path), "themes", "add", "Spring", "From the command line"])
    assert result.exit_code == 0, result.output
    assert made == ["From the app", "From the command line"]

    added = []
    real_add = framework_core.add_element
    monkeypatch.setattr(framework_core, "add_element",
                        lambda db, sid, kind, text, **kw: added.append(kind) or real_add(db, sid, kind, text, **kw))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Every child gets there", True))
    view.framework.add_button.click()
    result = CliRunner().invoke(main, ["--db", str(db_path), "framework", "add", "Spring", "--kind", "tension",
                                       "Cost against reach"])
    assert result.exit_code == 0, result.output
    assert added == ["statement", "tension"]
