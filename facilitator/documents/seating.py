"""Seating chart: the tables where the floor plan puts them, to scale, each drawn as a small
table with its chairs and, under it, the names of the people at it.

Names print at one readable size (never below 8 pt) and never overlap: the chart's scale is
the smallest at which every table's card (the table with its chairs, and its names beneath)
stands clear of every other. Tables are drawn at one size, not to scale, so that the room's
distances, not the furniture, decide how much paper it takes. A room that does not fit one page at that scale is split into
zones, a page each, after a key page that shows where each zone is in the room.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from string import ascii_uppercase

from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from facilitator.documents import fonts
from facilitator.documents.data import PrintedSeating, PrintedTable
from facilitator.documents.layout import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    SHADE,
    TitleBlock,
    canvas_pdf,
    draw_title,
    title_height,
)
from facilitator.documents.paper import MARGIN, Paper
from facilitator.i18n import t
from facilitator.seating.plan import TableShape, chair_positions

NAME_PT = 8.5  # every name prints at this size
LEADING = 10.5
PAD = 8.0  # points kept free between two tables' cards
RING_PT = 17.0  # from a table's centre to its chairs on paper
FOOTER_ROOM = 34.0  # above the bottom margin: the summary line and scale bar


def seat_positions(table: PrintedTable) -> list[tuple[float, float]]:
    """(x, y) of each chair in metres, clockwise from the side facing the front."""
    count = len(table.seats)
    if not count:
        return []
    if table.seat_xy:
        return list(table.seat_xy)
    # Where the floor plan would put them: one chair geometry for the app and the paper.
    shape = TableShape.ROUND if table.shape == "round" else TableShape.RECTANGULAR  # a document says "rect"
    return chair_positions(shape, count, table.x, table.y, table.width, table.depth)


@dataclass
class _Card:
    """A table, its chairs and the list of names under it; sizes in points at a scale."""

    table: PrintedTable
    lines: list[str]
    text_width: float

    def ring(self, scale: float) -> float:
        return RING_PT

    def half_width(self, scale: float) -> float:
        return max(self.text_width / 2, self.ring(scale)) + 2

    def above(self, scale: float) -> float:
        return self.ring(scale) + 3

    def below(self, scale: float) -> float:
        return self.ring(scale) + 6 + LEADING * len(self.lines)


def _cards(plan: PrintedSeating, widest: float) -> list[_Card]:
    cards = []
    for table in plan.tables:
        lines = []
        for name in (n for n in table.seats if n):
            lines += simpleSplit(name, fonts.REGULAR, NAME_PT, widest) or [name]
        text = max([fonts.width(line, fonts.REGULAR, NAME_PT) for line in lines] + [0.0])
        cards.append(_Card(table, lines, text))
    return cards


def _needed_scale(cards: list[_Card], start: float) -> float:
    """The smallest scale (points per metre) from ``start`` up at which no two cards overlap:
    each pair is apart side by side or one above the other."""
    scale = start
    for _ in range(30):
        need = scale
        for i, a in enumerate(cards):
            for b in cards[i + 1:]:
                dx = abs(a.table.x - b.table.x)
                side = (a.half_width(scale) + b.half_width(scale) + PAD) / dx if dx > 1e-6 else math.inf
                upper, lower = (a, b) if a.table.y < b.table.y else (b, a)
                dy = lower.table.y - upper.table.y
                stacked = (upper.below(scale) + lower.above(scale) + PAD) / dy if dy > 1e-6 else math.inf
                need = max(need, min(side, stacked))
        if need <= scale * 1.0001 or math.isinf(need):
            break
        scale = min(need, 2000.0)
    return scale


def _extent(cards: list[_Card], scale: float) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) in points around every card, with y growing down the page."""
    return (min(c.table.x * scale - c.half_width(scale) for c in cards),
            min(c.table.y * scale - c.above(scale) for c in cards),
            max(c.table.x * scale + c.half_width(scale) for c in cards),
            max(c.table.y * scale + c.below(scale) for c in cards))


