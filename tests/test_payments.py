"""A named payment's sum (annuity, ransom, indemnity, pension) told twice on one page must agree."""
from __future__ import annotations

from lorecheck.engine import lint

TERMS = """{{{{Infobox treaty
| name = Truce of Kerrow
}}}}
The '''Truce of Kerrow''' ended the border war of 1361.

== Terms ==
* '''Tribute.''' The valley towns were to pay the count {first} marks a year.
* '''Hostages.''' Six burgesses were held at Kerrow.

== Aftermath ==
{second}
"""


def _values(tmp_path, text: str) -> list[str]:
    path = tmp_path / "kerrow.wiki"
    path.write_text(text, encoding="utf-8")
    return [f"{d.span.line}: {d.message}" for d in lint([str(path)]).diagnostics if d.rule == "conflicting-value"]


def test_a_labelled_term_and_the_sum_told_again(tmp_path):
    told = "The tribute of {} marks was paid every Michaelmas until 1370."
    assert _values(tmp_path, TERMS.format(first="3,200", second=told.format("3,200"))) == []
    found = _values(tmp_path, TERMS.format(first="3,200", second=told.format("3,800")))
    assert len(found) == 1 and found[0].startswith("11:") and "3,800" in found[0], found


def test_a_changed_sum_a_part_and_another_payment_are_silent(tmp_path):
    for second in ("In 1365 the tribute was raised to 3,800 marks.",
                   "The first instalment of the tribute, 800 marks, was paid in 1362.",
                   "The count's brother was freed for a ransom of 3,800 marks, and a tribute of 500 marks went to "
                   "the abbey."):
        assert _values(tmp_path, TERMS.format(first="3,200", second=second)) == [], second
