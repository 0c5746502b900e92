"""The main window: series list → one series (overview and feature tabs) → a session's agenda.

It owns navigation, menus, the toolbar, the status bar and the undo group; each page owns its
own content and undo stack and refreshes itself when the workspace changes.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QStackedWidget, QToolBar, QWidget

from facilitator.errors import NotFound
from ui import registry
from ui.agenda_editor import AgendaEditor
from ui.layout import scrolling
from ui.series_list import SeriesListPage
from ui.series_view import SeriesView, page_undo_stack
from ui.style import style_sheet
from ui.widgets import ElidedLabel
from ui.workspace import Workspace

STATUS_MS = 4000


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(workspace.path.name)  # the system adds " — Facilitator" (the display name)
        self._base_pt = QApplication.font().pointSizeF()
        self._zoom = 0
        self.setStyleSheet(style_sheet(self._base_pt))
        self._fit_to_screen()
        self.undo_group = QUndoGroup(self)

        self.series_list = SeriesListPage(workspace)
        self.series_view = SeriesView(workspace)
        self.agenda_editor = AgendaEditor(workspace)
        self.pages = QStackedWidget()
        for page in (self.series_list, self.series_view, self.agenda_editor):
            self.pages.addWidget(page)
        self.setCentralWidget(scrolling(self.pages))  # at large text sizes the page scrolls, never the screen

        self.series_list.open_requested.connect(self.open_series)
        self.series_view.session_requested.connect(self._open_session_of_current_series)
        self.series_view.gone.connect(self._on_gone)
        self.series_view.undo_stack_changed.connect(self._activate_undo)
        self.agenda_editor.gone.connect(self._on_gone)
        for page in (self.series_list, self.series_view, self.agenda_editor):
            page.status.connect(self.show_status)
        self.series_view.overview.title_changed.connect(self._update_crumbs)
        self.agenda_editor.title_changed.connect(self._update_crumbs)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.path_label = QLabel(str(workspace.path))
        self.path_label.setObjectName("pathLabel")
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.path_label)
        self.show_series_list()
        notices = [text for text in (workspace.read_only_notice, workspace.backup_warning) if text]
        if notices:
            self.notice_label = QLabel(" ".join(notices))
            self.notice_label.setObjectName("workspaceNotice")
            self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
            self.notice_label.setWordWrap(True)
            self.statusBar().addWidget(self.notice_label, 1)

    # ------------------------------------------------------------ building

    def _fit_to_screen(self) -> None:
        """1280×800 where it fits; on a small laptop screen, most of the screen instead."""
        width, height = 1280, 800
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.92))
        self.resize(width, height)

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_series_action = self._action(self.tr("&New series…"), self.series_list.new_series, "Ctrl+Shift+N",
                                              self.tr("Start a series from a template or blank"))
        self.import_action = self._action(self.tr("&Import JSON…"), self.series_list.import_json, "Ctrl+I",
                                          self.tr("Add a series from a file exported by Facilitator"))
        self.export_action = self._action(self.tr("&Export JSON…"), self._export_json, "Ctrl+E",
                                          self.tr("Save the current series to a file"))
        self.save_template_action = self._action(self.tr("Save session as &template…"),
                                                 self.agenda_editor.save_as_template,
                                                 tip=self.tr("Keep this session's agenda as a template for new series"))
        self.restore_action = self._action(self.tr("&Restore from backup…"), self._restore_backup,
                                           tip=self.tr("Put back an earlier copy of this workspace"))
        self.settings_action = self._action(self.tr("&Settings…"), self._edit_settings, "Ctrl+,",
                                            self.tr("Language, paper, live timer warning, data folder and backups"))
        self.quit_action = self._action(self.tr("&Quit"), self.quit_app, [QKeySequence("Ctrl+Q")],
                                        self.tr("Close Facilitator and all its windows (everything is already saved)"))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # from the live view too
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action, tip in ((self.undo_action, self.tr("Undo the last change on this page")),
                            (self.redo_action, self.tr("Redo the change just undone"))):
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self.home_action = self._action(self.tr("All &series"), self.show_series_list, "Alt+Home",
                                        self.tr("Go to the list of every series"))
        self.back_action = self._action(self.tr("&Back"), self.back, QKeySequence.StandardKey.Back,
                                        self.tr("Go up one level"))
        self.zoom_in_action = self._action(self.tr("&Larger text"), lambda: self.zoom(1),
                                           [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
                                           self.tr("Make all text larger, for a projector"))
        self.zoom_out_action = self._action(self.tr("S&maller text"), lambda: self.zoom(-1),
                                            QKeySequence.StandardKey.ZoomOut, self.tr("Make all text smaller"))
        self.zoom_reset_action = self._action(self.tr("&Normal text size"), lambda: self.zoom(0), "Ctrl+0",
                                              self.tr("Go back to the usual text size"))
        self.guide_action = self._action(self.tr("&Getting started"), self.show_guide,
                                         tip=self.tr("The four steps: plan, roster, run, print"))
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self._show_shortcuts, "F1",
                                             self.tr("List every keyboard shortcut"))
        self.about_action = self._action(self.tr("&About Facilitator"), self._show_about,
                                         tip=self.tr("Version and where the workspace file is"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_series_action, self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.save_template_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions(self.agenda_editor.edit_actions())
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.home_action, self.back_action])
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.guide_action, self.shortcuts_action, self.about_action])

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Navigation"))
        toolbar.setObjectName("navigation")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.home_action)
        toolbar.addAction(self.back_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        self.crumbs = ElidedLabel()
        self.crumbs.setObjectName("crumbs")
        self.crumbs.setAccessibleName(self.tr("You are here"))
        toolbar.addWidget(self.crumbs)
        self.addToolBar(toolbar)

    # ------------------------------------------------------------ navigation

    def show_series_list(self) -> None:
        self.series_list.refresh()
        self._show(self.series_list)
        self.series_list.focus_list()

    def open_series(self, series_id: str) -> None:
        try:
            self.series_view.set_series(series_id)
        except NotFound as error:
            self._on_gone(str(error))
            return
        self.series_list.select(series_id)
        self._show(self.series_view)
        self.series_view.focus_sessions()

    def open_session(self, series_id: str, session_id: str) -> None:
        if self.series_view.series_id != series_id:
            self.series_view.set_series(series_id)
        try:
            self.agenda_editor.set_session(series_id, session_id)
        except NotFound as error:
            self._on_gone(str(error))
            return
        self._show(self.agenda_editor)
        self.agenda_editor.focus_agenda()

    def _open_session_of_current_series(self, session_id: str) -> None:
        self.open_session(self.series_view.series_id, session_id)

    def back(self) -> None:
        if self.pages.currentWidget() is self.agenda_editor:
            self._show(self.series_view)
            self.series_view.refresh()
            self.series_view.focus_sessions(self.agenda_editor.session_id)
        elif self.pages.currentWidget() is self.series_view:
            self.show_series_list()

    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self._activate_undo()
        on_agenda = page is self.agenda_editor
        for action in [self.save_template_action, *self.agenda_editor.edit_actions()]:
            action.setEnabled(on_agenda)
        self.back_action.setEnabled(page is not self.series_list)
        self._update_crumbs()

    def zoom(self, step: int) -> None:
        """Larger or smaller text everywhere, in steps of 10%; 0 goes back to normal."""
        self._zoom = 0 if step == 0 else max(-3, min(8, self._zoom + step))
        size = self._base_pt * (1 + 0.1 * self._zoom)
        font = QApplication.font()
        font.setPointSizeF(size)
        QApplication.setFont(font)
        self.setStyleSheet(style_sheet(size))

    def _activate_undo(self) -> None:
        """Edit › Undo follows what is on screen: the agenda, the overview, or a feature tab."""
        page = self.pages.currentWidget()
        stack = page_undo_stack(page)
        if stack is not None and stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)

    def _update_crumbs(self) -> None:
        page = self.pages.currentWidget()
        parts = [self.tr("All series")]
        if page in (self.series_view, self.agenda_editor) and self.series_view.series_id:
            parts.append(self.series_view.overview.series_title())
        if page is self.agenda_editor:
            parts.append(self.agenda_editor.heading_text())
        self.crumbs.setText("  ›  ".join(parts))

    def _on_gone(self, message: str) -> None:
        """What was open was deleted (here or by another process): go back to the list and say so."""
        self.show_series_list()
        self.show_status(message)

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    # ------------------------------------------------------------ actions

    def _export_json(self) -> None:
        page = self.pages.currentWidget()
        series_id = self.series_list.current_series_id() if page is self.series_list else self.series_view.series_id
        if series_id is None:
            self.show_status(self.tr("There is no series to export yet."))
            return
        self.series_list.export_json(series_id)

    def _restore_backup(self) -> None:
        from ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.workspace, self)
        dialog.exec()
        if dialog.restored_from is not None:
            for stack in self.undo_group.stacks():  # their commands refer to rows that may be gone
                stack.clear()
            self.show_series_list()
            self.show_status(self.tr("Restored the copy {0}.").format(dialog.restored_from.name))

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(what, keys) for Help › Keyboard shortcuts: keys that are not menu items, then every
        menu item and session action that has a shortcut, so the list cannot fall behind."""
        def plain(text: str) -> str:
            return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")

        def keys(sequences) -> str:
            return " / ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)

        rows = [
            (self.tr("Open the selected series or session"), "Enter"),
            (self.tr("Edit the current agenda cell"), "Enter / F2"),
            (self.tr("Move between fields and lists"), "Tab / Shift+Tab"),
        ]
        seen = set()
        for menu_action in self.menuBar().actions():
            for action in menu_action.menu().actions():
                if action.shortcuts() and action.text() not in seen:
                    seen.add(action.text())
                    rows.append((plain(action.text()), keys(action.shortcuts())))
        for entry in registry.session_actions():
            if entry.shortcut:
                rows.append((plain(QCoreApplication.translate("Screens", entry.text)), keys([entry.shortcut])))
        return rows

    def _show_shortcuts(self) -> None:
        rows = self.shortcut_rows()
        table = "".join(f"<tr><td style='padding-right:16px'><b>{html.escape(keys)}</b></td>"
                        f"<td>{html.escape(what)}</td></tr>" for what, keys in rows)
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Keyboard shortcuts"), f"<table>{table}</table>",
                          QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.exec()

    def show_guide(self) -> None:
        from ui.first_run import FirstRunGuide

        FirstRunGuide(self).exec()

    def _edit_settings(self) -> None:
        from ui import settings

        dialog = settings.SettingsDialog(settings.load(), self)
        if dialog.exec() == dialog.DialogCode.Accepted:
            settings.save(dialog.values())
            self.show_status(self.tr("Settings saved."))

    def _show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Facilitator"), self.tr(
            "Facilitator plans, runs and synthesises dialogue series, offline.\n\n"
            "Everything is saved as you go, in one workspace file:\n{0}").format(self.workspace.path))

    def quit_app(self) -> None:
        """Ctrl+Q: close every window of the app (live view, check-in, groups, ...) and end the
        process, after asking when other windows are open. A run under way keeps its time."""
        others = [w for w in QApplication.topLevelWidgets()
                  if w is not self and w.isVisible() and w.isWindow() and not w.windowType() == Qt.WindowType.Popup
                  and w.windowType() != Qt.WindowType.ToolTip]
        if others:
            titles = "\n".join(f"• {w.windowTitle()}" for w in others if w.windowTitle())
            answer = QMessageBox.question(self, self.tr("Quit Facilitator"), self.tr(
                "Close Facilitator and these windows?\n{0}\n\nEverything is saved. A session under way keeps "
                "its time and opens again with the app.").format(titles))
            if answer != QMessageBox.StandardButton.Yes:
                return
        for window in others:
            window.close()
        self.close()
        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()  # commits a field still being typed in
        super().closeEvent(event)
