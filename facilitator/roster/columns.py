"""The columns of a roster file: what headers mean, how cells become participant values, and
how values are written back so an exported file imports unchanged.

Organisers keep rosters in whatever spreadsheet a sign-up form produced, so a header is
matched loosely (case, spacing, punctuation, common synonyms); anything unrecognised is kept
as a custom attribute rather than dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from facilitator.i18n import t
from facilitator.plan.model import Acknowledgement, Participant, Role

FIRST_NAME = "first_name"
LAST_NAME = "last_name"
CUSTOM_PREFIX = "custom:"
IGNORE = "ignore"


@dataclass(frozen=True)
class Column:
    key: str  # a Participant field, or FIRST_NAME / LAST_NAME
    header: str  # what an export writes
    synonyms: tuple[str, ...] = ()


COLUMNS: tuple[Column, ...] = (
    Column("name", "Name", ("full name", "participant", "participant name", "attendee", "your name")),
    Column(FIRST_NAME, "First name", ("first", "given name", "forename", "firstname")),
    Column(LAST_NAME, "Last name", ("last", "surname", "family name", "lastname")),
    Column("preferred_name", "Preferred name", ("nickname", "goes by", "name to use", "known as")),
    Column("pronouns", "Pronouns", ("pronoun",)),
    Column("email", "Email", ("e-mail", "email address", "e-mail address", "mail")),
    Column("phone", "Phone", ("mobile", "cell", "telephone", "phone number", "mobile number", "tel")),
    Column("organization", "Organization", ("organisation", "org", "affiliation", "school", "employer",
                                            "company", "agency")),
    Column("perspective", "Perspective", ("role", "stakeholder group", "stakeholder", "group",
                                          "constituency", "perspective group", "participant group")),
    Column("languages", "Languages", ("language", "languages spoken", "home language",
                                      "preferred language")),
    Column("interpretation", "Interpretation", ("interpreter", "interpreter language",
                                                "interpretation language", "interpretation needed",
                                                "translation")),
    Column("accessibility", "Access needs", ("accessibility", "accessibility needs", "access",
                                             "accommodations", "accommodation")),
    Column("dietary", "Dietary", ("dietary needs", "diet", "dietary restrictions", "food",
                                  "food restrictions", "allergies")),
    Column("childcare", "Childcare", ("child care", "childcare needed", "children", "kids", "babysitting",
                                      "cuidado de niños", "guardería")),
    Column("consent_recorded", "Consent to record", ("consent", "recording consent", "consent to be recorded",
                                                     "ok to record", "recording")),
    Column("acknowledgement", "Acknowledgement", ("acknowledgment", "credit", "acknowledge", "attribution",
                                                  "credit preference", "acknowledgement preference")),
    Column("stipend_amount", "Stipend", ("stipend amount", "honorarium", "gift card", "compensation")),
    Column("stipend_status", "Stipend status", ("honorarium status", "payment status", "paid")),
    Column("committed_all", "All sessions", ("committed", "committed to all sessions", "all sessions committed",
                                             "attending all")),
    Column("role", "Team role", ("team", "staff role", "facilitation role", "facilitator or note taker")),
)
BY_KEY = {c.key: c for c in COLUMNS}
# Columns an export writes, in order (first and last name only ever come in).
EXPORT_KEYS = tuple(c.key for c in COLUMNS if c.key not in (FIRST_NAME, LAST_NAME))


def _fold(header: str) -> str:
    return re.sub(r"[^\w]+", " ", header.casefold()).strip()


_LOOKUP: dict[str, str] = {}
for _column in COLUMNS:
    for _label in (_column.key.replace("_", " "), _column.header, *_column.synonyms):
        _LOOKUP.setdefault(_fold(_label), _column.key)


# Words that give a long header away ("Do you need an interpreter? If so, which language?"),
# tried in order after the exact names and synonyms fail, so the more specific come first.
_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("stipend status", "stipend_status"), ("payment status", "stipend_status"),
    ("preferred name", "preferred_name"), ("nickname", "preferred_name"),
    ("first name", FIRST_NAME), ("given name", FIRST_NAME), ("last name", LAST_NAME), ("surname", LAST_NAME),
    ("family name", LAST_NAME), ("email", "email"), ("e mail", "email"), ("pronoun", "pronouns"),
    ("interpret", "interpretation"), ("translat", "interpretation"), ("dietary", "dietary"),
    ("allerg", "dietary"), ("food", "dietary"), ("childcare", "childcare"), ("child care", "childcare"),
    ("children", "childcare"), ("access", "accessibility"), ("accommodat", "accessibility"),
    ("disabilit", "accessibility"), ("recorded", "consent_recorded"), ("recording", "consent_recorded"),
    ("we record", "consent_recorded"), ("to record", "consent_recorded"), ("consent", "consent_recorded"),
    ("acknowledg", "acknowledgement"), ("credit", "acknowledgement"), ("stipend", "stipend_amount"),
    ("honorarium", "stipend_amount"), ("all sessions", "committed_all"), ("every session", "committed_all"),
    ("phone", "phone"), ("mobile", "phone"), ("language", "languages"), ("perspective", "perspective"),
    ("stakeholder", "perspective"), ("i am a", "perspective"), ("organi", "organization"),
    ("affiliation", "organization"), ("name", "name"),
)


def _guess(header: str) -> str | None:
    folded = _fold(header)
    exact = _LOOKUP.get(folded)
    if exact:
        return exact
    padded = f" {folded} "
    return next((key for word, key in _KEYWORDS if f" {word}" in padded), None)


def detect_mapping(headers: list[str]) -> list[str]:
    """For each header: a column key, ``custom:<header>``, or ``ignore`` for a blank header.

    A key claimed by an earlier header is not given twice; the later header becomes custom.
    """
    taken: set[str] = set()
    mapping = []
    for header in headers:
        text = header.strip()
        key = _guess(text)
        if not text:
            mapping.append(IGNORE)
        elif key and key not in taken:
            taken.add(key)
            mapping.append(key)
        else:
            mapping.append(CUSTOM_PREFIX + text)
    if "name" in taken:  # a full name wins; first and last name are then kept as they are
        mapping = [CUSTOM_PREFIX + h.strip() if k in (FIRST_NAME, LAST_NAME) else k
                   for h, k in zip(headers, mapping)]
    return mapping


def label_of(key: str) -> str:
    if key.startswith(CUSTOM_PREFIX):
        return key.removeprefix(CUSTOM_PREFIX)
    if key == IGNORE:
        return "(ignored)"
    return BY_KEY[key].header


# ---------------------------------------------------------------- cell values

_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\].]{2,}$")
_YES = {"yes", "y", "true", "1", "x", "ok", "agreed", "consented", "sí", "si", "oui"}
_NO = {"no", "n", "false", "0", "declined", "non"}
_ACK = {
    Acknowledgement.BY_NAME: {"by name", "name", "full name", "yes", "named"},
    Acknowledgement.ORGANIZATION: {"organization", "organisation", "organization only", "organisation only",
                                   "org", "org only", "by organization", "by organisation"},
    Acknowledgement.ANONYMOUS: {"anonymous", "anon", "no", "none", "do not name", "don t name"},
}
_ROLES = {
    Role.PARTICIPANT: {"participant", "member", ""},
    Role.FACILITATOR: {"facilitator", "co facilitator", "cofacilitator", "lead facilitator", "host"},
    Role.NOTE_TAKER: {"note taker", "notetaker", "notes", "scribe", "recorder"},
    Role.INTERPRETER: {"interpreter", "translator"},
}


class CellError(ValueError):
    """A cell that cannot be read; the message names what was expected."""


def _yes_no(text: str, what: str) -> bool:
    """Yes or no, also as the first word of a sign-up form's answer ("Yes, audio only")."""
    folded = _fold(text)
    first = folded.split(" ", 1)[0]
    if folded in _YES or first in _YES:
        return True
    if folded in _NO or first in _NO:
        return False
    raise CellError(t("'{text}' is not yes or no ({what})").format(text=text, what=t(what)))


