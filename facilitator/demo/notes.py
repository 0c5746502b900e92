"""Fictional notes, themes and a framework on the demo series, so the synthesis screens show
something real-looking on first start and in the screenshots. Every line is invented.
"""

from __future__ import annotations

from sqlite_utils import Database

from facilitator.storage import debrief as debrief_store
from facilitator.storage import framework as fw_store
from facilitator.storage import notes as note_store
from facilitator.storage import series as series_store
from facilitator.storage import themes as theme_store

# (session number, block index, group, kind, text, perspective for quotes, themes)
NOTES = [
    (1, 2, "", "quote", "I came because my kids' school closed and nobody asked us first.", "Parent", ["Being asked"]),
    (1, 2, "", "note", "Several people named a personal story before any position.", "", ["Trust"]),
    (1, 3, "Group A", "tension", "Choice for one family can mean fewer resources for the neighbourhood school.", "",
     ["Money follows students"]),
    (1, 3, "Group A", "quote", "We all want the same thing for the kids — we just don't trust each other's route there.",
     "District teacher", ["Trust"]),
    (1, 3, "Group B", "question", "Who is accountable when a charter closes mid-year?", "", ["Accountability"]),
    (1, 3, "Group B", "aha", "Both sides described feeling unheard by the school board.", "", ["Being asked", "Trust"]),
    (1, 3, "Group C", "quote", "Transportation decides who really has a choice.", "Community organiser",
     ["Access and transport"]),
    (1, 3, "Group C", "note", "Bus routes came up in every group without prompting.", "", ["Access and transport"]),
    (2, 1, "", "theme", "Transparency about money and results", "", ["Accountability"]),
    (2, 2, "Group A", "quote", "Show me the same numbers for every school and I'll stop arguing.", "Charter leader",
     ["Accountability"]),
    (2, 2, "Group B", "tension", "Local control versus the state setting common rules.", "", ["Accountability"]),
    (2, 2, "Group B", "quote", "My son with an IEP was counselled out twice. Nobody tracks that.", "Parent",
     ["Access and transport", "Accountability"]),
    (2, 3, "", "parking_lot", "Facility sharing agreements: come back in Session 3.", "", []),
    (2, 3, "", "action", "Send the group the enrolment data summary before Session 3.", "", []),
    (3, 2, "Group A", "note", "Draft statement on equitable access got the most edits.", "", ["Access and transport"]),
    (3, 2, "Group C", "quote", "A value we can't measure is a value we won't keep.", "Funder", ["Accountability"]),
    (4, 2, "", "need", "A shared calendar of board votes that affect enrolment.", "", []),
    (4, 2, "", "need", "Spanish and Vietnamese interpretation at district listening sessions.", "", []),
    (4, 2, "", "offer", "Our network can host the next conversation in the east side library.", "", []),
    (4, 2, "", "offer", "Two of us can translate the framework summary for families.", "", []),
    (4, 2, "", "request", "Meet again in six months to check the framework against real decisions.", "", []),
    (4, 2, "", "request", "Invite student voices into the next round.", "", []),
]

ILLUSTRATIVE = {"We all want the same thing for the kids — we just don't trust each other's route there.",
                "Transportation decides who really has a choice.",
                "Show me the same numbers for every school and I'll stop arguing.",
                "I came because my kids' school closed and nobody asked us first."}

FRAMEWORK_V1 = [
    ("Every child deserves a good public school close to home.", "Choice versus neighbourhood stability",
     "No closures without a family meeting", "What counts as 'close'?"),
    ("Decisions about schools are made in the open.", "Speed versus consultation", "", ""),
    ("Public money comes with public accountability.", "Autonomy versus oversight",
     "Same reporting for every publicly funded school", "Who audits the auditors?"),
]


def add_demo_notes(db: Database, series_id: str) -> None:
    """Fill the demo series with notes, themes, a debrief and two framework versions."""
    sessions = series_store.list_sessions(db, series_id, with_blocks=True)
    themes: dict[str, str] = {}
    for i, (number, block_index, group, kind, text, perspective, theme_titles) in enumerate(NOTES):
        session = sessions[number - 1]
        block_index = min(block_index, len(session.blocks) - 1)
        block = session.blocks[block_index]
        block_start = sum(b.effective_minutes for b in session.blocks[:block_index]) * 60
        note = note_store.add_note(db, session.id, text=text, kind=kind, block_id=block.id, group_label=group,
                                   perspective=perspective, taker="Jordan (note-taker)",
                                   offset_seconds=block_start + 120 + 95 * (i % 5))
        for title in theme_titles:
            if title not in themes:
                themes[title] = theme_store.create_theme(db, series_id, title)["id"]
            theme_store.tag_notes(db, themes[title], [note.id])
            if text in ILLUSTRATIVE:
                theme_store.set_illustrative(db, themes[title], note.id, True)
    first = sessions[0].id
    debrief_store.answer_debrief(db, first, "went_well", answer="Pairs were rich; the fishbowl ran ten minutes long.",
                                 done=True)
    debrief_store.answer_debrief(db, first, "engagement", answer="Two district staff were quiet all afternoon.")
    debrief_store.add_followup(db, series_id, person="Maribel", reason="Left early after the closure story",
                               owner="Dana", session_id=first)
    debrief_store.add_followup(db, series_id, person="Tom", reason="Wants to share data privately", owner="Lee",
                               session_id=first)
    ids = [fw_store.add_statement(db, series_id, s, tensions=t, guardrails=g, questions=q)["id"]
           for s, t, g, q in FRAMEWORK_V1]
    fw_store.snapshot_framework(db, series_id, session_id=sessions[2].id, moment="before")
    fw_store.update_statement(db, ids[0], statement="Every child deserves a great public school they can reach "
                                                    "safely, whichever sector runs it.")
    fw_store.update_statement(db, ids[2], guardrails="Same reporting for every publicly funded school, "
                                                     "published in plain language")
    fw_store.delete_statement(db, ids[1])
    fw_store.add_statement(db, series_id, "Families and students shape the decisions that affect them.",
                           tensions="Representation versus speed", guardrails="Interpretation at every meeting")
    fw_store.snapshot_framework(db, series_id, session_id=sessions[2].id, moment="after")
