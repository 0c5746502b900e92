"""The questions a facilitation team answers together after each session, and the states of a
follow-up call. Our own wording of what the team looks back on between sessions.
"""

from __future__ import annotations

from enum import Enum

# key -> the question as the checklist shows it; keys are stored, so never rename one.
DEBRIEF_PROMPTS: dict[str, str] = {
    "went_well": "What worked today, and what should we do differently next time?",
    "openings": "What new openings or directions did the group surface?",
    "engagement": "How did people take part? Who went quiet, who carried a lot, and who would value a personal call?",
    "next_session": "What do we need to prepare or change before the next session?",
    "framework_needs": "What do participants need from us to put the framework to use?",
}


class FollowupStatus(str, Enum):
    TO_CALL = "to_call"
    CALLED = "called"
    DONE = "done"

    @property
    def label(self) -> str:
        return {"to_call": "To call", "called": "Called", "done": "Done"}[self.value]
