"""Properties over arbitrary text: no parser raises, spans stay inside the file, runs are repeatable.

Text is drawn from an alphabet rich in what breaks parsers (every kind of
line break, markup openers without closers, digits and month names), kept
small so the whole module runs in seconds.
"""
from __future__ import annotations

import importlib.util
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lorecheck.extract import extract
from lorecheck.extract.dates import find_dates
from lorecheck.model import line_starts
from lorecheck.sources import parse_text

FORMATS = ["text", "markdown"] + (["wikitext"] if importlib.util.find_spec("lorecheck.sources.wikitext") else [])

PIECES = [
    "\n", "\r\n", "\r", "\n\n", " ", "  ", "\t", "\u00a0", "\u2028", "\x85", "\x0c", "\ufeff",
    "|", "| date = ", "=", "==", "== Heading ==\n", "# ", "## ", "- ", "* ", "> ", "1. ", "---\n",
    "{{", "}}", "{|", "|}", "[[", "]]", "[", "]", "(", ")", "<!--", "-->", "<ref>", "</ref>", "`", "```\n",
    "**", "_", "::", "key:: ", "title: ", "&a ", "*a ",
    "3", "10", "31", "1901", "1939", "–", "-", "/", ",", ".", "'s",
    "May", "November", "February", "early", "mid-", "the end of", "BC", "AD", "c.",
    "invaded", "began on", "joined", "signed", "the Axis", "Harl", "Dyr Ford", "and",
    "é", "\U0001F600", "\u202e",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=40).map("".join)
# LORECHECK_EXAMPLES=2000 for a longer hunt; 60 keeps the suite fast
SETTINGS = settings(max_examples=int(os.environ.get("LORECHECK_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def editor_lines(text: str) -> list[str]:
    starts = line_starts(text)
    ends = starts[1:] + [len(text)]
    return [text[a:b].rstrip("\r\n") for a, b in zip(starts, ends)]


def assert_span_inside(span, lines: list[str]) -> None:
    assert 1 <= span.line <= span.end_line <= len(lines), (span, len(lines))
    assert 1 <= span.column <= len(lines[span.line - 1]) + 1, (span, lines[span.line - 1])
    assert 1 <= span.end_column <= len(lines[span.end_line - 1]) + 1, (span, lines[span.end_line - 1])
    if span.line == span.end_line:
        assert span.column <= span.end_column, span


@pytest.mark.parametrize("fmt", FORMATS)
@SETTINGS
@given(text=texts)
def test_sources_never_raise_and_blocks_stay_inside_the_file(fmt, text):
    doc = parse_text("world/page", text, fmt)
    lines = editor_lines(text)
    assert doc.line_count == len(lines)
    for block in doc.blocks:
        assert_span_inside(doc.block_span(block), lines)
        for text_offset, file_offset, length in block.segments:
            assert 0 <= text_offset and 0 <= file_offset and file_offset + length <= len(text), block
            assert block.text[text_offset:text_offset + length] == text[file_offset:file_offset + length], block


@pytest.mark.parametrize("fmt", FORMATS)
@SETTINGS
@given(text=texts)
def test_extract_never_raises_is_repeatable_and_spans_stay_inside(fmt, text):
    first = extract(parse_text("world/page", text, fmt))
    second = extract(parse_text("world/page", text, fmt))
    assert first == second
    lines = editor_lines(text)
    for mention in first.dates:
        assert_span_inside(mention.span, lines)
    for statement in first.statements:
        assert_span_inside(statement.span, lines)


@SETTINGS
@given(text=texts)
def test_find_dates_never_raises_and_returns_spans_of_the_text(text):
    found = find_dates(text)
    for f in found:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start:f.end] == f.text
    assert [(f.start, f.end, f.value) for f in find_dates(text)] == [(f.start, f.end, f.value) for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@SETTINGS
@given(text=texts, pad=st.sampled_from([" ", "  ", "\t", " \t "]))
def test_trailing_spaces_do_not_change_fact_values(fmt, text, pad):
    """Editors strip or add trailing blanks all the time: the facts must not care."""
    if "\ufeff" in text or "\u2028" in text or "\x85" in text or "\x0c" in text:
        return  # what counts as 'trailing' around exotic breaks is the source's own decision
    padded = "".join(line + pad + brk for line, brk in _split_keep(text))

    def values(t):
        facts = extract(parse_text("world/page", t, fmt))
        return sorted(repr(m.value) for m in facts.dates), sorted(
            (s.predicate, repr(s.date)) for s in facts.statements)

    assert values(padded) == values(text)


def _split_keep(text: str):
    starts = line_starts(text)
    ends = starts[1:] + [len(text)]
    for a, b in zip(starts, ends):
        chunk = text[a:b]
        body = chunk.rstrip("\r\n")
        yield body, chunk[len(body):]


@pytest.mark.parametrize("text", ["---\n\x1f\n---\n", "---\na: \x07\n---\nbody 3 May 1901\n"])
def test_control_characters_in_front_matter_do_not_raise(text):
    extract(parse_text("world/page.md", text, "markdown"))


def test_the_alphabet_can_express_a_dated_statement():
    """The strategy is not vacuous: its pieces make text the extractor reads."""
    text = "Title\n\n" + "Harl invaded Dyr Ford on 3 May 1901."
    facts = extract(parse_text("world/page", text, "text"))
    assert [m.text for m in facts.dates] == ["3 May 1901"]
