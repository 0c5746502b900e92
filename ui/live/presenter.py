"""The presenter screen: what the room sees on the projector.

A second top-level window, full screen on the screen the facilitator picks. It shows the time
left huge enough to read from the back of a room, the block and its participant prompt, and a
message the facilitator pushes. Wrap-up and overtime change the colours *and* add a symbol and
words, so nobody has to tell amber from red. It can also show a static page (breakout groups,
fishbowl seats) with the timer in a strip above it.

It computes nothing: the facilitator view hands it a ``PresenterState``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.clock import Clock, MonotonicClock
from facilitator.live import NORMAL, OVERTIME, WRAP_UP

PAGE_SECONDS = 12  # how long each page of a set shows before the next turns by itself

# High contrast in every state: white on black, black on amber, white on deep red.
THEMES = {
    "dark": {NORMAL: ("#000000", "#FFFFFF"), WRAP_UP: ("#FFC400", "#000000"), OVERTIME: ("#A00016", "#FFFFFF")},
    "light": {NORMAL: ("#FFFFFF", "#000000"), WRAP_UP: ("#FFC400", "#000000"), OVERTIME: ("#A00016", "#FFFFFF")},
}


@dataclass(frozen=True)
class PresenterState:
    countdown: str  # "12:34", or "+2:05" when over time
    phase: str  # runner.NORMAL, WRAP_UP or OVERTIME
    title: str
    prompt: str = ""
    next_up: str = ""  # empty: not shown
    paused: bool = False


def _label(name: str, *, wrap: bool = True, align=Qt.AlignmentFlag.AlignCenter) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # titles and messages are typed by people
    label.setWordWrap(wrap)
    label.setAlignment(align)
    label.setAccessibleName(name)
    return label


Columns = list[tuple[str, list[str]]]


class PresenterWindow(QWidget):
    def __init__(self, parent: QWidget | None = None, *, clock: Clock | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self._clock = clock or MonotonicClock()
        self._set: list[tuple[str, Columns]] = []
        self._set_started = 0.0
        self._page_shown = -1
        self._page_timer = QTimer(self)
        self._page_timer.setInterval(500)  # repaints what the clock says; never counts pages itself
        self._page_timer.timeout.connect(self._turn_page)
        self.setWindowTitle(self.tr("Presenter screen"))
        self.setAccessibleName(self.tr("Presenter screen"))
        self.setObjectName("presenter")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._theme = "dark"
        self._phase = NORMAL
        self._state: PresenterState | None = None

        self.message = _label(self.tr("Message to the room"))
        self.message.setObjectName("message")
        self.message.hide()
        self.title = _label(self.tr("Current block"))
        self.countdown = _label(self.tr("Time left"), wrap=False)
        self.countdown.setObjectName("countdown")
        # Never let the digits force the window wider than a projector: _fit_countdown shrinks them.
        self.countdown.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.phase_label = _label(self.tr("Timer state"))
        self.prompt = _label(self.tr("Prompt"))
        self.next_up = _label(self.tr("Next up"))

        timer_page = QWidget()
        timer_layout = QVBoxLayout(timer_page)
        timer_layout.addWidget(self.title)
        timer_layout.addWidget(self.countdown, 1)
        timer_layout.addWidget(self.phase_label)
        timer_layout.addWidget(self.prompt)
        timer_layout.addWidget(self.next_up)

        self.page_strip = _label(self.tr("Time left"))
        self.page_title = _label(self.tr("Page title"))
        self.page_count = _label(self.tr("Page number"))
        self.page_count.hide()
        self.page_columns = QGridLayout()
        static_page = QWidget()
        static_layout = QVBoxLayout(static_page)
        static_layout.addWidget(self.page_strip)
        static_layout.addWidget(self.page_title)
        static_layout.addWidget(self.page_count)
        static_layout.addLayout(self.page_columns, 1)
        self._column_widgets: list[QWidget] = []

        self.pages = QStackedWidget()
        self.pages.addWidget(timer_page)
        self.pages.addWidget(static_page)

        self.frame = QFrame()
        self.frame.setObjectName("frame")
        frame_layout = QVBoxLayout(self.frame)
        frame_layout.addWidget(self.message)
        frame_layout.addWidget(self.pages, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frame)
        self.resize(1280, 720)
        self._restyle()

    # ------------------------------------------------------------ what the facilitator view calls

    def show_state(self, state: PresenterState) -> None:
        self._state = state
        self.title.setText(state.title)
        self.countdown.setText(state.countdown)
        self.prompt.setText(state.prompt)
        self.prompt.setVisible(bool(state.prompt))
        self.next_up.setText(self.tr("Next up: {0}").format(state.next_up) if state.next_up else "")
        self.next_up.setVisible(bool(state.next_up))
        self.phase_label.setText(self._phase_text(state))
        self.phase_label.setVisible(bool(self.phase_label.text()))
        strip = f"{state.title} — {state.countdown}" if state.title else state.countdown
        self.page_strip.setText(f"{strip}   {self.phase_label.text()}".strip())
        if state.phase != self._phase:
            self._phase = state.phase
            self._restyle()
        self._fit_countdown()

    def set_message(self, text: str) -> None:
        """A line for the whole room ("Please return to your tables"); empty clears it."""
        self.message.setText(text.strip())
        self.message.setVisible(bool(text.strip()))

    def show_page(self, title: str, columns: Columns) -> None:
        """Show a static page — breakout groups, fishbowl seats — with the timer in a strip above.

        ``columns`` is a list of (heading, lines): one column per group or circle.
        """
        self.show_pages([(title, columns)])

    def show_pages(self, pages: list[tuple[str, Columns]]) -> None:
        """Show a set of pages that turn by themselves every ``PAGE_SECONDS``, numbered "1/2",
        so everything in the set is seen within one cycle without anyone pressing a key."""
        self._set = list(pages)
        self._set_started = self._clock.monotonic()
        self._page_shown = -1
        if len(self._set) > 1:
            self._page_timer.start()
        else:
            self._page_timer.stop()
        self._turn_page()

    def current_page_number(self) -> int:
        """0-based: which page of the set the clock says is on screen now."""
        elapsed = max(0.0, self._clock.monotonic() - self._set_started)
        return int(elapsed // PAGE_SECONDS) % max(1, len(self._set))

    def _turn_page(self) -> None:
        if not self._set:
            return
        number = self.current_page_number()
        if len(self._set) > 1:
            elapsed = max(0.0, self._clock.monotonic() - self._set_started)
            left = PAGE_SECONDS - int(elapsed % PAGE_SECONDS)
            self.page_count.setText(self.tr("{0}/{1} · next page in {2} s").format(number + 1, len(self._set), left))
        self.page_count.setVisible(len(self._set) > 1)
        if number != self._page_shown:
            self._page_shown = number
            self._draw_page(*self._set[number])

    def _draw_page(self, title: str, columns: Columns) -> None:
        for widget in self._column_widgets:
            widget.setParent(None)  # off the page at once; deleted when the event loop next runs
            widget.deleteLater()
        self._column_widgets = []
        self.page_title.setText(title)
        per_row = 4 if len(columns) > 6 else 3 if len(columns) > 4 else max(1, len(columns))
        # Rows and lines decide the type size, so twelve groups of five still fit one screen.
        self._page_shape = (-(-len(columns) // per_row), max((len(lines) for _h, lines in columns), default=0))
        for index, (heading, lines) in enumerate(columns):
            box = QFrame()
            box.setObjectName("column")
            layout = QVBoxLayout(box)
            head = _label(heading, align=Qt.AlignmentFlag.AlignLeft)
            head.setObjectName("columnHeading")
            head.setText(heading)
            body = _label(heading, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            body.setObjectName("columnBody")
            body.setText("\n".join(lines))
            layout.addWidget(head)
            layout.addWidget(body, 1)
            self.page_columns.addWidget(box, index // per_row, index % per_row)
            self._column_widgets.append(box)
        self.pages.setCurrentIndex(1)
        self._restyle()

    def clear_page(self) -> None:
        self._set = []
        self._page_timer.stop()
        self.pages.setCurrentIndex(0)

    def showing_page(self) -> bool:
        return self.pages.currentIndex() == 1

    def set_theme(self, theme: str) -> None:
        self._theme = theme
        self._restyle()

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen``; with a single screen, an ordinary window the facilitator can move."""
        screens = QGuiApplication.screens()
        if screen is not None and len(screens) > 1:
            self.setGeometry(screen.geometry())
            self.show()
            if self.windowHandle() is not None:
                self.windowHandle().setScreen(screen)
            self.showFullScreen()
            self.setCursor(Qt.CursorShape.BlankCursor)  # no pointer parked over the countdown
        else:
            self.unsetCursor()
            self.showNormal()
        self.raise_()

    # ------------------------------------------------------------ drawing

    def _phase_text(self, state: PresenterState) -> str:
        if state.phase == OVERTIME:
            text = self.tr("■ Over time")
        elif state.phase == WRAP_UP:
            text = self.tr("▲ Time to wrap up")
        else:
            text = ""
        if state.paused:
            paused = self.tr("Paused")
            text = f"{text}   ‖ {paused}" if text else f"‖ {paused}"
        return text

    def _restyle(self) -> None:
        background, foreground = THEMES[self._theme][self._phase]
        # Wrap-up and overtime also get a thick frame: the change shows in shape, not only colour.
        border = {NORMAL: "0px", WRAP_UP: "18px dashed", OVERTIME: "18px solid"}[self._phase]
        border_colour = foreground if self._phase != NORMAL else background
        self.setStyleSheet(
            f"QWidget#presenter {{ background: {background}; }}"
            f"QFrame#frame {{ background: {background}; border: {border} {border_colour}; }}"
            f"QLabel {{ color: {foreground}; background: transparent; }}"
            f"QLabel#message {{ color: {background}; background: {foreground}; padding: 12px; }}"
            f"QFrame#column {{ border: 2px solid {foreground}; border-radius: 6px; }}"
        )
        self._fit_fonts()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit_fonts()

    def _fit_fonts(self) -> None:
        """Sizes follow the window: the countdown takes about half the height of the screen."""
        height = max(200, self.height())
        for label, share, bold in ((self.title, 0.065, True), (self.phase_label, 0.06, True),
                                   (self.prompt, 0.05, False), (self.next_up, 0.04, False),
                                   (self.message, 0.06, True), (self.page_strip, 0.05, True),
                                   (self.page_title, 0.06, True), (self.page_count, 0.035, False)):
            font = QFont(self.font())
            font.setPixelSize(int(height * share))
            font.setBold(bold)
            label.setFont(font)
        rows, lines = getattr(self, "_page_shape", (1, 1))
        # About 70% of the height is left for the columns: each row holds a heading and its lines.
        fitting = 0.7 / max(1, rows) / (max(1, lines) + 2.2) / 1.3
        body_share = min(0.038, fitting)
        for box in self._column_widgets:
            for child, share, bold in ((box.findChild(QLabel, "columnHeading"), body_share * 1.2, True),
                                       (box.findChild(QLabel, "columnBody"), body_share, False)):
                font = QFont(self.font())
                font.setPixelSize(int(height * share))
                font.setBold(bold)
                child.setFont(font)
        self._fit_countdown()

    def _fit_countdown(self) -> None:
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(int(max(200, self.height()) * 0.42))
        # Measured with the overtime sign, so the digits keep their size when the block runs over.
        sample = "+" + (self.countdown.text().lstrip("+") or "00:00")
        width = QFontMetricsF(font).horizontalAdvance(sample)
        room = self.width() * 0.92
        if width > room:
            font.setPixelSize(max(12, int(font.pixelSize() * room / width)))
        self.countdown.setFont(font)
