"""The plain-text (wiki paste) source: infobox structure and body blocks."""
import pytest

from lorecheck.model import BlockKind
from lorecheck.sources import parse_text

from conftest import SEED, need_shared

PAGE = """War of the Reeds
Infobox collage for the War of the Reeds
Date 3 March 1712 – 9 June 1715
(3 years, 3 months and 6 days)
Location Marsh provinces

Flag of Oster Oster
Flag of Marn (1600-1700) Marn (1712–13)
Client and puppet states
Flag of Lake Towns Lake Towns


Flag of Vell Vell
US flag by Someone Dunmere (1713–15) Flag of Marn Marn

Commanders and leaders
Oster leaders

Flag of Oster Aldo Brannick

Vell leaders

Flag of Vell Corin Vass

The War of the Reeds was fought between Oster, Marn, Dunmere and Vell over the reed marshes of the lower Dyr river.

Course of the war (1712-13)

Oster pikemen at the Mere

Oster pikemen crossing the Mere, 1712.

In March the Vell fleet burned the granaries at Harl, and Oster answered with a siege of the town that lasted until the autumn.
"""


def fields(doc, key):
    return [b for b in doc.blocks if b.kind is BlockKind.FIELD and b.key == key]


def test_infobox_sides_flags_and_periods():
    doc = parse_text("w.txt", PAGE, "text")
    assert doc.title == "War of the Reeds"
    assert [b.text for b in fields(doc, "combatant1")] == ["Oster", "Marn (1712–13)", "Lake Towns"]
    assert fields(doc, "combatant1")[2].attrs == {"client": "1"}
    # two belligerents on one line; the flag's own years are not a period
    assert [b.text for b in fields(doc, "combatant2")] == ["Vell", "Dunmere (1713–15)", "Marn"]
    assert [b.text for b in fields(doc, "side1_name")] == ["Oster"]
    assert [b.text for b in fields(doc, "commander2")] == ["Corin Vass"]
    marn = fields(doc, "combatant1")[1]
    span = doc.block_span(marn)
    assert (span.line, span.column) == (8, 26)


def test_body_headings_captions_paragraphs():
    doc = parse_text("w.txt", PAGE, "text")
    kinds = [(b.kind, b.text[:20]) for b in doc.blocks if b.kind is not BlockKind.FIELD]
    assert (BlockKind.HEADING, "Course of the war (1") in kinds
    assert (BlockKind.CAPTION, "Oster pikemen at the") in kinds
    assert (BlockKind.CAPTION, "Oster pikemen crossi") in kinds
    para = [b for b in doc.blocks if b.kind is BlockKind.PARAGRAPH][-1]
    assert para.heading == "Course of the war (1712-13)"


def test_seed_infobox():
    need_shared(SEED)
    doc = parse_text(str(SEED), SEED.read_text(encoding="utf-8"), "text")
    axis = [b.text for b in fields(doc, "combatant1")]
    allies = [b.text for b in fields(doc, "combatant2")]
    assert "Italy (1940–43)" in axis and "Romania (1940–41)" in allies
    assert "Soviet Union" in allies and "Germany" in allies and "United States (1941–46)" in allies
    line26 = [b for b in doc.blocks if b.kind is BlockKind.FIELD and doc.block_span(b).line == 26]
    assert [b.text for b in line26] == ["United States (1941–46)", "Germany"]
    assert [b.text for b in fields(doc, "side1_name")] == ["Axis"]
    assert [b.attrs["label"] for b in fields(doc, "casualties2")] == ["Military dead", "Civilian dead", "Total dead"]


def test_crlf_and_lone_cr_lines_match_editors():
    doc = parse_text("w.txt", PAGE.replace("\n", "\r\n"), "text")
    assert doc.block_span(fields(doc, "combatant1")[1]).line == 8
    doc = parse_text("w.txt", PAGE.replace("\n", "\r"), "text")
    assert doc.block_span(fields(doc, "combatant1")[1]).line == 8


RULERS = """House of Rendle
The House of Rendle ruled the Dyr valley for a century.

Rulers

Name\tBorn\tReign began\tReign ended
Edric\t3 May 1601\t9 June 1630\t1 March 1650
Maud\t12 July 1628\t1 March 1650\t4 April 1671

Maud was crowned at Vell in the spring of 1650.
"""


