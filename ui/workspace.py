"""The open workspace as the GUI sees it: one connection for the UI thread and two signals
that fire after a local edit and when another process (a CLI command, a second window) commits
to the same file: ``changes`` carries what changed (``facilitator.ops.Changes``; from another
process, ``Changes.anything()``), ``changed`` is the same moment without the detail.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from sqlite_utils import Database

from facilitator.ops import Changes
from facilitator.ops.workspace import connect, data_version, open_workspace

POLL_MS = 500


class Workspace(QObject):
    changes = Signal(object)  # facilitator.ops.Changes

    def __init__(self, path: str | Path, parent: QObject | None = None, *, passphrase: str | None = None,
                 backup: bool = True, keep_backups: int | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self._passphrase = passphrase
        extra = {} if keep_backups is None else {"keep_backups": keep_backups}
        self.db: Database = open_workspace(self.path, passphrase=passphrase, backup=backup, **extra)
        self.backup_warning: str | None = self.db.backup_warning
        self.read_only_notice = (self.tr("This workspace is open read-only: its file or folder cannot be "
                                         "written to, so changes are refused.") if self.db.read_only else None)
        self._version = data_version(self.db)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_outside_changes)
        self._poll.start()

    def edited(self, changes: Changes | None = None) -> None:
        """Called by ``ui.ops`` after an operation, so the views showing ``changes`` refresh
        (None: anything may have changed)."""
        self._version = data_version(self.db)
        if changes is not None and not changes:
            return  # the operation found nothing to change (a draft kept, an answer as it was)
        self.changes.emit(changes if changes is not None else Changes.anything())

    def _check_outside_changes(self) -> None:
        version = data_version(self.db)
        if version != self._version:
            self._version = version
            self.changes.emit(Changes.anything())

    def open_worker_connection(self) -> Database:
        """A separate connection for a worker thread: a sqlite3 connection belongs to one thread.

        The file was checked, backed up and migrated when this workspace opened, so a worker
        only connects (with the same passphrase, if the workspace is encrypted).
        """
        return connect(self.path, passphrase=self._passphrase, read_only=self.db.read_only)

    def close(self) -> None:
        self._poll.stop()
        self.db.close()
