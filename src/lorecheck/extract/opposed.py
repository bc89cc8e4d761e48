"""Prose that sets two parties against each other: "Northmere and Vallmark fought together against Kestria",
"The young Republic fought its only foreign war against the Kingdom of Corvesse", "Arnhaven declared war on
Dorrenburg".

Why: a page with no side list still says who the sides are, and a party loyal to one of them for a whole
conflict acting for the other is a side conflict (checks/disjoint_sides.py). Each pair is an "oppose"
statement (subject and object the two parties, dated by the sentence's own date, a range such as
"(1914–1918)", else by a range the paragraph gives after it, the war's). Only the subject names before the verb (one, or two joined by "and") and
the name right after "against" (or "war on/with/against") count.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import DateRange, Document, Origin, Statement
from .side_lists import PARTY_NAME, SENTENCE_OR_CLAUSE

_NAME = PARTY_NAME.pattern


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern:
    """The verbs alone: a sentence without one is not tried with the whole pattern (which starts at every name)."""
    return re.compile(rf"\b(?:{vocabulary.alternation((vocabulary.load('prose').get('opposing') or {}).get('verbs') or ())})\b")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern | None:
    spec = vocabulary.load("prose").get("opposing") or {}
    verbs = vocabulary.alternation(spec.get("verbs") or ())
    if not spec.get("verbs"):
        return None
    return re.compile(rf"(?P<a>{_NAME})(?:\s+and\s+(?P<b>{_NAME}))?\s+(?:[a-z]+\s+){{0,2}}?(?:{verbs})\b"
                      rf"(?:\s+[a-z]+){{0,5}}?(?:\s+against|(?<=\bwar)\s+(?:on|with|against))\s+(?:the\s+)?(?P<c>{_NAME})")


@lru_cache(maxsize=1)
def _rising() -> re.Pattern | None:
    """"The Weir Street Rising (...) was an armed uprising against Dunmarch rule": the rising against the party."""
    risings = vocabulary.alternation((vocabulary.load("prose").get("opposing") or {}).get("risings") or ())
    if not risings:
        return None
    return re.compile(rf"(?P<a>{_NAME})(?:\s+\([^()]*\))?\s+(?:was|is)\s+(?:an?|the)\s+(?:[a-z-]+\s+){{0,2}}?"
                      rf"(?:{risings})\s+against\s+(?:the\s+)?(?P<c>{_NAME})")


@lru_cache(maxsize=1)
def _turning() -> re.Pattern | None:
    """"After the Green Front turned against the Government in November 1934": the party and the one it turned on."""
    words = (vocabulary.load("prose").get("opposing") or {}).get("turning") or ()
    if not words:
        return None
    return re.compile(rf"(?P<a>{_NAME})\s+(?:{vocabulary.alternation(words)})\s+(?:the\s+)?(?P<c>{_NAME})")


def _turned(doc: Document, block, found: list, origin: Origin) -> list[Statement]:
    """A party turning on another at a date of its own sentence ("turn_against"; an undated turn says no when)."""
    pattern = _turning()
    text = block.text
    if pattern is None or "turned" not in text and "rounded" not in text:
        return []
    out = []
    for sm in SENTENCE_OR_CLAUSE.finditer(text):
        sentence = sm.group()
        for m in pattern.finditer(sentence):
            # "After the Green Front": the opening word is no part of the name
            a = bare_name(re.sub(r"^[A-Z][a-z]+\s+the\s+(?=[A-Z])", "", m.group("a"))
                          if m.group("a").split()[0].lower() in vocabulary.word_set("prose", "not_names") else m.group("a"))
            c = bare_name(m.group("c"))
            at = sm.start()
            when = next((f for f in found if at + m.end() <= f.start < sm.end() or at <= f.start < at + m.start()), None)
            if a is None or c is None or a == c or when is None or isinstance(when.value, DateRange):
                continue
            out.append(Statement(subject=a, predicate="turn_against", object=c, date=when.value,
                                 span=doc.block_span(block, at + m.start(), at + m.end()),
                                 date_span=doc.block_span(block, when.start, when.end),
                                 origin=origin, text=m.group()[max(0, m.group().find(a)):].strip()))
    return out


def opposed(doc: Document, block, found: list, origin: Origin) -> list[Statement]:
    return _turned(doc, block, found, origin) + _opposed(doc, block, found, origin)


def _opposed(doc: Document, block, found: list, origin: Origin) -> list[Statement]:
    pattern = _pattern()
    text = block.text
    if pattern is None or ("against" not in text and " war " not in text):
        return []
    out = []
    for sm in SENTENCE_OR_CLAUSE.finditer(text):
        sentence = sm.group()
        rising = _rising() if "against" in sentence else None
        for m in rising.finditer(sentence) if rising else ():
            a, c = bare_name(m.group("a")), bare_name(m.group("c"))
            if a and c and a != c:
                out.append(Statement(subject=a, predicate="oppose", object=c, date=None,
                                     span=doc.block_span(block, sm.start() + m.start("a"), sm.start() + m.end("c")),
                                     origin=origin, text=m.group().strip()))
        if "against" not in sentence and "war " not in sentence or not _verbs().search(sentence):
            continue
        for m in pattern.finditer(sentence):
            c = bare_name(m.group("c"))
            if c is None:
                continue
            at = sm.start()
            # the sentence's own date, else a range the paragraph gives after it ("... against Corvesse. The War of
            # the Estuary lasted ... from 11 June 1794 to 20 November 1797.")
            when = next((f for f in found if at <= f.start < sm.end()), None) or \
                next((f for f in found if f.start >= sm.end() and isinstance(f.value, DateRange)), None)
            for g in ("a", "b"):
                a = bare_name(m.group(g)) if m.group(g) else None
                if a is None or a == c:
                    continue
                out.append(Statement(subject=a, predicate="oppose", object=c, date=when.value if when else None,
                                     span=doc.block_span(block, at + m.start(g), at + m.end("c")),
                                     date_span=doc.block_span(block, when.start, when.end) if when else None,
                                     origin=origin, text=m.group().strip()))
    return out


def bare_name(name: str) -> str | None:
    """A name without "The" before it; None for a word that opens sentences ("In", "Throughout")."""
    name = re.sub(r"^(?:The|A|An)\s+", "", re.sub(r"['’]s$", "", name))
    return None if not name or name.split()[0].lower() in vocabulary.word_set("prose", "not_names") else name
