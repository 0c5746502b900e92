"""Words of a text with where they sit, and the folded forms names are compared in.

A word is a run of letters, marks and digits, so "O'Brien-Smith" is three words and "Grace's"
two. ``key`` folds case, accents and script (``anyascii``: "Дмитрий" → "dmitriy", "Zoë" →
"zoe"); ``skeleton`` further forgets the spelling choices transliterations differ in ("Dmitriy",
"Dmitry" and "Dmitri" all become "dmitri"), and is used only to compare with roster names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

_UNSPACED_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def key(self) -> str:
        return key(self.text)

    @property
    def capitalised(self) -> bool:
        """Starts with a capital and is not all capitals (an all-capitals heading says nothing)."""
        letters = [c for c in self.text if c.isalpha()]
        return bool(letters) and letters[0].isupper() and not (len(letters) > 1 and all(c.isupper() for c in letters))


def _word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"


def tokens(text: str) -> list[Token]:
    out: list[Token] = []
    start = None
    for index, char in enumerate(text):
        if _word_char(char):
            if start is None:
                start = index
        elif start is not None:
            out.append(Token(start, index, text[start:index]))
            start = None
    if start is not None:
        out.append(Token(start, len(text), text[start:]))
    return out


@lru_cache(maxsize=65536)
def key(word: str) -> str:
    return "".join(c for c in anyascii(word).lower() if c.isalnum())


def fold_words(text: str) -> str:
    """The whole text folded like ``key``, words kept apart by spaces."""
    return " ".join(t.key for t in tokens(text))


_SKELETON_RULES = (("ks", "x"), ("ph", "f"), ("kh", "h"), ("oy", "u"), ("ou", "u"), ("w", "v"), ("y", "i"))


@lru_cache(maxsize=65536)
def skeleton(folded: str) -> str:
    for old, new in _SKELETON_RULES:
        folded = folded.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", folded)


def unspaced(word: str) -> bool:
    """Written in a script with no spaces between words, so it has no word edges to match on."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith(_UNSPACED_SCRIPTS) for c in letters)


def syllables(word: str) -> list[str]:
    """Each character's transliteration: "王小明" → ["wang", "xiao", "ming"]."""
    return [k for k in (key(c) for c in word) if k]
