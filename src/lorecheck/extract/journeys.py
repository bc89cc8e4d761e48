"""A journey's start (or end) told twice by a field of another name.

An expedition's page gives "start: 4 May 1857" and "departed: 14 May 1857"; a voyage's front matter gives
"dates: 3 March 1771 – 9 September 1772" and "sailed: 13 March 1771"; a campaign's pasted infobox gives
"Dates 12 June – 30 August 1580" and "Set out 2 June 1580". Setting out is how a journey starts, and coming
home how it ends: the field is also read as the start (end) it names, so the two days meet (checks/single_value.py
groups one subject's starts). The field's own event ("field:departed") stays, for prose that restates it.

Not when the page tells the two days apart: a sentence of its prose that gives both days, or gives the start's day
beside a word of another moment ("The fleet assembled at Brakk on 4 May 1857, from which the expedition is
reckoned; it sailed on 14 May"). Vocabulary: fields.yaml `journey_fields`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import vocabulary
from ..model import DateValue, Document, DocumentFacts, Origin, overlaps

_FIELDS = frozenset({Origin.INFOBOX, Origin.FRONT_MATTER})
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")


@lru_cache(maxsize=1)
def _vocab():
    spec = vocabulary.load("fields").get("journey_fields") or {}
    heads = frozenset(str(w).casefold() for w in spec.get("heads") or ())
    ends = {"start": frozenset(str(w).casefold() for w in spec.get("start") or ()),
            "end": frozenset(str(w).casefold() for w in spec.get("end") or ())}
    stems = [re.escape(str(w)) for w in spec.get("other_moment_words") or ()]
    other = re.compile(rf"\b(?:{'|'.join(stems)})", re.IGNORECASE) if stems else None
    return heads, ends, other


def journey_ends(doc: Document, facts: DocumentFacts) -> list:
    """Start (end) statements read from a journey page's setting-out (coming-home) fields."""
    title = facts.title
    if not title:
        return []
    heads, ends, other = _vocab()
    if not heads or not heads & {w.casefold() for w in re.findall(r"[^\W\d_]+", title)}:
        return []
    topic = title.casefold()
    own = {p: [s for s in facts.statements if s.predicate == p and s.origin in _FIELDS and s.date is not None
               and (s.subject or "").casefold() == topic] for p in ends}
    out = []
    for s in facts.statements:
        if not s.predicate.startswith("field:") or s.origin not in _FIELDS or s.date is None \
                or not isinstance(s.date, DateValue) or (s.subject or "").casefold() != topic:
            continue
        key = s.predicate[len("field:"):].casefold().replace(" ", "_")
        end = next((p for p, keys in ends.items() if key in keys), None)
        if end is None or not own[end]:
            continue  # no start field to meet: a lone "departed" is its own event
        if any(overlaps(r.date, s.date) for r in own[end]):
            continue  # the same day told twice: nothing to add
        if any(_told_apart(doc, facts, r.date, s.date, other) for r in own[end]):
            continue
        out.append(replace(s, predicate=end, text=s.text))
    return out


def _told_apart(doc: Document, facts: DocumentFacts, own, named, other) -> bool:
    """Does a sentence of the page's prose give both days, or the start's (end's) day with a word of another
    moment ("assembled", "reckoned from")?"""
    text = doc.text
    starts = doc.line_starts
    for d in facts.dates:
        if d.origin is not Origin.PROSE or not overlaps(d.value, own) or _whole_span(d.value, own):
            continue
        at = starts[d.span.line - 1] + d.span.column - 1
        lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), at)), default=max(0, at - 400))
        m = _SENTENCE_END.search(text, at)
        hi = m.start() if m else min(len(text), at + 400)
        if other is not None and other.search(text, lo, hi):
            return True
        for e in facts.dates:
            if e is d or e.origin is not Origin.PROSE or e.span.path != d.span.path:
                continue
            eat = starts[e.span.line - 1] + e.span.column - 1
            if lo <= eat < hi and overlaps(e.value, named) and not overlaps(e.value, own):
                return True
    return False


def _whole_span(value, own) -> bool:
    """A year or a month that holds the day ("in 1857"): no day told."""
    return not isinstance(value, DateValue) or value.day is None and getattr(own, "day", None) is not None
