"""A war's (a rising's, a strike's) start told by the section that tells its outbreak: "Outbreak" over "On 9 June
1318 Adalbert had himself acclaimed duke", "Outbreak of the war" over "The Synod declared war on 12 June"; a battle's start told by its "First day"
section ("At dawn on 14 June the van tried to cross the ford").

Why: the writer dates the start in the infobox and tells the start again, in words of its own (a seizure, a
proclamation, a declaration, "the war is reckoned from that night"), as the first event of the section about the
outbreak; the sentence names no start verb the prose reader knows. The section's first date becomes
"<page subject> start <date>", which meets the infobox's start in the conflicting-date rule.

Only on the page of an event whose start "the outbreak" names (fields.yaml `outbreak_heads`), under a heading
that says so (sections.yaml `outbreak_headings`), or on a battle's or a siege's page under a heading of its
first day (`first_day_headings`, `first_day_pages`), and only a first date that can be the start told again:
a whole day with its year written, the earliest date of the section, after the start the page's own fields
give (a date before it tells a cause or a prelude: "the spark for the rising was the arrest on 6 September")
and at most a month after it (later days tell the course); a section that gives the start's own day
anywhere agrees with the fields, whatever it opens with.
"""
from __future__ import annotations

import re
from .. import vocabulary
from ..model import BlockKind, DateValue, Document, DocumentFacts, Origin, Statement
from .calendars import without_older_calendar
from .field_events import outbreak_page
from .sentences import sentence_spans

_WITHIN_DAYS = 31
_BRACKETED = re.compile(r"\s*\([^()]*\)\s*$")  # "Outbreak (388–389 AR)": the section's years


def _headings(facts: DocumentFacts) -> frozenset[str]:
    """The headings of the section telling the page subject's start, by what the subject is."""
    if outbreak_page(facts):
        return vocabulary.word_set("sections", "outbreak_headings")
    head = re.split(r"(?i)\s+of\s+", facts.title or "", maxsplit=1)[0].split()
    if head and head[-1].casefold() in vocabulary.word_set("sections", "first_day_pages"):
        return vocabulary.word_set("sections", "first_day_headings")
    return frozenset()


def _heading_words(text: str) -> str:
    return " ".join(_BRACKETED.sub("", text).strip(" =#*").split()).casefold()


def _fielded_start(facts: DocumentFacts) -> DateValue | None:
    """The page subject's start as its infobox or front matter gives it, to the day."""
    for s in facts.statements:
        if s.predicate == "start" and s.subject == facts.title and s.origin in (Origin.INFOBOX, Origin.FRONT_MATTER) \
                and isinstance(s.date, DateValue) and s.date.day is not None:
            return s.date
    return None


def _to_the_day(value) -> bool:
    """A day or a range of days ("7 May 1641", "11–13 July 1642"), not a month or a year ("the summer of 1665")."""
    if isinstance(value, DateValue):
        return value.day is not None
    return all(isinstance(v, DateValue) and v.day is not None for v in (getattr(value, "start", None),
                                                                         getattr(value, "end", None)))


def outbreak_section_starts(doc: Document, facts: DocumentFacts, found_by_block: dict[int, list]) -> list[Statement]:
    headings = _headings(facts) if facts.title else frozenset()
    if not headings:
        return []
    start = None
    out: list[Statement] = []
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING or _heading_words(block.text) not in headings:
            continue
        if start is None:
            start = _fielded_start(facts)
            if start is None:
                return []
        told = []  # (block, date) of the section's prose, in order
        for b in blocks[i + 1:]:
            if b.kind is BlockKind.HEADING:
                break
            if b.kind is BlockKind.PARAGRAPH:
                # "declared war on 14 March 1831 (Old Style), 26 March by the New": one day, in the newer reckoning
                told += [(b, f) for f in without_older_calendar(b.text, found_by_block.get(id(b), []))]
        if not told:
            continue
        block0, first = told[0]
        value = first.value
        if not isinstance(value, DateValue) or value.day is None or first.year_from_context:
            continue
        lo, hi = value.interval()
        s_lo, s_hi = start.interval()
        if not s_hi < lo <= s_hi + _WITHIN_DAYS:
            continue  # before the start: a cause or a prelude; long after it: the course
        days = [f.value.interval() for _, f in told[1:] if _to_the_day(f.value)]
        if any(d_lo < lo or d_lo <= s_hi and d_hi >= s_lo for d_lo, d_hi in days):
            continue  # an earlier day told after it ("eleven days earlier, on 3 March"), or the start's own day
        a, b = next(((a, b) for a, b in sentence_spans(block0.text) if a <= first.start < b), (0, len(block0.text)))
        out.append(Statement(subject=facts.title, predicate="start", object=None, date=value,
                             span=doc.block_span(block0, a, b), date_span=doc.block_span(block0, first.start, first.end),
                             origin=Origin.PROSE, text=" ".join(block0.text[a:first.end].split())))
    return out
