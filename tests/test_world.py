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
