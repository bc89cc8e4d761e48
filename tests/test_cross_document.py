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


# ------------------------------------------------- a named occasion dated beside its name on another page

BATTLE = """{{Infobox military conflict
| conflict   = Battle of Muirsk Sound
| partof     = the Skua War
| date       = 4–5 May 1702
| combatant1 = [[Dravo]]
| combatant2 = [[Kesk]]
}}
The '''Battle of Muirsk Sound''' was a sea fight of the Skua War.
"""

GULL_WAR = """Skua War

The Skua War was fought between Dravo and Kesk. Its largest action, the Battle of Muirsk Sound {said}, broke the Keskish line.
"""


def test_a_battle_dated_in_passing_against_its_own_page(tmp_path):
    found = _lint(tmp_path, {"battle.wiki": BATTLE, "war.txt": GULL_WAR.format(said="(4–5 June 1702)")})
    assert len(found) == 1
    assert ("war.txt", 3) in _places(found[0]) and ("battle.wiki", 4) in _places(found[0])


def test_a_battle_dated_in_passing_within_its_own_days(tmp_path):
    for said in ("(4–5 May 1702)", "on 5 May 1702", "(1702)", "in May 1702"):
        assert _lint(tmp_path, {"battle.wiki": BATTLE, "war.txt": GULL_WAR.format(said=said)}) == [], said


COUNCILS = """Title: Synods of the Lakeland Church
Synod of Orle: 3-9 March 1120
Council of Quendry: 12-20 October 1340

The synod met at Orle under the elder patriarch.
"""

PRIORY = """---
title: Priory of Skell
---

# Priory of Skell

The quarrel over the mill was laid before the [[Synod of Orle]] {said}.
"""


def test_a_battle_named_beside_others_or_on_its_morrow_stays_silent(tmp_path):
    """The date of a clause the battle shares with other subjects, or of a sentence that only names it, or
    the day after its last (its aftermath), does not date the battle."""
    for said in ("The Battle of Muirsk Sound and the Keskish frigates drove the fleet home on 19 August 1702.",
                 "In October 1702, after the Battle of Muirsk Sound, the regent sued for peace.",
                 "Three frigates were lost at the Battle of Muirsk Sound on 6 May 1702."):
        text = "Skua War\n\nThe Skua War was fought between Dravo and Kesk. " + said + "\n"
        assert _lint(tmp_path, {"battle.wiki": BATTLE, "war.txt": text}) == [], said


def test_a_synod_dated_on_another_page_against_a_header_named_after_it(tmp_path):
    found = _lint(tmp_path, {"councils.txt": COUNCILS, "priory.md": PRIORY.format(said="in March 1121")})
    assert len(found) == 1
    assert _places(found[0]) == {("priory.md", 7), ("councils.txt", 2)}
    assert _lint(tmp_path, {"councils.txt": COUNCILS, "priory.md": PRIORY.format(said="in March 1120")}) == []


PREACHER = """{{{{Infobox person
| name = Bertil Ferne
}}}}
'''Bertil Ferne''' was a wandering preacher. The Council of Quendry condemned his sermons on {said}, and he fled north.
"""


def test_a_council_acting_outside_its_session(tmp_path):
    found = _lint(tmp_path, {"councils.txt": COUNCILS, "ferne.wiki": PREACHER.format(said="2 November 1340")})
    assert len(found) == 1 and ("ferne.wiki", 4) in _places(found[0]) and ("councils.txt", 3) in _places(found[0])
    assert _lint(tmp_path, {"councils.txt": COUNCILS, "ferne.wiki": PREACHER.format(said="14 October 1340")}) == []


def test_another_occasion_of_the_name_and_a_later_act_on_it_stay_silent(tmp_path):
    """Decades apart is a second council of that name; "the anniversary of" dates the anniversary."""
    for said in ("in March 1161", "in March 1121 for the anniversary of the Synod of Orle"):
        text = f"# Priory of Skell\n\nThe quarrel was heard at the first synod held {said}.\n"
        text += "The renewal of the Synod of Orle in 1121 is remembered.\n" if "anniv" in said else \
            "The matter went to the Synod of Orle in 1161.\n"
        assert _lint(tmp_path, {"councils.txt": COUNCILS, "priory.md": text}) == [], said


