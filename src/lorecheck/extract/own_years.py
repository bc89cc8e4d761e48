"""Statements that must be dated by their own clause (predicates.yaml `own_clause_only`, the burial that the
ordering rule holds after the death): a day whose year the reader took from a later date of the sentence ("he
was buried on 16 June; his father had been buried there in 1630") is not dated by it, and an act the words give
to a relative of the subject ("his father had been buried") or to a common noun ("the old bell was buried") is
not the subject's own; nor is one dated by a year alone. Dropped after the prose
reader has read a block, so that no check ever pairs them."""
from __future__ import annotations

from functools import lru_cache

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
    if not f.year_from_context:
        return False
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
    return f is not None and borrowed_forward(found, f)
