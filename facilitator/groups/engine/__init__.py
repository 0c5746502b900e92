"""Breakout-group engine: plans rounds of pairs, triads or small groups.

Pure Python and Qt-free so the CLI, the tests and the GUI share it.
"""
from .model import AttributeSpread, Constraints, GroupingError, Plan, Quality, group_sizes
from .solver import greedy_baseline, solve, solve_anonymous

__all__ = [
    "AttributeSpread",
    "Constraints",
    "GroupingError",
    "Plan",
    "Quality",
    "greedy_baseline",
    "group_sizes",
    "solve",
    "solve_anonymous",
]