def test_a_pasted_table_is_read_cell_by_cell_under_its_header():
    doc = parse_text("rulers.txt", RULERS)
    cells = [b for b in doc.blocks if b.kind is BlockKind.TABLE_CELL]
    assert [(c.text, c.attrs["column"], c.attrs["row"]) for c in cells if c.attrs["row"] == "2"] == [
        ("Maud", "Name", "2"), ("12 July 1628", "Born", "2"), ("1 March 1650", "Reign began", "2"),
        ("4 April 1671", "Reign ended", "2")]
    maud = next(c for c in cells if c.text == "Maud")
    line, col = doc.position(maud.file_offset(0))
    assert (line, col) == (8, 1)
    assert not [b for b in doc.blocks if b.kind is BlockKind.HEADING and "\t" in b.text]


FILLED = """HOUSE OF REEDS

Background

The house kept its hall in the old market of Pell from 1602, and its wardens were chosen
each spring by the masters of the trade. In 1640 the hall burned and was rebuilt in brick
within two years, with a new chapel paid for by the widow of the first warden.

Later years
The wardens met in the new hall until the flood of 1702 drove them to the upper town,
where they stayed until 1790 and kept their ledgers in a room above the bell tower.
"""


def test_a_text_filled_to_a_width_is_read_paragraph_by_paragraph():
    doc = parse_text("w.txt", FILLED, "text")
    kinds = [(b.kind, b.text[:20]) for b in doc.blocks]
    assert kinds == [(BlockKind.TITLE, "HOUSE OF REEDS"), (BlockKind.HEADING, "Background"),
                     (BlockKind.PARAGRAPH, "The house kept its h"), (BlockKind.HEADING, "Later years"),
                     (BlockKind.PARAGRAPH, "The wardens met in t")]
    para = doc.blocks[2]
    assert "chosen each spring" in para.text
    # each word still maps to its own line and column
    at = para.text.index("within")
    span = doc.block_span(para, at, at + 6)
    assert (span.line, span.column) == (7, 1)


def test_a_pasted_article_keeps_one_block_per_line():
    doc = parse_text("w.txt", PAGE, "text")
    assert not any("\n" in b.text or b.text.count(". ") > 3 for b in doc.blocks if b.kind is BlockKind.PARAGRAPH)
    assert [b.text for b in doc.blocks if b.kind is BlockKind.CAPTION][-1] == "Oster pikemen crossing the Mere, 1712."


HEADER_NOTE = """Title: Siege of Coldmere
Also known as: The Long Winter
Start: 4 May 1611
End: 19 August 1611
Besiegers: March of Quenby; Free Company of the Heron (until June 1611)
Defenders: Ossory Fen; Free Company of the Heron (from June 1611)
Commanders (side 1): Lord Osmer Quenby; Tam Ruddock
Strength (besiegers): 9,300
Strength (side 2): 4,000

SIEGE OF COLDMERE

The Siege of Coldmere was the attempt of the March of Quenby to starve
the fen town of Ossory into surrender. It began on 4 May 1611, when the
Quenby host reached the causeway, and ended with the withdrawal of the
besiegers on 19 August 1611.

Background

The besieging army numbered 8,900 men in all. It had crossed the Orm at
the end of April, and its baggage train stretched for two miles along
the causeway road.
"""


def test_a_header_of_label_colon_value_lines_is_read_as_fields():
    doc = parse_text("siege.txt", HEADER_NOTE, "text")
    assert doc.title == "Siege of Coldmere"
    assert [b.text for b in fields(doc, "combatant1")] == ["March of Quenby", "Free Company of the Heron (until June 1611)"]
    assert [b.text for b in fields(doc, "combatant2")][0] == "Ossory Fen"
    assert [b.text for b in fields(doc, "commander1")] == ["Lord Osmer Quenby", "Tam Ruddock"]
    assert [(b.text, b.attrs.get("side")) for b in fields(doc, "strength")] == [("9,300", "attackers")]
    assert [b.text for b in fields(doc, "strength2")] == ["4,000"]
    assert [b.text for b in fields(doc, "start")] == ["4 May 1611"]
    gull = fields(doc, "combatant1")[1]
    span = doc.block_span(gull)
    assert (span.line, span.column) == (5, 29)


