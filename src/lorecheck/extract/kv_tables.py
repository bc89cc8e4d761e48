"""Tables that are infoboxes: "| Born | 3 March 1702 |" rows of a label and its value.

Writers without an infobox template lay the same fields out as a two-column
table (a Markdown table, a wikitext `{| class="infobox"`, a pasted table).
Its cells reach extract as table cells; when the first column holds field
names the vocabulary knows (fields.yaml `roles`), each row is read as that
field, the way a front-matter key is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import Block, BlockKind, Document

MIN_KNOWN_LABELS = 2  # one known label in a two-column table is a coincidence, two are an infobox
_LABEL_NOISE = " \t*'_:"


@lru_cache(maxsize=1)
def _known_keys() -> frozenset[str]:
    return frozenset(str(k) for k in vocabulary.load("fields").get("roles") or ())


def _key(label: str) -> str:
    return re.sub(r"[\s\-]+", "_", label.strip(_LABEL_NOISE).casefold())


def key_value_fields(doc: Document) -> list[Block]:
    """FIELD blocks for the rows of each two-column table whose first column names known fields."""
    tables: dict[str, dict[str, dict[int, Block]]] = {}
    for b in doc.blocks:
        if b.kind is BlockKind.TABLE_CELL and b.group is not None and "row" in b.attrs:
            tables.setdefault(b.attrs.get("table", ""), {}).setdefault(b.attrs["row"], {})[b.group] = b
    if not tables:
        return []
    known = _known_keys()
    fields: list[Block] = []
    for rows in tables.values():
        if any(len(cells) > 2 or max(cells) > 1 for cells in rows.values()):
            continue  # a table of several columns is a table, not a list of fields
        pairs = [(cells[0], cells[1]) for cells in rows.values() if 0 in cells and 1 in cells]
        if sum(_key(label.text) in known for label, _ in pairs) < MIN_KNOWN_LABELS:
            continue
        for label, value in pairs:
            key = _key(label.text)
            if key and value.text.strip():
                fields.append(Block(BlockKind.FIELD, value.text, value.segments, key=key,
                                    raw_key=label.text.strip(_LABEL_NOISE), heading=value.heading,
                                    attrs={"source": "table"}))
    return fields
