"""E-mail addresses and phone numbers, anyone's: shared text carries none."""

from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_PHONE = re.compile(r"(?<![\w+])\+?[\d(][\d\s().\-–]{5,}\d(?!\w)")
_NOT_PHONE = (re.compile(r"\d{4}-\d{2}-\d{2}"),  # a date
              re.compile(r"\d{4}\s*[-–]\s*\d{4}"),  # a span of years
              re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}"))  # a date


def phone_spans(text: str) -> list[tuple[int, int]]:
    found = []
    for match in _PHONE.finditer(text):
        chunk = match.group()
        if "\n" in chunk.strip():
            continue
        digits = sum(c.isdigit() for c in chunk)
        if 7 <= digits <= 15 and not any(p.fullmatch(chunk.strip()) for p in _NOT_PHONE):
            found.append((match.start(), match.end()))
    return found


def email_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in EMAIL.finditer(text)]
