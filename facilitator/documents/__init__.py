"""Printed documents: one function builds any of them as PDF bytes, for the CLI and the GUI alike.

Documents about groups, seating, notes and the framework take their data as arguments (see
``data``); when none is given they ask ``sources`` for what the workspace holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from facilitator.documents import sources
from facilitator.documents.data import Framework, PrintedRound, PrintedSeating, PrintedSummary
from facilitator.documents.paper import Paper, default_paper
from facilitator.errors import FacilitatorError
from facilitator.fishbowl.circle import EMPTY_CHAIR_LABEL
from facilitator.fishbowl.plan import plan_for_sessions
from facilitator.i18n import current as current_language
from facilitator.i18n import language as in_language
from facilitator.i18n import t
from facilitator.plan.invitations import session_language
from facilitator.plan.logistics import session_logistics
from facilitator.redaction.sharing import acknowledged
from facilitator.roster.attendance import present_participants
from facilitator.roster.interpretation import room_lines
from facilitator.storage.fishbowls import perspective_labels
from facilitator.synthesis.trends import trend_table


@dataclass(frozen=True)
class Kind:
    id: str
    title: str
    needs_session: bool
    external: bool = False


KINDS = {k.id: k for k in (
    Kind("runsheet", "Facilitator run-sheet", True),
    Kind("agenda", "Participant agenda", True),
    Kind("groups", "Group assignments", True),
    Kind("seating", "Seating chart", True),
    Kind("tents", "Name tents", False),
    Kind("signin", "Sign-in sheet", True),
    Kind("fishbowl", "Fishbowl seat cards", False),
    Kind("summary-internal", "Session summary (internal)", False),
    Kind("summary-external", "Session summary", False, external=True),
    Kind("framework", "Values framework", False),
    Kind("trends", "Trend analysis", False),
    Kind("logistics", "Logistics sheet", False),
)}

# Without a session, a summary covers the whole series and is titled so.
SERIES_TITLES = {"summary-internal": "Series summary (internal)", "summary-external": "Series summary"}

__all__ = ["KINDS", "Kind", "Paper", "accept_all_passages", "approve_passage", "default_paper", "external_review",
           "external_summary", "render", "withdraw_passage"]


def render(db: Database, kind: str, series_id: str, session_id: str | None = None, *,
           paper: Paper | None = None, groups: list[PrintedRound] | None = None, plan: PrintedSeating | None = None,
           summary: PrintedSummary | None = None, framework: Framework | None = None, show_changes: bool = True,
           language: str | None = None, draft: bool = False) -> bytes:
    """The PDF of one document. Raises FacilitatorError when a session is needed but not given,
    or when the workspace holds nothing yet to print for it. ``show_changes``: the framework
    handout marks what changed since the previous version. ``language``: of the fixed labels
    (headings, "Page 1 of 2"; default: the session's language, else the caller's ``i18n.language``
    block, else English); what people typed prints as typed. An external document is made only
    from reviewed text (``ReviewPending`` otherwise) unless ``draft``: a preview marked as such,
    for the review."""
    if language is None and session_id:
        _series, session = sources.load(db, series_id, session_id)
        language = session_language(session) if session else None
    with in_language(language or current_language()):
        return _render(db, kind, series_id, session_id, paper=paper, groups=groups, plan=plan, summary=summary,
                       framework=framework, show_changes=show_changes, draft=draft)


def _render(db: Database, kind: str, series_id: str, session_id: str | None, *, paper: Paper | None,
            groups: list[PrintedRound] | None, plan: PrintedSeating | None, summary: PrintedSummary | None,
            framework: Framework | None, show_changes: bool, draft: bool) -> bytes:
    from facilitator.documents import fishbowl, runsheet, seating, signin, tents
    from facilitator.documents import framework as framework_doc
    from facilitator.documents import groups as groups_doc
    from facilitator.documents import logistics as logistics_doc
    from facilitator.documents import summary as summary_doc
    from facilitator.documents import trends as trends_doc

    if kind not in KINDS:
        raise FacilitatorError(t("Unknown document '{kind}'. Choose one of: {kinds}.").format(
            kind=kind, kinds=", ".join(KINDS)))
    spec = KINDS[kind]
    paper = paper or default_paper()
    series, session = sources.load(db, series_id, session_id)
    if spec.needs_session and session is None:
        raise FacilitatorError(t("The {document} is for one session: say which session.").format(
            document=t(spec.title).lower()))
    title = SERIES_TITLES.get(kind, spec.title) if session is None else spec.title
    per_session = spec.needs_session or (kind in SERIES_TITLES and session is not None)
    block = sources.title_block(series, session if per_session else None, t(title))
    people = sources.participants(db, series_id)
    if kind == "runsheet":
        return runsheet.runsheet_pdf(series, session, block, paper,
                                     room_lines(present_participants(db, session.id, include_team=True)))
    if kind == "agenda":
        return runsheet.participant_agenda_pdf(series, session, block, paper)
    if kind == "groups":
        return groups_doc.groups_pdf(groups or sources.groups(db, session), block, paper)
    if kind == "seating":
        return seating.seating_pdf(plan or sources.seating(db, session), block, paper)
    if kind == "tents":
        return tents.tents_pdf([sources.person(p) for p in people], block, paper)
    if kind == "signin":
        return signin.signin_pdf([sources.person(p) for p in people], block, paper)
    if kind == "fishbowl":
        bowl = plan_for_sessions([session] if session else series.sessions)
        labels = perspective_labels(db, series_id)[:bowl.seats]
        labels += [t(EMPTY_CHAIR_LABEL)] * (bowl.seats - len(labels))
        return fishbowl.fishbowl_pdf(labels, bowl.prompt, block, paper, mode=bowl.mode)
    if kind == "logistics":
        chosen = [session] if session else series.sessions
        return logistics_doc.logistics_pdf([session_logistics(db, s.id) for s in chosen],
                                           sources.title_block(series, session, t(spec.title)), paper)
    if kind == "summary-internal":
        return summary_doc.internal_summary_pdf(summary or sources.any_summary(db, series, session), block, paper,
                                                acknowledgements=acknowledged(people))
    if kind == "summary-external":
        external = external_summary(db, series_id, session_id, summary, reviewed=not draft)
        return summary_doc.external_summary_pdf(external, block, paper)
    if kind == "trends":
        return trends_doc.trends_pdf(trend_table(db, series_id), block, paper)
    return framework_doc.framework_pdf(framework or sources.framework(db, series_id), block, paper,
                                       show_changes=show_changes)


def external_summary(db: Database, series_id: str, session_id: str | None, summary: PrintedSummary | None = None, *,
                     reviewed: bool = True):
    """The external summary of a session (without one: of the whole series) as it may be shared
    (``documents.summary.ExternalSummary``): redacted, with the person's approvals applied.
    ``reviewed``: refuse with ``ReviewPending`` while any passage waits for review."""
    from facilitator.documents import summary as summary_doc
    from facilitator.redaction.review import ReviewPending
    from facilitator.storage import reviews

    series, session = sources.load(db, series_id, session_id)
    external = summary_doc.prepare_external(summary or sources.any_summary(db, series, session),
                                            sources.roster_all(db, series_id), reviews.approvals(db, series_id))
    if reviewed and external.pending:
        what = (t("external summary of session {number}").format(number=session.number) if session
                else t("external summary of the series"))
        raise ReviewPending(external.pending, what)
    return external


def external_review(db: Database, series_id: str, session_id: str | None, summary: PrintedSummary | None = None) -> list:
    """Every passage of the external summary in which redaction found something
    (``redaction.review.ReviewItem``), for the facilitator to accept or edit before sharing.
    Without a session: the series-wide summary."""
    return external_summary(db, series_id, session_id, summary, reviewed=False).items


def approve_passage(db: Database, series_id: str, passage: str, text: str, *, edited: bool = False):
    """Accept (or, with ``edited``, replace) the shareable text of one passage; returns the
    approval it replaced, for undo (``withdraw_passage``)."""
    from facilitator.storage import reviews

    return reviews.approve(db, series_id, passage, text, edited=edited)


def withdraw_passage(db: Database, series_id: str, passage: str, before: tuple[str, bool] | None = None) -> None:
    """Undo an approval: put back the approval ``before`` it, or make the passage wait again."""
    from facilitator.storage import reviews

    if before is None:
        reviews.withdraw(db, series_id, passage)
    else:
        reviews.approve(db, series_id, passage, before[0], edited=before[1])


def accept_all_passages(db: Database, series_id: str, session_id: str | None, summary: PrintedSummary | None = None) -> list:
    """Accept the automatic redaction of every passage still waiting; returns those accepted."""
    from facilitator.storage import reviews

    pending = external_summary(db, series_id, session_id, summary, reviewed=False).pending
    for item in pending:
        reviews.approve(db, series_id, item.key, item.redacted.text, edited=False)
    return pending
