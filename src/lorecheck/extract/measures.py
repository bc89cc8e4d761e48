"""A measure given in a field or a table cell, and the prose that gives it again, are one value.

"Staff (1702):: 2,260" and "By 1702 ... the company employed some 2,620 clerks"; "Height of
spire: 212 feet" and "finished the spire at 221 feet"; a table's "| Peak circulation |" cell
"130,000 (1912)" in the Wicket's row and "its circulation peaked at 310,000 in 1912". A field names its
measure by its key's nouns (vocabulary measures.yaml adds the words prose uses instead), its year by a
year in the key, in the value's parentheses or in a sibling "<key>_year" / "<key>_date" field, its subject by a name
before the value's parentheses or by the table row; prose gives the same measure when a number in a
sentence carries the same unit, or is followed (or closely preceded) by one of those words, about
the same subject, in the same year or in none. A part ("340 of them"), a bound ("over 400"), a range,
a sentence of another year and a count that changes ("had grown to") say nothing about the value.
A bracketed remark naming one year dates a field's value ("41,206 (v Harl Town, 14 April 1951)", "14,260
(1901 census)"); one that changes what it counts ("412 (plus 30 marines)") leaves it unread. A unit may be
a symbol or two words ("4,600 km²", "6,400 square kilometres"), a number in words is read whole ("eight
thousand"), and a number set off by commas right after the measure's word restates it ("The ground's record
attendance, 41,602, was set"). A table row of its own year ("| 434 AR | 321 |") gives its cells that year.

Each measure and its restatements become Quantity facts of one measure "value:<doc>#<n>", compared by
the conflicting-value rule (with rounding: "about 3,000" restates 3,150).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .. import vocabulary
from ..model import Block, BlockKind, DateRange, Document, Origin, Quantity
from .field_sums import breakdown_of, parts as breakdown
from .infobox import dated_figure_key
from .dates import MONTHS, MONTH_ABBREVIATIONS
from .sentences import ANOTHER_ONE_BEFORE, FIGURE_OF_OTHER_CLAUSE
from .numbers import DIGITS, WORD, spelled_number, spelled_numbers, word_number
from .sentences import sentence_spans

_YEAR = re.compile(r"(?<![\d,.])(\d{3,4})(?![\d,])")
_YEAR_OR_COMMA = re.compile(r"(?<![\d,.])(\d{3,4})(?!\d|,\d)")  # also "In 1704, two years on"; not "123,456"
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'’”)*]*\s+(?=[\"'“(*\[]*[A-Z0-9])")
_HOURS = re.compile(rf"(?P<h>{DIGITS}|[a-z]+(?:-[a-z]+)?)\s*(?:h|hrs?|hours?)\b(?:\s*(?:and\s+)?"
                    rf"(?P<m>\d{{1,2}}|[a-z]+(?:-[a-z]+)?)\s*(?:min|mins|minutes?)\b)?", re.I)


@dataclass(frozen=True, slots=True)
class _Vocab:
    group_of: dict[str, tuple[int, ...]]  # word stem -> its synonym groups, the first its own
    unit_of: dict[str, str]  # "ft" -> "feet"
    stop: frozenset[str]
    approximate: tuple[str, ...]
    bounds: tuple[str, ...]
    changes: frozenset[str]
    not_measures: frozenset[str]
    whole_cues: frozenset[str]
    dating_words: frozenset[str]
    altering_remarks: frozenset[str]
    part_cues: frozenset[str]


@lru_cache(maxsize=1)
def measure_vocab() -> _Vocab:
    data = vocabulary.load("measures") or {}
    group_of: dict[str, tuple[int, ...]] = {}
    for i, words in enumerate(data.get("synonyms") or ()):
        for w in words:
            stem = word_stem(str(w))
            if i not in group_of.get(stem, ()):
                group_of[stem] = (*group_of.get(stem, ()), i)
    unit_of = {str(w).lower(): str(unit) for unit, words in (data.get("units") or {}).items() for w in words}
    def phrases(key):
        return tuple(sorted((str(w).lower() for w in data.get(key) or ()), key=len, reverse=True))
    return _Vocab(group_of, unit_of, frozenset(str(w).lower() for w in data.get("key_stopwords") or ()),
                  phrases("approximate"), phrases("bounds"), frozenset(phrases("changes")),
                  frozenset(phrases("not_measures")), frozenset(phrases("whole_cues")),
                  frozenset(phrases("dating_words")), frozenset(phrases("altering_remarks")),
                  frozenset(phrases("part_cues")))


@lru_cache(maxsize=1)
def _resized() -> frozenset[str]:
    """Words that tell a thing was made bigger or smaller ("rebuilt", "enlarged"; measures.yaml owned_measures)."""
    owned = (vocabulary.load("measures") or {}).get("owned_measures") or {}
    return frozenset(str(w).lower() for w in owned.get("changes") or ())


@lru_cache(maxsize=1)
def _size_units() -> frozenset[str]:
    """Units of a thing's own size (a length, an area, a mass; measures.yaml owned_measures), not of a share."""
    owned = (vocabulary.load("measures") or {}).get("owned_measures") or {}
    return frozenset(str(u) for u in owned.get("units") or ())


@lru_cache(maxsize=1)
def _value_columns() -> frozenset[str]:
    """Column names that hold a row's value and name no measure ("Value"; measures.yaml value_columns)."""
    return frozenset(str(w).lower() for w in (vocabulary.load("measures") or {}).get("value_columns") or ())


def word_stem(word: str) -> str:
    w = word.lower().strip("'’-")
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith(("ss", "us")) and len(w) > 3:  # not "census", "surplus"
        return w[:-1]
    return w


@dataclass(slots=True)
class _Record:
    """One measure stated in a field or a table cell."""

    words: frozenset[str]  # stems of the key's nouns (and the counted noun of the value)
    head: str  # the noun that names the measure ("employee", "height", "circulation")
    unit: str | None  # "feet", "tonnes", "minutes"; None for a count
    year: int | None
    subject: str | None  # a name the measure belongs to (a table row, "Marren Gale (…, 52,000 tonnes)")
    value: float
    qualifier: str | None
    block: Block
    start: int
    end: int
    origin: Origin
    key_words: tuple[str, ...] = ()  # the key's or column's words that name something
    qualifiers: frozenset[str] = field(default_factory=frozenset)  # key words that set it apart from a sibling
    # a bulleted row's label under the field ("• Census<TAB>41,000"), or a table row's other cells ("hearth census")
    note: frozenset[str] = field(default_factory=frozenset)
    key_unit: bool = False  # the unit is the key's last word ("length_m"), not written with the value
    fields_only: bool = False  # compared with other fields only, never with the prose (a party's dead on a page of sides)
    heading_year: bool = False  # dated by its heading's own line ("(1700)"): only a sentence of that year tells it


def _number(token: str) -> float | None:
    t = token.replace(",", "")
    try:
        return float(t)
    except ValueError:
        n = word_number(token)
        return float(n) if n is not None and token.lower() not in ("a", "an") else None


_VALUE = re.compile(
    rf"(?P<qual>(?:c\.|ca\.|about|around|approximately|some|circa|roughly|over|under|nearly)\s+)?"
    rf"(?P<num>{DIGITS})(?:\s*(?P<unit>[A-Za-z][A-Za-z'’-]*[²³]?(?:\s+[a-z][A-Za-z'’-]*[²³]?){{0,4}}))?"
    rf"\s*(?:\((?P<paren>[^()]*)\))?")
_NAMED_VALUE = re.compile(rf"(?P<name>[A-Z][^():]*?)\s*\((?:[^()]*?,\s*)?(?<![\d,])(?P<num>{DIGITS})\s+(?P<unit>[A-Za-z]+)\s*\)")


def _parse_value(text: str) -> tuple[float, str | None, str | None, int | None, str | None, int, int] | None:
    """(value, unit-or-noun, qualifier, year, subject, start, end) of a field's whole value, or None."""
    text = text.strip().strip('"')
    hours = _HOURS.fullmatch(text)
    if hours and hours.group("h")[:1].isdigit():
        minutes = _minutes(hours)
        return (minutes, "minutes", None, None, None, 0, len(text)) if minutes is not None else None
    m = _VALUE.fullmatch(text)
    if m is not None:
        year = None
        if m.group("paren") is not None:
            year = _remark_year(m.group("paren"))
            if year is None and breakdown(m.group("paren"), _number(m.group("num")) or 0):
                pass  # "96 (40 + 33 + 25)": the bracket adds up the value (extract/field_sums.py), which stands
            elif year is None and not _names_whose(m.group("paren")):
                return None  # "6 (plus two observers)": a value with a remark, not a plain measure
        value = _number(m.group("num"))
        if value is None or (m.group("qual") or "").strip().lower() in ("over", "under"):
            return None
        value, unit = _scaled(value, m.group("unit"))
        return value, unit, (m.group("qual") or "").strip().lower() or None, year, None, m.start("num"), m.end("num")
    m = _NAMED_VALUE.fullmatch(text)
    if m is not None and measure_vocab().unit_of.get(m.group("unit").lower()):
        value = _number(m.group("num"))
        if value is not None:
            return value, m.group("unit"), None, None, m.group("name").strip(), m.start("num"), m.end("num")
    return None


# "3 June 1872", "June 3, 1872", "June 1872": a sentence's month and year
_MONTH_YEAR = re.compile(r"\b(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|"
                         r"july|august|september|october|november|december)\.?\s+(?:\d{1,2},?\s+)?(?P<y>\d{3,4})\b", re.I)
# "on 17 August", "August 17": a day and month written without a year
_DAY_MONTH = re.compile(r"\b(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sept?|"
                        r"oct|nov|dec|january|february|march|april|june|july|august|september|october|november|"
                        r"december)\b\.?(?!,?\s+\d)"
                        r"|(?P<m2>january|february|march|april|june|july|august|september|october|november|december)"
                        r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s+\d))", re.I)
