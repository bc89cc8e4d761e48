"""Results served from precompiled.marshal (re's compiled code, dataclasses' method code) are exactly the usual ones.

Stale? Run `python -m lorecheck.precompiled` (in the interpreter the project is
developed with) after changing patterns, vocabulary or model classes; a stale
file only costs start-up time, never a different result.
"""
from __future__ import annotations

import marshal
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from lorecheck import precompiled

REPO = Path(__file__).resolve().parents[1]
WORLD = REPO / "fixtures" / "example-world"
DATA = precompiled.load(precompiled.SHIPPED)
needs_this_interpreter = pytest.mark.skipif(
    DATA is None, reason="precompiled.marshal was made by another interpreter: it is not used here, nothing to check")


@needs_this_interpreter
def test_the_stored_pattern_code_is_what_re_compiles():
    assert len(DATA["patterns"]) > 50
    for (pattern, flags), parts in DATA["patterns"].items():
        assert precompiled.compiled_parts(pattern, flags) == parts, pattern


@needs_this_interpreter
def test_the_stored_dataclass_code_is_what_exec_compiles():
    assert len(DATA["dataclass_code"]) > 30
    for source, code in DATA["dataclass_code"].items():
        assert marshal.dumps(precompiled.dataclass_code(source)) == marshal.dumps(code), source


def _child(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120, cwd=REPO)


@needs_this_interpreter
def test_a_cold_run_does_little_outside_the_stored_results():
    proc = _child("import sys, contextlib, io\nfrom lorecheck import precompiled\nassert precompiled.install()\n"
                  "from lorecheck.cli import main\n"
                  "with contextlib.redirect_stdout(io.StringIO()):\n    main(sys.argv[1:])\n"
                  "print('misses', len(precompiled.misses), file=sys.stderr)\n", "--no-cache", str(WORLD))
    [line] = [line for line in proc.stderr.splitlines() if line.startswith("misses")]
    assert int(line.split()[1]) <= 10, "precompiled.marshal is stale: run `python -m lorecheck.precompiled`"


def test_facts_and_findings_are_the_same_with_and_without_the_stored_results():
    """The child serves model classes and patterns from the file; this process made its own (imported before)."""
    code = ("import sys\nfrom lorecheck import precompiled\nprecompiled.install()\n"
            "from lorecheck.cli import main\nsys.exit(main(sys.argv[1:]))\n")
    served_facts = _child(code, "facts", "--format", "json", str(WORLD)).stdout
    served_findings = _child(code, "--no-cache", "--format", "json", str(WORLD)).stdout
    usual = "import sys\nfrom lorecheck.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    env_off = ("import sys\nfrom lorecheck import precompiled\nprecompiled.load = lambda path: None\n" + usual)
    assert served_facts and served_facts == _child(env_off, "facts", "--format", "json", str(WORLD)).stdout
    assert served_findings and served_findings == _child(env_off, "--no-cache", "--format", "json", str(WORLD)).stdout


def test_what_is_not_stored_is_done_as_usual():
    precompiled.install()
    # the record is capped (precompiled.py), and tests run in this process before this one fill it with their
    # worlds' name patterns: start from an empty record, so that the pattern below is recorded whatever ran before
    precompiled.misses.clear()
    pattern = r"(?P<ward>Tessel|Oster)\s+Fen\b#unlikely-to-be-stored"
    assert re.compile(pattern).search("the Oster Fen#unlikely-to-be-stored").group("ward") == "Oster"

    @dataclass(order=True)
    class Ford:  # a class no stored source matches
        name: str
        depth: int = 2
        crossings: list = field(default_factory=list)

    assert Ford("Dyr") == Ford("Dyr", 2, []) and Ford("Dyr") < Ford("Tessel") and repr(Ford("Dyr")).startswith("test_")
    if precompiled._installed:
        assert (pattern, 0) in precompiled.misses


def test_stored_patterns_match_like_fresh_ones():
    if DATA is None or not precompiled.install():
        pytest.skip("the stored results are not used by this interpreter")
    from re import _compiler

    original = _compiler.compile.original
    text = "On 12 May 1602 the Tesselmark (TSM) fleet sailed; it was generally said to have begun in early June."
    for (pattern, flags) in DATA["patterns"]:
        if not isinstance(pattern, str):
            continue
        stored, fresh = _compiler.compile(pattern, flags), original(pattern, flags)
        assert (stored.pattern, stored.flags, stored.groups, stored.groupindex) == \
            (fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
        assert [m.span() for m in stored.finditer(text)] == [m.span() for m in fresh.finditer(text)], pattern


def test_a_file_of_another_interpreter_or_torn_is_not_used(tmp_path):
    other = tmp_path / "other.marshal"
    other.write_bytes(marshal.dumps({"interpreter": "some other python", "patterns": {}, "dataclass_code": {}}))
    assert precompiled.load(other) is None
    torn = tmp_path / "torn.marshal"
    torn.write_bytes(precompiled.SHIPPED.read_bytes()[:1000])
    assert precompiled.load(torn) is None
    assert precompiled.load(tmp_path / "absent.marshal") is None
