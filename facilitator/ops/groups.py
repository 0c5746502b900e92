"""Breakout rounds: making groups, moving people by hand, locks, and the series' grouping rules.

For the Groups board, the rules dialog and ``facilitator groups ...``. Solving is long work
(a front end runs it off the UI thread); its undo puts the round back exactly as it was before.
"""

from __future__ import annotations

from functools import partial
from typing import Any, Sequence

from sqlite_utils import Database

from facilitator.groups import assign
from facilitator.groups.rounds import BreakoutRound, GroupRule
from facilitator.ops.agenda import session_changes
from facilitator.ops.changes import GROUPS, Changes, Outcome
from facilitator.storage import groups as store
from facilitator.storage.groups import RULE_KINDS, get_round, list_rounds, list_rules

__all__ = ["RULE_KINDS", "get_round", "list_rounds", "list_rules", "place", "set_locked", "set_round_block",
           "restore_round", "assign_groups", "rerun_round", "shuffle_round", "add_rule", "delete_rule",
           "restore_rule"]


def _changes(db: Database, round_id: str) -> Changes:
    return session_changes(db, get_round(db, round_id).session_id, GROUPS)


def place(db: Database, round_id: str, participant_id: str, group_id: str | None,
          position: int | None = None, *, locked: bool | None = None) -> Outcome[None]:
    """Put a person into a group of the round (None: take them out of every group); ``locked``
    sets their lock too (undo uses it, so taking someone out and back keeps their lock)."""
    was_locked = any(m.participant_id == participant_id and m.locked
                     for g in get_round(db, round_id).groups for m in g.members)
    with db.atomic():
        if group_id is None:
            before = store.remove_member(db, round_id, participant_id)
        else:
            before = store.move_member(db, round_id, participant_id, group_id, position)
            if locked is not None:
                store.set_locked(db, round_id, participant_id, locked)
    return Outcome(_changes(db, round_id), None,
                   partial(place, round_id=round_id, participant_id=participant_id, group_id=before[0],
                           position=before[1], locked=was_locked), focus=participant_id)


def set_locked(db: Database, round_id: str, participant_id: str, locked: bool) -> Outcome[None]:
    """A locked person stays in their group when the round is solved again."""
    old = store.set_locked(db, round_id, participant_id, locked)
    return Outcome(_changes(db, round_id), None,
                   partial(set_locked, round_id=round_id, participant_id=participant_id, locked=old),
                   focus=participant_id)


def set_round_block(db: Database, round_id: str, block_id: str | None) -> Outcome[None]:
    old = store.set_round_block(db, round_id, block_id)
    return Outcome(_changes(db, round_id), None, partial(set_round_block, round_id=round_id, block_id=old))


def _save(db: Database, breakout: BreakoutRound, round_id: str | None) -> str:
    """Write ``breakout``'s groups, labels, locks and facilitators into ``round_id`` (None: a new round)."""
    return store.save_round(
        db, series_id=breakout.series_id, session_id=breakout.session_id, block_id=breakout.block_id,
        title=breakout.title, groups=breakout.as_lists, size=breakout.size, group_count=breakout.group_count,
        balance=breakout.balance, seed=breakout.seed,
        locked=[m.participant_id for g in breakout.groups for m in g.members if m.locked],
        facilitators=[g.facilitator_id for g in breakout.groups], labels=[g.label for g in breakout.groups],
        round_id=round_id)


def restore_round(db: Database, breakout: BreakoutRound) -> Outcome[None]:
    """Put a round's groups, labels, locks and facilitators back as ``breakout`` holds them."""
    now = get_round(db, breakout.id)
    _save(db, breakout, breakout.id)
    return Outcome(_changes(db, breakout.id), None, partial(restore_round, breakout=now), focus=breakout.id)


def assign_groups(db: Database, session_id: str, **options: Any) -> Outcome[assign.Assignment]:
    """Plan and save new rounds for the people present (see ``groups.assign.assign_groups``).
    Undo puts back the rounds it replaced, as they were, and removes the rounds it added."""
    replaced = assign.rounds_to_replace(db, session_id, options.get("rounds", 1), start_block=options.get("start_block"),
                                        size=options.get("size"), groups=options.get("groups"))
    result = assign.assign_groups(db, session_id, **options)
    return Outcome(session_changes(db, session_id, GROUPS), result,
                   partial(_take_back, session_id=session_id, before=replaced, made=result.rounds),
                   focus=result.rounds[0].id if result.rounds else None)


def _take_back(db: Database, session_id: str, before: list[BreakoutRound],
               made: list[BreakoutRound]) -> Outcome[None]:
    """Undo of Make groups; its own undo makes the same groups again (a round added again gets a new id)."""
    earlier = {r.id: r for r in before}
    with db.atomic():
        for breakout in made:
            if breakout.id in earlier:
                _save(db, earlier[breakout.id], breakout.id)
            else:
                store.delete_round(db, breakout.id)
    return Outcome(session_changes(db, session_id, GROUPS), None,
                   partial(_make_again, session_id=session_id, before=before, made=made))


def _make_again(db: Database, session_id: str, before: list[BreakoutRound],
                made: list[BreakoutRound]) -> Outcome[None]:
    earlier = {r.id for r in before}
    with db.atomic():
        again = [get_round(db, _save(db, breakout, breakout.id if breakout.id in earlier else None))
                 for breakout in made]
    return Outcome(session_changes(db, session_id, GROUPS), None,
                   partial(_take_back, session_id=session_id, before=before, made=again))


def rerun_round(db: Database, round_id: str, **options: Any) -> Outcome[assign.Assignment]:
    """Solve one round again (locks kept); undo puts the earlier groups back."""
    before = get_round(db, round_id)
    result = assign.rerun_round(db, round_id, **options)
    return Outcome(_changes(db, round_id), result, partial(restore_round, breakout=before), focus=round_id)


def shuffle_round(db: Database, round_id: str, **options: Any) -> Outcome[assign.Assignment]:
    """A different mix with a fresh seed; undo puts the earlier groups back."""
    before = get_round(db, round_id)
    result = assign.shuffle_round(db, round_id, **options)
    return Outcome(_changes(db, round_id), result, partial(restore_round, breakout=before), focus=round_id)


# ---------------------------------------------------------------- rules

def add_rule(db: Database, series_id: str, kind: str, participant_ids: Sequence[str],
             note: str = "") -> Outcome[GroupRule]:
    rule = store.add_rule(db, series_id, kind, participant_ids, note)
    return Outcome(Changes.of(GROUPS, series_id=series_id), rule,
                   partial(delete_rule, series_id=series_id, rule_id=rule.id), focus=rule.id)


def delete_rule(db: Database, series_id: str, rule_id: str) -> Outcome[None]:
    rule = next((r for r in list_rules(db, series_id) if r.id == rule_id), None)
    store.delete_rule(db, rule_id)
    undo = partial(restore_rule, series_id=series_id, rule=rule) if rule else None
    return Outcome(Changes.of(GROUPS, series_id=series_id), None, undo)


def restore_rule(db: Database, series_id: str, rule: GroupRule) -> Outcome[GroupRule]:
    """Undo of ``delete_rule`` (the rule comes back with a new id; nothing refers to it)."""
    return add_rule(db, series_id, rule.kind, rule.participant_ids, rule.note)
