"""A count field's figure pairs only with the figure prose tells of that thing (extract/prose.py `_field_count_match`)."""
from __future__ import annotations

import re

import pytest

from lorecheck.extract.prose import _field_count_match
from lorecheck.extract.sentences import ANOTHER_ONE_BEFORE, FIGURE_OF_OTHER_CLAUSE

NAME = re.compile(r"\bhoard\b")
PATTERN = re.compile(r"\bhoard\b(?P<gap>[^.;:]{0,60}?)(?<![\d,.])(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<noun>coins)\b")


@pytest.mark.parametrize("sentence, num", [
    ("the hoard of 2,300 coins lay under the floor", "2,300"),
    ("the hoard, which at 2,300 coins filled two chests, was buried", "2,300"),
    ("the hoard was 2,300 coins", "2,300"),
    ("the hoard found by the ploughman numbered 2,300 coins", "2,300"),
    # a rejected telling never hides the next one
    ("a second hoard was never found, and the hoard of 2,300 coins went to the abbey", "2,300"),
])
def test_the_figure_told_of_the_thing(sentence, num):
    m = _field_count_match(NAME, PATTERN, sentence)
    assert m is not None and m.group("num") == num


@pytest.mark.parametrize("sentence", [
    "a second hoard was never found, though the reeve claimed 900 coins",
    "another hoard of 400 coins turned up at the ford",
    "an earlier hoard had held 120 coins",
    "a further, smaller hoard of 60 coins was kept back",
    "the hoard was melted down, but the mint struck 5,000 coins that year",
    "the hoard lay hidden while the bailiff counted 700 coins at the gate",
    "the hoard fell short of the 3,000 coins the finder had hoped for",
    "the hoard was larger than the 800 coins of the first find",
])
def test_another_clause_or_another_thing_of_its_kind(sentence):
    assert _field_count_match(NAME, PATTERN, sentence) is None


def test_the_shared_clause_words():
    assert ANOTHER_ONE_BEFORE.search("Another ") and ANOTHER_ONE_BEFORE.search("a new annual ")
    assert not ANOTHER_ONE_BEFORE.search("the ") and not ANOTHER_ONE_BEFORE.search("a ")
    assert FIGURE_OF_OTHER_CLAUSE.search(" was paid, though Orlen asked ")
    assert not FIGURE_OF_OTHER_CLAUSE.search(", which at ") and not FIGURE_OF_OTHER_CLAUSE.search(" of ")
