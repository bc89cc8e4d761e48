"""Every word list in rules/ holds words: YAML 1.1 reads a bare on, off, yes, no (any case) as a boolean.

An unquoted `on` in a word list once became True: the list silently lost the word and nothing failed.
Word lists hold strings; the only non-string lists are template argument positions (all whole numbers).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

RULES = Path(__file__).resolve().parents[1] / "rules"
FILES = sorted((RULES / "vocabulary").glob("*.yaml")) + sorted((RULES / "definitions").glob("*.yaml"))


def _misread(node, where: str):
    """(where, value) of every key or list item YAML turned into a boolean or null, or a list of mixed kinds."""
    if isinstance(node, dict):
        for key, value in node.items():
            if not isinstance(key, (str, int)) or isinstance(key, bool):
                yield f"{where} key", key
            yield from _misread(value, f"{where}/{key}")
    elif isinstance(node, list):
        kinds = {type(item) for item in node if not isinstance(item, (dict, list))}
        for item in node:
            if isinstance(item, bool) or item is None:
                yield where, item
            elif isinstance(item, (dict, list)):
                yield from _misread(item, where)
        if len(kinds - {bool, type(None)}) > 1:
            yield where, f"mixed kinds {sorted(k.__name__ for k in kinds)}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_word_lists_hold_only_words(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert list(_misread(data, path.name)) == [], "quote YAML's boolean words (on, off, yes, no) in word lists"


def test_the_check_catches_a_bare_on():
    assert list(_misread(yaml.safe_load("words: [in, on, No]"), "x")) == [("x/words", True), ("x/words", False)]
