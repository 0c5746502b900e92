"""The fishbowl: an inner circle of seats, each with a perspective label and a speaker, an
optional empty chair, a speaking queue and a record of who has spoken for how long.

State is never stored, only events; ``replay`` rebuilds it. Every event carries the time of
the clock that recorded it, both monotonic (exact within one run of the app) and wall time
(to bridge a restart), so elapsed times survive a crash without counting timer ticks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Iterable, Sequence

from facilitator.clock import Clock
from facilitator.errors import FacilitatorError
from facilitator.i18n import t
from facilitator.ids import new_id

DEFAULT_SEATS = 8
MAX_SEATS = 16
EMPTY_CHAIR_LABEL = "Open to anyone"
RUN_ID = new_id()
"""Tells events recorded by this process apart from those of an earlier run."""


class FishbowlMode(str, Enum):
    OPEN = "open"  # people from the outer circle tap in and out at any time
    CLOSED = "closed"  # the inner circle changes only at timed rotations


@dataclass(frozen=True)
class Stamp:
    run: str
    mono: float
    wall: str

    @classmethod
    def now(cls, clock: Clock) -> "Stamp":
        return cls(RUN_ID, clock.monotonic(), clock.now().isoformat())


@dataclass(frozen=True)
class Event:
    kind: str
    stamp: Stamp
    participant_id: str | None = None
    seat: int | None = None
    text: str = ""


@dataclass
class Seat:
    index: int
    label: str = ""
    participant_id: str | None = None
    empty_chair: bool = False


@dataclass
class FishbowlState:
    mode: FishbowlMode
    rotation_seconds: int
    seats: list[Seat] = field(default_factory=list)
    queue: list[str] = field(default_factory=list)
    speaker: str | None = None
    speaker_since: float = 0.0
    spoken: dict[str, float] = field(default_factory=dict)
    turns: dict[str, int] = field(default_factory=dict)
    rotated_at: float = 0.0
    rotations: int = 0
    last: Stamp | None = None
    timeline: float = 0.0
    """Seconds since the first event, on one line across restarts."""

    # ------------------------------------------------------------ time

    def _at(self, stamp: Stamp) -> float:
        if self.last is None:
            return 0.0
        if stamp.run == self.last.run:
            step = stamp.mono - self.last.mono
        else:
            step = (datetime.fromisoformat(stamp.wall) - datetime.fromisoformat(self.last.wall)).total_seconds()
        return self.timeline + max(0.0, step)

    def elapsed(self, clock: Clock) -> float:
        return self._at(Stamp.now(clock))

    def speaking_seconds(self, clock: Clock) -> float:
        """How long the current speaker has been talking."""
        return self.elapsed(clock) - self.speaker_since if self.speaker else 0.0

    def spoken_seconds(self, participant_id: str, clock: Clock) -> float:
        total = self.spoken.get(participant_id, 0.0)
        if participant_id == self.speaker:
            total += self.speaking_seconds(clock)
        return total

    def rotation_remaining(self, clock: Clock) -> float:
        """Seconds until a closed fishbowl's inner circle should change (negative when overdue)."""
        return self.rotation_seconds - (self.elapsed(clock) - self.rotated_at)

    # ------------------------------------------------------------ who

    def seat_of(self, participant_id: str) -> int | None:
        return next((s.index for s in self.seats if s.participant_id == participant_id), None)

    @property
    def inner_circle(self) -> list[str]:
        return [s.participant_id for s in self.seats if s.participant_id]

    # ------------------------------------------------------------ events

    def apply(self, event: Event) -> None:
        """Check an event against the state and apply it; raises FacilitatorError if it makes no sense."""
        handler = getattr(self, f"_on_{event.kind}", None)
        if handler is None:
            raise ValueError(f"Unknown fishbowl event {event.kind}")
        now = self._at(event.stamp)
        handler(event, now)
        self.timeline, self.last = now, event.stamp

    def _seat(self, index: int | None) -> Seat:
        if index is None or not 0 <= index < len(self.seats):
            raise FacilitatorError(t("That seat is not part of this fishbowl."))
        return self.seats[index]

    def _end_turn(self, now: float) -> None:
        if self.speaker:
            self.spoken[self.speaker] = self.spoken.get(self.speaker, 0.0) + now - self.speaker_since
            self.speaker = None

    def _on_seats(self, event: Event, now: float) -> None:
        count = int(event.seat or 0)
        if not 1 <= count <= MAX_SEATS:
            raise FacilitatorError(t("A fishbowl has between 1 and {most} seats.").format(most=MAX_SEATS))
        self.seats = self.seats[:count] + [Seat(i) for i in range(len(self.seats), count)]

    def _on_label(self, event: Event, now: float) -> None:
        self._seat(event.seat).label = event.text.strip()

    def _on_empty_chair(self, event: Event, now: float) -> None:
        seat = self._seat(event.seat)
        seat.empty_chair = event.text == "1"
        if seat.empty_chair and seat.participant_id:
            self._leave(seat, now)

    def _leave(self, seat: Seat, now: float) -> None:
        if seat.participant_id == self.speaker:
            self._end_turn(now)
        seat.participant_id = None

    def _on_sit(self, event: Event, now: float) -> None:
        """Someone takes a seat (placing the speakers, or tapping in): whoever sat there leaves."""
        seat = self._seat(event.seat)
        if event.participant_id is None:
            raise FacilitatorError(t("Choose who sits in the seat."))
        elsewhere = self.seat_of(event.participant_id)
        if elsewhere is not None and elsewhere != seat.index:
            self.seats[elsewhere].participant_id = None
        if seat.participant_id and seat.participant_id != event.participant_id:
            self._leave(seat, now)
        seat.participant_id = event.participant_id

    def _on_tap_out(self, event: Event, now: float) -> None:
        seat = self._seat(event.seat)
        if not seat.participant_id:
            raise FacilitatorError(t("Nobody sits in that seat."))
        self._leave(seat, now)

    def _on_queue(self, event: Event, now: float) -> None:
        if event.participant_id in self.queue:
            raise FacilitatorError(t("That person is already waiting to speak."))
        self.queue.append(event.participant_id)

    def _on_unqueue(self, event: Event, now: float) -> None:
        if event.participant_id not in self.queue:
            raise FacilitatorError(t("That person is not waiting to speak."))
        self.queue.remove(event.participant_id)

    def _on_speak(self, event: Event, now: float) -> None:
        self._end_turn(now)
        if event.participant_id in self.queue:
            self.queue.remove(event.participant_id)
        self.speaker, self.speaker_since = event.participant_id, now
        self.turns[event.participant_id] = self.turns.get(event.participant_id, 0) + 1

    def _on_stop(self, event: Event, now: float) -> None:
        self._end_turn(now)

    def _on_rotate(self, event: Event, now: float) -> None:
        incoming = json.loads(event.text)
        open_seats = [s for s in self.seats if not s.empty_chair]
        if len(incoming) > len(open_seats):
            raise FacilitatorError(t("Only {count} seats are free for the next circle.").format(count=len(open_seats)))
        for seat in open_seats:
            if seat.participant_id:
                self._leave(seat, now)
        for seat, pid in zip(open_seats, incoming):
            seat.participant_id = pid
        self.rotated_at, self.rotations = now, self.rotations + 1


def replay(mode: FishbowlMode, rotation_seconds: int, events: Iterable[Event]) -> FishbowlState:
    state = FishbowlState(FishbowlMode(mode), rotation_seconds)
    for event in events:
        state.apply(event)
    return state


def propose_rotation(state: FishbowlState, candidates: Sequence[str]) -> list[str]:
    """Who should sit in the inner circle next: people not in it now, least heard first
    (never heard before little heard), then in the order given."""
    inside = set(state.inner_circle)
    free = sum(1 for s in state.seats if not s.empty_chair)
    order = {p: i for i, p in enumerate(candidates)}
    waiting = sorted((p for p in candidates if p not in inside),
                     key=lambda p: (p in state.turns, state.spoken.get(p, 0.0), order[p]))
    return waiting[:free]
