"""A holder's term told in apposition to the name: "**Gilbert**, abbot 1104–1129;", "Mara Hollin, treasurer
from 1921 to 1930,", "Odo Tarrant, the board's chairman 1915–1927.", "Ida Morrow, abbess since 1602,".

The words between the comma and the years name the office (its head noun one fields.yaml office_keys or
prose.yaml office_titles lists: "Osk Hale, aged 40–45," or "Tam Ostry, a rower 1940–1944," name none); the
years are that holder's term of it, so that an act under the title ("In 1131 Abbot Gilbert buried") outside
them is out of range (checks/within_span.py). "since" gives the start alone.
"""
from __future__ import annotations

import re

from ..model import Block, DateValue, Document, Origin, Statement
from .holder_lists import office_head
from .titled_acts import HOLDER_NAME
_OFFICE = r"(?:the\s+)?(?:[\w-]+['’]s\s+)?(?P<office>[a-z]+(?:[ -](?!from\b|since\b)[a-z]+)?)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*)?"
_AFTER_NAME = (rf",\s+{_OFFICE}\s+(?:(?:from\s+)?(?P<a>\d{{3,4}})\s*(?:[–—-]|to)\s*(?P<b>\d{{3,4}})"
               rf"|since\s+(?P<since>\d{{3,4}}))\s*(?=[,;.)]|$)")
_TERM = re.compile(rf"\b{HOLDER_NAME}{_AFTER_NAME}")
# every _TERM match holds one of _GATE from its comma on: a block without one is skipped; re finds a comma at once,
# where _TERM is tried at every word (a tenth of the time on the bench world)
_GATE = re.compile(_AFTER_NAME)


def apposed_terms(doc: Document, block: Block, origin: Origin) -> list[Statement]:
    text = block.text
    if "," not in text or _GATE.search(text) is None:
        return []
    out: list[Statement] = []
    for m in _TERM.finditer(text):
        office = office_head(m.group("office"))
        if office is None:
            continue
        name = m.group("name")
        years = [("term_start", "a"), ("term_end", "b")] if m.group("a") else [("term_start", "since")]
        if m.group("a") and int(m.group("b")) < int(m.group("a")):
            continue
        for predicate, g in years:
            out.append(Statement(subject=name, predicate=predicate, object=office, date=DateValue(int(m.group(g))),
                                 span=doc.block_span(block, m.start(), m.end()),
                                 date_span=doc.block_span(block, m.start(g), m.end(g)), origin=origin,
                                 text=m.group(g)))
        out.append(Statement(subject=name, predicate="office_title", object=office, date=None,
                             span=doc.block_span(block, m.start(), m.end()), origin=origin, text=office))
    return out
