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
from ..vocabulary import alternation
from ..calendar import MONTH_NAMES
from .numbers import figures_in_digits, spelled_number, word_number

# the parts of a breakdown must sum to within this factor of the total to be its parts
_PLAUSIBLE_RATIO = 1.5
_NUM = r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?![\d,.]\d))"
_WORD = r"[^\W\d_][\w'’-]*"
_SEPARATOR = re.compile(r"\s*(,\s*and\s+|\s+and\s+|,\s*)")
_GOES_ON = re.compile(r"\s*,?\s*(?:plus|as well as|besides|in addition|together with|and)\b"
                      r"|\s*,\s*(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:more|others?|further)\b", re.I)
_FIGURE_AT = re.compile(_NUM)
# "roughly 62,300 civilians", "some 25,900 people": an estimate given to three figures or more is read as a part or
# a total (the checker allows it its last digits' grain); a round one ("some 25,000") may hide anything and is not
_ROUNDING = r"(?:about|around|approximately|roughly|some|circa|c\.|an\s+estimated|estimated)"
_ROUNDING_AT = re.compile(rf"(?P<qual>{_ROUNDING})\s+(?={_NUM})", re.I)


def _precise_estimate(num: str) -> bool:
    """"62,300", "25,900", "9,450": three significant figures or more."""
    return len(num.replace(",", "").rstrip("0")) >= 3


# a part may carry a determiner before its figure: "... 350 militia and the 150 marines", "and another 40 mules"
_PART_DETERMINER = r"(?:(?:the\s+(?:remaining|other|last)|the|another|a\s+further|some\s+other)\s+)?"
_PART = re.compile(rf"{_PART_DETERMINER}(?:(?P<qual>{_ROUNDING})\s+)?(?P<num>{_NUM})\s+(?P<noun>{_WORD}(?:\s+{_WORD}){{0,2}})", re.I)
# "the ore barges 4,210, the punts 1,905 and the carts 760": after a first "figure noun" part, the others may
# name what they count before the figure (the verb and noun of the first part understood)
_GAPPED_PART = re.compile(rf"(?:the\s+)?(?P<noun>{_WORD}(?:\s+{_WORD}){{0,3}}?)\s+(?P<num>{_NUM})(?=\s*(?:,|;|\.|\s+and\s|$))", re.I)


@dataclass(slots=True)
class Figure:
    value: int
    start: int
    end: int
    noun: str
    qualifier: str | None = None  # "roughly 62,300": a precise estimate, checked with its own grain of slack
    phrase_end: int = -1  # where the part's phrase ends, when its figure is not first ("the escorts 15,900")



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
# ("240 of the Police Mobile Force": a named body the part is drawn from, as "from the ...")
_FROM_PLACE = re.compile(r"(?:from|in|at|on|aboard|within|along|across|among|around|near|outside|inside|of(?=\s+the\s+[A-Z]))"
                         r"\s+(?:the\s+)?([^\W\d_][\w'’-]*)")
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
    # a year in it ("the dye-works Edwin had opened in 1882") dates the place; another figure is a count of its own
    return phrase.rstrip() if _only_non_counts(phrase) else ""


def _approximate(text: str, at: int, approx: frozenset[str]) -> bool:
    before = text[max(0, at - 16):at].casefold().split()
    return bool(before) and (before[-1] in approx or " ".join(before[-2:]) in approx)


_ROUNDING_WORD = re.compile(_ROUNDING, re.I)


def _estimate(text: str, at: int, num: str, approx: frozenset[str]) -> tuple[bool, str | None]:
    """(readable, qualifier) for the figure `num` at `at`: a bare figure, or a precise estimate ("roughly
    62,300"); a round estimate or a bound ("some 25,000", "over 900") is not readable as a part or total."""
    if not _approximate(text, at, approx):
        return True, None
    word = text[max(0, at - 16):at].split()[-1]
    return bool(_ROUNDING_WORD.fullmatch(word)) and _precise_estimate(num), word.casefold()


def _countable(noun: str, months: frozenset[str]) -> bool:
    first = noun.split()[0].casefold() if noun else ""
    return bool(first) and first not in months and first not in ("million", "billion", "thousand", "hundred",
                                                                    "per", "percent", "%")