_REMARK_DATE = re.compile(r"(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?"
                          r"(?=\d{3,4}\b)", re.I)


def _remark_year(paren: str) -> int | None:
    """The year a bracketed remark after a value dates it by: "(1901)", "(1901 census)", "(v Harl Town, 3 May
    1950)"; None when the remark names no one year, or alters the value ("plus two observers", "officers only",
    "of whom 40 ...": another figure or a word of measures.yaml `altering_remarks`)."""
    years = _YEAR.findall(paren)
    if len(years) != 1:
        return None
    rest = _YEAR.sub(" ", _REMARK_DATE.sub(" ", paren))
    words = {w.lower() for w in WORD.findall(rest)}
    if any(c.isdigit() for c in rest) or words & measure_vocab().altering_remarks \
            or any(word_number(w) is not None for w in words - {"a", "an"}):
        return None
    return int(years[0])


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)\b")


def _names_whose(paren: str) -> bool:
    """"4,200 (3rd Infantry Division and Velmar garrison)": a remark of names only (and "and") says whose the whole
    figure is; a number or another altering word in it ("plus", "only") changes what it counts."""
    rest = _ORDINAL.sub(" ", paren)
    words = WORD.findall(rest)
    return not any(c.isdigit() for c in rest) and any(w[:1].isupper() for w in words) \
        and not {w.lower() for w in words} - {"and"} & measure_vocab().altering_remarks \
        and all(word_number(w) is None for w in words if w.lower() not in ("a", "an"))


SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_SCALE_AFTER = re.compile(r"\s+(thousand|million|billion)\b", re.I)


def _scaled(value: float, unit_words: str | None) -> tuple[float, str | None]:
    """"2.7 million (2339)", "1.2 million tonnes": the scale word multiplies the value and names no unit or
    counted noun (so that "2,700,000" and "2.7 million" are one figure)."""
    if not unit_words:
        return value, unit_words
    first, _, rest = unit_words.partition(" ")
    scale = SCALE.get(first.lower())
    return (value * scale, rest or None) if scale else (value, unit_words)


def _minutes(m: re.Match) -> float | None:
    h = _number(m.group("h"))
    mins = _number(m.group("m")) if m.group("m") else 0.0
    return None if h is None or mins is None else h * 60 + mins


def _key_words(key: str) -> tuple[list[str], int | None]:
    """Lower-case words of a key, and a year it names ("brothers_1340", "Staff (1702)")."""
    key = key.replace("_", " ")
    year = None
    y = _YEAR.search(key)
    if y is not None:
        year = int(y.group(1))
    return [w for w in (x.lower() for x in WORD.findall(key))], year


_PAREN = re.compile(r"\(([^()]*)\)")


def _dated_key(key: str) -> str:
    """"Population (census of 1330)", "Members (as of 1702)": a key dated in words is a key dated by its year
    ("Population (1330)"); a key's unit in parentheses ("Length (m)") is its last word ("Length m"); other
    parentheses ("Strength (besiegers)") stay for the caller to refuse."""
    def year_only(m: re.Match) -> str:
        inner = m.group(1)
        if measure_vocab().unit_of.get(inner.strip().lower()):
            return " " + inner.strip()
        years = _YEAR.findall(inner)
        rest = {w.lower() for w in WORD.findall(inner)}
        return f"({years[0]})" if len(years) == 1 and rest and rest <= measure_vocab().dating_words else m.group()
    return _PAREN.sub(year_only, key) if "(" in key else key


def _counts_what_was_done(words: list[str], done: list[str], v: _Vocab) -> bool:
    """"Copies burned", "Horses sold", "prisoners_exchanged": a plural noun and what was done to it is a
    count of that noun; "rule_approved", "Burned" alone are a moment."""
    return any(w.endswith("s") and not w.endswith("ss") and w not in v.stop and w not in done for w in words)


def _unit(words: list[str], v: _Vocab) -> str | None:
    """The unit the first words after a figure name: one word ("km²", "feet") or two ("sq km", "square
    kilometre", written "square-kilometre" as an adjective)."""
    if len(words) > 1 and (unit := v.unit_of.get(f"{words[0]} {words[1]}".lower())):
        return unit
    return v.unit_of.get(words[0].lower()) if words else None


def _record(words: list[str], key_year: int | None, parsed, block: Block, origin: Origin,
            subject: str | None) -> _Record | None:
    value, unit_words, qual, year, named, start, end = parsed
    v = measure_vocab()
    unit = None
    unit_in_key = False
    done = [w for w in words if w.endswith("ed") and len(w) > 4]
    if v.not_measures & set(words) or done and not _counts_what_was_done(words, done, v):
        return None  # "year_start", "session", "crew_start", "rule_approved": a moment or an ordinal
    words = [w for w in words if w not in done]  # "Copies burned": a count of copies
    nouns = [w for w in words if w not in v.stop]
    if unit_words and unit_words.split()[-1].lower() in v.not_measures:
        return None  # "about 11.05 pm": a time of day, not a count of its last word
    if unit_words:
        unit = _unit(unit_words.split(), v) or ("minutes" if unit_words == "minutes" else None)
        if unit is None:  # "140 horses": the counted noun; "41 delegates of the moon councils": the one before "of"
            phrase = unit_words.lower().split()
            nouns.append((phrase[:phrase.index("of")] if "of" in phrase[1:] else phrase)[-1])
    elif len(nouns) > 1 and (key_unit := _unit(nouns[-1:], v)) is not None:
        # "length_m: 212", "turnout_pct: 71.42", "Tonnage (tons)": the key's last word is the value's unit
        unit, words = key_unit, [w for w in words if w != nouns[-1]]
        nouns = nouns[:-1]
        unit_in_key = True
    if named is not None:
        subject = named
    if not nouns and unit is None:
        return None
    # the noun naming the measure: before "of" ("height of spire", "ships of the line"), else the last
    before_of = words[:words.index("of")] if "of" in words else words
    heads = [w for w in before_of if w not in v.stop] or nouns
    # "Survivors brought home": a plural before words that tell what befell it is the counted noun
    plural = [w for w in heads[:-1] if _PLURAL.fullmatch(w)]
    head = word_stem(plural[-1] if plural and not _PLURAL.fullmatch(heads[-1]) else heads[-1]) if heads else unit or ""
    if not head or _number(head) is not None:
        return None  # "Model Six": a name, not a measure
    return _Record(frozenset(word_stem(w) for w in nouns), head, unit, key_year or year, subject, value, qual,
                   block, start, end, origin, tuple(w for w in words if w not in v.stop and len(w) > 2),
                   key_unit=unit_in_key)


def field_records(doc: Document, blocks, origin: Origin, taken: set) -> list[_Record]:
    fields = [b for b in blocks if b.kind is BlockKind.FIELD and (b.raw_key or b.key)]
    years = {}
    for b in fields:  # "population_estimate_year = 1790", "circulation_date = 1930" date their figure fields
        stem = dated_figure_key(b.key)
        found = set(_YEAR.findall(b.text)) if stem else ()
        if len(found) == 1:
            years[stem] = int(found.pop())
    # "books: [2, 3]": a list, not one measure; the same key in front matter and in an inline field is
    # one measure stated twice
    keys = Counter((b.key, b.attrs.get("source")) for b in fields)
    # "Population / (1700) / • Total<TAB>52,400": a pasted infobox's heading dated on its own line, then its one
    # labelled value: one field of that year
    headed: dict[int, int] = {}
    for i, b in enumerate(fields[:-1]):
        nxt = fields[i + 1]
        if keys[(b.key, b.attrs.get("source"))] == 2 and nxt.key == b.key and \
                (y := _HEADING_YEAR.fullmatch(b.text)) is not None and _BULLET_ROW.fullmatch(nxt.text):
            headed[id(nxt)] = int(y.group(1))
            keys[(b.key, b.attrs.get("source"))] = 1
    # a page of sides (a battle's belligerents, strengths and losses) counts its dead side by side: no one toll
    sided = any(b.attrs.get("side") or _SIDED_KEY.match(b.key or "") for b in fields)
    out = []
    for b in fields:
        if keys[(b.key, b.attrs.get("source"))] > 1 or dated_figure_key(b.key) in years:
            continue  # "population_as_of = 2440" dates the population; it counts nothing
        if headed and _HEADING_YEAR.fullmatch(b.text) and any(n.key == b.key for n in fields if id(n) in headed):
            continue  # the heading's year, which dates the row under it
        # "casualties: {rebel_dead: 8400}": a nested key of one party's dead is that party's dead ("Rebel dead::")
        nested = "." in (b.key or "") and not b.attrs.get("record") and _one_party_dead(b.key.rpartition(".")[2])
        if "." in (b.key or "") and not nested or b.attrs.get("record") or re.search(r"\D\d{1,2}$", b.key or "") \
                or doc.block_span(b, 0).line in taken:  # "strength1", "stat_pop2": a side's or a series' own
            continue
        parsed = _parse_value(b.text) or _one_figured_part(b.text)
        label = _BULLET_ROW.fullmatch(b.text) if parsed is None else None
        note: frozenset[str] = frozenset()
        if label is not None and (parsed := _parse_value(label.group("value"))) is not None:
            # "Population / • Census<TAB>41,000", "• 1640<TAB>41,200": the field's value under a label, which names
            # its year or its source
            at = label.start("value")
            parsed = (*parsed[:5], parsed[5] + at, parsed[6] + at)
            note = frozenset(w.lower() for w in WORD.findall(label.group("label")) if len(w) > 3) \
                - measure_vocab().stop  # ("• Total": no source named)
        if parsed is None:
            continue
        raw = _dated_key(b.key.rpartition(".")[2] if nested else b.raw_key or b.key)
        if b.attrs.get("side") or re.search(r"\((?!\s*\d{3,4}\s*\))", raw):
            continue  # "Strength (besiegers)": a side's measure, read with the sides
        words, year = _key_words(raw)
        # "Killed:: 17", "deaths: 14" of one event (a wreck, a fire): the count of its dead; "rebel_dead: 1340",
        # "Rebel dead:: 1,340": the dead of the one party the key names
        whose = [w for w in words if w not in _toll_keys() and w not in measure_vocab().stop]
        # (a party's own key is its own count on a page of sides too)
        if (not sided or whose) and words and set(words) & _toll_keys() and len(whose) <= 1 \
                and not (whose and (whose[0] in measure_vocab().group_of or _number(whose[0]) is not None)) \
                and parsed[1] is None and parsed[4] is None:
            value, _, qual, in_paren, _, start, end = parsed
            out.append(_Record(frozenset({"killed", *whose}), "killed", None, year or in_paren, None, value, qual, b,
                               start, end, origin, tuple(words), fields_only=sided))
            continue
        r = _record(words, year or years.get((b.key or "").lower()) or headed.get(id(b)), parsed, b, origin, None)
        if r is not None:
            r.note, r.heading_year = note, id(b) in headed
            out.append(r)
    return out + _dated_count_records(fields, origin)


