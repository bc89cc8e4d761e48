"""Worlds dated in years below 1000 (extract/low_years.py): which documents are, and which numbers are years."""
from __future__ import annotations

import json

import pytest

from lorecheck.extract.dates import dates_command, find_dates, set_short_years
from lorecheck.extract.low_years import low_year_window


@pytest.mark.parametrize("text", [
    "---\nborn: 381\ndied: 447\n---\nHe lived long.",  # front-matter date fields
    "{{Infobox person\n| birth_date = {{birth date|381}}\n| death_date = 447\n}}\nHe lived long.",
    "Born:: 381\nDied:: 447\n",  # inline fields
    "The raid came in the summer of 420, the truce in the spring of 423.",  # season + year
    "In the year 412 the walls fell; in the year 415 they rose again.",
    "In 412 of the Third Age the walls fell, and in 415 of the Third Age they rose.",
    "Vessa was born in 381. She died in 447.",  # a life dated by its verbs
])
def test_evidence_of_a_low_year_world(text):
    assert low_year_window(text) is not None


@pytest.mark.parametrize("text", [
    "He died in 447.",  # one date is not a world's habit
    "The unit lost 600 men in 1916 and 300 in 1917; in 300 cases the 101st regiment drove up Highway 401.",
    "---\nborn: 1881\ndied: 1947\n---\nIn the summer of 420 ... no: in the summer of 1920 he sailed.",
    "The fleet had 46 triremes and 431 hoplites; thirty talents were paid.",
])
def test_no_window_without_evidence(text):
    assert low_year_window(text) is None


def _years(text: str) -> list[str]:
    set_short_years(low_year_window(text))
    try:
        return [f.text for f in find_dates(text)]
    finally:
        set_short_years(None)


def test_year_positions_and_counts_in_a_low_year_world():
    head = "---\nborn: 381\ndied: 447\n---\n"
    assert _years(head + "Elected general for 419, he served until 421 (died 447).")[-3:] == ["419", "421", "447"]
    assert _years(head + "In the year 412 the Games of 418 and 422 were held.")[-3:] == ["412", "418", "422"]
    found = _years(head + "In 430 he led 431 hoplites, a sally of 300 spearmen and 46 triremes for 30 talents.")
    assert found[-1] == "430"


def test_dates_command_reads_a_low_year_text_as_extract_does():
    out = dates_command("Vessa was born in 381.\nShe died in 447, aged 66.\n", None)
    assert [(e["text"], e["value"]) for e in out] == [("381", "0381"), ("447", "0447")]
    assert dates_command("He died in 447.\n", None) == []
    json.dumps(out)


def test_a_named_era_after_the_year_keeps_it_a_year():
    text = "In 412 of the Third Age the keep fell; in 415 of the Third Age it rose. He had 300 of the guards."
    assert _years(text) == ["412", "415"]
