"""The works of a siege told on the siege's own page: "The great bombard opened a breach beside the Mill Tower on
4 September", "the besiegers stormed the breach on D", "a mine was sprung under the Fishers' Gate on D". Breaching
and storming the walls, mining under them, assaulting the place: acts against the place besieged, which belong to
the siege whatever section tells them. Each becomes a `during` statement of the page's siege, so that the
within-span rule sees a breach dated after the siege was lifted.

Not read: a page that is no siege's ("Siege of P" is its title), a sentence that names another siege or a later
taking ("retook", "again", "second siege", "years later"), and a date that is not the clause's own (only a
preposition phrase between the act and its date, or "On D," opening the clause).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import Block, Document, Origin, Statement
from ..vocabulary import alternation
from .sentences import stopped_sentences

_TO_DATE = re.compile(r"[^,;.()]{0,70}$")  # "beside the Mill Tower on": no clause break before the date
_OPENS_ON = re.compile(r"\s*(?:[Oo]n|[Bb]y|[Ee]arly\s+on|[Ll]ate\s+on)\s*$")
_LATER = re.compile(r"\b(?:retook|retaken|recaptured|again|second\s+siege|later\s+siege|years\s+later|afterwards|"
                    r"after\s+the\s+siege|had\s+been\s+lifted|was\s+lifted|was\s+raised|anniversary|memorial)\b", re.I)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern | None:
    acts = (vocabulary.load("prose").get("siege_acts") or {}).get("acts") or ()
    return re.compile(rf"\b(?:{alternation(acts)})\b") if acts else None


def _page_siege(title: str | None) -> str | None:
    m = re.fullmatch(r"(?:First\s+|Second\s+|Third\s+)?Siege\s+of\s+[A-Z][\w'’ -]*", (title or "").strip())
    return m.group(0) if m else None


def siege_acts(doc: Document, block: Block, found, origin: Origin, title: str | None) -> list[Statement]:
    """`during` statements of the page's siege for the siege works the block dates."""
    siege = _page_siege(title)
    pattern = _pattern()
    if siege is None or pattern is None or not found:
        return []
    text = block.text
    if pattern.search(text) is None:  # no siege work in the block (most): no sentence to read
        return []
    out: list[Statement] = []
    for sentence_start, end in stopped_sentences(text):
        m = pattern.search(text, sentence_start, end)
        if m is None:
            continue
        sentence = text[sentence_start:end]
        if _LATER.search(sentence) or re.search(r"\bSiege\s+of\b", sentence):
            continue
        clause_start = max(sentence_start, *(c.end() for c in re.finditer(r"[;]|,\s+but\b|,\s+and\b", text[:m.start()])
                                            if c.end() > sentence_start), sentence_start)
        when = next((f for f in found if m.end() <= f.start < end and _TO_DATE.match(text[m.end():f.start])), None)
        if when is None:  # "On 4 September the besiegers stormed the breach"
            when = next((f for f in found if clause_start <= f.start < m.start()
                         and _OPENS_ON.match(text[clause_start:f.start])), None)
        if when is None or when.value is None or getattr(when.value, "precision", "day") != "day":
            continue
        out.append(Statement(subject=sentence.strip()[:80], predicate="during", object=siege, date=when.value,
                             span=doc.block_span(block, sentence_start, end),
                             date_span=doc.block_span(block, when.start, when.end), origin=origin,
                             text=sentence.strip()[:160]))
    return out