_RECORD_YEAR_KEYS = frozenset({"year", "date", "as_of"})


def _dated_count_records(fields: list[Block], origin: Origin) -> list[_Record]:
    """"fellows: [{year: 1860, count: 214}, {year: 1890, count: 602}]": a front-matter list of records of a year
    and one figure; each record is the list key's measure in its year (a record of more keys is another thing's:
    a president's term)."""
    by_record: dict[str, list[Block]] = {}
    for b in fields:
        if b.attrs.get("record") and "." in (b.key or ""):
            by_record.setdefault(b.attrs["record"], []).append(b)
    out = []
    for record in by_record.values():
        dates = [b for b in record if b.key.rpartition(".")[2] in _RECORD_YEAR_KEYS]
        if len(record) != 2 or len(dates) != 1 or (year := re.fullmatch(r"\d{3,4}", dates[0].text.strip())) is None:
            continue
        figure = record[0] if record[1] is dates[0] else record[1]
        parsed = _parse_value(figure.text)
        if parsed is None:
            continue
        words, _ = _key_words(figure.key.replace(".", " "))  # "fellows.count": the fellows counted
        r = _record(words, int(year.group()), parsed, figure, origin, None)
        if r is not None:
            out.append(r)
    return out


def _one_party_dead(key: str) -> bool:
    """"rebel_dead", "imperial_dead": a key of the dead and one word naming whose."""
    words = _key_words(key)[0]
    return bool(set(words) & _toll_keys()) and len([w for w in words if w not in _toll_keys()]) == 1


_HEADING_YEAR = re.compile(r"\s*\(\s*(\d{3,4})\s*\)\s*")
# a pasted infobox's labelled row under its field's heading: "• Census<TAB>41,000", "• c. 1500<TAB>about 118,000"
_BULLET_ROW = re.compile(r"\s*[•·]\s*(?P<label>[A-Za-z][^\t\d]{0,40}?)\t\s*(?P<value>[^\t]+?)\s*")


def _dated_by_row(records: list[_Record]) -> list[_Record]:
    """"• Census<TAB>41,000" under Population, and a census table's one row "1640 | 41,200 | hearth census": the
    field's value is that row's year's (the label names the row's source). A labelled value no one row names
    (an estimate of no year the page gives) is left unread: the prose's figures are of other moments or places."""
    v = measure_vocab()
    rows = [r for r in records if r.origin is Origin.TABLE and r.year is not None and r.subject is None]
    out = []
    for r in records:
        # a key's word besides its measure ("population_census: 41000") names the row as a label does
        note = r.note or (frozenset(w for w in r.key_words if len(w) > 3) if r.origin is not Origin.TABLE
                          and rows and r.year is None else frozenset())
        if r.origin is not Origin.TABLE and note:
            named = {t.year for t in rows if _group(v, t.head) == _group(v, r.head) and t.unit == r.unit
                     and note & t.note}
            if len(named) == 1 and r.year is None:
                r.year, r.note = named.pop(), note
            elif r.note:
                continue
        out.append(r)
    return out


_SIDED_KEY = re.compile(r"(?:combatant|belligerent|side|strength|casualties|commander)\d", re.I)


@lru_cache(maxsize=1)
def _toll_keys() -> frozenset[str]:
    """Keys that count an event's dead ("killed", "deaths"; measures.yaml toll_keys)."""
    return frozenset(str(w).lower() for w in (vocabulary.load("measures") or {}).get("toll_keys") or ())


def _one_figured_part(text: str):
    """"Two battalions; 2,400 all ranks (1939)": a value of parts set apart by semicolons, one of them a figure
    in digits and the others none, states that figure (its offsets into the whole value)."""
    if ";" not in text:
        return None
    found, at = [], 0
    for part in text.split(";"):
        lead = len(part) - len(part.lstrip())
        if re.search(r"\d", part):
            found.append((_parse_value(part), at + lead))
        at += len(part) + 1
    if len(found) != 1 or found[0][0] is None:
        return None
    (value, unit, qual, year, named, start, end), shift = found[0]
    return value, unit, qual, year, named, start + shift, end + shift


# a row's year, bare or in a named era ("1702", "434 AR", "88 BC", "1120 A.D.")
_ROW_YEAR = re.compile(r"(\d{3,4})(?:\s*(?:[A-Z]{1,2}|(?:[A-Z]\.){2}))?")
_MONTH_ROW = re.compile(r"(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{3,4}\b", re.I)


def _table_records(doc: Document) -> list[_Record]:
    """Cells of tables whose column names a measure: the row's subject is its first named cell, or the
    page's when the row is a year (a census table)."""
    rows: dict[tuple, dict[int, Block]] = {}
    for b in doc.blocks:
        if b.kind is BlockKind.TABLE_CELL and b.group is not None and "row" in b.attrs and b.attrs.get("column"):
            rows.setdefault((b.attrs.get("table", ""), b.attrs["row"]), {})[b.group] = b
    captions = {b.attrs["table"]: b.text.strip().strip("'*_ ") for b in doc.blocks
                if b.kind is BlockKind.CAPTION and b.attrs.get("table")}
    out = []
    for (table, _), cells in rows.items():
        order = [cells[i] for i in sorted(cells)]
        if len(order) == 2 and table in captions and order[1].attrs["column"].strip().lower() in _value_columns():
            # "|+ ''Heron'' / ! Particular !! Value / | Burthen || 1,240 tons": the caption's thing's burthen
            label, cell = order[0].text.strip().strip("'*_: "), order[1]
            parsed = _parse_value(cell.text.strip())
            words, _ = _key_words(label)
            # (a ship's name "Heron of Kestrevel" is "the Heron" in prose: the name before its place)
            thing = re.sub(r"\s+of\s+[A-Z][\w'’-]*$", "", captions[table])
            r = _record(words, None, parsed, cell, Origin.TABLE, thing) \
                if parsed is not None and words and not label[:1].isdigit() else None
            if r is not None:
                out.append(r)
            continue
        year = subject = None
        for c in order:
            t = c.text.strip().strip("'*_ ")
            if (y := _ROW_YEAR.fullmatch(t)) and c is order[0]:
                year = int(y.group(1))
                break
            if c is order[0] and _MONTH_ROW.match(t):
                break  # "October 1940 | 2,300 | ...": a month's row of a series, no one measure of a subject
            if t and not t[0].isdigit():
                subject = t
                break
        if year is None and subject is None:
            continue
        for c in order:
            t = c.text.strip()
            if not t or c.attrs["column"].strip().lower() in ("year", "date") \
                    or _ROW_YEAR.fullmatch(t) and (year is None or not t.isdigit()):
                continue  # a year; in a row of its own year ("434 AR | 321 |") a bare "321" is the column's count
            parsed = _parse_value(t)
            if parsed is None:
                continue
            column = _dated_key(c.attrs["column"])
            words, key_year = _key_words(column)
            if not words or re.search(r"\((?!\s*\d{3,4}\s*\))", column) or not re.search(r"[a-z]{3}", column):
                continue  # "Day sorties (losses)", "III": no one measure of the row
            r = _record(words, key_year or year, parsed, c, Origin.TABLE, subject if year is None else None)
            if r is not None:
                r.note = frozenset(w.lower() for o in order if o is not c for w in WORD.findall(o.text) if len(w) > 3)
                out.append(r)
    return out


@dataclass(slots=True)
class _Mention:
    value: float
    qualifier: str | None
    block: Block
    start: int
    end: int


def _group(v: _Vocab, stem: str) -> object:
    """A word's own group: the measure a field of that word is (a field of seats is no field of members)."""
    groups = v.group_of.get(stem)
    return groups[0] if groups else stem


_COMPARED = re.compile(r"\s+(?:more|less|fewer|heavier|lighter|larger|smaller|longer|shorter|higher|lower|"
                       r"greater|over|under|above|below)\s+than\b|\s+(?:more|less|short|over)\b", re.I)


@lru_cache(maxsize=256)
def _group_words(stem: str) -> tuple[str, ...]:
    """The other words of a word's own group ("burthen" for "tonnage")."""
    v = measure_vocab()
    own = _group(v, stem)
    return tuple(w for w, groups in v.group_of.items() if own in groups and w != stem)


def _groups(v: _Vocab, stem: str) -> set:
    """Every group a word belongs to: the measures prose may give by it ("members" of a body of seats)."""
    return set(v.group_of.get(stem, (stem,)))


