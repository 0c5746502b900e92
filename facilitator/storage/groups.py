"""Reading and writing breakout rounds, their groups and members, and standing grouping rules.

Each public function commits before it returns; changes return what they replaced so the
board's undo can put it back.
"""

from __future__ import annotations

import json
from typing import Iterable, Sequence

from sqlite_utils import Database

from facilitator.errors import FacilitatorError, NotFound
from facilitator.groups.rounds import BreakoutGroup, BreakoutRound, GroupRule, Member
from facilitator.i18n import t
from facilitator.ids import new_id, utc_now

RULE_KINDS = ("apart", "together")


def _round_from_row(row: dict) -> BreakoutRound:
    return BreakoutRound(
        id=row["id"], series_id=row["series_id"], session_id=row["session_id"], block_id=row["block_id"],
        position=row["position"], title=row["title"], size=row["size"], group_count=row["group_count"],
        balance=json.loads(row["balance"]), seed=row["seed"],
    )


def _with_groups(db: Database, rounds: list[BreakoutRound]) -> list[BreakoutRound]:
    if not rounds:
        return rounds
    by_id = {r.id: r for r in rounds}
    marks = ",".join("?" for _ in rounds)
    groups: dict[str, BreakoutGroup] = {}
    for row in db.query(f"SELECT * FROM breakout_groups WHERE round_id IN ({marks}) ORDER BY position",
                        list(by_id)):
        group = BreakoutGroup(id=row["id"], position=row["position"], label=row["label"],
                              facilitator_id=row["facilitator_id"])
        groups[group.id] = group
        by_id[row["round_id"]].groups.append(group)
    sql = (f"SELECT m.group_id, m.participant_id, m.locked, p.name, p.preferred_name FROM breakout_members m "
           f"JOIN participants p ON p.id = m.participant_id WHERE m.round_id IN ({marks}) "
           f"ORDER BY m.position, p.name COLLATE NOCASE")
    for row in db.query(sql, list(by_id)):
        groups[row["group_id"]].members.append(
            Member(row["participant_id"], row["preferred_name"] or row["name"], bool(row["locked"])))
    return rounds


def get_round(db: Database, round_id: str) -> BreakoutRound:
    rows = list(db.query("SELECT * FROM breakout_rounds WHERE id = ?", [round_id]))
    if not rows:
        raise NotFound(t("That breakout round no longer exists."))
    return _with_groups(db, [_round_from_row(rows[0])])[0]


def list_rounds(db: Database, session_id: str) -> list[BreakoutRound]:
    rows = db.query("SELECT * FROM breakout_rounds WHERE session_id = ? ORDER BY position, created_at", [session_id])
    return _with_groups(db, [_round_from_row(r) for r in rows])


def round_for_block(db: Database, block_id: str) -> str | None:
    row = db.execute("SELECT id FROM breakout_rounds WHERE block_id = ? ORDER BY created_at DESC LIMIT 1",
                     [block_id]).fetchone()
    return row[0] if row else None


def series_history(db: Database, series_id: str, *, exclude: Iterable[str] = ()) -> list[list[list[str]]]:
    """Every saved round of the series as lists of member ids, except the rounds in ``exclude``."""
    skip = set(exclude)
    rows = db.query(
        "SELECT m.round_id, m.group_id, m.participant_id FROM breakout_members m "
        "JOIN breakout_rounds r ON r.id = m.round_id JOIN breakout_groups g ON g.id = m.group_id "
        "WHERE r.series_id = ? ORDER BY r.created_at, g.position, m.position", [series_id])
    rounds: dict[str, dict[str, list[str]]] = {}
    for row in rows:
        if row["round_id"] in skip:
            continue
        rounds.setdefault(row["round_id"], {}).setdefault(row["group_id"], []).append(row["participant_id"])
    return [list(groups.values()) for groups in rounds.values()]


def save_round(db: Database, *, series_id: str, session_id: str, groups: Sequence[Sequence[str]],
               block_id: str | None = None, title: str = "", size: int | None = None,
               group_count: int | None = None, balance: Sequence[str] = (), seed: int = 0,
               locked: Iterable[str] = (), facilitators: Sequence[str | None] | None = None,
               labels: Sequence[str] | None = None, round_id: str | None = None) -> str:
    """Insert a round, or replace the groups of ``round_id`` keeping its id and place."""
    locked = set(locked)
    now = utc_now()
    with db.atomic():
        if round_id is None:
            round_id = new_id()
            position = db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM breakout_rounds WHERE session_id = ?",
                                  [session_id]).fetchone()[0]
            db["breakout_rounds"].insert({
                "id": round_id, "series_id": series_id, "session_id": session_id, "block_id": block_id,
                "position": position, "title": title, "size": size, "group_count": group_count,
                "balance": json.dumps(list(balance)), "seed": seed, "created_at": now, "updated_at": now})
        else:
            db.execute("UPDATE breakout_rounds SET size = ?, group_count = ?, balance = ?, seed = ?, updated_at = ? "
                       "WHERE id = ?", [size, group_count, json.dumps(list(balance)), seed, now, round_id])
            db.execute("DELETE FROM breakout_groups WHERE round_id = ?", [round_id])
        for g, members in enumerate(groups):
            group_id = new_id()
            label = labels[g] if labels and g < len(labels) else t("Group {number}").format(number=g + 1)
            facilitator = facilitators[g] if facilitators and g < len(facilitators) else None
            db["breakout_groups"].insert({"id": group_id, "round_id": round_id, "position": g, "label": label,
                                          "facilitator_id": facilitator})
            db["breakout_members"].insert_all(
                {"round_id": round_id, "group_id": group_id, "participant_id": pid, "position": i,
                 "locked": int(pid in locked)} for i, pid in enumerate(members))
    return round_id


