"""Periods and the events the text ties to them.

"The Blockade of Istrelle lasted from 2 March 1620 to 30 August 1627"
states a period; "the boldest sortie of the blockade ... came on
11 May 1628" ties an event to it, as does "the last cavalry charge of
the war". A tied event becomes a `during` statement whose object is
the period, so a check can compare its date with the period's own dates.
The period is the page's subject when the page is about such a thing (a war
page and "of the war"), else the last name in the document headed by the
noun ("the Occupation of Quellaria").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .. import vocabulary
from ..model import Block, BlockKind, DateRange, DateValue, Document, DocumentFacts, Origin, Statement
from .dates import FoundDate

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
@lru_cache(maxsize=1)
def _tie_pattern() -> re.Pattern:
    """"<event noun> of/during the <period noun>" (a few words of description may stand between)."""
    events = "|".join(map(re.escape, vocabulary.load("periods")["event_nouns"]))
    # "the battle for Guadalcanal", "the siege of Tobruk": a period named after its place is another one;
    # "the last engagement of the Tollen War": a named period (its last word must be a period noun)
    # "of his campaign", "in their war": the holder's share of a period is still that period
    return re.compile(rf"\b(?:{events})s? (?:of|during|in) (?:the|(?P<own>his|her|its|their)) "
                      rf"(?:(?P<named>{_NAME})|(?P<noun>[a-z]+)\b"
                      rf"(?! of\b)(?! (?:for|at|on|over|near|around) [A-Z]))")


_NAME = r"[A-Z][\w'’-]*(?: (?:(?:of|the) )*[A-Z][\w'’-]*)*"


@lru_cache(maxsize=1)
def _owner_tie_pattern() -> re.Pattern:
    """"the war's last engagement", "the Reed War's bloodiest battle": an event the period owns."""
    events = "|".join(map(re.escape, vocabulary.load("periods")["event_nouns"]))
    return re.compile(rf"\b(?:[Tt]he (?P<noun>[a-z]+)|(?:[Tt]he )?(?P<named>{_NAME}))['’]s (?:[a-z]+ ){{0,2}}(?:{events})s?\b")


@lru_cache(maxsize=1)
def _period_nouns() -> frozenset[str]:
    """Head nouns of a named stretch of time ("War", "Siege", "Occupation"): periods.yaml period_nouns."""
    return frozenset(str(n).casefold() for n in vocabulary.load("periods").get("period_nouns") or ())


def _names_a_period(name: str) -> bool:
    """"Tollen War", "War of the Chalk Roads", "Siege of Brack": a period's name, by its head noun."""
    words = name.replace("’s", "").replace("'s", "").split()
    nouns = _period_nouns()
    if words and words[-1].casefold() in nouns:
        return True
    # "War of the Chalk Roads", "Second War of Succession": the period noun before the name's "of"
    return len(words) > 2 and "of" in words[1:3] and words[words.index("of", 1) - 1].casefold() in nouns


# "<Named period> (1403–1407)": the bracket right after a period's name gives its span
# a sentence's opening preposition is no word of the name ("In the Tollen War (1801–1803)")
_NOT_NAME_START = r"(?!(?:In|During|After|Before|When|At|From|On|Of|Throughout|Until|By) )"
_BRACKETED_SPAN = re.compile(rf"(?:\b[Tt]he )?(?<![\w–—-]){_NOT_NAME_START}(?P<name>{_NAME})\s*\(")
# "<Named period> with/against <Name> (1403–1407)": the foe named between the period and its bracket
_QUALIFIED_SPAN = re.compile(rf"(?:\b[Tt]he )?(?<![\w–—-]){_NOT_NAME_START}"
                             rf"(?P<name>{_NAME}) (?:with|against|between|over) "
                             rf"(?:the )?{_NAME}(?: and (?:the )?{_NAME})?\s*\(")


def _qualified_period(text: str, open_at: int) -> re.Match | None:
    """The period named before "with/against <foe>" when the bracket at `open_at` closes that phrase."""
    for m in _QUALIFIED_SPAN.finditer(text, max(0, open_at - 120), open_at + 1):
        if m.end() == open_at + 1:
            return m
    return None
