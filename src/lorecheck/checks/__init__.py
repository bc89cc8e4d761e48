"""Checks: one module per rule kind, each a function from the World to diagnostics.

A kind registers itself with `@kind("name")`; rule definitions in `rules/`
name the kind they instantiate and give its parameters and message. Checks
never read files: they see only the World.
"""
from __future__ import annotations

import importlib
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from .. import vocabulary
from ..extract.dates import SEASON_MONTHS
from ..model import FIELD_ORIGINS, DateRange, Diagnostic, Origin, Related, Severity, Span, Statement, overlaps
from ..world import World

CheckFn = Callable[[World, "RuleDef"], Iterable[Diagnostic]]
KINDS: dict[str, CheckFn] = {}
# kinds that read one document at a time -> the document's own lists they read, which nothing
# else reads: such a check runs as each document's facts arrive, and the lists are then let go
DOCUMENT_KINDS: dict[str, tuple[str, ...]] = {}


def kind(name: str, reads_own: tuple[str, ...] = ()):
    """Register a check function as the implementation of a rule kind.

    `reads_own`: the check sees `world.docs` one document at a time and reads these
    lists of it (dates, names, relative_dates), which no other kind reads.
    """

    def register(fn: CheckFn) -> CheckFn:
        if name in KINDS:
            raise ValueError(f"rule kind {name!r} registered twice")
        KINDS[name] = fn
        if reads_own:
            DOCUMENT_KINDS[name] = tuple(reads_own)
        return fn

    return register


# kinds with a part that reads across documents besides their per-document part: the part runs on the whole World
# whether or not the rule runs per document, and reads only lists other documents can meet (relevance._MEETING_KINDS)
ACROSS: dict[str, CheckFn] = {}


def across(name: str):
    """Register the cross-document part of the rule kind `name` (see ACROSS)."""

    def register(fn: CheckFn) -> CheckFn:
        if name in ACROSS:
            raise ValueError(f"cross-document part of rule kind {name!r} registered twice")
        ACROSS[name] = fn
        return fn

    return register


def per_document(rule) -> bool:
    """A rule that can run on each document alone (name drift across a whole world cannot)."""
    return rule.kind in DOCUMENT_KINDS and rule.params.get("scope") != "world"


def own_lists_done(rules: Iterable) -> set[str]:
    """The documents' own lists that no rule needs once the per-document rules have run."""
    needed = {name for r in rules if not per_document(r) for name in DOCUMENT_KINDS.get(r.kind, ())}
    return {name for names in DOCUMENT_KINDS.values() for name in names} - needed


def diagnostic(rule, span: Span, related: list[tuple[Span, str]] = (), key: tuple = (), **values) -> Diagnostic:
    """Build a diagnostic from a rule's message template."""
    return Diagnostic(
        rule=rule.id, severity=Severity(rule.severity), message=rule.format(**values), span=span,
        related=[Related(s, m) for s, m in related if s != span], key=tuple(str(k) for k in key))


def act_location(s) -> tuple[Span, list[tuple[Span, str]]]:
    """Where an act is reported: at its date, unless the date was told by an earlier sentence ("On 13 September
    a studio was opened ... Pell, summoned from home, talked the conscripts round"): then at the act's own
    sentence, the carried date a note."""
    d, own = s.date_span, s.span
    if d is None or own is None or own.line <= d.line <= own.end_line:
        return d or own, []
    return own, [(d, f"date {s.date} told here")]


# ------------------------------------------------- how far a fact can be trusted

STRUCTURED = FIELD_ORIGINS  # fields, not prose
LIFE_EVENTS = {"birth", "death", "marriage", "widowed"}


def outranked(statements: list) -> list:
    """Drop the statements a field outranks: one entity's prose (or table, caption) dates of a predicate that
    disagree with an infobox's or front matter's date of it ("birth_date = 1881" and a son's "born on 11
    January 1920" read as the father's). The disagreement is the conflicting-date rule's question."""
    fields = [s for s in statements if s.origin in STRUCTURED and s.date is not None]
    if not fields:
        return statements
    out = []
    for s in statements:
        if s.origin not in STRUCTURED and s.date is not None:
            lo, hi = s.date.interval()
            if any(f.predicate == s.predicate and
                   (hi < f.date.interval()[0] or f.date.interval()[1] < lo) for f in fields):
                continue
        out.append(s)
    return out


