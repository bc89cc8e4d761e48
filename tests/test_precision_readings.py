"""Readings that made findings on clean text: each test a kind of misreading, with the reading that must stay."""
from __future__ import annotations

from lorecheck.extract import extract
from lorecheck.extract.dates import find_dates
from lorecheck.model import DateRange, DateValue
from lorecheck.sources import parse_text


def facts_of_text(text: str, path: str = "doc.txt"):
    return extract(parse_text(path, text), budget=None)


def statements(facts, subject=None, predicate=None):
    return [s for s in facts.statements
            if (subject is None or s.subject == subject) and (predicate is None or s.predicate == predicate)]


# an annal laid out as "YEAR. text" paragraphs filled to a width: each is one paragraph dated by its year
ANNALS = """Chronicle of the Vell Border

1410. The border lords met twice at Sethwick and parted without terms. The winter was hard and
the granaries of the lower valley were empty by midwinter; the wardens sent for grain downriver.
Forty barges reached the quays in spring, and the siege lines were drawn in on 9 October 1410.

1411. The synod of Sethwick, sitting in March and early April, found for the widow. Lord
Ostric died on 30 September, and the widow became regent for her son Darrowin until his majority.

1412. A murrain reached the upper valley in February. The wardens agreed a truce on 1 March
that held until the autumn; no army took the field that year, and the fords stayed closed.
"""


def test_a_paragraph_opening_with_its_year_is_a_paragraph_not_a_list_item():
    doc = parse_text("annals.txt", ANNALS)
    opening = [b for b in doc.blocks if b.text.startswith("1411.")]
    assert len(opening) == 1 and opening[0].kind.value == "paragraph" and "30 September" in opening[0].text
    facts = extract(doc, budget=None)
    deaths = statements(facts, "Ostric", "death")
    assert [s.date for s in deaths] == [DateValue(1411, 9, 30)]  # was 1410: the year of the paragraph before


def test_an_unnamed_age_after_a_possessive_is_someone_elses():
    bad = facts_of_text("Vell\n\nLord Ostric was born in 1350. Ostric died on 3 May 1411, leaving the march "
                        "to his seven-year-old grandson.\n")
    assert [d for d in bad.durations if d.kind == "age"] == []
    good = facts_of_text("Vell\n\nDarrowin Quellan was born in 1404. Darrowin Quellan, then a seven-year-old boy, "
                         "was proclaimed margrave on 3 May 1411.\n")
    assert [d.subject for d in good.durations if d.kind == "age"] == ["Darrowin Quellan"]


def test_a_kin_noun_before_a_bare_name_introduces_a_namesake():
    text = ("Vell\n\nOstric II ruled the march from 1380. Ostric II died on 3 May 1400. His daughter Yssolde "
            "ruled as regent for her son Ostric. Ostric came of age in 1415 and ruled alone.\n")
    facts = facts_of_text(text)
    assert [s for s in statements(facts, "Ostric II") if s.date == DateValue(1415)] == []
    assert [s.date for s in statements(facts, "Ostric II", "death")] == [DateValue(1400, 5, 3)]


def test_a_date_before_a_semicolon_is_the_anchor_not_the_restated_day():
    bad = facts_of_text("Vell\n\nThe peace was signed on 2 February 1411. The galleys appeared on 2 March 1411; "
                        "the next day the garrison laid down its arms.\n")
    assert bad.relative_dates == []
    good = facts_of_text("Vell\n\nThe galleys appeared on 2 March 1411. The garrison laid down its arms on "
                         "3 March 1411, the next day.\n")
    assert [(r.anchor, r.stated) for r in good.relative_dates] == [(DateValue(1411, 3, 2), DateValue(1411, 3, 3))]