@lru_cache(maxsize=1)
def _inside_pattern() -> re.Pattern:
    """"at the height of the Second Salt War", "in the midst of the war": a phrase that puts an event
    inside a period (periods.yaml inside_phrases), then the period's name or its noun."""
    forms = sorted({str(p) for p in vocabulary.load("periods").get("inside_phrases") or ()}, key=lambda p: (-len(p), p))
    # the first letter either case (a sentence may open with the phrase), the rest as written
    phrases = "|".join(f"[{p[0].upper()}{p[0].lower()}]{re.escape(p[1:])}" for p in forms) or "(?!)"
    return re.compile(rf"\b(?:{phrases}) the (?:(?P<named>(?:[A-Z][\w'-]*|of|the)(?: (?:[A-Z][\w'-]*|of|the))*)"
                      rf"|(?P<noun>[a-z]+)\b)")


_REIGN = re.compile(r"\b(?:during|in) (?:the (?:first|last|early|late|final|closing|opening) years of )?"
                    r"(?:the reign of (?P<of>[A-Z][\w'-]*(?: [A-Z][\w'-]*)*)"
                    r"|(?P<name>[A-Z][\w'-]*(?: [A-Z][\w'-]*)*)'s reign)")
_NEGATED = re.compile(r"\b(?:no|not|never|without)(?: [a-z]+)? $")
_NOT_NAMES = {"the", "it", "this", "that", "he", "she", "they", "these", "those", "its", "there", "which"}
_LASTED = re.compile(r"\b(?:lasted|ran|continued|endured) from\b")
# between the period's name and its verb: nothing but an auxiliary or an adverb ("had", "itself")
_VERB_RIGHT_AFTER = re.compile(r"\s+(?:(?:had|has|have|then|itself|formally|officially|eventually)\s+)*")


@vocabulary.remade_with("prose")
def _nouns() -> dict[str, list[str]]:
    """Topic nouns of things with a span a dated event may fall in; not a body's kind noun ("the guild's
    winter assembly of D" is no event of a guild's span: prose.yaml body_topic_nouns)."""
    prose = vocabulary.load("prose")
    bodies = {str(n).casefold() for n in prose.get("body_topic_nouns") or ()}
    nouns = prose["topic_nouns"]
    return {k: v for k, v in nouns.items() if k not in bodies} if bodies else nouns


_NAMED = re.compile(r"\b(?:The |the )?([A-Z][a-z]+) of (?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)*")

@lru_cache(maxsize=1)
def _ended_with_pattern() -> re.Pattern:
    """"<the war | Named War> (was) ended with/by the <instrument>": an armistice, truce or treaty closing it."""
    instruments = "|".join(map(re.escape, vocabulary.load("periods").get("ending_instruments") or ())) or "(?!)"
    return re.compile(rf"(?:\b[Tt]he (?P<noun>[a-z]+)|(?:\b[Tt]he )?{_NOT_NAME_START}(?P<named>{_NAME})) "
                      rf"(?:(?:was|had|finally|formally|officially|only) )*(?:ended|concluded|closed) (?:with|by) "
                      rf"(?:the |an? )?(?:[A-Za-z]+ ){{0,2}}(?i:{instruments})\b")


# "Engagements", "Major battles and sieges of the Tollen War": a caption or heading listing a period's events
_EVENT_LIST = re.compile(rf"(?:[Tt]he )?(?P<events>[A-Za-z]+(?: [a-z]+){{0,4}}?)"
                         rf"(?: (?:of|in|during) the (?:(?P<named>{_NAME})|(?P<noun>[a-z]+)))?")
