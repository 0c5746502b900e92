"""One calm look for every screen: spacing, heading sizes and the colours that carry meaning.

Colour never carries meaning alone: "over" states also say so in words. Sizes follow the
text size, so View › Larger text scales headings too (a laptop driving a projector).
"""

OVER_COLOR = "#b3261e"
MUTED_COLOR = "#5f6368"
ACCENT_COLOR = "#2f6f6a"


def style_sheet(base_pt: float) -> str:
    def pt(factor: float) -> str:
        return f"{base_pt * factor:.1f}pt"

    return f"""
QLabel#pageHeading {{ font-size: {pt(1.8)}; font-weight: 600; }}
QLabel#pageHint, QLabel#pathLabel {{ color: {MUTED_COLOR}; }}
QLabel#emptyState {{ color: {MUTED_COLOR}; font-size: {pt(1.2)}; padding: 40px; }}
QLabel#sectionHeading {{ font-size: {pt(1.2)}; font-weight: 600; margin-top: 6px; }}
QLabel#crumbs {{ font-weight: 600; padding: 0 8px; }}
QLabel#total {{ font-size: {pt(1.1)}; }}
QLabel#total[over="true"] {{ color: {OVER_COLOR}; font-weight: 600; }}
QToolBar {{ spacing: 6px; padding: 4px; }}
QToolBar#sessionActions QToolButton {{ border: 1px solid #b8b8b8; border-radius: 4px; padding: 4px 10px; }}
QToolBar#sessionActions QToolButton#primaryAction {{ background: {ACCENT_COLOR}; color: white;
    border-color: {ACCENT_COLOR}; font-weight: 600; }}
QTreeView::item, QListView::item {{ padding: 3px 2px; }}
QTabWidget::pane {{ border-top: 1px solid #c8c8c8; }}
"""
