"""Shared fixtures. Qt runs offscreen, no test touches the user's real data folder, and no
test may open a network connection: the app must work in a room with no wifi."""

from __future__ import annotations

import gc
import os
import socket
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck, settings

from facilitator.storage import open_workspace

# Property and fuzz suites: a bounded count in `make test`, a larger one in `make fuzz`. `make test`
# draws the same inputs on every run (a gate that passes on one checkout passes on the next);
# `make fuzz` draws new ones, and whatever it finds becomes an @example that `make test` keeps.
settings.register_profile("test", max_examples=60, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.load_profile(os.environ.get("FACILITATOR_HYPOTHESIS_PROFILE", "test"))


class NetworkUsed(AssertionError):
    pass


@pytest.fixture(autouse=True)
def _as_the_app_is_set_up(request):
    """What ``ui.app.make_application`` installs on the app, for tests that make their own windows:
    dialogs as wide as their titles, and cycles collected on the UI thread only (``ui.collector``:
    a worker collecting a closed dialog can freeze the app). Afterwards Python collects as usual,
    for the tests that follow without Qt."""
    uses_qt = "qapp" in request.fixturenames or "qtbot" in request.fixturenames
    if uses_qt:
        from ui.collector import MainThreadCollector
        from ui.layout import TitlesFit

        app = request.getfixturevalue("qapp")
        titles = TitlesFit(app)
        app.installEventFilter(titles)
        collector = MainThreadCollector(app)
    yield
    if uses_qt:
        app.removeEventFilter(titles)
        collector.check()  # what the test left, on this thread, before a worker of the next can
        collector.stop()
    if "PySide6.QtWidgets" in sys.modules:  # a test that called make_application itself
        app = sys.modules["PySide6.QtWidgets"].QApplication.instance()
        installed = getattr(app, "_main_thread_collector", None)
        if installed is not None:
            installed.stop()
            del app._main_thread_collector
    gc.enable()


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Fail any test in which anything tries to reach another machine (AF_UNIX stays allowed)."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def refuse(address):
        raise NetworkUsed(f"Facilitator works offline, but something tried to connect to {address!r}")

    def connect(self, address):
        if self.family == getattr(socket, "AF_UNIX", None):
            return real_connect(self, address)
        refuse(address)

    def connect_ex(self, address):
        if self.family == getattr(socket, "AF_UNIX", None):
            return real_connect_ex(self, address)
        refuse(address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", lambda address, *a, **k: refuse(address))


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("FACILITATOR_DB", raising=False)


@pytest.fixture(autouse=True)
def _private_settings(tmp_path):
    """The app's QSettings (language, paper, first-run guide...) live in the test's own folder."""
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture(autouse=True)
def shown_messages(monkeypatch):
    """No message box ever blocks a test: each one shown is recorded here (its text, then its
    informative text when it has one). A test that wants to answer a question patches
    ``QMessageBox.question`` itself."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def exec_(box):
        shown.append("\n".join(t for t in (box.text(), box.informativeText()) if t))
        return QMessageBox.StandardButton.Ok

    def static(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, static)
    return shown


class CommandResult:
    """What a command left behind, read like ``subprocess.CompletedProcess`` (``returncode``,
    ``stdout``, ``stderr``) and like click's ``Result`` (``exit_code``, ``output``)."""

    def __init__(self, result):
        self.returncode = self.exit_code = result.exit_code
        self.stdout, self.stderr, self.output = result.stdout, result.stderr, result.output

    def __repr__(self) -> str:
        return f"<exit {self.returncode}: {self.output[-300:]!r}>"


@pytest.fixture
def cli(db_path):
    """``cli("series", "list")`` runs ``facilitator --db <db_path> series list`` in this process
    with click's CliRunner: as a person at a terminal would see it, without starting Python again.
    An unexpected exception (not a refusal, which exits 2) fails the test with its traceback.
    A few tests still start a real process where the process is the point (see test_cli_series)."""
    from click.testing import CliRunner

    from facilitator.cli import main

    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, env: dict | None = None) -> CommandResult:
        result = runner.invoke(main, ["--db", str(db_path), *map(str, args)], input=input, env=env)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        return CommandResult(result)

    return invoke


@pytest.fixture
def workspace(qtbot, db_path, _migrated_workspace):
    """The workspace as the app opens it (``ui.workspace.Workspace``), closed after the test: a new,
    empty one, copied from the migrated one as ``db`` is."""
    from ui.workspace import Workspace

    _copy_migrated(_migrated_workspace, db_path)
    opened = Workspace(db_path)
    yield opened
    opened.close()


@pytest.fixture
def utc(monkeypatch):
    """Local time pinned to UTC, for tests whose figures are clock times of the day."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "workspace.db"


@pytest.fixture(scope="session")
def _migrated_workspace(tmp_path_factory):
    """One workspace made with today's migrations, for every ``db`` to start from."""
    path = tmp_path_factory.mktemp("migrated") / "workspace.db"
    open_workspace(path, backup=False).close()
    return path


def _copy_migrated(source_path, db_path):
    import sqlite3

    from facilitator.storage.connection import create_private

    create_private(db_path)
    source, target = sqlite3.connect(source_path), sqlite3.connect(db_path)
    with target:
        source.backup(target)
    source.close()
    target.close()


@pytest.fixture
def db(db_path, _migrated_workspace):
    """A new, empty workspace at ``db_path``: a copy of the migrated one, made through SQLite's
    backup API into an owner-only file (as a new workspace is), so each test does not run every
    migration again. Opened as the app opens a new file: nothing to back up yet."""
    _copy_migrated(_migrated_workspace, db_path)
    database = open_workspace(db_path, backup=False)
    yield database
    database.close()


def pytest_sessionfinish(session):
    """A pytest-xdist worker hands its hostile-input counts to the main process, which reports."""
    from fuzzing import OUTCOMES, TRIED

    if hasattr(session.config, "workeroutput"):
        session.config.workeroutput["hostile_input"] = {"tried": dict(TRIED), "outcomes": dict(OUTCOMES)}


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook: plain ``pytest`` runs without it
def pytest_testnodedown(node, error):
    from fuzzing import OUTCOMES, TRIED

    counts = getattr(node, "workeroutput", {}).get("hostile_input")
    if counts:
        TRIED.update(counts["tried"])
        OUTCOMES.update(counts["outcomes"])


def pytest_terminal_summary(terminalreporter):
    """How many hostile inputs the property and fuzz suites tried, per importer."""
    from fuzzing import OUTCOMES as outcomes
    from fuzzing import TRIED as tried

    if not tried:
        return
    terminalreporter.section("hostile input tried")
    for name, count in sorted(tried.items()):
        terminalreporter.write_line(f"{name}: {count} inputs")
    for name, count in sorted(outcomes.items()):
        terminalreporter.write_line(f"  {name}: {count}")
    terminalreporter.write_line(f"total: {sum(tried.values())} inputs")


@pytest.fixture
def qasync_loop(qapp):
    """The app's asyncio-on-Qt loop for a test; afterwards a plain loop is left in place, as the
    next test expects one to exist."""
    import asyncio

    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    asyncio.set_event_loop(asyncio.new_event_loop())
