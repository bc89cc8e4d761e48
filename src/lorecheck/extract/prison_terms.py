"""A court's sentence told twice by its length: "In November 1936 a court sentenced him in absentia to twenty-five
years' imprisonment" and, two paragraphs on, "His twenty-year sentence was commuted in 1948"; "Varl was sentenced to
six years in the fortress of Tesk" on one page and "Varl's eight-year sentence" on another.

A sentence is told as the sentencing ("sentenced <holder> [in absentia] to N years['] [of] <imprisonment | in
prison | hard labour ...>", "<holder> was sentenced to N years ...") or by its length ("<his | her | Name's> N-year
[prison] sentence", "<his | her | Name's> sentence of N years"). The holder is the name the sentence binds to the
sentencing (the object, the passive subject, the possessive); a pronoun is the page's subject on a person's own page
(one with that person's birth or death) and nobody elsewhere. A changed sentence ("commuted to ten years", "reduced
to", "increased to"), another one ("a second sentence", "a further ten years"), a suspended sentence, or a term
served ("served seven years") says nothing about the length the court gave.

A holder sentenced in two years on a page (two trials) gives nothing; otherwise each telling becomes a Quantity of
measure "value:sentence:<unit>[@<year>]" (the year the sentencing names, or the page's one sentencing year) whose
subject is the holder, compared by the conflicting-value rule within and across documents.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..vocabulary import alternation
from ..model import BlockKind, Document, Origin, Quantity
from .measures import figure_sentences, years_named
from .numbers import word_number

_N = r"(?P<n>\d{1,2}|[a-z]+(?:[- ][a-z]+)?)"
_UNIT = r"(?P<unit>years?|months?)"
_HOLDER = r"(?P<holder>him|her|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"


@lru_cache(maxsize=1)
def _sentencings() -> tuple[re.Pattern, re.Pattern]:
    """The active and passive sentencing, ending on a penalty word (prose.yaml sentence_penalties)."""
    penalty = "(?:" + alternation(vocabulary.load("prose").get("sentence_penalties") or ()) + ")"
    length = rf"{_N}\s+{_UNIT}(?:['’]|\s+of)?\s+(?:(?:of|in)\s+)?(?:a\s+)?{penalty}"
    # "sentenced him in absentia to twenty-five years' imprisonment", "sentenced Varl to six years in prison"
    active = re.compile(
        rf"\bsentenced\s+{_HOLDER}\s+(?:(?:in\s+absentia|by\s+default|in\s+his\s+absence|in\s+her\s+absence)\s+)?"
        rf"to\s+{length}")
    # "Varl was sentenced to six years' hard labour", "he was sentenced in absentia to twenty years in prison"
    passive = re.compile(
        rf"(?P<holder>\b[Hh]e|\b[Ss]he|\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})\s+(?:was|had\s+been|were)\s+"
        rf"(?:(?:later|then|eventually|duly)\s+)?sentenced\s+(?:(?:in\s+absentia|by\s+default)\s+)?to\s+{length}")
    return active, passive


# "His twenty-year sentence", "Varl's eight-year prison sentence", "her sentence of six years"
_OWN = re.compile(
    rf"(?P<holder>\b(?:[Hh]is|[Hh]er)|\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}}['’]s?)\s+"
    rf"(?:(?P<n2>\d{{1,2}}|[a-z]+(?:-[a-z]+)?)-(?P<unit2>year|month)\s+(?:(?:prison|jail|gaol)\s+)?"
    rf"(?:sentence|term\s+of\s+imprisonment)|(?:prison\s+)?sentence\s+of\s+{_N}\s+{_UNIT})\b")
# words before the length that make it another sentence than the court's, or a change of it
_CHANGED = re.compile(r"\b(?:commuted|reduced|cut|increased|extended|lengthened|raised|lowered|shortened|halved|"
                      r"doubled|converted|altered|changed|revised)\b[^.;]*$|\b(?:second|another|further|new|fresh|"
                      r"additional|extra|suspended|earlier|later|previous|first)\s+(?:[a-z-]+\s+){0,2}$", re.I)
_SERVED = re.compile(r"\bserv(?:ed|ing|e)\b", re.I)
_CUE = re.compile(r"sentence")
_STOP = frozenset({"The", "A", "An", "In", "On", "At", "By", "After", "Before", "When", "Then", "His", "Her", "Its"})


def prison_terms(doc: Document, facts, prose_kinds) -> list[Quantity]:
    title = facts.title or ""
    person = bool(title) and any(s.predicate in ("birth", "death") and s.subject == title for s in facts.statements)
    title_words = set(re.findall(r"[A-Z][\w'’-]+", title))
    sentenced, passive = _sentencings()
    told: list[tuple] = []  # (holder, unit, value, year, span, told as the sentencing)
    for b in doc.blocks:
        if prose_kinds.get(b.kind) is not Origin.PROSE or b.kind is BlockKind.TABLE_CELL or _CUE.search(b.text) is None:
            continue
        for s, e in figure_sentences(b):
            text = b.text[s:e]
            if "sentence" not in text:
                continue
            for pattern in (sentenced, passive, _OWN):
                for m in pattern.finditer(text):
                    n, unit = (m.group("n"), m.group("unit")) if m.group("n") else (m.group("n2"), m.group("unit2"))
                    value = word_number(n.replace(" ", "-")) if not n.isdigit() else int(n)
                    if value is None or value <= 0:
                        continue
                    before = text[:m.start()] if pattern is not sentenced else text[:m.start("n")]
                    if _CHANGED.search(text[:m.start("n") if m.group("n") else m.start("n2")]) and pattern is _OWN:
                        continue
                    if pattern is not _OWN and _CHANGED.search(before):
                        continue
                    if pattern is _OWN and _SERVED.search(text[max(0, m.start() - 30):m.start()]):
                        continue  # "served five years of his ten-year sentence"
                    holder = _holder(m.group("holder"), person, title, title_words)
                    if holder is None:
                        continue
                    years = {y for y in years_named(text) if 1000 <= y} if pattern is not _OWN else set()
                    year = next(iter(years)) if len(years) == 1 else None
                    start, end = (m.start("n"), m.end("n")) if m.group("n") else (m.start("n2"), m.end("n2"))
                    told.append((holder, "month" if unit.startswith("month") else "year", float(value), year,
                                 doc.block_span(b, s + start, s + end), pattern is not _OWN))
    out = []
    for holder in {t[0] for t in told}:
        mine = [t for t in told if t[0] == holder]
        sentencing_years = {t[3] for t in mine if t[5] and t[3] is not None}
        if len(sentencing_years) > 1:
            continue  # two trials
        year = next(iter(sentencing_years), None)
        for h, unit, value, _, span, _ in mine:
            label = f"sentence ({unit}s)"
            measure = f"value:sentence:{unit}" + (f"@{year}" if year is not None else "")
            out.append(Quantity(measure=measure, label=label, value=value, qualifier=None, span=span,
                                origin=Origin.PROSE, subject=h))
    return out


def _holder(said: str, person: bool, title: str, title_words: set[str]) -> str | None:
    said = said[:-2] if said.endswith(("'s", "’s")) else said.rstrip("'’")  # "Harris's" -> "Harris"
    if said.casefold() in ("him", "her", "he", "she", "his"):
        return title if person else None
    words = re.findall(r"[A-Z][\w'’-]+", said)
    words = [w for w in words if w not in _STOP]
    if not words:
        return None
    if set(words) <= title_words:
        return title
    return " ".join(words)
