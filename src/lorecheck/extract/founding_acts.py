"""A founding told by its document: "the duke sealed the founding charter on 8 October 1544", "the deed of
foundation was signed on D". The page's founding field dates the same act ("established: 18 October 1544
(charter)"), so the sentence gives the page subject's founding date (predicate "founded").

Only the founding document of the page's own subject: "the founding charter of the Velsk Bridge Company"
is another body's, and a later act on a charter ("confirmed", "renewed") is no founding. Vocabulary:
prose.yaml `founding_acts`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..vocabulary import alternation
from ..model import Block, Document, Origin, Statement
from .sentences import SENTENCE_END, sentence_start



@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, tuple[str, ...]] | None:
    spec = vocabulary.load("prose").get("founding_acts") or {}
    documents, verbs = spec.get("documents") or (), spec.get("verbs") or ()
    if not documents or not verbs:
        return None
    doc = rf"(?:(?:founding|foundation)\s+(?:{alternation(documents)})|(?:{alternation(documents)})\s+of\s+foundation)"
    verb = rf"(?:{alternation(verbs)})"
    # "sealed the founding charter", "the founding charter was sealed", "the deed of foundation ... signed"
    pattern = re.compile(rf"\b{verb}\s+(?:the|its|a)\s+(?P<a>{doc})\b(?!\s+of\s+(?:the\s+)?[A-Z])"
                         rf"|\b[Tt]he\s+(?P<b>{doc})(?!\s+of\s+(?:the\s+)?[A-Z])(?:\s+\S+){{0,2}}?\s+(?:was|were)\s+"
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
