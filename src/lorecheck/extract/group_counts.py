"""The strength of a named body of people told in the prose of two documents: "the Scholars' Company, 180
students from the college" on a battle's page and "a Scholars' Company ... In all, 210 students marched" on the
college's; "the 96 men of B Troop, 3rd Squadron" and "B Troop of the 3rd Squadron ... its 90 men".

A body is named by capitalised words before a unit noun (vocabulary measures.yaml `group_counts.units`: "Company",
"Battalion", "Legion"), with the formation it belongs to when one follows ("B Troop, 3rd Squadron", "B Troop of
the 3rd Squadron"): B Troop of another squadron is another troop. Its count is a number and a plural noun bound to
the name by the sentence's shape:

- "the N <noun> of [the] <Name>", "<Name>'s N <noun>";
- "<Name>, N <noun>" or "<Name> (N <noun>" (an apposition);
- "<Name> numbered / mustered / counted N <noun>", "<Name> of N <noun>";
- "its N <noun>" or "the <unit>'s N <noun>", the body named before it in the sentence (or the sentence before),
  "the <unit>" being the paragraph's last body of that unit;
- "In all, N <noun>" opening the sentence after one that names one body and no other.

A bound ("over 200 men"), a part ("N of them", "N <noun> were killed"), a change ("had fallen to") give nothing.
Each count becomes a Quantity of measure "group:<noun>" whose subject is the body, dated by the one year its
sentence (or the sentence naming the body) gives; checks/cross_document.py compares two documents' counts of
one body and noun (not of two years).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .. import vocabulary
from ..model import BlockKind, DateRange, DateValue, Document, Origin, Quantity
from ..vocabulary import alternation
from .count_mentions import count_qualifier
from .event_mentions import _NOT_NAMES
from .measures import figure_sentences, years_named
from .numbers import DIGITS, number_value


@lru_cache(maxsize=1)
def _spec() -> dict:
    data = vocabulary.load("measures") or {}
    spec = data.get("group_counts") or {}
    units = [str(u) for u in spec.get("units") or ()]
    unit = alternation(units)
    name_word = r"(?:[A-Z][\w'’.-]*|No\.\s*\d+|\d+(?:st|nd|rd|th))"
    # "Academic Company", "C Company", "2nd Battalion"; the formation after it: ", 2nd Battalion", "of the 4th Legion"
    name = rf"(?P<name>(?:{name_word}\s+){{1,4}}(?P<unit>{_titled(units)})(?:\s+(?:\d+|[IVXL]+)\b)?)(?![\w'’])"
    of = rf"(?P<of>(?:,\s+|\s+of\s+the\s+)(?:\d+(?:st|nd|rd|th)|[A-Z][\w'’-]*)\s+{_titled(units)})?"
    num = rf"(?P<num>{DIGITS}|[a-z]+(?:-[a-z]+)?)"
    noun = r"(?P<noun>men|[a-z][a-z'’-]{2,}[^s'’\W]s)\b"
    return {
        "name": re.compile(name + of),
        "the_unit": re.compile(rf"\bthe\s+(?P<unit>{unit})(?:['’]s)?\b"),
        "of_name": re.compile(rf"\b[Tt]he\s+(?:(?:some|about|around|nearly|roughly)\s+)?{num}\s+{noun}\s+of\s+(?:the\s+)?$"),
        "after_name": re.compile(rf"(?:,\s+|\s+\(\s*|['’]s\s+|,?\s+(?:which\s+|that\s+)?(?:numbered|mustered|counted|"
                                 rf"totalled|totaled|comprised)\s+|\s+of\s+)(?:(?:some|about|around|nearly|roughly)\s+)?"
                                 rf"{num}\s+{noun}"),
        "its": re.compile(rf"\b(?:its|[Tt]he\s+(?P<unit>{unit})['’]s)\s+(?:(?:some|about|around|nearly|roughly)\s+)?"
                          rf"{num}\s+{noun}"),
        "in_all": re.compile(rf"\s*(?:In\s+all|All\s+told|Altogether),\s+(?:(?:some|about|around|nearly|roughly)\s+)?"
                             rf"{num}\s+{noun}"),
        # "N of them", "N men ... were killed": a part, not the body's strength
        "part": re.compile(rf"\s*of\s+(?:them|these|those|whom|which)\b|[^;.]{{0,60}}?\b(?:died|fell|(?:were|was|had\s+been)\s+"
                           rf"(?:{alternation(spec.get('parts') or ())}))\b", re.I),
        "changes": frozenset(str(w).lower() for w in data.get("changes") or ()),
        "not_counted": frozenset(str(w).lower() for w in (data.get("cross_document_counts") or {}).get("not_counted") or ()),
    }


@lru_cache(maxsize=1)
def _unit_names() -> re.Pattern:
    """The units as "name" writes them (capitalised, case kept): every body "name" finds holds one, so a text
    without one names no body. One search a block (a charset scan in re), where "name" costs ~40 us a sentence."""
    data = vocabulary.load("measures") or {}
    return re.compile(_titled([str(u) for u in (data.get("group_counts") or {}).get("units") or ()]) or "(?!)")


def _titled(units) -> str:
    return "(?:" + "|".join(re.escape(u[:1].upper() + u[1:]) for u in sorted(units, key=len, reverse=True)) + ")"


def _names(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, key, unit) of each body a sentence names: "C Company, 2nd Battalion"."""
    out = []
    for m in _spec()["name"].finditer(text):
        words = m.group("name").split()
        while len(words) > 1 and words[0].casefold() in _NOT_NAMES and not (len(words) == 2 and len(words[0]) == 1):
            words.pop(0)  # "The Academic Company", "On C Company's ..."
        if len(words) < 2:
            continue
        key = " ".join(words)
        if m.group("of"):
            key += ", " + re.sub(r"^(?:,\s+|\s+of\s+the\s+)", "", m.group("of"))
        out.append((m.start("name") + m.group("name").find(words[0]), m.end(), key, m.group("unit").lower()))
    return out


