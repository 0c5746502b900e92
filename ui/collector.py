"""Python's cycle collector runs on the UI thread only.

Left automatic, the collector runs in whichever thread happens to allocate, so a worker
(a print preview, a group search, a team sync) can collect a closed dialog's Qt objects. Their
destructor then takes a Qt lock on the worker while waiting for the GIL. If the UI thread holds
the GIL and wants that lock, as it does when it deletes a widget, the app freezes for good.
This was seen in the test suite. So automatic collection is turned off while the app runs. A
timer on the UI thread collects each generation when its count passes the threshold Python
itself would use, which keeps memory as it would be and adds no pause of its own.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the oldest generation whose count has passed its threshold, as Python would."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Hand collection back to Python (tests that leave Qt behind them)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


def install(app: QObject) -> MainThreadCollector:
    """Once per application; the collector lives as long as ``app``."""
    collector = getattr(app, "_main_thread_collector", None)
    if collector is None:
        collector = MainThreadCollector(app)
        app._main_thread_collector = collector
    return collector
