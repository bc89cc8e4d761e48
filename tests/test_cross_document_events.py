"""One event dated in two files that word it differently (extract/event_mentions.py, checks/cross_document.py).

Each case is a pair of small pages, written in every pairing of the three formats: the pair dated alike
is silent, dated apart gives one finding naming the sentence of each file. Paraphrases of one kind of
wording (a name against "the line", a verb against a noun, a participle after a name, a clause whose
subject is inside the event word) are separate cases; the last group must stay silent however dated.
"""
from __future__ import annotations

import pytest

from lorecheck.config import Config
from lorecheck.engine import lint

FORMATS = ("txt", "md", "wiki")


def page(fmt: str, title: str, paragraphs: list[str], heading: str | None = None) -> str:
    """A small page in one format: a header of fields, a lead, an optional section."""
    lead, *rest = paragraphs
    lead += " This page draws on the records of the district archive, which keeps the papers of the period."
    rest = [p + " The district records give the same account at greater length." for p in rest]
    if fmt == "txt":
        head = f"{title}\n\nType: article\nRegion: Orlen Marches\n\n{lead}\n"
        section = f"\n{heading}\n" if heading else "\n"
    elif fmt == "md":
        head = f"---\ntitle: {title}\ntype: article\nregion: Orlen Marches\n---\n\n# {title}\n\n{lead}\n"
        section = f"\n## {heading}\n\n" if heading else "\n"
    else:
        head = f"{{{{Infobox article\n| name = {title}\n| region = Orlen Marches\n}}}}\n{lead}\n"
        section = f"\n== {heading} ==\n" if heading else "\n"
    return head + section + "\n\n".join(rest) + "\n"


def _lint(tmp_path, files: dict[str, str]) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = lint([str(tmp_path / name) for name in files], Config())
    return [d for d in result.diagnostics if d.rule == "conflicting-date"]


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


