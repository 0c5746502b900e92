"""The values framework handout: the current version, and optionally what changed since the last."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from facilitator.documents.data import Framework
from facilitator.documents.layout import Styles, TitleBlock, build_pdf, esc, title_flowables
from facilitator.documents.paper import Paper


def changes(framework: Framework) -> tuple[list[str], list[str], list[str]]:
    """(added, changed, removed) value titles compared with the previous version."""
    if framework.previous is None:
        return [], [], []
    before = {v.title.casefold(): v for v in framework.previous.values}
    now = {v.title.casefold(): v for v in framework.values}
    added = [v.title for k, v in now.items() if k not in before]
    changed = [v.title for k, v in now.items() if k in before and before[k].description != v.description]
    removed = [v.title for k, v in before.items() if k not in now]
    return added, changed, removed


def framework_pdf(framework: Framework, block: TitleBlock, paper: Paper, *, show_changes: bool = True) -> bytes:
    styles = Styles()
    story: list[Flowable] = title_flowables(block, styles)
    version = f"Version {framework.version}" + (f" · {framework.label}" if framework.label else "")
    story.append(Paragraph(esc(version), styles.muted))
    added, changed, _removed = changes(framework)
    for number, value in enumerate(framework.values, start=1):
        mark = ""
        if show_changes and value.title in added:
            mark = " <font size=8.5 color='#1f5f7a'>NEW</font>"
        elif show_changes and value.title in changed:
            mark = " <font size=8.5 color='#1f5f7a'>REVISED</font>"
        parts: list[Flowable] = [Paragraph(f"{number}. {esc(value.title)}{mark}", styles.h1)]
        if value.description:
            parts.append(styles.p(value.description))
        story.append(KeepTogether(parts))
    if show_changes and framework.previous is not None:
        added, changed, removed = changes(framework)
        story.append(Paragraph(f"Changes since version {framework.previous.version}", styles.h1))
        lines = [f"Added: {t}" for t in added] + [f"Revised: {t}" for t in changed] + \
                [f"Removed: {t}" for t in removed]
        story += styles.bullets(lines) if lines else [Paragraph("No changes.", styles.muted)]
    return build_pdf(story, paper=paper, block=block)
