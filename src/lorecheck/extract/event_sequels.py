"""A sentence opened by "After the battle," / "Following the siege," tells what came after the battle its section told
before: "Halvard was killed on 17 July, on the second day of the battle. ... Following the battle, the brigade was
withdrawn to Vintrago, arriving there on 9 July". The event is the noun's last dated mention in the same section
(a sentence naming the noun with one day-precise date, not "before the battle"), and the opening sentence's first
date in its own words is after it. The pair becomes the statements "sequence:anchor" and "sequence:sequel" sharing a
`row`, which checks/order.py reports when the later one is dated wholly before the event.
"""
from __future__ import annotations

import re

from .. import vocabulary
from ..model import DateValue, Origin, Statement
from .sentences import sentence_spans

_SENTENCE_END = re.compile(r"[.!?](?<!\bNo\.)(?<!\bSt\.)(?<!\bMr\.)(?<!\bDr\.)(?=\s+[\"'“(]*[A-Z0-9]|\s*$)")
_EVENTS = ("battle", "siege", "engagement", "assault", "skirmish", "strike", "lockout", "fire", "flood", "storm",
           "mutiny", "riot", "rising", "uprising", "revolt", "coup", "raid", "sortie", "ambush", "landing",
           "retreat", "wedding", "coronation", "funeral", "conference", "congress", "synod", "council", "election")
_EVENT = "|".join(_EVENTS)
_EVENT_GATE = vocabulary.WordGate(_EVENTS)  # before _NOT_ITS_DATE and _NOUN, which need one of the nouns
_OPENS = re.compile(rf"\s*[\"'“(]*(?:[Aa]fter|[Ff]ollowing|[Ii]n\s+the\s+(?:aftermath|wake)\s+of)\s+the\s+({_EVENT})\s*,\s+")
_NOUN = re.compile(rf"\b(?:the|that|this)\s+({_EVENT})\b", re.I)
# a mention that dates something else: "before the battle", "the anniversary of the battle", "a memorial to the battle"
_NOT_ITS_DATE = re.compile(rf"\b(?:before|until|after|following|since|anniversary|memorial|monument|centenary|"
                           rf"remembrance|account|history|histories)\b[^.;]{{0,30}}\b(?:{_EVENT})\b", re.I)
_STOPS = re.compile(r"[;()\[\]]|\b(?:who|whom|whose|which|that|had|already|earlier|previously|before|by|until|till|"
                    r"since|when|while|where)\b", re.I)


def _day(f) -> DateValue | None:
    v = f.value
    if not isinstance(v, DateValue) or not v.valid or v.day is None or f.circa or f.mod is not None or v.mod:
        return None
    return v


class EventSequelReader:
    def __init__(self, doc, facts):
        self.doc = doc
        self.facts = facts
        self.last: dict[str, tuple] = {}  # event noun -> (value, statement span, date span) of its last dated mention

    def heading(self) -> None:
        self.last = {}  # a new section tells another story

    def read(self, block, found, origin: Origin) -> None:
        text = block.text
        low = text.lower()
        if not any(e in low for e in _EVENTS):
            return
        for start, end in sentence_spans(text, _SENTENCE_END):
            dates = [f for f in found if start <= f.start and f.end <= end]
            opened = _OPENS.match(text, start)
            if opened is not None and dates:
                noun = opened.group(1).lower()
                event = self.last.get(noun)
                first = dates[0]
                v = _day(first)
                if event is not None and v is not None and len(text[opened.end():first.start]) <= 140 \
                        and not _STOPS.search(text, opened.end(), first.start) \
                        and re.search(r"\b(?:on|in)\s+$", text[opened.end():first.start]):
                    value, span, date_span = event
                    row = f"event-sequel:{block.file_offset(start)}"
                    words = f"after the {noun}"
                    self.facts.statements.append(Statement(
                        subject="", predicate="sequence:anchor", object=None, date=value, span=span, origin=origin,
                        date_span=date_span, text=words, row=row))
                    self.facts.statements.append(Statement(
                        subject="", predicate="sequence:sequel", object=None, date=v,
                        span=self.doc.block_span(block, opened.start(1), first.end), origin=origin,
                        date_span=self.doc.block_span(block, first.start, first.end), text=words, row=row))
                continue
            if not _EVENT_GATE(text[start:end]) or _NOT_ITS_DATE.search(text, start, end):
                continue  # (no event noun in the sentence: no mention of one to keep, and _NOUN finds none)
            nouns = {m.group(1).lower() for m in _NOUN.finditer(text, start, end)}
            days = [f for f in dates if _day(f) is not None]
            if not nouns or len(days) != 1 or len(dates) != 1:
                continue
            f = days[0]
            for noun in nouns:
                self.last[noun] = (f.value, self.doc.block_span(block, start, end),
                                   self.doc.block_span(block, f.start, f.end))