def test_a_day_of_a_yearly_custom_takes_no_year_from_context():
    for text in ("In 1409 the shrine burned. The saint is honoured only in leap years, on 29 February.",
                 "In 1409 the shrine burned. The fair is held every year on 2 March.",
                 "In 1409 the shrine burned. The fair is held on 2 March each year."):
        assert [f.text for f in find_dates(text)] == ["1409"], text
    dated = find_dates("In 1409 the shrine burned. On 29 February the bishop rode out.")
    assert [str(f.value) for f in dated] == ["1409", "29 February 1409"]  # a story's day still takes it


def test_a_birthday_kept_on_another_day_is_no_second_birth():
    """"Born on a leap day, she kept her birthday on 1 March in common years": a yearly day, not her birth."""
    for text in ("Born 29 February 1704. Because she was born on a leap day, she kept her birthday on 1 March "
                 "in common years.",
                 "Born 29 February 1704. In ordinary years, being born on a leap day, he was fêted on 28 February.",
                 "Born 29 February 1704. She was born on a leap day and celebrated her birthday on 1 March.",
                 "Born 29 February 1704. He was born on a leap day; his birthday, 1 March, was a harbour holiday.",
                 "Born 29 February 1704. He was born on a leap day and marked it on 1 March except in leap years."):
        assert [f.text for f in find_dates(text)] == ["29 February 1704"], text
    dated = find_dates("Ulfo was born in 1504. The regency ended on his sixteenth birthday, 15 August 1520. "
                       "In 1521 his birthday fell during the siege; on 3 May the town opened its gates.")
    assert [str(f.value) for f in dated][-1] == "3 May 1521"  # a story's day after a birthday still takes its year


def test_that_same_day_restates_the_year_of_the_day_it_names():
    """"On that same day, 29 February" is the 29 February the text dated, not one in the year of an epoch
    ("a count that begins on 1 January 1700") written in between."""
    opening = ("The harbour bell rang at noon on Tuesday 29 February 1704. The tally in the ledger reads "
               "day 1,520, counted from 1 January 1700.")
    for tail in (" On that same day, 29 February, the council adjourned.",
                 " The same day (29 February) the council adjourned.",
                 " On 29 February, the very day of the bell, the council adjourned.",
                 "\n\nThat day, 29 February, the council adjourned."):
        assert [str(f.value) for f in find_dates(opening + tail)][-1] == "29 February 1704", tail
    dated = find_dates("The fair opened on 3 May 1702. In 1703 the fair opened on 3 May.")
    assert [str(f.value) for f in dated][-1] == "3 May 1703"  # no word restates the day: the story's year


def test_a_date_written_in_two_calendars_is_one_date():
    """"Born on 20 February 1702 (Old Style), that is 3 March 1702": one birth, dated in the newer calendar."""
    for sentence in ("Wrenna Scarrow was born at Cray on 20 February 1702 (Old Style), that is 3 March 1702 in the new calendar.",
                     "Wrenna Scarrow was born at Cray on 20 February 1702 by the Julian calendar then in use there, "
                     "that is on 3 March 1702 in the Gregorian reckoning.",
                     "Wrenna Scarrow was born at Cray on 3 March 1702 (O.S. 20 February 1702).",
                     "Wrenna Scarrow was born at Cray on 20 February 1702 O.S. (3 March 1702 N.S.).",
                     "Wrenna Scarrow was born at Cray on 20 February 1702 [N.S. 3 March 1702]."):
        facts = facts_of_text("Wrenna Scarrow\n\n" + sentence + "\n")
        assert [s.date for s in statements(facts, "Wrenna Scarrow", "birth")] == [DateValue(1702, 3, 3)], sentence
    two = facts_of_text("Wrenna Scarrow\n\nJulian Scarrow was born on 20 February 1702 and Wrenna Scarrow on 3 March 1704.\n")
    assert [s.date for s in statements(two, "Julian Scarrow", "birth")] == [DateValue(1702, 2, 20)]


