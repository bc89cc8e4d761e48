"""Relative and reference time expressions, for the TIMEX output only.

"now", "the next day", "two days later", "that year": TimeML tags them as
dates, and their values come from the date last mentioned. The linter does
not use them as facts (a contradiction needs a date the text states), so they
live here, beside `dates_command`, not in `find_dates`; only "that day" after a
day the paragraph wrote dates a fact (extract/anaphoric_dates.py).
"""
from __future__ import annotations

import re

from .. import calendar
from ..model import DateRange, DateValue

# reference words -> TIMEX3 value
REFERENCE_WORDS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "the present": "PRESENT_REF", "present day": "PRESENT_REF", "present-day": "PRESENT_REF",
    "these days": "PRESENT_REF", "the time being": "PRESENT_REF",
    "former": "PAST_REF", "formerly": "PAST_REF", "recent": "PAST_REF", "recently": "PAST_REF",
    "the past": "PAST_REF", "future": "FUTURE_REF", "the future": "FUTURE_REF",
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "twenty": 20, "thirty": 30,
}
# "the next day" -> (unit, offset); the unit is also the precision of the value
ANAPHORA = {
    "the next day": ("day", 1), "the following day": ("day", 1), "the day after": ("day", 1),
    "the previous day": ("day", -1), "the day before": ("day", -1), "that day": ("day", 0),
    "the same day": ("day", 0), "that same day": ("day", 0), "the next morning": ("day", 1),
    "the following morning": ("day", 1), "that night": ("day", 0), "the same night": ("day", 0),
    "that month": ("month", 0), "the same month": ("month", 0), "the next month": ("month", 1),
    "the following month": ("month", 1), "the previous month": ("month", -1),
    "that year": ("year", 0), "the same year": ("year", 0), "that same year": ("year", 0),
    "the next year": ("year", 1), "the following year": ("year", 1), "the previous year": ("year", -1),
    "the year before": ("year", -1), "the year after": ("year", 1),
    "the end of the year": ("year", 0), "the end of the month": ("month", 0),
    "later that year": ("year", 0), "later in the year": ("year", 0), "late in the year": ("year", 0),
}
SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "winter": "WI"}
# anchored to the document creation time, not to the story: "this year", "last month", "yesterday"
DCT_RELATIVE = {
    "today": ("day", 0), "yesterday": ("day", -1), "tomorrow": ("day", 1),
    "this year": ("year", 0), "last year": ("year", -1), "next year": ("year", 1),
    "this month": ("month", 0), "last month": ("month", -1), "next month": ("month", 1),
    "this week": ("week", 0), "last week": ("week", -1), "next week": ("week", 1),
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
          "year": "year", "years": "year"}

_num_alt = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
RELATIVE_RE = re.compile(
    r"\b(?:(?P<ref>" + "|".join(re.escape(w) for w in sorted(REFERENCE_WORDS, key=len, reverse=True)) + r")"
    r"|(?P<ana>" + "|".join(re.escape(w) for w in sorted(ANAPHORA, key=len, reverse=True)) + r")"
    r"|(?P<dctrel>" + "|".join(re.escape(w) for w in sorted(DCT_RELATIVE, key=len, reverse=True)) + r")"
    r"|(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<ago>\d{1,2}|" + _num_alt + r")\s(?P<ago_unit>days?|months?|years?)\sago"
    r"|(?P<season>(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:spring|summer|autumn|winter))"
    r"|(?P<n>\d{1,2}|" + _num_alt + r")\s(?P<unit>days?|weeks?|months?|years?)\s(?P<dir>later|earlier|after|before)"
    r")\b",
    re.I,
)


def _shift(v: DateValue, unit: str, n: int) -> str | None:
    """TIMEX value of `v` moved by n units, at the unit's precision."""
    y = v.astronomical_year
    if unit == "year":
        return _fmt(y + n)
    if unit == "month":
        if v.month is None:
            return None
        yy, mm, _ = calendar.add_months(y, v.month, 1, n)
        return f"{_fmt(yy)}-{mm:02d}"
    if v.month is None or v.day is None:
        return None
    days = n * (7 if unit == "week" else 1)
    yy, mm, dd = calendar.from_day_number(calendar.day_number(y, v.month, v.day) + days)
    return f"{_fmt(yy)}-{mm:02d}-{dd:02d}"


