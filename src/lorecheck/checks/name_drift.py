"""Name drift: one entity spelled two ways.

A rare spelling next to a usual one: a one-letter edit of a name word
("Reichling" beside "Reichlin", "Sarrow" beside "Serrow"), or an acronym with
its letters reordered ("VPNF" beside "VNFP"). Short names one letter apart
(Rhine/Rhone, Porto/Porte) are usually different names and are left alone. Diacritics and punctuation are not
drift (Pétain/Petain, U.S./US), and neither are inflections (Austria,
Austrian). Candidates meet through a deletion index, never by comparing all
pairs of names.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache

from . import diagnostic, kind

_WORD = re.compile(r"[A-Z]\w*")  # hyphenated compounds compare part by part (Japan-Soviet)


@lru_cache(maxsize=1 << 16)
def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace(".", "")


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))} | {word}


def _distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau-Levenshtein distance with an early exit above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2, prev = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@kind("name-drift")
def check_name_drift(world, rule):
    # within one document: across a whole wiki, names one letter apart are
    # mostly different places and people, and a page is where a typo is fixed
    docs = [world.docs] if rule.params.get("scope") == "world" else [[d] for d in world.docs]
    for group in docs:
        yield from _drift_in(rule, group)


def _drift_in(rule, docs):
    min_len = int(rule.params.get("min_length", 5))
    min_usual = int(rule.params.get("min_usual", 3))  # how often the usual spelling must be written
    inflections = tuple(rule.params.get("inflections", ()))
    variants = [tuple(v) for v in rule.params.get("variants", ())]
    # every spelling of every name word, with where it was written
    where: dict[str, list] = defaultdict(list)
    acronyms: dict[str, list] = defaultdict(list)
    for doc in docs:
        for m in doc.names:
            if m.kind == "acronym":
                acronyms[_fold(m.name)].append(m.span)
                continue
            for w in _WORD.finditer(m.name):
                where[_fold(w.group())].append(m.span)
        for e in doc.entities:
            if e.span is None:
                continue
            for w in _WORD.finditer(e.name):
                where[_fold(w.group())].append(e.span)
    counts = Counter({w: len(set(spans)) for w, spans in where.items()})
    yield from _acronym_drift(rule, acronyms)
    index: dict[str, set[str]] = defaultdict(set)
    for w in counts:
        if len(w) >= min_len:
            for d in _deletions(w.lower()):
                index[d].add(w)
    reported = set()
    for rare, n in counts.items():
        if n != 1 or len(rare) < min_len - 1:
            continue  # a rare spelling may be one letter shorter than the names compared ("Dorn")
        candidates = set()
        for d in _deletions(rare.lower()):
            candidates |= index.get(d, set())
        for usual in candidates:
            if usual == rare or counts[usual] < min_usual or usual.lower() == rare.lower() or len(usual) < min_len:
                continue
            if rare[0].lower() != usual[0].lower() or _inflection(rare, usual, inflections):
                continue  # misspellings keep the first letter; Austria/Austrian is grammar
            if _distance(rare.lower(), usual.lower(), 1) > 1:
                continue
            if len(rare) == len(usual) and min(len(rare), len(usual)) < 6 and sorted(rare) != sorted(usual):
                continue  # Rhine/Rhone, Henan/Hunan: short names one letter apart are usually other names
            if _differ_at_end(rare.lower(), usual.lower()) and (min(len(rare), len(usual)) < 8
                                                              or "s" in (rare[-1], usual[-1])):
                continue  # Porto/Porte, Hollin/Hollis, Divisions/Divisione: other names or other forms
            if _conventional(rare, usual, variants):
                continue  # Motorised/Motorized, Fallschirmjaeger/Fallschirmjäger
            if any(a.path == b.path and a.line == b.line and abs(a.column - b.column) < 40
                   for a in where[rare] for b in where[usual]):
                continue  # both forms side by side are deliberate: a gloss, a translation
            pair = (rare, usual)
            if pair in reported:
                continue
            reported.add(pair)
            span = where[rare][0]
            related = [(s, f"spelled {usual!r} here") for s in sorted(set(where[usual]))[:5]]
            yield diagnostic(rule, span, related, key=("name", usual, rare), rare=rare, usual=usual,
                             count=counts[usual])


def _conventional(a: str, b: str, variants) -> bool:
    """Two spellings that one spelling convention maps onto each other."""
    a, b = a.casefold(), b.casefold()
    for x, y in variants:
        if a.replace(y, x) == b.replace(y, x):
            return True
    return False


def _differ_at_end(a: str, b: str) -> bool:
    """The two spellings agree up to the last letter of the shorter one."""
    n = min(len(a), len(b))
    return a[: n - 1] == b[: n - 1]


def _inflection(a: str, b: str, endings: tuple[str, ...]) -> bool:
    """Austria/Austrian, Serbia/Serbian, Matilde/Matilde's: one is the other plus an ending."""
    short, long_ = sorted((a.lower(), b.lower()), key=len)
    if long_.startswith(short) and long_[len(short):] in endings:
        return True
    # Hungary/Hungarian, Italy/Italian: a final y or e exchanged for an ending
    stem = short[:-1]
    return long_.startswith(stem) and long_[len(stem):] in endings and short[-1] in "aeyo"


def _acronym_drift(rule, acronyms):
    by_letters = defaultdict(list)
    for name, spans in acronyms.items():
        if len(name) >= 3:
            by_letters["".join(sorted(name))].append(name)
    for names in by_letters.values():
        if len(names) < 2:
            continue
        names.sort(key=lambda n: (-len({(s.path, s.line) for s in acronyms[n]}), n))
        usual = names[0]
        for rare in names[1:]:
            if len(set(acronyms[rare])) != 1:
                continue  # a form written more than once is a form in use (CCP and CPC), not a slip
            span = sorted(acronyms[rare])[0]
            related = [(s, f"written {usual!r} here") for s in sorted(set(acronyms[usual]))[:5]]
            yield diagnostic(rule, span, related, key=("acronym", usual, rare), rare=rare, usual=usual,
                             count=len(acronyms[usual]))
