"""The planning vocabulary: a series holds numbered sessions; a session holds an agenda of
blocks, and a block may hold one level of sub-blocks (a fishbowl, then small groups, then a
large-group reflection under one heading).

Plain dataclasses, so the CLI, the GUI, the PDFs and the tests share one shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Format(str, Enum):
    IN_PERSON = "in_person"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"

    @property
    def label(self) -> str:
        return {"in_person": "In person", "virtual": "Virtual", "hybrid": "Hybrid"}[self.value]


class BlockKind(str, Enum):
    WELCOME = "welcome"
    PAIRS = "pairs"
    TRIADS = "triads"
    SMALL_GROUPS = "small_groups"
    FISHBOWL = "fishbowl"
    LARGE_GROUP = "large_group"
    BREAK = "break"
    MEAL = "meal"
    PROVOCATION_ROUND = "provocation_round"
    REFLECTION = "reflection"
    CLOSING = "closing"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


@dataclass
class Block:
    id: str
    session_id: str
    title: str
    minutes: int
    kind: BlockKind = BlockKind.OTHER
    position: int = 0
    parent_id: str | None = None
    prompts: list[str] = field(default_factory=list)
    notes: str = ""
    materials: str = ""
    fixed: bool = False
    wrap_up_minutes: int | None = None  # live warning before the end; None: the runner's default
    children: list["Block"] = field(default_factory=list)

    @property
    def effective_minutes(self) -> int:
        """A heading with sub-blocks lasts as long as its sub-blocks together."""
        if self.children:
            return sum(child.minutes for child in self.children)
        return self.minutes


@dataclass
class Session:
    id: str
    series_id: str
    number: int
    title: str
    description: str = ""
    objectives: list[str] = field(default_factory=list)
    date: str | None = None  # ISO date
    start_time: str = "09:00"  # HH:MM, local to the venue
    duration_minutes: int = 120
    format: Format = Format.IN_PERSON
    location: str = ""
    audience: str = ""  # the stakeholder group a community conversation is for
    language: str = ""
    facilitator: str = ""
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Series:
    id: str
    title: str
    topic: str = ""
    purpose: str = ""
    goals: list[str] = field(default_factory=list)
    format: Format = Format.IN_PERSON
    timeline: str = ""
    template_id: str = ""
    start_date: str | None = None
    sessions: list[Session] = field(default_factory=list)


class Acknowledgement(str, Enum):
    """How a participant chose to be credited in anything shared outside the team.

    ``UNKNOWN`` (no choice recorded) is treated like ``ANONYMOUS``: nobody is named by default.
    """

    UNKNOWN = ""
    BY_NAME = "by_name"
    ORGANIZATION = "organization"
    ANONYMOUS = "anonymous"


class Role(str, Enum):
    PARTICIPANT = "participant"
    FACILITATOR = "facilitator"
    NOTE_TAKER = "note_taker"
    INTERPRETER = "interpreter"


class AttendanceStatus(str, Enum):
    EXPECTED = "expected"
    PRESENT = "present"
    ABSENT = "absent"


@dataclass
class Participant:
    id: str
    series_id: str
    name: str
    preferred_name: str = ""
    pronouns: str = ""
    email: str = ""
    phone: str = ""
    organization: str = ""
    perspective: str = ""
    languages: str = ""
    interpretation: str = ""  # the language a participant needs interpretation into, if any
    accessibility: str = ""
    dietary: str = ""
    childcare: str = ""  # what the person asked for ("2 children, 4 and 7"), "" for none
    consent_recorded: bool | None = None  # None: not asked yet
    acknowledgement: Acknowledgement = Acknowledgement.UNKNOWN
    stipend_amount: float | None = None
    stipend_status: str = ""
    committed_all: bool = False
    role: Role = Role.PARTICIPANT
    custom: dict[str, str] = field(default_factory=dict)

    @property
    def display_name(self) -> str:
        return self.preferred_name or self.name

# Offered while a series has no perspective list of its own.
SUGGESTED_PERSPECTIVES = ("Student", "Parent/caregiver", "Educator", "School leader", "Organizer",
                          "Community member", "Funder", "Researcher")
