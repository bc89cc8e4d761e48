"""Statements that must be dated by their own clause (predicates.yaml `own_clause_only`, the burial that the
ordering rule holds after the death): a day whose year the reader took from a later date of the sentence ("he
was buried on 16 June; his father had been buried there in 1630") is not dated by it, and an act the words give
to a relative of the subject ("his father had been buried") or to a common noun ("the old bell was buried") is
not the subject's own; nor is one dated by a year alone, or by the clause before it ("died on D and was buried
beside her husband"). Dropped after the prose
reader has read a block, so that no check ever pairs them."""
from __future__ import annotations

from functools import lru_cache
import re

from .. import vocabulary
from ..model import DateRange

_OWNERS = frozenset({"his", "her", "their", "its"})
_PERSONAL = frozenset({"he", "she", "they", "who"})
_LINKS = frozenset({"and", "but", "then", "later", "was", "were", "is", "are", "had", "has", "have", "been", "be"})


def _subject_words(text: str) -> list[str]:
    """The words a statement's text gives before its verb ("the old bell" of "old bell was buried"; none of "and
    was buried", whose subject is the sentence's)."""
    words = text.split()[:-1]
    while words and words[-1].casefold() in _LINKS:
        words.pop()
    return words


@lru_cache(maxsize=1)
def _own_clause_predicates() -> frozenset[str]:
    table = vocabulary.load("predicates").get("predicates") or {}
    return frozenset(str(spec.get("statement", name)) for name, spec in table.items()
                     if isinstance(spec, dict) and spec.get("own_clause_only"))


def _year(v):
    v = v.start if isinstance(v, DateRange) else v
    return getattr(v, "year", None)


def borrowed_forward(found, f) -> bool:
    """Did the partial date `f` take its year from a date written after it, and from none before it?"""
    if not f.year_from_context or f.restated:
        return False  # "the attack of 11 July": the year of the day told before
    year = _year(f.value)
    before = any(g.end <= f.start and not g.year_from_context and _year(g.value) == year for g in found)
    return not before


def drop_unowned(doc, block, found, statements: list, first: int) -> None:
    """Remove from statements[first:] those of an own-clause predicate that their clause does not date."""
    wanted = _own_clause_predicates()
    if not wanted:
        return
    keep = statements[:first]
    for s in statements[first:]:
        if s.predicate in wanted and _unowned(doc, block, found, s):
            continue
        keep.append(s)
    statements[:] = keep


def _unowned(doc, block, found, s) -> bool:
    subject = _subject_words(s.text)
    if subject and (subject[0].casefold() in _OWNERS or subject[0][:1].islower() and subject[0] not in _PERSONAL):
        return True  # "his father had been buried", "the old bell was buried": not the subject's own
    if getattr(s.date, "day", None) is None:
        return True  # "Ivo Brand was buried in 1700 beside Ada Brand. She died in 1705": a bare year rarely dates
        # the subject's own burial apart from the death it follows; it is told in passing of someone near
    span = s.date_span
    if span is None:
        return False
    f = next((f for f in found if doc.block_span(block, f.start, f.end) == span), None)
    if f is None:
        return True  # dated from outside its block: not its own clause's date
    return borrowed_forward(found, f) or not _dates_its_verb(block.text, f, s.predicate)


@lru_cache(maxsize=4)
def _verb_pattern(predicate: str) -> re.Pattern:
    """The predicate's verbs and nouns as written and inflected ("bury", "buried", "entombed", "funeral")."""
    table = vocabulary.load("predicates").get("predicates") or {}
    spec = next((spec for name, spec in table.items() if isinstance(spec, dict)
                 and str(spec.get("statement", name)) == predicate), {})
    words = {str(w) for w in (spec.get("verbs") or ()) + (spec.get("nouns") or ())}
    words |= {w + suffix for w in list(words) for suffix in ("s", "ed", "d")}
    return re.compile(r"\b(?:" + vocabulary.alternation(words) + r")\b", re.I)


# between a date and the verb after it: only a subject ("On 6 November, he was buried", "on 2 May Hask was buried")
_DATE_THEN_SUBJECT = re.compile(r",?\s+(?:(?:he|she|they|[A-Z][\w'’-]*)\s+){1,3}(?:was|were|had\s+been)\s+$")
# between the verb and its date: words of its own clause, no other clause's
_OTHER_CLAUSE = re.compile(r"[;:.]|\b(?:and|but|which|who|whom|whose|when|while|where|after|before|until|since)\b",
                           re.I)


def _dates_its_verb(text: str, f, predicate: str) -> bool:
    """Is the date the verb's own: after it in its clause ("was buried at X on D"), or opening the clause the verb
    ends ("On D he was buried")? Not the date of the clause before ("died on D and was buried at X")."""
    verbs = _verb_pattern(predicate)
    before = None
    for m in verbs.finditer(text, max(0, f.start - 100), f.start):
        before = m
    if before is not None and not _OTHER_CLAUSE.search(text, before.end(), f.start):
        return True
    after = verbs.search(text, f.end, f.end + 60)
    return after is not None and _DATE_THEN_SUBJECT.fullmatch(text, f.end, after.start()) is not None
