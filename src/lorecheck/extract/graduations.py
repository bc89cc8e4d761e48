"""A graduate's year told twice: on the school's page a list of its alumni with the subject read and the years of
study ("Mara Quellen (medicine, 1901–1906), surgeon of the fleet"), on the graduate's own (or another) page
"she graduated in medicine from the college in 1905". The years of study end with the graduation, so the two
must agree.

The list's line opens with the name and the bracket (a subject in lower case, then a year range), under a
heading naming alumni or graduates; the prose's "graduated in <subject> ... in <year>" is the statement the
prose reader already made of "X graduated" (its subject resolved, "he" among them), given the subject read.
Both become statements of predicate "graduation" whose object is the subject read: a degree in another subject,
or a graduation whose subject is not said, is another fact.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import BlockKind, DateValue, Document, Origin, Statement

_HEADING = re.compile(r"\b(?:alumni|alumnae|alumnus|graduates|former\s+students)\b", re.I)
_LISTED = re.compile(r"\s*(?:[*#]\s*)?(?:'''|\[\[)?(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|of|de|van|von)){1,3})"
                     r"(?:\]\]|''')?\s+\((?P<field>[a-z]+(?:\s+[a-z]+)?),\s+(?P<from>\d{4})\s*[–—-]\s*(?P<to>\d{4})\)")
_GRADUATED = re.compile(r"\bgraduated\s+in\s+(?P<field>[a-z]+(?:\s+[a-z]+)?)\s+(?:from|at)\b[^.;]*?\bin\s+"
                        r"(?P<year>\d{4})\b|\bgraduated\s+in\s+(?P<field2>[a-z]+)\s+in\s+(?P<year2>\d{4})\b")


def listed_graduations(doc: Document) -> list[Statement]:
    """"Name (subject, Y1–Y2)" lines under an alumni heading: the graduation in that subject in Y2."""
    out = []
    under = False
    for b in doc.blocks:
        m = _LISTED.match(b.text) if under else None
        if b.kind is BlockKind.HEADING and m is None:
            if not under or len(b.text) < 40 and "," not in b.text:  # a pasted page's list lines look like headings
                under = bool(_HEADING.search(b.text))
            continue
        if b.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING) or m is None or int(m.group("to")) < int(m.group("from")):
            continue
        out.append(Statement(m.group("name"), "graduation", m.group("field"), DateValue(int(m.group("to"))),
                             doc.block_span(b, m.start("name"), m.end()), doc.block_span(b, m.start("to"), m.end("to")),
                             Origin.PROSE, text=m.group()))
    return out


def told_graduations(doc: Document, statements: list[Statement]) -> list[Statement]:
    """The statements with the prose reader's "X graduated" acts made graduations in the subject the sentence
    names."""
    if "graduated" not in doc.text:
        return statements
    lines = doc.text.splitlines()
    out = []
    for s in statements:
        out.append(s)
        if s.predicate != "act" or s.object or not (s.text or "").endswith("graduated") or s.date is None \
                or not isinstance(s.date, DateValue) or s.date_line is None or s.line != s.date_line:
            continue
        line = lines[s.line - 1] if 0 < s.line <= len(lines) else ""
        m = _GRADUATED.search(line, s.column - 1)
        if m is None:
            continue
        year = int(m.group("year") or m.group("year2"))
        if year != s.date.year or s.date.month is not None:
            continue
        out[-1] = replace(s, predicate="graduation", object=m.group("field") or m.group("field2"))
    return out
