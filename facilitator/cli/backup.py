"""``facilitator backup list|create|restore``: the same copies the app takes on opening."""

from __future__ import annotations

import click

from facilitator.cli.common import Context, echo_json
from facilitator.ops import workspace as backups


@click.group("backup")
def backup_group() -> None:
    """List, take and restore backups of the workspace."""


@backup_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def backup_list(obj: Context, as_json: bool) -> None:
    """Backups of the workspace, newest first, with their series and note counts."""
    found = backups.list_backups(obj.path, passphrase=obj.passphrase)
    if as_json:
        echo_json([b.as_json() for b in found])
        return
    if not found:
        click.echo(f"No backups of {obj.path.name} yet; one is taken each time it opens after a change.")
    for info in found:
        series = "?" if info.series_count is None else info.series_count
        notes = "-" if info.note_count is None else info.note_count
        label = f"  ({info.label})" if info.label else ""
        click.echo(f"{info.path.name}  {info.when}  {series} series, {notes} notes{label}")


@backup_group.command("create")
@click.pass_obj
def backup_create(obj: Context) -> None:
    """Take a backup now; prints its file name."""
    info = backups.create_backup(obj.db, label="manual")
    click.echo(info.path.name)


@backup_group.command("restore")
@click.argument("backup", metavar="BACKUP")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def backup_restore(obj: Context, backup: str, yes: bool) -> None:
    """Replace the workspace with BACKUP (a file name from 'backup list', or 'latest').

    The current file is kept first: copied as a 'before-restore' backup, or, if damaged,
    moved aside into the backups folder.
    """
    path = backups.resolve_backup(obj.path, backup, obj.passphrase)
    info = backups.describe(obj.path, path, passphrase=obj.passphrase)
    if not yes:
        click.confirm(f"Replace {obj.path.name} with the backup from {info.when} "
                      f"({info.series_count} series)?", abort=True)
    kept = backups.restore_backup(obj.path, path, passphrase=obj.passphrase)
    click.echo(f"Restored the backup from {info.when}. The previous file is kept as {kept}.")


def register(main: click.Group) -> None:
    main.add_command(backup_group)
