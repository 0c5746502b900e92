"""The feature modules the main window loads; each registers its screens with ``ui.registry``
when imported. Adding a screen = one line here (see docs/DEVELOPING.md, "Adding a screen").
"""

from __future__ import annotations

import importlib

FEATURE_MODULES: tuple[str, ...] = (
    "ui.live.feature",
    "ui.roster.screens",
    "ui.roster.guest_list",
    "ui.room_window",
    "ui.notes.feature",
    "ui.print_share",
    "ui.team_menu",
)


def load_features() -> None:
    for name in FEATURE_MODULES:
        importlib.import_module(name)
