"""Groups: a session's breakout rounds (pairs, triads, small groups), how good each round is,
and the "find your group" pages.

``engine`` plans the rounds from numbers alone; ``assign`` feeds it the people who are present
with the series' history and rules, and saves what it returns. One word across the app: the CLI's
``facilitator groups``, the Groups board, ``ops.groups`` and ``storage.groups`` (whose tables keep
their first names, ``breakouts`` and ``breakout_groups``).
"""
