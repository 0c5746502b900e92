"""The fonts every PDF embeds: DejaVu Sans, and for the scripts it lacks a fallback per script.

ReportLab's built-in Helvetica has no Greek, Cyrillic or Vietnamese letters and would print
boxes; DejaVu Sans covers them. A district roster also holds Chinese, Japanese, Korean, Arabic
and Hindi names, which DejaVu has no glyphs for, so each run of text DejaVu cannot print goes
to the first fallback that can: Noto Naskh Arabic, Noto Sans Devanagari, Droid Sans Fallback
(CJK). All are TrueType outlines (ReportLab embeds only those), subset into each PDF, and
shipped with their licences in ``resources/fonts``.

Arabic and Devanagari need shaping (joined letters, conjuncts); ReportLab does that with
HarfBuzz (``uharfbuzz``) through ``shapeStr``, which also puts a right-to-left run in visual
order. A line whose first strong letter is right-to-left has its runs drawn right to left.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facilitator.paths import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
BOLD_OBLIQUE = "DejaVuSans-BoldOblique"

ARABIC = "NotoNaskhArabic-Regular"
ARABIC_BOLD = "NotoNaskhArabic-Bold"
DEVANAGARI = "NotoSansDevanagari-Regular"
DEVANAGARI_BOLD = "NotoSansDevanagari-Bold"
CJK = "DroidSansFallback"
SHAPED = {ARABIC, ARABIC_BOLD, DEVANAGARI, DEVANAGARI_BOLD}
FALLBACKS = {REGULAR: (ARABIC, DEVANAGARI, CJK), OBLIQUE: (ARABIC, DEVANAGARI, CJK),
             BOLD: (ARABIC_BOLD, DEVANAGARI_BOLD, CJK), BOLD_OBLIQUE: (ARABIC_BOLD, DEVANAGARI_BOLD, CJK)}


@cache
def register() -> str:
    """Register the faces and their family mappings; returns the family name."""
    for face in (REGULAR, BOLD, OBLIQUE, BOLD_OBLIQUE):
        pdfmetrics.registerFont(TTFont(face, str(resource("fonts", f"{face}.ttf"))))
    for face in (ARABIC, ARABIC_BOLD, DEVANAGARI, DEVANAGARI_BOLD, CJK):
        pdfmetrics.registerFont(TTFont(face, str(resource("fonts", f"{face}.ttf")), shapable=face in SHAPED))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, OBLIQUE)
    addMapping(REGULAR, 1, 1, BOLD_OBLIQUE)
    # A fallback run inside <b> or <i> in a Paragraph keeps its face: it was shaped for it.
    for face in (ARABIC, ARABIC_BOLD, DEVANAGARI, DEVANAGARI_BOLD, CJK):
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(face, bold, italic, face)
    return REGULAR


@cache
def _coverage(font: str) -> frozenset[int]:
    register()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def _right_to_left(text: str) -> bool:
    """Whether the first letter with a direction reads right to left."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def _needs_shaping(code: int) -> bool:
    """Arabic and Devanagari letters: they print right only from a font that shapes them."""
    return (0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF
            or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF or 0x0900 <= code <= 0x097F)


def _shape(text: str, font: str) -> str:
    """``text`` as the glyphs HarfBuzz chose, in visual order (unchanged without uharfbuzz)."""
    from reportlab.pdfbase.ttfonts import shapeStr

    try:
        return str(shapeStr(text, font, 10))
    except (ImportError, ValueError, AttributeError):
        return text


@lru_cache(maxsize=50_000)
def runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    """``text`` as (text, font) runs in drawing order, left to right: DejaVu where it has the
    letters, the script's fallback where not; spaces and punctuation stay with the run around
    them. Shaped runs hold HarfBuzz's glyphs."""
    if text.isascii() or font not in FALLBACKS:
        return ((text, font),)
    register()
    base = _coverage(font)
    pieces: list[list[str]] = []
    for char in text:
        code = ord(char)
        current = pieces[-1][1] if pieces else None
        neutral = unicodedata.category(char)[0] in "ZPSN" and unicodedata.bidirectional(char) not in ("L", "R", "AL")
        if current and current != font and neutral and code in _coverage(current):
            chosen = current
        elif _needs_shaping(code):  # DejaVu has some Arabic letters, but cannot join them
            chosen = next((f for f in FALLBACKS[font] if f in SHAPED and code in _coverage(f)), font)
        elif code in base:
            chosen = font
        else:
            chosen = next((f for f in FALLBACKS[font] if code in _coverage(f)), font)
        if pieces and pieces[-1][1] == chosen:
            pieces[-1][0] += char
        else:
            pieces.append([char, chosen])
    out = [(_shape(piece, face) if face in SHAPED else piece, face) for piece, face in pieces]
    if _right_to_left(text):
        out.reverse()
    return tuple(out)


def width(text: str, font: str, size: float) -> float:
    register()
    return sum(pdfmetrics.stringWidth(piece, face, size) for piece, face in runs(text, font))


def markup(text: str, font: str = REGULAR) -> str:
    """Paragraph markup for one line of plain ``text``: escaped, each run DejaVu cannot print
    wrapped in its fallback font."""
    return "".join(escape(piece) if face == font else f'<font name="{face}">{escape(piece)}</font>'
                   for piece, face in runs(text, font))


def fit_size(text: str, font: str, max_width: float, largest: float, smallest: float) -> float:
    """The largest size, between the bounds, at which ``text`` fits on one line of ``max_width``."""
    natural = width(text, font, largest)
    if natural <= max_width:
        return largest
    return max(smallest, largest * max_width / natural)
