"""The World joins a short name to a full one only when it stands for that one name everywhere."""
from __future__ import annotations

from lorecheck.model import DocumentFacts, Membership, Origin, Span, Statement
from lorecheck.world import World


def _page(path: str, member: str, short: str) -> DocumentFacts:
    """A page listing `member` in its infobox whose prose says `short` surrendered."""
    at = Span(path, 3, 1, 3, 10)
    facts = DocumentFacts(path=path, format="text", title=f"Battle of {path}")
    facts.memberships.append(Membership(member, "2", None, Span(path, 2, 1, 2, 20), Origin.INFOBOX,
                                        conflict=facts.title))
    facts.statements.append(Statement(short, "surrender", None, None, at, None, Origin.PROSE))
    return facts


def test_a_short_name_used_for_one_entity_everywhere_is_joined():
    world = World([_page("dakar", "Vichy France", "France"), _page("rufisque", "Vichy France", "France")])
    assert world.key("France") == world.key("Vichy France")


def test_a_short_name_resolved_to_two_entities_joins_neither():
    world = World([_page("dakar", "Vichy France", "France"), _page("gabon", "Free France", "France")])
    assert world.key("Vichy France") != world.key("Free France")
    assert world.key("France") not in (world.key("Vichy France"), world.key("Free France"))


def _doc(path: str, title: str | None, entities: list[str], members: list[tuple[str, str]],
         statements: list[tuple[str, str | None]]) -> DocumentFacts:
    """A document with these entity names, (member, conflict) listings and (subject, object) statements."""
    from lorecheck.model import Entity

    at = Span(path, 1, 1, 1, 5)
    facts = DocumentFacts(path=path, format="text", title=title)
    facts.entities = [Entity(n, None, [], at, Origin.PROSE) for n in entities]
    facts.memberships = [Membership(m, "1", None, at, Origin.INFOBOX, conflict=c) for m, c in members]
    facts.statements = [Statement(s, "surrender", o, None, at, None, Origin.PROSE) for s, o in statements]
    return facts


SHORT_NAME_DOCS = [
    # "Merriott" short for the full name: found
    _doc("a", "Siege of Brannock", ["Ostwin Edwald Merriott"], [], [("Merriott", None)]),
    # the subject is a full name itself, kept with an object that may be wanted alone
    _doc("b", "Tessin Vorr", ["Marra Quell"], [("Keld League", "Brannock War")],
         [("Marra Quell", "Keld League"), ("Orsk Fen", None)]),
    # a full name longer than a listed one ("Keld League Navy" is not short for anything here)
    _doc("c", None, ["Keld League"], [("Keld League Navy", "Brannock War")], [("Keld League Navy", "Orsk Fen")]),
    # an ordinal apart: another entity, never joined
    _doc("d", "Second Brannock Campaign", [], [], [("First Brannock Campaign", None)]),
    # two full names fit: only narrowing away one of them leaves a single fit
    _doc("e", "Ulla Vesk", ["Ulla Vesk", "Dorran Vesk"], [], [("Vesk", "Ulla Vesk")]),
    # "the Sisterhood" for the page's "Sisterhood of the Kiln" (its head, not its last word)
    _doc("f", "Sisterhood of the Kiln", [], [], [("Sisterhood", None), ("Kiln", None)]),
]


def test_the_head_of_an_of_name_is_its_short_form():
    """"the Sisterhood was founded ..." on the page of the Sisterhood of the Kiln is that body;
    a longer head ("the Grey Sisterhood") is another one."""
    from lorecheck.world import short_names

    doc = _doc("g", "Sisterhood of the Kiln", [], [],
               [("Sisterhood", None), ("Grey Sisterhood", None)])
    assert list(short_names(doc)) == [("Sisterhood", "Sisterhood of the Kiln")]


def test_a_document_without_short_names_has_none_in_any_narrowing():
    """world.may_have_short_names is what the facts-by-key index keeps so that World skips a
    narrowed context document: it must hold for every narrowing, or joins would be lost."""
    from itertools import combinations

    from lorecheck.relevance import narrow, summarize
    from lorecheck.world import may_have_short_names, short_names

    flags = []
    for doc in SHORT_NAME_DOCS:
        flag = may_have_short_names(doc)
        flags.append(flag)
        keys = sorted(summarize(doc).keys)
        for size in range(len(keys) + 1):
            for wanted in combinations(keys, size):
                found = list(short_names(narrow(doc, set(wanted))))
                assert flag or not found, (doc.path, wanted, found)
    assert flags == [True, False, False, False, True, True]


def test_world_told_which_documents_have_no_short_names_joins_the_same():
    docs = [*SHORT_NAME_DOCS, _page("dakar", "Orrin Vale Company", "Company")]
    from lorecheck.world import may_have_short_names

    shortless = {id(d) for d in docs if not may_have_short_names(d)}
    told, plain = World(docs, shortless=shortless), World(docs)
    names = {n for d in docs for n in (*(s.subject for s in d.statements), *(e.name for e in d.entities))}
    assert {n: told.key(n) for n in names} == {n: plain.key(n) for n in names}
    assert told.key("Merriott") == told.key("Ostwin Edwald Merriott")
