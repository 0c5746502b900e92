"""The main screens in Spanish (docs/screenshots/es/): every other shot module run again with the
interface, the demo series and the printed documents in Spanish, to check nothing is clipped."""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QApplication

import facilitator.demo.series
from facilitator import i18n as core_i18n
from ui import i18n

SHOTS = Path(__file__).resolve().parent


def _dialogs(target: Path) -> list[Path]:
    """The app's own dialogs: settings and the getting-started guide."""
    from ui.first_run import FirstRunGuide
    from ui.settings import Settings, SettingsDialog

    written = []
    for name, dialog in (("settings", SettingsDialog(Settings())), ("first_run_guide", FirstRunGuide())):
        dialog.show()
        dialog.adjustSize()
        QApplication.processEvents()
        written.append(target / f"{name}.png")
        dialog.grab().save(str(written[-1]))
        dialog.close()
    return written


def shoot(out_dir: Path) -> list[Path]:
    target = out_dir / "es"
    target.mkdir(parents=True, exist_ok=True)
    real_demo = facilitator.demo.series.ensure_demo
    facilitator.demo.series.ensure_demo = partial(real_demo, language="es")
    i18n.install("es")
    written: list[Path] = []
    try:
        with core_i18n.language("es"):
            for module_path in sorted(SHOTS.glob("shot_*.py")):
                if module_path.stem == "shot_es":
                    continue
                with tempfile.TemporaryDirectory() as data:
                    os.environ["FACILITATOR_DATA_DIR"] = data
                    spec = importlib.util.spec_from_file_location(f"{module_path.stem}_es", module_path)
                    module = importlib.util.module_from_spec(spec)
                    spec.loader.exec_module(module)
                    try:
                        written += module.shoot(target)
                    except Exception as error:  # one area's shots must not stop the others
                        print(f"shot_es: {module_path.stem} failed in Spanish: {error!r}", file=sys.stderr)
                    QApplication.processEvents()
            written += _dialogs(target)
    finally:
        facilitator.demo.series.ensure_demo = real_demo
        i18n.install("en")
    return written
