"""Note capture during a session, and the synthesis workspace between sessions."""
