"""``groups assign``, ``groups show`` and ``groups export``: breakout rounds saved for a session.

They join the ``groups`` command group (the engine's ``groups solve`` lives there too).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from facilitator.cli.common import Context, echo_json
from facilitator.errors import NotFound
from facilitator.files import write_private_bytes
from facilitator.i18n import t

if TYPE_CHECKING:
    from facilitator.groups.quality import RoundReport
    from facilitator.groups.rounds import BreakoutRound


def _default_balance() -> str:
    from facilitator.groups import assign

    return ",".join(assign.DEFAULT_BALANCE)


def round_json(breakout: BreakoutRound, report: RoundReport) -> dict:
    return {
        "id": breakout.id, "title": breakout.title, "session_id": breakout.session_id,
        "block_id": breakout.block_id, "mode": breakout.mode_label, "seed": breakout.seed,
        "groups": [{"label": g.label, "facilitator_id": g.facilitator_id,
                    "members": [{"id": m.participant_id, "name": m.name, "locked": m.locked} for m in g.members]}
                   for g in breakout.groups],
        "quality": report.as_dict(),
    }


def _echo_round(breakout: BreakoutRound, report: RoundReport) -> None:
    click.echo(f"\n{breakout.title or 'Breakout round'} ({breakout.mode_label})")
    for group, quality in zip(breakout.groups, report.groups):
        names = []
        for m in group.members:
            mark = " (facilitator)" if m.participant_id == group.facilitator_id else ""
            names.append(f"{m.name}{mark}{' [locked]' if m.locked else ''}")
        badges = [f"{quality.perspectives} perspectives"]
        if quality.repeat_pairs:
            badges.append(f"{quality.repeat_pairs} repeat pair{'s' if quality.repeat_pairs != 1 else ''}")
        if quality.same_org_pairs:
            badges.append("same organisation")
        click.echo(f"  {group.label}: {', '.join(names)}  [{'; '.join(badges)}]")
    click.echo(f"  Quality: repeat pairs {report.repeat_pairs}; groups with a same-organisation pair "
               f"{report.same_org_groups}; perspectives per group min {report.min_perspectives}, mean "
               f"{report.mean_perspectives:.1f}; hard violations {report.hard_violations}")
    for rule in report.broken:
        click.echo(f"  Broken rule: {rule}")
    for name in report.unplaced:
        click.echo(f"  Not placed (arrived since): {name}")
    for warning in report.warnings:
        click.echo(f"  Note: {warning}")


@click.command("assign")
@click.argument("series_ref", metavar="SERIES")
@click.argument("session_ref", metavar="SESSION")
@click.option("--size", type=int, help="People per group (2 = pairs, 3 = triads).")
@click.option("--groups", "group_count", type=int, help="Number of groups.")
@click.option("--balance", default=_default_balance, show_default="perspective and organisation",
              help="Roster columns to spread across groups, most important first.")
@click.option("--rounds", type=int, default=1, show_default=True,
              help="Rounds to plan: this session's breakout blocks, then the later sessions'.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--time-limit", type=float, default=10.0, show_default=True, help="Seconds to search.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def assign_command(obj: Context, series_ref: str, session_ref: str, size: int | None, group_count: int | None,
                   balance: str, rounds: int, seed: int, time_limit: float, as_json: bool) -> None:
    """Make breakout groups from the people present and save them."""
    from facilitator.ops import groups as group_ops

    if (size is None) == (group_count is None):
        raise click.UsageError("Give exactly one of --size N or --groups K.")
    _, session_id = obj.session_id(series_ref, session_ref)
    columns = [c.strip() for c in balance.split(",") if c.strip()]
    result = group_ops.assign_groups(obj.db, session_id, size=size, groups=group_count, rounds=rounds,
                                     balance=columns, seed=seed, time_limit=time_limit).value
    if as_json:
        echo_json({"seconds": round(result.seconds, 3), "optimal": result.optimal, "placed": result.placed,
                   "rounds": [round_json(r, q) for r, q in zip(result.rounds, result.reports)]})
        return
    for breakout, report in zip(result.rounds, result.reports):
        _echo_round(breakout, report)
    click.echo("")
    for line in result.placed:
        click.echo(line)
    found = "optimal" if result.optimal else f"best found in {result.seconds:.1f} s"
    click.echo(f"\nSaved {len(result.rounds)} round{'s' if len(result.rounds) != 1 else ''} "
               f"({found}).")


@click.command("show")
@click.argument("series_ref", metavar="SERIES")
@click.argument("session_ref", metavar="SESSION")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def show_command(obj: Context, series_ref: str, session_ref: str, as_json: bool) -> None:
    """Show the breakout rounds saved for a session."""
    from facilitator.groups import assign
    from facilitator.ops import groups as store

    _, session_id = obj.session_id(series_ref, session_ref)
    rounds = store.list_rounds(obj.db, session_id)
    reports = [assign.report_for(obj.db, r) for r in rounds]
    if as_json:
        echo_json([round_json(r, q) for r, q in zip(rounds, reports)])
        return
    if not rounds:
        click.echo("No breakout rounds saved for this session yet. Make some with: facilitator groups assign ...")
    for breakout, report in zip(rounds, reports):
        _echo_round(breakout, report)


@click.group("rule")
def rule_group() -> None:
    """Standing rules for every grouping in a series: keep people apart or together."""


@rule_group.command("add")
@click.argument("series_ref", metavar="SERIES")
@click.argument("people", nargs=-1, required=True)
@click.option("--apart", "kind", flag_value="apart", help="Never in the same group.")
@click.option("--together", "kind", flag_value="together", help="Always in the same group.")
@click.option("--note", default="", help="Why (for the team).")
@click.pass_obj
def rule_add(obj: Context, series_ref: str, people: tuple[str, ...], kind: str | None, note: str) -> None:
    """Add a rule for PEOPLE (names, emails or ids); prints its id."""
    from facilitator.ops import groups as store
    from facilitator.ops import roster as roster_store

    if kind is None:
        raise click.UsageError("Say --apart or --together.")
    series_id = obj.series_id(series_ref)
    ids = [roster_store.find_participant(obj.db, series_id, ref) for ref in people]
    click.echo(store.add_rule(obj.db, series_id, kind, ids, note).value.id)


@rule_group.command("list")
@click.argument("series_ref", metavar="SERIES")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def rule_list(obj: Context, series_ref: str, as_json: bool) -> None:
    """List the series' grouping rules."""
    from facilitator.ops import groups as store
    from facilitator.ops import roster as roster_store

    series_id = obj.series_id(series_ref)
    names = {p.id: p.display_name for p in roster_store.list_participants(obj.db, series_id)}
    rules = store.list_rules(obj.db, series_id)
    if as_json:
        echo_json([{"id": r.id, "kind": r.kind, "note": r.note,
                    "people": [{"id": pid, "name": names.get(pid, "")} for pid in r.participant_ids]}
                   for r in rules])
        return
    if not rules:
        click.echo("No grouping rules in this series.")
    for r in rules:
        who = ", ".join(names.get(pid, "(removed)") for pid in r.participant_ids)
        click.echo(f"{r.id}  {r.kind:8}  {who}{'  — ' + r.note if r.note else ''}")


