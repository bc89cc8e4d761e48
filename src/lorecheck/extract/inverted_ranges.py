"""A date range whose own words put its end before its start: "held from March 1907 until May 1906", "the
truce of 15–5 April 1944". Only a range whose two ends each carry their own year, or whose two days share one
month and year the text states, is one: a range the reader completed with a year of its own ("November to
April" crossing into the next year, "31 October to 13 November") is no claim of the text; nor is a change
from one date to another ("brought forward from 20 January to 12 January", "postponed from ... to ...";
prose.yaml `date_change_words`), anywhere in the range's sentence."""
from __future__ import annotations

from functools import lru_cache
import re

from .. import vocabulary
from ..model import DateRange
from .sentences import SENTENCE_END, sentence_start

# a year of its own: three or four digits, not a day or part of a longer number
_YEAR = re.compile(r"(?<![\d,.])\d{3,4}(?![\d,])")
_JOIN = re.compile(r"\s*(?:[-–—]|\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b)\s*", re.I)


@lru_cache(maxsize=1)
def _change_words() -> re.Pattern:
    return re.compile(rf"\b(?:{vocabulary.alternation(vocabulary.load('prose').get('date_change_words') or ())})\b",
                      re.I)


def _own_years(text: str) -> bool:
    """Does each side of a joining word of the range's text name a year?"""
    return any(_YEAR.search(text, 0, j.start()) and _YEAR.search(text, j.end())
               for j in _JOIN.finditer(text))


def inverted(text: str, start: int, end: int, value, year_from_context: bool) -> bool:
    """Is the range `value`, told by text[start:end], an end before its start by its own words?"""
    if not isinstance(value, DateRange) or value.start is None or value.end is None or year_from_context:
        return False
    first, last = value.start, value.end
    if not (first.valid and last.valid) or last.interval()[1] >= first.interval()[0]:
        return False
    words = text[start:end]
    one_month = first.precision == last.precision == "day" and (first.year, first.month) == (last.year, last.month) \
        and _YEAR.search(words) is not None
    if not (one_month or _own_years(words)):
        return False
    stop = SENTENCE_END.search(text, end)
    return not _change_words().search(text, sentence_start(text, start), stop.start() if stop else len(text))


# "from 14 November 1837 until she was freed on 2 August 1837": a span's two ends told by two dates with a clause
# between, its end the date the clause after "until" gives
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_UNTIL_CLAUSE = re.compile(r"\s+(?:until|till|to)\s+(?![\d])(?:(?!and\b|but\b|which\b|when\b|after\b|before\b)[\w'’-]+\s+)"
                           r"{1,7}?(?:on|in)\s+$", re.I)


def inverted_until(text: str, found) -> list:
    """The pairs of dates (FoundDate, FoundDate) of `text` that open a span with "from" and close it with a clause
    after "until" ("from D until she was released on D2"), D2 before D, each with its own year."""
    out = []
    for first, last in zip(found, found[1:]):
        if first.year_from_context or last.year_from_context or isinstance(first.value, DateRange) \
                or isinstance(last.value, DateRange) or not (first.value.valid and last.value.valid):
            continue
        if not _FROM_BEFORE.search(text, max(0, first.start - 12), first.start) \
                or not _UNTIL_CLAUSE.fullmatch(text, first.end, last.start):
            continue
        if last.value.interval()[1] >= first.value.interval()[0] or not _YEAR.search(text, first.start, first.end) \
                or not _YEAR.search(text, last.start, last.end):
            continue
        stop = SENTENCE_END.search(text, last.end)
        if _change_words().search(text, sentence_start(text, first.start), stop.start() if stop else len(text)):
            continue
        out.append((first, last))
    return out
