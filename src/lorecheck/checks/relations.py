"""Single relation: one owner, one value of a name-valued relation (a capital, a father), or the one value the
text says there was ("the sole founder", "he married only once").

Relations (extract/relations.py) meet by owner and relation. A value the text says held for a time or was one
of several ("the capital until 1121", "capital: X (1921–34); Y") is never held against another, and excuses
that value wherever it is stated. A mention whose owner is the page's subject by a pronoun or the page's own
noun ("its capital", "the firm's founder") is compared within its document only.
"""
from __future__ import annotations

from collections import defaultdict

from .. import vocabulary
from ..extract.relations import name_words, same_name as _same
from .name_drift import edit_distance
from . import STRUCTURED, diagnostic, kind


def _misspelt(a: str, b: str) -> bool:
    """Two spellings of one name: the same words but one, and that one a letter or two off ("Carrowdene",
    "Carrodene"); a place told at another grain ("Kelsbridge", "the Kelsbridge dockyard") is not."""
    x, y = name_words(a), name_words(b)
    if len(x) != len(y):
        return False
    odd = [(u, v) for u, v in zip(x, y) if u != v]
    return len(odd) == 1 and min(map(len, odd[0])) >= 5 and edit_distance(*odd[0]) <= 2


def _comparable(a, b) -> bool:
    return a is not b and (a.span.path == b.span.path or not (a.implied or b.implied))


@kind("single-relation")
def check_single_relation(world, rule):
    specs = vocabulary.load("relations").get("relations") or {}
    single = {name for name, spec in specs.items() if spec.get("one") or spec.get("spelling")}
    spelling = {name for name, spec in specs.items() if spec.get("spelling")}
    groups = defaultdict(list)
    for doc in world.docs:
        for r in doc.relations:
            groups[(world.key(r.subject), r.relation)].append(r)
    for (owner, relation), group in groups.items():
        if len(group) < 2:
            continue
        group.sort(key=lambda r: (r.origin not in STRUCTURED, r.span.path, r.span.line, r.span.column))
        if relation in single:
            held = [r.value for r in group if r.held]
            stated = [r for r in group if not r.held and not any(_same(r.value, h) for h in held)]
            references = stated
        else:
            stated = group
            references = [r for r in group if r.sole]
        reported = set()
        for r in stated:
            if relation in spelling:  # a place at any grain: only a misspelling of one of its names
                others = [x for x in references if _comparable(x, r)]
                ref = None if any(_same(r.value, x.value) for x in others) else \
                    next((x for x in others if _misspelt(r.value, x.value)), None)
                if ref is None or references.index(r) < references.index(ref):
                    continue
            else:
                ref = next((x for x in references if _comparable(x, r)), None)
                if ref is None or _same(r.value, ref.value) or \
                        r in references and references.index(r) < references.index(ref):
                    continue
            pair = frozenset((" ".join(name_words(r.value)), " ".join(name_words(ref.value))))
            if pair in reported:
                continue
            reported.add(pair)
            label = relation.replace("_", " ")
            yield diagnostic(rule, r.span, [(ref.span, f"{label} {ref.value} stated here")],
                             key=("relation", owner, relation, r.value, ref.value),
                             subject=world.name(owner) or ref.subject, relation=label, value=r.value,
                             other=ref.value)
