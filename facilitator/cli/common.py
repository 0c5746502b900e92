"""What every command shares: the workspace it opens, JSON output, and error reporting."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click
from sqlite_utils import Database

from facilitator.errors import FacilitatorError, PassphraseNeeded
from facilitator.ops import agenda as store
from facilitator.ops.workspace import COMMAND_BACKUP_EVERY, needs_passphrase, open_workspace
from facilitator.paths import default_db_path

PASSPHRASE_ENV = "FACILITATOR_PASSPHRASE"


class Context:
    """Opens the workspace on first use, so ``--help`` never touches a file."""

    def __init__(self, db_path: str | None):
        self.path = Path(db_path) if db_path else default_db_path()
        self._db: Database | None = None
        self._passphrase: str | None = None

    @property
    def passphrase(self) -> str | None:
        """For an encrypted workspace: ``FACILITATOR_PASSPHRASE``, else asked for without echo."""
        if self._passphrase is None and needs_passphrase(self.path):
            self._ask_passphrase()
        return self._passphrase

    def _ask_passphrase(self) -> None:
        self._passphrase = os.environ.get(PASSPHRASE_ENV) or click.prompt(
            f"Passphrase for {self.path.name}", hide_input=True)

    @property
    def db(self) -> Database:
        """The workspace, opened as a command opens it: a backup at most once a day (see
        ``COMMAND_BACKUP_EVERY``), and a backup that failed said once on stderr."""
        if self._db is None:
            self._passphrase = self._passphrase or os.environ.get(PASSPHRASE_ENV)
            try:
                self._db = open_workspace(self.path, passphrase=self._passphrase, backup_every=COMMAND_BACKUP_EVERY)
            except PassphraseNeeded:
                if self._passphrase is not None:
                    raise
                self._ask_passphrase()
                self._db = open_workspace(self.path, passphrase=self._passphrase, backup_every=COMMAND_BACKUP_EVERY)
            if self._db.backup_warning:
                click.echo(f"Warning: {self._db.backup_warning}", err=True)
        return self._db

    def series_id(self, ref: str) -> str:
        return store.find_series(self.db, ref)

    def session_id(self, series_ref: str, session_ref: str) -> tuple[str, str]:
        series_id = self.series_id(series_ref)
        return series_id, store.find_session(self.db, series_id, session_ref)


class FacilitatorGroup(click.Group):
    """Turns a FacilitatorError anywhere below into a sentence on stderr and exit status 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FacilitatorError as error:
            click.echo(f"Error: {error}", err=True)
            sys.exit(2)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


class LazyChoice(click.Choice):
    """A choice whose values come from a module loaded only when a command is parsed or its help
    shown, so `facilitator live toggle` does not pay for ReportLab or the grouping engine."""

    def __init__(self, load, case_sensitive: bool = True) -> None:
        self._load = load
        self._choices: tuple | None = None
        self.case_sensitive = case_sensitive

    @property
    def choices(self) -> tuple:
        if self._choices is None:
            self._choices = tuple(self._load())
        return self._choices