def shown_name(world, key: str, written: str) -> str:
    """The entity's display name, or the words as written where the world knows no other name for it."""
    name = world.name(key)
    return name if name != key else written


def precision(when) -> str:
    """"day", "month" or "year" of a date, or of the coarser end of a range."""
    return getattr(when, "precision", None) or min(
        (getattr(v, "precision", "year") for v in (when.start, when.end) if v), default="year")


def loose_against_exact(s: Statement, reference: Statement) -> bool:
    """A bare year in prose against a full date: the year usually belongs to another clause.

    Not so for a life's events: "he died in 1764" is how prose dates a death; nor for a named event's
    year written after its name ("the Sallowmere Flood of 1818", predicate "happen"): that year is the name's.
    """
    return (s.origin not in STRUCTURED and s.predicate not in LIFE_EVENTS and s.predicate != "happen"
            and precision(s.date) == "year" and precision(reference.date) == "day")


CAREER_STEPS = frozenset({"term_start", "term_end"})


def once_per_world(make: Callable[[World], object]):
    """`make(world)` made once per World (World.derived keeps it): several checks, or one check twice, ask for
    tables derived from the whole World, which does not change while they run."""
    def made(world):
        shared = getattr(world, "derived", None)
        if shared is None:
            return make(world)
        if make not in shared:
            shared[make] = make(world)
        return shared[make]

    made.__doc__, made.__name__ = make.__doc__, make.__name__
    return made


_TERM_OFFICE_ENDS = (("term_start", "term_start"), ("start", "term_start"), ("term_end", "term_end"),
                     ("end", "term_end"))


@once_per_world
def term_offices(world: World):
    """The offices a term's start or end may be of, as a function of the statement (None: any), or None when
    no table of holders names an office. A person holding two offices has two terms: "| 1833–34 | Josiah Pellow |"
    in a table of mayors and "| Sir Josiah Pellow || 1836–1858 |" in one of chairmen. A row's office is its
    table's; a term told without one (prose "he retired in June 1858") is the office whose recorded same end
    it agrees with, when just one does."""
    rows = {(x.span.path, x.row): " ".join(x.object.casefold().removesuffix("s").split())
            for x in world.by_predicate.get("office_title", ()) if x.row is not None and x.object}
    found = None
    if rows:
        honorifics = {w.casefold() for w in vocabulary.load("prose").get("titles") or () if " " not in w}

        def person(name: str) -> str:
            words = world.key(name).split()
            while len(words) > 2 and words[0] in honorifics:
                words = words[1:]  # "Sir Josiah Pellow" is Josiah Pellow
            return " ".join(words)

        recorded: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for p, end in _TERM_OFFICE_ENDS:  # a holders' table's "From | To" is a term too
            for x in world.by_predicate.get(p, ()):
                office = rows.get((x.span.path, x.row)) if x.row is not None else None
                if office is not None and x.date is not None and x.subject:
                    recorded[(person(x.subject), end)][office].append(x.date)

        def found(s) -> tuple[str, ...] | None:
            own = rows.get((s.span.path, s.row)) if s.row is not None else None
            if own is not None:
                return (own,)
            end = dict(_TERM_OFFICE_ENDS).get(s.predicate)
            offices = recorded.get((person(s.subject or ""), end)) if end and s.date is not None else None
            if not offices or len(offices) < 2:
                return None
            fits = [o for o, dates in offices.items() if any(overlaps(s.date, d) for d in dates)]
            return tuple(fits) if len(fits) == 1 else None
    return found


@once_per_world
def several_careers(world: World) -> set[str]:
    """Keys of the people whose fields give two careers or more ("years1 = 1923–1932", "years2 = 1932–1938",
    "manageryears1 = 1947–1960"): a term's start or end told in prose is one of theirs, so two told in prose
    are not one term's."""
    fields: dict[str, set[str]] = defaultdict(set)
    for s in world.statements:
        if s.origin in STRUCTURED and s.subject and s.predicate.startswith("field:") and s.predicate.endswith(":end"):
            fields[world.key(s.subject)].add(s.predicate)
    return {key for key, seen in fields.items() if len(seen) > 1}


