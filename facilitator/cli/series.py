"""Commands for templates, series, and whole-series export and import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from facilitator.cli.common import Context, echo_json
from facilitator.errors import FacilitatorError
from facilitator.files import write_private_bytes
from facilitator.i18n import LANGUAGES, t
from facilitator.ops import agenda as store
from facilitator.plan.model import Block, Session

if TYPE_CHECKING:
    from facilitator.plan import agenda


def _blank_template() -> str:
    from facilitator.plan import templates

    return templates.BLANK_ID


def _block_json(session: Session, item: agenda.ScheduledBlock, children: list) -> dict:
    from facilitator.plan import agenda

    block: Block = item.block
    return {
        "id": block.id, "title": block.title, "kind": block.kind.value, "minutes": item.minutes,
        "start": agenda.clock_at(session, item.start_offset), "end": agenda.clock_at(session, item.end_offset),
        "start_offset": item.start_offset, "prompts": block.prompts, "notes": block.notes,
        "materials": block.materials, "fixed": block.fixed, "children": children,
    }


def session_json(session: Session) -> dict:
    """A session with its agenda and computed clock times, as ``series show --json`` prints it."""
    from facilitator.plan import agenda

    blocks: list[dict] = []
    for item in agenda.schedule(session.blocks):
        if item.depth == 0:
            blocks.append(_block_json(session, item, []))
        else:
            blocks[-1]["children"].append(_block_json(session, item, []))
    return {
        "id": session.id, "number": session.number, "title": session.title, "date": session.date,
        "start_time": session.start_time, "duration_minutes": session.duration_minutes,
        "total_minutes": agenda.total_minutes(session.blocks), "format": session.format.value,
        "location": session.location, "audience": session.audience, "language": session.language,
        "facilitator": session.facilitator, "description": session.description,
        "objectives": session.objectives, "blocks": blocks,
    }


@click.command("templates")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def templates_command(as_json: bool) -> None:
    """List the series templates."""
    from facilitator.plan import templates

    found, broken = templates.load_templates()
    for error in broken:
        click.echo(f"Skipped a broken template: {error}", err=True)
    if as_json:
        echo_json([{"id": template.id, "name": template.name, "summary": template.summary,
                    "credit": template.credit, "sessions": len(template.sessions)} for template in found])
        return
    for template in found:
        count = len(template.sessions)
        click.echo(f"{template.id:14} {template.name} ({count} session{'s' if count != 1 else ''})")


@click.group("series")
def series_group() -> None:
    """Create, list and show series."""


@series_group.command("new")
@click.option("--template", "template_id", default=_blank_template, show_default="the blank template")
@click.option("--title", required=True)
@click.option("--start", type=click.DateTime(formats=["%Y-%m-%d"]), help="Date of the first session (YYYY-MM-DD).")
@click.option("--language", type=click.Choice(list(LANGUAGES)), default="en", show_default=True,
              help="The template's language (English where it has no translation).")
@click.pass_obj
def series_new(obj: Context, template_id: str, title: str, start, language: str) -> None:
    """Create a series from a template; prints the new id."""
    from facilitator.ops import series as series_ops
    from facilitator.plan import templates

    template = templates.get_template(template_id, language)
    series = series_ops.create_from_template(obj.db, template, title=title,
                                             start=start.date() if start else None).value
    click.echo(series.id)


@series_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def series_list(obj: Context, as_json: bool) -> None:
    """List every series in the workspace."""
    rows = store.list_series(obj.db)
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo("No series yet. Create one with: facilitator series new --template breakthrough --title ...")
    for row in rows:
        dates = f"{row['first_date']} to {row['last_date']}" if row["first_date"] else "no dates"
        click.echo(f"{row['id']}  {row['title']}  ({row['sessions']} sessions, {dates})")


@series_group.command("show")
@click.argument("series_ref", metavar="SERIES")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def series_show(obj: Context, series_ref: str, as_json: bool) -> None:
    """Show a series with its sessions and agendas."""
    from facilitator.plan import agenda

    series = store.get_series(obj.db, obj.series_id(series_ref))
    data = {"id": series.id, "title": series.title, "topic": series.topic, "purpose": series.purpose,
            "goals": series.goals, "format": series.format.value, "timeline": series.timeline,
            "template_id": series.template_id, "sessions": [session_json(s) for s in series.sessions]}
    if as_json:
        echo_json(data)
        return
    click.echo(f"{series.title}\n{'=' * len(series.title)}")
    for session in data["sessions"]:
        over = session["total_minutes"] - session["duration_minutes"]
        flag = f"  ({agenda.format_minutes(over)} over)" if over > 0 else ""
        click.echo(f"\nSession {session['number']}: {session['title']}  {session['date'] or ''} "
                   f"{session['start_time']}  {agenda.format_minutes(session['total_minutes'])}{flag}")
        for block in session["blocks"]:
            click.echo(f"  {block['start']}  {block['minutes']:>3} min  {block['title']}")
            for child in block["children"]:
                click.echo(f"    {child['start']}  {child['minutes']:>3} min  {child['title']}")


@click.command("export")
@click.argument("series_ref", metavar="SERIES")
@click.option("--format", "fmt", type=click.Choice(["json", "md", "csv", "ics"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(),
              help="File to write (default: standard output). For csv: a folder, or a file ending in .zip.")
@click.option("--timezone", "zone", help="ics only: the venue's time zone, e.g. Europe/Paris "
                                         "(default: this computer's; 'none' for floating times).")
@click.option("--external", "external_session", metavar="SESSION",
              help="md only: the reviewed external summary of this session (number or id), with no names, "
                   "instead of the team's copy of the series.")
@click.pass_obj
def export_command(obj: Context, series_ref: str, fmt: str, output: str | None, zone: str | None,
                   external_session: str | None) -> None:
    """Export a whole series: JSON (to import elsewhere), Markdown, CSV tables or an .ics calendar.

    Every format but --external carries names: it is for the team, and says so in its first line.
    """
    from facilitator.share import calendar
    from facilitator.share import markdown_csv as share_export
    from facilitator.share import series_json as exchange

    series_id = obj.series_id(series_ref)
    if external_session:
        if fmt != "md":
            raise click.UsageError("--external writes Markdown: add --format md.")
        series_id, session_id = obj.session_id(series_ref, external_session)
        data = share_export.summary_markdown(obj.db, series_id, session_id).encode("utf-8")
        if output:
            write_private_bytes(Path(output), data)
        else:
            click.echo(data.decode("utf-8"), nl=False)
        return
    if fmt == "csv":
        if not output:
            raise FacilitatorError(t("CSV export writes several files: give a folder or a .zip file with -o."))
        for name in share_export.write_csv(obj.db, series_id, Path(output)):
            click.echo(name)
        return
    if fmt == "ics":
        zone = None if (zone or "").lower() == "none" else (zone or calendar.local_zone_name())
        data = calendar.series_calendar(store.get_series(obj.db, series_id), zone_name=zone)
    elif fmt == "md":
        data = share_export.series_markdown(obj.db, series_id).encode("utf-8")
    else:
        data = exchange.dumps(exchange.export_series(obj.db, series_id)).encode("utf-8")
    if output:
        write_private_bytes(Path(output), data)
    else:
        click.echo(data.decode("utf-8"), nl=False)


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.pass_obj
def import_command(obj: Context, file: str) -> None:
    """Import a series exported as JSON (always as a new series); prints its id."""
    from facilitator.ops import series as series_ops
    from facilitator.share import series_json as exchange

    data = exchange.load_file(Path(file))
    click.echo(series_ops.import_series(obj.db, data, source=file).value)


def register(main: click.Group) -> None:
    main.add_command(templates_command)
    main.add_command(series_group)
    main.add_command(export_command)
    main.add_command(import_command)
