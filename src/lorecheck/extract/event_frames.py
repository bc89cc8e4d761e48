"""A length framed by two events named in words, each dated by a sentence of its own elsewhere on the page: "The third
phase, which lasted 100 days from the expiry of the accord to the signing of the treaty" with "When the Accord expired
on 13 November 1973" above and "The treaty was signed at Osk on 1 June 1976" below.

Why: neither end is a date in the length's sentence, so the framed and counted-back readings see nothing; the ends are
told by an event noun "of" a thing (prose.yaml `event_noun_verbs`: expiry -> expired, signing -> signed), and the page
dates each in a clause where the thing is the subject of that verb. Each end must be dated once on the page (one day,
however often told); a thing dated twice by that verb ("the truce was signed ... the truce was signed again") is no end.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import BlockKind, DateValue, Document
from .dates import DateContext, find_dates

_FRAME = re.compile(r"\s*,?\s+from\s+the\s+(?P<e1>[a-z]+)\s+of\s+(?:the\s+|its\s+)?(?P<o1>[A-Za-z][a-z]+)"
                    r"\s+(?:to|until|till)\s+the\s+(?P<e2>[a-z]+)\s+of\s+(?:the\s+|its\s+)?(?P<o2>[A-Za-z][a-z]+)\b")


@lru_cache(maxsize=1)
def _verbs() -> dict[str, tuple[str, ...]]:
    table = vocabulary.load("prose").get("event_noun_verbs") or {}
    return {str(k).casefold(): tuple(str(v) for v in vs or ()) for k, vs in table.items()}


def _dated(doc: Document, thing: str, verbs: tuple[str, ...], context_of) -> DateValue | None:
    """The one day the page tells "<the thing> ... <verb> ... on D" on, or None."""
    verb = "|".join(r"\s+".join(map(re.escape, v.split())) for v in verbs)
    pattern = re.compile(rf"\b[Tt]he\s+(?:[A-Za-z]+\s+)?{re.escape(thing)}\b[^.;:()]{{0,30}}?\b(?:was\s+|had\s+|were\s+)?"
                         rf"(?:{verb})\b[^.;:()\d]{{0,40}}?\b(?:on|in)\s+", re.I)
    found = set()
    for block in doc.blocks:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or thing.casefold() not in block.text.casefold():
            continue
        for m in pattern.finditer(block.text):
            dates = [f for f in find_dates(block.text[m.end():m.end() + 40], context_of(block)) if f.start == 0]
            if dates and isinstance(dates[0].value, DateValue) and dates[0].value.valid and dates[0].value.day:
                found.add(dates[0].value)
    return found.pop() if len(found) == 1 else None


def event_framed(doc: Document, text: str, b: int) -> tuple | None:
    """(start, end, ()) of a length right before "from the <event> of the <thing> to the <event> of the <thing>"."""
    m = _FRAME.match(text, b) if " from the " in text[b:b + 12] else None
    if m is None:
        return None
    verbs = _verbs()
    e1, e2 = verbs.get(m.group("e1").casefold()), verbs.get(m.group("e2").casefold())
    if not e1 or not e2:
        return None
    context_of = lambda block: DateContext()
    start = _dated(doc, m.group("o1"), e1, context_of)
    end = _dated(doc, m.group("o2"), e2, context_of)
    if start is None or end is None or end.interval()[0] < start.interval()[1]:
        return None
    return start, end, ()