def _value(m) -> float | None:
    value = number_value(m.group("num"))
    return None if value is None or value < 2 else float(value)


def _told_years(facts) -> list[tuple[tuple[int, int], int]]:
    """((line, column), year) of each date the document tells to the month or the day, in order."""
    out = []
    for d in facts.dates:
        v = d.value.start if isinstance(d.value, DateRange) else d.value
        if isinstance(v, DateValue) and v.month is not None and not v.bc:
            out.append(((d.span.line, d.span.column), v.year))
    return sorted(out)


def group_counts(doc: Document, facts, prose_kinds) -> list[Quantity]:
    spec = _spec()
    told = _told_years(facts)
    out: list[Quantity] = []
    for b in doc.blocks:
        if prose_kinds.get(b.kind) is not Origin.PROSE or b.kind is BlockKind.TABLE_CELL:
            continue
        last_of_unit: dict[str, tuple[str, int | None]] = {}  # unit -> (the paragraph's last body of it, its year)
        before: list[tuple[str, int | None]] = []  # the bodies the sentence before named
        named_units = _unit_names().search(b.text) is not None  # else no sentence of the block names a body
        for s, e in figure_sentences(b):
            text = b.text[s:e]
            names = _names(text) if named_units else []
            # (every match holds "its" or a possessive "'s"/"’s", as written: most sentences have neither)
            its = list(spec["its"].finditer(text)) if "its" in text or "'s" in text or "’s" in text else []
            in_all = spec["in_all"].match(text)
            if not (names or its or in_all):
                before = []  # (as below: a sentence that names no body leaves none for the next)
                continue
            # the sentence's year is kept only with a body or a figure of one: looked for only then (most
            # sentences have neither, and years_named is pure)
            years = years_named(text, True)
            year = next(iter(years)) if len(years) == 1 else None
            found: list[tuple[object, str, int | None]] = []  # (match, body, year)
            for start, end, key, unit in names:
                m = spec["of_name"].search(text, max(0, start - 60), start)
                if m is not None and m.end() == start:
                    found.append((m, key, year))
                m = spec["after_name"].match(text, end)
                if m is not None:
                    found.append((m, key, year))
            for m in its:
                if m.group("unit"):
                    body = last_of_unit.get(m.group("unit").lower())
                    refs = [body] if body else []
                else:
                    refs = _refs_before(text, m.start(), names, last_of_unit, year) or before[-1:]
                if len(refs) == 1:
                    found.append((m, refs[0][0], year if year is not None else refs[0][1]))
            m = in_all
            if m is not None and len({k for k, _ in before}) == 1:
                found.append((m, before[0][0], year if year is not None else before[0][1]))
            if found and not spec["changes"] & {w.lower() for w in re.findall(r"[A-Za-z]+", text)}:
                for m, body, when in found:
                    qual, bound = count_qualifier(text[max(0, m.start("num") - 25):m.start("num")])
                    value = _value(m)
                    noun = m.group("noun").lower()
                    if value is None or bound or noun in spec["not_counted"] or spec["part"].match(text, m.end()):
                        continue
                    span = doc.block_span(b, s + m.start("num"), s + m.end("num"))
                    if when is None:  # the story's year: the last date told to the month or day before it
                        k = bisect_left(told, ((span.line, span.column), -1))
                        when = told[k - 1][1] if k else None
                    out.append(Quantity(measure=f"group:{noun}", label=noun, value=value, qualifier=qual,
                                        span=span, origin=Origin.PROSE, subject=body,
                                        when=DateValue(when) if when is not None else None))
            for start, end, key, unit in names:
                last_of_unit[unit] = (key, year)
            named = [(key, year) for _, _, key, _ in names]
            before = named
    return out


def _refs_before(text: str, at: int, names, last_of_unit, year) -> list[tuple[str, int | None]]:
    """The body "its" at text[at] stands for: the last one named, or called "the <unit>", before it."""
    refs = [(start, (key, year)) for start, _, key, _ in names if start < at]
    for m in _spec()["the_unit"].finditer(text, 0, at):
        body = last_of_unit.get(m.group("unit").lower())
        if body is not None and not any(start <= m.start() < start + 60 and k == body[0] for start, (k, _) in refs):
            refs.append((m.start(), body))
    return [max(refs, key=lambda r: r[0])[1]] if refs else []
