"""Name tents: one sheet per person, folded across the middle.

Both faces carry the name, so the person across the table and the facilitator behind can read
it; the upper face is drawn turned 180°, so once folded it stands upright too.
"""

from __future__ import annotations

import re

from reportlab.pdfgen.canvas import Canvas

from facilitator.documents import fonts
from facilitator.documents.data import Person
from facilitator.documents.layout import ACCENT, INK, MUTED, RULE, TitleBlock, canvas_pdf, draw_footer, footer_text
from facilitator.documents.paper import MARGIN, Paper
from facilitator.i18n import t

NAME_LARGEST = 64
NAME_SMALLEST = 22


def _pieces(text: str, hyphens: bool) -> list[str]:
    """Where a line may break: after a space, and if ``hyphens`` after a hyphen (which stays
    with its part)."""
    return [piece for piece in re.split(r"(?<=[\s\-‐])" if hyphens else r"(?<=\s)", text) if piece]


def _wrap(text: str, font: str, size: float, max_width: float, hyphens: bool = True) -> list[str]:
    lines: list[str] = []
    for piece in _pieces(text, hyphens):
        if lines and fonts.width(lines[-1] + piece.rstrip(), font, size) <= max_width:
            lines[-1] += piece
        else:
            lines.append(piece)
    return [line.strip() for line in lines if line.strip()]


def _halves(word: str) -> list[str]:
    """A word too long for a line, cut in two with a hyphen, near the middle."""
    cut = (len(word) + 1) // 2
    return [word[:cut] + "-", word[cut:]]


def fitted_lines(text: str, font: str, max_width: float, largest: float, smallest: float,
                 max_lines: int = 2) -> tuple[list[str], float]:
    """The text as large as it fits on the face, never running off it: one line at ``smallest``
    or more; else wrapped at spaces and hyphens into up to ``max_lines`` lines, shrinking down to
    a third of ``largest`` (at spaces first, hyphens only when spaces are not enough); else as
    many lines as it takes at that size, a word too long for a line cut in two. Never drops a letter."""
    size = fonts.fit_size(text, font, max_width, largest, smallest)
    if fonts.width(text, font, size) <= max_width + 0.01:
        return [text], size
    floor = max(8.0, largest / 3)
    for hyphens in (False, True):
        size = largest * 0.75
        while size >= floor:
            lines = _wrap(text, font, size, max_width, hyphens)
            if len(lines) <= max_lines and all(fonts.width(line, font, size) <= max_width + 0.01 for line in lines):
                return lines, size
            size -= 0.5
    lines = [part for line in _wrap(text, font, floor, max_width, hyphens=False)
             for part in (_halves(line) if fonts.width(line, font, floor) > max_width else [line])]
    size = min([floor] + [fonts.fit_size(line, font, max_width, floor, 1) for line in lines])
    return lines, size


def draw_face(canvas: Canvas, person: Person, series: str, width: float, height: float) -> None:
    """One face, upright, in a box of ``width`` × ``height`` with its origin at the bottom-left."""
    usable = width - 2 * MARGIN
    middle = width / 2
    blocks = [(fitted_lines(person.display_name, fonts.BOLD, usable, NAME_LARGEST, NAME_SMALLEST), fonts.BOLD, INK)]
    if person.pronouns:
        blocks.append((fitted_lines(person.pronouns, fonts.REGULAR, usable, 20, 12), fonts.REGULAR, MUTED))
    if person.organization:
        blocks.append((fitted_lines(person.organization, fonts.REGULAR, usable, 17, 11), fonts.REGULAR, INK))
    if person.language_need:
        blocks.append((fitted_lines(person.language_need, fonts.REGULAR, usable, 14, 10), fonts.REGULAR, ACCENT))
    gaps = [0.0] + [16.0] * (len(blocks) - 1)
    total = sum(len(lines) * size * 1.15 for (lines, size), _font, _colour in blocks) + sum(gaps)
    y = height / 2 + total / 2
    for gap, ((lines, size), font, colour) in zip(gaps, blocks):
        y -= gap
        canvas.setFillColor(colour)
        canvas.setFont(font, size)
        for line in lines:
            y -= size * 1.15
            canvas.drawCentredString(middle, y + size * 0.25, line)
    canvas.setFillColor(ACCENT)
    canvas.rect(MARGIN, height - MARGIN * 0.9, usable, 3, stroke=0, fill=1)
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.REGULAR, fonts.fit_size(series, fonts.REGULAR, usable, 9, 6))
    canvas.drawCentredString(middle, height - MARGIN * 0.9 - 14, series)


def tents_pdf(people: list[Person], block: TitleBlock, paper: Paper) -> bytes:
    def draw(canvas: Canvas, width: float, height: float) -> None:
        half = height / 2
        for number, person in enumerate(people, start=1):
            draw_face(canvas, person, block.series, width, half)
            canvas.saveState()
            canvas.translate(width, height)
            canvas.rotate(180)
            draw_face(canvas, person, block.series, width, half)
            # The page footer sits under the lower face; the upper face, turned, gets its own.
            draw_footer(canvas, footer_text(block), number, len(people))
            canvas.restoreState()
            canvas.setStrokeColor(RULE)
            canvas.setDash(4, 4)
            canvas.setLineWidth(0.6)
            canvas.line(MARGIN, half, width - MARGIN, half)
            canvas.setDash()
            canvas.setFont(fonts.REGULAR, 7)
            canvas.setFillColor(MUTED)
            canvas.drawRightString(width - MARGIN, half + 3, t("fold"))
            canvas.showPage()
        if not people:
            canvas.setFont(fonts.REGULAR, 12)
            canvas.drawString(MARGIN, height - 2 * MARGIN, t("No one is on the roster yet."))
            canvas.showPage()

    return canvas_pdf(paper, block, draw)
