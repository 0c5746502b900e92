"""The one sentence the live view says about the plan, at the moments it used to contradict itself."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from facilitator.clock import FakeClock
from facilitator.i18n import language
from facilitator.live import LiveSession
from facilitator.live.text import plan_sentence
from facilitator.plan import templates
from facilitator.storage import series as store

START = datetime(2026, 6, 1, 13, 0, tzinfo=timezone.utc)


pytestmark = pytest.mark.usefixtures("utc")  # scheduled ends are local times: exact in UTC


class DriftingClock(FakeClock):
    """A real machine: the wall clock and the monotonic clock drift apart by a few milliseconds."""

    def advance(self, seconds: float) -> None:
        super().advance(seconds)
        self._wall += timedelta(seconds=0.05)


@pytest.fixture
def session_id(db):
    """Breakthrough session 1: 135 minutes from 13:00 on the day it is run."""
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter")
    first = store.list_sessions(db, series.id)[0]
    store.update_session(db, first.id, date="2026-06-01")
    return first.id


def test_two_seconds_after_the_start_is_on_time_with_no_cut_suggested(db, session_id):
    clock = DriftingClock(START)
    live = LiveSession(db, session_id, clock)
    live.start()
    clock.advance(2)
    status = live.status()
    assert status.projected_over_seconds > 0  # the drift is there...
    assert plan_sentence(status) == "On time: ends at 15:15."  # ...and says nothing
    assert not status.compress_plan()


def test_five_more_minutes_is_behind_with_a_cut_and_never_ahead_or_early(db, session_id):
    clock = FakeClock(START)
    live = LiveSession(db, session_id, clock)
    live.start()
    clock.advance(60)
    status = live.extend(5)
    sentence = plan_sentence(status)
    assert sentence.startswith("5 min behind: ends at 15:20, scheduled for 15:15. To finish on time, take 5 min from ")
    assert "ahead" not in sentence and "early" not in sentence
    assert sum(a.cut_seconds for a in status.absorbers) == 5 * 60


def test_skipping_puts_the_session_ahead_without_any_cut(db, session_id):
    clock = FakeClock(START)
    live = LiveSession(db, session_id, clock)
    live.start()
    clock.advance(5 * 60)
    status = live.skip(3)  # fifteen minutes fewer
    assert plan_sentence(status) == "15 min ahead: ends at 15:00, scheduled for 15:15."


def test_half_a_minute_late_rounds_to_on_time_and_a_minute_late_is_behind(db, session_id):
    clock = FakeClock(START)
    live = LiveSession(db, session_id, clock)
    live.start()
    live.pause()
    clock.advance(29)
    assert plan_sentence(live.resume()).startswith("On time")
    live.pause()
    clock.advance(31)
    assert plan_sentence(live.resume()).startswith("1 min behind: ends at 15:16")


def test_before_the_start_and_after_the_end(db, session_id):
    clock = FakeClock(START)
    live = LiveSession(db, session_id, clock)
    assert plan_sentence(live.status()) == "Not started. Planned to end at 15:15."
    live.start()
    for _ in range(8):
        clock.advance(10 * 60)
        status = live.next()
    assert plan_sentence(status) == "Finished at 14:20, 55 min earlier than scheduled."


def test_the_sentence_follows_the_language(db, session_id):
    clock = FakeClock(START)
    live = LiveSession(db, session_id, clock)
    live.start()
    clock.advance(60)
    status = live.extend(5)
    with language("es"):
        sentence = plan_sentence(status)
    assert sentence.startswith("5 min de retraso: termina a las 15:20")