@lru_cache(maxsize=1)
def _summing() -> tuple[re.Pattern, tuple[str, ...]]:
    """The total after a closed list: ", 1,215 members in all", "; a total of 1,215", " — 61 altogether",
    ", making up the 1,215 who ..."."""
    prose = vocabulary.load("prose")
    after = [str(w) for w in prose.get("summing_words_after") or ()]
    before = [str(w) for w in prose.get("summing_words_before") or ()]
    tail = re.compile(
        rf"\s*(?:[,;:]|\s[—–-])\s*(?:(?P<lead>{alternation(before)})\s+(?:the\s+)?)?(?:{_ROUNDING}\s+)?(?P<num>{_NUM})"
        rf"(?:(?:\s+(?P<noun>{_WORD}(?:\s+{_WORD}){{0,2}}?))??\s+(?P<after>{alternation(after)})\b)?", re.I)
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
        tail = tail_pattern.match(text, parts[-1].phrase_end, end)
        taken = parts[-1].end
        if tail is None or not (tail.group("lead") or tail.group("after")):
            continue
        readable, qualifier = _estimate(text, tail.start("num"), tail.group("num"), approx)
        if not readable:
            continue
        total = Figure(int(tail.group("num").replace(",", "")), tail.start("num"), tail.end("num"),
                       tail.group("noun") or "total", qualifier)
        singles = _single_members_before(text, start, parts[0].start)
        if singles is None:
            taken = tail.end()
            continue
        parts = singles + parts
        summed = sum(p.value for p in parts)
        if total.value > 0 and all(p.value <= total.value for p in parts) and \
                total.value / _PLAUSIBLE_RATIO <= summed <= total.value * _PLAUSIBLE_RATIO:
            found.append((total, parts))
        taken = tail.end()
    return found


def _single_members_before(text: str, start: int, at: int) -> list[Figure] | None:
    """"The Council consisted of the Governor, the Director of Trade, four ordinary and two extraordinary
    councillors, eight members in all": a list that opens with named single members before its first figure
    counts each of them once. None when what comes before the figure cannot be read as such a list."""
    start = max(start, at - _SINGLES_REACH)
    before = text[start:at]
    if not re.search(r"(?:,|\band)\s*$", before[-12:]):
        return []
    opener = None
    for opener in _LIST_OPENER.finditer(before):
        pass
    if opener is None:
        return None
    out = []
    offset = start + opener.end()
    for m in re.finditer(r"[^,]+", before[opener.end():]):
        item = re.sub(r"^\s*(?:and\s+)?", "", m.group())
        if not item.strip():
            continue
        if not _SINGLE_MEMBER.match(item) or re.search(r"\d", item):
            return None
        lead = m.start() + m.group().find(item)
        out.append(Figure(1, offset + lead, offset + lead + len(item.rstrip()), item.strip()))
    return out


_SINGLES_REACH = 240  # characters back from the first figure a list of single members may open
# where a list of members opens: "consisted of", "comprised", "were", a colon
_LIST_OPENER = re.compile(r"(?:\b(?:consisted|consisting|composed|made up|comprised|comprising|included|including|were)"
                          r"(?:\s+of)?|:)\s+", re.I)
# one named member: "the Governor-General", "a secretary", "the Director of Trade and Posts"
_SINGLE_MEMBER = re.compile(r"\s*(?:the|a|an|its|his|her|their)\s+[^\s]+(?:\s+[^\s]+){0,5}\s*(?:and\s*)?$", re.I)


_TOTAL_BEFORE = re.compile(rf"(?P<num>{_NUM})\s+(?P<noun>{_WORD}(?:\s+{_WORD}){{0,3}})\s*$")
# "forty-two hulls: 25 salt barges, ...": a total written in words (tried from the right, so the
# number word nearest the connector is the total's)
_SPELLED_TOTAL_BEFORE = [re.compile(rf"(?<![\w'’-])(?P<num>[a-z]+(?:-[a-z]+)?)\s+(?P<noun>{_WORD}(?:\s+{_WORD}){{{n}}})\s*$")
                         for n in range(4)]
