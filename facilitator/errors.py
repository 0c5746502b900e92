"""Errors a facilitator reads.

The core raises these; the CLI prints them to stderr with exit status 2 and the GUI shows
them in a message box. Each says what is wrong in plain words and, for imported files,
where: the file, the line and the field.
"""

from __future__ import annotations

from dataclasses import dataclass


class FacilitatorError(Exception):
    """A problem the user can fix; ``str()`` is the sentence to show."""


class NotFound(FacilitatorError):
    pass


class Ambiguous(FacilitatorError):
    pass


@dataclass(frozen=True)
class Problem:
    """One bad spot in an input file."""

    file: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
        if self.field:
            where += f", field '{self.field}'"
        return f"{where}: {self.message}"


class InvalidInput(FacilitatorError):
    """An input file was rejected; nothing was changed."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
