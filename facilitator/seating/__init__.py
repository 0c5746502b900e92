"""Seating: tables on a floor plan, groups mapped to tables, and people in seats."""
