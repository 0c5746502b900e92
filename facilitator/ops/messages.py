"""Message templates (the invitation, the reminder, ...): edited wording kept beside the app's
own, for the Messages tab. They live in the user's data folder, not in the workspace, so an
edit changes no workspace data; undo puts back the wording before."""

from __future__ import annotations

from functools import partial

from sqlite_utils import Database

from facilitator.ops.changes import Changes, Outcome
from facilitator.share import messages
from facilitator.share.messages import MessageTemplate


def save_template(db: Database, template_id: str, *, subject: str, body: str) -> Outcome[MessageTemplate]:
    """Keep an edited wording (checked first: a bad merge field changes nothing)."""
    before = messages.save_template(template_id, subject=subject, body=body)
    return Outcome(Changes.nothing(), before, _back_to(before), focus=template_id)


def reset_template(db: Database, template_id: str) -> Outcome[MessageTemplate]:
    """Go back to the wording the app ships."""
    before = messages.reset_template(template_id)
    return Outcome(Changes.nothing(), before, _back_to(before), focus=template_id)


def _back_to(template: MessageTemplate):
    if template.edited:
        return partial(save_template, template_id=template.id, subject=template.subject, body=template.body)
    return partial(reset_template, template_id=template.id)
