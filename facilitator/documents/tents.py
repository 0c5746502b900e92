"""Name tents: one sheet per person, folded across the middle.

Both faces carry the name, so the person across the table and the facilitator behind can read
it; the upper face is drawn turned 180°, so once folded it stands upright too.
"""

from __future__ import annotations

from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from facilitator.documents import fonts
from facilitator.documents.data import Person
from facilitator.documents.layout import ACCENT, INK, MUTED, RULE, TitleBlock, canvas_pdf
from facilitator.documents.paper import MARGIN, Paper

NAME_LARGEST = 64
NAME_SMALLEST = 22


def _name_lines(name: str, max_width: float) -> tuple[list[str], float]:
    """One line if it fits at a readable size; otherwise two lines, each as large as fits."""
    size = fonts.fit_size(name, fonts.BOLD, max_width, NAME_LARGEST, NAME_SMALLEST)
    if fonts.width(name, fonts.BOLD, size) <= max_width:
        return [name], size
    size = NAME_LARGEST * 0.7
    while size > 9:
        lines = simpleSplit(name, fonts.BOLD, size, max_width)
        if len(lines) <= 2 and all(fonts.width(line, fonts.BOLD, size) <= max_width for line in lines):
            return lines, size
        size -= 1
    return simpleSplit(name, fonts.BOLD, size, max_width)[:3], size


def _centered_fit(canvas: Canvas, text: str, font: str, size: float, x: float, y: float, max_width: float) -> None:
    canvas.setFont(font, fonts.fit_size(text, font, max_width, size, 7))
    canvas.drawCentredString(x, y, text)


def draw_face(canvas: Canvas, person: Person, series: str, width: float, height: float) -> None:
    """One face, upright, in a box of ``width`` × ``height`` with its origin at the bottom-left."""
    usable = width - 2 * MARGIN
    middle = width / 2
    lines, size = _name_lines(person.display_name, usable)
    extra = [(person.pronouns, fonts.REGULAR, 20, MUTED), (person.organization, fonts.REGULAR, 17, INK)]
    extra = [e for e in extra if e[0]]
    block_height = len(lines) * size * 1.1 + sum(e[2] * 1.6 for e in extra)
    y = height / 2 + block_height / 2 - size * 0.85
    canvas.setFillColor(INK)
    canvas.setFont(fonts.BOLD, size)
    for line in lines:
        canvas.drawCentredString(middle, y, line)
        y -= size * 1.1
    y -= 4
    for text, font, font_size, colour in extra:
        y -= font_size * 0.6
        canvas.setFillColor(colour)
        _centered_fit(canvas, text, font, font_size, middle, y, usable)
        y -= font_size
    canvas.setFillColor(ACCENT)
    canvas.rect(MARGIN, height - MARGIN * 0.9, usable, 3, stroke=0, fill=1)
    canvas.setFont(fonts.REGULAR, 9)
    canvas.setFillColor(MUTED)
    _centered_fit(canvas, series, fonts.REGULAR, 9, middle, height - MARGIN * 0.9 - 14, usable)


def tents_pdf(people: list[Person], block: TitleBlock, paper: Paper) -> bytes:
    def draw(canvas: Canvas, width: float, height: float) -> None:
        half = height / 2
        for person in people:
            draw_face(canvas, person, block.series, width, half)
            canvas.saveState()
            canvas.translate(width, height)
            canvas.rotate(180)
            draw_face(canvas, person, block.series, width, half)
            canvas.restoreState()
            canvas.setStrokeColor(RULE)
            canvas.setDash(4, 4)
            canvas.setLineWidth(0.6)
            canvas.line(MARGIN, half, width - MARGIN, half)
            canvas.setDash()
            canvas.setFont(fonts.REGULAR, 7)
            canvas.setFillColor(MUTED)
            canvas.drawRightString(width - MARGIN, half + 3, "fold")
            canvas.showPage()
        if not people:
            canvas.setFont(fonts.REGULAR, 12)
            canvas.drawString(MARGIN, height - 2 * MARGIN, "No one is on the roster yet.")
            canvas.showPage()

    return canvas_pdf(paper, block, draw)
