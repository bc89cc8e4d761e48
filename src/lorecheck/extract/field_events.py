"""Prose that restates a dated field: "launched: 1702-04-11" and "the ship was launched on 21 April".

A field whose value is a date dates one event of its subject (extract/infobox.py keeps a field of no
known role as predicate "field:<key>"). A sentence that has that subject do what the key's words say
("first sitting" / "the Assembly first sat", "outbreak" / "the mutiny broke out", "Governor of X" /
"appointed him governor of X"), with a date, dates the same event: the statement made here meets the
field's in the single-value rule, which compares the two dates with their precision.

Only sentences that name no one else as the doer count: the page subject (a word of its title, its
title's head noun, an alias) or a pronoun must be the last name before the event word, or no name at all
("the mutiny that broke out on ..."). Another occasion of the event ("the second commissioning", "an
anniversary") or a bound ("twelve days before the sealing") is not a date of it (fields.yaml
`field_events`). Work is gated per block and per sentence by substring tests on the key words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import vocabulary
from ..model import Block, BlockKind, DateRange, DateValue, Document, DocumentFacts, Origin, Statement
from .calendars import without_older_calendar
from .dates import MONTHS, FoundDate
from .sentences import OWN_SUBJECT_CLAUSE, counted_from, main_clause_date, offset_restated, prose_sentences
from .infobox import dated_figure_key, keyed_event_words

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ments", "ment", "ship", "ed", "es", "s", "e")
_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "it", "its", "they", "them", "their", "hers"})
# capitalised words that open a sentence without naming anyone
_OPENERS = frozenset({"the", "on", "in", "at", "after", "before", "by", "from", "during", "when", "a", "an", "its",
                      "his", "her", "their", "this", "that", "with", "under", "following", "until", "then", "it",
                      "he", "she", "they", "there", "both", "some", "early", "late", "later", "only", "while", "as",
                      "once", "within", "for", "of", "to", "and", "but", "soon", "since", "although", "though"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_DETERMINERS = frozenset({"the", "this", "that"})
_MINOR = frozenset({"of", "the", "and", "a", "an", "de", "la", "le", "von", "van", "der"})


_RESTATED = {"remarriage": "marriage"}

@lru_cache(maxsize=1 << 16)  # the same words come back on every page, and the suffix loop is a tenth of the reader
def _stem(word: str) -> str:
    w = word.casefold().replace("’", "'").removesuffix("'s")
    for suffix in _SUFFIXES:
        if len(w) - len(suffix) >= 4 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def _same_stem(a: str, b: str) -> bool:
    """"commissioned" ~ "commissioning", "dissolved" ~ "dissolution"; "sign" !~ "signal"."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= 5 and n >= min(len(a), len(b)) - 2


@lru_cache(maxsize=1)
def _spec() -> dict:
    return vocabulary.load("fields").get("field_events") or {}


@lru_cache(maxsize=1)
def _word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    spec = _spec()
    return (frozenset(spec.get("blockers") or ()), frozenset(spec.get("bound_words") or ()),
            frozenset(spec.get("range_start_cues") or ()), frozenset(spec.get("range_end_cues") or ()))


@lru_cache(maxsize=64)
def _effect_nouns(heads: frozenset[str]) -> frozenset[str]:
    """The nouns that name the taking effect of a page whose head nouns are `heads` ("the ceasefire" of an
    armistice)."""
    table = _spec().get("effect_nouns") or {}
    return frozenset(str(w).casefold() for h in heads for w in table.get(h) or ())


@lru_cache(maxsize=1)
def _other_body_nouns() -> frozenset[str]:
    """Head nouns of a body that "the <Noun>" names as another doer than the page subject ("the Company")."""
    return frozenset(str(w).casefold() for w in _spec().get("other_body_nouns") or ())


@lru_cache(maxsize=1)
def _other_instruments() -> frozenset[str]:
    """Words that make an instrument a later act of a body, not its founding ("the purchase bill")."""
    return frozenset(str(w).casefold() for w in _spec().get("other_instrument_words") or ())


