"""The trend analysis printed: notes per theme and stakeholder group, then per session, each
cell shaded by how full it is so the pattern reads at a glance (the numbers carry it too,
for a black-and-white copy)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph

from facilitator.documents.layout import Styles, TitleBlock, build_pdf, esc, title_flowables
from facilitator.documents.paper import MARGIN, Paper
from facilitator.documents.tables import styled_table
from facilitator.i18n import t
from facilitator.synthesis.trends import Trends, heat_share

HEAT = colors.HexColor("#e07a2f")
COLUMNS_PER_TABLE = 7
_READING = {"audience": "Stakeholder group (the session's audience)",
            "perspective": "Stakeholder group (the quote's perspective)", "group": "Breakout group",
            "session": "Session"}


def heat(count: int, largest: int) -> colors.Color:
    """White for nothing, deepening to the heat colour for the fullest cell."""
    share = heat_share(count, largest)
    return colors.Color(1 - (1 - HEAT.red) * share, 1 - (1 - HEAT.green) * share, 1 - (1 - HEAT.blue) * share)


def _table(styles: Styles, width: float, columns: list[str], rows: list[tuple[str, list[int], int]],
           largest: int) -> Flowable:
    heads = [Paragraph(t("Theme"), styles.head)] + [Paragraph(esc(c), styles.head) for c in columns]
    heads.append(Paragraph(t("All"), styles.head))
    data = [heads]
    shading = []
    for r, (title, counts, total) in enumerate(rows, start=1):
        data.append([Paragraph(esc(title), styles.cell_bold)] + [Paragraph(str(n or ""), styles.cell) for n in counts]
                    + [Paragraph(str(total), styles.cell_bold)])
        shading += [("BACKGROUND", (c, r), (c, r), heat(n, largest)) for c, n in enumerate(counts, start=1) if n]
    first = 0.3
    rest = (1 - first) / (len(columns) + 1)
    return styled_table(data, [first * width] + [rest * width] * (len(columns) + 1), band=False, extra=shading)


def trends_pdf(trends: Trends, block: TitleBlock, paper: Paper) -> bytes:
    styles = Styles()
    width = paper.size[0] - 2 * MARGIN
    story: list[Flowable] = title_flowables(block, styles)
    if not trends.rows:
        story.append(Paragraph(t("No themes yet."), styles.muted))
        return build_pdf(story, paper=paper, block=block)
    story.append(Paragraph(t("Notes per theme, by {reading}").format(reading=t(_READING[trends.by]).lower()),
                           styles.h1))
    for start in range(0, max(len(trends.columns), 1), COLUMNS_PER_TABLE):
        columns = trends.columns[start:start + COLUMNS_PER_TABLE]
        rows = [(r.title, [r.by_column.get(c, 0) for c in columns], r.total) for r in trends.rows]
        story.append(_table(styles, width, columns, rows, trends.largest))
    if trends.by != "session":
        story.append(Paragraph(t("Notes per theme, by session"), styles.h1))
        sessions = [t("Session {number}").format(number=n) for n in trends.sessions]
        per_session = [(r.title, [sum(r.by_session.get(n, {}).values()) for n in trends.sessions], r.total)
                       for r in trends.rows]
        largest = max((n for _title, counts, _total in per_session for n in counts), default=0)
        for start in range(0, max(len(sessions), 1), COLUMNS_PER_TABLE):
            story.append(_table(styles, width, sessions[start:start + COLUMNS_PER_TABLE],
                                [(title, counts[start:start + COLUMNS_PER_TABLE], total)
                                 for title, counts, total in per_session], largest))
    story.append(Paragraph(t("Darker cells hold more notes. Counts are notes put on a theme, not people."),
                           styles.muted))
    return build_pdf(story, paper=paper, block=block)
