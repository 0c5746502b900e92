"""The PySide6 interface: views and Qt item models over the ``facilitator`` core.

Widgets show and ask; the core decides. Nothing here runs SQL or applies a rule.
"""
