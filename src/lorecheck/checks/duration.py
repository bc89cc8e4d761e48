"""Duration: a stated span ("5 years, 3 months, 1 week and 4 days", "five months",
"aged 63") matches the dates it measures.

Spans are counted as encyclopedia infoboxes count them: from the first day up to,
but not including, the last; a span stated in days may also count both ends. A span
in whole units is read as that many units, rounded ("five weeks" covers 4.5 to 5.75;
"forty years" 39.5 to 41, since years and months are also counted whole). Dates of year or month
precision make the real span an interval, and only a stated span outside every
possible value is reported.
"""
from __future__ import annotations

from dataclasses import replace

from .. import calendar as cal
from ..model import DateRange, DateValue, StatedDuration
from . import diagnostic, kind, names_office, term_bounds

_YEAR, _MONTH = 365.2425, 30.436875

# where the ends of a lifetime quantity come from: predicates about its subject
_ENDS = {
    "age": (("birth",), ("death",)),
    "age-at-accession": (("birth",), ("reign_start", "crown", "succeed", "accession", "start")),
    # "reigned", "governed the abbey for": a crown or any other office (a table row's start and end)
    "reign": (("reign_start", "crown", "start", "succeed", "accession", "term_start"),
              ("reign_end", "death", "abdicate", "end", "depose", "term_end")),
    "life-of": (("start", "founded", "birth", "period_start"), ("end", "dissolved", "death", "period_end")),
    # "the company traded for forty years": a body's founding to its dissolution (a person has neither)
    "existence": (("founded",), ("dissolved",)),
    # "whose term lasted four years": the office's first and last day (a table row, "Name (1640–1646)")
    "tenure": (("term_start", "reign_start", "period_start", "accession", "succeed"),
               ("term_end", "reign_end", "period_end", "abdicate", "depose")),
}


def _point(w, first: bool) -> DateValue | None:
    if isinstance(w, DateRange):
        return w.start if first else w.end
    return w


def _valid(when) -> bool:
    """A date a span can be counted from ("31 September" is the calendar rule's finding, not a reign's end)."""
    return when is not None and all(p.valid for p in (_point(when, True), _point(when, False)) if p is not None)


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def _nearest(found, d: StatedDuration):
    """The statement to count from: one of the duration's own document first (a death year another
    page gets wrong is the cross-document rules' finding, and must not hide an age this page gets
    wrong), then the most precise, then the first stated."""
    path = d.span.path if d.span is not None else None
    valid = [x for x in found if _valid(x.date)]
    if not valid:
        return None
    return min(valid, key=lambda x: (x.span.path != path, _PRECISION_RANK[_point(x.date, True).precision]))


def _holder_key(world, d: StatedDuration) -> str:
    """The holder a term length is of: its subject, or for a last name alone ("Kell's twenty-year directorate") the
    one holder of a recorded term on the same page whose name ends in it."""
    key = world.key(d.subject or "")
    if not key or " " in key:
        return key
    path = d.span.path if d.span is not None else None
    fits = {world.key(x.subject) for p in ("term_start", "term_end") for x in world.by_predicate.get(p, ())
            if x.span.path == path and world.key(x.subject).endswith(" " + key)}
    return fits.pop() if len(fits) == 1 else key


def _term_ends(world, d: StatedDuration):
    """(start, end, where) of the one recorded term of the office a holder's stated time in it names ("his
    twenty-six years as Grand Master": the table row of Grand Masters): (None, None, []) when the holder has
    no recorded office of that name, or several terms (a second term, several offices)."""
    key = _holder_key(world, d)
    offices = {x.object for p in ("office_title", "term_start", "term_end")
               for x in world.by_subject_predicate.get((key, p), ()) if x.object}
    if not key or not offices or d.office and not any(names_office(d.office, o) or names_office(o, d.office)
                                                       for o in offices):
        return None, None, []
    bounds = term_bounds(world, key, d.office)
    if bounds is None or not bounds[0]:
        return None, None, []
    first = min(bounds[0], key=lambda x: x.date.interval()[0])
    last = max(bounds[1], key=lambda x: x.date.interval()[1])
    start, end = _point(first.date, True), _point(last.date, False)
    return start, end, [(first.date_span or first.span, f"term begins {start} here"),
                        (last.date_span or last.span, f"term ends {end} here")]


