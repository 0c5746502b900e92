"""The look every document shares: fonts, styles, the title block and "Page 2 of 5" footers.

Every piece of user text goes through ``esc`` before it reaches a Paragraph, so ``<``, ``>``,
``&`` and quotes print literally and never break the markup.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Callable, Iterable

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer

from facilitator.documents import fonts
from facilitator.documents.paper import MARGIN, Paper
from facilitator.i18n import t

INK = colors.HexColor("#1d2630")
MUTED = colors.HexColor("#5b6672")
ACCENT = colors.HexColor("#1f5f7a")
RULE = colors.HexColor("#c9d1d9")
SHADE = colors.HexColor("#eef2f5")


def esc(text: object) -> str:
    """Text made safe for a Paragraph: markup characters escaped, line breaks kept, and runs in
    scripts DejaVu lacks set in their fallback font (``fonts.markup``)."""
    return "<br/>".join(fonts.markup(line) for line in str(text).split("\n"))


@dataclass(frozen=True)
class TitleBlock:
    """What heads every document: which series, which session, when and where."""

    document: str  # "Facilitator run-sheet"
    series: str
    session: str = ""  # "Session 2: Wading Into the Waters"; empty for series-wide documents
    date: str = ""  # already formatted for reading
    time: str = ""
    venue: str = ""

    @property
    def details(self) -> str:
        return "  ·  ".join(part for part in (self.date, self.time, self.venue) if part)


class Styles:
    """Paragraph styles sized for reading at arm's length."""

    def __init__(self) -> None:
        family = fonts.register()

        def style(name: str, **kw) -> ParagraphStyle:
            base = dict(fontName=family, bulletFontName=family, fontSize=10.5, leading=14, textColor=INK,
                        alignment=TA_LEFT)
            base.update(kw)
            return ParagraphStyle(name, **base)

        self.kicker = style("kicker", fontName=fonts.BOLD, fontSize=9, leading=12, textColor=ACCENT)
        self.title = style("title", fontName=fonts.BOLD, fontSize=20, leading=25, spaceBefore=2, spaceAfter=3)
        self.details = style("details", fontSize=10.5, leading=14, textColor=MUTED)
        self.h1 = style("h1", fontName=fonts.BOLD, fontSize=14, leading=18, spaceBefore=14, spaceAfter=6,
                        textColor=ACCENT)
        self.h2 = style("h2", fontName=fonts.BOLD, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3)
        self.body = style("body", spaceAfter=4)
        self.body_bold = style("body_bold", fontName=fonts.BOLD)
        self.small = style("small", fontSize=9, leading=12)
        self.muted = style("muted", fontSize=9, leading=12, textColor=MUTED)
        self.cell = style("cell", fontSize=9.5, leading=12.5)
        self.cell_bold = style("cell_bold", fontName=fonts.BOLD, fontSize=9.5, leading=12.5)
        self.head = style("head", fontName=fonts.BOLD, fontSize=8.5, leading=11, textColor=colors.white)
        self.quote = style("quote", fontName=fonts.OBLIQUE, fontSize=10.5, leading=14.5, leftIndent=14,
                           spaceAfter=6, textColor=INK)
        self.bullet = style("bullet", leftIndent=14, bulletIndent=3, spaceAfter=2)

    def p(self, text: object, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(esc(text), style or self.body)

    def bullets(self, items: Iterable[object], style: ParagraphStyle | None = None) -> list[Paragraph]:
        return [Paragraph(esc(item), style or self.bullet, bulletText="•") for item in items]


def title_flowables(block: TitleBlock, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(esc(block.series.upper()), styles.kicker),
                           Paragraph(esc(block.session or block.document), styles.title)]
    if block.session:
        out.append(Paragraph(esc(block.document), styles.h2))
    if block.details:
        out.append(Paragraph(esc(block.details), styles.details))
    out.append(HRule())
    return out


class HRule(Flowable):
    """A thin accent rule under the title block."""

    def __init__(self, space: float = 8):
        super().__init__()
        self.space = space

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.space * 2

    def draw(self) -> None:
        self.canv.setStrokeColor(ACCENT)
        self.canv.setLineWidth(1.2)
        self.canv.line(0, self.space, self.width, self.space)


def _numbered_canvas(footer_left: str) -> type[Canvas]:
    """A canvas that holds pages back until the end so each footer can say "Page 2 of 5"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.REGULAR  # no stray Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        # Every string drawn straight on the page goes through the script fallback (fonts.runs).
        def drawString(self, x, y, text, *args, **kwargs) -> None:  # noqa: N802
            pieces = fonts.runs(str(text), self._fontname)
            if len(pieces) == 1 and pieces[0][1] == self._fontname:
                return super().drawString(x, y, pieces[0][0], *args, **kwargs)
            base, size, leading = self._fontname, self._fontsize, self._leading
            for piece, face in pieces:
                self.setFont(face, size, leading)
                super().drawString(x, y, piece, *args, **kwargs)
                x += pdfmetrics.stringWidth(piece, face, size)
            self.setFont(base, size, leading)

        def drawRightString(self, x, y, text, *args, **kwargs) -> None:  # noqa: N802
            self.drawString(x - fonts.width(str(text), self._fontname, self._fontsize), y, text, *args, **kwargs)

        def drawCentredString(self, x, y, text, *args, **kwargs) -> None:  # noqa: N802
            self.drawString(x - fonts.width(str(text), self._fontname, self._fontsize) / 2, y, text, *args, **kwargs)

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                draw_footer(self, footer_left, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def draw_footer(canvas: Canvas, left: str, number: int, total: int) -> None:
    width, _height = canvas._pagesize
    canvas.saveState()
    canvas.setFont(fonts.REGULAR, 8)
    canvas.setFillColor(MUTED)
    y = MARGIN - 0.2 * 72  # baseline 0.55 in from the edge: inside what every printer prints
    canvas.drawString(MARGIN, y, left)
    canvas.drawRightString(width - MARGIN, y, t("Page {number} of {total}").format(number=number, total=total))
    canvas.restoreState()


def build_pdf(story: list[Flowable], *, paper: Paper, block: TitleBlock, landscape: bool = False,
              on_page: Callable[[Canvas, BaseDocTemplate], None] | None = None) -> bytes:
    """Lay out a story on the paper with the shared margins and footer; returns the PDF bytes."""
    fonts.register()
    width, height = paper.size
    if landscape:
        width, height = height, width
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=(width, height), leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=MARGIN, title=f"{block.document} – {block.series}",
                          author="Facilitator", creator="Facilitator")
    frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=4)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page or (lambda c, d: None))])
    doc.build(story or [Spacer(1, 1)], canvasmaker=_numbered_canvas(footer_text(block)))
    return out.getvalue()


def footer_text(block: TitleBlock) -> str:
    return "  ·  ".join(part for part in (block.document, block.series) if part)


def canvas_pdf(paper: Paper, block: TitleBlock, draw_pages: Callable[[Canvas, float, float], None], *,
               landscape: bool = False) -> bytes:
    """For documents drawn directly on the canvas (tents, seating): same footer, same metadata."""
    fonts.register()
    width, height = paper.size
    if landscape:
        width, height = height, width
    out = io.BytesIO()
    canvas = _numbered_canvas(footer_text(block))(out, pagesize=(width, height))
    canvas.setTitle(f"{block.document} – {block.series}")
    canvas.setAuthor("Facilitator")
    canvas.setCreator("Facilitator")
    draw_pages(canvas, width, height)
    canvas.save()
    return out.getvalue()


def title_height(block: TitleBlock) -> float:
    """How far below the top margin ``draw_title`` ends."""
    return 9 + 22 + (16 if block.session else 0) + (15 if block.details else 0) + 19


def draw_title(canvas: Canvas, block: TitleBlock, width: float, height: float) -> float:
    """The title block drawn straight on a canvas; returns the y just below it."""
    y = height - MARGIN - 9
    canvas.setFillColor(ACCENT)
    canvas.setFont(fonts.BOLD, 9)
    canvas.drawString(MARGIN, y, block.series.upper())
    y -= 22
    canvas.setFillColor(INK)
    canvas.setFont(fonts.BOLD, fonts.fit_size(block.session or block.document, fonts.BOLD, width - 2 * MARGIN, 18, 9))
    canvas.drawString(MARGIN, y, block.session or block.document)
    if block.session:
        y -= 16
        canvas.setFont(fonts.BOLD, 11.5)
        canvas.drawString(MARGIN, y, block.document)
    if block.details:
        y -= 15
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.REGULAR, 10)
        canvas.drawString(MARGIN, y, block.details)
    y -= 9
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN, y, width - MARGIN, y)
    return y - 10
