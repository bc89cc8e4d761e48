"""Where sentences end, and the date a clause of a reader's words is told on.

Two splitters, for two kinds of reader: `prose_sentences` is the statement reader's (abbreviations and initials
do not end a sentence, nor does a full stop inside closing quotes; a blank line does), and the readers that
read the same sentences as it (field_events, event_mentions) use it too; SENTENCE_END / `sentence_spans` only
look for a stop before a capital or digit, for the readers that need only roughly where a sentence ends."""
from __future__ import annotations

import re

# right before a thing's noun: a thing of that kind introduced as another one ("a second indemnity", "another
# tribute", "a further, smaller levy", "an earlier tithe"), not the one a field or an
# earlier sentence told (the noun's figure is another's)
ANOTHER_ONE_BEFORE = re.compile(r"\b(?:another|(?:a|an)\s+(?:second|third|fourth|fifth|further|new|fresh|earlier|"
                                r"later|separate|additional|extra|lesser|smaller|larger|greater|different)|"
                                r"(?:the|a|an)\s+other)(?:\s*,?\s+[a-z]+,?)?\s+$", re.I)
# between a thing's noun and a figure: the figure belongs to another clause (concessive or contrasting: "though
# Orlen demanded 5,000 ducats", "but the miller ground 9,000 bushels"; a time or cause clause: "when the duke asked
# 3,000") or is what the thing is measured against ("short of the 20,000 marks", "less than 500")
FIGURE_OF_OTHER_CLAUSE = re.compile(r"\b(?:though|although|while|whilst|whereas|but|yet|than|when|whenever|because|"
                                    r"unless|until|if|short\s+of|compared|against|beside|besides)\b|,\s*(?:and|or)\b|"
                                    r"\band\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|i|this|that|these|those)\b",
                                    re.I)

# the end of a sentence or clause as a stop before a space or the end of the text: where readers that search a
# block once for their cues cut it into sentences (signings, journeys)
CLAUSE_STOP = re.compile(r"[.!?;](?=\s|$)")
_PROSE_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“(\[]?[A-Z0-9])|[.!?][\"'”’)\]]*$|\n\s*\n")
_ABBREVIATIONS = {"st", "mr", "mrs", "ms", "dr", "gen", "col", "capt", "lt", "no", "c", "ca", "vs", "jr", "sr",
                  "mt", "ft", "fr", "rev", "sgt", "maj", "adm", "cdr", "gov", "pres", "vol", "pp", "p", "approx",
                  "e.g", "i.e", "cf", "etc", "al", "op", "fig", "hon", "brig", "cmdr", "u.s", "u.k"}
_ABBREVIATION_TAIL = re.compile(r"([\w.]+)\.$")
# words that open a sentence and never follow a person's initial ("J. He" is no one's name)
_OPENERS = frozenset({"he", "she", "they", "it", "his", "her", "their", "its", "the", "this", "these", "there"})
_NEXT_WORD = re.compile(r"\s*[\"'“(\[]?([A-Za-z]+)")


def _next_word(text: str, at: int) -> str:
    m = _NEXT_WORD.match(text, at)
    return m.group(1).lower() if m else ""


# Split once, read by many: the statement reader, field_events, event_mentions and caption_dates each walk a
# block's prose sentences, and several readers its sentence_spans with one and the same pattern (re.compile
# hands back one object for one pattern). The spans depend on the text (and pattern) alone, so each block's are
# kept, by text, for the blocks read lately (a document's readers walk it block by block).
_KEPT_SPLITS = 512
_prose_kept: dict[str, tuple[tuple[int, int], ...]] = {}
_spans_kept: dict[tuple[re.Pattern, str], tuple[tuple[int, int], ...]] = {}
_stopped_kept: dict[str, tuple[tuple[int, int], ...]] = {}


