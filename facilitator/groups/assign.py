"""Assigning breakout groups: the people present, the series' history and rules go into the
grouping engine; the rounds it plans are saved to the session's breakout blocks.

A round planned now is history for every later solve in the series, so people who have
already sat together are kept apart when the engine can manage it.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field, fields
from typing import Callable, Sequence

from sqlite_utils import Database

from facilitator.errors import FacilitatorError
from facilitator.groups.engine import Constraints, GroupingError, group_sizes, solve
from facilitator.groups.quality import RoundReport, round_report
from facilitator.groups.rounds import BreakoutRound
from facilitator.i18n import t
from facilitator.plan.model import BlockKind, Participant, Role
from facilitator.roster.attendance import present_participants
from facilitator.roster.interpretation import group_rules, language_warnings
from facilitator.storage import groups as store
from facilitator.storage import series as series_store
from facilitator.storage.roster import list_participants

BREAKOUT_KINDS = {BlockKind.PAIRS: 2, BlockKind.TRIADS: 3, BlockKind.SMALL_GROUPS: None}
DEFAULT_BALANCE = ("perspective", "organization")
RERUN_SECONDS = 0.8
_PARTICIPANT_FIELDS = {f.name for f in fields(Participant)} - {"id", "series_id", "custom", "name", "preferred_name"}


@dataclass
class Assignment:
    """What one assign call saved, with the figures a facilitator checks before trusting it."""

    rounds: list[BreakoutRound]
    reports: list[RoundReport]
    seconds: float
    stopped_early: bool
    placed: list[str] = field(default_factory=list)
    """Where each round went ("Round 1 → Session 1: Pairs"), in words."""
    optimal: bool = False
    """The engine proved no plan could do better; otherwise it is the best found in `seconds`."""


@dataclass(frozen=True)
class Target:
    session_id: str
    block_id: str | None
    title: str


def present_people(db: Database, session_id: str) -> list[Participant]:
    """Everyone in the room for this session, the team included: facilitators and note-takers
    anchor groups and interpreters sit with the people they interpret for."""
    return present_participants(db, session_id, include_team=True)


def block_kind_for(size: int | None) -> BlockKind:
    """The agenda block a round of groups of ``size`` belongs in: pairs, triads, or small groups."""
    return {2: BlockKind.PAIRS, 3: BlockKind.TRIADS}.get(size or 0, BlockKind.SMALL_GROUPS)


def _group_size(db: Database, session_id: str, size: int | None, groups: int | None) -> int | None:
    if size is not None or not groups:
        return size
    try:
        return max(group_sizes(len(present_people(db, session_id)), groups=groups), default=None)
    except GroupingError:
        return None


def breakout_targets(db: Database, session_id: str, rounds: int, *, start_block: str | None = None,
                     size: int | None = None, groups: int | None = None) -> list[Target]:
    """Where ``rounds`` planned rounds go: the breakout blocks whose kind fits the group size
    (pairs, triads, small groups), from ``start_block`` (by default the session's first such
    block) on through this session and the later ones; rounds beyond them are kept unattached."""
    session = series_store.get_session(db, session_id, with_blocks=True)
    kind = block_kind_for(_group_size(db, session_id, size, groups))
    if start_block is None:
        start = next((b for b in _flatten(session.blocks) if b.kind is kind), None)
        start_block = start.id if start else None
    targets: list[Target] = []
    if start_block is not None:
        later = [s for s in series_store.list_sessions(db, session.series_id, with_blocks=True)
                 if s.number >= session.number]
        started = False
        for s in later:
            for block in _flatten(s.blocks):
                first = block.id == start_block
                started = started or first
                if started and (first or block.kind is kind):
                    targets.append(Target(s.id, block.id, t("Session {number}: {title}").format(
                        number=s.number, title=block.title)))
        if not started:
            raise FacilitatorError(t("That agenda block is not part of this session or a later one."))
    while len(targets) < rounds:
        targets.append(Target(session_id, None, t("Session {number}: round {round}").format(number=session.number,
                                                                                       round=len(targets) + 1)))
    return targets[:rounds]


def placements(targets: Sequence[Target], size: int | None) -> list[str]:
    """Where each round went, in words, for the command and the board to say."""
    kind = t(block_kind_for(size).label).lower()
    return [t("Round {number} → {title}").format(number=i, title=target.title) if target.block_id else
            t("Round {number} → no {kind} block left in the agenda: kept as “{title}”").format(
                number=i, kind=kind, title=target.title)
            for i, target in enumerate(targets, start=1)]


def _flatten(blocks):
    for block in blocks:
        yield block
        yield from block.children


def rounds_to_replace(db: Database, session_id: str, rounds: int, *, start_block: str | None = None,
                      size: int | None = None, groups: int | None = None) -> list[BreakoutRound]:
    """The saved rounds an ``assign_groups`` call with these settings would overwrite."""
    found = []
    for target in breakout_targets(db, session_id, rounds, start_block=start_block, size=size, groups=groups):
        round_id = store.round_for_block(db, target.block_id) if target.block_id else None
        if round_id:
            found.append(store.get_round(db, round_id))
    return found


def attributes_for(people: Sequence[Participant], balance: Sequence[str]) -> dict[str, dict[str, str]]:
    """Each person's value for each balanced attribute: a roster field or a custom column."""
    customs = {key for p in people for key in p.custom}
    unknown = [name for name in balance if name not in _PARTICIPANT_FIELDS and name not in customs]
    if unknown:
        known = ", ".join(sorted({"perspective", "organization", "languages", "role"} | customs))
        raise FacilitatorError(t("Cannot balance on '{name}': the roster has no such column (try {known}).").format(
            name=unknown[0], known=known))
    values: dict[str, dict[str, str]] = {}
    for p in people:
        row = {}
        for name in balance:
            value = getattr(p, name) if name in _PARTICIPANT_FIELDS else p.custom.get(name, "")
            value = getattr(value, "value", value)
            if isinstance(value, str):
                value = value.strip().casefold()
            if value not in ("", None):
                row[name] = value
        values[p.id] = row
    return values


