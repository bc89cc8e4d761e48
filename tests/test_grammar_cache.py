"""Built LALR parsers are kept in lorecheck's cache folder only, and a damaged one is rebuilt."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORLD = REPO / "fixtures" / "example-world"


def _run(cwd: Path, tmp: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TMPDIR": str(tmp), "TEMP": str(tmp), "TMP": str(tmp)}
    return subprocess.run([sys.executable, "-m", "lorecheck", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_parsers_are_cached_beside_the_facts_and_nowhere_else(tmp_path):
    world = tmp_path / "world"
    shutil.copytree(WORLD, world)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    first = _run(world, tmp, "--jobs", "1", ".")
    assert first.returncode == 1, first.stderr  # the example world has findings
    assert list(tmp.iterdir()) == []  # nothing in the system's temporary folder
    entries = sorted(p.name.split("-")[0] for p in (world / ".lorecheck_cache" / "grammar").glob("*.lalr"))
    assert entries == ["dates", "plaintext_infobox", "statements"]

    for entry in (world / ".lorecheck_cache" / "grammar").glob("*.lalr"):
        entry.write_bytes(entry.read_bytes()[:100])  # torn by a crash: must be rebuilt, not trusted
    (world / ".lorecheck_cache" / "facts").rename(world / "old-facts")  # make extraction run again
    second = _run(world, tmp, "--jobs", "1", ".")
    assert second.stdout == first.stdout and second.returncode == 1, second.stderr
    assert all(p.stat().st_size > 1000 for p in (world / ".lorecheck_cache" / "grammar").glob("*.lalr"))


def test_no_cache_builds_parsers_in_memory(tmp_path):
    world = tmp_path / "world"
    shutil.copytree(WORLD, world)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    run = _run(world, tmp, "--no-cache", "--jobs", "1", ".")
    assert run.returncode == 1, run.stderr
    assert list(tmp.iterdir()) == [] and not (world / ".lorecheck_cache").exists()
