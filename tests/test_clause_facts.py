"""A fact told inside an apposition or a relative clause is a fact about the noun it hangs on:
"X, a salt company founded in 1699," dates X's founding; "the weir, which Y had finished in 1720,"
is not Y's completion; "X, which bound nine crews, was sworn aboard ... on D" is X's."""
from __future__ import annotations

from lorecheck.config import Config
from lorecheck.engine import lint
from lorecheck.extract import extract
from lorecheck.model import DateValue
from lorecheck.sources import parse_text


def _facts(text: str, path: str = "doc.txt"):
    return extract(parse_text(path, text), budget=None)


def _found(tmp_path, name: str, text: str, rule: str) -> list[int]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return sorted(d.span.line for d in lint([str(tmp_path / name)], Config()).diagnostics if d.rule == rule)


def _dated(facts, subject: str, predicate: str) -> list[DateValue]:
    return [s.date for s in facts.statements if s.subject == subject and s.predicate == predicate]


def test_a_participle_in_an_apposition_dates_the_name_it_hangs_on():
    facts = _facts("Quay Works\n\nIn 1730 the Tamblin Salt Guild, a trading company founded in 1699, bought "
                   "the quay.\n\nFrom 1735 the quay was leased to the Orrowby Guild, a Norland company "
                   "founded in 1701, whose barges came daily.\n")
    assert _dated(facts, "Tamblin Salt Guild", "founded") == [DateValue(1699)]
    assert _dated(facts, "Tamblin Salt Guild", "act") == [DateValue(1730)]  # was 1699: the apposition's date
    assert _dated(facts, "Orrowby Guild", "founded") == [DateValue(1701)]


def test_a_noun_then_participle_outside_an_apposition_stays_a_noun():
    facts = _facts("Quay Works\n\nThe guild's warehouses burned in 1740 and the quay rebuilt in 1745 stood "
                   "until 1800.\n")
    assert [s for s in facts.statements if s.predicate == "founded"] == []


def test_an_object_relative_is_about_its_antecedent_not_its_subject():
    facts = _facts("Quay Works\n\nThe new weir at Castlow, which Ulmer Brannick had finished in 1720, held.\n")
    assert _dated(facts, "Ulmer Brannick", "completed") == []
    assert _dated(facts, "Ulmer Brannick", "act") == [DateValue(1720)]


def test_a_relative_clause_between_subject_and_verb_and_a_long_place_phrase():
    facts = _facts("Fellowship\n\nThe Charter of Pellowby, which bound nine crews into one company, was sworn "
                   "aboard the barge Merrion in Castlow harbour on 9 May 1706.\n")
    assert _dated(facts, "Charter of Pellowby", "sign") == [DateValue(1706, 5, 9)]


PLAIN = """Title: Tamblin Salt Guild
Type: company
Founded: 1697

The Tamblin Salt Guild is a trading company of the lower river.

In 1730 the quay was leased to the Tamblin Salt Guild, a trading company founded in 1699, whose barges came daily.
"""

MARKDOWN = """---
title: Tamblin Salt Guild
founded: 1697
---

# Tamblin Salt Guild

In 1730 the quay was leased to the [[Tamblin Salt Guild]], a river company founded in 1699, whose barges came daily.
"""

WIKI = """{{Infobox company
| name = Tamblin Salt Guild
| founded = 1697
}}
The '''Tamblin Salt Guild''' is a trading company.

In 1730 the quay was leased to the [[Tamblin Salt Guild]], a river company founded in 1699, whose barges came daily.
"""


def test_an_apposition_founding_conflicts_with_the_field_in_every_format(tmp_path):
    assert 7 in _found(tmp_path, "guild.txt", PLAIN, "conflicting-date")
    assert 8 in _found(tmp_path, "guild.md", MARKDOWN, "conflicting-date")
    assert 7 in _found(tmp_path, "guild.wiki", WIKI, "conflicting-date")


def test_an_apposition_founding_that_agrees_with_the_field_is_silent(tmp_path):
    assert _found(tmp_path, "guild.txt", PLAIN.replace("1697", "1699"), "conflicting-date") == []
    assert _found(tmp_path, "guild.md", MARKDOWN.replace("1697", "1699"), "conflicting-date") == []
    assert _found(tmp_path, "guild.wiki", WIKI.replace("1697", "1699"), "conflicting-date") == []


def test_a_relative_clause_about_another_noun_gives_no_date_to_the_name():
    facts = _facts("Treaties\n\nThe treaty, which the king had signed in 1620, was renewed in 1630.\n")
    assert [s for s in facts.statements if s.predicate in ("sign", "founded", "completed")] == []


def test_an_oath_sworn_by_the_dead_after_a_relative_clause_fires_after_end(tmp_path):
    text = ("Title: Ulmer Brannick\nType: person\nBorn: 1650\nDied: 1700\n\nUlmer Brannick was a sea captain.\n\nThe Charter of Pellowby, "
            "which bound nine crews into one company, was sworn by Ulmer Brannick aboard the barge Merrion in "
            "Castlow harbour on 9 May 1706.\n")
    assert 8 in _found(tmp_path, "brannick.txt", text, "after-end-of-entity")
    assert _found(tmp_path, "brannick.txt", text.replace("9 May 1706", "9 May 1698"), "after-end-of-entity") == []
