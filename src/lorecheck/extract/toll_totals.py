"""A battle's or a rising's dead on every side summed in its losses fields: "212 killed" (one side), "38 killed"
(the other), "97 civilians killed; 357 dead in all". The last figure, told as the dead "in all" ("in total",
"altogether", "all told") after the others, is the total of every "killed"/"dead" figure before it in the
fields of losses, whoever's; the wounded, the captured and the missing are no part of it.

The figures become Quantity facts of measure "toll" (role part / total), which the arithmetic rule adds up. A
total that opens the fields, or a second one, or parts far from it (another count: "357 dead in all" against
one side's "12 killed") give nothing.
"""
from __future__ import annotations

import re

from ..model import BlockKind, Document, Origin, Quantity
from .numbers import DIGITS

_LOSS_KEY = re.compile(r"(?:casualties|losses)\d*$")
_APPROX = r"(?P<qual>about|around|approximately|c\.|circa|some|nearly|roughly)\s+"
# "212 killed", "97 civilians killed", "about 40 dead"; "357 dead in all", "1,210 killed in total"
_DEAD = re.compile(rf"(?:{_APPROX})?(?P<num>{DIGITS})\s+(?:(?P<who>[a-z]+)\s+)?(?:killed|dead)\b"
                   r"(?P<all>\s+(?:in\s+all|in\s+total|altogether|all\s+told))?", re.I)
_PLAUSIBLE = 1.5


def toll_totals(doc: Document, origin: Origin) -> list[Quantity]:
    found = []  # (block, match) in the order of the page
    for b in doc.blocks:
        if b.kind is not BlockKind.FIELD or not _LOSS_KEY.match(b.key or ""):
            continue
        for piece in re.finditer(r"[^;]+", b.text):
            m = _DEAD.match(piece.group().strip())
            if m is None:
                continue
            lead = len(piece.group()) - len(piece.group().lstrip())
            found.append((b, m, piece.start() + lead))
    totals = [k for k, (_, m, _) in enumerate(found) if m.group("all")]
    if len(totals) != 1 or totals[0] != len(found) - 1 or len(found) < 3:
        return []
    value = lambda m: float(m.group("num").replace(",", ""))
    total, parts = found[-1], found[:-1]
    summed = sum(value(m) for _, m, _ in parts)
    if not value(total[1]) / _PLAUSIBLE <= summed <= value(total[1]) * _PLAUSIBLE:
        return []
    out = []
    for (b, m, at), role in [(p, "part") for p in parts] + [(total, "total")]:
        label = f"{m.group('who')} killed" if m.group("who") else ("dead in all" if role == "total" else "killed")
        out.append(Quantity(measure="toll", label=label, value=value(m),
                            qualifier=(m.group("qual") or "").lower() or None,
                            span=doc.block_span(b, at + m.start("num"), at + m.end("num")), origin=origin,
                            group="toll", role=role))
    return out
