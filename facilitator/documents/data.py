"""What the documents print, as plain data: the shapes the grouping, seating, notes and
framework features hand over, so each document can be built and tested on its own.

``facilitator.documents.sources`` fills these from a workspace; tests build them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Person:
    name: str
    preferred_name: str = ""
    pronouns: str = ""
    organization: str = ""
    perspective: str = ""
    participant_id: str = ""
    language_need: str = ""  # "Interpretation: Spanish", "Interpreter: Spanish", or ""

    @property
    def display_name(self) -> str:
        return self.preferred_name or self.name


@dataclass
class Group:
    name: str
    members: list[Person] = field(default_factory=list)
    table: str = ""
    facilitator: str = ""


@dataclass
class PrintedRound:
    """The groups of one agenda block (a round of pairs, small groups, ...)."""

    groups: list[Group]
    activity: str = ""  # the agenda block the groups are for


@dataclass
class PrintedTable:
    """A table on the floor plan; positions and sizes in metres, centre measured from the
    room's top-left corner. ``seats`` holds a name per seat in clockwise order ("" = empty)."""

    label: str
    x: float
    y: float
    width: float
    depth: float
    shape: str = "round"  # "round" or "rect"
    seats: list[str] = field(default_factory=list)
    seat_xy: list[tuple[float, float]] | None = None  # chair centres, when the floor plan placed them


@dataclass
class PrintedSeating:
    room_width: float
    room_depth: float
    tables: list[PrintedTable]
    front_label: str = "Front of room"


@dataclass
class Quote:
    """An illustrative quote with where it was heard: never who said it."""

    text: str
    session: int | None = None
    group: str = ""  # the stakeholder group: the session's audience, else the perspective label


@dataclass
class Theme:
    title: str
    description: str = ""
    count: int = 0  # how many notes carry the theme
    quotes: list[str] = field(default_factory=list)
    heard: list[Quote] = field(default_factory=list)  # series-wide: the quotes with their session and group
    by_group: dict[str, int] = field(default_factory=dict)  # series-wide: notes per stakeholder group


@dataclass
class PrintedNote:
    text: str
    activity: str = ""
    author: str = ""  # who wrote the note (a facilitator or note-taker), internal only
    kind: str = "note"
    perspective: str = ""
    group: str = ""  # breakout group
    session: int | None = None


@dataclass
class PrintedAction:
    """A decision on what happens next (an action note): what, who follows it up, by when."""

    text: str
    owner: str = ""
    due: str = ""
    session: int | None = None


@dataclass
class SessionFigures:
    """One session of a series-wide summary: attendance counted, and the themes heard in it."""

    number: int
    title: str
    audience: str = ""
    present: int = 0
    absent: int = 0
    expected: int = 0
    themes: list[tuple[str, int]] = field(default_factory=list)  # (theme, notes), most first


@dataclass
class SurveyCounts:
    """A counted survey question: answer -> how many, already suppressed ("<5") for sharing."""

    question: str
    session: int | None
    responses: int
    counts: dict[str, str] = field(default_factory=dict)


@dataclass
class DebriefAnswer:
    question: str
    answers: list[str] = field(default_factory=list)


@dataclass
class PrintedSummary:
    themes: list[Theme] = field(default_factory=list)
    notes: list[PrintedNote] = field(default_factory=list)
    debrief: list[DebriefAnswer] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)  # no attendance taken
    actions: list[PrintedAction] = field(default_factory=list)
    surveys: list[SurveyCounts] = field(default_factory=list)
    sessions: list[SessionFigures] = field(default_factory=list)  # set only for a series-wide summary
    groups: list[str] = field(default_factory=list)  # series-wide: the stakeholder groups, in order

    @property
    def series_wide(self) -> bool:
        return bool(self.sessions)


@dataclass
class FrameworkValue:
    """One statement of the values framework; ``id`` matches it across versions."""

    title: str
    description: str = ""
    tensions: str = ""
    guardrails: str = ""
    questions: str = ""
    id: str = ""

    def as_statement(self) -> dict[str, str]:
        return {"id": self.id or self.title, "statement": self.title, "tensions": self.tensions,
                "guardrails": self.guardrails, "questions": self.questions, "description": self.description}


@dataclass
class Framework:
    version: int
    values: list[FrameworkValue]
    label: str = ""  # e.g. "After session 3"
    previous: "Framework | None" = None
