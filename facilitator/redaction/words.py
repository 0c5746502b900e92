"""Everyday English and Spanish words (``resources/words/common_words.txt``, made by
``tools/make_common_words.py``), so a name part that is also a word ("Will", "Grace", "Rosa")
is taken out only where it is used as a name, and one that is not ("Olivia") wherever it appears."""

from __future__ import annotations

from functools import lru_cache

from facilitator import paths


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    text = paths.resource("words", "common_words.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_word(key: str) -> bool:
    """``key`` is folded (``text.key``): lower-case ASCII letters."""
    return key in common_words()
