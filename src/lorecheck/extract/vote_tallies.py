"""One division told on two pages: "X, appointed in 1401, was removed in 1409 after the loss of the convoy, by a vote
of 31 to 12" on the council's page and "The council voted to remove him in 1409, by 27 votes to 12" on his own; "a
motion of no confidence ... was carried on 3 April by 44 votes to 30" on the premier's page and "The motion of no
confidence was carried by 41 votes to 30" on the motion's.

A tally is "by N votes to M", "by N votes against M" or "by a vote of N to M" in a sentence of prose. What it decided
is told by the sentence's words of vocabulary numbers.yaml `vote_acts` (by their first five letters: "removed" and
"remove"), its occasion by the years of the sentence's dates, whom it concerned by the sentence's names and the
page's title ("him" on his page); a sentence that names it only as "the motion" takes the act and the year the
paragraph gave last before it. Each tally becomes a CountMention of noun "vote" (value: the votes for), its words
the sentence's name words, "^" and the title's, "+" and the act stems, and "=" and the votes against;
checks/cross_document.py holds two pages' tallies of one act, year and name to each other.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import BlockKind, CountMention, DateValue, Document, Origin
from .event_mentions import capitalised_runs, capitalised_words
from .measures import figure_sentences
from .numbers import number_value

_N = r"\d{1,3}|[a-z]+(?:-[a-z]+)?"
_TALLY = re.compile(rf"\bby\s+(?:a\s+(?:vote|majority)\s+of\s+(?P<yes1>{_N})\s+(?:votes?\s+)?(?:to|against)\s+"
                    rf"(?P<no1>{_N})|(?P<yes2>{_N})\s+votes?\s+(?:to|against)\s+(?P<no2>{_N}))\b(?!\s*(?:per|%))")
_WORD = re.compile(r"[a-z]+")
# "The motion was carried by ...": a sentence that names its division only by pointing back to it
_BACK = re.compile(r"\s*(?:The|This|That)\s+(?:motion|vote|resolution|division|bill)\b")


@lru_cache(maxsize=1)
def _acts() -> frozenset[str]:
    return frozenset(str(w).lower()[:5] for w in vocabulary.load("numbers").get("vote_acts") or ())


def _count(written: str) -> int | None:
    value = int(written) if written.isdigit() else number_value(written.lower())
    return int(value) if value is not None and value == int(value) else None


def vote_tallies(doc: Document, title: str | None, found_by_block: dict, prose_kinds) -> list[CountMention]:
    out: list[CountMention] = []
    acts = _acts()
    title_words = ["^" + w for w in capitalised_words(title or "")]
    title_acts = ["+" + w[:5] for w in _WORD.findall((title or "").lower()) if w[:5] in acts]
    for b in doc.blocks:
        if prose_kinds.get(b.kind) is not Origin.PROSE or b.kind is BlockKind.TABLE_CELL or "vote" not in b.text:
            continue
        text = b.text
        dates = found_by_block.get(id(b), ())
        for s, e in figure_sentences(b):
            sentence = text[s:e]
            found = list(_TALLY.finditer(sentence))
            if len(found) != 1:
                continue  # two divisions in one sentence: which is which is not said
            m = found[0]
            at = "1" if m.group("yes1") else "2"
            yes, no = _count(m.group("yes" + at)), _count(m.group("no" + at))
            if yes is None or no is None or yes + no < 3:
                continue
            low = sentence.lower()
            hits = [w for w in _WORD.finditer(low) if w.group()[:5] in acts]
            # "elected in 1731, was dismissed in 1738 ..., by a vote of": the act the tally decided is the last one
            # named before it (else the first after it), and its year the one right after its word
            before = [w for w in hits if w.end() <= m.start()]
            hits = before[-1:] or hits[:1]
            stems = {"+" + w.group()[:5] for w in hits}
            told = [f for f in dates if s <= f.start < e and isinstance(f.value, DateValue) and f.value.year]
            years = {f.value.year for f in told}
            if len(years) > 1 and hits:
                after = [f for f in told if f.start - s >= hits[0].end()]
                years = {after[0].value.year} if after and after[0].start - s - hits[0].end() < 12 else years
            if not hits and _BACK.match(sentence):
                # "... moved a motion of no confidence. The RWP voted for it. The motion was carried by 27 votes to
                # 24": a sentence that names its division only as "the motion" decides the paragraph's last act
                # before it, in the year of the paragraph's last date before it
                earlier = [w for w in _WORD.finditer(text[:s].lower()) if w.group()[:5] in acts]
                stems = {"+" + w.group()[:5] for w in earlier[-1:]}
                if not years:
                    dated = [f for f in dates if f.start < s and isinstance(f.value, DateValue) and f.value.year]
                    years = {dated[-1].value.year} if dated else set()
            words = capitalised_words(sentence) + title_words + sorted(stems) + title_acts + [f"={no}"]
            out.append(CountMention(float(yes), "vote", next(iter(years)) if len(years) == 1 else None,
                                    doc.block_span(b, s + m.start("yes" + at), s + m.end("no" + at)), Origin.PROSE,
                                    tuple(dict.fromkeys(words)), None, tuple(capitalised_runs(sentence))))
    return out
