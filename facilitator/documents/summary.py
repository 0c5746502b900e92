"""Session summaries: the internal one for the team, the external one for anyone.

The external summary carries themes and illustrative quotes only. Every text in it passes
through one ``redaction.review.Review`` (every form of every roster name, contacts, and the
organisations of people who asked not to be named), so it prints only what the person approved;
the acknowledgements name only people who chose to be named (organizations for those who chose
"organization only").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from facilitator.documents.data import Summary, Theme
from facilitator.documents.layout import Styles, TitleBlock, build_pdf, esc, title_flowables
from facilitator.documents.paper import MARGIN, Paper
from facilitator.documents.tables import styled_table
from facilitator.model import Participant
from facilitator.privacy import acknowledged
from facilitator.redaction.review import Review, ReviewItem
from facilitator.i18n import t


def internal_summary_pdf(summary: Summary, block: TitleBlock, paper: Paper) -> bytes:
    styles = Styles()
    width = paper.size[0] - 2 * MARGIN
    story: list[Flowable] = title_flowables(block, styles)
    story.append(Paragraph(t("Internal: for the facilitation team only. Contains names."), styles.muted))
    story.append(Paragraph(t("Attendance"), styles.h1))
    counts = [f"{len(summary.present)} present", f"{len(summary.absent)} absent"]
    if summary.expected:
        counts.append(f"{len(summary.expected)} not checked in")
    story.append(Paragraph(esc(", ".join(counts)), styles.body))
    for label, names in ((t("Present"), summary.present), (t("Absent"), summary.absent),
                         (t("Not checked in"), summary.expected)):
        if names:
            story.append(Paragraph(f"<b>{label}:</b> {esc(', '.join(names))}", styles.small))
    story.append(Paragraph(t("Themes"), styles.h1))
    if summary.themes:
        header = [Paragraph(h, styles.head) for h in (t("Theme"), t("Notes"))]
        rows = [[[Paragraph(esc(t.title), styles.cell_bold)] +
                 ([Paragraph(esc(t.description), styles.cell)] if t.description else []),
                 Paragraph(str(t.count), styles.cell)] for t in sorted(summary.themes, key=lambda t: -t.count)]
        story.append(styled_table([header] + rows, [0.85 * width, 0.15 * width]))
    else:
        story.append(Paragraph(t("No themes yet."), styles.muted))
    if summary.debrief:
        story.append(Paragraph(t("Debrief"), styles.h1))
        for answer in summary.debrief:
            story.append(KeepTogether([Paragraph(esc(answer.question), styles.h2)] + styles.bullets(answer.answers)))
    story.append(Paragraph(t("Notes"), styles.h1))
    if summary.notes:
        header = [Paragraph(h, styles.head) for h in (t("Activity"), t("Note"), t("By"))]
        rows = [[Paragraph(esc(n.activity), styles.cell), Paragraph(esc(n.text), styles.cell),
                 Paragraph(esc(n.author), styles.muted)] for n in summary.notes]
        story.append(styled_table([header] + rows, [0.22 * width, 0.6 * width, 0.18 * width]))
    else:
        story.append(Paragraph(t("No notes yet."), styles.muted))
    return build_pdf(story, paper=paper, block=block)


@dataclass
class ExternalSummary:
    """The external summary's text after redaction and review, with every passage kept for the
    review list."""

    themes: list[Theme]
    names: list[str]
    organizations: list[str]
    review: Review

    @property
    def items(self) -> list[ReviewItem]:
        return self.review.unique_items

    @property
    def pending(self) -> list[ReviewItem]:
        return self.review.pending


def prepare_external(summary: Summary, participants: list[Participant],
                     approved: Mapping[str, tuple[str, bool]] | None = None) -> ExternalSummary:
    """Redact every theme and quote, applying the person's approvals: the one place external
    text is made, for PDF, preview, messages and Markdown."""
    review = Review(participants, approved or {})
    themes = []
    for number, theme in enumerate(summary.themes, start=1):
        themes.append(Theme(
            title=review.clean(theme.title, t("Theme {number} title").format(number=number)),
            description=review.clean(theme.description, t("Theme {number} description").format(number=number)),
            count=theme.count,
            quotes=[review.clean(q, t("Theme {number}, quote {quote}").format(number=number, quote=i))
                    for i, q in enumerate(theme.quotes, start=1)]))
    names, organizations = acknowledged(participants)
    return ExternalSummary(themes, names, organizations, review)


def external_summary_pdf(external: ExternalSummary, block: TitleBlock, paper: Paper) -> bytes:
    styles = Styles()
    story: list[Flowable] = title_flowables(block, styles)
    if external.pending:
        story.append(Paragraph(esc(t("Draft: {count} passage(s) wait for review; do not share this copy.")
                                   .format(count=len(external.pending))), styles.muted))
    story.append(Paragraph(t("What we heard"), styles.h1))
    if not external.themes:
        story.append(Paragraph(t("Themes will be shared once the notes are synthesised."), styles.muted))
    for theme in external.themes:
        parts: list[Flowable] = [Paragraph(esc(theme.title), styles.h2)]
        if theme.description:
            parts.append(styles.p(theme.description))
        parts += [Paragraph(f"“{esc(q)}”", styles.quote) for q in theme.quotes]
        story.append(KeepTogether(parts))
        story.append(Spacer(1, 4))
    story.append(Paragraph(t("Quotes are shared without names and are not attributed to any person."), styles.muted))
    if external.names or external.organizations:
        story.append(Paragraph(t("Acknowledgements"), styles.h1))
        story.append(styles.p(t("We thank everyone who gave their time and honesty to these conversations, "
                                "including:")))
        if external.names:
            story.append(styles.p(", ".join(external.names)))
        if external.organizations:
            story.append(Paragraph(f"<b>{t('Organizations:')}</b> {esc(', '.join(external.organizations))}", styles.body))
    return build_pdf(story, paper=paper, block=block)
