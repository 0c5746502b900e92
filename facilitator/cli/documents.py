"""``facilitator print`` and ``facilitator messages``: the printed documents and the messages
of the communication schedule, from the same core functions the Print & share page calls."""

from __future__ import annotations

from pathlib import Path

import click

from facilitator.files import write_private_bytes
from facilitator import documents
from facilitator.cli.common import Context, echo_json
from facilitator.documents.paper import Paper
from facilitator.share import messages as messaging
from facilitator.i18n import LANGUAGES, language as in_language


@click.command("print")
@click.argument("kind", type=click.Choice(list(documents.KINDS)))
@click.argument("series_ref", metavar="SERIES")
@click.option("--session", "session_ref", help="Session number within the series, or its id.")
@click.option("--paper", type=click.Choice([p.value for p in Paper]),
              help="Paper size (default: from the system locale).")
@click.option("--without-changes", is_flag=True, help="framework: leave out what changed since the last version.")
@click.option("--language", type=click.Choice(list(LANGUAGES)), default="en", show_default=True,
              help="Language of the headings and labels (what people typed prints as typed).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="PDF file to write.")
@click.pass_obj
def print_command(obj: Context, kind: str, series_ref: str, session_ref: str | None, paper: str | None,
                  without_changes: bool, language: str, output: str) -> None:
    """Write a printable document as PDF.

    KIND is one of: runsheet, agenda, groups, seating, tents, signin, fishbowl, summary-internal,
    summary-external, framework, trends. A summary without --session covers the whole series.
    """
    if documents.KINDS[kind].needs_session and not session_ref:
        raise click.UsageError(f"The {kind} document is for one session: add --session N.")
    if session_ref:
        series_id, session_id = obj.session_id(series_ref, session_ref)
    else:
        series_id, session_id = obj.series_id(series_ref), None
    pdf = documents.render(obj.db, kind, series_id, session_id, paper=Paper(paper) if paper else None,
                           show_changes=not without_changes, language=language)
    write_private_bytes(Path(output), pdf)
    click.echo(output)


@click.command("messages")
@click.argument("series_ref", metavar="SERIES")
@click.option("--session", "session_ref", required=True, help="Session number within the series, or its id.")
@click.option("--template", "template_id", required=True, type=click.Choice(list(messaging.SCHEDULE)))
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False),
              help="Folder for the .eml drafts, one per participant.")
@click.option("--json", "as_json", is_flag=True, help="Print the messages instead of only the file names.")
@click.option("--series-summary", is_flag=True,
              help="thank-you: the summary covers every session of the series, not only this one.")
@click.option("--language", type=click.Choice(list(LANGUAGES)), default="en", show_default=True,
              help="Language of the shipped wording (your edited templates are used as they are).")
@click.pass_obj
def messages_command(obj: Context, series_ref: str, session_ref: str, template_id: str, output: str,
                     as_json: bool, series_summary: bool, language: str) -> None:
    """Write one message per participant (confirmation, reminders, thank-you) as .eml drafts."""
    series_id, session_id = obj.session_id(series_ref, session_ref)
    with in_language(language):
        found = messaging.messages_for(obj.db, series_id, session_id, template_id, series_summary=series_summary)
    written = messaging.write_eml(found, Path(output))
    if as_json:
        echo_json([{"file": str(path), "to": m.to_name, "email": m.to_email, "subject": m.subject, "body": m.body}
                   for path, m in zip(written, found)])
        return
    for path in written:
        click.echo(path)
    session = documents.sources.load(obj.db, series_id, session_id)[1]
    send_on = messaging.send_dates(session)[template_id]
    if send_on:
        click.echo(f"{len(written)} drafts; send on {send_on.isoformat()}.", err=True)
    else:
        click.echo(f"{len(written)} drafts.", err=True)


def register(main: click.Group) -> None:
    main.add_command(print_command)
    main.add_command(messages_command)
