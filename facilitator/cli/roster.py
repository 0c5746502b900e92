"""Commands for a series' roster and each session's attendance."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

import click

from facilitator.cli.common import Context, echo_json
from facilitator.plan.model import AttendanceStatus, Participant


def full_name(person: Participant) -> str:
    """The roster name with the name they go by, for lists an organiser reads."""
    if person.preferred_name and person.preferred_name != person.name:
        return f"{person.name} ({person.preferred_name})"
    return person.name


def participant_json(person: Participant) -> dict:
    data = asdict(person)
    data["acknowledgement"] = person.acknowledgement.value
    data["role"] = person.role.value
    return data


@click.group("roster")
def roster_group() -> None:
    """Import, list and export a series' participants."""


@roster_group.command("import")
@click.argument("series")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Show what would change; change nothing.")
@click.option("--skip-invalid", is_flag=True, help="Import the good rows and report the bad ones.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def roster_import(obj: Context, series: str, file: Path, dry_run: bool, skip_invalid: bool, as_json: bool) -> None:
    """Add or update participants from a CSV or XLSX file.

    A row updates the participant with the same email (or, without an email, the same name).
    One bad row rejects the whole file unless --skip-invalid.
    """
    from facilitator.ops import roster
    from facilitator.roster.spreadsheets import plan_import, read_table

    series_id = obj.series_id(series)
    table = read_table(file)
    plan = plan_import(obj.db, series_id, table)
    refused = plan.fatal or (bool(plan.problems) and not skip_invalid)
    if not dry_run and not refused:
        plan = roster.import_roster(obj.db, series_id, table, skip_invalid=skip_invalid).value.plan
    counts = plan.counts()
    if as_json:
        echo_json({**counts, "applied": not dry_run and not refused,
                   "problems": [asdict(p) for p in plan.problems],
                   "added_names": [r.name for r in plan.added], "updated_names": [r.name for r in plan.updated]})
    else:
        verb = "Would import" if dry_run or refused else "Imported"
        click.echo(f"{verb} {file.name}: {counts['added']} added, {counts['updated']} updated, "
                   f"{counts['unchanged']} unchanged, {counts['rejected']} rejected.")
        for problem in plan.problems:
            click.echo(f"  {problem}", err=refused)
    if refused:
        if not as_json:
            click.echo("Nothing was imported. Fix these lines, or use --skip-invalid to import the rest.", err=True)
        sys.exit(2)


@roster_group.command("list")
@click.argument("series")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def roster_list(obj: Context, series: str, as_json: bool) -> None:
    """List the participants of a series."""
    from facilitator.ops import roster as store

    people = store.list_participants(obj.db, obj.series_id(series))
    if as_json:
        echo_json([participant_json(p) for p in people])
        return
    for p in people:
        extra = ", ".join(x for x in (p.perspective, p.organization, p.email) if x)
        role = "" if p.role.value == "participant" else f" [{p.role.value.replace('_', '-')}]"
        click.echo(f"{full_name(p)}{role}" + (f" — {extra}" if extra else ""))
    click.echo(f"{len(people)} participant{'s' if len(people) != 1 else ''}.")


@roster_group.command("export")
@click.argument("series")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
def roster_export(obj: Context, series: str, output: Path) -> None:
    """Write the roster as CSV (it imports back unchanged)."""
    from facilitator.roster.spreadsheets import export_csv

    count = export_csv(obj.db, obj.series_id(series), output)
    click.echo(f"Wrote {count} participant{'s' if count != 1 else ''} to {output}.")


@roster_group.command("perspectives")
@click.argument("series")
@click.argument("labels", nargs=-1)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def roster_perspectives(obj: Context, series: str, labels: tuple[str, ...], as_json: bool) -> None:
    """Show the series' list of perspectives, or replace it with LABELS (in that order)."""
    from facilitator.ops import roster as store

    series_id = obj.series_id(series)
    if labels:
        store.set_perspectives(obj.db, series_id, list(labels))
    listed = store.list_perspectives(obj.db, series_id)
    if as_json:
        echo_json(listed)
        return
    for label in listed:
        click.echo(label)


@click.command("attendance")
@click.argument("series")
@click.argument("session")
@click.argument("people", nargs=-1)
@click.option("--all", "everyone", is_flag=True, help="Mark everyone on the roster present.")
@click.option("--present", "status", flag_value=AttendanceStatus.PRESENT.value, help="Check in PEOPLE.")
@click.option("--absent", "status", flag_value=AttendanceStatus.ABSENT.value, help="Mark PEOPLE absent.")
@click.option("--expected", "status", flag_value=AttendanceStatus.EXPECTED.value,
              help="Clear PEOPLE's status back to expected.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def attendance_command(obj: Context, series: str, session: str, people: tuple[str, ...], everyone: bool,
                       status: str | None, as_json: bool) -> None:
    """Show or record who is here. PEOPLE are ids, emails or full names.

    \b
    facilitator attendance "Charter" 1 --all
    facilitator attendance "Charter" 1 --present ana@example.org "Dmitri Sokolov"
    facilitator attendance "Charter" 1 --absent ana@example.org
    """
    from facilitator.ops import attendance as att
    from facilitator.ops import roster as store

    series_id, session_id = obj.session_id(series, session)
    if everyone and (people or status):
        raise click.UsageError("--all marks everyone present; give either --all or --present/--absent PEOPLE.")
    if people and not status:
        raise click.UsageError("Say what to record for these people: --present, --absent or --expected.")
    if status and not people:
        raise click.UsageError(f"Name the people to mark {status}.")
    if everyone:
        att.mark_everyone_present(obj.db, session_id)
    elif people:
        ids = [store.find_participant(obj.db, series_id, ref) for ref in people]
        att.set_status(obj.db, session_id, ids, status)
    entries = att.session_attendance(obj.db, session_id)
    totals = att.counts(entries)
    if as_json:
        echo_json({"present": totals.present, "expected": totals.expected, "absent": totals.absent,
                   "walk_ins": totals.walk_ins,
                   "people": [{"id": e.participant.id, "name": e.participant.name, "email": e.participant.email,
                               "status": e.status.value, "checked_in_at": e.checked_in_at} for e in entries]})
        return
    if not (everyone or people):
        for e in entries:
            click.echo(f"{e.status.value:9} {full_name(e.participant)}")
    click.echo(f"{totals.present} of {totals.expected} expected present, {totals.absent} absent, "
               f"{totals.walk_ins} walk-in{'s' if totals.walk_ins != 1 else ''}.")


def register(main: click.Group) -> None:
    main.add_command(roster_group)
    main.add_command(attendance_command)
