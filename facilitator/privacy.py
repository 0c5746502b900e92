"""Keeping participants' names out of everything shared beyond the team.

``redact`` is the short form of ``facilitator.redaction``: every form a roster name takes
(parts, nicknames, initials, titles, possessives, any case, accents and script), anyone's
e-mail address or phone number, and the organisations of people who asked not to be named.
``acknowledged`` says who may be thanked publicly.
"""

from __future__ import annotations

from typing import Iterable

from facilitator.model import Acknowledgement, Participant
from facilitator.redaction import PLACEHOLDERS, Redactor, Replacement

PLACEHOLDER = PLACEHOLDERS["name"]

__all__ = ["PLACEHOLDER", "Replacement", "acknowledged", "redact"]


def redact(text: str, participants: Iterable[Participant]) -> tuple[str, list[Replacement]]:
    """``text`` with every identifying form replaced by a placeholder, and what was replaced."""
    result = Redactor(participants).redact(text)
    return result.text, result.replacements


def acknowledged(participants: Iterable[Participant]) -> tuple[list[str], list[str]]:
    """Who may be thanked publicly: names of those who chose "by name", and the organizations of
    those who chose "organization only". Nobody with no recorded choice appears."""
    names: list[str] = []
    organizations: list[str] = []
    for participant in participants:
        if participant.acknowledgement is Acknowledgement.BY_NAME:
            names.append(participant.name)
        elif participant.acknowledgement is Acknowledgement.ORGANIZATION and participant.organization.strip():
            organizations.append(participant.organization.strip())
    return sorted(names, key=str.casefold), sorted(set(organizations), key=str.casefold)
