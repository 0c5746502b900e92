"""How participants are credited in anything that leaves the team (a summary, a report, a
printed thank-you): only as each person chose. No recorded choice means no credit at all."""

from __future__ import annotations

from sqlite_utils import Database

from facilitator.plan.model import Acknowledgement, Participant, Role
from facilitator.storage import roster as store


def credit(person: Participant) -> str | None:
    """The words that may name this person outside the team, or None."""
    if person.acknowledgement is Acknowledgement.BY_NAME:
        return person.name
    if person.acknowledgement is Acknowledgement.ORGANIZATION and person.organization:
        return person.organization
    return None


def acknowledgements(db: Database, series_id: str) -> tuple[list[str], list[str]]:
    """(people credited by name, organisations credited) for a series' thank-you section.

    An organisation appears once however many of its people chose it, and a person credited by
    name does not also credit their organisation.
    """
    people = [p for p in store.list_participants(db, series_id) if p.role is Role.PARTICIPANT]
    names = [p.name for p in people if p.acknowledgement is Acknowledgement.BY_NAME]
    organizations = sorted({p.organization for p in people
                            if p.acknowledgement is Acknowledgement.ORGANIZATION and p.organization},
                           key=str.casefold)
    return names, organizations
