"""The seed documents the project was created from: their genuine contradictions, and silence elsewhere.

The seeds live in ../shared/seeds/ (present in CI beside the checkout; a
fresh clone skips these tests).
"""
from __future__ import annotations

import pytest

from lorecheck.config import Config
from lorecheck.engine import lint

from conftest import SEED, SHARED, need_shared


@pytest.fixture(scope="module")
def seed_findings():
    need_shared(SEED)
    result = lint([str(SHARED / "seeds")], Config())
    return [d for d in result.diagnostics if d.span.path.endswith(SEED.name)]


def at(findings, rule, line):
    return [d for d in findings if d.rule == rule and d.span.line == line]


def test_impossible_dates_with_years_from_context(seed_findings):
    (nov,) = at(seed_findings, "invalid-date", 286)
    (feb,) = at(seed_findings, "invalid-date", 307)
    assert nov.span.column == 297 and "31 November 1942" in nov.message
    assert "30 February 1943" in feb.message


def test_war_start_conflict_names_both_lines_and_the_hedge(seed_findings):
    (d,) = [d for d in at(seed_findings, "conflicting-date", 68) if "start" in d.message]
    assert d.span.column == 321  # "1 May 1939"
    assert [r.span.line for r in d.related] == [4]
    assert "10 May 1939" in d.message and "generally said to have" in d.message


def test_countries_listed_with_the_allies_that_join_the_axis(seed_findings):
    romania = at(seed_findings, "side-conflict", 179)
    bulgaria = at(seed_findings, "side-conflict", 181)
    assert romania and "Romania" in romania[0].message and romania[0].related[0].span.line == 37
    assert bulgaria and "Bulgaria" in bulgaria[0].message and bulgaria[0].related[0].span.line == 31


def test_french_surrender_dated_twice(seed_findings):
    found = [d for d in seed_findings if d.rule == "conflicting-date" and "surrender" in d.message
             and {d.span.line, *(r.span.line for r in d.related)} >= {72, 376}]
    assert found


def test_acronym_written_two_ways(seed_findings):
    drift = [d for d in seed_findings if d.rule == "name-drift" and "VPNF" in d.message]
    assert drift and drift[0].span.line == 79


def test_silent_on_the_consistent_infobox_lines(seed_findings):
    """The duration (line 5) is exact and the casualty groups (55-66) add up."""
    lines = {d.span.line for d in seed_findings}
    assert 5 not in lines
    assert not lines & set(range(55, 67))
    assert not [d for d in seed_findings if d.rule in ("duration", "arithmetic", "source-error")]
