"""Single value: one fact, one value. Two dates for one event, two figures for one measure.

Statements about the same event meet by (subject, predicate, object), or by
the named event they mention (a treaty, an operation). Dates compare as
intervals, so "May 1939" agrees with "10 May 1939"; only dates that cannot
denote the same day conflict. One finding per event, naming every location.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from .. import calendar, vocabulary
from ..model import DateRange, DateValue, Origin, Statement, overlaps
from ..extract.own_event_dates import title_head
from ..extract.signings import agreement_heads, names_an_agreement
from .cross_document import cross_document_counts, cross_document_events, cross_document_group_counts, \
    cross_document_tolls, cross_document_forces, cross_document_votes, cross_document_payments, \
    cross_document_party_losses
from . import (CAREER_STEPS, STRUCTURED, Parties, diagnostic, entity_key, event_identity, incomplete_name, kind,
               loose_against_exact, names_an_event, once_per_world, precision, several_careers, term_offices)

_AUTHORITY = {Origin.INFOBOX: 0, Origin.FRONT_MATTER: 0, Origin.PROSE: 1, Origin.TABLE: 1,
              Origin.CAPTION: 2, Origin.HEADING: 2}


def _event_groups(world, rule) -> dict[tuple, list[Statement]]:
    single = set(rule.params.get("predicates", ()))
    # events named by a field's own key ("field:commissioned"): the field and the prose that restates it
    keyed = tuple(rule.params.get("predicate_prefixes", ()))
    by_object = set(rule.params.get("group_by_object", ()))
    parties = Parties.of(world)
    parts = {w.casefold() for w in rule.params.get("partial_force_words", ())}
    signing_founds = {w.casefold() for w in rule.params.get("founded_by_signing", ())}
    across = set(rule.params.get("party_events_across_documents", ()))
    named_across = set(rule.params.get("named_party_events_across_documents", ()))
    # a page whose fields list members joining its subject: there "X was admitted in 1512" joined that subject
    joined_here = {s.span.path: s.object for s in world.by_predicate.get("join", ())
                   if s.origin in STRUCTURED and s.object}
    # a record's marriage field names no spouse, the prose's "he wed Maudry Brackwater on 18 May 1806" does: when
    # the page weds its subject to one spouse only, on a day it gives, the field's marriage is that one
    spouses: dict[tuple, set] = defaultdict(set)
    for s in world.by_predicate.get("marriage", ()):
        if s.object and s.subject and s.date is not None and precision(s.date) == "day":
            spouses[(s.span.path, world.key(s.subject))].add(world.key(s.object))
    terms = _repeated_table_subjects(world)
    careers = several_careers(world)
    tabled = _tabled_events(world)
    # an abdication ends the reign: a list's "Reign ended" of a ruler the world has abdicate is that abdication
    abdicated = {world.key(s.subject) for s in world.by_predicate.get("abdicate", ()) if s.subject}
    groups: dict[tuple, list[Statement]] = defaultdict(list)
    remarriages: list[Statement] = []
    signings = _Signings(world, parties, signing_founds if "founded" in single else set()) if "sign" in single else None
    for s in world.statements:
        if signings is not None and s.predicate in _SIGNING_TOLD:
            s = signings.told(s)
        if s.predicate == "remarriage" and "remarriage" in single:
            remarriages.append(s)
            continue
        if s.predicate == "reign_end" and abdicated and world.key(s.subject) in abdicated and "abdicate" in single:
            s = replace(s, predicate="abdicate")
        if s.predicate == "marriage" and not s.object and s.origin in STRUCTURED and s.subject and spouses:
            wed = spouses.get((s.span.path, world.key(s.subject)))
            if wed is not None and len(wed) == 1:
                written = next(m.object for m in world.by_predicate.get("marriage", ())
                               if m.object and m.span.path == s.span.path and world.key(m.subject) == world.key(s.subject)
                               and m.date is not None and precision(m.date) == "day")
                s = replace(s, object=written)
        if s.predicate == "join" and not s.object and s.date is not None and s.span.path in joined_here \
                and s.origin not in STRUCTURED:
            s = replace(s, object=joined_here[s.span.path])
        if signing_founds and s.predicate == "sign" and not s.object and s.date is not None and not s.negated \
                and s.subject and s.subject.split()[-1].casefold() in signing_founds and "founded" in single:
            s = replace(s, predicate="founded")  # "the Pact was signed on D": the day the pact was made
        if s.predicate == "occur" and tabled and s.event and entity_key(world, s.event) in tabled:
            s = replace(s, predicate="happen")  # "the Battle of X was fought on D" beside its table row
        if s.date is None or s.negated or s.predicate not in single and s.predicate not in by_object \
                and not (keyed and s.predicate.startswith(keyed)):
            continue
        if s.predicate in by_object and s.object:
            groups[("object", world.key(s.object), s.predicate, _side_of(world, s.subject))].append(s)
            continue
        ident = event_identity(world, parties, s, parts)
        if ident is not None and len(ident) == 3 and (
                s.predicate in across or s.predicate == "join" and s.object
                and s.object.split()[-1].casefold() in signing_founds
                or s.predicate in named_across and _by_own_name(world, parties, s)):
            ident = ident[:2]  # a state's own surrender, its accession to a named pact: once in the world
        if ident is not None and s.row is not None and _per_row(s) \
                and (s.span.path, s.row.rpartition(":")[0], world.key(s.subject)) in terms:
            # one of the person's several terms, one of two ships of the name: each row its own span
            ident = (*ident, s.row)
        elif ident is not None and s.predicate in CAREER_STEPS and s.origin is Origin.PROSE and careers \
                and world.key(s.subject) in careers:
            ident = (*ident, s.span)  # "he retired in May 1938" and "he resigned on 30 June 1960": two careers
        if ident is not None and signings is not None and s.predicate == "sign":
            ident = signings.identity(s, ident)
        if ident is not None:
            groups[(ident[0], s.predicate, *ident[1:])].append(s)  # the baseline's key shape
    if signings is not None:
        signings.split_staggered(groups)
    if named_across:
        _with_named_surrenders(groups, named_across)
    _partnerless_marriages(groups)
    _one_marriage_each_side(groups)
    _second_marriages(world, remarriages, groups)
    _elections_before_taking_office(groups)
    _terms_by_named_office(groups)
    _terms_by_office(world, groups)
    return groups


_WORDS = re.compile(r"[^\W\d_]+")
_SIGNING_TOLD = frozenset({"sign", "start", "happen"})


def _dated_in_itself(s: Statement) -> bool:
    """Does the statement's own sentence give its date (not a sentence before it)?"""
    if s.date_line is None:
        return False
    return (s.line, s.column) <= (s.date_line, s.date_column) and \
        (s.date_end_line, s.date_end_column) <= (s.end_line, s.end_column)