# "Events of the war include:": the verb a list's lead-in ends on, and the general nouns it may name the items by
_LEAD_IN_VERB = re.compile(r"\s+(?:include[sd]?|includ(?:ing)|were|are|was|follow(?:ed)?|as follows)$")
_LEAD_IN_NOUNS = frozenset({"events", "incidents", "actions"})
# "Skirmish at Vossen Ferry: ...": a table cell opening on an engagement's noun (periods.yaml engagement_nouns)
_ENGAGEMENT_OPENING = re.compile(r"([A-Z][a-z]+) (?:at|of|on|near|off|in|for|before) [A-Z]")
_LIST_FILLERS = frozenset({"and", "major", "principal", "main", "chief", "other", "naval", "land", "list", "table",
                           "notable", "minor"})


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """An event noun and its plural ("engagements"): periods.yaml event_nouns."""
    nouns = [str(n).casefold() for n in vocabulary.load("periods")["event_nouns"]]
    return frozenset(nouns + [n + "es" if n.endswith(("sh", "ch", "s")) else n + "s" for n in nouns])


# "of the", "in his": what must stand in a sentence for an event to be tied to a period (a substring test)
_TIE_WORDS = tuple(f" {p} {d} " for p in ("of", "during", "in") for d in ("the", "his", "her", "its", "their"))
# "the Tollen War", "Chalk Downs War": capitalised words ending in a capitalised period noun
_PERIOD_BY_HEAD = re.compile(r"(?:[A-Z][\w'’-]*\s)+[A-Z][a-z]+\b")
_OF_NAME = re.compile(r" of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")
_LEADING_NOT_NAME = frozenset({"The", "In", "During", "After", "Before", "When", "Of", "At", "By", "From", "Since",
                               "Until", "Throughout", "On", "With", "Against", "A", "An", "His", "Her", "Its",
                               "Their"})


@lru_cache(maxsize=1)
def _period_head_gate() -> re.Pattern:
    """" War", " Raid": a capitalised period noun after a word; a block without one is not scanned.

    Searched for whether it matches at all, as "\\w\\s(?:War|Raid|...)\\b" would be; written to open on the noun's
    capital, with the word and space before it a look-behind ("W(?<=\\w\\sW)(?:ars|ar)|R(?<=\\w\\sR)aid|..."): re then
    skips to a capital that opens a noun instead of trying the pattern at every character (three times faster)."""
    heads = sorted((n[0].upper() + n[1:] for n in _period_nouns() if n.isascii() and n.isalpha()),
                   key=lambda form: (-len(form), form))
    rests: dict[str, list[str]] = {}
    for head in heads:
        rests.setdefault(head[0], []).append(re.escape(head[1:]))
    nouns = "|".join(f"{first}(?<=\\w\\s{first})(?:{'|'.join(rest)})" for first, rest in rests.items())
    return re.compile("(?:" + (nouns or "(?!)") + r")\b")


_gate: tuple[object, re.Pattern | None] = (None, None)  # (the nouns it was made for, the pattern)


def _named_gate() -> re.Pattern:
    """ "Occupation of ", "Siege of ", ...: what a name the reader keeps must contain. A block without any
    is not scanned with _NAMED (a plain alternation scans about ten times faster). Remade when the nouns
    are another object (configuration may add vocabulary folders; the old one is held, so its id is not
    reused)."""
    global _gate
    nouns = _nouns()
    if _gate[0] is not nouns:
        _gate = (nouns, _gate_for(nouns))
    return _gate[1]


def _gate_for(nouns) -> re.Pattern:
    # nouns outside [a-z] can never be what [A-Z][a-z]+ folds to, so they need no form here
    # longest first, then alphabetical: the same pattern text in every process (a set's order is not),
    # so the shipped compiled pattern serves it
    forms = sorted((n[0].upper() + n[1:] for n in nouns if n.isascii() and n.isalpha() and n.islower()),
                   key=lambda form: (-len(form), form))
    return re.compile("(?:" + ("|".join(forms) or "(?!)") + ") of ")


