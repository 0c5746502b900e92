"""``facilitator team``: several laptops on one series, merged through a USB stick or a shared folder."""

from __future__ import annotations

from pathlib import Path

import click

from facilitator import team
from facilitator.cli.common import Context, echo_json


@click.group("team")
def team_group() -> None:
    """Share a series with note-takers' laptops and merge everyone's notes."""


@team_group.command("pack")
@click.argument("series_ref", metavar="SERIES")
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The pack file to write (give it to each note-taker, e.g. on a USB stick).")
@click.option("--device", default="lead", show_default=True,
              help="This laptop's name in the team (used the first time only).")
@click.pass_obj
def team_pack(obj: Context, series_ref: str, output: Path, device: str) -> None:
    """Write everything a note-taker's laptop needs: the series, its plan and roster, the team's notes."""
    written = team.pack(obj.db, obj.series_id(series_ref), output, device=device)
    click.echo(f"Packed to {written}. On each note-taker's laptop: facilitator team join {written.name} --device NAME")


@team_group.command("join")
@click.argument("pack", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--device", required=True, help="This laptop's name in the team, e.g. 'Table 3' or 'Ana'.")
@click.pass_obj
def team_join(obj: Context, pack: Path, device: str) -> None:
    """Create the packed series in this workspace (same ids) and join its team."""
    series_id = team.join(obj.db, pack, device=device)
    click.echo(f"Joined as {device.strip()}. Series id: {series_id}")


@team_group.command("sync")
@click.argument("series_ref", metavar="SERIES")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print what happened as JSON.")
@click.pass_obj
def team_sync(obj: Context, series_ref: str, folder: Path, as_json: bool) -> None:
    """Merge every other laptop's file in FOLDER, then write this laptop's own file there."""
    report = team.sync(obj.db, obj.series_id(series_ref), folder)
    if as_json:
        echo_json(report.as_json())
        return
    for line in report_lines(report):
        click.echo(line)


def report_lines(report: team.SyncReport) -> list[str]:
    lines = [f"Merged from: {', '.join(report.merged)}" if report.merged else "Nothing new from other laptops."]
    received = report.received
    if received.written or received.removed:
        lines.append(f"Rows written here: {sum(received.written.values())}, removed: {sum(received.removed.values())}")
    if report.sent.plan_kept:
        lines.append(f"{report.sent.plan_kept} change(s) to the lead's plan on this laptop were not shared "
                     "(the plan is the lead's).")
    for problem in received.refused:
        lines.append(f"Not written: {problem}")
    for name, why in report.skipped:
        lines.append(f"Skipped {name}: {why}")
    lines.append(f"Wrote {report.written}")
    return lines


@team_group.command("status")
@click.argument("series_ref", metavar="SERIES")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def team_status(obj: Context, series_ref: str, as_json: bool) -> None:
    """Devices seen, when each last synced, how many notes came from each, and where edits met."""
    state = team.status(obj.db, obj.series_id(series_ref))
    if as_json:
        echo_json(state)
        return
    click.echo(f"{state['series']} — this laptop: {state['device']} ({state['role']}); "
               f"last sync {state['last_sync'] or 'never'}; folder {state['folder'] or 'none yet'}")
    for device in state["devices"]:
        mark = " (this laptop)" if device["this_laptop"] else ""
        click.echo(f"  {device['device']}{mark}: {device['role']}, {device['notes']} notes, "
                   f"last sync {device['last_sync'] or 'never'}")
    click.echo(f"Notes: {state['notes']} (deleted, can be brought back: {state['deleted_notes']})")
    if state["news"]:
        click.echo(f"New in the folder from: {', '.join(state['news'])} — run team sync")
    for met in state["edits_met"]:
        sides = "; ".join(f"{e['device']}: {e['value']!r}" for e in met["edits"])
        end = "deleted" if met["deleted"] else f"now {met['now']!r}"
        click.echo(f"  Edits met on {met['table']} {met['key']} {met['field']} — {sides} — {end}")


@team_group.command("restore")
@click.argument("series_ref", metavar="SERIES")
@click.argument("note_id")
@click.pass_obj
def team_restore(obj: Context, series_ref: str, note_id: str) -> None:
    """Bring back a note deleted in the team, with every edit made to it on any laptop."""
    team.restore_deleted_note(obj.db, obj.series_id(series_ref), note_id)
    click.echo(f"Restored {note_id}; it reaches the other laptops at the next sync.")


def register(main: click.Group) -> None:
    main.add_command(team_group)
