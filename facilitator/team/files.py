"""The files a team exchanges: a pack (to join) and one file per device in the shared folder.

A file is a first line naming the format, a line of JSON saying whose state it holds (series,
device, when, a SHA-256 of the payload), then the document as one zlib-compressed Yjs update.
Each device writes only its own file and replaces it in one rename, so a sync tool never sees
it half-written and never makes a conflict copy. Everything is checked before anything is used.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facilitator.errors import FacilitatorError
from facilitator.i18n import t

MAGIC = b"FACILITATOR-TEAM 1\n"
SUFFIX = ".fteam"
PACK = "pack"
DEVICE = "device"
MAX_BYTES = 64 * 1024 * 1024


class TeamFileError(FacilitatorError):
    """A file in the folder that cannot be used: damaged, foreign, or for another series."""


@dataclass(frozen=True)
class TeamFile:
    path: Path
    header: dict[str, Any]
    update: bytes

    @property
    def device_id(self) -> str:
        return self.header["device_id"]

    @property
    def device(self) -> str:
        return self.header["device"]

    @property
    def digest(self) -> str:
        return self.header["sha256"]


def device_file_name(device: str, device_id: str) -> str:
    slug = re.sub(r"[^\w-]+", "-", device.casefold(), flags=re.UNICODE).strip("-")[:40] or "device"
    return f"{slug}-{device_id[:8]}{SUFFIX}"


def write(path: Path, *, kind: str, series_id: str, series_title: str, device: str, device_id: str,
          written_at: str, update: bytes) -> None:
    """Write the file under a temporary name beside it, then rename it into place."""
    header = {"kind": kind, "series_id": series_id, "series_title": series_title, "device": device,
              "device_id": device_id, "written_at": written_at, "sha256": hashlib.sha256(update).hexdigest()}
    body = MAGIC + json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n" + zlib.compress(update, 1)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise TeamFileError(t("Could not write {path} ({reason}).").format(path=path, reason=error.strerror))
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(body)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise TeamFileError(t("Could not write {path} ({reason}).").format(path=path, reason=error.strerror))
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_header(path: Path) -> dict[str, Any]:
    """Only the header: enough to tell whether a file is new, without reading the document."""
    with path.open("rb") as handle:
        if handle.read(len(MAGIC)) != MAGIC:
            raise TeamFileError(t("{name} is not a Facilitator team file.").format(name=path.name))
        line = handle.readline(64 * 1024)
    try:
        header = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        header = None
    needed = ("kind", "series_id", "series_title", "device", "device_id", "written_at", "sha256")
    if not isinstance(header, dict) or any(not isinstance(header.get(k), str) for k in needed):
        raise TeamFileError(t("{name} is damaged: its header cannot be read.").format(name=path.name))
    return header


def read(path: Path, *, series_id: str | None = None, kind: str = DEVICE) -> TeamFile:
    """Read and check a team file; raises ``TeamFileError`` with a sentence naming the file."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise TeamFileError(t("{name} is too large to be a team file.").format(name=path.name))
        header = read_header(path)
        raw = path.read_bytes()
    except OSError as error:
        raise TeamFileError(t("{name} cannot be read ({reason}).").format(name=path.name, reason=error.strerror))
    if header["kind"] != kind:
        wanted = t("a team pack") if kind == PACK else t("a device file")
        raise TeamFileError(t("{name} is not {wanted}.").format(name=path.name, wanted=wanted))
    if series_id is not None and header["series_id"] != series_id:
        raise TeamFileError(t("{name} belongs to another series (\u201c{title}\u201d), so it was not merged.")
                            .format(name=path.name, title=header["series_title"]))
    body = raw[len(MAGIC):].split(b"\n", 1)[1]
    try:
        update = zlib.decompress(body)
    except zlib.error:
        raise TeamFileError(t("{name} is damaged: its contents cannot be unpacked.").format(name=path.name))
    if hashlib.sha256(update).hexdigest() != header["sha256"]:
        raise TeamFileError(t("{name} is damaged: its contents do not match its checksum.").format(name=path.name))
    return TeamFile(path, header, update)
