"""A total stated beside its itemised parts in one sentence.

"47 hulls: 29 carracks, 12 cutters and 6 hoys", "a squadron of 57
hulls made up of 9 frigates, 20 sloops and 28 brigs": a figure, a colon
or a word that introduces a complete breakdown (vocabulary `itemising_words`),
then two or more figures closed by "and". The total may also follow its parts:
"29 carracks, 12 cutters and 6 hoys, 47 hulls in all" (vocabulary
`summing_words_after` / `summing_words_before`). "Including", "among them" or "such
as" introduce a partial list and are never read. A sum far from the total
means the parts count something else ("2 armies comprising 10 divisions and
300 tanks"), so such a breakdown is not recorded: only a near miss is a
misadded total.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import vocabulary
from ..calendar import MONTH_NAMES
from .numbers import word_number

# the parts of a breakdown must sum to within this factor of the total to be its parts
_PLAUSIBLE_RATIO = 1.5
_NUM = r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?![\d,.]\d))"
_WORD = r"[^\W\d_][\w'’-]*"
_SEPARATOR = re.compile(r"\s*(,\s*and\s+|\s+and\s+|,\s*)")
_GOES_ON = re.compile(r"\s*,?\s*(?:plus|as well as|besides|in addition|together with|and)\b", re.I)
_FIGURE_AT = re.compile(_NUM)
# a part may carry a determiner before its figure: "... 350 militia and the 150 marines", "and another 40 mules"
_PART_DETERMINER = r"(?:(?:the|another|a\s+further|some\s+other)\s+)?"
_PART = re.compile(rf"{_PART_DETERMINER}(?P<num>{_NUM})\s+(?P<noun>{_WORD}(?:\s+{_WORD}){{0,2}})", re.I)


@dataclass(slots=True)
class Figure:
    value: int
    start: int
    end: int
    noun: str


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, frozenset[str], frozenset[str], frozenset[str], tuple[str, ...] | None]:
    prose = vocabulary.load("prose")
    links = sorted((str(w) for w in prose.get("itemising_words") or ()), key=len, reverse=True)
    link = "|".join(re.escape(w) for w in links) or "(?!)"
    # a colon, a dash ("2,850 men — 1,900 marines, ...") or a word that introduces the whole breakdown
    connector = re.compile(rf"\s*:\s*|\s+[—–]\s+|\s*—\s*|,?\s+(?:{link})\s+", re.I)
    stop = frozenset(str(w).casefold() for w in prose.get("itemised_stop_words") or ())
    approx = frozenset(str(w).casefold() for w in prose.get("approximate") or ())
    months = frozenset(m.casefold() for m in MONTH_NAMES) | {m[:3].casefold() for m in MONTH_NAMES}
    # the connector needs a colon or one of the words; in ASCII text case-insensitive matching is matching
    # the lower-cased text, and plain substring search is far cheaper than a case-insensitive regex scan
    lowered_links = tuple(w.lower() for w in links) if all(w.isascii() for w in links) else None
    return connector, stop, approx, months, lowered_links


def _may_connect(text: str, start: int, end: int, lowered_links: tuple[str, ...] | None) -> bool:
    """False only when no connector can match in text[start:end]."""
    if text.find(":", start, end) >= 0 or text.find("—", start, end) >= 0 or text.find(" – ", start, end) >= 0:
        return True
    piece = text[start:end]
    if lowered_links is None or not piece.isascii():
        return True
    piece = piece.lower()
    return any(w in piece for w in lowered_links)


def _noun(words: str, stop: frozenset[str]) -> str:
    """The counted noun: the words after a figure up to the first function word."""
    kept = []
    for w in words.split():
        if w.casefold() in stop:
            break
        kept.append(w)
    return " ".join(kept)


# "2,100,000 from Valdora, 950,000 from Ostwyn", "1,300 in the upper pits": the counted noun is the total's, left
# out; where the part is (a place, a branch, a unit) names it
_FROM_PLACE = re.compile(r"(?:from|in|at|on|aboard|within|along|across|among|around|near|outside|inside)\s+(?:the\s+)?([^\W\d_][\w'’-]*)")
# where such a part's phrase ends: before the next figure of the list, else at the clause's end
_NEXT_PART = re.compile(rf"(?:,\s*and\s+|\s+and\s+|,\s*)(?={_PART_DETERMINER}{_NUM}\s)")
_CLAUSE_END = re.compile(r"[,;:.()\[\]]|\s[—–-]\s")
_PLACE_CHARS = 80


def _from_place(text: str, at: int, end: int, months: frozenset[str]) -> str:
    """The phrase naming where a part is: up to the next figure of the list, or to the clause's end
    ("740 in the Dunn and Alder cuts and 380 at the wharves")."""
    m = _FROM_PLACE.match(text, at, end)
    if m is None or m.group(1).casefold() in months:
        return ""
    limit = min(end, at + _PLACE_CHARS)
    nxt = _NEXT_PART.search(text, m.end(1), limit)
    stop = _CLAUSE_END.search(text, m.end(1), limit)
    if nxt is not None and (stop is None or stop.start() >= nxt.start()):
        phrase_end = nxt.start()
    elif stop is not None:
        phrase_end = stop.start()
    else:
        phrase_end = limit if limit == end else -1
    phrase = text[at:phrase_end] if phrase_end > at else ""
    return "" if any(c.isdigit() for c in phrase) else phrase.rstrip()


def _approximate(text: str, at: int, approx: frozenset[str]) -> bool:
    before = text[max(0, at - 16):at].casefold().split()
    return bool(before) and (before[-1] in approx or " ".join(before[-2:]) in approx)


def _countable(noun: str, months: frozenset[str]) -> bool:
    first = noun.split()[0].casefold() if noun else ""
    return bool(first) and first not in months and first not in ("million", "billion", "thousand", "hundred",
                                                                    "per", "percent", "%")


@lru_cache(maxsize=1)
def _summing() -> tuple[re.Pattern, tuple[str, ...]]:
    """The total after a closed list: ", 1,215 members in all", "; a total of 1,215", " — 61 altogether"."""
    prose = vocabulary.load("prose")
    after = sorted((str(w) for w in prose.get("summing_words_after") or ()), key=len, reverse=True)
    before = sorted((str(w) for w in prose.get("summing_words_before") or ()), key=len, reverse=True)
    alt = lambda words: "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    tail = re.compile(
        rf"\s*(?:[,;:]|\s[—–-])\s*(?:(?P<lead>{alt(before)})\s+)?(?P<num>{_NUM})"
        rf"(?:(?:\s+(?P<noun>{_WORD}(?:\s+{_WORD}){{0,2}}?))??\s+(?P<after>{alt(after)})\b)?", re.I)
    return tail, tuple(w.lower() for w in after + before)


def _trailing_totals(text: str, start: int, end: int, stop, approx, months) -> list[tuple[Figure, list[Figure]]]:
    """Lists of two or more figures closed by "and" and followed by the figure they add up to."""
    tail_pattern, words = _summing()
    low = text[start:end].lower()
    if not any(w in low for w in words):
        return []
    found = []
    taken = start
    for m in _FIGURE_AT.finditer(text, start, end):
        if m.start() < taken:
            continue
        parts = _parts(text, m.start(), end, stop, approx, months)
        if len(parts) < 2:
            continue
        last = _PART.match(text, parts[-1].start, end)
        tail = tail_pattern.match(text, last.start("noun") + len(parts[-1].noun), end)
        taken = parts[-1].end
        if tail is None or not (tail.group("lead") or tail.group("after")) or \
                _approximate(text, tail.start("num"), approx):
            continue
        total = Figure(int(tail.group("num").replace(",", "")), tail.start("num"), tail.end("num"),
                       tail.group("noun") or "total")
        summed = sum(p.value for p in parts)
        if total.value > 0 and all(p.value <= total.value for p in parts) and \
                total.value / _PLAUSIBLE_RATIO <= summed <= total.value * _PLAUSIBLE_RATIO:
            found.append((total, parts))
        taken = tail.end()
    return found


_TOTAL_BEFORE = re.compile(rf"(?P<num>{_NUM})\s+(?P<noun>{_WORD}(?:\s+{_WORD}){{0,3}})\s*$")
# "forty-two hulls: 25 salt barges, ...": a total written in words (tried from the right, so the
# number word nearest the connector is the total's)
_SPELLED_TOTAL_BEFORE = [re.compile(rf"(?<![\w'’-])(?P<num>[a-z]+(?:-[a-z]+)?)\s+(?P<noun>{_WORD}(?:\s+{_WORD}){{{n}}})\s*$")
                         for n in range(4)]


def _spelled_total_before(text: str, start: int, end: int) -> re.Match | None:
    for pattern in _SPELLED_TOTAL_BEFORE:
        m = pattern.search(text, start, end)
        if m is not None and (n := word_number(m.group("num"))) is not None and n > 1:
            return m
    return None


def _figure_value(num: str) -> int | None:
    if num[:1].isdigit():
        return int(num.replace(",", ""))
    return word_number(num)


def itemised_totals(text: str, start: int, end: int) -> list[tuple[Figure, list[Figure]]]:
    """Every (total, parts) breakdown in text[start:end] (offsets into `text`)."""
    if text.count(",", start, end) + text.count(" and ", start, end) == 0:
        return []
    connector, stop, approx, months, lowered_links = _words()
    found = _trailing_totals(text, start, end, stop, approx, months)
    if not _may_connect(text, start, end, lowered_links):
        return found
    for c in connector.finditer(text, start, end):
        head = _TOTAL_BEFORE.search(text, max(start, c.start() - 60), c.start()) \
            or _spelled_total_before(text, max(start, c.start() - 60), c.start())
        if head is None:
            continue
        noun = _noun(head.group("noun"), stop)
        if not noun or not _countable(noun, months) or _approximate(text, head.start(), approx):
            continue
        value = _figure_value(head.group("num"))
        if value is None:
            continue
        total = Figure(value, head.start("num"), head.end("num"), noun)
        parts = _parts(text, c.end(), end, stop, approx, months, open_end=any(ch in c.group() for ch in ":—–"))
        if len(parts) < 2 or total.value <= 0:
            continue
        summed = sum(p.value for p in parts)
        if any(p.value > total.value for p in parts) or \
                not total.value / _PLAUSIBLE_RATIO <= summed <= total.value * _PLAUSIBLE_RATIO:
            continue
        found.append((total, parts))
    return found


def _qualified_tail(text: str, at: int, end: int) -> int:
    """Where a part's qualifying phrase ("of the harbour watch") ends: just before the separator
    that leads to the next figure, when nothing but words lie between; else -1."""
    nxt = _NEXT_PART.search(text, at, min(end, at + _PLACE_CHARS))
    if nxt is None:
        return -1
    between = text[at:nxt.start()]
    if _CLAUSE_END.search(between) or any(c.isdigit() for c in between):
        return -1
    return nxt.start()


# the end of an asyndetic list after a colon or dash: the sentence, the line or the text ends
_LIST_ENDS = re.compile(r"[ \t]*(?:[.;]|\n|$)")


def _parts(text: str, at: int, end: int, stop, approx, months, open_end: bool = False) -> list[Figure]:
    """Figures separated by commas, the last one after "and"; [] unless the list closes that way
    (or, with `open_end`, runs to the sentence's end: the colon or dash before it says it is whole)."""
    parts: list[Figure] = []
    closed = False
    while True:
        m = _PART.match(text, at, end)
        if m is None or _approximate(text, m.start(), approx):
            return []
        noun = _noun(m.group("noun"), stop) or _from_place(text, m.start("noun"), end, months)
        if not _countable(noun, months):
            return []
        parts.append(Figure(int(m.group("num").replace(",", "")), m.start("num"), m.end("num"), noun))
        if closed:
            # "2 fleet carriers and 2 light carriers, plus 1 escort carrier": the list goes on
            return [] if _GOES_ON.match(text, m.start("noun") + len(noun), end) else parts
        tail = m.start("noun") + len(noun)
        sep = _SEPARATOR.match(text, tail, end)
        if sep is None and open_end and len(parts) >= 2 and _LIST_ENDS.match(text, tail, end):
            return parts  # "340 hulls — 120 barges, 96 liners, 88 escorts" and the sentence ends
        if sep is None:
            # "640 sailors of the harbour watch and 260 gendarmes": a phrase qualifies the part's noun
            tail = _qualified_tail(text, tail, end)
            sep = _SEPARATOR.match(text, tail, end) if tail >= 0 else None
        if sep is None or not _PART.match(text, sep.end(), end):
            return []  # the list stops without "and": not a whole breakdown (or not a list)
        closed = "and" in sep.group(1)
        at = sep.end()


# ------------------------------------------------------------------ partitions
#
# "Of the twenty sail that entered the strait, three were sunk and four were taken; the other eleven escaped",
# "Of its 21,400 staff, 9,300 work at the pits, 6,850 at the refinery and 4,150 ashore", "Thirty-eight wardens
# came. 22 wardens voted for the sun, 14 for the moon, and 3 abstained": a whole counted once, then split into
# clauses each opening with its figure (in digits or words). Such a list is whole only when it says so: its last
# part is "the other / the remaining ..." or it has three parts or more. Its parts come near the whole (a list
# far from it tells something else: "of the 40 ships, 12 were sunk and 10 burned").

_PARTITION_RATIO = 1.2
_SPELLED = r"[a-z]+(?:-[a-z]+)?"
_COUNT = rf"(?:{_NUM}|{_SPELLED})"
_REMAINDER_CUES = ("the other", "the remaining", "the last", "the rest of the")
_PARTITION_HEAD = re.compile(
    rf"(?P<det>the\s+other|the\s+remaining|the\s+last|the\s+rest\s+of\s+the|another|a\s+further|the)?\s*"
    rf"(?<![\w,.])(?P<num>{_COUNT})(?![\w,.]\w)", re.I)
_PARTITION_SEP = re.compile(r"\s*(?:[,;]\s*and|[,;]|and)\s+", re.I)
# "Of the twenty sail", "Of its 21,400 staff", "Of these," (the whole is the count of the sentence before)
_OF_WHOLE = re.compile(rf"\s*of\s+(?:(?:the|its|their|his|her|our|all|all\s+the)\s+)?(?P<num>{_COUNT})\s+(?P<noun>{_WORD})", re.I)
_OF_THESE = re.compile(r"\s*of\s+(?:these|those|them)\b", re.I)
_COUNTED = re.compile(rf"(?<![\w,.])(?P<num>{_COUNT})\s+(?P<noun>{_WORD})", re.I)
_PREVIOUS_SENTENCE_CHARS = 400
_CLAUSE_OPENING = re.compile(r",\s+")


_NOT_COUNTED = frozenset({"of", "per", "percent", "%", "o'clock", "year", "years", "month", "months", "week",
                          "weeks", "day", "days", "hour", "hours", "times"})


def _count_value(num: str) -> int | None:
    """A count in digits or words; "a" and "an" are articles here."""
    if num.casefold() in ("a", "an"):
        return None
    return _figure_value(num)


def _clause_part(text: str, at: int, end: int, months: frozenset[str]) -> tuple[Figure, bool] | None:
    """The figure opening a part's clause at `at` and whether it is the remainder ("the other eleven")."""
    m = _PARTITION_HEAD.match(text, at, end)
    if m is None:
        return None
    value = _count_value(m.group("num"))
    after = text[m.end():m.end() + 24].split()
    if value is None or not after or not _countable(after[0].strip(",.;"), months) or \
            after[0].strip(",.;").casefold() in _NOT_COUNTED:
        return None
    det = " ".join((m.group("det") or "").casefold().split())
    return Figure(value, m.start("num"), m.end("num"), ""), det in _REMAINDER_CUES


def _partition_parts(text: str, at: int, end: int, months: frozenset[str]) -> tuple[list[Figure], bool] | None:
    """Clauses from `at`, each opening with a figure, parted by commas, semicolons and "and"."""
    parts: list[Figure] = []
    closed = False
    while True:
        found = _clause_part(text, at, end, months)
        if found is None:
            return None
        figure, remainder = found
        parts.append(figure)
        if remainder:
            return parts, True
        nxt = None
        for sep in _PARTITION_SEP.finditer(text, figure.end, end):
            if any(c.isdigit() for c in text[figure.end:sep.start()]) or "." in text[figure.end:sep.start()]:
                break
            candidate = _clause_part(text, sep.end(), end, months)
            if candidate is not None:
                nxt = (sep, candidate)
                break
        if nxt is None:
            return (parts, False) if closed else None
        sep, (_, next_remainder) = nxt
        if closed and not next_remainder:
            return parts, False
        closed = closed or "and" in sep.group().casefold()
        at = sep.end()


def _previous_count(text: str, start: int, noun: str | None, months: frozenset[str]) -> Figure | None:
    """The count stated in the sentence before `start` (of `noun` when given, else its last one)."""
    lo = max(0, start - _PREVIOUS_SENTENCE_CHARS)
    before = text[lo:start].rstrip()
    if not before.endswith((".", "!", "?")):
        return None
    cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("? ", 0, len(before) - 1),
              before.rfind("! ", 0, len(before) - 1))
    if cut < 0 and lo > 0:
        return None
    counts = []
    for m in _COUNTED.finditer(text, lo + cut + 1, lo + len(before)):
        value = _count_value(m.group("num"))
        word = m.group("noun").casefold()
        if value is None or not _countable(word, months) or word in _NOT_COUNTED or \
                noun is not None and word != noun:
            continue
        counts.append(Figure(value, m.start("num"), m.end("num"), m.group("noun")))
    return counts[-1] if counts else None