def _fmt(astro_year: int) -> str:
    return f"{astro_year:04d}" if astro_year > 0 else f"BC{1 - astro_year:04d}"


def _anchor_value(f) -> DateValue | None:
    v = f.value
    if isinstance(v, DateRange):
        v = v.end or v.start
    return v


def _dct_value(m: re.Match, dct: DateValue | None) -> str | None:
    """Value of an expression anchored to the document creation time."""
    if dct is None:
        return None
    if m.group("weekday"):
        if dct.month is None or dct.day is None:
            return None
        n = calendar.day_number(dct.astronomical_year, dct.month, dct.day)
        # the nearest such weekday, three days either side (news speaks of this week)
        delta = (WEEKDAYS[m.group("weekday").lower()] - _weekday(n) + 3) % 7 - 3
        yy, mm, dd = calendar.from_day_number(n + delta)
        return f"{_fmt(yy)}-{mm:02d}-{dd:02d}"
    if m.group("ago"):
        w = m.group("ago").lower()
        n = int(w) if w.isdigit() else NUMBER_WORDS[w]
        return _shift(dct, _UNITS[m.group("ago_unit").lower()], -n)
    unit, n = DCT_RELATIVE[" ".join(m.group("dctrel").lower().split())]
    if unit == "week":
        if dct.month is None or dct.day is None:
            return None
        d = calendar.day_number(dct.astronomical_year, dct.month, dct.day) + 7 * n
        yy, mm, dd = calendar.from_day_number(d)
        iso_year, week = _iso_week(yy, mm, dd)
        return f"{iso_year:04d}-W{week:02d}"
    return _shift(dct, unit, n)


def _weekday(day_number: int) -> int:
    """Monday = 0, from the calendar module's day numbers (day 0 is 0000-03-01, a Wednesday)."""
    return (day_number + 2) % 7


def _iso_week(y: int, m: int, d: int) -> tuple[int, int]:
    n = calendar.day_number(y, m, d)
    thursday = n - _weekday(n) + 3
    ty, _, _ = calendar.from_day_number(thursday)
    return ty, (thursday - calendar.day_number(ty, 1, 1)) // 7 + 1


def relative_expressions(text: str, offset: int, found: list, last: DateValue | None,
                         dct: DateValue | None = None) -> list[dict]:
    """TIMEX spans for reference words and anaphoric dates in `text` (offsets shifted by `offset`).

    `found` are the dates of this text (relative spans never overlap them);
    `last` is the date in force before the text begins.
    """
    out: list[dict] = []
    k = 0
    for m in RELATIVE_RE.finditer(text):
        s, e = m.start(), m.end()
        while k < len(found) and found[k].end <= s:
            last = _anchor_value(found[k]) or last
            k += 1
        if any(f.start < e and s < f.end for f in found[k:k + 2]):
            continue
        value = None
        if m.group("ref"):
            value = REFERENCE_WORDS[m.group("ref").lower()]
        elif m.group("dctrel") or m.group("weekday") or m.group("ago"):
            value = _dct_value(m, dct)
        elif m.group("season") and last is not None:
            word = m.group("season").lower().split()[-1].split("-")[-1]
            value = f"{_fmt(last.astronomical_year)}-{SEASON_CODES[word]}"
        elif last is not None:
            if m.group("ana"):
                unit, n = ANAPHORA[m.group("ana").lower()]
            else:
                w = m.group("n").lower()
                n = int(w) if w.isdigit() else NUMBER_WORDS[w]
                unit = _UNITS[m.group("unit").lower()]
                if m.group("dir").lower() in ("earlier", "before"):
                    n = -n
            value = _shift(last, unit, n)
        if value is None:
            continue
        out.append({"start": s + offset, "end": e + offset, "text": m.group(), "value": value, "type": "DATE"})
    return out
