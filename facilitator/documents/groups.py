"""Group assignments: a box per group for the facilitators, and an alphabetical "find your group"
list for the welcome table."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Table, TableStyle

from facilitator.documents import fonts
from facilitator.documents.data import GroupList
from facilitator.documents.layout import ACCENT, RULE, SHADE, Styles, TitleBlock, build_pdf, esc, title_flowables
from facilitator.documents.paper import MARGIN, Paper
from facilitator.documents.tables import styled_table


def _sort_key(text: str) -> str:
    return text.casefold()


def _group_box(group, styles: Styles, width: float) -> Table:
    details = "  ·  ".join(part for part in (
        f"Table {esc(group.table)}" if group.table else "",
        f"Facilitator: {esc(group.facilitator)}" if group.facilitator else "") if part)
    head = [Paragraph(f"{esc(group.name)} <font size=9 color='#5b6672'>&nbsp;&nbsp;{len(group.members)} "
                      f"{'person' if len(group.members) == 1 else 'people'}</font>", styles.h2)]
    if details:
        head.append(Paragraph(details, styles.muted))
    members = [Paragraph(f"<b>{esc(m.display_name)}</b>"
                         + (f" <font color='#5b6672'>({esc(m.pronouns)})</font>" if m.pronouns else "")
                         + (f"<br/><font size=8.5 color='#5b6672'>{esc(m.organization)}</font>" if m.organization else ""),
                         styles.cell) for m in sorted(group.members, key=lambda m: _sort_key(m.display_name))]
    # Two columns keep a group of twelve in a compact box.
    half = (len(members) + 1) // 2
    rows = [[members[i], members[half + i] if half + i < len(members) else ""] for i in range(half)] or [
        [Paragraph("No one assigned yet.", styles.muted), ""]]
    grid = Table(rows, colWidths=[(width - 16) / 2] * 2)
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    box = Table([[head], [grid]], colWidths=[width])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, RULE), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT), ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return box


def groups_pdf(groups: GroupList, block: TitleBlock, paper: Paper) -> bytes:
    styles = Styles()
    width = paper.size[0] - 2 * MARGIN
    story: list[Flowable] = title_flowables(block, styles)
    if groups.activity:
        story.append(Paragraph(f"Groups for: {esc(groups.activity)}", styles.muted))
    story.append(Paragraph("Groups", styles.h1))
    for group in groups.groups:
        story.append(KeepTogether([_group_box(group, styles, width), Paragraph("", styles.small)]))
        story.append(CondPageBreak(12))
    story.append(PageBreak())
    story.append(Paragraph("Find your group", styles.h1))
    story.append(Paragraph("Everyone in alphabetical order.", styles.muted))
    entries = sorted(((m, g) for g in groups.groups for m in g.members), key=lambda e: _sort_key(e[0].display_name))
    header = [Paragraph(h, styles.head) for h in ("Name", "Group", "Table")]
    rows = [[Paragraph(esc(m.display_name), styles.cell_bold), Paragraph(esc(g.name), styles.cell),
             Paragraph(esc(g.table), styles.cell)] for m, g in entries]
    story.append(styled_table([header] + rows, [0.5 * width, 0.3 * width, 0.2 * width],
                              extra=[("FONTSIZE", (0, 0), (-1, -1), 10)]))
    return build_pdf(story, paper=paper, block=block)
