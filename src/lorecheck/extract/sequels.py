"""A clause that a connective ties to another dated event of the same sentence: "After graduating from the
academy in 1891 he was commissioned in 1889", "Having stayed on until the report of 2 June 1869, Kell resigned
on 31 March 1869", "He was commissioned in 1889, after graduating in 1891", "Before sailing in 1850 he married
in 1852". The connective says which of the two comes first; each becomes a statement ("sequence:anchor", "sequence:sequel") sharing a
`row`, and checks/order.py reports a sequel dated wholly before its anchor.

Only a clear pair is read: one date in the connective's clause, the main clause's first date in its own words
(no comma, no subordinate clause, no "had" or bound such as "by", "until" before it), both with their own year
and neither a season nor a rough date ("spring 1869" may well fall after "2 June 1869").
"""
from __future__ import annotations

from functools import lru_cache
import re

from .. import vocabulary
from ..model import DateValue, Origin, Statement
from .own_years import borrowed_forward
from .sentences import sentence_spans

# a sentence's end, not after "No." ("Decree No. 2 followed") or a title
_SENTENCE_END = re.compile(r"[.!?](?<!\bNo\.)(?<!\bNos\.)(?<!\bSt\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bDr\.)"
                           r"(?=\s+[\"'“(]*[A-Z0-9]|\s*$)")
_WORD = re.compile(r"[\w'’-]+")
# the main clause's date is its time ("resigned on 31 March 1869"), not a name's year ("the 1889 figures")
_TIME_OF = re.compile(r"\b(?:in|on|during)\s+$", re.I)
_LEADS = frozenset({"in", "on", "at", "of", "the", "during"})
# what may stand between the connective clause's date and the main clause's subject without a comma
_SUBJECT_NEXT = re.compile(r"\s+(?:he|she|it|they|we|the|[A-Z][\w'’-]*)\b")
# "(after the 1910) strike the board": the noun a year before it names, then the main clause's subject
_YEAR_NOUN_THEN_SUBJECT = re.compile(r"\s+[a-z]+(?:\s+[a-z]+)?(?=\s+(?:he|she|it|they|we|the)\b)")


@lru_cache(maxsize=1)
def _spec():
    """(opening pattern, trailing pattern, words that end a main clause before its own date, words that end a
    trailing connective's clause before its date, pattern of a verb of following right before its date, pattern of
    any cue word)."""
    data = vocabulary.load("stages") or {}
    openers, trailers = data.get("sequel_openers") or {}, data.get("sequel_trailers") or {}
    if not openers.get("after"):
        return None

    def either(words: dict) -> str:  # "(?P<after>after|following)|(?P<before>before|prior to)"
        return "|".join(f"(?P<{way}>{vocabulary.alternation(str(w) for w in words[way])})"
                        for way in ("after", "before") if words.get(way))
    subordinators = frozenset(str(w).casefold() for w in data.get("subordinators") or ())
    stops = subordinators | {str(w).casefold() for w in data.get("sequel_stops") or ()}
    opening = re.compile(r"[\"'“(]*(?:" + either(openers) + r")\b", re.I)
    trailing = re.compile(r",\s+(?:" + either(trailers) + r")\s+(?!(?:which|that|this|whom|these|those)\b)",
                          re.I) if trailers else None
    verbs = [str(w) for w in data.get("sequel_verbs") or ()]
    followed = re.compile(r"\b(?:" + vocabulary.alternation(verbs) + r")\s+(?:on|in)\s+$", re.I) if verbs else None
    cues = [str(w) for words in (openers, trailers) for way in words.values() for w in way or ()] + verbs
    # (searched in the lower-cased block, the re.I pattern tried only where that finds a word: a third cheaper)
    cue = vocabulary.Caseless(r"\b(?:{})\b", cues)
    return opening, trailing, stops, subordinators - {"after", "before"}, followed, cue


def _plain(f, found) -> bool:
    """A date told exactly enough to order (not a range, a season, "early 1869" or "c. 1869") whose year is its
    own or an earlier date's (not a later clause's)."""
    v = f.value
    return isinstance(v, DateValue) and v.valid and v.mod is None and not f.circa and f.mod is None \
        and not borrowed_forward(found, f)


def _own_words(text: str, stops: frozenset[str]) -> bool:
    """Are the words between a clause's start and its date its own (no comma, bracket, subordinate or "had")?"""
    return not re.search(r"[,;:()\[\]]", text) and len(text) <= 120 \
        and not any(w.casefold() in stops for w in _WORD.findall(text))


