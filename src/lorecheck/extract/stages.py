"""Stages of one thing's life named by a field's key or a table column's header, in the order they come.

"begin: 1836" and "complete: 1834" in a bridge's infobox, "Launch | Landing" columns of a register of
flights, "Laid down | Launched" of a list of ships: the key names the stage its date dates. The ordering
rule compares the stages of one subject (one row of a table) pairwise (fields.yaml `stage_pairs`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary

_SPLIT = re.compile(r"[\s_\-]+")


def stage_key(text: str) -> str:
    """"Laid_down", "laid-down", "Laid down" -> "laid down": the form stage_pairs are written in."""
    return " ".join(w for w in _SPLIT.split(text.strip(" \t*'_:.()[]").casefold()) if w)


@lru_cache(maxsize=1)
def stage_pairs() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    pairs = vocabulary.load("fields").get("stage_pairs") or ()
    return tuple((frozenset(stage_key(str(w)) for w in p.get("first") or ()),
                  frozenset(stage_key(str(w)) for w in p.get("last") or ())) for p in pairs)


@lru_cache(maxsize=1)
def stage_words() -> frozenset[str]:
    """Every key or header that names a stage."""
    return frozenset(w for first, last in stage_pairs() for w in first | last)