class _Signings:
    """One signing told in different shapes. An agreement's signing is told of the agreement ("the Treaty of
    Orrin was signed on D", "signed: D", or the treaty page's own "date: D") and of each party that signed it
    ("Hessary signed the Orrin Accords on D"; on the treaty's page "Corse signed on D", whose object is the page's
    topic): one event, unless the world tells the parties signing on different days (staggered signatures: one
    document gives two parties' signings on days apart, or words of a staggered signing stand beside a party's,
    extract/signings.py), and then each party's signing is its own event, held only to that party's other
    tellings."""

    def __init__(self, world, parties: Parties, founded_by_signing: set[str] = frozenset()):
        self.world = world
        self.founded_by_signing = founded_by_signing
        self.heads = agreement_heads()
        self.pages = {d.path: d.title for d in world.docs if d.title and self.is_agreement(d.title)}
        # pages that date their agreement's signing themselves, or give it an end (a span of days is a
        # conference's or a term's, and its first day no signing)
        self.dated_here: set[str] = set()
        for s in world.statements:
            if s.predicate in ("sign", "end") and s.origin in STRUCTURED and s.span.path in self.pages \
                    and world.key(s.subject) == world.key(self.pages[s.span.path]) and s.date is not None:
                self.dated_here.add(s.span.path)
        self.staggered = {entity_key(world, s.subject) for s in world.by_predicate.get("signing:staggered", ())
                          if s.subject}
        self.party_of: dict[int, str] = {}
        self.names: dict[str, str] = {}  # agreement key -> a name it was signed by
        # "Treaty of Corvane" and "the Corvane Treaty": one agreement, its head before "of" or after the rest
        self.flipped: dict[str, str] = {}
        named = {d.title for d in world.docs if d.title} | {n for x in world.by_predicate.get("sign", ())
                                                             for n in (x.subject, x.object, x.event) if n}
        for name in named:
            words = name.split()
            if len(words) >= 3 and words[1] == "of" and words[0].casefold() in self.heads and words[2][:1].isupper():
                rest = [w for w in words[2:] if w.casefold() != "the"]
                self.flipped.setdefault(world.key(" ".join([*rest, words[0]])), entity_key(world, name))

    @staticmethod
    def is_agreement(name: str | None) -> bool:
        return names_an_agreement(name) and not incomplete_name(name)

    def told(self, s: Statement) -> Statement:
        """The statement as the signing it tells: an agreement page's own date (its start or event field, no
        other signing or end field beside it) is its signing; a party's signing on that page without an object
        signed the page's agreement."""
        title = self.pages.get(s.span.path)
        if title is None or s.date is None or s.negated:
            return s
        world = self.world
        if s.predicate != "sign":
            if s.origin in STRUCTURED and s.span.path not in self.dated_here and not isinstance(s.date, DateRange) \
                    and world.key(s.subject) == world.key(title):
                return replace(s, predicate="sign")
            return s
        if not s.object and s.origin not in STRUCTURED and s.subject and world.key(s.subject) != world.key(title) \
                and not incomplete_name(s.subject) and not names_an_event(s.subject) and s.subject[:1].isupper() \
                and _dated_in_itself(s):
            return replace(s, object=title)  # "Corse signed on 13 January 1672" on the Treaty of Lenmark's page
        return s

    def identity(self, s: Statement, ident: tuple) -> tuple:
        """A party's signing of a named agreement is the agreement's signing (its party remembered)."""
        if ident[-1] == "ratification":
            return ident
        world = self.world
        signed = next((n for n in (s.object, s.event) if n and self.is_agreement(n)
                       and world.key(n) != world.key(s.subject)), None)
        if signed is not None and s.origin not in STRUCTURED and not _dated_in_itself(s):
            return ident  # "The conference opened in the early summer of 441. Menalkidas signed for ...": not its day
        if signed is None:
            if ident[1:] == ("",) and self.is_agreement(s.subject) and self.flipped:
                key = entity_key(world, s.subject)
                return (self.flipped.get(key, key), "")  # "the Corvane Treaty was signed on D"
            return ident
        self.party_of[id(s)] = entity_key(world, s.subject)
        key = entity_key(world, signed)
        key = self.flipped.get(key, key)
        self.names.setdefault(key, signed)
        return (key, "")

    def split_staggered(self, groups: dict[tuple, list[Statement]]) -> None:
        for key in [k for k in groups if len(k) == 3 and k[1] == "sign" and k[2] == ""]:
            told = groups[key]
            party = [s for s in told if id(s) in self.party_of]
            if not party:
                continue
            if key[0] not in self.staggered and not self._parties_apart(party):
                made = (key[0], "founded", "")
                if len(party) == len(told) and made in groups and self.names.get(key[0], "").split()[-1:] \
                        and self.names[key[0]].split()[-1].casefold() in self.founded_by_signing:
                    # "Marden signed the Sorrel Pact on D" beside "the Sorrel Pact was signed on D2" (read as the
                    # pact's founding, founded_by_signing): the day the pact was made
                    groups[made].extend(party)
                    del groups[key]
                continue
            groups[key] = [s for s in told if id(s) not in self.party_of]
            for s in party:
                groups[(key[0], "sign", "", "party:" + self.party_of[id(s)])].append(s)

    def _parties_apart(self, party: list[Statement]) -> bool:
        """One document gives two parties' signings on days that cannot be one."""
        by_path: dict[str, list[Statement]] = defaultdict(list)
        for s in party:
            by_path[s.span.path].append(s)
        for told in by_path.values():
            for i, a in enumerate(told):
                for b in told[i + 1:]:
                    if self.party_of[id(a)] != self.party_of[id(b)] and not overlaps(a.date, b.date):
                        return True
        return False


