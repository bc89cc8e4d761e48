"""A total and its parts in one sentence, however the sentence is built, in all three formats.

Each paraphrase states a total ({t}) and a closed list of parts; the bad figure misadds (the arithmetic rule
fires at the sentence's line), the good one adds up (silent). The shapes: parts that name what they count before
the figure ("the punts 1,905"), a precise estimate among the figures ("roughly 2,270", "some 4,880"), a total
whose noun is followed by words telling of it (a year among them) before the colon, a total parted from its
breakdown by a comma, parts whose nouns hold "and", parts dated by a range of years, a total in the next
sentence, a first count that the others break down ("157 clergy attended, 94 priests, ...").
"""
from __future__ import annotations

import pytest

from lorecheck.engine import lint

FRONT = "---\ntitle: Quorn Vellum\n---\n\n"
WIKI_HEAD = "'''Quorn Vellum''' was a gathering.\n\n"

BREAKDOWNS = [
    ("The grain barges carried 4,210 sacks, the river punts 1,905 and the ox carts 760, making up the {t} sacks "
     "that reached the fair.", "6,875", "6,975"),
    ("The plague took 3,120 townsfolk, 1,460 farmhands and roughly 2,270 pilgrims, {t} dead in all.",
     "6,850", "7,150"),
    ("Some {t} people perished in the flood: 1,340 fishers, 2,210 weavers and 930 carters, most of them in the "
     "lower town.", "4,480", "4,880"),
    ("The abbey roll lists {t} souls for the year 812: 410 monks, 260 lay brothers and 95 novices.",
     "765", "745"),
    ("The caravan, counted by the toll clerk at {t} beasts, was made up of 1,120 camels, 340 mules of the salt "
     "merchants and 95 horses.", "1,555", "1,585"),
    ("In 1904 the mill employed {t} hands: 210 spinners and carders, 145 weavers, 60 dyers and fullers, and 35 "
     "clerks and porters.", "450", "470"),
    ("The treasurer gives the cost in three stages: 2,400 crowns for 1410-1415, 1,150 crowns for 1416-1420 and "
     "3,080 crowns for 1421-1433. The steward's ledger sums the whole at {t} crowns, besides the gifts.",
     "6,630", "6,530"),
    ("The synod was the largest in memory: {t} clergy attended, 94 priests, 41 deacons and 12 canons.",
     "147", "157"),
]


def _arithmetic(tmp_path, name: str, text: str) -> list[int]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return sorted(d.span.line for d in lint([str(path)]).diagnostics if d.rule == "arithmetic")


@pytest.mark.parametrize("sentence,good,bad", BREAKDOWNS, ids=range(len(BREAKDOWNS)))
@pytest.mark.parametrize("fmt", ["txt", "md", "wiki"])
def test_a_total_and_its_parts_in_any_sentence_shape(tmp_path, sentence, good, bad, fmt):
    head = {"txt": "Quorn Vellum\n\n", "md": FRONT, "wiki": WIKI_HEAD}[fmt]
    line = head.count("\n") + 1
    assert _arithmetic(tmp_path, f"good.{fmt}", head + sentence.format(t=good) + "\n") == []
    assert _arithmetic(tmp_path, f"bad.{fmt}", head + sentence.format(t=bad) + "\n") == [line]


SILENT = [
    # a round estimate may hide anything
    "Some 25,000 people perished in the flood: 9,800 fishers, 11,200 weavers and 3,100 carters.",
    "The plague took 3,120 townsfolk, 1,460 farmhands and about 2,000 pilgrims, 6,850 dead in all.",
    # separate counts, no total among them
    "The host mustered 1,200 foot, 800 horse and 300 dragoons.",
    "The fleet had 30 carracks, 12 cutters, 9 hoys and 7 galleys.",
    # parts of a different total: the list goes on
    "The abbey housed 765 souls: 410 monks, 260 lay brothers and 95 novices, besides 40 servants.",
    # a total in the next sentence of another noun
    "The treasurer gives the cost in three stages: 2,400 crowns for 1410-1415, 1,150 crowns for 1416-1420 and "
    "3,080 crowns for 1421-1433. The steward's ledger sums the whole at 6,530 florins.",
    # the first count is not told by a verb
    "The synod was the largest in memory: 157 clergy, 94 priests, 41 deacons and 12 canons.",
    # precise estimates within their grain
    "Some 4,500 people perished in the flood: 1,340 fishers, 2,210 weavers and 930 carters.",
]


@pytest.mark.parametrize("sentence", SILENT, ids=range(len(SILENT)))
def test_no_breakdown_is_read_where_none_is_told(tmp_path, sentence):
    assert _arithmetic(tmp_path, "p.txt", "Quorn Vellum\n\n" + sentence + "\n") == []
