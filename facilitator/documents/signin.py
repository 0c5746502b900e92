"""Sign-in sheet: everyone expected, with room to sign and to say yes or no to being recorded."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from facilitator.documents.data import Person
from facilitator.documents.layout import Styles, TitleBlock, build_pdf, esc, title_flowables
from facilitator.documents.paper import MARGIN, Paper
from facilitator.documents.tables import styled_table
from facilitator.i18n import t

BLANK_ROWS = 5  # for walk-ins


def signin_pdf(people: list[Person], block: TitleBlock, paper: Paper) -> bytes:
    styles = Styles()
    width = paper.size[0] - 2 * MARGIN
    story: list[Flowable] = title_flowables(block, styles)
    story.append(Paragraph(t("Please sign next to your name and tick whether you agree to this session being "
                             "recorded. Recordings are used only to write accurate notes; quotes are never "
                             "attributed to you."), styles.body))
    story.append(Spacer(1, 6))
    header = [Paragraph(h, styles.head) for h in (t("Name"), t("Organization"), t("Signature"), t("OK to record?"))]
    rows = []
    for person in sorted(people, key=lambda p: p.name.casefold()):
        name = f"<b>{esc(person.name)}</b>"
        if person.preferred_name and person.preferred_name != person.name:
            name += f"<br/><font size=8.5 color='#5b6672'>goes by {esc(person.preferred_name)}</font>"
        rows.append([Paragraph(name, styles.cell), Paragraph(esc(person.organization), styles.cell), "",
                     Paragraph("☐ Yes&nbsp;&nbsp;&nbsp;☐ No", styles.cell)])
    rows += [["", "", "", Paragraph("☐ Yes&nbsp;&nbsp;&nbsp;☐ No", styles.cell)] for _ in range(BLANK_ROWS)]
    table = styled_table([header] + rows, [0.3 * width, 0.25 * width, 0.27 * width, 0.18 * width], band=False,
                         extra=[("VALIGN", (0, 1), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 1), (-1, -1), 9),
                                ("BOTTOMPADDING", (0, 1), (-1, -1), 9)])
    story.append(table)
    story.append(Spacer(1, 8))
    story.append(Paragraph(f"{len(people)} expected. Blank rows at the end are for anyone not on the list.",
                           styles.muted))
    return build_pdf(story, paper=paper, block=block)
