"""Within span: what happens inside a period stays inside its dates.

Two cases: a person acting before their birth (or an organisation before its
founding), and an event the text ties to a period ("the first fleet action
of the war", "the largest partisan action of the occupation") dated outside
that period's start and end.
"""
from __future__ import annotations

from ..model import overlaps
from . import diagnostic, kind
from .lifespan import END_NOUNS, actions_beyond, limit_note


# what starts and ends a period: a war's own dates, or a ruler's reign
_PERIOD_ENDS = {
    "": (("start",), ("end",)),
    "reign": (("term_start", "crown", "succeed", "start"), ("term_end", "abdicate", "death", "end")),
}


@kind("within-span")
def check_within_span(world, rule):
    for s, limit, key in actions_beyond(world, rule, "before"):
        who = world.name(key) if world.name(key) != key else s.subject
        yield diagnostic(
            rule, s.date_span or s.span, [limit_note(limit)],
            key=(key, s.predicate, str(s.date), limit.predicate, str(limit.date)),
            what=f"{who} acts ({(s.text or s.predicate).strip()})", date=str(s.date),
            relation=f"before {END_NOUNS.get(limit.predicate, limit.predicate)} on {limit.date}")
    for s in world.by_predicate.get("during", ()):
        if s.date is None or not s.object:
            continue
        first_preds, last_preds = _PERIOD_ENDS.get(s.event or "", _PERIOD_ENDS[""])
        starts = [x for x in world.about(s.object, first_preds) if x.date is not None]
        ends = [x for x in world.about(s.object, last_preds) if x.date is not None]
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
            [(first.date_span or first.span, f"{s.object}{' reign' if s.event == 'reign' else ''} starts {first.date} here"),
             (last.date_span or last.span, f"{s.object}{' reign' if s.event == 'reign' else ''} ends {last.date} here")],
            key=("during", world.key(s.object), str(s.date)),
            what=f"an event of {s.object}{chr(39) + 's reign' if s.event == 'reign' else ''}", date=str(s.date),
            relation=f"outside it ({first.date} – {last.date})")
