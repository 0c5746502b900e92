"""The person's preferences, kept with QSettings, and the one dialog that edits them.

The core never reads these: the screens pass each value to the core function that needs it
(paper to ``documents.render``, warning minutes to ``LiveSession``, backups to ``open_workspace``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator import paths
from facilitator.documents.paper import Paper
from facilitator.i18n import LANGUAGES
from facilitator.live import DEFAULT_WRAP_UP_MINUTES
from facilitator.ops.workspace import KEEP_NEWEST

ORGANIZATION = APPLICATION = paths.APP_NAME
KEYS = {
    "language": "ui/language",
    "paper": "print/paper",  # also what Print & share remembers as the last paper chosen
    "wrap_up_minutes": "live/wrap_up_minutes",
    "chime": "live/chime",
    "data_folder": "workspace/data_folder",
    "backups": "backups/enabled",
    "keep_backups": "backups/keep",
    "guide_seen": "help/first_run_guide_seen",
    "sender": "messages/from",
}


@dataclass
class Settings:
    language: str = ""  # "" follows the system language
    paper: str = ""  # "" follows the system locale
    wrap_up_minutes: int = DEFAULT_WRAP_UP_MINUTES
    chime: bool = False
    data_folder: str = ""  # "" is the usual per-user data folder
    backups: bool = True
    keep_backups: int = KEEP_NEWEST
    guide_seen: bool = False
    sender: str = ""  # From address of message drafts ("" leaves it to the mail program)


def store() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


def load() -> Settings:
    stored, defaults = store(), Settings()
    values = {}
    for name, key in KEYS.items():
        default = getattr(defaults, name)
        value = stored.value(key, default)
        try:
            if isinstance(default, bool):
                value = value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
            elif isinstance(default, int):
                value = int(value)
            else:
                value = str(value)
        except (TypeError, ValueError):
            value = default
        values[name] = value
    return Settings(**values)


def save(settings: Settings) -> None:
    stored = store()
    for name, key in KEYS.items():
        stored.setValue(key, getattr(settings, name))
    stored.sync()


def workspace_path(db_path: Path, settings: Settings) -> Path:
    """The workspace to open: the chosen data folder's, unless a file was named explicitly
    (``--db``, ``FACILITATOR_DB``) or the data folder was moved by ``FACILITATOR_DATA_DIR``."""
    import os

    explicit = os.environ.get(paths.DB_ENV) or os.environ.get("FACILITATOR_DATA_DIR")
    if settings.data_folder and not explicit and Path(db_path) == paths.default_db_path():
        return Path(settings.data_folder) / paths.default_db_path().name
    return Path(db_path)


class SettingsDialog(QDialog):
    """Paper, live timer, language, data folder and backups, in one place."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self._settings = settings

        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(self.tr("Language"))

        self.paper = QComboBox()
        self.paper.addItem(self.tr("System default"), "")
        for paper in Paper:
            self.paper.addItem(QCoreApplication.translate("DocumentsTab", paper.label), paper.value)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.paper)))
        self.paper.setAccessibleName(self.tr("Paper size"))

        self.wrap_up = QSpinBox()
        self.wrap_up.setRange(0, 30)
        self.wrap_up.setSuffix(self.tr(" min"))
        self.wrap_up.setValue(settings.wrap_up_minutes)
        self.wrap_up.setAccessibleName(self.tr("Wrap-up warning before a block ends, in minutes"))
        self.chime = QCheckBox(self.tr("Play a &chime at wrap-up and at the end of a block"))
        self.chime.setChecked(settings.chime)

        self.data_folder = QLineEdit(settings.data_folder)
        self.data_folder.setPlaceholderText(str(paths.data_dir()))
        self.data_folder.setAccessibleName(self.tr("Data folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the data folder"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(browse)

        self.sender = QLineEdit(settings.sender)
        self.sender.setPlaceholderText(self.tr("Ana López <ana@example.org>"))
        self.sender.setAccessibleName(self.tr("From address of message drafts"))

        self.backups = QCheckBox(self.tr("&Keep a backup each time the workspace opens after a change"))
        self.backups.setChecked(settings.backups)
        self.keep_backups = QSpinBox()
        self.keep_backups.setRange(1, 100)
        self.keep_backups.setValue(settings.keep_backups)
        self.keep_backups.setAccessibleName(self.tr("Newest backups to keep"))
        self.keep_backups.setEnabled(settings.backups)
        self.backups.toggled.connect(self.keep_backups.setEnabled)

        form = QFormLayout()
        for text, field in ((self.tr("&Language:"), self.language), (self.tr("&Paper:"), self.paper),
                            (self.tr("&Wrap-up warning:"), self.wrap_up)):
            form.addRow(text, field)
        form.addRow("", self.chime)
        form.addRow(self.tr("&From (messages):"), self.sender)
        folder_label = QLabel(self.tr("&Data folder:"))
        folder_label.setBuddy(self.data_folder)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.backups)
        form.addRow(self.tr("Backups to &keep:"), self.keep_backups)

        note = QLabel(self.tr("A new language or data folder takes effect the next time Facilitator starts."))
        note.setObjectName("pageHint")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), self.data_folder.text())
        if folder:
            self.data_folder.setText(folder)

    def values(self) -> Settings:
        return Settings(language=self.language.currentData(), paper=self.paper.currentData(),
                        wrap_up_minutes=self.wrap_up.value(), chime=self.chime.isChecked(),
                        data_folder=self.data_folder.text().strip(), backups=self.backups.isChecked(),
                        keep_backups=self.keep_backups.value(), guide_seen=self._settings.guide_seen,
                        sender=self.sender.text().strip())
