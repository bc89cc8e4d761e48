"""A page about a short event names it by its head noun and a date: "In the years since the fire of 1335"
on The Great Fire of Kelmscarth's page, a timeline row "**7 March 1662** — ... the lower town is flooded"
on Saint Gertrude's Flood's page.

Such a date is the page subject's own date, however the writer put it: the statement "<title> dated <date>"
meets the page's own date fields in single_value's named-event comparison. Only heads of events over in a
day or a few (prose.yaml `short_event_heads`: a fire, a flood, a riot; not a war, whose page may name an
earlier war "of 1790"), only "the <head> of <date>" (not "the second fire of 1335") or a row that opens on
its date and tells the head noun or verb (a flood, flooded) with no word of another moment ("sixteen days
after the flood", "the anniversary of the fire").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import Block, BlockKind, Document, Origin, Statement
from .dates import FoundDate

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# a row that opens on its date: "- **7 March 1662** — ...", "1662-03-07: ..."
_ROW_LEAD = re.compile(r"[\s*_'\[]*")
_ROW_DASH = re.compile(r"[\s*_'\]]*(?:[—–:]|-\s)")


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    prose = vocabulary.load("prose")
    heads = frozenset(str(h).casefold() for h in prose.get("short_event_heads") or ())
    other = frozenset(str(w).casefold() for w in prose.get("day_fight_other_moment") or ())
    again = tuple(str(w).casefold() for w in prose.get("event_again_words") or ())
    return heads, other, again


def title_head(title: str | None) -> str | None:
    """The short event a title names by its head ("The Great Fire of Kelmscarth and the Rebuilding" -> "fire",
    "Saint Gertrude's Flood" -> "flood"), None for any other title."""
    if not title:
        return None
    words = _WORD.findall(re.split(r"\s+(?:of|and|at|in)\s+", title, maxsplit=1)[0])
    head = words[-1].casefold() if words else ""
    return head if head in _vocab()[0] else None


def own_event_dates(doc: Document, block: Block, found: list[FoundDate], origin: Origin, title: str | None,
                    head: str | None) -> list[Statement]:
    if head is None or not found or head not in block.text.casefold():
        return []
    text = block.text
    out = []
    _, other, again = _vocab()
    of_date = re.compile(rf"(?i)\bthe\s+(?:great\s+)?{re.escape(head)}\s+of\s+")
    for m in of_date.finditer(text):
        f = next((f for f in found if f.start == m.end()), None)
        # "since the fire of 1335" still names the fire's date; "the anniversary of the fire of 1335" not
        before = [w.casefold() for w in _WORD.findall(text[max(0, m.start() - 30):m.start()])][-2:]
        if f is None or any(w.startswith(again) or w == "eve" for w in before):
            continue
        out.append(_dated(doc, block, title, m.start(), f, origin))
    if block.kind is BlockKind.LIST_ITEM:
        lead = _ROW_LEAD.match(text).end()
        f = next((f for f in found if f.start == lead), None)
        dash = f and _ROW_DASH.match(text, f.end)
        if dash:
            words = [w.casefold() for w in _WORD.findall(text, dash.end())]
            told = any(w == head or w.startswith(head) and w[len(head):] in ("s", "ed", "ing") for w in words)
            if told and not any(w in other or w.startswith(again) for w in words) \
                    and not any(s.date_span == doc.block_span(block, f.start, f.end) for s in out):
                out.append(_dated(doc, block, title, f.start, f, origin))
    return out


def _dated(doc: Document, block: Block, title: str, at: int, f: FoundDate, origin: Origin) -> Statement:
    return Statement(subject=title, predicate="dated", object=None, date=f.value,
                     span=doc.block_span(block, at, f.end), date_span=doc.block_span(block, f.start, f.end),
                     origin=origin, text=block.text[at:f.end], event=title)
