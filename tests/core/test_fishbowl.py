"""Fishbowl state from recorded events: queue, turns, airtime, tap in/out, rotations, restarts."""

from __future__ import annotations

import pytest

from facilitator.clock import FakeClock
from facilitator.demo.roster import add_sample_roster
from facilitator.errors import FacilitatorError
from facilitator.fishbowl import actions as act
from facilitator.fishbowl import circle as fb
from facilitator.plan import templates
from facilitator.storage import fishbowls as store


@pytest.fixture
def setup(db):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter talks")
    people = add_sample_roster(db, series.id)
    clock = FakeClock()
    bowl = act.start_fishbowl(db, series.sessions[0].id, clock, empty_chair=True)
    return db, clock, bowl, {p.name.split()[0]: p.id for p in people}, people


def test_seats_carry_the_series_perspectives_and_an_empty_chair(setup):
    db, clock, bowl, ids, _ = setup
    state = store.load_state(db, bowl.id)
    assert len(state.seats) == fb.DEFAULT_SEATS + 1  # eight perspectives and the empty chair
    assert state.seats[0].label == "Charter school leader"
    assert "Facilitation team" not in [s.label for s in state.seats]
    assert state.seats[-1].empty_chair and not state.seats[0].empty_chair
    assert state.seats[7].label == "Community organizer" and state.seats[8].label == fb.EMPTY_CHAIR_LABEL


def test_queue_next_speaker_and_airtime_from_the_clock(setup):
    db, clock, bowl, ids, people = setup
    act.add_to_queue(db, bowl.id, clock, ids["Amara"])
    act.add_to_queue(db, bowl.id, clock, ids["Ben"])
    state = act.next_speaker(db, bowl.id, clock)
    assert state.speaker == ids["Amara"] and state.queue == [ids["Ben"]]
    clock.advance(95)
    assert state.speaking_seconds(clock) == pytest.approx(95)
    state = act.next_speaker(db, bowl.id, clock)
    assert state.speaker == ids["Ben"]
    clock.advance(30)
    state = act.next_speaker(db, bowl.id, clock)  # nobody waits: the floor opens
    assert state.speaker is None
    clock.advance(300)
    assert state.spoken_seconds(ids["Amara"], clock) == pytest.approx(95)
    assert state.spoken_seconds(ids["Ben"], clock) == pytest.approx(30)
    rows = act.airtime(state, people, clock)
    heard = [r.participant_id for r in rows if r.turns]
    assert heard == [ids["Ben"], ids["Amara"]]  # least heard of those heard comes first
    assert rows[0].turns == 0  # the not-yet-heard lead the list
    with pytest.raises(FacilitatorError):
        act.next_speaker(db, bowl.id, clock)


def test_tap_out_ends_the_turn_and_tap_in_takes_the_seat(setup):
    db, clock, bowl, ids, _ = setup
    act.seat_speaker(db, bowl.id, clock, 0, ids["Amara"])
    act.speak(db, bowl.id, clock, ids["Amara"])
    clock.advance(40)
    state = act.tap_out(db, bowl.id, clock, 0)
    assert state.seats[0].participant_id is None and state.speaker is None
    assert state.spoken[ids["Amara"]] == pytest.approx(40)
    act.seat_speaker(db, bowl.id, clock, 0, ids["Jonah"])
    state = act.tap_in(db, bowl.id, clock, 0, ids["Imani"])
    assert state.seats[0].participant_id == ids["Imani"] and ids["Jonah"] not in state.inner_circle
    with pytest.raises(FacilitatorError):
        act.tap_out(db, bowl.id, clock, 1)


def test_a_closed_fishbowl_rotates_in_the_least_heard_on_time(setup):
    db, clock, _, ids, _ = setup
    session_id = store.get_fishbowl(db, setup[2].id).session_id
    bowl = act.start_fishbowl(db, session_id, clock, mode="closed", seats=4, rotation_seconds=300)
    first = act.rotate(db, bowl.id, clock)
    assert len(first.inner_circle) == 4
    clock.advance(200)
    assert first.rotation_remaining(clock) == pytest.approx(100)
    act.speak(db, bowl.id, clock, first.inner_circle[0])
    clock.advance(120)
    second = act.rotate(db, bowl.id, clock)
    assert not set(first.inner_circle) & set(second.inner_circle)
    assert second.speaker is None and second.rotation_remaining(clock) == pytest.approx(300)
    assert ids["Sam"] not in second.inner_circle  # the facilitation team does not rotate in


def test_state_survives_a_restart_from_the_event_log(setup, monkeypatch):
    db, clock, bowl, ids, _ = setup
    act.speak(db, bowl.id, clock, ids["Grace"])
    clock.advance(60)
    # A new process: its monotonic clock restarted near zero, but wall time went on by 30 s.
    later = FakeClock(start=clock.now())
    later._mono = 5.0
    later.advance(30)
    monkeypatch.setattr(fb, "RUN_ID", "after-restart")
    state = store.load_state(db, bowl.id)
    assert state.spoken_seconds(ids["Grace"], later) == pytest.approx(90)
    act.stop_speaking(db, bowl.id, later)
    assert store.load_state(db, bowl.id).spoken[ids["Grace"]] == pytest.approx(90)


def test_undo_puts_back_the_previous_speaker(setup):
    db, clock, bowl, ids, _ = setup
    act.speak(db, bowl.id, clock, ids["Dev"])
    clock.advance(10)
    act.speak(db, bowl.id, clock, ids["Elena"])
    state = act.undo_last(db, bowl.id)
    assert state.speaker == ids["Dev"]
    assert state.speaking_seconds(clock) == pytest.approx(10)