# what opens and closes a term of office; a ruler list's own start/end fields, or a holders' table's, count for
# a person (shared by within-span's acts in office and duration's stated time in office)
TERM_STARTS = ("term_start", "crown", "reign_start")
TERM_ENDS = ("term_end", "abdicate", "reign_end")
TERM_ORIGINS = STRUCTURED | {Origin.TABLE}


def term_bounds(world, key: str, title: str | None = None):
    """(starts, ends) of one person's single term of office, or None when there is none or several.

    Several distinct start or end years mean several offices or terms ("resigned as
    minister in 1930 ... President X in 1935"): which one an action belongs to is unknown,
    unless the terms say their offices and the action's title names one of them.
    """
    starts = [x for p in TERM_STARTS for x in world.by_subject_predicate.get((key, p), ()) if x.date is not None]
    ends = [x for p in TERM_ENDS for x in world.by_subject_predicate.get((key, p), ()) if x.date is not None]
    if title is not None and any(x.object for x in starts + ends):
        starts = [x for x in starts if x.object and names_office(title, x.object)]
        ends = [x for x in ends if x.object and names_office(title, x.object)]
    if person_like(world.name(key)) and not names_an_event(world.name(key)):
        # a person's own start/end fields, or the From/To cells of a table of office holders
        starts += [x for x in world.by_subject_predicate.get((key, "start"), ())
                   if x.date is not None and x.origin in TERM_ORIGINS]
        ends += [x for x in world.by_subject_predicate.get((key, "end"), ())
                 if x.date is not None and x.origin in TERM_ORIGINS]
    if not ends:
        return None

    def years(xs):
        return {(getattr(x.date, "end", None) or getattr(x.date, "start", None) or x.date).astronomical_year
                for x in xs}

    if _several(years(ends)) or _several(years(starts)):
        return None
    return starts, ends


def _several(years: set[int]) -> bool:
    """Years of a term's start (or end) far enough apart to be several terms: not one told twice a year apart (a
    slip, 2262 and 2263, that the conflicting-date rule reports)."""
    return bool(years) and max(years) - min(years) > 1


def names_office(title: str, office: str) -> bool:
    """"Wharfinger" names the office "Wharfinger of Ossby": the title's words open the office's."""
    words, named = title.casefold().split(), office.casefold().replace("-", " ").split()
    return bool(words) and named[:len(words)] == [w for w in " ".join(words).replace("-", " ").split()]


def person_like(name: str) -> bool:
    """People have names without unit words and digits: "6th Army" or "Infantry" is not a person."""
    words = name.replace("-", " ").split()
    if not words or any(c.isdigit() for c in name) or name.isupper():
        return False
    group = set(vocabulary.load("sections")["group_words"])
    return not any(w.casefold() in group for w in words)


# ------------------------------------------------- which statements can be compared

# what only a named thing with a life of its own has: a start, an end, a founding, a term
SPAN_PREDICATES = {"start", "end", "founded", "dissolved", "term_start", "term_end", "crown", "abdicate"}
# what needs its object or named event to say which event it is ("Japan invaded" what?)
OBJECT_PREDICATES = {"invade", "sign", "join", "liberate", "armistice"}
_ABBREVIATION_TAILS = {"dr", "no", "st", "mr", "mrs", "gen", "col", "capt", "lt", "maj", "sgt", "co", "nos", "vol"}
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "the", "a", "an", "final", "last", "next", "great", "world", "whole", "entire"}


# a ratification's words ("ratified", "ratifies"; an infobox's ratifier line is kept as "ratified <date>")
_RATIFIED = re.compile(r"(?i)(?:.*?\b)?ratif(?:ied|y|ies|ying)\b")

_MEMO: dict = {}  # vocabulary-derived word sets and verdicts, valid while the vocabulary objects are


def _memo() -> dict:
    """The memo for the vocabulary in force (a run with other vocabulary folders loads new objects)."""
    prose, sections = vocabulary.load("prose"), vocabulary.load("sections")
    of = _MEMO.get("of")
    if of is None or of[0] is not prose or of[1] is not sections:  # held, so an id is never reused
        _MEMO.clear()
        heads = frozenset(w.casefold() for w in prose["event_heads"])
        _MEMO.update({"of": (prose, sections), "heads": heads,
                      "generic": heads | set(sections["group_words"]) | _ORDINALS, "incomplete": {}})
    return _MEMO


def _event_heads() -> frozenset[str]:
    return _memo()["heads"]


