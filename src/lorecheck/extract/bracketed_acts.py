"""An act told in brackets is the bracket's own: "in 2430 the Council (by then chaired by Hamid Sorensen) named
the locks after her", "the yard (then run by the Orm guild) burned". A bracket with a verb, no subject of its
own before it and its own agent after it ("by X") describes the noun it follows, so its verb is no act of the
clause's subject (who, in the first example, had died in 2427), and its date does not date the clause.

Read on a sentence's tokens (extract/prose.py), after the lifespans in brackets ("(1801-1850)", "(born 1801)")
were taken: those are read from the same tokens before this drops them.
"""
from __future__ import annotations

_VERBS = frozenset({"VERB", "AUX", "HAVE", "NOTACT"})
_SUBJECTS = frozenset({"NAME", "EVENT", "DEMNP", "TOPIC", "PRON", "REL"})


def drop_bracketed_acts(toks: list) -> list:
    """The tokens without each "( ... )" whose first verb no subject inside the bracket comes before."""
    out: list = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if t.type == "PAREN" and t.text == "(" and out:
            close = next((k for k in range(i + 1, min(n, i + 16)) if toks[k].type == "PAREN"), None)
            if close is not None and toks[close].text == ")" and _subjectless_act(toks[i + 1:close]):
                i = close + 1
                continue
        out.append(t)
        i += 1
    return out


def _subjectless_act(inner: list) -> bool:
    """A verb with no subject before it, and its own agent after it: "by then chaired by X", "then led by Y"
    ("Ysolde I (reigned 1488-1511)" tells of the name before the bracket, and stays)."""
    for k, t in enumerate(inner):
        if t.type in _SUBJECTS:
            return False
        if t.type in _VERBS:
            return any(a.type == "BY" and b.type in _SUBJECTS for a, b in zip(inner[k + 1:], inner[k + 2:]))
    return False