def constraints_for(db: Database, series_id: str, people: Sequence[Participant],
                    locks: Sequence[tuple[str, int, int]] = (), *,
                    size: int | None = None) -> tuple[Constraints, list[str]]:
    """The hard rules for these people (the series' rules and interpretation, see
    ``facilitator.roster.interpretation.group_rules``), and notes about needs the rules meet only in part."""
    rules = store.list_rules(db, series_id)
    anchors = [p.id for p in people if p.role in (Role.FACILITATOR, Role.NOTE_TAKER)]
    language = group_rules(people, size)
    constraints = Constraints(
        keep_apart=[r.participant_ids for r in rules if r.kind == "apart"] + language.apart,
        keep_together=[r.participant_ids for r in rules if r.kind == "together"] + language.together,
        anchors=anchors, interpreters=language.interpreters, locks=list(locks),
    )
    return constraints, language.warnings


def _solve(people: Sequence[Participant], *, names: dict[str, str], **kwargs):
    try:
        return solve([p.id for p in people], **kwargs)
    except GroupingError as error:
        message = str(error)
        for pid, name in names.items():
            message = message.replace(pid, name)
        raise FacilitatorError(t("These groups cannot be made: {reason}.").format(reason=message)) from error


def _group_facilitators(groups: Sequence[Sequence[str]], by_id: dict[str, Participant]) -> list[str | None]:
    out = []
    for members in groups:
        leads = [pid for pid in members if by_id[pid].role is Role.FACILITATOR]
        out.append(leads[0] if leads else None)
    return out


