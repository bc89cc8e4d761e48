"""Within span: what happens inside a period stays inside its dates.

Two cases: someone doing something before they were born (or an organisation
before its founding), and an event the text ties to a period ("the last cavalry charge
of the war", "the boldest sortie of the blockade") dated outside
that period's start and end.
"""
from __future__ import annotations

from functools import lru_cache

from .. import vocabulary
from ..model import Origin, overlaps
from . import STRUCTURED, diagnostic, kind, names_an_event, person_like
from .lifespan import END_NOUNS, actions_beyond, limit_note

# what opens and closes a term of office; a ruler list's own start/end fields count for a person
_TERM_STARTS = ("term_start", "crown")
_TERM_ENDS = ("term_end", "abdicate")


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
    yield from _acting_in_office(world, rule)
    for s in world.by_predicate.get("during", ()):
        if s.date is None or not s.object:
            continue
        first_preds, last_preds = _PERIOD_ENDS.get(s.event or "", _PERIOD_ENDS[""])
        starts = [x for x in world.about(s.object, first_preds) if x.date is not None]
        ends = [x for x in world.about(s.object, last_preds) if x.date is not None]
        if not starts or not ends:
            continue
        starts, ends = _refined(starts), _refined(ends)
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


def _refined(statements: list) -> list:
    """Drop a date another one refines: "1887–1891" in the prose and "23 April 1891" in the
    infobox state one end, and the day is where the war ended, not the year's last day."""
    spans = [x.date.interval() for x in statements]
    keep = [x for x, (lo, hi) in zip(statements, spans)
            if not any((olo, ohi) != (lo, hi) and lo <= olo and ohi <= hi for olo, ohi in spans)]
    return keep or statements


@lru_cache(maxsize=1)
def _office_titles() -> tuple[tuple[str, ...], ...]:
    titles = vocabulary.load("prose").get("office_titles") or ()
    return tuple(sorted({tuple(str(t).casefold().split()) for t in titles}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _office_first_words() -> frozenset[str]:
    return frozenset(t[0] for t in _office_titles() if t)


def office_title(s, name: str) -> str | None:
    """The office a statement's words give its subject ("King Wulfar granted" -> "King"), if any.

    The title must stand right before a word of the subject's own name: a title
    elsewhere in the words belongs to someone else.
    """
    words = (s.text or "").split(maxsplit=4)
    if len(words) > 2 and words[0] == "the" and words[1].casefold() in _office_first_words() and \
            (words[1].casefold(),) in _office_titles() and words[2].islower():
        return words[1]  # "the queen signed": the prose reader gave "the queen" to the page's queen
    if not words or words[0].casefold().strip(",;:") not in _office_first_words():
        return None  # most statements: no title can start here
    name_words = {w.casefold() for w in name.replace("-", " ").split()} | \
        {w.casefold() for w in (s.subject or "").replace("-", " ").split()}
    folded = [w.casefold().strip(",;:") for w in words[:4]]
    for title in _office_titles():
        n = len(title)
        if tuple(folded[:n]) == title and len(folded) > n and folded[n].removesuffix("'s") in name_words:
            return " ".join(words[:n])
    return None


def _term_bounds(world, key: str):
    """(starts, ends) of one person's single term of office, or None when there is none or several.

    Several distinct start or end years mean several offices or terms ("resigned as
    minister in 1930 ... President X in 1935"): which one an action belongs to is unknown.
    """
    starts = [x for p in _TERM_STARTS for x in world.by_subject_predicate.get((key, p), ()) if x.date is not None]
    ends = [x for p in _TERM_ENDS for x in world.by_subject_predicate.get((key, p), ()) if x.date is not None]
    if person_like(world.name(key)) and not names_an_event(world.name(key)):
        starts += [x for x in world.by_subject_predicate.get((key, "start"), ())
                   if x.date is not None and x.origin in STRUCTURED]
        ends += [x for x in world.by_subject_predicate.get((key, "end"), ())
                 if x.date is not None and x.origin in STRUCTURED]
    if not ends:
        return None

    def years(xs):
        return {(getattr(x.date, "end", None) or getattr(x.date, "start", None) or x.date).astronomical_year
                for x in xs}

    if len(years(ends)) > 1 or len(years(starts)) > 1:
        return None
    return starts, ends


def _acting_in_office(world, rule):
    """An office holder acting under the office's title outside the term ("Mayor Bascot" after 1794)."""
    acting = set(rule.params.get("acting", ()))
    for key, statements in world.by_subject.items():
        if not key:
            continue
        titled = [s for s in statements if s.predicate in acting and s.date is not None and not s.negated
                  and s.origin is Origin.PROSE]
        if not titled:
            continue
        bounds = _term_bounds(world, key)  # before the titles: most subjects hold no office
        if bounds is None:
            continue
        name = world.name(key)
        titled = [(s, t) for s in titled if (t := office_title(s, name))]
        if not titled:
            continue
        starts, ends = bounds
        end = max(ends, key=lambda x: x.date.interval()[1])
        start = min(starts, key=lambda x: x.date.interval()[0]) if starts else None
        deaths = [x.date.interval()[1] for x in world.by_subject_predicate.get((key, "death"), ()) if x.date]
        for s, title in titled:
            lo, hi = s.date.interval()
            if any(d < lo for d in deaths):
                continue  # acting after death: the lifespan rule's finding
            if lo > end.date.interval()[1]:
                limit, relation = end, f"after the term ended ({end.date})"
            elif start is not None and hi < start.date.interval()[0]:
                limit, relation = start, f"before the term began ({start.date})"
            else:
                continue
            related = [(limit.date_span or limit.span, f"term {'ends' if limit is end else 'begins'} "
                                                       f"{limit.date} here")]
            if start is not None and limit is end:
                related.append((start.date_span or start.span, f"term begins {start.date} here"))
            yield diagnostic(
                rule, s.date_span or s.span, related,
                key=("office", key, title.casefold(), str(s.date)),
                what=f"{name} acts as {title} ({(s.text or s.predicate).strip()})", date=str(s.date),
                relation=relation)
