"""Links to other pages: names as the wiki spells them.

A link's page (`[[Hellmuth Reymann]]`, `[[Sidi Rezegh|Rezegh]]`) is a name
someone gave a page, so it is an established spelling, never a slip; name
drift needs that to tell a typo from another name. Sources record the links
of each block in `attrs["links"]` ("label=>Page") and `attrs["targets"]`
(bare links' pages).

Labels are not made aliases of their pages: aliases join names for the whole
world, and labels are loose ("[[Vichy France|France]]", "[[Nazi
Germany|Germany]]"); joined, they put every France on both sides of a war
(measured on 482 real pages: side-conflict findings 8 -> 56). A label could
only be resolved within its own page, which the World does not do yet.
"""
from __future__ import annotations

import re

from ..model import Block, Document, NameMention, Origin

_DISAMBIGUATION = re.compile(r"\s*\([^()]*\)$")  # "Forst (Lausitz)" -> "Forst"


def page_name(target: str) -> str:
    """The name a link target gives its page: no section, no disambiguation suffix."""
    return _DISAMBIGUATION.sub("", target.split("#", 1)[0]).strip()


def read_links(doc: Document, block: Block, origin: Origin) -> list[NameMention]:
    """The block's link pages as name mentions of kind "link", spanned on their label."""
    attrs = block.attrs or {}
    mentions: list[NameMention] = []
    pairs = [tuple(x.split("=>", 1)) for x in attrs.get("links", "").split("\n") if "=>" in x]
    pairs += [(t, t) for t in attrs.get("targets", "").split("\n") if t]
    for label, target in pairs:
        page = page_name(target)
        if not page[:1].isupper():
            continue
        at = block.text.find(label)
        a, b = (at, at + len(label)) if at >= 0 else (0, 0)
        mentions.append(NameMention(page, doc.block_span(block, a, b), origin, "link"))
    return mentions