def _elections_before_taking_office(groups: dict[tuple, list[Statement]]) -> None:
    """"Ozzard Quessel was elected reeve in 1701" beside "term_start: 1702": the election precedes the taking of
    office, a step of its own; an election dated after the recorded start still contradicts it."""
    selection = vocabulary.word_set("prose", "term_selection_words")  # not "appointed": often the start itself
    for key, statements in groups.items():
        if len(key) < 2 or key[1] != "term_start" or len(statements) < 2:
            continue
        elected = [s for s in statements if s.origin is Origin.PROSE and
                   not selection.isdisjoint(_WORDS.findall((s.text or "").casefold()))]
        taken = [s for s in statements if s not in elected]
        if elected and taken:
            first_taken = min(s.date.interval()[0] for s in taken)
            groups[key] = taken + [s for s in elected if s.date.interval()[1] >= first_taken]


def _terms_by_named_office(groups: dict[tuple, list[Statement]]) -> None:
    """"the chapter elected him prior on D" and "elected him abbot on D'": the words of each name one office
    (prose.yaml made_office_nouns), two offices in all, so two terms; a start that names none ("since his
    election on D") may be either's."""
    offices = vocabulary.word_set("prose", "made_office_nouns")
    for key in [k for k in groups if len(k) >= 2 and k[1] in CAREER_STEPS and len(groups[k]) > 1]:
        split: dict[str, list[Statement]] = defaultdict(list)
        for x in groups[key]:
            named = offices.intersection(_WORDS.findall((x.text or "").casefold())) if x.origin is Origin.PROSE else ()
            split[next(iter(named)) if len(named) == 1 else ""].append(x)
        if len([o for o in split if o]) < 2:
            continue
        unnamed = split.pop("", [])
        del groups[key]
        for office, xs in split.items():
            groups[(*key, "named:" + office)] = xs + unnamed


def _terms_by_office(world, groups: dict[tuple, list[Statement]]) -> None:
    """A person's two offices are two terms (checks.term_offices): a group of one person's term ends whose
    recorded offices differ is split by office."""
    offices_of = term_offices(world)
    if offices_of is None:
        return
    for key in [k for k in groups if len(k) >= 2 and k[1] in CAREER_STEPS]:
        split: dict[str, list[Statement]] = defaultdict(list)
        for x in groups[key]:
            for office in offices_of(x) or ("",):
                split[office].append(x)
        if len([o for o in split if o]) < 2:
            continue
        unrecorded = split.pop("", [])
        del groups[key]
        for office, xs in split.items():
            groups[(*key, "office:" + office)] = xs + unrecorded


def _tabled_events(world) -> set[str]:
    """Keys of the named events a table of events dates ("Battle of X | 8 October 1163"): prose that says
    the event took place on a day ("the Battle of X was fought ... on D", predicate "occur") dates the same
    one occasion. Prose "occur" alone is not grouped: without a row it is often a phase or another fight's."""
    return {entity_key(world, s.event) for s in world.by_predicate.get("happen", ())
            if s.origin is Origin.TABLE and s.event and s.date is not None}


_TERM_ENDS = frozenset({"start", "end", "term_start", "term_end", "reign_start", "reign_end"})


def _per_row(s: Statement) -> bool:
    """A term's ends, or a stage column of a table of things ("Ship | Laid down | Launched"): a name in two
    rows of one table is two terms, or two things of one name ("the second Larkspur")."""
    return s.predicate in _TERM_ENDS or s.predicate.startswith("field:")


def _repeated_table_subjects(world) -> set[tuple]:
    """(path, table, subject) of a person a table lists in two rows or more ("| Quessa Dravik | Deputy | 1702 |
    1706 |" then "| Quessa Dravik | Chair | 1706 | 1714 |"): two terms, of one office or two, each with its own
    start and end, not one term dated twice."""
    rows: dict[tuple, set[str]] = defaultdict(set)
    for s in world.statements:
        if s.row is not None and _per_row(s) and s.subject:
            table = s.row.rpartition(":")[0]
            rows[(s.span.path, table, world.key(s.subject))].add(s.row)
    return {key for key, seen in rows.items() if len(seen) > 1}