# "2,300 dead for the year 490:", "25,900 people died in the war:", "at 11,200 men, was made up of": the total's
# figure and noun, then words that tell of it (a year or a range among them) before the connector
_COUNT_AT = re.compile(rf"(?P<num>{_NUM})\s+(?P<noun>{_WORD})")
_TOTAL_REACH = 100
_GAP_BREAKS = re.compile(r"[.;:()!?\[\]]|\b(?:and|but|while|whereas|although|though)\b", re.I)
# figures that count nothing: a year after its noun or a preposition of time, a range of years
# ("Kalis-2", "B-17": a number hyphened to a name names a model, it counts nothing)
_NON_COUNT = re.compile(r"(?:\b(?:years?|in|of|for|from|since|until|till|to|by|AD|AH)\s+)?\d+(?:\s*[-–/]\s*\d+)"
                        r"|\b(?:years?|in|of|for|from|since|until|till|to|by|AD|AH)\s+\d+|(?<=[A-Za-z]-)\d+\b", re.I)


def _only_non_counts(gap: str) -> bool:
    return not any(c.isdigit() for c in _NON_COUNT.sub(" ", gap))


def _total_told_before(text: str, start: int, at: int, stop, months) -> re.Match | None:
    """The nearest "figure noun" before the connector at `at`, with nothing between but words telling of it."""
    found = None
    for m in _COUNT_AT.finditer(text, max(start, at - _TOTAL_REACH), at):
        noun = _noun(m.group("noun"), stop)
        if noun and _countable(noun, months) and noun.casefold() not in _NOT_COUNTED:
            found = m
    if found is None:
        return None
    gap = text[found.end("noun"):at]
    return found if not _GAP_BREAKS.search(gap) and _only_non_counts(gap) else None


_SPELLED_LEAD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")


def _spelled_total_before(text: str, start: int, end: int) -> tuple[int, int, re.Match] | None:
    """(value, start, match) of a total in words ending the text before a connector: "forty-two hulls",
    "one hundred and forty battle-mages during the war" (the number's first word found from the right)."""
    for pattern in _SPELLED_TOTAL_BEFORE:
        m = pattern.search(text, start, end)
        if m is None or (n := word_number(m.group("num"))) is None or n <= 1:
            continue
        at = m.start("num")
        for w in _SPELLED_LEAD.finditer(text, max(start, at - 40), at):
            if (value := spelled_number(text[w.start():m.end("num")])) is not None:
                return value, w.start(), m
        return n, at, m
    return None


# "It now holds 55,000: 38,000 seated ... and 19,000 standing ...": a grouped figure right before the colon is
# the total its parts add up to, though it names no noun (a grouped figure is no year)
_BARE_TOTAL = re.compile(r"(?<![\w,.])(?P<num>\d{1,3}(?:,\d{3})+)\s*$")


def _total_heads(text: str, start: int, at: int, stop, approx, months, open_end: bool) -> list[Figure]:
    """The figures before the connector at `at` that may be the breakdown's total, nearest first: "figure
    noun" right before it, a total in words, a figure with words telling of it ("1,240 hands across its three
    sites"), and after a colon a bare grouped figure."""
    near = max(start, at - 60)
    heads = []
    told = _TOTAL_BEFORE.search(text, near, at)
    if told is not None:
        heads.append((_figure_value(told.group("num")), told.start("num"), told))
    if (spelled := _spelled_total_before(text, near, at)) is not None:
        heads.append(spelled)
    if (told := _total_told_before(text, start, at, stop, months)) is not None:
        heads.append((_figure_value(told.group("num")), told.start("num"), told))
    out = []
    for value, num_start, m in heads:
        noun = _noun(m.group("noun"), stop)
        readable, qualifier = _estimate(text, num_start, text[num_start:m.end("num")], approx)
        if noun and _countable(noun, months) and readable and value is not None:
            out.append(Figure(value, num_start, m.end("num"), noun, qualifier))
    if open_end and text[at:at + 3].lstrip().startswith(":") and (bare := _BARE_TOTAL.search(text, near, at)):
        readable, qualifier = _estimate(text, bare.start("num"), bare.group("num"), approx)
        if readable:
            out.append(Figure(_figure_value(bare.group("num")), bare.start("num"), bare.end("num"), "total", qualifier))
    return out