def test_a_topic_noun_before_on_and_a_date_is_the_subject_dated():
    """"acceded to the pact on 14 February" joins the page's pact: `on` (a qualifier word, "the war on the
    marsh front", quoted in prose.yaml so YAML reads it as a word, not as true) qualifies nothing before a date."""
    text = ("---\ntitle: Quellin Pact\ntype: military alliance\nfounded: 1701-05-02\n---\n# Quellin Pact\n\n"
            "The **Quellin Pact** was a military alliance of [[Tessin]] and [[Ostry]], joined later by [[Varrow]].\n\n"
            "Varrow acceded to the pact on 14 February 1702, having been promised the fords.\n"
            "Tessin withdrew from the alliance on 3 May 1709.\n")
    facts = extract(parse_text("pact.md", text), budget=None)
    assert [(s.subject, s.object, s.date) for s in statements(facts, "Varrow", "join")] == [
        ("Varrow", "Quellin Pact", DateValue(1702, 2, 14))]
    assert [(s.subject, s.object) for s in statements(facts, None, "leave")] == [("Tessin", "Quellin Pact")]


def test_after_a_dated_event_is_a_bound_not_the_founding_date():
    facts = facts_of_text("Tarn Lodge\n\nThe Tarn Lodge was an order of the hills, founded after the Greyflood "
                          "of 1184 to guard the fords. The Reed Thingstead was founded after 1500 by the marsh towns. "
                          "The Amber Guild was founded in 1290 after the great fire.\n")
    assert statements(facts, "Tarn Lodge", "founded") == []
    assert statements(facts, "Reed Thingstead", "founded") == []
    assert [s.date for s in statements(facts, "Amber Guild", "founded")] == [DateValue(1290)]


def test_a_season_after_a_span_is_its_end_not_the_span():
    bad = facts_of_text("Vell\n\nDarrowin Quellan took the chair on 1 January 1420 and kept it for twenty-one "
                        "years, retiring in the summer of 1441.\n")
    assert [d for d in bad.durations if d.start is not None and isinstance(d.start, DateRange)] == []
    assert [d for d in bad.durations if d.end is not None and d.start is not None
            and d.start == DateValue(1441, 6)] == []
    good = facts_of_text("Vell\n\nThe war dragged on for six years from its outbreak in the spring of 1403 to "
                         "the peace of Calvo, which was signed on 6 September 1407.\n")
    spans = [(d.start, d.end) for d in good.durations if d.years == 6]
    assert len(spans) == 1 and isinstance(spans[0][0], DateRange) and spans[0][1] == DateValue(1407, 9, 6)


def test_a_second_count_after_and_is_no_year():
    """"had 4,680 students and 312 academic staff": the 312 counts staff; "in 1790 and 1791 the mill" names two
    years."""
    from lorecheck.extract.measures import years_named
    assert years_named("By 1959 the university had 4,680 students and 312 academic staff.") == {1959}
    assert years_named("the works employed 1,460 hands and 112 clerks") == set()
    assert years_named("In 1790 and 1791 the mill stood idle.") == {1790, 1791}


def test_a_named_size_keeps_its_whole_figure():
    """"Morrow Tunnel (15,212 m)": the figure is 15,212, not the 212 after its comma."""
    from lorecheck.extract.measures import _parse_value
    assert _parse_value("Morrow Tunnel (15,212 m)")[0] == 15212


def test_one_figured_part_of_a_semicolon_value():
    """"Two battalions; 2,400 all ranks (1939)": the one part with a figure is the value; two figured parts are none."""
    from lorecheck.extract.measures import _one_figured_part
    value, unit, _, year, _, start, end = _one_figured_part("Two battalions; 2,400 all ranks (1939)")
    assert (value, unit, year) == (2400, "all ranks", 1939)
    assert "Two battalions; 2,400 all ranks (1939)"[start:end] == "2,400"
    assert _one_figured_part("Two battalions, 1,200; 2,400 all ranks") is None
