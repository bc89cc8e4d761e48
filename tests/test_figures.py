"""A field's figure is dated by its "_year" field or a year in brackets, so prose for that year can contradict it."""
from __future__ import annotations

from lorecheck.engine import lint

WIKI = """{{Infobox country
| common_name            = Osterland
| population_census      = 2,400,000
| population_census_year = 1901
| population_estimate    = 3,100,000
| population_estimate_year = 1950
}}
'''Osterland''' is a small kingdom.

The census of 1901 counted {count} people.
"""

MARKDOWN = """---
title: Harl
population: 52000
population_year: 1850
---

Population:: 52,000 (1850)

- **1850** — The census counts {count} people within the walls.
"""


def _values(tmp_path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [f"{d.span.line}: {d.message}" for d in lint([str(path)]).diagnostics if d.rule == "conflicting-value"]


def test_a_census_figure_against_its_year_in_prose(tmp_path):
    assert _values(tmp_path, "o.wiki", WIKI.replace("{count}", "2,400,000")) == []
    found = _values(tmp_path, "o.wiki", WIKI.replace("{count}", "4,200,000"))
    assert len(found) == 1 and found[0].startswith("10:") and "4,200,000" in found[0], found


def test_front_matter_and_inline_figures_dated_by_year_field_and_brackets(tmp_path):
    assert _values(tmp_path, "h.md", MARKDOWN.replace("{count}", "52,000")) == []
    found = _values(tmp_path, "h.md", MARKDOWN.replace("{count}", "25,000"))
    assert len(found) == 1 and found[0].startswith("9:") and "25,000" in found[0], found


def test_figures_of_other_years_do_not_meet(tmp_path):
    text = WIKI.replace("{count}", "2,400,000").replace("The census of 1901", "The census of 1931")
    assert _values(tmp_path, "o.wiki", text) == []
