"""One date written in two calendars: "born on 20 February 1702 (Old Style), that is 3 March 1702".

The two are one day, not two dates of the birth: the older twin is read as the day its gloss in the newer
calendar gives. A date is the older one when a mark of the older calendar stands
right after it ("1702 O.S.", "by the Julian calendar") or right before it ("(O.S. 20 February)"), or when
it is unmarked and the date glossing it in the same sentence is marked as the newer ("[N.S. 13 June]").
Marks are data (eras.yaml old_calendar_marks / new_calendar_marks).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import vocabulary
from .dates import FoundDate

_BEFORE = 12  # "(O.S. " before a date
_AFTER = 60  # "(Old Style), that is", "by the Julian calendar then in use"
_PAIR = 160  # at most this far apart, in one sentence
_SENTENCE_END = re.compile(r"[.!?;]\s+[A-Z]")


@lru_cache(maxsize=1)
def _marks() -> tuple[re.Pattern, re.Pattern, tuple[str, ...], tuple[str, ...]]:
    """(old pattern, new pattern, prefix gate, whole-mark gate): a block whose text holds no mark cannot
    have a date marked. The prefix gate ("old", "new") is loose but safe in any script; in ASCII text
    the whole marks lower-cased are the exact necessary test ("knew", "bold", "renewed" pass no more)."""
    eras = vocabulary.load("eras")

    def pattern(key: str) -> re.Pattern:
        words = sorted((str(w) for w in eras.get(key) or ()), key=len, reverse=True)
        # "O.S." as written; the worded marks in any case
        return re.compile("|".join(rf"(?<!\w){re.escape(w)}" if "." in w else rf"(?i:\b{re.escape(w)}\b)" for w in words)
                          or r"(?!)")
    gate = tuple({str(w).split()[0].lower()[:4] for key in ("old_calendar_marks", "new_calendar_marks")
                  for w in eras.get(key) or ()})
    whole = tuple(sorted({str(w).lower() for key in ("old_calendar_marks", "new_calendar_marks")
                          for w in eras.get(key) or ()}))
    return pattern("old_calendar_marks"), pattern("new_calendar_marks"), gate, whole


def _mark_of(text: str, dates: list[FoundDate], i: int, old: re.Pattern, new: re.Pattern) -> str | None:
    """"old", "new" or None: the calendar mark that belongs to dates[i]."""
    f = dates[i]
    lo = max(dates[i - 1].end if i else 0, f.start - _BEFORE)
    before = text[lo:f.start]
    for kind, pat in (("old", old), ("new", new)):
        m = None
        for m in pat.finditer(before):
            pass
        if m is not None and not before[m.end():].strip(" :\u00a0"):
            return kind
    hi = min(dates[i + 1].start if i + 1 < len(dates) else len(text), f.end + _AFTER)
    after = text[f.end:hi]
    cut = _SENTENCE_END.search(after)
    if cut:
        after = after[:cut.start() + 1]
    for kind, pat in (("old", old), ("new", new)):
        for m in pat.finditer(after):
            # a mark that opens the next date ("(O.S. 20 February") is that date's
            if hi < len(text) and i + 1 < len(dates) and hi == dates[i + 1].start and not after[m.end():].strip(" :\u00a0"):
                continue
            return kind
    return None


def without_older_calendar(text: str, dates: list[FoundDate]) -> list[FoundDate]:
    """The dates of a block, each older-calendar twin of a date beside it read as that date."""
    if len(dates) < 2:
        return dates
    old, new, gate, whole = _marks()
    low = text.lower()
    # every match of a mark, in any slice of the text, is the mark as written (dotted) or in another case
    # (worded, re.I): in ASCII text that is the lower-cased mark in the lower-cased text
    if not any(g in low for g in (whole if text.isascii() else gate)):
        return dates
    marks = [_mark_of(text, dates, i, old, new) for i in range(len(dates))]
    if not any(marks):
        return dates
    twin: dict[int, int] = {}  # older date -> its gloss in the newer calendar
    for i, (f, mark) in enumerate(zip(dates, marks)):
        for j in (i + 1, i - 1):
            if not 0 <= j < len(dates) or mark == "new" or i in twin or j in twin:
                continue
            g, other = dates[j], marks[j]
            a, b = (f, g) if f.start < g.start else (g, f)
            gap = text[a.end:b.start]
            if len(gap) > _PAIR or _SENTENCE_END.search(gap):
                continue
            if mark == "old" and other != "old" or mark is None and other == "new":
                twin[i] = j
    if not twin:
        return dates
    # the older twin carries its gloss's day: it stays a date (its words are no names), and whichever of
    # the two the sentence's fact takes, the fact has the day in the newer calendar
    return [replace(f, value=dates[twin[i]].value, year_from_context=dates[twin[i]].year_from_context, parts=(),
                    timex=dates[twin[i]].timex) if i in twin else f for i, f in enumerate(dates)]
