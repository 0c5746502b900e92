"""The roster screens: the series' participants, the import mapping dialog and live check-in."""
