"""A party's dead in one engagement told on two pages: "At the Battle of Gelmoor Sound ... Tireless Grace was hit
nine times; 37 of her crew were killed" on the ship's page, "Hadley's flagship, Tireless Grace, was hit nine
times in the same action and lost 29 dead" on the battle's; "the Vallemorden Free Legion held out to the
end on the canal line, losing 508 killed" on the general's page, "At Wenn Ferry ... the Legion held the canal
line. It lost 308 killed" on the Legion's.

A loss is "lost N killed" / "losing N dead" / "lost N men killed" (a verb of losing, the number, then killed or
dead), or "N of her crew were killed" (of his, its or their crew, men, company or garrison). A bound ("over 600")
gives nothing; "about" is kept as the count's qualifier.

Each becomes a CountMention of noun "losses:dead" with its year (the clause's or the sentence's, else the
paragraph's only one, else, in a paragraph without a year, the one before's) and words: the sentence's names, the
page title's words marked "^", the other names of the paragraph (and of the one before, when it gives the year)
marked "~". checks/cross_document.py holds two pages' losses to each other when they name the same party
and the same engagement (see cross_document_party_losses).
"""
from __future__ import annotations

import re

from ..model import BlockKind, CountMention, Document, Origin
from .count_mentions import _year_of, count_qualifier
from .event_mentions import capitalised_runs, capitalised_words
from .measures import figure_sentences, years_named
from .numbers import DIGITS, number_value

_NUM = rf"(?P<num>{DIGITS}|[a-z]+(?:-[a-z]+)?)"
_LOSS = re.compile(
    rf"\b(?:lost|losing|loses|lose)\s+(?P<qual>(?:some|about|around|nearly|roughly|over|more\s+than|at\s+least)\s+)?"
    rf"{_NUM}\s+(?:(?:men|officers\s+and\s+men|of\s+(?:her|his|its|their)\s+(?:crew|men))\s+)?(?:killed|dead)\b"
    rf"|(?<![\w,.])(?P<qual2>(?:some|about|around|nearly|roughly|over|more\s+than|at\s+least)\s+)?{_NUM.replace('num', 'num2')}"
    r"\s+of\s+(?:her|his|its|their)\s+(?:crew|men|company|garrison)\s+(?:were|was)\s+killed\b")
_GATE = re.compile(r"\b(?:killed|dead)\b")


def party_losses(doc: Document, title: str | None, prose_kinds) -> list[CountMention]:
    title_words = ["^" + w for w in capitalised_words(title or "")]
    out: list[CountMention] = []
    previous = ""  # the paragraph before, in the same section
    for b in doc.blocks:
        if b.kind is BlockKind.HEADING:
            previous = ""
        if prose_kinds.get(b.kind) is not Origin.PROSE or b.kind is BlockKind.TABLE_CELL:
            continue
        before, previous = previous, b.text
        if not _GATE.search(b.text):
            continue
        text = b.text
        for s, e in figure_sentences(b):
            sentence = text[s:e]
            for m in _LOSS.finditer(sentence):
                num, at = (m.group("num"), m.start("num")) if m.group("num") else (m.group("num2"), m.start("num2"))
                value = float(num.replace(",", "")) if num[:1].isdigit() else number_value(num.lower())
                if value is None or value < 2:
                    continue
                if num[:1].isdigit() and 1000 <= value <= 2100 and "," not in num:
                    continue  # a year
                qual, bound = count_qualifier((m.group("qual") or m.group("qual2") or "").strip())
                if bound:
                    continue  # "over 600 killed"
                words = capitalised_words(sentence)
                year = _year_of(sentence, at)
                context = text[:s] + " " + text[e:]
                if year is None:
                    # "The Battle of Wenn Ferry lasted until 23 June. / The Legion ... losing 508 killed": a
                    # paragraph without a year of its own goes on from the one before
                    years = years_named(text) or years_named(before)
                    year = next(iter(years)) if len(years) == 1 else None
                    if not years_named(text):
                        context += " " + before
                around = ["~" + w for w in capitalised_words(context) if w not in words]
                out.append(CountMention(value, "losses:dead", year, doc.block_span(b, s + at, s + at + len(num)),
                                        Origin.PROSE, tuple(dict.fromkeys(words + title_words + around)), qual,
                                        tuple(capitalised_runs(sentence))))
    return out