def move_member(db: Database, round_id: str, participant_id: str, group_id: str,
                position: int | None = None) -> tuple[str | None, int]:
    """Put a person into a group of the round (adding them if they were not placed).

    Returns where they were, ``(None, 0)`` if nowhere, so undo can move them back.
    """
    with db.atomic():
        target = db.execute("SELECT round_id FROM breakout_groups WHERE id = ?", [group_id]).fetchone()
        if not target or target[0] != round_id:
            raise NotFound(t("That group is no longer part of this round."))
        before = db.execute("SELECT group_id, position, locked FROM breakout_members "
                            "WHERE round_id = ? AND participant_id = ?", [round_id, participant_id]).fetchone()
        db.execute("DELETE FROM breakout_members WHERE round_id = ? AND participant_id = ?", [round_id, participant_id])
        if before:
            _renumber(db, before[0])
        members = [r[0] for r in db.execute(
            "SELECT participant_id FROM breakout_members WHERE group_id = ? ORDER BY position", [group_id])]
        position = len(members) if position is None else max(0, min(position, len(members)))
        locked = before[2] if before else 0
        db.execute("INSERT INTO breakout_members (round_id, group_id, participant_id, position, locked) "
                   "VALUES (?, ?, ?, ?, ?)", [round_id, group_id, participant_id, position, locked])
        members.insert(position, participant_id)
        for i, pid in enumerate(members):
            db.execute("UPDATE breakout_members SET position = ? WHERE round_id = ? AND participant_id = ?",
                       [i, round_id, pid])
        db.execute("UPDATE breakout_rounds SET updated_at = ? WHERE id = ?", [utc_now(), round_id])
    return (before[0], before[1]) if before else (None, 0)


def remove_member(db: Database, round_id: str, participant_id: str) -> tuple[str | None, int]:
    with db.atomic():
        before = db.execute("SELECT group_id, position FROM breakout_members WHERE round_id = ? AND participant_id = ?",
                            [round_id, participant_id]).fetchone()
        db.execute("DELETE FROM breakout_members WHERE round_id = ? AND participant_id = ?", [round_id, participant_id])
        if before:
            _renumber(db, before[0])
    return (before[0], before[1]) if before else (None, 0)


def _renumber(db: Database, group_id: str) -> None:
    ids = [r[0] for r in db.execute("SELECT participant_id FROM breakout_members WHERE group_id = ? ORDER BY position",
                                    [group_id])]
    for i, pid in enumerate(ids):
        db.execute("UPDATE breakout_members SET position = ? WHERE group_id = ? AND participant_id = ?",
                   [i, group_id, pid])


def set_locked(db: Database, round_id: str, participant_id: str, locked: bool) -> bool:
    """Pin a person to their group for re-runs; returns the previous setting."""
    with db.atomic():
        row = db.execute("SELECT locked FROM breakout_members WHERE round_id = ? AND participant_id = ?",
                         [round_id, participant_id]).fetchone()
        if row is None:
            raise NotFound(t("That person is not placed in this round."))
        db.execute("UPDATE breakout_members SET locked = ? WHERE round_id = ? AND participant_id = ?",
                   [int(locked), round_id, participant_id])
    return bool(row[0])


def set_round_block(db: Database, round_id: str, block_id: str | None) -> str | None:
    """Attach the round to an agenda block of its session; returns the previous block."""
    with db.atomic():
        current = get_round(db, round_id)
        if block_id is not None:
            row = db.execute("SELECT session_id FROM blocks WHERE id = ?", [block_id]).fetchone()
            if not row or row[0] != current.session_id:
                raise FacilitatorError(t("A round can only be saved to a block of its own session."))
        db.execute("UPDATE breakout_rounds SET block_id = ?, updated_at = ? WHERE id = ?",
                   [block_id, utc_now(), round_id])
    return current.block_id


def delete_round(db: Database, round_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM breakout_rounds WHERE id = ?", [round_id])


# ---------------------------------------------------------------- rules

def add_rule(db: Database, series_id: str, kind: str, participant_ids: Sequence[str], note: str = "") -> GroupRule:
    if kind not in RULE_KINDS:
        raise FacilitatorError(t("A grouping rule is 'apart' or 'together', not '{kind}'.").format(kind=kind))
    ids = tuple(dict.fromkeys(participant_ids))
    if len(ids) < 2:
        raise FacilitatorError(t("A grouping rule needs at least two people."))
    rule = GroupRule(new_id(), kind, ids, note)
    with db.atomic():
        db["grouping_rules"].insert({"id": rule.id, "series_id": series_id, "kind": kind,
                                     "participant_ids": json.dumps(list(ids)), "note": note,
                                     "created_at": utc_now()})
    return rule


def list_rules(db: Database, series_id: str) -> list[GroupRule]:
    rows = db.query("SELECT * FROM grouping_rules WHERE series_id = ? ORDER BY created_at", [series_id])
    return [GroupRule(r["id"], r["kind"], tuple(json.loads(r["participant_ids"])), r["note"]) for r in rows]


def delete_rule(db: Database, rule_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM grouping_rules WHERE id = ?", [rule_id])
