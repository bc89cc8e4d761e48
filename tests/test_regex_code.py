"""Patterns served from the shipped compiled code (regex_code.marshal) are exactly what `re` compiles.

Stale? Run `python -m lorecheck.regex_code` (in the interpreter the project is
developed with) after changing patterns or vocabulary; a stale file only costs
start-up time, never a different match.
"""
from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lorecheck import regex_code

REPO = Path(__file__).resolve().parents[1]
TABLE = regex_code.load_table(regex_code.SHIPPED)
needs_this_interpreter = pytest.mark.skipif(
    TABLE is None, reason="regex_code.marshal was built by another interpreter: it is not used here, nothing to check")


@needs_this_interpreter
def test_the_stored_code_is_what_re_compiles():
    assert len(TABLE) > 50
    for (pattern, flags), parts in TABLE.items():
        assert regex_code.compiled_parts(pattern, flags) == parts, pattern


@needs_this_interpreter
def test_a_cold_run_compiles_little_outside_the_stored_code():
    code = ("import sys, contextlib, io\nfrom re import _compiler\nfrom lorecheck import regex_code\n"
            "assert regex_code.install()\ncalls = []\ninner = _compiler.compile\n"
            "def counting(p, flags=0):\n    calls.append(p)\n    return inner(p, flags)\n"
            "_compiler.compile = counting\nfrom lorecheck.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n    main(sys.argv[1:])\n"
            "print(len(calls), len(regex_code.misses), file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", code, "--no-cache", str(REPO / "fixtures" / "example-world")],
                          capture_output=True, text=True, timeout=120)
    calls, misses = map(int, proc.stderr.split()[-2:])
    assert calls > 50
    assert misses <= max(5, calls // 10), "regex_code.marshal is stale: run `python -m lorecheck.regex_code`"


def test_a_pattern_not_stored_is_compiled_as_usual():
    regex_code.install()
    pattern = r"(?P<ward>Tessel|Oster)\s+Fen\b#unlikely-to-be-stored"
    compiled = re.compile(pattern)
    assert compiled.search("the Oster Fen#unlikely-to-be-stored").group("ward") == "Oster"
    if regex_code._installed:
        assert (pattern, 0) in regex_code.misses


def test_stored_patterns_match_like_fresh_ones():
    if TABLE is None or not regex_code.install():
        pytest.skip("the stored code is not used by this interpreter")
    from re import _compiler

    original = _compiler.compile.original
    text = "On 12 May 1602 the Tesselmark (TSM) fleet sailed; it was generally said to have begun in early June."
    for (pattern, flags) in list(TABLE)[:400]:
        if not isinstance(pattern, str):
            continue
        stored = _compiler.compile(pattern, flags)
        fresh = original(pattern, flags)
        assert (stored.pattern, stored.flags, stored.groups, stored.groupindex) == \
            (fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
        assert [m.span() for m in stored.finditer(text)] == [m.span() for m in fresh.finditer(text)], pattern


def test_a_file_of_another_interpreter_or_torn_is_not_used(tmp_path):
    other = tmp_path / "other.marshal"
    other.write_bytes(marshal.dumps({"interpreter": "some other python", "patterns": {("a", 0): (0, [], 0, {}, ())}}))
    assert regex_code.load_table(other) is None
    torn = tmp_path / "torn.marshal"
    torn.write_bytes(regex_code.SHIPPED.read_bytes()[:1000])
    assert regex_code.load_table(torn) is None
    assert regex_code.load_table(tmp_path / "absent.marshal") is None
