"""Seating chart: the floor plan drawn to scale, tables in their shapes, a name at every seat.

The whole room goes on one landscape page with a scale bar; names shrink to the space their
seat has, so a room of sixty tables still prints on one sheet.
"""

from __future__ import annotations

import math

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from facilitator.documents import fonts
from facilitator.documents.data import SeatingPlan, TablePlan
from facilitator.documents.layout import (ACCENT, INK, MUTED, RULE, SHADE, Styles, TitleBlock, build_pdf, canvas_pdf,
                                          draw_title, esc, title_height)
from facilitator.documents.paper import MARGIN, Paper
from facilitator.i18n import t
from facilitator.mixing.seating import CHAIR_GAP, TableShape, chair_positions

LABEL_REACH_M = 1.0  # how far a name may run out from its seat, in metres


def seat_positions(table: TablePlan) -> list[tuple[float, float, float]]:
    """(x, y, angle) of each seat in metres, clockwise from the top; angle points away from the table."""
    count = len(table.seats)
    if not count:
        return []
    shape = TableShape.ROUND if table.shape == "round" else TableShape.RECTANGULAR  # a document says "rect"
    chairs = table.seat_xy or chair_positions(shape, count, table.x, table.y, table.width, table.depth)
    return [(x, y, math.atan2(y - table.y, x - table.x)) for x, y in chairs]


def _draw_table(canvas: Canvas, table: TablePlan, to_page, scale: float, name_size: float,
                reaches: list[float]) -> None:
    cx, cy = to_page(table.x, table.y)
    canvas.setStrokeColor(ACCENT)
    canvas.setFillColor(SHADE)
    canvas.setLineWidth(0.8)
    if table.shape == "round":
        canvas.circle(cx, cy, max(table.width, table.depth) / 2 * scale, stroke=1, fill=1)
    else:
        canvas.rect(cx - table.width / 2 * scale, cy - table.depth / 2 * scale, table.width * scale,
                    table.depth * scale, stroke=1, fill=1)
    label_size = fonts.fit_size(table.label, fonts.BOLD, min(table.width, table.depth) * scale * 0.9, 11, 4)
    canvas.setFillColor(ACCENT)
    canvas.setFont(fonts.BOLD, label_size)
    canvas.drawCentredString(cx, cy - label_size * 0.35, table.label)
    seats = seat_positions(table)
    if not seats:
        return
    if table.shape == "round":
        radius = max(table.width, table.depth) / 2 + CHAIR_GAP
        spacing = 2 * math.pi * radius / len(seats)
    else:
        spacing = table.width / max(1, (len(seats) + 1) // 2)
    size_cap = max(3.0, min(name_size, spacing * scale * 0.7))
    dot = max(1.2, 0.07 * scale)
    for (x, y, angle), name, reach_m in zip(seats, table.seats, reaches):
        reach = reach_m * scale
        px, py = to_page(x, y)
        canvas.setFillColor(INK if name else RULE)
        canvas.circle(px, py, dot, stroke=0, fill=1)
        if name:
            _radial_label(canvas, name, px, py, -angle, dot + 2, reach, size_cap)


def _label_lines(name: str, reach: float, size_cap: float) -> tuple[list[str], float]:
    """One line when it reads at a good size; otherwise two lines split at the middle space."""
    one = fonts.fit_size(name, fonts.REGULAR, reach, size_cap, 3)
    words = name.split()
    if one >= size_cap * 0.8 or len(words) < 2:
        return [name], one
    cut = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(name) / 2))
    lines = [" ".join(words[:cut]), " ".join(words[cut:])]
    two = min(fonts.fit_size(line, fonts.REGULAR, reach, size_cap, 3) for line in lines)
    return (lines, two) if two > one else ([name], one)


def _radial_label(canvas: Canvas, name: str, x: float, y: float, angle: float, gap: float, reach: float,
                  size_cap: float) -> None:
    """A name running outward from its seat, turned so it never reads upside down."""
    lines, size = _label_lines(name, reach, size_cap)
    canvas.saveState()
    canvas.translate(x, y)
    flip = math.cos(angle) < -1e-6 or (abs(math.cos(angle)) < 1e-6 and math.sin(angle) < 0)
    canvas.rotate(math.degrees(angle + (math.pi if flip else 0)))
    canvas.setFont(fonts.REGULAR, size)
    canvas.setFillColor(INK)
    baseline = -size * 0.35 + (len(lines) - 1) * size * 0.55
    for line in lines:
        while fonts.width(line, fonts.REGULAR, size) > reach + 0.5 and len(line) > 2:
            line = line[:-2] + "…"
        if flip:
            canvas.drawRightString(-gap, baseline, line)
        else:
            canvas.drawString(gap, baseline, line)
        baseline -= size * 1.1
    canvas.restoreState()