@rule_group.command("remove")
@click.argument("series_ref", metavar="SERIES")
@click.argument("rule_id")
@click.pass_obj
def rule_remove(obj: Context, series_ref: str, rule_id: str) -> None:
    """Remove a rule by its id (see ``groups rule list``)."""
    from facilitator.ops import groups as store

    series_id = obj.series_id(series_ref)
    if rule_id not in {r.id for r in store.list_rules(obj.db, series_id)}:
        raise NotFound(t("This series has no grouping rule {rule}.").format(rule=rule_id))
    store.delete_rule(obj.db, series_id, rule_id)


@click.command("export")
@click.argument("series_ref", metavar="SERIES")
@click.argument("session_ref", metavar="SESSION")
@click.option("--round", "round_number", type=int, help="Which round of the session (1 = the first).")
@click.option("--zoom", "form", flag_value="zoom", default=True, help="Zoom's breakout pre-assignment CSV.")
@click.option("--teams", "form", flag_value="teams", help="A plain list of rooms and members for Teams.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.pass_obj
def export_command(obj: Context, series_ref: str, session_ref: str, round_number: int | None, form: str,
                   output: str) -> None:
    """Write a round's groups as breakout rooms for a virtual session."""
    from facilitator.seating.room import chosen_round
    from facilitator.share.virtual_rooms import teams_list, zoom_csv

    _, session_id = obj.session_id(series_ref, session_ref)
    breakout = chosen_round(obj.db, session_id, round_number)
    result = (zoom_csv if form == "zoom" else teams_list)(obj.db, breakout)
    write_private_bytes(Path(output), result.text.encode("utf-8"))
    click.echo(output)
    click.echo(f"{result.rooms} rooms, {result.people} people.", err=True)
    if result.without_email:
        click.echo(f"Warning: no e-mail for {', '.join(result.without_email)}: "
                   + ("Zoom cannot pre-assign them; move them by hand." if form == "zoom" else
                      "add them to their room by name."), err=True)


def register(main: click.Group) -> None:
    group = main.commands.get("groups")
    if group is None:
        group = click.Group("groups", help="Breakout groups: plan, save and show them.")
        main.add_command(group)
    group.add_command(assign_command)
    group.add_command(show_command)
    group.add_command(export_command)
    group.add_command(rule_group)
