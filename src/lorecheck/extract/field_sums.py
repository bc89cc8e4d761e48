"""A field's figure and the breakdown bracketed after it are a total and its parts.

"Staff: 96 (40 + 33 + 25)", "employees = 1,140 (620 fitters; 310 boilermakers; 210 labourers)": the bracket
adds up the figure before it, so the parts must sum to it (the arithmetic rule), and the figure is still the
field's value (extract/measures.py compares it with the prose). A bracket is a breakdown when it holds two or
more pieces parted by "+", ";" or "," (not a thousands comma), each one figure and words, none of them a
remark that alters the figure (measures.yaml `altering_remarks`: "plus", "including", "of whom"), and the
pieces sum to within `_PLAUSIBLE_RATIO` of the figure (a bracket of years or of another count is no breakdown).
The casualty and strength fields the infobox reader breaks down itself are left to it.
"""
from __future__ import annotations

import re

from .. import vocabulary
from ..model import BlockKind, Document, Origin, Quantity
from .numbers import DIGITS, WORD, word_number

_PLAUSIBLE_RATIO = 1.5
_FIGURE = re.compile(rf"(?<![\d,.])(?:{DIGITS})(?![\d,.]\d)")
_PIECES = re.compile(r"\s*(?:\+|;|,?\s+and\s+|,(?!\d{3}\b))\s*")
_VALUE = re.compile(rf"\s*(?P<num>{DIGITS})(?P<words>[^()\d]*?)\s*\((?P<paren>[^()]*)\)\s*")


def parts(paren: str, total: float) -> list[tuple[float, str, int, int]] | None:
    """(value, label, start, end) of each piece of a bracketed breakdown of `total`, or None when the bracket
    is no breakdown."""
    altering = vocabulary.word_set("measures", "altering_remarks")
    found = []
    at = 0
    for piece in _PIECES.split(paren):
        start = paren.index(piece, at) if piece else at
        at = start + len(piece)
        figures = list(_FIGURE.finditer(piece))
        words = [w.lower() for w in WORD.findall(piece)]
        if len(figures) != 1 or altering & set(words) or any(word_number(w) is not None for w in words):
            return None
        f = figures[0]
        value = float(f.group().replace(",", ""))
        label = (piece[:f.start()] + " " + piece[f.end():]).strip(" :.-")
        found.append((value, label, start + f.start(), start + f.end()))
    if len(found) < 2 or not total:
        return None
    summed = sum(v for v, _, _, _ in found)
    if any(v > total for v, _, _, _ in found) or not total / _PLAUSIBLE_RATIO <= summed <= total * _PLAUSIBLE_RATIO:
        return None
    return found


def breakdown_of(text: str) -> list[tuple[float, str, int, int]] | None:
    """The parts of a value written as a figure and its bracketed breakdown ("96 (40 + 33 + 25)"), offsets within
    the bracket, or None."""
    m = _VALUE.fullmatch(text)
    return parts(m.group("paren"), float(m.group("num").replace(",", ""))) if m is not None else None


def field_sums(doc: Document, facts, fields_origin: Origin) -> list[Quantity]:
    """A total and its parts for each field whose whole value is a figure and a bracketed breakdown."""
    broken = {q.span.line for q in facts.quantities if q.breakdown or q.role == "total"}
    out = []
    for b in doc.blocks:
        if b.kind is not BlockKind.FIELD or not b.key:
            continue
        m = _VALUE.fullmatch(b.text)
        if m is None or doc.block_span(b, 0).line in broken:
            continue
        total = float(m.group("num").replace(",", ""))
        found = parts(m.group("paren"), total)
        if not found:
            continue
        label = (b.raw_key or b.key).replace("_", " ")
        group = f"{b.key}:{doc.block_span(b, 0).line}"
        base = m.start("paren")
        out.append(Quantity(measure="field_sum", label=label, value=total, qualifier=None,
                            span=doc.block_span(b, m.start("num"), m.end("num")), origin=fields_origin,
                            group=group, role="total", subject=facts.title))
        out += [Quantity(measure="field_sum", label=part or label, value=value, qualifier=None,
                         span=doc.block_span(b, base + s, base + e), origin=fields_origin, group=group,
                         role="part", subject=facts.title, breakdown=True)
                for value, part, s, e in found]
    return out