# "the retired admiral", "a disbanded regiment": a key's participle before a noun, an adjective
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+$")
_ATTRIBUTIVE_AFTER = re.compile(r"\s+([A-Za-z][a-z]+)\b")
_NOT_NOUNS = frozenset({"on", "in", "at", "by", "from", "to", "for", "with", "and", "or", "but", "that", "which",
                        "after", "before", "until", "during", "when", "its", "his", "her", "their", "the", "a", "an",
                        "was", "were", "had", "has", "is", "be", "been", "into", "under", "over", "as", "of", "off",
                        "out", "up", "down", "there", "then", "this", "these", "those", "who", "while", "since"})
_TO_OFFICE = re.compile(r"\s+(?:the\s+)?(?:rank\s+of\s+|office\s+of\s+)?")


@dataclass(slots=True)
class _KeyWord:
    stem: str
    phrases: tuple[str, ...]  # other words for it, lower case ("broke out")
    gates: tuple[str, ...]  # substrings one of which a sentence must contain


@dataclass(slots=True)
class _FieldEvent:
    subject: str
    predicate: str  # "field:<key>" / "field:<key>:start" / a known role
    words: tuple[_KeyWord, ...]
    ranged: str | None  # "start" / "end" for an end of a range field
    section: str | None = None  # the heading of a field that is one section's own (a list of holders' key blocks)


def _key_word(word: str, extra: tuple[str, ...] = ()) -> _KeyWord:
    synonyms = tuple(str(s).casefold() for s in (_spec().get("synonyms") or {}).get(word) or ()) + extra
    stem = _stem(word)
    gates = (stem[:4],) + tuple(s[:4] for s in synonyms)
    return _KeyWord(stem, synonyms, gates)


def _events_of(doc: Document, facts: DocumentFacts, sections: dict[int, str | None]) -> list[_FieldEvent]:
    """The dated fields of the document, as events to look for in its prose (not a field that gives the year of
    a figure field beside it: "circulation_date = 1930" beside "circulation = 52,300" dates no event)."""
    role_words = {str(k): tuple(str(w).casefold() for w in v or ()) for k, v in (_spec().get("role_words") or {}).items()}
    recurring = frozenset(str(w).casefold() for w in _spec().get("recurring") or ())
    out: dict[tuple[str, str], _FieldEvent] = {}
    figures = {_field_name(b.key) for b in doc.blocks
               if b.kind is BlockKind.FIELD and b.key and _FIGURE.match(b.text.strip(" '*[]"))}
    headings = {doc.block_span(b).line: sections.get(id(b)) for b in doc.blocks if b.kind is BlockKind.FIELD}
    fielded = [s for s in facts.statements if s.origin in (Origin.INFOBOX, Origin.FRONT_MATTER) and s.subject]
    # a page of several people's fields under their own headings (a list of holders): each is its section's
    several = len({headings.get(s.line) for s in fielded}) > 1 and len({s.subject for s in fielded}) > 1
    for s in facts.statements:
        if s.origin not in (Origin.INFOBOX, Origin.FRONT_MATTER) or s.date is None or not s.subject:
            continue
        if s.predicate.startswith("field:"):
            key, _, end = s.predicate[len("field:"):].partition(":")
            if _field_name(dated_figure_key(key) or "") in figures:
                continue
            if recurring.intersection(w.casefold() for w in keyed_event_words(key)):
                continue  # "Census:: 1881" beside "the census of 1871": two occasions of one kind of event
            words = tuple(_key_word(w) for w in keyed_event_words(key))
            if words:
                # a field of a section about someone other than the page ("## Teodor Maric" / "In office: ...", or
                # a list of holders each with their own fields) is restated only in that section: "he took office"
                # under another holder's heading is that one's
                section = headings.get(s.line) if several or s.subject != facts.title else None
                out.setdefault((s.subject, s.predicate), _FieldEvent(s.subject, s.predicate, words, end or None, section))
        elif s.predicate in role_words and s.subject == facts.title and (s.predicate != "start" or outbreak_page(facts)):
            first, *rest = role_words[s.predicate]
            word = _key_word(first, tuple(rest))
            out.setdefault((s.subject, s.predicate), _FieldEvent(s.subject, s.predicate, (word,), None))
    return list(out.values())


def outbreak_page(facts: DocumentFacts) -> bool:
    """Is the page subject an event whose own start "the outbreak" names (a rising, a strike, a war)?"""
    heads = _WORD.findall(re.split(r"(?i)\s+of\s+", facts.title or "", maxsplit=1)[0])
    return bool(heads) and heads[-1].casefold() in frozenset(str(w).casefold() for w in _spec().get("outbreak_heads") or ())