def _with_named_surrenders(groups: dict[tuple, list[Statement]], predicates: set[str]) -> None:
    """A document that names the state's surrender brings its other wordings of it along ("the Vellish
    capitulation" beside "the surrender of Vell"): they were one event within it before."""
    for key in [k for k in groups if len(k) == 3 and k[1] in predicates]:
        paths = {s.span.path for s in groups[key]}
        for path in paths:
            local = groups.pop((*key, path), None)
            if local:
                groups[key].extend(local)


def _by_own_name(world, parties: Parties, s: Statement) -> bool:
    """"Vell capitulated": the words name the state itself, not its people ("the French surrender",
    read as France's), and the state is no side of a war ("Axis forces in Italy capitulated")."""
    name = s.subject or ""
    at = (s.text or "").find(name)
    if not name or at < 0 or not _whole_word(s.text, at, at + len(name)):
        return False
    return world.key(name) not in _side_keys(world)


def _whole_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


@once_per_world
def _side_keys(world) -> set[str]:
    """Keys of the names of sides (the vocabulary's "Axis", "Allies" and the documents' side names)."""
    found = {world.key(n.name) for n in world.side_names}
    return found | {world.key(p) for p in vocabulary.load("demonyms").get("sides", {}).values()}


def _partnerless_marriages(groups: dict[tuple, list[Statement]]) -> None:
    """"He married in 1828" is his marriage to the one partner the world names for him ("married:
    1828-06-12" beside "spouse: Mira Callow"); with two partners named it is neither's."""
    partners: dict[str, list[tuple]] = defaultdict(list)
    for key in groups:
        if len(key) == 3 and key[1] == "marriage" and key[2]:
            partners[key[0]].append(key)
    for subject, keys in partners.items():
        if len(keys) == 1:
            alone = groups.pop((subject, "marriage", ""), None)
            if alone:
                groups[keys[0]].extend(alone)


def _one_marriage_each_side(groups: dict[tuple, list[Statement]]) -> None:
    """"Aldo Wraye married Berta Holm in 1211" on his page and "In 1209 she married Aldo Wraye" on hers: a marriage
    is the couple's, one wedding told from each side. The two partners' groups of it are one (after each side's
    marriages that name no partner have joined its one named partner's)."""
    for key in [k for k in groups if len(k) == 3 and k[1] == "marriage" and k[2] and k[0] < k[2]]:
        mirror = (key[2], "marriage", key[0])
        if mirror in groups and mirror != key:
            groups[key].extend(groups.pop(mirror))
    for key in [k for k in groups if len(k) >= 3 and k[1] == "marriage" and k[2]]:
        lines: dict[tuple, set] = defaultdict(set)
        for s in groups[key]:
            if s.origin in STRUCTURED:
                lines[(s.span.path, s.span.line)].add(str(s.date))
        if any(len(dates) > 1 for dates in lines.values()):
            # "spouse = Piers Galt (m. 1424; div. 1431)<br>Piers Galt (m. 1436)": one field lists the couple's two
            # marriages, so a date of "their marriage" is either one's
            del groups[key]


_SECOND = frozenset({"again", "second", "secondly", "remarried"})
_LATER_THAN_SECOND = frozenset({"third", "thirdly", "fourth", "fourthly", "fifth", "once"})


def _second_marriages(world, remarriages: list[Statement], groups: dict[tuple, list[Statement]]) -> None:
    """"married: [1718-09-12, 1733-05-16]" beside "he married again on 16 May 1734": a record listing exactly two
    marriages dates the second one, which "married again", "his second marriage" tells; a third marriage the
    prose counts, or a record of three, dates no second one to compare."""
    fielded: dict[str, list[Statement]] = defaultdict(list)
    told: dict[str, list[Statement]] = defaultdict(list)
    for s in remarriages:
        if s.date is None or s.negated or not s.subject:
            continue
        (fielded if s.origin in STRUCTURED else told)[world.key(s.subject)].append(s)
    for key, records in fielded.items():
        if len({(r.span.path, r.date) for r in records}) != 1 or key not in told:
            continue
        later = [s for s in told[key] if s.origin is Origin.PROSE and _SECOND & set(_WORDS.findall(
            (s.text or "").casefold())) and not _LATER_THAN_SECOND & set(_WORDS.findall((s.text or "").casefold()))]
        if later:
            groups[(key, "remarriage", "")].extend(records + later)


def _side_of(world, subject: str) -> str:
    """The side an acting entity fights on (so that allies invading together are one event)."""
    key = world.key(subject)
    for m in world.memberships_of.get(key, ()):
        if m.role == "belligerent":
            return f"{world.key(m.conflict)}#{m.side}"
    for s in world.side_names:
        if world.key(s.name) == key:
            return f"{world.key(s.conflict)}#{s.side}"
    return key


_RANK = {"day": 0, "month": 1, "year": 2}



