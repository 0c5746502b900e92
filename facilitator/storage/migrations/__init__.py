"""Numbered schema migrations, applied in name order by ``sqlite_utils.Migrations``.

Each module ``mNNNN_<what>.py`` defines ``migrate(db)``. A module is never edited once
released: a later change is a new module, so a database from any earlier version opens.
"""

from __future__ import annotations

import importlib
import pkgutil

from sqlite_utils import Migrations

MIGRATIONS = Migrations("facilitator")


def _module_names() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("m"))


for _name in _module_names():
    _module = importlib.import_module(f"{__name__}.{_name}")
    MIGRATIONS(name=_name)(_module.migrate)

MIGRATION_NAMES = [m.name for m in MIGRATIONS._migrations]
