"""Asking for a new series: which template (or blank), what title, and when it starts."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import InvalidInput
from facilitator.plan.templates import Template
from ui.layout import scrolling
from ui.style import muted_color


class NewSeriesDialog(QDialog):
    def __init__(self, templates: list[Template], broken: list[InvalidInput] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New series"))
        self.setMinimumWidth(560)
        self._templates = templates

        intro = QLabel(self.tr("Start from a template and adjust it, or start blank."))
        intro.setWordWrap(True)
        self.template_list = QListWidget()
        self.template_list.setAccessibleName(self.tr("Template"))
        for template in templates:
            item = QListWidgetItem(template.name)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            self.template_list.addItem(item)
        self.template_list.setMinimumHeight(110)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setMinimumHeight(90)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Series title"))
        self.start_edit = QDateEdit(QDate.currentDate().addDays(14))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("d MMM yyyy")
        self.start_edit.setAccessibleName(self.tr("Start date"))

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Starts on:"), self.start_edit)
        label = QLabel(self.tr("&Template:"))
        label.setBuddy(self.template_list)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create series"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.template_list)
        layout.addWidget(scrolling(self.details, sideways=False))  # large text: scrolls, never cut
        if broken:
            warning = QLabel(self.tr("Some templates could not be read and are not listed:") + "\n"
                             + "\n".join(str(problem) for error in broken for problem in error.problems))
            warning.setWordWrap(True)
            warning.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.template_list.currentRowChanged.connect(self._on_template_changed)
        if templates:
            self.template_list.setCurrentRow(0)
        self.template_list.setFocus()

    def _on_template_changed(self, row: int) -> None:
        if row < 0:
            return
        template = self._templates[row]
        parts = [f"<p>{html.escape(template.summary)}</p>"]
        if template.credit:
            parts.append(f"<p style='color:{muted_color()}'>{html.escape(template.credit)}</p>")
        self.details.setText("".join(parts))
        self.title_edit.setPlaceholderText(template.data.get("series", {}).get("title") or template.name)

    def select_template(self, template_id: str) -> None:
        for row, template in enumerate(self._templates):
            if template.id == template_id:
                self.template_list.setCurrentRow(row)

    def template(self) -> Template:
        return self._templates[max(0, self.template_list.currentRow())]

    def title(self) -> str:
        return self.title_edit.text().strip() or self.title_edit.placeholderText()

    def start(self) -> date:
        return self.start_edit.date().toPython()
