"""Years counted in a named era ("Year 252 of the Fifth Epoch"), read as calendar years when the
document states the era's epoch ("Year 1 of the Fifth Epoch is 780", "the Fifth Epoch began in 780").

Why: worlds often date an event in their own era in one place and in the common count in
another; without the document's own mapping the era year is no date at all, with it the
two statements can be compared. An era no statement of the document maps stays unread
(guessing an epoch would invent contradictions), and so does an era mapped two ways.

Speed: everything is anchored on the era words ("Age", "Era", ...): a substring test per
word, then short patterns matched just before and just after each occurrence.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import vocabulary
from ..model import DateValue
from .dates import FoundDate

_YEAR_OF_BEFORE = re.compile(r"(?:\b[Yy]ear\s+(\d{1,4})|\bthe\s+(\d{1,4})(?:st|nd|rd|th)\s+year)\s+of\s+the\s+\Z")
_THE_BEFORE = re.compile(r"\bthe\s+\Z")
_GLOSS_AFTER = re.compile(r"\s*\(\s*[Yy]ear\s+(\d{1,4})\s*=\s*(\d{1,4})\b")  # "the Fifth Epoch (Year 1 = 780"
_NAME_REACH, _YEAR_REACH = 60, 40


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[tuple[str, ...], re.Pattern, re.Pattern]:
    data = vocabulary.load("eras")
    heads = tuple(str(h) for h in data.get("era_heads") or ())
    equates = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in data.get("equates") or ())
    begins = "|".join(map(re.escape, (str(w) for w in data.get("begins") or ())))
    year_tail = r"(?:in\s+)?(?:the\s+)?(?:(?:common\s+)?year\s+)?(\d{1,4})\b"
    stated_after = re.compile(r",?\s+(?:%s)\s+%s" % (equates, year_tail))  # "... Age is 780"
    began_after = re.compile(r"(?:,\s*which)?\s+(?:%s)\s+in\s+%s" % (begins, year_tail))  # "... Age began in 780"
    return heads, stated_after, began_after


def _spots(text: str, heads: tuple[str, ...]):
    """(name start, name end, folded era name) of each era word written as a word, with the
    capitalised words before it that complete the name ("Fifth Epoch"), in text order."""
    found = []
    for head in heads:
        for w in _head_word(head).finditer(text):  # literal-first: the regex engine skips ahead fast
            i, end = w.span()
            if i and text[i - 1].isalnum():
                continue
            start = _name_start(text, i)
            words = text[start:end].split()
            if len(words) > 1 and words[0] in ("The", "This", "That"):  # "The Fifth Epoch began ..." opens a sentence
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            found.append((start, end, " ".join(words).casefold()))
    found.sort()
    return found


@lru_cache(maxsize=16)
def _head_word(head: str) -> re.Pattern:
    return re.compile(re.escape(head) + r"(?!\w)")


def _name_start(text: str, i: int) -> int:
    """Where the era's name starts: up to three capitalised words before its era word (a backward
    walk of a few characters; a regex search would try every start in its reach)."""
    j = i
    for _ in range(3):
        k = j
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        if k == j:
            break
        word_end = k
        while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "'-"):
            k -= 1
        if k == word_end or not text[k].isupper() or word_end - k > _NAME_REACH:
            break
        j = k
    return j


def _year_of(text: str, start: int) -> re.Match | None:
    """"Year 252 of the " / "the 12th year of the " just before an era name."""
    if "the" not in text[max(0, start - 6):start]:
        return None
    return _YEAR_OF_BEFORE.search(text, max(0, start - _YEAR_REACH), start)


def read_epochs(text: str) -> dict[str, int]:
    """Era name (folded) -> what to add to its years to get the common year, from the document's
    own statements; {} when the document writes no era year at all (its epoch then does not matter)."""
    heads, stated_after, began_after = _vocabulary()
    present = tuple(h for h in heads if h in text)
    if not present:
        return {}
    offsets: dict[str, set[int]] = {}
    dated = False
    for start, end, era in _spots(text, present):
        before = _year_of(text, start)
        if before is not None:
            dated = True
            m = stated_after.match(text, end) if before.group(1) else None
            if m is not None:
                offsets.setdefault(era, set()).add(int(m.group(1)) - int(before.group(1)))
            continue
        m = _GLOSS_AFTER.match(text, end)
        if m is not None and _THE_BEFORE.search(text, max(0, start - 8), start):
            offsets.setdefault(era, set()).add(int(m.group(2)) - int(m.group(1)))
            continue
        m = began_after.match(text, end)
        if m is not None:
            offsets.setdefault(era, set()).add(int(m.group(1)) - 1)
    if not dated:
        return {}
    return {era: next(iter(found)) for era, found in offsets.items() if len(found) == 1}


def era_dates(text: str, epochs: dict[str, int]) -> list[FoundDate]:
    """The era years of a block whose era the document maps, as year dates in the common count.
    A mention that is itself the mapping ("Year 1 of the Fifth Epoch is 780") is not a date."""
    heads, stated_after, _began = _vocabulary()
    present = tuple(h for h in heads if h in text)
    out: list[FoundDate] = []
    if not present:
        return out
    for start, end, era in _spots(text, present):
        offset = epochs.get(era)
        before = _year_of(text, start) if offset is not None else None
        if before is None or before.group(1) and stated_after.match(text, end):
            continue
        year = int(before.group(1) or before.group(2)) + offset
        if year > 0:
            out.append(FoundDate(before.start(), end, text[before.start():end], DateValue(year), False))
    out.sort(key=lambda f: f.start)
    return out


def merge(found: list[FoundDate], extra: list[FoundDate]) -> list[FoundDate]:
    """`found` with the era dates added in text order; a date inside an era mention gives way."""
    if not extra:
        return found
    kept = [f for f in found if not any(e.start <= f.start < e.end for e in extra)]
    return sorted(kept + extra, key=lambda f: f.start)


# "in 435 AR", "(402 AR)": a year of three or four digits with a world's own era abbreviation after it; AD/CE/BC
# are the date grammar's
_ABBREVIATED = re.compile(r"(?<![\d,.:/])\b(\d{1,4})\s+([A-Z]{2,3})\b(?![\w'’-])")
_ABBREVIATED_HINT = re.compile(r"\d\s+[A-Z]{2,3}\b")  # what _ABBREVIATED cannot match without, found far faster
_GRAMMAR_ERAS = frozenset({"AD", "CE", "BC", "BCE", "AH", "AM", "PM"})


_COMMON_YEAR = re.compile(r"(?<![\d,.])\b[12]\d{3}\b(?!\s+[A-Z]{2,3}\b)")


def abbreviated_eras(text: str) -> frozenset[str]:
    """The era abbreviation a document writes after years at least three times ("402 AR ... 435 AR ... 420 AR"):
    a count of years, not a unit or a code written after one number. Only when it is the document's one count:
    a second era ("39 BR ... 30 IR") or years of the common count ("born in 39 BR (2751)") mean the era years
    convert, and read as they stand they would contradict the dates they gloss."""
    counts: dict[str, int] = {}
    for m in _ABBREVIATED.finditer(text) if _ABBREVIATED_HINT.search(text) else ():
        if m.group(2) not in _GRAMMAR_ERAS:
            counts[m.group(2)] = counts.get(m.group(2), 0) + 1
    if len(counts) != 1 or max(counts.values()) < 3 or _COMMON_YEAR.search(text):
        return frozenset()
    return frozenset(counts)


def era_years(text: str, eras: frozenset[str], found: list[FoundDate]) -> list[FoundDate]:
    """`found` with the years written in one of the document's own eras ("in 435 AR") that no date covers; a
    date the era's abbreviation follows ("the autumn of 421 AR") takes it in, so that no name opens with it."""
    found = [_with_era(text, f, eras) for f in found]
    extra = [FoundDate(m.start(), m.end(), m.group(), DateValue(int(m.group(1))), False)
             for m in _ABBREVIATED.finditer(text) if m.group(2) in eras
             and not any(f.start < m.end() and m.start() < f.end for f in found)]
    return sorted(found + extra, key=lambda f: f.start) if extra else found


_ERA_AFTER = re.compile(r"[ \u00a0]+([A-Z]{2,3})\b(?![\w'’-])")


def _with_era(text: str, f: FoundDate, eras: frozenset[str]) -> FoundDate:
    """"the autumn of 421 AR": the grammar's date ends at the year; the document's own era after it is the date's."""
    m = _ERA_AFTER.match(text, f.end)
    if m is None or m.group(1) not in eras or not text[f.end - 1:f.end].isdigit():
        return f
    return replace(f, end=m.end(), text=text[f.start:m.end()])
