"""A holder named with an office in apposition acts in that office at the clause's date: "When the first train
left on 6 September 1841 the mayor, Thomas Wick, read an address", "In the autumn of 1855 the chairman, Alfred
Merriot, cut the rate", "In February 1948 Ambrose Tillery, still president of Crescent, opened talks".

Each becomes an act statement of the holder whose words keep the office ("the mayor, Thomas Wick, read"), so
the out-of-range rule can hold the date against the holder's term of that office (a table row, "retired as
president on D"); a title no list or table knows for the holder ("the architect, X, drew") is no office, and
"the former mayor, X," names none held. The date is the sentence's last one before the words, else the first
one after the verb in the same clause.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import Block, Document, Origin, Statement
from .numbers import word_number
from .sentences import CLAUSE_BREAK, SENTENCE_END, clause_date

# a holder's name of up to four words ("Ada Kell", "Hew of Dallow"), shortest first
HOLDER_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of|de|van|von)){0,3}?)"
_PLACE = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
# a lower-case word after the apposition's closing comma is the verb, unless it opens another clause
_VERB = r"(?:(?:also|then|later|personally|himself|herself|duly|formally)\s+)?(?P<verb>(?!(?:who|whom|whose|which|that|and|or|but|a|an|the|his|her|its|their|was|were|had|is|as|in|on|at|of|to|with|by|for)\b)[a-z]+)\b"
_TITLE = r"(?P<title>(?i:[a-z]+(?:[ -][a-z]+)?))"
_OWNER = r"(?:[A-Z][\w-]*|board|guild|council|company|society|club|town|city|port|college|school)['’]s"
# (gate, reader): the gate, a part of the reader that opens on a comma (re finds one at once, where the reader is
# tried at every word), is searched for first; a block it misses is skipped
_READERS = (
    # "the mayor, Thomas Wick, read", "the Reeve of Dunmore, Ada Kell, sealed"
    # "the Guild's treasurer, Mara Hollin, wrote": the office of whose it is, in the possessive
    (re.compile(rf",\s+{HOLDER_NAME},"), re.compile(rf"\b[Tt]he\s+(?:{_OWNER}\s+)?{_TITLE}{_PLACE},\s+{HOLDER_NAME},\s+{_VERB}")),
    # "Ambrose Tillery, still president of Crescent, opened", "Pardew, then consul, wrote"
    (re.compile(r",\s+(?:then|still|by\s+then|at\s+the\s+time)\s"),
     re.compile(rf"\b{HOLDER_NAME},\s+(?:then|still|by\s+then|at\s+the\s+time)\s+(?:the\s+)?{_TITLE}(?:\s+of\s+[^,;.()]{{1,40}})?,\s+{_VERB}")),
)


@lru_cache(maxsize=1)
def _not_office() -> frozenset[str]:
    """prose.yaml `not_office_words`: words before a holder that name no office held then ("the former mayor",
    "then twenty-six", "the youngest")."""
    return frozenset(str(w).lower() for w in vocabulary.load("prose").get("not_office_words") or ())


def _may_be_office(title: str) -> bool:
    """Not a number, an age or a word that says the office is not held ("the former mayor")."""
    words = title.lower().replace("-", " ").split()
    return bool(words) and not any(w in _not_office() or word_number(w) is not None for w in words)


@lru_cache(maxsize=1)
def _not_acts() -> frozenset[str]:
    """One-word verbs that tell no act: a death or birth (predicates.yaml), or `not_acting` ("buried")."""
    data = vocabulary.load("predicates")
    preds = data.get("predicates") or {}
    words = [w for p in ("death", "birth") for w in (preds.get(p) or {}).get("verbs") or ()]
    words += list((data.get("not_acting") or {}).get("verbs") or ())
    return frozenset(str(w).lower() for w in words if " " not in str(w))


# "As mayor he opened", "As Provost, she closed", "her last act as Director was to sign":
# a pronoun acting in an office (the office the words name; the verb or "to <verb>" after)
_PRONOUN_READERS = (
    re.compile(rf"\b[Aa]s\s+(?:the\s+)?{_TITLE}{_PLACE},?\s+"
               rf"(?P<pron>he|she)\s+{_VERB}"),
    re.compile(rf"\b(?P<pron>[Hh]is|[Hh]er)\s+(?:[a-z]+\s+){{0,2}}acts?\s+as\s+(?:the\s+)?{_TITLE}"
               rf"{_PLACE}\s+(?:was|were)\s+to\s+{_VERB}"),
)
# a sentence that opens with a name and its verb: "Morrow was the first woman", "Ilse Varr came from the march"
_OPENER = re.compile(r"[\s\"'“*]*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+[a-z]+\b")
# another person's name between that name and the pronoun ("... named Tomas Brede her deputy. As Warden he")
_TWO_NAMES = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\b")


_NOT_OPENERS = frozenset(("He", "She", "They", "It", "The", "This", "That", "These", "Its", "His", "Her", "Their",
                          "In", "On", "At", "By", "As", "After", "Before", "When", "From", "A", "An"))


def _pronoun_holder(text: str, at: int) -> str | None:
    """The person a "he"/"his" at `at` stands for: the name the block's last sentence opening with a name and
    its verb gives, when it opens one of the block's sentences up to the pronoun's own ("Morrow was the first
    woman to lead the Survey. She moved ..., and her last act as Director was ...") and no other full
    name stands between them."""
    starts = [0] + [e.end() for e in SENTENCE_END.finditer(text, 0, at)]
    for start in reversed(starts):
        m = _OPENER.match(text, start, at)
        if m is None or m.group("name").split()[0] in _NOT_OPENERS:
            continue  # "She moved its office ...": the same person goes on, or a sentence about something else
        return None if _TWO_NAMES.search(text, m.end(), at) else m.group("name")
    return None


def _pronoun_acts(doc: Document, block: Block, found, origin: Origin) -> list[Statement]:
    """Acts of a pronoun's person in an office the words name ("As mayor he opened the exchange in 1881")."""
    text = block.text
    out: list[Statement] = []
    for reader in _PRONOUN_READERS:
        for m in reader.finditer(text):
            verb = m.group("verb")
            if not _office_act(m):
                continue
            holder = _pronoun_holder(text, m.start())
            end = SENTENCE_END.search(text, m.end())
            stop = end.start() if end else len(text)
            after = next((f for f in found if m.end() <= f.start < stop), None)
            if holder is None or after is None or after.value is None or CLAUSE_BREAK.search(text, m.end(), after.start):
                continue
            out.append(Statement(subject=holder, predicate="act", date=after.value,
                                 span=doc.block_span(block, m.start(), m.end()), origin=origin,
                                 date_span=doc.block_span(block, after.start, after.end),
                                 text=f"{verb} as {m.group('title')}"))
    return out


def _office_act(m: re.Match) -> bool:
    """Does the match name an office and a verb of acting (not one of the verbs that tell no act)?"""
    verb = m.group("verb")
    return _may_be_office(m.group("title")) and not {verb, verb[:-1], verb[:-2]} & _not_acts()


def titled_acts(doc: Document, block: Block, found, origin: Origin) -> list[Statement]:
    """Act statements of the holders the block names with an office in apposition, dated by their clause."""
    text = block.text
    if not found:
        return []
    out: list[Statement] = _pronoun_acts(doc, block, found, origin) if " as " in text or "As " in text else []
    if "," not in text:
        return out
    for gate, reader in _READERS:
        if not gate.search(text):
            continue
        for m in reader.finditer(text):
            verb = m.group("verb")
            if not _office_act(m):
                continue
            when = clause_date(text, found, m.start(), m.end())
            if when is None or when.value is None:
                continue
            out.append(Statement(subject=m.group("name").strip(), predicate="act", date=when.value,
                                 span=doc.block_span(block, m.start(), m.end()), origin=origin,
                                 date_span=doc.block_span(block, when.start, when.end), text=" ".join(text[m.start():m.end()].split())))
    return out
