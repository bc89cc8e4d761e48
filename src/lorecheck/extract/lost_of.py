"""A loss out of a stated whole, told on the holder's own page and on another page that names the holder: "Lambert
... lost eleven of his thirty-four monks" on the abbot's page, "Lambert Sorel records that the house lost fourteen
of its thirty-four monks" on the plague's.

"lost N of its / his / her / their M <noun>" is bound to a holder by the possessive: on a page it is the page's
subject when the sentence names no one else (the page's own title words aside); on another page it is each name
the sentence holds. The same whole of the same noun says it is the same body; the lost counts then must agree.
Each telling becomes a Quantity of measure "group:lost <noun> of <M>[@<year>]" whose subject is the holder, with the
one year its sentence names (an undated telling meets no dated one); checks/cross_document.py compares two
documents' tellings of one holder. The names are those of the clause that tells the loss ("Prior Darr kept the
gates shut, but the house lost nine of its forty canons": the page's own house).
A bound ("lost over ten of its forty monks") gives nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import BlockKind, Document, Origin, Quantity
from .count_mentions import count_qualifier
from .measures import figure_sentences
from .numbers import word_number

_NUM = r"\d{1,3}(?:,\d{3})+|\d+"
_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+)*")
_OPENERS = frozenset({"The", "He", "She", "It", "They", "His", "Her", "Its", "Their", "In", "On", "At", "After",
                      "When", "By", "During", "Of", "A", "An", "This", "That"})
_CLAUSE = re.compile(r"[;:]\s*|,\s+(?:and|but|while|whereas|though|although|yet)\s+")
_YEAR = re.compile(r"\b(?:in|of|by|during|until)\s+(\d{3,4})\b")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    spelled = "|".join(sorted((re.escape(str(w)) for w in vocabulary.load("numbers").get("words") or ()
                               if len(str(w)) > 2), key=len, reverse=True)) or "(?!)"
    count = rf"(?:{_NUM}|(?:{spelled})(?:-(?:{spelled}))?)"
    return re.compile(rf"\blost\s+(?P<n>{count})\s+of\s+(?P<poss>its|his|her|their)\s+(?P<whole>{count})\s+"
                      rf"(?P<noun>[a-z]{{3,}}s)\b", re.I)


def _value(token: str) -> float | None:
    if token[:1].isdigit():
        return float(token.replace(",", ""))
    n = word_number(token)
    return float(n) if n is not None else None


def lost_of(doc: Document, title: str | None, prose_kinds) -> list[Quantity]:
    out: list[Quantity] = []
    pattern = _pattern()
    own_words = set(re.findall(r"[A-Z][\w'’-]+", title or ""))
    for b in doc.blocks:
        if b.kind not in prose_kinds or b.kind is BlockKind.TABLE_CELL or "lost" not in b.text:
            continue
        for s, e in figure_sentences(b):
            text = b.text[s:e]
            for m in pattern.finditer(text):
                n, whole = _value(m.group("n")), _value(m.group("whole"))
                _, bound = count_qualifier(text[max(0, m.start("n") - 20):m.start("n")])
                if n is None or whole is None or bound or not 0 < n < whole:
                    continue
                # the names of the clause that tells the loss ("Prior Darr kept the gates shut, but the house lost")
                opens = max((c.end() for c in _CLAUSE.finditer(text, 0, m.start())), default=0)
                names = set()
                for x in _NAME.finditer(text, opens, m.start()):
                    words = x.group().split()
                    while words and words[0] in _OPENERS:
                        words = words[1:]
                    if words:
                        names.add(" ".join(words))
                others = {x for x in names if not set(x.split()) <= own_words}
                holders = sorted(others) if others else [title] if title else []
                years = {int(y) for y in _YEAR.findall(text)}
                if len(years) > 1:
                    continue
                year = f"@{years.pop()}" if years else ""  # an undated telling meets no dated one
                label = f"{m.group('noun').lower()} lost (of {whole:,.0f})"
                span = doc.block_span(b, s + m.start("n"), s + m.end("n"))
                for holder in holders:
                    out.append(Quantity(measure=f"group:lost {m.group('noun').lower()} of {whole:,.0f}{year}", label=label,
                                        value=n, qualifier=None, span=span, origin=Origin.PROSE, subject=holder,
                                        when=None))
    return out
