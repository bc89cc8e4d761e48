"""Warm reruns and pre-commit runs reuse stored work, and their reports stay identical to a full uncached run."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import child_env, generate_world

from lorecheck import parallel
from lorecheck.cache import RACY_NS, FactCache, StatIndex
from lorecheck.engine import _collect, lint

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "fixtures" / "example-world"


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    return generate_world(tmp_path_factory.mktemp("generated"), files=10, seed=5)


pytestmark = pytest.mark.usefixtures("restore_parallel_settings")


def _age(folder: Path, seconds: float = 10) -> None:
    """Date every file back, as files in a checkout are: the stat index only trusts settled files."""
    then = time.time() - seconds
    for p in folder.rglob("*"):
        if p.is_file():
            os.utime(p, (then, then))


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lorecheck", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env=child_env())


def _runs(cache: Path) -> list[Path]:
    folder = cache / "facts" / "runs"
    return sorted(p for p in folder.iterdir() if not p.name.startswith(".")) if folder.is_dir() else []


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_warm_rerun_report_is_byte_identical(tmp_path, fmt):
    world = tmp_path / "world"
    shutil.copytree(EXAMPLE, world)
    _age(world)
    cache = tmp_path / "cache"
    plain = _run(world, "--format", fmt, "--no-cache", ".")
    cold = _run(world, "--format", fmt, "--cache-dir", str(cache), ".")
    assert len(_runs(cache)) == 1
    warm = _run(world, "--format", fmt, "--cache-dir", str(cache), ".")
    assert plain.returncode == 1 and plain.stdout  # the example world has findings
    for run in (cold, warm):
        assert (run.stdout, run.stderr, run.returncode) == (plain.stdout, plain.stderr, plain.returncode)
    if fmt == "sarif":
        assert '"shortDescription"' in warm.stdout  # rule metadata, loaded on demand for a reused run


def _findings(result) -> list[tuple]:
    return [(d.rule, d.severity, d.span, d.message, tuple((r.span, r.message) for r in d.related))
            for d in result.diagnostics]


def test_reused_run_is_reused_and_any_edit_is_seen(generated, tmp_path):
    world = tmp_path / "world"
    shutil.copytree(generated, world)
    _age(world)
    time.sleep(RACY_NS / 1e9 + 0.2)  # settled: the stat index records every file
    parallel.configure(jobs=1, cache=True, cache_dir=str(tmp_path / "cache"))
    first = lint([str(world)])
    again = lint([str(world)])
    assert first.facts and not again.facts  # the second run loaded no facts: it was reused
    assert _findings(again) == _findings(first) and again.files == first.files

    # an edit that keeps size and modification time: the stat index must still see it (ctime)
    victim = next(p for p in sorted(world.rglob("*.txt")))
    data = victim.read_bytes()
    year = re.search(rb"\b1\d{3}\b", data)  # the infobox's start year: 1xxx -> 2xxx, same length
    edited = data[:year.start()] + b"2" + data[year.start() + 1:]
    st = victim.stat()
    known = StatIndex(tmp_path / "cache" / "stat-index").entries
    assert os.path.realpath(victim) in known  # so only the signature can tell the edit
    victim.write_bytes(edited)
    os.utime(victim, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert victim.stat().st_size == st.st_size and victim.stat().st_mtime_ns == st.st_mtime_ns
    after = lint([str(world)])
    parallel.configure(cache=False)
    truth = lint([str(world)])
    assert after.facts  # not reused
    assert _findings(after) == _findings(truth)
    assert _findings(truth) != _findings(first)  # the edit changed the findings: a stale reuse would show


def test_configuration_change_is_a_new_run(tmp_path):
    world = tmp_path / "world"
    shutil.copytree(EXAMPLE, world)
    cache = tmp_path / "cache"
    everything = _run(world, "--cache-dir", str(cache), ".")
    (world / "lorecheck.toml").write_text('select = ["invalid-date"]\n', encoding="utf-8")
    selected = _run(world, "--cache-dir", str(cache), ".")
    plain = _run(world, "--no-cache", ".")
    assert selected.stdout == plain.stdout and selected.stdout != everything.stdout
    assert all("[invalid-date]" in line for line in selected.stdout.splitlines() if ": error:" in line)


@pytest.mark.parametrize("damage", ["flip", "truncate", "foreign"])
def test_damaged_run_entry_is_recomputed(tmp_path, damage):
    world = tmp_path / "world"
    shutil.copytree(EXAMPLE, world)
    cache = tmp_path / "cache"
    first = _run(world, "--cache-dir", str(cache), ".")
    [entry] = _runs(cache)
    blob = entry.read_bytes()
    if damage == "flip":
        blob = blob[:-5] + bytes([blob[-5] ^ 0xFF]) + blob[-4:]
    elif damage == "truncate":
        blob = blob[:len(blob) // 2]
    else:  # a valid checksum over a pickle that would run code
        import hashlib
        payload = b"cos\ngetcwd\n)R."
        blob = blob[:4] + hashlib.sha256(payload).digest() + payload
    entry.write_bytes(blob)
    again = _run(world, "--cache-dir", str(cache), ".")
    assert (again.stdout, again.returncode) == (first.stdout, first.returncode)
    assert _run(world, "--cache-dir", str(cache), ".").stdout == first.stdout


def _precommit_world(src: Path, tmp_path: Path) -> Path:
    world = tmp_path / "world"
    shutil.copytree(src, world)
    # equality, not timing: on a loaded machine the per-file time budget could stop an extraction in one
    # run and not in the other
    (world / "lorecheck.toml").write_text('world = ["."]\ntime-budget = 600.0\n', encoding="utf-8")
    _age(world)
    return world


@pytest.mark.parametrize("source", ["example", "generated"])
def test_precommit_runs_equal_the_full_run(source, generated, tmp_path):
    """Named files against the configured world: cached, reused and after an edit, what a full run reports."""
    world = _precommit_world(EXAMPLE if source == "example" else generated, tmp_path)
    docs = sorted(p.relative_to(world).as_posix() for p in world.rglob("*") if p.suffix in (".txt", ".md", ".wiki"))
    named = docs[:2]
    cache = tmp_path / "cache"
    plain = _run(world, "--no-cache", *named)
    full = _run(world, "--no-cache", ".")
    assert plain.returncode in (0, 1) and plain.stdout
    # the named files' findings are the full run's findings that touch a named file
    blocks = _blocks(full.stdout)
    assert sorted(_blocks(plain.stdout)) == sorted(b for b in blocks if any(f"{n}:" in b for n in named))
    for _ in range(2):  # fills, then reuses
        run = _run(world, "--cache-dir", str(cache), *named)
        assert (run.stdout, run.returncode) == (plain.stdout, plain.returncode)
    # edit a named file: plant a contradiction with the world (a day that does not exist)
    target = world / named[0]
    with open(target, "a", encoding="utf-8") as f:
        f.write("\nThe garrison surrendered on 31 November 1921.\n")
    edited = _run(world, "--cache-dir", str(cache), *named)
    truth = _run(world, "--no-cache", *named)
    assert (edited.stdout, edited.returncode) == (truth.stdout, truth.returncode)
    assert edited.stdout != plain.stdout


def _blocks(report: str) -> list[str]:
    """A text report as findings, each with its note lines (paths without a leading ./)."""
    out: list[str] = []
    for line in report.splitlines():
        line = line.removeprefix("./")
        if ": note: " in line and out:
            out[-1] += "\n" + line
        elif line.strip():
            out.append(line)
    return out


def test_stat_index_trusts_only_settled_unchanged_files(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    old, new = folder / "old.txt", folder / "new.txt"
    old.write_bytes(b"The war began on 10 May 1939.\n")
    new.write_bytes(b"The war ended on 2 June 1941.\n")
    _age(folder)
    time.sleep(RACY_NS / 1e9 + 0.2)  # setting the times is a change too (ctime): let it settle
    new.write_bytes(b"The war ended on 3 June 1941.\n")  # written just now: racy, never recorded
    index = StatIndex(tmp_path / "index")
    assert index.digest(str(old))[1] is not None and index.digest(str(new))[1] is not None
    index.save()
    again = StatIndex(tmp_path / "index")
    digest, data = again.digest(str(old))
    assert data is None and len(digest) == 32  # known: not read
    assert again.digest(str(new))[1] is not None  # too fresh to trust: read again
    old.write_bytes(b"The war began on 11 May 1939.\n")  # same size, new content
    digest2, data2 = again.digest(str(old))
    assert data2 is not None and digest2 != digest


def test_stat_index_keeps_keys_only_for_their_salt_and_name(tmp_path):
    """A trusted entry keeps the cache key it gave (no hashing on a warm run); another salt, a link
    of another name, or a damaged kept key give the key computed afresh."""
    import marshal

    from lorecheck.cache import _STAT_MAGIC, _read_checked, _write_atomic

    folder = tmp_path / "docs"
    folder.mkdir()
    page = folder / "page.txt"
    page.write_bytes(b"The war began on 10 May 1939.\n")
    (folder / "alias.md").symlink_to(page)
    _age(folder)
    time.sleep(RACY_NS / 1e9 + 0.2)
    paths = [str(page), str(folder / "alias.md")]
    reals = [os.path.realpath(p) for p in paths]
    store, other = FactCache(tmp_path / "a"), FactCache(tmp_path / "b", config_key="other settings")
    truth = {s: [s.key(p.read_bytes(), str(n)) for p, n in zip([page, page], paths)] for s in (store, other)}
    assert truth[store][0] != truth[store][1]  # the name is part of the key

    index = StatIndex(tmp_path / "index")
    assert index.content_keys(paths, reals, store) == truth[store]
    index.save()
    again = StatIndex(tmp_path / "index")
    assert len(again.entries[reals[0]]) == 5  # the key is kept
    assert again.content_keys(paths, reals, store) == truth[store]  # a name other than the kept one
    assert again.content_keys(paths[:1], reals[:1], store) == truth[store][:1] and again.read == 0
    assert again.content_keys(paths, reals, other) == truth[other]  # another salt
    assert again.content_keys(paths, reals, store) == truth[store]

    entries = marshal.loads(_read_checked(tmp_path / "index", _STAT_MAGIC))
    entries[reals[0]] = (*entries[reals[0]][:4], 12345)  # not a key
    _write_atomic(tmp_path / "index", _STAT_MAGIC, marshal.dumps(entries))
    assert StatIndex(tmp_path / "index").content_keys(paths[:1], reals[:1], store) == truth[store][:1]


def test_walk_matches_real_paths_and_skips_hidden_and_links(tmp_path):
    root = tmp_path / "w"
    (root / "a" / "b").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (tmp_path / "out").mkdir()
    for p in ("x.txt", "a/y.md", "a/b/z.wiki", ".hidden/h.txt", ".q.txt", "a/n.py"):
        (root / p).write_text("text\n")
    (tmp_path / "out" / "o.txt").write_text("text\n")
    (root / "linkdir").symlink_to(tmp_path / "out")
    (root / "link.txt").symlink_to(tmp_path / "out" / "o.txt")
    (root / "dup.txt").symlink_to(root / "x.txt")
    files, reals, problems = _collect([str(root)])
    rel = [os.path.relpath(f, root) for f in files]
    assert rel == ["dup.txt", "link.txt", "a/y.md", "a/b/z.wiki"]  # x.txt is dup.txt's target: read once
    assert reals == [os.path.realpath(f) for f in files] and not problems


def test_no_cache_writes_nothing(tmp_path):
    world = tmp_path / "world"
    shutil.copytree(EXAMPLE, world)
    _run(world, "--no-cache", ".")
    assert not (world / ".lorecheck_cache").exists()


def test_collector_pause_leaves_the_collector_as_it_was():
    """engine.collector_paused: off inside, as before after; a library caller's objects are never frozen."""
    import gc

    from lorecheck.engine import collector_paused

    frozen = gc.get_freeze_count()
    was = gc.isenabled()
    try:
        gc.enable()
        with collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() and gc.get_freeze_count() == frozen
        gc.disable()
        with pytest.raises(KeyError):
            with collector_paused():
                raise KeyError("a failure inside")
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
