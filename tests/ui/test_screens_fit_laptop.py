"""Every window and dialog fits a 1366×768 laptop, in English and in Spanish: nothing lies
outside the window, nothing is cut, no label or button shows only part of its text
(``tests/fit.py`` says how each is measured)."""

from __future__ import annotations

import pytest
from fit import fit_problems
from screens import each_screen

from ui import i18n


@pytest.fixture(autouse=True)
def _as_the_app_starts(qapp):
    """Measured as the app draws: its shipped fonts, its smallest text size. A measure taken
    without them passed while the Groups window's title did not fit the real app at 200%."""
    from ui.app import make_application

    make_application([], language="en")


@pytest.fixture(params=["en", "es"])
def interface_language(request):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def each_other_window(qtbot, db_path, tmp_path):
    """The dialogs and windows ``each_screen`` does not reach: grouping rules, roster import,
    perspectives, restore from backup, and the presenter screen showing twelve groups."""
    from PySide6.QtGui import QUndoStack

    from facilitator.demo.series import ensure_demo
    from facilitator.roster.spreadsheets import read_table
    from facilitator.storage import roster
    from ui.group_rules import GroupRulesDialog
    from ui.live.presenter import PresenterWindow
    from ui.restore_dialog import RestoreDialog
    from ui.roster.import_dialog import ImportDialog
    from ui.roster.perspectives_dialog import PerspectivesDialog
    from ui.workspace import Workspace

    workspace = Workspace(db_path)
    series_id = ensure_demo(workspace.db, language=i18n.current())
    signup = tmp_path / "sign-up export (final).csv"
    signup.write_text("Participant,E-mail,Group,Dietary needs\nRosa Quispe Mamani,rosa@example.org,Organizer,\n"
                      "Nguyễn Thị Hoa,hoa@example.org,Student,vegan\nNo Email,broken@,Student,\n",
                      encoding="utf-8")
    presenter = PresenterWindow()
    presenter.resize(1366, 768)
    presenter.show_page("Find your group", [(f"Group {n}", ["Ana Souza", "李雷", "Ólafur Jónsson", "Keisha W."])
                                            for n in range(1, 13)])
    windows = [("grouping rules", GroupRulesDialog(workspace, series_id)),
               ("roster import", ImportDialog(workspace, series_id, read_table(signup), QUndoStack())),
               ("perspectives", PerspectivesDialog(roster.perspective_choices(workspace.db, series_id))),
               ("restore from backup", RestoreDialog(workspace)),
               ("presenter screen", presenter)]
    try:
        for name, window in windows:
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            yield name, window
            window.close()
    finally:
        workspace.close()


def test_every_screen_fits_a_laptop(qtbot, db_path, tmp_path, interface_language):
    problems = []
    for screen, top in each_screen(qtbot, db_path):
        problems += [f"{screen}: {p}" for p in fit_problems(top)]
    for screen, top in each_other_window(qtbot, db_path, tmp_path):
        problems += [f"{screen}: {p}" for p in fit_problems(top)]
    assert not problems, f"At 1366×768 in {interface_language}:\n" + "\n".join(problems)


@pytest.fixture
def double_text():
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    before = QFont(app.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * 2)
    app.setFont(font)
    yield
    app.setFont(before)


def test_every_screen_fits_a_laptop_at_double_text_size(qtbot, db_path, double_text):
    problems = []
    for screen, top in each_screen(qtbot, db_path):
        problems += [f"{screen}: {p}" for p in fit_problems(top, sideways_ok=True)]
    assert not problems, "At 1366×768 with text at 200%:\n" + "\n".join(problems)


def test_a_dialog_is_as_wide_as_its_title(qtbot):
    """The title bar shows "<title> — Facilitator": a narrow dialog would cut it to "New t… litator"."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QApplication, QInputDialog

    from ui.layout import TitlesFit

    app = QApplication.instance()
    titles = TitlesFit(app)  # what ui.app.make_application installs
    app.installEventFilter(titles)
    dialog = QInputDialog()
    dialog.setWindowTitle("Save this session's agenda as a new template")
    qtbot.addWidget(dialog)
    dialog.show()
    font = QFont(dialog.font())
    font.setBold(True)
    title = f"{dialog.windowTitle()} — Facilitator"
    app.removeEventFilter(titles)
    assert dialog.width() > QFontMetrics(font).horizontalAdvance(title)