def names_an_event(name: str) -> bool:
    """"Šiauliai Offensive", "Tunisia Campaign", "Battle of Kock": a name headed by an event noun."""
    heads = _event_heads()
    return any(w.casefold() in heads for w in name.replace("-", " ").split())


def incomplete_name(name: str) -> bool:
    """A subject that names nothing in particular: "Battle", "Second Battle", "Army", "Dr", "RAF No".

    Only event nouns, unit words and ordinals, or a name cut at an abbreviation
    ("Dr. Kowalski" read as "Dr"), cannot identify one event across a page or a world.
    """
    memo = _memo()
    known = memo["incomplete"].get(name)
    if known is None:
        known = memo["incomplete"][name] = _incomplete(name, memo["generic"])
    return known


def _incomplete(name: str, generic: frozenset[str]) -> bool:
    words = [w.strip(".,;:'\"()") for w in name.replace("-", " ").split()]
    words = [w for w in words if w]
    if not words or len(name.strip()) <= 2:
        return True
    if words[-1].casefold() in _ABBREVIATION_TAILS:
        return True
    return all(w.casefold() in generic for w in words)


def entity_key(world: World, name: str | None) -> str:
    """The World's key for a name, unless the World joined it to a name too generic to identify it.

    "Battle of Clervaux" and "Battle of Tempe Gorge" must not meet because some page
    calls its own topic "the Battle": then each keeps its own spelling's key.
    """
    if not name:
        return ""
    key = world.key(name)
    if incomplete_name(world.name(key)) and not incomplete_name(name):
        from ..world import name_key
        return name_key(name)
    return key


def derived_suffixes() -> list[str]:
    """Endings that make a people's name of a polity's ("-ians", "-ese"), longest first (vocabulary)."""
    return sorted(vocabulary.load("demonyms").get("derived_suffixes", ()), key=len, reverse=True)


def polity_forms(word: str, suffixes: list[str]) -> set[str]:
    """"Ostrians" -> ostrian, ostria, ostrie, ostry ...: the polities a people's name may come from."""
    low = word.casefold()
    forms = {low, low[:-1] if low.endswith("s") else low}
    for w in list(forms):
        for suffix in suffixes:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                base = w[:-len(suffix)]
                forms |= {base, base + "a", base + "e", base + "y", base + "ia", base + "o"}
    return forms


class Parties:
    """Which entity keys are parties (states, peoples, sides, armed forces), and each document's topic.

    A party fights, invades and surrenders many times; it has no single start or end
    ("The British began to assess ...", "Italian troops advanced into Egypt"), and its
    surrenders in different documents are usually different garrisons, so its prose
    statements are compared within one document only.
    """

    @classmethod
    def of(cls, world: World) -> Parties:
        """The World's Parties, made once per World: three checks ask, and each making costs a
        key per membership, side name and document (~12,000 in a pre-commit run's World)."""
        return once_per_world(cls)(world)

    def __init__(self, world: World):
        keys = {world.key(m.entity) for m in world.memberships if m.role == "belligerent"}
        keys |= {world.key(n.name) for n in world.side_names}
        demonyms = vocabulary.load("demonyms")
        keys |= {world.key(p) for p in demonyms["demonyms"].values()}
        keys |= {world.key(p) for p in demonyms.get("sides", {}).values()}
        party_words = {w.casefold() for w in vocabulary.load("prose")["party_words"]}
        self.world = world
        self.keys = keys
        self._party_words = party_words
        self.topics = {d.path: world.key(d.title) for d in world.docs if d.title}
        self.titles = {d.path: d.title for d in world.docs if d.title}
        self._people: set[str] | None = None
        self._suffixes = derived_suffixes()

    def is_party(self, name: str) -> bool:
        if self.world.key(name) in self.keys:
            return True
        words = name.replace("-", " ").split()
        if not words:
            return False
        if words[-1].casefold() in self._party_words:
            return True
        if len(words) == 1 or (len(words) == 2 and words[0].casefold() == "the"):
            return any(self.world.key(c) in self.keys for c in polity_forms(words[-1], self._suffixes))
        return False

    def is_person(self, name: str) -> bool:
        """Named as a person somewhere: a commander in an infobox, an entity of kind person."""
        if self._people is None:
            w = self.world
            self._people = {w.key(m.entity) for m in w.memberships if m.role == "commander"}
            self._people |= {w.key(e.name) for d in w.docs for e in d.entities if e.kind == "person"}
        return self.world.key(name) in self._people

    def is_topic(self, s: Statement) -> bool:
        return self.topics.get(s.span.path) == self.world.key(s.subject)


