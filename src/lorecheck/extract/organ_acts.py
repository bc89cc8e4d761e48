"""A body's governing organ acting is the body acting: "In October 1961 the directors named a new manager" on
a club's page, "In May 1902 the Hatherbury and Dunholt board approved the rebuilding" of the Hatherbury and
Dunholt Railway, "the company's trustees sold the ground in 1963".

Why: a body that has been wound up cannot act, yet prose tells a body's acts by its organ (board, directors,
committee), whatever the verb. Each becomes an `organ_act` statement of the page's own body, which the lifespan
rule holds against the body's dissolution only (a person's page has no organ). The organ must be the page's
body's: "the", "its", the page's kind noun ("the club's"), or the first words of the page's title before it; an
organ qualified otherwise ("the new board", "the former directors", "the shareholders' committee", "the
Mid-Wessex board") is another or a successor. The verb is a finite past told by its form (an "-ed" or a listed
irregular past) with an object after it ("approved the", "named Con Aldery"): a participle after an organ
("the committee formed in 1950") has none. The date is the sentence's before the organ, else the clause's after
the verb.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import Block, Document, Origin, Statement
from .sentences import clause_date

# a date that bounds the act rather than dating it ("after 1900", "until 1904", "by 1910")
_BOUND_BEFORE = re.compile(r"\b(?:after|before|until|till|since|by|from)\s+(?:the\s+\w+\s+of\s+)?$", re.I)
# what may open the object of an active verb: an article, a possessive, a capitalised name, a number
_OBJECT = re.compile(r"\s+(?:the|a|an|his|her|its|their|this|that|all|some|two|three|[A-Z0-9])")


@lru_cache(maxsize=1)
def _spec() -> tuple[tuple[str, ...], re.Pattern, frozenset[str], frozenset[str], frozenset[str]] | None:
    """(organ nouns, pattern, pasts that act, pasts that tell no act, adverbs that say it was not done)."""
    prose = vocabulary.load("prose")
    organs = [str(w) for w in prose.get("organ_act_nouns") or ()]
    if not organs:
        return None
    alt = vocabulary.alternation(organs)
    pattern = re.compile(
        rf"(?<![\w'’])(?P<owner>[Tt]he|[Ii]ts|[Tt]he\s+(?P<kind>[a-z]+)['’]s)\s+"
        rf"(?P<words>(?:[A-Z][\w&'’.-]*\s+(?:(?:and|&)\s+)?){{0,5}})"
        rf"(?P<organ>{alt})\s+(?:(?P<adv>[a-z]+ly|then|also|duly|formally|finally|at\s+once)\s+)?"
        rf"(?P<verb>[a-z]+)\b")
    irregular = frozenset(str(w).lower() for w in prose.get("unlisted_irregular_pasts") or ())
    also = frozenset(str(w).lower() for w in prose.get("organ_act_verbs") or ())
    not_acts = frozenset(str(w).lower() for w in prose.get("unlisted_past_not_acts") or ()) - also
    return (tuple(w.lower() for w in organs), pattern, irregular | also, not_acts,
            frozenset(str(w).lower() for w in prose.get("organ_not_adverbs") or ()))


def _past(verb: str, irregular: frozenset[str], not_acts: frozenset[str]) -> bool:
    if verb in not_acts:
        return False
    return verb in irregular or (len(verb) >= 5 and verb.endswith("ed") and not verb.endswith("eed"))


def _owned_by_page(m: re.Match, title: str, lead: str) -> bool:
    """Is the organ the page's body's: "the board", "its board", "the club's board" (a noun the title or the lead's
    first sentence uses), "the Hatherbury and Dunholt board" (the title's first words)?"""
    words = m.group("words").split()
    kind = m.group("kind")
    if kind and words:
        return False
    if kind:
        return kind in title.casefold().split() or re.search(rf"\b{re.escape(kind)}\b", lead.casefold()) is not None
    if not words:
        return True
    return [w.casefold() for w in words] == [w.casefold() for w in title.split()[:len(words)]] and len(words) < len(title.split())


# the body's members told as the body, by the body's own noun: "the knights of the Order", "the brethren of the
# house", "the members of the Guild", set off or not by an aside ("the knights of the Order, in their white
# surcoats, carried the coffin"); "former", "surviving", "last" members are no longer the body
_MEMBERS = re.compile(r"(?<![\w'’])[Tt]he\s+(?P<organ>knights|members|brethren|brothers|monks|nuns|canons|friars|"
                      r"fellows|burgesses|guildsmen|sisters)\s+of\s+the\s+(?P<body>[A-Z][a-z]+)"
                      r"(?:\s*,\s+(?:in|with|wearing|under|led\s+by)\b[^,;:.()]{1,60},)?\s+(?P<verb>[a-z]+)\b")


def _members_act(text: str, title: str, irregular, not_acts):
    """"the knights of the Order carried the coffin" on the Order's page: (match) for each members' act."""
    title_words = {w.casefold() for w in title.split()}
    for m in _MEMBERS.finditer(text):
        if m.group("body").casefold() not in title_words or not _past(m.group("verb"), irregular, not_acts) \
                or not _OBJECT.match(text, m.end()):
            continue
        yield m


def organ_acts(doc: Document, block: Block, found, origin: Origin, title: str | None, lead: str) -> list[Statement]:
    """`organ_act` statements of the page's body, one per dated clause its own organ acts in."""
    spec = _spec()
    if spec is None or not found or not title:
        return []
    organs, pattern, irregular, not_acts, not_adverbs = spec
    text = block.text
    low = text.lower()
    members = list(_members_act(text, title, irregular, not_acts)) if " of the " in text else []
    if not members and not any(o in low for o in organs):
        return []  # most blocks: no organ named, so the pattern need not try every "the"
    out = []
    for m in [*pattern.finditer(text), *members]:
        verb = m.group("verb")
        if m.re is pattern and (not _past(verb, irregular, not_acts) or (m.group("adv") or "") in not_adverbs
                                or not _OBJECT.match(text, m.end()) or not _owned_by_page(m, title, lead)):
            continue
        when = clause_date(text, found, m.start(), m.end(), _BOUND_BEFORE)
        if when is None or when.value is None:
            continue
        out.append(Statement(subject=title, predicate="organ_act", date=when.value,
                             span=doc.block_span(block, m.start(), m.end()), origin=origin,
                             date_span=doc.block_span(block, when.start, when.end),
                             text=" ".join(text[m.start():m.end()].split())))
    return out