# the noun's own date right after it ("the outbreak on 16 August", "the outbreak of the rising in 1549")
_DATE_NEXT = re.compile(r"(?:\s+of\s+(?:the\s+)?[\w'’-]+)?\s+(?:on|in)\s+(?:\d|[A-Z])")
_OF_WHAT = re.compile(r"\s+of\s+(?:the\s+)?([\w'’-]+)")


def _the_outbreak(text: str, lo: int, hi: int, refs) -> bool:
    """ "the outbreak" right before the event word, and no "of" after it but of the page subject's own head."""
    if not re.search(r"(?i)\bthe\s+$", text[max(0, lo - 8):lo]):
        return False
    if re.search(r"(?i)\b(?:after|before|since|following)\s+the\s+$", text[max(0, lo - 20):lo]) \
            or not _DATE_NEXT.match(text, hi):
        return False  # "reached the port two days after the outbreak on D": D may be the arrival's
    m = _OF_WHAT.match(text, hi)
    return m is None or m.group(1).casefold() in refs[1] or m.group(1).casefold() in refs[0]


def section_of(doc: Document) -> dict[int, str | None]:
    """id(block) -> the text of the heading it stands under, by where it is in the file (an infobox a section
    opens with stands under that section's heading too)."""
    out: dict[int, str | None] = {}
    current = None
    for b in sorted(doc.blocks, key=lambda b: b.segments[0][1] if b.segments else 0):
        if b.kind is BlockKind.HEADING:
            current = b.text
        out[id(b)] = current
    return out


def _field_name(key: str) -> str:
    return re.sub(r"[\s_]+", " ", key.casefold()).strip()


# a field value that is a figure ("52,300", "about 400"), not a date ("14 April 1768")
_FIGURE = re.compile(r"(?:about |some |c\. ?|over |~)?\d[\d,.]*(?:\s|$)(?![A-Z][a-z]+ \d)", re.I)


