"""``facilitator participant export|erase SERIES PERSON``: a person's data, on request."""

from __future__ import annotations

from pathlib import Path

import click

from facilitator.cli.common import Context, LazyChoice, echo_json
from facilitator.files import write_private_text
from facilitator.share.series_json import dumps


def _backup_choices() -> tuple:
    from facilitator.roster import personal_data

    return personal_data.BACKUP_CHOICES


@click.group("participant")
def participant_group() -> None:
    """See or erase everything held about one participant."""


@participant_group.command("export")
@click.argument("series_ref", metavar="SERIES")
@click.argument("person", metavar="PERSON")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default: standard output).")
@click.pass_obj
def participant_export(obj: Context, series_ref: str, person: str, output: str | None) -> None:
    """Everything held about PERSON (id, email or exact name), as JSON."""
    from facilitator.roster import personal_data

    data = personal_data.export_participant(obj.db, obj.series_id(series_ref), person)
    if output:
        write_private_text(Path(output), dumps(data))
        click.echo(f"Wrote everything held about {data['participant']['name']} to {output}.")
    else:
        click.echo(dumps(data), nl=False)


@participant_group.command("erase")
@click.argument("series_ref", metavar="SERIES")
@click.argument("person", metavar="PERSON")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.option("--backups", type=LazyChoice(_backup_choices),
              help="Backups that still hold them: report where (default), rewrite them without the person, "
                   "or delete those copies. Asked when not given and --yes is not.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def participant_erase(obj: Context, series_ref: str, person: str, yes: bool, backups: str | None,
                      as_json: bool) -> None:
    """Erase PERSON from the series: roster row, attendance and group history, and their names
    in notes, themes, the framework and the search index.

    Notes they took stay, with no link to them.
    """
    from facilitator.roster import personal_data

    series_id = obj.series_id(series_ref)
    found = personal_data.find_person(obj.db, series_id, person)
    if not yes:
        click.confirm(f"Erase {found['name']} and everything linked to them from this series?", abort=True)
        if backups is None:
            backups = click.prompt("Backups taken before now may still hold them: report, rewrite or delete those "
                                   "copies?", type=LazyChoice(_backup_choices), default="report")
    result = personal_data.erase_participant(obj.db, series_id, found["id"], backups=backups or "report")
    if as_json:
        echo_json(result)
        return
    click.echo(f"Erased {result['name']}.")
    for where, count in result["redacted"].items():
        click.echo(f"  their names taken out of {count} {where}")
    if result["remaining"]:
        click.echo("Still in the workspace (everyday words used as words, or text outside this series):")
        for where, count in result["remaining"].items():
            click.echo(f"  {where}: {count} row(s)")
    else:
        click.echo("Nothing in the workspace names them any more; the search index was rebuilt.")
    if result["team_document_updates"]:
        click.echo(f"This series has a team document ({result['team_document_updates']} stored update(s)): its "
                   "history may still hold the old texts; merge with the team to share the redacted ones.")
    held = [b for b in result["backups"] if b["action"] in ("kept", "unreadable")]
    for backup in result["backups"]:
        if backup["action"] == "kept":
            places = ", ".join(f"{where} ({count})" for where, count in backup["holds"].items())
            click.echo(f"Backup {backup['file']} still holds them: {places}.")
        elif backup["action"] == "unreadable":
            click.echo(f"Backup {backup['file']} could not be opened to check; it may still hold them.")
        elif backup["action"] == "rewritten":
            click.echo(f"Backup {backup['file']} rewritten without them.")
        else:
            click.echo(f"Backup {backup['file']} deleted.")
    if held:
        click.echo("Those copies keep them until rotation removes them (at most 30 days), or delete the files "
                   "named above; --backups rewrite or delete does it while erasing.")
    elif not result["backups"]:
        click.echo("No backup holds them.")


def register(main: click.Group) -> None:
    main.add_command(participant_group)
