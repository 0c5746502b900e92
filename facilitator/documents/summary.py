"""Summaries of one session or of a whole series: the internal one for the team, the external
one for anyone.

The external summary carries themes, illustrative quotes (with the session and stakeholder
group they were heard in, never a person), attendance as counts, survey counts with small
demographic cells suppressed, and what happens next. Every text in it passes through one
``redaction.review.Review`` (every form of every roster name, anyone's contacts, and the
organisations of people who asked not to be named), so it prints only what the person approved;
the acknowledgements name only people who chose to be named (organizations for those who chose
"organization only").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from facilitator.documents.data import PrintedAction, PrintedSummary, Quote, SessionFigures, SurveyCounts, Theme
from facilitator.documents.layout import Styles, TitleBlock, build_pdf, esc, title_flowables
from facilitator.documents.paper import MARGIN, Paper
from facilitator.documents.tables import styled_table
from facilitator.i18n import t
from facilitator.plan.model import Participant
from facilitator.redaction.review import Review, ReviewItem
from facilitator.redaction.sharing import acknowledged

# The internal summary lists notes kind by kind, in the order the team reads them back.
KIND_HEADINGS = (("quote", "Quotes"), ("tension", "Tensions"), ("need", "Needs"), ("offer", "Offers"),
                 ("request", "Requests"), ("parking_lot", "Parking lot"), ("question", "Questions"),
                 ("aha", "Aha moments"), ("theme", "Theme notes"), ("survey", "Survey answers"),
                 ("note", "Other notes"))


def where_heard(quote: Quote) -> str:
    """"Session 2 · Families": where a quote was heard, never who said it."""
    parts = [t("Session {number}").format(number=quote.session)] if quote.session else []
    return " · ".join(parts + ([quote.group] if quote.group else []))


def _attendance_rows(sessions: list[SessionFigures], styles: Styles, internal: bool) -> list[list]:
    heads = [t("Session"), t("Group"), t("Took part")] + ([t("Absent"), t("Not checked in")] if internal else [])
    rows = [[Paragraph(h, styles.head) for h in heads]]
    for s in sessions:
        cells = [f"{s.number}. {s.title}", s.audience, str(s.present)]
        cells += [str(s.absent), str(s.expected)] if internal else []
        rows.append([Paragraph(esc(c), styles.cell) for c in cells])
    return rows


def _trend_table(themes: list[Theme], groups: list[str], styles: Styles, width: float) -> Flowable:
    """Theme × stakeholder group counts: the trend analysis, printed."""
    groups = groups[:6]  # a printed page holds six groups; the CSV export and the app hold all
    heads = [t("Theme")] + groups + [t("All")]
    rows = [[Paragraph(esc(h), styles.head) for h in heads]]
    for theme in themes:
        rows.append([Paragraph(esc(theme.title), styles.cell_bold)]
                    + [Paragraph(str(theme.by_group.get(g, "") or ""), styles.cell) for g in groups]
                    + [Paragraph(str(theme.count), styles.cell)])
    first = 0.34 if groups else 0.85
    rest = (1 - first) / (len(groups) + 1)
    return styled_table(rows, [first * width] + [rest * width] * (len(groups) + 1))


def _actions(actions: list[PrintedAction], styles: Styles, width: float) -> list[Flowable]:
    if not actions:
        return [Paragraph(t("No actions decided yet."), styles.muted)]
    heads = [t("What will happen"), t("Who follows it up"), t("Due")]
    rows = [[Paragraph(h, styles.head) for h in heads]]
    rows += [[Paragraph(esc(a.text), styles.cell), Paragraph(esc(a.owner), styles.cell),
              Paragraph(esc(a.due), styles.cell)] for a in actions]
    return [styled_table(rows, [0.6 * width, 0.25 * width, 0.15 * width])]


def _surveys(surveys: list[SurveyCounts], styles: Styles) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(t("Survey"), styles.h1)]
    for s in surveys:
        counts = ", ".join(f"{answer} {count}" for answer, count in s.counts.items())
        where = t("Session {number}").format(number=s.session) if s.session else ""
        out.append(Paragraph(f"<b>{esc(s.question)}</b> ({esc(where)}): {esc(counts)}", styles.small))
    out.append(Paragraph(esc(t("Counts under 5 in demographic questions are shown as <5.")), styles.muted))
    return out


def internal_summary_pdf(summary: PrintedSummary, block: TitleBlock, paper: Paper, *,
                         acknowledgements: tuple[list[str], list[str]] = ([], [])) -> bytes:
    styles = Styles()
    width = paper.size[0] - 2 * MARGIN
    story: list[Flowable] = title_flowables(block, styles)
    story.append(Paragraph(t("Internal: for the facilitation team only. Contains names."), styles.muted))
    story.append(Paragraph(t("Attendance"), styles.h1))
    if summary.series_wide:
        story.append(styled_table(_attendance_rows(summary.sessions, styles, True),
                                  [0.4 * width, 0.24 * width, 0.12 * width, 0.12 * width, 0.12 * width]))
        if summary.present:
            story.append(Paragraph(f"<b>{t('Took part')}:</b> {esc(', '.join(summary.present))}", styles.small))
    else:
        counts = [f"{len(summary.present)} present", f"{len(summary.absent)} absent"]
        if summary.expected:
            counts.append(f"{len(summary.expected)} not checked in")
        story.append(Paragraph(esc(", ".join(counts)), styles.body))
        for label, names in ((t("Present"), summary.present), (t("Absent"), summary.absent),
                             (t("Not checked in"), summary.expected)):
            if names:
                story.append(Paragraph(f"<b>{label}:</b> {esc(', '.join(names))}", styles.small))
    story.append(Paragraph(t("Themes"), styles.h1))
    if summary.themes and summary.series_wide:
        story.append(_trend_table(summary.themes, summary.groups, styles, width))
        for theme in summary.themes:
            if theme.heard:
                story.append(KeepTogether([Paragraph(esc(theme.title), styles.h2)] + [
                    Paragraph(f"“{esc(q.text)}” <font size=8>({esc(where_heard(q))})</font>", styles.quote)
                    for q in theme.heard]))
    elif summary.themes:
        header = [Paragraph(h, styles.head) for h in (t("Theme"), t("Notes"))]
        rows = [[[Paragraph(esc(th.title), styles.cell_bold)] +
                 ([Paragraph(esc(th.description), styles.cell)] if th.description else []),
                 Paragraph(str(th.count), styles.cell)] for th in sorted(summary.themes, key=lambda th: -th.count)]
        story.append(styled_table([header] + rows, [0.85 * width, 0.15 * width]))
    else:
        story.append(Paragraph(t("No themes yet."), styles.muted))
    story.append(Paragraph(t("What happens next"), styles.h1))
    story += _actions(summary.actions, styles, width)
    if summary.debrief:
        story.append(Paragraph(t("Debrief"), styles.h1))
        for answer in summary.debrief:
            story.append(KeepTogether([Paragraph(esc(answer.question), styles.h2)] + styles.bullets(answer.answers)))
    if summary.surveys:
        story += _surveys(summary.surveys, styles)
    story.append(Paragraph(t("Notes"), styles.h1))
    if not summary.notes:
        story.append(Paragraph(t("No notes yet."), styles.muted))
    for kind, heading in KIND_HEADINGS:
        notes = [n for n in summary.notes if n.kind == kind]
        if not notes:
            continue
        story.append(Paragraph(t(heading), styles.h2))
        heads = ([t("Session")] if summary.series_wide else []) + [
            t("Activity"), t("Note"), t("Perspective"), t("Group"), t("By")]
        rows = [[Paragraph(h, styles.head) for h in heads]]
        for n in notes:
            cells = ([str(n.session or "")] if summary.series_wide else []) + [n.activity, n.text, n.perspective,
                                                                             n.group]
            rows.append([Paragraph(esc(c), styles.cell) for c in cells] + [Paragraph(esc(n.author), styles.muted)])
        widths = [0.18, 0.42, 0.14, 0.12, 0.14]
        if summary.series_wide:
            widths = [0.1, 0.15, 0.37, 0.14, 0.11, 0.13]
        story.append(styled_table(rows, [w * width for w in widths]))
    names, organizations = acknowledgements
    if names or organizations:
        story.append(Paragraph(t("Acknowledgements"), styles.h1))
        story.append(Paragraph(t("Only people who chose to be named appear in the external summary."), styles.muted))
        if names:
            story.append(styles.p(", ".join(names)))
        if organizations:
            story.append(Paragraph(f"<b>{t('Organizations:')}</b> {esc(', '.join(organizations))}", styles.body))
    return build_pdf(story, paper=paper, block=block)


@dataclass
class ExternalSummary:
    """The external summary's text after redaction and review, with every passage kept for the
    review list."""

    themes: list[Theme]
    names: list[str]
    organizations: list[str]
    review: Review
    actions: list[PrintedAction] = field(default_factory=list)
    sessions: list[SessionFigures] = field(default_factory=list)  # series-wide: attendance as counts
    groups: list[str] = field(default_factory=list)
    surveys: list[SurveyCounts] = field(default_factory=list)

    @property
    def items(self) -> list[ReviewItem]:
        return self.review.unique_items

    @property
    def pending(self) -> list[ReviewItem]:
        return self.review.pending


def prepare_external(summary: PrintedSummary, participants: list[Participant],
                     approved: Mapping[str, tuple[str, bool]] | None = None) -> ExternalSummary:
    """Redact every text, applying the person's approvals: the one place external text is made,
    for PDF, preview, messages and Markdown."""
    review = Review(participants, approved or {})
    clean = review.clean

    themes = []
    for number, theme in enumerate(summary.themes, start=1):
        themes.append(Theme(
            title=clean(theme.title, t("Theme {number} title").format(number=number)),
            description=clean(theme.description, t("Theme {number} description").format(number=number)),
            count=theme.count,
            quotes=[clean(q, t("Theme {number}, quote {quote}").format(number=number, quote=i))
                    for i, q in enumerate(theme.quotes, start=1)]))
        themes[-1].heard = [Quote(text, q.session, q.group) for text, q in zip(themes[-1].quotes, theme.heard)]
        themes[-1].by_group = dict(theme.by_group)
    actions = [PrintedAction(clean(a.text, t("Action {number}").format(number=i)),
                      clean(a.owner, t("Action {number} owner").format(number=i)), a.due, a.session)
               for i, a in enumerate(summary.actions, start=1)]
    titles = {theme.title: cleaned.title for theme, cleaned in zip(summary.themes, themes)}
    sessions = [SessionFigures(s.number, s.title, s.audience, s.present, s.absent, s.expected,
                               [(titles.get(title) or clean(title, t("Session {number}").format(number=s.number)), n)
                                for title, n in s.themes]) for s in summary.sessions]
    names, organizations = acknowledged(participants)
    return ExternalSummary(themes, names, organizations, review, actions, sessions, summary.groups,
                           summary.surveys)


def external_summary_pdf(external: ExternalSummary, block: TitleBlock, paper: Paper) -> bytes:
    styles = Styles()
    width = paper.size[0] - 2 * MARGIN
    story: list[Flowable] = title_flowables(block, styles)
    if external.pending:
        story.append(Paragraph(esc(t("Draft: {count} passage(s) wait for review; do not share this copy.")
                                   .format(count=len(external.pending))), styles.muted))
    if external.sessions:
        story.append(Paragraph(t("Who took part"), styles.h1))
        story.append(styled_table(_attendance_rows(external.sessions, styles, False),
                                  [0.55 * width, 0.3 * width, 0.15 * width]))
    story.append(Paragraph(t("What we heard"), styles.h1))
    if not external.themes:
        story.append(Paragraph(t("Themes will be shared once the notes are synthesised."), styles.muted))
    for theme in external.themes:
        parts: list[Flowable] = [Paragraph(esc(theme.title), styles.h2)]
        if theme.description:
            parts.append(styles.p(theme.description))
        if theme.by_group:
            heard = " · ".join(f"{group} {count}" for group, count in theme.by_group.items())
            parts.append(Paragraph(esc(t("Notes heard, by group: {counts}").format(counts=heard)), styles.muted))
        if theme.heard:
            parts += [Paragraph(f"“{esc(q.text)}” <font size=8>({esc(where_heard(q))})</font>", styles.quote)
                      for q in theme.heard]
        else:
            parts += [Paragraph(f"“{esc(q)}”", styles.quote) for q in theme.quotes]
        story.append(KeepTogether(parts))
        story.append(Spacer(1, 4))
    story.append(Paragraph(t("Quotes are shared without names and are not attributed to any person."), styles.muted))
    if external.sessions and external.themes:
        story.append(Paragraph(t("Themes by session"), styles.h1))
        for s in external.sessions:
            label = t("Session {number}").format(number=s.number) + (f" · {s.audience}" if s.audience else "")
            heard = ", ".join(f"{title} ({count})" for title, count in s.themes) or t("no themes yet")
            story.append(Paragraph(f"<b>{esc(label)}:</b> {esc(heard)}", styles.body))
        story.append(Paragraph(t("How often each theme came up, by group"), styles.h1))
        story.append(_trend_table(external.themes, external.groups, styles, width))
    if external.surveys:
        story += _surveys(external.surveys, styles)
    story.append(Paragraph(t("What happens next"), styles.h1))
    story += _actions(external.actions, styles, width)
    if external.names or external.organizations:
        story.append(Paragraph(t("Acknowledgements"), styles.h1))
        story.append(styles.p(t("We thank everyone who gave their time and honesty to these conversations, "
                                "including:")))
        if external.names:
            story.append(styles.p(", ".join(external.names)))
        if external.organizations:
            story.append(Paragraph(f"<b>{t('Organizations:')}</b> {esc(', '.join(external.organizations))}", styles.body))
    return build_pdf(story, paper=paper, block=block)
