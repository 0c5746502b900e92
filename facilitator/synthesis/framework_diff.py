"""Comparing two versions of the values framework, statement by statement and word by word.

Statements are matched by id (a statement reworded between sessions is "changed", not
removed and added); the word-level changes let the team see at a glance what moved.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

FIELDS = ("statement", "tensions", "guardrails", "questions")


@dataclass
class WordChange:
    op: str  # "equal", "insert", "delete"
    text: str


@dataclass
class StatementDiff:
    status: str  # "added", "removed", "changed", "same"
    old: dict | None
    new: dict | None
    words: dict[str, list[WordChange]] = field(default_factory=dict)  # field -> changes, for changed fields


_TOKENS = re.compile(r"\w+\s*|[^\w\s]+\s*|\s+")


def word_diff(old: str, new: str) -> list[WordChange]:
    """Words kept, deleted and inserted, in reading order.

    Each word carries the spaces after it, so a run of changed words stays one highlighted run;
    punctuation is its own token, so "school" and "school," differ only by the comma.
    """
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    out: list[WordChange] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(WordChange("equal", "".join(a[i1:i2])))
            continue
        gone, came = "".join(a[i1:i2]), "".join(b[j1:j2])
        if gone.strip():
            out.append(WordChange("delete", gone.rstrip()))
        if came.strip():
            out.append(WordChange("insert", came.rstrip()))
        space = came[len(came.rstrip()):] or gone[len(gone.rstrip()):]
        if space:
            out.append(WordChange("equal", space))
    return out


def diff_versions(old: list[dict], new: list[dict]) -> list[StatementDiff]:
    """Every statement of either version, in the newer version's order, removed ones where they were."""
    old_by_id = {s["id"]: s for s in old}
    new_ids = {s["id"] for s in new}
    result: list[StatementDiff] = []
    for statement in new:
        before = old_by_id.get(statement["id"])
        if before is None:
            result.append(StatementDiff("added", None, statement))
            continue
        words = {f: word_diff(before.get(f, ""), statement.get(f, "")) for f in FIELDS
                 if before.get(f, "") != statement.get(f, "")}
        result.append(StatementDiff("changed" if words else "same", before, statement, words))
    for index, statement in enumerate(old):
        if statement["id"] not in new_ids:
            result.insert(min(index, len(result)), StatementDiff("removed", statement, None))
    return result


def summary(diffs: list[StatementDiff]) -> dict[str, int]:
    counts = {"added": 0, "removed": 0, "changed": 0, "same": 0}
    for d in diffs:
        counts[d.status] += 1
    return counts
