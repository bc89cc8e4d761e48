"""Proleptic Gregorian arithmetic on astronomical years (…, -1, 0, 1, …).

Own code rather than `datetime`: `datetime` has no year 0 or BC dates and
rejects impossible dates, while lorecheck must keep "31 November" as a fact
and decide its validity itself.
"""
from __future__ import annotations

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
MIN_DAY = -10**9
MAX_DAY = 10**9

# part of a month (early/mid/late) as day ranges, and of a year as month ranges
_MONTH_PARTS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}
_YEAR_PARTS = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def is_valid(year: int, month: int | None, day: int | None) -> bool:
    if month is None:
        return True
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    return 1 <= day <= days_in_month(year, month)


def day_number(year: int, month: int, day: int) -> int:
    """Days since a fixed epoch (Rata Die style); works for any astronomical year."""
    y = year - (1 if month <= 2 else 0)
    era = y // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe


def from_day_number(n: int) -> tuple[int, int, int]:
    era = n // 146097
    doe = n - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + (1 if m <= 2 else 0), m, d)


def interval(year: int, month: int | None, day: int | None, mod: str | None = None) -> tuple[int, int]:
    """First and last day a (possibly partial, possibly invalid) date can denote."""
    if month is None:
        m1, m2 = _YEAR_PARTS[mod] if mod else (1, 12)
        return day_number(year, m1, 1), day_number(year, m2, days_in_month(year, m2))
    month = min(max(month, 1), 12)
    last = days_in_month(year, month)
    if day is None:
        d1, d2 = _MONTH_PARTS[mod] if mod else (1, last)
        return day_number(year, month, d1), day_number(year, month, min(d2, last))
    # an impossible day (31 November) denotes the day it overflows to, so that
    # it still takes part in ordering; validity is reported separately
    n = day_number(year, month, 1) + day - 1
    return n, n


def add_months(year: int, month: int, day: int, months: int) -> tuple[int, int, int]:
    total = year * 12 + (month - 1) + months
    y, m = divmod(total, 12)
    return y, m + 1, day


def ymwd_between(a: tuple[int, int, int], b: tuple[int, int, int]) -> tuple[int, int, int, int]:
    """Years, months, weeks and days from date a up to date b (end day not counted).

    Counted the way Wikipedia's age templates count: whole calendar years, then
    whole months, then the remaining days split into weeks and days. A month
    step that lands past the end of a month clamps to its last day.
    """
    ay, am, ad = a
    by, bm, bd = b
    months = (by - ay) * 12 + (bm - am)
    if bd < ad:
        months -= 1
    y, m = divmod(months, 12)
    ty, tm, _ = add_months(ay, am, 1, months)
    anchor = day_number(ty, tm, min(ad, days_in_month(ty, tm)))
    rest = day_number(by, bm, bd) - anchor
    if rest < 0:  # clamping overshot: borrow a month
        months -= 1
        y, m = divmod(months, 12)
        ty, tm, _ = add_months(ay, am, 1, months)
        anchor = day_number(ty, tm, min(ad, days_in_month(ty, tm)))
        rest = day_number(by, bm, bd) - anchor
    w, d = divmod(rest, 7)
    return y, m, w, d