def parse_cell(key: str, text: str) -> Any:
    """The participant value for one non-blank cell, or CellError."""
    text = text.strip()
    if key == "email":
        quoted = re.fullmatch(r"[^<>]*<([^<>]+)>", text)  # "Ana López <ana@example.org>" from a mail client
        text = quoted.group(1).strip() if quoted else text
        if not _EMAIL.match(text):
            raise CellError(t("'{text}' is not an email address").format(text=text))
        return text
    if key in ("consent_recorded", "committed_all"):
        return _yes_no(text, "consent to be recorded" if key == "consent_recorded" else "committed to all sessions")
    if key == "acknowledgement":
        folded = _fold(text)
        for value, words in _ACK.items():
            if folded in words:
                return value
        for value, words in _ACK.items():  # "Organization only, please"
            if any(folded.startswith(w + " ") for w in words if " " in w or len(w) > 3):
                return value
        raise CellError(t("'{text}' is not one of: by name, organization only, anonymous").format(text=text))
    if key == "role":
        folded = _fold(text)
        for value, words in _ROLES.items():
            if folded in words:
                return value
        raise CellError(t("'{text}' is not one of: participant, facilitator, note-taker, interpreter").format(
            text=text))
    if key == "stipend_amount":
        number = re.sub(r"[\s$€£¥₹,]|USD|EUR|GBP|CAD", "", text, flags=re.IGNORECASE)
        try:
            amount = float(number)
        except ValueError:
            raise CellError(t("'{text}' is not an amount of money").format(text=text)) from None
        if amount < 0:
            raise CellError(t("'{text}' is a negative amount").format(text=text))
        return amount
    return " ".join(text.split()) if key in ("name", FIRST_NAME, LAST_NAME, "preferred_name") else text


