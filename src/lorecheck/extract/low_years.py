"""Worlds dated in years below 1000: is this document one, and which three-digit numbers may be its years?

Fantasy, classical and invented-era worlds write "Theramnes died in 447", "born: 381", "| death_date = 438",
"from 426 to 431", "the spring of 433", "in the year 412", "412 of the Third Age", "412 TA". A bare three-digit
number is a year only in such a document and only where a year is expected; elsewhere ("431 hoplites",
"Highway 401", "in 300 cases" on a page dated 1916) it is a count. The decision is made once per document, by
evidence no count can give: dates whose year is three digits and unambiguous because of what surrounds it

- a month ("10 April 653") or a season ("the summer of 420", "spring 433") before it,
- "year" before it ("in the year 412", "Year 412"), or a named era after it ("412 of the Third Age"), or the
  document's own era abbreviation after it ("412 TA", eras.abbreviated_eras),
- a date field (fields.yaml roles listed in eras.yaml low_year_field_roles) whose whole value is the year or a
  range of such years ("born: 381", "| date = {{start date|420}}", "Reign:: 426-431"),
- a life or a body dated by its verb, the year closing the clause ("born in 381.", "was founded in 404;",
  eras.yaml low_year_verbs),
- a range of such years standing alone in a cell, a field or brackets ("| 426–431 |", "(434-437)"),

at least two of them and more than the document's four-digit years; in a document that writes years before the
era (a bare year there may be a year BC) only the first and the last kind count. The window of years it opens (a margin
around the evidence, dates.SHORT_YEAR_MARGIN) is what dates._short_year then reads in year positions.

Per document: the extraction cache is keyed by the file's bytes, so the decision is part of the key.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from . import dates
from .eras import abbreviated_eras

_YEAR3 = r"([1-9]\d\d)(?!\d|[,.:/]\d)"
_NOT_COUNTED = r"(?!\s+[a-z]+s\b)"  # "the summer of 420 ships" is no date
_SEASON_YEAR = re.compile(r"\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\s+(?:of\s+)?" + _YEAR3 + _NOT_COUNTED)
_YEAR_WORD = re.compile(r"\b[Yy]ear\s+" + _YEAR3 + _NOT_COUNTED)
# a three-digit number ("(?<!\d)[1-9]\d\d(?!\d)", its look-behind after its first digit so that re skips to a digit)
_LOW_HINT = re.compile(r"[1-9](?<!\d[1-9])\d\d(?!\d)")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(date field holding a bare three-digit year, three-digit year of a named era, "died in 447.")."""
    eras = vocabulary.load("eras")
    roles = set(eras.get("low_year_field_roles") or ())
    keys = sorted((str(k) for k, role in (vocabulary.load("fields").get("roles") or {}).items() if role in roles),
                  key=len, reverse=True)
    key_alt = "|".join(re.escape(k).replace("_", "[ _]") for k in keys) or "(?!)"
    # "born: 381", "Born:: 381", "| date = {{start date|420}}", "* '''Died''': 447", "reign = 426–431"
    field = re.compile(
        r"^[ \t|*>-]*(?:'''|\*\*)?(?i:%s)(?:'''|\*\*)?[ \t]*(?:::?|=|\t)[ \t]*(?:'''|\*\*)?"
        r"(?:\{\{\s*(?i:start|end|birth|death)?[ _-]?(?i:date)[^|{}\n]*\|\s*)?\[?[ \t]*"
        r"%s(?:[ \t]*(?:[–—-]|to)[ \t]*%s)?[ \t]*(?:\]|\}\}|'''|\*\*)?[ \t]*(?:,|$)"
        % (key_alt, _YEAR3, _YEAR3), re.MULTILINE)
    heads = "|".join(re.escape(str(h)) for h in eras.get("era_heads") or ()) or "(?!)"
    era = re.compile(r"(?<![\d,.])\b" + _YEAR3 + r"\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:%s)\b" % heads)
    verbs = "|".join(re.escape(str(v)) for v in eras.get("low_year_verbs") or ()) or "(?!)"
    told = re.compile(r"\b(?:%s)\s+in\s+%s(?=\s*(?:[,;:.!?)]|$))" % (verbs, _YEAR3), re.MULTILINE)
    return field, era, told


def evidence(text: str) -> list[int]:
    """The three-digit years of the document's unambiguous dates (see the module doc), each written year once.
    A year of a named era ("Year 512 of the Long Reckoning") counts only in a document that writes no four-digit
    year: beside years of the common count it is a year of another count."""
    years = dates.short_year_evidence(text)
    if not _LOW_HINT.search(text):
        return list(years.values())
    field, era, told = _patterns()
    common = dates.has_four_digit_year(text)
    found = [_SEASON_YEAR.finditer(text), told.finditer(text)]
    found.append([m for m in _YEAR_WORD.finditer(text) if not era_after(text, m.end(1))])
    if not common:
        found.append(era.finditer(text))
    for matches in found:
        for m in matches:
            years.setdefault(m.start(1), int(m.group(1)))
    for m in field.finditer(text):
        if m.group(2) is None or int(m.group(1)) <= int(m.group(2)):
            for g in (1, 2):
                if m.group(g):
                    years.setdefault(m.start(g), int(m.group(g)))
    for abbreviation in abbreviated_eras(text):
        for m in re.finditer(r"(?<![\d,.])\b([1-9]\d\d)\s+%s\b" % re.escape(abbreviation), text):
            years.setdefault(m.start(1), int(m.group(1)))
    return list(years.values())


# "490 BC", "the 460s BCE", "480 B.C.": a document that counts years before the era; its bare years may be either
_BEFORE_ERA = re.compile(r"\d\s*(?:BCE?\b|B\.\s?C\.)")


def writes_years_before_the_era(text: str) -> bool:
    if "BC" not in text and "B." not in text:  # in every match of _BEFORE_ERA: most pages are spared its scan
        return False
    return len(_BEFORE_ERA.findall(text)) >= 2


def low_year_window(text: str) -> tuple[int, int] | None:
    """The three-digit years a document's bare numbers may be, or None for a document not dated in them. A
    document that writes years before the era ("490 BC" twice or more) opens none: its bare "the summer of 480"
    or "in 492" may be a year BC, and read as one of the era it would be a wrong date: only its full dates and
    standalone ranges open one (dates.short_year_window, as before this module)."""
    if writes_years_before_the_era(text):
        return dates.short_year_window(text)
    return dates.window_of(evidence(text), text)


@lru_cache(maxsize=1)
def cues() -> tuple[frozenset[str], frozenset[str]]:
    """(words before a bare year that make it one, words that do so when the year closes its clause)."""
    eras = vocabulary.load("eras")
    return (frozenset(str(w).lower() for w in eras.get("low_year_cues") or ()),
            frozenset(str(w).lower() for w in eras.get("low_year_closing_cues") or ()))


@lru_cache(maxsize=1)
def _era_after() -> re.Pattern:
    heads = "|".join(re.escape(str(h)) for h in vocabulary.load("eras").get("era_heads") or ()) or "(?!)"
    return re.compile(r"\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:%s)\b" % heads)


def era_after(text: str, end: int) -> bool:
    """A named era right after a year ending at `end` ("412| of the Third Age")."""
    return _era_after().match(text, end) is not None