def sequel_statements(doc, block, found, origin: Origin) -> list[Statement]:
    spec = _spec()
    if spec is None or len(found) < 2:
        return []
    opening, trailing, stops, trailing_stops, followed, cue = spec
    text = block.text
    if cue.search(text) is None:
        return []  # most paragraphs have no connective at all
    out: list[Statement] = []
    for start, end in sentence_spans(text, _SENTENCE_END):
        dates = [f for f in found if start <= f.start and f.end <= end]
        if len(dates) < 2:
            continue
        pair = _opened(text, start, dates, found, opening, stops)
        if pair is None and trailing is not None:
            pair = _trailed(text, dates, found, trailing, trailing_stops)
        if pair is None and followed is not None:
            pair = _followed(text, start, dates, found, followed)
        if pair is None:
            pair = _inner(text, dates, found, trailing_stops)
        if pair is None:
            continue
        (told, told_from), (main, main_from), before = pair
        row = f"sequence:{block.file_offset(start)}"
        words = _WORD.findall(text[told_from:told.start])
        while len(words) > 1 and words[-1].casefold() in _LEADS:
            words.pop()  # "After graduating in": the date's own preposition
        words = " ".join(words)
        # "after D1, X on D2": D2 is the later; "before D1, X on D2": D1 is
        later, earlier = ((told, told_from), (main, main_from)) if before else ((main, main_from), (told, told_from))
        for (f, at), stage in ((earlier, "anchor"), (later, "sequel")):
            out.append(Statement(subject="", predicate=f"sequence:{stage}", object=None, date=f.value,
                                 span=doc.block_span(block, at, f.end), origin=origin,
                                 date_span=doc.block_span(block, f.start, f.end), text=words, row=row))
    return out


def _opened(text: str, start: int, dates, found, opening, stops):
    """"After <words> D1[, | he] <main clause> D2": the connective opens the sentence."""
    m = opening.match(text, start + len(text[start:]) - len(text[start:].lstrip()))
    if m is None:
        return None
    anchor = dates[0]
    if anchor.start < m.end() or not _plain(anchor, found) or re.search(r"[,;:()]", text[m.end():anchor.start]):
        return None
    rest = text[anchor.end:dates[1].start]
    comma = rest.find(",")
    if comma >= 0 and comma <= 60 and not re.search(r"[;:()]", rest[:comma]):
        main = anchor.end + comma + 1
    elif _SUBJECT_NEXT.match(rest):
        main = anchor.end
    elif text[anchor.start - 4:anchor.start].casefold() == "the " and (noun := _YEAR_NOUN_THEN_SUBJECT.match(rest)):
        main = anchor.end + noun.end()  # "In the aftermath of the 1910 strike the board ...": the year names the event
    else:
        return None
    sequel = dates[1]
    if not _plain(sequel, found) or not _own_words(text[main:sequel.start], stops) or not _TIME_OF.search(text, max(0, sequel.start - 10), sequel.start):
        return None
    return (anchor, m.start()), (sequel, main + len(text[main:sequel.start]) - len(text[main:sequel.start].lstrip())), \
        m.group("before") is not None


def _trailed(text: str, dates, found, trailing, stops):
    """"<main clause> D2, after <words> D1": the connective follows the main clause's date."""
    for sequel, anchor in zip(dates, dates[1:]):
        m = trailing.match(text, sequel.end)
        if m is None:
            continue
        if not (_plain(sequel, found) and _plain(anchor, found)) or anchor.start - m.end() > 80 \
                or not _TIME_OF.search(text, max(0, sequel.start - 10), sequel.start) \
                or not _own_words(text[m.end():anchor.start], stops):
            return None
        return (anchor, m.start() + 1), (sequel, sequel.start), m.group("before") is not None
    return None


# "..., held after the repulse of the attack of D1, on D2": a connective set off by commas between a thing and its date
_INNER = re.compile(r",\s+(?:[a-z]+\s+)?(?:(?P<after>after|following)|(?P<before>before|prior\s+to))\s+", re.I)
_INNER_THEN_DATE = re.compile(r"\s*,\s+(?:on|in)\s+$")


def _inner(text: str, dates, found, stops):
    """"<thing>, [held] after <words> D1, on D2": the thing's date D2 comes after (before) the event D1 names."""
    for anchor, sequel in zip(dates, dates[1:]):
        if not _INNER_THEN_DATE.fullmatch(text, anchor.end, sequel.start):
            continue
        m = None
        for m in _INNER.finditer(text, max(0, anchor.start - 100), anchor.start):
            pass
        if m is None or not (_plain(anchor, found) and _plain(sequel, found)) \
                or not _own_words(text[m.end():anchor.start], stops):
            return None
        return (anchor, m.start() + 1), (sequel, sequel.start), m.group("before") is not None
    return None


def _followed(text: str, start: int, dates, found, followed):
    """"Decree No. 1, of 20 August, suspended the parties; Decree No. 2 followed on 15 August": a clause whose verb
    is one of following, dated right after it, comes after the one dated event the sentence told before it."""
    for i, sequel in enumerate(dates[1:], 1):
        m = followed.search(text, max(start, sequel.start - 30), sequel.start)
        if m is None:
            continue
        if i != 1 or not (_plain(sequel, found) and _plain(dates[0], found)) or text.count("(", start, dates[0].start) \
                != text.count(")", start, dates[0].start):
            return None  # two dates before it (which does it follow?), or the one before is an aside's
        return (dates[0], start + len(text[start:dates[0].start]) - len(text[start:dates[0].start].lstrip())), \
            (sequel, m.start()), False
    return None