def test_the_filled_body_below_a_header_is_read_paragraph_by_paragraph():
    doc = parse_text("siege.txt", HEADER_NOTE, "text")
    paras = [b for b in doc.blocks if b.kind is BlockKind.PARAGRAPH]
    first = paras[0]
    assert first.text.startswith("The Siege of Coldmere was") and first.text.endswith("19 August 1611.")
    at = first.text.index("the fen town")
    assert doc.position(first.file_offset(at)) == (14, 1)  # the second line of the paragraph
    assert any(b.kind is BlockKind.HEADING and b.text == "Background" for b in doc.blocks)


PERSON_BOX = "Ada Quenby\n\nBorn\tAda Wren Quenby\n3 February 1741\nHarl, March of Quenby\nDied\t17 November 1802\nResting place\tSt Orm's, Selbury\nPopulation\n1790 estimate\t38,400\n\nAda Wren Quenby (3 February 1741 – 17 November 1802) was a salt farmer of the Selbury marshes.\n"


def test_an_unlisted_tab_label_opens_its_own_field_and_a_bare_label_its_values():
    doc = parse_text("p.txt", PERSON_BOX, "text")
    assert [b.text for b in fields(doc, "death_date")] == ["17 November 1802"]
    assert [b.text for b in fields(doc, "resting_place")] == ["St Orm's, Selbury"]
    # "1790 estimate<TAB>38,400" under a bare "Population" line: the field's value, its label and year kept
    (pop,) = fields(doc, "population")
    assert (pop.text, pop.attrs.get("label"), pop.attrs.get("year")) == ("38,400", "1790 estimate", "1790")
    assert [b.text for b in fields(doc, "birth_date")][1] == "3 February 1741"


STACKED = "Reed War\nDate\t3 March 1712 – 9 June 1715\nBelligerents\nNorthern Alliance\nOster\nVell\nSouthern Pact\nMarn\nCommanders and leaders\nKestrin Brannick\nCorin Vass\n\nThe Reed War was fought between the Northern Alliance and the Southern Pact.\n"


def test_sides_stacked_without_blank_lines_split_at_the_next_alliance_name():
    doc = parse_text("w.txt", STACKED, "text")
    assert [b.text for b in fields(doc, "side1_name")] == ["Northern Alliance"]
    assert [b.text for b in fields(doc, "combatant1")] == ["Oster", "Vell"]
    assert [b.text for b in fields(doc, "side2_name")] == ["Southern Pact"]
    assert [b.text for b in fields(doc, "combatant2")] == ["Marn"]
    # one run of leaders for two sides: whose side each leads is not said
    assert not fields(doc, "commander1")
    assert [b.text for b in fields(doc, "commander_of_unknown_side")] == ["Kestrin Brannick", "Corin Vass"]


def test_a_paragraph_opening_like_a_hatnote_is_prose_but_a_pointer_is_not():
    """"For the next ten years …" is a paragraph; "For the river, see Aldwater." points elsewhere."""
    text = ("The Order of the Lamp\n\nFor the river, see Aldwater.\n\n"
            "The Order of the Lamp (OTL) kept the beacons of the coast from 612.\n\n"
            "For the next ten years the OLT kept the beacons lit and the tolls paid.\n\n"
            "For a time the order also kept the ferry.\n")
    doc = parse_text("lamp.txt", text, "text")
    paragraphs = [b.text[:20] for b in doc.blocks if b.kind is BlockKind.PARAGRAPH]
    assert "For the next ten yea" in paragraphs
    assert "For a time the order" in paragraphs
    assert not any("Aldwater" in b.text for b in doc.blocks if b.kind is BlockKind.PARAGRAPH)


def test_an_acronym_slip_in_a_paragraph_opening_with_for_is_found(tmp_path):
    from lorecheck.engine import lint
    (tmp_path / "lamp.txt").write_text(
        "The Order of the Lamp\n\nThe Order of the Lamp (OTL) kept the beacons of the coast from 612.\n\n"
        "By 640 the OTL held nine towers along the cliffs.\n\n"
        "For the next ten years the OLT kept the beacons lit and the tolls paid.\n", encoding="utf-8")
    findings = [d for d in lint([str(tmp_path / "lamp.txt")]).diagnostics if d.rule == "name-drift"]
    assert [(d.span.line, d.span.column) for d in findings] == [(7, 28)]


