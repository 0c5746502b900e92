"""Facilitator run-sheet and participant agenda: the same agenda, two audiences.

The run-sheet carries everything a facilitator needs at the front of the room (clock times,
minutes, prompts, notes, materials); the participant agenda carries times and titles only, with
the purpose and the community agreements, and never a facilitator note.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from facilitator.documents.layout import Styles, TitleBlock, build_pdf, esc, title_flowables
from facilitator.documents.paper import MARGIN, Paper
from facilitator.documents.tables import styled_table
from facilitator.i18n import t
from facilitator.plan import agenda
from facilitator.plan.model import Series, Session

# Our own default agreements; a facilitator adds the room's own on the day.
DEFAULT_AGREEMENTS = [
    "Listen to understand, not to reply.",
    "Speak for yourself, from your own experience.",
    "Stories shared here stay here; what we learn can leave.",
    "Lean into discomfort, and step back so others can step in.",
    "Disagree with ideas, never with a person's worth.",
]


def _agenda_rows(session: Session, styles: Styles, *, facilitator: bool) -> list[list]:
    rows: list[list] = []
    for item in agenda.schedule(session.blocks):
        block = item.block
        start = agenda.clock_at(session, item.start_offset)
        end = agenda.clock_at(session, item.end_offset)
        if facilitator:
            title_style = styles.cell_bold if item.depth == 0 else styles.cell
        else:  # participants read their agenda at arm's length: a size up
            title_style = styles.body_bold if item.depth == 0 else styles.body
        indent = "&nbsp;" * 6 if item.depth else ""
        parts: list[Flowable] = [Paragraph(indent + esc(block.title), title_style)]
        if facilitator:
            for prompt in block.prompts:
                parts.append(Paragraph(esc(prompt), styles.cell, bulletText="?"))
            if block.notes:
                parts.append(Paragraph(f"<font color='#5b6672'>{t('Note:')}</font> {esc(block.notes)}", styles.cell))
            if block.materials:
                parts.append(Paragraph(f"<font color='#5b6672'>{t('Materials:')}</font> {esc(block.materials)}",
                                       styles.cell))
        time_text = f"{start}–{end}"
        if facilitator:
            rows.append([Paragraph(time_text, styles.cell), Paragraph(str(item.minutes), styles.cell), parts,
                         Paragraph(esc(t(block.kind.label)), styles.muted)])
        else:
            rows.append([Paragraph(time_text, styles.body), parts])
    return rows


def runsheet_pdf(series: Series, session: Session, block: TitleBlock, paper: Paper,
                 room: list[str] | None = None) -> bytes:
    """``room``: the interpretation and access needs of the people expected (``interpretation.room_lines``)."""
    styles = Styles()
    width = paper.size[0] - 2 * MARGIN
    story: list[Flowable] = title_flowables(block, styles)
    total = agenda.total_minutes(session.blocks)
    over = agenda.over_by(session)
    timing = t("Planned {planned}; agenda adds up to {total}").format(
        planned=agenda.format_minutes(session.duration_minutes), total=agenda.format_minutes(total))
    if over > 0:
        timing += t(" ({over} over).").format(over=agenda.format_minutes(over))
    else:
        timing += "."
    story.append(Paragraph(esc(timing), styles.muted))
    if session.facilitator:
        story.append(Paragraph(t("Facilitator: {name}").format(name=esc(session.facilitator)), styles.muted))
    if session.objectives:
        story.append(Paragraph(t("Objectives"), styles.h1))
        story += styles.bullets(session.objectives)
    if room:
        story.append(Paragraph(t("Interpretation and access"), styles.h1))
        story += styles.bullets(room)
    story.append(Paragraph(t("Agenda"), styles.h1))
    header = [Paragraph(h, styles.head) for h in (t("Time"), t("Min"), t("Block, prompts and notes"), t("Format"))]
    rows = _agenda_rows(session, styles, facilitator=True)
    if rows:
        story.append(styled_table([header] + rows, [0.16 * width, 0.07 * width, 0.6 * width, 0.17 * width]))
    else:
        story.append(Paragraph(t("This session has no agenda yet."), styles.muted))
    materials = [b.materials for b in _all_blocks(session) if b.materials]
    if materials:
        story.append(KeepTogether([Paragraph(t("Materials checklist"), styles.h1)] +
                                  [Paragraph(esc(m), styles.bullet, bulletText="☐") for m in dict.fromkeys(materials)]))
    return build_pdf(story, paper=paper, block=block)


def _all_blocks(session: Session):
    for block in session.blocks:
        yield block
        yield from block.children


def participant_agenda_pdf(series: Series, session: Session, block: TitleBlock, paper: Paper) -> bytes:
    styles = Styles()
    width = paper.size[0] - 2 * MARGIN
    story: list[Flowable] = title_flowables(block, styles)
    purpose = session.description or series.purpose
    if purpose:
        story.append(Paragraph(t("Why we are here"), styles.h1))
        story.append(styles.p(purpose))
    if session.objectives:
        story += styles.bullets(session.objectives)
    story.append(Paragraph(t("Agenda"), styles.h1))
    rows = _agenda_rows(session, styles, facilitator=False)
    if rows:
        story.append(styled_table(rows, [0.2 * width, 0.8 * width], header=False))
    else:
        story.append(Paragraph(t("The agenda will be shared on the day."), styles.muted))
    story.append(Spacer(1, 6))
    story.append(KeepTogether([Paragraph(t("Community agreements"), styles.h1)] +
                              styles.bullets([t(line) for line in DEFAULT_AGREEMENTS])))
    return build_pdf(story, paper=paper, block=block)