def _room_extent(plan: PrintedSeating, cards: list[_Card], scale: float) -> tuple[float, float, float, float]:
    """Every card and the room's own outline, in points."""
    left, upper, right, lower = _extent(cards, scale)
    return (min(left, 0.0), min(upper, 0.0), max(right, plan.room_width * scale), max(lower, plan.room_depth * scale))


def _largest_fitting(plan: PrintedSeating, cards: list[_Card], least: float, avail_w: float,
                     avail_h: float) -> float | None:
    """The largest scale from ``least`` up at which the whole room fits one page, or None."""
    def fits(scale: float) -> bool:
        left, upper, right, lower = _room_extent(plan, cards, scale)
        return right - left + 8 <= avail_w and lower - upper + 8 <= avail_h

    if not fits(least):
        return None
    low, high = least, max(least, min(avail_w / max(plan.room_width, 1.0), avail_h / max(plan.room_depth, 1.0)))
    if fits(high):
        return high
    for _ in range(30):
        middle = (low + high) / 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    return low


def _draw_card(canvas: Canvas, card: _Card, scale: float, cx: float, cy: float) -> None:
    """A card with the table's centre at page point (cx, cy)."""
    table = card.table
    ring = card.ring(scale)
    canvas.setStrokeColor(ACCENT)
    canvas.setFillColor(SHADE)
    canvas.setLineWidth(0.8)
    if table.shape == "round":
        canvas.circle(cx, cy, ring - 4, stroke=1, fill=1)
        label_room = (ring - 4) * 1.6
    else:
        canvas.rect(cx - ring, cy - ring / 2 + 2, 2 * ring, ring - 4, stroke=1, fill=1)
        label_room = 2 * ring - 4
    reach = max([math.hypot(x - table.x, y - table.y) for x, y in seat_positions(table)] + [1e-6])
    for (x, y), name in zip(seat_positions(table), table.seats):
        canvas.setFillColor(INK if name else RULE)
        canvas.circle(cx + (x - table.x) / reach * ring, cy - (y - table.y) / reach * ring, 1.6, stroke=0, fill=1)
    size = fonts.fit_size(table.label, fonts.BOLD, label_room, 11, 6)
    canvas.setFillColor(ACCENT)
    canvas.setFont(fonts.BOLD, size)
    canvas.drawCentredString(cx, cy - size * 0.35, table.label)
    canvas.setFillColor(INK)
    canvas.setFont(fonts.REGULAR, NAME_PT)
    y = cy - card.ring(scale) - 6 - NAME_PT * 0.8
    for line in card.lines:
        canvas.drawCentredString(cx, y, line)
        y -= LEADING


def _front(canvas: Canvas, left: float, right: float, y: float) -> None:
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.BOLD, 9)
    canvas.drawCentredString((left + right) / 2, y + 4, t("Front of room").upper())


def _footer(canvas: Canvas, plan: PrintedSeating, width: float, scale: float, extra: str = "") -> None:
    seated = sum(1 for table in plan.tables for name in table.seats if name)
    canvas.setFont(fonts.REGULAR, 8.5)
    canvas.setFillColor(MUTED)
    summary = t("{tables} tables · {people} people · room {width} m × {depth} m").format(
        tables=len(plan.tables), people=seated, width=f"{plan.room_width:.1f}", depth=f"{plan.room_depth:.1f}")
    canvas.drawString(MARGIN, MARGIN + 12, summary + (f"  ·  {extra}" if extra else ""))
    metres = next((m for m in (10, 5, 2, 1) if m * scale <= 110), 1)
    x, y = width - MARGIN - 150, MARGIN + 15
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(1)
    canvas.line(x, y, x + metres * scale, y)
    canvas.line(x, y - 3, x, y + 3)
    canvas.line(x + metres * scale, y - 3, x + metres * scale, y + 3)
    canvas.drawString(x + metres * scale + 5, y - 3, f"{metres} m")


