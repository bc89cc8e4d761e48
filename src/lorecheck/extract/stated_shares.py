"""A cut or a rise told as a share in the prose of two documents: "a twelve per cent cut in dock wages" on the
company's page, "the board cut dock wages by 9 per cent" in the strike's note, the same month of the same year.

The shapes: "a N per cent <change> in/of <thing>", "a <change> of N per cent in <thing>", "a N per cent <thing>
<change>" ("a 9% wage cut"), "<verb> <thing> by N per cent" and "<thing> were <verb> by N per cent"; the change is
one of the vocabulary's (measures.yaml `stated_shares`), each a fall or a rise. The thing is the lower-case words
before the next preposition or clause ("dock wages", "the bread ration"), each by its stem; two documents'
shares meet only when their things are the same words (dock wages are not wages of the mines). Each share is
dated by its sentence's year and month, else by the last date the page told before it. A bound ("up to 10 per
cent") gives nothing.

Each share becomes a Quantity of measure "share:<fall|rise>:<thing>", compared across documents by
checks/cross_document.py (a year's cut is not another year's).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .. import vocabulary
from ..model import BlockKind, DateRange, DateValue, Document, Origin, Quantity
from ..vocabulary import alternation
from .count_mentions import count_qualifier
from .dates import DateContext, find_dates
from .measures import figure_sentences, word_stem
from .numbers import DIGITS, number_value

# words that make no thing: "along with a general increase of 41%", "a further cut of 5 per cent"
_NOT_THINGS = frozenset({"with", "along", "of", "in", "to", "for", "by", "on", "at", "from", "and", "or", "but", "as",
                         "general", "further", "total", "overall", "sharp", "small", "large", "modest", "slight",
                         "steep", "average", "annual", "new", "second", "first", "another", "was", "were", "is",
                         "be", "been", "had", "has", "have", "which", "who", "it", "they", "he", "she", "we"})
_NOUN_OF = {"fall": "cut", "rise": "rise"}
_DETERMINERS = frozenset({"the", "a", "an", "all", "its", "their", "his", "her", "our", "this", "that", "these", "those"})


@lru_cache(maxsize=1)
def _spec() -> dict:
    spec = (vocabulary.load("measures") or {}).get("stated_shares") or {}
    nouns = {str(w).lower(): str(d) for d, ws in (spec.get("nouns") or {}).items() for w in ws or ()}
    verbs = {str(w).lower(): str(d) for d, ws in (spec.get("verbs") or {}).items() for w in ws or ()}
    num = rf"(?P<num>{DIGITS}|[a-z]+(?:-[a-z]+)?)"
    pct = rf"{num}(?:\s*%|\s+per\s*cent\b|\s+percent\b)"
    thing = r"(?P<thing>(?:[a-z][a-z'’-]*\s+){0,2}?[a-z][a-z'’-]+)"
    stop = r"(?=\s*(?:[,;.:)(]|$|\s(?:at|on|in|from|to|for|by|of|and|with|after|before|which|that|was|were|as|when|led|took|came|began|caused|had)\b|\s[a-z]+ed\b))"
    noun, verb = alternation(nouns), alternation(verbs)
    return {
        "nouns": nouns, "verbs": verbs,
        "shapes": [
            re.compile(rf"\b{pct}\s+(?P<change>{noun})\s+(?:in|of|to)\s+{thing}{stop}"),
            re.compile(rf"\b(?P<change>{noun})\s+of\s+{pct}\s+(?:in|to)\s+{thing}{stop}"),
            re.compile(rf"\b{pct}\s+{thing}\s+(?P<change>{noun})\b"),
            re.compile(rf"\b{thing}\s+(?P<change>{noun})\s+of\s+{pct}"),
            re.compile(rf"\b(?P<change>{verb})\s+{thing}\s+by\s+{pct}"),
            re.compile(rf"\b{thing}\s+(?:were|was|had\s+been|have\s+been|would\s+be)\s+(?P<change>{verb})\s+by\s+{pct}"),
        ],
    }


def _thing(words: str) -> str:
    words = [w for w in words.lower().split() if w not in _DETERMINERS]
    if any(w in _NOT_THINGS for w in words):
        return ""
    return " ".join(word_stem(w) for w in words)


def _told(facts) -> list[tuple[tuple[int, int], DateValue]]:
    out = []
    for d in facts.dates:
        v = d.value.start if isinstance(d.value, DateRange) else d.value
        if isinstance(v, DateValue) and v.month is not None and not v.bc:
            out.append(((d.span.line, d.span.column), v))
    return sorted(out, key=lambda x: x[0])


def stated_shares(doc: Document, facts, prose_kinds) -> list[Quantity]:
    spec = _spec()
    if not spec["nouns"] and not spec["verbs"]:
        return []
    told = None
    out: list[Quantity] = []
    for b in doc.blocks:
        if prose_kinds.get(b.kind) is not Origin.PROSE or b.kind is BlockKind.TABLE_CELL:
            continue
        if "cent" not in b.text and "%" not in b.text:
            continue
        for s, e in figure_sentences(b):
            text = b.text[s:e]
            taken: list[tuple[int, int]] = []
            for shape in spec["shapes"]:
                for m in shape.finditer(text):
                    if any(a <= m.start("num") < z for a, z in taken):
                        continue
                    value = number_value(m.group("num"))
                    qual, bound = count_qualifier(text[max(0, m.start() - 25):m.start()])
                    if value is None or bound:
                        continue
                    change = m.group("change").lower()
                    direction = spec["nouns"].get(change) or spec["verbs"].get(change)
                    thing = _thing(m.group("thing"))
                    if not direction or not thing or thing in spec["nouns"] or thing in spec["verbs"]:
                        continue
                    taken.append((m.start(), m.end()))
                    span = doc.block_span(b, s + m.start("num"), s + m.end("num"))
                    when = _nearest(text, m.start("num"))
                    if when is None:  # the story's month: the last date the page told before it
                        if told is None:
                            told = _told(facts)
                        k = bisect_left(told, (span.line, span.column), key=lambda x: x[0])
                        when = told[k - 1][1] if k else None
                    if when is None:
                        continue  # a share of no known month is compared with none
                    out.append(Quantity(measure=f"share:{direction}:{thing}", label=f"{_NOUN_OF[direction]} in {m.group('thing')}",
                                        value=float(value), qualifier=qual, span=span, origin=Origin.PROSE,
                                        subject=None, when=DateValue(when.year, when.month)))
    return out


def _nearest(text: str, at: int) -> DateValue | None:
    """The date of the sentence nearest to text[at] that names its year."""
    best = None
    for f in find_dates(text, DateContext()):
        v = f.value.start if isinstance(f.value, DateRange) else f.value
        if isinstance(v, DateValue) and v.year and not f.year_from_context and not v.bc:
            gap = min(abs(f.start - at), abs(f.end - at))
            if best is None or gap < best[0]:
                best = (gap, v)
    return best[1] if best else None