def _ends(world, d: StatedDuration):
    """(start, end, where the World found each end) of what the duration measures."""
    if d.kind == "term":
        return _term_ends(world, d)
    if d.kind == "talks":
        # "after nine days of negotiation" from the talks' told opening: they ended by the subject's signing
        e = _nearest(world.about(d.subject or "", ("sign",)), d)
        if e is None:
            return None, None, []
        start, end = _point(d.start, True), _point(e.date, False)
        return start, end, [*([(d.start_span, f"talks opened {start} here")] if d.start_span else []),
                            (e.date_span or e.span, f"signed {end} here")]
    if d.kind == "span" or d.kind not in _ENDS:
        return _point(d.start, True), _point(d.end, False), []
    starts, ends = _ENDS[d.kind]
    s = _nearest(world.about(d.subject or "", starts), d)
    found_ends = world.about(d.subject or "", ends)
    if d.kind == "reign":
        # "governed for twelve years ... He retired in 1723 and died in 1730": a term ends at the retirement,
        # the deposition or the successor when one is told; the death ends it only when nothing else does
        found_ends = [x for x in found_ends if x.predicate != "death"] or found_ends
    e = _nearest(found_ends, d)
    start, end = _point(d.start, True), _point(d.end, False)
    related = []
    if start is None and s is not None:
        start = _point(s.date, True)
        related.append((s.date_span or s.span, f"{s.predicate.replace('_', ' ')} {start} here"))
    if end is None and e is not None:
        end = _point(e.date, False)
        related.append((e.date_span or e.span, f"{e.predicate.replace('_', ' ')} {end} here"))
    return start, end, related


def stated_days(d: StatedDuration, span: bool = False) -> tuple[float, float]:
    """The interval of day counts the words allow; `span` when they measure dates of their own."""
    if d.total_days is not None:
        return d.total_days - 1, d.total_days + 1
    units = [(d.years, _YEAR), (d.months, _MONTH), (d.weeks, 7), (d.days, 1)]
    given = [(n, size) for n, size in units if n]
    if not given:
        return 0, 0
    exact = sum(n * size for n, size in given)
    smallest = given[-1][1]
    if d.bound == "within":  # "after nine days of talks" that a signing ended: the length fits inside the span
        return stated_days(replace(d, bound=None), span)[0], float("inf")
    if d.bound == "at-least":  # "over eleven months": not much short of eleven, any length above
        return exact * 0.95 - smallest / 2, float("inf")
    if d.bound == "at-most":  # "less than three weeks": up to a little over three, however short
        return 0, exact * 1.05 + smallest / 2
    if d.bound == "near":  # "nearly forty years": short of forty by a fifth at most
        return exact * 0.8 - smallest / 2, exact * 1.05 + smallest / 2
    if d.approximate:
        # "some six weeks", "about five months": a rounded figure, a sixth or so either way and half its unit
        # (five months may be four and a half or six, not nine)
        return exact * 0.85 - smallest / 2, exact * 1.15 + smallest / 2
    if d.kind.startswith("age"):  # ages count completed years
        return exact, exact + _YEAR
    if given == [(d.days, 1)]:
        # "three days" for 14–16 June (2 days from the first to the last, 3 with both ends counted); a
        # span never has more days than its dates hold ("five days, from 12 to 18 June" is six or seven),
        # an offset may ("two days later" than the next day after D)
        return exact - 1, exact if span else exact + 1
    if len(given) == 1 and smallest == 7:
        # "a week", "three weeks": rounded to about the nearest week (a strike "over after eight weeks" of
        # sixty days), but a fortnight is not "a week", nor four weeks "three"
        return exact - smallest / 2, exact + smallest * 3 / 4
    if len(given) == 1:
        # "forty years", "the two-month siege": rounded, or counted in whole units (two months and a half)
        return exact - smallest / 2, exact + smallest
    return exact - smallest, exact + smallest


def _within(d: StatedDuration, start: DateValue, end: DateValue) -> bool:
    """Does the stated length fit the span from `start` to `end`?"""
    slo, shi = start.interval()
    elo, ehi = end.interval()
    lo, hi = stated_days(d, span=start.precision == end.precision == "day")
    return lo <= ehi - slo + d.inclusive and max(0, elo - shi) + d.inclusive <= hi


