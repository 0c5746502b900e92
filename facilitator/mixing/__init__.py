"""Mixing people in the room: breakout rounds saved per series, the fishbowl, and seating.

The grouping algorithm itself lives in ``facilitator.grouping``; this package feeds it the
people who are present with the series' history and rules, and saves what it returns.
"""
