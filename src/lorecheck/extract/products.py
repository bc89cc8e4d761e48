"""A product stated with its factors: "£900,000, raised in 45,000 shares of £25 each".

"N <things> of/at £M each" (or "apiece", "a head", or shares and bonds, priced each by nature) multiplies
out to a sum, and the one other sum of that currency in the sentence is the total it states. Why so
narrow: a second sum in the sentence, a product more than twice or less than half the sum, or a product
short of a sum that no "in"/"raised in"/"made up of" ties it to is likely another thing's sum or a part of
it. "N men at £M a week" states a weekly sum, so its total must be weekly too. Words in numbers.yaml
(`priced_each`, `priced_items`, `priced_periods`, `product_ties`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import vocabulary
from .numbers import word_number

_PLAUSIBLE_RATIO = 2.0
_NUM = r"\d{1,3}(?:,\d{3})+|\d+"
_OF_FIGURE = re.compile(r"\sof\s+\d", re.I)
_SIGN = re.compile(r"[£$€]")  # no product and no sum without one: most sentences are skipped on this one search
_SUM = re.compile(rf"(?P<sign>[£$€])(?P<num>{_NUM})(?:\.(?P<dec>\d{{1,2}}))?(?!\s*(?:\d|[sd]\b|million|billion|thousand|m\b|bn\b))")


@dataclass(slots=True)
class Product:
    count: int
    price: float
    label: str  # "45,000 shares of £25"
    start: int
    end: int


@dataclass(slots=True)
class Sum:
    value: float
    qualifier: str | None
    start: int
    end: int


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, frozenset[str], tuple[str, ...]]:
    numbers = vocabulary.load("numbers")
    priced = frozenset(str(w).casefold() for key in ("priced_each", "priced_items") for w in numbers.get(key) or ())
    units = "|".join(re.escape(str(u)) for u in list(numbers.get("priced_periods") or ()) +
                     list(numbers.get("priced_items") or ())) or "(?!)"
    pattern = re.compile(
        rf"(?<![\d,.£$€])(?P<n>{_NUM})\s+(?P<noun>[A-Za-z-]+(?:\s+[A-Za-z-]+)?)\s+(?:of|at)\s+"
        rf"(?P<sign>[£$€])(?P<m>{_NUM})(?:\.(?P<dec>\d{{1,2}}))?(?!\d|,\d|\s*(?:[sd]\b|million|billion|thousand))"
        rf"(?:\s+(?P<each>each|apiece)\b|\s+(?:a|an|per)\s+(?P<unit>{units})\b)?")
    hedges = tuple(str(w).casefold() for w in vocabulary.load("prose").get("approximate") or ())
    return pattern, priced, hedges


@lru_cache(maxsize=1)
def _ties() -> re.Pattern:
    """", raised in", " in", " divided into": the words that make the product the sum's own make-up."""
    words = "|".join(re.escape(str(w)) for w in vocabulary.load("numbers").get("product_ties") or ()) or "(?!)"
    return re.compile(rf"[\s,;:]*(?:\w+\s+)?(?:{words})\s+", re.I)


def _hedge(text: str, at: int, hedges: tuple[str, ...]) -> str | None:
    before = text[max(0, at - 16):at].casefold().split()
    return before[-1] if before and before[-1] in hedges else None


