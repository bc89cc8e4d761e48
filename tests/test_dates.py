"""The date grammar: every written form, context years, ranges with parts, false years, speed shape."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lorecheck.extract.dates import DateContext, find_dates, dates_command
from lorecheck.model import DateRange, DateValue, Mod

SHARED = Path(__file__).parents[2] / "shared"
NBSP = "\u00a0"


def one(text: str, ctx: DateContext | None = None):
    found = find_dates(text, ctx or DateContext(year=1942))
    assert len(found) == 1, [f.text for f in found]
    return found[0]


# expression -> (text found, year, month, day, bc, mod)
SINGLE = [
    ("On 22 June 1941 the army moved.", "22 June 1941", 1941, 6, 22, False, None),
    ("Then June 22, 1941 came.", "June 22, 1941", 1941, 6, 22, False, None),
    ("In September 7, 1939, France moved.", "September 7, 1939", 1939, 9, 7, False, None),
    ("on October 22 1943 it fell", "October 22 1943", 1943, 10, 22, False, None),
    ("on March 15 1946.", "March 15 1946", 1946, 3, 15, False, None),
    ("on the 3rd of May 1944 they met", "the 3rd of May 1944", 1944, 5, 3, False, None),
    ("on 17th September 1944", "17th September 1944", 1944, 9, 17, False, None),
    ("(1939-05-10)", "1939-05-10", 1939, 5, 10, False, None),
    ("in May 1940 the", "May 1940", 1940, 5, None, False, None),
    ("in September, 1930 the", "September, 1930", 1930, 9, None, False, None),
    ("in February of 1940 the", "February of 1940", 1940, 2, None, False, None),
    ("Sept. 5, 1940", "Sept. 5, 1940", 1940, 9, 5, False, None),
    ("in 1937 they", "1937", 1937, None, None, False, None),
    ("by 1940.", "1940", 1940, None, None, False, None),
    ("in late-October 1943 the", "late-October 1943", 1943, 10, None, False, Mod.END),
    ("at the end of September 1940,", "the end of September 1940", 1940, 9, None, False, Mod.END),
    ("at the beginning of 1941,", "the beginning of 1941", 1941, None, None, False, Mod.START),
    ("until mid-1943 there", "mid-1943", 1943, None, None, False, Mod.MID),
    ("in late 1939 there", "late 1939", 1939, None, None, False, Mod.END),
    ("born 360 BCE in", "360 BCE", 360, None, None, True, None),
    ("in 84 BC the", "84 BC", 84, None, None, True, None),
    ("in 490 B.C. the", "490 B.C.", 490, None, None, True, None),
    ("died 14 CE there", "14 CE", 14, None, None, False, None),
    ("in AD 9 the", "AD 9", 9, None, None, False, None),
    ("born c. 360 BCE", "c. 360 BCE", 360, None, None, True, None),
    (f"on 22{NBSP}June{NBSP}1941 the", f"22{NBSP}June{NBSP}1941", 1941, 6, 22, False, None),
]


@pytest.mark.parametrize("text, written, year, month, day, bc, mod", SINGLE)
def test_single_dates(text, written, year, month, day, bc, mod):
    f = one(text)
    assert f.text == written
    assert text[f.start:f.end] == written
    assert f.value == DateValue(year, month, day, bc, mod)
    assert not f.year_from_context


# partial dates: year from the DateContext (year=1942 here)
PARTIAL = [
    ("early June", 6, None, Mod.START),
    ("by mid-January the", 1, None, Mod.MID),
    ("by the end of November the", 11, None, Mod.END),
    ("On 17 November the", 11, 17, None),
    ("in June the", 6, None, None),
    ("on 17th September the", 9, 17, None),
]


@pytest.mark.parametrize("text, month, day, mod", PARTIAL)
def test_partial_dates_take_context_year(text, month, day, mod):
    f = one(text)
    assert f.value == DateValue(1942, month, day, False, mod)
    assert f.year_from_context


def test_impossible_dates_are_kept_invalid():
    f = one("On 31 November, Turkey joined.")
    assert f.value == DateValue(1942, 11, 31) and not f.value.valid
    assert not one("32 March 1850").value.valid
    assert one("32 March 1850").value.day == 32
    assert not one("0 March 1850").value.valid
    assert not one("29 February 1900").value.valid  # not a leap year
    assert one("29 February 1904").value.valid


@pytest.mark.parametrize("text", ["Juen 1850", "1,500 men", "7000 Soviet troops", "about 1500 horses",
                                   "a force of 3000 soldiers", "page 1234-5", "Mayor Smith", "they may go"])
def test_not_dates(text):
    assert find_dates(text, DateContext(year=1942)) == []


def test_bare_years_switch():
    assert find_dates("in 1937 they", bare_years=False) == []
    assert len(find_dates("in May 1937 they", bare_years=False)) == 1


RANGES = [
    ("from 10 May 1939 – 25 June 1946.", DateValue(1939, 5, 10), DateValue(1946, 6, 25), ["10 May 1939", "25 June 1946"]),
    ("between 6 April and 7 June 1945", DateValue(1945, 4, 6), DateValue(1945, 6, 7), ["6 April", "7 June 1945"]),
    ("Italy (1940–43)", DateValue(1940), DateValue(1943), ["1940", "43"]),
    ("France 1940-1944 France", DateValue(1940), DateValue(1944), ["1940", "1944"]),
    ("from 1922 to 1925,", DateValue(1922), DateValue(1925), ["1922", "1925"]),
    ("on 6–8 June 1944", DateValue(1944, 6, 6), DateValue(1944, 6, 8), ["6", "8 June 1944"]),
    ("on June 6–8, 1944", DateValue(1944, 6, 6), DateValue(1944, 6, 8), ["June 6", "8, 1944"]),
    ("in 1660–62", DateValue(1660), DateValue(1662), ["1660", "62"]),
    ("in 1726–27", DateValue(1726), DateValue(1727), ["1726", "27"]),
    ("(January-March 1948)", DateValue(1948, 1), DateValue(1948, 3), ["January", "March 1948"]),
    ("in 490–479 BC", DateValue(490, bc=True), DateValue(479, bc=True), ["490", "479 BC"]),
]


@pytest.mark.parametrize("text, start, end, parts", RANGES)
def test_ranges_with_parts(text, start, end, parts):
    f = one(text)
    assert isinstance(f.value, DateRange)
    assert (f.value.start, f.value.end) == (start, end)
    assert [p.text for p in f.parts] == parts
    for p in f.parts:  # each end has its own offsets into the text
        assert text[p.start:p.end] == p.text
    assert f.start == f.parts[0].start and f.end == f.parts[-1].end


def test_range_of_days_takes_context_year():
    f = one("on 12–14 September the", DateContext(year=1944))
    assert f.value == DateRange(DateValue(1944, 9, 12), DateValue(1944, 9, 14))
    assert f.year_from_context


def test_decades_and_seasons():
    f = one("in the 1930s the")
    assert f.value == DateRange(DateValue(1930), DateValue(1939)) and f.timex == "193"
    f = one("in the mid-1920s the")
    assert f.value == DateRange(DateValue(1924), DateValue(1926)) and f.mod is Mod.MID
    f = one("the summer of 1941 was hot")
    assert f.value == DateRange(DateValue(1941, 6), DateValue(1941, 8)) and f.timex == "1941-SU"
    f = one("the 460s BC")
    assert f.timex == "BC046" and f.value.start.bc


def test_two_dates_share_year_after_an_aside():
    found = find_dates("March 3 (March 4 by the eastern calendar), 1702, saw")
    assert [(f.text, f.value) for f in found] == [
        ("March 3", DateValue(1702, 3, 3)), ("March 4", DateValue(1702, 3, 4))]


# ------------------------------------------------------------------ context


def test_year_from_later_in_the_same_sentence():
    f = find_dates("On 17 November and after a long winter campaign in 1939 it fell.", DateContext(year=1950))[0]
    assert f.value == DateValue(1939, 11, 17) and f.year_from_context


def test_sentence_rule_stops_at_the_sentence_end():
    found = find_dates("On 17 November France invaded. Finland fell in 1939.", DateContext(year=1950))
    assert found[0].value == DateValue(1950, 11, 17)


def test_year_from_last_date_then_heading_then_dct():
    ctx = DateContext(dct=DateValue(2009, 12, 19))
    assert find_dates("On 3 May the", ctx)[0].value == DateValue(2009, 5, 3)  # only the dct
    ctx.heading("Western Europe (1940-41)")
    assert find_dates("On 3 May the", ctx)[0].value == DateValue(1940, 5, 3)  # heading
    find_dates("In April 1941, it began.", ctx)
    assert ctx.last == DateValue(1941, 4)
    ctx.paragraph()
    assert find_dates("On 3 May the", ctx)[0].value == DateValue(1941, 5, 3)  # last date
    ctx.heading("Mediterranean (1943)")  # a heading with a year starts afresh
    assert find_dates("in June the", ctx)[0].value == DateValue(1943, 6)


def test_later_months_roll_into_the_next_year():
    ctx = DateContext()
    find_dates("In December 1941 Japan attacked.", ctx)
    assert find_dates("In January the", ctx)[0].value == DateValue(1942, 1)
    assert find_dates("In August of that year", ctx)[0].value == DateValue(1941, 8)


def test_unresolvable_partial_date_is_skipped():
    assert find_dates("On 17 November the") == []


# ------------------------------------------------------------- BC/AD order


def test_bc_ad_intervals():
    bce = one("in 27 BCE").value
    ce = one("in 14 CE").value
    assert bce.interval()[1] < ce.interval()[0]
    assert bce.astronomical_year == -26
    # 27 BCE .. 14 CE spans 40 years: there is no year 0
    assert ce.astronomical_year - bce.astronomical_year == 40
    assert DateValue(1, bc=True).interval()[1] + 1 == DateValue(1).interval()[0]


# ------------------------------------------------------------------- TIMEX


def test_dates_command_values():
    out = dates_command("On 7 August 1941 and in early June, the 1940s.\nIn 360 BCE. 6–8 June 1944.", "2009-12-19")
    got = [(e["text"], e["value"], e.get("mod")) for e in out]
    assert got == [("7 August 1941", "1941-08-07", None), ("early June", "1941-06", "START"),
                   ("the 1940s", "194", None), ("360 BCE", "BC0360", None),
                   ("6", "1944-06-06", None), ("8 June 1944", "1944-06-08", None)]
    text = "On 7 August 1941 and in early June"
    for e in out[:2]:
        assert text[e["start"]:e["end"]] == e["text"]


def test_dates_command_relative_expressions():
    out = dates_command("Paris fell on 14 June 1940. The next day the army left. It is now a museum.", None)
    assert [(e["text"], e["value"]) for e in out] == [
        ("14 June 1940", "1940-06-14"), ("The next day", "1940-06-15"), ("now", "PRESENT_REF")]


def test_module_entry_point_reads_stdin():
    r = subprocess.run([sys.executable, "-m", "lorecheck.extract.dates", "--dct", "2009-12-19"],
                       input="In early June 1944 they landed.", capture_output=True, text=True, timeout=60)
    assert r.returncode == 0
    assert json.loads(r.stdout)[0]["value"] == "1944-06"


# ------------------------------------------------------------------ scale


def test_long_input_is_linear():
    para = ("On 6 June 1944 the landings began; by the end of June 1944 some 850,000 men were ashore, "
            "and between 6 April and 7 June 1945 the front moved (1940–43). ")
    text = para * 1500  # ~200 KB, 7500 dates
    found = find_dates(text)
    assert len(found) == 4 * 1500
    assert sum(len(f.parts) for f in found) == 4 * 1500


def test_no_runaway_on_digit_and_word_soup():
    text = ("1 2 3 4 and the of to – , " * 5000) + "May 1940"
    found = find_dates(text)
    assert found[-1].value == DateValue(1940, 5)


# ------------------------------------------------------------------- seed


def test_seed_impossible_dates_take_context_years():
    seed = SHARED / "seeds" / "004_5b188884a75c6c09.txt"
    if not seed.exists():
        pytest.skip("shared seeds not present beside the checkout")
    ctx = DateContext()
    invalid = []
    for i, line in enumerate(seed.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            ctx.paragraph()
            continue
        for f in find_dates(line, ctx):
            v = f.value
            if isinstance(v, DateValue) and not v.valid:
                invalid.append((i, v.year, v.month, v.day))
        s = line.strip()
        if len(s) < 80 and s[-1] not in ".:;,!?" and len(s.split()) <= 10:
            ctx.heading(line)
    assert (286, 1942, 11, 31) in invalid
    assert (307, 1943, 2, 30) in invalid


def test_dates_command_anchors_news_words_to_the_dct():
    out = dates_command("On Friday, and last year, and this week, two years ago.", "2013-03-20")
    assert [(e["text"], e["value"]) for e in out] == [
        ("Friday", "2013-03-22"), ("last year", "2012"), ("this week", "2013-W12"), ("two years ago", "2011")]
