"""Group assignments: a box per group for the facilitators, and an alphabetical "find your group"
list for the welcome table."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from facilitator.documents import fonts
from facilitator.documents.data import Person, PrintedRound
from facilitator.documents.layout import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    SHADE,
    Styles,
    TitleBlock,
    build_pdf,
    esc,
    title_flowables,
)
from facilitator.documents.paper import MARGIN, Paper
from facilitator.documents.tables import styled_table
from facilitator.i18n import t


def _sort_key(text: str) -> str:
    return text.casefold()


class _MemberLine(Flowable):
    """A member drawn directly: name in bold, pronouns in grey, organization below. Measured once,
    it keeps a 500-person group list fast; names that do not fit get a wrapping Paragraph instead."""

    NAME, SMALL = 9.5, 8.5

    def __init__(self, person: Person):
        super().__init__()
        self.person = person

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, 12.5 + 11 * len(self._small_lines())

    def _small_lines(self) -> list[str]:
        return [line for line in (self.person.organization, self.person.language_need) if line]

    def draw(self) -> None:
        canvas, person = self.canv, self.person
        _width, height = self.wrap(0, 0)
        y = height - self.NAME
        canvas.setFillColor(INK)
        canvas.setFont(fonts.BOLD, self.NAME)
        canvas.drawString(0, y, person.display_name)
        if person.pronouns:
            canvas.setFillColor(MUTED)
            canvas.setFont(fonts.REGULAR, self.NAME)
            canvas.drawString(fonts.width(person.display_name + " ", fonts.BOLD, self.NAME), y, f"({person.pronouns})")
        for number, line in enumerate(self._small_lines(), start=1):
            canvas.setFillColor(ACCENT if line == person.language_need else MUTED)
            canvas.setFont(fonts.REGULAR, self.SMALL)
            canvas.drawString(0, y - 11 * number, line)


def _member(person: Person, styles: Styles, column: float) -> Flowable:
    first = fonts.width(person.display_name + " ", fonts.BOLD, _MemberLine.NAME) + (
        fonts.width(f"({person.pronouns})", fonts.REGULAR, _MemberLine.NAME) if person.pronouns else 0)
    small = [line for line in (person.organization, person.language_need) if line]
    if first <= column and all(fonts.width(line, fonts.REGULAR, _MemberLine.SMALL) <= column for line in small):
        return _MemberLine(person)
    return Paragraph(f"<b>{esc(person.display_name)}</b>"
                     + (f" <font color='#5b6672'>({esc(person.pronouns)})</font>" if person.pronouns else "")
                     + "".join(f"<br/><font size=8.5 color='#5b6672'>{esc(line)}</font>" for line in small),
                     styles.cell)


def _group_box(group, styles: Styles, width: float) -> Table:
    """One flat table per group (a spanning header row, then members in two columns): nesting
    tables would make ReportLab measure every name several times."""
    details = "  ·  ".join(part for part in (
        t("Table {label}").format(label=esc(group.table)) if group.table else "",
        t("Facilitator: {name}").format(name=esc(group.facilitator)) if group.facilitator else "") if part)
    count = (t("{count} person") if len(group.members) == 1 else t("{count} people")).format(count=len(group.members))
    head = [Paragraph(f"{esc(group.name)} <font size=9 color='#5b6672'>&nbsp;&nbsp;{count}</font>", styles.h2)]
    if details:
        head.append(Paragraph(details, styles.muted))
    column = width / 2 - 16
    members = [_member(m, styles, column) for m in sorted(group.members, key=lambda m: _sort_key(m.display_name))]
    # Two columns keep a group of twelve in a compact box.
    half = (len(members) + 1) // 2
    rows = [[members[i], members[half + i] if half + i < len(members) else ""] for i in range(half)] or [
        [Paragraph(t("No one assigned yet."), styles.muted), ""]]
    box = Table([[head, ""]] + rows, colWidths=[width / 2] * 2)
    box.setStyle(TableStyle([
        ("SPAN", (0, 0), (1, 0)), ("NOSPLIT", (0, 0), (-1, -1)), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("BOX", (0, 0), (-1, -1), 0.8, RULE), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT), ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 6), ("TOPPADDING", (0, 1), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 3), ("TOPPADDING", (0, 1), (-1, 1), 6),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 7)]))
    return box


def groups_pdf(rounds: list[PrintedRound], block: TitleBlock, paper: Paper) -> bytes:
    """A section per round of groups, then one alphabetical list with everyone's group in each round."""
    styles = Styles()
    width = paper.size[0] - 2 * MARGIN
    story: list[Flowable] = title_flowables(block, styles)
    for number, groups in enumerate(rounds, start=1):
        heading = groups.activity or (t("Round {number}").format(number=number) if len(rounds) > 1 else t("Groups"))
        story.append(Paragraph(esc(heading), styles.h1))
        for group in groups.groups:
            story += [_group_box(group, styles, width), Spacer(1, 10)]
    story.append(PageBreak())
    story.append(Paragraph(t("Find your group"), styles.h1))
    story.append(Paragraph(t("Everyone in alphabetical order."), styles.muted))
    story.append(_index_table(rounds, styles, width))
    return build_pdf(story, paper=paper, block=block)


def _index_table(rounds: list[PrintedRound], styles: Styles, width: float):
    """Name, then group (and table) in each round."""
    people: dict[str, str] = {}
    where: dict[str, list[str]] = {}
    for number, groups in enumerate(rounds):
        for group in groups.groups:
            for member in group.members:
                key = member.participant_id or member.display_name
                people[key] = member.display_name
                cells = where.setdefault(key, [""] * len(rounds))
                cells[number] = group.name + (" · " + t("Table {label}").format(label=group.table) if group.table else "")
    name_width = 0.4 * width if len(rounds) > 1 else 0.5 * width
    round_width = (width - name_width) / max(1, len(rounds))
    titles = [g.activity or t("Round {number}").format(number=i) for i, g in enumerate(rounds, start=1)] if len(rounds) > 1 else [t("Group")]
    header = [Paragraph(t("Name"), styles.head)] + [Paragraph(esc(t), styles.head) for t in titles]
    def cell(text: str, room: float, style):
        # Plain text is measured once; only what would overflow its column becomes a wrapping Paragraph.
        if fonts.width(text, style.fontName, style.fontSize) <= room - 10:
            return text
        return Paragraph(esc(text), style)

    rows = [[cell(people[key], name_width, styles.cell_bold)] + [cell(c, round_width, styles.cell) for c in where[key]]
            for key in sorted(people, key=lambda k: _sort_key(people[k]))]
    return styled_table([header] + rows, [name_width] + [round_width] * max(1, len(rounds)),
                        extra=[("FONTNAME", (0, 1), (0, -1), fonts.BOLD), ("FONTSIZE", (0, 1), (-1, -1), 9.5),
                               ("TEXTCOLOR", (0, 1), (-1, -1), INK)])
