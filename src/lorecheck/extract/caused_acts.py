"""An act told as following an instrument or a ruling that it names only by its noun: "Joint crew training, which
began in February 1976 as a direct result of the agreement", "lodged an appeal in February 1824 against the
judgment", "The council ratified the treaty on 2 August 1648", "The Act received assent on 12 April 1834, and the
first dues under it were collected on 1 January 1834".

The noun names one thing of the document: its date is the one date of the document's other sentences that name
it with one date of their own ("Judgment was given on 12 May 1824", "signed the Accord agreement on 24 May 1976");
a noun dated twice differently (two treaties, a judgment and its reversal) dates nothing. Each pair becomes a
statement "sequence:anchor" and one "sequence:sequel" sharing a `row` (as extract/sequels.py), and checks/order.py
reports an act dated wholly before what it follows. Words and verbs: vocabulary stages.yaml `caused_*`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import DateValue, Document, DocumentFacts, Origin, Statement
from ..vocabulary import alternation
from .sentences import sentence_spans
from .sequels import _SENTENCE_END, _plain


# words between a making verb and its noun that make the noun another thing's ("signed the letter about the treaty")
_NOT_MODIFIERS = r"(?:of|about|for|to|on|in|with|against|from|by|and|or|that|which|a|an|the)"


@lru_cache(maxsize=1)
def _spec():
    """(any noun, a link or verb before "the <noun>", a link before "it") or None."""
    data = vocabulary.load("stages") or {}
    nouns, links, verbs, against, making = (data.get(k) or () for k in (
        "caused_nouns", "caused_links", "caused_verbs", "caused_against", "caused_making_verbs"))
    if not nouns or not (links or verbs):
        return None
    noun = alternation([str(n) for n in nouns])
    link = alternation([str(w) for w in links]).replace(r"\ ", r"\s+")
    verb = alternation([str(w) for w in verbs]).replace(r"\ ", r"\s+")
    appeal = rf"(?:{alternation([str(w) for w in against])})\b[^.;:]{{0,60}}?\bagainst" if against else "(?!)"
    named = re.compile(rf"\b(?:(?P<link>{link})|{verb}|{appeal})\s+(?:the|this|that|its|his|her|their)\s+"
                       rf"(?:[A-Z][\w'’-]*\s+){{0,3}}(?P<noun>{noun})\b(?![\w'’-])", re.I)
    pronoun = re.compile(rf"\b(?:{alternation([str(w) for w in links])})\s+it\b".replace(r"\ ", r"\s+"), re.I)
    gate = re.compile(rf"\b(?:{noun})\b", re.I)
    made = re.compile(rf"^\W*(?:(?:On|In)\s[^,]{{1,30}}?,?\s+)?(?:(?:The|His|Her|Its|Their|This|That)\s+)?"
                      rf"[\[\]'\"*\s]*(?:[A-Z][\w'’-]*\s+){{0,3}}$"
                      rf"|\b(?i:{alternation([str(w) for w in making])})\s+(?i:(?:the|his|her|its|their|this|that)\s+)?"
                      rf"[\[\]'\"*\s]*(?:(?!(?i:{_NOT_MODIFIERS})\s)[\w'’-]+\s+){{0,2}}$")
    return gate, named, pronoun, made, re.compile(rf"^\W*(?:The|This|That|Its|His|Her|Their)\s+(?:[A-Z][\w'’-]*\s+){{0,4}}"
                                            rf"(?P<noun>{noun})\b", re.I)


class CausedActReader:
    """Collects, block by block, the dated sentences that name a noun and the acts told as following one; pairs
    them when the document has been read."""

    def __init__(self, doc: Document, facts: DocumentFacts):
        self.doc, self.facts = doc, facts
        self.dated: dict[str, dict[str, tuple]] = {}  # noun -> str(date) -> (date, span)
        self.acts: list[tuple] = []  # (noun, date, span of the clause, date span, words, row)

    def read(self, block, found, origin: Origin) -> None:
        spec = _spec()
        if spec is None or not found or spec[0].search(block.text) is None:
            return
        gate, named, pronoun, made, opening = spec
        text = block.text
        ordered = sorted(found, key=lambda f: f.start)
        lo = 0  # dates before index lo start before the current sentence (one walk over the block's dates)
        for start, end in sentence_spans(text, _SENTENCE_END):
            while lo < len(ordered) and ordered[lo].start < start:
                lo += 1
            hi = lo
            while hi < len(ordered) and ordered[hi].start < end:
                hi += 1
            dates = [f for f in ordered[lo:hi] if f.end <= end]
            if not dates or gate.search(text, start, end) is None:
                continue
            row = f"caused:{block.file_offset(start)}"
            link = named.search(text, start, end)
            if link is not None:
                # the act's one date, in the link's clause (no other date in the sentence)
                # "after the treaty was signed on D", "following the truce of D": the date is the noun's own
                own = link.group("link") and dates[0].start >= link.end() and "," not in text[link.end():dates[0].start]
                if len(dates) == 1 and _plain(dates[0], found) and not own:
                    f = dates[0]
                    self.acts.append((link.group("noun").casefold(), f.value, self.doc.block_span(block, start, f.end),
                                      self.doc.block_span(block, f.start, f.end), text[link.start():link.end()],
                                      row, origin))
                continue
            it = pronoun.search(text, start, end)
            opened = opening.match(text, start, end)
            if it is not None:
                # "The Act ... received assent on D, and the first dues under it were collected on D2"
                before = [f for f in dates if f.end <= it.start()]
                after = [f for f in dates if f.start >= it.end()]
                if opened is not None and len(before) == 1 and len(after) == 1 \
                        and _plain(before[0], found) and _plain(after[0], found) \
                        and not re.search(r"[;:]", text[before[0].end:after[0].start]):
                    self._pair(block, before[0], after[0], text[it.start():it.end()], row, origin, start)
                continue
            if len(dates) == 1 and _plain(dates[0], found) and isinstance(dates[0].value, DateValue):
                for m in gate.finditer(text, start, end):
                    # "Judgment was given on D", "signed the Accord agreement on D": the noun's own making
                    prefix = text[max(start, m.start() - 150):m.start()].replace(chr(10), " ")
                    if (made.search(prefix) if m.start() - start <= 150 else made.search(prefix, 1)) is not None \
                            and not re.search(r"[;:]", text[min(m.start(), dates[0].start):max(m.end(), dates[0].end)]):
                        f = dates[0]
                        self.dated.setdefault(m.group(0).casefold(), {}).setdefault(
                            str(f.value), (f.value, self.doc.block_span(block, f.start, f.end)))

    def _pair(self, block, anchor, act, words, row, origin, start) -> None:
        for f, stage in ((anchor, "anchor"), (act, "sequel")):
            self.facts.statements.append(Statement(
                subject="", predicate=f"sequence:{stage}", object=None, date=f.value,
                span=self.doc.block_span(block, start, f.end), origin=origin,
                date_span=self.doc.block_span(block, f.start, f.end), text=words, row=row))

    def finish(self) -> None:
        for noun, when, span, date_span, words, row, origin in self.acts:
            told = self.dated.get(noun) or {}
            if len(told) != 1:
                continue  # never dated, or dated twice differently: which is it?
            (anchor, anchor_span), = told.values()
            for value, stage, where, at in ((anchor, "anchor", anchor_span, anchor_span), (when, "sequel", span, date_span)):
                self.facts.statements.append(Statement(
                    subject="", predicate=f"sequence:{stage}", object=None, date=value, span=where, origin=origin,
                    date_span=at, text=words, row=row))
