"""DejaVu Sans, registered once and embedded in every PDF.

ReportLab's built-in Helvetica has no Greek, Cyrillic or Vietnamese letters and would print
boxes; DejaVu Sans covers them and is shipped with its licence in ``resources/fonts``.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facilitator.paths import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
BOLD_OBLIQUE = "DejaVuSans-BoldOblique"


@cache
def register() -> str:
    """Register the four faces and their family mapping; returns the family name."""
    for face in (REGULAR, BOLD, OBLIQUE, BOLD_OBLIQUE):
        pdfmetrics.registerFont(TTFont(face, str(resource("fonts", f"{face}.ttf"))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, OBLIQUE)
    addMapping(REGULAR, 1, 1, BOLD_OBLIQUE)
    return REGULAR


def width(text: str, font: str, size: float) -> float:
    register()
    return pdfmetrics.stringWidth(text, font, size)


def fit_size(text: str, font: str, max_width: float, largest: float, smallest: float) -> float:
    """The largest size, between the bounds, at which ``text`` fits on one line of ``max_width``."""
    natural = width(text, font, largest)
    if natural <= max_width:
        return largest
    return max(smallest, largest * max_width / natural)
