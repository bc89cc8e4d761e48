"""Sentence spans for the readers that need only where a sentence ends (prose.py has its own, abbreviation-aware
splitter for the statement grammar), and the date a clause of such a reader's words is told on."""
from __future__ import annotations

import re

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


_MEASURED_OFFSET = re.compile(r"\b(?:days?|weeks?|fortnights?|months?|years?)\s+(?:of|after|before|from|since|following)"
                              r"\s+(?:the|its|his|her|their)\s+$", re.I)


def counted_from(text: str, lo: int, hi: int, date_start: int) -> bool:
    """Is the event word at text[lo:hi] what an offset is counted from ("within four weeks of the signing"), and the
    date at `date_start` the offset's end rather than the event's own? Only a date right after the word ("forty-four
    years after its founding on 24 March 1868") is the event's own."""
    if _MEASURED_OFFSET.search(text, max(0, lo - 40), lo) is None:
        return False
    return date_start < hi or text[hi:date_start].strip().lower() not in ("", "on", "in", "of")
