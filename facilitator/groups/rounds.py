"""The shapes a saved breakout round takes, shared by the CLI, the board and the print-outs."""

from __future__ import annotations

from dataclasses import dataclass, field

from facilitator.i18n import t


@dataclass
class Member:
    participant_id: str
    name: str
    locked: bool = False


@dataclass
class BreakoutGroup:
    id: str
    position: int
    label: str
    facilitator_id: str | None = None
    members: list[Member] = field(default_factory=list)

    @property
    def member_ids(self) -> list[str]:
        return [m.participant_id for m in self.members]


@dataclass
class BreakoutRound:
    id: str
    series_id: str
    session_id: str
    block_id: str | None
    position: int
    title: str
    size: int | None
    group_count: int | None
    balance: list[str]
    seed: int
    groups: list[BreakoutGroup] = field(default_factory=list)

    @property
    def as_lists(self) -> list[list[str]]:
        return [g.member_ids for g in self.groups]

    @property
    def mode_label(self) -> str:
        if self.size == 2:
            return t("pairs")
        if self.size == 3:
            return t("triads")
        if self.size:
            return t("groups of {size}").format(size=self.size)
        return t("{count} groups").format(count=self.group_count)


@dataclass(frozen=True)
class GroupRule:
    """A standing wish of the facilitators: these people apart, or these people together."""

    id: str
    kind: str  # "apart" or "together"
    participant_ids: tuple[str, ...]
    note: str = ""
