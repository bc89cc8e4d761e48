"""Calendar validity: dates that cannot exist, weekdays that do not match their date."""
from __future__ import annotations

from .. import calendar as cal
from ..model import DateRange, DateValue
from . import diagnostic, kind

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _invalid(value: DateValue) -> str:
    """Why a date cannot exist."""
    y, m, d = value.astronomical_year, value.month, value.day
    if m is None or not 1 <= m <= 12:
        return f"there is no month {m}"
    name = cal.MONTH_NAMES[m - 1]
    if m == 2 and d == 29:
        return f"{value.year} is not a leap year"
    return f"{name} has {cal.days_in_month(y, m)} days"


@kind("calendar", reads_own=("dates",))
def check_calendar(world, rule):
    for doc in world.docs:
        for mention in doc.dates:
            values = [mention.value] if isinstance(mention.value, DateValue) else \
                [v for v in (mention.value.start, mention.value.end) if v]
            for value in values:
                if value.valid:
                    continue
                yield diagnostic(
                    rule, mention.span, key=(mention.text, value.timex()),
                    date=str(value), text=mention.text, reason=_invalid(value),
                    context=f" (year {value.year} taken from context)" if mention.year_from_context else "")


@kind("weekday", reads_own=("dates",))
def check_weekday(world, rule):
    for doc in world.docs:
        for mention in doc.dates:
            value = mention.value
            if not mention.weekday or not isinstance(value, DateValue) or value.precision != "day" or not value.valid:
                continue
            actual = _WEEKDAYS[(cal.day_number(value.astronomical_year, value.month, value.day) + 2) % 7]
            if actual.lower() != mention.weekday.lower():
                yield diagnostic(rule, mention.span, key=(mention.text, mention.weekday),
                                 date=str(value), stated=mention.weekday, actual=actual)
