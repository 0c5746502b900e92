"""Sharing a series beyond the app: calendar files, messages to participants, Markdown and CSV."""
