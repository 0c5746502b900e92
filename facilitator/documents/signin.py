"""Sign-in sheet: everyone expected, with room to sign and to say yes or no to being recorded.

At a big event several tables take sign-ins at once, so each page covers one stretch of the
alphabet and says which ("A–F") at its top; people not on the list write their contact beside
their name on the walk-in rows at the end, so the team can reach them afterwards.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer

from facilitator.documents.data import Person
from facilitator.documents.layout import Styles, TitleBlock, build_pdf, esc, title_flowables
from facilitator.documents.paper import MARGIN, Paper
from facilitator.documents.tables import styled_table
from facilitator.i18n import t

BLANK_ROWS = 5  # for walk-ins
_EXTRA = [("VALIGN", (0, 1), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 1), (-1, -1), 9),
          ("BOTTOMPADDING", (0, 1), (-1, -1), 9)]


def _range(first: str, last: str, previous: str) -> str:
    """ "A–F", or two letters ("Ma–Mo") where one would not tell this page from its neighbour."""
    letters = 2 if first[:1].casefold() in (previous[:1].casefold(), last[:1].casefold()) else 1
    start, end = first[:letters].title(), last[:letters].title()
    return start if start == end else f"{start}–{end}"


def signin_pdf(people: list[Person], block: TitleBlock, paper: Paper) -> bytes:
    styles = Styles()
    width, height = paper.size
    width -= 2 * MARGIN
    widths = [0.3 * width, 0.25 * width, 0.27 * width, 0.18 * width]
    yes_no = Paragraph(t("☐ Yes&nbsp;&nbsp;&nbsp;☐ No"), styles.cell)
    story: list[Flowable] = title_flowables(block, styles)
    story.append(Paragraph(t("Please sign next to your name and tick whether you agree to this session being "
                             "recorded. Recordings are used only to write accurate notes; quotes are never "
                             "attributed to you."), styles.body))
    story.append(Spacer(1, 6))
    header = [Paragraph(h, styles.head) for h in (t("Name"), t("Organization"), t("Signature"), t("OK to record?"))]
    ordered = sorted(people, key=lambda p: p.name.casefold())
    rows = []
    for person in ordered:
        name = f"<b>{esc(person.name)}</b>"
        if person.preferred_name and person.preferred_name != person.name:
            name += f"<br/><font size=8.5 color='#5b6672'>{t('goes by {name}').format(name=esc(person.preferred_name))}</font>"
        rows.append([Paragraph(name, styles.cell), Paragraph(esc(person.organization), styles.cell), "", yes_no])
    room = height - 2 * MARGIN - 4 - sum(f.wrap(width, height)[1] + getattr(f, "style", styles.body).spaceBefore
                                         + getattr(f, "style", styles.body).spaceAfter for f in story)
    previous = ""
    start = 0
    heights = _row_heights(header, rows, widths)
    while start < len(rows):
        count = _rows_that_fit(header, rows[start:], heights[start:], widths, room - 45)
        chunk = ordered[start:start + count]
        label = _range(chunk[0].name, chunk[-1].name, previous)
        heading = Paragraph(t("Names {range}").format(range=esc(label)), styles.h2)
        story += [heading, styled_table([header] + rows[start:start + count], widths, band=False, extra=_EXTRA)]
        previous = chunk[-1].name
        start += count
        if start < len(rows):
            story.append(PageBreak())
            room = height - 2 * MARGIN - 4
    walk_in_header = [Paragraph(h, styles.head) for h in (t("Name"), t("Email or phone"), t("Signature"),
                                                          t("OK to record?"))]
    walk_ins = [["", "", "", yes_no] for _ in range(BLANK_ROWS)]
    story += [Spacer(1, 10), CondPageBreak(60 + 40 * BLANK_ROWS),
              Paragraph(t("Not on the list? Add yourself here"), styles.h2),
              styled_table([walk_in_header] + walk_ins, widths, band=False, extra=_EXTRA), Spacer(1, 8),
              Paragraph(t("{count} expected. Blank rows at the end are for anyone not on the list.").format(
                  count=len(people)), styles.muted)]
    return build_pdf(story, paper=paper, block=block)


def _table_height(header: list, rows: list[list], widths: list[float]) -> float:
    return styled_table([header] + rows, widths, band=False, extra=_EXTRA).wrap(sum(widths), 1e6)[1]


def _row_heights(header: list, rows: list[list], widths: list[float]) -> list[float]:
    """Each row's height on its own, measured once for the whole list (500 names: 500 small tables,
    not a table of every size a search would try)."""
    head = _table_height(header, [], widths)
    return [_table_height(header, [row], widths) - head for row in rows]


def _rows_that_fit(header: list, rows: list[list], heights: list[float], widths: list[float], room: float) -> int:
    """How many of ``rows`` fit under the header in ``room`` points (at least one): added up from
    the rows' heights, then checked on the table as it will print."""
    count, used = 0, _table_height(header, [], widths)
    while count < len(rows) and used + heights[count] <= room:
        used += heights[count]
        count += 1
    while count > 1 and _table_height(header, rows[:count], widths) > room:
        count -= 1
    return max(1, count)