def _same_thing(named: str | None, subject: str) -> bool:
    """Is a name the subject's ("Marrow Gull", "the Gull"), not another's ("Tern", "Corvina of Hull")?"""
    return named is not None and _names(named, subject) and _names(subject, named)


def _names(text: str, name: str) -> bool:
    """Does the sentence name the subject by its last name-word ("the Wicket" for "Pennaway Wicket",
    "Sorr"; not "French" for "French barque Avrin")?"""
    words = [w for w in WORD.findall(name) if w[:1].isupper() and len(w) >= 3]
    return bool(words) and re.search(rf"\b{re.escape(words[-1])}\b", text) is not None


def _by_its_kind(text: str, name: str) -> bool:
    """Does the sentence call the named thing by its kind, the last word of its name in lower case, after "the",
    "its" or "this" and an adjective at most ("The finished tunnel" for "Morrow Tunnel", "the new canal")? Not when
    the sentence names another of that kind ("the Osk Canal") too."""
    words = [w for w in WORD.findall(name) if w[:1].isupper() and len(w) >= 4]
    if len(words) < 2 or not words[-1][1:].islower():
        return False
    kind = words[-1].lower()
    return re.search(rf"\b(?:[Tt]he|[Ii]ts|[Tt]his)\s+(?:[a-z][a-z-]*\s+)?{kind}\b", text) is not None \
        and re.search(rf"\b[A-Z][\w'’-]*\s+{words[-1]}\b", text) is None


