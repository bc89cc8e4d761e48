"""Calendar arithmetic and date intervals: the core type."""
from lorecheck import calendar as cal
from lorecheck.model import DateRange, DateValue, Mod, overlaps


def test_leap_years_follow_the_century_rule():
    assert not DateValue(1900, 2, 29).valid
    assert DateValue(2000, 2, 29).valid
    assert DateValue(1904, 2, 29).valid
    assert not DateValue(1942, 11, 31).valid
    assert not DateValue(1850, 3, 32).valid
    assert not DateValue(1850, 3, 0).valid


def test_wikipedia_style_spans():
    assert cal.ymwd_between((1939, 5, 10), (1946, 6, 25)) == (7, 1, 2, 1)
    assert cal.ymwd_between((1863, 4, 14), (1867, 8, 2)) == (4, 3, 2, 5)
    assert cal.ymwd_between((1848, 2, 2), (1850, 6, 30)) == (2, 4, 4, 0)


def test_precision_compares_as_intervals():
    assert overlaps(DateValue(1939, 5), DateValue(1939, 5, 10))
    assert not overlaps(DateValue(1939, 5, 1), DateValue(1939, 5, 10))
    assert overlaps(DateValue(1941, 6, mod=Mod.START), DateValue(1941, 6, 3))
    assert not overlaps(DateValue(1941, 6, mod=Mod.END), DateValue(1941, 6, 3))
    assert overlaps(DateRange(DateValue(1940), DateValue(1943)), DateValue(1941, 11))


def test_no_year_zero_between_bc_and_ad():
    bc27, ad14 = DateValue(27, bc=True), DateValue(14)
    assert bc27.interval()[1] < ad14.interval()[0]
    years = (ad14.interval()[0] - bc27.interval()[0]) / 365.2425
    assert round(years) == 40
    assert bc27.timex() == "BC0027"


def test_day_numbers_round_trip():
    for ymd in [(1, 1, 1), (-26, 3, 1), (1900, 2, 28), (2000, 2, 29), (1767, 10, 2)]:
        assert cal.from_day_number(cal.day_number(*ymd)) == ymd
