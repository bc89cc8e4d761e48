"""A gift's count told twice: once as the giving ("By his will he left his library of 4,300 volumes to the
university", "she gave her collection of 212 drawings to the town") and once by the gift's name ("The Norrvik
bequest of 3,400 volumes was catalogued in 1766", "the Marr gift of 221 drawings"). What was given is counted
when it was given; a later act on it (catalogued, shown, moved) does not change the count, so the two must agree.

The giving verb and the gift's noun must go together (left / bequeathed / willed: bequest, legacy; gave /
donated / presented: gift, donation), the counted noun must be the same, and the page must tell of one such
giving of that noun (two gifts of books are two things). A bound ("over 4,000 volumes") or a part ("part of
his library of 4,300 volumes") gives nothing.

Both become Quantity facts of one measure "value:<doc>#gift:<noun>", compared by the conflicting-value rule.
"""
from __future__ import annotations

import re

from ..model import BlockKind, Document, Quantity
from .count_mentions import count_qualifier, told_again
from .measures import figure_sentences
from .numbers import DIGITS, number_value

_NUM = rf"(?P<num>{DIGITS}|[a-z]+(?:-[a-z]+)?)"
_APPROX = r"(?:(?:some|about|around|nearly|roughly)\s+)?"
_KINDS = {"left": "bequest", "bequeathed": "bequest", "willed": "bequest",
          "gave": "gift", "donated": "gift", "presented": "gift"}
_NOUN_KIND = {"bequest": "bequest", "legacy": "bequest", "gift": "gift", "donation": "gift"}
_GIVEN = re.compile(rf"\b(?P<verb>left|bequeathed|willed|gave|donated|presented)\s+(?:his|her|their|its)\s+"
                    rf"(?:[a-z]+\s+)?(?:library|collection|books|papers|cabinet|herbarium)\s+of\s+{_APPROX}{_NUM}\s+"
                    r"(?P<noun>[a-z][a-z'’-]{2,}s)\b")
_NAMED = re.compile(rf"\b(?:[Tt]he|[Hh]is|[Hh]er)\s+(?:[A-Z][\w'’-]*\s+){{0,3}}(?P<gift>bequest|legacy|gift|donation)"
                    rf"\s+of\s+{_APPROX}{_NUM}\s+(?P<noun>[a-z][a-z'’-]{{2,}}s)\b")
_PART = re.compile(r"\b(?:part|some|half|most|much|many|rest|remainder)\s+of\s+$", re.I)
# every match of _GIVEN holds one of its verbs and every match of _NAMED one of its nouns, as written (both patterns
# are case-sensitive there): a block with none of these words has no gift to read, and is not split into sentences
_CUE = re.compile(r"left|bequeathed|willed|gave|donated|presented|bequest|legacy|gift|donation")


def gift_counts(doc: Document, title: str | None, prose_kinds) -> list[Quantity]:
    given: dict[tuple[str, str], list[tuple]] = {}
    named: dict[tuple[str, str], list[tuple]] = {}
    for b in doc.blocks:
        if b.kind not in prose_kinds or b.kind is BlockKind.TABLE_CELL or _CUE.search(b.text) is None:
            continue
        for s, e in figure_sentences(b):
            text = b.text[s:e]
            for pattern, kinds, key, out in ((_GIVEN, _KINDS, "verb", given), (_NAMED, _NOUN_KIND, "gift", named)):
                for m in pattern.finditer(text):
                    value = number_value(m.group("num"))
                    qual, bound = count_qualifier(text[max(0, m.start("num") - 20):m.start("num")])
                    if value is None or bound or _PART.search(text, 0, m.start()):
                        continue
                    out.setdefault((kinds[m.group(key)], m.group("noun").lower()), []).append(
                        (float(value), qual, doc.block_span(b, s + m.start("num"), s + m.end("num"))))
    return told_again(given, named, lambda key: f"value:{doc.path}#gift:{key[1]}", lambda key: key[1], title)
