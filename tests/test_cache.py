"""Fact cache and parallel extraction: same findings every way, damaged entries rebuilt, concurrent runs safe."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import generate_world

from lorecheck import parallel
from lorecheck.cache import FactCache, cacheable, dumps, loads
from lorecheck.engine import collect_files, lint
from lorecheck.parallel import extract_all

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> Path:
    return generate_world(tmp_path_factory.mktemp("world"), files=6, seed=3)


pytestmark = pytest.mark.usefixtures("restore_parallel_settings")


def _files(world: Path) -> list[str]:
    files, problems = collect_files([str(world)])
    assert not problems and len(files) == 6
    return files


def _findings(paths, **settings) -> list[tuple]:
    parallel.configure(**settings)
    result = lint(paths)
    return [(d.rule, d.span, d.message, tuple(r.span for r in d.related)) for d in result.diagnostics]


def test_facts_identical_with_and_without_cache_and_jobs(world, tmp_path):
    files = _files(world)
    plain = extract_all(files, jobs=1, cache=False)
    assert sum(len(f.dates) for f in plain) > 50  # a real world, not empty facts
    assert extract_all(files, jobs=2, cache=False) == plain
    cache = FactCache(tmp_path / "c")
    assert extract_all(files, jobs=2, cache=cache) == plain  # cold: fills
    assert cache.misses == 6 and cache.hits == 0
    warm = FactCache(tmp_path / "c")
    assert extract_all(files, jobs=1, cache=warm) == plain  # warm: every file from the cache
    kept = sum(cacheable(f) for f in plain)  # facts recording an internal error are retried, not kept
    assert warm.hits == kept and warm.misses == 6 - kept


def test_findings_identical_with_and_without_cache_and_jobs(world, tmp_path):
    paths = [str(world)]
    baseline = _findings(paths, jobs=1, cache=False)
    assert baseline  # the generated world has planted contradictions
    assert _findings(paths, jobs=2, cache=False) == baseline
    assert _findings(paths, jobs=1, cache=True, cache_dir=str(tmp_path / "c")) == baseline
    assert _findings(paths, jobs=2, cache=True, cache_dir=str(tmp_path / "c")) == baseline


def test_order_preserved_across_pool(world):
    files = _files(world)
    facts = extract_all(list(reversed(files)), jobs=2, cache=False)
    assert [f.path for f in facts] == list(reversed(files))


def test_cached_facts_take_this_runs_path(world, tmp_path):
    src = Path(next(f for f in _files(world) if f.endswith(".txt")))
    copy = tmp_path / "moved" / src.name  # a folder move: same name, same content
    copy.parent.mkdir()
    copy.write_bytes(src.read_bytes())
    cache = FactCache(tmp_path / "c")
    extract_all([str(src)], jobs=1, cache=cache)
    [hit] = extract_all([str(copy)], jobs=1, cache=cache)
    assert cache.hits == 1
    assert hit == extract_all([str(copy)], jobs=1, cache=False)[0]
    assert {d.span.path for d in hit.dates} == {str(copy)}


def test_same_bytes_under_another_name_are_other_facts(tmp_path):
    """A wiki page without a title is named after its file: a renamed copy must not reuse the old title."""
    text = "Ostwin Merriott was born on 3 May 1890.\n\n== Life ==\nHe died in 1950.\n"
    first, second = tmp_path / "Alpha_Page.wiki", tmp_path / "Beta_Page.wiki"
    first.write_text(text, encoding="utf-8")
    second.write_text(text, encoding="utf-8")
    cache = FactCache(tmp_path / "c")
    [a] = extract_all([str(first)], jobs=1, cache=cache)
    [b] = extract_all([str(second)], jobs=1, cache=cache)
    assert (a.title, b.title) == ("Alpha Page", "Beta Page")
    assert cache.hits == 0


def _entries(cache_dir: Path) -> list[Path]:
    return [p for p in (cache_dir / "facts").rglob("*")
            if p.is_file() and not p.name.startswith(".tmp") and p.parent.name != "runs"]


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "evil"])
def test_damaged_entry_is_rebuilt_not_trusted(world, tmp_path, damage):
    path = next(f for f in _files(world) if f.endswith(".txt"))
    cache_dir = tmp_path / "c"
    good = extract_all([path], jobs=1, cache=FactCache(cache_dir))[0]
    [entry] = _entries(cache_dir)
    blob = entry.read_bytes()
    if damage == "flip":
        blob = blob[:-20] + bytes([blob[-20] ^ 0xFF]) + blob[-19:]
    elif damage == "truncate":
        blob = blob[: len(blob) // 2]
    elif damage == "empty":
        blob = b""
    else:  # a valid checksum over a pickle that would run code: refused by the unpickler
        payload = len(path).to_bytes(4, "little") + path.encode() + b"cos\ngetcwd\n)R."
        blob = blob[:4] + hashlib.sha256(payload).digest() + payload
    entry.write_bytes(blob)
    cache = FactCache(cache_dir)
    again = extract_all([path], jobs=1, cache=cache)[0]
    assert again == good
    assert cache.hits == 0 and cache.misses == 1
    if damage != "empty":
        assert cache.rebuilt == 1
    fresh = FactCache(cache_dir)  # the entry was rewritten whole
    assert extract_all([path], jobs=1, cache=fresh)[0] == good and fresh.hits == 1


def test_payload_round_trip_keeps_everything(world):
    facts = extract_all(_files(world)[:1], jobs=1, cache=False)[0]
    assert loads(dumps(facts), facts.path) == facts


def test_payload_spans_and_dates_are_real_and_repointed(world):
    """Spans and dates travel in a side table: they must come back as real, hashable model objects."""
    from lorecheck.model import DateValue, Span

    facts = extract_all(_files(world)[:1], jobs=1, cache=False)[0]
    back = loads(dumps(facts), "elsewhere/renamed.txt")
    spans = [d.span for d in back.dates] + [s.span for s in back.statements]
    assert spans and all(type(s) is Span and s.path == "elsewhere/renamed.txt" for s in spans)
    original = [d.span for d in facts.dates][0]
    assert hash(back.dates[0].span) == hash(Span("elsewhere/renamed.txt", *[getattr(original, n) for n in
                                                 ("line", "column", "end_line", "end_column")]))
    values = [d.value for d in back.dates if type(d.value) is DateValue]
    assert values == [d.value for d in facts.dates if type(d.value) is DateValue] and values[0].valid in (True, False)
    again = loads(dumps(facts), facts.path)
    assert again == facts
    k = next(i for i, d in enumerate(facts.dates) if type(d.value) is DateValue)
    assert again.dates[k].value is back.dates[k].value  # one object per distinct date in the process


WRITER = """
import sys
from lorecheck.cache import FactCache
from lorecheck.engine import collect_files
from lorecheck.parallel import extract_all
files, _ = collect_files([sys.argv[1]])
for _ in range(3):
    extract_all(files, jobs=1, cache=FactCache(sys.argv[2]))