def assign_groups(db: Database, session_id: str, *, size: int | None = None, groups: int | None = None,
                  rounds: int = 1, balance: Sequence[str] = DEFAULT_BALANCE, seed: int = 0,
                  time_limit: float = 10.0, start_block: str | None = None,
                  should_stop: Callable[[], bool] | None = None,
                  progress: Callable[[float, int], None] | None = None,
                  clock: Callable[[], float] = time.monotonic) -> Assignment:
    """Plan ``rounds`` rounds for the people present and save them (see ``breakout_targets``).

    A round already saved to a target block is replaced; every other saved round of the
    series is history to avoid.
    """
    if rounds < 1:
        raise FacilitatorError(t("Plan at least one round."))
    session = series_store.get_session(db, session_id, with_blocks=False)
    people = present_people(db, session_id)
    if len(people) < 2:
        raise FacilitatorError(t("Fewer than two people are present, so there is nobody to group."))
    targets = breakout_targets(db, session_id, rounds, start_block=start_block, size=size, groups=groups)
    replacing = {t.block_id: store.round_for_block(db, t.block_id) for t in targets if t.block_id}
    history = store.series_history(db, session.series_id, exclude=[r for r in replacing.values() if r])
    constraints, _ = constraints_for(db, session.series_id, people, size=size)
    names = {p.id: p.display_name for p in people}
    plan = _solve(people, names=names, size=size, groups=groups, rounds=rounds, history=history,
                  constraints=constraints, attributes=attributes_for(people, balance), balance=tuple(balance),
                  seed=seed, time_limit=time_limit, should_stop=should_stop, progress=progress, clock=clock)
    by_id = {p.id: p for p in people}
    saved = []
    for target, planned in zip(targets, plan.rounds):
        saved.append(store.save_round(
            db, series_id=session.series_id, session_id=target.session_id, block_id=target.block_id,
            title=target.title, groups=planned, size=size, group_count=groups, balance=balance, seed=seed,
            facilitators=_group_facilitators(planned, by_id), round_id=replacing.get(target.block_id)))
    saved_rounds = [store.get_round(db, rid) for rid in saved]
    return Assignment(saved_rounds, [report_for(db, r) for r in saved_rounds], plan.quality.seconds,
                      should_stop is not None and bool(should_stop()),
                      placements(targets, _group_size(db, session_id, size, groups)),
                      optimal=plan.quality.optimal)


def rerun_round(db: Database, round_id: str, *, seed: int | None = None, time_limit: float = RERUN_SECONDS,
                should_stop: Callable[[], bool] | None = None,
                progress: Callable[[float, int], None] | None = None,
                clock: Callable[[], float] = time.monotonic) -> Assignment:
    """Solve one saved round again for who is present now, keeping locked people in their
    group and every other round of the series as history. A new ``seed`` shuffles."""
    current = store.get_round(db, round_id)
    people = present_people(db, current.session_id)
    if len(people) < 2:
        raise FacilitatorError(t("Fewer than two people are present, so there is nobody to group."))
    present = {p.id for p in people}
    locks = [(m.participant_id, 0, g) for g, group in enumerate(current.groups)
             for m in group.members if m.locked and m.participant_id in present]
    if seed is None:
        seed = current.seed
    size, count = current.size, current.group_count
    if size is None and count is None:
        count = max(1, len(current.groups))
    constraints, _ = constraints_for(db, current.series_id, people, locks, size=size)
    history = store.series_history(db, current.series_id, exclude=[round_id])
    names = {p.id: p.display_name for p in people}
    plan = _solve(people, names=names, size=size, groups=count, rounds=1, history=history,
                  constraints=constraints, attributes=attributes_for(people, current.balance),
                  balance=tuple(current.balance), seed=seed, time_limit=time_limit, should_stop=should_stop,
                  progress=progress, clock=clock)
    by_id = {p.id: p for p in people}
    planned = plan.rounds[0]
    labels = [g.label for g in current.groups]
    store.save_round(db, series_id=current.series_id, session_id=current.session_id, groups=planned,
                     size=current.size, group_count=current.group_count, balance=current.balance, seed=seed,
                     locked=[pid for pid, _, _ in locks], facilitators=_group_facilitators(planned, by_id),
                     labels=labels, round_id=round_id)
    saved = store.get_round(db, round_id)
    return Assignment([saved], [report_for(db, saved)], plan.quality.seconds,
                      should_stop is not None and bool(should_stop()), optimal=plan.quality.optimal)


def shuffle_round(db: Database, round_id: str, **kwargs) -> Assignment:
    """Re-run with a fresh seed, for a room that wants a different mix."""
    return rerun_round(db, round_id, seed=random.randrange(1, 2**31), **kwargs)


def report_for(db: Database, breakout: BreakoutRound) -> RoundReport:
    """The quality of a saved round as it stands now (after hand edits, against today's attendance)."""
    people = {p.id: p for p in list_participants(db, breakout.series_id)}
    present = present_people(db, breakout.session_id)
    constraints, warnings = constraints_for(db, breakout.series_id, present, size=breakout.size)
    warnings += language_warnings([(g.label, g.member_ids) for g in breakout.groups], people)
    history = store.series_history(db, breakout.series_id, exclude=[breakout.id])
    return round_report(breakout, people=people, present=[p.id for p in present], history=history,
                        constraints=constraints, warnings=warnings)
