"""Every main screen of the app on a demo workspace, one at a time, for the tests that walk them
all (translation, focus order): ``for name, widget in each_screen(qtbot, db_path): ...``."""

from __future__ import annotations

from typing import Iterator

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from facilitator.demo.series import ensure_demo
from facilitator.storage import series as store
from ui import i18n, registry
from ui.features import load_features
from ui.main_window import MainWindow
from ui.workspace import Workspace


def settle(rounds: int = 4) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def each_screen(qtbot, db_path) -> Iterator[tuple[str, QWidget]]:
    """Yields (name, top-level widget on screen): the series list, the overview and every feature
    tab of the demo series, the agenda editor, the live view, and the app's own dialogs."""
    import asyncio

    import qasync

    from facilitator.plan import templates
    from ui.first_run import FirstRunGuide
    from ui.live.launch import open_live_window
    from ui.new_series_dialog import NewSeriesDialog
    from ui.settings import Settings, SettingsDialog

    loop = qasync.QEventLoop(QApplication.instance(), already_running=True)  # as the app runs screens
    asyncio.set_event_loop(loop)
    load_features()
    workspace = Workspace(db_path)
    series_id = ensure_demo(workspace.db, language=i18n.current())
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        settle()
        yield "series list", window
        window.open_series(series_id)
        tabs = window.series_view.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            name = f"series tab {tabs.tabText(index)!r}"
            yield name, window
            inner = [t for t in tabs.currentWidget().findChildren(QTabWidget) if t.isVisible()]
            for sub_tabs in inner[:1]:  # Notes & synthesis, Print & share: every sub-tab too
                for sub in range(1, sub_tabs.count()):
                    sub_tabs.setCurrentIndex(sub)
                    settle()
                    yield f"{name} › {sub_tabs.tabText(sub)!r}", window
                sub_tabs.setCurrentIndex(0)
        first = store.list_sessions(workspace.db, series_id)[0]
        window.series_view.tabs.setCurrentIndex(0)
        window.open_session(series_id, first.id)
        settle()
        yield "agenda editor", window
        for details in [t for t in window.agenda_editor.findChildren(QTabWidget) if t.isVisible()][:1]:
            for sub in range(1, details.count()):  # the session details beside the block's
                details.setCurrentIndex(sub)
                settle()
                yield f"agenda editor › {details.tabText(sub)!r}", window
            details.setCurrentIndex(0)
        live = open_live_window(workspace, series_id, first.id)
        qtbot.waitExposed(live)
        settle()
        yield "live view", live
        live.close()
        settle()
        walked = set()  # the fishbowl and seating open the groups window walked already
        for entry in registry.session_actions():  # check-in, breakout groups, note capture...
            if entry.key == "live":
                continue
            before = set(QApplication.topLevelWidgets())
            entry.callback(workspace, series_id, first.id)
            settle()
            for opened in [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]:
                if type(opened) in walked:
                    opened.close()
                    settle()
                    continue
                walked.add(type(opened))
                qtbot.waitExposed(opened)
                if hasattr(opened, "tabs"):  # the groups window: every tab
                    for index in range(opened.tabs.count()):
                        opened.tabs.setCurrentIndex(index)
                        settle()
                        yield f"{entry.key} tab {index}", opened
                else:
                    yield entry.key, opened
                opened.close()
                settle()
        for name, dialog in (("settings", SettingsDialog(Settings(), window)),
                             ("first-run guide", FirstRunGuide(window)),
                             ("new series", NewSeriesDialog(templates.load_templates(i18n.current())[0], [], window))):
            dialog.show()
            qtbot.waitExposed(dialog)
            settle()
            yield name, dialog
            dialog.close()
    finally:
        window.close()
        settle()
        workspace.close()
        asyncio.set_event_loop(None)
