"""Order: ends do not come before their starts; relative dates agree with explicit ones.

Pairs of predicates about one subject (start/end, birth/death,
founded/dissolved, term start/end, marriage/widowhood) must be ordered; an
end that cannot be later than its start is reported. "Three weeks later, on
14 June" must land on the date it states (within the precision of its words).
"""
from __future__ import annotations

from ..model import DateRange, DateValue
from . import diagnostic, kind, loose_against_exact, person_like
from .duration import _stated_days


@kind("order")
def check_order(world, rule):
    pairs = [tuple(p) for p in rule.params.get("pairs", ())]
    for key in world.by_subject:
        if not key:
            continue
        for first, last in pairs:
            starts = [s for s in world.by_subject_predicate.get((key, first), ()) if s.date is not None]
            ends = [s for s in world.by_subject_predicate.get((key, last), ()) if s.date is not None]
            if first == "birth" and not person_like(world.name(key)):
                continue  # an offensive is not born
            reported = False
            for e in ends:
                for s in starts:
                    if loose_against_exact(e, s) or loose_against_exact(s, e):
                        continue
                    if e.date.interval()[1] < s.date.interval()[0]:
                        yield diagnostic(rule, e.date_span or e.span, [(s.date_span or s.span, f"{first} {s.date} here")],
                                         key=(key, first, last, str(s.date), str(e.date)),
                                         subject=world.name(key) if world.name(key) != key else e.subject,
                                         first=first, last=last, start=str(s.date), end=str(e.date))
                        reported = True
                        break
                if reported:
                    break


def _point(w) -> DateValue | None:
    return w.start if isinstance(w, DateRange) else w


@kind("relative-date")
def check_relative_dates(world, rule):
    for doc in world.docs:
        for r in doc.relative_dates:
            anchor, stated = _point(r.anchor), _point(r.stated)
            if anchor is None or stated is None:
                continue
            lo, hi = _stated_days(r.offset)
            a_lo, a_hi = anchor.interval()
            s_lo, s_hi = stated.interval()
            gap_lo, gap_hi = s_lo - a_hi, s_hi - a_lo
            if r.inclusive:
                gap_lo, gap_hi = gap_lo + 1, gap_hi + 1
            if gap_lo <= hi and lo <= gap_hi:
                continue
            actual = f"{gap_lo} days" if gap_lo == gap_hi else f"{gap_lo} to {gap_hi} days"
            offset = r.offset.text.strip() or r.text.strip()
            yield diagnostic(rule, r.stated_span, [(r.anchor_span, f"counted from {r.anchor} here")],
                             key=(r.text, str(r.anchor), str(r.stated)),
                             offset=offset, anchor=str(r.anchor), stated=str(r.stated), actual=actual)

