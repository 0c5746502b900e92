"""Screenshots of the main window: the series list, a series overview and the agenda editor,
on the demo series at a common laptop window size."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from facilitator.demo.series import ensure_demo
from facilitator.storage import series as store
from ui.features import load_features
from ui.main_window import MainWindow
from ui.workspace import Workspace

SIZE = (1280, 800)


def _settle(window: MainWindow) -> None:
    for _ in range(3):
        QApplication.processEvents()


def shoot(out_dir: Path) -> list[Path]:
    workspace = Workspace(Path(os.environ["FACILITATOR_DATA_DIR"]) / "workspace.db")
    series_id = ensure_demo(workspace.db)
    load_features()  # the feature tabs and session actions show as they do in the app
    window = MainWindow(workspace)
    window.resize(*SIZE)
    window.show()
    written = []
    try:
        _settle(window)
        written.append(out_dir / "series_list.png")
        window.grab().save(str(written[-1]))

        window.open_series(series_id)
        _settle(window)
        written.append(out_dir / "series_overview.png")
        window.grab().save(str(written[-1]))

        first = store.list_sessions(workspace.db, series_id)[0]
        window.open_session(series_id, first.id)
        editor = window.agenda_editor
        fishbowl = next(b for b in store.load_agenda(workspace.db, first.id) if b.children).children[0]
        editor.tree.setCurrentIndex(editor.model.index_of(fishbowl.id))
        _settle(window)
        written.append(out_dir / "agenda_editor.png")
        window.grab().save(str(written[-1]))
    finally:
        window.close()
        workspace.close()
    return written
