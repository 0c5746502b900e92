"""What every command shares: the workspace it opens, JSON output, and error reporting."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click
from sqlite_utils import Database

from facilitator.errors import FacilitatorError
from facilitator.paths import default_db_path
from facilitator.storage import open_workspace
from facilitator.storage.connection import needs_passphrase
from facilitator.storage import series as store


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
            self._passphrase = os.environ.get(PASSPHRASE_ENV) or click.prompt(
                f"Passphrase for {self.path.name}", hide_input=True)
        return self._passphrase

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = open_workspace(self.path, passphrase=self.passphrase)
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
