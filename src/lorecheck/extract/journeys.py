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
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from .. import vocabulary
from ..model import FIELD_ORIGINS, DateValue, Document, DocumentFacts, Origin, overlaps
from .sentences import CLAUSE_STOP



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
    own = {p: [s for s in facts.statements if s.predicate == p and s.origin in FIELD_ORIGINS and s.date is not None
               and (s.subject or "").casefold() == topic] for p in ends}
    out = []
    prose = None
    for s in facts.statements:
        if not s.predicate.startswith("field:") or s.origin not in FIELD_ORIGINS or s.date is None \
                or not isinstance(s.date, DateValue) or (s.subject or "").casefold() != topic:
            continue
        key = s.predicate[len("field:"):].casefold().replace(" ", "_")
        end = next((p for p, keys in ends.items() if key in keys), None)
        if end is None or not own[end]:
            continue  # no start field to meet: a lone "departed" is its own event
        if any(overlaps(r.date, s.date) for r in own[end]):
            continue  # the same day told twice: nothing to add
        if prose is None:
            prose = _Prose(doc, facts, other)
        if any(prose.told_apart(r.date, s.date) for r in own[end]):
            continue
        out.append(replace(s, predicate=end, text=s.text))
    return out


class _Prose:
    """A page's prose dates by offset, its sentence stops and its words of another moment, found once: a page
    with many dates is read in one pass, not once a date."""

    def __init__(self, doc: Document, facts: DocumentFacts, other) -> None:
        text, starts = doc.text, doc.line_starts
        self.text = text
        self.dates = sorted(((starts[d.span.line - 1] + d.span.column - 1, n, d) for n, d in enumerate(facts.dates)
                             if d.origin is Origin.PROSE), key=lambda t: t[:2])
        self.offsets = [t[0] for t in self.dates]
        self.stops = [m.start() for m in CLAUSE_STOP.finditer(text)]
        self.other = other
        self.others = [m.start() for m in other.finditer(text)] if other is not None else None

    def told_apart(self, own, named) -> bool:
        """Does a sentence of the page's prose give both days, or the start's (end's) day with a word of another
        moment ("assembled", "reckoned from")?"""
        text = self.text
        for at, _, d in self.dates:
            if not overlaps(d.value, own) or _whole_span(d.value, own):
                continue
            lo = max((m.end() for m in CLAUSE_STOP.finditer(text, max(0, at - 400), at)), default=max(0, at - 400))
            k = bisect_left(self.stops, at)
            hi = self.stops[k] if k < len(self.stops) else min(len(text), at + 400)
            if self.others is not None:
                k = bisect_left(self.others, lo)
                if k < len(self.others) and self.others[k] < hi and self.other.match(text, self.others[k], hi):
                    return True
            for k in range(bisect_left(self.offsets, lo), bisect_left(self.offsets, hi)):
                e = self.dates[k][2]
                if e is not d and e.span.path == d.span.path and overlaps(e.value, named) and not overlaps(e.value, own):
                    return True
        return False


def _whole_span(value, own) -> bool:
    """A year or a month that holds the day ("in 1857"): no day told."""
    return not isinstance(value, DateValue) or value.day is None and getattr(own, "day", None) is not None