# ------------------------------------------------- an agreement signed, named as the sentence's subject

def test_a_peace_signed_on_two_days_in_two_files(tmp_path):
    one = "Ulmarch War\n\nThe Peace of Ulmarch was signed on 4 June 1611 in the town hall.\n"
    two = "# Diet of Rune\n\nThe Peace of Ulmarch, signed on {date}, was ratified by the Diet in August.\n"
    found = _lint(tmp_path, {"war.txt": one, "diet.md": two.format(date="14 June 1611")})
    assert len(found) == 1 and _places(found[0]) == {("war.txt", 3), ("diet.md", 3)}
    assert _lint(tmp_path, {"war.txt": one, "diet.md": two.format(date="4 June 1611")}) == []


# ------------------------------------------------- a body's own founding field, its year on another page

GUILD = """---
title: Guild of Saltmen
founded: 1786-06-18
---

# Guild of Saltmen

The guild kept the salt weights of the river towns.
"""


def test_a_body_s_founding_field_against_another_page_s_year(tmp_path):
    for said in ("The Estates chartered the [[Guild of Saltmen]] in YEAR, granting it the salt tolls.",
                 "From 1790 the [[Guild of Saltmen]], founded in YEAR, kept the weights."):
        other = "{{Infobox country\n| name = Pelmarch\n}}\n" + said + "\n"
        found = _lint(tmp_path, {"guild.md": GUILD, "pelmarch.wiki": other.replace("YEAR", "1788")})
        assert len(found) == 1 and _places(found[0]) == {("pelmarch.wiki", 4), ("guild.md", 3)}, said
        assert _lint(tmp_path, {"guild.md": GUILD, "pelmarch.wiki": other.replace("YEAR", "1786")}) == [], said


def test_a_title_s_acronym_names_the_page_subject(tmp_path):
    union = ("Brotherhood of Lamp Trimmers (BLT)\n\nType: trade union\nFounded: 3 May 1840, Port Wick\n"
             "Dissolved: 1 July 1901\nHeadquarters: Port Wick\n\nThe union organised the lamp trimmers of the port.\n")
    other = "# Port Lighting Company\n\nThe [[Brotherhood of Lamp Trimmers]] (BLT), founded in {year} in the company's sheds, organised its men.\n"
    found = _lint(tmp_path, {"union.txt": union, "company.md": other.format(year="1842")})
    assert len(found) == 1 and _places(found[0]) == {("company.md", 3), ("union.txt", 4)}
    assert _lint(tmp_path, {"union.txt": union, "company.md": other.format(year="1840")}) == []


# ------------------------------------------------- a person's "of <land>" name and the name alone

KINGS = """{{{{Infobox royalty
| name = Orsolan of Dremmet
}}}}
King '''[[Orsolan]] of [[Dremmet]]''' ruled the river country.

Orsolan died at Haskel on 17 August 463, leaving two sons.
"""


def test_a_king_named_with_his_land_on_one_page_and_alone_on_another(tmp_path):
    other = "# Priestess Wenthild\n\nWenthild served King Orsolan at Haskel. Orsolan died suddenly on {date}, and his sons went to war.\n"
    found = _lint(tmp_path, {"king.wiki": KINGS.format(), "wenthild.md": other.format(date="7 August 463")})
    assert len(found) == 1 and _places(found[0]) == {("wenthild.md", 3), ("king.wiki", 6)}
    assert _lint(tmp_path, {"king.wiki": KINGS.format(), "wenthild.md": other.format(date="17 August 463")}) == []


def test_two_people_of_one_name_and_two_lands_stay_apart(tmp_path):
    other = ("# Priestess Wenthild\n\nHer patron was Orsolan of Brakka. Orsolan of Brakka died on 7 August 463.\n\n"
             "Orsolan died suddenly on 7 August 463.\n")
    assert _lint(tmp_path, {"king.wiki": KINGS.format(), "wenthild.md": other}) == []
