"""A list of an office's holders, each with the years of a term, under a label that names the office.

"'''Chairmen'''" or "## Wardens" over "* [[Ruth Pell]], 1951–1958" / "- Ruth Pell (1951–1958)", a plain-text
page's "Headmasters" line over "Ruth Pell (1951-1958)" lines, or the headings "### Walter Orme (1938–1949)" of
a page that is a register of one office ("Register of Harbour Masters"): each item is its holder's term of the
office the label names in the plural (extract/table_offices.py), as a row of a table of holders is, so that an
act under the title outside the years is out of range (checks/within_span.py). Only a label whose head noun is
an office's (fields.yaml office_keys, prose.yaml office_titles) is read: "Players" or "Notable residents" with
years name no term.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import BlockKind, Document, Origin, Statement
from .dates import bare_year, bare_year_range
from .infobox import office_key_words
from .table_offices import office_label

_ITEM = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|de|van|von|la|le)){0,4})"
                   r"(?:,\s*|\s*\(\s*|\s+[–—-]\s+)(?P<range>\d{3,4}\s*[–—-]\s*\d{3,4})\s*\)?[.;]?"
                   r"(?:\s*[,;:–—]\s+[^()]{1,80})?")  # "…, 1402–1431, resigned; also mayor 1410-1414": a note


@lru_cache(maxsize=1)
def _office_heads() -> frozenset[str]:
    """Last words of the offices a list of holders may be labelled with ("warden" for "Reed-Wardens")."""
    return frozenset(k.split()[-1] for k in office_key_words() if k)




def _office(text: str) -> str | None:
    """"Wardens" -> "Warden", "Register of Harbour Masters" -> "Harbour Master": an office's holders named by
    a label in the plural, whose head noun is an office's."""
    text = text.strip(" \t*'_:.")
    first, _, rest = text.partition(" of ")
    if rest and first.casefold() in vocabulary.word_set("fields", "register_words"):
        text = rest
    office = office_label(text)
    return office if office is not None and office_head(office) else None


def _lead_office(text: str) -> str | None:
    """"The society's presidents were:", "Its wardens have been:", "Past masters of the guild:": a short lead
    ending in a colon whose noun phrase is an office's holders in the plural."""
    if not text.endswith(":"):
        return None
    # "The Diet elected a Lord Warden for four years. ... Wardens of the period included:": the paragraph's last
    # sentence leads the list
    text = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)[-1]
    if len(text.split()) > 12:
        return None
    words = text[:-1].split(" of ")[0].split()
    while words and words[-1].casefold() in _LINKING:
        words.pop()
    words = [w for w in words[-2:] if not re.search(r"['’]s?$", w)]
    office = next((o for n in (2, 1) if len(words) >= n and (o := _office(" ".join(words[-n:])))), None)
    return office and office[:1].upper() + office[1:]


_MARKER = re.compile(r"^[-*•]\s+")
_LINKING = frozenset({"were", "are", "was", "have", "has", "been", "included", "include", "follow", "as", "below"})


def office_head(words: str) -> str | None:
    """The words themselves when their head noun is an office's ("harbour master", "Reed-Warden")."""
    split = words.casefold().replace("-", " ").split()
    return words if split and split[-1] in _office_heads() else None


def holder_lists(doc: Document) -> list[Statement]:
    out: list[Statement] = []
    page_office = _office(doc.title or "")
    label, level = None, None  # the office the items below are holders of; the heading level that named it
    for b in doc.blocks:
        if b.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            continue
        text = b.text.strip()
        at = b.text.find(text) + len(text) - len(text := _MARKER.sub("", text))  # a plain text's "- " item
        m = _ITEM.fullmatch(text) if any(c.isdigit() for c in text) else None
        office = label or (page_office if b.kind is BlockKind.HEADING else None)
        if m is not None and office is not None and b.kind is not BlockKind.PARAGRAPH:
            out += _term(doc, b, m, office, at)
            continue
        if m is None and office is not None and b.kind is BlockKind.LIST_ITEM and "successor" in text:
            out += _succession(doc, b, text, at, out)
            continue
        if b.kind is BlockKind.HEADING:
            if level is None or (b.level or 2) <= level or label is None:
                label = _office(text) or _lead_office(text)
                level = (b.level or 2) if label else None
        elif b.kind is BlockKind.PARAGRAPH and level is None:
            # "'''Chairmen'''" on a line of its own, or a lead "The society's presidents were:", labels the
            # list below; other prose closes it
            label = _office(text) if len(text.split()) <= 4 else _lead_office(text)
    return out