def _figure_value(num: str) -> int | None:
    if num[:1].isdigit():
        return int(num.replace(",", ""))
    return word_number(num)


def _adds_near(total: Figure, parts: list[Figure], ratio: float = _PLAUSIBLE_RATIO) -> bool:
    summed = sum(p.value for p in parts)
    return len(parts) >= 2 and total.value > 0 and all(p.value <= total.value for p in parts) and \
        total.value / ratio <= summed <= total.value * ratio


# "291 delegates attended, 186 burghers, 81 knights and 14 clerics": a first count told by a verb or phrase,
# then the rest, close to it: the first is the total the others break down. Without the words after the first
# noun ("1,200 foot, 800 horse and 300 dragoons") every figure is a part of nothing.
_APPOSITIVE_RATIO = 1.1
_TELLING_VERB = re.compile(r"[a-z]{3,}ed|were|was|came|sat|met|took|fell|died|stood|went", re.I)


def _appositive_total(text: str, parts: list[Figure]) -> tuple[Figure, list[Figure]] | None:
    if len(parts) < 4:
        return None
    first, rest = parts[0], parts[1:]
    clause = text[first.end:rest[0].start]
    if "," not in clause or not any(_TELLING_VERB.fullmatch(w) for w in clause.split(",")[0].split()[1:]):
        return None
    return (first, rest) if _adds_near(first, rest, _APPOSITIVE_RATIO) else None


# "The steward's ledger sums the whole at 6,630 crowns.": a list after a colon with no total of its own, and the
# next sentence stating one figure of the same noun with a word that sums
_CLOSING_REACH = 240


def _closing_total(text: str, end: int, parts: list[Figure], approx, months, stop) -> Figure | None:
    nouns = {p.noun.casefold() for p in parts}
    if len(nouns) != 1:
        return None
    stop_at = min(len(text), end + _CLOSING_REACH)
    m = re.search(r"[.!?](?=\s|$)", text[end:stop_at])
    sentence_end = end + m.end() if m else stop_at
    low = text[end:sentence_end].lower()
    _, words = _summing()
    if not any(w in low for w in words + _closing_words()):
        return None
    counts = [c for c in _COUNT_AT.finditer(text, end, sentence_end) if not _NON_COUNT.search(
        text[max(end, c.start() - 8):c.end()])]
    if len(counts) != 1 or _noun(counts[0].group("noun"), stop).casefold() not in nouns:
        return None
    c = counts[0]
    readable, qualifier = _estimate(text, c.start("num"), c.group("num"), approx)
    if not readable:
        return None
    return Figure(int(c.group("num").replace(",", "")), c.start("num"), c.end("num"), c.group("noun"), qualifier)


@lru_cache(maxsize=1)
def _closing_words() -> tuple[str, ...]:
    return tuple(str(w).lower() for w in vocabulary.load("prose").get("closing_sum_words") or ())


_DIGIT = re.compile(r"\d")
# "1938: Of the 46 sessions ...", "1851-61: 47 crossings, ...": a list item's own label, its year, before its colon
# (a label in words, "These were: 310 from Hesk, ...", is the lead of the breakdown that follows)
_LEAD_LABEL = re.compile(r"[ \t]*\d{4}(?:\s*[-–]\s*\d{2,4})?[ \t]*:[ \t]+(?=\S)")


def breakdowns(text: str, start: int, end: int) -> list[tuple[Figure, list[Figure]]]:
    """Every (total, parts) breakdown and partition in text[start:end] (offsets into `text`), its figures in
    digits, in words or with a currency sign (see numbers.figures_in_digits), after a list item's label; the
    figures' spans are as written."""
    if (label := _LEAD_LABEL.match(text, start, end)) is not None:
        start = label.end()
    found = itemised_totals(text, start, end) + partitions(text, start, end) if _DIGIT.search(text, start, end) else []
    plain, moved = figures_in_digits(text, start, end)
    if not moved:
        return found
    # the figures in digits read as written first: a number in words between a total and its colon
    # ("1,240 hands across its three sites: 610 at ...") tells of the total, it is no count of its own
    taken = {fig.start for total, parts in found for fig in (total, *parts)}
    for total, parts in itemised_totals(plain, start, end) + partitions(plain, start, end):
        for fig in (total, *parts):
            fig.start = moved.get(fig.start, fig.start)
        if not any(fig.start in taken for fig in (total, *parts)):
            found.append((total, parts))
    return found


