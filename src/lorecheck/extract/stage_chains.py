"""Stages of one thing told as a chain of verbs with one subject: "the grandstand, put up in 1934, was burnt
out in 1929 and replaced in 1931", "she entered the Spire as a novice in 447, was raised to the Nine in 444",
"Elisande was proclaimed queen on D and crowned on D2", "the operation began on D and was called off on D2".

Verbs joined only by commas, "and" and auxiliaries share their subject whatever it is, and so does the next
sentence's first verb when that sentence opens on the subject again ("The chapel was begun in 1402. It was
consecrated on D", "Vale was released ..."; a pronoun only when the sentence before names no one else), so the
chain needs no name: each dated stage becomes a statement "stage:<stage>" with the chain as its `row` and no subject, and
checks/order.py holds the stages of one chain to the order of vocabulary stages.yaml `chains`. A verb followed
by an object ("began sinking the cylinders") or inside a subordinate clause ("whose son was born in 1850,
died ...") is not read: it tells another thing's stage.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .. import vocabulary
from ..vocabulary import Caseless, alternation
from ..model import Block, Document, Origin, Statement
from .dates import MONTHS
from .sentences import sentence_spans

_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=1)
def _spec():
    """(stage trigger pattern, word -> stage, (gapped word's pattern, stage) pairs, stages taking objects, linking
    words, subordinators, not-objects, words of a repeat)."""
    data = vocabulary.load("stages") or {}
    by_word: dict[str, str] = {}
    for stage, words in (data.get("stages") or {}).items():
        for w in words or ():
            by_word[" ".join(str(w).casefold().split())] = str(stage)
    if not by_word or not data.get("chains"):
        return None
    forms = alternation(by_word).replace(r"\s+\*\s+", r"\s+(?:[\w'’-]+\s+){0,4}?")
    pattern = Caseless(r"(?<![\w-])(?:" + forms + r")(?![\w-])")
    words = lambda key: frozenset(str(w).casefold() for w in data.get(key) or ())
    repeat = re.compile(r"\b(?:" + alternation(words("repeat_words")) + r")\b", re.I)
    # "entered * as a novice": the words of an entry with a gap, compiled once (a key fits one whole)
    gapped = tuple((re.compile(re.escape(w).replace(r"\*", r"(?:\S+\s)*?\S+").replace(r"\ ", r"\s")), stage)
                   for w, stage in by_word.items() if "*" in w)
    return (pattern, by_word, gapped, words("takes_object"), words("linking_words"), words("subordinators"),
            words("not_objects"), repeat)


@lru_cache(maxsize=1)
def chain_order() -> dict[str, frozenset[str]]:
    """stage -> the stages that come before it in some chain (stages.yaml `chains`)."""
    before: dict[str, set[str]] = {}
    for chain in (vocabulary.load("stages") or {}).get("chains") or ():
        for i, stage in enumerate(chain):
            before.setdefault(str(stage), set()).update(str(x) for x in chain[:i])
    return {k: frozenset(v) for k, v in before.items() if v}


@lru_cache(maxsize=1)
def final_stages() -> frozenset[str]:
    """Stages that come before no other in any chain (an end, a destruction, a dissolution)."""
    before = chain_order()
    firsts = {s for earlier in before.values() for s in earlier}
    return frozenset(before) - firsts


def _stage_of(text: str, by_word: dict[str, str], gapped) -> str | None:
    key = " ".join(text.casefold().split())
    if key in by_word:
        return by_word[key]
    # "entered the Spire as a novice": an entry with a gap
    return next((stage for pattern, stage in gapped if pattern.fullmatch(key)), None)


def _clause_opened(text: str, subordinators: frozenset[str]) -> bool:
    """Does the clause the text ends in (from its last comma) start with a subordinator ("whose son was")?"""
    clause = re.split(r"[,;:()]", text)[-1]
    return any(w.casefold() in subordinators for w in _WORD.findall(clause))


def _subject(text: str, linking: frozenset[str]) -> str:
    """The words before a chain's first verb, for messages: "Mirefield's old wooden grandstand" (", put up")."""
    words = _WORD.findall(re.split(r"[;:]", text)[-1])  # "... from the yard at Holmsvik; she was launched"
    while words and words[-1].casefold() in linking:
        words.pop()
    return " ".join(words[-6:]) or "the subject"


# "launched on D to retake the railhead, had collapsed": a purpose the stage was for, between its date and the next
# verb; "expelled on D for refusing its share of the levy, and it was readmitted": the reason it was for
_PURPOSE = re.compile(r"\s+(?:to\s+[a-z]+|for\s+[a-z]+ing)(?:\s+[\w'’-]+){0,6}\s*,")


# "launched on D and, after trials in the sound, delivered on D2": an undated aside between commas that a
# preposition opens tells the circumstances of the next stage, not another subject's act
_ASIDE = re.compile(r",\s*(?:after|following|during|upon|on|in|at|with)\s+[^\d,;:.()]{1,60},")


def _links(text: str, linking: frozenset[str], subject: str = "") -> bool:
    """Only commas, "and" and auxiliaries between one stage's date and the next verb: one subject; also ", and it
    was" (the pronoun the subject takes again: "it" for a thing or a name, the same pronoun it was told by)."""
    purpose = _PURPOSE.match(text)
    if purpose is not None:
        text = text[purpose.end():]
    text = _ASIDE.sub(" ", text, count=1)
    words = _WORD.findall(text)
    rest = _WORD.sub("", text)
    if re.search(r"[;:.!?()]", rest):
        return False
    folded = [w.casefold() for w in words]
    for i, w in enumerate(folded):
        if w not in linking and not (i and folded[i - 1] == "and" and _takes_pronoun(subject, w)):
            return False
    return True


def _takes_pronoun(subject: str, pronoun: str) -> bool:
    """Is `pronoun` the one "Brisk", "the city" or "he" is taken up by again ("..., and it was readmitted")? A person
    named ("Ada Brell ..., and he") may be another one's pronoun, so only "it" after a name or a noun."""
    said = _WORD.findall(subject)
    if not said or pronoun not in _PRONOUNS:
        return False
    if said[-1].casefold() in _PRONOUNS:
        return said[-1].casefold() == pronoun
    return pronoun == "it"


def stage_chain_statements(doc: Document, block: Block, found, origin: Origin) -> list[Statement]:
    spec = _spec()
    if spec is None or len(found) < 2:
        return []
    pattern, by_word, gapped, takes_object, linking, subordinators, not_objects, repeat = spec
    text = block.text
    matches = list(pattern.finditer(text))  # one scan of the block; most blocks have no stage word at all
    if len(matches) < 2:
        return []
    out: list[Statement] = []
    chain_no = 0
    at = 0
    chain: list[Statement] = []
    subject = ""
    before = (0, 0)  # the sentence before
    chain_year = None  # the year the chain's last stage wrote in this sentence
    for sentence_start, sentence_end in sentence_spans(text):
        chain_year = None
        last_end = None  # where the chain's last stage (its date, or its verb when undated) ends
        opening = True  # the sentence's first stage may go on the chain before it ("... in 1934. It burnt down in 1929")
        while at < len(matches) and matches[at].start() < sentence_end:
            m = matches[at]
            at += 1
            if m.start() < sentence_start:
                continue
            stage = _stage_of(m.group(), by_word, gapped)
            if stage is None:
                continue
            after = text[m.end():sentence_end]
            nxt = _WORD.match(after.lstrip())
            if nxt and stage not in takes_object and not nxt.group()[0].isdigit() \
                    and nxt.group().casefold() not in not_objects and not _towards(after):
                last_end, opening = None, False  # "began sinking the cylinders": the subject acts on another thing
                continue
            linked = last_end is not None and _links(text[last_end:m.start()], linking, subject) or \
                opening and bool(chain) and (_same_subject(text[sentence_start:m.start()], subject, linking,
                                                           text[before[0]:before[1]])
                                             or _spouse_after_marriage(text[sentence_start:m.start()], stage, chain))
            opening = False
            if not linked:
                if len(chain) > 1:
                    out += chain
                chain, chain_no = [], chain_no + 1
                if _clause_opened(text[sentence_start:m.start()], subordinators):
                    last_end = None
                    continue
                subject = _subject(text[sentence_start:m.start()], linking)
            when = _own_date(text, m.end(), sentence_end, found, bounded=stage in final_stages())
            last_end = _past_era(text, when.end) if when else m.end()
            if when is not None and when.year_from_context and linked and chain_year is not None \
                    and _year_of(when.value) == chain_year and when.start > sentence_start:
                pass  # "launched on 3 April 1921 ..., had collapsed by 28 March": the year the chain just wrote
            elif when is None or when.year_from_context or repeat.search(text, m.end(), last_end):
                continue  # undated, or "married again in 1727": a later occasion
            chain_year = _year_of(when.value) if not when.year_from_context and \
                when.start > sentence_start else None
            chain.append(Statement(subject="", predicate=f"stage:{stage}", object=None, date=when.value,
                                   span=doc.block_span(block, m.start(), when.end), origin=origin,
                                   date_span=doc.block_span(block, when.start, when.end),
                                   text=subject, row=f"chain:{block.file_offset(0)}:{chain_no}"))
        before = (sentence_start, sentence_end)
    if len(chain) > 1:
        out += chain
    return out


def _year_of(value) -> int | None:
    return getattr(value, "year", None)


_PRONOUNS = frozenset({"he", "she", "it", "they"})

# "readmitted to the League on D", "sentenced to the galleys": a place or state the subject is put in, no object
# ("began to sink the cylinders" is a verb's infinitive: another act)
_TOWARDS = re.compile(r"\s*to\s+(?:the\s|[A-Z])")


def _towards(after: str) -> bool:
    return _TOWARDS.match(after) is not None


_MARRIAGE_ENDS = frozenset({"widowed", "divorced"})


def _spouse_after_marriage(lead: str, stage: str, chain: list) -> bool:
    """ "Isolt married Lord Aldis Fenne in 612. She was widowed in 608": after a marriage the next sentence's
    pronoun may be either spouse, and the marriage is both spouses', so its end comes after it whichever is meant
    (not "she had been widowed", an earlier marriage's end)."""
    words = [w.casefold() for w in _WORD.findall(lead)]
    return stage in _MARRIAGE_ENDS and chain[-1].predicate == "stage:married" and len(words) in (1, 2) \
        and words[0] in _PRONOUNS and words[1:] in ([], ["was"], ["were"])


def _same_subject(lead: str, subject: str, linking: frozenset[str], before: str) -> bool:
    """Does a sentence open on the chain's subject again: a pronoun ("It was rebuilt") when the sentence before
    names no one else ("... beside Ada Brand. She died"), the same words, the same head noun ("The grandstand"
    after "Mirefield's old wooden grandstand") or surname ("Vale")?"""
    words = [w.casefold() for w in _WORD.findall(lead)]
    while words and words[-1] in linking:
        words.pop()
    said = [w.casefold() for w in _WORD.findall(subject)]
    if not words or not said:
        return False
    named = subject.split()[-1][:1].isupper()
    if len(words) == 1 and words[0] in _PRONOUNS:
        if said == words and [w.casefold() for w in _WORD.findall(before)[:1]] == words:
            return True  # "He was interned under the Defence Regulations at Fort X. He was released": one he throughout
        others = [w for w in _WORD.findall(before)[1:] if w[:1].isupper() and w.casefold() not in said
                  and w.casefold() not in MONTHS and not w.isupper()]
        return not others
    if len(words) == 1 and named and words[0] == said[-1]:
        return True
    return words == said or not named and words == ["the", said[-1]]


_OWN_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|but|when|while|which|who|whose|after|before|until|till|since|"
                               r"from|by|between|to)\s*$|\b(?:and|but|when|while|which|who|whose)\b")


def _own_date(text: str, start: int, stop: int, found, bounded: bool = False):
    """The first date after the verb in its own clause ("was dedicated by Bishop Peter on D"), not a bound
    ("until D", "by D") and not past a comma or a new clause. `bounded`: the stage is a last one, which "by D"
    bounds from above ("had collapsed by 28 March": no later than that, so before a start after it all the same)."""
    i = bisect_left(found, start, key=lambda f: f.start)
    for f in found[i:]:
        if f.start >= stop:
            return None
        between = text[start:f.start]
        if bounded and re.fullmatch(r"\s+by\s+", between):
            return f
        if len(between) > 80 or _OWN_CLAUSE_BREAK.search(between):
            return None
        return f
    return None


_ERA = re.compile(r"\s*(?:[A-Z]{2,4}|A\.D\.|B\.C\.)(?![\w.])")


def _past_era(text: str, end: int) -> int:
    """After a date's era letters ("461 AR", "1066 AD"), which belong to it."""
    m = _ERA.match(text, end)
    return m.end() if m else end


