"""``facilitator themes add|link|unlink|suggest|trends``, ``facilitator framework`` and
``facilitator series synthesis-hours``: synthesis from a terminal, through the same core
functions as the Notes & synthesis page."""

from __future__ import annotations

import click

from facilitator.cli.common import Context, echo_json
from facilitator.cli.notes import themes_group
from facilitator.synthesis import framework as framework_core
from facilitator.synthesis import hours as hours_core
from facilitator.synthesis import themes as themes_core
from facilitator.synthesis import trends as trends_core
from facilitator.synthesis.suggestions import suggest_themes


@themes_group.command("add")
@click.argument("series_ref", metavar="SERIES")
@click.argument("title")
@click.option("--description", default="", help="What the theme is about, in a sentence.")
@click.option("--note", "note_refs", multiple=True, metavar="NOTE_ID",
              help="A note the theme comes from (repeatable); quotes among them become its illustrative quotes.")
@click.pass_obj
def themes_add(obj: Context, series_ref: str, title: str, description: str, note_refs: tuple[str, ...]) -> None:
    """Make a theme; prints its id once it is saved."""
    series_id = obj.series_id(series_ref)
    note_ids = themes_core.find_notes(obj.db, series_id, list(note_refs))
    theme = themes_core.add_theme(obj.db, series_id, title, description=description, note_ids=note_ids)
    click.echo(theme["id"])


@themes_group.command("link")
@click.argument("series_ref", metavar="SERIES")
@click.argument("theme_ref", metavar="THEME")
@click.argument("note_refs", metavar="NOTE_ID...", nargs=-1, required=True)
@click.option("--illustrative/--not-illustrative", default=None,
              help="Mark all the notes as illustrative quotes, or none (default: the quotes among them).")
@click.pass_obj
def themes_link(obj: Context, series_ref: str, theme_ref: str, note_refs: tuple[str, ...],
                illustrative: bool | None) -> None:
    """Put notes on a theme (THEME: its id or the start of its title)."""
    series_id = obj.series_id(series_ref)
    theme = themes_core.find_theme(obj.db, series_id, theme_ref)
    note_ids = themes_core.find_notes(obj.db, series_id, list(note_refs))
    added = themes_core.link_notes(obj.db, series_id, theme["id"], note_ids, illustrative=illustrative)
    click.echo(f"{len(added)} note(s) added to “{theme['title']}” ({len(note_ids) - len(added)} already on it).")


@themes_group.command("unlink")
@click.argument("series_ref", metavar="SERIES")
@click.argument("theme_ref", metavar="THEME")
@click.argument("note_refs", metavar="NOTE_ID...", nargs=-1, required=True)
@click.pass_obj
def themes_unlink(obj: Context, series_ref: str, theme_ref: str, note_refs: tuple[str, ...]) -> None:
    """Take notes off a theme."""
    series_id = obj.series_id(series_ref)
    theme = themes_core.find_theme(obj.db, series_id, theme_ref)
    removed = themes_core.unlink_notes(obj.db, theme["id"], themes_core.find_notes(obj.db, series_id, list(note_refs)))
    click.echo(f"{len(removed)} note(s) taken off “{theme['title']}”.")


@themes_group.command("suggest")
@click.argument("series_ref", metavar="SERIES")
@click.argument("note_ref", metavar="NOTE_ID")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def themes_suggest(obj: Context, series_ref: str, note_ref: str, as_json: bool) -> None:
    """Existing themes a note shares words with, and which words (nothing is linked)."""
    series_id = obj.series_id(series_ref)
    [note_id] = themes_core.find_notes(obj.db, series_id, [note_ref])
    found = suggest_themes(obj.db, note_id)
    if as_json:
        echo_json([{"theme_id": s.theme_id, "title": s.title, "words": list(s.words), "notes": s.notes,
                    "reason": s.reason} for s in found])
        return
    if not found:
        click.echo("No theme shares words with this note.")
    for s in found:
        click.echo(f"{s.title}: {s.reason}")


