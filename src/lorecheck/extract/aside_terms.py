"""A term of office told beside its holder's name, in brackets or in apposition: "Bertil Rusk the younger
(Chief Factor, 1731–1749)" in a field of key people, "Ustadh Harun Sarvani (qafilabashi 1204–1217) built up the
guild", "Gerolt Vaske, Bishop of Kelmet from 1308 until he gave up the see in 1326".

Why: the holder's page or the body's page often gives a holder's term only this way, in the office's own words
(a world's "karvanbashi", "Chief Factor"), which neither the vocabulary's offices nor a table of holders know; an
act "as Chief Factor" outside it is out of range. Each becomes a `capacity:term` statement (holder as written,
office, the years as a range), which checks/within_span.py holds only the acts "as" that office of that holder on
the same page to: a bracket that names no office ("(born 1720)", "(in office 1337–1345)") and a range that is not
one closed span ("1200–1205; 1210–1215") are not read.
"""
from __future__ import annotations

import re

from ..model import Block, BlockKind, DateRange, DateValue, Document, Origin, Statement
from .capacity_acts import _NAME, _holder, _office, _statement

_OFFICE_WORDS = r"[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5}?"  # up to six words; capacity_acts._office says if an office
# "(Chief Factor, 1731–1749)", "(qafilabashi 1204–1217)", "(director-general from 1716 to 1729)"
_BRACKET = re.compile(rf"\((?P<office>{_OFFICE_WORDS})(?:,\s*|\s+)(?:from\s+)?(?P<years>\d[^()]{{0,40}})\)")
# ", Bishop of Kelmet from 1308 until he gave up the see in 1326", ", treasurer from 1907 to 1914,"
_APPOSED = re.compile(rf",\s+(?P<office>(?:the\s+)?{_OFFICE_WORDS})\s+from\s+(?P<years>\d[^,;.()]{{0,60}})")
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])(?P<who>{_NAME})$")
# "until he gave up the see in 1326", "until his death in 1333": the end told by a clause that dates it
_UNTIL = re.compile(r"\s+(?:to|until|till)\s+(?:(?:he|she|his|her)\s+[^,;.()\d]{0,40}?\s+in\s+)?")
_RANGE = re.compile(r"\s*(?:[–—-]|to|until|till)\s*")


def aside_terms(doc: Document, block: Block, found, origin: Origin, title: str | None) -> list[Statement]:
    """One `capacity:term` per holder's name with an office and its one closed span in brackets or apposition."""
    text = block.text
    if "(" not in text and " from " not in text:
        return []
    out: list[Statement] = []
    for pattern in (_BRACKET, _APPOSED):
        for m in pattern.finditer(text):
            named = _office(text, m.start("office"))
            if named is None or named[1] != m.end("office"):
                continue  # not an office's words ("(born 1720)", "(in office 1337-1345)", "(Rusk, 1731-1749)")
            at = len(text[:m.start()].rstrip())
            who = _NAME_BEFORE.search(text, max(0, at - 80), at)
            holder = _holder(who.group("who"), title) if who else None
            if holder is None:
                continue
            term = _term(text, found, m.start("years"), m.end("years"))
            if term is None:
                continue
            (lo, hi), (ds, de) = term
            out.append(_statement(doc, block, origin, holder, "capacity:term", named[0], DateRange(lo, hi),
                                  who.start(), m.end("office"), (ds, de)))
    return out


def _term(text: str, found, a: int, b: int):
    """((first, last), (start, end)) of the one closed span text[a:b] holds: a range ("1228–1239", "from 1748 to
    1729") or two dates joined by "until" ("1308 until he gave up the see in 1326"), and nothing after it."""
    dates = [f for f in found if a <= f.start < b and f.value is not None]
    if not dates or dates[0].start != a:
        return None
    first = dates[0]
    if isinstance(first.value, DateRange):
        if first.value.start is None or first.value.end is None or not _RANGE.search(first.text):
            return None
        span, end = (first.value.start, first.value.end), first.end
    elif len(dates) >= 2 and isinstance(dates[1].value, DateValue) and isinstance(first.value, DateValue) and \
            _UNTIL.fullmatch(text, first.end, dates[1].start):
        span, end = (first.value, dates[1].value), dates[1].end
    else:
        return None
    if text[end:b].strip():
        return None  # "1921 to 1930 and later mayor": more than the span
    if span[1].interval()[1] < span[0].interval()[0]:
        return None
    return span, (first.start, end)


def field_aside_terms(doc: Document, title: str | None, origin: Origin) -> list[Statement]:
    """The same in the fields of an infobox or front matter ("| key_people = Étienne Darville-Mas (director-general,
    1748–1763)")."""
    from .dates import DateContext, find_dates

    out: list[Statement] = []
    for block in doc.blocks:
        if block.kind is BlockKind.FIELD and "(" in block.text and any(c.isdigit() for c in block.text):
            found = find_dates(block.text, DateContext())
            out += aside_terms(doc, block, found, origin, title)
            m = _FIELD_OFFICE.fullmatch(block.text.rstrip()) if title else None
            named = _office(block.text, 0) if m else None
            if named is None or named[1] != m.end("office"):
                continue
            term = _term(block.text, found, m.start("years"), m.end("years"))
            if term is not None:
                # the page's subject, held only on the page of a life (checks/within_span.py _capacity_holder)
                (lo, hi), (ds, de) = term
                out.append(_statement(doc, block, origin, title, "capacity:term", named[0], DateRange(lo, hi), 0,
                                      m.end("office"), (ds, de), pronoun=True))
    return out


# "| laterwork = Lieutenant-Governor of Lower Kavesh (1721–1727)": an office and its years, a field of its holder's
# page
_FIELD_OFFICE = re.compile(rf"(?P<office>{_OFFICE_WORDS})\s*\((?:from\s+)?(?P<years>\d[^()]{{0,40}})\)")
