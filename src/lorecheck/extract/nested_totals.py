"""A nested field whose keys name its parts and one of them its total.

    crew:                      casualties:
      officers: 6                northern:
      seamen: 28                   killed: 890
      scientists: 4                wounded: 1320
      total: 36                    total: 2210

Front matter (or any record) that nests figures under one key and names one of them `total` states a total
and its parts, whatever the other keys are called: the parts must sum to it (the arithmetic rule). Read only
when every key beside `total` holds a whole figure and nothing else (a key of words, a list or a year makes
the mapping something other than a breakdown), there are two parts or more, no part exceeds the total, and
the parts sum to within `_PLAUSIBLE_RATIO` of it (counts of different things do not). A total the infobox
reader already reads as a total is left to it.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..model import BlockKind, Document, Origin, Quantity

_PLAUSIBLE_RATIO = 1.5
_WHOLE_FIGURE = re.compile(r"\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s*")
_TOTAL_KEY = "total"


def nested_totals(doc: Document, facts, fields_origin: Origin) -> list[Quantity]:
    """A total and its parts for each nested mapping of figures with one key named `total`."""
    mappings: dict[str, list] = defaultdict(list)
    for b in doc.blocks:
        if b.kind is BlockKind.FIELD and b.key and "." in b.key:
            prefix, _, last = b.key.rpartition(".")
            mappings[prefix].append((last, b))
    if not mappings:
        return []
    read = {(q.span.path, q.span.line) for q in facts.quantities if q.role == "total"}
    out = []
    for prefix, fields in mappings.items():
        totals = [b for last, b in fields if last == _TOTAL_KEY]
        if len(totals) != 1 or len(fields) < 3:
            continue
        figures = []
        for last, b in fields:
            m = _WHOLE_FIGURE.fullmatch(b.text)
            if m is None:
                break
            figures.append((last, b, m, float(m.group("num").replace(",", ""))))
        else:
            total = next(f for f in figures if f[1] is totals[0])
            parts = [f for f in figures if f is not total]
            summed = sum(f[3] for f in parts)
            if not total[3] or any(f[3] > total[3] for f in parts) \
                    or not total[3] / _PLAUSIBLE_RATIO <= summed <= total[3] * _PLAUSIBLE_RATIO:
                continue
            span = doc.block_span(total[1], total[2].start("num"), total[2].end("num"))
            if (span.path, span.line) in read:
                continue
            label = prefix.replace(".", " ").replace("_", " ")
            group = f"nested:{prefix}"
            out.append(Quantity(measure="field_sum", label=f"{label} total", value=total[3], qualifier=None,
                                span=span, origin=fields_origin, group=group, role="total", subject=facts.title))
            out += [Quantity(measure="field_sum", label=last.replace("_", " "), value=value, qualifier=None,
                             span=doc.block_span(b, m.start("num"), m.end("num")), origin=fields_origin,
                             group=group, role="part", subject=facts.title, breakdown=True)
                    for last, b, m, value in parts]
    return out
