"""A named payment's sum told twice on one page: "an annuity of 2,400 florins" in the terms and "paid the annuity
of 2,600 florins" further on; "The ransom was fixed at 12,000 marks" and "the ransom of 21,000 marks was paid in
two years"; a list item labelled by the payment ("Annuity. X was to pay Y 2,400 florins a year") and the prose.

A payment is named by one of its nouns (vocabulary measures.yaml payments: annuity, ransom, indemnity, dowry,
pension ...) and its sum is money: a currency sign before the number or a currency word after it. The sum is the
payment's when it is bound to the noun ("<noun> of N florins", "the <noun>, N florins,", "the N-florin <noun>",
a fine by its verb: "fined Hagnias forty minae"),
or when a sentence about the payment ("The ransom was set at N marks", "he received N crowns a year as a pension",
a list item labelled by the noun) gives one sum and names no other payment. A bound ("up to 5,000 marks"), a part
or a change ("the first instalment of the ransom", "the arrears", "the annuity was raised to"), a sum of another
reckoning (a year's against the whole) and two payments each told as new ("a ransom of N ... a ransom of M": two
ransoms) give nothing.

All mentions of one payment become Quantity facts of one measure "value:<doc>#payment:<noun>", compared by the
conflicting-value rule (with rounding: "some 2,400 florins" restates 2,380).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import BlockKind, CountMention, Document, Origin, Quantity
from .event_mentions import capitalised_runs
from .count_mentions import count_qualifier
from .measures import figure_sentences, years_named
from .numbers import DIGITS, number_value
from .sentences import FIGURE_OF_OTHER_CLAUSE


@lru_cache(maxsize=1)
def _spec():
    data = (vocabulary.load("measures") or {}).get("payments") or {}
    nouns = sorted((str(w).lower() for w in data.get("nouns") or ()), key=len, reverse=True)
    currencies = sorted((str(w).lower() for w in data.get("currencies") or ()), key=len, reverse=True)
    if not nouns or not currencies:
        return None
    noun = "|".join(re.escape(n) for n in nouns)
    cur = "|".join(re.escape(c) for c in currencies)
    singular = "|".join(re.escape(c[:-1]) for c in currencies if c.endswith("s"))
    signs = "|".join(re.escape(str(s)) for s in data.get("signs") or ())
    # "twelve", "forty-one", "two thousand four hundred": more words only after a scale word
    spelled = (r"[a-z]+(?:-[a-z]+)?(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?[a-z]+(?:-[a-z]+)?(?:\s+hundred)?"
               r"(?:\s+(?:and\s+)?[a-z]+(?:-[a-z]+)?)?)?)?")
    num = rf"(?P<num>{DIGITS}(?:\s+(?:million|thousand))?|{spelled})"
    money = (rf"(?:(?:{signs})\s?(?P<snum>{DIGITS}(?:\s+(?:million|thousand))?)|{num}\s+(?:(?:gold|silver)\s+)?"
             rf"(?P<cur>{cur})\b)") if signs else rf"{num}\s+(?:(?:gold|silver)\s+)?(?P<cur>{cur})\b"
    approx = r"(?:(?:some|about|around|nearly|roughly|approximately)\s+)?"
    fined = "|".join(re.escape(str(w)) for w in data.get("fined") or ()) or "(?!)"
    adj = r"(?:(?:annual|yearly|royal|promised|agreed|whole|full|stipulated)\s+)?"
    bound = [
        # "an annuity of 2,400 florins", "the ransom of some 12,000 marks", "the pension, 300 crowns a year,"
        re.compile(rf"\b(?P<det>[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)\s+{adj}(?P<noun>{noun})"
                   rf"(?:\s+of|,|,\s+(?:which|that)\s+(?:at|came\s+to|amounted\s+to|totalled|totaled|was)|"
                   rf"\s+(?:came|amounted)\s+to)\s+{approx}{money}"),
        # "the Council fined Hagnias forty minae": the sum of a fine told by its verb (vocabulary `fined`)
        re.compile(rf"\b(?P<noun>{fined})\s+(?P<det>(?:[A-Z][\w'’-]*\s+){{1,3}}?)(?:the\s+sum\s+of\s+)?{approx}{money}"),
        # "the 2,400-florin annuity", "a £300 pension"
        re.compile(rf"\b(?P<det>[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:(?:{signs})\s?(?P<snum>{DIGITS})|"
                   rf"(?P<num>{DIGITS})[- ](?P<cur>{singular}|{cur}))\s+{adj}(?P<noun>{noun})\b"),
    ]
    # a sentence about the payment: "The ransom was fixed at", "as a pension", "by way of indemnity"
    about = re.compile(rf"(?:\b(?P<det>[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+{adj}(?P<noun>{noun})\s+"
                       r"(?:was|were|had\s+been|would\s+be|came\s+to|amounted\s+to|stood\s+at|totalled|totaled)\b"
                       rf"|\b(?:as|in|by\s+way\s+of)\s+(?P<det2>an?\s+|the\s+|his\s+|her\s+|their\s+)?{adj}"
                       rf"(?P<noun2>{noun})\b)")
    label = re.compile(rf"\s*(?:[*#:-]\s*)?(?:'''|\*\*|__)?(?P<noun>{noun})(?:'''|\*\*|__)?\s*[.:—–]\s", re.I)
    any_noun = re.compile(rf"\b(?:{noun})\b", re.I)
    noun_gate = vocabulary.WordGate(nouns)  # before any_noun over a whole block
    moneys = re.compile(money)
    parts = re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in data.get("parts") or ("instalment",))
                       + r")\b", re.I)
    changes = re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in data.get("changes") or ("raised",))
                         + r")\b", re.I)
    yearly = re.compile(r"\b(?:a|per|each|every)\s+(?:year|annum)\b|\bannual(?:ly)?\b|\byearly\b", re.I)
    whole = re.compile(r"\bin\s+(?:all|total)\b|\baltogether\b|\bover\s+(?:the\s+)?\w+\s+years\b", re.I)
    key = re.compile(rf"(?:[a-z]+[_ ])?(?P<noun>{noun})(?:[_ ](?:paid|due|agreed|promised|sum|amount))?", re.I)
    return bound, about, label, any_noun, moneys, parts, changes, yearly, whole, key, noun_gate


@lru_cache(maxsize=1)
def _fined() -> frozenset[str]:
    return frozenset(str(w).lower() for w in ((vocabulary.load("measures") or {}).get("payments") or {}).get("fined") or ())


def _stem(noun: str) -> str:
    noun = noun.lower()
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _value(written: str) -> float | None:
    """"2,400", "40 thousand", "1.5 million", "two thousand four hundred" -> the number."""
    if written[:1].isdigit():
        scale = 1000 if "thousand" in written else 1_000_000 if "million" in written else 1
        return float(written.split()[0].replace(",", "")) * scale
    return number_value(written)


_NAME = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?!['’\w-])(?!\s+of\s+[A-Z])")
_NOT_NAMES = frozenset({"The", "This", "That", "These", "Those", "His", "Her", "Its", "Their", "She", "They", "After",
                        "Before", "When", "With", "From", "Under", "Upon", "Until", "Since", "During", "Although", "But",
                        "And", "For", "January", "February", "March", "April", "May", "June", "July", "August",
                        "September", "October", "November", "December"})


def _names(text: str, title: str | None) -> frozenset[str]:
    """The persons a sentence may name: capitalised words not the page's, no possessive ("Orm's widow" is another),
    and no "<Title> of <Place>" style."""
    own = set(re.findall(r"[A-Za-z]+", title or ""))
    return frozenset(w for w in _NAME.findall(text) if w not in _NOT_NAMES and w not in own)


def _field_origin(b) -> Origin:
    return Origin.FRONT_MATTER if b.attrs.get("source") == "front-matter" else Origin.INFOBOX


def payments(doc: Document, title: str | None, prose_kinds) -> list[Quantity]:
    return payment_facts(doc, title, prose_kinds)[0]


def payment_facts(doc: Document, title: str | None, prose_kinds) -> tuple[list[Quantity], list[CountMention]]:
    """The page's payments told twice (Quantities, above) and each payment the page's prose tells with one sum
    (CountMentions of noun "payment:<noun>", "payment:<noun>@year" for a yearly sum, with the names of its
    sentence: the payer and the payee), which checks/cross_document.py holds to another page's."""
    spec = _spec()
    if spec is None:
        return [], []
    bound, about, label, any_noun, moneys, parts, changes, yearly, whole, key, noun_gate = spec
    told: dict[str, list[tuple]] = {}
    changed: set[str] = set()
    for b in doc.blocks:
        if b.kind is BlockKind.FIELD and (k := key.fullmatch((b.raw_key or b.key or "").strip())) is not None:
            m = moneys.match(b.text.strip())  # "indemnity: 40,000 ducats", "| ransom = 12,000 marks"
            if m is not None and moneys.search(b.text, m.end()) is None:
                lead = len(b.text) - len(b.text.lstrip())
                at = "snum" if m.group("snum") else "num"
                value = _value(m.group(at))
                if value is not None:
                    told.setdefault(_stem(k.group("noun")), []).append(
                        (value, None, doc.block_span(b, lead + m.start(at), lead + m.end(at)), True,
                         "year" if yearly.search(b.text) else None, _field_origin(b), (), set(), frozenset()))
            continue
        if b.kind not in prose_kinds or b.kind is BlockKind.TABLE_CELL or not noun_gate(b.text) or \
                any_noun.search(b.text) is None:
            continue
        labelled = label.match(b.text) if b.kind is BlockKind.LIST_ITEM else None
        for s, e in figure_sentences(b):
            text = b.text[s:e]
            if labelled is not None and s < labelled.end() and e <= labelled.end() + 1:
                continue  # the label itself ("Annuity.")
            for n in any_noun.finditer(text):
                if changes.search(text, max(0, n.start() - 30), n.end() + 40):
                    changed.add(_stem(n.group()))  # "the pension was raised to": the sums before and after differ
            reckoning = "year" if yearly.search(text) else "whole" if whole.search(text) else None
            found = []
            for pattern in bound:
                for m in pattern.finditer(text):
                    if m.group("noun").lower() in _fined():  # "fined Hagnias forty minae": a fine, told as new
                        found.append((m, "fine", True))
                    else:
                        found.append((m, m.group("noun"), m.group("det").lower() in ("a", "an")))
            if not found:
                sums = list(moneys.finditer(text))
                nouns = {_stem(n.group()) for n in any_noun.finditer(text)}
                m = about.search(text)
                if len(sums) == 1 and m is not None and len(nouns) == 1 and not FIGURE_OF_OTHER_CLAUSE.search(
                        text, min(m.end(), sums[0].end()), max(m.start(), sums[0].start())):
                    # not "The tribute was paid at Brann, while the towns owed 5,000 marks": another clause's sum
                    det = (m.group("det") or m.group("det2") or "").strip().lower()
                    found.append((sums[0], m.group("noun") or m.group("noun2"), det in ("", "a", "an")))
                elif len(sums) == 1 and not nouns and labelled is not None and s >= labelled.end() - 1:
                    found.append((sums[0], labelled.group("noun"), True))
            for m, noun, new in found:
                around = text[max(0, m.start() - 40):m.end() + 40]
                if changes.search(around) or parts.search(around):
                    continue  # another moment's sum ("the pension was raised to"), or a part of the payment
                at = "snum" if m.group("snum") else "num"
                value = _value(m.group(at))
                qual, is_bound = count_qualifier(text[max(0, m.start(at) - 20):m.start(at)])
                if value is None or is_bound or value < 2:
                    continue
                told.setdefault(_stem(noun), []).append(
                    (float(value), qual, doc.block_span(b, s + m.start(at), s + m.end(at)), new, reckoning,
                     Origin.PROSE, tuple(capitalised_runs(text)), years_named(text), _names(text, title)))
    out = []
    mentions = []
    for noun, said in told.items():
        if noun in changed or len({t[4] for t in said if t[4]}) > 1:
            continue  # a year's sum beside the whole
        prose = [t for t in said if t[5] is Origin.PROSE and t[6]]
        if prose and len({t[0] for t in said}) == 1:
            # one sum for the payment on this page: another page's sum for it may be held to it
            value, qual, span, _, reckoning, _, names, years, _ = prose[0]
            mentions.append(CountMention(value, f"payment:{noun}" + ("@year" if reckoning == "year" else ""),
                                         next(iter(years)) if len(years) == 1 else None,
                                         span, Origin.PROSE, (), qual, names))
        if len(said) < 2:
            continue  # told once
        said.sort(key=lambda t: (t[5] is Origin.PROSE, t[2].line, t[2].column))
        if any(t[3] and t[0] != said[0][0] for t in said[1:]) and not (
                all(t[4] == "year" for t in said) and all(said[0][8] & t[8] for t in said[1:] if t[3])):
            # "his ransom ... a ransom of M": a payment told as new after the first is another one; not a year's
            # sum told to one person twice ("compensated his cousin Orm with an annual pension of 2,400 marks" and
            # "Orm ... received a pension of 2,600 marks a year")
            continue
        for value, qual, span, _, _, origin, _, _, _ in said:
            out.append(Quantity(measure=f"value:{doc.path}#payment:{noun}", label=noun, value=value, qualifier=qual,
                                span=span, origin=origin, subject=title))
    return out, mentions
