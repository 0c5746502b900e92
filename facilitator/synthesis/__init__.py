"""Synthesis across a series: themes and their notes, the trend table, the values framework.

One function per user action, shared by the command line and the app, each committing before
it returns. Storage does the SQL; the rules (what a theme reference means, which notes a
theme suggestion rests on, what a stakeholder group is) live here.
"""
