"""A whole and the parts it is split into, in any sentence shape and in all three formats.

Each paraphrase states a total and its parts; the bad one misadds (the arithmetic rule fires at the total's
line), the good one adds up (silent). Partial lists ("of the 40 ships, 12 were sunk and 20 taken") say
nothing about the rest and stay silent whatever they sum to.
"""
from __future__ import annotations

import pytest

from lorecheck.engine import lint

FRONT = "---\ntitle: Quorn Vellum\n---\n\n"
WIKI_HEAD = "'''Quorn Vellum''' was a gathering.\n\n"


def _arithmetic(tmp_path, name: str, text: str) -> list[int]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return sorted(d.span.line for d in lint([str(path)]).diagnostics if d.rule == "arithmetic")


# (sentence with {a} {b} {c} figures, good figures, bad figures, line of the total within the sentence block)
PARTITIONS = [
    # "Of the <whole> ..., <part>, <part>; the other <part>"
    ("Of the twenty sail the admiral brought into the strait, three were sunk and four were taken; "
     "the other {c} regained the harbour over the following week.", ("thirteen",), ("eleven",)),
    ("Of its 21,400 staff, 9,300 work in the pits, 6,850 in the refinery and {c} at the head office.",
     ("5,250",), ("4,150",)),
    ("Of the 640 colonists who landed, 310 settled the coast, 205 went upriver and the remaining {c} "
     "sailed home.", ("125",), ("110",)),
    # the whole in the sentence before, the first part repeating its noun
    ("Thirty-eight elders answered the summons. When the question was put on the seventh day, 22 elders "
     "voted for the sun, 14 voted for the moon, and {c} abstained.", ("2",), ("3",)),
    ("The council seated 120 members that spring. Of these, 70 sided with the governor, 44 with the "
     "assembly and {c} stayed away.", ("6",), ("9",)),
]


@pytest.mark.parametrize("sentence,good,bad", PARTITIONS, ids=range(len(PARTITIONS)))
@pytest.mark.parametrize("fmt", ["txt", "md", "wiki"])
def test_a_whole_split_into_clauses_adds_up(tmp_path, sentence, good, bad, fmt):
    head = {"txt": "Quorn Vellum\n\n", "md": FRONT, "wiki": WIKI_HEAD}[fmt]
    line = head.count("\n") + 1
    assert _arithmetic(tmp_path, f"good.{fmt}", head + sentence.format(c=good[0]) + "\n") == []
    assert _arithmetic(tmp_path, f"bad.{fmt}", head + sentence.format(c=bad[0]) + "\n") == [line]


SILENT = [
    "Of the 40 ships, 12 were sunk and 20 were taken.",  # two parts, no remainder: the rest are not told
    "Of the 40 ships, 12 were sunk, 10 were burned and 5 were taken.",  # far from the whole: a partial list
    "Forty ships sailed in May. 12 ships were lost at sea, and 9 were taken in 1702.",
    "Of the 300 settlers, 40 per cent died, 30 per cent left and 25 per cent stayed.",
]


@pytest.mark.parametrize("sentence", SILENT, ids=range(len(SILENT)))
def test_a_partial_list_is_no_partition(tmp_path, sentence):
    assert _arithmetic(tmp_path, "p.txt", "Quorn Vellum\n\n" + sentence + "\n") == []


ITEMISED = [
    "The column that marched inland numbered 1,150 men: 600 regulars, 350 militia and the {c} marines.",
    "The caravan counted 95 beasts: 40 camels, 30 mules and another {c} horses.",
    "The garrison of 480 men was made up of 300 pikemen, the 120 archers and {c} gunners.",
]


