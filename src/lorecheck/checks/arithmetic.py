"""Arithmetic: a total equals the sum of the parts given with it."""
from __future__ import annotations

import re
from collections import defaultdict

from . import diagnostic, kind

_LOOSE = {"about", "around", "approximately", "approx.", "c.", "circa", "some", "nearly", "almost",
          "roughly", "an estimated", "estimated"}


def _labelled_as(label: str, words: set[str]) -> bool:
    return any(w in words for w in re.findall(r"[a-z]+", label.casefold()))


def _precise(value: float) -> bool:
    """"62,300", "25,900": an estimate given to three significant figures or more."""
    return len(str(int(value)).rstrip("0")) >= 3


def _estimate_slack(value: float) -> float:
    """"roughly 62,300" is off by a few hundred at most: five units of its last stated digit, not a share of
    the total (a total six thousand from its parts is wrong, however rough one part was)."""
    unit = 1
    while value % (unit * 10) == 0 and unit < 10 ** 9:
        unit *= 10
    return 5 * unit


def _rounding_slack(total: float, parts: list[float]) -> float:
    """How far parts rounded more coarsely than their total may sum from it: "160,948 men (30,000 killed,
    130,000 wounded)" gives each part to the nearest thousand, so the sum may miss by half a thousand a part.
    A total as round as its parts ("5,200 lances" against 1,200 + 1,800 + 2,100) gets no slack."""
    places = max((len(repr(float(p)).partition(".")[2]) for p in parts if p != int(p)), default=0)
    if places:  # "38.2 + 31.5 + 21.4 + 6.1 + 2.9" against "100.0": each share rounded to its last place
        return 0.5 * 10 ** -places * len(parts)
    step = 10
    while all(p % (step * 10) == 0 for p in parts) and step < 10 ** 9:
        step *= 10
    if step < 1000 or not all(p % step == 0 for p in parts) or total % step == 0:
        return 0.0
    return step / 2 * len(parts)


def _shown(value: float) -> str:
    """"1,240"; a share or weight to its decimal place ("12.3", not "12": the figures differ by less than one)."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")


_PLAUSIBLE_RATIO = 1.5


def _segments(qs: list) -> list[tuple[list, bool]]:
    """One field's figures with two totals or more ("5,340 killed in action / 1,620 died of wounds / 10,270
    killed in total / 6,880 killed in action / 2,740 lost with ships / 9,960 killed in total", two sides' losses
    in one column): each total closes the lines since the previous one (or, when the figures open with a total,
    heads the lines up to the next). A segment whose parts are far from its total counts something else; the
    others are sums the layout states, whatever their lines are called (True beside each)."""
    totals = [q for q in qs if q.role == "total"]
    if len(totals) < 2:
        return [(qs, False)]
    ordered = sorted((q for q in qs if q.role in ("total", "part")), key=lambda q: (q.span.line, q.span.column))
    heads = ordered[0].role == "total"
    segments, current = [], []
    for q in ordered:
        if q.role == "total" and heads:
            current = [q]
            segments.append(current)
        elif q.role == "total":
            segments.append(current + [q])
            current = []
        else:
            current.append(q)
    kept = []
    for seg in segments:
        total = next(q for q in seg if q.role == "total")
        parts = [q for q in seg if q is not total]
        summed = sum(q.value for q in parts)
        if total.value > 0 and all(q.value <= total.value for q in parts) \
                and total.value / _PLAUSIBLE_RATIO <= summed <= total.value * _PLAUSIBLE_RATIO \
                and not any(q.qualifier or _RANGE_LEFT.match(q.label or "") for q in seg) \
                and not _rounds(total.value, summed):
            kept.append((seg, True))
    return kept


# "2,370–3,500 captured" read as 2,370 and the label "–3,500 captured": a range, no one figure
_RANGE_LEFT = re.compile(r"\s*[–—-]\s*\d")


def _rounds(total: float, summed: float) -> bool:
    """"84,000 total" for 23,200 + 60,400: a round total that is the sum rounded (to hundreds or more)."""
    unit = 1
    while total % (unit * 10) == 0 and unit < 10 ** 9:
        unit *= 10
    return unit >= 100 and abs(total - summed) < unit / 2


@kind("arithmetic")
def check_arithmetic(world, rule):
    tolerance = float(rule.params.get("tolerance", 0.001))
    loose = float(rule.params.get("loose_tolerance", 0.05))
    part_words = set(rule.params.get("part_words", ()))
    products = set(rule.params.get("product_measures", ()))  # one part, a product of its stated factors
    # parts named by the sentence that lists them; a product's one part is named by its factors
    itemised = set(rule.params.get("itemised_measures", ())) | products
    for doc in world.docs:
        groups = defaultdict(list)
        for q in doc.quantities:
            groups[(q.measure, q.group, q.subject)].append(q)
        for (measure, _, _), qs, laid_out in [(key, seg, laid) for key, qs in groups.items()
                                              for seg, laid in _segments(qs)]:
            totals = [q for q in qs if q.role == "total"]
            parts = [q for q in qs if q.role == "part"]
            if len(totals) != 1 or len(parts) < (1 if measure in products else 2):
                continue
            if part_words and measure not in itemised and not laid_out and not any(q.breakdown for q in parts) \
                    and not all(_labelled_as(q.label, part_words) for q in parts):
                continue
            total = totals[0]
            summed = sum(q.value for q in parts)
            estimates = [q for q in qs if q.qualifier in _LOOSE]
            if estimates and all(_precise(q.value) for q in estimates):
                if abs(summed - total.value) <= sum(_estimate_slack(q.value) for q in estimates):
                    continue
            else:
                tol = loose if estimates else tolerance
                if abs(summed - total.value) <= tol * max(total.value, 1):
                    continue
            if abs(summed - total.value) <= _rounding_slack(total.value, [q.value for q in parts]):
                continue
            related = [(q.span, f"{q.label} {_shown(q.value)}") for q in parts]
            yield diagnostic(rule, total.span, related, key=(measure, total.label, total.value, summed),
                             label=total.label, total=_shown(total.value), sum=_shown(summed),
                             parts=" + ".join(q.label if measure in products else _shown(q.value) for q in parts))