def _day_restated(s: Statement, reference: Statement) -> bool:
    """"The signing on 2 October took place in the observation ring" after a paragraph ending in January 2339,
    against the treaty's "signed: 2 October 2344"; "The necrology gives Stephen's death day as 3 June" against
    his death in 1185: a day and month the words write without a year (the reader took one from the text
    around) that restates or refines the other's day and month is that date, not another year's."""
    for x, y in ((s, reference), (reference, s)):
        a, b = x.date, y.date
        if isinstance(a, DateValue) and isinstance(b, DateValue) and a.day is not None \
                and b.month in (None, a.month) and b.day in (None, a.day) and _yearless(x):
            return True
    return False


def _yearless(s: Statement) -> bool:
    """Prose that writes the day and month with no year: the words hold them with none after ("signing on 2
    October"), or the date's own span is too short to hold a year too ("on 14 May", "March 9"; "2 Oct 2344"
    is the shortest with one)."""
    if s.origin is not Origin.PROSE or s.date_line is None:
        return False
    month = calendar.MONTH_NAMES[s.date.month - 1]
    day = rf"{s.date.day}(?:st|nd|rd|th)?"
    if re.search(rf"\b(?:{day} (?:of )?{month}|{month} {day})\b(?!,? \d)", s.text or ""):
        return True
    width = s.date_end_column - s.date_column
    return s.date_end_line == s.date_line and width < len(str(s.date.day)) + len(str(s.date.year)) + 5


def _describe(s: Statement) -> str:
    return f"{s.date}" + (f" ({s.hedge})" if s.hedge else "")


_RANGE_ENDS = {"start": 0, "end": 1}


def _stated_ranges(world) -> dict[tuple, list]:
    """(field or sentence span, event key) -> [start, end]: the range one statement gives an event."""
    ranges: dict[tuple, list] = defaultdict(lambda: [None, None])
    for s in world.statements:
        end = _RANGE_ENDS.get(s.predicate)
        if end is not None and s.date is not None and (s.event or s.subject):
            ranges[(s.span, world.key(s.event or s.subject))][end] = s.date
    return ranges


def _range_of(world, ranges, s: Statement):
    found = ranges.get((s.span, world.key(s.event or s.subject)))
    if found is None or None in found or found[0] == found[1]:
        return None
    return DateRange(_point(found[0], 0), _point(found[1], 1))


def _point(when, end: int):
    return (when.end if end else when.start) if isinstance(when, DateRange) else when


def _phase_in_passing(world, parties, ranges, s: Statement, reference: Statement) -> bool:
    """"The Battle of Hannut (12–13 May) was ..." on another page, against Hannut's own 12–14 May.

    An event mentioned in passing with a range inside the event's own range (or around it)
    names the part the page is about (a phase), not a second date of the event; only
    ranges that neither holds, or different single days, contradict. The event's own page (its topic)
    is held to its own dates.
    """
    if s.origin in STRUCTURED or parties.is_topic(s) or s.span.path == reference.span.path:
        return False
    mine, theirs = _range_of(world, ranges, s), _range_of(world, ranges, reference)
    if mine is None or theirs is None:
        return False
    (a, b), (c, d) = mine.interval(), theirs.interval()
    return c <= a and b <= d or a <= c and d <= b


# what an entity's own page states once, in its fields, and other pages restate by the year alone
_LIFE_SPAN = frozenset({"founded", "dissolved"})


def _own_page_against_elsewhere(parties: Parties, s: Statement, reference: Statement) -> bool:
    """"the Benches chartered the Company in 1788" on another page, against the Company's own field
    "founded: 1786-06-18": another page dating a body's founding by its year alone gives that year, not
    some other clause's (within one page a bare year beside a full date usually is another clause's)."""
    return s.predicate in _LIFE_SPAN and reference.origin in STRUCTURED and parties.is_topic(reference) \
        and s.span.path != reference.span.path and not parties.is_topic(s)


@kind("single-value")
def check_single_value(world, rule):
    parties = Parties.of(world)
    ranges = _stated_ranges(world)
    for key, group in _event_groups(world, rule).items():
        if len(group) < 2:
            continue
        group = sorted(group, key=lambda s: (_AUTHORITY.get(s.origin, 1), _RANK[precision(s.date)],
                                             s.span.path, s.span.line, s.span.column))
        reference = group[0]
        group = [s for s in group if not loose_against_exact(s, reference)
                 or _own_page_against_elsewhere(parties, s, reference)]
        disagreeing = [s for s in group[1:] if not overlaps(s.date, reference.date)
                       and not _phase_in_passing(world, parties, ranges, s, reference)
                       and not _day_restated(s, reference)]
        if not disagreeing:
            # "term = 1479–1521" beside "on 8 September 1479 the chapter elected him" and "since his election on
            # 8 December 1479": a coarser record both days fit does not settle the days' own disagreement
            finer = [s for s in group[1:] if _RANK[precision(s.date)] < _RANK[precision(reference.date)]]
            if len(finer) >= 2:
                reference = finer[0]
                group = [reference, *(s for s in group if s is not reference)]
                disagreeing = [s for s in finer[1:] if not overlaps(s.date, reference.date)
                               and not loose_against_exact(s, reference)
                               and not _phase_in_passing(world, parties, ranges, s, reference)
                               and not _day_restated(s, reference)]
        if not disagreeing:
            continue
        primary = disagreeing[0]
        subject = reference.event or world.name(world.key(reference.subject)) or reference.subject
        label = rule.params.get("labels", {}).get(reference.predicate) or _keyed_label(reference.predicate)
        hedges = sorted({s.hedge for s in group if s.hedge})
        related = []
        for s in group:
            if s is primary:
                continue
            note = f"{label} date {_describe(s)} stated here"
            related.append((s.date_span or s.span, note))
        yield diagnostic(
            rule, primary.date_span or primary.span, related,
            key=("date", *key, str(primary.date), str(reference.date)),
            subject=subject, predicate=label, value=str(primary.date), other=str(reference.date),
            hedge=f"; the text hedges it ({', '.join(hedges)}), which does not settle the conflict" if hedges else "",
            count=len({str(s.date) for s in group}))
    yield from _dated_named_events(world, rule)
    yield from cross_document_events(world, rule)


