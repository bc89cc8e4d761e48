"""Which context documents can change the findings of the named ones.

A pre-commit run names a few files and reads a large world as context; only
findings that involve a named file are reported. Such a finding pairs a fact
of a named document with facts about the same entity elsewhere, and the World
meets facts only by entity keys. So the context worth loading is every
document that mentions a key the named documents mention, closed over the
World's joins (aliases, acronyms, short names, configured aliases and sides),
which are the only way two different spellings meet.

Each document is summarised once (its keys and its joins) and the summaries
are kept in the cache folder; the context's facts are kept filed by entity key
(cache.FactsByKey, from `split`), so a run over a 10,000-document world loads
the facts about the keys that matter, not whole documents.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import NamedTuple

from .checks import derived_suffixes, incomplete_name, polity_forms
from .model import DocumentFacts
from .world import name_key, short_names


class Summary(NamedTuple):
    keys: frozenset[str]  # every entity key the document's facts are filed under
    joins: tuple[tuple[str, str], ...]  # pairs of keys the document declares one entity
    joined: tuple[str, ...] = ()  # who joined a side or party here: their conflicts say which side
    listed: tuple[tuple[str, str], ...] = ()  # X is listed in conflict W


def summarize(facts: DocumentFacts) -> Summary:
    """The keys the World files this document's facts under, and the joins it declares."""
    names: set[str] = set()
    joins: set[tuple[str, str]] = set()
    joined: set[str] = set()
    listed: set[tuple[str, str]] = set()
    if facts.title:
        names.add(facts.title)
    for e in facts.entities:
        names.add(e.name)
        names.update(e.aliases)
        joins.update((name_key(e.name), name_key(a)) for a in e.aliases)
    for s in facts.statements:
        names.update(n for n in (s.subject, s.object, s.event) if n)
        if s.predicate in ("join", "serve", "lead", "loyal") and s.subject and s.object:
            joined.add(name_key(s.subject))
    for m in facts.memberships:
        names.add(m.entity)
        if m.conflict:
            names.add(m.conflict)
            listed.add((name_key(m.entity), name_key(m.conflict)))
    for n in facts.side_names:
        names.update((n.conflict, n.name))
    for q in facts.quantities:
        if q.subject:
            names.add(q.subject)
    for d in facts.durations:
        if d.subject:
            names.add(d.subject)
    for r in facts.relations:
        names.update((r.subject, r.value))
    for r in facts.anchored_elsewhere:  # "three weeks after the coup" of "the coup in Corvello": its day elsewhere
        names.add(r.anchor_event)
    joins.update((name_key(short), name_key(full)) for short, full in short_names(facts))
    keys = frozenset(k for k in map(name_key, names) if k and not incomplete_name(k))
    return Summary(keys, _pairs(joins), tuple(sorted(k for k in joined if k and not incomplete_name(k))),
                   _pairs(listed))


