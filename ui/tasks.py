"""Long work (optimising groups, building PDFs, imports) off the UI thread.

The app runs on a qasync event loop; ``run_off_ui`` hands a plain core function to a worker
thread and returns an awaitable. Progress is marshalled back to the UI thread, so no widget is
ever touched from the worker.
"""

from __future__ import annotations

import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

_EXECUTOR = ThreadPoolExecutor(max_workers=2, thread_name_prefix="facilitator-worker")


def run_off_ui(fn: Callable[..., Any], *args: Any, progress: Callable[..., None] | None = None,
               **kwargs: Any) -> "asyncio.Future[Any]":
    """Run ``fn(*args, progress=..., **kwargs)`` in a worker; ``progress`` is called on the UI loop."""
    loop = asyncio.get_event_loop()
    if progress is not None:
        kwargs["progress"] = lambda *p: loop.call_soon_threadsafe(progress, *p)
    return loop.run_in_executor(_EXECUTOR, functools.partial(fn, *args, **kwargs))


def shutdown() -> None:
    """Wait for workers at exit so no thread writes after the window is gone."""
    _EXECUTOR.shutdown(wait=True, cancel_futures=True)
