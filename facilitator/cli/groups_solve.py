"""``groups solve``: the grouping engine on its own, for people numbered 0..N-1.

Needs no workspace, so it is the quickest way to see what the engine makes of a
size (and what `make bench` measures).  It joins the ``groups`` command group
beside ``groups assign`` and ``groups show``.
"""

from __future__ import annotations

import click

from facilitator.cli.common import echo_json


@click.command("solve")
@click.option("--people", type=click.IntRange(min=1), required=True, help="How many people (numbered from 0).")
@click.option("--size", type=click.IntRange(min=2), required=True, help="People per group (2 = pairs, 3 = triads).")
@click.option("--rounds", type=click.IntRange(min=1), default=1, show_default=True, help="Rounds to plan together.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--time-limit", type=click.FloatRange(min=0), default=10.0, show_default=True, help="Seconds to search.")
@click.option("--json", "as_json", is_flag=True,
              help="Print rounds, repeat_pairs, seconds, optimal and lower_bound as JSON.")
def solve_command(people: int, size: int, rounds: int, seed: int, time_limit: float, as_json: bool) -> None:
    """Plan rounds so that as few pairs as possible meet twice.

    Stops as soon as the plan is proven optimal, or once the search stops improving; the time
    limit is only a ceiling."""
    from facilitator.groups.engine import solve_anonymous

    result = solve_anonymous(people, size, rounds, seed=seed, time_limit=time_limit)
    if as_json:
        echo_json(result)
        return
    for number, groups in enumerate(result["rounds"], start=1):
        click.echo(f"Round {number}: " + "  ".join("(" + " ".join(map(str, g)) + ")" for g in groups))
    if result["optimal"]:
        click.echo(f"Repeat pairs: {result['repeat_pairs']} (optimal, {result['seconds']:.2f} s)")
    else:
        click.echo(f"Repeat pairs: {result['repeat_pairs']} (best found in {result['seconds']:.2f} s; "
                   f"no plan has fewer than {result['lower_bound']})")


def register(main: click.Group) -> None:
    group = main.commands.get("groups")
    if group is None:
        group = click.Group("groups", help="Breakout groups: plan, save and show them.")
        main.add_command(group)
    group.add_command(solve_command)
