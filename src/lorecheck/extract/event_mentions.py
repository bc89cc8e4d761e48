"""Dated occurrences named by their kind, whatever the wording: "the line opened on 6 July", "the line was
opened on 2 July", "the tunnel was holed through on D" / "the two headings met on D", "a yarlyk issued by
Kezhan on D" / "in 1321 Kezhan gave the merchants a yarlyk".

Two documents often state one event with no subject or predicate in common (one names the thing, the
other says "the tunnel"; one uses a verb, the other a noun), so the statement readers never key them
alike. Here a sentence with a word of a kind (vocabulary events.yaml) and a date gives an EventMention:
the kind, the date, the words of what it happened to (its theme: the verb's subject, with "the tunnel"
also read as the heading's or title's "... Tunnel"), and the words of every name of its clause.
checks/cross_document.py meets mentions of one kind across documents by those words.

Work is gated per block by one search for any kind's word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..vocabulary import Caseless, alternation
from ..model import Block, DateRange, DateValue, Document, DocumentFacts, EventMention, Origin
from .dates import MONTHS, FoundDate
from .sentences import prose_sentences

_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*")
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# capitalised words that name nothing: sentence openers, pronouns, prepositions
_NOT_NAMES = frozenset({"the", "a", "an", "on", "in", "at", "after", "before", "by", "from", "during", "when",
                        "its", "his", "her", "their", "this", "that", "these", "those", "with", "under",
                        "following", "until", "then", "it", "he", "she", "they", "there", "both", "some", "as",
                        "once", "within", "for", "of", "to", "and", "but", "since", "although", "though", "while",
                        "i", "we", "you", "our", "my", "what", "which", "who", "where", "later", "early", "late"})
_MINOR = frozenset({"of", "the", "and", "de", "la", "le", "von", "van", "der", "du", "des"})
_PREPOSITIONS_IN_NAMES = frozenset({"of", "in"})  # "the workshop in the Rushlight Lane", "the house of X"
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both",
                           "several", "many", "few", "some", "all"})
# "X is a small hotel at the top of Y village, opened in 1889": a participle after a description is its subject's
_DESCRIBED = re.compile(r"\s(?:is|was|are|were)\s+(?:a|an|the|one)\s")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_CLAUSE_BREAKS = re.compile(r";|,\s+(?:and|but|when|while|which|where|after which|whereupon)\b")


@lru_cache(maxsize=1)
def _spec() -> dict:
    return vocabulary.load("events") or {}


@lru_cache(maxsize=1)
def _triggers() -> tuple[Caseless | None, dict[str, tuple[str, bool]]]:
    """One pattern for every kind's words (longest first) and word -> (kind, is a verb)."""
    words: dict[str, tuple[str, bool]] = {}
    for kind, spec in (_spec().get("kinds") or {}).items():
        for w in spec.get("verbs") or ():
            words[str(w).casefold()] = (kind, True)
        for w in spec.get("nouns") or ():
            words[str(w).casefold()] = (kind, False)
    if not words:
        return None, {}
    return Caseless(r"(?<![\w-])(?:{})(?![\w-])", words), words


def _word_set(key: str) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in _spec().get(key) or ())


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    """Capitalised words that name no one thing: titles, demonyms, group nouns, events.yaml `generic_words`."""
    prose, demonyms = vocabulary.load("prose"), vocabulary.load("demonyms")
    words = {w.casefold() for key in ("titles", "office_titles") for t in prose.get(key) or () for w in str(t).split()}
    words |= {str(d).casefold() for d in (demonyms.get("demonyms") or {})}
    words |= {w.casefold() for n in demonyms.get("group_nouns") or () for w in str(n).split()}
    words |= _word_set("generic_words")
    return frozenset(words)