class FieldEventReader:
    """Collects prose blocks that may restate a dated field; reads them once all facts are in."""

    def __init__(self, doc: Document, facts: DocumentFacts):
        self.doc = doc
        self.facts = facts
        self.events: list[_FieldEvent] | None = None
        self.blocks: list[tuple[Block, list[FoundDate], Origin]] = []

    def read(self, block: Block, found: list[FoundDate], origin: Origin) -> None:
        if self.events is None:
            self.sections = section_of(self.doc)
            self.events = _events_of(self.doc, self.facts, self.sections)
            self.gates = tuple({g for e in self.events for w in e.words for g in w.gates})
        if not self.events or not found:
            return
        low = block.text.casefold()
        if any(g in low for g in self.gates):
            # "sealed on 14 March 1719 (Old Style; 25 March 1720 by the New Style)": one day, read in the newer
            self.blocks.append((block, without_older_calendar(block.text, found), origin))

    def finish(self) -> None:
        if not self.blocks:
            return
        refs = _subject_words(self.facts)
        # a marriage the prose reader kept as a later one ("married again in 1893") is read already, too
        # (a date the prose reader gave another subject named in the sentence as written is that one's: "the
        # Ormsk Company was incorporated on D"; one it resolved a name to is not: "the Brethren" -> "Twelve Brethren")
        stated = {(_RESTATED.get(s.predicate, s.predicate), s.date_span): s.subject for s in self.facts.statements
                  if s.origin is Origin.PROSE}
        for block, found, origin in self.blocks:
            text = block.text
            low = text.casefold()
            for a, b in prose_sentences(text):
                dates = [f for f in found if a <= f.start < b]
                if not dates:
                    continue
                seg = low[a:b]
                for event in self.events:
                    if event.section is not None and self.sections.get(id(block)) != event.section:
                        continue
                    if all(any(g in seg for g in w.gates) for w in event.words):
                        self._sentence(block, text, a, b, dates, event, origin, refs, stated)

    def _sentence(self, block, text, a, b, dates, event: _FieldEvent, origin, refs, stated) -> None:
        tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, a, b)]
        hits = _key_hits(tokens, text, event.words)
        if hits is None:
            return
        lo, hi = hits
        after = _ATTRIBUTIVE_AFTER.match(text, hi)
        if _ATTRIBUTIVE_BEFORE.search(text, a, lo) and after and after.group(1).casefold() not in _NOT_NOUNS and \
                text[lo:hi].isalpha() and text[lo:hi].casefold().endswith("ed"):
            return  # "the retired admiral Valask opened": the participle says who, no event of the field's
        if event.predicate == "marriage" and not vocabulary.word_set("prose", "remarriage_cues").isdisjoint(
                t[2].casefold() for t in tokens):
            return  # "Widowed in 1890, she married the chandler in 1893": a later marriage, not the field's
        if event.predicate == "founded" and not _other_instruments().isdisjoint(t[2].casefold() for t in tokens):
            return  # "the purchase bill received the royal assent on D": a later act of the body, not its founding
        clause_start = max(text.rfind(";", a, lo) + 1, a)
        doer = _doer(text, tokens, clause_start, lo, a, refs)
        if event.predicate == "start":
            # "the outbreak on D": the noun names the page's own start, whoever the clause is about; "its outbreak",
            # "the second outbreak", "the outbreak of war" name another
            if not _the_outbreak(text, lo, hi, refs):
                return
            doer = None
        if doer == "other" or _of_another(text, hi, refs):
            return
        if any(w.stem in _INSTRUMENT_STEMS for w in event.words) \
                and _other_definite_noun(tokens, clause_start, lo, refs):
            return  # "the treaty entered into force on D" on an armistice's page: another instrument's day
        blockers, bounds, start_cues, end_cues = _word_sets()
        before = [t for t in tokens if clause_start <= t[0] < lo]
        if any(t[2].casefold() in blockers for t in before):
            return
        for f in self._dates_for(text, tokens, dates, lo, hi, b, event, bounds, start_cues, end_cues):
            if counted_from(text, lo, hi, f.start):
                continue  # "within four weeks of the signing, and ... on D": D is counted from the signing
            if main_clause_date(text, a, lo, f.start):
                continue  # "After the Society was dissolved they met from 1 October 1879": the meeting's date
            if any(t[2].casefold() in blockers for t in tokens if hi <= t[0] < f.start):
                continue
            date_span = self.doc.block_span(block, f.start, f.end)
            said = stated.get((event.predicate, date_span), "")
            if said == event.subject or said and said in text[a:b]:
                continue  # the prose reader has it already
            if said and doer == "pronoun" and not _subject_named(said, refs) and _names_a_body(said):
                continue  # "The Company served the Republic. It was disbanded in 1673": "it" is the Company
            self.facts.statements.append(Statement(
                subject=event.subject, predicate=event.predicate, object=None, date=f.value,
                span=self.doc.block_span(block, a, b), date_span=date_span, origin=origin,
                text=text[lo:f.end] if f.start >= lo else text[f.start:hi]))
            stated[(event.predicate, date_span)] = event.subject

    def _dates_for(self, text, tokens, dates, lo, hi, b, event, bounds, start_cues, end_cues) -> list[FoundDate]:
        """The date(s) of the event word at text[lo:hi]: for a point, the first date after it in its clause
        (or one just before it: "On 14 June he married"); for an end of a range, the dates whose nearest cue
        before them is a cue of that end ("appointed him governor of X in 1712, and held it until 1718")."""
        points = [f for f in dates if isinstance(f.value, DateValue)
                  or isinstance(f.value, DateRange) and f.value.start == f.value.end and f.value.start is not None]
        if event.ranged:
            out = []
            for f in points:
                if f.start < lo and text[f.end:lo].strip(" ,"):
                    continue
                cue = None
                for t in reversed(tokens):
                    if t[0] >= f.start:
                        continue
                    w = t[2].casefold()
                    if w == "to" and _TO_OFFICE.fullmatch(text, t[1], lo):
                        continue  # "promoted to Fleet Admiral in 2342": "to" before the key's words, no bound
                    if w in start_cues or w in end_cues:
                        cue = "start" if w in start_cues else "end"
                        break
                if cue == event.ranged and ";" not in text[min(hi, f.start):max(hi, f.start)]:
                    out.append(f)
            return out[:1]
        before_date = frozenset(_spec().get("bounds_before_date") or ())
        points = [f for f in points if _word_before(tokens, f.start) not in before_date]  # "by 1712", "after 1640"
        for f in points:
            if f.start >= hi:
                between = text[hi:f.start]
                if len(between) > 90 or ";" in between or ":" in between or OWN_SUBJECT_CLAUSE.search(between):
                    return []  # "was dissolved, and the hall was pulled down in 1891": the date is the hall's
                if _NEXT_VERB.search(between):
                    return []  # "laid down that winter, launched on D": the date is the next act's
                if any(t[2].casefold() in bounds for t in tokens if hi <= t[0] < f.start) \
                        and not offset_restated(text, hi, f.start):
                    return []
                return [_as_point(f)]
        for f in reversed(points):
            if f.end <= lo:
                between = text[f.end:lo]
                if len(between) > 40 or any(c in between for c in ",;:()"):
                    return []
                if any(t[2].casefold() in bounds for t in tokens if f.end <= t[0] < lo):
                    return []
                return [_as_point(f)]
        return []


