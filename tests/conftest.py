"""Shared fixtures. Qt runs offscreen, no test touches the user's real data folder, and no
test may open a network connection: the app must work in a room with no wifi."""

from __future__ import annotations

import os
import socket

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck, settings

from facilitator.storage import open_workspace

# Property and fuzz suites: a bounded count in `make test`, a larger one in `make fuzz`.
settings.register_profile("test", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.load_profile(os.environ.get("FACILITATOR_HYPOTHESIS_PROFILE", "test"))


class NetworkUsed(AssertionError):
    pass


@pytest.fixture(autouse=True)
def _dialogs_as_wide_as_their_titles(request):
    """What ``ui.app.make_application`` installs on the app, for tests that make their own dialogs."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    from ui.layout import TitlesFit

    app = request.getfixturevalue("qapp")
    titles = TitlesFit(app)
    app.installEventFilter(titles)
    yield
    app.removeEventFilter(titles)


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


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "workspace.db"


@pytest.fixture
def db(db_path):
    database = open_workspace(db_path)
    yield database
    database.close()


def pytest_terminal_summary(terminalreporter):
    """How many hostile inputs the property and fuzz suites tried, per importer."""
    from fuzzing import OUTCOMES as outcomes, TRIED as tried

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