class _Matcher:
    """The document's measures, indexed by the words a sentence must hold to give one of them."""

    def __init__(self, clusters: list[list[_Record]], title: str | None = None, own: tuple | None = None,
                 lead: str = ""):
        v = self.v = measure_vocab()
        self.title = title
        self.lead = frozenset(w.casefold() for w in WORD.findall(lead) if w[:1].isupper()) - _NO_OWNER
        self.own = own
        self.clusters = clusters
        self.triggers: set[str] = set()
        self.groups: list[set] = []
        for cluster in clusters:
            r = cluster[0]
            groups = set().union(*(_groups(v, w) for w in r.words | {r.head}))
            self.groups.append(groups)
            for stem, g in v.group_of.items():
                if groups.intersection(g):
                    self.triggers.add(stem[:5])
            # "copy" is written "copies": a stem's last "y" is no part of its trigger
            self.triggers |= {(w[:-1] if w.endswith("y") else w)[:5] for w in r.words | {r.head}}
            if r.subject is not None and r.unit:  # "Harl Canal (42.6 km)": "the canal is 46.2 km long"
                self.triggers |= {w.lower()[:5] for w in WORD.findall(r.subject)[-1:] if len(w) >= 4}
            if r.unit:
                # (a key that names its unit, "route_km", is met by its unit's shortest spellings too: below)
                short = 0 if r.key_unit and r.unit in _size_units() else 2
                self.triggers |= {w.replace(" ", sep) for w, u in v.unit_of.items() if u == r.unit and len(w) > short
                                  for sep in " -"}
                if r.unit == "minutes":
                    self.triggers |= {"hour", "min"}

    def read(self, block: Block, start: int, end: int, out: list[tuple[int, _Mention]]) -> None:
        text = block.text[start:end]
        low = text.lower()
        if not any(t in low for t in self.triggers):
            return
        if block.kind is BlockKind.LIST_ITEM and self._item_of_another(block.text):
            return  # "Saltcombe Cell: all three brethren died": the figures of the item's own thing
        years = years_named(text)
        changing = bool(self.v.changes & {w.lower() for w in WORD.findall(text)})
        carried: set[int] = set()
        others: list[str] = []
        if not years and _PRONOUN_OPENING.match(text):
            # "After the fire of 1880 the house was rebuilt. Its 2,400 seats ...": a sentence that goes on about a
            # change the last one dates tells of the changed thing, in that year
            before = [(s, e) for s, e in figure_sentences(block) if e <= start]
            if before:
                last = block.text[before[-1][0]:before[-1][1]]
                # (a person's pronoun, "His plan ...", goes on about the man, not about the thing changed)
                if (self.v.changes | _resized()) & {w.lower() for w in WORD.findall(last)} \
                        and not _PERSONAL_OPENING.match(text):
                    years = carried = years_named(last)
                # "The rival Quay Street house had 1,260 seats. Its 1,260 seats ...": the pronoun is that other owner's
                others = [last[:d.start()] for d in re.finditer(r"\d", last) if not last[d.start() - 1:d.start()].isdigit()]
        own_time = self._own_time(years, text)
        # "The next register, of 1742, counted 29 fellows": against a dated field a year a comma follows is
        # another moment too
        comma_years = years_named(text, before_comma=True) | years if "," in text else years
        for i, cluster in enumerate(self.clusters):
            r = cluster[0]
            if r.fields_only:
                continue  # a side's dead told in prose are a day's or a part's as often as the whole
            if r.year is not None and comma_years and r.year not in comma_years:
                continue  # another year's value
            if r.year is not None and (r.origin is Origin.TABLE or r.note or r.heading_year) and r.year not in years:
                continue  # a table's row of one year (or a field a row dates): only a sentence of that year gives it again
            # an undated field against a dated clause: perhaps another moment (the number's own clause: "now seats
            # 15,800, and its record crowd, set in 1948, ..." gives today's value)
            undated_against_dated = r.year is None and bool(years) and not own_time
            if changing and (r.year is None or r.year not in years):
                continue
            # "Products: Harl Canal (42.6 km)" and "The finished canal is 46.2 km long": the named thing by its kind
            by_kind = r.subject is not None and not _names(text, r.subject) and _by_its_kind(text, r.subject)
            if r.subject is not None and not by_kind and not _names(text, r.subject):
                continue
            # a named row's cell: only with its year, with every word of its column ("flying time") or with another
            # word of its measure ("seats" for a capacity); a size in a unit also as the row's adjective ("the
            # 1,420-ton ''Harrow''", below)
            row_unnamed = r.origin is Origin.TABLE and r.subject is not None and (r.year is None or r.year not in years) \
                and not (1 < len(r.key_words) <= 3 and all(w[:4] in low for w in r.key_words)) \
                and not any(w[:5] in low for w in _group_words(r.head) if len(w) > 3)
            if row_unnamed and (r.unit is None or r.year is not None):
                continue
            if r.qualifiers and not all(q[:5] in low for q in r.qualifiers):
                continue
            if any(self._another_owner(o, r) for o in others):
                continue
            given = []
            for m in self._numbers(text, r):
                clause = clause_of(text, m[2])
                own = _unfronted(clause, len(clause_of(text[:m[2]], m[2])))
                if r.origin is Origin.TABLE and r.subject is not None and not by_kind \
                        and not _names(own, r.subject) and not _PRONOUN_OWNER.search(own):
                    # "After the admission of Lissac the Diet counted eighteen votes, and a two-thirds majority,
                    # twelve votes, was needed": a row's name in another clause; the number is another owner's
                    continue
                # "the 380-ton *Corvina*": a size written as the thing's adjective is the thing's, whatever year the
                # sentence tells of (a change of size is a sentence of `changes`, skipped above)
                attributive = r.unit is not None and r.year is None and r.subject is not None \
                    and text[m[3]:m[3] + 1] == "-" and _same_thing(_sized_thing(text[m[3]:]), r.subject)
                if row_unnamed and not attributive:
                    continue
                clause_years = (years_named(clause) or carried) if (undated_against_dated or r.year is not None) \
                    and not attributive else None
                if clause_years and (r.year not in clause_years if r.year is not None
                                     else not self._own_time(clause_years, clause)):
                    continue  # the number's own clause is of another year ("rose to 400 in 1859, and by 1871 ...")
                if r.qualifiers and not _qualified(low, m[2], m[3], r.qualifiers):
                    continue  # "seventeen league titles and nine cup wins": the cup's count is the nine
                if by_kind and not (r.value > 0 and m[0] > 0
                                    and max(m[0], r.value) <= _SAME_THING_RATIO * min(m[0], r.value)):
                    continue  # "the old canal was 4 km long": another of its kind, too far from it to be it misstated
                if self._of_another(text, m[2], i) and not self._adjective_of_key(text, m, r):
                    continue
                if self._gives(text, low, m, r, i, own_time):
                    given.append(m)
            # "climbs 21 locks to the summit and falls 10 locks to the river": two figures of the measure in one
            # sentence count two parts (or two things), and one that runs "to" or "from" a place counts a stretch
            if given and (r.unit is not None or len({m[0] for m in given}) == 1) and not _stretch().match(text, given[0][4]):
                m = given[0]
                out.append((i, _Mention(m[0], m[1], block, start + m[2], start + m[3])))

    def _of_another(self, text: str, at: int, i: int) -> bool:
        """Does the sentence tell the figure at `at` of another thing than the measure's, though it names the
        measure's word before it: another one of its kind ("A new garrison of 150 was installed", "An earlier
        garrison had counted 200"), or a figure of another clause ("The flock wintered on the meadows, while the
        drovers drove 350 sheep")? The last telling of the measure's word before the figure is the one it goes with."""
        last = None
        for w in WORD.finditer(text, 0, at):
            if w.group().lower() not in self.v.stop and _group(self.v, word_stem(w.group())) in self.groups[i]:
                last = w
        if last is None:
            return False
        return bool(ANOTHER_ONE_BEFORE.search(text, max(0, last.start() - 40), last.start())
                    or FIGURE_OF_OTHER_CLAUSE.search(text, last.end(), at))

    def _adjective_of_key(self, text: str, m, r: _Record) -> bool:
        """"the 120-kilometre line" on the page of "line_length_km: 112": a definite thing measured by an adjective
        in the key's unit (however spelled) whose noun, standing alone, is a word of the key other than its
        measure's ("line", not "length") is the key's own thing, whatever the sentence told of a line before it
        ("The line never paid, and the state took over ..."). "a 12-kilometre spur", "the 5-km branch line" are
        others."""
        _, _, s, e, _ = m
        if r.unit is None or text[e:e + 1] != "-" or not _DEFINITE_BEFORE.search(text, max(0, s - 8), s):
            return False
        after = text[e:e + 60]
        unit, words = _unit_words(after, self.v)
        noun = _NOUN_PHRASE.match(after, words.end()) if unit == r.unit else None
        if noun is None or len(noun.group().split()) != 1:
            return False
        stem = word_stem(noun.group().strip().lower())
        return stem in r.words and not _groups(self.v, stem) & _groups(self.v, r.head)

    def _item_of_another(self, text: str) -> bool:
        """Does a list item open with a name and a colon ("Saltcombe Cell: all three brethren died") that is not
        the page's? Its figures are that thing's, a part of the page's whole at most."""
        m = _ITEM_HEAD.match(text)
        if m is None:
            return False
        words = {w.casefold() for w in WORD.findall(m.group(1)) if word_stem(w) not in self.v.group_of} - _NO_OWNER
        return bool(words) and not words & {w.casefold() for w in WORD.findall(self.title or "")}

    def _only_in_its_unit(self, r: _Record, i: int) -> bool:
        """"route_km: 214" and "the company opened 112 km of line": a key that names its unit is the page's measure
        in that unit, told with a word that makes it whole and no word of the key, when no other measure of the page
        is in that unit (as the unit read as the key's counted noun, "km", met any "opened 112 km"). Only a size: a
        share's sentence names what it is of ("In the capital 58.2 per cent of the electors voted" is a part)."""
        return r.key_unit and r.unit in _size_units() and not any(c[0].unit == r.unit for k, c in enumerate(self.clusters) if k != i)

    def _own_time(self, years: set[int], text: str) -> bool:
        """Do the years all fall within the page's own event (a strike, a battle: fields dating it within
        `_EVENT_YEARS`)? Its undated fields are that event's figures, and a sentence dated within it tells of the
        same moment ("On the morning of 3 June 1872 some 1,410 men" on the strike's page). When the fields date
        the event to the month, the sentence must too: "By 1872 the Works employed about twelve hundred men"
        tells of the year the strike began, not of the strike."""
        if not years and self.own is not None and self.own[2] is not None and self.own[0] == self.own[1]:
            # "Shortly before midnight on 17 August": a day of the event's own months, its year left to the page
            days = [((MONTHS.get(w) or MONTH_ABBREVIATIONS.get(w)), int(m.group("d") or m.group("d2")))
                    for m in _DAY_MONTH.finditer(text) for w in [(m.group("m") or m.group("m2")).lower()]]
            first, last = self.own[4] or ((self.own[2][1], 1), (self.own[3][1], 31))
            return bool(days) and all(first <= day <= last for day in days)
        if not years or self.own is None or not all(self.own[0] <= y <= self.own[1] for y in years):
            return False
        first, last = self.own[2], self.own[3]
        if first is None:
            return True
        named = [(int(m.group("y")), MONTHS.get(m.group("m").lower()) or MONTH_ABBREVIATIONS.get(m.group("m").lower()))
                 for m in _MONTH_YEAR.finditer(text)]
        return bool(named) and all(first <= ym <= last for ym in named)

    def _numbers(self, text: str, r: _Record):
        """(value, qualifier, start, end, end of the unit) of each number in the sentence."""
        if r.unit == "minutes":
            for h in _HOURS.finditer(text):
                minutes = _minutes(h)
                if minutes is not None:
                    yield minutes, None, h.start(), h.end(), h.end()
            return
        # a unit may be joined to its number as an adjective ("its 36.8-kilometre main line", "a 96-foot nave")
        end = r"(?![\d\w]|-(?![A-Za-z]))" if r.unit is not None else r"(?![\d\w-])"
        found = [(m.start(), m.end(), m.group()) for m in re.finditer(rf"(?<![\d,.\w-])(?:{DIGITS}){end}", text)]
        # a number in words is read whole ("eight thousand", "one hundred and forty"), never by its first word
        found += [(s, e, text[s:e]) for _, s, e in spelled_numbers(text) if re.match(end, text[e:])]
        for start, stop, token in sorted(found):
            if token.lower() in ("a", "an", "one") or text[stop:stop + 1] == ":" \
                    or text[max(0, start - 1):start] == ":":
                continue  # "06:10": a time of day
            value = _number(token) if token[:1].isdigit() else spelled_number(token)
            if value is None:
                continue
            scale = _SCALE_AFTER.match(text, stop) if token[:1].isdigit() else None
            if scale is not None:  # "2.9 million inhabitants": one figure, its noun after the scale word
                value, stop = value * SCALE[scale.group(1).lower()], scale.end()
            if token.isdigit() and len(token) in (3, 4) and r.year is not None and int(token) == r.year:
                continue
            if token[:1].isdigit() and _NAMED_NUMBER.search(text, 0, start):
                continue  # "the launch of Dorun 11", "from Pad 1": a number that is part of a name
            yield float(value), self._qualifier(text, start), start, stop, stop

    def _of_itself(self, rest: str, r: _Record) -> bool:
        """Is an "of ..." after the counted noun absent, or the page's own name or one of its words?"""
        m = re.match(r"\s*of\s+(?:the\s+|its\s+|their\s+)?([\w'’-]+(?:\s+of\s+[A-Z][\w'’-]*|\s+[A-Z][\w'’-]*)*)", rest)
        if m is None:
            return True
        phrase = m.group(1).casefold()
        return bool(self.title) and phrase in self.title.casefold() or word_stem(phrase) in r.words

    def _another_owner(self, before: str, r: _Record) -> bool:
        """Does a possessive right before the number ("Quay Street's 1,260", "the left wing's some 3,000"), or a name
        holding it ("The rival Quay Street house had 1,260 seats"), name an owner other than the page, the record's
        subject or a word of its key?"""
        explicit = r.subject is not None or self._named_key(r)
        m = _POSSESSOR.search(before) or (_HOLDER.search(before) if explicit else None)
        if m is None:
            return False
        owner = {re.sub(r"['’]s?$", "", w.casefold()) for w in WORD.findall(m.group(1))} - _NO_OWNER
        own = {w.casefold() for w in WORD.findall(f"{self.title or ''} {r.subject or ''}")} | set(r.key_words)
        # a page field's thing may go by a name its lead gives it ("the ferry Swallow"); a row's or a named key's may not
        return bool(owner) and not owner & (own if explicit else own | self.lead)

    def _named_key(self, r: _Record) -> bool:
        """"Gaiety capacity": a key that names whose measure it is (a capitalised word that is no measure's)."""
        words = WORD.findall(r.block.raw_key or "") if r.origin is not Origin.TABLE else []
        return len(words) > 1 and any(w[:1].isupper() and word_stem(w) not in self.v.group_of for w in words)

    def _part_cue(self, before: str, i: int) -> bool:
        """Does a word right before the number say it counts what was left of something, or another part
        ("the remaining 2,269", "the surviving forty", "the other 300", "the evacuated 1,200")? Not when the word
        is the measure's own ("the surviving 212" of a survivors field)."""
        words = WORD.findall(before[-30:])
        words = [w for w in words if w.lower() not in self.v.approximate][-2:]
        return any(w.lower() in self.v.part_cues and not _groups(self.v, word_stem(w)) & self.groups[i]
                   for w in words)

    def _qualifier(self, text: str, at: int) -> str | None:
        before = text[max(0, at - 20):at].lower().rstrip()
        for q in self.v.bounds + self.v.approximate:
            if before.endswith(q) and (len(before) == len(q) or not before[-len(q) - 1].isalnum()):
                return q
        return None

    def _own_thing(self, text: str, at: int, rest: str, value: float, r: _Record) -> bool:
        """"ran the 56-mile main line", "The 6,400-square-kilometre reservation is fenced": a measure adjective of
        a definite thing that nothing sets apart (no "beside the nave", "to Rathe") is the page's own measure,
        when the page gives one field in that unit, or that field is the page's greatest in it by far (a size with
        no dimension named is the whole thing's greatest: "the 65.9-metre hull" beside length 69.5 m, beam 10.2 m),
        and the two values are close enough to be one misstated ("the 30-foot launch" on a ship of 212 feet is the
        ship's boat)."""
        if r.subject is not None or not _DEFINITE_BEFORE.search(text, max(0, at - 8), at):
            return False
        # (a unit only a key's last word gives, "beam_m", leaves the page's one written measure in it its own)
        others = [c[0] for c in self.clusters if c[0].unit == r.unit and c[0] is not r and not c[0].key_unit]
        if others and not all(o.subject is None and o.year is None and 0 < o.value * _SAME_THING_RATIO * 2 < r.value
                              for o in others):
            return False
        phrase = _NOUN_PHRASE.match(rest)
        if phrase is None or _SET_APART.match(rest, phrase.end()):
            return False
        return r.value > 0 and value > 0 and max(value, r.value) <= _SAME_THING_RATIO * min(value, r.value)

    def _gives(self, text: str, low: str, m, r: _Record, i: int, own_time: bool) -> bool:
        value, qual, s, e, _ = m
        v = self.v
        if qual in v.bounds:
            return False
        after = text[e:e + 60]
        before = text[max(0, s - 60):s]
        # a range ("300-400", "between 300 and 400", "from 300 to 400") or a part ("340 of them")
        if re.match(r"\s*(?:[-–—]|to|and|or)\s*(?:\d|[a-z]+\b)", after) and re.match(
                r"\s*(?:[-–—]\s*\d|(?:to|or)\s+(?:\d|[a-z]+-?[a-z]*\s))", after):
            return False
        if re.search(r"\b(?:between|from)\s+(?:some\s+|about\s+)?$", before, re.I):
            return False
        if re.match(r"\s*(?:of\s+(?:them|these|those|whom|which|its|their|his|her)\b|per\s*cent|%)", after, re.I) \
                and not (r.unit == "per cent" and re.match(r"\s*(?:per\s*cent|%)", after, re.I)):
            return False  # a part of a count, or a share where the measure is no share
        if self._another_owner(before, r):
            return False  # "the 1,260 seats of Quay Street's house" is Quay Street's, "the left wing's 3,000 men" a part
        if self._part_cue(before, i):
            return False  # "the remaining 2,269 residents were moved": those left of a part, not the whole
        if r.unit == "minutes":
            return any(_group(v, word_stem(w)) in self.groups[i] for w in WORD.findall(before[-30:]))
        if r.unit == "per cent" and re.match(r"\s*%", after):
            # "Turnout was 71.4%": the share's sign; the sentence names the measure ("turnout") or its subject
            return r.subject is not None or any(w[:5] in low for w in r.words | {r.head} if len(w) > 3)
        if r.unit is not None:
            named_unit, unit = _unit_words(after, v)
            if named_unit != r.unit:
                return False
            if _COMPARED.match(after, unit.end()):
                return False  # "some ninety tons more than any other": a difference, not the measure
            if r.unit in _size_units() and _counted_off(before, v):
                return False  # "The first 40 km ran along the river": a stretch of the thing, not its whole
            # the sentence names the measured thing ("spire"), a word of its measure ("tons burthen" for a
            # tonnage) or its subject, or measures the page's own thing by an adjective ("Its 36.8-kilometre
            # main line" opening the sentence)
            if after[:1] == "-" and r.subject is not None:
                named = _sized_thing(after)
                if named is not None and not _same_thing(named, r.subject):
                    return False  # "the 90-ton ''Pell''", "the 380-ton whaler Tern" beside the subject's name
            if after[:1] == "-":  # "the 86-foot nave vault": the adjective measures the words it stands before
                if r.subject is None and _OWN_ADJECTIVE.fullmatch(text[:s]):
                    return True
                if self._own_thing(text, s, after[unit.end():], value, r):
                    return True
                low = " ".join(WORD.findall(after[unit.end():unit.end() + 40])[:3]).lower()
            return r.subject is not None or any(w[:5] in low for w in r.words | {r.head} if len(w) > 3) \
                or any(w[:5] in low for w in _group_words(r.head) if len(w) > 3) \
                or self._only_in_its_unit(r, i) and after[:1] != "-" and _whole_cued(_near_words(before), v)
        # a count: the counted noun follows ("twenty-three salt pans", "all fourteen of the Tern's
        # guns"), or the measure's word closely precedes it ("employed some 3,510", "circulation peaked at")
        follow = re.match(r"\s*(?:of\s+(?:the\s+)?[A-Z*][\w*'’]*(?:\s+[A-Z][\w'’]*)*['’]s\*?\s+)?"
                          r"((?:[a-z][a-z'’-]*\s+){0,2}[a-z][a-z'’-]*)", after)
        if re.match(r"\s*[A-Z]", after) or re.search(r"\b(?:on|in|by|since|until|from|before|after|of|no\.?)\s*$",
                                                    before, re.I) and r.unit is None and follow is None:
            return False  # "on 19 November", "in 1790": a date, not the count
        if r.unit is None and _money(after, before, r):
            return False  # "the weekly payroll came to 4,100 crowns": a sum of money, not the count of employees
        if follow is not None and r.unit is None and _DID_WHAT.match(after):
            return False  # "the 2,950 men who served in the war": those who ever did it, not the count at one time
        near = _near_words(before)
        cued = _whole_cued(near, v) or r.subject is not None
        if follow is not None and not cued and near and near[-1].lower() in v.approximate and own_time:
            # on an event's page, "On 3 June 1872 some 1,410 men failed to answer": a round count of the day the
            # page is about, of the field's own noun right after it, is its whole figure ("Men out: 1,140"), not
            # "roughly five times the speed" of a "Time in flight"
            noun = follow.group(1).split()[0]
            if noun not in v.stop and _group(v, word_stem(noun)) == _group(v, r.head):
                # "on 17 August some 1,500 men of the 3rd Division": dated by its day alone, an uncued figure may be a
                # part of the whole; only more than it is none
                return value > r.value or bool(years_named(text))
        if follow is not None and cued:
            # the counted noun: the last word of the phrase after the number ("extraction platforms", "ships
            # of the line"), not a word on the way ("two great airship companies")
            words = []
            counted = follow.group(1).split()
            if counted[:2] == ["all", "ranks"]:
                counted = counted[1:]  # "2,800 all ranks": a unit's soldiers of every rank
            for w in counted:
                if w in v.stop or w in v.whole_cues:
                    break
                words.append(w)
            # a plural before the phrase's end is the counted noun, the words after it what the count did ("Its
            # 1,900 seats dwarfed the 1,260 places")
            plural = next((k for k, w in enumerate(words[:-1]) if _PLURAL.fullmatch(w)), None)
            words = words if plural is None else words[:plural + 1]
            # a word on the way counts in its own group only ("six member states" are no seats)
            if words and {_group(v, word_stem(words[0])), _group(v, word_stem(words[-1]))} & self.groups[i]:
                return True
            if words and _groups(v, word_stem(words[-1])) & self.groups[i]:
                # the measure by another of its words ("the 102 members" of a body of seats): only of the
                # body itself, not "140,000 members of the guilds", "the five members of the Board of X"
                noun = re.match(r"\s+".join(map(re.escape, words)), after[follow.start(1):])
                return noun is not None and self._of_itself(after[follow.start(1) + noun.end():], r)
        if follow is not None and _PLURAL.fullmatch(follow.group(1).split()[0]) \
                and not _groups(v, word_stem(follow.group(1).split()[0])) & self.groups[i] \
                and not r.value / 10 <= value <= r.value * 10:
            return False  # "with a strength of six companies" of 2,400 men: a count of another thing
        # "The ground's record attendance, 41,602, was set", "The great dial, six braccia across, faces": the
        # number (and its own noun) in apposition right after the measure's word
        appositive = _APPOSED.search(before)
        if appositive is not None and _group(v, word_stem(appositive.group(1))) in self.groups[i]:
            tail = _APPOSITION_END.match(after)
            if tail is not None and (not tail.group(1) or _groups(v, word_stem(tail.group(1))) & self.groups[i]):
                return True
        bare = [w for w in near if w.lower() not in v.approximate]
        if bare and _group(v, word_stem(bare[-1])) in self.groups[i] and not bare[-1].lower().endswith("ed"):
            return False  # "book four", "Patch 2", "session 15": the number is a label
        named = [k for k, w in enumerate(near) if w.lower() not in v.stop and _group(v, word_stem(w)) in self.groups[i]]
        if named and re.search(rf"\d\s+(?:[a-z'’-]+\s+)?{re.escape(near[named[-1]])}\b\D*$", before):
            return False  # "4,800 shares of 500 guilders each": the shares are counted already; this is each one's
        # "residents worked in the three mills": past a preposition the number counts another thing
        return bool(named) and not any(w.lower() in _OTHER_OBJECT for w in near[named[-1] + 1:])


