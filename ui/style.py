"""One calm look for every screen: spacing, heading sizes and the colours that carry meaning.

Colour never carries meaning alone: "over" states also say so in words. Sizes follow the
text size, so View › Larger text scales headings too (a laptop driving a projector). Colours
follow the system's light or dark palette and keep text at WCAG AA contrast (4.5:1) on both
(``tests/test_accessibility.py`` checks).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

OVER_COLOR = "#b3261e"
MUTED_COLOR = "#5f6368"
ACCENT_COLOR = "#2f6f6a"
# The same meanings on a dark window.
DARK_OVER_COLOR = "#ff8a80"
DARK_MUTED_COLOR = "#b0b4b8"


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def muted_color(palette: QPalette | None = None) -> str:
    return DARK_MUTED_COLOR if is_dark(palette) else MUTED_COLOR


def over_color(palette: QPalette | None = None) -> str:
    return DARK_OVER_COLOR if is_dark(palette) else OVER_COLOR


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def adapted_palette(palette: QPalette) -> QPalette:
    """The system palette with what falls short of 4.5:1 made readable: placeholder text
    (Fusion's is half-transparent, about 2.5:1) and selected text (white on Fusion's blue is
    3.7:1, so the selection takes the accent colour). Everything else as the desktop sets it."""
    adapted = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        adapted.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(muted_color(palette)))
        if contrast(palette.color(group, QPalette.ColorRole.HighlightedText),
                    palette.color(group, QPalette.ColorRole.Highlight)) < 4.5:
            adapted.setColor(group, QPalette.ColorRole.Highlight, QColor(ACCENT_COLOR))
            adapted.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return adapted


def style_sheet(base_pt: float, palette: QPalette | None = None) -> str:
    def pt(factor: float) -> str:
        return f"{base_pt * factor:.1f}pt"

    muted, over = muted_color(palette), over_color(palette)
    return f"""
QLabel#pageHeading {{ font-size: {pt(1.8)}; font-weight: 600; }}
QLabel#pageHint, QLabel#pathLabel {{ color: {muted}; }}
QLabel#emptyState {{ color: {muted}; font-size: {pt(1.2)}; padding: 40px; }}
QLabel#sectionHeading {{ font-size: {pt(1.2)}; font-weight: 600; margin-top: 6px; }}
QLabel#crumbs {{ font-weight: 600; padding: 0 8px; }}
QLabel#total {{ font-size: {pt(1.1)}; }}
QLabel#total[over="true"] {{ color: {over}; font-weight: 600; }}
QToolBar {{ spacing: 6px; padding: 4px; }}
QToolBar#sessionActions QToolButton {{ border: 1px solid #b8b8b8; border-radius: 4px; padding: 4px 10px; }}
QToolBar#sessionActions QToolButton#primaryAction {{ background: {ACCENT_COLOR}; color: #ffffff;
    border-color: {ACCENT_COLOR}; font-weight: 600; }}
QTreeView::item, QListView::item {{ padding: 3px 2px; }}
QTabWidget::pane {{ border-top: 1px solid #c8c8c8; }}
"""
