"""The core must work where Qt is not installed (servers, scripts, the core test run)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import facilitator


def test_importing_every_core_module_loads_no_qt():
    names = [m.name for m in pkgutil.walk_packages(facilitator.__path__, "facilitator.")
             if m.name != "facilitator.__main__"]
    code = ("import importlib, sys\n"
            f"for name in {names!r}: importlib.import_module(name)\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qasync', 'ui'))\n"
            "print(bad); sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
