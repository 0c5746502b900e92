"""The live runner's state, computed as a pure fold over a session's event log.

Nothing here counts ticks or keeps state between calls: ``replay(events, session, now)`` reads
every action since the last reset and works out where the session is. The GUI repaints by
calling it again with a later ``now``; the CLI calls it once. Both therefore agree to the
millisecond, and a crash loses nothing that was written.

A *step* is what the timer runs through: a block without sub-blocks, or one sub-block. A heading
with sub-blocks is never current itself; its sub-blocks are.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Iterable

from facilitator.live.timebase import Moment, seconds_between
from facilitator.plan.agenda import parse_clock, schedule
from facilitator.plan.model import Block, Session
from facilitator.storage.live import LiveEvent

DEFAULT_WRAP_UP_MINUTES = 2
# Compression never takes more than this share of a block: a 20-minute small-group round cut
# to 2 minutes is not a round any more.
MAX_CUT_SHARE = 0.5

NOT_STARTED, RUNNING, PAUSED, FINISHED = "not_started", "running", "paused", "finished"
NORMAL, WRAP_UP, OVERTIME = "normal", "wrap_up", "overtime"


@dataclass(frozen=True)
class Step:
    index: int
    block: Block
    heading: Block | None
    block_index: int  # position of the top-level block
    sub_index: int | None  # position among the heading's sub-blocks
    planned_start: int  # minutes from the start in the agenda as written
    default_wrap_up: int = DEFAULT_WRAP_UP_MINUTES  # for blocks that set none (the person's setting)

    @property
    def fixed(self) -> bool:
        return self.block.fixed or bool(self.heading and self.heading.fixed)

    @property
    def wrap_up_seconds(self) -> int:
        minutes = self.block.wrap_up_minutes
        if minutes is None and self.heading is not None:
            minutes = self.heading.wrap_up_minutes
        return 60 * (self.default_wrap_up if minutes is None else minutes)


def steps_of(session: Session, wrap_up_minutes: int = DEFAULT_WRAP_UP_MINUTES) -> list[Step]:
    steps: list[Step] = []
    top_index = -1
    heading: Block | None = None
    for item in schedule(session.blocks):
        if item.depth == 0:
            top_index += 1
            heading = item.block
            if item.block.children:
                continue
            steps.append(Step(len(steps), item.block, None, top_index, None, item.start_offset, wrap_up_minutes))
        else:
            sub_index = heading.children.index(item.block)
            steps.append(Step(len(steps), item.block, heading, top_index, sub_index, item.start_offset,
                              wrap_up_minutes))
    return steps


@dataclass(frozen=True)
class StepStatus:
    step: Step
    allotted_seconds: float  # the planned minutes with every extension and compression applied
    actual_seconds: float  # time the timer ran while this step was current
    skipped: bool
    visited: bool

    @property
    def planned_seconds(self) -> int:
        return self.step.block.minutes * 60


@dataclass(frozen=True)
class Absorber:
    """A later step that could give time back, and how much the compression would take."""

    step: Step
    allotted_seconds: float
    cut_seconds: int


@dataclass(frozen=True)
class LiveStatus:
    state: str
    steps: list[StepStatus]
    current: Step | None
    next_step: Step | None
    elapsed_seconds: float  # in the current step
    allotted_seconds: float
    behind_seconds: float  # against the agenda as written, counted from the actual start
    started_at: datetime | None
    ended_at: datetime | None
    now: datetime
    projected_end: datetime
    scheduled_end: datetime
    anchored_to_schedule: bool  # False: a rehearsal on another day, measured from its own start
    absorbers: list[Absorber]
    undoable_compress_id: str | None
    last_event: LiveEvent | None
    paused_seconds: float
    session_seconds: float  # since the start, pauses included (notes are stamped with it)

    @property
    def running(self) -> bool:
        return self.state == RUNNING

    @property
    def remaining_seconds(self) -> float:
        return max(0.0, self.allotted_seconds - self.elapsed_seconds)

    @property
    def overtime_seconds(self) -> float:
        return max(0.0, self.elapsed_seconds - self.allotted_seconds)

    @property
    def phase(self) -> str:
        if self.current is None:
            return NORMAL
        if self.elapsed_seconds > self.allotted_seconds:
            return OVERTIME
        if self.remaining_seconds <= self.current.wrap_up_seconds:
            return WRAP_UP
        return NORMAL

    @property
    def projected_over_seconds(self) -> float:
        """Positive: the session will end this many seconds after its scheduled end."""
        return (self.projected_end - self.scheduled_end).total_seconds()

    @property
    def delay_seconds(self) -> float:
        return max(0.0, self.projected_over_seconds)

    def expected_starts(self) -> dict[int, datetime]:
        """When each step still to come should begin if the rest runs as now planned."""
        if self.state == FINISHED:
            return {}
        here = self.current.index if self.current else -1
        moment = self.now + timedelta(seconds=self.remaining_seconds)
        starts: dict[int, datetime] = {}
        for step in self.steps:
            if step.step.index > here and not step.skipped:
                starts[step.step.index] = moment
                moment += timedelta(seconds=step.allotted_seconds)
        return starts

    def compress_plan(self) -> dict[str, int]:
        return {a.step.block.id: -a.cut_seconds for a in self.absorbers if a.cut_seconds}


@dataclass
class _Fold:
    state: str = NOT_STARTED
    current: str | None = None
    current_hint: int = 0  # where the current step was, if the agenda loses it
    elapsed: dict[str, float] = field(default_factory=dict)
    extra: dict[str, float] = field(default_factory=dict)
    skipped: set[str] = field(default_factory=set)
    visited: set[str] = field(default_factory=set)
    started_at: datetime | None = None
    ended_at: datetime | None = None
    t: float = 0.0  # seconds since the start event, pauses included
    paused: float = 0.0
    compressions: list[str] = field(default_factory=list)  # ids of those not undone


def replay(events: Iterable[LiveEvent], session: Session, now: Moment,
           wrap_up_minutes: int = DEFAULT_WRAP_UP_MINUTES) -> LiveStatus:
    steps = steps_of(session, wrap_up_minutes)
    events = list(events)
    for index in range(len(events) - 1, -1, -1):
        if events[index].kind == "reset":
            events = events[index + 1:]
            break
    undone = {e.payload.get("event_id") for e in events if e.kind == "undo"}
    fold = _Fold()
    previous: Moment | None = None
    for event in events:
        point = Moment(event.mono, event.clock_id, event.at)
        if previous is not None:
            _advance(fold, seconds_between(previous, point))
        if event.id not in undone:
            _apply(fold, event, steps)
        previous = point
    if previous is not None:
        _advance(fold, seconds_between(previous, now))
    return _status(fold, steps, session, now, events[-1] if events else None)


def _advance(fold: _Fold, seconds: float) -> None:
    if fold.state in (RUNNING, PAUSED):
        fold.t += seconds
    if fold.state == RUNNING and fold.current is not None:
        fold.elapsed[fold.current] = fold.elapsed.get(fold.current, 0.0) + seconds
    elif fold.state == PAUSED:
        fold.paused += seconds


def _open_steps(fold: _Fold, steps: list[Step]) -> list[Step]:
    return [s for s in steps if s.block.id not in fold.skipped]


def _index_of(fold: _Fold, steps: list[Step]) -> int:
    for step in steps:
        if step.block.id == fold.current:
            return step.index
    return min(fold.current_hint, len(steps) - 1)


def _go(fold: _Fold, step: Step | None, at: datetime) -> None:
    if step is None:
        fold.current = None
        fold.state = FINISHED
        fold.ended_at = at
        return
    fold.current = step.block.id
    fold.current_hint = step.index
    fold.visited.add(step.block.id)


def _apply(fold: _Fold, event: LiveEvent, steps: list[Step]) -> None:
    """Apply one logged action. Actions that no longer make sense (a pause that raced another
    pause from a second process, a block deleted since) change nothing."""
    kind = event.kind
    by_id = {s.block.id: s for s in steps}
    if kind == "start":
        if fold.state == NOT_STARTED and steps:
            fold.state = RUNNING
            fold.started_at = event.at
            open_steps = _open_steps(fold, steps)
            _go(fold, open_steps[0] if open_steps else None, event.at)
        return
    if fold.state == NOT_STARTED:
        return
    if kind == "pause" and fold.state == RUNNING:
        fold.state = PAUSED
    elif kind == "resume" and fold.state == PAUSED:
        fold.state = RUNNING
    elif kind == "next" and fold.state != FINISHED:
        here = _index_of(fold, steps)
        _go(fold, next((s for s in _open_steps(fold, steps) if s.index > here), None), event.at)
    elif kind == "previous":
        here = _index_of(fold, steps) if fold.state != FINISHED else len(steps)
        earlier = [s for s in _open_steps(fold, steps) if s.index < here]
        if earlier:
            if fold.state == FINISHED:
                fold.state = RUNNING
                fold.ended_at = None
            _go(fold, earlier[-1], event.at)
    elif kind == "jump" and event.block_id in by_id:
        fold.skipped.discard(event.block_id)
        if fold.state == FINISHED:
            fold.state = RUNNING
            fold.ended_at = None
        _go(fold, by_id[event.block_id], event.at)
    elif kind == "skip" and event.block_id in by_id:
        fold.skipped.add(event.block_id)
        if event.block_id == fold.current and fold.state != FINISHED:
            here = _index_of(fold, steps)
            _go(fold, next((s for s in _open_steps(fold, steps) if s.index > here), None), event.at)
    elif kind == "adjust" and event.block_id in by_id:
        fold.extra[event.block_id] = fold.extra.get(event.block_id, 0.0) + float(event.payload["seconds"])
    elif kind == "compress":
        for block_id, seconds in event.payload["changes"].items():
            fold.extra[block_id] = fold.extra.get(block_id, 0.0) + float(seconds)
        fold.compressions.append(event.id)


def _status(fold: _Fold, steps: list[Step], session: Session, now: Moment, last: LiveEvent | None) -> LiveStatus:
    def allotted(step: Step) -> float:
        return max(0.0, step.block.minutes * 60 + fold.extra.get(step.block.id, 0.0))

    statuses = [StepStatus(s, allotted(s), fold.elapsed.get(s.block.id, 0.0), s.block.id in fold.skipped,
                           s.block.id in fold.visited) for s in steps]
    current: Step | None = None
    if fold.state in (RUNNING, PAUSED) and steps:
        current = steps[_index_of(fold, steps)]
    here = current.index if current else (len(steps) if fold.state == FINISHED else -1)
    later = [s for s in statuses if s.step.index > here and not s.skipped]
    elapsed = fold.elapsed.get(current.block.id, 0.0) if current else 0.0
    current_allotted = allotted(current) if current else 0.0

    if fold.state == FINISHED:
        projected = fold.ended_at
    else:
        still = max(0.0, current_allotted - elapsed) + sum(s.allotted_seconds for s in later)
        projected = now.at + timedelta(seconds=still)

    behind = 0.0
    if current is not None:
        position = current.planned_start * 60 + min(elapsed, current.block.minutes * 60)
        behind = fold.t - position
    elif fold.state == FINISHED:
        behind = fold.t - sum(s.block.minutes for s in steps) * 60

    scheduled_end, anchored = _scheduled_end(session, fold.started_at or now.at)
    status = LiveStatus(
        state=fold.state, steps=statuses, current=current, next_step=later[0].step if later else None,
        elapsed_seconds=elapsed, allotted_seconds=current_allotted, behind_seconds=behind,
        started_at=fold.started_at, ended_at=fold.ended_at, now=now.at, projected_end=projected,
        scheduled_end=scheduled_end, anchored_to_schedule=anchored, absorbers=[],
        undoable_compress_id=fold.compressions[-1] if fold.compressions else None, last_event=last,
        paused_seconds=fold.paused, session_seconds=fold.t,
    )
    return _with_absorbers(status, later)


def _scheduled_end(session: Session, started: datetime) -> tuple[datetime, bool]:
    """The planned end on the day the session was run; a run on another day (a rehearsal, a
    session without a date) is measured from its own start instead."""
    local_start = started.astimezone()
    if session.date and session.date == local_start.date().isoformat():
        try:
            begin = datetime.combine(local_start.date(), parse_clock(session.start_time), local_start.tzinfo)
        except ValueError:
            begin = None
        if begin is not None:
            return begin + timedelta(minutes=session.duration_minutes), True
    return started + timedelta(minutes=session.duration_minutes), False


def _with_absorbers(status: LiveStatus, later: list[StepStatus]) -> LiveStatus:
    """Later steps that could give time back, flexible ones first, with the whole minutes a
    compression would take from each: shares proportional to what each can spare."""
    ordered = sorted(later, key=lambda s: (s.step.fixed, s.step.index))
    # Whole minutes as the live view says them: a few seconds' drift after the start is on time.
    needed = round(status.delay_seconds / 60)
    spare = {s.step.index: (0 if s.step.fixed else int(s.allotted_seconds // 60 * MAX_CUT_SHARE))
             for s in ordered}
    total_spare = sum(spare.values())
    cuts = dict.fromkeys(spare, 0)
    if needed > 0 and total_spare > 0:
        if needed >= total_spare:
            cuts = dict(spare)
        else:
            shares = {k: needed * v / total_spare for k, v in spare.items()}
            cuts = {k: int(v) for k, v in shares.items()}
            leftover = needed - sum(cuts.values())
            for key in sorted(shares, key=lambda k: (-(shares[k] - cuts[k]), k))[:leftover]:
                cuts[key] += 1
    absorbers = [Absorber(s.step, s.allotted_seconds, cuts[s.step.index] * 60) for s in ordered]
    return replace(status, absorbers=absorbers)
