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
from ..vocabulary import alternation
from ..model import DateValue, Origin, Statement

_PLACE = r"(?P<place>[A-Z][\w'’-]+(?:\s+(?:de|del|di|da|la|le|von|van|of)?\s*[A-Z][\w'’-]+)*)"


def _literal_gate(words) -> re.Pattern:
    """Any of these words, as a plain alternation: a pattern that needs one of them can be skipped
    where this finds none, and it scans a sentence about ten times faster than the pattern itself."""
    return re.compile(alternation(words))


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
    nominal = re.compile(rf"\b[Tt]he\s+(?P<act>{alternation(nouns)})\s+(?:of|at|on|in)\s+(?:the\s+)?{_PLACE}")
    shown = None
    if participles:
        shown = re.compile(rf"\b(?P<act>{alternation(participles)})\s+(?:at\s+|on\s+|in\s+|into\s+)?(?:the\s+)?{_PLACE}")
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
def _named_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern] | None:
    """("The Great Flood of Dyers' Reach" opening an entry, "the Great Flood of 1613" / "(1613)", any of
    the heads: a sentence without one has neither, "the 1613 Great Flood")."""
    heads = [str(h) for h in vocabulary.load("prose").get("instant_event_heads") or ()]
    if not heads:
        return None
    # the head with the words before it and the place after it ("Great Fire of Ostry")
    name = rf"(?:{_CAP}\s+)*(?:{alternation(heads)})\b(?:\s+of\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})*)?"
    opening = re.compile(rf"[\s*_)]*[—–:-]\s*(?:The\s+)?(?P<name>{name})")
    # "the Great Fire of Ostry of 906": the year after the place the name already holds
    of_year = re.compile(rf"\b(?P<name>{name})(?:\s+of\s+|\s*\(\s*)(?=\d)")
    # "the 1816 Sallowmere Flood", "the 906 Great Fire of Ostry": the year written before the name
    year_first = re.compile(rf"\b[Tt]he\s+(?P<year>\d{{3,4}})\s+(?P<name>{name})")
    return opening, of_year, _literal_gate(heads), year_first


def opening_event(text: str, lead_end: int, end: int) -> tuple[str, int] | None:
    """"**1613** — The Great Flood of Dyers' Reach drowns ...": the entry's own event, dated by its lead."""
    pats = _named_patterns()
    m = pats[0].match(text, lead_end, end) if pats else None
    return (m.group("name"), m.start("name")) if m else None


def events_of_year(text: str, start: int, end: int, dates: list) -> list[tuple[str, int, object]]:
    """"rebuilt since the Great Flood of 1613" (or "the 1613 Great Flood"): a named event dated by its year."""
    pats = _named_patterns()
    if pats is None or not pats[2].search(text, start, end):
        return []
    out = []
    for m in pats[1].finditer(text, start, end):
        f = next((f for f in dates if f.start == m.end()), None)
        if f is not None:
            out.append((m.group("name"), m.start("name"), f))
    for m in pats[3].finditer(text, start, end):
        f = next((f for f in dates if f.start == m.start("year") and f.end == m.end("year")), None)
        if f is not None:
            out.append((m.group("name"), m.start("name"), f))
    return out


# ------------------------------------------------------- a named event's date written beside its name

@lru_cache(maxsize=1)
def _dated_name_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """("<Event name>" then "(", ":", " in ", " on " or " of " and a date; the heads, as a quick gate; the words
    of a later act on the same event just before the name: "the renewal of the Treaty of Qesh in 1702")."""
    prose = vocabulary.load("prose")
    heads = sorted(_event_head_set())
    again = [str(w) for w in prose.get("event_again_words") or ()]
    if not heads:
        return None
    name = rf"(?:{_CAP}\s+)*(?:{alternation(heads)})\b(?:\s+of\s+(?:the\s+)?{_CAP}(?:[\s-]+{_CAP})*)?"
    # "the Tallow Riot of November 1787": "of" before a date names the occasion by its date, as "in" does
    dated = re.compile(rf"(?<![\w'’-])(?P<name>{name})(?:\s*\(\s*|\s*::?\s*|\s+(?:in|on|of)\s+)(?=\w)")
    repeat = re.compile(rf"\b(?:{'|'.join(again)})\w*\W+(?:\w+\W+){{0,2}}$", re.IGNORECASE) if again else None
    return dated, _literal_gate(heads), repeat


_NAME_FILLER = frozenset({"the", "of"})


