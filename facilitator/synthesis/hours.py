"""Hours the team planned for synthesis and the hours it took.

The toolkit planned 16 hours of synthesis between sessions and needed 40; recording both
lets the next series plan from what it really cost.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from facilitator.errors import FacilitatorError
from facilitator.i18n import t
from facilitator.storage import series as store

MAX_HOURS = 10_000


@dataclass(frozen=True)
class SynthesisHours:
    planned: float | None
    actual: float | None

    @property
    def text(self) -> str:
        """One line for the series overview."""
        if self.planned is None and self.actual is None:
            return t("Synthesis time not recorded yet.")
        planned = t("{hours} h planned").format(hours=_hours(self.planned)) if self.planned is not None else ""
        actual = t("{hours} h spent").format(hours=_hours(self.actual)) if self.actual is not None else ""
        line = ", ".join(p for p in (planned, actual) if p)
        if self.planned is not None and self.actual is not None and self.actual != self.planned:
            gap = self.actual - self.planned
            key = "{hours} h over the plan" if gap > 0 else "{hours} h under the plan"
            line += " (" + t(key).format(hours=_hours(abs(gap))) + ")"
        return line


def _hours(value: float) -> str:
    return f"{value:g}"


def check_hours(value: float | str | None, field: str) -> float | None:
    """A number of hours from a form or the command line; blank means not recorded."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        hours = float(str(value).replace(",", "."))
    except ValueError:
        raise FacilitatorError(t("{field}: '{value}' is not a number of hours.").format(field=field, value=value))
    if not 0 <= hours <= MAX_HOURS:
        raise FacilitatorError(t("{field}: hours must be between 0 and {most}.").format(field=field, most=MAX_HOURS))
    return hours


def synthesis_hours(db: Database, series_id: str) -> SynthesisHours:
    return SynthesisHours(*store.synthesis_hours(db, series_id))


def record_synthesis_hours(db: Database, series_id: str, *, planned: float | str | None,
                           actual: float | str | None) -> SynthesisHours:
    """Save both figures (blank clears one); returns the previous ones, for undo."""
    return SynthesisHours(*store.set_synthesis_hours(db, series_id, check_hours(planned, t("Planned")),
                                                     check_hours(actual, t("Actual"))))