# (title A, paragraphs A, heading A, title B, paragraphs B, heading B, date A, date B): "{d}" marks the date
SAME_EVENT = {
    # the thing by its name in one file, by "the line" in the other; verb active or passive
    "opening: the line / the line was opened": (
        "Ambrec Parrendel", ["Ambrec Parrendel was a surveyor of the Orlen Marches.",
                          "He laid out the Kellmoor Railway in 1870. The line opened on {d}."], "Railway",
        "Kellmoor Mining Company", ["The Kellmoor Mining Company worked the upper valley.",
                                    "It set up the Kellmoor Railway as a subsidiary. The line was opened on {d}."], None,
        "6 July 1878", "2 July 1878"),
    "opening: the noun's of-phrase against the name as subject": (
        "Kellmoor Railway", ["The Kellmoor Railway is a rack line in the Orlen Marches.",
                             "The opening of the Kellmoor line took place on {d} before the whole council."], None,
        "Orlen Marches", ["The Orlen Marches are a mining district.",
                          "The Kellmoor line was formally opened on {d}, and ore trains ran within a week."], None,
        "6 July 1878", "2 July 1878"),
    # the subject is inside the event word ("the two headings met"): the page is about the tunnel
    "holing-through: the tunnel / the headings met": (
        "Ambrec Parrendel", ["Ambrec Parrendel was a surveyor of the Orlen Marches.",
                          "He took charge of the boring in 1896. The tunnel was holed through on {d}."],
        "Quelmarrow Tunnel",
        "Quelmarrow Tunnel collapse", ["The Quelmarrow Tunnel collapse killed eleven miners in 1897.",
                                      "Boring resumed in 1898. The two headings met on {d}, after forty months."],
        None, "18 August 1899", "8 August 1899"),
    "holing-through: a noun with the tunnel's name": (
        "Quelmarrow Tunnel", ["The Quelmarrow Tunnel carries the Kellmoor Railway under the Dun ridge.",
                             "The holing-through of the Quelmarrow Tunnel came on {d}, a year late."], None,
        "Ambrec Parrendel", ["Ambrec Parrendel was a surveyor of the Orlen Marches.",
                          "The Quelmarrow Tunnel was holed through on {d} under his direction."], None,
        "18 August 1899", "8 August 1899"),
    # a person dismissed: name and short name, adverb between, or the noun
    "dismissal: short name, adverb": (
        "Burning of the Concordia", ["The Concordia was burned in the market square of Velsk.",
                                     "Stemmick was formally dismissed from his chair on {d} and left the town."], None,
        "Orvald Stemmick", ["Orvald Stemmick was a teacher of Hebrew at Velsk.",
                            "Orvald Stemmick was dismissed from his chair on {d} for his book."], None,
        "11 July 1597", "1 July 1597"),
    "dismissal: the noun of a person": (
        "Velsk Academy", ["The Velsk Academy was founded by the town council.",
                          "The dismissal of Orvald Stemmick on {d} emptied the Hebrew chair for a decade."], None,
        "Orvald Stemmick", ["Orvald Stemmick was a teacher of Hebrew at Velsk.",
                            "Stemmick was dismissed on {d} and went into exile."], None,
        "11 July 1597", "1 July 1597"),
    # a fire: a verb with "the workshop in X" against the noun with the streets around it
    "fire: the workshop burned / fire spread and destroyed": (
        "Siege of Velsk", ["The Siege of Velsk lasted the summer of 1593.",
                           "On the night of {d} fire spread from the Haymarket into Rushlight Lane and destroyed "
                           "the press of Pellan Amberlin."], None,
        "Amberlin Press", ["The Amberlin Press was a printing house of Velsk.",
                           "The workshop in Rushlight Lane burned on the night of {d}, when fire spread from the "
                           "Haymarket."], None,
        "30 July 1593", "13 July 1593"),
    # a ship's arrival: an aside between the ship and its verb, a participle after it
    "arrival: an aside, a participle": (
        "Black Year of Osk", ["The Black Year of Osk was a plague.",
                              "The galley Corvina, a merchantman out of Tessara, put in at Wenmouth on {d} with "
                              "a sick crew."], None,
        "Wenmouth", ["Wenmouth is a trading post.",
                     "The galley Corvina, arriving from Tessara on {d}, was allowed to unload."], None,
        "19 April 1348", "9 April 1348"),
    # a body founded: a participle after its name (and its acronym) against "the Guild was founded"
    "founding: a participle after the name": (
        "Maro Tessick", ["Maro Tessick was governor of the Orlen Marches.",
                         "He was hostile to the Netmakers' Guild (CFG), founded in {d} by the net-maker "
                         "Anno Pirrit."], None,
        "Netmakers' Guild", ["The Netmakers' Guild was a union of net-makers.",
                                   "The Guild was founded at a meeting in Port Lessing on {d}, by Anno Pirrit."],
        None, "1921", "23 January 1919"),
    # a charter: the grantor and the noun, in a verb's clause or after "issued by"
    "grant: a charter issued by / gave a charter": (
        "Wenmouth", ["Wenmouth is a trading post.",
                     "The post owes its existence to a charter issued by Duke Amsel on {d}."], None,
        "Annals of Velsk", ["The Annals of Velsk are the town's chronicle.",
                            "The Annals note that in {d} Duke Amsel gave the merchants a charter for their post."],
        None, "8 September 1319", "1321"),
    # a proclamation whose doers are a list of several-word names between its date and its verb
    "proclamation: a list of names between the date and the verb": (
        "Orlen Compact", ["The Orlen Compact was a league of marsh towns.",
                          "On {d} the assemblies of Fenwick Hythe, Harl Mere and Dunmarsh proclaimed the Orlen "
                          "Compact and chose Tobin Marle as its speaker."], None,
        "Tobin Marle", ["Tobin Marle was a boatman of the Orlen Marches.",
                        "The marsh towns proclaimed the Compact at Fenwick Hythe on {d}."], None,
        "9 June 1648", "6 June 1648"),
}


def _pairs():
    for name in SAME_EVENT:
        for i, fa in enumerate(FORMATS):
            yield pytest.param(name, fa, FORMATS[(i + 1) % 3], id=f"{name} [{fa}+{FORMATS[(i + 1) % 3]}]")


