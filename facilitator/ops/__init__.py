"""Operations: the one door through which the app and the command line change or read the
workspace.

One module per feature (``agenda``, ``roster``, ``attendance``, ...). An operation is a function
``(db, ...) -> Outcome``: it validates, writes in one transaction, and returns the value asked
for, the ``Changes`` it made and the operation that undoes it (see ``changes``). Reads are plain
functions re-exported from the storage layer, so front ends never import ``facilitator.storage``.
"""

from facilitator.ops.changes import Changes, Op, Outcome

__all__ = ["Changes", "Op", "Outcome"]