@dataclass(frozen=True)
class _Zone:
    letter: str
    left: float  # metres
    top: float
    cards: list


def _zones(cards: list[_Card], scale: float, zone_w: float, zone_h: float) -> list[_Zone]:
    """Tiles of the room, each holding the tables whose centres fall in it (empty tiles dropped)."""
    x0 = min(c.table.x for c in cards)
    y0 = min(c.table.y for c in cards)
    tiles: dict[tuple[int, int], list[_Card]] = {}
    for card in cards:
        key = (int((card.table.y - y0) // zone_h), int((card.table.x - x0) // zone_w))
        tiles.setdefault(key, []).append(card)
    out = []
    for number, (row, column) in enumerate(sorted(tiles)):
        letter = ascii_uppercase[number % 26] * (1 + number // 26)
        out.append(_Zone(letter, x0 + column * zone_w, y0 + row * zone_h, tiles[(row, column)]))
    return out


def seating_pdf(plan: PrintedSeating, block: TitleBlock, paper: Paper) -> bytes:
    """The floor plan on one landscape page when it fits at a readable scale; otherwise a key
    page and one page per zone of the room."""
    fonts.register()
    height, width = paper.size  # landscape
    top = height - MARGIN - title_height(block) - 16
    avail_w, avail_h = width - 2 * MARGIN, top - MARGIN - FOOTER_ROOM
    widest = avail_w / 3
    cards = _cards(plan, widest)
    if not cards:
        def empty(canvas: Canvas, page_width: float, page_height: float) -> None:
            draw_title(canvas, block, page_width, page_height)
            canvas.showPage()

        return canvas_pdf(paper, block, empty, landscape=True)
    scale = _needed_scale(cards, 1.0)
    fitting = _largest_fitting(plan, cards, scale, avail_w, avail_h)
    if fitting is not None:
        return canvas_pdf(paper, block, lambda canvas, w, h: _one_page(canvas, plan, cards, block, w, h, fitting,
                                                                       _room_extent(plan, cards, fitting), top),
                          landscape=True)
    most_w = max(c.half_width(scale) for c in cards) * 2
    most_above = max(c.above(scale) for c in cards)
    most_below = max(c.below(scale) for c in cards)
    zone_w = max((avail_w - most_w) / scale, 0.5)
    zone_h = max((avail_h - 14 - most_above - most_below) / scale, 0.5)
    zones = _zones(cards, scale, zone_w, zone_h)

    def draw(canvas: Canvas, page_width: float, page_height: float) -> None:
        _key_page(canvas, plan, zones, block, page_width, page_height, top, zone_w, zone_h)
        for zone in zones:
            draw_title(canvas, block, page_width, page_height)
            canvas.setFillColor(ACCENT)
            canvas.setFont(fonts.BOLD, 11)
            tables = ", ".join(c.table.label for c in zone.cards)
            heading = t("Zone {zone}: tables {tables}").format(zone=zone.letter, tables=tables)
            canvas.drawString(MARGIN, top + 2, simpleSplit(heading, fonts.BOLD, 11, avail_w)[0])
            origin_x = MARGIN + most_w / 2
            origin_y = top - 14 - most_above
            if zone.top <= min(c.table.y for c in cards) + 1e-6:
                _front(canvas, MARGIN, page_width - MARGIN, top - 12)
            canvas.setStrokeColor(RULE)
            canvas.setDash(3, 3)
            canvas.rect(MARGIN, MARGIN + FOOTER_ROOM, avail_w, top - 14 - MARGIN - FOOTER_ROOM, stroke=1, fill=0)
            canvas.setDash()
            for card in zone.cards:
                _draw_card(canvas, card, scale, origin_x + (card.table.x - zone.left) * scale,
                           origin_y - (card.table.y - zone.top) * scale)
            _footer(canvas, plan, page_width, scale, t("zone {zone} of {count}").format(zone=zone.letter,
                                                                                         count=len(zones)))
            canvas.showPage()

    return canvas_pdf(paper, block, draw, landscape=True)


def _one_page(canvas: Canvas, plan: PrintedSeating, cards: list[_Card], block: TitleBlock, width: float, height: float,
              scale: float, extent: tuple[float, float, float, float], top: float) -> None:
    draw_title(canvas, block, width, height)
    left, upper, right, lower = extent
    offset_x = MARGIN + (width - 2 * MARGIN - (right - left)) / 2 - left
    offset_y = top - 6 + upper  # page y of room y = 0

    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(1.5)
    canvas.rect(offset_x + left - 4, offset_y - lower - 4, right - left + 8, lower - upper + 8, stroke=1, fill=0)
    _front(canvas, offset_x + left, offset_x + right, offset_y - upper + 4)
    for card in cards:
        _draw_card(canvas, card, scale, offset_x + card.table.x * scale, offset_y - card.table.y * scale)
    _footer(canvas, plan, width, scale)
    canvas.showPage()


def _key_page(canvas: Canvas, plan: PrintedSeating, zones: list[_Zone], block: TitleBlock, width: float, height: float,
              top: float, zone_w: float, zone_h: float) -> None:
    """The whole room small, each zone outlined with its letter, and which tables each zone holds."""
    draw_title(canvas, block, width, height)
    canvas.setFillColor(ACCENT)
    canvas.setFont(fonts.BOLD, 11)
    canvas.drawString(MARGIN, top + 2, t("Key: the room in {count} zones, a page each").format(count=len(zones)))
    lines = []
    for zone in zones:
        lines += simpleSplit(t("Zone {zone}: tables {tables}").format(
            zone=zone.letter, tables=", ".join(c.table.label for c in zone.cards)), fonts.REGULAR, 9,
            width - 2 * MARGIN)
    list_height = min(len(lines), 18) * 11 + 8
    map_top = top - 26
    map_h = map_top - MARGIN - FOOTER_ROOM - list_height
    xs = [c.table.x for z in zones for c in z.cards]
    ys = [c.table.y for z in zones for c in z.cards]
    room_w = max(plan.room_width, max(z.left + zone_w for z in zones)) - min(0.0, min(xs))
    room_d = max(plan.room_depth, max(z.top + zone_h for z in zones)) - min(0.0, min(ys))
    scale = min((width - 2 * MARGIN) / room_w, map_h / room_d)
    x0, y0 = MARGIN - min(0.0, min(xs)) * scale, map_top + min(0.0, min(ys)) * scale
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(1.2)
    canvas.rect(x0, map_top - room_d * scale, room_w * scale, room_d * scale, stroke=1, fill=0)
    _front(canvas, x0, x0 + room_w * scale, map_top)
    for zone in zones:
        zx, zy = x0 + zone.left * scale, y0 - zone.top * scale
        canvas.setStrokeColor(ACCENT)
        canvas.setDash(4, 3)
        canvas.rect(zx, zy - zone_h * scale, zone_w * scale, zone_h * scale, stroke=1, fill=0)
        canvas.setDash()
        for card in zone.cards:
            canvas.setFillColor(SHADE)
            canvas.setStrokeColor(ACCENT)
            canvas.circle(x0 + card.table.x * scale, y0 - card.table.y * scale,
                          max(1.5, max(card.table.width, card.table.depth) / 2 * scale), stroke=1, fill=1)
        canvas.setFillColor(ACCENT)
        canvas.setFont(fonts.BOLD, 18)
        canvas.drawCentredString(zx + zone_w * scale / 2, zy - zone_h * scale / 2 - 6, zone.letter)
    canvas.setFillColor(INK)
    canvas.setFont(fonts.REGULAR, 9)
    y = MARGIN + FOOTER_ROOM + list_height - 12
    for line in lines[:18]:
        canvas.drawString(MARGIN, y, line)
        y -= 11
    _footer(canvas, plan, width, scale)
    canvas.showPage()
