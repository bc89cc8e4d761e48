"""Links to other pages: names as the wiki spells them, and labels resolved to their page.

A link's page (`[[Hellmuth Reymann]]`, `[[Sidi Rezegh|Rezegh]]`) is a name
someone gave a page, so it is an established spelling, never a slip; name
drift needs that to tell a typo from another name. A label that is a shorter
or other form of its page's name ("[[Aurelian I of Valmere|Aurelian I]]")
makes the label an alias of the page's entity, so facts written under either
name meet in the World. Sources record the links of each block in
`attrs["links"]` ("label=>Page") and `attrs["targets"]` (bare links' pages).
"""
from __future__ import annotations

import re

from ..model import Block, Document, Entity, NameMention, Origin
from .entities import demonyms

_DISAMBIGUATION = re.compile(r"\s*\([^()]*\)$")  # "Forst (Lausitz)" -> "Forst"
_WORD = re.compile(r"\w+")


def page_name(target: str) -> str:
    """The name a link target gives its page: no section, no disambiguation suffix."""
    return _DISAMBIGUATION.sub("", target.split("#", 1)[0]).strip()


def read_links(doc: Document, block: Block, origin: Origin) -> tuple[list[NameMention], list[Entity]]:
    """The block's link pages as name mentions (kind "link"), and the aliases their labels give."""
    attrs = block.attrs or {}
    mentions: list[NameMention] = []
    entities: list[Entity] = []
    pairs = [tuple(x.split("=>", 1)) for x in attrs.get("links", "").split("\n") if "=>" in x]
    pairs += [(t, t) for t in attrs.get("targets", "").split("\n") if t]
    for label, target in pairs:
        page = page_name(target)
        if not page[:1].isupper():
            continue
        at = block.text.find(label)
        a, b = (at, at + len(label)) if at >= 0 else (0, 0)
        span = doc.block_span(block, a, b)
        mentions.append(NameMention(page, span, origin, "link"))
        if label != page and _alias_of(label, page):
            entities.append(Entity(page, None, [label], span, origin))
    return mentions, entities


def _alias_of(label: str, page: str) -> bool:
    """ "Aurelian I" for "Aurelian I of Valmere": a capitalised label sharing a name word with its page.

    Labels such as "the League" or "German" (a demonym, resolved elsewhere) are not names of their own.
    """
    if not label[:1].isupper() or label in demonyms():
        return False
    page_words = {w.casefold() for w in _WORD.findall(page) if w[:1].isupper()}
    return any(w.casefold() in page_words for w in _WORD.findall(label) if w[:1].isupper())
