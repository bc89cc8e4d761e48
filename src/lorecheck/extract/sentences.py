"""Sentence spans for the readers that need only where a sentence ends (prose.py has its own, abbreviation-aware
splitter for the statement grammar)."""
from __future__ import annotations

import re

# a full stop, question or exclamation mark before a capital or digit, or at the end of the text
SENTENCE_END = re.compile(r"[.!?](?=\s+[\"'“(]*[A-Z0-9]|\s*$)")


def sentence_spans(text: str, end: re.Pattern = SENTENCE_END):
    """(start, end) of each sentence of text, split where `end` matches (the match itself is between them)."""
    start = 0
    for m in end.finditer(text):
        yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)
