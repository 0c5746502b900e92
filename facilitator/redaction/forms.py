"""Every form a roster name takes in a note: the full and preferred names, each part (particles
like "de la" only together with the name they belong to), hyphenated halves, nicknames written
in quotes or parentheses, any two parts in either order ("Robert Tanner", "Minh Khai"), and for
names in scripts without spaces (Chinese, Japanese, ...) the name itself plus its
transliteration. ``nameparser`` splits the names; ``text.key`` folds case, accents and script.

Also the organisation of anyone who did not agree to be credited with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import permutations
from typing import Iterable

from nameparser import HumanName
from nameparser.config import CONSTANTS

from facilitator.plan.model import Acknowledgement, Participant
from facilitator.redaction import text as tx
from facilitator.redaction.words import is_word

NAME = "name"
ORGANIZATION = "organization"
_PARTICLES = frozenset(CONSTANTS.prefixes) | frozenset(CONSTANTS.conjunctions)
TITLES = frozenset(CONSTANTS.titles)
_NICKNAME = re.compile(r"[\"“”„«»(\[](.+?)[\"“”„«»)\]]")


@dataclass(frozen=True)
class Form:
    """A name (or organisation) as a sequence of folded words."""

    keys: tuple[str, ...]  # text.key of each word
    owner: str  # participant id
    kind: str  # NAME or ORGANIZATION
    label: str  # who it belongs to, for the review list (never printed outside the team)

    @property
    def skeletons(self) -> tuple[str, ...]:
        return tuple(tx.skeleton(k) for k in self.keys)

    @property
    def wordy(self) -> bool:
        """Every word of it is an everyday word: taken out only where it is used as a name. In a
        name of several words, short ones count only when particles ("Ji-ho" is a name even if
        "ji" and "ho" are each in the word list)."""
        if len(self.keys) == 1:
            return is_word(self.keys[0])
        long = [k for k in self.keys if len(k) > 2 and k not in _PARTICLES]
        return all(is_word(k) for k in long) if long else is_word("".join(self.keys))


@dataclass(frozen=True)
class Literal:
    """A name in a script without spaces, matched as written."""

    text: str
    owner: str
    label: str
    kind: str = NAME


def _keys(word: str) -> tuple[str, ...]:
    return tuple(k for k in (t.key for t in tx.tokens(word)) if k)


def _pieces(word: str) -> list[tuple[str, ...]]:
    """A name word, its hyphenated halves, the part after an apostrophe ("O'Brien" → "Brien"),
    and the word run together ("OBrien")."""
    out = [_keys(word)]
    for half in re.split(r"[-‐‑–]", word):
        out.append(_keys(half))
        for piece in re.split(r"['’‘`]", half):
            if len(tx.key(piece)) >= 3:
                out.append(_keys(piece))
    joined = "".join(_keys(word))
    out.append((joined,) if joined else ())
    return [p for p in out if p]


def _name_words(name: str) -> tuple[list[str], list[str]]:
    """(the name's words without nickname or title, its nicknames)."""
    nicknames = [m.strip() for m in _NICKNAME.findall(name) if m.strip()]
    parsed = HumanName(name)
    if parsed.nickname and parsed.nickname not in nicknames:
        nicknames.append(parsed.nickname)
    bare = _NICKNAME.sub(" ", name)
    titles = {tx.key(w) for w in parsed.title.split()} if (parsed.first or parsed.last) else set()
    words = [w.strip(",;") for w in bare.split()]
    return [w for w in words if tx.key(w) and tx.key(w) not in titles], nicknames


def _latin_forms(words: list[str]) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for word in words:
        if tx.key(word) in _PARTICLES:
            continue
        found.update(_pieces(word))
    keyed = [_keys(w) for w in words]
    for length in range(2, len(words) + 1):  # runs of words as written ("de la Cruz", "Minh Khai")
        for start in range(len(words) - length + 1):
            found.add(sum(keyed[start:start + length], ()))
    for a, b in permutations(range(len(words)), 2):  # any two parts, either order ("Robert Tanner")
        if tx.key(words[a]) not in _PARTICLES and tx.key(words[b]) not in _PARTICLES:
            found.add(keyed[a] + keyed[b])
    return found


def _unspaced_forms(name: str) -> set[tuple[str, ...]]:
    """"王小明" in Latin letters: family name first or last, given name whole or by syllable."""
    syllables = tx.syllables(name)
    if len(syllables) < 2:
        return {tuple(syllables)} if syllables else set()
    family, given = syllables[0], "".join(syllables[1:])
    return {(family, given), (given, family), (given,), (family,), tuple(syllables), (family + given,)}


def person_forms(participant: Participant, label: str) -> tuple[set[Form], set[Literal]]:
    forms: set[tuple[str, ...]] = set()
    literals: set[Literal] = set()
    for name in (participant.name, participant.preferred_name):
        if not name or not name.strip():
            continue
        if tx.unspaced(name):
            for chunk in {name.strip(), *name.split()}:
                literals.add(Literal(chunk, participant.id, label))
            forms |= _unspaced_forms(name.replace(" ", ""))
            continue
        words, nicknames = _name_words(name)
        forms |= _latin_forms(words)
        for nickname in nicknames:
            nick_words = nickname.split()
            forms |= _latin_forms(nick_words)
            forms |= {_keys(nickname) + _keys(w) for w in words[-1:]}
    out = {Form(keys, participant.id, NAME, label) for keys in forms
           if keys and (len(keys) > 1 or len(keys[0]) >= 2)}
    return out, literals


def organization_forms(participant: Participant) -> set[Form]:
    if participant.acknowledgement in (Acknowledgement.BY_NAME, Acknowledgement.ORGANIZATION):
        return set()
    out = set()
    for chunk in re.split(r"[()\[\]/,;]", participant.organization or ""):
        keys = _keys(chunk)
        if keys and (len(keys) > 1 or len(keys[0]) >= 2):
            out.add(Form(keys, participant.id, ORGANIZATION, participant.organization.strip()))
    return out


def contact_literals(participant: Participant) -> set[Literal]:
    """The person's own e-mail address and phone number, as written on the roster."""
    return {Literal(value.strip(), participant.id, participant.name, kind)
            for value, kind in ((participant.email, "email"), (participant.phone, "phone")) if value.strip()}


def roster_forms(participants: Iterable[Participant], *, organizations: bool = True,
                 contacts: bool = False) -> tuple[list[Form], list[Literal]]:
    forms: set[Form] = set()
    literals: set[Literal] = set()
    for participant in participants:
        label = participant.name
        found, unspaced = person_forms(participant, label)
        forms |= found | (organization_forms(participant) if organizations else set())
        literals |= unspaced | (contact_literals(participant) if contacts else set())
    return sorted(forms, key=lambda f: (-len(f.keys), f.keys, f.owner)), \
        sorted(literals, key=lambda lit: (-len(lit.text), lit.text))