def prose_sentences(text: str):
    """(start, end) of each sentence, the stop included; abbreviations and initials do not end one."""
    spans = _prose_kept.get(text)
    if spans is None:
        if len(_prose_kept) >= _KEPT_SPLITS:
            _prose_kept.clear()
        spans = _prose_kept[text] = tuple(_prose_sentences(text))
    return iter(spans)


def _prose_sentences(text: str):
    start = 0
    n = len(text)
    for m in _PROSE_SENTENCE_END.finditer(text):
        end = m.end()
        if text[m.start()] == ".":
            w = _ABBREVIATION_TAIL.search(text[max(start, m.start() - 12):m.start() + 1])
            if w and (w.group(1).lower().rstrip(".") in _ABBREVIATIONS or len(w.group(1)) == 1) \
                    and not (len(w.group(1)) == 1 and _next_word(text, end) in _OPENERS):
                continue  # "Corl I. He married ...": a numeral, not an initial, before a pronoun
        if text[start:end].strip():
            yield start, end
        start = end
    if start < n and text[start:].strip():
        yield start, n


# a full stop, question or exclamation mark before a capital or digit, or at the end of the text
SENTENCE_END = re.compile(r"[.!?](?=\s+[\"'“(]*[A-Z0-9]|\s*$)")


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset `at` starts: after the last SENTENCE_END in the text before `at` (read
    as if the text stopped there), else 0."""
    start = 0
    for m in SENTENCE_END.finditer(text, 0, at):
        start = m.end()
    return start


def previous_sentence_start(text: str, start: int) -> int | None:
    """Where the sentence before the one starting at `start` starts, or None when none is before it."""
    stop = len(text[:start].rstrip()) - 1  # the full stop that ends the sentence before
    return sentence_start(text, stop) if stop > 0 else None


def sentence_spans(text: str, end: re.Pattern = SENTENCE_END):
    """(start, end) of each sentence of text, split where `end` matches (the match itself is between them)."""
    key = (end, text)
    spans = _spans_kept.get(key)
    if spans is None:
        if len(_spans_kept) >= _KEPT_SPLITS:
            _spans_kept.clear()
        spans = _spans_kept[key] = tuple(_sentence_spans(text, end))
    return iter(spans)


def stopped_sentences(text: str):
    """(start, end) of each sentence of text with its stop (the SENTENCE_END match) kept at its end, then the rest
    after the last stop (possibly empty): the blocks' sentences as the one-pass readers walk them."""
    spans = _stopped_kept.get(text)
    if spans is None:
        if len(_stopped_kept) >= _KEPT_SPLITS:
            _stopped_kept.clear()
        ends = [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]
        spans = _stopped_kept[text] = tuple(zip([0, *ends[:-1]], ends))
    return iter(spans)


def _sentence_spans(text: str, end: re.Pattern):
    start = 0
    for m in end.finditer(text):
        yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


# what ends the clause between a verb and a date after it: the date is another clause's
CLAUSE_BREAK = re.compile(r"[;:]|\b(?:and|but|when|while|which|who|after|before|until|since)\b")


def clause_date(text: str, found, a: int, b: int, bound: re.Pattern | None = None):
    """The date of the words text[a:b]: the sentence's last date before them (no ";" between), else the first
    date after them in the same clause; None when neither. `bound`: words that, right before a date, make it a
    bound of the act rather than its date ("after 1900")."""
    start = sentence_start(text, a)
    end = SENTENCE_END.search(text, b)
    stop = end.start() if end else len(text)
    before = [f for f in found if start <= f.start and f.end <= a and ";" not in text[f.end:a]
              and not (bound and bound.search(text, start, f.start))]
    if before:
        return before[-1]
    after = next((f for f in found if b <= f.start < stop), None)
    if after is None or CLAUSE_BREAK.search(text, b, after.start) or bound and bound.search(text, b, after.start):
        return None
    return after


