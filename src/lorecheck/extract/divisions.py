"""A division's votes against the number said to have voted: "adopted by 38 votes to 22, with 5 abstentions, all
64 delegates voting", "carried by forty votes to eleven with three abstaining; 54 members were present".

The votes for, the votes against and the abstentions told in one sentence, and the count of those who voted
("all N <noun> voting", "N voting", "with N present") in that sentence, are parts and their total (measure
"itemised", checked by the arithmetic rule). Those voting may or may not count the abstainers ("all 60 voting"
for 38 to 22 with 5 abstentions is read as consistent), and those present may include members who did not vote at
all: a total of those present contradicts the votes only when the votes are more. Without a stated abstention, a
count of those voting is compared with the votes for and against only when they are more than it (some may have
abstained without the text saying so). Words in numbers.yaml (`divisions`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import vocabulary
from .numbers import word_number

_NUM = r"\d{1,3}(?:,\d{3})+|\d+"


@dataclass(slots=True)
class Vote:
    value: int
    start: int
    end: int
    label: str


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    spec = vocabulary.load("numbers").get("divisions") or {}
    words = "|".join(sorted((re.escape(str(w)) for w in vocabulary.load("numbers").get("words") or ()
                             if len(str(w)) > 2), key=len, reverse=True)) or "(?!)"
    count = rf"(?:{_NUM}|(?:{words})(?:-(?:{words}))?)"
    abstained = "|".join(re.escape(str(w)) for w in spec.get("abstaining") or ()) or "(?!)"
    voters = "|".join(re.escape(str(w)) for w in spec.get("voters") or ()) or "(?!)"
    # "by 38 votes to 22", "by forty votes to eleven", "by 38 votes against 22"
    division = re.compile(rf"\bby\s+(?P<yes>{count})\s+votes?\s+(?:to|against)\s+(?P<no>{count})\b(?!\s*(?:per|%|,\d))",
                          re.I)
    abstentions = re.compile(rf"(?<![\w,.])(?P<n>{count})\s+(?:{abstained})\b", re.I)
    # "all 64 delegates voting", "64 voting", "with 64 members present", "the 64 delegates present"
    total = re.compile(rf"(?<![\w,.])(?P<n>{count})\s+(?:(?:{voters})\s+)?(?:(?:being|were|was)\s+)?(?P<how>voting|present)\b",
                       re.I)
    return division, abstentions, total


def _value(token: str) -> int | None:
    if token[:1].isdigit():
        return int(token.replace(",", ""))
    return word_number(token)


def divisions(text: str, start: int, end: int) -> list[tuple[Vote, list[Vote]]]:
    """Each (those voting, [for, against, abstaining]) told in text[start:end], when the votes do not agree with
    it; a division that agrees is left out too (it says nothing)."""
    low = text[start:end].lower()
    if "vote" not in low or ("voting" not in low and "present" not in low):
        return []
    division, abstentions, total = _patterns()
    found = list(division.finditer(text, start, end))
    if len(found) != 1:
        return []  # two divisions in one sentence: which count is whose is not said
    d = found[0]
    yes, no = _value(d.group("yes")), _value(d.group("no"))
    totals = list(total.finditer(text, start, end))
    absent = [a for a in abstentions.finditer(text, start, end) if not d.start() <= a.start() < d.end()]
    if yes is None or no is None or len(totals) != 1 or len(absent) > 1:
        return []
    t = totals[0]
    whole = _value(t.group("n"))
    if whole is None or whole <= 0 or d.start() <= t.start() < d.end():
        return []
    parts = [Vote(yes, d.start("yes"), d.end("yes"), "for"), Vote(no, d.start("no"), d.end("no"), "against")]
    if absent:
        a = absent[0]
        value = _value(a.group("n"))
        if value is None:
            return []
        parts.append(Vote(value, a.start("n"), a.end("n"), "abstaining"))
    summed = sum(p.value for p in parts)
    if summed == whole or (absent and yes + no == whole):
        return []  # the votes agree (those voting without the abstainers, or with them)
    if summed < whole and (t.group("how").lower() == "present" or not absent):
        return []  # present but not voting, or abstaining unsaid
    if not whole / 1.5 <= summed <= whole * 1.5:
        return []  # far from it: another count
    return [(Vote(whole, t.start("n"), t.end("n"), t.group("how").lower()), parts)]
