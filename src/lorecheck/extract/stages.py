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


_ORDER: dict = {}  # the fields vocabulary object -> (it, the ordering rule's pairs, their words)


def _order_of() -> tuple:
    """Made again when the vocabulary is (a user's vocabulary folder adds chains of its own)."""
    fields = vocabulary.load("fields")
    got = _ORDER.get("fields")
    if got is None or got[0] is not fields:
        pairs = [(frozenset(stage_key(str(w)) for w in p.get("first") or ()),
                  frozenset(stage_key(str(w)) for w in p.get("last") or ())) for p in fields.get("stage_pairs") or ()]
        for chain in fields.get("stage_chains") or ():
            groups = [frozenset(stage_key(str(w)) for w in ([g] if isinstance(g, str) else g)) for g in chain]
            pairs += [(a, b) for i, a in enumerate(groups) for b in groups[i + 1:]]
        prefixes = sorted((stage_key(str(p)) for p in fields.get("stage_key_prefixes") or ()), key=len, reverse=True)
        got = _ORDER["fields"] = (fields, tuple(pairs), frozenset(w for a, b in pairs for w in a | b), prefixes)
    return got


def stage_order_pairs() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The pairs the ordering rule holds fields to: `stage_pairs`, and every earlier stage of a chain of
    `stage_chains` before each later one ("ordered, laid down, launched, ..., commissioned" of a ship)."""
    return _order_of()[1]


def ordered_stage(key: str) -> str | None:
    """The stage a field's key names for the ordering rule: "laid_down" -> "laid down", "Ship launched" ->
    "launched" (a template's own prefix, fields.yaml `stage_key_prefixes`); None when it names none."""
    _, _, words, prefixes = _order_of()
    stage = stage_key(key)
    if stage in words:
        return stage
    for prefix in prefixes:
        rest = stage.removeprefix(prefix + " ")
        if rest != stage and rest in words:
            return rest
    return None