@lru_cache(maxsize=1)
def _currencies() -> tuple[frozenset[str], tuple[str, ...]]:
    """Currency words and signs (measures.yaml payments)."""
    data = (vocabulary.load("measures") or {}).get("payments") or {}
    words = {str(w).lower() for w in data.get("currencies") or ()}
    return frozenset(words | {w[:-1] for w in words if w.endswith("s")}), tuple(str(s) for s in data.get("signs") or ())


def _money(after: str, before: str, r: _Record) -> bool:
    """Is the number a sum of money ("4,100 crowns", "£4,100") where the record counts no money?"""
    words, signs = _currencies()
    m = re.match(r"\s*(?:(?:thousand|million)\s+)?(?:(?:gold|silver)\s+)?([a-z]+)", after)
    if m is not None and m.group(1) in words:
        return word_stem(m.group(1)) not in r.words and m.group(1) != r.head
    return bool(signs) and before.rstrip().endswith(signs)


@lru_cache(maxsize=1)
def _stretch() -> re.Pattern:
    """The rest of a count's phrase that makes it a stretch's or a side's: "21 locks to the summit", "12 locks from
    Ebbing", "7 inclines on its north side" (measures.yaml `stretches`); "pans on the north shore" only says where
    the whole stands."""
    spec = (vocabulary.load("measures") or {}).get("stretches") or {}
    ends = vocabulary.alternation(str(w) for w in spec.get("ends") or ())
    sides = vocabulary.alternation(str(w) for w in spec.get("sides") or ())
    parts = vocabulary.alternation(str(w) for w in spec.get("side_nouns") or ())
    return re.compile(rf"(?:\s+[a-z][\w'’-]*){{0,2}}?\s+(?:(?:up\s+|down\s+)?(?:to|from|between|towards?)\s+(?:the\s+)?"
                      rf"(?:[A-Z]|(?:{ends})\b)|on\s+(?:its|their)\s+(?:{sides})[a-z]*\s+(?:{parts})\b)")


# a list item's opening name and colon: "Saltcombe Cell: ...", "Dunmoor Priory - ..."
_ITEM_HEAD = re.compile(r"\s*([A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*){0,4})\s*(?::|\s[—–-]\s)")
_POSSESSOR = re.compile(r"\b([A-Za-z][\w-]*)['’]s?\s+(?:(?:some|about|around|nearly|roughly|approximately|c\.)\s+)?$")
# a clause's fronted adverbial ("Once Dunwold had sent its justices, the bench numbered fourteen"): another clause
_FRONTED = re.compile(r"\W*(?:After|Once|When|With|Following|Since|Before|Until|Upon|On|By|Whenever|Although|"
                      r"Though|While|As soon as)\b[^,;]*,\s*")


