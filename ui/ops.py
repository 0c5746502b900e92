"""The one runner between a screen and ``facilitator.ops``.

A screen hands it an operation (``lambda db: agenda.update_block(db, block_id, title=...)``);
the runner applies it (on the UI thread, or off it for long work), shows a refusal one way
(``ui.errors.show_error``, in the interface language), puts one generic command on the undo
stack fed by the inverse the core returned, and announces the ``Changes`` on
``workspace.changes`` so each view refreshes only when its own data moved (Anki's
``CollectionOp`` and ``operation_did_execute``).
"""

from __future__ import annotations

import weakref
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.errors import FacilitatorError
from facilitator.ops import Changes, Op, Outcome
from ui.errors import reported, show_error

After = Callable[[Outcome[Any] | None], None]


class OpCommand(QUndoCommand):
    """Undo runs the inverse the core returned; the inverse's outcome carries the redo.

    Undo and redo run inside Qt, where an exception would vanish: if another window or process
    changed the same thing meanwhile, the refusal is shown, the command leaves the stack and every
    view shows what is stored.
    """

    def __init__(self, workspace, outcome: Outcome[Any], text: str, after: After | None):
        super().__init__(text)
        self._workspace = workspace
        self._next: Op = outcome.undo
        self._after = after
        self._skip_first_redo = True  # ``apply`` already did it; QUndoStack.push calls redo once

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._step()

    def undo(self) -> None:
        self._step()

    def _step(self) -> None:
        try:
            outcome = self._next(self._workspace.db)
        except FacilitatorError as error:
            self.setObsolete(True)
            show_error(QApplication.activeWindow(), error)
            if self._after is not None:
                self._after(None)
            self._workspace.edited(Changes.anything())
            return
        self._next = outcome.undo
        if self._next is None:  # this step cannot be taken back again: it leaves the history
            self.setObsolete(True)
        if self._after is not None:
            self._after(outcome)
        self._workspace.edited(outcome.changes)


def apply(workspace, op: Op, *, undo_stack: QUndoStack | None = None, text: str = "",
          after: After | None = None, announce_later: bool = False) -> Outcome[Any]:
    """Run ``op`` now; a refusal (FacilitatorError) raises here and nothing reaches the stack,
    so undo history only holds what really happened. ``after(outcome)`` runs before the views
    hear of the change (a view may note what to select), and after every undo and redo.

    ``announce_later``: views hear of the change on the next turn of the event loop, for an edit
    made from inside an item's own mouse event (a drop) that the refresh would delete."""
    return record(workspace, op(workspace.db), undo_stack=undo_stack, text=text, after=after,
                  announce_later=announce_later)


def record(workspace, outcome: Outcome[Any], *, undo_stack: QUndoStack | None = None, text: str = "",
           after: After | None = None, announce_later: bool = False) -> Outcome[Any]:
    """An operation already done (on a worker, see ``run_off_ui``): announce it and put its
    undo on the stack, as ``apply`` does."""
    if after is not None:
        after(outcome)
    if announce_later:
        QTimer.singleShot(0, lambda: workspace.edited(outcome.changes))
    else:
        workspace.edited(outcome.changes)
    if undo_stack is not None and outcome.undo is not None:
        undo_stack.push(OpCommand(workspace, outcome, text, after))
    return outcome


def run(parent: QWidget | None, workspace, op: Op, *, undo_stack: QUndoStack | None = None, text: str = "",
        after: After | None = None, announce_later: bool = False) -> Outcome[Any] | None:
    """``apply``, with a refusal or a file error shown to the person; None when refused."""
    with reported(parent):
        return apply(workspace, op, undo_stack=undo_stack, text=text, after=after, announce_later=announce_later)
    return None


async def run_off_ui(parent: QWidget | None, workspace, op: Op, *, undo_stack: QUndoStack | None = None,
                     text: str = "", after: After | None = None,
                     progress: Callable[..., None] | None = None) -> Outcome[Any] | None:
    """Long work (optimising groups, imports) on a worker with its own connection; the change,
    the undo command and any error are handled back on the UI thread. ``op`` may take
    ``progress=`` when ``progress`` is given."""
    from ui.tasks import run_off_ui as off_ui

    def work(progress: Callable[..., None] | None = None) -> Outcome[Any]:
        db = workspace.open_worker_connection()
        try:
            return op(db, progress=progress) if progress is not None else op(db)
        finally:
            db.close()

    with reported(parent):
        outcome = await off_ui(work, progress=progress) if progress is not None else await off_ui(work)
        return record(workspace, outcome, undo_stack=undo_stack, text=text, after=after)
    return None


def watch(workspace, receiver: QObject, slot: Callable[[], None], *kinds: str,
          series_id: str | None = None, session_id: str | None = None) -> Callable[[Changes], None]:
    """Call ``slot`` when a change touches ``kinds`` of this series/session (or came from
    elsewhere: another window, a command-line call), and only then. The connection ends with
    ``receiver`` (or with ``unwatch`` on what this returns)."""

    # A method of the receiver itself is held weakly, so a window that keeps the handle (to
    # ``unwatch`` on close) does not keep itself alive through it.
    if getattr(slot, "__self__", None) is receiver:
        method = weakref.WeakMethod(slot)
    else:
        method = lambda: slot  # noqa: E731

    def on_changes(changes: Changes) -> None:
        target = method()
        if target is not None and changes.touches(*kinds, series_id=series_id, session_id=session_id):
            target()

    workspace.changes.connect(on_changes)
    receiver.destroyed.connect(lambda *_: unwatch(workspace, on_changes))
    return on_changes


def unwatch(workspace, slot: Callable[[Changes], None]) -> None:
    """End a ``watch`` (again is harmless)."""
    if getattr(slot, "_unwatched", False):
        return
    slot._unwatched = True
    try:
        workspace.changes.disconnect(slot)
    except (RuntimeError, TypeError):  # the workspace went first
        pass
