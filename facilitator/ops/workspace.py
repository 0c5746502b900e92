"""Opening the workspace file, its passphrase and its backups: for the app shell, the restore
dialog and ``facilitator workspace``/``backup``.

These act on the file rather than on rows, so they return plain values, not ``Outcome``s:
restoring a backup replaces everything (the shell reopens), and nothing here is undoable.
"""

from __future__ import annotations

from facilitator.storage.backup import (
                                        KEEP_NEWEST,
                                        BackupInfo,
                                        create_backup,
                                        describe,
                                        integrity_problems,
                                        list_backups,
                                        resolve_backup,
                                        restore_backup,
)
from facilitator.storage.connection import connect, needs_passphrase
from facilitator.storage.workspace import (
                                        COMMAND_BACKUP_EVERY,
                                        change_passphrase,
                                        create_encrypted_workspace,
                                        data_version,
                                        open_workspace,
)

__all__ = ["COMMAND_BACKUP_EVERY", "KEEP_NEWEST", "BackupInfo", "create_backup", "describe", "integrity_problems", "list_backups",
           "resolve_backup", "restore_backup", "connect", "needs_passphrase", "change_passphrase",
           "create_encrypted_workspace", "data_version", "open_workspace"]
