"""An act told "as a member of" a body: "in 1714 Lidvik, as a member of the League, voted against the tolls",
"Orvane, then a member of the Compact, sent ships in 1790".

Why: a party acts as a member only while it is one, yet prose says so in an aside, with no verb of joining.
Each becomes a `member_act` statement (subject: the party as written; object: the body as written; date: the
clause's) for checks/within_span.py, which holds it to the party's dated joining of that body. The aside must
stand right after the name and be closed by a comma before a lower-case word (the act's verb); "a former
member", "no longer a member" say the opposite and are not read.

A party's stay in a body told with its end ("X belonged to the Syndicate from 1924 until the firm walked out of it
in 1931", "X left the League in 1790", "X was a member of the Diet from 1601 to 1608") becomes `member:start` /
`member:end` statements, an act told "as a member" (of the body, or bare in a sentence that names the body) a
`member:act`, and a sentence that tells the party back in ("rejoined", "was readmitted") a `member:again`;
checks/within_span.py holds each such act, on its page, to the stay's ends (vocabulary periods.yaml `memberships`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .. import vocabulary
from ..model import Block, DateRange, DateValue, Document, Origin, Statement
from .sentences import clause_date, sentence_spans

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


def _words(key: str) -> list[str]:
    return [" ".join(str(w).split()) for w in (vocabulary.load("periods").get("memberships") or {}).get(key) or ()]


def _alt(key: str) -> str:
    words = sorted(_words(key), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"


_PARTY = r"(?:[A-Z][\w'’-]*(?:\s+(?:&\s+|of\s+|the\s+|and\s+)*[A-Z][\w'’-]*){0,4}|[Ii]t|[Hh]e|[Ss]he|[Tt]hey|" \
         r"[Tt]he\s+[a-z]+)"
_BODY = r"(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+|for\s+)*[A-Z][\w'’-]*){0,5}"


@lru_cache(maxsize=1)
def _stay_patterns():
    holds, leaves, joins, again = (_alt(k) for k in ("holds", "leaves", "joins", "again"))
    # "Dallery & Voss belonged to the Morvel Armaments Syndicate", "Orvane was a member of the Compact"
    lower = rf"(?!{_FUNCTION_WORDS}\b)[a-z][\w'’-]*"  # "the Lepsan guard", "the Veerhaven town council"
    body = rf"(?:the\s+(?:[A-Z][\w'’-]*\s+){{0,4}}(?:{lower}\s+)?{lower}|{_BODY})"
    held = re.compile(rf"(?<![\w'’&-])(?P<who>{_PARTY})\s+(?:had\s+)?(?:{holds})\s+(?P<body>{body})")
    # "the firm walked out of it in 1931", "Orvane left the Compact on 2 May 1790"
    left = re.compile(rf"(?<![\w'’&-])(?P<who>{_PARTY})\s+(?:(?:formally|finally|abruptly|then)\s+)?(?:{leaves})\s+"
                      rf"(?P<body>{_BODY}|it|them|the\s+[a-z]+)\s*,?\s+(?:in|on)\s+$")
    joined = re.compile(rf"(?<![\w'’&-])(?P<who>{_PARTY})\s+(?:(?:formally|finally|then)\s+)?(?:{joins})\s+"
                        rf"(?P<body>{_BODY}|it|them)\s*,?\s+(?:in|on)\s+$")
    # "the firm bid as a member", "Orvane, as a full member of the Compact, voted", "while still a member of it"
    act = re.compile(r"(?<![\w'’-])(?:as|while\s+(?:still\s+)?|when\s+still)\s+(?:a|an|one)\s+(?:(?:full|voting|"
                     r"founding)\s+)?member\b(?:\s+of\s+(?P<body>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}|it|"
                     r"the\s+[a-z]+))?")
    back = re.compile(rf"(?<![\w'’-])(?:{again})(?![\w'’-])", re.I)
    back_in_block = vocabulary.Caseless(r"(?<![\w'’-])(?:{})(?![\w'’-])", _words("again"))
    # a body in one's charge: "From 444 until 449 he commanded the Lepsan guard" and "while he commanded the guard"
    charges = _alt("charges")
    charge = re.compile(rf"(?<![\w'’&-])(?P<who>{_PARTY})\s+(?:(?:also|then|still)\s+)?(?P<verb>{charges})\s+"
                        rf"(?P<body>{body})")
    charge_act = re.compile(rf"(?<![\w'’-])(?:[Ww]hile|[Ww]hen)\s+(?P<who>{_PARTY})\s+(?:(?:still|yet)\s+)?"
                            rf"(?P<verb>{charges})\s+(?P<body>{body})")
    # the first words of every listed verb: a block without one (and without "member") holds no stay
    firsts = sorted({str(w).split()[0] for k in ("holds", "leaves", "joins", "charges")
                     for w in (vocabulary.load("periods").get("memberships") or {}).get(k) or ()})
    cue = vocabulary.Caseless(r"\b(?:{})\b", ["member", *firsts])
    # each pattern's verbs alone, between spaces as the patterns have them: a sentence without one is spared the
    # pattern, which tries a name at every word
    verbs = _Verbs(*(re.compile(rf"\s(?:{words})\s") for words in (holds, leaves, joins, charges)))
    return held, left, joined, act, back, back_in_block, charge, charge_act, cue, verbs


class _Verbs(NamedTuple):
    holds: re.Pattern
    leaves: re.Pattern
    joins: re.Pattern
    charges: re.Pattern


_BOUND_END = re.compile(r"\b(?:until|till|to|through)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+|in\s+)?$", re.I)
_FROM = re.compile(r"\b(?:from|since)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+|in\s+)?$", re.I)
_SUBJECT_BEFORE = re.compile(rf"(?<![\w'’&-])(?P<who>{_PARTY})(?:\s+(?:[a-z]+\s+){{0,2}}?[a-z]+\s+|,\s+)$")
_NOT_NOW = re.compile(r"\b(?:no\s+longer|not|never|former|formerly|once|ex-)\s*(?:\w+\s+){0,2}$", re.I)


_FUNCTION_WORDS = r"(?:from|to|in|on|at|for|until|till|between|during|and|or|but|with|by|of|when|while|since|after|" \
                  r"before|as|who|which|that|was|were|is|had|has)"
_OPENING_FROM = re.compile(r"\s*(?:From|from|Between|between)\s+")
_COMMA_GAP = re.compile(r",?\s+")
_FROM_GAP = re.compile(r",?\s+(?:from|between)\s+")
# "After he commanded the guard from 444 to 449, ...": a clause whose charge is not the sentence's own
_BEFORE_CHARGE = re.compile(r"\b(?:after|before|until|since|once|if|unless)\s+$", re.I)


def _stmt(doc, block, origin, predicate, who, body, date, a, b, when=None, text=None, row="member") -> Statement:
    """The party goes in `row` ("member:Tarn", "charge:he"), not in the subject: a name as the sentence writes it
    ("Gaelen", "the company") would otherwise take part in the World's joining of names."""
    return Statement(subject="", predicate=predicate, object=" ".join(body.split()), date=date,
                     span=doc.block_span(block, a, b), origin=origin,
                     date_span=doc.block_span(block, when.start, when.end) if when is not None else None,
                     text=text, row=f"{row}:{' '.join(who.split())}" if who else None)


