"""``facilitator notes``, ``themes`` and ``survey``: capture, search and synthesis from a terminal."""

from __future__ import annotations

from pathlib import Path

import click

from facilitator.cli.common import Context, echo_json
from facilitator.errors import FacilitatorError
from facilitator.i18n import t
from facilitator.live import note_stamp_now
from facilitator.live.text import clock_text
from facilitator.notes import NoteKind, note_json

KIND_CHOICE = click.Choice([k.value for k in NoteKind])


@click.group("notes")
def notes_group() -> None:
    """Add, list and search the notes of a series."""


def _block_id(obj: Context, session_id: str, ref: str | None) -> str | None:
    """A block by its number in the agenda as printed (1, 2, ... counting sub-blocks as 2.1) or its id."""
    from facilitator.ops import agenda as series_store

    if ref is None:
        return None
    numbered: dict[str, str] = {}
    for i, block in enumerate(series_store.load_agenda(obj.db, session_id), start=1):
        numbered[str(i)] = block.id
        for j, child in enumerate(block.children, start=1):
            numbered[f"{i}.{j}"] = child.id
    if ref in numbered:
        return numbered[ref]
    if ref in numbered.values():
        return ref
    raise FacilitatorError(t("This session has no agenda block '{ref}' (blocks are numbered 1 to {count}).").format(
        ref=ref, count=len(numbered)))


@notes_group.command("add")
@click.argument("series_ref", metavar="SERIES")
@click.argument("session_ref", metavar="SESSION")
@click.argument("text")
@click.option("--kind", type=KIND_CHOICE, default="note", show_default=True)
@click.option("--block", "block_ref", help="Agenda block number (2, or 3.1 for a sub-block) or id.")
@click.option("--group", "group_label", default="", help="Breakout group label.")
@click.option("--perspective", default="", help="For a quote: the perspective it came from (never a name).")
@click.option("--taker", default="", help="Who took the note.")
@click.option("--owner", default="", help="For an action: who follows it up.")
@click.option("--due", default="", help="For an action: when it is due (YYYY-MM-DD).")
@click.pass_obj
def notes_add(obj: Context, series_ref: str, session_ref: str, text: str, kind: str, block_ref: str | None,
              group_label: str, perspective: str, taker: str, owner: str, due: str) -> None:
    """Save a note; prints its id once it is committed. A theme note joins the theme it names
    or becomes a new one; an action may say "owner: ..." and "due: YYYY-MM-DD" in its text.

    While the session is running live, the note is filed under the block in progress (unless
    --block says otherwise) and timed on the session clock, exactly as the app does."""
    from facilitator.ops import notes

    _, session_id = obj.session_id(series_ref, session_ref)
    stamp = note_stamp_now(obj.db, session_id)
    block_id = _block_id(obj, session_id, block_ref) if block_ref else stamp.block_id
    note, filed = notes.save_note(obj.db, session_id, text=text, kind=kind, block_id=block_id,
                                  group_label=group_label, perspective=perspective, taker=taker, source="cli",
                                  owner=owner, due=due, offset_seconds=stamp.offset_seconds).value
    click.echo(note.id)
    if filed:
        verb = "New theme" if filed["created"] else "Added to theme"
        click.echo(f"{verb}: {filed['theme']['title']}", err=True)


def _print_notes(notes: list, as_json: bool) -> None:
    if as_json:
        echo_json([note_json(n) for n in notes])
        return
    for n in notes:
        where = f"S{n.session_number}" + (f" · {n.block_title}" if n.block_title else "")
        where += f" · {clock_text(n.offset_seconds)}" if n.offset_seconds is not None and n.offset_seconds >= 0 else ""
        where += f" · {n.group_label}" if n.group_label else ""
        click.echo(f"{n.id[:8]}  {n.kind.label:<11} {where}\n          {n.text}")


