"""An agreement told as sealed, no sealer named: "the Truce of Ostby, sealed on 4 August 1318, left each party its
forts", "the two leagues agreed the Truce of Ostby, which was sealed on 4 July 1318", "the Peace of Orm was
sealed at Veld on 6 May 1377".

Why: a truce's or a treaty's sealing is its making, the day later ages call its signing, and two pages that date
it apart disagree on one event. The prose reader keeps "sealed" as an act of whoever sealed (a ruler's seal put to
a ratification is no signing, extract/signings.py), so nothing dates the agreement itself. Here the agreement
gets a "sign" statement, which the conflicting-date rule holds to the agreement's other signings, on any page.

Only a name with an agreement's head (prose.yaml `agreement_heads`) right before "sealed" (", sealed", ", which
was sealed", " was sealed"), a date in the same clause after it, and no sealer ("sealed by the Diet on D": an act
of the Diet's, maybe a ratification) and no word of a ratification in the sentence.
"""
from __future__ import annotations

import re

from ..model import Block, Document, Origin, Statement
from .calendars import without_older_calendar
from .sentences import SENTENCE_END, sentence_start
from .signings import names_an_agreement, ratification_told

_NAME = r"[A-Z][\w’'-]*(?:\s+(?:of\s+the|of|the|de|du|von|van)?\s*[A-Z][\w’'-]*)*"
_SEALED = re.compile(rf"(?P<name>{_NAME}),?\s+(?:which\s+was\s+|that\s+was\s+|was\s+)?sealed\b(?P<rest>[^;:.()]{{0,80}})")
_CLAUSE_END = re.compile(r",\s+(?:which|who|where|when|and|but)\b|;")


def sealed_agreements(doc: Document, block: Block, found, origin: Origin) -> list[Statement]:
    text = block.text
    if not found or "sealed" not in text:
        return []
    found = without_older_calendar(text, found)  # "sealed on 1 March (Old Style), 11 March by the New"
    out = []
    for m in _SEALED.finditer(text):
        name = re.sub(r"^(?:The|the)\s+", "", m.group("name"))
        if not names_an_agreement(name) or len(name.split()) < 3:
            continue  # "the Truce sealed on D": which truce, the words do not say
        rest_start = m.start("rest")
        stop = _CLAUSE_END.search(text, rest_start, m.end())
        clause_end = stop.start() if stop else m.end()
        when = next((f for f in found if rest_start <= f.start < clause_end), None)
        if when is None or re.search(r"\bby\b", text[rest_start:clause_end]):
            continue
        a = sentence_start(text, m.start())
        end = SENTENCE_END.search(text, when.end)
        b = end.start() if end else len(text)
        if ratification_told().search(text, a, b):
            continue
        out.append(Statement(subject=name, predicate="sign", object=None, date=when.value,
                             span=doc.block_span(block, m.start("name"), b), origin=origin,
                             date_span=doc.block_span(block, when.start, when.end),
                             text=" ".join(text[m.start("name"):when.end].split()), event=name))
    return out
