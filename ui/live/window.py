"""The facilitator's live view: the agenda with the current block, the time left, what to say
and what comes next, and every timer control on a single key.

The window holds no timer state. It asks ``LiveSession.status()`` several times a second (a
pure computation over the log it loaded) and repaints; each control is one core action that
commits to the log first. When another process writes (``facilitator live next ...`` from a
foot pedal), the workspace's ``changed`` signal reloads the log.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.clock import Clock
from facilitator.errors import FacilitatorError, NotFound
from facilitator.live import FINISHED, NOT_STARTED, OVERTIME, PAUSED, RUNNING, WRAP_UP, LiveSession, LiveStatus
from facilitator.live.text import clock_text, countdown, plan_sentence
from facilitator.ops import Changes
from facilitator.ops.changes import AGENDA, LIVE, SESSIONS
from ui import ops, settings
from ui.layout import FlowLayout, RememberedSplitter, flow_of, scrolling
from ui.live import chime
from ui.live.presenter import PresenterState, PresenterWindow

REPAINT_MS = 200


def _plain(label: QLabel, name: str, *, wrap: bool = True) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setAccessibleName(name)
    return label


def _scaled(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Sizes relative to the person's chosen font size, never fixed pixels."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


class _ButtonsKeepTheirKeys(QObject):
    """Space and Enter on a focused button press that button, not the window's Space shortcut."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QAbstractButton)
                and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            event.accept()
            return True
        return False


