"""Keeping participants' names out of everything shared beyond the team.

``redact`` finds a participant's full or preferred name inside free text (a note, a quote, a
theme) and puts "[participant]" in its place. Matching ignores case and accents, so "nguyen thi
minh khai" and "Nguyễn Thị Minh Khai" are the same name, and needs whole words, so "Ana" does not
touch "banana". Names in scripts written without spaces between words (Chinese, Japanese, Thai,
...) cannot have word edges, so they match wherever they appear.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from facilitator.model import Acknowledgement, Participant

PLACEHOLDER = "[participant]"

_UNSPACED_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN")


@dataclass(frozen=True)
class Replacement:
    """One name taken out: where the placeholder now sits in the redacted text, and what it replaced."""

    start: int
    end: int
    original: str
    participant_id: str


def _fold(text: str) -> tuple[str, list[int]]:
    """Text without accents and case, and for each folded character the index it came from."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(part):
                continue
            for piece in part.casefold():
                folded.append(piece)
                origin.append(index)
    return "".join(folded), origin


def _unspaced(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith(_UNSPACED_SCRIPTS) for c in letters)


def _pattern(name: str) -> str | None:
    folded, _ = _fold(name.strip())
    words = folded.split()
    if not words:
        return None
    body = r"\s+".join(re.escape(w) for w in words)
    if _unspaced(name):
        return body
    return r"(?<!\w)" + body + r"(?!\w)"


def name_patterns(participants: Iterable[Participant]) -> list[tuple[str, str]]:
    """(regex over folded text, participant id), longest names first so a full name wins over a
    preferred name it contains."""
    found: dict[str, str] = {}
    for participant in participants:
        for name in (participant.name, participant.preferred_name):
            pattern = _pattern(name) if name else None
            if pattern:
                found.setdefault(pattern, participant.id)
    return sorted(found.items(), key=lambda item: -len(item[0]))


def redact(text: str, participants: Iterable[Participant]) -> tuple[str, list[Replacement]]:
    """``text`` with every participant's full or preferred name replaced by "[participant]"."""
    if not text:
        return text, []
    folded, origin = _fold(text)
    spans: list[tuple[int, int, str]] = []  # in original-text indices
    taken = [False] * len(folded)
    for pattern, participant_id in name_patterns(participants):
        for match in re.finditer(pattern, folded):
            if any(taken[match.start():match.end()]):
                continue
            for i in range(match.start(), match.end()):
                taken[i] = True
            spans.append((origin[match.start()], origin[match.end() - 1] + 1, participant_id))
    if not spans:
        return text, []
    spans.sort()
    out: list[str] = []
    replacements: list[Replacement] = []
    cursor = 0
    length = 0
    for start, end, participant_id in spans:
        # A name ending in a base letter may carry combining marks after it in the source.
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        out.append(text[cursor:start])
        length += start - cursor
        out.append(PLACEHOLDER)
        replacements.append(Replacement(length, length + len(PLACEHOLDER), text[start:end], participant_id))
        length += len(PLACEHOLDER)
        cursor = end
    out.append(text[cursor:])
    return "".join(out), replacements


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
