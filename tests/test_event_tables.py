"""A table of events dates each named event it lists, and the prose that names the event must agree.

"| Sallowmere Flood | 20 October 1816 |" under "Flood | Date" dates the flood as "the Sallowmere Flood of 1818" in
the prose does (predicate "happen"), so the two meet in the conflicting-date rule, in every format. A table
of people, offices or ships names no event in its first cell; a "Second Battle of X" row is another battle;
a year is checked at its own precision (any day in it agrees).
"""
from __future__ import annotations

import pytest

from lorecheck.config import Config
from lorecheck.engine import lint


def _dated(tmp_path, files: dict[str, str]) -> list[tuple[str, int]]:
    paths = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    result = lint(paths, Config())
    return sorted((d.span.path.rsplit("/", 1)[-1], d.span.line) for d in result.diagnostics
                  if d.rule == "conflicting-date")


MARKDOWN = """---
title: Annals of the Osk Valley
---
# Annals of the Osk Valley

## Register of floods

| # | Flood | Date | Drowned |
|---|---|---|---|
| 1 | Sallowmere Flood | 20 October 1816 | 41 |
| 2 | Tithing Surge | 2 February 1820 | 12 |

## After the floods

The Sallowmere Flood of {year} drowned the lower town and the dyke-reeves voted for a new dyke.
"""

WIKITEXT = """'''War of the Two Lanterns''' was a war of the river towns.

== Course ==
The Battle of Ketley Ford was fought on {day} October 1163, and the raiders fell back.

== Engagements ==
{{| class="wikitable"
! Engagement !! Date !! Result
|-
| Battle of Ketley Ford || 8 October 1163 || Victory
|-
| Siege of Quessel || 2 June 1164 || Defeat
|}}
"""

PLAIN = "\n".join([
    "Chronicle of the Talmer Fens",
    "",
    "The marches kept a register of their troubles, copied out fair each winter.",
    "",
    "Event\tDate\tNotes",
    "Council of Brennic\t4 March 901\ttruce agreed",
    "Great Fire of Ostry\t12 July 905\thalf the city lost",
    "Raid on Tull\t3 May 907\tgranary burned",
    "",
    "The Great Fire of Ostry of {year} is remembered in a ballad.",
    "",
])


@pytest.mark.parametrize("name, text, wrong, right, line", [
    ("annals.md", MARKDOWN, {"year": 1818}, {"year": 1816}, 15),
    ("war.wiki", WIKITEXT, {"day": 18}, {"day": 8}, 10),
    ("chronicle.txt", PLAIN, {"year": 906}, {"year": 905}, 10),
])
def test_table_row_dates_the_event_the_prose_names(tmp_path, name, text, wrong, right, line):
    assert _dated(tmp_path, {name: text.format(**wrong)}) == [(name, line)]
    assert _dated(tmp_path, {name: text.format(**right)}) == []


def test_table_row_meets_another_page(tmp_path):
    table = MARKDOWN.replace("The Sallowmere Flood of {year} drowned", "The flood drowned")
    story = "# The lower town\n\nThe lower town was rebuilt after the Sallowmere Flood of 1819.\n"
    assert _dated(tmp_path, {"annals.md": table, "town.md": story}) == [("town.md", 3)]


def test_numbered_battle_is_another_battle(tmp_path):
    text = WIKITEXT.replace("| Battle of Ketley Ford ||", "| Second Battle of Ketley Ford ||")
    assert _dated(tmp_path, {"war.wiki": text.format(day=18)}) == []


def test_table_of_people_or_ships_dates_no_event(tmp_path):
    text = """# Wardens of the Dyke

| Name | Date | Notes |
|---|---|---|
| Idrun Haldrup | 3 March 1801 | appointed |
| Bastek Quorrel | 9 May 1809 | appointed |

| Ship | Date | Fate |
|---|---|---|
| Fire of Ylvath | 4 June 1790 | launched |

Idrun Haldrup was appointed in 1803. The Fire of Ylvath was launched in 1792.
"""
    assert _dated(tmp_path, {"wardens.md": text}) == []


LINKED = """'''War of the Two Lanterns''' was a war of the river towns.

== Course ==
The first pitched battle was fought at [[Battle of Ketley Ford|Ketley Ford]] on the Swale on {day} October 1163.

== Engagements ==
{{| class="wikitable"
! Engagement !! Date !! Result
|-
| [[Battle of Ketley Ford]] || 8 October 1163 || Victory
|}}
"""


def test_fight_dated_at_the_link_that_names_it(tmp_path):
    assert _dated(tmp_path, {"war.wiki": LINKED.format(day=18)}) == [("war.wiki", 10)]
    assert _dated(tmp_path, {"war.wiki": LINKED.format(day=8)}) == []


def test_year_before_the_name_dates_it(tmp_path):
    text = MARKDOWN.replace("The Sallowmere Flood of {year} drowned", "The {year} Sallowmere Flood drowned")
    assert _dated(tmp_path, {"annals.md": text.format(year=1817)}) == [("annals.md", 15)]
    assert _dated(tmp_path, {"annals.md": text.format(year=1816)}) == []


def test_year_in_a_names_own_words_is_no_date(tmp_path):
    """"the Sallowmere Flood Relief Act of 1818" dates the act, not the flood."""
    text = MARKDOWN.replace("The Sallowmere Flood of {year} drowned", "The Sallowmere Flood Relief Act of {year} drowned")
    assert _dated(tmp_path, {"annals.md": text.format(year=1818)}) == []
