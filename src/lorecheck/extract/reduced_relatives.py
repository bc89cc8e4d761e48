"""A name inside a reduced relative clause: "The garrison Brandt left in Vennick, the 4th Rifles, had fought
for the Council; on 20 October it mutinied", "the men Hale commanded mutinied". The name is the subject of
the clause that modifies the noun, not of the sentence: the sentence's subject is the garrison (and "it" is
the garrison), so neither the main verb nor a later pronoun is the named person's act.

Read on a clause's tokens (extract/prose.py): a lower-case noun after a determiner, right before a name and
its verb, with a verb of the main clause after that (not joined by "and"). A noun of time ("the year Brandt
left", "that winter Hale sailed") opens an adverbial, not a relative. Vocabulary: prose.yaml
`reduced_relatives`.
"""
from __future__ import annotations

import re

from .. import vocabulary

_VERBS = frozenset({"VERB", "AUX", "HAVE"})
_NAMES = frozenset({"NAME", "DEMNP"})
_SKIPPED = frozenset({"ADV", "HEDGE", "NEG"})
# what an unlisted past ("mutinied") follows when it is the main clause's verb: "the men Hale commanded mutinied"
_BEFORE_UNLISTED = frozenset({"COMMA", "NAME", "DATE", "OTHER", "VERB"})
# what may follow a relative clause's verb whose object is the noun before the name (the gap): "the garrison
# Brandt left in Vennick", "the men Hale commanded, ...", "the fort Hale held mutinied"
_GAP_AFTER = frozenset({"PREP", "COMMA", "DATE", "ADV", "VERB", "AUX", "HAVE", "OF", "BY"})


def _modified_noun(noun, text: str) -> bool:
    """A common noun with its determiner ("the garrison", "the domes"), not a time word: what a reduced relative
    clause after it can modify."""
    return noun.type == "OTHER" and noun.text.isalpha() and noun.text.islower() and \
        noun.lower not in _time_nouns() and _determined(text, noun.start)


def reduced_relative_names(clause, text: str, unlisted_past) -> list[int]:
    """Indexes in `clause` of names that are the subjects of a reduced relative clause modifying the noun
    before them. `unlisted_past(word)` says a past tense the vocabulary does not list ("mutinied")."""
    out: list[int] = []
    n = len(clause)
    for i in range(1, n - 1):
        t = clause[i]
        if t.type not in _NAMES or any(c.type in _VERBS for c in clause[:i]):
            continue
        if not _modified_noun(clause[i - 1], text):
            continue
        j = i + 1
        while j < n and clause[j].type in _SKIPPED:
            j += 1
        if j >= n or clause[j].type not in _VERBS:
            continue
        first = j
        while j + 1 < n and clause[j + 1].type in _VERBS:
            j += 1  # "the garrison Brandt had left"
        if _no_gap(clause[first:j + 1]):
            continue  # "where the cavalry commander Osric Pell was killed on D, the troops fell back": apposed
        after = clause[j + 1] if j + 1 < n else None
        if after is not None and after.type not in _GAP_AFTER and \
                not (after.type == "OTHER" and unlisted_past(after.lower)):
            continue  # "the engineer Brandt designed the bridge": the verb has its object, and Brandt is apposed
        if _main_verb_after(clause, j + 1, unlisted_past):
            out.append(i)
    return out


_PASSIVE_AUX = frozenset({"was", "were"})


def _no_gap(verbs) -> bool:
    """Verbs that leave no object for the noun before the name to be: a passive ("was killed", "were
    recalled") or a death ("died", "was drowned"). "the engineer Brandt was killed on D" names the engineer, who
    was killed; only "the garrison Brandt left" is a reduced relative."""
    words = " ".join(v.text for v in verbs).lower().split()
    if len(words) > 1 and words[0] in _PASSIVE_AUX and not words[-1].endswith("ing"):
        return True
    return any(v.type == "VERB" and isinstance(v.value, (tuple, list)) and "death" in v.value for v in verbs)


_DOERS = frozenset({"NAME", "DEMNP", "PRON"})
_ENDS = frozenset({".", ";", ":", ",", "!", "?"})


def trailing_relatives(clause, text: str, unlisted_past) -> list[int]:
    """Indexes of the doer and verb of a reduced relative clause after the main verb, its object the noun
    before it and no date of its own: "stands on the ridge above the domes he built", "keeps the maps Orrin
    drew". It tells an earlier act, which takes no date from the sentence (and is not the sentence's subject's)."""
    out: list[int] = []
    n = len(clause)
    first_verb = next((k for k, c in enumerate(clause) if c.type in _VERBS), n)
    for i in range(first_verb + 1, n):
        t = clause[i]
        if t.type not in _DOERS:
            continue
        if not _modified_noun(clause[i - 1], text):
            continue
        j = i + 1
        verbs = []
        while j < n and (clause[j].type in _VERBS or clause[j].type == "OTHER" and not verbs and
                         unlisted_past(clause[j].lower)):
            verbs.append(j)
            j += 1
        if not verbs or (j < n and clause[j].text not in _ENDS and clause[j].type not in ("PREP", "COMMA", "AND")):
            continue  # "the year he built the dome": the verb has an object of its own
        if any(c.type == "DATE" for c in clause[j:]):
            continue  # "the domes he built in 2210": dated by its own words
        out += [i, *verbs]
    return out


def _main_verb_after(clause, k: int, unlisted_past) -> bool:
    """A verb after the relative clause's own that is the main clause's: not after "and" or a relative
    pronoun ("the garrison Brandt left and reinforced": two verbs of Brandt's)."""
    for m in range(k, len(clause)):
        t = clause[m]
        if t.type in ("AND", "REL"):
            return False
        prev = clause[m - 1].type
        if t.type in _VERBS or t.type == "OTHER" and prev in _BEFORE_UNLISTED and unlisted_past(t.lower):
            return prev != "AND"
    return False


def _determined(text: str, at: int) -> bool:
    """Is the word at `at` the head of a noun phrase a determiner opens ("the garrison", "the small garrison")?"""
    return _DETERMINER.search(text, max(0, at - 40), at) is not None


_DETERMINER = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Aa]n?)\s+(?:[a-z]+\s+){0,2}$")


def _time_nouns() -> frozenset[str]:
    return vocabulary.word_set("prose", "reduced_relatives_not_after")
