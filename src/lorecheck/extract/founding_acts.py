"""A founding told by its document: "the duke sealed the founding charter on 5 March 1519", "the deed of
foundation was signed on D", "Its founding instrument, the Charter of Thornmead, was sealed on D"; and a founding
told by its noun, "since its foundation in 1108, the Order had ...", "the foundation of the Order in 1108". The page's founding field dates the same act ("established: 5 March 1519
(charter)"), so the sentence gives the page subject's founding date (predicate "founded").

Only the founding document of the page's own subject: "the founding charter of the Velsk Bridge Company"
is another body's, and a later act on a charter ("confirmed", "renewed") is no founding. "Its foundation" is
the page subject's only in a sentence that names the subject by its head noun ("the Order") and names no one
before "its"; "the foundation of X" only when X is the page subject. Vocabulary:
prose.yaml `founding_acts`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..vocabulary import alternation
from ..model import Block, Document, Origin, Statement
from .calendars import without_older_calendar
from .sentences import SENTENCE_END, sentence_start



@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, tuple[str, ...]] | None:
    spec = vocabulary.load("prose").get("founding_acts") or {}
    documents, verbs = spec.get("documents") or (), spec.get("verbs") or ()
    if not documents or not verbs:
        return None
    doc = rf"(?:(?:founding|foundation)\s+(?:{alternation(documents)})|(?:{alternation(documents)})\s+of\s+foundation)"
    verb = rf"(?:{alternation(verbs)})"
    # "sealed the founding charter", "the founding charter was sealed", "the deed of foundation ... signed",
    # "Its founding instrument, the Charter of Thornmead, was sealed"
    pattern = re.compile(rf"\b{verb}\s+(?:the|its|a)\s+(?P<a>{doc})\b(?!\s+of\s+(?:the\s+)?[A-Z])"
                         rf"|\b(?:[Tt]he|[Ii]ts)\s+(?P<b>{doc})(?!\s+of\s+(?:the\s+)?[A-Z])"
                         rf"(?:,\s+the\s+[^,;.()]{{1,60}},|(?:\s+\S+){{0,2}}?)\s+(?:was|were)\s+"
                         rf"(?:[a-z]+\s+){{0,2}}?{verb}\b")
    return pattern, tuple(str(w).lower() for w in documents)


def founding_acts(doc: Document, block: Block, found, origin: Origin, title: str | None) -> list[Statement]:
    """"founded" statements of the page's subject, one per sentence that dates its founding document."""
    spec = _pattern()
    if spec is None or not found or not title:
        return []
    pattern, documents = spec
    low = block.text.lower()
    if "found" not in low or not any(d in low for d in documents):
        return []
    text = block.text
    found = without_older_calendar(text, found)  # "sealed on 21 May 1683 (O.S.), that is 31 May 1683"
    out = []
    for m in pattern.finditer(text):
        end = SENTENCE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        start = sentence_start(text, m.start())
        when = next((f for f in found if start <= f.start < stop and not f.year_from_context
                     and not re.search(r"\b(?:until|till|to|by)\s*$", text[start:f.start])), None)
        if when is None:
            continue
        out.append(Statement(subject=title, predicate="founded", object=None, date=when.value,
                             span=doc.block_span(block, m.start(), stop), origin=origin,
                             date_span=doc.block_span(block, when.start, when.end), text=text[m.start():stop]))
    return out


# "its foundation in 1108", "the founding of the Order on D": the noun, then the date it is dated by
_FOUNDATION = re.compile(r"\b(?P<det>[Ii]ts|[Tt]he)\s+(?:foundation|founding|establishment)"
                         r"(?:\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*))?\s+(?:in|on)\s+$")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _head(title: str) -> str:
    """The page subject's head noun: "Order of Saint Ethelun" -> "order", "Oakenvale League" -> "league"."""
    head_part = re.split(r"\s+of\s+", title, maxsplit=1)[0].split()
    return head_part[-1].casefold() if head_part else ""


def foundation_nouns(doc: Document, block: Block, found, origin: Origin, title: str | None) -> list[Statement]:
    """"founded" statements of the page's subject, from "its foundation in D" and "the foundation of <subject> in D"."""
    if not found or not title or "found" not in block.text:
        return []
    text = block.text
    head = _head(title)
    out = []
    for f in without_older_calendar(text, found):
        if f.year_from_context:
            continue
        m = _FOUNDATION.search(text, max(0, f.start - 120), f.start)
        if m is None:
            continue
        a = sentence_start(text, m.start())
        end = SENTENCE_END.search(text, f.end)
        b = end.start() if end else len(text)
        if m.group("of"):
            named = m.group("of").removeprefix("the ").strip()
            if named != title and named.casefold() != head:
                continue  # "the foundation of the Velsk Company in 1519": another body's
        elif m.group("det").casefold() == "its":
            before = [w for w in _CAPITALISED.findall(text, a, m.start()) if w.casefold() not in _OPENERS]
            if before or not re.search(rf"\b(?:the\s+{re.escape(head)}|{re.escape(title)})\b", text[a:b], re.I):
                continue  # "Brodie confirmed its foundation": whose "its" is, the sentence does not say
        else:
            continue  # "the foundation in 1126": of what, the phrase does not say
        out.append(Statement(subject=title, predicate="founded", object=None, date=f.value,
                             span=doc.block_span(block, m.start(), b), origin=origin,
                             date_span=doc.block_span(block, f.start, f.end), text=text[m.start():f.end]))
    return out


# capitalised words that open a sentence without naming anyone
_OPENERS = frozenset({"since", "after", "before", "from", "at", "on", "in", "by", "until", "within", "soon", "only",
                      "even", "ever", "its", "the", "for", "during", "shortly"})
