"""How dates, times and durations read on screen, in one place so every view agrees."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from facilitator.plan.agenda import format_minutes


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives a module-level tr()


def nice_date(iso: str | None, *, weekday: bool = False) -> str:
    if not iso:
        return ""
    date = QDate.fromString(iso, Qt.DateFormat.ISODate)
    if not date.isValid():
        return iso
    return QLocale().toString(date, "ddd d MMM yyyy" if weekday else "d MMM yyyy")


def date_range(first: str | None, last: str | None) -> str:
    if not first:
        return tr("No dates yet")
    if not last or last == first:
        return nice_date(first)
    return f"{nice_date(first)} – {nice_date(last)}"


def duration(minutes: int) -> str:
    return format_minutes(minutes)


def balance(total: int, planned: int) -> tuple[str, bool]:
    """A sentence about an agenda against its planned length, and whether it runs over."""
    diff = total - planned
    if diff > 0:
        return tr("{0} over").format(format_minutes(diff)), True
    if diff < 0:
        return tr("{0} to spare").format(format_minutes(-diff)), False
    return tr("on time"), False
