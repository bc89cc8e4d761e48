"""A holder's time in an office, told by its length apart from the dates of the term: "Odo Renn served
as Warden for nineteen years", "his eleven seasons in charge brought two cups", "Odo Marl's twelve
years as abbot", "her nine-year presidency".

The length names the span it measures by its holder and its office, not by dates beside it: the term a table
row, a list or the prose gives elsewhere ("| Odo Renn | 1871 | 1884 |"). Each becomes a StatedDuration of
kind "term" whose subject is the holder and whose `office` is the office named ("Grand Master"), or None for a
phrase that names the office held only as the one held ("in charge", "in office"); the duration rule measures
it against the holder's single recorded term of that office (two terms, or none, and it is not checked).

The holder is the name the sentence opens with, the name owning the length ("Marl's"), or the name before the
verb ("X, the son of a lock-keeper, served as ..."); a pronoun's length ("his eleven seasons") is the sentence subject's.
A season counts as a year (a season of a league or a company spans one).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import Block, DateRange, Document, Origin, StatedDuration
from ..vocabulary import alternation
from .numbers import span_bound, word_number
from .dates import DateContext, find_dates
from .sentences import previous_sentence_start, sentence_start

_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of|de|van|von|the)){0,4}?)"
_NUMBER = r"(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)"
_UNIT = r"(?P<unit>years?|seasons?|months?|decades?)"
_OFFICE = r"(?:as\s+(?:the\s+)?(?P<office>[A-Za-z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,3}))"
_UNIT_YEARS = {"year": 1, "season": 1, "decade": 10}


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, re.Pattern], ...] | None:
    """(gate, pattern) pairs: the gate is the part of the pattern after the name or verb it opens on, which re
    finds far faster (it opens on a literal, not at every capital or word start); a block it misses is skipped."""
    prose = vocabulary.load("prose")
    spec = prose.get("term_lengths") or {}
    roles, verbs = spec.get("roles") or (), spec.get("verbs") or ()
    nouns = prose.get("tenure_nouns") or ()
    if not roles or not verbs:
        return None
    hedge = rf"(?:(?P<hedge>{alternation([*prose.get('rounded', ()), *(w for ws in (prose.get('span_bounds') or {}).values() for w in ws)])})\s+)?"
    role = rf"(?:{_OFFICE}|(?P<role>{alternation(roles)}))"
    length = rf"{hedge}{_NUMBER}\s+{_UNIT}"
    unit_role = re.compile(rf"{_UNIT}\s+{role}")
    noun = rf"-(?P<unit>year|season)\s+(?P<noun>{alternation(nouns)})\b"
    noun_of = re.compile(rf"\b(?:{alternation(nouns)})\s+of\s+{length}")
    return (
        # "his eleven seasons in charge", "her twelve years as abbot", "Marl's twelve years as abbot"
        (unit_role, re.compile(rf"(?:\b(?P<pos>[Hh]is|[Hh]er|[Tt]heir)|{_NAME}['’]s)\s+{length}\s+{role}(?![\w'’-])")),
        # "served as Warden for nineteen years", "sat in the chair for eleven years"
        (re.compile(rf"for\s+{length}\b"), re.compile(rf"\b(?:{alternation(verbs)})\s+{role}\s+for\s+{length}\b")),
        # "spent twelve years as abbot", "served nine years in office"
        (unit_role, re.compile(rf"\b(?:spent|served)\s+{length}\s+{role}(?![\w'’-])")),
        # "her nine-year presidency", "his eleven-season tenure"
        (re.compile(noun), re.compile(rf"(?:\b(?P<pos>[Hh]is|[Hh]er|[Tt]heir)|{_NAME}['’]s)\s+{hedge}{_NUMBER}{noun}")),
        # "Ashby's mastership of twenty-three years", "her presidency of nine years": the noun, then its length
        (noun_of, re.compile(rf"(?:\b(?P<pos>[Hh]is|[Hh]er|[Tt]heir)|{_NAME}['’]s)\s+(?P<noun>{alternation(nouns)})"
                             rf"\s+of\s+{length}(?![\w'’-])")),
    )


_OPENING_NAME = re.compile(r"[\s\"'“*]*(?:(?:In|On|By|After|From|During)\s[^,]{1,40},\s+)?"
                           r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:of|de|van|von)\s+)?[A-Z][\w'’-]+){0,4})(?=[\s,])")
# between the opening name and a verb: nothing, or one apposition ("X, the son of a lock-keeper, served as ...")
_APPOSITION = re.compile(r"\s*(?:,[^,;:()]{1,80},\s*)?")
_CAPITALISED = re.compile(r"\b[A-Z]")


def _holder(text: str, start: int, at: int, named: str | None, owned: bool) -> str | None:
    """The holder the length at `at` is of: the name owning it ("Marl's"), else the name the sentence opens
    with, when it is the verb's subject (`owned` False: only an apposition between) or when no other name
    stands between it and "his" (`owned`: "X rebuilt the side; his eleven seasons ...")."""
    if named:
        return named
    m = _OPENING_NAME.match(text, start, at)
    if m is None or m.group("name").split()[0] in _NOT_NAMES:
        return None
    between = text[m.end():at]
    if owned and _CAPITALISED.search(between) is None or not owned and _APPOSITION.fullmatch(between):
        return m.group("name")
    return None


def _previous_holder(text: str, start: int, topic: str) -> str | None:
    """The name the sentence before `start` (in the same block) opens on, as its subject (an apposition at most
    between it and the verb), when it is the page's or the section's person (`topic`, whose last word it ends on):
    "Ada Kell was mayor from 1879 to 1890. Her eight years as mayor ..." on Ada Kell's page; another name there
    may be someone the pronoun does not point to ("Odo Vell, her predecessor, had served ... Her eight years")."""
    prev = previous_sentence_start(text, start)
    if prev is None:
        return None
    m = _OPENING_NAME.match(text, prev, start)
    if m is None or m.group("name").split()[0] in _NOT_NAMES:
        return None
    verb = _SUBJECT_VERB.match(text, m.end())
    name = m.group("name")
    if verb is None or name.split()[-1].casefold() not in topic.casefold().split():
        return None
    return name


# after a name opening a sentence: an apposition at most, then a verb in the past or "was"
_SUBJECT_VERB = re.compile(r"(?:\s*,[^,;:()]{1,80},)?\s+(?:was|were|had|[a-z]+ed)\b")
# "PIETER OSTERVELT (in office 1679-1690)", "Odo Marl (abbot, 1120–1131)": a holder's name, then the office's dates
_HEADED_TERM = re.compile(r"\s*(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of|de|van|von|the)){1,4}?)\s*\((?P<gloss>[^()]*)\)\s*$")


def _headed_term(heading: str | None):
    """(holder, DateRange) of a section heading that names a holder and the dates of a term, glossed by an office
    word (prose.yaml `heading_term_cues`: "in office", "r."); a bare "(1611–1676)" is a lifetime."""
    m = _HEADED_TERM.match(heading or "")
    if m is None:
        return None
    gloss = m.group("gloss")
    cues = vocabulary.load("prose").get("heading_term_cues") or ()
    if not any(re.search(rf"(?<![\w.]){re.escape(c)}(?!\w)", gloss, re.I) for c in cues):
        return None
    found = [f for f in find_dates(gloss, DateContext()) if isinstance(f.value, DateRange)]
    if len(found) != 1 or found[0].value.start is None or found[0].value.end is None:
        return None
    name = m.group("name")
    return (name.title() if name.isupper() else name), found[0].value


_NOT_NAMES = frozenset(("He", "She", "They", "It", "The", "This", "His", "Her", "Their", "In", "On", "By", "After",
                        "From", "During", "When", "As", "A", "An"))


def term_lengths(doc: Document, block: Block, origin: Origin) -> list[StatedDuration]:
    """Stated lengths of a holder's time in an office in the block's sentences."""
    text = block.text
    patterns = _patterns()  # prose only: the caller reads no other block with it
    if patterns is None or not any(u in text for u in ("year", "season", "month", "decade")):
        return []
    out: list[StatedDuration] = []
    for gate, pattern in patterns:
        if not gate.search(text):
            continue
        for m in pattern.finditer(text):
            n = word_number(m.group("n"))
            if n is None or n < 1:
                continue
            start = sentence_start(text, m.start())
            named = m.groupdict().get("name")
            holder = _holder(text, start, m.start(), named.strip() if named else None, bool(m.groupdict().get("pos")))
            headed = None
            if holder is None and m.groupdict().get("pos") and not text[start:m.start()].strip(" \"“*\n"):
                # "His eight years in office were ...": the holder the sentence before opened on, else the one the
                # section's heading names with the dates of the office ("PIETER OSTERVELT (in office 1679-1690)")
                holder = _previous_holder(text, start, f"{doc.title or ''} {block.heading or ''}")
                if holder is None:
                    headed = _headed_term(block.heading)
                    holder = headed[0] if headed else None
            if holder is None:
                continue
            unit = m.group("unit").lower().rstrip("s")
            years = n * _UNIT_YEARS.get(unit, 0)
            months = n if unit == "month" else 0
            hedge = (m.group("hedge") or "").lower()
            d = StatedDuration(years=years, months=months, span=doc.block_span(block, m.start("n"), m.end("unit")),
                               origin=origin, subject=holder, text=text[m.start("n"):m.end("unit")], kind="term",
                               office=(m.groupdict().get("office") or None) if not m.groupdict().get("noun") else None)
            d.approximate = unit == "decade" or bool(hedge)
            d.bound = span_bound(hedge)
            if headed is not None:
                d.kind, d.start, d.end, d.office = "span", headed[1].start, headed[1].end, None
            out.append(d)
    return out
