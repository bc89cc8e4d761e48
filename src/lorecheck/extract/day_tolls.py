"""The dead of one day's shooting, riot or wreck told in the prose of two documents: "troops were sent to Orlen
Yard, where on 9 May eleven dockers were shot dead" on a minister's page, "The firing at the yard gate on 9 May
1904 ... ; seven men were killed and 20 wounded" on the strike's.

A toll is a number of people (a plural noun, at most two words after the number) that "were killed", "were shot
dead", "died" or "lost their lives", opening a clause; its day is the one day-precise date of its sentence, or,
when the sentence gives none, of the sentence before it in the paragraph. The people may be named differently
(dockers, men), so two documents' tolls meet by their day and by a name they share: the sentence's names, else
the sentence before's, else the section heading's ("The Orlen Yard lockout") ("Orlen Yard", "the 3rd Foot"): a day's other fight elsewhere shares none. A bound ("over 30
men"), "killed or wounded" and a part ("of them", "among them") give nothing.

Each toll becomes a CountMention of noun "toll@<day>"; checks/cross_document.py holds two documents' tolls of one
day and place to each other.
"""
from __future__ import annotations

import re

from ..model import BlockKind, CountMention, DateValue, Document, Origin
from .count_mentions import count_qualifier
from .event_mentions import capitalised_runs, capitalised_words
from .measures import figure_sentences
from .numbers import DIGITS, number_value

_NUM = rf"(?P<num>{DIGITS}|[a-z]+(?:-[a-z]+)?|[A-Z][a-z]+(?:-[a-z]+)?)"
_TOLL = re.compile(
    rf"(?:^|[;:]\s+|,\s+(?:and\s+|where\s+|when\s+)?|\b(?:and|where|when)\s+)(?:[Oo]n\s+[^,;]{{3,25}}?,?\s+)?"
    rf"(?:(?P<qual>some|about|around|nearly|roughly|at\s+least|over|more\s+than)\s+)?{_NUM}\s+"
    r"(?:[a-z][a-z'’-]*\s+){0,2}?(?P<noun>men|women|people|[a-z][a-z'’-]{2,}[^s'’\W]s)\s+"
    r"(?:were\s+(?:shot\s+dead|shot\s+and\s+killed|killed|shot|slain|cut\s+down)|died|lost\s+their\s+lives)\b"
    r"(?!\s+(?:or|and)\s+(?:wounded|injured|captured|missing))")
_NOT_PEOPLE = frozenset({"years", "days", "hours", "months", "weeks", "shots", "rounds", "horses", "others"})


def _days(dates, start: int, end: int) -> list[DateValue]:
    return [f.value for f in dates if start <= f.start < end and isinstance(f.value, DateValue)
            and f.value.day is not None and f.value.year]


def day_tolls(doc: Document, found_by_block: dict, prose_kinds) -> list[CountMention]:
    out: list[CountMention] = []
    heading = ""
    for b in doc.blocks:
        if b.kind is BlockKind.HEADING:
            heading = b.text
            continue
        if prose_kinds.get(b.kind) is not Origin.PROSE or b.kind is BlockKind.TABLE_CELL:
            continue
        text = b.text
        if not re.search(r"\b(?:killed|dead|died|lives|slain|down)\b", text):
            continue
        dates = found_by_block.get(id(b), ())
        last: tuple[int, int] | None = None
        for s, e in figure_sentences(b):
            sentence = text[s:e]
            for m in _TOLL.finditer(sentence):
                value = number_value(m.group("num").lower())
                noun = m.group("noun").lower()
                if value is None or value < 2 or noun in _NOT_PEOPLE or m.group("qual") and \
                        count_qualifier(m.group("qual"))[1]:
                    continue
                between = sentence[m.end("num"):m.start("noun")].split()
                if any(number_value(w.lower()) is not None for w in between) or \
                        re.search(r"[A-Z][a-z]+\s+$", sentence[max(0, m.start("num") - 12):m.start("num")]) and \
                        m.group("num").isdigit():
                    continue  # "on 9 May 1904 two constables": the year is no count
                days = _days(dates, s, e)
                if not days and last is not None:
                    days = _days(dates, *last)
                if len({(d.year, d.month, d.day) for d in days}) != 1:
                    continue
                day = days[0]
                # the place is the one the sentence names, else the sentence before, else the section's heading
                context = next((t for t in (sentence, text[last[0]:last[1]] if last else "", heading)
                                if capitalised_words(t)), "")
                qual = m.group("qual").lower() if m.group("qual") else None
                out.append(CountMention(float(value), f"toll@{day.year:04d}-{day.month:02d}-{day.day:02d}", day.year,
                                        doc.block_span(b, s + m.start("num"), s + m.end("num")), Origin.PROSE,
                                        tuple(dict.fromkeys(capitalised_words(context))), qual,
                                        tuple(capitalised_runs(context))))
            last = (s, e)
    return out
