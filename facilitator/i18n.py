"""The language of what the core prints: fixed labels in PDFs ("Page 1 of 2", column headings).

The core cannot use Qt's translators, and a gettext ``.mo`` would need a compile step and a
binary file that drifts from its source. A plain dict per language (``facilitator/catalogue_es.py``)
is read at import, needs no build, works the same in a frozen app, and a test checks that every
``t("...")`` in the core has an entry. The GUI passes its language in (``documents.render(...,
language=)``); the core never reads settings.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

LANGUAGES = {"en": "English", "es": "Español"}

_language: ContextVar[str | None] = ContextVar("language", default=None)
_default = "en"


def set_default(code: str) -> None:
    """The language outside any ``language`` block, in every thread: the GUI sets the
    interface's language here once, so what the core words (group labels, warnings) follows it."""
    global _default
    _default = code if code in LANGUAGES else "en"


def current() -> str:
    return _language.get() or _default


@contextmanager
def language(code: str | None) -> Iterator[str]:
    """Everything ``t`` translates inside the block is in ``code`` (English for None or unknown)."""
    token = _language.set(code if code in LANGUAGES else "en")
    try:
        yield current()
    finally:
        _language.reset(token)


def catalogue(code: str) -> dict[str, str]:
    if code == "es":
        from facilitator.catalogue_es import SPANISH

        return SPANISH
    return {}


def t(text: str) -> str:
    """``text`` (the English, which is also the key) in the current language."""
    code = current()
    if code == "en":
        return text
    return catalogue(code).get(text, text)