# a named event's own dates that name one occasion (a battle, a council's session), not a body or an era
_OCCASION_DAYS = 92
# dates of one name this far apart are two events of that name (the second Treaty of Qesh), not a slip
_NAMESAKE_DAYS = 3653
# a day or two beside a fight's own dates is its eve or its aftermath ("tanks lost at the Battle of X on D+1")
_BLUR_DAYS = 2


def _acts_itself(s: Statement) -> bool:
    """"The Synod of Orle approved it on D": the event alone opens the clause and its verb follows. A clause
    dated by a sentence the event is only named in ("In October, after Operation X, the regent ...") or
    shared with other subjects ("Operation X and the 4th Division defeated ...") does not date it."""
    text, name = s.text or "", s.subject or ""
    rest = text[len(name):] if text.casefold().startswith(name.casefold()) else ""
    return bool(rest) and rest[:1] == " " and rest[1:2].islower()



def _dated_named_events(world, rule):
    """"the Battle of Muirsk Sound (4–5 June 1702)" on one page against the battle's own page (4–5 May 1702),
    "laid before the Synod of Orle in March 1121" against the councils page's header "Synod of Orle: 3–9
    March 1120": a named occasion's date written beside its name elsewhere must fall within its own dates.

    The event's own dates are its page's fields (start and end) or a header or field named after it; other
    pages' dates beside its name, or of its acts ("the Synod of Orle approved it on D"), are compared with
    them. Agreements act long after their day (they take effect, lapse), so only their dated names count."""
    yield from _section_dated_events(world, rule)
    dated = world.by_predicate.get("dated", ())
    if not dated:
        return
    prose = vocabulary.load("prose")
    heads = {str(h).casefold() for k in ("event_heads", "dated_event_heads") for h in prose.get(k) or ()}
    agreements = {str(h).casefold() for h in prose.get("agreement_heads") or ()}
    mentions: dict[str, list[Statement]] = defaultdict(list)
    own: dict[str, list[Statement]] = defaultdict(list)
    for s in dated:
        if s.date is not None and not s.negated:
            (own if s.origin in STRUCTURED or s.origin is Origin.HEADING else mentions)[entity_key(world, s.subject)].append(s)
    for s in world.by_predicate.get("act", ()):
        words = {w.casefold() for w in (s.subject or "").split()}
        if s.date is not None and not s.negated and s.origin not in STRUCTURED and words & heads \
                and not words & agreements and not incomplete_name(s.subject) and _acts_itself(s):
            key = entity_key(world, s.subject)
            if key in own or key in world.by_subject:
                mentions[key].append(s)
    # a table of events dates each row's event ("| 9 May 2327 || Battle of Tarsis Gate |"): its own date, held
    # against the prose of its page too
    rows: dict[str, list[Statement]] = defaultdict(list)
    for s in world.by_predicate.get("happen", ()):
        if s.origin is Origin.TABLE and s.date is not None and s.event:
            rows[entity_key(world, s.event)].append(s)
    fights = {str(h).casefold() for h in prose.get("day_fight_heads") or ()}
    titles = {world.key(d.title): d.path for d in world.docs if d.title}
    for key, said in mentions.items():
        reference = _own_dates(world, key, titles.get(key), own.get(key, ()))
        if reference is None and key in rows:
            reference = _own_dates(world, key, None, rows[key])
            reference = reference and (*reference[:2], None)
        if reference is None:
            reference = _told_day(said, fights)
        if reference is None:
            continue
        ref_date, ref_spans, ref_path = reference
        own_short = ref_path is not None and title_head(next((d.title for d in world.docs if d.path == ref_path), None))
        lo, hi = ref_date.interval()
        if hi - lo > _OCCASION_DAYS:
            continue
        wrong = []
        for s in said:
            # on a short event's own page its dated name counts ("the fire of 1335"), not its acts, nor on a
            # battle's page a namesake's ("the Battle of Tarakan (1945)" on the 1942 battle's)
            if s.span.path == ref_path and not (s.predicate == "dated" and own_short) or overlaps(s.date, ref_date):
                continue
            a, b = s.date.interval()
            if _BLUR_DAYS < min(abs(a - hi), abs(b - lo)) < _NAMESAKE_DAYS:
                wrong.append(s)
        if not wrong:
            continue
        primary = wrong[0]
        related = [(sp, f"event date {ref_date} stated here") for sp in ref_spans]
        related += [(s.date_span or s.span, f"event date {s.date} stated here") for s in wrong[1:]]
        yield diagnostic(rule, primary.date_span or primary.span, related,
                         key=("date", key, "dated", str(primary.date), str(ref_date)),
                         subject=primary.event or primary.subject, predicate="event", value=str(primary.date),
                         other=str(ref_date), hedge="", count=2)


