"""Running a fishbowl from the keyboard with a fake clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.clock import FakeClock
from facilitator.demo.roster import add_sample_roster
from facilitator.fishbowl import actions as act
from facilitator.plan import templates
from facilitator.storage import fishbowls as store


@pytest.fixture
def view(qtbot, db_path, shown_messages):
    from ui.fishbowl_view import FishbowlView
    from ui.workspace import Workspace

    workspace = Workspace(db_path)
    series = templates.create_series(workspace.db, templates.get_template("breakthrough"), title="Charter talks")
    add_sample_roster(workspace.db, series.id)
    clock = FakeClock()
    widget = FishbowlView(workspace, series.sessions[0].id, clock=clock)
    widget.clock_ = clock
    widget.messages = shown_messages
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    widget.show()
    widget.empty_check.setChecked(True)
    widget.start_button.click()
    yield widget
    workspace.close()


def _pick(view, name):
    pid = next(pid for pid, p in view._people.items() if p.name == name)
    view.select_person(pid)
    return pid


def test_keyboard_queue_next_speaker_and_times(view, qtbot):
    people = view.people_list
    amara = _pick(view, "Amara Okafor")
    qtbot.keyClick(people, Qt.Key_Q)
    ben = _pick(view, "Ben Whitfield")
    qtbot.keyClick(people, Qt.Key_Q)
    assert [view.queue_list.item(i).text() for i in range(2)] == ["1. Amara Okafor", "2. Ben Whitfield"]
    qtbot.keyClick(people, Qt.Key_N)
    assert view.state.speaker == amara and view.queue_list.count() == 1
    view.clock_.advance(75)
    qtbot.waitUntil(lambda: view.speaker_label.text() == "Amara Okafor  1:15", timeout=2000)
    qtbot.keyClick(people, Qt.Key_N)
    assert view.state.speaker == ben
    view.clock_.advance(20)
    qtbot.keyClick(people, Qt.Key_S)
    assert view.state.speaker is None
    qtbot.waitUntil(lambda: view.speaker_label.text() == "The floor is open", timeout=2000)
    airtime = [view.airtime_list.item(i).text() for i in range(view.airtime_list.count())]
    assert "Ben Whitfield: 0:20 (1×)" in airtime and "Amara Okafor: 1:15 (1×)" in airtime
    assert airtime[0].endswith("not heard yet")
    # Saved as it happened: a fresh read of the log gives the same airtime.
    saved = store.load_state(view.workspace.db, view.fishbowl_id)
    assert saved.spoken == {amara: 75, ben: 20}


def test_keyboard_tap_in_and_tap_out(view, qtbot):
    people = view.people_list
    carmen = _pick(view, "Carmen Ruiz")
    qtbot.keyClick(people, Qt.Key_3)
    qtbot.keyClick(people, Qt.Key_I)
    assert view.state.seats[2].participant_id == carmen
    assert view.circle.seats[2][1] == "Carmen Ruiz"
    view.state = act.speak(view.workspace.db, view.fishbowl_id, view.clock_, carmen)
    view.clock_.advance(30)
    qtbot.keyClick(people, Qt.Key_O)
    assert view.state.seats[2].participant_id is None and view.state.speaker is None
    assert view.state.spoken[carmen] == 30
    qtbot.keyClick(people, Qt.Key_O)  # nobody left in the seat: a message, nothing recorded
    assert view.messages == ["Nobody sits in that seat."]
    assert view.presenter_page().columns[-1].lines == ["empty chair"]


def test_renaming_a_seat_and_marking_an_empty_chair(view, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Youth voice", True))
    qtbot.keyClick(view.people_list, Qt.Key_2)
    qtbot.keyClick(view.people_list, Qt.Key_F2)
    qtbot.keyClick(view.people_list, Qt.Key_E)
    saved = store.load_state(view.workspace.db, view.fishbowl_id)
    assert saved.seats[1].label == "Youth voice" and saved.seats[1].empty_chair
    assert view.circle.seats[1][0] == "Youth voice"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("ignored", False))
    qtbot.keyClick(view.people_list, Qt.Key_F2)  # cancelled: nothing changes
    assert store.load_state(view.workspace.db, view.fishbowl_id).seats[1].label == "Youth voice"


def test_arrow_keys_walk_round_the_circle_past_the_ninth_seat(view, qtbot):
    qtbot.keyClick(view.people_list, Qt.Key_9)
    view.circle.setFocus()
    qtbot.keyClick(view.circle, Qt.Key_Right)  # the empty chair is the ninth; the tenth wraps to the first
    assert view.circle.selected == 0
    qtbot.keyClick(view.circle, Qt.Key_Left)
    assert view.circle.selected == len(view.state.seats) - 1


def test_a_closed_fishbowl_counts_down_to_its_rotation(view, qtbot):
    view.mode_combo.setCurrentIndex(1)
    view.rotation_spin.setValue(5)
    view.start_button.click()
    qtbot.waitUntil(lambda: view.rotation_label.text() == "Next rotation in 5:00", timeout=2000)
    qtbot.keyClick(view.people_list, Qt.Key_R)
    assert len(view.state.inner_circle) == 8
    view.clock_.advance(301)
    qtbot.waitUntil(lambda: view.rotation_label.text() == "Time to rotate (R)", timeout=2000)
    first = set(view.state.inner_circle)
    qtbot.keyClick(view.people_list, Qt.Key_R)
    assert not first & set(view.state.inner_circle)
    qtbot.waitUntil(lambda: view.rotation_label.text() == "Next rotation in 5:00", timeout=2000)
