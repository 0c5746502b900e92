"""One series' team document: a pycrdt (Yjs) document that merges in any order on any laptop.

Shapes, chosen around pycrdt's traps:
- one root map per table; each row is a map of its columns, so two people changing different
  fields of a row both keep their change (a row is never replaced whole);
- mergeable columns are ``Text`` edited by insert/delete at the changed span only (assigning
  a new string, or ``+=`` on a map entry, would replace the text and drop the other person's
  words). pycrdt counts text positions in UTF-8 bytes, so positions are converted here;
- a deleted row keeps its columns and gets ``_deleted``: another laptop's edit made at the
  same time lands in it and can be brought back;
- an ``edits`` array logs every change to an existing row with how many earlier changes of
  that row the writer had seen; two entries with the same count from two devices are edits
  that met (concurrent sets of one key are settled by pycrdt's client numbers, not by time, so
  the loser's value is kept here for a facilitator to see).

A document is created, used and dropped inside one call on one thread; it is never shared.
"""

from __future__ import annotations

import json
from typing import Any, Iterable

from pycrdt import Array, Doc, Map, Text

from facilitator.ids import new_id, utc_now
from facilitator.team.tables import BY_NAME, DELETED, ORIGIN, TABLES

FORMAT = 1


def canonical(value: Any) -> Any:
    """Yjs keeps numbers as floats; SQLite gives integers back. Compare them as equal."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _utf8_span(text: str, start: int, end: int) -> tuple[int, int]:
    head = len(text[:start].encode("utf-8"))
    return head, head + len(text[start:end].encode("utf-8"))


def edit_text(target: Text, new: str) -> None:
    """Change a mergeable text to ``new`` by touching only the span that differs."""
    old = str(target)
    if old == new:
        return
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    byte_start, byte_end = _utf8_span(old, start, end_old)
    if byte_end > byte_start:
        del target[byte_start:byte_end]
    if end_new > start:
        target.insert(byte_start, new[start:end_new])


def _as_python(doc: Doc, shared: Map | Array) -> Any:
    """A whole shared type as plain Python. pycrdt's ``to_py`` walks it key by key from Python
    (seconds for a few thousand notes); the engine's own JSON export does it at once. That call
    is not part of pycrdt's documented API, hence the fallback."""
    try:
        with doc.transaction() as txn:
            return json.loads(shared.integrated.to_json(txn._txn))
    except AttributeError:
        return shared.to_py()


class TeamDocument:
    def __init__(self, updates: Iterable[bytes] = ()):
        self.doc = Doc()
        for update in updates:
            self.doc.apply_update(update)
        self.meta = self.doc.get("meta", type=Map)
        self.devices = self.doc.get("devices", type=Map)
        self.edits = self.doc.get("edits", type=Array)
        self._tables = {spec.name: self.doc.get(spec.name, type=Map) for spec in TABLES}
        self.loaded_state = self.doc.get_state()
        self._seen: dict[tuple[str, str], int] | None = None

    # ------------------------------------------------------------ reading

    @property
    def series_id(self) -> str | None:
        return self.meta.get("series_id")

    @property
    def lead(self) -> str | None:
        return self.meta.get("lead")

    def rows(self, table: str) -> dict[str, dict[str, Any]]:
        """Every row of a table, texts as strings, deleted rows included (with ``_deleted``)."""
        return _as_python(self.doc, self._tables[table]) or {}

    def row(self, table: str, key: str) -> dict[str, Any] | None:
        entry = self._tables[table].get(key)
        return None if entry is None else entry.to_py()

    def has(self, table: str, key: str) -> bool:
        return key in self._tables[table]

    def edit_log(self) -> list[dict[str, Any]]:
        return list(_as_python(self.doc, self.edits) or [])

    def device_list(self) -> dict[str, dict[str, Any]]:
        return _as_python(self.doc, self.devices) or {}

    # ------------------------------------------------------------ writing

    def start(self, series_id: str, lead_device: str) -> None:
        with self.doc.transaction():
            self.meta["format"] = FORMAT
            self.meta["series_id"] = series_id
            self.meta["lead"] = lead_device

    def add_row(self, table: str, key: str, values: dict[str, Any], origin: str) -> None:
        texts = BY_NAME[table].texts
        fields: dict[str, Any] = {c: Text(v or "") if c in texts else v for c, v in values.items()}
        fields[ORIGIN] = origin
        self._tables[table][key] = Map(fields)

    def set_field(self, table: str, key: str, field: str, value: Any) -> None:
        entry = self._tables[table][key]
        if field in BY_NAME[table].texts:
            current = entry.get(field)
            if isinstance(current, Text):
                edit_text(current, value or "")
                return
            entry[field] = Text(value or "")
            return
        entry[field] = value

    def mark_deleted(self, table: str, key: str, deleted: bool = True) -> None:
        self._tables[table][key][DELETED] = deleted

    def log_edit(self, table: str, key: str, field: str, value: Any, device: str) -> None:
        """``seen`` counts the row's changes known before this merge, so every change a device
        makes to one row between two merges carries the same count."""
        if self._seen is None:
            self._seen = {}
            for entry in self.edit_log():
                self._seen[(entry["t"], entry["k"])] = self._seen.get((entry["t"], entry["k"]), 0) + 1
        seen = self._seen.get((table, key), 0)
        self.edits.append({"id": new_id(), "t": table, "k": key, "f": field, "v": value, "d": device,
                           "seen": seen, "at": utc_now()})

    def note_device(self, device_id: str, **fields: Any) -> None:
        if device_id not in self.devices:
            self.devices[device_id] = Map(fields)
            return
        entry = self.devices[device_id]
        for name, value in fields.items():
            entry[name] = value

    # ------------------------------------------------------------ exchanging

    def whole(self) -> bytes:
        return self.doc.get_update()

    def since_loaded(self) -> bytes:
        return self.doc.get_update(self.loaded_state)

    def merge(self, update: bytes) -> None:
        self.doc.apply_update(update)
        self._seen = None