def _calendar_months(d: StatedDuration, start: DateValue, end: DateValue) -> int | None:
    """The months from one month to another ("November 1956 to March 1958": 16) when a span stated in whole
    months (and years) measures two dates of month precision; None for any other length or dates."""
    if d.kind != "span" or not d.months or d.weeks or d.days or d.total_days is not None or d.approximate \
            or d.bound or d.inclusive:
        return None
    if start.precision != "month" or end.precision != "month" or start.month is None or end.month is None:
        return None
    counted = (end.astronomical_year * 12 + end.month) - (start.astronomical_year * 12 + start.month)
    return counted if counted > 0 else None


def _in_days(y, m, w, dd) -> tuple[int, int, int]:
    """Years, months and days, weeks made days: "2 months and 24 days" is "2 months, 3 weeks, 3 days"."""
    return y, m, w * 7 + dd


def _format_ymwd(y, m, w, dd) -> str:
    parts = [(y, "year"), (m, "month"), (w, "week"), (dd, "day")]
    words = [f"{n} {u}{'s' if n != 1 else ''}" for n, u in parts if n]
    return ", ".join(words) if words else "0 days"


@kind("duration")
def check_duration(world, rule):
    for doc in world.docs:
        for d in doc.durations:
            start, end, related = _ends(world, d)
            if start is None or end is None or not start.valid or not end.valid:
                continue
            slo, shi = start.interval()
            elo, ehi = end.interval()
            if ehi < slo:
                continue  # an end before its start is the ordering rule's finding
            if any(_within(d, o, end) for o in d.other_starts if o.valid):
                continue  # the span may have opened on another date the paragraph told
            if d.kind == "span" and isinstance(d.start, DateRange) and (last := _point(d.start, False)) is not None \
                    and last.valid and _within(d, last, end):
                continue  # "wrote the entries for 1288 to 1292, and then kept them for 26 years until 1318"
            actual_lo, actual_hi = max(0, elo - shi), ehi - slo
            exact_days = actual_lo if actual_lo == actual_hi else None
            counted = _calendar_months(d, start, end)
            if counted is not None:
                # "fourteen months, from November 1956 to March 1958": months between two months are counted
                # by the calendar (sixteen, seventeen with both ends), one either way for a rounded count
                stated = d.years * 12 + d.months
                if abs(stated - counted) <= 1:
                    continue
                yield diagnostic(rule, d.span, related, key=(d.subject, d.kind, d.text, str(start), str(end)),
                                 stated=d.text.strip("() "), start=str(start), end=str(end),
                                 actual=f"{counted} months")
                continue
            # "some five and a half months": a rounded length is measured with its margin, never to the day
            if exact_days is not None and start.precision == end.precision == "day" and not d.approximate and \
                    (d.years or d.months) and (d.weeks or d.days) and d.kind == "span":
                ymwd = cal.ymwd_between((start.astronomical_year, start.month, start.day),
                                        (end.astronomical_year, end.month, end.day))
                incl = cal.ymwd_between((start.astronomical_year, start.month, start.day),
                                        cal.from_day_number(cal.day_number(end.astronomical_year, end.month, end.day) + 1))
                if _in_days(d.years, d.months, d.weeks, d.days) in (_in_days(*ymwd), _in_days(*incl)):
                    continue
                actual = _format_ymwd(*ymwd)
            else:
                lo, hi = stated_days(d, span=start.precision == end.precision == "day")
                if d.inclusive:
                    actual_lo, actual_hi = actual_lo + 1, actual_hi + 1
                if lo <= actual_hi and actual_lo <= hi:
                    continue
                if exact_days is not None:
                    y, m, w, dd = cal.ymwd_between((start.astronomical_year, start.month, start.day),
                                                   (end.astronomical_year, end.month, end.day))
                    actual = f"{_format_ymwd(y, m, w, dd)} ({exact_days} days)"
                else:
                    actual = f"between {actual_lo // 365.2425:.0f} and {actual_hi / 365.2425:.1f} years"
            yield diagnostic(rule, d.span, related, key=(d.subject, d.kind, d.text, str(start), str(end)),
                             stated=d.text.strip("() "), start=str(start), end=str(end), actual=actual)
