"""A length told right before the two dates that frame it: "took three years to build, from the driving of
the first pile in March 1839 to its completion in November 1840", "over the eleven days between the
seizure of the bridge on 7 November and the surrender on 22 November", "was forged over twenty-six months,
from March 1553 to August 1554". The length measures the stretch from the first date to the second,
whatever happened on each (a noun phrase and a preposition before each date, nothing that ends a clause).

Only "from ... to/until" and "between ... and" frame a stretch; the length must lead straight into the
frame (at most an infinitive, "to build", and a comma): "He spent two years at sea, and from his return
in May 1790 to his death ..." frames another stretch than the two years.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import DateRange, DateValue
from ..vocabulary import alternation

# after the length: ", from", " between", " to build, from"
_INTO_FRAME = re.compile(r"(?:\s+to\s+[a-z]+)?\s*,?\s+(?P<frame>from|between)\s+", re.I)
# before a date inside the frame: "the driving of the first pile in ", "the seizure of the bridge on ", or nothing
_LEAD = r"(?:[^,;:.()\d–—]{0,60}?\s(?:in|on|of|at|by)\s+)?"
_TO_DATE = re.compile(rf"{_LEAD}", re.I)
_JOIN = {"from": re.compile(rf"\s+(?:to|until|till)\s+{_LEAD}", re.I),
         "between": re.compile(rf"\s+and\s+{_LEAD}", re.I)}


# "took four months: the ship left X on D and anchored in Y on D'": the clause after a colon tells the stretch
_EXPLAINED = re.compile(r"\s*:\s+")
_BEFORE_FIRST = re.compile(r"[^;:.()\d]{0,120}")
_AND_JOINS = re.compile(r"[^;:.()\d]{0,120}\band\b[^;:.()\d]{0,80}")


def framed_span(text: str, b: int, dates_after: list) -> tuple | None:
    """(start, end) of the stretch the length ending at `b` leads into, or None."""
    m = _INTO_FRAME.match(text, b) if dates_after else None
    if m is None:
        return _explained_span(text, b, dates_after) if len(dates_after) >= 2 else None
    first = dates_after[0]
    if isinstance(first.value, DateRange) and len(first.parts) == 2 and _TO_DATE.fullmatch(text, m.end(), first.start):
        return first.value.start, first.value.end  # "over twenty-six months, from March 1553 to August 1554"
    if len(dates_after) < 2:
        return None
    last = dates_after[1]
    if not all(isinstance(f.value, (DateValue, DateRange)) for f in (first, last)):
        return None
    if not _TO_DATE.fullmatch(text, m.end(), first.start) \
            or not _JOIN[m.group("frame").lower()].fullmatch(text, first.end, last.start):
        return None
    return first.value, last.value


def _explained_span(text: str, b: int, dates_after: list) -> tuple | None:
    """(start, end) for a length the clause after its colon explains by two days joined by "and", the second later
    ("The voyage out took four months: the ship left Tesk on D and anchored in Verity Bay on D'")."""
    m = _EXPLAINED.match(text, b)
    first, last = dates_after[0], dates_after[1]
    if m is None or not all(isinstance(f.value, DateValue) and f.value.valid for f in (first, last)):
        return None
    if not _BEFORE_FIRST.fullmatch(text, m.end(), first.start) or not _AND_JOINS.fullmatch(text, first.end, last.start) \
            or last.value.interval()[0] < first.value.interval()[1]:
        return None
    return first.value, last.value


@lru_cache(maxsize=1)
def _counted_back() -> tuple[re.Pattern, re.Pattern] | None:
    """"on D, after a siege of (some) N" and "The siege lasted (nearly) N and ended on D": a length of a process
    the paragraph narrates (prose.yaml `narrated_spans`) that ends on the sentence's date."""
    prose = vocabulary.load("prose")
    nouns = [*(prose.get("narrated_spans") or ()), *(prose.get("told_span_nouns") or ())]
    if not nouns:
        return None
    noun = alternation(nouns)
    after_end = re.compile(rf"\s*,\s*after\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:{noun})\s+of\s+(?:[a-z]+\s+)?", re.I)
    lasted = re.compile(rf"\s*the\s+(?:[a-z]+\s+)?(?:{noun})\s+(?:had\s+)?(?:lasted|went\s+on\s+for)\s+(?:[a-z]+\s+)?", re.I)
    # "After a closure of eleven months the house reopened on D": the length opens the sentence, its end follows
    fronted = re.compile(rf"[\s\"“]*after\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:{noun})\s+of\s+(?:[a-z]+\s+)?", re.I)
    return after_end, lasted, fronted


# "After a closure of eleven months(,) the house reopened on D": one clause, no other date, up to the end's day
_ENDED_AFTER = re.compile(r",?\s+[^;:.()\d]{0,80}?\s(?:on|in)\s+", re.I)
_ENDED_ON = re.compile(r"\s+and\s+(?:was\s+)?(?:ended|lifted|raised|broken\s+off|called\s+off|closed)\s+(?:on|in)\s+", re.I)


def counted_back(text: str, sent_start: int, a: int, b: int, dates_before: list, dates_after: list,
                 earlier: list, paragraph_before=(), reach: float = 0) -> tuple | None:
    """(start, end, other starts) of a narrated span told by its length and its end date only: it opened on
    one of the days the paragraph told before that end (`earlier`, the block's dates before the sentence, or the
    paragraph before's when the sentence opens its own, if one of its days lies within `reach` days of the end: a
    paragraph that dates only a founding long before counts nothing): the nearest is its start, any other may be."""
    patterns = _counted_back()
    if patterns is None:
        return None
    after_end, lasted, fronted = patterns
    end = None
    if dates_before and after_end.fullmatch(text, dates_before[-1].end, a):
        end = dates_before[-1]
    elif dates_after and lasted.fullmatch(text, sent_start, a) and _ENDED_ON.fullmatch(text, b, dates_after[0].start):
        end = dates_after[0]
    elif dates_after and fronted.fullmatch(text, sent_start, a) and _ENDED_AFTER.fullmatch(text, b, dates_after[0].start):
        end = dates_after[0]
        if not earlier and isinstance(end.value, DateValue):  # a paragraph opening "After a closure of eleven months"
            lo = end.value.interval()[0] - reach
            earlier = [f for f in paragraph_before if isinstance(f.value, DateValue) and f.value.interval()[1] >= lo]
    if end is None or not isinstance(end.value, DateValue):
        return None
    hi = end.value.interval()[1]
    # `earlier` all come before the sentence (maybe in the paragraph before it); the sentence's own, before its end
    starts = [f.value for f in [*earlier, *(f for f in dates_before if f.end <= end.start)]
              if isinstance(f.value, DateValue) and f.value.valid and f.value.interval()[0] <= hi]
    if not starts:
        return None
    return starts[-1], end.value, tuple(starts[:-1])