def _section_dated_events(world, rule):
    """"The Raid on the Sarne" over "The squadron forced the river between 19 and 22 June 1664" (extract/
    section_events.py) against the row of the same page's table that dates the raid ("9–12 June 1664 | Raid on the
    Sarne"): days that do not overlap the row's, by more than a day or two, are another date of the event. Only the
    page's own rows: another page's event of the name may be a namesake (the Yelnya offensive of 1941 and of 1943)."""
    told = world.by_predicate.get("dated:section", ())
    if not told:
        return
    rows: dict[tuple, list[Statement]] = defaultdict(list)
    for s in world.by_predicate.get("happen", ()):
        if s.origin is Origin.TABLE and s.date is not None and s.event:
            rows[(s.span.path, entity_key(world, s.event))].append(s)
    for s in told:
        key = entity_key(world, s.subject)
        reference = _own_dates(world, key, None, rows.get((s.span.path, key), []))
        if s.date is None or reference is None:
            continue
        ref_date, ref_spans, _ = reference
        if overlaps(s.date, ref_date):
            continue
        lo, hi = ref_date.interval()
        a, b = s.date.interval()
        if not _BLUR_DAYS < min(abs(a - hi), abs(b - lo)) < _NAMESAKE_DAYS:
            continue
        yield diagnostic(rule, s.date_span or s.span, [(sp, f"event date {ref_date} stated here") for sp in ref_spans],
                         key=("date", key, "dated", str(s.date), str(ref_date)),
                         subject=s.event or s.subject, predicate="event", value=str(s.date),
                         other=str(ref_date), hedge="", count=2)


def _told_day(said: list[Statement], fights: set[str]):
    """A fight of a day that no page, header or table dates, told beside its name with two days ("the Battle
    of X (3 June 1611)" here, "On 13 June 1611, at the Battle of X" there): the day told most (first told on a
    tie) is the one the others are held to. Only fights over in a day (prose.yaml `day_fight_heads`), and only
    two days: three are phases of a longer fight, not a slip."""
    days = [s for s in said if s.predicate == "dated" and isinstance(s.date, DateValue) and s.date.day is not None
            and fights & {w.casefold() for w in (s.subject or "").split()}]
    told: dict[str, list[Statement]] = defaultdict(list)
    for s in days:
        told[str(s.date)].append(s)
    if len(told) != 2:
        return None
    first = min(told.values(), key=lambda xs: (-len(xs), min((x.span.path, x.span.line) for x in xs)))
    return first[0].date, [x.date_span or x.span for x in first], None


def _own_dates(world, key: str, page: str | None, named: list[Statement]):
    """(date, spans, path) of an event's own dates: its page's start and end fields, else the most precise
    header or field named after it; None when the world gives none."""
    if page is not None:
        ends = [s for p in ("start", "end") for s in world.by_subject_predicate.get((key, p), ())
                if s.origin in STRUCTURED and s.span.path == page and s.date is not None]
        starts = [s for s in ends if s.predicate == "start"]
        stops = [s for s in ends if s.predicate == "end"]
        if starts and not stops and title_head(next((d.title for d in world.docs if d.path == page), None)):
            first = min(starts, key=lambda s: s.date.interval()[0])  # "date: 1662-03-17" on a flood's page
            return first.date, [first.date_span or first.span], page
        if starts and stops:
            lo = min(starts, key=lambda s: s.date.interval()[0])
            hi = max(stops, key=lambda s: s.date.interval()[1])
            spans = list(dict.fromkeys([lo.date_span or lo.span, hi.date_span or hi.span]))
            return DateRange(_point(lo.date, 0), _point(hi.date, 1)), spans, page
    if not named:
        return None
    best = min(named, key=lambda s: (s.date.interval()[1] - s.date.interval()[0], s.span.line))
    if any(not overlaps(s.date, best.date) for s in named):
        return None  # the headers disagree among themselves: no one date to hold the others to
    return best.date, [best.date_span or best.span], best.span.path


def _keyed_label(predicate: str) -> str:
    """"field:first_sitting" -> "first sitting"; "field:governor_of_x:start" -> "governor of x start"."""
    if not predicate.startswith("field:"):
        return predicate
    return predicate[len("field:"):].replace(":", " ").replace("_", " ")


@kind("single-quantity")
def check_single_quantity(world, rule):
    measures = set(rule.params.get("measures", ()))
    # measures named after a document's own field ("field:stables"): the field and the prose that names it
    prefixes = tuple(rule.params.get("measure_prefixes", ()))
    tolerance = float(rule.params.get("tolerance", 0.005))
    # measures of one side, compared only within a side named by its part ("attackers"), and only against
    # a field: a side's strength in prose alone changes as the fighting goes on
    side_measures = set(rule.params.get("side_measures", ()))
    side_groups = set(rule.params.get("side_groups", ()))
    groups = defaultdict(list)
    for doc in world.docs:
        for q in doc.quantities:
            if q.measure in side_measures and q.subject and q.group in side_groups:
                groups[(world.key(q.subject), q.measure, q.group)].append(q)
            elif (q.measure in measures or q.measure.startswith("value:")
                  or prefixes and q.measure.startswith(prefixes)) and q.subject:
                when = q.when.interval() if q.when is not None else None
                groups[(world.key(q.subject), q.measure, when)].append(q)
    primaries = set()
    # the measures a field or table states and the prose restates (extract/measures.py) come last: a pair
    # the readers above already compare is reported once
    for (subject, measure, _), group in sorted(groups.items(), key=lambda kv: kv[0][1].startswith("value:")):
        if len(group) < 2:
            continue
        group = sorted(group, key=lambda q: (_AUTHORITY.get(q.origin, 1), q.span.path, q.span.line))
        ref = group[0]
        if measure in side_measures and ref.origin not in STRUCTURED:
            continue
        stated = measure.startswith("value:")
        differing = [q for q in group[1:] if (not _restates(q, ref) if stated else
                                              abs(q.value - ref.value) > tolerance * max(abs(ref.value), 1))]
        if not differing:
            continue
        primary = differing[0]
        if stated and primary.span in primaries:
            continue
        primaries.add(primary.span)
        shown = ref.label if stated else _measure_shown(measure)
        related = [(q.span, f"{shown} {_figure(q.value)} stated here") for q in group if q is not primary]
        yield diagnostic(rule, primary.span, related, key=("quantity", subject, measure, primary.value, ref.value),
                         subject=_shown_subject(world, subject, ref), measure=shown, value=_figure(primary.value),
                         other=_figure(ref.value))
    yield from cross_document_counts(world, rule, _restates)
    yield from cross_document_group_counts(world, rule, _restates)
    yield from cross_document_tolls(world, rule, _restates)
    yield from cross_document_forces(world, rule, _restates)
    yield from cross_document_party_losses(world, rule, _restates)
    yield from cross_document_votes(world, rule)
    yield from cross_document_payments(world, rule, _restates)
    yield from _above_peak(world, rule)