@pytest.mark.parametrize("sentence", ITEMISED, ids=range(len(ITEMISED)))
@pytest.mark.parametrize("fmt", ["txt", "md", "wiki"])
def test_a_part_after_a_determiner(tmp_path, sentence, fmt):
    head = {"txt": "Quorn Vellum\n\n", "md": FRONT, "wiki": WIKI_HEAD}[fmt]
    line = head.count("\n") + 1
    total = {0: 1150, 1: 95, 2: 480}[ITEMISED.index(sentence)]
    given = sum(int(x.replace(",", "")) for x in __import__("re").findall(r"\b\d[\d,]*", sentence)[1:])
    assert _arithmetic(tmp_path, f"good.{fmt}", head + sentence.format(c=total - given) + "\n") == []
    assert _arithmetic(tmp_path, f"bad.{fmt}", head + sentence.format(c=total - given - total // 20) + "\n") == [line]


TOTAL_ROWS = {
    "wiki": """'''Quorn Vellum''' was a gathering.

{| class="wikitable"
! Company !! Killed !! Wounded
|-
| Red company || 40 || 100
|-
| Blue company || 25 || 60
|-
| Bracken company || 12 || 30
|-
! Total !! {k} !! 190
|}
""",
    "md": FRONT + """| Company | Killed | Wounded |
|---|---|---|
| Red company | 40 | 100 |
| Blue company | 25 | 60 |
| Bracken company | 12 | 30 |
| **Total** | **{k}** | **190** |
""",
}


@pytest.mark.parametrize("fmt", sorted(TOTAL_ROWS))
def test_a_total_row_of_header_cells_sums_its_columns(tmp_path, fmt):
    text = TOTAL_ROWS[fmt]
    line = text.splitlines().index(next(l for l in text.splitlines() if "Total" in l)) + 1
    assert _arithmetic(tmp_path, f"good.{fmt}", text.replace("{k}", "77")) == []
    assert _arithmetic(tmp_path, f"bad.{fmt}", text.replace("{k}", "87")) == [line]


def test_a_list_of_other_things_after_a_count_is_no_partition(tmp_path):
    text = ("Quorn Vellum\n\nThe barges carried 3,000 troops, 40 tanks and 1,400 trucks to the shore. "
            "When the lake froze, 800 trucks, 140 tanks and 380 guns were sent across the ice.\n")
    assert _arithmetic(tmp_path, "p.txt", text) == []


# a list of named figures whose total is stated by the sentence after it, or by a lead-in before it
LISTS = {
    "txt": ("Quorn Vellum\n\nThe returns of the two crowns give:\n\n"
            "  Oxmoor ............ 1,240 (610 in the town, 630 on the farms)\n"
            "  Thistlebank ........ 860\n  Morrant .............. 758\n  the smaller isles ... 160\n\n"
            "The same returns put the total for the islands at {t}. Many more died in the winter.\n", 10),
    "md": (FRONT + "The returns of the two crowns give:\n\n- Oxmoor: 1,240 (610 in the town, 630 on the farms)\n"
           "- Thistlebank: 860\n- Morrant: 758\n- the smaller isles: 160\n\nAltogether the returns count {t} dead.\n",
           12),
    "wiki": (WIKI_HEAD + "The returns of the two crowns give {t} dead in all:\n* Oxmoor: 1,240\n"
             "* Thistlebank: 860\n* Morrant: 758\n* the smaller isles: 160\n", 3),
}


@pytest.mark.parametrize("fmt", sorted(LISTS))
def test_a_list_whose_total_is_stated_beside_it(tmp_path, fmt):
    text, line = LISTS[fmt]
    assert _arithmetic(tmp_path, f"good.{fmt}", text.replace("{t}", "3,018")) == []
    assert _arithmetic(tmp_path, f"bad.{fmt}", text.replace("{t}", "3,118")) == [line]


def test_a_figure_after_a_list_that_is_no_total_of_it(tmp_path):
    text = LISTS["txt"][0].replace("The same returns put the total for the islands at {t}.",
                                   "The relief ship brought 3,118 sacks of flour in 1732.")
    assert _arithmetic(tmp_path, "p.txt", text) == []
    text = LISTS["txt"][0].replace("The same returns put the total for the islands at {t}.",
                                   "In all, 3,118 sacks and 40 casks were landed.")
    assert _arithmetic(tmp_path, "p.txt", text) == []
