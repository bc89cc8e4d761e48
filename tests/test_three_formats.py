"""The same world written as plain text, Markdown and wikitext gives the same facts.

Spans and how a fact was stated (infobox, front matter) differ by format;
what is stated must not.
"""
from __future__ import annotations

import pytest

from lorecheck.engine import extract_file

from conftest import REPO

WORLD = REPO / "fixtures" / "three-formats"
FORMATS = ["siege_of_tarn.txt", "siege_of_tarn.md", "siege_of_tarn.wiki"]


def what(facts) -> dict:
    """The facts of a document without their spans and origins."""
    return {
        "title": facts.title,
        "statements": sorted((s.subject, s.predicate, s.object or "", str(s.date), s.event or "")
                             for s in facts.statements),
        "memberships": sorted((m.entity, m.side, str(m.period), m.role, m.conflict) for m in facts.memberships),
        "figures": sorted((q.measure, q.label.lower(), q.value, q.group, q.role) for q in facts.quantities),
        "durations": sorted((d.years, d.months, d.weeks, d.days, str(d.start), str(d.end), d.subject)
                            for d in facts.durations),
        "invalid": sorted(str(d.value) for d in facts.dates if not getattr(d.value, "valid", True)),
        "errors": [e.message for e in facts.errors],
    }


@pytest.mark.parametrize("other", FORMATS[1:])
def test_same_world_same_facts(other):
    reference = what(extract_file(str(WORLD / FORMATS[0])))
    assert reference["statements"] and reference["memberships"] and reference["figures"] and reference["durations"]
    assert what(extract_file(str(WORLD / other))) == reference


def test_same_findings_in_every_format(run_cli):
    seen = []
    for name in FORMATS:
        code, out, _ = run_cli("--no-cache", "--format", "concise", str(WORLD / name))
        seen.append(sorted(line.split(": ", 1)[1] for line in out.splitlines() if ": " in line))
    assert any("[invalid-date]" in line for line in seen[0])
    assert any("[after-end-of-entity]" in line for line in seen[0])
    assert seen[0] == seen[1] == seen[2]