def _above_peak(world, rule):
    """"the 1,410-strong Halvard Brigade" on one page, "strength_peak: 1140" on the brigade's own: a strength
    above the unit's greatest (beyond rounding) contradicts it; a smaller one is another moment's."""
    peaks = defaultdict(list)
    for doc in world.docs:
        for q in doc.quantities:
            if q.measure == "peak_strength" and q.subject:
                peaks[world.key(q.subject)].append(q)
    if not peaks:
        return
    for doc in world.docs:
        for q in doc.quantities:
            if q.measure != "named_strength" or not q.subject:
                continue
            key = world.key(q.subject)
            own = [p for p in peaks.get(key, ()) if p.span.path != q.span.path]
            if len({p.value for p in own}) != 1:
                continue
            peak = own[0]
            if q.value <= peak.value or _restates(q, peak):
                continue
            yield diagnostic(rule, q.span, [(peak.span, f"peak strength {_figure(peak.value)} stated here")],
                             key=("quantity", key, "peak_strength", q.value, peak.value),
                             subject=world.name(key), measure="strength", value=_figure(q.value),
                             other=f"its peak strength {_figure(peak.value)}")


def _shown_subject(world, key: str, ref) -> str:
    """The entity's name, or the thing's name as written when no page names it ("Lantern 1", not "lantern 1")."""
    name = world.name(key)
    return ref.subject if name == key and ref.subject else name


def _figure(value: float) -> str:
    """"1,840,000"; a fraction as written ("36.8", not "37": the figures compared are shown as they differ)."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")


def _restates(q, ref) -> bool:
    """Is `q` the same value as `ref`, or a rounding of it to hundreds or more ("about 3,000" or "3,000" for
    3,150, not 10 for 14)? An approximate value ("some 430" for 425) may be off by 3 per cent as well."""
    a, b = q.value, ref.value
    if a == b:
        return True
    # "15,212 m" and "15,221 m": two whole numbers written to the unit, neither rounded nor hedged, are two
    # values however close (digits transposed); a fraction may round the other ("36.8" for 36.75)
    # "38,750" and "38,570" too: a number rounded to tens differs from another by more than its rounding
    exact = a == int(a) and b == int(b) and not (q.qualifier or ref.qualifier) \
        and abs(a - b) > 10 ** max(_trailing_zeros(a), _trailing_zeros(b)) / 2
    # "71.5 m" and "74.5-metre": two fractions differ by more than the coarser one's last written place
    fraction = (a != int(a) or b != int(b)) and not (q.qualifier or ref.qualifier) \
        and abs(a - b) > 10 ** -min(_decimals(a), _decimals(b)) / 2 + 1e-9
    if not exact and not fraction and abs(a - b) <= 0.005 * max(abs(b), 1):
        return True
    rounder = max((a, b), key=_trailing_zeros)
    zeros = _trailing_zeros(rounder)
    if not (q.qualifier or ref.qualifier):
        # "400,000" unhedged is not 420,000 rounded: a plain round figure keeps two significant digits at least
        # (4,000 for 4,012, 420,000 for 421,700), a hedged one may keep one ("about 400,000")
        zeros = min(zeros, len(str(int(abs(rounder)))) - 2)
    if zeros >= 2 and zeros > min(_trailing_zeros(a), _trailing_zeros(b)) and abs(a - b) < 10 ** zeros / 2:
        return True
    return bool(q.qualifier or ref.qualifier) and abs(a - b) <= 0.03 * max(abs(b), 1)


def _decimals(value: float) -> int:
    """The places a value was written to after its point ("36.75" -> 2, "212" -> 0)."""
    text = repr(float(value))
    if "e" in text or value == int(value):
        return 0
    return min(len(text.partition(".")[2]), 3)


def _trailing_zeros(value: float) -> int:
    n = int(round(value))
    if n != value or n == 0:
        return 0
    zeros = 0
    while n % 10 == 0:
        n //= 10
        zeros += 1
    return zeros


def _measure_shown(measure: str) -> str:
    """"member_states" -> "member states"; a field's own count "field:stables" -> "stables"."""
    return measure.partition(":")[2].replace("_", " ") if measure.startswith("field:") else measure.replace("_", " ")
