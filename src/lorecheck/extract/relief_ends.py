"""A siege's end told by its relief: "The royal army relieved the town on 13 August 1444" (after "laid siege to
Brennesse"), "Brennesse was relieved on D", "the relief of Brennesse on D", "raised the siege of Brennesse on D",
"the siege was lifted on D" on the siege's own page. The statement is the end of "Siege of Brennesse", which the
siege's own page dates by its infobox or its prose: a relief told on two days is one event dated two ways.

Only a relief told as done ("relieved", "was relieved", "the relief of", "raised the siege"): never an attempt
("tried to relieve", "marched to the relief of", "the failed relief of"), nor "relieved of his command". The place
is a name, or "the town"/"the city"/"the siege" standing for the place the paragraph said was besieged ("laid
siege to Brennesse", "the siege of Brennesse") or the page's own siege ("Siege of Brennesse"). The date is the
clause's, right after the verb and its object (only a preposition phrase between), and a day: "lifted in
December" may tell the relief's whole course, which a siege page ends on its first day.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import Block, BlockKind, DateRange, Document, Origin, Statement
from ..vocabulary import alternation
from .sentences import stopped_sentences

_PLACE = r"[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|(?:upon|on|de|la|le)\s+[A-Z][\w'’-]+))*"
# what may stand between the relief and its date: "on", "at dawn on", "by the royal army on"
_TO_DATE = re.compile(r"[\s,]*(?:(?:on|in|at|during|by|with|early|late)\b[^,;.]{0,50}?)?$")
# an attempt, not a relief: "tried to relieve", "marched to the relief of", "the failed relief of"
_ATTEMPT = re.compile(r"\b(?:to|tried|try|attempt(?:ed|s)?|fail(?:ed|ing|s)?|failure|abortive|unsuccessful|"
                      r"not|never|could|would|planned|plan|ordered)\b(?:\s+the)?\s*$", re.I)


# the verbs of `told`'s "siege" alternatives ("raised the siege", "the siege was lifted")
_SIEGE_ENDED = re.compile(r"raised|lifted|broke")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern] | None:
    spec = vocabulary.load("prose").get("relief_ends") or {}
    nouns, besieging = spec.get("place_nouns") or (), spec.get("besieging") or ()
    if not nouns or not besieging:
        return None
    noun = alternation(nouns)
    told = re.compile(
        # "relieved the town", "relieved Brennesse" (not "relieved of his command")
        rf"\brelieved\s+(?:the\s+(?P<noun>{noun})\b|(?P<place>{_PLACE}))"
        # "Brennesse was relieved", "the town was finally relieved"
        rf"|(?:\b[Tt]he\s+(?P<noun2>{noun})|(?P<place2>{_PLACE}))\s+(?:was|were)\s+(?:finally\s+|at\s+last\s+)?relieved\b(?!\s+of\b)"
        # "the relief of Brennesse"
        rf"|\b[Tt]he\s+relief\s+of\s+(?:the\s+(?P<noun3>{noun})\b|(?P<place3>{_PLACE}))"
        # "raised the siege of Brennesse", "lifted the siege"
        rf"|\b(?:raised|lifted|broke)\s+the\s+siege(?:\s+of\s+(?P<place4>{_PLACE}))?"
        # "the siege of Brennesse was lifted", "the siege was raised"
        rf"|\b[Tt]he\s+siege(?:\s+of\s+(?P<place5>{_PLACE}))?\s+(?:was|had\s+been)\s+(?:finally\s+)?(?:raised|lifted)\b"
        # "a relief army raised by the Estates reached Brennesse", "the relieving column marched into the town"
        rf"|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]+['’]s)\s+(?:[a-z]+\s+)?relie(?:f|ving)\s+(?:army|force|column|fleet|"
        rf"squadron|expedition|host|troops)\b(?:,[^,;.]{{1,70}},\s*|[^,;.]{{0,60}}?\b)(?:reached|arrived\s+(?:at|before|in)|entered|"
        rf"marched\s+into|came\s+up\s+to|got\s+through\s+to)\s+(?:the\s+(?P<noun6>{noun})\b|(?P<place6>{_PLACE}))",
    )
    besieged = re.compile(rf"\b(?:{alternation(besieging)})\s+(?:the\s+(?:town|city|port|fortress|castle)\s+of\s+)?"
                          rf"(?P<place>{_PLACE})")
    return told, besieged


def _paragraph_before(doc: Document, block: Block) -> str:
    """The text of the paragraph right before the block in its section ("" after a heading or at the start)."""
    blocks = doc.blocks
    at = next((i for i, b in enumerate(blocks) if b is block), 0)
    before = blocks[at - 1] if at > 0 else None
    return before.text if before is not None and before.kind is BlockKind.PARAGRAPH else ""


def _page_siege(title: str | None) -> str | None:
    m = re.fullmatch(rf"(?:First\s+|Second\s+|Third\s+)?Siege\s+of\s+(?P<place>{_PLACE})", (title or "").strip())
    return m.group("place") if m else None


def relief_ends(doc: Document, block: Block, found, origin: Origin, title: str | None) -> list[Statement]:
    """End statements of the sieges whose relief the block dates."""
    spec = _patterns()
    if spec is None or not found or ("elie" not in block.text and "iege" not in block.text):
        return []
    told, besieged = spec
    text = block.text
    page = _page_siege(title)
    earlier: list[str] | None = None  # the places the paragraph before says were besieged, read once if asked

    def said_before() -> list[str]:
        nonlocal earlier
        if earlier is None:
            earlier = [b.group("place") for b in besieged.finditer(_paragraph_before(doc, block))]
        return earlier

    out: list[Statement] = []
    for sentence_start, end in stopped_sentences(text):
        if text.find("relie", sentence_start, end) < 0 and not (
                text.find("siege", sentence_start, end) >= 0 and _SIEGE_ENDED.search(text, sentence_start, end)):
            continue  # every match of `told` (case as written) holds "relie(ved|f|ving)", or "siege" and its verb
        for m in told.finditer(text, sentence_start, end):
            if _ATTEMPT.search(text, max(sentence_start, m.start() - 40), m.start()):
                continue
            place = next((g for g in (m.group("place"), m.group("place2"), m.group("place3"), m.group("place4"),
                                      m.group("place5"), m.group("place6")) if g), None)
            if place is not None and place.split()[0] in ("The", "A", "An", "It", "He", "She", "They", "This"):
                continue
            said_here = [b.group("place") for b in besieged.finditer(text, 0, m.start())]
            if place is None:  # "the town", "the siege": the place the paragraph (or the one before) said was
                # besieged, or the page's own siege
                said = said_here or said_before()
                place = said[-1] if said else page
                if place is None or len(set(said)) > 1:
                    continue
            elif m.group("place6") and not (place in said_here or place in said_before() or page == place):
                continue  # "the relief army reached Brennesse" where nothing just said Brennesse was besieged
            elif (m.group("place") or m.group("place2")) and not (
                    place in said_here or page == place or f"Siege of {place}" in text or f"siege of {place}" in text):
                continue  # "relieved Brennesse" where nothing says Brennesse was besieged: a unit or garrison relieved
                # ("the relief of X" and "the siege of X was lifted" name a siege's end themselves)
            when = next((f for f in found if m.end() <= f.start < end), None)
            if when is None or when.value is None or not _TO_DATE.match(text[m.end():when.start]):
                continue
            date = when.value.end if isinstance(when.value, DateRange) else when.value
            if date is None or date.precision != "day":
                continue  # "the siege was lifted in December 1941": a relief told by its month may be its whole course
            siege = f"Siege of {place}"
            out.append(Statement(subject=siege, predicate="end", object=None, date=date,
                                 span=doc.block_span(block, m.start(), m.end()), origin=origin,
                                 date_span=doc.block_span(block, when.start, when.end),
                                 text=text[sentence_start:end].strip(), event=siege))
    return out