_SINGULAR_VERBS = frozenset({"was", "is", "has", "does", "goes"})


def _names_other_noun(text: str, part: Figure, noun: str) -> bool:
    """A part followed by a plural noun other than the whole's counts something else ("140 tanks" after
    "trucks"); after a plural figure a verb does not end in -s ("14 voted", "3 abstained", "4 were taken")."""
    after = text[part.end:part.end + 24].split()
    word = after[0].strip(",.;:").casefold() if after else ""
    return word.endswith("s") and word not in _SINGULAR_VERBS and word != noun.casefold()


def partitions(text: str, start: int, end: int) -> list[tuple[Figure, list[Figure]]]:
    """A whole and the clauses it is split into, in text[start:end] (offsets into `text`)."""
    _, _, _, months, _ = _words()
    whole = None
    at = -1
    lead = _OF_WHOLE.match(text, start, end)
    if lead is not None and (value := _count_value(lead.group("num"))) is not None:
        whole = Figure(value, lead.start("num"), lead.end("num"), lead.group("noun"))
        comma = text.find(",", lead.end(), end)
        at = comma + 1 if comma >= 0 else -1
    elif (these := _OF_THESE.match(text, start, end)) is not None:
        whole = _previous_count(text, start, None, months)
        comma = text.find(",", these.end(), min(end, these.end() + 40))
        at = comma + 1 if comma >= 0 else -1
    else:  # "Thirty-eight wardens came. ..., 22 wardens voted ...": the first part repeats the whole's noun
        for comma in [None, *_CLAUSE_OPENING.finditer(text, start, end)]:
            m = _COUNTED.match(text, start if comma is None else comma.end(), end)
            if m is None or _count_value(m.group("num")) is None:
                continue
            whole = _previous_count(text, start, m.group("noun").casefold(), months)
            at = m.start()
            break
    if whole is None or at < 0:
        return []
    found = _partition_parts(text, at, end, months)
    if found is None:
        return []
    parts, remainder = found
    if lead is None and any(_names_other_noun(text, p, whole.noun) for p in parts):
        return []  # "... 1,400 trucks. Then 800 trucks, 140 tanks and 380 guns ...": a list of other things
    summed = sum(p.value for p in parts)
    if len(parts) < 2 or not remainder and len(parts) < 3 or any(p.value >= whole.value for p in parts) or \
            not whole.value / _PARTITION_RATIO <= summed <= whole.value * _PARTITION_RATIO:
        return []
    for p in parts:
        p.noun = whole.noun
    return [(whole, parts)]