# a list's lead that points back to the count of the sentence before: "The tally breaks them down by vehicle:"
_REFERS_BACK = re.compile(r"\b(?:them|these|those|this\s+total|the\s+total)\b", re.I)


def itemised_totals(text: str, start: int, end: int) -> list[tuple[Figure, list[Figure]]]:
    """Every (total, parts) breakdown in text[start:end] (offsets into `text`)."""
    if text.count(",", start, end) + text.count(" and ", start, end) == 0:
        return []
    connector, stop, approx, months, lowered_links = _words()
    found = _trailing_totals(text, start, end, stop, approx, months)
    found += _relative_breakdowns(text, start, end, stop, approx, months)
    if not _may_connect(text, start, end, lowered_links):
        return found
    for c in connector.finditer(text, start, end):
        open_end = any(ch in c.group() for ch in ":—–")
        heads = _total_heads(text, start, c.start(), stop, approx, months, open_end)
        if not heads and not open_end:
            continue
        parts = _parts(text, c.end(), end, stop, approx, months, open_end=open_end)
        if len(parts) < 2:
            continue
        # the nearest figure before the connector that the parts come near is their total
        total = next((h for h in heads if _adds_near(h, parts)), None)
        if total is not None:
            found.append((total, parts))
        elif (appositive := _appositive_total(text, parts)) is not None:
            found.append(appositive)
        elif open_end and (closing := _closing_total(text, end, parts, approx, months, stop)) is not None \
                and _adds_near(closing, parts):
            found.append((closing, parts))
        elif open_end and _REFERS_BACK.search(text, start, c.start()) \
                and (opening := _previous_count(text, start, None, months)) is not None and _adds_near(opening, parts):
            found.append((opening, parts))  # "... 1,212 launches. The tally breaks them down by vehicle: 312 ..."
    return _distinct(found)


# "146 souls aboard, of whom 58 were soldiers, 71 were settlers and the remaining 19 were seamen": a total, then
# its parts each told by a verb after a relative "of whom" / "of which"
_RELATIVE = re.compile(r",?\s+of\s+(?:whom|which|these|them|those)\s+", re.I)
_TOLD_LEAD = r"(?:the\s+(?:remaining|other|last|rest,?)\s+|another\s+|a\s+further\s+)?"
_TOLD_PART = re.compile(rf"{_TOLD_LEAD}(?P<num>{_NUM})\s+(?:were|was|are|being)\s+(?P<noun>[^,;.:()]{{1,80}}?)"
                        rf"(?=\s*(?:[,;.]|$)|\s+and\s+{_TOLD_LEAD}{_NUM})", re.I)
_WHOLE_CUE = re.compile(r".*\b(?:remaining|other|rest,?)\s+$", re.I | re.S)
_NEAR_MISS_RATIO = 1.02
_TOLD_SEPARATOR = re.compile(r"\s*(,\s*and\s+|\s+and\s+|,\s*)")


