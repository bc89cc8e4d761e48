"""Dates the text itself denies: "there is no 29 February 500", "30 February 1702, a day that never existed".

Why: a chronology that explains its conversions names impossible days on purpose; reporting them
as invalid dates tells the writer what they already wrote. Only the words right next to the date
count (the vocabulary's `date_denials` in hedges.yaml), and only an impossible date is looked at,
so "the treaty was not signed until 31 April" stays a finding and valid dates cost nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import DateRange

_SEPARATOR = r"[\s,;:(\u2014\u2013-]*"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    words = vocabulary.load("hedges").get("date_denials") or {}

    def alternatives(entries) -> str:
        return "|".join(r"\s+".join(map(re.escape, e.split())) for e in sorted(entries, key=len, reverse=True))

    before = re.compile(r"(?:^|\W)(?:" + alternatives(words.get("before") or ["\x00"]) + r")\s*$", re.IGNORECASE)
    after = re.compile(_SEPARATOR + r"(?:" + alternatives(words.get("after") or ["\x00"]) + r")\b", re.IGNORECASE)
    return before, after


def _impossible(value) -> bool:
    if isinstance(value, DateRange):
        return any(v is not None and not v.valid for v in (value.start, value.end))
    return not value.valid


def denied(text: str, start: int, end: int, value) -> bool:
    """Does the text right around an impossible date say that the day does not exist?"""
    if not _impossible(value):
        return False
    before, after = _patterns()
    return bool(before.search(text, max(0, start - 48), start) or after.match(text, end, end + 64))
