"""Within span: what happens inside a period stays inside its dates.

Two cases: a person acting before their birth (or an organisation before its
founding), and an event the text ties to a period ("the first fleet action
of the war", "the largest partisan action of the occupation") dated outside
that period's start and end.
"""
from __future__ import annotations

from ..model import overlaps
from . import diagnostic, kind
from .lifespan import _NOUN, actions_beyond, limit_note


@kind("within-span")
def check_within_span(world, rule):
    for s, limit, key in actions_beyond(world, rule, "before"):
        who = world.name(key) if world.name(key) != key else s.subject
        yield diagnostic(
            rule, s.date_span or s.span, [limit_note(limit)],
            key=(key, s.predicate, str(s.date), limit.predicate, str(limit.date)),
            what=f"{who} acts ({(s.text or s.predicate).strip()})", date=str(s.date),
            relation=f"before {_NOUN.get(limit.predicate, limit.predicate)} on {limit.date}")
    for s in world.by_predicate.get("during", ()):
        if s.date is None or not s.object:
            continue
        starts = [x for x in world.about(s.object, ("start",)) if x.date is not None]
        ends = [x for x in world.about(s.object, ("end",)) if x.date is not None]
        if not starts or not ends:
            continue
        first = min(starts, key=lambda x: x.date.interval()[0])
        last = max(ends, key=lambda x: x.date.interval()[1])
        lo, hi = first.date.interval()[0], last.date.interval()[1]
        slo, shi = s.date.interval()
        if slo <= hi and lo <= shi:
            continue
        yield diagnostic(
            rule, s.date_span or s.span,
            [(first.date_span or first.span, f"{s.object} starts {first.date} here"),
             (last.date_span or last.span, f"{s.object} ends {last.date} here")],
            key=("during", world.key(s.object), str(s.date)),
            what=f"an event of {s.object}", date=str(s.date),
            relation=f"outside {s.object} ({first.date} – {last.date})")
