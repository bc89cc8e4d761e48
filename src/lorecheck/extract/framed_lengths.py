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


def framed_span(text: str, b: int, dates_after: list) -> tuple | None:
    """(start, end) of the stretch the length ending at `b` leads into, or None."""
    m = _INTO_FRAME.match(text, b) if dates_after else None
    if m is None:
        return None
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


@lru_cache(maxsize=1)
def _counted_back() -> tuple[re.Pattern, re.Pattern] | None:
    """"on D, after a siege of (some) N" and "The siege lasted (nearly) N and ended on D": a length of a process
    the paragraph narrates (prose.yaml `narrated_spans`) that ends on the sentence's date."""
    nouns = vocabulary.load("prose").get("narrated_spans") or ()
    if not nouns:
        return None
    noun = alternation(nouns)
    after_end = re.compile(rf"\s*,\s*after\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:{noun})\s+of\s+(?:[a-z]+\s+)?", re.I)
    lasted = re.compile(rf"\s*the\s+(?:[a-z]+\s+)?(?:{noun})\s+(?:had\s+)?(?:lasted|went\s+on\s+for)\s+(?:[a-z]+\s+)?", re.I)
    return after_end, lasted


_ENDED_ON = re.compile(r"\s+and\s+(?:was\s+)?(?:ended|lifted|raised|broken\s+off|called\s+off|closed)\s+(?:on|in)\s+", re.I)


def counted_back(text: str, sent_start: int, a: int, b: int, dates_before: list, dates_after: list,
                 earlier: list) -> tuple | None:
    """(start, end, other starts) of a narrated span told by its length and its end date only: it opened on
    one of the days the paragraph told before that end (`earlier`, the block's dates before the sentence):
    the nearest is its start, any other may be."""
    patterns = _counted_back()
    if patterns is None:
        return None
    after_end, lasted = patterns
    end = None
    if dates_before and after_end.fullmatch(text, dates_before[-1].end, a):
        end = dates_before[-1]
    elif dates_after and lasted.fullmatch(text, sent_start, a) and _ENDED_ON.fullmatch(text, b, dates_after[0].start):
        end = dates_after[0]
    if end is None or not isinstance(end.value, DateValue):
        return None
    hi = end.value.interval()[1]
    starts = [f.value for f in [*earlier, *dates_before] if f.end <= end.start and isinstance(f.value, DateValue)
              and f.value.valid and f.value.interval()[0] <= hi]
    if not starts:
        return None
    return starts[-1], end.value, tuple(starts[:-1])
