"""A name inside a reduced relative clause: "The garrison Brandt left in Vennick, the 4th Rifles, had fought
for the Council; on 20 October it mutinied", "the men Hale commanded mutinied". The name is the subject of
the clause that modifies the noun, not of the sentence: the sentence's subject is the garrison (and "it" is
the garrison), so neither the main verb nor a later pronoun is the named person's act.

The same for "the bridge that Brandt had begun was opened in 1815", "the galleys Brandt laid down were launched
in 1812", "the timber which had been bought by Brandt was sold in 1813": the main clause's date is not the
relative clause's act's (which tells an earlier time); only a date inside the relative clause dates it.

Read on a clause's tokens (extract/prose.py): a lower-case noun after a determiner (or the page's own "the
treaty"), maybe "that" or "which", right before a name and its verb (one full verb: the next verb is the main
clause's), with a verb of the main clause after that (not joined by "and"). A noun of time ("the year Brandt
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


def reduced_relative_names(clause, text: str, unlisted_past) -> list[tuple[int, int, int]]:
    """(name, start, end) in `clause` of relative clauses modifying the noun before them: name the index of the
    name that is their subject (or agent), start that of their first word, end that of the main clause's verb
    after them ("The boats Brandt ordered were finished in 1812": Brandt .. were). `unlisted_past(word)` says
    a past tense the vocabulary does not list ("mutinied"). The main clause's date is not the relative clause's:
    "had" or not, it tells an earlier act, dated only by a date of its own inside it."""
    out: list[tuple[int, int, int]] = []
    n = len(clause)
    for i in range(1, n - 1):
        t = clause[i]
        if t.type not in _NAMES:
            continue
        noun = i - 1
        if clause[noun].lower in _OBJECT_RELATIVES and noun:
            noun -= 1  # "the bridge that Brandt had begun was opened", "the mill which Brandt designed"
        if not _modified_noun(clause[noun], text) and not _topic_noun(clause[noun]):
            continue
        if any(c.type in _VERBS for c in clause[:i]) and not (noun and clause[noun - 1].type == "AND"):
            continue  # "..., and the lamp Brandt ordered was first lit in 1852": a clause of its own after "and"
        j = i + 1
        while j < n and clause[j].type in _SKIPPED:
            j += 1
        if j >= n or clause[j].type not in _VERBS:
            continue
        first = j
        while j + 1 < n and clause[j + 1].type in _VERBS and clause[j].type != "VERB":
            j += 1  # "the garrison Brandt had left"; never on past a full verb ("the boats Brandt ordered were")
        if _no_gap(clause[first:j + 1]):
            continue  # "where the cavalry commander Osric Pell was killed on D, the troops fell back": apposed
        if j + 1 < n and clause[j + 1].type == "OTHER" and clause[j + 1].lower in _PARTICLES:
            j += 1  # "the galleys Brandt laid down were launched", "the charter Brandt drew up"
        after = clause[j + 1] if j + 1 < n else None
        if after is not None and after.type not in _GAP_AFTER and \
                not (after.type == "OTHER" and unlisted_past(after.lower)):
            continue  # "the engineer Brandt designed the bridge": the verb has its object, and Brandt is apposed
        if (end := _main_verb_after(clause, j + 1, unlisted_past)) is not None:
            out.append((i, i, end))
    return out + _passive_relative_agents(clause, text, unlisted_past)


def _passive_relative_agents(clause, text: str, unlisted_past) -> list[tuple[int, int, int]]:
    """"The boats that were ordered by Brandt were finished in 1812": the agent of a passive relative clause
    before the main clause's verb, as (agent, relative clause's first verb, main verb)."""
    out = []
    n = len(clause)
    for r in range(1, n - 4):
        if clause[r].lower not in _OBJECT_RELATIVES or not _modified_noun(clause[r - 1], text) and \
                not _topic_noun(clause[r - 1]):
            continue
        if any(c.type in _VERBS for c in clause[:r]) and not (r > 1 and clause[r - 2].type == "AND"):
            continue
        j = r + 1
        if clause[j].type not in ("AUX", "HAVE") or clause[j].lower not in _PASSIVE_AUX | {"had", "have", "has"}:
            continue
        first = j
        while j + 1 < n and clause[j + 1].type in ("AUX", "HAVE"):
            j += 1  # "which had been ordered by"
        if j + 2 >= n or clause[j + 1].type != "VERB" or clause[j + 2].type != "BY":
            continue
        k = j + 3
        names = []
        while k < n and clause[k].type in ("NAME", "DEMNP", "AND", "COMMA"):
            if clause[k].type in _NAMES:
                names.append(k)
            k += 1
        if not names:
            continue
        end = _main_verb_after(clause, k, unlisted_past)
        if end is not None:
            out += [(a, first, end) for a in names]
    return out


_PASSIVE_AUX = frozenset({"was", "were"})
_PARTICLES = frozenset({"up", "down", "out", "off", "over"})


def _topic_noun(noun) -> bool:
    """The page's own thing named by its common noun ("The treaty Wenn negotiated was ratified" on the treaty's
    page)."""
    words = noun.text.split()
    return noun.type == "TOPIC" and len(words) == 2 and words[0].lower() in ("the", "this") and \
        words[1].isalpha() and words[1].islower()


# a relative pronoun that may stand between the noun and the relative clause's subject
_OBJECT_RELATIVES = frozenset({"that", "which", "whom"})


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


def _main_verb_after(clause, k: int, unlisted_past) -> int | None:
    """The index of a verb after the relative clause's own that is the main clause's: not after "and" or a
    relative pronoun ("the garrison Brandt left and reinforced": two verbs of Brandt's)."""
    for m in range(k, len(clause)):
        t = clause[m]
        if t.type in ("AND", "REL"):
            return None
        prev = clause[m - 1].type
        if t.type in _VERBS or t.type == "OTHER" and prev in _BEFORE_UNLISTED and unlisted_past(t.lower):
            return m if prev != "AND" else None
    return None


def _determined(text: str, at: int) -> bool:
    """Is the word at `at` the head of a noun phrase a determiner opens ("the garrison", "the small garrison")?"""
    return _DETERMINER.search(text, max(0, at - 40), at) is not None


_DETERMINER = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Aa]n?)\s+(?:[a-z]+\s+){0,2}$")


def _time_nouns() -> frozenset[str]:
    return vocabulary.word_set("prose", "reduced_relatives_not_after")