def event_identity(world: World, parties: Parties, s: Statement, parts: frozenset | set = frozenset()) -> tuple | None:
    """Which event a dated statement is about (its predicate aside), or None when it cannot say.

    A named event ("the Treaty of Ulverd was signed") is the same fact as the
    event page's own field, unless the subject is itself a named event: "the
    Šiauliai Offensive commenced, as a follow-on from Operation Bagration" dates
    the offensive, not Bagration. A party (state, people, side, armed force) has
    no start, end or term of its own outside its own page, invades or signs only
    something named, and its other statements meet only within one document.
    """
    if s.origin not in STRUCTURED and _spans_days(s.date) and not _season(s):
        return None  # "After the Phoney War of October 1939 to April 1940, Germany invaded": the range is another's
    if s.predicate == "surrender" and (_partial_force(s.text, parts) or _unnamed_party(parties, s)):
        return None  # "the German garrison surrendered": one of many surrenders, not the state's
    if s.predicate == "sign" and (s.origin not in STRUCTURED or _RATIFIED.match(s.text or "")) and later_act(s.text):
        if s.subject and s.object and _RATIFIED.match(s.text or "") and world.key(s.subject) != world.key(s.object):
            # "the Chamber ratified the treaty on D" and "ratifiers = Chamber (D2)": that party's one ratification
            return (entity_key(world, s.subject), entity_key(world, s.object), "ratification")
        return None  # "the Union Assembly ratified the treaty on D": a party's later act on it, not its signing
    if s.predicate in ("founded", "dissolved") and not s.object and parties.is_person(s.subject):
        return None  # a person is not founded ("Montgomery's formations", "he found")
    named = bool(s.event) and s.event[:1].isupper()  # "Treaty of Ulverd", not "death of Merriott"
    if named and world.key(s.event) != world.key(s.subject) and not names_an_event(s.subject or "") \
            and not incomplete_name(s.event) and s.predicate not in LIFE_EVENTS:
        return (entity_key(world, s.event), "")
    if not s.subject:
        return None
    if s.predicate == "term_end" and _ends_before_recorded_terms(world, s):
        return None  # "he resigned" the Company's service in 1812, years before his recorded seat of 1824
    subject = s.subject
    if incomplete_name(subject):
        if not _topic_by_head(parties, s):
            return None
        subject = parties.titles[s.span.path]  # keyed as its fields are
    if s.origin in STRUCTURED or parties.is_topic(s) or not parties.is_party(s.subject) \
            or s.predicate in ("birth", "death") and parties.is_person(s.subject):
        # a claimant whose name a side bears ("side: Lothar of Wendhove") is still one man: born and dead once
        if s.predicate in OBJECT_PREDICATES and not s.object and s.origin not in STRUCTURED \
                and not (names_an_event(subject) and not incomplete_name(subject) and not later_act(s.text)):
            return None  # "they signed on D": signed what? ("the Peace of Rell was signed on D" says)
        return (entity_key(world, subject), entity_key(world, s.object))
    if s.predicate in _BODY_LIFE and not s.object and not s.event and s.subject.split()[-1].casefold() in \
            (s.text or "").casefold():
        # "the foundation of the Congress on 3 March 1946" and "The Congress was founded on 13 March 1946": a body
        # founded (or dissolved) once, however many parties' pages tell it; one page's two dates disagree (the body
        # named in the clause that tells it: not "formed on D, and on D2 the headquarters was established")
        return (entity_key(world, s.subject), "", s.span.path)
    if s.predicate in SPAN_PREDICATES or s.predicate in OBJECT_PREDICATES and not s.object:
        return None
    return (entity_key(world, s.subject), entity_key(world, s.object), s.span.path)


_BODY_LIFE = frozenset({"founded", "dissolved"})