def capitalised_words(text: str) -> list[str]:
    """Lower-case words of the capitalised names in `text` (months, weekdays and openers are not names, nor a
    participle or adverb opening the text: "Founded in 1868 by ...", "Having ...")."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        low = w.casefold().removesuffix("'s").removesuffix("’s")
        if not text[:m.start()].strip() and low.endswith(("ed", "ing", "ly")):
            continue
        if w[:1].isupper() and low not in _NOT_NAMES and low not in MONTHS and low not in _WEEKDAYS \
                and low not in _MINOR and low not in _generic():
            out.append(low)
    return out


def _name_key(name: str) -> str:
    """The last word of a name that names something ("Voronezh Front" -> "voronezh"), "" when none does."""
    words = capitalised_words(name)
    words = [w for w in words if len(w) > 1]
    return words[-1] if words else ""


def capitalised_runs(text: str) -> list[str]:
    """Capitalised runs of `text` as written ("Jorin Amberlin"): what relevance files a mention under."""
    runs, run = [], []
    for m in _WORD.finditer(text):
        w = m.group()
        low = w.casefold()
        if w[:1].isupper() and low not in _NOT_NAMES and low not in MONTHS and low not in _WEEKDAYS:
            run.append(w)
        elif run and low in _MINOR:
            run.append(w)
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    out = []
    for run in runs:
        while run and run[-1].casefold() in _MINOR:
            run.pop()
        if run:
            out.append(" ".join(run))
    return out


class EventMentionReader:
    """Reads prose blocks for dated occurrences of a kind (see the module docstring)."""

    def __init__(self, doc: Document, facts: DocumentFacts):
        self.doc = doc
        self.facts = facts
        self.pattern, self.words = _triggers()

    def read(self, block: Block, found: list[FoundDate], origin: Origin) -> None:
        if self.pattern is None or not found:
            return
        text = block.text
        hits = list(self.pattern.finditer(text))
        if not hits:
            return
        sentences = list(prose_sentences(text))
        for i, (a, b) in enumerate(sentences):
            self._previous = text[sentences[i - 1][0]:sentences[i - 1][1]] if i else None
            dates = [f for f in found if a <= f.start < b and _is_point(f.value)]
            if not dates:
                continue
            seen: set[str] = set()
            for m in hits:
                if not a <= m.start() < b:
                    continue
                kind, verb = self.words[" ".join(m.group().casefold().split())]
                if kind in seen:
                    continue  # "the workshop burned ..., when fire spread": one occurrence
                mention = self._mention(block, text, a, b, m, kind, verb, dates, origin)
                if mention is not None:
                    seen.add(kind)
                    self.facts.events.append(mention)

    def _mention(self, block, text, a, b, m, kind, verb, dates, origin) -> EventMention | None:
        lo, hi = m.start(), m.end()
        if _excluded(text, lo, hi):
            return None  # "opened fire", "burned itself out"
        if not verb and (after := _NEXT_WORD.match(text, hi)) and after.group(1).casefold() in _word_set("kept_day_words"):
            return None  # "on Charter Day 2215", "Foundation Day (2 April)": a day kept each year, not the event
        clause_a, clause_b = _clause(text, a, b, lo, hi)
        if not verb and not _word_set("later_acts").isdisjoint(
                w.casefold() for w in _WORD.findall(text[hi:clause_b])[:_LATER_ACT_REACH]):
            return None  # "The charter entered into force, as it prescribed, on D": not the day it was granted
        other = _word_set("other_occasion_words")
        before = [w.casefold() for w in _WORD.findall(text[clause_a:lo])[-2:]]
        if any(w in other for w in before):
            return None  # "the second fire", "before the opening"
        date = _date_of(text, dates, lo, hi, clause_a, clause_b, other, verb)
        if date is not None and date.start > hi and self.pattern.pattern.search(text, hi, date.start):
            date = None  # "founded by charter and opened in 1546": the year is the opening's
        if date is None:
            return None
        if not verb:
            theme = self._of_theme(block, text, hi, clause_b)
        elif _active(text, clause_a, lo, hi):  # "Hask dismissed Orvald Stemmick on D": what it was done to
            theme = self._phrase_theme(block, text[hi:clause_b])
        else:
            theme = self._theme(block, text, clause_a, lo, clause_a == a)
        if theme is None:
            return None  # "a radar station was established": some new thing, not one another page names
        # one word per name of the sentence, its last that names something ("Jorin Amberlin" -> amberlin,
        # "Voronezh Front" -> voronezh): "John C. Zahm" and "John M. Finn" share none
        clause_words = [k for k in map(_name_key, capitalised_runs(text[a:b])) if k]
        if not verb:
            clause_words.append("#" + " ".join(m.group().casefold().split()))  # a charter: the noun says which
        if not theme and not capitalised_words(text[clause_a:clause_b].replace(m.group(), " ")):
            theme = self._context_words()  # "the two headings met on D": what the page or section is about
        words = tuple(dict.fromkeys([w.lstrip("~") for w in theme] + clause_words))
        return EventMention(kind, _point(date.value), self.doc.block_span(block, a, b),
                            self.doc.block_span(block, date.start, date.end), tuple(dict.fromkeys(theme)), words,
                            origin, tuple(capitalised_runs(text[clause_a:clause_b])), text[a:b].strip())

    def _theme(self, block: Block, text: str, clause_a: int, lo: int, opens: bool) -> list[str] | None:
        """Words of the verb's subject: the noun phrase just before it, past auxiliaries and adverbs, an
        aside in brackets or commas; "the tunnel" also takes the words of a heading or title ending in it;
        "it" opening the sentence, what it stands for (_referent)."""
        prefix = re.sub(r"\([^()]*\)", " ", text[clause_a:lo])
        skip = _word_set("between_subject_and_verb")
        determiners = _word_set("determiners")
        tokens = [w for w in _WORD.findall(prefix)]
        while tokens and tokens[-1].casefold() in skip:
            tokens.pop()
        if opens and len(tokens) == 1 and tokens[0].casefold() in _word_set("thing_pronouns"):
            return self._referent(block)
        stripped = prefix.rstrip()
        if stripped.endswith(","):
            head = stripped[:-1]
            aside = head.rfind(",")
            words = head[aside + 1:].split()
            if aside >= 0 and words and words[0].casefold() in determiners | {"one"}:
                head = head[:aside]  # "the galley Corvina, a merchantman out of Tesk, put in at": the galley
            described = _DESCRIBED.search(head)
            if described and aside < 0:
                head = head[:described.start()]  # "The X Hotel is a hotel at the top of Y village, opened in": X
            tokens = _WORD.findall(head)  # "the galley Corvina, arriving from X", "the Union (TU), founded in"
            while tokens and tokens[-1].casefold() in skip:
                tokens.pop()
        phrase = _noun_phrase(tokens, determiners)
        if not phrase:
            return []
        if phrase[0].casefold() in _INDEFINITE:
            return None
        names = capitalised_words(" ".join(phrase))
        head_nouns = [w.casefold() for w in phrase if w[:1].islower() and w.casefold() not in determiners
                      and w.casefold() not in _PREPOSITIONS_IN_NAMES and w.casefold() not in _NUMBER_WORDS
                      and not w[:1].isdigit()]
        theme = names + ["~" + w for w in (head_nouns[:1] if names else head_nouns[-1:])]
        if not names and head_nouns:
            theme += self._named_by_head(block, head_nouns[-1])
        return theme

    def _of_theme(self, block: Block, text: str, hi: int, clause_b: int) -> list[str] | None:
        """"the opening of the Kellmoor line", "the dismissal of Stemmick": the noun's "of" phrase."""
        m = re.match(r"\s+of\s+", text[hi:clause_b])
        return self._phrase_theme(block, text[hi + m.end():clause_b]) if m else []

    def _phrase_theme(self, block: Block, rest: str) -> list[str] | None:
        """Words of the noun phrase opening `rest` ("the Kellmoor line", "Orvald Stemmick", "the tunnel"); None
        for an indefinite one ("a radar station": some new thing)."""
        determiners = _word_set("determiners")
        phrase: list[str] = []
        for w in _WORD.findall(rest)[:6]:
            low = w.casefold()
            if low in determiners and not phrase or w[:1].isupper() and low not in MONTHS and low not in _WEEKDAYS \
                    or phrase and phrase[-1][:1].isupper() and low in _MINOR and low not in determiners:
                phrase.append(w)
            elif w[:1].islower() and phrase and all(x.casefold() in determiners for x in phrase):
                phrase.append(w)  # "the tunnel"
            elif w[:1].islower() and phrase and phrase[-1][:1].isupper():
                phrase.append(w)  # "the Kellmoor line"
                break
            else:
                break
        if phrase and phrase[0].casefold() in _INDEFINITE:
            return None
        names = capitalised_words(" ".join(phrase))
        heads = [w.casefold() for w in phrase if w[:1].islower() and w.casefold() not in determiners
                 and w.casefold() not in _MINOR and w.casefold() not in _NUMBER_WORDS]
        theme = names + ["~" + w for w in heads[-1:]]
        if not names and heads:
            theme += self._named_by_head(block, heads[-1])
        return theme

    def _named_by_head(self, block: Block, noun: str) -> list[str]:
        """"the tunnel" under the heading "Ravish Tunnel" (or in a page so titled): that name's words."""
        for source in (block.heading or "", self.doc.title or ""):
            words = capitalised_words(source)
            if noun in words:
                return words
        return []

    def _referent(self, block: Block) -> list[str]:
        """What "it" opening a sentence stands for: the name opening the sentence before ("The Abbey of X is
        ... . It was founded on D"), else, opening its section, the thing its heading names ("== The Great
        Cut == / It was opened on D"); no words when the sentence before opens with no name ("The largest
        battle ... . It opened on D": some unnamed thing), so the page's title stands in as before."""
        if self._previous is not None:
            return capitalised_words(_opening_name(self._previous))
        return capitalised_words(self._heading_name(block.heading or ""))

    def _heading_name(self, heading: str) -> str:
        """The heading's words when they are a name: the page writes them capitalised after a lower-case
        word ("the Great Cut", "at Gorsemoor"), which a section's topic ("History", "Opening") is not."""
        name = re.sub(r"^(?:the|a|an)\s+", "", heading.strip(), flags=re.IGNORECASE)
        if not name or not capitalised_runs(name):
            return ""
        if re.search(rf"[a-z,]\W{{1,3}}{re.escape(name)}(?![\w-])", self.doc.text):
            return name
        return ""

    def _context_words(self) -> list[str]:
        return capitalised_words(self.doc.title or "")