def _term(doc: Document, b, m: re.Match, office: str, at: int) -> list[Statement]:
    f = bare_year_range(m.string, m.start("range"), m.end("range"))
    if f is None or len(f.parts) != 2:
        return []
    name = m.group("name").strip()
    head, of, _ = name.partition(" of ")
    if of and len(head.split()) >= 2:
        name = head  # "Joos Amerling of Quenhaven, 1495–1499": the holder, and where he came from
    out = [Statement(subject=name, predicate=predicate, object=office, date=part.value, span=doc.block_span(b),
                     date_span=doc.block_span(b, at + part.start, at + part.end), origin=Origin.TABLE,
                     text=part.text) for predicate, part in zip(("term_start", "term_end"), f.parts)]
    out.append(Statement(subject=name, predicate="office_title", object=office, date=None, span=doc.block_span(b),
                         origin=Origin.TABLE, text=office))
    return out


_NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|de|van|von|la|le)){0,4}"
# "Kallistos of Aegila, Pheidon's successor, from 407; ...", "Ulf Senn, successor to Gerrit Varl, 1862–1868"
_SUCCESSOR_ITEM = re.compile(rf"(?P<name>{_NAME}),\s+(?:(?P<pred>{_NAME})['’]s\s+successor|successor\s+(?:to|of)\s+"
                             rf"(?P<pred2>{_NAME})),\s+(?:from\s+|since\s+)?(?P<year>\d{{3,4}})\b")


def _succession(doc: Document, b, text: str, at: int, terms: list[Statement]) -> list[Statement]:
    """ "- Kallistos of Aegila, Pheidon's successor, from 407" under a list of holders that gives Pheidon's term
    ("- Pheidon of Kyros, 409–412"): the successor's start and the predecessor's, as a pair the ordering rule
    holds in order (a successor does not take office before the one he succeeds)."""
    m = _SUCCESSOR_ITEM.match(text)
    if m is None:
        return []
    pred = (m.group("pred") or m.group("pred2")).strip()
    starts = [s for s in terms if s.predicate == "term_start" and s.subject is not None
              and pred in (s.subject, s.subject.split(" of ")[0], s.subject.split(" of ")[0].split()[-1])]
    f = bare_year(m.group("year"))
    if len(starts) != 1 or f is None:
        return []
    row = f"succession:{b.file_offset(at + m.start())}"
    words = f"{m.group('name')}, successor of {pred}"
    span = doc.block_span(b)
    return [Statement(subject="", predicate="sequence:anchor", object=None, date=starts[0].date,
                      span=starts[0].span, origin=Origin.TABLE, date_span=starts[0].date_span, text=words, row=row),
            Statement(subject="", predicate="sequence:sequel", object=None, date=f.value, span=span,
                      origin=Origin.TABLE, date_span=doc.block_span(b, at + m.start("year"), at + m.end("year")),
                      text=words, row=row)]


def successive_terms(terms: list[Statement]) -> set:
    """The date spans of the terms of lists whose items follow one another ("(1871-1897)", "(1897-1910)"): those
    years are terms, not the holders' lives. Items whose years overlap ("Anselm Dray (1540–1590)", "Piet Dray
    (1566–1631)") are lives: the list names its holders with their lifespans."""
    by_office: dict[str, list[tuple[int, int, list]]] = {}
    for s in terms:
        if s.predicate == "term_start" and s.date is not None:
            end = next((e for e in terms if e.predicate == "term_end" and e.span == s.span), None)
            if end is not None and end.date is not None:
                by_office.setdefault(s.object or "", []).append(
                    (s.date.interval()[0], end.date.interval()[0], [s.date_span, end.date_span]))
    out = set()
    for items in by_office.values():
        items.sort(key=lambda x: x[0])
        # one item shows no succession: "Odo Varn (1790–1850), warden from 1820" alone is a life
        if len(items) > 1 and all(b[0] >= a[1] for a, b in zip(items, items[1:])):
            out.update(span for item in items for span in item[2])
    return out
