"""The table walker (grammar/runtime.py) gives exactly the trees and refusals Lark gives on the same tables.

Lark builds the tables; lorecheck parses with its own runtime so a cold run
never imports Lark. Random token sequences over each grammar's terminals,
whole parses and the interactive longest-match walk of the date finder, must
agree with Lark's parser built from the same grammar text.
"""
from __future__ import annotations

import random

import pytest
from lark import Token as LarkToken
from lark import Tree as LarkTree
from lark.exceptions import UnexpectedInput as LarkUnexpectedInput

from lorecheck import grammar
from lorecheck.grammar import runtime

from conftest import child_env


def _shape(node):
    """A tree as plain nested tuples: what both parsers must agree on."""
    if isinstance(node, (LarkTree, runtime.Tree)):
        return (str(node.data), tuple(_shape(c) for c in node.children))
    if isinstance(node, (LarkToken, runtime.Token)):
        return ("token", node.type, str(node), node.start_pos)
    return ("other", repr(node))


def _parsers(name: str, strict: bool):
    text = grammar.grammar_text(name)
    lark_parser = grammar.build(text, strict)
    return lark_parser, runtime.Parser(runtime.from_lark(lark_parser))


def _terminals(lark_parser) -> list[str]:
    return sorted({s.name for r in lark_parser.rules for s in r.expansion if s.is_term})


def _guided(parser, rng, length: int) -> list[str]:
    """Token types a walk through the tables accepts at each step (mostly sentences, sometimes refused)."""
    types: list[str] = []
    ip = parser.parse_interactive([])
    for _ in range(length):
        allowed = sorted(t for t in parser.states[ip.state.state_stack[-1]] if t.isupper() and t != "$END")
        if not allowed:
            break
        t = rng.choice(allowed)
        try:
            ip.feed_token(runtime.Token(t, t))
        except runtime.UnexpectedInput:
            break
        types.append(t)
    return types


def _result(parse, make_token, types):
    try:
        return _shape(parse([make_token(t, t, start_pos=i) for i, t in enumerate(types)]))
    except (LarkUnexpectedInput, runtime.UnexpectedInput):
        return "refused"


@pytest.mark.parametrize("name,strict", list(grammar.GRAMMARS.items()))
def test_whole_parses_agree_with_lark(name, strict):
    lark_parser, ours = _parsers(name, strict)
    terminals = _terminals(lark_parser)
    rng = random.Random(name)
    accepted = 0
    for n in range(3000):
        if n % 2:
            weights = [rng.random() for _ in terminals]
            types = rng.choices(terminals, weights, k=rng.randint(0, 14))
        else:
            types = _guided(ours, rng, rng.randint(1, 14))
        expected = _result(lark_parser.parse, LarkToken, types)
        assert _result(ours.parse, runtime.Token, types) == expected, types
        accepted += expected != "refused"
    assert accepted > 100  # the comparison saw real trees, not only refusals


def _longest_matches(parser, make_token, refused, types):
    """What the date finder does: feed tokens one by one, try the end after each (on a copy)."""
    out = []
    ip = parser.parse_interactive([])
    for j, t in enumerate(types):
        try:
            ip.feed_token(make_token(t, t, start_pos=j))
        except refused:
            out.append(("refused at", j))
            break
        try:
            out.append((j, _shape(ip.copy(deepcopy_values=False).feed_eof())))
        except refused:
            out.append((j, None))
    return out


def test_the_interactive_walk_agrees_with_lark():
    lark_parser, ours = _parsers("dates", False)
    terminals = _terminals(lark_parser)
    rng = random.Random(7)
    for n in range(2000):
        if n % 2:
            weights = [rng.random() for _ in terminals]
            types = rng.choices(terminals, weights, k=rng.randint(1, 10))
        else:
            types = _guided(ours, rng, rng.randint(1, 10)) + rng.choices(terminals, k=1)
        assert _longest_matches(ours, runtime.Token, runtime.UnexpectedInput, types) == \
            _longest_matches(lark_parser, LarkToken, LarkUnexpectedInput, types), types


def test_the_rules_read_off_the_grammar_are_lark_s():
    lark_parser, ours = _parsers("statements", False)
    assert sorted((r.origin.name, tuple((s.name, s.is_term) for s in r.expansion)) for r in ours.rules) == \
        sorted((str(r.origin.name), tuple((str(s.name), s.is_term) for s in r.expansion)) for r in lark_parser.rules)


def test_a_cold_run_never_imports_lark(tmp_path):
    import subprocess
    import sys

    (tmp_path / "fen.txt").write_text("Battle of Tessel Fen\nDate 31 November 1602\n\nIt began on 2 May 1602.\n",
                                      encoding="utf-8")
    code = ("import sys\nfrom lorecheck.cli import main\nrc = main(sys.argv[1:])\n"
            "print('imported:', *(m for m in ('lark', 'regex', 'yaml') if m in sys.modules), file=sys.stderr)\n"
            "raise SystemExit(rc)")
    proc = subprocess.run([sys.executable, "-c", code, "--no-cache", "fen.txt"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, env=child_env())
    [line] = [line for line in proc.stderr.splitlines() if line.startswith("imported:")]
    assert proc.returncode == 1 and line.split()[1:] == [], proc.stderr