@lru_cache(maxsize=1)
def _worded() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Sums in a currency named after the figure ("120,000 florins"; measures.yaml `payments.currencies`): a
    quick test for one, the sum, and "six (annual) instalments of 25,000 florins each" (numbers.yaml
    `priced_instalments`: instalments and payments of a sum are each that sum; other nouns need "each")."""
    payments = (vocabulary.load("measures") or {}).get("payments") or {}
    currencies = sorted((str(c) for c in payments.get("currencies") or ()), key=len, reverse=True)
    cur = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in currencies) or "(?!)"
    numbers = vocabulary.load("numbers")
    spelled = "|".join(sorted((re.escape(str(w)) for w in numbers.get("words") or () if len(str(w)) > 2),
                              key=len, reverse=True)) or "(?!)"
    instalments = "|".join(re.escape(str(w)) for w in numbers.get("priced_instalments") or ()) or "(?!)"
    quick = re.compile(rf"\b(?:{cur})\b", re.I)
    worded_sum = re.compile(rf"(?<![\d,.])(?P<num>{_NUM})\s+(?P<cur>{cur})\b", re.I)
    product = re.compile(
        rf"(?<![\w,.])(?P<n>{_NUM}|(?:{spelled})(?:-(?:{spelled}))?)\s+"
        rf"(?:(?:annual|yearly|monthly|quarterly|equal|half-yearly|successive)\s+)?"
        rf"(?:(?P<inst>{instalments})|(?P<noun>[A-Za-z-]+))\s+of\s+(?P<m>{_NUM})\s+(?P<cur>{cur})\b"
        rf"(?:\s+(?P<each>each|apiece)\b)?", re.I)
    return quick, worded_sum, product


def _worded_products(text: str, start: int, end: int, hedges: tuple[str, ...]) -> list[tuple[Sum, Product]]:
    """"an indemnity of 120,000 florins, in six annual instalments of 25,000 florins each": the product of a
    count and a sum named in words, against the one other sum of that currency in the sentence."""
    if _OF_FIGURE.search(text, start, end) is None:  # every product is "... of <digits> <currency>"
        return []
    quick, worded_sum, pattern = _worded()
    if quick.search(text, start, end) is None:
        return []
    ties = _ties()
    found = []
    for m in pattern.finditer(text, start, end):
        if not (m.group("inst") or m.group("each")):
            continue  # "three barges of 400 florins": a price of each? a cargo's worth?
        n = _count(m.group("n"))
        price = float(m.group("m").replace(",", ""))
        if n is None or n < 2 or price <= 0:
            continue
        label = " ".join(text[m.start("n"):m.end("cur")].split())
        found.append((m, Product(n, price, label, m.start("n"), m.end())))
    out = []
    sums = list(worded_sum.finditer(text, start, end))
    for m, product in found:
        cur = m.group("cur").casefold()
        others = [s for s in sums if s.group("cur").casefold() == cur
                  and not any(p.start <= s.start() < p.end for _, p in found)]
        if len(others) != 1:
            continue
        s = others[0]
        value = float(s.group("num").replace(",", ""))
        total = product.count * product.price
        if value <= 0 or not value / _PLAUSIBLE_RATIO <= total <= value * _PLAUSIBLE_RATIO:
            continue
        # the product must make up the sum: "120,000 florins, in six instalments of ...", "paid in"
        if not (s.end() <= product.start and ties.fullmatch(text, s.end(), product.start)):
            continue
        out.append((Sum(value, _hedge(text, s.start(), hedges), s.start("num"), s.end()), product))
    return out


def _count(token: str) -> int | None:
    if token[:1].isdigit():
        return int(token.replace(",", ""))
    return word_number(token)


def products(text: str, start: int, end: int) -> list[tuple[Sum, Product]]:
    """Each product in text[start:end] with the one other sum of its currency it states."""
    if _SIGN.search(text, start, end) is None:
        return _worded_products(text, start, end, _words()[2])
    pattern, priced, hedges = _words()
    ties = _ties()
    found = []
    for m in pattern.finditer(text, start, end):
        noun = m.group("noun").casefold()
        last = noun.split()[-1]
        if not (m.group("each") or m.group("unit") or last in priced):  # "400 men of £5": a price? a wage?
            continue
        n = int(m.group("n").replace(",", ""))
        price = float(m.group("m").replace(",", "") + ("." + m.group("dec") if m.group("dec") else ""))
        if n < 2 or price <= 0:
            continue
        label = " ".join(text[m.start("n"):m.end("dec") if m.group("dec") else m.end("m")].split())
        found.append((m, Product(n, price, label, m.start("n"), m.end())))
    out = []
    sums = list(_SUM.finditer(text, start, end))
    for m, product in found:
        sign, unit = m.group("sign"), m.group("unit")
        unit = unit if unit and unit.casefold() not in priced else None  # "at £25 a share": each
        others = [s for s in sums if s.group("sign") == sign
                  and not any(p.start <= s.start() < p.end for _, p in found)]
        if len(others) != 1:
            continue
        s = others[0]
        if unit and not re.match(rf"\s+(?:a|an|per)\s+{re.escape(unit)}\b", text[s.end():s.end() + 20], re.I) \
                and not re.search(rf"\b{re.escape(unit)}ly\b", text[max(start, s.start() - 40):s.start()], re.I):
            continue  # "at £1 a week" against a sum of no week
        value = float(s.group("num").replace(",", "") + ("." + s.group("dec") if s.group("dec") else ""))
        total = product.count * product.price
        if value <= 0 or not value / _PLAUSIBLE_RATIO <= total <= value * _PLAUSIBLE_RATIO:
            continue
        if total < value and not (s.end() <= product.start and ties.fullmatch(text, s.end(), product.start)):
            continue  # "cost £12,000, with 200 subscribers at £50 each": a product short of a sum may be a part of it
        out.append((Sum(value, _hedge(text, s.start(), hedges), s.start("sign"), s.end()), product))
    return out
