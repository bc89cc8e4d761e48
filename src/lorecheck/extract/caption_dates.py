"""A caption and the text beside it dating one happening: "The Battle of Hessleby, detail of a painting, 29 June
1741" over "On 19 June 1741 Holtzfelt met the ducal army at Hessleby"; "Troops at the pithead on the day of the
shooting, 13 April 1911" over "The shooting at the pithead on 14 April 1911 was ...".

A caption dates what it shows by its one day. What it shows is a named fight or occasion ("the Battle of X", with
the place X the text tells it at), or an occurrence noun after "the day of the" or opening the caption ("the
shooting", "the landing"). The prose block right after the caption (else the one before it), in the same section,
that tells that happening with one day of its own dates it too: both become "happen" statements of one name, so
the conflicting-date rule meets them. A caption of the day before or after ("the eve of the battle", "the morning
after the shooting") shows another day, and is not read.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..vocabulary import alternation
from ..model import Block, BlockKind, DateValue, Document, DocumentFacts, Origin, Statement
from .dates import FoundDate
from .sentences import prose_sentences

_CAP = r"[A-Z][\w'’-]+"


@lru_cache(maxsize=1)
def _spec() -> dict:
    return vocabulary.load("prose").get("caption_happenings") or {}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    spec = _spec()
    heads, nouns = [str(h) for h in spec.get("heads") or ()], [str(n) for n in spec.get("nouns") or ()]
    others = [str(w) for w in spec.get("other_day_words") or ()]
    if not heads or not nouns:
        return None
    named = re.compile(rf"\b(?P<name>(?:{alternation(heads)})\s+(?:of|at)\s+(?:the\s+)?(?P<place>{_CAP}(?:\s+{_CAP})*))")
    noun = re.compile(rf"(?:\b(?:day|date)\s+of\s+the\s+|^(?:The\s+)?)(?P<noun>{alternation(nouns)})\b", re.I)
    other = re.compile(rf"\b(?:{alternation(others)})\b", re.I)
    return named, noun, other


def _day(f: FoundDate) -> bool:
    return isinstance(f.value, DateValue) and f.value.day is not None and f.value.year is not None


class CaptionDateReader:
    """Collects captions, prose blocks and headings in order; pairs them once all are read."""

    def __init__(self, doc: Document, facts: DocumentFacts):
        self.doc = doc
        self.facts = facts
        self.seq: list[tuple[Block, list[FoundDate], Origin | None]] = []
        self.any_caption = False

    def read(self, block: Block, found: list[FoundDate], origin: Origin | None) -> None:
        if block.kind is BlockKind.CAPTION:
            self.any_caption = True
        self.seq.append((block, found, origin))

    def finish(self) -> None:
        pats = _patterns()
        if not self.any_caption or pats is None:
            return
        for i, (block, found, origin) in enumerate(self.seq):
            if block.kind is not BlockKind.CAPTION:
                continue
            days = [f for f in found if _day(f)]
            if len(days) != 1 or len(found) != 1:
                continue
            shown = self._shown(block.text[:days[0].start], pats)
            if shown is None:
                continue
            for j in self._beside(i):
                told = self._told(self.seq[j][0], self.seq[j][1], shown)
                if told is None:
                    continue
                name = shown[0]
                self._state(block, days[0], name, Origin.CAPTION, 0)
                pblock, f, at = told
                self._state(pblock, f, name, self.seq[j][2] or Origin.PROSE, at)
                break

    def _shown(self, text: str, pats) -> tuple[str, str | None, str | None] | None:
        """(name, place, noun) of what a caption shows, from its words before its date."""
        named, noun, other = pats
        if other.search(text):
            return None  # "on the eve of the battle": another day
        m = named.search(text)
        if m is not None:
            return m.group("name"), m.group("place"), None
        m = noun.search(text)
        if m is not None:
            title = self.facts.title or self.doc.path
            return f"{m.group('noun').casefold()} ({title})", None, m.group("noun").casefold()
        return None

    def _beside(self, i: int) -> list[int]:
        """The prose block right after caption i and the one right before it, within its section."""
        out = []
        for step in (1, -1):
            j = i + step
            while 0 <= j < len(self.seq) and self.seq[j][0].kind is BlockKind.CAPTION:
                j += step
            if 0 <= j < len(self.seq) and self.seq[j][0].kind is BlockKind.PARAGRAPH and self.seq[j][2] is Origin.PROSE:
                out.append(j)
        return out

    def _told(self, block: Block, found: list[FoundDate], shown) -> tuple[Block, FoundDate, int] | None:
        """The day the block's first sentence that tells the shown happening gives it, if it gives one day."""
        name, place, noun = shown
        text = block.text
        for a, b in prose_sentences(text):
            days = [f for f in found if a <= f.start < b and _day(f)]
            if not days:
                continue
            seg = text[a:b]
            if place is not None:
                if name not in seg and not re.search(rf"\b(?:at|near|of|by)\s+(?:the\s+)?{re.escape(place)}\b", seg):
                    continue
                if len(days) != 1:
                    return None
                return block, days[0], a
            m = re.search(rf"\b[Tt]he\s+{re.escape(noun)}\b", seg)
            if m is None:
                continue
            after = [f for f in days if f.start >= a + m.end() and f.start - (a + m.end()) <= 60
                     and not re.search(r"[;:.]", text[a + m.end():f.start])]
            if len(after) != 1 or len(days) != 1:
                return None
            return block, after[0], a + m.start()
        return None

    def _state(self, block: Block, f: FoundDate, name: str, origin: Origin, at: int) -> None:
        self.facts.statements.append(Statement(
            subject=name, predicate="happen", object=None, date=f.value,
            span=self.doc.block_span(block, at, f.end), date_span=self.doc.block_span(block, f.start, f.end),
            origin=origin, text=block.text[f.start:f.end], event=name))
