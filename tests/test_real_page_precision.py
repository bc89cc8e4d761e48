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
