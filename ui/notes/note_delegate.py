"""How one note looks in a list: a small grey line saying what and where, then the text."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

PAD = 6


class NoteDelegate(QStyledItemDelegate):
    """Items whose display text is "header\\nbody" are drawn as a caption over wrapped text."""

    def _parts(self, index) -> tuple[str, str]:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        head, _, body = text.partition("\n")
        return head, body

    def _width(self, option) -> int:
        view = self.parent()
        width = view.viewport().width() if view is not None else option.rect.width()
        return max(80, width - 2 * PAD - 8)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        head, body = self._parts(index)
        small = option.font
        small.setPointSizeF(option.font.pointSizeF() * 0.85)
        width = self._width(option)
        head_h = QFontMetrics(small).height()
        body_h = option.fontMetrics.boundingRect(QRect(0, 0, width, 10000), Qt.TextFlag.TextWordWrap, body).height()
        return QSize(width, head_h + body_h + 2 * PAD)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        head, body = self._parts(index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        area = QRect(text_rect.left() + PAD, opt.rect.top() + PAD, text_rect.width() - 2 * PAD,
                     opt.rect.height() - 2 * PAD)
        small = painter.font()
        small.setPointSizeF(painter.font().pointSizeF() * 0.85)
        painter.setFont(small)
        painter.setPen(opt.palette.color(text_role if selected else QPalette.ColorRole.PlaceholderText))
        head_h = painter.fontMetrics().height()
        painter.drawText(QRect(area.left(), area.top(), area.width(), head_h), Qt.AlignmentFlag.AlignLeft,
                         painter.fontMetrics().elidedText(head, Qt.TextElideMode.ElideRight, area.width()))
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(text_role))
        painter.drawText(QRect(area.left(), area.top() + head_h, area.width(), area.height() - head_h),
                         Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, body)
        painter.restore()
