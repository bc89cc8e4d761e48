"""Parsers come from the shipped tables or lorecheck's cache folder, never the system temp folder."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import lorecheck.grammar as grammar

from conftest import child_env

REPO = Path(__file__).resolve().parents[1]
WORLD = REPO / "fixtures" / "example-world"


def test_shipped_tables_match_the_grammars():
    """Edited a .lark file? Run `python -m lorecheck.grammar` to rebuild grammar/tables/."""
    shipped = {p.name for p in grammar.TABLES.iterdir()}
    expected = set()
    for name, strict in grammar.GRAMMARS.items():
        text = grammar.grammar_text(name)
        expected.add(grammar.table_name(name, text, strict))
        assert grammar.table_name(name, text, strict) in shipped, name
    assert shipped == expected  # no stale tables either


def test_a_parser_the_tables_lack_is_built_once_into_the_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(grammar, "TABLES", tmp_path / "no-tables")
    grammar.use_cache_dir(tmp_path / "cache")
    try:
        build = grammar.token_parser.__wrapped__
        first = build("dates")
        [entry] = (tmp_path / "cache" / "grammar").glob("dates-*.tables")
        assert build("dates").parse is not None and entry.stat().st_size > 1000
        entry.write_bytes(entry.read_bytes()[:100])  # torn by a crash: rebuilt, never trusted
        again = build("dates")
        assert entry.stat().st_size > 1000
        tokens = [grammar.Token(t, t, start_pos=i) for i, t in enumerate(("NUM2", "MONTH", "NUM4"))]
        assert again.parse(tokens) == first.parse(tokens)
        assert again.parse(tokens).children  # a real tree
        assert list((tmp_path / "cache" / "grammar").glob(".tmp-*")) == []
    finally:
        grammar.use_cache_dir(None)


def _run(cwd: Path, tmp: Path, *args: str) -> subprocess.CompletedProcess:
    env = child_env(TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp))
    return subprocess.run([sys.executable, "-m", "lorecheck", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_run_writes_only_its_cache_folder(tmp_path):
    world = tmp_path / "world"
    shutil.copytree(WORLD, world)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    before = sorted(p.name for p in world.iterdir())
    first = _run(world, tmp, "--jobs", "1", ".")
    assert first.returncode == 1, first.stderr  # the example world has findings
    assert list(tmp.iterdir()) == []  # nothing in the system's temporary folder
    assert sorted(p.name for p in world.iterdir()) == sorted(before + [".lorecheck_cache"])
    run = _run(world, tmp, "--no-cache", "--jobs", "1", ".")
    assert run.returncode == 1 and run.stdout == first.stdout, run.stderr
    assert list(tmp.iterdir()) == []
