"""Keeping participants' names out of everything shared beyond the team.

``redact`` is the short form of ``facilitator.redaction``: every form a roster name takes
(parts, nicknames, initials, titles, possessives, any case, accents and script), anyone's
e-mail address or phone number, and the organisations of people who asked not to be named.
``acknowledged`` says who may be thanked publicly.
"""

from __future__ import annotations

from typing import Iterable

from facilitator.plan.model import Acknowledgement, Participant
from facilitator.redaction import PLACEHOLDERS, Redactor, Replacement

PLACEHOLDER = PLACEHOLDERS["name"]
# The first line of every export that carries names (no commas, so it is one CSV cell).
INTERNAL_LABEL = "INTERNAL: for the facilitation team only. Contains names and contact details. Do not share."

__all__ = ["INTERNAL_LABEL", "PLACEHOLDER", "Replacement", "acknowledged", "internal_label", "is_internal_label",
           "redact"]


def internal_label() -> str:
    from facilitator.i18n import t

    return t(INTERNAL_LABEL)


def is_internal_label(line: str) -> bool:
    """The label line an internal export starts with (in any language), which an importer skips."""
    from facilitator.catalogue_es import SPANISH

    return line.strip().strip('"').lstrip("\ufeff") in (INTERNAL_LABEL, SPANISH.get(INTERNAL_LABEL))


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