def label_reaches(plan: SeatingPlan) -> list[list[float]]:
    """How far each seat's name may run, in metres: up to half-way to the nearest seat at
    another table, so neighbouring tables' names do not collide."""
    seats = [seat_positions(t) for t in plan.tables]
    cell = 2 * LABEL_REACH_M
    grid: dict[tuple[int, int], list[tuple[float, float, int]]] = {}
    for label, positions in enumerate(seats):
        for x, y, _angle in positions:
            grid.setdefault((int(x // cell), int(y // cell)), []).append((x, y, label))
    out: list[list[float]] = []
    for label, positions in enumerate(seats):
        reaches = []
        for x, y, _angle in positions:
            nearest = LABEL_REACH_M * 2
            gx, gy = int(x // cell), int(y // cell)
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    for ox, oy, other in grid.get((gx + dx, gy + dy), ()):
                        if other != label:
                            nearest = min(nearest, math.hypot(ox - x, oy - y))
            reaches.append(max(0.3, min(LABEL_REACH_M, nearest / 2 - 0.05)))
        out.append(reaches)
    return out


def _common_name_size(plan: SeatingPlan, reach: float) -> float:
    """One size for most names, so the chart reads evenly; only the longest few shrink further."""
    sizes = sorted(_label_lines(name, reach, 9)[1] for t in plan.tables for name in t.seats if name)
    if not sizes:
        return 9
    return sizes[len(sizes) // 4]


def _scale_bar(canvas: Canvas, x: float, y: float, scale: float) -> None:
    metres = 1
    for candidate in (1, 2, 5, 10):
        if candidate * scale <= 110:
            metres = candidate
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(1)
    canvas.line(x, y, x + metres * scale, y)
    canvas.line(x, y - 3, x, y + 3)
    canvas.line(x + metres * scale, y - 3, x + metres * scale, y + 3)
    canvas.setFont(fonts.REGULAR, 8)
    canvas.setFillColor(MUTED)
    canvas.drawString(x + metres * scale + 5, y - 3, f"{metres} m")


READABLE_NAME_PT = 5.0  # below this a chart also gets a "who sits where" list


@dataclass(frozen=True)
class _Geometry:
    scale: float  # points per metre
    left: float
    room_top: float


def _geometry(plan: SeatingPlan, block: TitleBlock, width: float, height: float) -> _Geometry:
    top = height - MARGIN - title_height(block)
    label_room = 12  # space around the room for seat names on the outer tables
    avail_w = width - 2 * MARGIN - 2 * label_room
    avail_h = top - MARGIN - 30 - 2 * label_room
    scale = min(avail_w / plan.room_width, avail_h / plan.room_depth)
    return _Geometry(scale, MARGIN + label_room + (avail_w - plan.room_width * scale) / 2, top - label_room - 14)


def _draw_plan(canvas: Canvas, plan: SeatingPlan, block: TitleBlock, width: float, height: float) -> None:
    draw_title(canvas, block, width, height)
    geometry = _geometry(plan, block, width, height)
    scale, left, room_top = geometry.scale, geometry.left, geometry.room_top

    def to_page(x: float, y: float) -> tuple[float, float]:
        return left + x * scale, room_top - y * scale

    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(1.5)
    canvas.rect(left, room_top - plan.room_depth * scale, plan.room_width * scale, plan.room_depth * scale)
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.BOLD, 9)
    canvas.drawCentredString(left + plan.room_width * scale / 2, room_top + 5, t(plan.front_label).upper())
    size = _common_name_size(plan, LABEL_REACH_M * scale)
    for table, table_reaches in zip(plan.tables, label_reaches(plan)):
        _draw_table(canvas, table, to_page, scale, size, table_reaches)
    seated = sum(1 for t in plan.tables for s in t.seats if s)
    canvas.setFont(fonts.REGULAR, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, MARGIN + 12, f"{len(plan.tables)} tables · {seated} people · room "
                                            f"{plan.room_width:.1f} m × {plan.room_depth:.1f} m")
    _scale_bar(canvas, width - MARGIN - 150, MARGIN + 15, scale)


def names_readable(plan: SeatingPlan, scale: float) -> bool:
    """Whether every name at a seat prints at a size a person can read."""
    cap = _common_name_size(plan, LABEL_REACH_M * scale)
    for table, reaches in zip(plan.tables, label_reaches(plan)):
        for name, reach in zip(table.seats, reaches):
            if name and _label_lines(name, reach * scale, cap)[1] < READABLE_NAME_PT:
                return False
    return True


def _seat_list(plan: SeatingPlan, width: float) -> list:
    """Every table with the names at it, four tables to a row."""
    styles = Styles()
    cells = []
    for table in plan.tables:
        names = [n for n in table.seats if n]
        cells.append([Paragraph(t("Table {label}").format(label=esc(table.label)), styles.cell_bold)] +
                     [Paragraph(esc(n), styles.cell) for n in names] +
                     ([Paragraph("(empty)", styles.muted)] if not names else []))
    columns = 4
    rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
    rows[-1] += [""] * (columns - len(rows[-1]))
    grid = Table(rows, colWidths=[width / columns] * columns)
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("TOPPADDING", (0, 0), (-1, -1), 6),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return [Paragraph(t("Who sits where"), styles.h1), grid]


def seating_pdf(plan: SeatingPlan, block: TitleBlock, paper: Paper) -> bytes:
    """The floor plan on one landscape page; when the room is too big for names to be read at
    their seats, a list of who sits at each table follows."""
    height, width = paper.size  # landscape
    if names_readable(plan, _geometry(plan, block, width, height).scale):
        def draw(canvas: Canvas, page_width: float, page_height: float) -> None:
            _draw_plan(canvas, plan, block, page_width, page_height)
            canvas.showPage()

        return canvas_pdf(paper, block, draw, landscape=True)

    def first_page(canvas: Canvas, doc) -> None:
        if doc.page == 1:
            _draw_plan(canvas, plan, block, width, height)

    story = [Spacer(1, 1), PageBreak()] + _seat_list(plan, width - 2 * MARGIN)
    return build_pdf(story, paper=paper, block=block, landscape=True, on_page=first_page)
