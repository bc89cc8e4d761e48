"""A place closed and reopened: "On 22 August 1931 the academy was closed ... The academy reopened on 5 January
1931", "The theatre was closed in 1940 and reopened in 1938", "the Corn Exchange shut its doors on D; ... the
Exchange was reopened on D'". A reopening comes after the closing of the same thing told before it; the pair
becomes the statements "sequence:anchor" (the closing) and "sequence:sequel" (the reopening) sharing a `row`,
which checks/order.py reports when the reopening is dated wholly before the closing.

The same thing is the same head noun ("the academy", "the Vell Academy", "the Exchange") told with its own verb,
no pronoun. A reopening is paired only with the nearest closing of that noun told before it in the same section:
a page may tell a later closing first (its lead) and an earlier reopening in its history.
"""
from __future__ import annotations

import re

from ..model import BlockKind, DateRange, DateValue, Origin, Statement
from .sentences import sentence_spans

_SENTENCE_END = re.compile(r"[.!?](?<!\bNo\.)(?<!\bSt\.)(?<!\bMr\.)(?<!\bDr\.)(?=\s+[\"'“(]*[A-Z0-9]|\s*$)")
_CLOSED = re.compile(r"\b(?:(?:was|were|had\s+been)\s+(?:closed|shut)(?:\s+down)?|closed\s+(?:its|their)\s+doors|"
                     r"shut\s+(?:its|their)\s+doors)\b(?!\s+(?:to|off)\b)", re.I)
_REOPENED = re.compile(r"\b(?:(?:was|were|had\s+been)\s+)?re-?opened\b(?!\s+(?:the|a|an|its|their|his|her)\b)|"
                       r"\bopened\s+(?:its|their)\s+doors\s+again\b", re.I)
# the thing right before its verb: "the (Vell) academy", "The Corn Exchange"
_THE_NOUN = re.compile(r"(?:^|(?<=[\s,]))(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+$")
_NAME = re.compile(r"(?:^|(?<=[\s,]))((?:[A-Z][\w'’-]+\s+){0,4}[A-Z][\w'’-]+)\s+$")
# a date right after the verb ("was closed on D", "reopened in D"), or opening the sentence ("On D the academy")
_DATE_AFTER = re.compile(r"\s+(?:on|in)\s+$")
_DATE_FRONTED = re.compile(r"\s*(?:[\"'“(]\s*)?(?:on|in)\s+$", re.I)
_FRONTED_TO_SUBJECT = re.compile(r",?\s+$|,?\s+(?=the\b|The\b|[A-Z])")
# "and reopened in 1938" after a closing in the same sentence: the same thing
_AND_REOPENED = re.compile(r"\s+and\s+(?:was\s+|were\s+)?(?:later\s+|then\s+)?$", re.I)
_NOT_HEADS = frozenset({"road", "roads", "border", "borders", "frontier", "pass", "port", "ports", "gate", "gates",
                        "case", "session", "debate", "meeting", "market", "markets", "account", "accounts"})


def _plain(f) -> DateValue | None:
    v = f.value
    if isinstance(v, DateRange):
        v = v.start
    if not isinstance(v, DateValue) or not v.valid or f.circa or f.mod is not None or v.mod is not None:
        return None
    return v


def _date_after(text: str, end: int, stop: int, found):
    for f in found:
        if f.start >= end:
            if f.end <= stop and _DATE_AFTER.fullmatch(" " + text[end:f.start]):
                return f
            return None
    return None


def _fronted(text: str, start: int, at: int, found):
    """The date the sentence opens on when the thing and its verb come right after it ("On D the academy")."""
    for f in found:
        if f.start < start:
            continue
        if f.start >= at:
            return None
        if _DATE_FRONTED.fullmatch(text, start, f.start) and \
                re.fullmatch(r",?\s+(?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+", text[f.end:at]):
            return f
        return None
    return None


def _head(before: str) -> str | None:
    m = _THE_NOUN.search(before) or _NAME.search(before)
    if m is None:
        return None
    words = m.group(1).split()
    head = words[-1].casefold()
    if head in _NOT_HEADS or not head.isalpha() or len(head) < 3:
        return None
    return head


class ReopeningReader:
    def __init__(self, doc, facts):
        self.doc = doc
        self.facts = facts
        self.closed: dict[str, tuple] = {}  # head noun -> (statement's span, date span, value, text) of the last closing

    def heading(self) -> None:
        self.closed = {}  # a new section tells another story

    def read(self, block, found, origin: Origin) -> None:
        text = block.text
        if "open" not in text and "shut" not in text and "closed" not in text:
            return
        for start, end in sentence_spans(text, _SENTENCE_END):
            last_closing = None
            for m in sorted([*_CLOSED.finditer(text, start, end), *_REOPENED.finditer(text, start, end)],
                            key=lambda m: m.start()):
                reopening = m.re is _REOPENED
                before = text[max(start, m.start() - 120):m.start()]
                head = _head(before)
                if head is None and reopening and last_closing is not None and _AND_REOPENED.search(before):
                    head = last_closing
                if head is None:
                    continue
                f = _date_after(text, m.end(), end, found) or _fronted(text, start, m.start(), found)
                v = _plain(f) if f is not None else None
                if v is None:
                    if not reopening:
                        self.closed.pop(head, None)  # an undated closing: what a later reopening follows is unknown
                    continue
                span = self.doc.block_span(block, m.start(), f.end if f.end > m.end() else m.end())
                date_span = self.doc.block_span(block, f.start, f.end)
                if not reopening:
                    self.closed[head] = (span, date_span, v)
                    last_closing = head
                    if isinstance(f.value, DateRange):
                        self.closed.pop(head)  # "closed from D to D'": closed and reopened in one breath
                    continue
                closing = self.closed.pop(head, None)
                if closing is None:
                    continue
                row = f"reopening:{block.file_offset(m.start())}"
                words = f"the {head} closed and reopened"
                c_span, c_date_span, c_value = closing
                self.facts.statements.append(Statement(subject="", predicate="sequence:anchor", object=None,
                                                       date=c_value, span=c_span, origin=origin,
                                                       date_span=c_date_span, text=words, row=row))
                self.facts.statements.append(Statement(subject="", predicate="sequence:sequel", object=None,
                                                       date=v, span=span, origin=origin, date_span=date_span,
                                                       text=words, row=row))
