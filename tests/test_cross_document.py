"""One fact stated in two files: what the World must join across documents, and what it must not."""
from __future__ import annotations

from lorecheck.config import Config
from lorecheck.engine import lint


def _lint(tmp_path, files: dict[str, str]) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = lint([str(tmp_path / name) for name in files], Config())
    return [d for d in result.diagnostics if d.rule == "conflicting-date"]


def _places(d) -> set[tuple[str, int]]:
    """(file name, line) of a finding and of its related notes: one finding names both files."""
    return {(s.path.rsplit("/", 1)[-1], s.line) for s in [d.span] + [r.span for r in d.related]}


WAR = """{{Infobox military conflict
| conflict   = Reed War
| date       = 1712 – 1715
| combatant1 = [[Oster]]
| combatant2 = [[Vell]]
}}
The '''Reed War''' was fought between Oster and Vell from 1712 to 1715. Vell capitulated on 13 July 1715 after the fall of its capital.
"""

SIEGE = """Siege of Brisk

The Siege of Brisk was the last action of the Reed War between Oster and Vell. Vell laid down arms on {date}, when its council signed the instrument of surrender at Brisk.
"""


def test_a_state_named_as_surrendering_on_two_days_in_two_files(tmp_path):
    found = _lint(tmp_path, {"war.wiki": WAR, "siege.txt": SIEGE.format(date="3 July 1715")})
    assert len(found) == 1
    assert _places(found[0]) == {("siege.txt", 3), ("war.wiki", 7)}


def test_a_state_surrendering_on_one_day_in_two_files(tmp_path):
    assert _lint(tmp_path, {"war.wiki": WAR, "siege.txt": SIEGE.format(date="13 July 1715")}) == []


def test_a_people_s_surrender_is_not_joined_across_files(tmp_path):
    """"the Vellish surrender on D" is one front's, or the signing, or its taking effect: real pages
    date France's 1940 surrender 22 and 25 June."""
    one = "Siege of Brisk\n\nAfter the Vellish surrender on 3 July 1715, the Osterish fleet sailed home.\n"
    two = "Reed War\n\nThe Reed War was fought between Oster and Vell. The Vellish surrendered on 13 July 1715.\n"
    assert _lint(tmp_path, {"siege.txt": one, "war.txt": two}) == []


def test_a_date_before_a_relation_word_is_not_the_surrender_s(tmp_path):
    one = ("Raid on Kest\n\nThe admiral ordered all ships to cease attacks on 4 July 1715, ahead of Vell's "
           "surrender.\n")
    assert _lint(tmp_path, {"raid.txt": one, "war.wiki": WAR}) == []


HOUSE = """---
title: House Vorn
members:
  - name: Quilla Vorn
    date of death: 1411-08-09
---

# House Vorn

Quilla Vorn ruled the lagoon from 1399 until her death.
"""

REPUBLIC = """# Republic of Pelmarch

Berto's daughter [[Quilla Vorn|Quilla]] was elected doge in 1399 and re-elected in 1405.

Quilla, the doge of the wool war, died of the plague on {date}, in the last months of her second term.
"""


def test_a_first_name_linked_in_one_file_meets_the_full_name_of_another(tmp_path):
    found = _lint(tmp_path, {"house.md": HOUSE, "republic.md": REPUBLIC.format(date="19 August 1411")})
    assert len(found) == 1
    assert _places(found[0]) == {("republic.md", 5), ("house.md", 5)}


def test_a_first_name_linked_agreeing_with_the_other_file(tmp_path):
    assert _lint(tmp_path, {"house.md": HOUSE, "republic.md": REPUBLIC.format(date="9 August 1411")}) == []
