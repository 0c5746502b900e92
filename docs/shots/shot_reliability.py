"""Screenshots of the "Restore from backup…" screen and of the offer made for a damaged file."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator import paths
from facilitator.demo.series import ensure_demo
from facilitator.storage import backup as backups
from facilitator.storage import open_workspace
from facilitator.storage import series as store


def shoot(out_dir: Path) -> list[Path]:
    from ui.restore_dialog import RestoreDialog, offer_restore
    from ui.workspace import Workspace

    path = paths.data_dir() / "shots-reliability.db"
    db = open_workspace(path)
    ensure_demo(db)
    start = datetime(2026, 3, 2, 8, 30, tzinfo=timezone.utc)
    for day, label in ((0, ""), (1, ""), (3, "manual"), (6, ""), (7, "before-restore")):
        if day == 3:
            store.create_series(db, title="Budget listening tour")
        backups.create_backup(db, label=label, now=start + timedelta(days=day, hours=day))
    db.close()
    workspace = Workspace(path)
    written: list[Path] = []
    dialog = RestoreDialog(workspace)
    dialog.resize(620, 400)
    dialog.show()
    QApplication.processEvents()
    written.append(out_dir / "reliability_restore.png")
    dialog.grab().save(str(written[-1]))
    dialog.close()

    newest = backups.newest_good_backup(path)
    from facilitator.errors import DamagedWorkspace

    box_holder: list[QMessageBox] = []

    def capture(box: QMessageBox) -> int:
        box.show()
        QApplication.processEvents()
        written.append(out_dir / "reliability_damaged.png")
        box.grab().save(str(written[-1]))
        box_holder.append(box)
        return 0

    original = QMessageBox.exec
    QMessageBox.exec = capture
    try:
        offer_restore(None, DamagedWorkspace(path, newest))
    finally:
        QMessageBox.exec = original
    workspace.close()
    return written
