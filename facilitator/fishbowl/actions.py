"""What the facilitator does during a fishbowl, one function per action. Each records one
event (committed before it returns) and hands back the new state for the screen."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Sequence

from sqlite_utils import Database

from facilitator.clock import Clock
from facilitator.errors import FacilitatorError
from facilitator.fishbowl.circle import (
    DEFAULT_SEATS,
    EMPTY_CHAIR_LABEL,
    FishbowlMode,
    FishbowlState,
    propose_rotation,
)
from facilitator.fishbowl.plan import FishbowlPlan, plan_for_sessions
from facilitator.i18n import t
from facilitator.plan.model import Participant
from facilitator.roster.attendance import present_participants
from facilitator.storage import fishbowls as store
from facilitator.storage import series as series_store


def start_fishbowl(db: Database, session_id: str, clock: Clock, *, block_id: str | None = None,
                   mode: FishbowlMode | str = FishbowlMode.OPEN, seats: int = DEFAULT_SEATS,
                   labels: Sequence[str] | None = None, empty_chair: bool = False,
                   rotation_seconds: int = 600) -> store.Fishbowl:
    """A new fishbowl whose seats carry the series' perspectives as labels (one per seat);
    an empty chair is one more seat, open to anyone from the outer circle."""
    session = series_store.get_session(db, session_id, with_blocks=False)
    if labels is None:
        labels = store.perspective_labels(db, session.series_id)
    bowl = store.create_fishbowl(db, session_id, block_id=block_id, mode=mode, rotation_seconds=rotation_seconds)
    store.record(db, bowl.id, clock, "seats", seat=seats + int(empty_chair))
    for index, label in enumerate(list(labels)[:seats]):
        store.record(db, bowl.id, clock, "label", seat=index, text=label)
    if empty_chair:
        store.record(db, bowl.id, clock, "label", seat=seats, text=t(EMPTY_CHAIR_LABEL))
        store.record(db, bowl.id, clock, "empty_chair", seat=seats, text="1")
    return bowl


def current_fishbowl(db: Database, session_id: str) -> store.Fishbowl | None:
    bowls = store.list_fishbowls(db, session_id)
    return bowls[-1] if bowls else None


def seat_speaker(db: Database, fishbowl_id: str, clock: Clock, seat: int, participant_id: str) -> FishbowlState:
    """Place a speaker in a seat before or during the fishbowl (tapping in is the same move)."""
    return store.record(db, fishbowl_id, clock, "sit", seat=seat, participant_id=participant_id)


tap_in = seat_speaker


def tap_out(db: Database, fishbowl_id: str, clock: Clock, seat: int) -> FishbowlState:
    return store.record(db, fishbowl_id, clock, "tap_out", seat=seat)


def label_seat(db: Database, fishbowl_id: str, clock: Clock, seat: int, label: str) -> FishbowlState:
    return store.record(db, fishbowl_id, clock, "label", seat=seat, text=label)


def set_empty_chair(db: Database, fishbowl_id: str, clock: Clock, seat: int, empty: bool) -> FishbowlState:
    return store.record(db, fishbowl_id, clock, "empty_chair", seat=seat, text="1" if empty else "0")


def add_to_queue(db: Database, fishbowl_id: str, clock: Clock, participant_id: str) -> FishbowlState:
    return store.record(db, fishbowl_id, clock, "queue", participant_id=participant_id)


def speak(db: Database, fishbowl_id: str, clock: Clock, participant_id: str) -> FishbowlState:
    """Give someone the floor now (ending the current turn)."""
    return store.record(db, fishbowl_id, clock, "speak", participant_id=participant_id)


def next_speaker(db: Database, fishbowl_id: str, clock: Clock) -> FishbowlState:
    """The first person in the queue takes the floor; with nobody waiting, the floor is open."""
    state = store.load_state(db, fishbowl_id)
    if state.queue:
        return speak(db, fishbowl_id, clock, state.queue[0])
    if state.speaker:
        return stop_speaking(db, fishbowl_id, clock)
    raise FacilitatorError(t("Nobody is waiting to speak."))


def stop_speaking(db: Database, fishbowl_id: str, clock: Clock) -> FishbowlState:
    return store.record(db, fishbowl_id, clock, "stop")


def rotate(db: Database, fishbowl_id: str, clock: Clock, incoming: Sequence[str] | None = None) -> FishbowlState:
    """Change the inner circle of a closed fishbowl; by default the least heard people present come in."""
    if incoming is None:
        bowl = store.get_fishbowl(db, fishbowl_id)
        incoming = propose_rotation(store.load_state(db, fishbowl_id), speakers_present(db, bowl.session_id))
    if not incoming:
        raise FacilitatorError(t("Nobody outside the circle is left to rotate in."))
    return store.record(db, fishbowl_id, clock, "rotate", text=json.dumps(list(incoming)))


def undo_last(db: Database, fishbowl_id: str) -> FishbowlState:
    store.drop_last_event(db, fishbowl_id)
    return store.load_state(db, fishbowl_id)


def speakers_present(db: Database, session_id: str) -> list[str]:
    """People present who speak for themselves (not the facilitation team or interpreters),
    by the name they go by."""
    people = sorted(present_participants(db, session_id), key=lambda p: p.display_name.casefold())
    return [p.id for p in people]


@dataclass(frozen=True)
class Airtime:
    participant_id: str
    name: str
    seconds: float
    turns: int


def airtime(state: FishbowlState, people: Sequence[Participant], clock: Clock) -> list[Airtime]:
    """Everyone's speaking time, the not-yet-heard first (so the facilitator can invite them),
    then the least heard."""
    rows = [Airtime(p.id, p.display_name, state.spoken_seconds(p.id, clock), state.turns.get(p.id, 0))
            for p in people]
    return sorted(rows, key=lambda a: (a.turns > 0, a.seconds, a.name.casefold()))


def planned(db: Database, session_id: str) -> FishbowlPlan:
    """The seats and mode the session's fishbowl block asks for (what the screen starts with)."""
    return plan_for_sessions([series_store.get_session(db, session_id, with_blocks=True)])
