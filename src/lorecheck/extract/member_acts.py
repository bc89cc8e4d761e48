"""An act told "as a member of" a body: "in 1714 Lidvik, as a member of the League, voted against the tolls",
"Orvane, then a member of the Compact, sent ships in 1790".

Why: a party acts as a member only while it is one, yet prose says so in an aside, with no verb of joining.
Each becomes a `member_act` statement (subject: the party as written; object: the body as written; date: the
clause's) for checks/within_span.py, which holds it to the party's dated joining of that body. The aside must
stand right after the name and be closed by a comma before a lower-case word (the act's verb); "a former
member", "no longer a member" say the opposite and are not read.
"""
from __future__ import annotations

import re

from ..model import Block, Document, Origin, Statement
from .sentences import clause_date

_NAME = r"[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w'’-]*){0,4}"
_MEMBER_ASIDE = re.compile(
    rf"(?<![\w'’-])(?P<who>{_NAME}),\s+(?:(?:then|already|by\s+then|still|now)\s+)?(?:as\s+)?(?:a|an|one)\s+"
    rf"(?:(?:full|voting|founding)\s+)?(?:member|signatory)\s+of\s+(?:the\s+)?(?P<body>{_NAME}),\s+(?=[a-z])")
# a date right before the act that bounds it rather than dating it ("after 1900", "until 1904")
_BOUND_BEFORE = re.compile(r"\b(?:after|before|until|till|since|by|from)\s+(?:the\s+\w+\s+of\s+)?$", re.I)
_OPENERS = frozenset({"The", "In", "On", "At", "By", "After", "Before", "When", "During", "From", "Since", "Until"})


def member_acts(doc: Document, block: Block, found, origin: Origin) -> list[Statement]:
    """`member_act` statements, one per dated "<Name>, as a member of <Body>, <verb>"."""
    text = block.text
    if " member of " not in text and " signatory of " not in text:
        return []
    out = []
    for m in _MEMBER_ASIDE.finditer(text):
        words = m.group("who").split()
        while words and words[0] in _OPENERS:
            words = words[1:]
        if not words:
            continue
        when = clause_date(text, found, m.start(), m.end(), _BOUND_BEFORE)
        if when is None or when.value is None:
            continue
        out.append(Statement(subject=" ".join(words), predicate="member_act", object=m.group("body"),
                             date=when.value, span=doc.block_span(block, m.start("who"), m.end()), origin=origin,
                             date_span=doc.block_span(block, when.start, when.end),
                             text=" ".join(text[m.start():m.end()].split()).rstrip(", ")))
    return out
