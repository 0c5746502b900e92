"""The values framework handout: the current version, and optionally what changed since the last."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from facilitator.documents.data import Framework
from facilitator.documents.layout import Styles, TitleBlock, build_pdf, esc, title_flowables
from facilitator.documents.paper import Paper
from facilitator.i18n import t
from facilitator.synthesis.framework_diff import diff_versions

ASPECTS = (("tensions", "Tensions"), ("guardrails", "Guardrails"), ("questions", "Open questions"))


def changes(framework: Framework) -> dict[str, str]:
    """Statement id → "added", "changed", "removed" or "same" against the previous version."""
    if framework.previous is None:
        return {}
    diffs = diff_versions([v.as_statement() for v in framework.previous.values],
                          [v.as_statement() for v in framework.values])
    return {(d.new or d.old)["id"]: d.status for d in diffs}


def framework_pdf(framework: Framework, block: TitleBlock, paper: Paper, *, show_changes: bool = True) -> bytes:
    styles = Styles()
    story: list[Flowable] = title_flowables(block, styles)
    named = framework.label and framework.label != f"v{framework.version}"
    version = t("Version {number}").format(number=framework.version) + (f" · {t(framework.label)}" if named else "")
    story.append(Paragraph(esc(version), styles.muted))
    status = changes(framework) if show_changes else {}
    if not framework.values:
        story.append(Paragraph(t("The framework has no statements yet."), styles.muted))
    for number, value in enumerate(framework.values, start=1):
        mark = {"added": t("NEW"), "changed": t("REVISED")}.get(status.get(value.as_statement()["id"], ""), "")
        mark_html = f" <font size=8.5 color='#1f5f7a'>{mark}</font>" if mark else ""
        parts: list[Flowable] = [Paragraph(f"{number}. {esc(value.title)}{mark_html}", styles.h1)]
        if value.description:
            parts.append(styles.p(value.description))
        for attribute, label in ASPECTS:
            text = getattr(value, attribute)
            if text:
                parts.append(Paragraph(f"<b>{esc(t(label))}:</b> {esc(text)}", styles.body))
        story.append(KeepTogether(parts))
    if show_changes and framework.previous is not None:
        story.append(Paragraph(t("Changes since version {number}").format(number=framework.previous.version), styles.h1))
        before = {v.as_statement()["id"]: v.title for v in framework.previous.values}
        now = {v.as_statement()["id"]: v.title for v in framework.values}

        def wording(statement_id: str, state: str) -> str:
            if state == "removed":
                return before[statement_id]
            if state == "changed" and before[statement_id] != now[statement_id]:
                return t("{new} (was: {old})").format(new=now[statement_id], old=before[statement_id])
            return now[statement_id]

        lines = [f"{t(label)}: {wording(i, s)}" for wanted, label in (("added", "Added"), ("changed", "Revised"),
                                                                      ("removed", "Removed"))
                 for i, s in status.items() if s == wanted]
        story += styles.bullets(lines) if lines else [Paragraph(t("No changes."), styles.muted)]
    return build_pdf(story, paper=paper, block=block)