@themes_group.command("trends")
@click.argument("series_ref", metavar="SERIES")
@click.option("--by", type=click.Choice(trends_core.READINGS),
              help="Columns: the session's audience, the quote's perspective, the breakout group or the session "
                   "(default: audience when sessions have one, else perspective).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def themes_trends(obj: Context, series_ref: str, by: str | None, as_json: bool) -> None:
    """Notes per theme and stakeholder group, across the sessions of the series."""
    trends = trends_core.trend_table(obj.db, obj.series_id(series_ref), by)
    if as_json:
        echo_json(trends.as_json())
        return
    if not trends.rows:
        click.echo("No themes yet.")
        return
    width = max(len(r.title) for r in trends.rows)
    click.echo(" " * width + "  " + "  ".join(f"{c:>{max(len(c), 3)}}" for c in trends.columns) + "  total")
    for row in trends.rows:
        cells = "  ".join(f"{row.by_column.get(c, 0) or '':>{max(len(c), 3)}}" for c in trends.columns)
        click.echo(f"{row.title:<{width}}  {cells}  {row.total:>5}")


@click.group("framework")
def framework_group() -> None:
    """The values framework of a series."""


@framework_group.command("add")
@click.argument("series_ref", metavar="SERIES")
@click.argument("text")
@click.option("--kind", type=click.Choice(list(framework_core.ELEMENT_FIELDS)), default="statement",
              show_default=True)
@click.option("--statement", "statement_ref",
              help="For a tension, guardrail or question: the statement (number, id or start of its text); "
                   "default the newest.")
@click.pass_obj
def framework_add(obj: Context, series_ref: str, text: str, kind: str, statement_ref: str | None) -> None:
    """Add a value statement, or a tension, guardrail or open question to one."""
    result = framework_core.add_element(obj.db, obj.series_id(series_ref), kind, text, statement_ref=statement_ref)
    click.echo(result["statement_id"])


@framework_group.command("snapshot")
@click.argument("series_ref", metavar="SERIES")
@click.option("--label", default="", help="What to call this version (default v1, v2, ...).")
@click.option("--session", "session_ref", help="The session it was taken around (number or id).")
@click.option("--moment", type=click.Choice(["before", "after"]), help="Before or after that session.")
@click.pass_obj
def framework_snapshot(obj: Context, series_ref: str, label: str, session_ref: str | None,
                       moment: str | None) -> None:
    """Freeze the framework as its next numbered version."""
    if moment and not session_ref:
        raise click.UsageError("--moment needs --session.")
    series_id = obj.series_id(series_ref)
    session_id = obj.session_id(series_ref, session_ref)[1] if session_ref else None
    version = framework_core.snapshot(obj.db, series_id, label=label, session_id=session_id,
                                      moment=moment or ("after" if session_id else ""))
    click.echo(f"Version {version['number']}: {version['label']} ({len(version['statements'])} statements)")


@framework_group.command("show")
@click.argument("series_ref", metavar="SERIES")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def framework_show(obj: Context, series_ref: str, as_json: bool) -> None:
    """The framework as it stands and its saved versions."""
    data = framework_core.show(obj.db, obj.series_id(series_ref))
    if as_json:
        echo_json(data)
        return
    if not data["statements"]:
        click.echo("No value statements yet.")
    for number, s in enumerate(data["statements"], start=1):
        click.echo(f"{number}. {s['statement']}")
        for field, title in (("tensions", "Tensions"), ("guardrails", "Guardrails"), ("questions", "Questions")):
            for line in filter(None, (x.strip() for x in s[field].splitlines())):
                click.echo(f"   {title}: {line}")
    for v in data["versions"]:
        click.echo(f"v{v['number']}  {v['label']}  ({v['statements']} statements, {v['created_at'][:10]})")


@click.command("synthesis-hours")
@click.argument("series_ref", metavar="SERIES")
@click.option("--planned", help="Hours planned for synthesis ('' clears).")
@click.option("--actual", help="Hours synthesis took so far ('' clears).")
@click.pass_obj
def synthesis_hours(obj: Context, series_ref: str, planned: str | None, actual: str | None) -> None:
    """Record (or show) the hours planned and spent on synthesis."""
    series_id = obj.series_id(series_ref)
    if planned is not None or actual is not None:
        now = hours_core.synthesis_hours(obj.db, series_id)
        hours_core.record_synthesis_hours(obj.db, series_id, planned=now.planned if planned is None else planned,
                                          actual=now.actual if actual is None else actual)
    click.echo(hours_core.synthesis_hours(obj.db, series_id).text)


def register(main: click.Group) -> None:
    main.add_command(framework_group)
    main.commands["series"].add_command(synthesis_hours)