@notes_group.command("search")
@click.argument("series_ref", metavar="SERIES")
@click.argument("query")
@click.option("--kind", type=KIND_CHOICE)
@click.option("--session", "session_ref", help="Only this session (number or id).")
@click.option("--block", "block_ref", help="Only this agenda block (needs --session).")
@click.option("--group", "group_label", help="Only this breakout group.")
@click.option("--theme", "theme_title", help="Only notes on this theme (its title).")
@click.option("--untagged", is_flag=True, help="Only notes on no theme yet.")
@click.option("--limit", default=200, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def notes_search(obj: Context, series_ref: str, query: str, kind: str | None, session_ref: str | None,
                 block_ref: str | None, group_label: str | None, theme_title: str | None, untagged: bool,
                 limit: int, as_json: bool) -> None:
    """Full-text search over every note of a series, best matches first ("" lists the newest)."""
    from facilitator.ops import notes as store
    from facilitator.ops import synthesis as theme_store

    series_id = obj.series_id(series_ref)
    session_id = obj.session_id(series_ref, session_ref)[1] if session_ref else None
    if block_ref and not session_id:
        raise FacilitatorError(t("--block needs --session: blocks are numbered within a session."))
    block_id = _block_id(obj, session_id, block_ref) if session_id else None
    theme_id = None
    if theme_title:
        matches = [t for t in theme_store.list_themes(obj.db, series_id)
                   if t["title"].casefold() == theme_title.strip().casefold()]
        if not matches:
            raise FacilitatorError(t("This series has no theme called '{title}'.").format(title=theme_title))
        theme_id = matches[0]["id"]
    _print_notes(store.search_notes(obj.db, series_id, query, kind=kind, session_id=session_id, block_id=block_id,
                                    group_label=group_label, theme_id=theme_id, untagged=untagged, limit=limit),
                 as_json)


@notes_group.command("list")
@click.argument("series_ref", metavar="SERIES")
@click.option("--session", "session_ref", help="Only this session (number or id).")
@click.option("--kind", type=KIND_CHOICE)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def notes_list(obj: Context, series_ref: str, session_ref: str | None, kind: str | None, as_json: bool) -> None:
    """Every note of a series in the order it was taken."""
    from facilitator.ops import notes as store

    series_id = obj.series_id(series_ref)
    session_id = obj.session_id(series_ref, session_ref)[1] if session_ref else None
    _print_notes(store.list_notes(obj.db, series_id, session_id=session_id, kinds=[kind] if kind else None), as_json)


@click.group("themes")
def themes_group() -> None:
    """Themes of a series."""


@themes_group.command("list")
@click.argument("series_ref", metavar="SERIES")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def themes_list(obj: Context, series_ref: str, as_json: bool) -> None:
    """Themes with their note counts per session and their illustrative quotes."""
    from facilitator.ops import synthesis as theme_store

    series_id = obj.series_id(series_ref)
    data = []
    for theme in theme_store.theme_counts(obj.db, series_id):
        quotes = theme_store.illustrative_quotes(obj.db, theme["id"])
        data.append({"id": theme["id"], "title": theme["title"], "notes": theme["notes"],
                     "by_session": theme["by_session"], "by_audience": theme["by_audience"],
                     "by_group": theme["by_group"],
                     "illustrative_quotes": [{"text": q["text"], "perspective": q["perspective"],
                                              "session": q["session"]} for q in quotes]})
    if as_json:
        echo_json(data)
        return
    if not data:
        click.echo("No themes yet.")
    for theme in data:
        per_session = ", ".join(f"S{n}: {c}" for n, c in sorted(theme["by_session"].items()))
        click.echo(f"{theme['title']}  ({theme['notes']} notes{'; ' + per_session if per_session else ''})")
        for quote in theme["illustrative_quotes"]:
            label = f"  [{quote['perspective']}]" if quote["perspective"] else ""
            click.echo(f"    “{quote['text']}”{label}")


@click.group("survey")
def survey_group() -> None:
    """Post-session surveys."""


@survey_group.command("import")
@click.argument("series_ref", metavar="SERIES")
@click.argument("session_ref", metavar="SESSION")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
def survey_import(obj: Context, series_ref: str, session_ref: str, file: Path) -> None:
    """Attach a survey (CSV or XLSX) to a session: choice and multi-select questions counted
    (demographic cells under 5 shown as "<5"), written answers saved as notes."""
    from facilitator.ops import synthesis
    from facilitator.synthesis import survey

    _, session_id = obj.session_id(series_ref, session_ref)
    result = synthesis.import_survey(obj.db, session_id, file).value
    click.echo(f"{result['file']}: {result['responses']} responses, {result['notes']} written answers "
               f"saved as notes.")
    for question, counts in result["choice_questions"].items():
        click.echo("  " + survey.counts_line(question, counts))
    if result["skipped"]:
        click.echo("  Skipped (they identify people): " + ", ".join(result["skipped"]))


def register(main: click.Group) -> None:
    main.add_command(notes_group)
    main.add_command(themes_group)
    main.add_command(survey_group)
