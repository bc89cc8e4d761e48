"""A leader's force counted in the prose of two documents: "Stenn brought 140 brethren to the field" on the
order's page and "Stenn rode out of Vell with 120 brethren" on his own; "In June 1402 Anselm brought 34 ships against
Ferro's 41 off the Skerries" and "at the Skerries ... his 36 ships broke a Keth line of 41 under Ferro".

A force count is a number and the plural noun within two words after it (an s plural, or one of measures.yaml
`force_counts.plurals`: brethren, men), bound to the act of bringing it: right after a verb of `bring`
("brought 140 brethren", "led out 300 spearmen"), after "with" in a clause of a verb of `going` ("rode out of Vell
with 120 brethren"), or owned by "his", "her" or "their" ("his 36 ships broke"). A bound ("over 200"), a part ("N
brethren were killed", "40 of them"), and a count followed by another count of the same noun in the clause give
nothing.

Each count becomes a CountMention of noun "force:<noun>", with the year its clause or sentence gives and the words
of the sentence's names (the page title's words marked "^": "his" is the page's subject); checks/cross_document.py
holds two documents' counts of one noun to each other when their sentences name the same leader and engagement
(two names in common) and they are not of two years. The paragraph's other names are kept too, marked "~": one
that is the other page's title stands for a name in common.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..vocabulary import alternation
from ..model import BlockKind, CountMention, Document, Origin
from .count_mentions import _year_of, count_qualifier
from .event_mentions import capitalised_runs, capitalised_words
from .measures import figure_sentences
from .numbers import DIGITS, number_value


@lru_cache(maxsize=1)
def _spec():
    spec = (vocabulary.load("measures") or {}).get("force_counts") or {}
    if not spec.get("bring") or not spec.get("going"):
        return None
    bring, going = alternation(spec["bring"]), alternation(spec["going"])
    num = rf"(?P<qual>(?:some|about|around|nearly|roughly|approximately)\s+)?(?P<num>{DIGITS}|[a-z]+(?:-[a-z]+)?)"
    noun = r"(?P<mods>(?:[a-z][a-z'’-]*\s+){0,2}?)(?P<noun>[a-z][a-z'’-]{2,})\b"
    pattern = re.compile(
        rf"\b(?:(?P<bring>{bring})\s+(?:a\s+(?:force|fleet|host|army|squadron)\s+of\s+)?"
        rf"|(?P<going>{going})\b[^,;.:()]{{0,50}}?\bwith\s+(?:a\s+(?:force|fleet|host)\s+of\s+)?"
        rf"|\b(?P<own>[Hh]is|[Hh]er|[Tt]heir)\s+){num}\s+{noun}")
    plurals = frozenset(str(w).lower() for w in spec.get("plurals") or ())
    parts = re.compile(r"\s*(?:,\s*)?(?:were\s+|was\s+|had\s+been\s+)?(?:"
                       + alternation(spec.get("parts") or ("killed",)) + r")\b")
    not_counted = frozenset(str(w).lower() for w in spec.get("not_counted") or ())
    gate = re.compile(rf"\b(?:{bring}|with|his|her|their)\s+(?:a\s+\w+\s+of\s+)?(?:{DIGITS}|[a-z]+\s)", re.I)
    return pattern, plurals, parts, not_counted, gate


def _plural(word: str, plurals: frozenset[str]) -> bool:
    return word in plurals or word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3


def force_counts(doc: Document, title: str | None, prose_kinds) -> list[CountMention]:
    spec = _spec()
    if spec is None:
        return []
    pattern, plurals, parts, not_counted, gate = spec
    title_words = ["^" + w for w in capitalised_words(title or "")]
    out: list[CountMention] = []
    for b in doc.blocks:
        if prose_kinds.get(b.kind) is not Origin.PROSE or b.kind is BlockKind.TABLE_CELL or not gate.search(b.text):
            continue
        text = b.text
        for s, e in figure_sentences(b):
            sentence = text[s:e]
            for m in pattern.finditer(sentence):
                noun = m.group("noun")
                written = m.group("num")
                value = number_value(written.lower()) if not written[:1].isdigit() else \
                    float(written.replace(",", ""))
                if value is None or value < 2 or not _plural(noun, plurals) or noun in not_counted:
                    continue
                if any(number_value(w) is not None for w in m.group("mods").split()):
                    continue
                if written[:1].isdigit() and 1000 <= value <= 2100 and "," not in written:
                    continue  # a year
                if count_qualifier(sentence[max(0, m.start("num") - 20):m.start("num")])[1]:
                    continue  # "over 200"
                if parts.match(sentence, m.end()) or re.match(r"\s+of\b", sentence[m.end():]):
                    continue  # "N brethren were killed", "40 ships of the line ..." (a part)
                if m.group("own") and not title_words:
                    continue  # "his N ships": whose, the page does not say
                words = capitalised_words(sentence)
                if m.group("own"):
                    words = words + title_words
                elif len(words) < 2:
                    continue
                qual = m.group("qual").strip().lower() if m.group("qual") else None
                # "During the Wicker Rising the Order furnished the levy. Aubric brought 90 brethren": the
                # paragraph's other names, marked "~", say what the sentence is about when it does not
                around = ["~" + w for w in capitalised_words(text[:s] + " " + text[e:]) if w not in words]
                out.append(CountMention(value, "force:" + noun, _year_of(sentence, m.start("num")),
                                        doc.block_span(b, s + m.start("num"), s + m.end("num")), Origin.PROSE,
                                        tuple(dict.fromkeys(words + title_words + around)), qual,
                                        tuple(capitalised_runs(sentence))))
    return out