class PeriodReader:
    """Finds stated periods and the events tied to them, one prose block at a time."""

    def __init__(self, doc: Document, facts: DocumentFacts):
        self.doc = doc
        self.facts = facts
        self.topic = facts.title or doc.title or ""
        self.named: dict[str, str] = {}  # noun -> last name headed by it ("occupation" -> "Occupation of Quellaria")
        self.section_period: str | None = None  # the last period named in this section (its heading included)
        self.table_labels: dict[str, str] = {}  # table -> its caption
        self.table_periods: dict[str, str | None] = {}  # table -> the period its rows are events of
        self.list_periods: dict[str, str | None] = {}  # section heading -> the period its list items are events of
        self.opening_name: str | None = None  # the name a paragraph's first sentence opens on, for its "It"
        self.row_dates: dict[tuple, tuple] = {}  # (table, row) -> (date cell block, its date, origin)
        self.lead_in: str | None = None  # "Events of the war include:": the sentence a list follows

    def _table_row(self, block: Block, dates: list[FoundDate], origin: Origin) -> None:
        """A row of a table of a period's engagements ("Engagements of the Tollen War", or "Battles" on the
        war's page): the date in its date column is an event of that period."""
        table, row = block.attrs["table"], block.attrs.get("row")
        column = (block.attrs.get("column") or "").strip().casefold()
        if row in (None, "0") or block.attrs.get("header") or len(dates) != 1 or \
                not isinstance(dates[0].value, DateValue) or \
                column not in vocabulary.word_set("fields", "table_event_date_columns"):
            return
        if table not in self.table_periods:
            self.table_periods[table] = self._period_of_list(self.table_labels.get(table)) or \
                self._period_of_list(block.heading)
        period = self.table_periods[table]
        if not period:
            self.row_dates[(table, row)] = (block, dates[0], origin)  # its event cell may say the period
            return
        f = dates[0]
        self.facts.statements.append(Statement(
            subject=block.text.strip()[:80], predicate="during", object=period, date=f.value,
            span=self.doc.block_span(block, 0, len(block.text)),
            date_span=self.doc.block_span(block, f.start, f.end), origin=origin, text=block.text.strip()[:160]))

    def _row_event(self, block: Block, origin: Origin) -> None:
        """The event cell of a dated row the table's caption and heading tie to no period: "Last skirmish of
        the war, at Kell's Bridge" anywhere, or "Skirmish at Vossen Ferry: ..." on a war's page (an engagement
        noun opening the cell) is an event of that period, dated by the row's date cell."""
        lead = self.row_dates.get((block.attrs.get("table"), block.attrs.get("row")))
        if lead is None or block.attrs.get("header"):
            return
        text = block.text.strip(" *_'")
        period = self._tie_in(text)
        if not period and (m := _ENGAGEMENT_OPENING.match(text)) and \
                m.group(1).casefold() in vocabulary.word_set("periods", "engagement_nouns"):
            words = self.topic.split(" (")[0].split()
            period = self.topic if words and _names_a_period(" ".join(words)) else None
        if not period:
            return
        date_block, f, date_origin = lead
        self.facts.statements.append(Statement(
            subject=text[:80], predicate="during", object=period, date=f.value,
            span=self.doc.block_span(block, 0, len(block.text)),
            date_span=self.doc.block_span(date_block, f.start, f.end), origin=date_origin, text=text[:160]))

    def _tie_in(self, text: str) -> str | None:
        """The period "<event noun> of the <period>" in `text` ties its event to, if any."""
        if not any(tie in f" {text} " for tie in _TIE_WORDS):
            return None
        for m in _tie_pattern().finditer(text):
            if _NEGATED.search(text, max(0, m.start() - 12), m.start()):
                continue
            named = m.group("named")
            period = (named if _names_a_period(named) else None) if named else \
                self._period_name(m.group("noun"), own=m.group("own") is not None)
            if period:
                return period
        return None

    def _list_item(self, block: Block, f: FoundDate, origin: Origin) -> None:
        """An item of a list of a period's events ("## Principal incidents" on the war's page, "## Battles of
        the Tollen War", or a list after "Events of the war include:"): "4. Ambush at Cole Ford (March 1876)",
        its one date that event's."""
        heading = block.heading
        if heading not in self.list_periods:
            self.list_periods[heading] = self._period_of_list(heading)
        period = self.list_periods[heading] or self._period_of_lead_in()
        if not period:
            return
        self.facts.statements.append(Statement(
            subject=block.text.strip()[:80], predicate="during", object=period, date=f.value,
            span=self.doc.block_span(block, 0, len(block.text)),
            date_span=self.doc.block_span(block, f.start, f.end), origin=origin, text=block.text.strip()[:160]))

    def _during(self, sentence: str, start: int, end: int) -> tuple[str | None, re.Match | None]:
        m = _during_of(sentence, start, end)
        if m is None or _NEGATED.search(sentence, max(0, m.start() - 12), m.start()):
            return None, None
        return m.group("named"), m

    def _period_of_lead_in(self) -> str | None:
        """"Events of the war include:", "The chief actions of the Reed War were:": the period the sentence a
        list follows names its items the events of (the period named, never the page's by default)."""
        if not self.lead_in:
            return None
        label = _LEAD_IN_VERB.sub("", self.lead_in.strip().rstrip(":").strip())
        m = _EVENT_LIST.fullmatch(label)
        if m is None or not (m.group("named") or m.group("noun")):
            return None
        return self._period_of_list(label, _LEAD_IN_NOUNS)

    def _period_of_list(self, label: str | None, more: frozenset[str] = frozenset()) -> str | None:
        """"Engagements of the Tollen War" -> "Tollen War"; "Battles" on a war's page -> the page's war:
        the period whose events a table's caption or section heading lists."""
        m = _EVENT_LIST.fullmatch(label.strip(" =:*#'\t")) if label else None
        if m is None or not all(w in _event_nouns() or w in _LIST_FILLERS or w in more
                                for w in m.group("events").casefold().split()):
            return None
        if m.group("named"):
            return m.group("named") if _names_a_period(m.group("named")) else None
        if m.group("noun"):
            return self._period_name(m.group("noun"))
        words = self.topic.split(" (")[0].split()
        return self.topic if words and _names_a_period(" ".join(words)) else None

    def _period_name(self, noun: str, own: bool = False) -> str | None:
        """The period "the <noun>" means: the page's own (a war page's "the war", a raid page's "the raid"),
        else the last one the page named with that head. "his campaign", "their war": the holder's share of
        the period the section is about."""
        kinds = _nouns().get(noun)
        topic_words = self.topic.casefold().split()
        if kinds and any(k in topic_words for k in kinds) or noun in _period_nouns() and noun in topic_words:
            named = self.named.get(noun) or ""
            if named and named.casefold() in self.topic.casefold() and named.casefold() != self.topic.casefold():
                return named  # "THE SPRING CAMPAIGN OF 1711" whose text calls it "the Spring Campaign"
            return self.topic
        if own and noun in _period_nouns():
            return self.section_period
        return self.named.get(noun) if kinds else None

    def _note_named_periods(self, text: str) -> None:
        """"the Tollen War", "the Chalk Downs War": a period named by its head noun; "the war" below
        means it (on a page about something else), and so does "his campaign" in its section."""
        if _named_gate().search(text):
            for name in _NAMED.finditer(text):
                noun = name.group(1).casefold()
                if noun in _nouns():
                    self.named[noun] = name.group(0).removeprefix("The ").removeprefix("the ")
                    self.section_period = self.named[noun]
        if _period_head_gate().search(text):
            for m in _PERIOD_BY_HEAD.finditer(text):
                words = m.group(0).split()
                while words and words[0] in _LEADING_NOT_NAME:
                    words = words[1:]
                if len(words) < 2 or words[-1].casefold() not in _period_nouns():
                    continue
                name = " ".join(words)
                if (more := _OF_NAME.match(text, m.end())) is not None:
                    name += more.group(0)  # "the Second War of Succession": one name, not "Second War"
                self.section_period = name
                if words[-1].casefold() in _nouns():
                    self.named[words[-1].casefold()] = name

    def read(self, block: Block, dates: list[FoundDate], origin: Origin) -> None:
        text = block.text
        self._note_named_periods(text)
        if "table" in block.attrs:
            if block.kind is BlockKind.CAPTION:
                self.table_labels[block.attrs["table"]] = text
            elif dates:
                self._table_row(block, dates, origin)
            elif self.row_dates:
                self._row_event(block, origin)
        if block.kind is BlockKind.PARAGRAPH:
            stripped = text.rstrip()
            self.lead_in = _SENTENCE.findall(stripped)[-1] if stripped.endswith(":") else None
        if not dates:
            return
        if block.kind is BlockKind.LIST_ITEM and len(dates) == 1 and block.heading:
            self._list_item(block, dates[0], origin)
        if "(" in text:
            self._bracketed_spans(block, dates, origin)
        starts = [f.start for f in dates]
        in_order = all(x <= y for x, y in zip(starts, starts[1:]))
        for sentence in _SENTENCE.finditer(text):
            a, b = sentence.span()
            if in_order:  # the sentence's dates are one slice (no scan of every date per sentence)
                inside = dates[bisect_left(starts, a):bisect_left(starts, b)]
            else:
                inside = [f for f in dates if a <= f.start < b]
            if not a:
                self.opening_name = _opening_name(sentence.group())
            if not inside:
                continue
            self._lasted(block, sentence.group(), a, inside, origin)
            self._ended_with(block, sentence.group(), a, inside, origin)
            self._tied(block, sentence.group(), a, inside, origin)

    def heading(self, block: Block, dates: list[FoundDate]) -> None:
        """A heading names the period its section is about ("The War of the Chalk Roads (1612–1614)")."""
        self.section_period = None
        self.lead_in = None
        self.read(block, dates, Origin.HEADING)

    def _bracketed_spans(self, block: Block, dates: list[FoundDate], origin: Origin) -> None:
        """"the War of the Chalk Roads (1612–1614)", "set off the Tollen War (July 1801 – March 1803)":
        a period's start and end, given in a bracket right after its name (nothing else in the bracket)."""
        text = block.text
        for f in dates:
            if not isinstance(f.value, DateRange) or not f.value.start or not f.value.end:
                continue
            open_at = text.rfind("(", max(0, f.start - 3), f.start)
            if open_at < 0 or text[open_at + 1:f.start].strip() or text[f.end:f.end + 1] != ")":
                continue
            m = None
            for m in _BRACKETED_SPAN.finditer(text, max(0, open_at - 80), open_at + 1):
                if m.end() == open_at + 1:
                    break
            else:
                m = None
            if m is not None and m.end() == open_at + 1 and not _names_a_period(m.group("name")):
                m = _qualified_period(text, open_at)  # "the Tollen War with the Fells (1801–1803)"
            if m is None or m.end() != open_at + 1 or not _names_a_period(m.group("name")):
                continue
            name = m.group("name")
            if name.casefold() == self.topic.split(" (")[0].strip().casefold():
                continue  # "The Brack Offensive (15–28 February 1744) was ...": the page's own title, told apart

            words = name.split()
            noun = words[-1].casefold() if words[-1].casefold() in _period_nouns() else \
                words[words.index("of", 1) - 1].casefold() if "of" in words[1:3] else words[0].casefold()
            if noun in _nouns():
                self.named[noun] = name  # "the war" below means this one
            first, last = (f.parts + (f, f))[:2] if f.parts else (f, f)
            for predicate, value, part in (("start", f.value.start, first), ("end", f.value.end, last)):
                self.facts.statements.append(Statement(
                    subject=name, predicate=predicate, object=None, date=value,
                    span=self.doc.block_span(block, m.start("name"), f.end + 1),
                    date_span=self.doc.block_span(block, part.start, part.end), origin=origin,
                    text=text[m.start("name"):f.end + 1][:160]))

    def _lasted(self, block: Block, sentence: str, at: int, dates: list[FoundDate], origin: Origin) -> None:
        """"<Name> lasted from A to B": the start and end of a named period."""
        if " from" not in sentence:
            return  # _LASTED cannot match
        m = _LASTED.search(sentence)
        if not m:
            return
        rng = next((f for f in dates if isinstance(f.value, DateRange) and f.start >= at + m.end() - 5), None)
        subject = re.match(r"\s*(?:The |the )?([A-Z][\w'-]*(?: (?:of |the )*[A-Z][\w'-]*)*)", sentence)
        if rng is None or subject is None or not rng.value.start or not rng.value.end:
            return
        name = subject.group(1)
        if name == "It" and self.opening_name and _names_a_period(self.opening_name):
            name = self.opening_name  # "The Spring Campaign was the winter offensive ... It lasted from A to B"
        elif name.casefold() in _NOT_NAMES or " " not in name and not name[1:].islower():
            return  # "It lasted from ...": who "it" is, the prose reader decides
        if not _VERB_RIGHT_AFTER.fullmatch(sentence, subject.end(), m.start()):
            return  # "The Red Book's count agrees: ... his tenth year ran from A to B": what ran is no name
        first, last = (rng.parts + (rng, rng))[:2] if rng.parts else (rng, rng)
        for predicate, value, part in (("start", rng.value.start, first), ("end", rng.value.end, last)):
            self.facts.statements.append(Statement(
                subject=name, predicate=predicate, object=None, date=value,
                span=self.doc.block_span(block, at, at + len(sentence)),
                date_span=self.doc.block_span(block, part.start, part.end), origin=origin,
                text=sentence.strip()[:160]))

    def _ended_with(self, block: Block, sentence: str, at: int, dates: list[FoundDate], origin: Origin) -> None:
        """"The war ended with the Armistice of Quenmere, which came into force on D", "the rising was ended by
        the truce of D": the instrument's one date is the period's end (periods.yaml ending_instruments)."""
        if " ended " not in sentence and " concluded " not in sentence and " closed " not in sentence:
            return  # _ENDED_WITH cannot match
        m = _ended_with_pattern().search(sentence)
        points = [f for f in dates if isinstance(f.value, DateValue)]
        if m is None or len(points) != 1 or len(dates) != 1 or points[0].start - at < m.end():
            return  # the date must be the instrument's, after it, and the sentence's only one
        named = m.group("named")
        period = (named if _names_a_period(named) else None) if named else self._period_name(m.group("noun"))
        if not period:
            return
        f = points[0]
        date_span = self.doc.block_span(block, f.start, f.end)
        if any(x.predicate == "end" and x.date_span == date_span for x in self.facts.statements[-12:]):
            return  # the prose reader stated it already ("was ended by the Truce of Quenmere, signed on D")
        self.facts.statements.append(Statement(
            subject=period, predicate="end", object=None, date=f.value,
            span=self.doc.block_span(block, at, at + len(sentence)),
            date_span=date_span, origin=origin, text=sentence.strip()[:160]))

    def _tied(self, block: Block, sentence: str, at: int, dates: list[FoundDate], origin: Origin) -> None:
        """"the last cavalry charge of the war ... on D", "in 1684, during X's reign": an event inside a period."""
        period, event = None, None
        m = _REIGN.search(sentence) if "reign" in sentence else None
        if m:
            period, event = m.group("of") or m.group("name"), "reign"
        elif any(tie in sentence for tie in _TIE_WORDS):  # else _tie_pattern cannot match
            for m in _tie_pattern().finditer(sentence):
                if _NEGATED.search(sentence, max(0, m.start() - 12), m.start()):
                    continue  # "saw no action during the battle": nothing happened in it
                named = m.group("named")
                period = (named if _names_a_period(named) else None) if named else \
                    self._period_name(m.group("noun"), own=m.group("own") is not None)
                if period:
                    break
        if not period and ("'s " in sentence or "’s " in sentence):
            for m in _owner_tie_pattern().finditer(sentence):
                named = m.group("named")
                if named and named.startswith("The "):
                    named = named[4:]  # the sentence's first word
                period = (named if _names_a_period(named) else None) if named else self._period_name(m.group("noun"))
                if period:
                    break
        if not period and " the " in sentence:
            m = _inside_pattern().search(sentence)
            if m and m.group("noun"):
                period = self._period_name(m.group("noun"))
            elif m and m.group("named"):
                name = m.group("named").rstrip()
                while name.endswith((" of", " the")):
                    name = name.rsplit(" ", 1)[0]
                if name.split()[-1].casefold() in _nouns():  # "the Second Salt War", not "the Rhine"
                    period = name
        points = [f for f in dates if isinstance(f.value, DateValue)]
        if not period and len(dates) == 1 and ("During the " in sentence or "during the " in sentence):
            period, m = self._during(sentence, dates[0].start - at, dates[0].end - at)
            if not period and (m := _OPENING_DURING.match(sentence)) is not None and \
                    not _OTHER_CLAUSE.search(sentence, m.end(), dates[0].start - at):
                # "During the war Gullhaven intercepted ... on 11 May 2316": an opening "during" holds the
                # sentence's one date, the period by its name or the noun the page or its section names it by
                named = m.group("named")
                period = (named if _names_a_period(named) else None) if named else \
                    self._period_name(m.group("noun")) if m.group("noun") in _period_nouns() else None
            points = dates  # "in the summer of 1815": a season's months are one date too
        if not period:
            return
        if len(points) != 1:
            return  # with several dates the tie is ambiguous
        f = points[0]
        if m is not None and _in_parentheses(sentence, m.start()) != _in_parentheses(sentence, f.start - at):
            return  # "deployed since 10 April (the battalion saw action in the battle)": two clauses
        self.facts.statements.append(Statement(
            subject=sentence.strip()[:80], predicate="during", object=period, date=f.value,
            span=self.doc.block_span(block, at, at + len(sentence)),
            date_span=self.doc.block_span(block, f.start, f.end), origin=origin,
            text=sentence.strip()[:160], event=event))


