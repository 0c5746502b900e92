"""The built app (``make bundle``) starts with no Python and passes its own self-test.

Building takes minutes, so ``make test`` never builds: these tests run against
``dist/Facilitator`` when it exists and are skipped, saying so, when it does not.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

DIST = Path(__file__).resolve().parents[1] / "dist" / "Facilitator"
APP = DIST / "facilitator"

needs_bundle = pytest.mark.skipif(not APP.exists(), reason="no bundle in dist/Facilitator: run `make bundle` first")


@needs_bundle
def test_the_bundled_self_test_opens_the_window_and_prints_a_pdf(tmp_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               PATH="/usr/bin:/bin")  # no virtualenv on the path: the bundle brings its own Python
    result = subprocess.run([str(APP), "--self-test"], env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "self-test: ok" in result.stdout


@needs_bundle
def test_the_bundle_starts_in_spanish_with_its_own_and_qts_translations(tmp_path):
    config = tmp_path / "config" / "Facilitator"
    config.mkdir(parents=True)
    (config / "Facilitator.conf").write_text("[ui]\nlanguage=es\n", encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               PATH="/usr/bin:/bin")
    result = subprocess.run([str(APP), "--self-test"], env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "language es" in result.stdout
    assert "facilitator_es.qm" in result.stdout and "qtbase_es.qm" in result.stdout


@needs_bundle
def test_the_bundle_carries_its_resources_and_desktop_integration():
    resources = DIST / "_internal" / "resources"
    for part in ("fonts/DejaVuSans.ttf", "fonts/DroidSansFallback.ttf", "fonts/NotoNaskhArabic-Regular.ttf",
                 "fonts/NotoSansDevanagari-Bold.ttf", "fonts/LICENSE-Noto.txt", "sounds/chime.wav", "templates/breakthrough.es.toml",
                 "translations/facilitator_es.qm", "icons/facilitator-256.png", "messages/messages.toml"):
        assert (resources / part).is_file(), part
    desktop = (DIST / "facilitator.desktop").read_text(encoding="utf-8")
    assert "Exec=facilitator" in desktop and "Icon=facilitator" in desktop
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (DIST / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "facilitator.png").is_file()
    assert os.access(DIST / "install.sh", os.X_OK)
