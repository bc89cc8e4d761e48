"""Precision on real-looking pages: the kinds of false date/order findings real wiki pages provoke.

Each case pairs a consistent page that must stay silent with a page that still
has the contradiction (and is reported on the right line). Fixtures are
original fiction under fixtures/wikitext/precision/.
"""
from __future__ import annotations

from lorecheck.config import Config
from lorecheck.engine import lint
from lorecheck.extract.dates import DateContext, find_dates

from conftest import REPO

FIXTURES = REPO / "fixtures" / "wikitext" / "precision"


def findings(*names: str, rules=("conflicting-date", "ordering")):
    result = lint([str(FIXTURES / n) for n in names], Config())
    return [d for d in result.diagnostics if d.rule in rules]


def dates(text: str) -> dict[str, str]:
    return {f.text: str(f.value) for f in find_dates(text, DateContext())}


# ------------------------------------------------------- years taken from context


def test_a_measure_or_a_clock_time_lends_no_year():
    found = dates("The line fell on 3 June 1702. They held a 2500 yd line. Late on 24 October, patrols came.")
    assert found["24 October"] == "24 October 1702"
    found = dates("On 3 June 1702 they marched. At 1730, the guard changed. On 5 June, the gate fell.")
    assert found["5 June"] == "5 June 1702"


def test_the_year_a_historian_wrote_lends_no_year():
    found = dates("The siege began on 3 May 1702. Marsh wrote in 1888 that the walls were weak. By 25 July, it was over.")
    assert found["25 July"] == "25 July 1702"
    found = dates("It began on 3 May 1702. In 1966, the historian Varr counted the dead from 13 to 17 December.")
    assert "1966" not in found.get("13 to 17 December", "")


def test_a_count_after_a_date_is_not_its_year():
    found = dates("In 1702 the war began. On 30 May, 620 soldiers left. By 23 April 415 volunteers came.")
    assert found["30 May"] == "30 May 1702" and found["23 April"] == "23 April 1702"
    found = dates("In 1702 the war began. On 30 June, the losses were c. 400 and on 2 July more.")
    assert found["2 July"] == "2 July 1702"


def test_a_year_written_for_the_date_still_counts():
    """The bad case: a real context year still dates the partial date (and an impossible one is kept)."""
    found = dates("In 1702 the king died. On 31 November, his son was crowned.")
    assert found["31 November"] == "31 November 1702"
    assert dates("It was 1702. On 3 May, the son")["3 May"] == "3 May 1702"
    assert dates("On 3 May 1945 troops landed.")["3 May 1945"] == "3 May 1945"


# ---------------------------------------------------------- infobox with phases


def test_later_lines_of_a_date_field_are_phases_not_the_page_dates():
    assert findings("siege_of_harrowgate.wiki") == []


def test_a_prose_start_against_the_first_line_of_a_phased_field_still_conflicts():
    found = findings("siege_of_harrowgate_bad.wiki", rules=("conflicting-date",))
    starts = [d for d in found if "start date" in d.message]
    assert len(starts) == 1 and starts[0].span.line == 11 and [r.span.line for r in starts[0].related] == [3]


# ------------------------------------------------------- what a statement dates


def test_a_named_offensive_dates_itself_not_the_operation_it_follows():
    """"the Harrow Offensive commenced, as a follow-on from Operation Tern" is no start of Tern."""
    assert findings("operation_tern.wiki") == []


def test_a_people_or_state_has_no_start_of_its_own_across_pages():
    """"The Ostrians began to build forts" (1702) and "... to drain the marshes" (1705) are two acts."""
    found = findings("operation_tern.wiki", "reeds_campaign.wiki")
    assert not [d for d in found if "Ostria" in d.message]


def test_a_wrong_start_of_a_named_operation_on_another_page_is_still_found():
    found = findings("operation_tern.wiki", "reeds_campaign.wiki")
    (d,) = [d for d in found if "Operation Tern" in d.message]
    assert d.span.path.endswith("reeds_campaign.wiki") and d.span.line == 8
    assert d.related[0].span.path.endswith("operation_tern.wiki") and d.related[0].span.line == 3


