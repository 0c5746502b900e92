"""Errors a facilitator reads.

The core raises these; the CLI prints them to stderr with exit status 2 and the GUI shows
them in a message box. Each says what is wrong in plain words and, for imported files,
where: the file, the line and the field.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class FacilitatorError(Exception):
    """A problem the user can fix; ``str()`` is the sentence to show."""


class NotFound(FacilitatorError):
    pass


class Ambiguous(FacilitatorError):
    pass


class StorageError(FacilitatorError):
    """Saving failed (full disk, read-only file, locked file): nothing of the change was kept,
    so whatever the person typed must stay on screen for them to save again."""


class DamagedWorkspace(FacilitatorError):
    """The workspace file failed its integrity check; it is never written to.

    ``backup`` is the newest backup that passes the same check (a ``BackupInfo``), or None.
    """

    def __init__(self, path: Path, backup: Any | None, detail: str = ""):
        from facilitator.i18n import t

        self.path = Path(path)
        self.backup = backup
        self.detail = detail
        sentence = t("The workspace file {name} is damaged, so Facilitator will not write to it.").format(
            name=self.path.name) + " "
        if backup is not None:
            command = f"facilitator --db {shlex.quote(str(self.path))} backup restore {backup.path.name}"
            sentence += t("The newest good backup is from {when} ({count} series). Restore it with '{command}' "
                          "or from the app's \"Restore from backup…\" screen.").format(
                when=backup.when, count=backup.series_count, command=command)
        else:
            sentence += t("There is no good backup of it; keep a copy of the file and ask for help.")
        super().__init__(sentence)


class PassphraseNeeded(FacilitatorError):
    """The workspace is encrypted and no passphrase, or the wrong one, was given."""


@dataclass(frozen=True)
class Problem:
    """One bad spot in an input file."""

    file: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        from facilitator.i18n import t  # errors is imported by everything; i18n needs nothing

        where = self.file
        if self.line is not None:
            where += t(", line {line}").format(line=self.line)
        if self.field:
            where += t(", field '{field}'").format(field=self.field)
        return f"{where}: {self.message}"


class InvalidInput(FacilitatorError):
    """An input file was rejected; nothing was changed."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
