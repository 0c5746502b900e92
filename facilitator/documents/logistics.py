"""The logistics sheet: one page per session for whoever runs the room — food counts for the
caterer (and per table), seats to keep free, childcare, interpreters and languages, and the
stipends to hand out at check-in with a box to tick."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph

from facilitator.documents.layout import Styles, TitleBlock, build_pdf, esc, title_flowables
from facilitator.documents.paper import MARGIN, Paper
from facilitator.documents.sources import short_table_label
from facilitator.documents.tables import styled_table
from facilitator.i18n import t
from facilitator.plan.logistics import Logistics


def _counts(pairs: list[tuple[str, int]]) -> str:
    return "; ".join(f"{need}: {count}" for need, count in pairs)


def _page(item: Logistics, styles: Styles, width: float, with_heading: bool) -> list[Flowable]:
    story: list[Flowable] = []
    if with_heading:
        story.append(Paragraph(esc(t("Session {number}: {title}").format(number=item.session.number,
                                                                          title=item.session.title)), styles.h1))
    story.append(Paragraph(esc(t("Food for {count} people (the team included)").format(count=item.people)),
                           styles.h2))
    story.append(Paragraph(esc(_counts(item.meals) or t("No dietary needs recorded.")), styles.body))
    if item.tables:
        rows = [[Paragraph(esc(t("Table {label}").format(label=short_table_label(label))), styles.cell_bold),
                 Paragraph(esc(_counts(needs)), styles.cell)] for label, needs in item.tables]
        story.append(styled_table([[Paragraph(t("Table"), styles.head), Paragraph(t("Dietary needs"), styles.head)]]
                                  + rows, [0.25 * width, 0.75 * width]))
    story.append(Paragraph(t("Access and seats to keep free"), styles.h2))
    if item.keep_free:
        keep = (t("Keep 1 wheelchair place clear, near the door and the front.") if item.keep_free == 1 else
                t("Keep {count} wheelchair places clear, near the door and the front.").format(count=item.keep_free))
        story.append(Paragraph(esc(keep), styles.body))
    story.append(Paragraph(esc(_counts(item.access) or t("No access needs recorded.")), styles.body))
    story.append(Paragraph(t("Childcare"), styles.h2))
    story += styles.bullets([f"{name}: {need}" for name, need in item.childcare]) if item.childcare else [
        Paragraph(t("Nobody asked for childcare."), styles.body)]
    story.append(Paragraph(t("Interpreters and languages"), styles.h2))
    story += styles.bullets(item.languages) if item.languages else [
        Paragraph(t("Nobody needs interpretation."), styles.body)]
    if item.stipends:
        rows = [[Paragraph(esc(s.name), styles.cell), f"{s.amount:.2f}", Paragraph(esc(s.status), styles.cell), "☐"]
                for s in item.stipends]
        story.append(KeepTogether([
            Paragraph(esc(t("Stipends to hand out: {count}, {total} in all").format(
                count=len(item.stipends), total=f"{item.stipend_total:.2f}")), styles.h2),
            styled_table([[Paragraph(h, styles.head) for h in (t("Name"), t("Amount"), t("Status"), t("Handed out"))]]
                         + rows, [0.45 * width, 0.15 * width, 0.25 * width, 0.15 * width])]))
    else:
        story += [Paragraph(t("Stipends"), styles.h2), Paragraph(t("No stipends to hand out."), styles.body)]
    return story


def logistics_pdf(items: list[Logistics], block: TitleBlock, paper: Paper) -> bytes:
    """A page per session (a series-wide sheet names each session at the top of its page)."""
    styles = Styles()
    width = paper.size[0] - 2 * MARGIN
    story: list[Flowable] = title_flowables(block, styles)
    for number, item in enumerate(items):
        if number:
            story.append(PageBreak())
        story += _page(item, styles, width, with_heading=len(items) > 1)
    return build_pdf(story, paper=paper, block=block)
