"""Every rule's good/bad examples (from its definition in rules/) run as tests.

A bad example must produce exactly the findings it lists for that rule, at
the right line and column, with the related lines it lists; a good example
must produce no finding of that rule.
"""
from __future__ import annotations

import pytest

from lorecheck.config import Config
from lorecheck.engine import lint
from lorecheck.rules import load_rules

SUFFIX = {"text": ".txt", "markdown": ".md", "wikitext": ".wiki"}
EXAMPLES = [(rule, ex) for rule in load_rules().values() for ex in rule.examples]


def test_every_rule_has_a_bad_and_a_good_example():
    for rule in load_rules().values():
        kinds = {ex.expect for ex in rule.examples}
        assert {"bad", "good"} <= kinds, f"{rule.id} needs a bad and a good example"


@pytest.mark.parametrize("rule,example", EXAMPLES, ids=[f"{r.id}:{e.name}" for r, e in EXAMPLES])
def test_rule_example(tmp_path, rule, example):
    path = tmp_path / f"example{SUFFIX[example.format]}"
    path.write_text(example.text, encoding="utf-8")
    result = lint([str(path)], Config())
    if rule.id != "source-error":
        assert not [d for d in result.diagnostics if d.rule == "source-error"]
    found = [d for d in result.diagnostics if d.rule == rule.id]
    if example.expect == "good":
        assert found == [], [d.message for d in found]
        return
    assert len(found) == len(example.findings), [f"{d.span.line}:{d.span.column} {d.message}" for d in found]
    for d, want in zip(sorted(found, key=lambda d: (d.span.line, d.span.column)), example.findings):
        assert d.span.line == want.line, d.message
        if want.column is not None:
            assert d.span.column == want.column, d.message
        assert sorted({r.span.line for r in d.related} & set(want.related_lines)) == sorted(want.related_lines)
