"""``facilitator seating auto``: a room laid out from a round's groups, with no drawing."""

from __future__ import annotations

import click

from facilitator.cli.common import Context, echo_json


@click.group("seating")
def seating_group() -> None:
    """The floor plan of a session."""


@seating_group.command("auto")
@click.argument("series_ref", metavar="SERIES")
@click.argument("session_ref", metavar="SESSION")
@click.option("--round", "round_number", type=int, help="Which round of the session's groups (1 = the first).")
@click.option("--table-size", type=int, help="Seats per table (default: the largest group).")
@click.option("--shape", type=click.Choice(["round", "rectangular"]), default="round", show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def auto_command(obj: Context, series_ref: str, session_ref: str, round_number: int | None,
                 table_size: int | None, shape: str, as_json: bool) -> None:
    """Lay the room out from a round: a table per group in rows from the front, everyone at
    their group's table. Replaces the session's floor plan; move things in the app after."""
    from facilitator.seating.room import lay_out_room

    _, session_id = obj.session_id(series_ref, session_ref)
    plan = lay_out_room(obj.db, session_id, round_number=round_number, table_seats=table_size, shape=shape)
    if as_json:
        echo_json([{"label": t.label, "x": t.x, "y": t.y, "seats": [s.name for s in t.seats]} for t in plan.tables])
        return
    for table in plan.tables:
        click.echo(f"{table.label}: {', '.join(s.name for s in table.seats if s.name)}")
    seated = sum(1 for table in plan.tables for s in table.seats if s.participant_id)
    click.echo(f"{len(plan.tables)} tables, {seated} people seated.", err=True)


def register(main: click.Group) -> None:
    main.add_command(seating_group)