def member_stays(doc: Document, block: Block, found, origin: Origin) -> list[Statement]:
    """`member:start`, `member:end`, `member:act` and `member:again` statements of one block (see the module's
    docstring)."""
    text = block.text
    held, left, joined, act, back, back_in_block, charge, charge_act, cue, verbs = _stay_patterns()
    if not cue.search(text):
        return []
    out: list[Statement] = []
    # which patterns may match in the block at all: the sentences of a block without their words are not searched
    backs, holds, charges, member = (back_in_block.search(text) is not None, verbs.holds.search(text) is not None,
                                     verbs.charges.search(text) is not None, "member" in text)
    leaves_or_joins = verbs.leaves.search(text) is not None or verbs.joins.search(text) is not None
    for a, b in sentence_spans(text):
        dates = [f for f in found if a <= f.start and f.end <= b]
        if backs and back.search(text, a, b):
            out.append(_stmt(doc, block, origin, "member:again", "", " ".join(text[a:b].split()), None, a, b))
            continue
        stays = list(held.finditer(text, a, b)) if holds and verbs.holds.search(text, a, b) else []
        for m in stays:  # "belonged to X from D1 until D2", "was a member of X from D1 to D2"
            for f in dates:
                if f.start < m.end():
                    continue
                values = (f.value.start, f.value.end) if isinstance(f.value, DateRange) else (None, None)
                if isinstance(f.value, DateValue) and left.search(text, m.end(), f.start):
                    out.append(_stmt(doc, block, origin, "member:end", m.group("who"), m.group("body"), f.value,
                                     m.start(), f.end, f))  # "... until the firm walked out of it in 1931"
                elif isinstance(f.value, DateRange) and _FROM.search(text, a, f.start):
                    for predicate, value in zip(("member:start", "member:end"), values):
                        if isinstance(value, DateValue):
                            out.append(_stmt(doc, block, origin, predicate, m.group("who"), m.group("body"), value,
                                             m.start(), f.end, f))
                elif isinstance(f.value, DateValue) and _FROM.search(text, a, f.start):
                    out.append(_stmt(doc, block, origin, "member:start", m.group("who"), m.group("body"), f.value,
                                     m.start(), f.end, f))
                elif isinstance(f.value, DateValue) and _BOUND_END.search(text, a, f.start):
                    out.append(_stmt(doc, block, origin, "member:end", m.group("who"), m.group("body"), f.value,
                                     m.start(), f.end, f))
        for f in dates:  # "Orvane left the Compact in 1790" (told on its own)
            if stays or not leaves_or_joins or not isinstance(f.value, DateValue):
                continue
            for pattern, predicate, cue_words in ((left, "member:end", verbs.leaves),
                                                  (joined, "member:start", verbs.joins)):
                m = pattern.search(text, a, f.start) if cue_words.search(text, a, f.start) else None
                if m is not None and any(w[:1].isupper() for w in m.group("body").split()):  # a name, not "it""
                    out.append(_stmt(doc, block, origin, predicate, m.group("who"), m.group("body"), f.value,
                                     m.start(), f.end, f))
        charged = charges and verbs.charges.search(text, a, b) is not None
        for m in charge.finditer(text, a, b) if charged else ():  # "From D1 until D2 he commanded the X", "... the X from D1 to D2"
            told = [f for f in dates if isinstance(f.value, DateRange) and
                    (f.end <= m.start() and _OPENING_FROM.fullmatch(text, a, f.start) and
                     _COMMA_GAP.fullmatch(text, f.end, m.start()) or
                     f.start >= m.end() and _FROM_GAP.fullmatch(text, m.end(), f.start))]
            if len(told) != 1 or _BEFORE_CHARGE.search(text, a, m.start()):
                continue
            f = told[0]
            for predicate, value in (("member:start", f.value.start), ("member:end", f.value.end)):
                if isinstance(value, DateValue):
                    out.append(_stmt(doc, block, origin, predicate, m.group("who"), m.group("body"), value,
                                     m.start(), m.end(), f, row="charge"))
        if len(dates) != 1 or not isinstance(dates[0].value, DateValue):
            continue
        when = dates[0]
        if _BOUND_BEFORE.search(text, a, when.start):
            continue
        for m in charge_act.finditer(text, a, b) if charged else ():  # "were destroyed while he commanded the guard, in 451"
            out.append(_stmt(doc, block, origin, "member:act", m.group("who"), m.group("body"), when.value,
                             m.start(), m.end(), when, " ".join(text[a:b].split()), row="charge"))
        for m in act.finditer(text, a, b) if member and text.find("member", a, b) >= 0 else ():
            if _NOT_NOW.search(text, a, m.start()):
                continue
            who = _SUBJECT_BEFORE.search(text, a, m.start())
            if who is None:
                continue
            body = m.group("body") or ""
            out.append(_stmt(doc, block, origin, "member:act", who.group("who"), body, when.value, who.start(),
                             m.end(), when, " ".join(text[a:b].split())))
    return out


