"""A piece of work begun and finished in one sentence: "Work on the Spire commenced in mid-2463; the tower
opened in early 2461", "The refit, which began on 15 March 2441, ...; it was completed ... on 30 November
2440". The work has no name of its own (no other statement is about it), so the sentence gives it a start
and a completion, which the ordering rule keeps in order.

Only a sentence whose subject is a work (prose.yaml `works`: "work on", "construction of", "the refit")
and whose finishing clause ("; it was completed", "; the tower opened", "and was roofed") has nothing but a
preposition phrase before its date ("the company opened its offices in 1785" is another act); both dates
carry their own year (a "20 January" after "5 December 1941" may be the next year's).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import Block, DateRange, Document, Origin, Statement
from ..vocabulary import alternation
from .sentences import stopped_sentences

# what may stand between a verb and its date: "on", "in", "in the spring of", "with a ceremony on"
_TO_DATE = re.compile(r"[\s,]*(?:(?:on|in|at|during|by|with|from)\b[^,;.]{0,40}?)?$")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern] | None:
    spec = vocabulary.load("prose").get("works") or {}
    heads, started, finished = spec.get("heads") or (), spec.get("started") or (), spec.get("finished") or ()
    if not heads or not started or not finished:
        return None
    # "Work on the Counting Spire at Ostvane Gate, ..., commenced", "The mid-life refit, which began"
    opening = re.compile(rf"(?P<what>(?:the\s+(?:[a-z-]+\s+){{0,2}})?(?:{alternation(heads)})\b[^.;]*?)"
                         rf"(?:,\s*which\s+|\s+)(?:was\s+)?(?P<verb>{alternation(started)})\b", re.I)
    closing = re.compile(rf"(?:;|,?\s+and)\s+(?:(?:it|the\s+[a-z]+)\s+)?(?:was\s+|were\s+)?(?:[a-z]+\s+and\s+)?"
                         rf"(?P<verb>{alternation(finished)})\b", re.I)
    return opening, closing


def _date_after(found, text: str, at: int, stop: int):
    """The date the verb ending at `at` is told with: the first one before `stop` with only a preposition
    phrase between."""
    for f in found:
        if at <= f.start < stop:
            return f if _TO_DATE.match(text[at:f.start]) else None
    return None


def _first(when):
    """A season or range of a start as its earliest month or day ("began in the spring of 1344": March at
    the earliest), so that an end before it is before every day the start may mean."""
    return when.start if isinstance(when, DateRange) else when


def _last(when):
    return when.end if isinstance(when, DateRange) else when


def work_spans(doc: Document, block: Block, found, origin: Origin) -> list[Statement]:
    """Start and completion statements of the works begun and finished in one sentence of the block."""
    spec = _patterns()
    if spec is None or len(found) < 2:
        return []
    opening, closing = spec
    text = block.text
    out: list[Statement] = []
    for sentence_start, end in stopped_sentences(text):
        lead = len(text[sentence_start:end]) - len(text[sentence_start:end].lstrip())
        opened = opening.match(text, sentence_start + lead, end)
        if opened is None:
            continue
        began = _date_after(found, text, opened.end(), end)
        if began is None or began.year_from_context or began.value is None:
            continue
        finished = next((m for m in closing.finditer(text, began.end, end)), None)
        done = _date_after(found, text, finished.end(), end) if finished else None
        if done is None or done.year_from_context or done.value is None:
            continue
        what = " ".join(opened.group("what").split(",")[0].split())
        what = what[:1].lower() + what[1:]
        span = doc.block_span(block, sentence_start + lead, end)
        for predicate, f, when in (("start", began, _first(began.value)), ("completed", done, _last(done.value))):
            # one sentence, one work: its "row" keeps it from pairing with another sentence's "the refit"
            out.append(Statement(subject=what, predicate=predicate, object=None, date=when, span=span,
                                 origin=origin, date_span=doc.block_span(block, f.start, f.end),
                                 text=text[sentence_start + lead:end], row=f"work:{span.line}:{span.column}"))
    return out
