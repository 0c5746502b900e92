"""Starting the app: the QApplication, the qasync loop, the workspace and the main window.

``run`` is what ``facilitator`` and ``make run`` call; ``self_test`` is what
``facilitator --self-test`` calls to prove an installed copy can open its window.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator import documents, paths
from facilitator.demo.series import ensure_demo
from facilitator.errors import DamagedWorkspace, FacilitatorError, PassphraseNeeded
from ui import collector, i18n, settings
from ui.style import adapted_palette

MIN_POINT_SIZE = 10
PASSPHRASE_ENV = "FACILITATOR_PASSPHRASE"  # the same variable the command line reads


def make_application(argv: list[str], language: str | None = None) -> QApplication:
    """The one QApplication, named, styled and in the person's language (``language`` overrides
    the setting); returns the existing one if there is one."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) or ["facilitator"])
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    app.setApplicationDisplayName(paths.APP_NAME)
    app.setStyle("Fusion")
    if not hasattr(app, "_titles_fit"):
        from ui.layout import TitlesFit

        app._titles_fit = TitlesFit(app)
        app.installEventFilter(app._titles_fit)
    collector.install(app)
    app.setPalette(adapted_palette(app.palette()))
    icon = QIcon()
    for png in sorted(paths.resource("icons").glob("facilitator-*.png")):
        icon.addFile(str(png))
    if not icon.isNull():
        app.setWindowIcon(icon)
    for font_file in sorted(paths.resource("fonts").glob("*.ttf")):
        # Shipped so that names in any script render even where the system lacks a font.
        QFontDatabase.addApplicationFont(str(font_file))
    font = QFont(app.font())
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(font)
    i18n.install(i18n.resolve(settings.load().language if language is None else language))
    return app


def _open_workspace(db_path: Path):
    """Open the workspace, asking for its passphrase if it is encrypted and offering the newest
    good backup if it is damaged; None when the person gives up."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from ui.restore_dialog import offer_restore
    from ui.workspace import Workspace

    passphrase = os.environ.get(PASSPHRASE_ENV)
    chosen = settings.load()
    while True:
        try:
            return Workspace(db_path, passphrase=passphrase, backup=chosen.backups, keep_backups=chosen.keep_backups)
        except PassphraseNeeded as error:
            text, ok = QInputDialog.getText(
                None, paths.APP_NAME,
                QCoreApplication.translate("App", "{0}\n\nPassphrase:").format(error), QLineEdit.EchoMode.Password)
            if not ok:
                return None
            passphrase = text
        except DamagedWorkspace as error:
            if not offer_restore(None, error, passphrase):
                return None


def open_main_window(db_path: str | Path):
    """The main window on a workspace, with the demo series if it is empty; None if the person
    declined to open it (wrong passphrase, damaged file not restored)."""
    from PySide6.QtCore import QTimer

    from ui import registry
    from ui.features import load_features
    from ui.main_window import MainWindow

    load_features()
    workspace = _open_workspace(Path(db_path))
    if workspace is None:
        return None
    ensure_demo(workspace.db, language=i18n.current())
    window = MainWindow(workspace)
    for hook in registry.startup_hooks():
        # Once the window is on screen; not at all if it was closed first (tests, --self-test).
        QTimer.singleShot(0, window, lambda hook=hook: window.isVisible() and hook(workspace, window))
    return window


def show_guide_once(window) -> bool:
    """The getting-started guide on the very first start only; True if it was shown."""
    chosen = settings.load()
    if chosen.guide_seen:
        return False
    chosen.guide_seen = True
    settings.save(chosen)
    window.show_guide()
    return True


def _no_display() -> bool:
    """On Linux without X11 or Wayland, Qt would abort; say what is wrong instead."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def run(db_path: str | Path) -> int:
    import qasync
    from PySide6.QtCore import QTimer

    from ui import tasks

    if _no_display():
        print("Facilitator needs a graphical desktop (no DISPLAY or WAYLAND_DISPLAY is set). "
              "The command-line tools work without one: facilitator --help", file=sys.stderr)
        return 2
    app = make_application(sys.argv)
    loop = qasync.QEventLoop(app)  # before any window, so screens may schedule work from the start
    asyncio.set_event_loop(loop)
    db_path = settings.workspace_path(Path(db_path), settings.load())
    try:
        window = open_main_window(db_path)
    except FacilitatorError as error:
        QMessageBox.critical(None, paths.APP_NAME, QCoreApplication.translate(
            "App", "The workspace {path} could not be opened:\n\n{error}").format(path=db_path, error=error))
        return 2
    if window is None:
        return 2
    workspace = window.workspace
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    window.show()
    QTimer.singleShot(0, window, lambda: show_guide_once(window))
    try:
        with loop:
            loop.run_until_complete(closed.wait())
    finally:
        tasks.shutdown()
        workspace.close()
    return 0


def self_test() -> int:
    """Open the window offscreen on a throw-away workspace, as the app does (qasync loop,
    feature screens), make a series, open its first agenda and every series tab; 0 if all show."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync

    with tempfile.TemporaryDirectory() as folder:
        os.environ["FACILITATOR_DATA_DIR"] = folder
        app = make_application([])
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        window = open_main_window(Path(folder) / "self-test.db")
        try:
            with loop:
                problems = loop.run_until_complete(_self_test_steps(window))
        finally:
            window.close()
            window.workspace.close()
            asyncio.set_event_loop(asyncio.new_event_loop())  # leave a usable loop, as we found one
    language = i18n.current()
    if language != "en" and not any(path.endswith(f"facilitator_{language}.qm") for path in i18n.loaded()):
        problems.append(f"the {language} translation was not found")
    for problem in problems:
        print(f"self-test: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"self-test: ok (language {language}; translations: {', '.join(i18n.loaded()) or 'none needed'})",
          flush=True)  # said before Qt tears down, so a crash on exit cannot swallow it
    return 0


async def _self_test_steps(window) -> list[str]:
    from facilitator.ops import agenda as store
    from facilitator.ops import series as series_ops
    from facilitator.plan import templates
    from ui import ops

    workspace = window.workspace
    window.show()
    template = templates.get_template("breakthrough", i18n.current())
    series = ops.apply(workspace, lambda db: series_ops.create_from_template(db, template,
                                                                            title="Self-test series")).value
    await asyncio.sleep(0.05)
    if "Self-test series" not in window.series_list.titles():
        return ["the new series is not in the list"]
    window.open_series(series.id)
    problems = [f"the {title} tab could not open" for title in window.series_view.failed_pages]
    for index in range(window.series_view.tabs.count()):
        window.series_view.tabs.setCurrentIndex(index)
        await asyncio.sleep(0.05)
    first = store.list_sessions(workspace.db, series.id)[0]
    window.open_session(series.id, first.id)
    await asyncio.sleep(0.05)
    if window.agenda_editor.block_count() == 0:
        problems.append("the agenda editor shows no blocks")
    problems += _pdf_problems(documents.render(workspace.db, "runsheet", series.id, first.id, language=i18n.current()))
    return problems


def _pdf_problems(pdf: bytes) -> list[str]:
    """A printed run-sheet must be a PDF with its text in it (fonts and templates were found)."""
    if not pdf.startswith(b"%PDF"):
        return ["the run-sheet is not a PDF"]
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    text = document[0].get_textpage().get_text_range()
    document.close()
    return [] if "self-test series" in text.casefold() else ["the run-sheet PDF has no text"]