def named_event_dates(text: str, start: int, end: int, dates: list) -> list[tuple[str, int, object, bool]]:
    """"the Battle of Muirsk Sound (4–5 May 1702)", "laid before the Synod of Orle in March 1120", a header
    "Synod of Orle: 3–9 March 1120": (the event's name, its offset, the FoundDate written right after it,
    whether the name labels the date as a field's key does).

    The name must say which event it is (words besides its head: "the Battle (1702)" names none); a name
    after words of a later act on it ("the renewal of", "the anniversary of") is dated by that act."""
    pats = _dated_name_patterns()
    if pats is None or not pats[1].search(text, start, end):
        return []
    dated, _, repeat = pats
    heads = _event_head_set()
    out = []
    for m in dated.finditer(text, start, end):
        f = next((f for f in dates if f.start == m.end()), None)
        if f is None:
            continue
        words = [w for w in re.split(r"[\s-]+", m.group("name")) if w]
        if words[0] == "The":
            words = words[1:]
        if not [w for w in words if w.casefold() not in _NAME_FILLER and w not in heads]:
            continue
        if repeat is not None and repeat.search(text, max(start, m.start() - 40), m.start()):
            continue
        name = m.group("name")
        name = name[4:] if name.startswith("The ") else name
        out.append((name, m.start("name") + (len(m.group("name")) - len(name)), f, ":" in text[m.end("name"):f.start]))
    return out


@lru_cache(maxsize=1)
def _event_head_set() -> frozenset[str]:
    prose = vocabulary.load("prose")
    return frozenset(str(h) for key in ("event_heads", "dated_event_heads") for h in prose.get(key) or ())


def dated_name_statement(doc, block, name: str, at: int, f, origin, labelled: bool = False):
    """The statement "<name> dated <date>" for `named_event_dates`' finding in a block. A name labelling its
    date ("Synod of Orle: 3–9 March 1120") is a field, whatever line the page's layout made of it."""
    if labelled and origin not in (Origin.INFOBOX, Origin.FRONT_MATTER):
        origin = Origin.INFOBOX
    return Statement(subject=name, predicate="dated", object=None, date=f.value,
                     span=doc.block_span(block, at, f.end), date_span=doc.block_span(block, f.start, f.end),
                     origin=origin, text=block.text[at:f.end], event=name)


def dated_field_name(key: str) -> str | None:
    """A field named after an event ("Synod of Orle:: 3–9 March 1120"): its value dates that event."""
    pats = _dated_name_patterns()
    if pats is None or not key or not pats[1].search(key):
        return None
    # the key as a header line with a stand-in value ("Synod of Orle: 1"): the pattern wants a word after the colon
    found = named_event_dates(key + ": 1", 0, len(key) + 3, [_EndMark(len(key) + 2)])
    return found[0][0] if found and found[0][1] <= 4 else None


class _EndMark:
    """A stand-in date found right after a field's key (so a key is read as the text before a date)."""

    def __init__(self, start: int):
        self.start = start


# ------------------------------------------------------- a fight dated at the link that names it

# "was fought at [[Battle of X|X]] on the river on D": the verb, the place's words, then "on"/"in" and the date
_FOUGHT_AT = re.compile(r"\b(?:was|were)\s+(?:fought|held|waged)\s+(?:at|near|by|on|in)\s+(?:the\s+)?")
_TO_DATE = re.compile(r"[^.;()]{0,60}?\s(?:on|in)\s+$")


def linked_occasions(text: str, start: int, end: int, dates: list, links: str | None) -> list[tuple[str, int, object]]:
    """"The first battle was fought at [[Battle of Ketley Ford|Ketley Ford]] on 18 October 1163": the link's
    page names the event (an event head and a name), the clause's first date after it dates that event.

    (event name, offset of the label, FoundDate). Only a label right after "was fought at" and a date
    reached by "on"/"in" within the clause: the link alone may be a place, its page's name says the event."""
    if not links or "fought" not in text[start:end] and "held" not in text[start:end]:
        return []
    heads = _event_head_set() | {str(h) for h in vocabulary.load("prose").get("instant_event_heads") or ()}
    targets = {}
    for pair in links.split("\n"):
        label, _, page = pair.partition("=>")
        words = set(re.findall(r"[\w'’]+", page))
        if label.strip() and words & heads and words - heads - {"of", "the", "at", "on"}:
            targets[label.strip()] = page.strip()
    out = []
    for m in _FOUGHT_AT.finditer(text, start, end):
        label = next((lab for lab in targets if text.startswith(lab, m.end())), None)
        if label is None:
            continue
        after = m.end() + len(label)
        f = next((f for f in dates if after <= f.start < end and _TO_DATE.fullmatch(text, after, f.start)), None)
        if f is not None:
            out.append((targets[label], m.end(), f))
    return out


# ------------------------------------------------------- a place taken, beside a table's row of its taking

