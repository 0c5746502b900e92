"""Facilitator core: everything a session planner, runner and synthesiser needs, with no GUI.

The Qt interface in ``ui/`` and the ``facilitator`` command line both call into this
package, so every rule lives here once and is tested without a display.
"""

__version__ = "0.1.0"
