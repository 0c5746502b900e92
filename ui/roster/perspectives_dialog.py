"""Editing a series' list of perspectives: one per line, in the order the menus show them."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout


class PerspectivesDialog(QDialog):
    def __init__(self, labels: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Perspectives in this series"))
        hint = QLabel(self.tr("One perspective or stakeholder group per line. People keep their perspective "
                              "if you remove it from the list."), self)
        hint.setWordWrap(True)
        self.editor = QPlainTextEdit("\n".join(labels), self)
        self.editor.setAccessibleName(self.tr("Perspectives, one per line"))
        self.editor.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)

    def labels(self) -> list[str]:
        return [line.strip() for line in self.editor.toPlainText().splitlines() if line.strip()]