@lru_cache(maxsize=1)
def _taking_patterns() -> tuple[re.Pattern, re.Pattern, dict[str, str]] | None:
    """("the capture of <Place> on D", "<Place> fell on D", noun -> the name's head) from prose.yaml
    `taken_place_nouns`."""
    spec = vocabulary.load("prose").get("taken_place_nouns") or {}
    if not spec:
        return None
    nouns = {str(n).casefold(): str(head) for head, forms in spec.items() for n in forms}
    nominal = re.compile(rf"\b[Tt]he\s+(?P<act>{alternation(nouns)})\s+of\s+{_PLACE}(?P<gap>\s+(?:on|in)\s+)")
    fell = re.compile(rf"(?:^|(?<=[.;]\s)|(?<=\n)){_PLACE}\s+(?:finally\s+|eventually\s+)?fell\s+on\s+")
    return nominal, fell, nouns


def taken_places(text: str, start: int, end: int, dates: list) -> list[tuple[str, int, object]]:
    """"In the week after the capture of Corvello on 25 October 1912", "Corvello fell on 27 October": (the name
    a table of engagements gives the taking, "capture of Corvello"; offset of the phrase; the FoundDate of its
    own day). A place may change hands again, so these meet nothing but that table's row (checks/single_value.py
    groups "occur" with a tabled event only)."""
    pats = _taking_patterns()
    if pats is None:
        return []
    if "fell" not in text[start:end]:
        folded = text[start:end].casefold()  # (once, not once a noun)
        if not any(n in folded for n in pats[2]):
            return []
    nominal, fell, nouns = pats
    out = []
    for m in nominal.finditer(text, start, end):
        f = next((f for f in dates if f.start == m.end()), None)
        if f is not None and isinstance(f.value, DateValue) and f.value.day is not None:
            out.append((f"{nouns[m.group('act').casefold()]} of {m.group('place')}", m.start(), f))
    for m in fell.finditer(text, start, end):
        if m.start() < start:
            continue
        f = next((f for f in dates if f.start == m.end()), None)
        if f is not None and isinstance(f.value, DateValue) and f.value.day is not None:
            out += [(f"{head} of {m.group('place')}", m.start(), f) for head in dict.fromkeys(nouns.values())]
    return out


# ------------------------------------------------------- a day's action placed at a named fight

@lru_cache(maxsize=1)
def _at_fight_patterns() -> tuple[re.Pattern, re.Pattern, frozenset[str]] | None:
    """(the opening "On <date>", "at [the] <Fight name>" after it, the fight heads: prose.yaml `day_fight_heads`)."""
    prose = vocabulary.load("prose")
    heads = [str(h) for h in prose.get("day_fight_heads") or ()]
    if not heads:
        return None
    name = rf"(?:{_CAP}\s+)*(?:{alternation(heads)})\b(?:\s+of\s+(?:the\s+)?{_CAP}(?:[\s-]+{_CAP})*)?"
    return (re.compile(r"\s*[\"'*_]*On\s+$"), re.compile(rf"\bat\s+(?:the\s+)?(?P<name>{name})"),
            frozenset(h.casefold() for h in heads))


def day_at_fight(text: str, start: int, end: int, dates: list, links: str | None) -> list[tuple[str, int, object]]:
    """"On 19 May 2327 Drach's squadrons met the Second Fleet at [[Battle of Tarsis Gate|Tarsis Gate]]", "On 30
    August, at the Battle of the Cinder Fells, X bound the wyrm": a sentence that opens with its one day and
    places what it tells at a fight of a day (a battle, a raid; not a siege or a war, whose days are many)
    dates that fight. (name, offset of the name, FoundDate); the name may be a link's label, its page the name.

    Words of another moment between the day and the fight ("two days after", "the eve of", "the anniversary
    of") make the day not the fight's; so does a clause break (";")."""
    pats = _at_fight_patterns()
    days = [f for f in dates if start <= f.start < end]
    if pats is None or len(days) != 1 or not isinstance(days[0].value, DateValue) or days[0].value.day is None:
        return []
    opening, at_name, heads = pats
    f = days[0]
    if not opening.fullmatch(text, start, f.start):
        return []
    targets = {}
    for pair in (links or "").split("\n"):
        label, _, page = pair.partition("=>")
        if label.strip() and heads & {w.casefold() for w in re.findall(r"[\w'’]+", page)}:
            targets[label.strip()] = page.strip()
    other = vocabulary.word_set("prose", "day_fight_other_moment")
    out = []
    for m in re.finditer(r"\bat\s+(?:the\s+)?", text[f.end:end]):
        at = f.end + m.end()
        between = text[f.end:f.end + m.start()]
        if ";" in between or other & {w.casefold() for w in re.findall(r"[\w'’-]+", between)}:
            break
        label = next((lab for lab in targets if text.startswith(lab, at)
                      and not text[at + len(lab):at + len(lab) + 1].isalnum()), None)
        if label is not None:
            out.append((targets[label], at, f))
            break
        named = at_name.match(text, f.end + m.start(), end)
        if named is not None and len(named.group("name").split()) > 1:
            out.append((named.group("name"), named.start("name"), f))
            break
    return out