def later_act(text: str | None) -> bool:
    """Words of a later act on an agreement or a meeting ("ratified by the Senate", "renewed"): the act's
    date, not the day the thing was made (vocabulary `event_again_words`, stems)."""
    memo = _memo()
    starts = memo.get("again")
    if starts is None:
        stems = [re.escape(str(w)) for w in vocabulary.load("prose").get("event_again_words") or ()]
        starts = memo["again"] = re.compile(rf"\b(?:{'|'.join(stems)})", re.IGNORECASE) if stems else None
    return bool(starts and text and starts.search(text))


def _ends_before_recorded_terms(world: World, s: Statement) -> bool:
    """A prose term's end before every term a field or table records for the person starts: the end of
    another post (a service left, an earlier office), not of the recorded one ending before it began."""
    if s.origin in STRUCTURED or s.row is not None or s.origin is Origin.TABLE:
        return False
    starts = [t.date for t in world.by_subject_predicate.get((world.key(s.subject), "term_start"), ())
              if t.date is not None and (t.origin in STRUCTURED or t.origin is Origin.TABLE)]
    end = s.date.interval()[1]
    return bool(starts) and all(end < t.interval()[0] for t in starts)


def _topic_by_head(parties: Parties, s: Statement) -> bool:
    """"the Company was wound up" on the Company of the Quorrel Road's own page: the page's subject by the
    head of its "<head> of <rest>" name (a bare head cut from another name, "Orsk–Vennet Offensive" on
    the Lusk–Yarnow Offensive's page, is not)."""
    if not parties.is_topic(s):
        return False
    title = parties.titles.get(s.span.path) or ""
    head = title.split(" of ", 1)[0] if " of " in title else ""
    return bool(head) and head.casefold().removeprefix("the ") == s.subject.casefold().removeprefix("the ")


def _spans_days(when) -> bool:
    """A range with two different ends, where one event needs one date."""
    return isinstance(when, DateRange) and when.start is not None and when.end is not None \
        and when.start != when.end


# a person's one-day events that prose often dates by a season ("in the autumn of 1541 she abdicated")
_SEASONAL = frozenset({"birth", "death", "marriage", "crown", "abdicate"})


def _season(s: Statement) -> bool:
    """"In the autumn of 1541 she abdicated": a season (its months, as extract/dates.py reads it) is the event's
    one date known to a quarter, not a span of another thing's ("the Phoney War of October 1939 to April 1940")."""
    when = s.date
    if s.predicate not in _SEASONAL or not isinstance(when, DateRange) or when.start is None or when.end is None \
            or when.start.day is not None or when.end.day is not None or when.start.month is None:
        return False
    months = (when.start.month, when.end.month, when.end.year - when.start.year)
    return months in SEASON_MONTHS.values()


def _unnamed_party(parties: Parties, s: Statement) -> bool:
    """"..., capitulating on 20 June": a party's act whose words name no one was pinned on the party
    from context (often "the Soviet garrison held out ...", a part of its forces), not said of it."""
    return s.origin not in STRUCTURED and not any(w[:1].isupper() for w in (s.text or "").split()) \
        and parties.is_party(s.subject)


def _partial_force(text: str, parts: set[str]) -> bool:
    """Words of a part of a force ("the garrison"), or a head count ("135,000 German troops"): one
    of a state's many surrenders, not the state's."""
    return bool(_HEAD_COUNT.match(text or "")) or any(w.casefold() in parts for w in re.findall(r"[^\W\d_]+", text or ""))


_HEAD_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+\s")


def run_checks(world: World, rules: Iterable) -> Iterator[Diagnostic]:
    for rule in rules:
        yield from KINDS[rule.kind](world, rule)
        if not per_document(rule) and rule.kind in ACROSS:
            yield from ACROSS[rule.kind](world, rule)


def run_across(world: World, rules: Iterable) -> Iterator[Diagnostic]:
    """The cross-document parts of the rules that run per document (their document parts ran as documents came)."""
    for rule in rules:
        if per_document(rule) and rule.kind in ACROSS:
            yield from ACROSS[rule.kind](world, rule)


def _load_all() -> None:
    """Import every check module (each registers its kind), in file name order as pkgutil.iter_modules gives.

    A directory listing, not pkgutil: importing pkgutil pulls in typing, ~6 ms of a cold one-file run."""
    for name in sorted(os.listdir(__path__[0])):
        stem, _, ext = name.partition(".")
        if ext == "py" and stem != "__init__" and stem.isidentifier():
            importlib.import_module(f"{__name__}.{stem}")


_load_all()
