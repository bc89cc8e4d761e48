"""Counts of a plural noun, in a sentence or a field, that another document may give differently: "to the value
of nine thousand guilders" in a ledger, "for trade goods valued at 6,000 guilders" on the island's page; "312
masters (1520)" on the guild's page, "which numbered two hundred and thirteen masters in 1520" in a gazetteer.

A count is a number (digits or words: "two hundred and thirteen", "nineteen hundred") followed, within two
words, by a plural noun. Its year is the one its clause names (the nearest, when the clause names several),
else the sentence's only one; its words are those of the sentence's names and of the page's title, by which
checks/cross_document.py meets it with another document's count of the same noun and year. A bound ("over 400",
"nearly"), a range, a part ("340 of them"), a share ("per cent") and a count that changes ("had grown to") say
nothing about the value and give no mention.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import Block, BlockKind, CountMention, Document, Origin, Quantity
from .event_mentions import capitalised_runs, capitalised_words
from .measures import SCALE, clause_of, figure_sentences, word_stem, years_named
from .numbers import number_words

_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z][A-Za-z'’-]*|\S")
_SCALES = frozenset({"hundred", "thousand"})
# a sentence without one dates no count: 3-4 digits, no digit, comma or point before them, no digit or comma after
# ("(?<![\d,.])\d{3,4}(?![\d,])", written to open on a digit: re then skips to the digits instead of trying the
# look-behind at every character, four times faster)
_YEARISH = re.compile(r"\d(?<![\d,.]\d)\d{2,3}(?![\d,])")


@lru_cache(maxsize=1)
def _spec() -> dict:
    data = vocabulary.load("measures") or {}
    counts = data.get("cross_document_counts") or {}
    return {
        "bounds": tuple(sorted((str(w).lower() for w in data.get("bounds") or ()), key=len, reverse=True)),
        "approximate": tuple(sorted((str(w).lower() for w in data.get("approximate") or ()), key=len, reverse=True)),
        "changes": frozenset(str(w).lower() for w in data.get("changes") or ()),
        "not_counted": frozenset(str(w).lower() for w in counts.get("not_counted") or ()),
        "modifier_stops": frozenset(str(w).lower() for w in counts.get("modifier_stops") or ()),
    }


def _number_at(tokens: list[str], i: int) -> tuple[float, int] | None:
    """(value, index after it) of the number starting at tokens[i]: digits, or number words with "hundred",
    "thousand" and "and" ("two hundred and thirteen", "nine thousand", "nineteen hundred")."""
    word = tokens[i]
    if word[:1].isdigit():
        try:
            value = float(word.replace(",", ""))
        except ValueError:
            return None
        scale = SCALE.get(tokens[i + 1].lower()) if i + 1 < len(tokens) else None
        return (value * scale, i + 2) if scale else (value, i + 1)  # "2.9 million inhabitants"
    words = number_words()
    total = current = 0
    j = i
    seen = False
    while j < len(tokens):
        w = tokens[j].lower()
        parts = w.split("-")
        if w in _SCALES:
            if not seen:
                break
            if w == "hundred":
                current *= 100
            else:
                total, current = total + current * 1000, 0
        elif all(p in words and p not in _SCALES for p in parts) and w not in ("a", "an") and len(parts) <= 2:
            current += sum(words[p] for p in parts)
            seen = True
        elif w == "and" and seen and j + 1 < len(tokens) and tokens[j + 1].lower().split("-")[0] in words \
                and tokens[j - 1].lower() in _SCALES:
            pass  # "two hundred and thirteen"
        else:
            break
        j += 1
    if not seen or tokens[i].lower() in ("one", "a", "an"):
        return None
    return float(total + current), j


def _noun_after(tokens: list[str], j: int) -> int | None:
    """Index of the counted noun after a number: a plural lower-case word, at most two words on (past modifiers
    such as "harbour", "gross register", "Brethren")."""
    spec = _spec()
    for k in range(j, min(j + 3, len(tokens))):
        w = tokens[k]
        low = w.lower()
        if not w[:1].isalpha() or low in spec["modifier_stops"]:
            return None
        if w[:1].islower() and low.endswith("s") and not low.endswith("ss") and len(low) > 3 \
                and low not in spec["not_counted"]:
            return k
    return None


def count_qualifier(before: str) -> tuple[str | None, bool]:
    """(approximating word, is a bound) just before a number."""
    spec = _spec()
    low = before.lower().rstrip()
    for q in spec["bounds"]:
        if low.endswith(q) and (len(low) == len(q) or not low[-len(q) - 1].isalnum()):
            return q, True
    for q in spec["approximate"]:
        if low.endswith(q) and (len(low) == len(q) or not low[-len(q) - 1].isalnum()):
            return q, False
    return None, False


def told_again(stated: dict, again: dict, measure_of, label_of, title: str | None) -> list[Quantity]:
    """Quantity facts of one measure per key stated by exactly one count and told again by at least one other
    (each a (value, qualifier, span)), for the conflicting-value rule to compare; `measure_of` and `label_of`
    name a key's measure and label."""
    out = []
    for key, own in stated.items():
        if len(own) != 1 or key not in again:
            continue
        for value, qual, span in own + again[key]:
            out.append(Quantity(measure=measure_of(key), label=label_of(key), value=value, qualifier=qual,
                                span=span, origin=Origin.PROSE, subject=title))
    return out