def format_value(key: str, value: Any) -> str:
    """A participant value as an export writes it; ``parse_cell`` reads it back to the same value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if key == "acknowledgement":
        return {Acknowledgement.UNKNOWN: "", Acknowledgement.BY_NAME: "by name",
                Acknowledgement.ORGANIZATION: "organization only", Acknowledgement.ANONYMOUS: "anonymous"}[value]
    if key == "role":
        return {Role.PARTICIPANT: "participant", Role.FACILITATOR: "facilitator",
                Role.NOTE_TAKER: "note-taker", Role.INTERPRETER: "interpreter"}[value]
    if key == "stipend_amount":
        return f"{value:.2f}".removesuffix(".00")
    return str(value)


_PHONE_LIKE = re.compile(r"^[+-][\d\s().+-]*$")


def defuse(text: str) -> str:
    """Keep a spreadsheet from running a cell as a formula ("=HYPERLINK(...)" in a name field):
    prefix an apostrophe, which ``undefuse`` removes on import (so a value that itself starts with
    an apostrophe gets a second one). Phone numbers stay as they are."""
    if text[:1] in ("=", "@", "\t", "\r", "'") or (text[:1] in ("+", "-") and not _PHONE_LIKE.match(text)):
        return "'" + text
    return text


def undefuse(text: str) -> str:
    if text[:1] == "'" and defuse(text[1:]) == text:
        return text[1:]
    return text


def export_row(participant: Participant, custom_keys: list[str]) -> list[str]:
    values = [format_value(key, getattr(participant, key)) for key in EXPORT_KEYS]
    return [defuse(v) for v in values + [participant.custom.get(key, "") for key in custom_keys]]


def export_headers(custom_keys: list[str]) -> list[str]:
    return [BY_KEY[key].header for key in EXPORT_KEYS] + [defuse(k) for k in custom_keys]