LOOSELY_FILLED = """THE TOLLS OF HARBRIDGE

The bridge wardens kept their accounts in rolls that survive from the first
year of the new bridge, and the chroniclers of the town quoted them often.

THE TOLLS

The rolls give the tolls taken at the gate in three periods:
410 crowns for the years 1702-1710, 380 crowns for 1711-1720,
and 295 crowns for the years 1721-1730 of the old reckoning.
The town chronicle sums the whole at 1,185 crowns for the three periods.

Later years
The wardens met in the gatehouse every spring to read the rolls aloud and
to choose the keeper of the gate for the year.
"""


def test_a_loosely_filled_paragraph_broken_after_a_colon_or_a_clause_stays_one_paragraph():
    doc = parse_text("tolls.txt", LOOSELY_FILLED, "text")
    paras = [b for b in doc.blocks if b.kind is BlockKind.PARAGRAPH]
    tolls = [b for b in paras if b.text.startswith("The rolls give")]
    assert len(tolls) == 1 and tolls[0].text.endswith("for the three periods.")  # the total's sentence too
    at = tolls[0].text.index("295 crowns")
    assert doc.position(tolls[0].file_offset(at)) == (10, 5)
    # a short line without a sentence's end, its paragraph right under it, is still a heading
    assert any(b.kind is BlockKind.HEADING and b.text == "Later years" for b in doc.blocks)


def test_a_sum_written_over_loosely_filled_lines_is_checked(tmp_path, run_cli):
    (tmp_path / "tolls.txt").write_text(LOOSELY_FILLED, encoding="utf-8")
    code, out, _ = run_cli("--no-cache", str(tmp_path / "tolls.txt"))
    assert "tolls.txt:11:" in out and "[arithmetic]" in out  # 410 + 380 + 295 = 1,085, not 1,185
    (tmp_path / "tolls.txt").write_text(LOOSELY_FILLED.replace("1,185", "1,085"), encoding="utf-8")
    code, out, _ = run_cli("--no-cache", str(tmp_path / "tolls.txt"))
    assert "[arithmetic]" not in out


SPACED = """Wardens of Corrow Mere
The wardens of the mere kept its sluices and sat in judgement on the fishers.

  Warden              Took office       Left office
  Ulmo Ferrase        3 May 1601        9 June 1630
  Wendric Tillet         9 June 1630     1 March 1650
  Total                                  2 wardens
"""


def test_a_table_aligned_with_spaces_is_read_cell_by_cell_under_its_header():
    """Columns set out with runs of spaces (a right-aligned or ragged cell stays in its column) read like
    a tab-separated table, each cell at its own line and column."""
    doc = parse_text("wardens.txt", SPACED)
    cells = [b for b in doc.blocks if b.kind is BlockKind.TABLE_CELL]
    assert [(c.text, c.attrs["column"]) for c in cells if c.attrs["row"] == "2"] == [
        ("Wendric Tillet", "Warden"), ("9 June 1630", "Took office"), ("1 March 1650", "Left office")]
    tillet = next(c for c in cells if c.text == "9 June 1630" and c.attrs["row"] == "2")
    assert doc.position(tillet.file_offset(0)) == (6, 26)
    assert [(c.text, c.attrs["column"]) for c in cells if c.attrs["row"] == "3"] == [
        ("Total", "Warden"), ("2 wardens", "Left office")]


def test_a_hand_typed_table_whose_columns_drift_is_read_by_its_gaps():
    text = ("Masters of the Ropewalk\nThe ropewalk chose its master by lot among the journeymen.\n\nNo.  Master            Chosen\n1    Imma Wrenholt    1702\n"
            "2    Yarren Ashby-Pellamore     1719\n3    Thibb Tamm          1731\n")
    cells = [b for b in parse_text("masters.txt", text).blocks if b.kind is BlockKind.TABLE_CELL]
    assert [(c.text, c.attrs["column"]) for c in cells if c.attrs["row"] == "2"] == [
        ("2", "No."), ("Yarren Ashby-Pellamore", "Master"), ("1719", "Chosen")]


