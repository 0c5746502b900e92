"""``facilitator participant export|erase SERIES PERSON``: a person's data, on request."""

from __future__ import annotations

from pathlib import Path

import click

from facilitator import personal_data
from facilitator.cli.common import Context, echo_json
from facilitator.exchange import dumps
from facilitator.files import write_private_text


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
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def participant_erase(obj: Context, series_ref: str, person: str, yes: bool, as_json: bool) -> None:
    """Erase PERSON from the series: roster row, attendance and group history.

    Notes they took stay, with no link to them.
    """
    series_id = obj.series_id(series_ref)
    found = personal_data.find_person(obj.db, series_id, person)
    if not yes:
        click.confirm(f"Erase {found['name']} and everything linked to them from this series?", abort=True)
    result = personal_data.erase_participant(obj.db, series_id, found["id"])
    if as_json:
        echo_json(result)
        return
    click.echo(f"Erased {result['name']}. Backups taken before now still hold them until rotation "
               "removes them (at most 30 days).")


def register(main: click.Group) -> None:
    main.add_command(participant_group)
