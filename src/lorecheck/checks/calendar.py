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


def _weekday(year: int, value: DateValue) -> str:
    return _WEEKDAYS[(cal.day_number(year, value.month, value.day) + 2) % 7]


_CONTEXT_LINES = 3  # a Markdown paragraph's lines before the date's (a wiki or text paragraph is one line)


def _fits_a_told_year(doc, mention) -> bool:
    """A weekday on a day whose year was inferred ("walked out on Tuesday 3 May" after "On 28 April 1910 ... in
    1908"): wrong only when it fits none of the years the paragraph wrote up to it (its lines up to the date's)
    with a month or a day (a bare year may look back: "in use since 1840")."""
    line, col = mention.span.line, mention.span.column
    years = set()
    for other in doc.dates:
        if other.year_from_context or other is mention or other.span.path != mention.span.path:
            continue
        at = other.span.line, other.span.column
        if not (line - _CONTEXT_LINES <= at[0] and at <= (line, col)):
            continue
        for v in ([other.value] if isinstance(other.value, DateValue) else [other.value.start, other.value.end]):
            # a year told with its month or day dates the story; a bare one may look back ("in use since 1840")
            if v is not None and v.year is not None and v.month is not None and not v.bc:
                years.add(v.astronomical_year)
    value = mention.value
    return any(cal.days_in_month(y, value.month) >= value.day and
               _weekday(y, value).lower() == mention.weekday.lower() for y in years)


@kind("weekday", reads_own=("dates",))
def check_weekday(world, rule):
    for doc in world.docs:
        for mention in doc.dates:
            value = mention.value
            if not mention.weekday or not isinstance(value, DateValue) or value.precision != "day" or not value.valid:
                continue
            actual = _weekday(value.astronomical_year, value)
            if actual.lower() != mention.weekday.lower() and not (
                    mention.year_from_context and _fits_a_told_year(doc, mention)):
                yield diagnostic(rule, mention.span, key=(mention.text, mention.weekday),
                                 date=str(value), stated=mention.weekday, actual=actual)
