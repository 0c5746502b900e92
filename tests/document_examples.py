"""Made-up but realistic data for the documents whose source features may be absent: used by
the benchmark and the tests, never by a real print-out."""

from __future__ import annotations

import math

from facilitator.documents.data import (
    DebriefAnswer,
    Framework,
    FrameworkValue,
    Group,
    Person,
    PrintedNote,
    PrintedRound,
    PrintedSeating,
    PrintedSummary,
    PrintedTable,
    Theme,
)

GIVEN = ["Amara", "Ben", "Carmen", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Isabel", "Jamal", "Keiko", "Liam",
         "Maya", "Noah", "Olga", "Priya", "Quinn", "Rosa", "Samir", "Tara", "Uma", "Victor", "Wen", "Yusuf", "Zoe"]
FAMILY = ["Okafor", "Lindqvist", "Ruiz", "Petrov", "Costa", "Haddad", "Kim", "Tanaka", "Moreau", "Brooks",
          "Nakamura", "O'Neill", "Patel", "Schmidt", "Ivanova", "Shah", "Walsh", "Delgado", "Aziz", "Murphy"]
ORGS = ["Riverside Unified", "Families for Schools", "Eastside Charter Network", "Teachers' Union Local 12",
        "City Youth Council", "Northside Parents Association", "Community Foundation"]
PERSPECTIVES = ["District parent", "Charter parent", "Teacher", "School leader", "Student", "Union organizer",
                "Community advocate", "School board member"]


def people(count: int) -> list[Person]:
    out = []
    for i in range(count):
        given, family = GIVEN[i % len(GIVEN)], FAMILY[(i * 7 + i // len(GIVEN)) % len(FAMILY)]
        out.append(Person(name=f"{given} {family}", pronouns=["she/her", "he/him", "they/them", ""][i % 4],
                          organization=ORGS[i % len(ORGS)], perspective=PERSPECTIVES[i % len(PERSPECTIVES)],
                          participant_id=f"p{i}"))
    return out


def groups(members: list[Person], size: int, activity: str = "Small Group Discussion") -> PrintedRound:
    count = max(1, math.ceil(len(members) / size))
    result = [Group(name=f"Group {i + 1}", table=str(i + 1), facilitator=f"{GIVEN[(i + 3) % len(GIVEN)]} (team)")
              for i in range(count)]
    for index, person in enumerate(members):
        result[index % count].members.append(person)
    return PrintedRound(result, activity)


def seating(members: list[Person], tables: int, seats: int = 8) -> PrintedSeating:
    """Round tables in a grid, the front row rectangular, filled in order."""
    columns = max(1, math.ceil(math.sqrt(tables * 1.5)))
    rows = math.ceil(tables / columns)
    pitch = 3.8
    plan = PrintedSeating(room_width=columns * pitch + 1.0, room_depth=rows * pitch + 3.0, tables=[])
    names = iter(m.display_name for m in members)
    for index in range(tables):
        row, column = divmod(index, columns)
        rect = row == 0
        plan.tables.append(PrintedTable(
            label=str(index + 1), x=1.0 / 2 + pitch * (column + 0.5), y=2.0 + pitch * (row + 0.5),
            width=1.8 if rect else 1.5, depth=0.8 if rect else 1.5, shape="rect" if rect else "round",
            seats=[next(names, "") for _ in range(seats)]))
    return plan


def summary(attendees: list[Person]) -> PrintedSummary:
    return PrintedSummary(
        themes=[
            Theme("Trust has to be rebuilt before policy can move",
                  "Many spoke of decisions made without them and of promises not kept.", 9,
                  ["I came expecting a fight and found people who worry about the same kids I do.",
                   "Nobody asked us before the last school closed."]),
            Theme("Shared belief in public education", "Across perspectives, people named public schools as "
                  "a common good worth defending.", 7, ["Whatever our side, we all want the school down the street "
                                                        "to be one we would choose."]),
            Theme("Funding feels like a zero-sum game", "", 5, ["Every dollar argument turns into us versus them."]),
        ],
        notes=[PrintedNote("Pairs were lively; two pairs ran over by five minutes.", "Reflection & Sharing", "Facilitator"),
               PrintedNote("Fishbowl: the student voice shifted the room.", "Fishbowl", "Note-taker")],
        debrief=[DebriefAnswer("What worked?", ["Mixed pairs", "Starting with stories"]),
                 DebriefAnswer("What would we change?", ["More time for the fishbowl"])],
        present=[a.name for a in attendees[:-2]], absent=[a.name for a in attendees[-2:]])


def framework() -> Framework:
    previous = Framework(1, [FrameworkValue("Every child", "Decisions start from what is best for students.",
                                            id="s1"),
                             FrameworkValue("Transparency", "Money and results are visible to all.", id="s2")],
                         "After session 2")
    return Framework(2, [
        FrameworkValue("Every child", "Decisions start from what is best for every student in the city, in "
                                      "every kind of public school.", tensions="Choice for some families can "
                                      "mean fewer resources for others.", id="s1"),
        FrameworkValue("Transparency", "Money and results are visible to all.", id="s2"),
        FrameworkValue("Listening before deciding", "Those affected are heard before a decision, not after.",
                       guardrails="No closure or opening is announced before a public hearing.", id="s3"),
    ], "After session 3", previous)
