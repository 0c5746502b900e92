"""Seating chart: the floor plan drawn to scale, tables in their shapes, a name at every seat.

The whole room goes on one landscape page with a scale bar; names shrink to the space their
seat has, so a room of sixty tables still prints on one sheet.
"""

from __future__ import annotations

import math

from reportlab.pdfgen.canvas import Canvas

from facilitator.documents import fonts
from facilitator.documents.data import SeatingPlan, TablePlan
from facilitator.documents.layout import ACCENT, INK, MUTED, RULE, SHADE, TitleBlock, canvas_pdf, draw_title
from facilitator.documents.paper import MARGIN, Paper

SEAT_GAP_M = 0.35  # how far outside the table edge a chair sits, in metres


def seat_positions(table: TablePlan) -> list[tuple[float, float, float]]:
    """(x, y, angle) of each seat in metres, clockwise from the top; angle points away from the table."""
    count = len(table.seats)
    if not count:
        return []
    out = []
    if table.shape == "round":
        radius = max(table.width, table.depth) / 2 + SEAT_GAP_M
        for index in range(count):
            angle = -math.pi / 2 + 2 * math.pi * index / count
            out.append((table.x + radius * math.cos(angle), table.y + radius * math.sin(angle), angle))
        return out
    # Rectangles: seats spread evenly along the perimeter of a slightly larger rectangle.
    w, d = table.width + 2 * SEAT_GAP_M, table.depth + 2 * SEAT_GAP_M
    perimeter = 2 * (w + d)
    for index in range(count):
        t = (index + 0.5) * perimeter / count
        if t < w:
            x, y = -w / 2 + t, -d / 2
        elif t < w + d:
            x, y = w / 2, -d / 2 + (t - w)
        elif t < 2 * w + d:
            x, y = w / 2 - (t - w - d), d / 2
        else:
            x, y = -w / 2, d / 2 - (t - 2 * w - d)
        out.append((table.x + x, table.y + y, math.atan2(y, x)))
    return out


def _draw_table(canvas: Canvas, table: TablePlan, to_page, scale: float) -> None:
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
        radius = max(table.width, table.depth) / 2 + SEAT_GAP_M
        spacing = 2 * math.pi * radius / len(seats)
    else:
        spacing = 2 * (table.width + table.depth + 4 * SEAT_GAP_M) / len(seats)
    room = max(spacing, 0.9) * scale
    for (x, y, angle), name in zip(seats, table.seats):
        px, py = to_page(x, y)
        canvas.setStrokeColor(RULE)
        canvas.setFillColor(INK if name else RULE)
        canvas.circle(px, py, max(1.2, 0.07 * scale), stroke=0, fill=1)
        if not name:
            continue
        size = fonts.fit_size(name, fonts.REGULAR, room, 8, 3.5)
        # Push the label outward from the table, so it never sits on the table top.
        dx, dy = math.cos(angle), -math.sin(angle)
        offset = 0.07 * scale + size * 0.9
        lx, ly = px + dx * offset, py + dy * offset - size * 0.35
        canvas.setFont(fonts.REGULAR, size)
        canvas.setFillColor(INK)
        if dx > 0.5:
            canvas.drawString(lx - size * 0.6, ly, name)
        elif dx < -0.5:
            canvas.drawRightString(lx + size * 0.6, ly, name)
        else:
            canvas.drawCentredString(lx, ly, name)


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


def seating_pdf(plan: SeatingPlan, block: TitleBlock, paper: Paper) -> bytes:
    def draw(canvas: Canvas, width: float, height: float) -> None:
        top = draw_title(canvas, block, width, height)
        label_room = 60  # space around the room for seat names on the outer tables
        avail_w = width - 2 * MARGIN - 2 * label_room
        avail_h = top - MARGIN - 30 - 2 * label_room
        scale = min(avail_w / plan.room_width, avail_h / plan.room_depth)
        left = MARGIN + label_room + (avail_w - plan.room_width * scale) / 2
        room_top = top - label_room - 14

        def to_page(x: float, y: float) -> tuple[float, float]:
            return left + x * scale, room_top - y * scale

        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(1.5)
        canvas.rect(left, room_top - plan.room_depth * scale, plan.room_width * scale, plan.room_depth * scale)
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.BOLD, 9)
        canvas.drawCentredString(left + plan.room_width * scale / 2, room_top + 5, plan.front_label.upper())
        for table in plan.tables:
            _draw_table(canvas, table, to_page, scale)
        seated = sum(1 for t in plan.tables for s in t.seats if s)
        canvas.setFont(fonts.REGULAR, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, MARGIN + 12, f"{len(plan.tables)} tables · {seated} people · room "
                                                f"{plan.room_width:g} m × {plan.room_depth:g} m")
        _scale_bar(canvas, width - MARGIN - 150, MARGIN + 15, scale)
        canvas.showPage()

    return canvas_pdf(paper, block, draw, landscape=True)
