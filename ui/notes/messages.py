"""A core refusal shown as a message box instead of a crash."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.errors import FacilitatorError


@contextmanager
def reported(parent: QWidget | None) -> Iterator[None]:
    try:
        yield
    except FacilitatorError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("Notes", "Facilitator"), str(error))
