"""What a team does: pack a series for the note-takers, join from a pack, sync through a
folder, see where things stand. Each call commits before it returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from facilitator.errors import FacilitatorError, NotFound
from facilitator.i18n import t
from facilitator.ids import new_id, utc_now
from facilitator.storage import team as store
from facilitator.team import bridge, files
from facilitator.team.document import FORMAT, TeamDocument, canonical
from facilitator.team.tables import TABLES

COMPACT_AFTER = 16  # updates kept before they are folded into one


@dataclass
class SyncReport:
    series_id: str
    written: Path | None = None
    merged: list[str] = field(default_factory=list)  # devices whose file brought something
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file name, why)
    sent: bridge.Capture = field(default_factory=bridge.Capture)
    received: bridge.Applied = field(default_factory=bridge.Applied)

    def as_json(self) -> dict[str, Any]:
        return {"series_id": self.series_id, "written": str(self.written) if self.written else None,
                "merged": self.merged, "unchanged": self.unchanged,
                "skipped": [{"file": name, "reason": why} for name, why in self.skipped],
                "sent": vars(self.sent), "received": vars(self.received)}


def _state(db: Database, series_id: str) -> dict[str, Any]:
    state = store.team_state(db, series_id)
    if state is None:
        raise FacilitatorError(t("This series is not shared with a team yet: the lead packs it "
                                 "('facilitator team pack'), note-takers join from the pack."))
    return state


def _title(db: Database, series_id: str) -> str:
    row = db.execute("SELECT title FROM series WHERE id = ?", [series_id]).fetchone()
    if row is None:
        raise NotFound(t("That series no longer exists."))
    return row[0]


def _save(db: Database, series_id: str, document: TeamDocument, *, whole: bool = False, **state: Any) -> None:
    """Persist the document's news and this device's baseline (inside the caller's transaction)."""
    if whole or store.append_update(db, series_id, document.since_loaded()) > COMPACT_AFTER:
        store.replace_updates(db, series_id, document.whole())
    store.save_team_state(db, series_id, baseline=bridge.baseline_of(bridge.read_tables(db, series_id)), **state)


def _check(update: bytes, series_id: str | None, name: str) -> None:
    """Try an incoming update on a scratch document first: the real one sees only sound updates."""
    try:
        scratch = TeamDocument([update])
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # pycrdt raises ValueError, or a Rust panic (a BaseException)
        raise files.TeamFileError(t("{name} is damaged: its document cannot be read.").format(name=name))
    if scratch.series_id is None or (series_id is not None and scratch.series_id != series_id):
        raise files.TeamFileError(t("{name} does not hold this series' document.").format(name=name))
    if canonical(scratch.meta.get("format")) != FORMAT:
        raise files.TeamFileError(t("{name} was written by another version of Facilitator; update both "
                                    "laptops to the same version.").format(name=name))


# ---------------------------------------------------------------- pack and join

def pack(db: Database, series_id: str, out: Path, *, device: str = "lead") -> Path:
    """Everything a note-taker's laptop needs: the series, its plan and roster, the team document.

    The first pack makes this laptop the team's lead (the one whose plan everyone follows).
    """
    title = _title(db, series_id)
    state = store.team_state(db, series_id)
    document = TeamDocument(store.load_updates(db, series_id))
    with db.atomic():
        if state is None:
            device_id = new_id()
            document.start(series_id, device_id)
            store.save_team_state(db, series_id, device_id=device_id, device_name=device.strip() or "lead",
                                  role="lead", baseline={})
            state = store.team_state(db, series_id)
        tables = bridge.read_tables(db, series_id)
        bridge.capture(db, document, tables, state["baseline"], device_id=state["device_id"],
                       is_lead=state["role"] == "lead")
        document.note_device(state["device_id"], name=state["device_name"], role=state["role"], last_sync=utc_now())
        _save(db, series_id, document)
    files.write(Path(out), kind=files.PACK, series_id=series_id, series_title=title, device=state["device_name"],
                device_id=state["device_id"], written_at=utc_now(), update=document.whole())
    return Path(out)


def join(db: Database, pack_path: Path, *, device: str) -> str:
    """Create the packed series here, with the same ids, and make this laptop one of its devices."""
    device = device.strip()
    if not device:
        raise FacilitatorError(t("Give this laptop a name the team will recognise (--device)."))
    packed = files.read(Path(pack_path), kind=files.PACK)
    _check(packed.update, None, packed.path.name)
    series_id = packed.header["series_id"]
    if db.execute("SELECT 1 FROM series WHERE id = ?", [series_id]).fetchone():
        raise FacilitatorError(t("This workspace already holds \u201c{title}\u201d; sync it instead of joining again.")
                               .format(title=packed.header["series_title"]))
    document = TeamDocument([packed.update])
    names = {str(d.get("name", "")).casefold() for d in document.device_list().values()}
    if device.casefold() in names:
        raise FacilitatorError(t("Another laptop in this team is already called \u201c{device}\u201d; "
                                 "choose another name.").format(device=device))
    device_id = new_id()
    with db.atomic():
        document.note_device(device_id, name=device, role="member", last_sync=utc_now())
        bridge.apply(db, document, {spec.name: {} for spec in TABLES})
        store.save_team_state(db, series_id, device_id=device_id, device_name=device, role="member", baseline={})
        _save(db, series_id, document, whole=True, last_sync=utc_now())
    return series_id


# ---------------------------------------------------------------- sync

def sync(db: Database, series_id: str, folder: Path) -> SyncReport:
    """Merge every other device's file found in ``folder``, then write this device's own file.

    A file that is damaged, foreign or from another series is named in the report and left
    alone; nothing of it reaches the workspace.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FacilitatorError(t("The folder {folder} does not exist or is not a folder.").format(folder=folder))
    state = _state(db, series_id)
    title = _title(db, series_id)
    report = SyncReport(series_id)
    document = TeamDocument(store.load_updates(db, series_id))
    known = store.peers(db, series_id)
    own = files.device_file_name(state["device_name"], state["device_id"])
    seen: list[dict[str, Any]] = []
    with db.atomic():
        tables = bridge.read_tables(db, series_id)
        report.sent = bridge.capture(db, document, tables, state["baseline"], device_id=state["device_id"],
                                     is_lead=state["role"] == "lead")
        for path in sorted(folder.glob("*" + files.SUFFIX)):
            if path.name == own:
                continue
            try:
                incoming = files.read(path, series_id=series_id)
                if incoming.device_id == state["device_id"]:
                    continue
                if known.get(incoming.device_id, {}).get("digest") == incoming.digest:
                    report.unchanged.append(incoming.device)
                    continue
                _check(incoming.update, series_id, path.name)
            except files.TeamFileError as error:
                report.skipped.append((path.name, str(error)))
                continue
            document.merge(incoming.update)
            report.merged.append(incoming.device)
            seen.append({"device_id": incoming.device_id, "device_name": incoming.device, "file_name": path.name,
                         "digest": incoming.digest, "written_at": incoming.header["written_at"],
                         "merged_at": utc_now()})
        now = utc_now()
        document.note_device(state["device_id"], name=state["device_name"], role=state["role"], last_sync=now)
        report.received = bridge.apply(db, document, tables)
        store.save_peers(db, series_id, seen)
        _save(db, series_id, document, whole=_someone_removed(report), folder=str(folder), last_sync=now)
    report.written = folder / own
    files.write(report.written, kind=files.DEVICE, series_id=series_id, series_title=title,
                device=state["device_name"], device_id=state["device_id"], written_at=now, update=document.whole())
    return report


def _someone_removed(report: SyncReport) -> bool:
    """A person left the roster here or elsewhere: keep only the document as it is now, not the
    updates that held their details (the engine drops overwritten values from the whole state)."""
    return bool(report.sent.people_removed or report.received.removed.get("participants"))


def folder_news(db: Database, series_id: str, folder: Path | None = None) -> list[str]:
    """Devices whose file in the shared folder holds something not merged here yet (by name).

    Reads only the files' headers, so the app can ask every few seconds.
    """
    state = store.team_state(db, series_id)
    if state is None:
        return []
    chosen = folder or state["folder"]
    if not chosen or not Path(chosen).is_dir():
        return []
    folder = Path(chosen)
    known = store.peers(db, series_id)
    news = []
    for path in sorted(folder.glob("*" + files.SUFFIX)):
        try:
            header = files.read_header(path)
        except (files.TeamFileError, OSError):
            continue
        if (header["kind"] == files.DEVICE and header["series_id"] == series_id
                and header["device_id"] != state["device_id"]
                and known.get(header["device_id"], {}).get("digest") != header["sha256"]):
            news.append(header["device"])
    return news


# ---------------------------------------------------------------- what the team sees

def team_of(db: Database, series_id: str) -> dict[str, Any] | None:
    """This laptop's place in the series' team, or None when the series is not shared."""
    state = store.team_state(db, series_id)
    if state is None:
        return None
    return {"device": state["device_name"], "role": "lead" if state["role"] == "lead" else "note-taker",
            "folder": state["folder"],
            "last_sync": state["last_sync"]}


def status(db: Database, series_id: str) -> dict[str, Any]:
    """Devices seen, when each last synced, how many notes came from each, and where edits met."""
    state = _state(db, series_id)
    document = TeamDocument(store.load_updates(db, series_id))
    notes = document.rows("notes")
    merged = store.peers(db, series_id)
    devices = []
    for device_id, info in sorted(document.device_list().items(), key=lambda d: str(d[1].get("name"))):
        devices.append({
            "device": info.get("name", ""), "role": "lead" if device_id == document.lead else "note-taker",
            "this_laptop": device_id == state["device_id"], "last_sync": info.get("last_sync"),
            "notes": sum(1 for n in notes.values() if n.get("_origin") == device_id and not n.get("_deleted")),
            "file_merged_at": merged.get(device_id, {}).get("merged_at")})
    return {"series_id": series_id, "series": _title(db, series_id), "device": state["device_name"],
            "role": "lead" if state["role"] == "lead" else "note-taker", "folder": state["folder"], "last_sync": state["last_sync"],
            "devices": devices, "notes": sum(1 for n in notes.values() if not n.get("_deleted")),
            "deleted_notes": sum(1 for n in notes.values() if n.get("_deleted")),
            "news": folder_news(db, series_id) if state["folder"] else [],
            "edits_met": meetings(document)}


def meetings(document: TeamDocument) -> list[dict[str, Any]]:
    """Every field where two devices' edits met: each side's value and what the field holds now."""
    names = {device_id: str(info.get("name", "")) for device_id, info in document.device_list().items()}
    groups: dict[tuple[str, str, int], list[dict[str, Any]]] = {}
    for entry in document.edit_log():
        groups.setdefault((entry["t"], entry["k"], entry["seen"]), []).append(entry)
    out = []
    for (table, key, _seen), entries in groups.items():
        by_field: dict[str, list[dict[str, Any]]] = {}
        for entry in entries:
            by_field.setdefault(entry["f"], []).append(entry)
        deletions = by_field.get("_deleted", [])
        for name, edits in by_field.items():
            rivals = edits if name != "_deleted" else []
            if name != "_deleted" and deletions:
                rivals = edits + deletions
            if len({e["d"] for e in rivals}) < 2:
                continue
            if name != "_deleted" and not deletions and len({repr(_substance(e["v"])) for e in rivals}) < 2:
                continue
            row = document.row(table, key) or {}
            out.append({"table": table, "key": key, "field": name, "deleted": bool(row.get("_deleted")),
                        "now": row.get(name) if name != "*" else None,
                        "edits": [{"device": names.get(e["d"], e["d"]), "value": e["v"], "at": e["at"]}
                                  for e in rivals]})
    return out


def _substance(value: Any) -> Any:
    """A whole row created on two laptops differs in its time stamps alone when both did the same."""
    if isinstance(value, dict):
        return sorted((k, v) for k, v in value.items() if k not in ("created_at", "updated_at", "added_at",
                                                                    "checked_in_at"))
    return value


def restore_deleted_note(db: Database, series_id: str, note_id: str) -> None:
    """Bring back a note deleted in the team, with every edit made to it (on any laptop)."""
    state = _state(db, series_id)
    document = TeamDocument(store.load_updates(db, series_id))
    row = document.row("notes", note_id)
    if row is None or not row.get("_deleted"):
        raise NotFound(t("No deleted note of this series has that id."))
    with db.atomic():
        document.mark_deleted("notes", note_id, False)
        document.log_edit("notes", note_id, "_deleted", False, state["device_id"])
        bridge.apply(db, document, bridge.read_tables(db, series_id))
        _save(db, series_id, document)


def deleted_notes(db: Database, series_id: str) -> list[dict[str, Any]]:
    """Notes deleted in the team that can still be brought back, with their latest text."""
    _state(db, series_id)
    document = TeamDocument(store.load_updates(db, series_id))
    return [{"id": key, "text": row.get("text", ""), "kind": row.get("kind")}
            for key, row in document.rows("notes").items() if row.get("_deleted")]

