"""The live runner with a fake clock: exact figures at every step of a real agenda."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from facilitator.clock import FakeClock
from facilitator.errors import FacilitatorError
from facilitator.live import LiveSession
from facilitator.plan import templates
from facilitator.storage import series as store

START = datetime(2026, 6, 1, 13, 0, tzinfo=timezone.utc)


pytestmark = pytest.mark.usefixtures("utc")  # scheduled ends are local times: exact in UTC


@pytest.fixture
def session(db):
    """Breakthrough session 1 (135 minutes from 13:00), with its closing made a hard stop."""
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter")
    first = store.list_sessions(db, series.id, with_blocks=True)[0]
    store.update_session(db, first.id, date="2026-06-01")
    store.update_block(db, first.blocks[-1].id, fixed=True)
    return store.get_session(db, first.id)


def at(minutes: float) -> datetime:
    return START + timedelta(minutes=minutes)


def test_the_first_session_run_with_pauses_extensions_and_skips(db, session):
    clock = FakeClock(START)
    live = LiveSession(db, session.id, clock)
    status = live.status()
    assert status.state == "not_started" and status.current is None
    assert [s.step.block.minutes for s in status.steps] == [15, 15, 15, 35, 20, 15, 10, 10]

    status = live.start()
    assert status.running and status.current.block.title.startswith("Welcome")
    assert (status.remaining_seconds, status.behind_seconds) == (900, 0)
    assert status.projected_end == status.scheduled_end == at(135)
    assert status.anchored_to_schedule

    clock.advance(13 * 60)
    status = live.status()
    assert (status.remaining_seconds, status.phase) == (120, "wrap_up")
    clock.advance(4 * 60)  # two minutes over
    status = live.status()
    assert (status.remaining_seconds, status.overtime_seconds, status.phase) == (0, 120, "overtime")
    assert status.behind_seconds == 120 and status.projected_end == at(137)

    status = live.next()
    assert status.current.index == 1 and status.remaining_seconds == 900
    assert status.behind_seconds == 120 and status.projected_end == at(137)

    clock.advance(5 * 60)
    status = live.pause()
    assert (status.state, status.remaining_seconds) == ("paused", 600)
    clock.advance(3 * 60)  # paused: the block's clock stands still, the session's does not
    status = live.status()
    assert status.remaining_seconds == 600 and status.paused_seconds == 180
    assert status.behind_seconds == 5 * 60 and status.projected_end == at(140)

    live.resume()
    status = live.extend(5)
    assert (status.allotted_seconds, status.remaining_seconds) == (1200, 900)
    status = live.extend(-1)
    assert status.remaining_seconds == 840 and status.projected_end == at(144)
    assert status.delay_seconds == 9 * 60

    # Nine minutes to find, flexible blocks first; the fixed closing gives nothing.
    cuts = {a.step.block.title: a.cut_seconds // 60 for a in status.absorbers}
    assert cuts == {"Goals & Community Agreements": 2, "Fishbowl: Eight Perspectives": 3,
                    "Small Group Discussion": 2, "Large Group Reflection": 1, "A Warm Embrace": 1,
                    "Closing: What Comes Next": 0}
    assert status.absorbers[-1].step.fixed
    status = live.compress()
    assert status.projected_end == at(135) and status.delay_seconds == 0
    assert [s.allotted_seconds // 60 for s in status.steps] == [15, 19, 13, 32, 18, 14, 9, 10]
    status = live.undo_compress()
    assert status.projected_end == at(144)
    with pytest.raises(FacilitatorError):
        live.undo_compress()
    live.compress()

    clock.advance(14 * 60)  # block 2 ends exactly on its extended time
    status = live.next()
    assert status.current.block.title == "Goals & Community Agreements"
    assert status.remaining_seconds == 13 * 60 and status.projected_end == at(135)
    assert status.behind_seconds == (39 - 30) * 60  # 13:39, and Goals was planned for 13:30

    clock.advance(2 * 60)
    status = live.skip()  # cut short: counted as skipped, with the two minutes it ran
    assert status.current.block.title == "Fishbowl: Eight Perspectives"
    assert status.current.heading.title == "Perspectives on the Topic"
    assert (status.current.block_index, status.current.sub_index) == (3, 0)
    assert status.projected_end == at(135 - 11)

    status = live.skip(7)  # drop "A Warm Embrace" from the rest of the plan
    assert status.projected_end == at(124 - 9)
    with pytest.raises(FacilitatorError):
        live.extend(-40)  # the fishbowl has 32 minutes to give at most

    for minutes in (32, 18, 14):
        clock.advance(minutes * 60)
        status = live.next()
    assert status.current.block.title == "Closing: What Comes Next"
    assert status.behind_seconds == (105 - 125) * 60  # the skips put us 20 minutes ahead
    clock.advance(10 * 60)
    status = live.next()
    assert status.state == "finished" and status.ended_at == at(115)
    assert status.projected_end == at(115)

    report = {s.step.block.title: (s.planned_seconds / 60, s.actual_seconds / 60, s.skipped) for s in status.steps}
    assert report["Welcome & Context Setting: Why are we here?"] == (15, 17, False)
    assert report["Reflection & Sharing: Why are you here?"] == (15, 19, False)  # paused time not counted
    assert report["Goals & Community Agreements"] == (15, 2, True)
    assert report["A Warm Embrace"] == (10, 0, True)
    assert report["Closing: What Comes Next"] == (10, 10, False)


def test_a_three_hour_run_is_computed_not_counted(db, session):
    """Three hours in half-second steps, the status asked at irregular moments (every 7th step,
    as a repaint that sometimes lags would): no drift at all."""
    clock = FakeClock(START)
    live = LiveSession(db, session.id, clock)
    live.start()
    live.extend(180 - 15)  # one long first block
    ticks = 3 * 60 * 60 * 2
    for tick in range(1, ticks + 1):
        clock.advance(0.5)
        if tick == ticks // 3:
            live.pause()
        elif tick == ticks // 3 + 600:  # five minutes' pause
            live.resume()
        if tick % 7 == 0 or tick == ticks:
            status = live.status()
    assert status.elapsed_seconds == 3 * 60 * 60 - 300
    assert status.remaining_seconds == 300
    assert status.paused_seconds == 300


def test_reopening_after_a_restart_uses_wall_time(db, session):
    clock = FakeClock(START)
    live = LiveSession(db, session.id, clock)
    live.start()
    clock.advance(100)
    live.next()
    clock.advance(200)
    # A new process: its monotonic clock starts anywhere (here lower), only wall time is shared.
    later = FakeClock(clock.now() + timedelta(seconds=90))
    status = LiveSession(db, session.id, later).status()
    assert status.current.index == 1 and status.remaining_seconds == 900 - 290

    LiveSession(db, session.id, later).pause()
    much_later = FakeClock(later.now() + timedelta(hours=1))
    status = LiveSession(db, session.id, much_later).status()
    assert status.state == "paused" and status.remaining_seconds == 900 - 290


def test_a_wall_clock_set_back_adds_no_time(db, session):
    clock = FakeClock(START)
    LiveSession(db, session.id, clock).start()
    earlier = FakeClock(START - timedelta(minutes=30))
    assert LiveSession(db, session.id, earlier).status().remaining_seconds == 900


def test_actions_that_make_no_sense_now_are_refused_and_not_logged(db, session):
    live = LiveSession(db, session.id, FakeClock(START))
    for action in (live.pause, live.resume, live.next, live.previous, live.compress, live.reset):
        with pytest.raises(FacilitatorError):
            action()
    assert live.events == []
    live.start()
    with pytest.raises(FacilitatorError):
        live.start()
    with pytest.raises(FacilitatorError):
        live.previous()
    with pytest.raises(FacilitatorError):
        live.jump(99)
    assert [e.kind for e in live.events] == ["start"]


def test_previous_and_jump_resume_a_block_where_it_was_left(db, session):
    clock = FakeClock(START)
    live = LiveSession(db, session.id, clock)
    live.start()
    clock.advance(60)
    live.jump(4)
    clock.advance(120)
    status = live.previous()
    assert status.current.index == 2 and status.remaining_seconds == 900
    status = live.jump(1)
    assert status.current.index == 0 and status.remaining_seconds == 840
    assert status.steps[3].actual_seconds == 120


def test_finishing_by_mistake_can_be_taken_back(db, session):
    clock = FakeClock(START)
    live = LiveSession(db, session.id, clock)
    live.start()
    live.jump(8)
    clock.advance(60)
    assert live.next().state == "finished"
    clock.advance(30)
    status = live.previous()
    assert status.running and status.current.index == 7 and status.remaining_seconds == 540


def test_reset_starts_a_fresh_run(db, session):
    clock = FakeClock(START)
    live = LiveSession(db, session.id, clock)
    live.start()
    clock.advance(300)
    assert live.reset().state == "not_started"
    status = live.start()
    assert status.remaining_seconds == 900 and status.steps[0].actual_seconds == 0


def test_a_rehearsal_on_another_day_is_measured_from_its_own_start(db, session):
    clock = FakeClock(START + timedelta(days=3, hours=-4))
    status = LiveSession(db, session.id, clock).start()
    assert not status.anchored_to_schedule
    assert status.scheduled_end == clock.now() + timedelta(minutes=135)


def test_wrap_up_warning_follows_the_block_setting(db, session):
    store.update_block(db, session.blocks[0].id, wrap_up_minutes=5)
    clock = FakeClock(START)
    live = LiveSession(db, session.id, clock)
    live.start()
    clock.advance(9 * 60)
    assert live.status().phase == "normal"
    clock.advance(60)
    assert live.status().phase == "wrap_up"


def test_the_block_in_progress_is_read_from_the_log_by_anyone(db, session):
    """Another process (a note-taker's window) sees which block is running from the log alone."""
    assert LiveSession(db, session.id, FakeClock(START)).status().current is None
    live = LiveSession(db, session.id, FakeClock(START))
    live.start()
    live.jump(5)
    assert LiveSession(db, session.id, FakeClock(START)).status().current.block.title == "Small Group Discussion"


def test_runs_under_way_are_found_for_reopening(db, session):
    from facilitator.live import sessions_under_way

    clock = FakeClock(START)
    live = LiveSession(db, session.id, clock)
    assert sessions_under_way(db, clock) == []
    live.start()
    assert sessions_under_way(db, clock) == [session.id]
    live.pause()
    assert sessions_under_way(db, FakeClock(START + timedelta(hours=11))) == [session.id]
    assert sessions_under_way(db, FakeClock(START + timedelta(hours=13))) == []  # a forgotten rehearsal
    live.reset()
    assert sessions_under_way(db, clock) == []
