"""Order: ends do not come before their starts; relative dates agree with explicit ones.

Pairs of predicates about one subject (start/end, birth/death,
founded/dissolved, term start/end, marriage/widowhood) must be ordered; an
end that cannot be later than its start is reported. "Five days later, on
9 October" must land on the date it states (within the precision of its words).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..extract.dates import SEASON_OPENS_CLOSES, SEASONS
from ..extract.stage_chains import chain_order
from ..extract.stages import ordered_stage, stage_order_pairs
from ..model import DateRange, DateValue, Origin, Severity
from . import (CAREER_STEPS, STRUCTURED, Parties, across, diagnostic, entity_key, event_identity, kind, loose_against_exact,
               outranked, person_like, several_careers, shown_name, term_offices)
from .duration import stated_days


def _pair_and_field_order(world, rule):
    pairs = [tuple(p) for p in rule.params.get("pairs", ())]
    wanted = {p for pair in pairs for p in pair}
    parties = Parties.of(world)
    # statements of one event (the same identity the single-value rule uses), by predicate
    events: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for s in world.statements:
        if s.predicate not in wanted or s.date is None or s.negated:
            continue
        ident = event_identity(world, parties, s)
        if ident is not None:
            # a marriage names a spouse, the widowhood does not: one life all the same
            events[(ident[0], *ident[2:])][s.predicate].append(s)
    offices_of = term_offices(world)
    # "He was widowed in 1799 and married again in 1801": one who married more than once may be widowed before a
    # marriage (the later one), so a widowhood is ordered against no marriage of theirs
    remarried = {entity_key(world, s.subject) for s in world.statements if s.predicate == "remarriage" and s.subject}
    for ident, by_predicate in events.items():
        key = ident[0]
        for first, last in pairs:
            starts, ends = by_predicate.get(first, ()), by_predicate.get(last, ())
            if not starts or not ends:
                continue
            if first == "marriage" and last == "widowed" and key in remarried:
                continue
            if first == "birth" and not person_like(world.name(key)):
                continue  # an offensive is not born
            if first in ("birth", "start"):
                # the fields' birth outranks a prose one that disagrees (a child's, misread); the fields' start a
                # prose one that disagrees (the conflicting-date rule's finding: one wrong day, one finding)
                starts = outranked(list(starts))
            # a row ("- **Halmar Suld**, 1631–1637", a table row) that gives both ends of a term is ordered in
            # itself: a start told elsewhere that is not its start is another term (or the single-value rule's)
            whole_rows = {_row(x) for x in starts} & {_row(x) for x in ends} - {None} if first in CAREER_STEPS \
                else set()
            reported = False
            for e in ends:
                for s in starts:
                    if (_row(e) in whole_rows or _row(s) in whole_rows) and _row(e) != _row(s):
                        continue
                    if loose_against_exact(e, s) or loose_against_exact(s, e):
                        continue
                    if last == "widowed" and _told_after(s, e):
                        # "She was widowed in 1171 and married Piers Olm in 1175": widowhood ends an earlier
                        # marriage, and the marriage told after it is a later one
                        continue
                    if e.row is not None and s.row is not None and e.row != s.row:
                        continue  # two rows of one table: two terms of office, each ordered in its own row
                    if offices_of is not None and _other_offices(offices_of(e), offices_of(s)):
                        continue  # a mayor's term ends before the same man's chairmanship starts
                    if first in CAREER_STEPS and e.origin is Origin.PROSE and s.origin is Origin.PROSE \
                            and key in several_careers(world):
                        continue  # "retired in April 1934" as a player, "appointed manager" in 1945
                    if e.date.interval()[1] < s.date.interval()[0]:
                        yield _end_before_start(rule, s, e, first, last, key, shown_name(world, key, e.subject))
                        reported = True
                        break
                if reported:
                    break
    yield from _stage_order(world, rule)


@kind("order")
def check_order(world, rule):
    """The pairs of statements of one event, the stages of one thing's fields and of one chain of verbs; a
    chain's finding where a pair's is already reported (a sentence read both ways) is left out."""
    told = set()
    for d in _pair_and_field_order(world, rule):
        told.add(d.span)
        yield d
    for d in _chain_order(world, rule):
        if d.span not in told:
            told.add(d.span)
            yield d
    for d in _sequel_order(world, rule):
        if d.span not in told:
            told.add(d.span)
            yield d
    yield from _inverted_ranges(world, rule, told)


# what the two of a pair are called, by the reader that paired them (extract/reopenings.py, extract/betrothals.py)
_SEQUEL_LABELS = {"reopening": ("closing", "reopening"), "betrothal": ("betrothal", "wedding"),
                  "event-sequel": ("the event", "what the text puts after it"),
                  "succession": ("the predecessor's term start", "the successor's")}


def _sequel_order(world, rule):
    """A clause a connective puts after another dated event of its sentence ("After graduating in 1891 he was
    commissioned in 1889", "Before sailing in 1850 she married in 1852"; extract/sequels.py), dated wholly before
    it."""
    pairs: dict[str, dict[str, object]] = defaultdict(dict)
    for s in world.statements:
        if s.predicate.startswith("sequence:") and s.row is not None and s.date is not None:
            pairs[s.row][s.predicate] = s
    for pair in pairs.values():
        s, e = pair.get("sequence:anchor"), pair.get("sequence:sequel")
        if s is not None and e is not None and e.date.interval()[1] < s.date.interval()[0]:
            # a reopening (extract/reopenings.py) and the closing told before it
            first, last = _SEQUEL_LABELS.get(str(s.row).split(":")[0],
                                             ("the event said to come first", "the one said to come after it"))
            yield _end_before_start(rule, s, e, first, last, "sequence", s.text)


def _inverted_ranges(world, rule, told):
    """A range whose own words put its end before its start ("from March 1907 until May 1906",
    extract/inverted_ranges.py), where no statement's pair has reported it already."""
    for doc in world.docs:
        for m in doc.inverted_ranges:
            if any(_inside(t, m.span) for t in told):
                continue
            yield diagnostic(rule, m.span, key=("range", m.span.path, m.span.line, m.span.column),
                             subject=doc.title or m.text, first="start", last="end",
                             start=str(m.value.start), end=str(m.value.end))


def _inside(a, b) -> bool:
    """Does span `a` lie within span `b`?"""
    return a.path == b.path and (a.line, a.column) >= (b.line, b.column) \
        and (a.end_line, a.end_column) <= (b.end_line, b.end_column)


def _end_before_start(rule, s, e, first: str, last: str, key: str, subject: str):
    """The finding of a later stage `e` (`last`) dated wholly before an earlier one `s` (`first`)."""
    return diagnostic(rule, e.date_span or e.span, [(s.date_span or s.span, f"{first} {s.date} here")],
                      key=(key, first, last, str(s.date), str(e.date)),
                      subject=subject, first=first, last=last, start=str(s.date), end=str(e.date))


def _told_after(a, b) -> bool:
    """Is statement `a` told after `b` in the same document (by where their dates are written)?"""
    x, y = a.date_span or a.span, b.date_span or b.span
    return x.path == y.path and (x.line, x.column) > (y.line, y.column)


def _row(s) -> tuple | None:
    """The table row or list line a statement was told in (None for prose and fields)."""
    if s.row is not None:
        return s.span.path, s.row
    return (s.span.path, s.span.line) if s.origin is Origin.TABLE else None


def _other_offices(a: tuple | None, b: tuple | None) -> bool:
    return a is not None and b is not None and not set(a) & set(b)


_STAGED = STRUCTURED | {Origin.TABLE}
# the roles fields are read in whose key names a stage (fields.yaml roles): "established: 1610" is the subject's
# founding, and a stage chain orders it against "first_session: 1609" and "final_report: 1750"; "opened: 1856"
# (the subject's start) against "demolished: 1849"
_ROLE_STAGES = {"founded": "founded", "dissolved": "dissolved", "start": "start", "sign": "signed"}


def _stage_order(world, rule):
    """Stages of one thing told by fields or one table row's columns ("begin: 1836", "complete: 1834";
    "| Dorun 7 | 26 September 1973 | 2 September 1973 |" under "Launch | Landing"; "Ship laid down = D",
    "Ship launched = D0"): the later stage of a stage pair (fields.yaml stage_pairs, stage_chains) dated wholly
    before the earlier. Equal dates and coarse ones that overlap ("1827", "4 February 1827") are in order. Prose
    restating a field is not read here: a sentence's date may be another occasion's."""
    pairs = stage_order_pairs()
    if not pairs:
        return
    things: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for s in world.statements:
        if s.date is None or s.negated or s.origin not in _STAGED:
            continue
        if s.predicate.startswith("field:"):
            # "construction_began: 1851" is kept as "field:construction:start", read as the stage "construction
            # start"; "Ship launched" as "launched"
            stage = s.predicate.removeprefix("field:").replace(":", " ").replace("_", " ")
            stage = ordered_stage(stage) or stage
        elif s.predicate in _ROLE_STAGES and s.origin in STRUCTURED and s.row is None:
            stage = _ROLE_STAGES[s.predicate]
        else:
            continue
        things[(world.key(s.subject), s.span.path, s.row)][stage].append(s)
    for (key, _, _), stages in things.items():
        if len(stages) < 2:
            continue
        told = set()  # one finding per field on either side: one wrong year makes one finding, not one per stage
        for first_words, last_words in pairs:
            for first in sorted(first_words & stages.keys()):
                for last in sorted(last_words & stages.keys()):
                    if first in _ROLE_STAGES and last in _ROLE_STAGES:
                        continue  # a founding and a dissolution: the rule's own pair
                    for s in stages[first]:
                        for e in stages[last]:
                            if id(s) not in told and id(e) not in told and e.date.interval()[1] < s.date.interval()[0]:
                                told |= {id(s), id(e)}
                                yield _end_before_start(rule, s, e, first, last, key, shown_name(world, key, e.subject))


def _chain_order(world, rule):
    """Stages of one chain of verbs with one subject (extract/stage_chains.py): a stage dated wholly before
    every dated stage that must come first (stages.yaml `chains`). Before every one, not before any: a
    building burnt twice and rebuilt between, a second marriage after a widowhood, keep their order."""
    before = chain_order()
    if not before:
        return
    chains: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for s in world.statements:
        if s.predicate.startswith("stage:") and s.row is not None and s.date is not None:
            chains[(s.span.path, s.row)][s.predicate.removeprefix("stage:")].append(s)
    for stages in chains.values():
        earliest = {stage: min(told, key=lambda x: x.date.interval()[0]) for stage, told in stages.items()}
        against = set()  # one finding per stage, and per stage it precedes: one wrong year makes one finding
        for last, lates in stages.items():
            firsts = [earliest[first] for first in sorted(before.get(last, ()) & stages.keys())]
            for e in lates:
                s = next((s for s in firsts if e.date.interval()[1] < s.date.interval()[0]), None)
                if s is not None and id(s) not in against:
                    against.add(id(s))
                    yield _end_before_start(rule, s, e, s.predicate.removeprefix("stage:"), last, "stage", s.text)


# "the next day" is one day on, "the following week" one to thirteen days on (some day of the next week)
# "event": "the following election, in D", the next of some event, any time after the anchor (or that day)
_NEXT_UNIT_DAYS = {"day": (1, 1), "week": (1, 13), "event": (0, float("inf"))}


def _next_calendar_unit(anchor: DateValue, stated: DateValue, unit: str) -> bool:
    """May `stated` lie in the month (year) right after `anchor`'s? Unknown months never contradict."""
    if unit == "year":
        return stated.astronomical_year - anchor.astronomical_year == 1
    if anchor.month is None or stated.month is None:
        return stated.astronomical_year - anchor.astronomical_year in (0, 1)
    return (stated.astronomical_year * 12 + stated.month) - (anchor.astronomical_year * 12 + anchor.month) == 1


def _point(w) -> DateValue | None:
    return w.start if isinstance(w, DateRange) else w


def _gap(anchor: DateValue, stated: DateValue, inclusive: bool) -> tuple[int, int]:
    """The fewest and most days from the anchor to the stated date."""
    a_lo, a_hi = anchor.interval()
    s_lo, s_hi = stated.interval()
    return s_lo - a_hi + inclusive, s_hi - a_lo + inclusive


def _season_opening(anchor: DateValue, month: int, season: str, after: bool = True) -> int:
    """The month index (year * 12 + month - 1) of the first opening of `season` after `month` of the anchor's year,
    or of the last one before it (winter opens in December)."""
    opens = SEASON_OPENS_CLOSES[SEASONS[season]][0] - 1
    at = anchor.astronomical_year * 12 + month - 1
    return at + ((opens - at) % 12 or 12) if after else at - ((at - opens) % 12 or 12)


def _in_season(anchor: DateValue, stated: DateValue, season: str, after: bool = True) -> bool:
    """May `stated` lie in the first `season` after `anchor` ("in January 1925 ... the following spring" is
    spring 1925, after April 1925 it is spring 1926), or, `after` false, in the last one before it ("in the spring
    of 417. The previous autumn" is the autumn of 416)? A season is told loosely: a month before its opening to
    three after. A year without a month must be one such a season may fall in ("came in 1631. The following
    spring, in 1629, ..." cannot be)."""
    months = (anchor.month,) if anchor.month else (1, 12)
    earliest, latest = (_season_opening(anchor, months[0], season, after),
                        _season_opening(anchor, months[-1], season, after))
    if stated.month is None:
        return (earliest - 1) // 12 <= stated.astronomical_year <= (latest + 3) // 12
    told = stated.astronomical_year * 12 + stated.month - 1
    return earliest - 1 <= told <= latest + 3


def _fits(anchor: DateValue, stated: DateValue, next_unit: str | None, gap_lo: int, gap_hi: int,
          lo: float, hi: float, backward: bool = False) -> bool:
    """Does the stated date fit its offset? Counted back ("the previous autumn"), `anchor` is the stated date
    and `stated` the one counted back from."""
    if next_unit in ("month", "year"):
        return _next_calendar_unit(anchor, stated, next_unit)
    if next_unit in SEASONS:
        return _in_season(stated, anchor, next_unit, after=False) if backward else _in_season(anchor, stated, next_unit)
    return gap_lo <= hi and lo <= gap_hi


def _event_days(world, names: set[str]) -> dict[str, list]:
    """The statements that date each of these event names ("Coup in Corvello | 14 March 1912": it happened)."""
    keys = {world.key(n) for n in names} - {""}
    found: dict[str, list] = defaultdict(list)
    for s in world.statements:
        if s.predicate in ("happen", "occur") and s.date is not None and not s.negated and s.date_span is not None:
            for k in {world.key(s.event), world.key(s.subject)} & keys:
                found[k].append(s)
    return found


def _event_anchored(world, r, days_of: dict[str, list]):
    """"Three weeks after the coup, on D" on a page that names the coup ("the coup in Corvello") but dates it not:
    counted from the one day the world's statements give that named event ("Coup in Corvello | 14 March 1912"),
    if they give it one."""
    told = days_of.get(world.key(r.anchor_event)) or []
    days = {s.date for s in told}
    if len(days) != 1 or not isinstance(next(iter(days)), DateValue) or next(iter(days)).day is None:
        return None
    return replace(r, anchor=told[0].date, anchor_span=told[0].date_span)


@kind("relative-date", reads_own=("relative_dates",))
def check_relative_dates(world, rule):
    for doc in world.docs:
        for r in doc.relative_dates:
            yield from _relative_date(rule, r)


@across("relative-date")
def check_relative_dates_across(world, rule):
    """The relative dates counted from an event another page dates (DocumentFacts.anchored_elsewhere): they meet
    other documents by the event's name, so the relevance index loads the page that dates it."""
    anchored = [r for doc in world.docs for r in doc.anchored_elsewhere]
    days_of = _event_days(world, {r.anchor_event for r in anchored}) if anchored else {}
    for r in anchored:
        r = _event_anchored(world, r, days_of)
        if r is not None:
            yield from _relative_date(rule, r)


def _too_early(anchor: DateValue, stated: DateValue, next_unit: str | None, gap_hi: int, lo: float) -> bool:
    """Does `stated` come before the offset counted from the earliest moment it may count from (an anchor that
    bounds the moment from below)?"""
    if next_unit in SEASONS:  # before the first such season after the anchor (told as loosely as _in_season)
        earliest = _season_opening(anchor, anchor.month or 1, next_unit)
        latest_told = stated.astronomical_year * 12 + (stated.month or 12) - 1
        return latest_told < earliest - 1
    if next_unit in ("month", "year"):
        if next_unit == "month" and anchor.month is not None and stated.month is not None:
            return stated.astronomical_year * 12 + stated.month <= anchor.astronomical_year * 12 + anchor.month
        return stated.astronomical_year <= anchor.astronomical_year if next_unit == "year" \
            else stated.astronomical_year < anchor.astronomical_year
    return gap_hi < lo


def _years_short_by_one(r, anchor: DateValue, stated: DateValue) -> int | None:
    """The years between two bare years one short of "<n> years later" (n of two or more, no other anchor making
    it n): a count that holds only inclusively, which the day intervals of two bare years let pass."""
    o = r.offset
    if r.next_unit is not None or r.backward or r.earliest or not o.years or o.years < 2 \
            or o.months or o.weeks or o.days or o.total_days or o.approximate or o.bound is not None \
            or anchor.month is not None or stated.month is not None or isinstance(r.anchor, DateRange):
        return None
    gap = stated.astronomical_year - anchor.astronomical_year
    if gap != o.years - 1:
        return None
    if any(isinstance(x, DateValue) and stated.astronomical_year - x.astronomical_year == o.years
           for x in map(_point, r.other_anchors)):
        return None
    return gap


def _coarser_same(other: DateValue, anchor: DateValue) -> bool:
    """Is `other` a coarser telling of the anchor's own time ("By March ... on 17 March. Five days later"):
    the month or year the anchor's day lies in is no second moment to count from."""
    (o_lo, o_hi), (a_lo, a_hi) = other.interval(), anchor.interval()
    return o_lo <= a_lo and a_hi <= o_hi and (o_lo, o_hi) != (a_lo, a_hi)


def _relative_date(rule, r):
    anchor, stated = _point(r.anchor), _point(r.stated)
    if anchor is None or stated is None:
        return
    lo, hi = _NEXT_UNIT_DAYS.get(r.next_unit) or stated_days(r.offset)
    o = r.offset
    if r.next_unit is None and o.weeks == 1 and not (o.years or o.months or o.days or o.total_days) \
            and not o.approximate and o.bound is None:
        # "they returned a week later, on 28 March" after 17 March: one week from a day is six to ten days, never
        # eleven (a length of "a week" may run longer, an offset from a day is counted)
        hi = min(hi, 10)
    # counted back ("six weeks earlier"): the gap runs from the stated date to the anchor
    first, then = (stated, anchor) if r.backward else (anchor, stated)
    gap_lo, gap_hi = _gap(first, then, r.inclusive)
    if _fits(first, then, r.next_unit, gap_lo, gap_hi, lo, hi, r.backward):
        short = _years_short_by_one(r, anchor, stated)
        if short is not None:
            # "killed in 408 ... Three years later, in 410": right only if both end years are counted
            yield replace(diagnostic(rule, r.stated_span, [(r.anchor_span, f"counted from {r.anchor} here")],
                                     key=(r.text, str(r.anchor), str(r.stated)), offset=r.offset.text.strip() or r.text.strip(),
                                     anchor=str(r.anchor), stated=str(r.stated), actual=f"{short} years after"),
                          severity=Severity.WARNING)
        return
    if r.earliest and not _too_early(anchor, stated, r.next_unit, gap_hi, lo):
        return
    if any(_fits(*((stated, o) if r.backward else (o, stated)), r.next_unit,
                 *_gap(*((stated, o) if r.backward else (o, stated)), r.inclusive), lo, hi, r.backward)
           for o in map(_point, r.other_anchors) if o is not None and o.valid and not _coarser_same(o, anchor)):
        return
    ahead, behind = ("before", "after") if not r.backward else ("after", "before")
    if gap_lo < 0 < gap_hi and r.next_unit in (*SEASONS, "month", "year"):
        # "The previous autumn, in 417" after the spring of 417: no count of days says it
        actual = f"not in the {r.next_unit} {behind}"
    elif gap_hi < 0:  # "released the following week" on a date before the arrest
        actual = f"{-gap_hi} days {ahead}" if gap_lo == gap_hi else f"{-gap_hi} to {-gap_lo} days {ahead}"
    else:
        actual = f"{gap_lo} days {behind}" if gap_lo == gap_hi else f"{gap_lo} to {gap_hi} days {behind}"
    offset = r.offset.text.strip() or r.text.strip()
    yield diagnostic(rule, r.stated_span, [(r.anchor_span, f"counted from {r.anchor} here")],
                     key=(r.text, str(r.anchor), str(r.stated)),
                     offset=offset, anchor=str(r.anchor), stated=str(r.stated), actual=actual)