def _relative_breakdowns(text: str, start: int, end: int, stop, approx, months) -> list[tuple[Figure, list[Figure]]]:
    """A total, "of whom" and two or more parts each with its verb ("58 were soldiers"), the last after
    "and", closing the sentence: every one of the total is accounted for."""
    low = text[start:end].lower()
    if " of whom " not in low and " of which " not in low and " of these " not in low and " of them " not in low:
        return []
    found = []
    for c in _RELATIVE.finditer(text, start, end):
        head = _total_told_before(text, start, c.start(), stop, months)
        if head is None:
            continue
        readable, qualifier = _estimate(text, head.start("num"), head.group("num"), approx)
        value = _figure_value(head.group("num"))
        if not readable or value is None:
            continue
        parts, at, closed = [], c.end(), False
        while True:
            m = _TOLD_PART.match(text, at, end)
            if m is None or not _estimate(text, m.start("num"), m.group("num"), approx)[0]:
                parts = []
                break
            noun = _noun(m.group("noun").strip(), stop) or m.group("noun").strip()
            parts.append(Figure(int(m.group("num").replace(",", "")), m.start("num"), m.end("num"), noun, None,
                                m.end("noun")))
            if closed:
                break
            sep = _TOLD_SEPARATOR.match(text, m.end(), end)
            if sep is None:
                parts = []
                break
            closed = "and" in sep.group(1)
            at = sep.end()
        if not parts or _goes_on(text, parts[-1].phrase_end, end) or not _LIST_ENDS.match(text, parts[-1].phrase_end, end):
            continue
        total = Figure(value, head.start("num"), head.end("num"), _noun(head.group("noun"), stop), qualifier)
        # "the remaining 19", "the other 40": the list is whole; without such a word only a near miss is misadded
        whole = bool(_WHOLE_CUE.match(text, parts[-1].start - 20 if parts[-1].start >= 20 else 0, parts[-1].start))
        if _adds_near(total, parts, _PLAUSIBLE_RATIO if whole else _NEAR_MISS_RATIO):
            found.append((total, parts))
    return found


def _distinct(found: list[tuple[Figure, list[Figure]]]) -> list[tuple[Figure, list[Figure]]]:
    """One breakdown per total (the trailing and the connector readings may both find it)."""
    seen, kept = set(), []
    for total, parts in found:
        if total.start not in seen:
            seen.add(total.start)
            kept.append((total, parts))
    return kept


_NAME_LIST_COMMA = re.compile(r"\b([A-Z][a-z]+),\s+(?=[A-Z][a-z]+(?:,|\s+and\s+[A-Z]))")


def _qualified_tail(text: str, at: int, end: int) -> int:
    """Where a part's qualifying phrase ("of the harbour watch", "for the years 1410-1415") ends: just before
    the separator that leads to the next figure, when nothing but words (and years) lie between; else -1."""
    nxt = _NEXT_PART.search(text, at, min(end, at + _PLACE_CHARS))
    if nxt is None:
        return -1
    # a list of names inside the phrase ("seated in the North, South and West stands") ends no clause
    between = _NAME_LIST_COMMA.sub(r"\1 ", text[at:nxt.start()])
    if _CLAUSE_END.search(between) or not _only_non_counts(between):
        return -1
    return nxt.start()


# the end of an asyndetic list after a colon or dash: the sentence, the line or the text ends
_LIST_ENDS = re.compile(r"[ \t]*(?:[.;]|\n|$)")
_YEAR_LIKE = re.compile(r"1\d{3}|20\d{2}")


def _part_at(text: str, at: int, end: int, stop, approx, months, gapped: bool) -> Figure | None:
    """The part whose phrase starts at `at`: "[the] [roughly] 350 militia", or with `gapped` "the escorts 900"."""
    m = _PART.match(text, at, end)
    if m is not None:
        qualifier = m.group("qual")
        if qualifier is None:
            readable, qualifier = _estimate(text, m.start(), m.group("num"), approx)
        else:
            readable = _precise_estimate(m.group("num"))
        if not readable:
            return None
        noun = _noun(m.group("noun"), stop) or _from_place(text, m.start("noun"), end, months)
        if not _countable(noun, months):
            return None
        return Figure(int(m.group("num").replace(",", "")), m.start("num"), m.end("num"), noun,
                      qualifier and qualifier.casefold(), m.start("noun") + len(noun))
    g = _GAPPED_PART.match(text, at, end) if gapped else None
    if g is None or _noun(g.group("noun"), stop) != g.group("noun") or _YEAR_LIKE.fullmatch(g.group("num")) \
            or not _countable(g.group("noun"), months):
        return None
    return Figure(int(g.group("num").replace(",", "")), g.start("num"), g.end("num"), g.group("noun"),
                  None, g.end("num"))


