"""The one runner: an edit goes through it, undo and redo run the inverse the core returned,
a refusal at any point is shown (never swallowed inside Qt), and views hear only of their data."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from facilitator.errors import FacilitatorError
from facilitator.ops import Changes, Outcome, agenda
from facilitator.ops.changes import AGENDA, NOTES, ROSTER
from ui import ops
from ui.workspace import Workspace


@pytest.fixture
def workspace(qapp, db_path):
    space = Workspace(db_path, backup=False)
    yield space
    space.close()


@pytest.fixture
def block(workspace):
    series = agenda.create_series(workspace.db, title="Serie de diálogo").value
    session = agenda.add_session(workspace.db, series.id, title="Uno").value
    return agenda.add_block(workspace.db, session.id, title="Welcome", minutes=10).value


def title_of(workspace, block_id):
    return agenda.get_block(workspace.db, block_id).title


def test_undo_and_redo_run_the_inverse_from_the_core(workspace, block):
    stack = QUndoStack()
    seen: list[Changes] = []
    workspace.changes.connect(seen.append)
    ops.apply(workspace, lambda db: agenda.update_block(db, block.id, title="Bienvenida"), undo_stack=stack,
              text="Rename block")
    assert title_of(workspace, block.id) == "Bienvenida" and stack.undoText() == "Rename block"
    stack.undo()
    assert title_of(workspace, block.id) == "Welcome"
    stack.redo()
    assert title_of(workspace, block.id) == "Bienvenida"
    assert len(seen) == 3 and all(c.touches(AGENDA, session_id=block.session_id) for c in seen)
    assert not any(c.touches(ROSTER) for c in seen)


def test_an_operation_raising_inside_undo_is_shown_not_swallowed(workspace, block, shown_messages):
    stack = QUndoStack()
    ops.apply(workspace, lambda db: agenda.update_block(db, block.id, title="Opening"), undo_stack=stack, text="x")
    agenda.delete_block(workspace.db, block.id)  # meanwhile, another window deleted the block
    stack.undo()
    assert shown_messages == ["That block no longer exists."]
    assert stack.count() == 0  # the command that can no longer apply left the history


def test_an_inverse_raising_any_facilitator_error_is_shown(workspace, shown_messages):
    def refusing(db):
        raise FacilitatorError("Someone else already merged these themes.")

    stack = QUndoStack()
    ops.apply(workspace, lambda db: Outcome(Changes.of(NOTES), undo=refusing), undo_stack=stack, text="Merge")
    stack.undo()
    assert shown_messages == ["Someone else already merged these themes."]


def test_a_refused_operation_is_shown_and_never_reaches_the_stack(workspace, block, shown_messages):
    stack = QUndoStack()
    outcome = ops.run(QWidget(), workspace, lambda db: agenda.update_block(db, block.id, minutes=-3),
                      undo_stack=stack, text="Change minutes")
    assert outcome is None and stack.count() == 0
    assert shown_messages == ["Minutes cannot be negative."]


def test_a_view_refreshes_only_when_its_data_changed(workspace, block, qtbot):
    other_session = agenda.add_session(workspace.db, agenda.get_session(workspace.db, block.session_id).series_id,
                                       title="Dos").value
    view = QWidget()
    qtbot.addWidget(view)
    refreshed: list[str] = []
    ops.watch(workspace, view, lambda: refreshed.append("agenda"), AGENDA, session_id=other_session.id)
    ops.apply(workspace, lambda db: agenda.update_block(db, block.id, title="Elsewhere"))
    assert refreshed == []
    ops.apply(workspace, lambda db: agenda.add_block(db, other_session.id, title="Here"))
    assert refreshed == ["agenda"]
    workspace.edited()  # a change of unknown extent (another process) reaches every view
    assert refreshed == ["agenda", "agenda"]


def test_work_off_the_ui_thread_lands_on_the_stack_and_a_refusal_is_shown(workspace, block, qasync_loop, qtbot,
                                                                          shown_messages):
    import threading

    stack = QUndoStack()
    threads: list[str] = []

    def slow_rename(db):
        threads.append(threading.current_thread().name)
        return agenda.update_block(db, block.id, title="Renamed on a worker")

    import asyncio

    def finish(coroutine):
        task = asyncio.ensure_future(coroutine)
        qtbot.waitUntil(task.done, timeout=5000)
        return task.result()

    done = finish(ops.run_off_ui(None, workspace, slow_rename, undo_stack=stack, text="Rename"))
    assert done is not None and threads != [threading.main_thread().name]
    assert title_of(workspace, block.id) == "Renamed on a worker"
    stack.undo()  # the undo runs on the UI's own connection
    assert title_of(workspace, block.id) == "Welcome"

    def refusing(db):
        raise FacilitatorError("Fewer than two people are present, so there is nobody to group.")

    assert finish(ops.run_off_ui(None, workspace, refusing)) is None
    assert shown_messages == ["Fewer than two people are present, so there is nobody to group."]


def test_a_refusal_is_shown_in_the_interface_language(workspace, block, shown_messages):
    from facilitator import i18n

    with i18n.language("es"):
        assert ops.run(None, workspace, lambda db: agenda.update_block(db, block.id, minutes=-3)) is None
    assert shown_messages == ["Los minutos no pueden ser negativos."]
