"""The ``facilitator`` command: the app when run bare, and scriptable commands otherwise.

Each command is a thin wrapper over one core function, the same the GUI calls. Problems the
user can fix print one clear sentence to stderr and exit with status 2.
"""

from __future__ import annotations

import importlib
import sys

import click

from facilitator.cli import backup as backup_commands
from facilitator.cli import documents as document_commands
from facilitator.cli import groups as group_commands
from facilitator.cli import groups_solve as group_solve_commands
from facilitator.cli import live as live_commands
from facilitator.cli import notes as notes_commands
from facilitator.cli import privacy as privacy_commands
from facilitator.cli import roster as roster_commands
from facilitator.cli import seating as seating_commands
from facilitator.cli import series as series_commands
from facilitator.cli import synthesis as synthesis_commands
from facilitator.cli import team as team_commands
from facilitator.cli import workspace as workspace_commands
from facilitator.cli.common import Context, FacilitatorGroup


@click.group(cls=FacilitatorGroup, invoke_without_command=True)
@click.option("--db", "db_path", type=click.Path(dir_okay=False), envvar="FACILITATOR_DB",
              help="Workspace file (default: FACILITATOR_DB, then the user data folder).")
@click.option("--self-test", is_flag=True, hidden=True, help="Check an installed app works, then exit.")
@click.version_option(package_name="facilitator-companion")
@click.pass_context
def main(ctx: click.Context, db_path: str | None, self_test: bool) -> None:
    """Facilitator: plan, run and synthesise dialogue series. Without a command, opens the app."""
    ctx.obj = Context(db_path)
    if self_test:
        sys.exit(_load_gui().self_test())
    if ctx.invoked_subcommand is None:
        sys.exit(_load_gui().run(ctx.obj.path))


@main.command()
@click.pass_obj
def gui(obj: Context) -> None:
    """Open the app."""
    sys.exit(_load_gui().run(obj.path))


def _load_gui():
    """The GUI is found by name at run time so the core never depends on Qt."""
    return importlib.import_module("ui.app")


series_commands.register(main)
live_commands.register(main)
roster_commands.register(main)
group_commands.register(main)
group_solve_commands.register(main)
notes_commands.register(main)
document_commands.register(main)
backup_commands.register(main)
workspace_commands.register(main)
privacy_commands.register(main)
seating_commands.register(main)
team_commands.register(main)
synthesis_commands.register(main)
