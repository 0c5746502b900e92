"""Review before sharing: every passage of an external output in which redaction found
something (a name taken out, an everyday word judged either way, a suspected name) waits for
the person to accept it or edit it, and the external output is made only from approved text.

A passage with nothing found needs no review. An approval is kept under a fingerprint of the
source text and of its automatic redaction (``storage.reviews``), so it lapses when either
changes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from facilitator.errors import FacilitatorError
from facilitator.i18n import t
from facilitator.plan.model import Participant
from facilitator.redaction.engine import Redacted, Redactor


class ReviewPending(FacilitatorError):
    """An external output was asked for while some of its passages wait for review."""

    def __init__(self, pending: list["ReviewItem"], what: str):
        self.pending = pending
        super().__init__(t("{count} passage(s) of the {what} wait for review before it can be shared: "
                           "review them in Print & share, or run "
                           "“facilitator print summary-external SERIES [--session N] --review”.")
                         .format(count=len(pending), what=what))


def fingerprint(source: str, automatic: str) -> str:
    return hashlib.sha256(f"{source}\x00{automatic}".encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class ReviewItem:
    """One passage: where it is, what redaction did, and what the person approved (None: not yet)."""

    key: str
    where: str
    source: str  # the team's own text, with names: shown only in the review list
    redacted: Redacted
    approved: str | None = None
    edited: bool = False

    @property
    def status(self) -> str:
        return "pending" if self.approved is None else ("edited" if self.edited else "accepted")

    @property
    def text(self) -> str:
        """What an external output prints: the approved text, else the automatic redaction."""
        return self.redacted.text if self.approved is None else self.approved


@dataclass
class Review:
    """Redacts each passage of one external output and applies the person's approvals."""

    participants: Iterable[Participant]
    approved: Mapping[str, tuple[str, bool]] = field(default_factory=dict)
    items: list[ReviewItem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._redactor = Redactor(self.participants)

    def clean(self, text: str, where: str) -> str:
        """The shareable text of one passage (the one place external text is made)."""
        result = self._redactor.redact(text)
        if not result.needs_review:
            return result.text
        key = fingerprint(text, result.text)
        approved, edited = self.approved.get(key, (None, False))
        item = ReviewItem(key, where, text, result, approved, edited)
        self.items.append(item)
        return item.text

    @property
    def unique_items(self) -> list[ReviewItem]:
        seen: set[str] = set()
        return [i for i in self.items if not (i.key in seen or seen.add(i.key))]

    @property
    def pending(self) -> list[ReviewItem]:
        return [i for i in self.unique_items if i.approved is None]


def findings(item: ReviewItem) -> list[str]:
    """One line per thing redaction did or noticed in a passage, for the review list (the team's
    eyes only: it quotes the names)."""
    result = item.redacted
    lines = []
    for r in result.replacements:
        whose = f" — {r.owner_label}" if r.owner_label else ""
        lines.append(t("took out “{original}” ({reason}{whose})").format(original=r.original, reason=r.reason,
                                                                           whose=whose))
    for d in result.decisions:
        if not d.redacted:
            lines.append(t("kept “{word}” ({reason})").format(word=d.word, reason=d.reason))
    for s in result.suspects:
        lines.append(t("“{word}” may be a name not on the roster").format(word=s.word))
    return lines