def _year_of(text: str, at: int) -> int | None:
    """The year the count at text[at] is of: its clause's (the nearest), else the sentence's only one."""
    clause = clause_of(text, at)
    start = text.find(clause)
    years = years_named(clause)
    if len(years) == 1:
        return next(iter(years))
    if years:
        spots = [(abs(m.start() + start - at), int(m.group())) for m in re.finditer(r"\d{3,4}", clause)
                 if int(m.group()) in years]
        return min(spots)[1] if spots else None
    years = years_named(text)
    return next(iter(years)) if len(years) == 1 else None


def _mentions(text: str, offset: int, block: Block, doc: Document, origin: Origin, title_words: list[str],
              year: int | None = None, names: tuple[str, ...] = ()) -> list[CountMention]:
    spec = _spec()
    tokens = _TOKEN.findall(text)  # (where each stands is looked up only for a count found: _token_spans)
    if not spec["changes"].isdisjoint(map(str.lower, tokens)):
        return []  # "had grown to 3,100": another moment's count
    spans: list[tuple[int, int]] | None = None
    out = []
    word_values = number_words()
    i = 0
    while i < len(tokens):
        first = tokens[i][:1]
        if not (first.isdigit() or first.isalpha()) or \
                not first.isdigit() and tokens[i].lower().split("-")[0] not in word_values:
            i += 1  # a word opens a number only when it is a number word (_number_at would say None)
            continue
        got = _number_at(tokens, i)
        if got is None:
            i += 1
            continue
        value, j = got
        k = _noun_after(tokens, j)
        if k is None:
            i = j
            continue
        if spans is None:
            spans = [m.span() for m in _TOKEN.finditer(text)]
        start, end = spans[i][0], spans[j - 1][1]
        i = j
        before = text[max(0, start - 25):start]
        after = text[spans[k][1]:spans[k][1] + 20]
        qual, bound = count_qualifier(before)
        if bound or re.search(r"\b(?:between|from|per)\s+$", before, re.I) \
                or re.match(r"\s*(?:of\s+(?:them|these|those|whom|which)\b|more|fewer|per\s*cent|%)", after, re.I) \
                or re.match(r"\s*(?:[-–—]|to|or)\s*\d", text[end:end + 6]):
            continue
        when = year if year is not None else _year_of(text, start)
        if when is None:
            continue  # only a year's count is compared across documents
        sentence_words = [w.rstrip("'’") for w in capitalised_words(text)]  # "the Goldbeaters' Guild"
        out.append(CountMention(value, word_stem(tokens[k]), when, doc.block_span(block, offset + start, offset + end),
                                origin, tuple(dict.fromkeys(sentence_words + title_words)), qual,
                                names or tuple(capitalised_runs(text))))
    return out


def count_mentions(doc: Document, title: str | None, prose_kinds: dict, fields_origin: Origin) -> list[CountMention]:
    """Every count of a plural noun in the document's prose and in its fields' values."""
    title_words = capitalised_words(title or "")
    out: list[CountMention] = []
    for block in doc.blocks:
        origin = prose_kinds.get(block.kind)
        if block.kind is BlockKind.FIELD and (block.raw_key or block.key):
            if re.search(r"\d$", block.key or ""):
                continue  # "strength1": a side's, read with the sides
            m = re.fullmatch(r"\s*(.*?)\s*\((\d{3,4})\)\s*", block.text)
            text, year = (m.group(1), int(m.group(2))) if m else (block.text, None)
            out += _mentions(text, block.text.find(text), block, doc, fields_origin, title_words, year,
                             (title,) if title else ())  # a field's count is its page's thing's
        elif origin is Origin.PROSE:
            text = block.text
            for start, stop in figure_sentences(block):
                if _YEARISH.search(text, start, stop):
                    out += _mentions(text[start:stop], start, block, doc, origin, title_words)
    return out
