"""Who a session is for, and so who each message of the communication schedule goes to.

A community conversation is one session per stakeholder group (students, families, community
members), each at its own time, place and language; a dialogue series invites everyone to
every session. So a session's guest list is, in order: the people chosen for it by hand, else
the people whose perspective matches the session's audience ("Families" matches "Parent/
caregiver"), else everyone on the roster. The team is never written to.

Confirmations, invitations and reminders go to the invited who are not marked absent; a
thank-you goes to those who came (see ``attendance.present_participants``).
"""

from __future__ import annotations

import re
from typing import Iterable

from sqlite_utils import Database

from facilitator.errors import FacilitatorError
from facilitator.i18n import LANGUAGES, t
from facilitator.plan.model import AttendanceStatus, Participant, Role, Session
from facilitator.storage import invitations as store
from facilitator.storage import roster
from facilitator.storage import series as series_store

ATTENDED = "attended"
INVITED = "invited"
# Which message goes to whom: a thank-you to the people who came, everything else to the invited.
AUDIENCE = {"thank-you": ATTENDED}

_SAME = {"family": {"parent", "caregiver", "guardian", "family", "grandparent"},
         "student": {"student", "youth", "learner"},
         "educator": {"educator", "teacher", "staff"}}
_FILLER = {"member", "the", "and", "of", "and", "y", "de", "people", "group"}
_LANGUAGE_NAMES = {"english": "en", "inglés": "en", "ingles": "en", "spanish": "es", "español": "es",
                   "espanol": "es", "castellano": "es"}


def _stems(text: str) -> set[str]:
    out: set[str] = set()
    for word in re.findall(r"\w+", text.casefold()):
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            word = word[:-1]
        if word not in _FILLER:
            out |= next((same for key, same in _SAME.items() if word in same or word == key), {word})
    return out


def audience_matches(audience: str, perspective: str) -> bool:
    """Whether a person of ``perspective`` belongs to a session for ``audience``."""
    return bool(_stems(audience) & _stems(perspective))


def session_language(session: Session) -> str | None:
    """The language code of a session's language ("Spanish" → "es"), None when the app has no
    wording in it: what its documents and messages are printed in unless the caller says."""
    text = session.language.strip().casefold()
    code = _LANGUAGE_NAMES.get(text, text)
    return code if code in LANGUAGES else None


def person_language(person: Participant) -> str | None:
    """The language code a person's messages can be worded in: the language they need
    interpretation into, else the first language they listed (None when the app has no wording
    in it)."""
    for text in (person.interpretation, *re.split(r"[,;/]", person.languages)[:1]):
        code = _LANGUAGE_NAMES.get(text.strip().casefold(), text.strip().casefold())
        if code in LANGUAGES:
            return code
    return None


def _participants(db: Database, series_id: str) -> list[Participant]:
    return [p for p in roster.list_participants(db, series_id) if p.role is Role.PARTICIPANT]


def invited(db: Database, session_id: str) -> list[Participant]:
    """The session's guest list (see the module docstring), in roster order."""
    session = series_store.get_session(db, session_id, with_blocks=False)
    people = _participants(db, session.series_id)
    chosen = set(store.invited_ids(db, session_id))
    if chosen:
        return [p for p in people if p.id in chosen]
    if session.audience.strip():
        matching = [p for p in people if audience_matches(session.audience, p.perspective)]
        if matching:
            return matching
    return people


def choose(db: Database, session_id: str, *, everyone: bool = False, perspectives: Iterable[str] = (),
           participant_ids: Iterable[str] = ()) -> list[str]:
    """Set the guest list by hand: the people of some perspectives and some people by id, or
    ``everyone`` (which clears the hand-made list). Returns the previous list, for undo."""
    session = series_store.get_session(db, session_id, with_blocks=False)
    if everyone:
        return store.set_invited_ids(db, session_id, [])
    wanted = {p.casefold().strip(): p.strip() for p in perspectives}
    people = _participants(db, session.series_id)
    known = {p.perspective.casefold().strip() for p in people}
    unknown = sorted(set(wanted) - known)
    if unknown:
        raise FacilitatorError(t("Nobody on the roster has the perspective '{perspective}'.").format(
            perspective=wanted[unknown[0]]))
    ids = [p.id for p in people if p.perspective.casefold().strip() in wanted] + list(participant_ids)
    if not ids:
        raise FacilitatorError(t("Say who is invited: a perspective, a person, or everyone."))
    return store.set_invited_ids(db, session_id, ids)


def recipients(db: Database, session_id: str, template_id: str) -> list[Participant]:
    """Who a message of the schedule goes to for this session."""
    statuses = roster.attendance(db, session_id)
    if AUDIENCE.get(template_id) == ATTENDED:
        came = [p for p in _participants(db, series_store.get_session(db, session_id).series_id)
                if statuses.get(p.id) is AttendanceStatus.PRESENT]
        if came:
            return came
    return [p for p in invited(db, session_id) if statuses.get(p.id) is not AttendanceStatus.ABSENT]


def guest_lists(db: Database, series_id: str) -> dict[str, set[str]]:
    """Session id -> the ids of the people invited to it, for every session of a series."""
    return {s.id: {p.id for p in invited(db, s.id)}
            for s in series_store.list_sessions(db, series_id, with_blocks=False)}