class _EmptyBoxesLeaveKeysToTheTimer(QObject):
    """A text box in the live view keeps single keys only while it holds text.

    In an empty box an unshifted N, Space, +, ... reach the timer (a capital letter still types,
    so a note can start "Now" or "So"); Esc leaves the box for the agenda and keeps what was
    typed. Ctrl+Space and Ctrl+N reach the timer even mid-sentence.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ShortcutOverride:
            if event.key() == Qt.Key.Key_Escape:
                event.accept()  # arrives as a key press below, never as the window's Esc
                return True
            if not _text_of(watched) and self.parent().is_timer_key(event):
                event.ignore()  # unclaimed: the timer's shortcut fires
                return True
        elif event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.parent().leave_text_box()
            return True
        return False


def _text_of(widget: QObject) -> str:
    """What a box holds; "x" for anything that keeps its keys even when empty (a name typed into
    an editable list, such as the note-taker, may start with a small letter)."""
    if isinstance(widget, QComboBox):
        return "x"
    if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
        return "x"
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    return "x"  # not a text box: leave its keys alone


class LiveWindow(QMainWindow):
    """``LiveWindow(workspace, series_id, session_id)``; other features add panes with
    ``ui.live.add_live_pane`` (or ``add_pane`` on an open window) and use ``presenter``."""

    current_block_changed = Signal(object)  # the current block's id, or None

    def __init__(self, workspace, series_id: str, session_id: str, *, clock: Clock | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.series_id = series_id
        self.session_id = session_id
        self.live = LiveSession(workspace.db, session_id, clock, wrap_up_minutes=settings.load().wrap_up_minutes)
        self.presenter = PresenterWindow(self, clock=self.live.clock)  # its own window, deleted with this one
        self._agenda_key: tuple | None = None
        self._phase_seen: tuple[str | None, str] | None = None
        self._current_id: str | None = None
        self._key_filter = _ButtonsKeepTheirKeys(self)
        self._text_filter = _EmptyBoxesLeaveKeysToTheTimer(self)
        self._panes: dict[str, QWidget] = {}

        self.setWindowTitle(self.tr("Live: {0}").format(self.live.session.title))
        self.setAccessibleName(self.tr("Live session"))
        self._build()
        self._build_actions()
        from ui.live import live_panes  # registered by other features
        for pane in live_panes():
            self.add_pane(pane.factory(workspace, series_id, session_id, self),
                          QCoreApplication.translate("Screens", pane.title), pane.key, pane.area)

        self._watch_text_boxes(self)
        self._watch = ops.watch(workspace, self, self._on_workspace_changed, LIVE, AGENDA, SESSIONS,
                                session_id=session_id)
        self._timer = QTimer(self)
        self._timer.setInterval(REPAINT_MS)
        self._timer.timeout.connect(self._pull)
        self._timer.start()
        self._show_recovery(self.live.status())
        self._pull()
        self.resize(1200, 760)
        self.agenda.setFocus()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.agenda = QListWidget()
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setWordWrap(True)
        self.agenda.setMinimumWidth(self.agenda.fontMetrics().horizontalAdvance("x") * 30)
        self.agenda.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agenda.setToolTip(self.tr("Enter: go to this block. Delete: skip it."))
        self.agenda.itemActivated.connect(self._on_agenda_activated)
        self.agenda.installEventFilter(self)

        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet("QFrame#banner { background: palette(highlight); }"
                                  "QFrame#banner QLabel { color: palette(highlighted-text); }")
        self.banner_text = _plain(QLabel(), self.tr("Notice"))
        dismiss = QToolButton()
        dismiss.setText(self.tr("Dismiss"))
        dismiss.setAccessibleName(self.tr("Dismiss notice"))
        dismiss.clicked.connect(self.banner.hide)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(dismiss)
        self.banner.hide()

        self.heading = _plain(QLabel(), self.tr("Block heading"))
        self.block_title = _plain(QLabel(), self.tr("Current block"))
        _scaled(self.block_title, 1.6, bold=True)
        self.state_label = _plain(QLabel(), self.tr("Timer state"))
        _scaled(self.state_label, 1.2, bold=True)
        self.countdown = _plain(QLabel(), self.tr("Time left"), wrap=False)
        _scaled(self.countdown, 7.0, bold=True)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_frame = QFrame()
        self.timer_frame.setObjectName("timerFrame")
        timer_layout = QVBoxLayout(self.timer_frame)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        timer_layout.addWidget(self.state_label)  # the frame's whole width: "Not started — press Space" on one line
        timer_layout.addWidget(self.countdown)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress through the block"))
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)

        self.plan_line = _plain(QLabel(), self.tr("Ahead or behind the plan"))
        _scaled(self.plan_line, 1.1, bold=True)

        self.prompts = _plain(QLabel(), self.tr("Prompts"))
        _scaled(self.prompts, 1.15)
        self.notes = _plain(QLabel(), self.tr("Facilitator notes"))
        self.next_up = _plain(QLabel(), self.tr("Next block"))

        self.buttons: dict[str, QPushButton] = {}
        control_buttons = []
        for key, text, tip in (
                ("toggle", self.tr("Start"), self.tr("Start, pause or resume (Space)")),
                ("previous", self.tr("◀ Previous"), self.tr("Previous block (P or ←)")),
                ("next", self.tr("Next ▶"), self.tr("Next block (N or →)")),
                ("shorten", self.tr("−1 min"), self.tr("One minute less for this block (−)")),
                ("extend1", self.tr("+1 min"), self.tr("One minute more for this block (+)")),
                ("extend5", self.tr("+5 min"), self.tr("Five minutes more for this block (5)")),
                ("skip", self.tr("Skip"), self.tr("Skip the rest of this block (S)"))):
            control_buttons.append(self._button(key, text, tip))
        controls = flow_of(*control_buttons)
        self._button("compress", self.tr("Absorb delay"),
                     self.tr("Take the projected overrun out of later flexible blocks (C)"))
        self._button("undo_compress", self.tr("Undo absorb"), self.tr("Give the later blocks their time back (Ctrl+Z)"))
        absorb_row = QHBoxLayout()
        absorb_row.addStretch(1)
        absorb_row.addWidget(self.buttons["compress"])
        absorb_row.addWidget(self.buttons["undo_compress"])

        self.presenter_toggle = QCheckBox(self.tr("Presenter screen"))
        self.presenter_toggle.setAccessibleName(self.tr("Show the presenter screen"))
        self.presenter_toggle.setToolTip(self.tr("Show or hide the presenter screen (F)"))
        self.presenter_toggle.toggled.connect(self._set_presenter_visible)
        self.presenter_toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.screen_choice = QComboBox()
        self.screen_choice.setAccessibleName(self.tr("Screen for the presenter window"))
        self._fill_screens()
        self.screen_choice.currentIndexChanged.connect(self._on_screen_chosen)
        self.theme_choice = QComboBox()
        self.theme_choice.setAccessibleName(self.tr("Presenter colours"))
        self.theme_choice.addItem(self.tr("Light text on dark"), "dark")
        self.theme_choice.addItem(self.tr("Dark text on light"), "light")
        self.theme_choice.currentIndexChanged.connect(
            lambda _i: self.presenter.set_theme(self.theme_choice.currentData()))
        self.show_next = QCheckBox(self.tr("Show “next up”"))
        self.show_next.setAccessibleName(self.tr("Show the next block on the presenter screen"))
        self.show_next.setChecked(True)
        self.chime = QCheckBox(self.tr("Chime"))
        self.chime.setChecked(settings.load().chime)
        self.chime.setAccessibleName(self.tr("Chime at wrap-up and at the end of a block"))
        for box in (self.show_next, self.chime):
            box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.message = QLineEdit()
        self.message.setAccessibleName(self.tr("Message for the presenter screen"))
        self.message.setPlaceholderText(self.tr("Message for the room, e.g. Please return to your tables"))
        self.message.returnPressed.connect(self._push_message)
        send = self._button("send_message", self.tr("Show message"), self.tr("Show this message on the presenter screen"))
        clear = self._button("clear_message", self.tr("Clear"), self.tr("Remove the message from the presenter screen"))
        for button in (send, clear):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        presenter_row = flow_of(self.presenter_toggle, self.screen_choice, self.theme_choice, self.show_next,
                                self.chime)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(send)
        message_row.addWidget(clear)

        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.addWidget(self.banner)
        layout.addWidget(self.heading)
        layout.addWidget(self.block_title)
        layout.addWidget(self.timer_frame)
        layout.addWidget(self.progress)
        layout.addWidget(controls)
        layout.addWidget(self.plan_line)
        layout.addLayout(absorb_row)
        # The running block's own tools (the fishbowl for a fishbowl block, groups for small groups).
        self.block_tools = QWidget()
        self.block_tools.setLayout(FlowLayout())
        self._block_tools_for: str | None = ""
        layout.addWidget(self.block_tools)
        self.prompts_heading = self._section(self.tr("Prompts"))
        self.notes_heading = self._section(self.tr("Facilitator notes"))
        layout.addWidget(self.prompts_heading)
        layout.addWidget(self.prompts)
        layout.addWidget(self.notes_heading)
        layout.addWidget(self.notes)
        layout.addWidget(self.next_up)
        layout.addStretch(1)
        layout.addWidget(presenter_row)
        layout.addLayout(message_row)

        # Clicking an empty part of the view takes focus out of a text box, giving the keys back.
        centre.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        splitter = RememberedSplitter("live", [1, 3])
        splitter.addWidget(self.agenda)
        splitter.addWidget(scrolling(centre, sideways=False))
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.setTabOrder(self.buttons["toggle"], self.buttons["previous"])

    def _section(self, text: str) -> QLabel:
        label = _plain(QLabel(text), text)
        _scaled(label, 0.95, bold=True)
        return label

    def _button(self, key: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.installEventFilter(self._key_filter)
        # A click must not leave focus on "+5 min", or the next Space would add five more minutes.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda _checked=False, k=key: self._on_control(k))
        self.buttons[key] = button
        return button

    def _build_actions(self) -> None:
        """One action per control, on the window and on the presenter screen, listed in a menu
        so every shortcut can be found."""
        menu = self.menuBar().addMenu(self.tr("&Session"))
        specs: list[tuple[str, str, list[str]]] = [
            ("toggle", self.tr("Start / pause / resume"), ["Space", "Ctrl+Space"]),
            ("next", self.tr("Next block"), ["N", "Right", "Ctrl+N"]),
            ("previous", self.tr("Previous block"), ["P", "Left"]),
            ("extend1", self.tr("One minute more"), ["+", "="]),
            ("shorten", self.tr("One minute less"), ["-"]),
            ("extend5", self.tr("Five minutes more"), ["5"]),
            ("skip", self.tr("Skip this block"), ["S"]),
            ("compress", self.tr("Absorb the delay"), ["C"]),
            ("undo_compress", self.tr("Undo absorb"), [QKeySequence(QKeySequence.StandardKey.Undo).toString()]),
            ("presenter", self.tr("Presenter screen"), ["F"]),
        ]
        tips = {"toggle": self.tr("Start, pause or resume (Space, or Ctrl+Space while typing)"),
                "next": self.tr("Next block (N or →, or Ctrl+N while typing)"),
                "previous": self.tr("Previous block (P or ←)"),
                "extend1": self.tr("One minute more for this block (+)"),
                "shorten": self.tr("One minute less for this block (−)"),
                "extend5": self.tr("Five minutes more for this block (5)"),
                "skip": self.tr("Skip the rest of this block (S)"),
                "compress": self.tr("Take the projected overrun out of later flexible blocks (C)"),
                "undo_compress": self.tr("Give the later blocks their time back (Ctrl+Z)"),
                "presenter": self.tr("Show or hide the presenter screen (F)")}
        self.actions_by_key: dict[str, QAction] = {}
        for key, text, keys in specs:
            action = QAction(text, self)
            action.setStatusTip(tips[key])
            action.setToolTip(tips[key])
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, k=key: self._on_control(k))
            menu.addAction(action)
            self.addAction(action)
            self.presenter.addAction(action)
            self.actions_by_key[key] = action
        menu.addSeparator()
        reset = menu.addAction(self.tr("Reset this run…"))
        reset.setStatusTip(self.tr("Forget this run and start again from the first block (after a rehearsal)"))
        reset.triggered.connect(self._confirm_reset)
        menu.addSeparator()
        from ui import registry  # features register their session tools after this module loads

        for entry in registry.session_actions():
            if entry.key in ("live", "notes"):  # this view, and its docked notes pane
                continue
            tool = menu.addAction(QCoreApplication.translate("Screens", entry.text))
            tip = QCoreApplication.translate("Screens", entry.tooltip) if entry.tooltip else ""
            tool.setStatusTip(tip or self.tr("Open this for the session"))
            tool.triggered.connect(lambda _checked=False, entry=entry: self._open_tool(entry))
        close = menu.addAction(self.tr("Close this view"))
        close.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence(QKeySequence.StandardKey.Close)])
        close.setStatusTip(self.tr("Close the live view; the run goes on and F5 brings it back"))
        close.triggered.connect(self.close)
        self._single_keys = {sequence.toString() for action in self.actions_by_key.values()
                             for sequence in action.shortcuts()
                             if sequence.count() == 1 and sequence[0].keyboardModifiers() == Qt.KeyboardModifier.NoModifier}
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        close_presenter = QAction(self.tr("Close presenter screen"), self.presenter)
        close_presenter.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close_presenter.triggered.connect(lambda: self.presenter_toggle.setChecked(False))
        self.presenter.addAction(close_presenter)

    def _open_tool(self, entry) -> None:
        entry.callback(self.workspace, self.series_id, self.session_id)

    def _pull_block_tools(self, status: LiveStatus) -> None:
        from ui import registry

        shown = status.current.block if status.current else (
            status.steps[0].step.block if status.steps and status.state == NOT_STARTED else None)
        if (shown.id if shown else None) == self._block_tools_for:
            return
        self._block_tools_for = shown.id if shown else None
        layout = self.block_tools.layout()
        while layout.count():
            layout.takeAt(0).widget().deleteLater()
        kind = shown.kind.value if shown else None
        for entry in registry.session_actions():
            if kind in entry.block_kinds:
                text = QCoreApplication.translate("Screens", entry.text)
                button = QPushButton(self.tr("Open: {0}").format(text.replace("&", "")))
                button.setAccessibleName(button.text())
                tip = QCoreApplication.translate("Screens", entry.tooltip) if entry.tooltip else button.text()
                button.setToolTip(tip)
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                button.installEventFilter(self._key_filter)
                button.clicked.connect(lambda _checked=False, entry=entry: self._open_tool(entry))
                layout.addWidget(button)
        self.block_tools.setVisible(layout.count() > 0)

    # ------------------------------------------------------------ for other features

    def add_pane(self, widget: QWidget, title: str, key: str,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea) -> QDockWidget:
        """Dock a feature's widget (e.g. note capture) beside the timer; listed under View."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"pane-{key}")
        dock.setWidget(scrolling(widget))  # a laptop screen or large text: the pane scrolls
        self._panes[key] = widget
        dock.setAccessibleName(title)
        self.addDockWidget(area, dock)
        self._watch_text_boxes(widget)
        toggle = dock.toggleViewAction()
        toggle.setStatusTip(self.tr("Show or hide the {0} pane").format(title))
        self.view_menu.addAction(toggle)
        return dock

    def pane(self, key: str) -> QWidget | None:
        """The widget a feature docked under ``key`` (e.g. "notes")."""
        return self._panes.get(key)

    def _watch_text_boxes(self, root: QWidget) -> None:
        for kind in (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox):
            for box in root.findChildren(kind):
                box.installEventFilter(self._text_filter)

    def is_timer_key(self, event) -> bool:
        """An unmodified key bound to a timer action (a capital letter types itself)."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        letter = Qt.Key.Key_A <= event.key() <= Qt.Key.Key_Z
        if modifiers & ~Qt.KeyboardModifier.ShiftModifier or (letter and (modifiers or event.text().isupper())):
            return False
        return QKeySequence(event.key()).toString() in self._single_keys

    def leave_text_box(self) -> None:
        """Esc in a text box: back to the agenda, whatever was typed stays (a note as its draft)."""
        self.agenda.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ------------------------------------------------------------ actions

    def _on_control(self, key: str) -> None:
        if key == "presenter":
            self.presenter_toggle.toggle()
            return
        if key == "send_message":
            self._push_message()
            return
        if key == "clear_message":
            self.message.clear()
            self.presenter.set_message("")
            return
        calls: dict[str, Callable[[], LiveStatus]] = {
            "toggle": self.live.toggle, "next": self.live.next, "previous": self.live.previous,
            "extend1": lambda: self.live.extend(1), "extend5": lambda: self.live.extend(5),
            "shorten": lambda: self.live.extend(-1), "skip": self.live.skip, "compress": self.live.compress,
            "undo_compress": self.live.undo_compress,
        }
        self._run(calls[key])

    def _run(self, call: Callable[[], LiveStatus]) -> None:
        """A refused action is said in the status bar: a modal box mid-session would stop the room."""
        try:
            call()
        except FacilitatorError as error:
            self.statusBar().showMessage(str(error), 8000)
        else:
            self.statusBar().clearMessage()
            self.workspace.edited(Changes.of(LIVE, series_id=self.series_id, session_id=self.session_id))
        self._pull()

    def _on_agenda_activated(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole) + 1
        if self.live.status().state == NOT_STARTED:
            self.statusBar().showMessage(self.tr("Start the session first (Space)."), 8000)
            return
        self._run(lambda: self.live.jump(number))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.agenda and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            item = self.agenda.currentItem()
            if item is not None:
                number = item.data(Qt.ItemDataRole.UserRole) + 1
                self._run(lambda: self.live.skip(number))
                return True
        return super().eventFilter(watched, event)

    def _confirm_reset(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, self.tr("Reset this run"), self.tr(
            "Forget this run and start again from the first block? Use this after a rehearsal."))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(self.live.reset)

    def _push_message(self) -> None:
        self.presenter.set_message(self.message.text())
        if self.message.text().strip() and not self.presenter.isVisible():
            self.statusBar().showMessage(self.tr("The message will show when the presenter screen is on (F)."), 8000)

    def _fill_screens(self) -> None:
        screens = QGuiApplication.screens()
        own = self.screen()
        for index, screen in enumerate(screens):
            size = screen.geometry()
            self.screen_choice.addItem(f"{index + 1}: {screen.name()} ({size.width()}×{size.height()})", index)
        others = [i for i, s in enumerate(screens) if s is not own]
        if others:
            self.screen_choice.setCurrentIndex(others[0])

    def _set_presenter_visible(self, visible: bool) -> None:
        if visible:
            screens = QGuiApplication.screens()
            index = self.screen_choice.currentData()
            self.presenter.show_on(screens[index] if index is not None and index < len(screens) else None)
            self._pull()
        else:
            self.presenter.hide()

    def _on_screen_chosen(self, _index: int) -> None:
        if self.presenter.isVisible():
            self._set_presenter_visible(True)

    def _on_workspace_changed(self) -> None:
        try:
            self.live.reload()
        except NotFound:
            self.statusBar().showMessage(self.tr("This session was deleted."))
            self._timer.stop()
            return
        self._agenda_key = None
        self._pull()

    def _show_recovery(self, status: LiveStatus) -> None:
        """After a crash or a close mid-session, say where we are and that time went on."""
        if status.state not in (RUNNING, PAUSED) or status.last_event is None:
            return
        last = status.last_event.at.astimezone().strftime("%H:%M")
        block = status.current.block.title if status.current else ""
        left = countdown(status)
        if status.state == RUNNING:
            text = self.tr("This session was under way when the app closed (last action at {0}). The timer kept "
                           "running: “{1}”, {2} on the clock.").format(last, block, left)
        else:
            text = self.tr("This session was paused when the app closed (last action at {0}): “{1}”, {2} left. "
                           "Press Space to resume.").format(last, block, left)
        self.banner_text.setText(text)
        self.banner.show()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Closing the window leaves the run as it is; reopening picks it up."""
        self._timer.stop()
        self.presenter.close()
        ops.unwatch(self.workspace, self._watch)
        super().closeEvent(event)

    # ------------------------------------------------------------ painting

    def _pull(self) -> None:
        status = self.live.status()
        step = status.current
        self._pull_agenda(status)
        self._pull_timer(status)
        self._pull_plan(status)
        self._pull_block_tools(status)

        toggle_text = {NOT_STARTED: self.tr("Start"), RUNNING: self.tr("Pause"), PAUSED: self.tr("Resume"),
                       FINISHED: self.tr("Finished")}[status.state]
        self.buttons["toggle"].setText(toggle_text)
        under_way = status.state in (RUNNING, PAUSED)
        self.buttons["toggle"].setEnabled(status.state != FINISHED)
        for key in ("next", "shorten", "extend1", "extend5", "skip"):
            self.buttons[key].setEnabled(under_way)
        self.buttons["previous"].setEnabled(status.state != NOT_STARTED)
        self.buttons["compress"].setEnabled(under_way and bool(status.compress_plan()))
        self.buttons["undo_compress"].setEnabled(status.undoable_compress_id is not None)

        if self.presenter.isVisible():
            self.presenter.show_state(self._presenter_state(status))
        block_id = step.block.id if step else None
        if block_id != self._current_id:
            self._current_id = block_id
            self.current_block_changed.emit(block_id)
        self._maybe_chime(status)

    def _pull_agenda(self, status: LiveStatus) -> None:
        current = status.current.index if status.current else None
        starts = {i: moment.astimezone().strftime("%H:%M") for i, moment in status.expected_starts().items()}
        key = tuple((s.step.block.id, s.skipped, s.visited, round(s.allotted_seconds), int(s.actual_seconds // 60),
                     starts.get(s.step.index)) for s in status.steps) + (current, status.state)
        if key == self._agenda_key:
            return
        self._agenda_key = key
        selected = self.agenda.currentRow()
        self.agenda.clear()
        for s in status.steps:
            minutes = round(s.allotted_seconds / 60)
            text = f"{'    ' if s.step.heading else ''}{s.step.block.title}   {minutes} min"
            if s.step.index in starts:
                text = f"{starts[s.step.index]}  {text}"
            if s.visited and s.step.index != current:
                text += self.tr(" · ran {0}").format(clock_text(s.actual_seconds))
            if s.skipped:
                text = self.tr("{0} (skipped)").format(text)
            elif s.step.index == current:
                text = "▶ " + text
            elif s.visited:
                text = "✓ " + text
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, s.step.index)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            font = QFont(self.agenda.font())
            font.setBold(s.step.index == current)
            font.setStrikeOut(s.skipped)
            item.setFont(font)
            if s.step.index == current:
                item.setBackground(self.palette().highlight())
                item.setForeground(self.palette().highlightedText())
            self.agenda.addItem(item)
        if selected >= 0 and self.agenda.hasFocus():  # keep a keyboard user's place, select nothing else
            self.agenda.setCurrentRow(min(selected, self.agenda.count() - 1))

    def _pull_timer(self, status: LiveStatus) -> None:
        step = status.current
        if status.state == NOT_STARTED:
            first = status.steps[0].step.block.title if status.steps else ""
            self.heading.setText("")
            self.block_title.setText(first)
            self.state_label.setText(self.tr("Not started — press Space to start"))
            self.countdown.setText(clock_text(status.steps[0].allotted_seconds) if status.steps else "")
        elif status.state == FINISHED:
            self.heading.setText("")
            self.block_title.setText(self.tr("Session finished"))
            self.state_label.setText(self.tr("Finished at {0}").format(status.ended_at.astimezone().strftime("%H:%M")))
            self.countdown.setText("")
        else:
            self.heading.setText(step.heading.title if step.heading else "")
            self.block_title.setText(step.block.title)
            words = {WRAP_UP: self.tr("▲ Time to wrap up"), OVERTIME: self.tr("■ Over time")}.get(status.phase, "")
            if status.state == PAUSED:
                paused = self.tr("Paused")
                words = f"{words}   ‖ {paused}" if words else f"‖ {paused}"
            self.state_label.setText(words or self.tr("Running"))
            self.countdown.setText(countdown(status))
        self.heading.setVisible(bool(self.heading.text()))
        colours = {WRAP_UP: ("#FFC400", "#000000"), OVERTIME: ("#A00016", "#FFFFFF")}.get(status.phase)
        if colours and status.current is not None:
            self.timer_frame.setStyleSheet(f"QFrame#timerFrame {{ background: {colours[0]}; }}"
                                           f"QFrame#timerFrame QLabel {{ color: {colours[1]}; }}")
        else:
            self.timer_frame.setStyleSheet("")
        self.countdown.setAccessibleDescription(self.state_label.text())
        if status.allotted_seconds > 0:
            share = min(1.0, status.elapsed_seconds / status.allotted_seconds)
            self.progress.setValue(int(share * 1000))
            self.progress.setFormat(self.tr("{0} of {1}").format(
                clock_text(status.elapsed_seconds), clock_text(status.allotted_seconds)))
        else:
            self.progress.setValue(0)
            self.progress.setFormat("")

    def _pull_plan(self, status: LiveStatus) -> None:
        step = status.current
        self.plan_line.setText(plan_sentence(status))
        finished = status.state == FINISHED
        self.prompts_heading.setText(self.tr("Planned and actual") if finished else self.tr("Prompts"))
        self.notes_heading.setText(self.tr("Totals") if finished else self.tr("Facilitator notes"))
        if finished:
            self._pull_debrief(status)
            return
        shown = step.block if step else (status.steps[0].step.block if status.steps and status.state == NOT_STARTED
                                         else None)
        self.prompts.setText("\n".join(f"• {p}" for p in shown.prompts) if shown and shown.prompts
                             else self.tr("No prompts for this block."))
        notes = [shown.notes] if shown and shown.notes else []
        if shown and shown.materials:
            notes.append(self.tr("Materials: {0}").format(shown.materials))
        self.notes.setText("\n".join(notes) or self.tr("No notes for this block."))
        nxt = status.next_step
        self.next_up.setText(self.tr("Next: {0} ({1} min)").format(
            nxt.block.title, round(self._allotted(status, nxt.index) / 60)) if nxt else self.tr("Next: the end"))

    def _pull_debrief(self, status: LiveStatus) -> None:
        """After the end: planned against actual minutes per block, for the debrief."""
        lines = []
        for s in status.steps:
            actual = self.tr("skipped") if s.skipped and not s.actual_seconds else clock_text(s.actual_seconds)
            lines.append(self.tr("{0}: planned {1} min, ran {2}").format(s.step.block.title, s.step.block.minutes,
                                                                          actual))
        self.prompts.setText("\n".join(lines))
        planned = sum(s.step.block.minutes for s in status.steps)
        ran = sum(s.actual_seconds for s in status.steps)
        self.notes.setText(self.tr("Planned {0} min; the blocks ran {1}, and the session took {2} with pauses.").format(
            planned, clock_text(ran), clock_text(status.session_seconds)))
        self.next_up.setText("")

    @staticmethod
    def _allotted(status: LiveStatus, index: int) -> float:
        return status.steps[index].allotted_seconds

    def _presenter_state(self, status: LiveStatus) -> PresenterState:
        step = status.current
        if step is None:
            title = self.tr("Thank you") if status.state == FINISHED else self.tr("Welcome")
            return PresenterState("", status.phase, title)
        nxt = status.next_step
        return PresenterState(
            countdown=countdown(status), phase=status.phase, title=step.block.title,
            prompt="\n".join(step.block.prompts),
            next_up=nxt.block.title if nxt and self.show_next.isChecked() else "",
            paused=status.state == PAUSED)

    def _maybe_chime(self, status: LiveStatus) -> None:
        seen = (status.current.block.id if status.current else None, status.phase)
        previous, self._phase_seen = self._phase_seen, seen
        if (previous is not None and previous[0] == seen[0] and previous[1] != seen[1]
                and seen[1] in (WRAP_UP, OVERTIME) and status.running and self.chime.isChecked()):
            chime.play()
