"""A stretch of time the page dates by a noun (a truce, emergency regulations, a convention's sittings) and an act the
text ties to it: "the Truce of Brisk, agreed on 1 March" ... "The truce expired on 31 May" and "During the truce, on 14
June, soldiers burned a mill"; "The emergency regulations were revoked on 10 October" and "On 14 October, acting under
those regulations, the tribunal ordered ..."; "In the convention's last week X moved, on 19 April, ..." on the page of
the convention, whose own fields date it.

Why: the period has no name of its own that the war and reign readers know, and its dates are told by verbs
("expired", "were revoked"), not by a range. Each dated start or end becomes a `period:start` / `period:end`
statement (object: the head noun, as vocabulary periods.yaml `bounded_periods` lists it), each tied act a
`period:act`, and a sentence that renews or extends the period ("renewed", "a second truce", "reconvened") a
`period:again`; checks/within_span.py holds each act to the one start and end its page gives that noun.

Only plain shapes are read: the act's sentence gives one date and no other, and the tie stands before the verb.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .. import vocabulary
from ..model import Block, DateRange, DateValue, Document, Origin, Statement
from .sentences import sentence_spans


def _words(key: str) -> list[str]:
    spec = vocabulary.load("periods").get("bounded_periods") or {}
    return sorted((" ".join(str(w).split()) for w in spec.get(key) or ()), key=lambda w: (-len(w), w))


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"


@lru_cache(maxsize=1)
def _patterns():
    nouns, starts, ends, again, spans, holds = (_alt(_words(k)) for k in ("nouns", "starts", "ends", "renewals",
                                                                          "spans", "holds"))
    noun = rf"(?P<noun>{nouns})"
    owner = r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat)"
    # "the Truce of Brisk, agreed on", "The emergency regulations were revoked on", "the truce expired on"
    told = rf"(?:{owner}\s+)?(?:[\w'’-]+\s+){{0,2}}?{noun}(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?,?\s+" \
           rf"(?:(?:was|were|had\s+been|has\s+been|formally|finally|officially)\s+)*"
    start = re.compile(rf"(?<![\w'’-]){told}(?:{starts})\s+(?:on|in)\s+$", re.I)
    end = re.compile(rf"(?<![\w'’-]){told}(?:{ends})\s+(?:on|in)\s+$", re.I)
    # "the Truce of Vanne, which ran from D1 to D2", "The curfew lasted from D1 until D2": both ends in one range
    ranged = re.compile(rf"(?<![\w'’-]){told}(?:which\s+|that\s+)?(?:{spans})\s+(?:from\s+|between\s+)?$", re.I)
    # "During the truce", "under those regulations", "on the convention floor", "in the convention's last week"
    bare = f"(?:{nouns})"  # the act's noun is found again in its match (one group name per pattern)
    acts = re.compile(rf"(?<![\w'’-])(?:[Dd]uring\s+the\s+(?:[\w'’-]+\s+){{0,2}}?{bare}\b(?!\s+of\b)|"
                      rf"under\s+(?:the|those|these|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?{bare}\b(?!\s+of\b)|"
                      rf"[Ww]hile\s+the\s+(?:[\w'’-]+\s+){{0,2}}?{bare}\s+(?:(?:still|yet|was|were)\s+)*(?:{holds})\b|"
                      rf"on\s+the\s+{bare}(?:['’]s)?\s+floor\b|"
                      rf"[Ii]n\s+the\s+{bare}['’]s\s+(?:last|final|closing|first|opening)\s+(?:week|weeks|days|day|"
                      rf"session|sessions|sitting|sittings)\b)", re.I)
    renewed = re.compile(rf"(?<![\w'’-])(?:{again})(?![\w'’-])", re.I)
    gate = re.compile(rf"(?<![\w'’-])(?:{nouns})(?![\w-])", re.I)
    nouns_in_block = vocabulary.Caseless(r"(?<![\w'’-])(?:{})(?![\w-])", _words("nouns"))  # gate's matches, faster
    # the words each pattern needs, tested first (re.I patterns that re tries at every character)
    gates = vocabulary.WordGate(_words("nouns")), vocabulary.WordGate(_words("starts")), \
        vocabulary.WordGate(_words("ends")), vocabulary.WordGate(_words("renewals"))
    return start, end, ranged, acts, renewed, gate, nouns_in_block, gates


_BOUND = re.compile(r"\b(?:after|before|until|till|since|by|from|between)\s+(?:the\s+\w+\s+of\s+)?$", re.I)
# "the fighting resumed": a renewal word whose own subject is another noun
_OTHER_SUBJECT = re.compile(r"\b(?:the|its|their)\s+([\w'’-]+)\s+(?:(?:was|were|had|has|been|soon|then|also)\s+)*$", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no)\s+(?:\w+\s+){0,2}$", re.I)


def _noun(text: str) -> str:
    return " ".join(text.casefold().split())


_WORD = re.compile(r"[\w'’-]+")
_DETERMINERS = frozenset({"the", "its", "their", "these", "those", "this", "that"})


def _modifiers(words: str) -> str:
    """The words between the last determiner and the noun ("the German occupation" -> "german"): which one of
    several periods of that noun the words name, kept in the statement's `row` ("mods:german")."""
    said = [w.casefold() for w in _WORD.findall(words)]
    cut = max((i + 1 for i, w in enumerate(said) if w in _DETERMINERS), default=len(said))
    return "mods:" + " ".join(said[cut:])


