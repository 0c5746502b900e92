"""What an agenda's fishbowl block asks for: how many seats the inner circle has and whether
the outer circle may tap in (open) or listens until a rotation (closed).

Templates say it in the block's words ("Eight inner seats, one per perspective. The outer
circle listens without responding."), so the seat cards and the live screen read it from
there rather than from a fixed default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from facilitator.fishbowl.circle import DEFAULT_SEATS, MAX_SEATS, FishbowlMode
from facilitator.plan.model import Block, BlockKind, Session

_NUMBERS = {word: n for n, words in enumerate((
    (), (), ("two", "dos"), ("three", "tres"), ("four", "cuatro"), ("five", "cinco"), ("six", "seis"),
    ("seven", "siete"), ("eight", "ocho"), ("nine", "nueve"), ("ten", "diez"), ("eleven", "once"),
    ("twelve", "doce"), ("thirteen", "trece"), ("fourteen", "catorce"), ("fifteen", "quince"),
    ("sixteen", "dieciséis"))) for word in words}
_SEAT_WORDS = r"(?:inner\s+)?(?:seats?|chairs?|asientos?|sillas?|perspectives|perspectivas)"
_CLOSED = ("listens without", "listen without", "closed", "without responding", "escucha sin", "cerrad")
_OPEN = ("tap in", "tap out", "open fishbowl", "empty chair", "pecera abierta", "silla vacía")


@dataclass(frozen=True)
class FishbowlPlan:
    seats: int = DEFAULT_SEATS
    mode: FishbowlMode = FishbowlMode.OPEN
    prompt: str = ""


def plan_for(block: Block) -> FishbowlPlan:
    """The seats and mode a fishbowl block's title and notes name (defaults where they do not)."""
    text = f"{block.title}. {block.notes}".casefold()
    seats = DEFAULT_SEATS
    match = re.search(r"\b(\d{1,2}|" + "|".join(_NUMBERS) + r")\b[\s\w-]{0,12}?" + _SEAT_WORDS, text)
    if match:
        word = match.group(1)
        seats = max(1, min(MAX_SEATS, int(word) if word.isdigit() else _NUMBERS[word]))
    closed = any(cue in text for cue in _CLOSED) and not any(cue in text for cue in _OPEN)
    return FishbowlPlan(seats, FishbowlMode.CLOSED if closed else FishbowlMode.OPEN,
                        block.prompts[0] if block.prompts else "")


def fishbowl_block(sessions: Iterable[Session]) -> Block | None:
    """The first fishbowl block of these sessions' agendas."""
    for session in sessions:
        for block in session.blocks:
            for item in (block, *block.children):
                if item.kind is BlockKind.FISHBOWL:
                    return item
    return None


def plan_for_sessions(sessions: Iterable[Session]) -> FishbowlPlan:
    block = fishbowl_block(sessions)
    return plan_for(block) if block else FishbowlPlan()