def _goes_on(text: str, at: int, end: int) -> bool:
    """"..., plus 1 escort carrier": the list does not end here; "and booking staff" only names the part."""
    m = _GOES_ON.match(text, at, end)
    if m is None:
        return False
    if not m.group().strip(" ,").casefold() == "and":
        return True
    return bool(re.match(rf"\s*{_PART_DETERMINER}(?:{_ROUNDING}\s+)?{_NUM}", text[m.end():min(end, m.end() + 40)], re.I))


def _parts(text: str, at: int, end: int, stop, approx, months, open_end: bool = False) -> list[Figure]:
    """Figures separated by commas, the last one after "and"; [] unless the list closes that way
    (or, with `open_end`, runs to the sentence's end: the colon or dash before it says it is whole)."""
    parts: list[Figure] = []
    closed = False
    while True:
        part = _part_at(text, at, end, stop, approx, months, gapped=bool(parts))
        if part is None:
            return []
        parts.append(part)
        tail = part.phrase_end
        if closed:
            # "2 fleet carriers and 2 light carriers, plus 1 escort carrier": the list goes on
            return [] if _goes_on(text, tail, end) else parts
        sep = _SEPARATOR.match(text, tail, end)
        if sep is None and open_end and len(parts) >= 2 and _LIST_ENDS.match(text, tail, end):
            return parts  # "340 hulls — 120 barges, 96 liners, 88 escorts" and the sentence ends
        if sep is None or not _part_at(text, sep.end(), end, stop, approx, months, gapped=True):
            # "640 sailors of the harbour watch and 260 gendarmes", "520 riggers and envelope hands, 310 ...":
            # a phrase qualifies the part's noun
            tail = _qualified_tail(text, tail, end)
            sep = _SEPARATOR.match(text, tail, end) if tail >= 0 else None
        if sep is None or not _part_at(text, sep.end(), end, stop, approx, months, gapped=True):
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


# "Of the 412 graves, the sexton put 208 to the cholera, 131 to ...", "Of its 9,640 crowns, the treasury gave
# 5,100 to the fleet, ...": the clause after the whole opens on who tells the split and a verb of allotting (a
# word in -ed or one of a few irregular ones), then the parts, each a figure and what it went to. Such a list is
# read only with three parts or more that come within a tenth of the whole.
_TELLER_LEAD = re.compile(r"\s*(?P<lead>(?:the|its|their|his|her|our|they|he|she|we|[A-Z][a-z]+)"
                          r"(?:\s+[A-Za-z'’-]+){0,4}?\s+(?:[a-z]+ed|put|set|gave|lost|sent|spent|paid|laid|"
                          r"left|kept|sold|bore|took|held|split|cut|found|counted|assigned|allotted))\s+"
                          rf"(?={_NUM}\s+(?:to|for|on|as|at|in|from|among|between)\s)")
_TELLER_STOPS = frozenset({"and", "but", "only", "just", "also", "then", "later", "each", "every", "first", "over",
                           "more", "than", "at", "least", "some", "about", "nearly", "almost", "roughly", "another",
                           "further", "not", "never", "had", "before", "after"})
_TELLER_RATIO = 1.1


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
    near = False
    lead = _OF_WHOLE.match(text, start, end)
    if lead is not None and (value := _count_value(lead.group("num"))) is not None:
        whole = Figure(value, lead.start("num"), lead.end("num"), lead.group("noun"))
        comma = text.find(",", lead.end(), end)
        at = comma + 1 if comma >= 0 else -1
        if at >= 0 and _clause_part(text, at, end, months) is None and \
                (told := _TELLER_LEAD.match(text, at, end)) is not None and \
                not set(told.group("lead").casefold().split()) & _TELLER_STOPS:
            at, near = told.end("lead"), True  # "Of the 412 graves, the sexton put 208 to ...": a teller's verb first
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
    if near and (len(parts) < 3 or not whole.value / _TELLER_RATIO <= summed <= whole.value * _TELLER_RATIO):
        return []  # a teller's list far from its whole may be a selection of it ("the clerk named 40 to ...")
    for p in parts:
        p.noun = whole.noun
    return [(whole, parts)]
