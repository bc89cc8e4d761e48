"""One-off happenings at a named place, dated: "the landing at Skarth on 2 October 1688", "the sacking
of Tamsford in May 1614", and the caption of a picture of it: "Dragoons landing at Skarth, 12 October 1688".

A caption dates what it shows, so a caption and the text that date the same happening differently
contradict each other, and so do two sentences of the text. Only happenings that befall a place once
are read (vocabulary `place_happenings`: a landing, a burning, a sack); a capture or a fall repeats
(cities change hands), so it is never among them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary

_PLACE = r"(?P<place>[A-Z][\w'’-]+(?:\s+(?:de|del|di|da|la|le|von|van|of)?\s*[A-Z][\w'’-]+)*)"


def _literal_gate(words) -> re.Pattern:
    """Any of these exact words, as a plain alternation: a pattern that needs one of them can be skipped
    where this finds none, and it scans a sentence about ten times faster than the pattern itself."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _happening_gate() -> re.Pattern | None:
    forms = _patterns()[0]
    return _literal_gate(forms) if forms else None


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, str], re.Pattern | None, re.Pattern | None]:
    """(form -> happening, "the <noun> of/at <Place>", "<participle> (at) (the) <Place>")."""
    spec = vocabulary.load("prose").get("place_happenings") or {}
    nouns: dict[str, str] = {}
    participles: dict[str, str] = {}
    for happening, forms in spec.items():
        for form in forms.get("nouns") or ():
            nouns[str(form).casefold()] = str(happening)
        for form in forms.get("participles") or ():
            participles[str(form).casefold()] = str(happening)
    if not nouns:
        return {}, None, None
    alt = "|".join(re.escape(f) for f in sorted(nouns, key=len, reverse=True))
    nominal = re.compile(rf"\b[Tt]he\s+(?P<act>{alt})\s+(?:of|at|on|in)\s+(?:the\s+)?{_PLACE}")
    shown = None
    if participles:
        alt = "|".join(re.escape(f) for f in sorted(participles, key=len, reverse=True))
        shown = re.compile(rf"\b(?P<act>{alt})\s+(?:at\s+|on\s+|in\s+|into\s+)?(?:the\s+)?{_PLACE}")
    return {**nouns, **participles}, nominal, shown


# between a nominal happening and its date: "on", "in", ", "
_DATE_GAP = re.compile(r"\s+(?:on|in)\s+|\s*\(\s*|\s*,\s*|\s*")


def place_happenings(text: str, start: int, end: int, dates: list, caption: bool) -> list[tuple[str, str, int, object]]:
    """(happening, place, offset of the phrase, the FoundDate dating it) in text[start:end].

    Text dates a nominal happening right after it ("the landing at Skarth on 2 October 1688"); a caption
    dates what it shows by its own single date ("Dragoons landing at Skarth, 12 October 1688").
    """
    forms, nominal, shown = _patterns()
    if nominal is None or not _happening_gate().search(text, start, end):
        return []  # both patterns need one of the forms, as written (they are case-sensitive)
    found = []
    for m in nominal.finditer(text, start, end):
        gap = _DATE_GAP.match(text, m.end())
        f = next((f for f in dates if f.start == gap.end()), None)
        if f is not None:
            found.append((forms[m.group("act").casefold()], m.group("place"), m.start(), f))
    if caption and shown is not None and not found:
        own = [f for f in dates if start <= f.start < end]
        if len(own) == 1:
            m = shown.search(text, start, own[0].start)
            if m is not None:
                found.append((forms[m.group("act").casefold()], m.group("place"), m.start(), own[0]))
    return found


def happening_name(happening: str, place: str) -> str:
    """"landing at Naha", "burning of Buffalo": how messages and the World name it."""
    spec = (vocabulary.load("prose").get("place_happenings") or {}).get(happening) or {}
    return f"{spec.get('name', happening + ' of')} {place}"


# ------------------------------------------------------- named one-day events in a chronicle

_CAP = r"[A-Z][\w'’-]+"


@lru_cache(maxsize=1)
def _named_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """("The Great Flood of Dyers' Reach" opening an entry, "the Great Flood of 1613" / "(1613)", any of
    the heads: a sentence without one has neither)."""
    heads = [str(h) for h in vocabulary.load("prose").get("instant_event_heads") or ()]
    if not heads:
        return None
    head = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    name = rf"(?:{_CAP}\s+)*(?:{head})\b"
    opening = re.compile(rf"[\s*_)]*[—–:-]\s*(?:The\s+)?(?P<name>{name}(?:\s+of\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})*)?)")
    of_year = re.compile(rf"\b(?P<name>{name})(?:\s+of\s+|\s*\(\s*)(?=\d)")
    return opening, of_year, _literal_gate(heads)


def opening_event(text: str, lead_end: int, end: int) -> tuple[str, int] | None:
    """"**1613** — The Great Flood of Dyers' Reach drowns ...": the entry's own event, dated by its lead."""
    pats = _named_patterns()
    m = pats[0].match(text, lead_end, end) if pats else None
    return (m.group("name"), m.start("name")) if m else None


def events_of_year(text: str, start: int, end: int, dates: list) -> list[tuple[str, int, object]]:
    """"rebuilt since the Great Flood of 1613": a named event dated by the year written after it."""
    pats = _named_patterns()
    if pats is None or not pats[2].search(text, start, end):
        return []
    out = []
    for m in pats[1].finditer(text, start, end):
        f = next((f for f in dates if f.start == m.end()), None)
        if f is not None:
            out.append((m.group("name"), m.start("name"), f))
    return out
