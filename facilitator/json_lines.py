"""Where in a JSON file a value sits, so a rejected import can say "line 212" and not only
"series.sessions[2].blocks[0].minutes". Used only after a file was rejected."""

from __future__ import annotations

import bisect
import json
import re
from typing import Any

_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\r\n"
_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def field_path(field: str) -> tuple[Any, ...]:
    """``series.sessions[2].title`` → ``("series", "sessions", 2, "title")``."""
    return tuple(int(index) if index else key for key, index in _PART.findall(field))


def value_lines(text: str) -> dict[tuple[Any, ...], int]:
    """The 1-based line where each value starts, keyed by its path; {} if the text is not JSON."""
    starts = [i for i, c in enumerate(text) if c == "\n"]
    lines: dict[tuple[Any, ...], int] = {}

    def skip(i: int) -> int:
        while i < len(text) and text[i] in _WHITESPACE:
            i += 1
        return i

    def parse(i: int, path: tuple[Any, ...]) -> int:
        i = skip(i)
        lines[path] = bisect.bisect_right(starts, i - 1) + 1
        if text[i] == "{":
            i = skip(i + 1)
            if text[i] == "}":
                return i + 1
            while True:
                key, i = _DECODER.raw_decode(text, skip(i))
                i = skip(i) + 1  # the colon
                i = skip(parse(i, path + (key,)))
                if text[i] == "}":
                    return i + 1
                i += 1  # the comma
        if text[i] == "[":
            i = skip(i + 1)
            if text[i] == "]":
                return i + 1
            index = 0
            while True:
                i = skip(parse(i, path + (index,)))
                if text[i] == "]":
                    return i + 1
                i += 1
                index += 1
        _value, end = _DECODER.raw_decode(text, i)
        return end

    try:
        parse(0, ())
    except (ValueError, IndexError, RecursionError):
        return {}
    return lines


def line_of(lines: dict[tuple[Any, ...], int], field: str) -> int | None:
    """The line of ``field``, or of the nearest enclosing value that exists (a missing key)."""
    path = field_path(field)
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return None