def test_a_garrison_surrender_is_not_the_state_surrender_but_two_state_surrenders_conflict():
    assert not [d for d in findings("siege_of_harrowgate.wiki") if "surrender" in d.message]
    (d,) = [d for d in findings("siege_of_harrowgate_bad.wiki") if "surrender" in d.message]
    assert d.span.line == 11 and "14 June 1702" in d.message and "4 June 1702" in d.message


# ------------------------------------------- round 2: years that belong to another story


def test_a_year_inside_a_name_lends_no_year():
    found = dates("On 1 December 1702 they met. The lands ceded in the Treaty of Orme of 1650 were named. "
                  "On 4 December, the fleet sailed.")
    assert found["4 December"] == "4 December 1702"
    assert dates("In the summer of 1702 the front held. On 4 December, the fleet sailed.")["4 December"] \
        == "4 December 1702"


def test_the_end_of_a_year_moves_the_story_into_the_next():
    assert dates("By the end of 1702, the front was quiet. On 18 January, the attack began.")["18 January"] \
        == "18 January 1703"
    assert dates("In 1702 the front was quiet. On 18 January, the attack began.")["18 January"] == "18 January 1702"


def test_months_inside_the_range_just_written_and_before_a_later_year():
    found = dates("Between 19 December 1702 and 31 January 1703, it was cold. On 16 December, they attacked.")
    assert found["16 December"] == "16 December 1702"
    found = dates("It was summer 1702. The offensive began August 6, although some aims waited until January 1703.")
    assert found["August 6"] == "6 August 1702"
    assert dates("They held from 6 December to 14 January 1703.")["6 December to 14 January 1703"] \
        == "6 December 1702 – 14 January 1703"
    assert dates("They held from 12 December 1702 to 5 January.")["12 December 1702 to 5 January"] \
        == "12 December 1702 – 5 January 1703"


def test_a_day_outside_the_range_just_written_is_the_one_nearest_its_end():
    """After a range across a new year, a day before its start in the first year is the next one's."""
    found = dates("The cruise lasted from 22 June 1702 – 8 May 1703 and took ships. The Skua lay in dock until 10 June.")
    assert found["10 June"] == "10 June 1703"
    found = dates("The cruise lasted from 22 June 1702 – 8 May 1703. On 30 June, the Skua took a prize.")
    assert found["30 June"] == "30 June 1702"  # inside the range: its first year


def test_a_year_written_with_a_range_end_rolls_back_only_past_that_end():
    found = dates("The port opened on 28 November, though the Vell had held it from 4 September to 28 November 1702.")
    assert found["28 November"] == "28 November 1702"
    found = dates("The offensive began on 6 December and lasted until 14 January 1703.")
    assert found["6 December"] == "6 December 1702"


def test_a_new_section_returns_from_an_aftermath_to_the_story_year():
    """"kept prisoner until April 1709" must not date the next section's "16 December"; the wrong
    weekday of the story year is still found, on its line."""
    found = findings("siege_of_wendmark.wiki", rules=("weekday",))
    assert [(d.span.line, d.span.column) for d in found] == [(14, 92)]
    assert "18 December 1702" in found[0].message


def test_a_phase_of_another_event_mentioned_in_passing_is_not_its_date():
    """"[[Battle of Ferrow]] (12–13 May)" lies inside Ferrow's own 12–14 May; (19–20 May) does not."""
    found = findings("battle_of_ferrow.wiki", "spring_campaign_1702.wiki", rules=("conflicting-date",))
    assert found and all(d.span.path.endswith("spring_campaign_1702.wiki") and d.span.line == 12 for d in found)


# ------------------------------------------- round 3: which event a sentence dates


def test_an_opening_part_of_phrase_names_the_whole_not_the_subject():
    """"Part of the broader X, the siege began ..." and "Part of X and the larger Y, it started ..." date
    the page's own siege; "began to prepare", "began to be executed", "such an operation" and "the
    operation" long after one was named date nothing; Operation Bittern's own start stays its own."""
    assert findings("siege_of_varnholt.wiki") == []
    assert findings("siege_of_varnholt.wiki", "operation_bittern.wiki", "tarn_offensive.wiki") == []


