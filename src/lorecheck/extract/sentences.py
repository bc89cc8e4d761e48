"""Where sentences end, and the date a clause of a reader's words is told on.

Two splitters, for two kinds of reader: `prose_sentences` is the statement reader's (abbreviations and initials
do not end a sentence, nor does a full stop inside closing quotes; a blank line does), and the readers that
read the same sentences as it (field_events, event_mentions) use it too; SENTENCE_END / `sentence_spans` only
look for a stop before a capital or digit, for the readers that need only roughly where a sentence ends."""
from __future__ import annotations

import re

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


def prose_sentences(text: str):
    """(start, end) of each sentence, the stop included; abbreviations and initials do not end one."""
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
