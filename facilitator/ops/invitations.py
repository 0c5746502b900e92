"""Who a session is for: the guest list the communication schedule writes to, for the guest-list
window and ``facilitator invite``. The rule (hand-chosen people, else the session's audience,
else everyone) stays in ``facilitator.plan.invitations``; setting the list returns the list it
replaced as its undo.
"""

from __future__ import annotations

from functools import partial
from typing import Iterable

from sqlite_utils import Database

from facilitator.ops.agenda import session_changes
from facilitator.ops.changes import INVITATIONS, Outcome
from facilitator.plan import invitations as rules
from facilitator.plan.invitations import invited
from facilitator.storage import invitations as store

__all__ = ["chosen_ids", "choose", "invited", "restore"]


def chosen_ids(db: Database, session_id: str) -> list[str]:
    """The people chosen by hand for this session ([]: the audience or everyone decides)."""
    return store.invited_ids(db, session_id)


def choose(db: Database, session_id: str, *, everyone: bool = False, perspectives: Iterable[str] = (),
           participant_ids: Iterable[str] = ()) -> Outcome[list[str]]:
    """Set the guest list by hand (``everyone`` clears it); undo puts back the list it replaced."""
    before = rules.choose(db, session_id, everyone=everyone, perspectives=perspectives,
                          participant_ids=participant_ids)
    return Outcome(session_changes(db, session_id, INVITATIONS), before,
                   partial(restore, session_id=session_id, participant_ids=before))


def restore(db: Database, session_id: str, participant_ids: list[str]) -> Outcome[list[str]]:
    """Put back a hand-made guest list exactly as it was (empty: none)."""
    before = store.set_invited_ids(db, session_id, participant_ids)
    return Outcome(session_changes(db, session_id, INVITATIONS), before,
                   partial(restore, session_id=session_id, participant_ids=before))