# a next act of the same subject after a comma ("laid down that winter, launched on 19 April", "who had attended her
# launch, hoisted his flag in June 1641"): a date after it is that act's
_NEXT_VERB = re.compile(r",\s+(?:and\s+|then\s+)?(?:was\s+|were\s+|had\s+)?[a-z]{3,}ed\b")

# key words of an instrument's own moments that prose often tells of another instrument named by a common
# noun ("the treaty entered into force", "the law took effect")
_INSTRUMENT_STEMS = frozenset({"effectiv", "effect"})


def _other_definite_noun(tokens, clause_start: int, lo: int, refs) -> bool:
    """Is the last doer before the event word "the <noun>" with a noun that is none of the page subject's head
    nouns ("... lasted until the treaty entered into force" on an armistice's page), not a pronoun or the
    subject named after it?"""
    last = False
    for i, (s, e, tok) in enumerate(tokens[:-1]):
        if s < clause_start or s >= lo:
            continue
        w = tok.casefold()
        if w in _DETERMINERS and tokens[i + 1][0] < lo:
            noun = tokens[i + 1][2].casefold()
            last = noun not in refs[1] and noun not in refs[0] and noun not in _effect_nouns(refs[1])
        elif w in _PRONOUNS or tok[:1].isupper() and w in refs[0]:
            last = False
    return last


def _word_before(tokens, at: int) -> str:
    word = ""
    for s, e, tok in tokens:
        if e > at:
            break
        word = tok.casefold()
    return word


def _as_point(f: FoundDate) -> FoundDate:
    if isinstance(f.value, DateRange):
        return FoundDate(f.start, f.end, f.text, f.value.start, f.year_from_context)
    return f


def _key_hits(tokens, text: str, words: tuple[_KeyWord, ...]) -> tuple[int, int] | None:
    """(start, end) of the sentence's words that say every key word, all within a short reach."""
    where: list[list[tuple[int, int]]] = []
    low = text.casefold()
    for w in words:
        spots = [(s, e) for s, e, tok in tokens if _same_stem(_stem(tok), w.stem)]
        for phrase in w.phrases:
            at = low.find(phrase, tokens[0][0] if tokens else 0, tokens[-1][1] if tokens else 0)
            while at >= 0:
                end = at + len(phrase)
                if (at == 0 or not low[at - 1].isalnum()) and (end >= len(low) or not low[end].isalnum()):
                    spots.append((at, end))
                at = low.find(phrase, end, tokens[-1][1])
        if not spots:
            return None
        where.append(sorted(spots))
    best = None
    for s, e in where[0]:
        lo, hi = s, e
        for spots in where[1:]:
            near = min(spots, key=lambda p: abs(p[0] - s))
            lo, hi = min(lo, near[0]), max(hi, near[1])
        if hi - lo <= 60 and (best is None or hi - lo < best[1] - best[0]):
            best = (lo, hi)
    return best


def _subject_words(facts: DocumentFacts) -> tuple[frozenset[str], frozenset[str]]:
    """(words that name the page subject when capitalised, head nouns that name it in any case)."""
    title = facts.title or ""
    names = [title] + [a for e in facts.entities if e.name == title for a in e.aliases]
    capitalised = {w.casefold() for n in names for w in _WORD.findall(n) if w.casefold() not in _MINOR}
    head_part = re.split(r"(?i)\s+of\s+", title, maxsplit=1)[0]
    heads = _WORD.findall(head_part)
    any_case = {heads[-1].casefold()} if heads else set()
    for n in names[1:]:
        ws = _WORD.findall(n)
        if ws and ws[0].casefold() == "the":
            any_case.add(ws[-1].casefold())
    return frozenset(capitalised), frozenset(any_case)


