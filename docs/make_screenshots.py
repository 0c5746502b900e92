"""Regenerate every screenshot in docs/screenshots/ (run by `make screenshots`).

Each area of the app has a module ``docs/shots/shot_<area>.py`` with a function
``shoot(out_dir: Path) -> list[Path]`` that builds its screens on a demo workspace and grabs
them. This script gives each a QApplication running offscreen and a throw-away data folder.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ui.app import make_application  # noqa: E402


def main() -> int:
    out_dir = ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[1:])
    app = make_application([], language="en")  # shot_es switches to Spanish for its own shots
    written: list[Path] = []
    for module_path in sorted((ROOT / "docs" / "shots").glob("shot_*.py")):
        area = module_path.stem.removeprefix("shot_")
        if only and area not in only:
            continue
        with tempfile.TemporaryDirectory() as data:
            os.environ["FACILITATOR_DATA_DIR"] = data
            os.environ.pop("FACILITATOR_DB", None)
            spec = importlib.util.spec_from_file_location(module_path.stem, module_path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            written += module.shoot(out_dir)
            app.processEvents()
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