# "..., and the old lamp-room was pulled down in 1891", "... and Piet Vesey retired in 1937": a clause with a
# subject of its own (a noun after a determiner, or a capitalised name) and its verb; its date is its own
OWN_SUBJECT_CLAUSE = re.compile(r"(?:[;:]|,?\s\b(?:and|but)\b)\s+(?:(?:the|his|her|its|their|a|an|this|that)\s+"
                                r"(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+"
                                r"(?:(?:was|were|had|has|is|are)\b|[a-z]+ed\b)")


# a sentence-opening clause whose event comes before the main clause's ("After/Once X was dissolved, ...") or
# whose main clause may be a state bounded by its date ("When X was dissolved, they met from 1879")
_SUBORDINATE_OPENER = re.compile(r"\s*(?:(?P<before>after|once|as\s+soon\s+as)|when|while)\s", re.I)
_MAIN_CLAUSE_START = re.compile(r",|\b(?:he|she|they|we)\s+[a-z]", re.I)
_STATE_BOUND = re.compile(r"\b(?:from|until|till|since)\s+(?:the\s+)?$", re.I)


def main_clause_date(text: str, a: int, lo: int, date_start: int, parted: bool | None = None) -> bool:
    """Is the date at `date_start` the main clause's, past a sentence-opening "After/Once ..." clause that holds the
    word at `lo` ("After the Society was dissolved they continued to meet from 1 October 1879", "Once the club had
    been wound up, its members sang at the Bell in 1881")? After "When" only a bound of the main clause's state
    is ("When the firm was wound up, its clerks kept the canal open until 1862"): "When the town was taken, the
    garrison was put to the sword on 3 May" tells one day. A date inside the opener's clause ("When the Society was
    dissolved in 1878, ...") is its own. `parted`: whether the date is past the opener's clause, when the caller
    knows (its clauses), else told by a comma or a subject pronoun between."""
    m = _SUBORDINATE_OPENER.match(text, a)
    if date_start < lo or m is None or (parted is None and _MAIN_CLAUSE_START.search(text, a, lo)):
        return False
    if not (parted if parted is not None else _MAIN_CLAUSE_START.search(text, lo, date_start) is not None):
        return False
    return m.group("before") is not None or _STATE_BOUND.search(text, max(0, date_start - 12), date_start) is not None


_MEASURED_OFFSET = re.compile(r"\b(?:days?|weeks?|fortnights?|months?|years?)\s+(?:of|after|before|from|since|following)"
                              r"\s+(?:the|its|his|her|their)\s+$", re.I)


# "came into force two days after the signing, on 12 December": an offset from another event, then the day it
# lands on in apposition; the date is the event's own, the "after" no bound of it
_OFFSET_THEN_DATE = re.compile(
    r"\s*(?:at\s+(?:noon|midnight|dawn|dusk|daybreak|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s+)?"
    r"(?:some\s+|about\s+|only\s+|just\s+|exactly\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty"
    r"|forty|fifty|sixty|ninety|a\s+few|several|\d{1,3})(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"\s+(?:hours?|days?|weeks?|fortnights?|months?|years?)\s+(?:after|before|following|from)\s+"
    r"(?:the|its|his|her|their)\s+[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,4},\s*(?:on|in)?\s*$", re.I)


def offset_restated(text: str, hi: int, date_start: int) -> bool:
    """Is the text between an event word (ending at `hi`) and a date an offset counted from another event with the
    day it lands on after a comma ("came into force two days after the signing, on 12 December")? Then the date
    is the event's own, whatever the offset's "after" says."""
    return date_start > hi and _OFFSET_THEN_DATE.fullmatch(text, hi, date_start) is not None


def counted_from(text: str, lo: int, hi: int, date_start: int) -> bool:
    """Is the event word at text[lo:hi] what an offset is counted from ("within four weeks of the signing"), and the
    date at `date_start` the offset's end rather than the event's own? Only a date right after the word ("forty-four
    years after its founding on 24 March 1868") is the event's own."""
    if _MEASURED_OFFSET.search(text, max(0, lo - 40), lo) is None:
        return False
    return date_start < hi or text[hi:date_start].strip().lower() not in ("", "on", "in", "of")