def _pairs(pairs: set[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((a, b) for a, b in pairs if a and b and a != b
                        and not incomplete_name(a) and not incomplete_name(b)))


def _asked(summary: Summary, suffixes: list[str]) -> set[str]:
    """A named document's keys, plus the polities its one-word names may stand for.

    "the Ostrians surrendered" is a party's act when some document lists Ostria as
    a belligerent: that document decides how the statement is read.
    """
    wanted = set(summary.keys)
    for key in summary.keys:
        words = key.split()
        if len(words) == 1:
            wanted |= {name_key(f) for f in polity_forms(words[0], suffixes)}
    return wanted


class Summaries:
    """The context as `relevant` reads it, from summaries in memory by context position: who
    holds a key, and what a document declares."""

    def __init__(self, summaries: dict[int, Summary]):
        self._summaries = summaries
        self._holders: dict[str, list[int]] = defaultdict(list)
        for i, summary in summaries.items():
            for key in summary.keys:
                self._holders[key].append(i)

    def holders(self, keys: set[str]) -> set[int]:
        return {i for key in keys for i in self._holders.get(key, ())}

    def summaries(self, indexes: set[int]) -> dict[int, Summary]:
        return {i: self._summaries[i] for i in indexes}


class IndexedSummaries:
    """The context as the facts-by-key index (cache.FactsByKey) files it, for the documents it
    covers (`docs`: index document id -> their positions in the context), plus the summaries of
    those it does not (`others`): the whole context's summaries are never loaded.
    The index raises ValueError when damaged."""

    def __init__(self, index, docs: dict[int, list[int]], others: dict[int, Summary]):
        self._index, self._docs = index, docs
        self._others = Summaries(others)
        self._doc_of = {i: doc for doc, positions in docs.items() for i in positions}

    def holders(self, keys: set[str]) -> set[int]:
        found = self._others.holders(keys)
        if self._docs:
            for docs in self._index.holders(keys).values():
                found.update(i for doc in docs for i in self._docs.get(doc, ()))
        return found

    def summaries(self, indexes: set[int]) -> dict[int, Summary]:
        out = self._others.summaries({i for i in indexes if i not in self._doc_of})
        covered = {self._doc_of[i] for i in indexes if i in self._doc_of}
        if covered:
            declared = self._index.relevance(covered)
            for i in indexes:
                if i in self._doc_of:
                    out[i] = Summary(frozenset(), *declared[self._doc_of[i]])
        return out


def relevant(named: list[Summary], context: list[Summary] | Summaries | IndexedSummaries,
             config_groups: list[list[str]] = ()) -> tuple[list[int], set[str]]:
    """Indexes of the context documents whose facts can meet a named document's, in order,
    and the keys those facts must be about (see `narrow`).

    The named documents' keys, closed over joins, are what a reported finding can be
    about. When a named document says that X joined a side, the conflicts X is listed
    in are wanted too: their dates and sides say whether that was the other side.
    Not followed: the members of an alliance X joined, in documents that mention
    neither X nor the conflict (a pre-commit run may then miss a side found only by
    their votes; the full run sees it).

    The closure is computed a round at a time (the keys found in one round, then every
    document holding them), so that an index is asked once per round, not once per key.
    """
    if isinstance(context, list):
        context = Summaries(dict(enumerate(context)))
    suffixes = derived_suffixes()
    partners: dict[str, set[str]] = defaultdict(set)  # joins seen so far, both ways
    conflicts: dict[str, set[str]] = defaultdict(set)  # entity -> conflicts it is listed in
    joiners = {k for summary in named for k in summary.joined}

    def learn(summary: Summary) -> None:
        for a, b in summary.joins:
            partners[a].add(b)
            partners[b].add(a)
        for a, b in summary.listed:
            conflicts[a].add(b)

    for group in config_groups:
        keys = [k for k in map(name_key, group) if k]
        learn(Summary(frozenset(), tuple(zip(keys, keys[1:]))))
    wanted: set[str] = set()
    chosen: set[int] = set()
    todo: set[str] = set()
    for summary in named:
        learn(summary)
        todo |= _asked(summary, suffixes)
    while todo - wanted:
        new = todo - wanted
        wanted |= new
        todo = set()
        for key in new:
            todo |= partners.get(key, set())
            if key in joiners:
                todo |= conflicts.get(key, set())
        found = context.holders(new) - chosen
        chosen |= found
        for summary in context.summaries(found).values():
            learn(summary)
            for a, b in summary.joins:
                if a in wanted:
                    todo.add(b)
                if b in wanted:
                    todo.add(a)
            todo.update(w for j, w in summary.listed if j in joiners and j in wanted)
    return sorted(chosen), wanted


# The facts other documents can meet, by the list they are kept in, and the names each is filed under.
_MEETING_KINDS = {
    "entities": lambda e: (e.name, *e.aliases),
    "statements": lambda s: (s.subject, s.object, s.event),
    "memberships": lambda m: (m.entity, m.conflict),
    "side_names": lambda n: (n.conflict, n.name),
    "quantities": lambda q: (q.subject,),
    "durations": lambda d: (d.subject,),
    "relations": lambda r: (r.subject,),
    "events": lambda e: e.names,
    "counts": lambda c: c.names,
    "anchored_elsewhere": lambda r: (r.anchor_event,),
}


def meeting_facts(facts: DocumentFacts) -> DocumentFacts:
    """What of a context document can meet a named one: not its dates, name mentions or relative
    dates, which only checks confined to one document read (its errors say if it may be cached)."""
    return replace(facts, dates=[], names=[], relative_dates=[], inverted_ranges=[])


def narrow(facts: DocumentFacts, wanted: set[str]) -> DocumentFacts:
    """A context document's facts about the wanted keys only.

    Its other facts can only meet each other, in findings no named file is part
    of; its dates, name mentions and relative dates feed checks confined to one
    document, which report nothing for a context document.
    """
    return replace(_bare(facts), **{kind: [f for f in getattr(facts, kind)
                                           if any(n and name_key(n) in wanted for n in names_of(f))]
                                    for kind, names_of in _MEETING_KINDS.items()})


def _bare(facts: DocumentFacts) -> DocumentFacts:
    """The document without any of its facts: path, format, title, line count."""
    return replace(facts, **{kind: [] for kind in _MEETING_KINDS}, dates=[], names=[], relative_dates=[],
                   inverted_ranges=[], errors=[], suppressions=[])


class Part(NamedTuple):
    keys: frozenset[str]  # the keys every fact of the part is filed under
    facts: dict[str, list[tuple[int, object]]]  # kind -> (position in the document's list, fact)


def split(facts: DocumentFacts) -> tuple[DocumentFacts, list[Part]]:
    """A document without its facts (title, format: what `narrow` always keeps), and its
    meeting facts grouped by the keys they are filed under.

    Why: a pre-commit run wants, of each context document, the facts about a few
    keys. Filed by key (cache.FactsByKey), those are loaded without the rest (see `join_parts`).
    """
    groups: dict[frozenset[str], dict[str, list[tuple[int, object]]]] = {}
    for kind, names_of in _MEETING_KINDS.items():
        for i, fact in enumerate(getattr(facts, kind)):
            keys = frozenset(k for k in (name_key(n) for n in names_of(fact) if n) if k)
            if keys:
                groups.setdefault(keys, {}).setdefault(kind, []).append((i, fact))
    return _bare(facts), [Part(keys, by_kind) for keys, by_kind in groups.items()]


def join_parts(bare: DocumentFacts, parts: list[Part]) -> DocumentFacts:
    """One document's facts from some of its parts, in document order, each once (a fact filed
    under two keys may come with both): what `narrow` gives for the wanted keys when `parts`
    are those whose keys meet them. `bare` (a document without facts, made for this) is filled in place:
    a pre-commit run joins thousands of documents, and a copy of each costs more than the join."""
    return join_kinds(bare, [part.facts for part in parts])


def join_kinds(bare: DocumentFacts, parts: list[dict[str, list[tuple[int, object]]]]) -> DocumentFacts:
    """`join_parts` given the parts' facts by kind alone (what it reads of them)."""
    by_kind: dict[str, list] = {}
    for facts in parts:
        for kind, found in facts.items():
            by_kind.setdefault(kind, []).append(found)
    for kind, lists in by_kind.items():
        if len(lists) == 1:  # one part has this kind: already in order, nothing twice
            setattr(bare, kind, [fact for _, fact in lists[0]])
        else:
            found = {position: fact for found in lists for position, fact in found}
            setattr(bare, kind, [found[position] for position in sorted(found)])
    return bare
