"""Every screen as a 1366×768 laptop shows it (docs/screenshots/1366/): the same walk through the
app as the fit test (``tests/screens.py``), each window sized as ``tests/fit.py`` sizes it, with
anything the fit test would name listed in ``problems.txt`` beside the pictures."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))

from fit import fit_problems  # noqa: E402
from screens import each_screen, settle  # noqa: E402


class _Bot:
    """The two things ``each_screen`` asks of pytest-qt's qtbot."""

    def addWidget(self, widget) -> None:  # noqa: N802 (qtbot's name)
        pass

    def waitExposed(self, widget) -> None:  # noqa: N802 (qtbot's name)
        settle()


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.replace("&", "").lower()).strip("_")


def shoot(out_dir: Path) -> list[Path]:
    target = out_dir / "1366"
    target.mkdir(parents=True, exist_ok=True)
    db_path = Path(os.environ["FACILITATOR_DATA_DIR"]) / "laptop.db"
    written, problems = [], []
    for name, top in each_screen(_Bot(), db_path):
        if name == "groups tab 0":  # a round of six groups, as on the day
            from facilitator.groups import assign

            assign.assign_groups(top.board.workspace.db, top.session_id, groups=6, time_limit=0.5)
            top.board.refresh()
        problems += [f"{name}: {p}" for p in fit_problems(top)]  # also sizes the window as on the laptop
        settle()
        path = target / f"{_slug(name)}.png"
        top.grab().save(str(path))
        written.append(path)
        QApplication.processEvents()
    from ui.live.presenter import PresenterWindow

    presenter = PresenterWindow()  # "Find your group" with twelve groups, on a 1366×768 projector
    presenter.resize(1366, 768)
    presenter.show()
    presenter.show_pages([("Find your group", [(f"Group {n}", ["Ana Souza", "Олена Коваль", "Ólafur Jónsson", "Keisha W.",
                                                               "Dmitri Volkov"]) for n in range(g, g + 6)])
                          for g in (1, 7)])
    settle()
    problems += [f"presenter: {p}" for p in fit_problems(presenter)]
    written.append(target / "presenter_find_your_group.png")
    presenter.grab().save(str(written[-1]))
    presenter.close()
    report = target / "problems.txt"
    report.write_text("\n".join(problems) + "\n" if problems else "None: every screen fits 1366×768.\n",
                      encoding="utf-8")
    return [*written, report]