def _unit_words(after: str, v: _Vocab) -> tuple[str | None, re.Match | None]:
    """The unit the words opening `after` name ("-kilometre", " sq km") and their match: one word when the two
    name no unit together ("-kilometre line": what follows the unit is the measured thing)."""
    words = _UNIT_WORDS.match(after)
    if words is None:
        return None, None
    unit = _unit([w for w in words.groups() if w], v)
    if words.group(2) and v.unit_of.get(f"{words.group(1)} {words.group(2)}".lower()) is None:
        words = _UNIT_WORD.match(after)
    return unit, words


def _counted_off(before: str, v: _Vocab) -> bool:
    """Is the word right before a size an ordinal that counts a stretch off from one end ("the first 40 km", "the
    last 12 miles"; measures.yaml stretches.ordinals)?"""
    words = [w for w in WORD.findall(before[-30:]) if w.lower() not in v.approximate]
    return bool(words) and words[-1].lower() in _stretch_ordinals()


@lru_cache(maxsize=1)
def _stretch_ordinals() -> frozenset[str]:
    """Ordinals that count a stretch off from an end of a thing (measures.yaml stretches.ordinals)."""
    spec = (vocabulary.load("measures") or {}).get("stretches") or {}
    return frozenset(str(w).lower() for w in spec.get("ordinals") or ())


def _near_words(before: str) -> list[str]:
    """The last words of the phrase right before a number ("the company opened" of "..., the company opened 112")."""
    return WORD.findall(re.split(r"[,;:()]|\d|\b(?:and|or|but|while|whereas|which|who|that|when)\b", before)[-1])[-4:]


def _whole_cued(near: list[str], v: _Vocab) -> bool:
    """Does one of the last three words say the figure is the whole ("had", "opened", "numbered"; whole_cues)?"""
    return bool(v.whole_cues & {w.lower() for w in near[-3:]})


def _unfronted(clause: str, at: int) -> str:
    """A clause without its fronted adverbial phrase, when a comma closes one before offset `at` (the number's)."""
    m = _FRONTED.match(clause)
    return clause[m.end():] if m and m.end() <= at else clause


# a clause that refers back to the thing named earlier in its sentence ("..., and its four votes were decisive")
_PRONOUN_OWNER = re.compile(r"\b(?:its|it|their|they|his|her|he|she)\b", re.I)
_PRONOUN_OPENING = re.compile(r"\W*(?:Its|It|Their|They|Her|His|She|He)\b")
_PERSONAL_OPENING = re.compile(r"\W*(?:Her|His|She|He)\b")
# the name a size adjective stands before, past a noun or two ("the 380-ton whaler ''Tern''")
_NAME_AFTER = re.compile(r"\s*(?:''+|\*+|\[\[)?(?:[a-z]+\s+){0,2}(?:''+|\*+|\[\[)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _sized_thing(after: str) -> str | None:
    """The name a size adjective ("-ton", "-square-mile") measures, from the text right after its number."""
    v = measure_vocab()
    unit = _UNIT_WORDS.match(after)
    if unit is None:
        return None
    if not (unit.group(2) and v.unit_of.get(f"{unit.group(1)} {unit.group(2)}".lower())):
        unit = _UNIT_WORD.match(after)
    named = _NAME_AFTER.match(after, unit.end())
    if named is None:
        return None
    # "the 300-ton ''Corvina'' of Hull": a name set apart by its place is a namesake's
    apart = re.match(r"(?:''+|\*+|\]\])?\s+of\s+([A-Z][\w'’-]*)", after[named.end():])
    return named.group(1) + (f" of {apart.group(1)}" if apart else "")


# "<Name> [house] had/has/held/numbered N": the name that holds the figure
_HOLDER = re.compile(r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?:\s+[a-z]+){0,2}\s+(?:had|has|have|held|holds|"
                     r"numbered|numbers|counted|counts|mustered|fielded|employed|employs|seated|seats)\s+"
                     r"(?:(?:some|about|around|nearly|roughly|approximately|c\.)\s+)?$")
# capitalised words that name no owner: a sentence's opening word, a month
_NO_OWNER = frozenset({"the", "a", "an", "in", "on", "at", "by", "its", "his", "her", "their", "this", "that", "it",
                       "after", "before", "during", "when", "while", "then", "there"}) | frozenset(MONTHS)
_PLURAL = re.compile(r"[a-z'’-]{2,}[^s'’]s")
_APPOSED = re.compile(r"\b([A-Za-z][a-z'’-]+),\s*$")
# what may follow an apposed number before its closing comma: nothing, or its noun and a word ("braccia across")
_APPOSITION_END = re.compile(r"(?:\s+([a-z][a-z'’-]*)(?:\s+[a-z][a-z'’-]*)?)?\s*[,)]")
# "ran the 56-mile main line": a definite thing measured by an adjective, its noun phrase (up to three words in
# lower case), and what sets it apart from the page's own thing after it ("the 40-foot chapter house beside the
# nave", "the 4-mile branch to Rathe", "the 30-foot launch of the flagship")
_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+$")
_NOUN_PHRASE = re.compile(r"(?:\s+[a-z][a-z'’-]*){1,3}?(?=\s*(?:[,;.:)]|\s(?:is|was|were|are|had|has|in|beside|near|at|"
                          r"behind|below|above|under|over|on|off|of|to|from|along|across|by|with|for|that|which|"
                          r"and)\b))")
_SET_APART = re.compile(r"\s+(?:beside|near|at|behind|below|above|under|over|on|off|of|to|from|along|across|by|with|"
                        r"for|that|which)\b")
_SAME_THING_RATIO = 1.5
# a counted noun and a relative clause of what they did: "men who served in the Narrows", "ships that sailed"
_DID_WHAT = re.compile(r"\s*(?:[a-z]+\s+){1,2}(?:who|that)\s+(?:had\s+)?[a-z]+ed\b")
# what opens a sentence that measures the page's own thing by an adjective: "Its 36.8-kilometre main line"
_OWN_ADJECTIVE = re.compile(r"\s*(?:[Ii]ts|[Tt]heir|[Hh]er)\s+(?:(?:whole|entire|total|full|original)\s+)?")
# prepositions after the measure's word that make the number that follows another thing's ("worked in the
# three mills"); "peaked at", "rose to", "of" still lead to the measure's own value
_OTHER_OBJECT = frozenset({"in", "into", "on", "onto", "from", "for", "across", "among", "between", "through",
                           "within", "inside", "under", "beside", "near"})


_YEAR_BEFORE = re.compile(r"(?:\b(?:in|by|of|since|until|till|from|to|before|after|during|around|c\.|circa|year|"
                          r"january|february|march|april|may|june|july|august|september|october|november|"
                          r"december|spring|summer|autumn|winter|and)|[–-])\s*$", re.I)


_COUNT_OF = re.compile(r"\bof\s+$")
_AND_BEFORE = re.compile(r"\band\s+$")
# one or two lowercase words after a number: an adjective ("academic", "full-time") and the noun it counts
_NOUN_AFTER = re.compile(r"\s+(?:(?!(?:the|a|an|its|his|her|their|this|that|was|were|had|has|saw|when|as|in|of|on|at|to)\b)"
                         r"([a-z][a-z-]*)\s+)?([a-z]+)\b")


def _counted_after(text: str, at: int) -> bool:
    """Does a plural, or a noun some measure counts ("staff", "crew"), follow the number, an adjective at most
    between ("and 312 academic staff", "and 40 lay brothers")? "1790 and 1791 saw" has neither."""
    if _COUNTED_NOUN.match(text, at):
        return True
    m = _NOUN_AFTER.match(text, at)
    if m is None:
        return False
    noun = m.group(2)
    return word_stem(noun) in measure_vocab().group_of or m.group(1) is not None and _PLURAL.fullmatch(noun) is not None
_OCCASION_AFTER = re.compile(r"\s+([a-z]+)\b")
_COUNTED_NOUN = re.compile(r"\s+(?!(?:was|has|its|his|this|thus|does|goes|plus|less|across|as|is)\b)[a-z]{2,}[a-z]s\b")


@lru_cache(maxsize=1)
def _occasions() -> frozenset[str]:
    """Nouns of a dated count ("the 1921 census", "the 1340 muster"): measures.yaml `dating_words`, with plurals."""
    words = {w for w in measure_vocab().dating_words if len(w) > 3}
    return frozenset(words | {w + "s" for w in words})


def years_named(text: str, before_comma: bool = False) -> set[int]:
    """Years a sentence names: "in 1790", "By 1340 the order", "1702, when": a three- or four-digit number
    after a preposition or a month, or closing a clause; not "221 feet". A year a comma follows ("In 1704,
    two years on") only when `before_comma`: the field readers here compare such sentences, which on fresh
    worlds more often restate a field than give another moment's figure."""
    found = set()
    units = measure_vocab().unit_of
    for y in (_YEAR_OR_COMMA if before_comma else _YEAR).finditer(text):
        unit = _UNIT_AFTER.match(text, y.end())
        if unit is not None and unit.group(1).lower() in units:
            continue  # "came to 826 tons": a measure, not a year
        if _COUNT_OF.search(text, max(0, y.start() - 4), y.start()) and _COUNTED_NOUN.match(text, y.end()):
            continue  # "a complement of 498 officers": a count of something, not a year
        if _AND_BEFORE.search(text, max(0, y.start() - 5), y.start()) and _counted_after(text, y.end()):
            continue  # "had 4,680 students and 312 academic staff": a second count, not a year
        if _YEAR_BEFORE.search(text, max(0, y.start() - 12), y.start()) or re.match(r"\s*(?:[,.;:)]|$)", text[y.end():]):
            found.add(int(y.group(1)))
        elif (occasion := _OCCASION_AFTER.match(text, y.end())) and occasion.group(1).lower() in _occasions():
            found.add(int(y.group(1)))  # "The 1921 census counted": the occasion of that year
    return found


_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas|though|although)\s", re.I)


