"""Where things live on disk: shipped resources, the user's data folder, the default workspace.

One function per location so a source checkout, a ``pip install .`` and a PyInstaller
bundle all resolve the same names.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Facilitator"
DB_ENV = "FACILITATOR_DB"


def resources_dir() -> Path:
    """The shipped ``resources/`` folder (templates, fonts, sounds, translations)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    import resources

    return Path(resources.__file__).resolve().parent


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The per-user data folder; ``FACILITATOR_DATA_DIR`` moves it (tests, portable installs)."""
    override = os.environ.get("FACILITATOR_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """``FACILITATOR_DB`` wins over the data folder, so a terminal and the app can share a file."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    return data_dir() / "workspace.db"


def user_templates_dir() -> Path:
    path = data_dir() / "templates"
    path.mkdir(parents=True, exist_ok=True)
    return path
