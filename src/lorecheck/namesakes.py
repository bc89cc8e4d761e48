"""Namesakes: one name that two people of a world bear (a grandfather and the grandson named after him).

A name is taken for two people when the world gives it two births a generation apart (twenty years or more)
and says so in a way a slip would not: a birth written as the name's qualifier ("Honoré Lemarre (born 1939)",
"(b. 1939)"), as a writer tells two people of one name apart. Then each fact about that name goes to one of them only when
the text says which: a birth on the fact's own line (a table row, a sentence "X, born 1879, ... died ..."),
or a date that falls inside one life only (before the younger was born, or after the elder died). A fact
that says neither resolves to neither person: it is kept apart, so the grandson's ministry is not the dead
grandfather acting, and the two births are not one birth written twice.
"""
from __future__ import annotations

import copy
from collections import defaultdict

from .model import DocumentFacts

_GENERATION_DAYS = 20 * 365
_LIFE_DAYS = 100 * 365


def _interval(when) -> tuple[int, int] | None:
    try:
        return when.interval() if when is not None else None
    except Exception:  # an impossible date: the calendar rule's finding
        return None


def _qualified(text: str) -> bool:
    t = text.replace(" ", "")
    return "(born" in t or "(b." in t or "(né" in t or "(née" in t


def _late_births(docs, key, births, people) -> set[tuple[str, int, str]]:
    """The lines of births written as a name's qualifier ("Aldric (born 655)") that fall after a death of that
    name: a younger namesake introduced in passing, whose birth is no ordering slip of the dead man's. Only the
    facts on that line are the younger's; the name's other facts stay with the one the world dates."""
    deaths: dict[str, int] = {}
    for doc in docs:
        for s in doc.statements:
            if s.predicate == "death" and s.subject and (iv := _interval(s.date)) is not None:
                k = key(s.subject)
                deaths[k] = max(deaths.get(k, iv[1]), iv[1])
    return {
        (s.path, s.line, k)
        for k, found in births.items()
        if k not in people and k in deaths
        for iv, s in found
        if _qualified(s.text or "") and iv[0] > deaths[k]
    }


def split(docs: list[DocumentFacts], key) -> tuple[list[DocumentFacts], dict[str, str]]:
    """The documents with the facts of namesakes given to one of them (or to neither), and the display
    names of the new subjects. `key` is the name -> entity key function of the World being built."""
    births: dict[str, list] = defaultdict(list)
    for doc in docs:
        for s in doc.statements:
            if s.predicate == "birth" and s.subject and (iv := _interval(s.date)) is not None:
                births[key(s.subject)].append((iv, s))
    people: dict[str, list[tuple[int, int]]] = {}  # name key -> births (earliest day, latest day), oldest first
    for k, found in births.items():
        found.sort(key=lambda x: x[0][0])
        groups: list[list] = []
        for iv, s in found:
            if groups and iv[0] - groups[-1][-1][0][1] < _GENERATION_DAYS:
                groups[-1].append((iv, s))
            else:
                groups.append([(iv, s)])
        if len(groups) != 2:
            continue
        if not any(_qualified(s.text or "") for g in groups for _, s in g):
            continue  # two births decades apart with no word of two people: a slip, the conflicting-date rule's
        people[k] = [(min(iv[0] for iv, _ in g), max(iv[1] for iv, _ in g)) for g in groups]
    late = _late_births(docs, key, births, people)
    if not people and not late:
        return docs, {}
    # the elder's death: a death on the line of the elder's birth, or before the younger was born
    deaths: dict[str, int] = {}
    birth_lines: dict[tuple[str, str, int], int] = {}  # (name key, path, line) -> person
    for k, lives in people.items():
        for iv, s in births[k]:
            birth_lines[(k, s.path, s.line)] = 0 if iv[1] <= lives[0][1] else 1
    for doc in docs:
        for s in doc.statements:
            if s.predicate == "death" and s.subject and (k := key(s.subject)) in people:
                iv = _interval(s.date)
                if iv is None:
                    continue
                if birth_lines.get((k, s.path, s.line)) == 0 or iv[1] < people[k][1][0]:
                    deaths[k] = max(deaths.get(k, iv[1]), iv[1])
    shown: dict[str, str] = {}

    def person(k: str, name: str, path: str, line: int, iv) -> str:
        lives = people[k]
        who = birth_lines.get((k, path, line))
        if who is None and iv is not None:
            fits = []
            for i, (blo, bhi) in enumerate(lives):
                end = deaths.get(k) if i == 0 and k in deaths else blo + _LIFE_DAYS
                if iv[1] >= blo and iv[0] <= end:
                    fits.append(i)
            if len(fits) == 1:
                who = fits[0]
        if who is None:
            new = f"{name} \u2060[{path}:{line}]"  # neither: a subject of its own, shown as the name
        else:
            new = f"{name} \u2060[{'elder' if who == 0 else 'younger'}]"
        shown[new] = name
        return new

    out = []
    for doc in docs:
        touched = False
        statements = []
        for s in doc.statements:
            if s.subject and (s.path, s.line, key(s.subject)) in late:
                new = f"{s.subject} \u2060[younger]"
                shown[new] = s.subject
                s = copy.copy(s)
                s.subject = new
                touched = True
            elif s.subject and (k := key(s.subject)) in people:
                if s.predicate == "birth":
                    iv = _interval(s.date)
                    who = 0 if iv is not None and iv[1] <= people[k][0][1] else 1
                    new = f"{s.subject} \u2060[{'elder' if who == 0 else 'younger'}]"
                    shown[new] = s.subject
                else:
                    new = person(k, s.subject, s.path, s.line, _interval(s.date))
                s = copy.copy(s)
                s.subject = new
                touched = True
            statements.append(s)
        durations = []
        for d in doc.durations:
            if d.subject and (k := key(d.subject)) in people and d.span is not None:
                d = copy.copy(d)
                d.subject = person(k, d.subject, d.span.path, d.span.line, _interval(d.end or d.start))
                touched = True
            durations.append(d)
        if touched:
            doc = copy.copy(doc)
            doc.statements = statements
            doc.durations = durations
        out.append(doc)
    return out, shown