# "During the Velmark War, in the summer of 1815, he piloted": a named period, the date in the same phrase
_DURING = re.compile(rf"\b[Dd]uring the (?P<named>{_NAME})")
# "During the war", "During the Quern War" opening a sentence (not "During the war's first year", "the war of 1812")
_OPENING_DURING = re.compile(rf"\s*During the (?:(?P<named>{_NAME})|(?P<noun>[a-z]+))\b(?![-'’]|\s+of\b|"
                             rf"\s+(?:years?|months?|weeks?|days?)\b)")
# what ends the opening "During the war" clause before a date: "he lost two wagons, and in 1822 he bought", "; in 1707"
_OTHER_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|or|while|whereas|then|after|before|until|when|since)\b|"
                           r"\s+and\s+(?:in|on|by|after|before|from|since|later|then)\s")
# what may stand between "during the <period>" and its date for both to be one phrase: a comma, prepositions
_SAME_PHRASE = re.compile(r"[\s,]*(?:(?:in|on|at|by|the|of|early|late|around|about)[\s,]+)*")


def _during_of(sentence: str, start: int, end: int) -> re.Match | None:
    """"during the <Named period>" right before or after the date at [start, end) in the sentence, nothing
    but a comma and prepositions between: the date is when, inside that period, the act happened."""
    for m in _DURING.finditer(sentence):
        if _names_a_period(m.group("named")) and (
                m.end() <= start and _SAME_PHRASE.fullmatch(sentence, m.end(), start) or
                end <= m.start() and _SAME_PHRASE.fullmatch(sentence, end, m.start())):
            return m
    return None


def _opening_name(sentence: str) -> str | None:
    """"The Spring Campaign was the short winter offensive ...": the name a paragraph opens on, for the
    "It lasted from A to B" after it."""
    m = re.match(r"\s*(?:The |the )?([A-Z][\w'-]*(?: (?:of |the )*[A-Z][\w'-]*)+) (?:was|is)\b", sentence)
    return m.group(1) if m else None


def _in_parentheses(text: str, pos: int) -> bool:
    """Inside an open parenthesis at `pos` (the sentence is short: a scan of its left part)."""
    return text.count("(", 0, pos) > text.count(")", 0, pos)