def period_acts(doc: Document, block: Block, found, origin: Origin) -> list[Statement]:
    text = block.text
    start, end, ranged, acts, renewed, gate, nouns_in_block, (noun_gate, start_gate, end_gate, renewal_gate) = _patterns()
    # where the block names a period's noun: a sentence without one is not read (no noun crosses a sentence's end,
    # so these are the very nouns gate.search finds in each sentence)
    nouns_at = [n.start() for n in nouns_in_block.finditer(text)] if noun_gate(text) else []
    if not nouns_at:
        return []
    out: list[Statement] = []
    for a, b in sentence_spans(text):
        if bisect_left(nouns_at, a) == bisect_left(nouns_at, b):
            continue
        sentence = text[a:b]
        dates = [f for f in found if a <= f.start and f.end <= b]
        for m in (renewed.finditer(text, a, b) if renewal_gate(sentence) else ()):
            if (other := _OTHER_SUBJECT.search(text, a, m.start())) and not gate.fullmatch(other.group(1)):
                continue  # "the fighting resumed": another thing held again, not the period
            if not _NEGATED.search(text, a, m.start()):
                for n in gate.finditer(text, a, b):  # "a second truce", "the truce was renewed": held again
                    out.append(Statement(subject="", predicate="period:again", object=_noun(n.group()), date=None,
                                         span=doc.block_span(block, n.start(), n.end()), origin=origin))
                break
        for f in dates:
            lead = text[max(a, f.start - 160):f.start]
            low = lead.lower()
            if not noun_gate(lead, low):
                continue  # the range, start and end patterns all hold a noun
            if isinstance(f.value, DateRange) and (m := ranged.search(lead)) is not None:
                at = f.start - len(lead) + m.start()
                for predicate, value in (("period:start", f.value.start), ("period:end", f.value.end)):
                    if isinstance(value, DateValue):
                        out.append(Statement(subject="", predicate=predicate, object=_noun(m.group("noun")),
                                             date=value, span=doc.block_span(block, at, f.end), origin=origin,
                                             row=_modifiers(m.string[m.start():m.start("noun")]),
                                             date_span=doc.block_span(block, f.start, f.end),
                                             text=" ".join(text[at:f.end].split())))
                continue
            if not isinstance(f.value, DateValue):
                continue
            for pattern, predicate, verbs in ((start, "period:start", start_gate), (end, "period:end", end_gate)):
                m = pattern.search(lead) if verbs(lead, low) else None
                if m is not None:
                    at = f.start - len(lead) + m.start()
                    out.append(Statement(subject="", predicate=predicate, object=_noun(m.group("noun")), date=f.value,
                                         span=doc.block_span(block, at, f.end), origin=origin,
                                         row=_modifiers(m.string[m.start():m.start("noun")]),
                                         date_span=doc.block_span(block, f.start, f.end),
                                         text=" ".join(text[at:f.end].split())))
                    break
        if len(dates) != 1 or not isinstance(dates[0].value, DateValue):
            continue
        when = dates[0]
        if _BOUND.search(text, a, when.start):
            continue
        for m in acts.finditer(text, a, b):
            if _NEGATED.search(text, a, m.start()):
                continue
            nouns = list(gate.finditer(text, m.start(), m.end()))
            if not nouns:
                continue
            out.append(Statement(subject="", predicate="period:act", object=_noun(nouns[-1].group()), date=when.value,
                                 span=doc.block_span(block, m.start(), m.end()), origin=origin,
                                 row=_modifiers(text[m.start():nouns[-1].start()]),
                                 date_span=doc.block_span(block, when.start, when.end),
                                 text=" ".join(text[m.start():m.end()].split())))
    return out
