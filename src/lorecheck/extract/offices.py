"""Taking an office, told once by its verb and once by its noun, is one event.

"Livka Marrant was proclaimed regent on 4 March 1411" and, paragraphs later, "Livka Marrant's regency,
which began on 14 March 1411": the verb names the office by its holder's title (regent), the noun by the
office (regency); vocabulary prose.yaml `office_terms` maps both to one office. Each becomes a statement
(person, "office_start", office, date) that the conflicting-date rule compares. Only a person named in
the clause counts (a pronoun's "her regency" may be anyone's), and only a date in the same sentence after
the words; "crowned" is no accession (a coronation follows it by months).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..vocabulary import alternation
from ..model import Block, Document, Origin, Statement
from .sentences import SENTENCE_END

_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of|de|von|van|al|ibn|bin|the)){0,4}?)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, str], tuple[re.Pattern, ...]] | None:
    spec = vocabulary.load("prose").get("office_terms") or {}
    office_of = {str(w).lower(): str(office) for office, words in (spec.get("offices") or {}).items()
                 for w in [office, *words]}
    if not office_of:
        return None
    office = rf"(?P<office>{alternation(office_of)})"
    verbs, begins = alternation(spec.get("verbs") or ()), alternation(spec.get("begin_verbs") or ())
    verbal = re.compile(rf"\b{_NAME}(?:,[^,;.()]{{1,80}},)?\s+(?:was|had\s+been)\s+(?:formally\s+|solemnly\s+)?"
                        rf"(?:{verbs})\s+(?:as\s+)?(?:the\s+)?{office}\b")
    owned = re.compile(rf"\b{_NAME}['’]s\s+{office}(?:\s+as\s+[a-z]+)?,?\s+(?:which\s+|that\s+)?(?:had\s+)?(?:{begins})\b")
    of_name = re.compile(rf"\b[Tt]he\s+{office}\s+of\s+{_NAME},?\s+(?:which\s+|that\s+)?(?:had\s+)?(?:{begins})\b")
    return office_of, (verbal, owned, of_name)


def office_starts(doc: Document, block: Block, found, origin: Origin) -> list[Statement]:
    """Statements of a named person taking an office, one per clause that says so with a date."""
    patterns = _patterns()
    if patterns is None or not found:
        return []
    office_of, readers = patterns
    low = block.text.lower()
    if not any(w in low for w in office_of):
        return []
    text = block.text
    out = []
    for pattern in readers:
        for m in pattern.finditer(text):
            end = SENTENCE_END.search(text, m.end())
            stop = end.start() if end else len(text)
            when = next((f for f in found if m.end() <= f.start < stop and not f.year_from_context), None)
            if when is None or re.search(r"\b(?:until|till|to|ended|lasted)\s*$", text[m.end():when.start]):
                continue
            office = office_of[re.sub(r"\s+", " ", m.group("office").lower())]
            name = m.group("name").strip()
            if name.split()[0].lower() in ("the", "in", "on", "by", "after", "when"):
                continue
            out.append(Statement(subject=name, predicate="office_start", object=office, date=when.value,
                                 span=doc.block_span(block, m.start(), stop), origin=origin,
                                 date_span=doc.block_span(block, when.start, when.end), text=text[m.start():stop]))
    return out
