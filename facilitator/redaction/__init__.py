"""Anonymity for anything shared beyond the team: every form a roster name takes, anyone's
e-mail address and phone number, and the organisations of people who asked not to be named are
taken out, and every decision is listed for the person to review (``review``)."""

from facilitator.redaction.engine import PLACEHOLDERS, Decision, Redacted, Redactor, Replacement, Suspect, redact

__all__ = ["PLACEHOLDERS", "Decision", "Redacted", "Redactor", "Replacement", "Suspect", "redact"]
