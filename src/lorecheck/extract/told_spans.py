"""A length told of the stretch the sentence right before dated: "fought from 3 to 21 November 1920. The nine-day
battle cost ...", "began on 2 June 1905 and was lifted on 28 August 1905. The siege lasted five months", "closed the
last road on 2 February, and the defenders held out until 19 March. ... on the final day of the four-month siege".

The length names what it measures by an event noun (prose.yaml `narrated_spans` and `told_span_nouns`), written
"the N-unit noun" or "the noun lasted N", with no date before it in its sentence. The stretch is the one the
sentence right before (same paragraph) tells by its two ends and nothing else: one range, or two dates joined by
"and", the second later. The noun, or the place it is "of", must be named in the paragraph before the length's
sentence: "The fleet sailed on D and came home on D'. The two-month siege ..." measures no voyage.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import DateRange, DateValue
from ..vocabulary import alternation
from .sentences import previous_sentence_start


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern] | None:
    """(after, before): the noun right after "the N-unit", and "the noun lasted (hedge)" right before a length."""
    prose = vocabulary.load("prose")
    nouns = [*(prose.get("narrated_spans") or ()), *(prose.get("told_span_nouns") or ())]
    if not nouns:
        return None
    noun = alternation(nouns)
    hedge = alternation([*(prose.get("rounded") or ()),
                         *(w for ws in (prose.get("span_bounds") or {}).values() for w in ws or ())])
    # "the two-year siege that followed": a stretch after the one told
    after = re.compile(rf"\s+(?P<noun>{noun})\b(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]+))?"
                       rf"(?!,?\s+(?:that|which)\s+(?:followed|came|began|ensued))", re.I)
    before = re.compile(rf"\b(?:(?:the|this|that|its)\s+(?:(?:{hedge})\s+)?$|"
                        rf"the\s+(?P<noun>{noun})\s*(?P<which>,\s*(?:which|that)\s+)?(?:had\s+)?(?:lasted|went\s+on)"
                        rf"(?:\s+for)?\s+(?:(?:{hedge})\s+)?$)",
                        re.I)
    return after, before


_ADJECTIVE = re.compile(r"(?:-|\s+)(?:year|month|week|day)$", re.I)
_AND_JOINS = re.compile(r"[^;:()]*\band\b[^;:()]*")


def told_span(text: str, sent_start: int, a: int, b: int, phrase: str, block_dates: list,
              own_dates: bool = False) -> tuple | None:
    """(start, end) of the stretch the length at a..b measures, told by the sentence before, or None (`own_dates`:
    the length's sentence dates something of its own, maybe the stretch's own end)."""
    patterns = _patterns()
    if patterns is None or sent_start == 0:
        return None
    after, before = patterns
    lead = before.search(text, sent_start, a)
    if lead is None:
        return None
    noun, of = lead.group("noun"), None
    if noun is None:  # "the nine-day battle": the noun after the length written as an adjective
        if not _ADJECTIVE.search(phrase):
            return None
        m = after.match(text, b)
        if m is None or m.group("noun")[:1].isupper():
            return None  # "during the six-week Battle of France": a name, another stretch than the one told
        noun, of = m.group("noun"), m.group("of")
    earlier = text[:sent_start]
    # "besieged from D to D'. The siege lasted ...": the noun's verb names it too
    verb = rf"\b(?:be)?{re.escape(noun[:-1] if noun.endswith('e') else noun)}(?:e?d|ing)\b"
    named = re.search(rf"\b{re.escape(noun)}", earlier, re.I) or re.search(verb, earlier, re.I) \
        or of and re.search(rf"\b{re.escape(of)}\b", earlier)
    prev_start = previous_sentence_start(text, sent_start) or 0
    told = [f for f in block_dates if f.start >= prev_start and f.end <= sent_start]
    if len(told) == 1 and isinstance(told[0].value, DateRange) and len(told[0].parts) == 2 and named:
        return told[0].value.start, told[0].value.end
    if told and lead.group("noun") and not own_dates and isinstance(told[-1].value, DateRange) and len(told[-1].parts) == 2 \
            and told[-1].value.start.precision == "day" and (
                re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, told[-1].start - 12):told[-1].start], re.I)
                or told[-1].text[:5].lower() == "from ") \
            and not any(isinstance(f.value, DateRange) and len(f.parts) == 2 for f in told[:-1]):
        # "In the spring of 1650 ... and from D to D' no ship entered the port. The blockade, which lasted N": the
        # "from" range of days the sentence before ended on is the stretch "the <noun> lasted" names, when the
        # length's own sentence dates nothing ("The siege, which lasted two months, ended in August": its own end)
        return told[-1].value.start, told[-1].value.end
    if not named:
        return None
    if len(told) != 2 or not all(isinstance(f.value, DateValue) and f.value.valid for f in told):
        return None
    first, last = told
    if not _AND_JOINS.fullmatch(text, first.end, last.start) or \
            last.value.interval()[0] < first.value.interval()[1]:
        return None
    return first.value, last.value


@lru_cache(maxsize=1)
def _opening() -> re.Pattern | None:
    """"The siege lasted from", "The siege of the tower went on between": a sentence opening on a stretch's noun
    and going straight, in one clause, to the stretch's first date."""
    prose = vocabulary.load("prose")
    nouns = [*(prose.get("narrated_spans") or ()), *(prose.get("told_span_nouns") or ())]
    if not nouns:
        return None
    return re.compile(rf"\s*The\s+(?P<noun>{alternation(nouns)})\b[^,;:.()\d]{{0,80}}?(?:\b(?P<word>from|between)\s+)?$")


