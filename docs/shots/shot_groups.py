"""Screenshots of the breakout board, the fishbowl and the floor plan on the demo series."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from facilitator.clock import FakeClock
from facilitator.demo.roster import add_sample_roster
from facilitator.demo.series import ensure_demo
from facilitator.fishbowl import actions as act
from facilitator.groups import assign
from facilitator.paths import default_db_path
from facilitator.storage import groups as breakouts
from facilitator.storage import seating
from facilitator.storage import series as series_store
from facilitator.storage.roster import list_participants


def shoot(out_dir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from ui.fishbowl_view import FishbowlView
    from ui.floor_plan import FloorPlanView
    from ui.groups_board import GroupsBoard
    from ui.workspace import Workspace

    app = QApplication.instance()
    workspace = Workspace(os.environ.get("FACILITATOR_DB") or default_db_path())
    db = workspace.db
    ensure_demo(db)
    series_id = series_store.list_series(db)[0]["id"]
    people = list_participants(db, series_id) or add_sample_roster(db, series_id)
    session = series_store.list_sessions(db, series_id)[0]
    result = assign.assign_groups(db, session.id, groups=5, rounds=2, seed=3, time_limit=2)
    breakout = result.rounds[0]
    breakouts.set_locked(db, breakout.id, breakout.groups[0].members[1].participant_id, True)
    written = []

    board = GroupsBoard(workspace, session.id)
    board.resize(1500, 760)
    board.show()
    app.processEvents()
    path = out_dir / "groups_board.png"
    board.grab().save(str(path))
    written.append(path)

    clock = FakeClock()
    bowl = act.start_fishbowl(db, session.id, clock, empty_chair=True)
    speakers = [p for p in people if p.role.value == "participant"]
    state = store_state = None
    labels = [s.label for s in act.store.load_state(db, bowl.id).seats]
    for seat, label in enumerate(labels[:-1]):
        speaker = next((p for p in speakers if p.perspective == label), speakers[seat])
        act.seat_speaker(db, bowl.id, clock, seat, speaker.id)
    state = act.store.load_state(db, bowl.id)
    inner = state.inner_circle
    for pid, seconds in zip(inner[:3], (140, 95, 60)):
        act.speak(db, bowl.id, clock, pid)
        clock.advance(seconds)
    act.speak(db, bowl.id, clock, inner[3])
    clock.advance(48)
    outside = [p.id for p in speakers if p.id not in inner]
    for pid in outside[:2] + inner[4:5]:
        act.add_to_queue(db, bowl.id, clock, pid)
    view = FishbowlView(workspace, session.id, clock=clock)
    view.resize(1400, 800)
    view.show()
    view.select_seat(7)
    app.processEvents()
    path = out_dir / "fishbowl.png"
    view.grab().save(str(path))
    written.append(path)
    del store_state

    seating.seat_round(db, breakout.id)
    floor = FloorPlanView(workspace, session.id)
    floor.resize(1300, 760)
    floor.show()
    app.processEvents()
    floor.refresh()
    app.processEvents()
    path = out_dir / "floor_plan.png"
    floor.grab().save(str(path))
    written.append(path)
    for widget in (board, view, floor):
        widget.close()
    workspace.close()
    return written
