"""Fishbowl seat cards: one card per seat of the inner circle (its perspective, or open to
anyone), two to a page, each saying how the outer circle joins in."""

from __future__ import annotations

from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from facilitator.documents import fonts
from facilitator.documents.layout import ACCENT, INK, MUTED, RULE, TitleBlock, canvas_pdf
from facilitator.documents.paper import MARGIN, Paper
from facilitator.fishbowl.circle import FishbowlMode
from facilitator.i18n import t

_HOW = {FishbowlMode.OPEN: "Anyone from the outer circle may tap in and take a seat.",
        FishbowlMode.CLOSED: "The outer circle listens without responding; seats change at each rotation."}


def _card(canvas: Canvas, perspective: str, prompt: str, series: str, x: float, y: float, w: float, h: float,
          mode: FishbowlMode) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.8)
    canvas.roundRect(x, y, w, h, 10)
    canvas.setFillColor(ACCENT)
    canvas.setFont(fonts.BOLD, 10)
    canvas.drawCentredString(x + w / 2, y + h - 30, t("FISHBOWL SEAT"))
    usable = w - 60
    size = 40.0
    while size > 12:
        lines = simpleSplit(perspective, fonts.BOLD, size, usable)
        if len(lines) <= 3:
            break
        size -= 2
    lines = simpleSplit(perspective, fonts.BOLD, size, usable)
    canvas.setFillColor(INK)
    canvas.setFont(fonts.BOLD, size)
    line_y = y + h / 2 + (len(lines) - 1) * size * 0.6
    for line in lines:
        canvas.drawCentredString(x + w / 2, line_y, line)
        line_y -= size * 1.2
    if prompt:
        canvas.setFont(fonts.OBLIQUE, 11)
        canvas.setFillColor(MUTED)
        prompt_y = y + 58
        for line in simpleSplit(prompt, fonts.OBLIQUE, 11, usable)[:3]:
            canvas.drawCentredString(x + w / 2, prompt_y, line)
            prompt_y -= 14
    canvas.setFont(fonts.REGULAR, 9)
    canvas.setFillColor(ACCENT)
    for number, line in enumerate(simpleSplit(t(_HOW[mode]), fonts.REGULAR, 9, usable)[:2]):
        canvas.drawCentredString(x + w / 2, y + h - 46 - 11 * number, line)
    canvas.setFont(fonts.REGULAR, 8)
    canvas.setFillColor(MUTED)
    canvas.drawCentredString(x + w / 2, y + 12, series)


def fishbowl_pdf(perspectives: list[str], prompt: str, block: TitleBlock, paper: Paper,
                 mode: FishbowlMode = FishbowlMode.OPEN) -> bytes:
    """A card per entry of ``perspectives`` (one per seat)."""
    def draw(canvas: Canvas, width: float, height: float) -> None:
        gap = 24
        card_h = (height - 2 * MARGIN - gap - 14) / 2
        card_w = width - 2 * MARGIN
        for index, perspective in enumerate(perspectives):
            slot = index % 2
            y = height - MARGIN - (slot + 1) * card_h - slot * gap
            _card(canvas, perspective, prompt, block.series, MARGIN, y, card_w, card_h, mode)
            if slot == 1 or index == len(perspectives) - 1:
                canvas.showPage()
        if not perspectives:
            canvas.setFont(fonts.REGULAR, 12)
            canvas.drawString(MARGIN, height - 2 * MARGIN, t("This series has no perspectives yet."))
            canvas.showPage()

    return canvas_pdf(paper, block, draw)