_JOINS = {"from": re.compile(r"\s+(?:to|until|till)\s+"), "between": re.compile(r"\s+and\s+")}


def opened_stretch(text: str, start: int, end: int, dates: list) -> tuple | None:
    """(noun, start, end, where the first date is) of the stretch a sentence opening on its noun tells and dates by
    its two ends and nothing else ("The siege lasted from 4 March to 28 May 1644."), or None. A later length told
    by the noun alone ("after a siege of nineteen weeks") measures it when it is the document's one such stretch."""
    pattern = _opening()
    told = [f for f in dates if start <= f.start < end]
    if pattern is None or not told or len(told) > 2:
        return None
    m = pattern.match(text, start, told[0].start)
    if m is None:
        return None
    first = told[0]
    if len(told) == 1:
        if not isinstance(first.value, DateRange) or len(first.parts) != 2 or first.value.start is None:
            return None
        if m.group("word") is None and not re.match(r"(?:from|between)\s", first.text, re.I):
            return None
        return m.group("noun").casefold(), first.value.start, first.value.end, first
    last, word = told[1], (m.group("word") or "").casefold()
    if not word or not all(isinstance(f.value, DateValue) and f.value.valid for f in told) \
            or not _JOINS[word].fullmatch(text, first.end, last.start) \
            or last.value.interval()[0] < first.value.interval()[1]:
        return None
    return m.group("noun").casefold(), first.value, last.value, first


@lru_cache(maxsize=1)
def _begun() -> re.Pattern | None:
    """"began the blockade of", "imposed a blockade", "The siege of X began", "the siege was laid": a sentence that
    opens a stretch by its noun (prose.yaml `narrated_spans` and `told_span_nouns`) and its opening verb."""
    prose = vocabulary.load("prose")
    nouns = [*(prose.get("narrated_spans") or ()), *(prose.get("told_span_nouns") or ())]
    if not nouns:
        return None
    noun = alternation(nouns)
    return re.compile(rf"\b(?:began|opened|started|commenced|imposed|established|laid|declared)\s+(?:the|a|an|his|her|its|their)"
                      rf"\s+(?:[a-z]+\s+)?(?P<noun>{noun})\b"
                      rf"|\b[Tt]he\s+(?P<subject>{noun})\b(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
                      rf"\s+(?:began|opened|started|commenced|was\s+(?:imposed|laid|declared|begun|opened))\b", re.I)


def begun_stretch(text: str, start: int, end: int, dates: list) -> tuple | None:
    """(noun, day) of a stretch a sentence tells the opening of, dated by the sentence's one day ("Eleven days later,
    on 5 May, Penrod began the blockade of Orsk"), or None. A later "The blockade was maintained until D', a total
    of N days" counts from that day."""
    pattern = _begun()
    told = [f for f in dates if start <= f.start < end]
    if pattern is None or len(told) != 1 or not isinstance(told[0].value, DateValue) \
            or told[0].value.precision != "day":
        return None
    m = pattern.search(text, start, end)
    if m is None:
        return None
    return (m.group("noun") or m.group("subject")).casefold(), told[0].value
