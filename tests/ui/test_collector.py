"""Cycles are collected on the UI thread, never on a worker.

A worker that collected a closed dialog's Qt objects froze a test run for good. The objects'
destructor took a Qt lock on the worker and waited for the GIL, while the UI thread held the GIL
and wanted that lock.
"""

from __future__ import annotations

import gc
import threading

from ui.app import make_application


class Cycle:
    """Garbage only the cycle collector can free; says on which thread it was freed."""

    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.freed_on.append(threading.current_thread().name)


KEPT: list[list] = []


def _busy_worker() -> None:
    # Objects kept, not freed: enough net allocation to run an automatic collection many times over.
    KEPT.append([[i] for i in range(200_000)])


def test_a_worker_that_allocates_never_collects_and_the_ui_thread_does(qtbot):
    app = make_application([])
    assert not gc.isenabled()
    Cycle.freed_on.clear()
    Cycle()  # garbage from here on
    worker = threading.Thread(target=_busy_worker, name="worker")
    worker.start()
    worker.join()
    assert Cycle.freed_on == []  # the worker's allocations collected nothing
    qtbot.waitUntil(lambda: bool(Cycle.freed_on), timeout=5000)
    assert Cycle.freed_on == [threading.main_thread().name]
    assert app._main_thread_collector is not None
    KEPT.clear()