def clause_of(text: str, at: int) -> str:
    """The clause of a sentence around offset `at`: between the breaks ("; ", ", and ") on either side."""
    start, end = 0, len(text)
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return text[start:end]


_UNIT_AFTER = re.compile(r"[\s-]*([A-Za-z]+)")
_UNIT_WORD = re.compile(r"\s*-?([A-Za-z]+[²³]?)")
_UNIT_WORDS = re.compile(r"\s*-?([A-Za-z]+[²³]?)(?:[\s-]+([A-Za-z]+[²³]?))?")


_spans_of: dict[str, tuple[tuple[int, int], ...]] = {}  # block text -> its sentence spans (see figure_sentences)
_SPANS_KEPT_CHARS = 1_000_000  # the texts _spans_of may keep alive: a document's worth
_spans_chars = 0


def figure_sentences(block: Block) -> tuple[tuple[int, int], ...]:
    """Sentence spans of a block, split after the closing quote or bracket that ends one. Kept by text: the
    measure, labelled-part, owned-measure and count readers each walk every block's sentences, one after
    the other."""
    global _spans_chars
    text = block.text
    spans = _spans_of.get(text)
    if spans is None:
        if _spans_chars > _SPANS_KEPT_CHARS:
            _spans_of.clear()
            _spans_chars = 0
        spans = _spans_of[text] = tuple(sentence_spans(text, _SENTENCE_END))
        _spans_chars += len(text)
    return spans


def _key(r: _Record, v: _Vocab) -> tuple:
    return (_group(v, r.head), r.unit, (r.subject or "").casefold(), r.year)


# a capitalised word, not the sentence's first, right before a number: "Dorun 11", "Pad 1" name a thing
# ("the Cluster's 2.9 million": a possessive names whose figure it is, no number of a name)
_NAMED_NUMBER = re.compile(r"(?<=[\w,;] )[A-Z][\w'’-]*(?<!['’]s) $")
# where the words of one number's phrase end: "seventeen league titles and nine cup wins"
_PHRASE_BREAK = re.compile(r"[,;:.()]|\s(?:and|or|but|while|with)\s")


def _qualified(low: str, start: int, end: int, qualifiers: frozenset[str]) -> bool:
    """Are a sibling measure's own words ("league", "cup") in the phrase of the number at low[start:end]?"""
    after = low[end:end + 40]
    cut = _PHRASE_BREAK.search(after)
    before = low[max(0, start - 30):start]
    cuts = list(_PHRASE_BREAK.finditer(before))
    phrase = (before[cuts[-1].end():] if cuts else before) + " " + (after[:cut.start()] if cut else after)
    return all(q[:5] in phrase for q in qualifiers)


def _clusters(records: list[_Record]) -> list[list[_Record]]:
    """Records of one measure (same noun, unit, subject and year); an undated field that agrees with a
    dated one of its measure joins it ("salt_pans: 18" beside "Pans (1611):: 18")."""
    v = measure_vocab()
    by_key: dict[tuple, list[_Record]] = {}
    for r in records:  # one noun, and words of which one key's are a part of the other's
        bucket = _key(r, v)
        for n in range(len(records)):
            key = (*bucket, n)
            first = by_key.get(key)
            if first is None or first[0].words <= r.words or r.words <= first[0].words:
                by_key.setdefault(key, []).append(r)
                break
    for key in [k for k in by_key if k[3] is None]:
        words = by_key[key][0].words
        dated = [k for k in by_key if k[:3] == key[:3] and k[3] is not None
                 and (by_key[k][0].words <= words or words <= by_key[k][0].words)]
        values = {r.value for r in by_key[key]}
        if len(dated) == 1 and values <= {r.value for r in by_key[dated[0]]}:
            by_key[dated[0]].extend(by_key.pop(key))
    clusters = list(by_key.values())
    # siblings of one noun that differ by a word ("Brannic ships of the line", "Oskerran ships of the
    # line"): prose gives one of them only when it says that word
    by_head: dict[tuple, list[list[_Record]]] = {}
    for c in clusters:
        by_head.setdefault((_group(v, c[0].head), c[0].unit, c[0].subject, c[0].year), []).append(c)
    for siblings in by_head.values():
        if len(siblings) > 1:
            for c in siblings:
                others = set().union(*(o[0].words for o in siblings if o is not c))
                for r in c:
                    r.qualifiers = frozenset(w for w in r.words - others if w != r.head)
    return clusters


# a page whose fields date it within this many years is an event's (a strike, a battle, a disaster), not a body's
_EVENT_YEARS = 1


def _field_ends(dates, doc: Document | None = None) -> list:
    """The dates the page's fields date it by (its own time). Given the document, a date in brackets within a
    field ("Leader: Samuel Gilling, fitter (born 1838)") dates what the field names, not the page: left out."""
    ends = []
    for d in dates:
        if d.origin in (Origin.INFOBOX, Origin.FRONT_MATTER):
            if doc is not None and 0 < d.span.line <= doc.line_count:
                before = doc.line_text(d.span.line)[:d.span.column - 1]
                if before.count("(") > before.count(")"):
                    continue
            both = (d.value.start, d.value.end) if isinstance(d.value, DateRange) else (d.value,)
            ends += [x for x in both if x is not None and not x.bc]
    return ends


def field_years(dates) -> tuple[int, int] | None:
    """The first and last year the page's fields date it by (its own time), or None."""
    years = [x.year for x in _field_ends(dates)]
    return (min(years), max(years)) if years else None


def _event_years(facts, doc: Document) -> tuple[int, int, tuple | None, tuple | None, tuple | None] | None:
    """The page's own years when they span at most `_EVENT_YEARS`: an event's page; its first and last (year,
    month) when every field date names its month (else None, None), and its first and last (month, day) when
    every one names its day (else None). The page's own start and end fields date it when it has them ("Date:
    17-18 August 1941" beside "Outcome: ... until 30 June 1946")."""
    own = [s.date for s in facts.statements if s.predicate in ("start", "end") and s.date is not None
           and s.origin in (Origin.INFOBOX, Origin.FRONT_MATTER) and facts.title and s.subject == facts.title]
    ends = [x for d in own for x in ((d.start, d.end) if isinstance(d, DateRange) else (d,))
            if x is not None and not x.bc] or _field_ends(facts.dates, doc)
    if not ends or max(x.year for x in ends) - min(x.year for x in ends) > _EVENT_YEARS:
        return None
    months = sorted((x.year, x.month) for x in ends if x.month is not None)
    if len(months) < len(ends):
        return min(x.year for x in ends), max(x.year for x in ends), None, None, None
    days = sorted((x.month, x.day) for x in ends if x.day is not None)
    return months[0][0], months[-1][0], months[0], months[-1], (days[0], days[-1]) if len(days) == len(ends) else None


def _part_values(cluster: list[_Record]) -> set[float]:
    """The parts a field's bracketed breakdown gives of its value: a prose figure equal to one tells that part."""
    out = set()
    for r in cluster:
        if r.origin is not Origin.TABLE:
            out |= {v for v, _, _, _ in breakdown_of(r.block.text) or ()}
    return out


def stated_measures(doc: Document, facts, blocks, origin: Origin, prose_kinds) -> list[Quantity]:
    """Quantities of every field or table measure that the prose, or another field or table, gives too."""
    # fields the "field:" reader already pairs with its prose (infobox._named_count)
    taken = {q.span.line for q in facts.quantities if q.measure.startswith("field:")}
    records = field_records(doc, blocks, origin, taken) + _table_records(doc)
    if not records:
        return []
    records = _dated_by_row(records)
    if not records:
        return []
    clusters = _clusters(records)
    lead = next((b.text for b in doc.blocks if b.kind is BlockKind.PARAGRAPH), "")
    matcher = _Matcher(clusters, facts.title, _event_years(facts, doc), lead)
    found: list[tuple[int, _Mention]] = []
    for b in doc.blocks:
        if b.kind in prose_kinds and b.kind is not BlockKind.TABLE_CELL:
            for s, e in figure_sentences(b):
                matcher.read(b, s, e, found)
    mentions: dict[int, list[_Mention]] = {}
    parts: dict[int, set[float]] = {}
    for i, m in found:
        if i not in parts:
            parts[i] = _part_values(clusters[i])
        if m.value not in parts[i]:  # "the lighthouse island's 2,100" of "11,400 (...; 2,100; ...)"
            mentions.setdefault(i, []).append(m)
    out = []
    for i, cluster in enumerate(clusters):
        fields = [r for r in cluster if r.origin is not Origin.TABLE]
        if not fields and mentions.get(i):
            cluster = cluster[:1]  # a table row against the prose (one row per cluster)
        elif not fields:
            continue  # tables against tables: rows of other sources, other sides, other counts
        if len(cluster) + len(mentions.get(i, ())) < 2:
            continue
        measure = f"value:{doc.path}#{i}"
        label = cluster[0].head + ("" if cluster[0].unit is None else f" ({cluster[0].unit})")
        subject = cluster[0].subject or facts.title
        for r in cluster:
            out.append(Quantity(measure=measure, label=label, value=r.value, qualifier=r.qualifier,
                                span=doc.block_span(r.block, r.start, r.end), origin=r.origin, subject=subject))
        for m in mentions.get(i, ()):
            out.append(Quantity(measure=measure, label=label, value=m.value, qualifier=m.qualifier,
                                span=doc.block_span(m.block, m.start, m.end), origin=Origin.PROSE, subject=subject))
    return out
