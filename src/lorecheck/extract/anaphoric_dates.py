"""A day told by pointing back: "The Guild closed its hall on 3 May 1924. It was wound up that day": "that day",
"the same day", "that very day" are the last day the paragraph wrote, so the fact they carry gets its date.
Only the last date the same paragraph wrote before them, and only a day ("that day" after a month or a year
points to none we know; "the same day of the week" is no day)."""
from __future__ import annotations

import re

from ..model import DateValue
from .dates import FoundDate

# not "the same day as the breakout" (a day told by another event, ahead), "the same day of the week", nor a
# bound ("until that day", "since the same day"): no fact of that day
_THAT_DAY = re.compile(r"(?<!\w)(?<!until\s)(?<!till\s)(?<!since\s)(?<!before\s)(?<!after\s)(?<!by\s)"
                       r"(?:that(?:\s+(?:same|very))?|the\s+(?:same|very|selfsame))\s+day\b(?!\s+(?:of|in|as)\b)", re.I)


def anaphoric_days(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """The day each "that day" of `text` points back to, as dates to merge into `found`."""
    if "day" not in text:
        return []
    made = []
    for m in _THAT_DAY.finditer(text):
        before = [f for f in found if f.end <= m.start()]
        v = before[-1].value if before else None
        if isinstance(v, DateValue) and v.precision == "day" and v.valid:
            made.append(FoundDate(m.start(), m.end(), m.group(), v, True))
    return made
