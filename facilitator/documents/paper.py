"""Paper sizes and the margins every document keeps.

Letter is the default where the system locale is in a country that uses it; A4 everywhere
else. Margins stay at least half an inch so printers that cannot print to the edge lose nothing.
"""

from __future__ import annotations

import locale
import os
from enum import Enum

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch

MARGIN = 0.75 * inch

# Countries whose offices use US Letter (ISO 3166 codes as they appear in locale names).
LETTER_COUNTRIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "SV", "DO", "PR", "NI", "BZ"}


class Paper(str, Enum):
    LETTER = "letter"
    A4 = "a4"

    @property
    def size(self) -> tuple[float, float]:
        return LETTER if self is Paper.LETTER else A4

    @property
    def label(self) -> str:
        return "US Letter" if self is Paper.LETTER else "A4"


def paper_for_locale(name: str | None) -> Paper:
    """``en_US.UTF-8`` → Letter, ``de_DE`` → A4; an unknown or empty locale gives A4."""
    if not name:
        return Paper.A4
    territory = name.split(".")[0].split("@")[0].replace("-", "_").split("_")
    if len(territory) > 1 and territory[1].upper() in LETTER_COUNTRIES:
        return Paper.LETTER
    return Paper.A4


def default_paper() -> Paper:
    """The paper of the system locale, read from the variables in the order the C library uses."""
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        if os.environ.get(variable):
            return paper_for_locale(os.environ[variable])
    return paper_for_locale(locale.getlocale()[0])