def test_the_page_own_start_after_an_opening_part_of_phrase_still_conflicts():
    (d,) = findings("siege_of_varnholt_bad.wiki")
    assert d.span.line == 6 and "26 June 1702" in d.message and "29 June 1702" in d.message


def test_a_feared_or_demanded_surrender_or_one_dated_by_the_sentence_before_is_none():
    """"what would befall them if they surrendered", "demanded that Vael surrender", "held until 10 April.
    The Vaelish surrendered when ...", and "the First Harrow Offensive" is not the Harrow Offensive."""
    assert findings("siege_of_lusk.wiki", "harrow_offensive.wiki") == []


def test_the_name_after_until_is_the_subject_of_its_own_verb():
    (d,) = findings("siege_of_lusk_bad.wiki")
    assert d.span.line == 9 and "8 May 1705" in d.message and "9 May 1705" in d.message


# ------------------------------------------------------- a share in an event


def test_ending_a_share_in_an_event_is_not_its_end():
    """"ending Commonwealth participation in the Battle of Reedmoor" ends the share, not the battle."""
    assert findings("battle_of_reedmoor.wiki", "siege_of_harl_gate.wiki") == []


def test_ending_the_event_itself_on_another_page_still_conflicts():
    found = findings("battle_of_reedmoor.wiki", "siege_of_harl_gate_bad.wiki", rules=("conflicting-date",))
    assert len(found) == 1 and found[0].span.line == 9 and [r.span.line for r in found[0].related] == [3]


# ------------------------------------------------- round 4: background years, glossed years


def test_a_background_year_closes_its_section_when_the_page_dates_only_months():
    """"in summer 1702. The offensive began August 6": a later "razed in 1688" is background, and the
    next section's "August 6" is the story's again; a story year there still dates it (and conflicts)."""
    assert findings("harl_offensive.wiki") == []
    (d,) = findings("harl_offensive_bad.wiki")
    assert d.span.line == 14 and "9 August 1702" in d.message


def test_a_parenthesis_after_a_bare_year_takes_that_year():
    found = dates("It was besieged in 1650 (February to August), and razed in 1688 before its hand-over.")
    assert found["February to August"] == "February 1650 – August 1650"
    found = dates("It was besieged (February to August), and razed in 1688 before its hand-over.")
    assert found["February to August"] == "February 1688 – August 1688"


def test_a_force_breaking_out_does_not_start_the_place_it_is_named_after():
    """"The Tessel garrison broke out ... on 26 November": the garrison broke out, the siege did not start."""
    assert findings("siege_of_tessel.wiki", "battle_of_bellor_hill.wiki") == []
    (d,) = findings("siege_of_tessel.wiki", "battle_of_bellor_hill_bad.wiki")
    assert d.span.path.endswith("_bad.wiki") and d.span.line == 10 and "26 November 1702" in d.message


def test_a_date_disambiguating_a_linked_page_name_does_not_date_the_sentence():
    """"[[Orme Offensive (July 1702)]]" names one of several offensives; "the Orme Offensive in July 1702"
    dates the one the other page ends on 24 March."""
    assert findings("orme_offensives.wiki", "orme_river_1702.wiki") == []
    (d,) = findings("orme_offensives.wiki", "orme_river_1702_bad.wiki")
    assert d.rule == "ordering" and [r.span.path.endswith("_bad.wiki") for r in d.related] == [True]


def test_an_acronym_defined_where_it_stands_is_a_name_of_its_own():
    """"merchant aircraft carriers (MAC ships)" beside "CAM ships": two kinds of ship, whatever the
    letters; "CMA" with no expansion beside CAM is a reordering."""
    assert findings("vell_approaches.wiki", rules=("name-drift",)) == []
    found = findings("vell_approaches_bad.wiki", rules=("name-drift",))
    assert [(d.span.line, d.message[:5]) for d in found] == [(6, "'CMA'")], [d.message for d in found]
