"""Clock times and structure of an agenda, computed from a session's blocks.

Pure functions over ``model`` objects: the editor, the CLI, the live runner and the PDFs
all ask here, so a start time is never computed two ways.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from facilitator.plan.model import Block, Session


@dataclass(frozen=True)
class ScheduledBlock:
    block: Block
    depth: int  # 0 for a block, 1 for a sub-block
    start_offset: int  # minutes from the session start
    minutes: int

    @property
    def end_offset(self) -> int:
        return self.start_offset + self.minutes


def parse_clock(text: str) -> time:
    try:
        return datetime.strptime(text.strip(), "%H:%M").time()
    except ValueError:
        raise ValueError(f"'{text}' is not a time of day like 09:30") from None


def clock_at(session: Session, offset_minutes: int) -> str:
    """The wall-clock time (HH:MM) ``offset_minutes`` after the session starts."""
    start = datetime.combine(datetime(2000, 1, 1), parse_clock(session.start_time))
    return (start + timedelta(minutes=offset_minutes)).strftime("%H:%M")


def schedule(blocks: list[Block]) -> list[ScheduledBlock]:
    """Every block and sub-block in running order; a heading starts with its first sub-block."""
    out: list[ScheduledBlock] = []
    offset = 0
    for block in blocks:
        out.append(ScheduledBlock(block, 0, offset, block.effective_minutes))
        if block.children:
            for child in block.children:
                out.append(ScheduledBlock(child, 1, offset, child.minutes))
                offset += child.minutes
        else:
            offset += block.minutes
    return out


def total_minutes(blocks: list[Block]) -> int:
    return sum(block.effective_minutes for block in blocks)


def over_by(session: Session) -> int:
    """Minutes the agenda runs past the planned duration (negative: time to spare)."""
    return total_minutes(session.blocks) - session.duration_minutes


def format_minutes(minutes: int) -> str:
    hours, mins = divmod(abs(minutes), 60)
    sign = "-" if minutes < 0 else ""
    if hours and mins:
        return f"{sign}{hours} h {mins} min"
    if hours:
        return f"{sign}{hours} h"
    return f"{sign}{mins} min"


@dataclass(frozen=True)
class Placement:
    parent_id: str | None
    position: int


def _locate(blocks: list[Block], block_id: str) -> tuple[Block | None, list[Block], int]:
    """(parent, siblings, index) of a block in the tree."""
    for index, block in enumerate(blocks):
        if block.id == block_id:
            return None, blocks, index
        for child_index, child in enumerate(block.children):
            if child.id == block_id:
                return block, block.children, child_index
    raise KeyError(block_id)


def indent_target(blocks: list[Block], block_id: str) -> Placement | None:
    """Indenting makes a block the last sub-block of the block above it, when that is allowed."""
    parent, siblings, index = _locate(blocks, block_id)
    if parent is not None or index == 0 or siblings[index].children:
        return None
    above = siblings[index - 1]
    return Placement(above.id, len(above.children))


def outdent_target(blocks: list[Block], block_id: str) -> Placement | None:
    """Outdenting lifts a sub-block out to sit right after its heading."""
    parent, _siblings, _index = _locate(blocks, block_id)
    if parent is None:
        return None
    return Placement(None, blocks.index(parent) + 1)


def shift_target(blocks: list[Block], block_id: str, step: int) -> Placement | None:
    """Moving up or down one place among siblings; None at either end."""
    parent, siblings, index = _locate(blocks, block_id)
    new_index = index + step
    if not 0 <= new_index < len(siblings):
        return None
    return Placement(parent.id if parent else None, new_index)
