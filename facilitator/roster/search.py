"""Finding a person by what someone types at the door: any part of any name, email or
organisation, ignoring case and accents, so "sofia" finds "Sofía" and "minh" finds
"Nguyễn Thị Minh Khai"."""

from __future__ import annotations

import unicodedata

from facilitator.plan.model import Participant


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d")


def search_text(person: Participant) -> str:
    return fold(" ".join((person.name, person.preferred_name, person.email, person.organization,
                          person.perspective, person.phone, person.languages, *person.custom.values())))


def matches(person: Participant, query: str) -> bool:
    """Every word typed appears somewhere in what we know about the person."""
    haystack = search_text(person)
    return all(word in haystack for word in fold(query).split())


def name_rank(person: Participant, query: str) -> int:
    """0 when every word typed starts a word of the person's names, else 1: at the door,
    "ra" should offer Raghunathan before Grace."""
    words = fold(f"{person.name} {person.preferred_name}").split()
    typed = fold(query).split()
    return 0 if all(any(w.startswith(t) for w in words) for t in typed) else 1