@pytest.mark.parametrize("case,fa,fb", list(_pairs()))
def test_one_event_dated_apart_in_two_files(tmp_path, case, fa, fb):
    ta, pa, ha, tb, pb, hb, da, db = SAME_EVENT[case]
    a = page(fa, ta, [p.replace("{d}", da) for p in pa], ha)
    b = page(fb, tb, [p.replace("{d}", db) for p in pb], hb)
    found = _lint(tmp_path, {f"a.{fa}": a, f"b.{fb}": b})
    places = {(s.path.rsplit("/", 1)[-1], s.line) for d in found for s in [d.span] + [r.span for r in d.related]}
    assert (f"a.{fa}", _line_of(a, da)) in places and (f"b.{fb}", _line_of(b, db)) in places, found


@pytest.mark.parametrize("case,fa,fb", list(_pairs()))
def test_one_event_dated_alike_in_two_files(tmp_path, case, fa, fb):
    ta, pa, ha, tb, pb, hb, da, _ = SAME_EVENT[case]
    a = page(fa, ta, [p.replace("{d}", da) for p in pa], ha)
    b = page(fb, tb, [p.replace("{d}", da) for p in pb], hb)
    assert _lint(tmp_path, {f"a.{fa}": a, f"b.{fb}": b}) == []


# pairs that must stay silent: two occasions of a kind, or words that name none
OTHER_EVENTS = {
    "two lines opened": (
        ["The Kellmoor line was opened on 2 July 1878."], ["The Ossk line was opened on 9 July 1878."]),
    "a town burns again in a later war": (
        ["The workshop in Rushlight Lane burned on 13 July 1593, when fire spread from the Haymarket."],
        ["The workshop in Rushlight Lane burned on 2 May 1601, when fire spread from the Haymarket."]),
    "opened fire is no opening": (
        ["The Kellmoor battery opened fire on 2 July 1878."], ["The Kellmoor battery was opened on 9 July 1878."]),
    "a year of another verb of the clause": (
        ["The Velsk Academy was founded by charter of Duke Amsel and opened in 1546."],
        ["The Velsk Academy was founded on 8 October 1544 by Duke Amsel."]),
    "a ship that reaches two ports": (
        ["The galley Corvina put in at Wenmouth on 19 April 1348."],
        ["The galley Corvina arrived at Tessara on 2 April 1348."]),
}


@pytest.mark.parametrize("case", list(OTHER_EVENTS))
@pytest.mark.parametrize("fa,fb", [("txt", "md"), ("md", "wiki"), ("wiki", "txt")])
def test_other_occasions_stay_silent(tmp_path, case, fa, fb):
    pa, pb = OTHER_EVENTS[case]
    a = page(fa, "Orlen Marches", ["The Orlen Marches are a mining district."] + pa)
    b = page(fb, "Velsk", ["Velsk is a town of the Orlen Marches."] + pb)
    assert _lint(tmp_path, {f"a.{fa}": a, f"b.{fb}": b}) == []


@pytest.mark.parametrize("fa,fb", [("txt", "md"), ("md", "wiki"), ("wiki", "txt")])
def test_a_truce_sealed_on_two_days_in_two_files(tmp_path, fa, fb):
    """"the Truce of X, sealed on D" and "which was sealed on D2" (extract/sealed_agreements.py): one signing."""
    a = page(fa, "Reedmarsh War", ["The Reedmarsh War was fought in the Orlen Marches.",
                                   "The leagues agreed the Truce of Harl Mere, which was sealed on 14 June 1318."])
    b = page(fb, "Award of Fenwick", ["The Award of Fenwick settled the marsh tolls.",
                                      "The war had been halted by the Truce of Harl Mere, sealed on 14 July 1318, "
                                      "which left each league its forts."])
    found = _lint(tmp_path, {f"a.{fa}": a, f"b.{fb}": b})
    places = {(s.path.rsplit("/", 1)[-1], s.line) for d in found for s in [d.span] + [r.span for r in d.related]}
    assert (f"a.{fa}", _line_of(a, "14 June")) in places and (f"b.{fb}", _line_of(b, "14 July")) in places, found
    b = b.replace("14 July 1318", "14 June 1318")
    assert _lint(tmp_path, {f"a.{fa}": a, f"b.{fb}": b}) == []
