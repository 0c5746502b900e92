"""Privacy basics: nothing reaches the network, and every file the app writes is owner-only."""

from __future__ import annotations

import ast
import os
import socket
import stat
from pathlib import Path

import pytest

from facilitator.storage import backup as backups
from facilitator.storage import open_workspace
from facilitator.storage import series as store

ROOT = Path(__file__).resolve().parents[2]
NETWORK_MODULES = {"socket", "ssl", "http", "urllib.request", "urllib3", "requests", "httpx", "aiohttp",
                   "ftplib", "smtplib", "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "xmlrpc"}


def test_the_guard_refuses_a_connection_in_every_test():
    with pytest.raises(AssertionError, match="works offline"):
        socket.create_connection(("127.0.0.1", 9))
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(AssertionError, match="works offline"):
            probe.connect(("192.0.2.1", 80))
    finally:
        probe.close()


def test_local_unix_sockets_stay_allowed(tmp_path):
    if not hasattr(socket, "AF_UNIX"):
        pytest.skip("no AF_UNIX here")
    left, right = socket.socketpair()
    left.sendall(b"ok")
    assert right.recv(2) == b"ok"
    left.close()
    right.close()


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def test_no_app_module_imports_a_network_library():
    offenders = []
    for folder in ("facilitator", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for name in _imports(path):
                if any(name == bad or name.startswith(bad + ".") for bad in NETWORK_MODULES):
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


@pytest.mark.skipif(os.name != "posix", reason="permissions are POSIX-only")
def test_workspace_side_files_and_backups_are_owner_only(db_path):
    old_umask = os.umask(0o022)  # a typical, permissive umask: the app must not rely on it
    try:
        db = open_workspace(db_path)
        store.create_series(db, title="Private")
        db.close()
        db = open_workspace(db_path)
        store.create_series(db, title="Still private")
        files = [db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm"), *backups.backups_dir(db_path).iterdir()]
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in files if p.exists()}
        db.close()
    finally:
        os.umask(old_umask)
    assert f"{db_path.name}-wal" in modes
    assert all(mode & 0o077 == 0 for mode in modes.values()), modes
