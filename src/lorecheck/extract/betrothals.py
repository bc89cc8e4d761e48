"""A betrothal comes before the wedding it leads to: "She married Y at Vell on 3 September 1755. The betrothal had been
announced at Orm on 10 April 1756", "Their engagement was announced in June 1820; they married in May 1820", "X was
betrothed to Y on D and married him on D2". The betrothal and the marriage told in the same or the next sentence of
one paragraph become the statements "sequence:anchor" (the betrothal) and "sequence:sequel" (the marriage) sharing a
`row`, which checks/order.py reports when the wedding is dated wholly before the betrothal.

Only the couple's own betrothal is read: "the betrothal", "their", "his", "her engagement" or "<Name> was betrothed",
never "her daughter's betrothal"; a betrothal to someone the marriage's sentence does not name is another match, and
one broken off, or a second marriage ("again", "after his death", "widow"), orders nothing.
"""
from __future__ import annotations

import re

from ..model import DateRange, DateValue, Origin, Statement
from .sentences import sentence_spans

_SENTENCE_END = re.compile(r"[.!?](?<!\bNo\.)(?<!\bSt\.)(?<!\bMr\.)(?<!\bDr\.)(?=\s+[\"'“(]*[A-Z0-9]|\s*$)")
_BETROTHAL = re.compile(r"(?:\b(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er)\s+(?:formal\s+|official\s+)?(?:betrothal|engagement)\b"
                        r"(?!\s+of\b)|\b(?:was|were|had\s+been|became)\s+(?:formally\s+|officially\s+)?"
                        r"(?:betrothed|engaged)\b)")
_MARRIED = re.compile(r"\b(?:married|wed|wedded)\b")
# a date of the betrothal: right after its verb ("was announced at Orm on D", "betrothed to Y in D")
_BETROTHAL_DATE = re.compile(r"(?:\s+(?:had\s+been|was|were|had)\s+(?:formally\s+|publicly\s+|officially\s+)?"
                             r"(?:announced|agreed|arranged|concluded|sealed|signed|celebrated|proclaimed|made))?"
                             r"(?:\s+to\s+(?P<to>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}))?"
                             r"(?:\s+(?:at|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s*,?\s+(?:on|in)\s+$")
_NOT_ORDERED = re.compile(r"\b(?:broken\s+off|broke\s+off|called\s+off|cancelled|canceled|annulled|dissolved|"
                          r"renounced|again|second|third|remarried|widow|widower|widowed|after\s+(?:his|her)\s+death|"
                          r"daughter|son|sister|brother|niece|nephew|grandson|granddaughter)\b", re.I)


def _plain(f) -> DateValue | None:
    v = f.value
    if not isinstance(v, DateValue) or not v.valid or f.circa or f.mod is not None or v.mod is not None:
        return None
    return v


def _outside_brackets(text: str, f) -> bool:
    return text.count("(", 0, f.start) == text.count(")", 0, f.start)


def _marriage(text: str, start: int, end: int, found):
    """(date, where the verb is, the sentence's words) of the one wedding a sentence dates, or None."""
    verbs = list(_MARRIED.finditer(text, start, end))
    if len(verbs) != 1:
        return None
    v = verbs[0]
    for f in found:
        if f.start >= v.end() and f.end <= end and _outside_brackets(text, f):
            between = text[v.end():f.start]
            if len(between) > 160 or re.search(r"[;:]|\b(?:and|but|which|who|when|after|before|until)\b", between):
                return None
            return f, v.start()
    return None


def betrothal_statements(doc, block, found, origin: Origin) -> list[Statement]:
    text = block.text
    if "betroth" not in text and "engage" not in text or "marri" not in text and " wed" not in text:
        return []
    sentences = list(sentence_spans(text, _SENTENCE_END))
    out: list[Statement] = []
    for i, (start, end) in enumerate(sentences):
        m = _BETROTHAL.search(text, start, end)
        if m is None or _NOT_ORDERED.search(text, start, end):
            continue
        date = next((f for f in found if f.start >= m.end()), None)
        if date is None or date.end > end or not _BETROTHAL_DATE.fullmatch(text, m.end(), date.start):
            continue
        to = _BETROTHAL_DATE.fullmatch(text, m.end(), date.start).group("to")
        when = _plain(date)
        if when is None:
            continue
        # the wedding: in the same sentence after the betrothal's date, else the sentence before, else the one after
        for s, e in ((date.end, end), *(sentences[j] for j in (i - 1, i + 1) if 0 <= j < len(sentences))):
            wedding = _marriage(text, s, e, found)
            if wedding is None or _NOT_ORDERED.search(text, s, e):
                continue
            f, at = wedding
            wed = _plain(f)
            if wed is None or to is not None and s != date.end and to.split()[0] not in text[s:e]:
                break
            row = f"betrothal:{block.file_offset(m.start())}"
            words = "the betrothal and the wedding"
            out.append(Statement(subject="", predicate="sequence:anchor", object=None, date=when,
                                 span=doc.block_span(block, m.start(), date.end), origin=origin,
                                 date_span=doc.block_span(block, date.start, date.end), text=words, row=row))
            out.append(Statement(subject="", predicate="sequence:sequel", object=None, date=wed,
                                 span=doc.block_span(block, at, f.end), origin=origin,
                                 date_span=doc.block_span(block, f.start, f.end), text=words, row=row))
            break
    return out
