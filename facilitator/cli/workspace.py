"""``facilitator workspace``: make an encrypted workspace, change its passphrase, check a file."""

from __future__ import annotations

import click

from facilitator.cli.common import Context
from facilitator.ops import workspace as backups
from facilitator.ops.workspace import change_passphrase, create_encrypted_workspace, open_workspace


@click.group("workspace")
def workspace_group() -> None:
    """Create, encrypt and check workspace files."""


@workspace_group.command("new")
@click.option("--encrypt", is_flag=True, help="Encrypt the file with a passphrase (asked for twice).")
@click.pass_obj
def workspace_new(obj: Context, encrypt: bool) -> None:
    """Create the workspace file given with --db."""
    if encrypt:
        passphrase = click.prompt("New passphrase", hide_input=True, confirmation_prompt=True)
        create_encrypted_workspace(obj.path, passphrase).close()
    else:
        open_workspace(obj.path).close()
    click.echo(f"Created {obj.path}{' (encrypted)' if encrypt else ''}.")


@workspace_group.command("passphrase")
@click.pass_obj
def workspace_passphrase(obj: Context) -> None:
    """Change the passphrase of an encrypted workspace (its backups follow)."""
    db = obj.db
    new = click.prompt("New passphrase", hide_input=True, confirmation_prompt=True)
    count = change_passphrase(db, new)
    click.echo(f"Changed the passphrase of {obj.path.name} and of its {count} backup(s).")


@workspace_group.command("check")
@click.pass_obj
def workspace_check(obj: Context) -> None:
    """Check the file's integrity (opening does this too; a damaged file exits with status 2)."""
    db = obj.db
    problems = backups.integrity_problems(db)
    click.echo("The workspace is sound." if not problems else "\n".join(problems))


def register(main: click.Group) -> None:
    main.add_command(workspace_group)
