"""A length counted "from" an event the page dated earlier, to the date the sentence before told: "The first spade was
turned on 15 March 1507." ... "The canal opened on 24 June 1514. The works had taken five years and three months from
the first spade."

Why: the length names its start by the event's own words, not by a date, and its end is the day just told; neither
the framed nor the counted-back readings see a start that far back. The event must be told earlier on the page as
the subject of its own dated clause, in the same words ("The first spade was turned on D"), and the sentence right
before the length must give one day and no other date.
"""
from __future__ import annotations

import re

from ..model import Block, BlockKind, DateValue, Document
from .dates import DateContext, find_dates
from .sentences import previous_sentence_start

_FROM_EVENT = re.compile(r"\s+(?:counted\s+)?from\s+the\s+(?P<event>(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\s*(?:[.;]|$)")
# "The first spade was turned on": an event the words name, the subject of its own dated clause
_OPENED = re.compile(r"(?<![\w'’-])[Tt]he\s+(?P<event>(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)\s+(?:was|were)\s+"
                     r"[a-z]+(?:\s+[a-z]+)?\s+(?:on|in)\s+")
_NOT_EVENTS = frozenset({"start", "beginning", "outset", "first", "time", "date", "day", "year", "outbreak", "same"})


def named_start(doc: Document, block: Block, text: str, sent_start: int, b: int, block_dates: list):
    """(start, end, ()) of the stretch a length right before "from the <event>" measures, or None."""
    m = _FROM_EVENT.match(text, b)
    if m is None or m.group("event").split()[-1].casefold() in _NOT_EVENTS:
        return None
    prev = previous_sentence_start(text, sent_start)
    if prev is None:
        return None
    told = [f for f in block_dates if f.start >= prev and f.end <= sent_start]
    if len(told) != 1 or not isinstance(told[0].value, DateValue) or not told[0].value.valid:
        return None
    end = told[0].value
    event = " ".join(m.group("event").casefold().split())
    starts = []
    for other in doc.blocks:
        if other is block:
            break
        if other.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or event not in other.text.casefold():
            continue
        for found in _OPENED.finditer(other.text):
            if " ".join(found.group("event").casefold().split()) != event:
                continue
            dates = [f for f in find_dates(other.text[found.end():found.end() + 40], DateContext()) if f.start == 0]
            if dates and isinstance(dates[0].value, DateValue) and not dates[0].year_from_context:
                starts.append(dates[0].value)
    if len(starts) != 1 or starts[0].interval()[1] > end.interval()[0]:
        return None
    return starts[0], end, ()
