"""Showing core errors to a person: one message box, with every problem of a rejected file."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.errors import FacilitatorError, InvalidInput


def show_error(parent: QWidget | None, error: FacilitatorError) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Facilitator"))
    if isinstance(error, InvalidInput):
        count = len(error.problems)
        box.setText(QCoreApplication.translate(
            "Errors", "The file was not imported; nothing was changed. %n problem(s) to fix:", "", count))
        box.setInformativeText("\n".join(str(p) for p in error.problems[:12]))
        if count > 12:
            box.setDetailedText("\n".join(str(p) for p in error.problems))
    else:
        box.setText(str(error))
    box.exec()


@contextmanager
def reported(parent: QWidget | None) -> Iterator[None]:
    """Run a user action; a FacilitatorError or a file error becomes a message box, not a crash."""
    try:
        yield
    except FacilitatorError as error:
        show_error(parent, error)
    except OSError as error:  # a file that cannot be read or written: say which and why
        where = error.filename or ""
        show_error(parent, FacilitatorError(QCoreApplication.translate(
            "Errors", "Could not use the file {0}: {1}").format(where, error.strerror or error)))