"""


def test_concurrent_writers_leave_a_valid_cache(world, tmp_path):
    cache_dir = tmp_path / "c"
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(world), str(cache_dir)]) for _ in range(2)]
    assert [p.wait(timeout=300) for p in procs] == [0, 0]
    files = _files(world)
    plain = extract_all(files, jobs=1, cache=False)
    kept = sum(cacheable(f) for f in plain)
    assert len(_entries(cache_dir)) == kept
    assert not [p for p in (cache_dir / "facts").rglob(".tmp-*")]  # no leftovers
    cache = FactCache(cache_dir)
    assert extract_all(files, jobs=1, cache=cache) == plain
    assert cache.hits == kept and cache.rebuilt == 0


def test_kept_facts_share_one_object_per_equal_value(world):
    """The parent holds every document's statements: equal subjects, wordings, dates and large span
    numbers must be one object each across documents (memory), with the facts unchanged (findings)."""
    import copy

    from lorecheck.engine import extract_file
    from lorecheck.model import share_values

    files = _files(world)
    facts = extract_all(files, jobs=2, cache=False)
    assert facts == [extract_file(f) for f in files]  # sharing changes identity only
    statements = [s for f in facts for s in f.statements]
    for field in ("subject", "text", "date"):
        values = [getattr(s, field) for s in statements if getattr(s, field) is not None]
        assert len({id(v) for v in values}) == len(set(values)) < len(values)
    big = [sp.end_column for s in statements for sp in (s.span, s.date_span) if sp and sp.end_column > 256]
    assert big and len({id(n) for n in big}) == len(set(big))
    again = copy.deepcopy(facts[0])
    assert share_values(again) == facts[0] and again.statements[0].subject is facts[0].statements[0].subject


def test_statements_keep_spans_as_numbers(world):
    """The parent holds every statement: they must hold no Span objects (two per statement were over half
    of what one took), yet give back the same spans, through the cache and through dataclasses.replace."""
    from dataclasses import replace

    from lorecheck.cache import dumps, loads
    from lorecheck.model import Span, Statement

    facts = extract_all(_files(world), jobs=1, cache=False)
    statements = [s for f in facts for s in f.statements]
    assert statements and not any(isinstance(getattr(s, n), Span) for s in statements for n in Statement.__slots__)
    s = next(s for s in statements if s.date_span is not None)
    assert (s.span.path, s.span.line) == (s.date_span.path, s.date_span.line) and s.span == s.span
    assert replace(s, object="Elsewhere").span == s.span and replace(s) == s
    moved = loads(dumps(facts[0]), "moved.txt").statements
    assert [m.span for m in moved] == [Span("moved.txt", *[getattr(t.span, n) for n in
                                                          ("line", "column", "end_line", "end_column")])
                                       for t in facts[0].statements]
