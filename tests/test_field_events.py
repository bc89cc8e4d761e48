"""A dated field and the prose that restates it are one event (extract/field_events.py).

Any field whose value is a date ("commissioned", "First sitting", "Outbreak", "Governor of X") dates an
event its key names; a sentence that has the page subject (or no one else) do it, with a date, dates
the same event, and two dates that cannot be one day conflict. Another occasion of the event, another
doer or a bound is silent. Each case in plain text, Markdown (front matter, Dataview) and wikitext.
"""
from __future__ import annotations

import textwrap

import pytest

from lorecheck.config import Config
from lorecheck.engine import lint

BAD = {
    # (file name, text, line of the finding, line of the field)
    "front matter key, passive prose": ("ship.md", """\
        ---
        title: Quessel Belle
        type: ship
        launched: 1702-04-11
        ---

        # Quessel Belle

        The Quessel Belle was a merchant brig of the Skelby Sound.

        The ship was launched at Skelby Yard on 21 April 1702, in front of half the town.
        """, 11, 4),
    "plain-text header, irregular verb": ("assembly.txt", """\
        THE GREAT ASSEMBLY OF TARVEN
        Council of the Tarven towns

        Type: assembly of towns
        Established: 2 March 1640
        First sitting: 6 June 1640
        Dissolved: 9 May 1702

        The Great Assembly was the council of the Tarven towns.

        The Assembly first sat in the Long Hall on 16 June 1640, with a miller in the chair.
        """, 11, 6),
    "wikitext infobox, nominal key": ("church.wiki", """\
        {{Infobox building
        | name        = Church of Saint Ebbric
        | consecration = 3 May 1190
        }}
        The '''Church of Saint Ebbric''' is a stone church in Quoddle.

        == History ==
        The church was consecrated by Bishop Amand on 13 May 1190, after nine years of building.
        """, 8, 3),
    "plain-text range field, appointment": ("person.txt", """\
        Pellam Drusk
        From the Estrel campaign notes

        Born: 4 March 1670
        Died: 2 January 1731
        Governor of Estrel: 1710-1718
        Spouse: Yolda Tolk

        Pellam Drusk was a soldier and colonial governor.

        Queen Maud appointed him governor of Estrel in 1712, and he held the post until 1718.
        """, 11, 6),
    "Dataview field, another verb for it": ("mutiny.md", """\
        ---
        title: Harbour Mutiny
        type: rebellion
        ---

        # Harbour Mutiny

        Outbreak:: 9 March 1820

        The mutiny that broke out on 19 March 1820 spread from the guard ships to the forts.
        """, 10, 8),
    "known role, a synonym verb": ("treaty.txt", """\
        TREATY OF MERROW FORD
        Notes on the border treaties

        Name: Treaty of Drask Ford
        Signed: 4 June 812
        Parties: Oskarn; Velle

        The Treaty of Drask Ford ended the border war.

        The treaty was sealed by both kings on 14 June 812 on the sandbank of the ford.
        """, 10, 5),
    "spouse field with its marriage year": ("wedded.wiki", """\
        {{Infobox person
        | name   = Yestra Orle
        | spouse = Pellor Quaddick (m. 1701)
        }}
        '''Yestra Orle''' was a printer in Quoddle.

        On 3 May 1703 she married Pellor Quaddick, a bookbinder.
        """, 7, 3),
    "wikitext marriage template with year, month, day": ("wed.wiki", """\
        {{Infobox person
        | name   = Yestra Orle
        | spouse = {{marriage|Pellor Quaddick|1701|6|14|1730|end=died}}
        }}
        '''Yestra Orle''' was a printer in Quoddle.

        On 14 June 1702 she married Pellor Quaddick, a bookbinder.
        """, 7, 3),
}

GOOD = {
    "precision agrees": ("ship.md", """\
        ---
        title: Quessel Belle
        launched: 1702-04-11
        ---

        # Quessel Belle

        The ship was launched at Skelby Yard in April 1702.
        """),
    "an anniversary of the event": ("ship.md", """\
        ---
        title: Quessel Belle
        launched: 1702-04-11
        ---

        # Quessel Belle

        The tenth anniversary of her launch was kept at Skelby Yard on 21 April 1712.
        """),
    "a second occasion": ("church.wiki", """\
        {{Infobox building
        | name        = Church of Saint Ebbric
        | consecration = 3 May 1190
        }}
        The '''Church of Saint Ebbric''' is a stone church in Quoddle.

        After the fire the church was consecrated a second time on 9 June 1311.
        """),
    "a new part of it": ("church.wiki", """\
        {{Infobox building
        | name        = Church of Saint Ebbric
        | consecration = 3 May 1190
        }}
        The '''Church of Saint Ebbric''' is a stone church in Quoddle.

        The new choir was consecrated on 9 June 1311.
        """),
    "another doer": ("ship.md", """\
        ---
        title: Quessel Belle
        launched: 1702-04-11
        ---

        # Quessel Belle

        Her sister, the Skelby Wren, was launched at the same yard on 3 May 1702.
        """),
    "a bound, not a date": ("treaty.txt", """\
        TREATY OF MERROW FORD
        Notes on the border treaties

        Name: Treaty of Drask Ford
        Signed: 4 June 812
        Parties: Oskarn; Velle

        Talks at the ford opened on 23 May 812, twelve days before the sealing.
        """),
    "another company of the same kind": ("company.md", """\
        ---
        title: Tarn Lighterage Company
        type: company
        dissolved: 1853-04-01
        ---

        # Tarn Lighterage Company

        In 1848 the company bought the sheds of the Orle company, which was wound up on 30 June 1848.
        """),
    "a field that is no date of its own": ("battle.wiki", """\
        {{Infobox military conflict
        | conflict = Actions at Dorrow
        | result   = September action: Oskarn victory
        }}
        The '''actions at Dorrow''' were two engagements in 1702.

        The second action resulted in October 1702 in the retreat of Velle.
        """),
}


def _lint(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return [d for d in lint([str(path)], Config()).diagnostics if d.rule == "conflicting-date"]


@pytest.mark.parametrize("case", sorted(BAD))
def test_prose_restating_a_dated_field_is_the_same_event(tmp_path, case):
    name, text, line, field_line = BAD[case]
    found = _lint(tmp_path, name, text)
    assert len(found) == 1, [f"{d.span.line}: {d.message}" for d in found]
    assert {found[0].span.line, *(r.span.line for r in found[0].related)} == {line, field_line}


@pytest.mark.parametrize("case", sorted(GOOD))
def test_other_occasions_doers_and_bounds_stay_silent(tmp_path, case):
    name, text = GOOD[case]
    assert _lint(tmp_path, name, text) == []
