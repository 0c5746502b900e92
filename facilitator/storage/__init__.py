"""All SQL lives in this package; the rest of the core calls its functions."""

from facilitator.storage.workspace import data_version, open_workspace

__all__ = ["open_workspace", "data_version"]
