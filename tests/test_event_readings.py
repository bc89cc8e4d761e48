"""Readings of a page's own events in any format: three-digit years, the subject by its title's head noun.

Worlds dated in the first millennium: "dissolved: 811" and "wound up in 814" are years there.

A document whose full dates have three-digit years ("3 March 702") writes its bare years with three
digits too; read nowhere else, so that "6 September 295 fighters" on a page of four-digit years stays
a count. The same fact is stated in each format, by field and by prose, with the page's subject named
by the head of its name ("the Company", "the Legion").
"""
from __future__ import annotations

import pytest

from lorecheck.config import Config
from lorecheck.engine import lint
from lorecheck.extract.dates import find_dates, set_short_years, short_year_window


def _dated(tmp_path, name: str, text: str) -> list[tuple[int, str]]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = lint([str(tmp_path / name)], Config())
    return [(d.span.line, d.message) for d in result.diagnostics if d.rule == "conflicting-date"]


MARKDOWN = """---
title: Company of the Lantern Road
founded: 3 March 702
dissolved: 811
---

# Company of the Lantern Road

The Company was founded on 3 March 702 by nine lamp-sellers of the river towns.

Its last warden kept the books for a few years, but the Company was wound up in {year}.
"""

WIKITEXT = """{{{{Infobox organization
| name        = Legion of the Lamp
| founded     = 3 March 702
| dissolved   = 811
}}}}
The '''Legion of the Lamp''' was an order of lamplighters, founded on 3 March 702.

== End ==
After the river trade failed, the Legion was disbanded in {year}.
"""

PLAIN = """Guild of Salt
Founded 12 May 640
Dissolved 811

The Guild of Salt was chartered on 12 May 640 by the salt-boilers of the coast.

In {year} the Guild was dissolved by the new prince.
"""


@pytest.mark.parametrize("name, text, line", [("company.md", MARKDOWN, 11), ("legion.wiki", WIKITEXT, 9),
                                               ("guild.txt", PLAIN, 7)])
def test_a_dissolution_field_against_prose_in_three_digit_years(tmp_path, name, text, line):
    found = _dated(tmp_path, name, text.format(year=814))
    assert [f[0] for f in found] == [line]
    assert "814" in found[0][1] and "811" in found[0][1]


@pytest.mark.parametrize("name, text", [("company.md", MARKDOWN), ("legion.wiki", WIKITEXT), ("guild.txt", PLAIN)])
def test_the_same_dissolution_year_is_silent(tmp_path, name, text):
    assert _dated(tmp_path, name, text.format(year=811)) == []


def test_a_window_only_where_full_dates_have_three_digit_years():
    assert short_year_window("On 3 March 702 and in April 705 the guild met.") == (402, 999)
    # four-digit years outnumber them: counts after a date ("6 September 295 fighters") stay counts
    page = "From 24 August to 6 September 295 fighters were lost in 1940; by 23 April 415 volunteers, 1941."
    assert short_year_window(page) is None
    assert short_year_window("Founded 3 March 702.") is None  # one date is not a world's habit


def test_bare_three_digit_years_need_a_place_where_a_year_is_expected():
    set_short_years((500, 900))
    try:
        texts = {t: [f.text for f in find_dates(t)] for t in (
            "The guild was wound up in 814.", "It held the town from 712 until 771.", "811",
            "They brought 700 camels and 640 bales.", "Some 812 wardens attended.")}
    finally:
        set_short_years(None)
    assert texts["The guild was wound up in 814."] == ["814"]
    assert texts["It held the town from 712 until 771."] == ["712 until 771"]
    assert texts["811"] == ["811"]
    assert texts["They brought 700 camels and 640 bales."] == []
    assert texts["Some 812 wardens attended."] == []
    assert [f.text for f in find_dates("The guild was wound up in 814.")] == []  # outside such a document


# ------------------------------------------------- the page's own head noun, whatever kind of thing it is

RISING_MD = """---
title: The Quorrel Rising
start: 1733-01-14
---

# The Quorrel Rising

The rising broke out on the night of {day} January 1733, when the mills were set on fire.
"""

BLOCKADE_WIKI = """{{{{Infobox military conflict
| conflict = Blockade of Pessack
| date     = 2 June 1688 – 9 August 1688
}}}}
The '''Blockade of Pessack''' closed the harbour for a summer.

The blockade began on {day} June 1688, when three frigates anchored across the roads.
"""

EMBARGO_TXT = """Druvenne Salt Embargo
Date 3 April 1702 – 1 May 1703

The embargo came into force on {day} April 1702, and the salt barges lay idle at the quays.
"""


@pytest.mark.parametrize("name, text, line, good", [
    ("rising.md", RISING_MD, 8, 14), ("blockade.wiki", BLOCKADE_WIKI, 7, 2), ("embargo.txt", EMBARGO_TXT, 4, 3)])
def test_the_title_s_head_noun_is_the_page_subject(tmp_path, name, text, line, good):
    found = _dated(tmp_path, name, text.format(day=good + 10 if good < 10 else good - 10))
    assert [f[0] for f in found] == [line]
    assert _dated(tmp_path, name, text.format(day=good)) == []


def test_a_place_s_head_noun_in_another_s_clause_is_not_the_page_subject(tmp_path):
    """"the tower" on the Tower of Quorrel's page, inside a clause about a bridge: a place is no event."""
    text = ("Tower of Quorrel\n\nThe Tower of Quorrel was begun in 1602 and completed in 1618. Work on the Yarnow "
            "Bridge, which the tower guarded, finished in 1590.\n")
    (tmp_path / "tower.txt").write_text(text, encoding="utf-8")
    assert [d for d in lint([str(tmp_path / "tower.txt")], Config()).diagnostics if d.rule == "ordering"] == []
