"""Shared fixtures. Qt runs offscreen and no test touches the user's real data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from facilitator.storage import open_workspace


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("FACILITATOR_DB", raising=False)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "workspace.db"


@pytest.fixture
def db(db_path):
    database = open_workspace(db_path)
    yield database
    database.close()
