"""Files the app writes outside the workspace (exports, PDFs): owner-only from the first byte,
since they hold the same personal data as the workspace."""

from __future__ import annotations

import os
from pathlib import Path


def open_private(path: Path, mode: str = "w", **kwargs):
    """``open()`` for writing, creating the file 0600 (an existing file is narrowed to 0600)."""
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    if os.name == "posix":
        os.fchmod(fd, 0o600)
    return os.fdopen(fd, mode, **kwargs)


def private_folder(path: Path) -> Path:
    """A folder for drafts or exports, owner-only (0700) whether it is new or not."""
    path = Path(path)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def write_private_text(path: Path, text: str) -> None:
    with open_private(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def write_private_bytes(path: Path, data: bytes) -> None:
    with open_private(path, "wb") as handle:
        handle.write(data)


def read_text(path: Path) -> str:
    """A UTF-8 text file (a byte-order mark is dropped); bytes that are not UTF-8 are reported
    with the line they sit on, so the person can find them."""
    from facilitator.errors import InvalidInput, Problem
    from facilitator.i18n import t

    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise InvalidInput([Problem(str(path), line, None,
                                    t("is not UTF-8 text (byte {byte:#04x} cannot be read); "
                                      "save it as UTF-8 and try again").format(byte=data[error.start]))]) from None