DOUBLE_SPACED = """Harbour of Quellin

The harbour was dredged in 1702.  Its mole was rebuilt in stone by the
masons of the upper town.  They were paid in salt and in grain, and the
work took three summers.  A beacon was raised on the mole's end in 1707.
The harbour master kept a ledger.  It lists every hull that came in.
"""

FILLED_TABLE_LIKE = """Harbour of Quellin

The harbour was dredged in 1702   and its mole was rebuilt in stone
by the masons of the upper town   who were paid in salt and in grain
for work that took three summer   before a beacon was raised there
"""


HEADLESS = """Provosts of Quellin
The provosts sat for life or until the town council put them out.

Imma Wrenholt             1702-1719   died in office
Yarren Ashby              1719-1731
Thibb Tamm                1731-1740   put out by the council
"""


@pytest.mark.parametrize("text", [DOUBLE_SPACED, FILLED_TABLE_LIKE, HEADLESS])
def test_prose_with_wide_spaces_is_not_a_table(text):
    """Two spaces after full stops, or a filled paragraph with wide gaps, share no columns of short cells;
    lines in columns with no header above them are a list whose columns are not named."""
    doc = parse_text("harbour.txt", text)
    assert not [b for b in doc.blocks if b.kind is BlockKind.TABLE_CELL]
    assert any("1702" in b.text for b in doc.blocks)


def test_a_two_column_table_of_figures_is_a_table():
    """"Cause<TAB>Deaths" over rows of a name and a figure: table cells (a Total row sums them); label<TAB>value
    lines of words under a heading stay what they were."""
    text = ("Harbour\nFrom Wikipedia, the free encyclopedia\nHarbour\nType\tPort\nOpened\t1889\n"
            "The harbour was built between 1881 and 1889 by the town.\nDeaths\nCause\tDeaths\nFalls\t23\n"
            "Drowning\t17\nTotal\t40\nStaff\nMaster\tJohn Tell\nClerk\tAmos Vey\nPilot\tRon Ash\n")
    doc = parse_text("harbour.txt", text)
    cells = [b for b in doc.blocks if b.kind is BlockKind.TABLE_CELL]
    assert [b.text for b in cells if b.attrs.get("row") == "3"] == ["Total", "40"]
    assert not any(b.text in ("John Tell", "Master") for b in cells)


_ONE_RUN = """Quarry War
Date 3 May – 20 December 1822
Belligerents
Assembly of Burghers
Guild militias
Regency Council
Garrison of Harn
Commanders and leaders
Odo Pallant
Radulf Orme
Tomas Wick
Strength
9,000
7,000

The Quarry War was a civil war fought in 1822 between the Assembly of Burghers and the Regency Council, a cabal of court officers led by Chancellor Radulf Orme, over the quarry tolls of the province.
"""


def _sides(text: str) -> dict[str, list[str]]:
    doc = parse_text("quarry_war.txt", text)
    out: dict[str, list[str]] = {}
    for b in doc.blocks:
        if b.kind == BlockKind.FIELD and (b.key or "").startswith(("combatant", "commander", "side")):
            out.setdefault(b.key, []).append(b.text)
    return out


def test_one_run_of_both_sides_turns_where_the_lead_names_the_second():
    """Both sides' lists pasted as one run: the second party "between A and B" names opens the second side, and
    the leaders turn at the first the text ties to it ("B, ... led by X"); no sign, no turn."""
    sides = _sides(_ONE_RUN)
    assert sides["side1_name"] == ["Assembly of Burghers"] and sides["side2_name"] == ["Regency Council"]
    assert sides["combatant1"] == ["Guild militias"] and sides["combatant2"] == ["Garrison of Harn"]
    assert sides["commander1"] == ["Odo Pallant"] and sides["commander2"] == ["Radulf Orme", "Tomas Wick"]
    unsaid = _sides(_ONE_RUN.replace("between the Assembly of Burghers and the Regency Council", "in the province"))
    assert "side2_name" not in unsaid and "commander2" not in unsaid
