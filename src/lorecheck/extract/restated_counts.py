"""A count told once and told again later on the page in words that say it is the same count.

The second telling carries a word of sameness, and then its figure is the first one's, whatever else the page
says between:

- "all N of the <noun> <someone> had <done>": "a company of 1,800 pikemen" hired, then "all 1,200 of the pikemen
  Vaudry had hired". The count goes back to the one earlier count of that noun on the page (none or two: which
  is meant is not said).
- "<holder> remained at N" / "stayed at N" / "still numbered N": "The state took 51 per cent of the shares",
  then "the state's holding remained at 56 per cent". The count goes back to the nearest earlier count of the
  same kind (a share in per cent, or the same noun) told right after a word of the holder; a sentence in between
  (or the sentence itself) that tells the holder's count changing ("sold", "bought", "rose") leaves it unread.
- "its N seats" (vocabulary `restated_counts.held_nouns`): "the Union won 41 of the 60 seats", then "With its 44
  seats the Union could ...": the nearest earlier count of that noun after a name the sentence names, unless a
  sentence between tells of a new election or a change (`restated_counts.changes`).

Each pair becomes two Quantity facts of one measure "value:<doc>#restated:<n>", compared by the conflicting-value
rule (with its rounding: "about 1,800" restates 1,790). Words in measures.yaml `restated_counts`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import vocabulary
from ..model import BlockKind, Document, Origin, Quantity
from .count_mentions import count_qualifier
from .measures import figure_sentences, word_stem
from .numbers import word_number

_NUM = r"\d{1,3}(?:,\d{3})+|\d+"
_PER_CENT = r"(?:per\s*cent|percent|%)"
_HOLDER_REACH = 60
_WORD = re.compile(r"[A-Za-z][\w-]*")
_FUNCTION_WORDS = frozenset({"for", "until", "till", "in", "on", "at", "and", "the", "per", "from", "during", "after",
                             "before", "by", "of", "to", "when", "with", "throughout", "since", "but", "while", "that",
                             "which", "who", "a", "an", "its", "his", "her", "their", "or", "as", "under", "over"})


@dataclass(frozen=True, slots=True)
class _Words:
    count: str
    changes: frozenset[str]
    held: frozenset[str]
    stop: frozenset[str]
    back: re.Pattern
    remained: re.Pattern
    its: re.Pattern


@lru_cache(maxsize=1)
def _words() -> _Words:
    spec = (vocabulary.load("measures") or {}).get("restated_counts") or {}
    spelled = "|".join(sorted((re.escape(str(w)) for w in vocabulary.load("numbers").get("words") or ()
                               if len(str(w)) > 2), key=len, reverse=True)) or "(?!)"
    count = rf"(?:{_NUM}|(?:{spelled})(?:[- ](?:{spelled}))?)"
    held = frozenset(str(w).lower() for w in spec.get("held_nouns") or ())
    held_alt = "|".join(re.escape(w) for w in sorted(held, key=len, reverse=True)) or "(?!)"
    # "all 1,200 of the pikemen Vaudry had hired", "all forty of the monks whom he had professed"
    back = re.compile(
        rf"\ball\s+(?P<num>{count})\s+of\s+(?:the|his|her|their|its)\s+(?P<noun>[a-z][a-z-]{{2,}})"
        rf"\s+(?:(?:that|whom|which|who)\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|he|she|they|it|we)\s+had\s+"
        rf"(?:(?:first|once|originally|earlier)\s+)?(?P<verb>[a-z]{{3,}}(?:ed|en|ught|ent|ired|ied))\b", re.I)
    # "the state's holding remained at 56 per cent", "the guild still numbered 640 brothers"
    remained = re.compile(
        rf"\b(?:remained|stayed|stood\s+still|still\s+stood|was\s+still|were\s+still)\s+at\s+(?P<num>{count})"
        rf"(?:\s*(?P<cent>{_PER_CENT})|\s+(?P<noun>[a-z][a-z-]{{2,}}))?"
        rf"|\bstill\s+(?:numbered|counted|had|held)\s+(?P<num2>{count})(?:\s*(?P<cent2>{_PER_CENT})|"
        rf"\s+(?P<noun2>[a-z][a-z-]{{2,}}))", re.I)
    its = re.compile(rf"\b(?:[Ww]ith\s+)?its\s+(?P<num>{count})\s+(?P<noun>{held_alt})\b")
    return _Words(count, frozenset(str(w).lower() for w in spec.get("changes") or ()), held,
                  frozenset(str(w).lower() for w in spec.get("holder_stopwords") or ()), back, remained, its)


def _value(token: str) -> float | None:
    token = token.strip()
    if token[:1].isdigit():
        return float(token.replace(",", ""))
    n = word_number(token.replace(" ", "-")) or word_number(token)
    return float(n) if n is not None and token.lower() not in ("a", "an", "one") else None


@dataclass(slots=True)
class _Sentence:
    block: object
    start: int
    end: int
    text: str


def _stems(text: str) -> set[str]:
    return {word_stem(w) for w in _WORD.findall(text.lower())}


def _words_of(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _changes(text: str, w: _Words) -> bool:
    return bool(_stems(text) & w.changes)


def restated_counts(doc: Document, title: str | None, prose_kinds) -> list[Quantity]:
    w = _words()
    sentences = [_Sentence(b, s, e, b.text[s:e]) for b in doc.blocks
                 if b.kind in prose_kinds and b.kind is not BlockKind.TABLE_CELL
                 for s, e in figure_sentences(b)]
    out: list[Quantity] = []
    for i, sent in enumerate(sentences):
        low = sent.text.lower()
        if "all " in low and " had " in low:
            for m in w.back.finditer(sent.text):
                out += _pair(doc, title, sent, m, "num", _back_antecedent(doc, sentences, i, m, w),
                             m.group("noun"), len(out))
        if "remained" in low or "stayed" in low or "still" in low:
            for m in w.remained.finditer(sent.text):
                out += _remained(doc, title, sentences, i, m, w, len(out))
        if "its " in low:
            for m in w.its.finditer(sent.text):
                out += _pair(doc, title, sent, m, "num", _its_antecedent(doc, sentences, i, m, w),
                             m.group("noun"), len(out))
    return out


def _pair(doc, title, sent, m, group, antecedent, label, n) -> list[Quantity]:
    """The earlier count and its restatement, as one measure of the page."""
    if antecedent is None:
        return []
    value = _value(m.group(group))
    if value is None:
        return []
    qual, bound = count_qualifier(sent.text[max(0, m.start(group) - 20):m.start(group)])
    if bound:
        return []
    first, first_value, first_qual, holder = antecedent
    title = holder or title
    measure = f"value:{doc.path}#restated:{n}"
    span = doc.block_span(sent.block, sent.start + m.start(group), sent.start + m.end(group))
    return [Quantity(measure=measure, label=label, value=first_value, qualifier=first_qual, span=first,
                     origin=Origin.PROSE, subject=title),
            Quantity(measure=measure, label=label, value=value, qualifier=qual, span=span,
                     origin=Origin.PROSE, subject=title)]


@lru_cache(maxsize=1)
def _count_patterns() -> tuple[re.Pattern, re.Pattern]:
    count = _words().count
    cent = re.compile(rf"(?<![\w,.])(?P<num>{count})\s*{_PER_CENT}", re.I)
    # a count, perhaps out of a whole ("41 of the 60 seats"), perhaps with one word before its noun ("1,800 Carrouge
    # pikemen"): the noun is the last word, or the one before it
    counted = re.compile(rf"(?<![\w,.])(?P<num>{count})\s+(?:of\s+(?:the|its|their)\s+{count}\s+)?"
                         rf"(?P<first>[A-Za-z][\w'’-]*)(?:\s+(?P<second>[A-Za-z][\w'’-]*))?", re.I)
    return cent, counted


_NOT_ADJECTIVE = frozenset({"more", "further", "additional", "other", "extra", "fewer", "less", "new", "remaining"})
_ADDED_BEFORE = re.compile(r"\b(?:further|another|more|additional|remaining|other|extra)\s+$", re.I)


def _counts_of(text: str, noun: str | None, cent: bool, count: str) -> list[re.Match]:
    """Counts of `noun` (or shares in per cent) in a sentence: "1,800 pikemen", "1,800 Carrouge pikemen",
    "41 of the 60 seats" (the 41: what the holder has of the whole), "51 per cent"."""
    pattern_cent, counted = _count_patterns()
    if cent:
        found = list(pattern_cent.finditer(text))
    else:
        noun = noun.lower()
        found = [m for m in counted.finditer(text)
                 if m.group("first").lower() == noun
                 or (m.group("second") or "").lower() == noun and m.group("first").lower() not in _NOT_ADJECTIVE]
    # "a further 10 per cent", "the other 19 seats": an addition or another part, no holder's whole count
    return [m for m in found if not _ADDED_BEFORE.search(text, 0, m.start())]


def _back_antecedent(doc, sentences, i, m, w):
    """The one earlier count of the noun on the page, in a sentence that tells the act the relative clause goes back
    to ("had hired": "hired") or names what the restating sentence names: (span, value, qualifier, None), or None.
    "all 40 of the ships the duke had built" after "the navy had 60 ships" goes back to no count the page gives."""
    noun = m.group("noun")
    verb = m.group("verb").lower()
    names = _names(sentences[i].text[:m.start()] + " " + sentences[i].text[m.end():])
    found = []
    for sent in sentences[:i]:
        for c in _counts_of(sent.text, noun, False, w.count):
            value = _value(c.group("num"))
            qual, bound = count_qualifier(sent.text[max(0, c.start() - 20):c.start()])
            if value is None or value < 2 or bound or re.search(r"\ball\s+$", sent.text[:c.start()]):
                continue
            found.append((sent, c, value, qual))
    if len({f[2] for f in found}) != 1:
        return None
    sent, c, value, qual = found[0]
    if not (verb in _words_of(sent.text) or names & _names(sent.text)):
        return None
    return _span(doc, sent, c), value, qual, None


def _span(doc, sent, c):
    return doc.block_span(sent.block, sent.start + c.start("num"), sent.start + c.end("num"))


_CLAUSE_CUT = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\s")


def _held_counts(text: str, noun, cent: bool, w, holder_in) -> list:
    """(count, what `holder_in` found) for each count of `noun` in `text` whose own clause, just before it,
    names the holder: `holder_in(words before the count)` is truthy."""
    out = []
    for c in _counts_of(text, noun, cent, w.count):
        near = _CLAUSE_CUT.split(text[max(0, c.start() - _HOLDER_REACH):c.start()])[-1]
        if found := holder_in(near):
            out.append((c, found))
    return out


def _holder_words(before: str, w: _Words) -> set[str]:
    """"Until 1967 the state's holding" -> {"state", "holding"}: the words that name whose count it is."""
    words = re.findall(r"[A-Za-z][\w-]*", re.split(r"[,;:()]", before)[-1])[-5:]
    return {word_stem(re.sub(r"['’]s?$", "", x.lower())) for x in words
            if len(x) > 3 and x.lower() not in w.stop} - {""}


def _remained(doc, title, sentences, i, m, w, n) -> list[Quantity]:
    sent = sentences[i]
    group = "num" if m.group("num") else "num2"
    cent = bool(m.group("cent") or m.group("cent2"))
    noun = m.group("noun") or m.group("noun2")
    holder = _holder_words(sent.text[:m.start()], w)
    if not holder or _changes(sent.text[:m.start()], w):
        return []
    if noun is not None and noun.lower() in _FUNCTION_WORDS:
        noun = None  # "remained at 56 until 1967": no counted noun
    if not cent and noun is None:
        return []
    for j in range(i - 1, -1, -1):
        prior = sentences[j]
        hits = [c for c, _ in _held_counts(prior.text, noun, cent, w, lambda near: holder & _stems(near))]
        if not hits:
            if holder & _stems(prior.text) and _changes(prior.text, w):
                return []  # "In 1962 the state bought more shares": the holding changed in between
            continue
        c = hits[0]
        value = _value(c.group("num"))
        qual, bound = count_qualifier(prior.text[max(0, c.start() - 20):c.start()])
        if value is None or bound or _changes(prior.text, w) or re.search(
                r"\b(?:further|another|more|additional|remaining|other)\s+$", prior.text[:c.start()], re.I):
            return []
        return _pair(doc, title, sent, m, group, (_span(doc, prior, c), value, qual, None),
                     "share in per cent" if cent else noun, n)
    return []


_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+)*")
_OPENERS = frozenset({"with", "its", "the", "at", "in", "on", "after", "by", "until", "when"})


def _names(text: str) -> set[str]:
    """The names a sentence holds, whole ("Guild Party", "House of Assembly"), without an opening word."""
    out = set()
    for m in _NAME_RUN.finditer(text):
        words = m.group().split()
        while words and words[0].lower() in _OPENERS:
            words = words[1:]
        if words and len(" ".join(words)) > 2:
            out.add(" ".join(words))
    return out


def _its_antecedent(doc, sentences, i, m, w):
    sent = sentences[i]
    names = _names(sent.text)
    if not names or _changes(sent.text, w):
        return None
    noun = m.group("noun")
    for j in range(i - 1, -1, -1):
        prior = sentences[j]
        hits = [(c, sorted(named)[0]) for c, named in
                _held_counts(prior.text, noun, False, w, lambda near: names & _names(near))]
        if not hits:
            if noun.lower() in _words_of(prior.text) and _changes(prior.text, w):
                return None  # "Two members crossed the floor, and the seats ...": a change in between
            continue
        if len(hits) != 1 or _changes(prior.text[hits[0][0].end():], w):
            return None
        c, holder = hits[0]
        value = _value(c.group("num"))
        qual, bound = count_qualifier(prior.text[max(0, c.start() - 20):c.start()])
        if value is None or bound:
            return None
        return _span(doc, prior, c), value, qual, holder
    return None
