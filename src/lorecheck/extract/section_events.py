"""A section headed by an event's name and the one range of days its prose tells: "The Raid on the Sarne" over
"The squadron forced the river between 19 and 22 June 1664"; "== Siege of Harl ==" over "The town was shut in
from 3 to 19 May 1842".

Why: the writer tells the event's days under its heading without naming it again, and a table of engagements on
the page (or the event's own page) dates it too. The range becomes "<name> dated <range>", the statement a
bracketed date beside the name makes ("the Raid on the Sarne (19–22 June 1664)"), which the conflicting-date rule
holds to the event's own dates only when the two do not overlap at all (checks/single_value.py
_dated_named_events): a phase inside the event's days, or a day beside them, is no disagreement.

Only a heading that names an event (an event head and a word of its own: tables._event_name), and only a section
whose prose tells exactly one range of days, at most a month long, in a sentence naming no other event by
name; a section of several ranges tells phases, and a heading's own date is read elsewhere.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..vocabulary import alternation
from ..model import BlockKind, DateRange, DateValue, Document, Origin, Statement
from .sentences import sentence_spans
from .tables import _day_range, _event_name

_RANGE_DAYS = 31


@lru_cache(maxsize=1)
def _other_event() -> re.Pattern:
    """"the Siege of Harl", "the Raid on Tamsford": an event named in a sentence (prose.yaml event_heads)."""
    heads = [str(h) for h in vocabulary.load("prose").get("event_heads") or ()]
    return re.compile(rf"\b(?:{alternation(heads)})\s+(?:of|on|at|off)\s+(?:the\s+)?[A-Z]")


# "between 19 and 22 June 1664": the date reader takes "22 June 1664" alone; its first day is the range's start
_BETWEEN_DAY = re.compile(r"\b[Bb]etween\s+(\d{1,2})(?:st|nd|rd|th)?\s+and\s+$")


def _between_days(text: str, f) -> DateRange | None:
    """The range "between D1 and D2 Month Year" of the date found for "D2 Month Year"."""
    v = f.value
    if not isinstance(v, DateValue) or v.day is None or v.month is None:
        return None
    m = _BETWEEN_DAY.search(text, max(0, f.start - 24), f.start)
    if m is None or not 1 <= int(m.group(1)) < v.day:
        return None
    return DateRange(DateValue(v.year, v.month, int(m.group(1)), v.bc), v)


def section_event_dates(doc: Document, found_by_block: dict[int, list]) -> list[Statement]:
    out: list[Statement] = []
    name = None
    ranges: list = []

    def close():
        if name is not None and len(ranges) == 1 and ranges[0] is not None:
            block, f, a, b, value = ranges[0]
            out.append(Statement(subject=name, predicate="dated:section", object=None, date=value,
                                 span=doc.block_span(block, a, b), date_span=doc.block_span(block, f.start, f.end),
                                 origin=Origin.PROSE, text=" ".join(block.text[a:f.end].split()), event=name))

    for block in doc.blocks:
        if block.kind is BlockKind.HEADING:
            close()
            text = block.text.strip()
            name = _event_name(text) if not any(c.isdigit() for c in text) else None
            ranges = []
            continue
        if name is None or block.kind is not BlockKind.PARAGRAPH:
            continue
        for f in found_by_block.get(id(block), ()):
            value = f.value if _day_range(f.value) else _between_days(block.text, f)
            if value is None:
                continue
            lo, hi = value.interval()
            if hi - lo > _RANGE_DAYS:
                continue
            a, b = next(((a, b) for a, b in sentence_spans(block.text) if a <= f.start < b), (0, len(block.text)))
            if _other_event().search(block.text, a, b) and name.casefold() not in block.text[a:b].casefold():
                ranges.append(None)  # another named event's days may be these
                continue
            ranges.append((block, f, a, b, value))
    close()
    return out
