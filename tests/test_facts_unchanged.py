"""The speed-ups of fact extraction must not change a fact.

The chunker parses a clause in pieces split at tokens the grammar only lets
stand alone; these tests hold that to the whole-clause parse, and check the
cheap pre-tests (word gates) on the inputs where they take their slow path.
"""
from __future__ import annotations

import random

from lorecheck.grammar import Token, Tree

from lorecheck.extract import extract, prose
from lorecheck.sources import parse_text

_TYPES = ("NAME EVENT DEMNP TOPIC PRON REL POSS VERB NOM AUX HAVE BY OF AND COMMA DATE HEDGE NEG ADV PREP "
          "OTHER").split()


def _whole_parse(types: tuple[str, ...]) -> list[tuple[str, int, int]]:
    tree = prose._get_parser().parse([Token(t, t, start_pos=i) for i, t in enumerate(types)])
    out = []
    for child in tree.children:
        if isinstance(child, Tree):
            positions = [t.start_pos for t in child.scan_values(lambda v: isinstance(v, Token))]
            out.append((child.data, min(positions), max(positions) + 1))
        else:
            out.append((child.type, child.start_pos, child.start_pos + 1))
    return out


def test_the_split_points_are_read_off_the_grammar():
    assert prose._standalone_types() == {"DATE", "PREP", "REL"}
    assert prose._other_after_owner_only()


def test_pieces_chunk_like_the_whole_clause():
    rng = random.Random(6)
    for _ in range(3000):
        weights = [rng.random() for _ in _TYPES]
        types = tuple(rng.choices(_TYPES, weights, k=rng.randint(0, 24)))
        prose._shape_cache.pop(types, None)
        assert prose._chunk_shape(types) == _whole_parse(types), types


def test_owner_noun_is_not_split_off():
    # "Vellmark's [fleet] invasion": OTHER after POSS belongs to the owner, so the nominal keeps it
    types = ("POSS", "OTHER", "NOM", "OF", "NAME")
    prose._shape_cache.pop(types, None)
    assert prose._chunk_shape(types) == [("nominal", 0, 5)]


def _facts(text: str, path: str = "doc.txt"):
    return extract(parse_text(path, text), budget=None)


def test_a_duration_in_a_sentence_with_accents_is_still_read():
    # non-ASCII sentences take the regex gate, not the lower-cased substring test
    facts = _facts("Orsolya Décsi\n\nThe siege of Kaszó lasted forty-one days, from 3 March 1702 to "
                   "12 April 1702.\n")
    assert [(d.total_days, d.start.day, d.end.day, d.subject) for d in facts.durations] == [(41, 3, 12, "Kaszó")]


def test_a_relative_date_and_a_figure_are_read_through_their_gates():
    facts = _facts("Tarn War\n\nOn 4 May 1702 the Tarn fleet sailed. Three days later, on 7 May 1702, "
                   "it reached Oskel.\n\nIn 1702 the census counted 12,400 inhabitants.\n")
    assert [(r.offset.days, r.anchor.day, r.stated.day) for r in facts.relative_dates] == [(3, 4, 7)]
    assert [(q.measure, q.value, q.when.year) for q in facts.quantities] == [("population", 12400.0, 1702)]


def test_every_measure_word_holds_a_needed_word():
    # the one-test gate before the measure patterns: each "<word> of" word and counted noun contains a needed word
    from lorecheck.extract.prose import _measure_gates, _measure_needs
    needs = _measure_needs()
    for before, _, nouns in _measure_gates():
        for w in (*before, *(n.lower() for n in nouns)):
            assert any(n in w for n in needs), w


def test_an_old_style_twin_is_read_through_the_whole_mark_gate():
    # ASCII text takes the whole-mark test; a mark in another case still counts ("OLD STYLE", "o.s." as written)
    from lorecheck.extract.calendars import without_older_calendar
    from lorecheck.extract.dates import DateContext, find_dates
    for text in ("Ondrisse Pelgrath was born on 20 February 1702 (OLD STYLE), that is 3 March 1702.",
                 "Ondrisse Pelgrath was born on 20 February 1702 O.S., that is 3 March 1702.",
                 "Ondrisse Pelgrath was born on 20 February 1702 (old style), that is 3 March 1702 – café."):
        dates = find_dates(text, DateContext())
        read = without_older_calendar(text, dates)
        assert [f.value.day for f in read] == [3, 3], text
    text = "Ondrisse Pelgrath knew the bold renewal of 20 February 1702 and of 3 March 1702."
    dates = find_dates(text, DateContext())
    assert without_older_calendar(text, dates) is dates