_LATER_ACT_REACH = 8  # words after a kind's noun where its own verb stands ("the charter, as it prescribed, entered")


@lru_cache(maxsize=1)
def _excluded_pattern() -> re.Pattern | None:
    phrases = [str(p) for p in _spec().get("not_occurrences") or ()]
    if not phrases:
        return None
    return re.compile("|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases), re.IGNORECASE)


def _excluded(text: str, lo: int, hi: int) -> bool:
    """Is the word at text[lo:hi] part of a phrase that names no occurrence of its kind ("opened fire")?"""
    pattern = _excluded_pattern()
    if pattern is None:
        return False
    return any(m.start() < hi and lo < m.end() for m in pattern.finditer(text, max(0, lo - 30), hi + 30))


# "X arrived in Tesk, followed on 21 June by ...": another verb's clause, whose date is not the event's (after a
# noun it is the event's own: "the founding charter, sealed on D")
_PARTICIPLE_CLAUSE = re.compile(r",\s+[a-z]+(?:ed|ing)\b")
_INDEFINITE = frozenset({"a", "an", "another", "some", "one"})
# after a noun of a kind, a comma and a subject of its own (a determiner, a name, a pronoun): a new clause
_SUBJECT_AFTER_COMMA = re.compile(r",\s+(?:(?:the|a|an|its|his|her|their|this|these|he|she|it|they|we)\s|[A-Z])")
_TO_PLACE = frozenset({"at", "in", "into", "to", "on", "from"})
# a form of "be" (or "got") before the verb makes it passive; "had" alone is the past perfect of an active verb
# ("the guild had dismissed its warden"), "had been" passive again
_PASSIVE = frozenset({"was", "were", "been", "be", "being", "is", "are", "got"})


def _active(text: str, clause_a: int, lo: int, hi: int) -> bool:
    """Is the verb at text[lo:hi] active with an object after it ("Hask dismissed Stemmick", "they had burned
    the mill"), not passive ("was dismissed") nor without an object ("the line opened on D")?"""
    after = _WORD.findall(text[hi:hi + 40])
    if not after or text[hi:hi + 1] not in (" ", "\u00a0") or text[lo:hi].split()[-1].casefold() in _TO_PLACE:
        return False  # "put in at Wenmouth": a place, not an object
    first = after[0]
    low = first.casefold()
    if low in _word_set("determiners") and low not in ("this", "that"):
        pass
    elif not first[:1].isupper() or low in MONTHS or low in _WEEKDAYS or low in _NOT_NAMES:
        return False
    before = [w.casefold() for w in _WORD.findall(text[clause_a:lo])[-3:]]
    return not any(w in _PASSIVE for w in before)


_NAME_WORD = r"[^\W\d_][\w'’-]*"


def _opening_name(sentence: str) -> str:
    """The name that opens `sentence` as the subject of "is"/"was" (events.yaml `it_stands_for`), after an
    article and past asides in brackets or commas ("The Abbey of Saint Quirinel (...) is ...", "Halden & Roake
    was ...", "The Second Ether War, called ..., was fought"); "" otherwise: "The Council of State set up a
    commission. It opened on D" speaks of the commission, "The largest battle ... . It opened" of no name."""
    text = re.sub(r"\([^()]*\)", " ", sentence).strip()
    verbs = alternation(_word_set("it_stands_for"))
    name = rf"{_NAME_WORD}(?:\s+(?:&\s+)?{_NAME_WORD}){{0,7}}?"
    m = re.match(rf"(?:(?:the|a|an)\s+)?({name})\s*(?:,[^,]*,\s*)?(?-i:{verbs})\b", text, re.IGNORECASE)
    if not m:
        return ""
    run = m.group(1).split()
    if not all(w[:1].isupper() or w.casefold() in _MINOR or w == "&" for w in run):
        return ""
    return " ".join(run)


def _is_point(value) -> bool:
    return isinstance(value, DateValue) or isinstance(value, DateRange) and value.start is not None \
        and value.start == value.end


def _point(value):
    return value.start if isinstance(value, DateRange) else value


def _clause(text: str, a: int, b: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause of the word at text[lo:hi] inside the sentence text[a:b]."""
    start, end = a, b
    for m in _CLAUSE_BREAKS.finditer(text, a, b):
        if m.end() <= lo:
            start = m.end()
        elif m.start() >= hi:
            end = m.start()
            break
    return start, end


def _noun_phrase(tokens: list[str], determiners: frozenset[str]) -> list[str]:
    """The noun phrase that ends `tokens`: back to a determiner over capitalised words and at most three
    lower-case ones ("the line", "the Kellmoor line", "the galley Corvina", "the Treaty of X"), or a run of
    capitalised words alone ("Port Tesk"); with the phrase an "of"/"in" hangs on ("the workshop in the Rushlight
    Lane")."""
    i = len(tokens)
    k, lower, first_name = i, 0, None
    while k > 0 and k > i - 8:
        w = tokens[k - 1]
        low = w.casefold()
        if low in determiners:
            break
        if w[:1].isupper():
            first_name = k - 1
        elif low in _MINOR and first_name is not None and k > 1 and tokens[k - 2][:1].isupper():
            pass  # "Treaty of Tesk"
        elif w[:1].islower() and low not in _PREPOSITIONS_IN_NAMES and lower < 3:
            lower += 1
        else:
            break
        k -= 1
    if k > 0 and tokens[k - 1].casefold() in determiners and k < i:
        start = k - 1
    elif first_name is not None:
        start = first_name  # no determiner: from the name on (the words before it may be a verb's)
    else:
        return []
    if start > 0 and tokens[start - 1].casefold() in _PREPOSITIONS_IN_NAMES:
        head = _noun_phrase_piece(tokens[:start - 1], determiners)
        if head:
            return head + tokens[start - 1:]
    return tokens[start:]


def _noun_phrase_piece(tokens: list[str], determiners: frozenset[str]) -> list[str]:
    """A determiner and up to three lower-case words ending `tokens` ("the workshop"), else nothing."""
    k = len(tokens)
    while k > 0 and len(tokens) - k < 3 and tokens[k - 1][:1].islower() \
            and tokens[k - 1].casefold() not in determiners:
        k -= 1
    if k > 0 and tokens[k - 1].casefold() in determiners and k < len(tokens):
        return tokens[k - 1:]
    return []


def _date_of(text: str, dates: list[FoundDate], lo: int, hi: int, clause_a: int, clause_b: int,
             other: frozenset[str], verb: bool) -> FoundDate | None:
    """The date of the word at text[lo:hi]: the first after it in its clause, near enough, with no word of
    another occasion between ("opened ... until 1 May"); else the last one just before it in the same
    clause ("On D fire ...", not "in 1546 and its lands passed as the charter had foreseen")."""
    for f in dates:
        if hi <= f.start < clause_b:
            between = text[hi:f.start]
            words = [w.casefold() for w in _WORD.findall(between)]
            if len(between) > 90 or any(w in other for w in words) or verb and _PARTICIPLE_CLAUSE.search(between) \
                    or not verb and _SUBJECT_AFTER_COMMA.search(between) \
                    or words and words[-1] in _word_set("bounds_before_date"):
                # "opened ... until 1 May", "arrived from 15 May": a bound, not the day; "Created by Article IV
                # of the Founding Charter, the Council first sat on 3 March": another subject's act, its own day
                return None
            return f
    for f in reversed(dates):
        if clause_a <= f.start and f.end <= lo:
            between = _NAME_LIST.sub(" N ", text[f.end:lo])
            if len(between) > 60 or "," in between or " and " in between:
                return None  # (but "On D the assemblies of Orn, Tass and Vey proclaimed": one list of names)
            return f
    return None


# "Orn, Tass, Vey and Quill", "Berwin Ratchet, Wenthal Reach and Stillhollow", "Orn and Tass": a list of names (its
# commas and "and" join no clauses)
_LISTED_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_NAME_LIST = re.compile(rf"{_LISTED_NAME}(?:,\s+{_LISTED_NAME})*,?\s+and\s+{_LISTED_NAME}")
