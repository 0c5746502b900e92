"""One calm look for every screen: spacing, heading sizes and the colours that carry meaning.

Colour never carries meaning alone: "over" states also say so in words.
"""

OVER_COLOR = "#b3261e"
MUTED_COLOR = "#5f6368"
ACCENT_COLOR = "#2f6f6a"

STYLE_SHEET = f"""
QLabel#pageHeading {{ font-size: 18pt; font-weight: 600; }}
QLabel#pageHint, QLabel#pathLabel {{ color: {MUTED_COLOR}; }}
QLabel#emptyState {{ color: {MUTED_COLOR}; font-size: 12pt; padding: 40px; }}
QLabel#sectionHeading {{ font-size: 12pt; font-weight: 600; margin-top: 6px; }}
QLabel#crumbs {{ font-weight: 600; padding: 0 8px; }}
QLabel#total[over="true"] {{ color: {OVER_COLOR}; font-weight: 600; }}
QLabel#total {{ font-size: 11pt; }}
QToolBar {{ spacing: 6px; padding: 4px; }}
QTreeView::item, QListView::item {{ padding: 3px 2px; }}
QTabWidget::pane {{ border-top: 1px solid #c8c8c8; }}
"""
