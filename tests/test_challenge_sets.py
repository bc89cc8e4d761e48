"""Recall and precision on the challenge sets: minimal pairs, one set per family of contradictions.

fixtures/challenge/<family>/ holds items written for the project by writers who never read the code.
Each item is a pair of mini-worlds: `NN-<slug>-bad/` carries one planted contradiction (under
`expected` in its `.gold.yaml`), and `NN-<slug>-good/` is the same text made consistent, the changed
line a trap. Every item is phrased in its own shape, format and place, so a reader fitted to one
wording shows here. Each mini-world is linted on its own: the twins name the same entities and must
not meet as cross-document findings. A finding matches an entry when one of its locations is on one
of the entry's lines, in its file or one of the entry's `files` (the rule of the eval corpus).
The floors are the scores reached, rounded down: a drop is a regression in a kind of reading.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import REPO
from lorecheck import parallel
from lorecheck.config import Config
from lorecheck.engine import lint

SETS = REPO / "fixtures" / "challenge"
# family -> (min recall, min precision) over all of its mini-worlds
FLOORS = {
    "spans": (0.41, 1.0),
    "ends": (0.54, 1.00),
    "sides": (0.70, 0.95),
    "values": (0.76, 0.95),
}


def _score(world: Path) -> tuple[int, int, int, int]:
    """(entries found, entries, findings matching an entry, findings) of one mini-world."""
    gold = {}
    for path in sorted(world.glob("*.gold.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        gold[path.name[: -len(".gold.yaml")]] = data.get("expected") or []
    entries = [{(name, int(line)) for name in [doc, *(e.get("files") or [])] for line in e.get("lines") or []}
               for doc, expected in gold.items() for e in expected]
    result = lint([str(world / doc) for doc in gold], Config(root=world))
    found, matched = set(), 0
    for d in result.diagnostics:
        where = {(Path(d.span.path).name, d.span.line)} | {(Path(r.span.path).name, r.span.line) for r in d.related}
        hits = {i for i, lines in enumerate(entries) if where & lines}
        matched += bool(hits)
        found |= hits
    return len(found), len(entries), matched, len(result.diagnostics)


@pytest.fixture
def uncached():
    """One process, no cache: each mini-world is read fresh."""
    before = dict(parallel._settings)
    parallel.configure(jobs=1, cache=False)
    yield
    parallel._settings.update(before)


@pytest.mark.parametrize("family", sorted(FLOORS))
def test_challenge_set_scores(family, uncached):
    totals = [0, 0, 0, 0]
    for world in sorted(p for p in (SETS / family).iterdir() if p.is_dir()):
        totals = [a + b for a, b in zip(totals, _score(world))]
    found, expected, matched, findings = totals
    recall, precision = found / expected, (matched / findings if findings else 1.0)
    floor_recall, floor_precision = FLOORS[family]
    summary = f"{family}: recall {recall:.3f} ({found}/{expected}), precision {precision:.3f} ({matched}/{findings})"
    assert recall >= floor_recall and precision >= floor_precision, f"{summary}; floors {FLOORS[family]}"


def test_every_item_is_a_pair_with_gold():
    for family in FLOORS:
        worlds = [p.name for p in (SETS / family).iterdir() if p.is_dir()]
        assert worlds and all(any((SETS / family / w).glob("*.gold.yaml")) for w in worlds)
        bad = {w.removesuffix("-bad") for w in worlds if w.endswith("-bad")}
        good = {w.removesuffix("-good") for w in worlds if w.endswith("-good")}
        assert bad == good, f"{family}: items without a twin: {sorted(bad ^ good)}"
