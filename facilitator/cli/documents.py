"""``facilitator print`` and ``facilitator messages``: the printed documents and the messages
of the communication schedule, from the same core functions the Print & share page calls."""

from __future__ import annotations

from pathlib import Path

import click

from facilitator.cli.common import Context, LazyChoice, echo_json
from facilitator.files import write_private_bytes
from facilitator.i18n import LANGUAGES
from facilitator.ops.roster import find_participant


def _kinds() -> list[str]:
    from facilitator import documents

    return list(documents.KINDS)


def _papers() -> list[str]:
    from facilitator.documents.paper import Paper

    return [p.value for p in Paper]


def _schedule() -> list[str]:
    from facilitator.share import messages as messaging

    return list(messaging.SCHEDULE)


@click.command("print")
@click.argument("kind", type=LazyChoice(_kinds))
@click.argument("series_ref", metavar="SERIES")
@click.option("--session", "session_ref", help="Session number within the series, or its id.")
@click.option("--paper", type=LazyChoice(_papers),
              help="Paper size (default: from the system locale).")
@click.option("--without-changes", is_flag=True, help="framework: leave out what changed since the last version.")
@click.option("--language", type=click.Choice(list(LANGUAGES)),
              help="Language of the headings and labels (default: the session's language, else English; "
                   "what people typed prints as typed).")
@click.option("--review", is_flag=True,
              help="summary-external: list every name taken out and every suspected name, and accept or edit "
                   "each passage still waiting before the PDF is written.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="PDF file to write.")
@click.pass_obj
def print_command(obj: Context, kind: str, series_ref: str, session_ref: str | None, paper: str | None,
                  without_changes: bool, language: str | None, review: bool, output: str) -> None:
    """Write a printable document as PDF.

    KIND is one of: runsheet, agenda, groups, seating, tents, signin, fishbowl, summary-internal,
    summary-external, framework, trends. A summary without --session covers the whole series.
    """
    from facilitator import documents
    from facilitator.documents.paper import Paper

    if documents.KINDS[kind].needs_session and not session_ref:
        raise click.UsageError(f"The {kind} document is for one session: add --session N.")
    if session_ref:
        series_id, session_id = obj.session_id(series_ref, session_ref)
    else:
        series_id, session_id = obj.series_id(series_ref), None
    if review:
        if not documents.KINDS[kind].external:
            raise click.UsageError("--review is for summary-external: the other documents are for the team.")
        review_passages(obj, series_id, session_id)
    pdf = documents.render(obj.db, kind, series_id, session_id, paper=Paper(paper) if paper else None,
                           show_changes=not without_changes, language=language)
    write_private_bytes(Path(output), pdf)
    click.echo(output)


def review_passages(obj: Context, series_id: str, session_id: str | None) -> None:
    """Show each passage with what redaction did, and ask to accept, edit or skip those waiting."""
    from facilitator import documents
    from facilitator.redaction.review import findings

    items = documents.external_review(obj.db, series_id, session_id)
    if not items:
        click.echo("Nothing to review: no names, contacts or suspected names were found.", err=True)
    for number, item in enumerate(items, start=1):
        click.echo(f"\n[{number}/{len(items)}] {item.where} ({item.status})")
        click.echo(f"  written:  {item.source}")
        click.echo(f"  shared:   {item.text}")
        for line in findings(item):
            click.echo(f"  - {line}")
        if item.approved is not None:
            continue
        answer = click.prompt("  Accept, edit or skip?", type=click.Choice(["a", "e", "s"]), default="a")
        if answer == "a":
            documents.approve_passage(obj.db, series_id, item.key, item.redacted.text)
        elif answer == "e":
            text = click.prompt("  Shared text", default=item.redacted.text)
            documents.approve_passage(obj.db, series_id, item.key, text, edited=True)


@click.command("messages")
@click.argument("series_ref", metavar="SERIES")
@click.option("--session", "session_ref", required=True, help="Session number within the series, or its id.")
@click.option("--template", "template_id", required=True, type=LazyChoice(_schedule))
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False),
              help="Folder for the .eml drafts, one per participant.")
@click.option("--json", "as_json", is_flag=True, help="Print the messages instead of only the file names.")
@click.option("--series-summary", is_flag=True,
              help="thank-you: the summary covers every session of the series, not only this one.")
@click.option("--language", type=click.Choice(list(LANGUAGES)),
              help="Language of the shipped wording (default: the session's language, else English; "
                   "your edited templates are used as they are).")
@click.option("--from", "sender", default="", help="From address of the drafts, e.g. \"Ana <ana@example.org>\".")
@click.pass_obj
def messages_command(obj: Context, series_ref: str, session_ref: str, template_id: str, output: str,
                     as_json: bool, series_summary: bool, language: str | None, sender: str) -> None:
    """Write the message of the schedule (invitation, confirmation, reminders, thank-you) for
    each person it is for as .eml drafts, and mail-merge.csv beside them."""
    from facilitator import documents
    from facilitator.share import messages as messaging

    series_id, session_id = obj.session_id(series_ref, session_ref)
    found = messaging.messages_for(obj.db, series_id, session_id, template_id, language=language,
                                   series_summary=series_summary)
    written = messaging.write_eml(found, Path(output), sender=messaging.check_sender(sender))
    messaging.write_merge_csv(found, Path(output))
    if as_json:
        echo_json([{"file": str(path), "to": m.to_name, "email": m.to_email, "subject": m.subject, "body": m.body}
                   for path, m in zip(written, found)])
        return
    for path in written:
        click.echo(path)
    session = documents.sources.load(obj.db, series_id, session_id)[1]
    send_on = messaging.send_dates(session)[template_id]
    if send_on:
        click.echo(f"{len(written)} drafts and {messaging.MERGE_FILE}; send on {send_on.isoformat()}.", err=True)
    else:
        click.echo(f"{len(written)} drafts and {messaging.MERGE_FILE}.", err=True)


@click.command("invite")
@click.argument("series_ref", metavar="SERIES")
@click.argument("session_ref", metavar="SESSION")
@click.option("--perspective", "perspectives", multiple=True, help="Invite everyone of this perspective (repeat).")
@click.option("--person", "people", multiple=True, help="Invite this person, by name, e-mail or id (repeat).")
@click.option("--everyone", is_flag=True, help="Forget the hand-made list: the session's audience decides.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def invite_command(obj: Context, series_ref: str, session_ref: str, perspectives: tuple[str, ...],
                   people: tuple[str, ...], everyone: bool, as_json: bool) -> None:
    """Show or set who a session is for. With no option, lists the guest list: the people chosen
    by hand, else those whose perspective matches the session's audience, else everyone."""
    from facilitator.ops import invitations

    series_id, session_id = obj.session_id(series_ref, session_ref)
    if everyone or perspectives or people:
        ids = [find_participant(obj.db, series_id, ref) for ref in people]
        invitations.choose(obj.db, session_id, everyone=everyone, perspectives=perspectives, participant_ids=ids)
    guests = invitations.invited(obj.db, session_id)
    if as_json:
        echo_json([{"id": p.id, "name": p.name, "perspective": p.perspective, "email": p.email} for p in guests])
        return
    for person in guests:
        click.echo(f"{person.name}\t{person.perspective}")
    click.echo(f"{len(guests)} invited.", err=True)


def register(main: click.Group) -> None:
    main.add_command(print_command)
    main.add_command(messages_command)
    main.add_command(invite_command)
