"""A person's own guard told twice on one page with its strength: "governed through a personal guard of 1,200 picked
horsemen" and, later, "faced him down with her guard, 1,600 strong" (or "her 1,600-strong guard", "her guard of
1,600 men"). The guard is the person's when a possessive pronoun ("her", "his") or "a personal" stands right before
its noun (vocabulary measures.yaml personal_guards); another's ("her brother's guard", "the khan's guard") is no
mention. A sentence of a change ("enlarged her guard to 2,000"), a part ("300 of her guard"), two owners ("her guard"
and "his guard" on one page) and a second guard told as new ("a personal guard of ..." twice) give nothing.

The mentions become Quantity facts of one measure "value:<doc>#guard", compared by the conflicting-value rule
(with rounding: "some 1,200" restates 1,180).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import BlockKind, Document, Origin, Quantity
from .count_mentions import count_qualifier
from .measures import figure_sentences
from .numbers import DIGITS


@lru_cache(maxsize=1)
def _spec():
    data = (vocabulary.load("measures") or {}).get("personal_guards") or {}
    nouns = [str(w) for w in data.get("nouns") or ()]
    men = [str(w) for w in data.get("men") or ()]
    if not nouns or not men:
        return None
    noun = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    man = "|".join(re.escape(n) for n in sorted(men, key=len, reverse=True))
    adj = r"(?:(?:own|personal|private|mounted|household|picked|sworn)\s+){0,2}"
    num = rf"(?:(?P<qual>some|about|around|nearly|roughly|approximately)\s+)?(?P<num>{DIGITS})(?![\d,])"
    owner = r"\b(?P<owner>[Hh]er|[Hh]is|[Aa]\s+personal|[Aa]n\s+own)"
    patterns = [
        # "a personal guard of 1,200 picked horsemen", "her guard of 1,600 men"
        re.compile(rf"{owner}\s+{adj}(?P<noun>{noun})\s+of\s+{num}\s+(?:[a-z]+\s+){{0,2}}?(?:{man})\b"),
        # "her guard, 1,600 strong", "his bodyguard, some 300 strong"
        re.compile(rf"{owner}\s+{adj}(?P<noun>{noun}),\s+{num}\s+strong\b"),
        # "her 1,600-strong guard"
        re.compile(rf"{owner}\s+{num}-strong\s+{adj}(?P<noun>{noun})\b"),
        # "her guard numbered 1,600", "his guard was 300 strong"
        re.compile(rf"{owner}\s+{adj}(?P<noun>{noun})\s+(?:numbered|counted|mustered|was)\s+{num}(?:\s+strong|\s+(?:{man}))\b"),
    ]
    # (not "never enlarged", "was not reduced": a size that stayed)
    changes = re.compile(r"(?<!\bnever\s)(?<!\bnot\s)\b(?:" + "|".join(
        re.escape(str(w)) for w in data.get("changes") or ("enlarged",)) + r")\b", re.I)
    gate = re.compile(rf"\b(?:{noun})\b")
    return patterns, changes, gate


def personal_guards(doc: Document, title: str | None, prose_kinds) -> list[Quantity]:
    spec = _spec()
    if spec is None:
        return []
    patterns, changes, gate = spec
    said: list[tuple[float, str | None, object, str]] = []
    owners: set[str] = set()
    for b in doc.blocks:
        if prose_kinds.get(b.kind) is not Origin.PROSE or b.kind is BlockKind.TABLE_CELL or not gate.search(b.text):
            continue
        for s, e in figure_sentences(b):
            text = b.text[s:e]
            if not gate.search(text):
                continue
            found = [m for p in patterns for m in p.finditer(text)]
            if not found:
                continue
            if changes.search(text) or len(found) > 1:
                return []  # a guard enlarged or cut: its sizes belong to two moments; two in a sentence: two guards
            m = found[0]
            before = text[max(0, m.start("num") - 20):m.start("num")]
            qual, bound = count_qualifier(before)
            if bound or re.search(r"\bof\s+$", text[:m.start()]):
                continue  # "over 1,000", "300 of her guard"
            owner = m.group("owner").lower().split()[0]
            owners.add("his" if owner == "his" else "her" if owner == "her" else "a")
            value = float(m.group("num").replace(",", ""))
            said.append((value, qual or m.group("qual"), doc.block_span(b, s + m.start("num"), s + m.end("num")),
                         owner))
    if len(said) < 2 or {"her", "his"} <= owners or sum(1 for t in said if t[3] in ("a", "an")) > 1:
        return []
    return [Quantity(measure=f"value:{doc.path}#guard", label="guard", value=v, qualifier=q, span=span,
                     origin=Origin.PROSE, subject=title) for v, q, span, _ in said]