def _subject_named(name: str, refs) -> bool:
    """Does a name the prose reader gave (a short one: "Company", "Council") name the page subject?"""
    words = {w.casefold() for w in _WORD.findall(name)} - _MINOR
    return bool(words) and words <= refs[0] | refs[1]


def _names_a_body(name: str) -> bool:
    """Is a name the prose reader gave headed by a kind of body ("Company", "Free Company of Brandt")? Only then
    is a pronoun resolved to it another doer; "the Crown confirmed its charter. It was dissolved" is the page's."""
    head = _OF_SPLIT.split(name, maxsplit=1)[0].split()
    return bool(head) and head[-1].casefold() in _other_body_nouns()


def _doer(text: str, tokens, clause_start: int, lo: int, sentence_start: int, refs) -> str | None:
    """Who the last name before the event word is: "subject" (the page subject), "pronoun", "other", or None
    (no name at all).

    Names in a phrase a preposition opens ("went up to Parliament", "after a fight with the trustees of the
    Dunholt road") are where or with whom, not who; a clause joined by ", and" / ", but" starts afresh
    ("X resolved to bind them, and the charter sealed on D created ..."). A definite body whose head noun is
    none of the page subject's ("the Company" on a council's page) is another body, and "it" after it is that
    body ("the Company served the Republic until it was disbanded")."""
    capitalised, any_case = refs
    last = None
    previous = before_previous = ""
    in_phrase = previous_name = other_body = False
    end = clause_start
    for i, (s, e, tok) in enumerate(tokens):
        if s < clause_start or s >= lo:
            continue
        w = tok.casefold()
        if "," in text[end:s]:
            in_phrase = False
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if w in _JOINS and after is not None and after[0] < lo and (after[2][:1].isupper()
                                                                       or after[2].casefold() in _NEW_SUBJECT):
                last = None  # ", and the charter ...": a new subject; ", and launched by ...": the same one
        end = e
        if w in _PHRASE_PREPOSITIONS:
            in_phrase = True
        elif in_phrase and w in _JOINS:
            in_phrase = False
        elif w in _PRONOUNS:
            last = "other" if other_body and w in ("it", "its") else "pronoun"
        elif tok[:1].isupper() and w in capitalised and not (last == "other" and previous_name)\
                or w in any_case and previous in _DETERMINERS:
            last = "subject"  # "the company", not "the Ormsk company" nor "the Ormsk Company" (another one)
        elif tok[:1].isupper() and not in_phrase and not (s == sentence_start and w in _OPENERS) \
                and w not in MONTHS and w not in _WEEKDAYS and w not in _OPENERS:
            last = "other"
            if previous == "the" and before_previous not in _BEFORE_PLACE and w in _other_body_nouns():
                other_body = True  # "the Company" (on a council's page) named as a doer, not a place or time
        previous_name = tok[:1].isupper() and not in_phrase and not text[e:e + 1] == ","
        before_previous, previous = previous, w
    return last


# words before "the X" that make it a place, a time or a party, not a doer ("during the Regency it was")
_BEFORE_PLACE = frozenset({"in", "on", "at", "during", "after", "before", "under", "by", "for", "to", "with", "from",
                           "into", "against", "since", "until", "of", "over", "through", "throughout", "within",
                           "without", "upon", "near", "beside", "between", "among", "across", "towards", "toward"})


_OF_SPLIT = re.compile(r"\s+of\s+")
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:(?:of|and|the)\s+)*[A-Z][\w'’-]*)*)")


def _of_another(text: str, hi: int, refs) -> bool:
    """"the founding charter of the Velsk Bridge Company": the event word's "of" names another body (a word
    of the name that is none of the page subject's)."""
    m = _OF_NAME.match(text, hi)
    if m is None:
        return False
    words = {w.casefold() for w in _WORD.findall(m.group(1)) if w.casefold() not in MONTHS} - _MINOR
    return bool(words - refs[0])


# prepositions whose phrase names a place or a party, not the doer ("of" may name the subject's owner: "the
# company of Ormsk was founded" is another company)
_PHRASE_PREPOSITIONS = frozenset({"to", "with", "at", "from", "into", "against", "near", "toward", "towards", "after"})
_JOINS = frozenset({"and", "but"})
_NEW_SUBJECT = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that"})
