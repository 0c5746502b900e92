"""What a facilitator does during a live session, one function per action.

Each action reads the log, checks the action makes sense now, appends one event (committed
before it returns) and returns the new status. The GUI, the CLI and a foot pedal all call these,
so they share one log and one answer.
"""

from __future__ import annotations

from sqlite_utils import Database

from facilitator.clock import Clock, MonotonicClock
from facilitator.errors import FacilitatorError, NotFound
from facilitator.i18n import t
from facilitator.live.runner import (
    DEFAULT_WRAP_UP_MINUTES,
    FINISHED,
    NOT_STARTED,
    PAUSED,
    RUNNING,
    LiveStatus,
    Step,
    replay,
)
from facilitator.live.timebase import moment
from facilitator.plan.model import Session
from facilitator.storage import live as log
from facilitator.storage import series as store


class LiveSession:
    """A session's agenda and event log, held so a view can repaint many times a second
    without a query; ``reload`` after anyone (this process or another) writes."""

    def __init__(self, db: Database, session_id: str, clock: Clock | None = None, *,
                 wrap_up_minutes: int = DEFAULT_WRAP_UP_MINUTES):
        """``wrap_up_minutes``: the warning before a block ends, for blocks that set none."""
        self.db = db
        self.session_id = session_id
        self.clock = clock or MonotonicClock()
        self.wrap_up_minutes = wrap_up_minutes
        self.reload()

    def reload(self) -> None:
        self.session: Session = store.get_session(self.db, self.session_id)
        self.events = log.list_events(self.db, self.session_id)

    def status(self) -> LiveStatus:
        return replay(self.events, self.session, moment(self.clock), self.wrap_up_minutes)

    # ------------------------------------------------------------ actions

    def start(self) -> LiveStatus:
        status = self._fresh()
        if status.state == FINISHED:
            raise FacilitatorError(t("This session has finished. Reset it to run it again."))
        if status.state != NOT_STARTED:
            raise FacilitatorError(t("This session is already under way."))
        if not status.steps:
            raise FacilitatorError(t("This session has no agenda blocks to run."))
        return self._write("start", None)

    def pause(self) -> LiveStatus:
        status = self._fresh()
        if status.state != RUNNING:
            raise FacilitatorError(t("The timer is not running."))
        return self._write("pause", status.current)

    def resume(self) -> LiveStatus:
        status = self._fresh()
        if status.state != PAUSED:
            raise FacilitatorError(t("The timer is not paused."))
        return self._write("resume", status.current)

    def toggle(self) -> LiveStatus:
        """Space bar and foot pedal: start, pause or resume, whichever comes next."""
        state = self._fresh().state
        if state == NOT_STARTED:
            return self.start()
        if state == RUNNING:
            return self.pause()
        return self.resume()

    def next(self) -> LiveStatus:
        status = self._under_way()
        if status.state == FINISHED:
            raise FacilitatorError(t("The session has already finished."))
        return self._write("next", status.current)

    def previous(self) -> LiveStatus:
        status = self._under_way()
        open_steps = [s.step for s in status.steps if not s.skipped]
        here = status.current.index if status.current else len(status.steps)
        if not any(step.index < here for step in open_steps):
            raise FacilitatorError(t("This is the first block."))
        return self._write("previous", status.current)

    def jump(self, step_number: int) -> LiveStatus:
        """Go to a step by its 1-based number in the running order."""
        self._under_way()
        return self._write("jump", self._step(step_number))

    def skip(self, step_number: int | None = None) -> LiveStatus:
        """Skip the current step (move on, counted as skipped), or drop a later one from the plan."""
        status = self._under_way()
        if step_number is None:
            if status.current is None:
                raise FacilitatorError(t("No block is running."))
            return self._write("skip", status.current)
        return self._write("skip", self._step(step_number))

    def extend(self, minutes: int) -> LiveStatus:
        """Give the current step more minutes (negative: fewer)."""
        status = self._under_way()
        if status.current is None:
            raise FacilitatorError(t("No block is running."))
        if minutes == 0:
            raise FacilitatorError(t("Extend by a number of minutes other than zero."))
        if status.allotted_seconds + minutes * 60 < 0:
            raise FacilitatorError(t("'{title}' is down to {left} minutes; it cannot lose {lose}.").format(
                title=status.current.block.title, left=int(status.allotted_seconds // 60), lose=-minutes))
        return self._write("adjust", status.current, {"seconds": minutes * 60})

    def compress(self) -> LiveStatus:
        """Take the projected overrun out of later flexible steps (undo with ``undo_compress``)."""
        status = self._under_way()
        changes = status.compress_plan()
        if not changes:
            if round(status.delay_seconds / 60) == 0:
                raise FacilitatorError(t("The session is on time; there is nothing to absorb."))
            raise FacilitatorError(t("No later block can give time back: the rest are fixed or too short."))
        return self._write("compress", None, {"changes": changes})

    def undo_compress(self) -> LiveStatus:
        status = self._fresh()
        if status.undoable_compress_id is None:
            raise FacilitatorError(t("There is no compression to undo."))
        return self._write("undo", None, {"event_id": status.undoable_compress_id})

    def reset(self) -> LiveStatus:
        """Forget this run (a rehearsal); the log keeps it, the next start begins afresh."""
        if self._fresh().state == NOT_STARTED:
            raise FacilitatorError(t("This session has not been started."))
        return self._write("reset", None)

    # ------------------------------------------------------------ helpers

    def _fresh(self) -> LiveStatus:
        self.reload()
        return self.status()

    def _under_way(self) -> LiveStatus:
        status = self._fresh()
        if status.state == NOT_STARTED:
            raise FacilitatorError(t("This session has not been started."))
        return status

    def _step(self, number: int) -> Step:
        steps = self.status().steps
        if not 1 <= number <= len(steps):
            raise FacilitatorError(t("There is no block {number}; this agenda has {count}.").format(
                number=number, count=len(steps)))
        return steps[number - 1].step

    def _write(self, kind: str, step: Step | None, payload: dict | None = None) -> LiveStatus:
        at = moment(self.clock)
        event = log.append_event(self.db, self.session_id, kind, block_id=step.block.id if step else None,
                                 payload=payload or {}, mono=at.mono, clock_id=at.clock_id, at=at.at)
        self.events.append(event)  # the log was read just before this action
        return self.status()


def sessions_under_way(db: Database, clock: Clock | None = None, *, within_hours: float = 12) -> list[str]:
    """Sessions running or paused whose last action is recent: the app reopens these after a
    crash. A rehearsal left running for days is not one of them."""
    clock = clock or MonotonicClock()
    found = []
    for session_id in log.sessions_with_events(db):
        try:
            status = LiveSession(db, session_id, clock).status()
        except NotFound:
            continue
        if status.state in (RUNNING, PAUSED) and status.last_event is not None:
            if (status.now - status.last_event.at).total_seconds() <= within_hours * 3600:
                found.append(session_id)
    return found
