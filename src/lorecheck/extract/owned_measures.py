"""A named thing's size, told wherever the thing is named, is one figure.

"the 11 kg ''Beacon 1''" in a caption and "''Beacon 1'', a 14-kilogram sphere" in the prose; "Extent: 400
acres" on the Fenmarch's page and "the Fenmarch, some six hundred acres of marsh" on the abbey's. The key of
such a figure is (the thing, the unit): the thing is a name the measure is bound to by the grammar, as an
adjective before it ("the 11 kg Beacon 1") or in apposition after it ("Beacon 1, a 14-kilogram sphere", "the
Fenmarch, some 600 acres"), or the page's own name for the one field of its page in that unit (with two, "length" and "height", a
figure elsewhere names neither). Mass, length and area
are a thing's own and do not change with the years, unless the sentence says they did ("lengthened to",
measures.yaml `owned_measures.changes`); tonnage is left out (burthen, displacement and cargo are all "tons").

Each becomes a Quantity of measure "value:owned:<unit>" whose subject is the thing; the conflicting-value rule
meets them across documents by the thing's resolved name and compares them with rounding.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import vocabulary
from ..model import BlockKind, Document, Origin, Quantity
from .measures import field_records, figure_sentences, measure_vocab
from .numbers import DIGITS, spelled_number

_SPELLED = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
            r"sixty|seventy|eighty|ninety)(?:[- ](?:hundred|thousand|and|one|two|three|four|five|six|seven|eight|"
            r"nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)){0,4}")
_APPROX_WORDS = r"some|about|around|roughly|nearly|c\.|circa|approximately"
_APPROX = rf"(?:(?P<qual>{_APPROX_WORDS})\s+)?"
_NUMBER = rf"(?P<num>{DIGITS}|{_SPELLED})"
_UNIT = r"(?P<unit>[A-Za-z]+[²³]?(?:[ -][a-z]+)?)"
# a name: capitalised words (a "of" between), a number after ("Beacon 1"), in wiki or Markdown emphasis or a link
_NAME = r"(?P<name>[A-Z][\w'’-]*(?: (?:of |the )?[A-Z][\w'’-]*){0,3}(?: \d+)?)"
_OPEN = r"(?:''+|\*+|\[\[(?:[^\]|]*\|)?)?"
_CLOSE = r"(?:''+|\*+|\]\])?"
_BEFORE = re.compile(rf"\b[Tt]he\s+{_APPROX}{_NUMBER}[\s-]{_UNIT}\s+{_OPEN}{_NAME}{_CLOSE}")
_AFTER = re.compile(rf"{_OPEN}{_NAME}{_CLOSE},\s+(?=(?:a|an|{_APPROX_WORDS})\s)(?:(?:a|an)\s+)?{_APPROX}{_NUMBER}[\s-]{_UNIT}\b")
# what each pattern cannot match without, searched for first: both patterns open on a word or a name, so re tries
# them at every position of every sentence, while these open on a literal ("he", ",") that re finds at once
_GATED = ((re.compile(rf"he\s+(?:(?:{_APPROX_WORDS})\s+)?(?:\d|{_SPELLED})"), _BEFORE),
          (re.compile(rf",\s+(?:a|an|{_APPROX_WORDS})\s"), _AFTER))
_KIND = {"kilograms": "mass", "feet": "length", "metres": "length", "miles": "length", "kilometres": "length",
         "acres": "area", "hectares": "area", "square kilometres": "area", "square miles": "area"}
# what makes a length in apposition the thing's own ("Kell Tower, some 90 feet high"); without it, or an adjective
# ("a 40-foot cutter"), a place's length is how far it lies from another ("Fuka, some 50 miles west")
_SIZED = re.compile(r"\s+(?:long|high|tall|wide|deep|across|in (?:length|height|diameter|breadth))\b")
_SKIP_FIRST = frozenset({"The", "A", "An", "In", "On", "At", "By", "Its", "His", "Her", "Their", "This", "That", "It"})


@lru_cache(maxsize=1)
def _spec() -> dict:
    data = (vocabulary.load("measures") or {}).get("owned_measures") or {}
    return {"units": frozenset(str(u) for u in data.get("units") or ()),
            "changes": frozenset(str(w).lower() for w in data.get("changes") or ())}


def _unit_of(words: str) -> str | None:
    """The unit a figure's next words name ("kg", "kilogram", "square kilometres"), if it is a thing's own size."""
    units = measure_vocab().unit_of
    first, _, rest = words.replace("-", " ").partition(" ")
    unit = units.get(f"{first} {rest}".lower()) if rest else None
    unit = unit or units.get(first.lower())
    return unit if unit in _spec()["units"] else None


def _value(num: str) -> float | None:
    if num[:1].isdigit():
        try:
            return float(num.replace(",", ""))
        except ValueError:
            return None
    value = spelled_number(num.replace("-", " ") if " " in num else num)
    return float(value) if value else None


def owned_measures(doc: Document, facts, prose_kinds: dict, fields_origin: Origin) -> list[Quantity]:
    """Quantities of the sizes the document binds to a named thing, and of its own fields in those units."""
    spec = _spec()
    out: list[Quantity] = []
    if facts.title:
        records = [r for r in field_records(doc, doc.blocks, fields_origin, set()) if r.unit in spec["units"]]
        # a unit only a key's last word gives ("beam_m: 12") counts only where no value is written in it
        units = Counter(r.unit for r in records if not r.key_unit)
        key_units = Counter(r.unit for r in records if r.key_unit)
        for r in records:  # a page's only field in its unit: with two ("length", "height") prose names no one
            only = key_units[r.unit] == 1 and not units[r.unit] if r.key_unit else units[r.unit] == 1
            if only and r.subject is None and r.year is None:
                out.append(_quantity(r.unit, facts.title, r.value, r.qualifier, doc.block_span(r.block, r.start, r.end),
                                     r.origin))
    for block in doc.blocks:
        origin = prose_kinds.get(block.kind)
        if origin not in (Origin.PROSE, Origin.CAPTION) or block.kind is BlockKind.TABLE_CELL:
            continue
        text = block.text
        if not any(map(str.isdigit, text)) and " hundred" not in text and " thousand" not in text:
            continue
        for s, e in figure_sentences(block):
            sentence = text[s:e]
            patterns = [pattern for gate, pattern in _GATED if gate.search(sentence)]
            if not patterns or spec["changes"] & {w.lower() for w in re.findall(r"[A-Za-z]+", sentence)}:
                continue  # (or "lengthened to 48 feet in 1790": another moment's size)
            for pattern in patterns:
                for m in pattern.finditer(sentence):
                    name = m.group("name").strip()
                    unit = _unit_of(m.group("unit"))
                    value = _value(m.group("num"))
                    if unit is None or value is None or name.split()[0] in _SKIP_FIRST:
                        continue
                    if pattern is _AFTER and _KIND.get(unit) == "length" and not _SIZED.match(sentence, m.end("unit")) \
                            and not sentence[m.end("num"):m.end("num") + 1] == "-":
                        continue  # "Fuka, some 50 miles west", "Sollum, about 15 km into Egypt": how far, not how long
                    span = doc.block_span(block, s + m.start("num"), s + m.end("num"))
                    out.append(_quantity(unit, name, value, m.group("qual"), span, origin))
    return out


def _quantity(unit: str, owner: str, value: float, qualifier: str | None, span, origin: Origin) -> Quantity:
    return Quantity(measure=f"value:owned:{unit}", label=f"{_KIND.get(unit, 'size')} ({unit})", value=value, qualifier=qualifier, span=span,
                    origin=origin, subject=owner)
