"""A numbered provision's count told again by a sentence that points back to it: "Article 9 provided for the exchange
of all prisoners held by either side, some 8,300 men" and, further on, "The exchange of the 3,800 prisoners covered
by Article 9 was completed"; "Clause 4 ceded the twelve villages of the march" and "the 21 villages ceded under
Clause 4".

A provision (Article, Clause, Section, Schedule and a number) is stated by a sentence (or list item) that opens
with its name and gives one count: a number and, within two words, a plural noun (or "men"). It is told again by
"the N <noun> covered by / under / provided for by / named in / ceded by ... <provision>" anywhere in the
document. A bound ("up to 20,000 men", "no more than") states a limit, not the count, and is left alone; a
sentence with two counts, or a provision stated by two such sentences, gives nothing.

Both become Quantity facts of one measure "value:<doc>#<provision>", compared by the conflicting-value rule
(with rounding: "some 8,300" restates 8,310).
"""
from __future__ import annotations

import re

from ..model import BlockKind, Document, Quantity
from .count_mentions import count_qualifier, told_again
from .measures import figure_sentences
from .numbers import DIGITS, number_value, spelled_numbers

_PROVISION = r"(?:Article|Clause|Section|Schedule|Paragraph)\s+(?:\d+|[IVXL]+)\b"
# the word every provision opens with, as written: a block without one neither states nor tells again a count
_PROVISION_WORD = re.compile(r"Article|Clause|Section|Schedule|Paragraph")
_OPENS = re.compile(rf"\s*(?:[*#:-]\s*)?(?P<prov>{_PROVISION})")
_NUMBER = re.compile(rf"(?<![\d,.\w-])(?:{DIGITS})(?![\d\w])")
_NOUN = re.compile(r"\s+(?:[a-z][a-z'’-]*\s+)?(?P<noun>men|[a-z][a-z'’-]{2,}[^s'’\W]s)\b")
_TOLD_AGAIN = re.compile(
    rf"\b(?:[Tt]he|[Aa]ll)\s+(?:(?:some|about|around|nearly|roughly)\s+)?(?P<num>{DIGITS}|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:[a-z][a-z'’-]*\s+)?"
    r"(?P<noun>men|[a-z][a-z'’-]{2,}[^s'’\W]s)\s+(?:(?:who\s+were|that\s+were)\s+)?"
    r"(?:covered\s+by|under|provided\s+for\s+(?:by|in)|named\s+in|listed\s+in|ceded\s+(?:by|under)|"
    rf"released\s+under|exchanged\s+under)\s+(?:the\s+terms\s+of\s+)?(?P<prov>{_PROVISION})")


def _counts(text: str) -> list[tuple[float, int, int, str | None, bool]]:
    """(value, start, end, qualifier, is a bound) of each count in a sentence: a number its plural noun follows."""
    found = []
    spans = [(m.start(), m.end(), float(m.group().replace(",", ""))) for m in _NUMBER.finditer(text)]
    spans += [(s, e, float(v)) for v, s, e in spelled_numbers(text) if v is not None]
    for start, end, value in spans:
        if not _NOUN.match(text, end) or re.match(r"\s*(?:per\s*cent|%)", text[end:]):
            continue
        qual, bound = count_qualifier(text[max(0, start - 20):start])
        found.append((value, start, end, qual, bound))
    return found


def article_counts(doc: Document, title: str | None, prose_kinds) -> list[Quantity]:
    stated: dict[str, list[tuple]] = {}
    again: dict[str, list[tuple]] = {}
    for b in doc.blocks:
        if b.kind not in prose_kinds or b.kind is BlockKind.TABLE_CELL or _PROVISION_WORD.search(b.text) is None:
            continue
        for s, e in figure_sentences(b):
            text = b.text[s:e]
            for m in _TOLD_AGAIN.finditer(text):
                value = number_value(m.group("num"))
                if value is None:
                    continue
                qual, _ = count_qualifier(text[max(0, m.start("num") - 20):m.start("num")])
                again.setdefault(m.group("prov"), []).append(
                    (float(value), qual, doc.block_span(b, s + m.start("num"), s + m.end("num"))))
            opens = _OPENS.match(text)
            if opens is None or _TOLD_AGAIN.search(text):
                continue
            counts = _counts(text)
            if len(counts) == 1 and not counts[0][4]:
                value, start, end, qual, _ = counts[0]
                stated.setdefault(opens.group("prov"), []).append((value, qual, doc.block_span(b, s + start, s + end)))
    return told_again(stated, again, lambda prov: f"value:{doc.path}#{prov}", lambda prov: f"{prov} count", title)
