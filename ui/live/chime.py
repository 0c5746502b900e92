"""The optional chime at wrap-up and at the end of a block.

PySide6-Essentials has no QtMultimedia, so the shipped WAV is played by what the system has
(winsound on Windows, afplay on macOS, paplay or aplay on Linux); failing that, the system beep.
"""

from __future__ import annotations

import shutil
import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

from facilitator.paths import resource

CHIME = resource("sounds", "chime.wav")


def _player() -> list[str] | None:
    if sys.platform == "darwin":
        return ["afplay"]
    for name in ("paplay", "aplay"):
        if shutil.which(name):
            return [name] if name == "paplay" else [name, "-q"]
    return None


def play() -> None:
    if sys.platform == "win32":
        import winsound

        winsound.PlaySound(str(CHIME), winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT)
        return
    player = _player()
    if player is None or not CHIME.exists():
        QApplication.beep()
        return
    if not QProcess.startDetached(player[0], [*player[1:], str(CHIME)])[0]:
        QApplication.beep()
