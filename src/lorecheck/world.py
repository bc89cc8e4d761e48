"""The World: the facts of every document, with entity names resolved.

Names meet by normalised spelling, by declared aliases (documents' alias
fields, acronyms tied to their expansion, configuration), and by link target.
Checks query the World through indexes by entity and predicate, never by
comparing all pairs of facts.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from collections.abc import Iterable

from .extract.entities import name_key as _entity_key
from .model import FIELD_ORIGINS, DocumentFacts, Membership, Origin, SideName, Statement

@lru_cache(maxsize=1 << 18)
def name_key(name: str) -> str:
    """Spelling-insensitive key (case, diacritics, article, state form): the prose reader's rule."""
    return _entity_key(name)


# "the First East Prussian Offensive" is not the (second) East Prussian Offensive the page is about
_ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                            "tenth", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"})


_NUMBERS = {w: n for n, ws in enumerate((("first", "1st", "i", "1"), ("second", "2nd", "ii", "2"),
                                           ("third", "3rd", "iii", "3"), ("fourth", "4th", "iv", "4"),
                                           ("fifth", "5th", "v", "5"), ("sixth", "6th", "vi", "6"),
                                           ("seventh", "7th", "vii", "7"), ("eighth", "8th", "viii", "8"),
                                           ("ninth", "9th", "ix", "9"), ("tenth", "10th", "x", "10")), 1) for w in ws}


def _numbered_series(aliases) -> dict[str, int]:
    """The aliases that number the parts of a series, with their numbers: "First Mockel cabinet" and "Second Mockel
    cabinet" (or "Mockel I" and "Mockel II") on the page of the Mockel cabinets name one cabinet each, not the page's
    subject under another name, so joining them to it would make the two cabinets one. Two aliases that differ only
    by an ordinal or numeral in the same place are both such parts; the parts of one number ("Second Mockel
    cabinet", "Mockel II") name the same one."""
    shapes: dict[tuple, set[str]] = {}
    numbers: dict[str, int] = {}
    for alias in aliases:
        words = alias.casefold().replace(",", " ").split()
        for i, w in enumerate(words):
            if w in _NUMBERS:
                shapes.setdefault((*words[:i], "\0", *words[i + 1:]), set()).add(alias)
                numbers.setdefault(alias, _NUMBERS[w])
    parts = {a for named in shapes.values() if len(named) > 1 for a in named}
    return {a: numbers[a] for a in parts}


_PART_OF_DOUBLE = frozenset({"\0double"})  # marks a by-last-word entry filed under one part of a double surname
_HEAD_ONLY = frozenset({"\0head"})  # marks a by-last-word entry that holds only a name's head


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # keep the lexically smaller root so that results do not depend on order
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def short_names(doc: DocumentFacts) -> Iterable[tuple[str, str]]:
    """"Merriott", "Ostwin Edwald Merriott" -> "Ostwin Merriott" within one document.

    A name whose words are a part (or a superset) of one full name of the
    same document, sharing its last word, denotes that entity; when several
    full names fit, the page's own subject wins, else the name stays apart.
    Names are joined for the whole world, so the caller keeps only short
    names that stand for one full name wherever they are resolved.
    """
    full = _full_names(doc)
    people = _people_named_in_full(doc) - full
    if not full and not people:
        return ()
    by_last = _by_last_word(full)
    by_last_people = _by_last_word(people) if people else {}
    topic = name_key(doc.title or "")
    found = []
    for s in doc.statements:
        words = name_key(s.subject).split() if s.subject else []
        if not words or s.subject in full:
            continue
        fits = _fits(words, by_last)
        several = len(fits) > 1
        if several:
            fits = [n for n in fits if name_key(n) == topic]
        if not fits and not several and by_last_people and _lone_surname(words) and s.subject not in people:
            # (not when several full names of the page fit it: "Lemarre" on a page naming four Lemarres in full)
            fits = _one_person(_fits(words, by_last_people))
        if len(fits) == 1 and "-" in fits[0].split()[-1] and "-" not in words[-1] \
                and _generation_apart(doc, s.subject, fits[0]):
            continue  # "Anna Korr, born 1901, grandmother and namesake of Anna Korr-Basset" (born 1942): two people
        if len(fits) == 1:
            found.append((s.subject, fits[0]))
    return found


def _generation_apart(doc: DocumentFacts, one: str, other: str) -> bool:
    """Does the page give these two names births (or deaths) a generation apart (namesakes.py's twenty years)?"""
    years: dict[tuple[str, str], set[int]] = defaultdict(set)
    for s in doc.statements:
        if s.predicate in ("birth", "death") and s.date is not None and s.subject in (one, other):
            year = getattr(s.date, "year", None) or getattr(getattr(s.date, "start", None), "year", None)
            if year is not None:
                years[(s.subject, s.predicate)].add(year)
    return any(abs(a - b) >= 20 for p in ("birth", "death")
               for a in years[(one, p)] for b in years[(other, p)])


def _people_named_in_full(doc: DocumentFacts) -> set[str]:
    """People the page names in full only as the subject of a field ("signatories = Otmar Reinholt<br>...") or
    of a sentence ("The relieving general Hamo Greave brought 3,000 men"): a lone surname of the page ("Reinholt
    died in office on D", "Greave fell at Mill Harrow") may stand for one of them, told before or after it."""
    from .checks import person_like
    out = set()
    for s in doc.statements:
        name = s.subject
        if not name or s.origin not in FIELD_ORIGINS and s.origin is not Origin.PROSE:
            continue
        if _named_in_full(name.split()) and person_like(name):
            out.add(name)
    return out


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """Lower-case words inside a person's name ("Henri-Ange de Sauvelle", "Jan van der Molt"): prose.yaml
    name_connectors, less those that join a body's name ("of", "the", "and")."""
    from . import vocabulary
    return frozenset(str(w).casefold() for w in vocabulary.load("prose").get("name_connectors") or ()) \
        - {"of", "the", "and"}


def _named_in_full(words: list[str]) -> bool:
    """Two or three capitalised words ("Hamo Greave", "Henri-Ange Sauvelle"), with a person's particles between
    them ("Henri-Ange de Sauvelle", "Jan van der Molt"); not a surname with its particle alone ("De Sauvelle" at
    a sentence's start)."""
    particles = _particles()
    named = [w for w in words if w not in particles]
    if not 2 <= len(named) <= 3 or words[0] in particles or words[0].casefold() in particles:
        return False
    if len(words) - len(named) > 2:
        return False
    return all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.startswith("-") and not w.endswith("-")
               for w in named)


def _lone_surname(words: list[str]) -> bool:
    """A surname alone, or with its particles ("sauvelle", "de sauvelle", "van der molt"; keyed words)."""
    particles = _particles()
    return len(words) == 1 or len(words) <= 3 and all(w in particles for w in words[:-1])


def _one_person(fits: list[str]) -> list[str]:
    """One person among names that fit a lone surname: the fits are one name written longer or shorter
    ("Anselm Dorrit", "Harl Chancellor Anselm Dorrit"), else none ("Anselm Dorrit" beside "Piet Dorrit")."""
    if len(fits) <= 1:
        return fits
    fits = sorted(fits, key=lambda n: len(n.split()))
    shortest = set(name_key(fits[0]).split())
    return fits[:1] if all(shortest <= set(name_key(n).split()) for n in fits[1:]) else []


def may_have_short_names(doc: DocumentFacts) -> bool:
    """Whether `short_names` can find anything in this document or in any part of its facts
    (relevance.narrow: the title kept, any subset of the rest).

    Why: a pre-commit run builds its World of thousands of narrowed context documents, and
    most documents have no statement whose subject fits another full name of theirs; the
    facts-by-key index keeps this answer per document, so World skips them (see `World.shortless`).
    Exact: a pair found in a part is a statement of the document fitting one of its full
    names other than the subject itself (the subject is skipped when it is a full name).
    """
    full = _full_names(doc) | _people_named_in_full(doc)
    if not full:
        return False
    by_last = _by_last_word(full)
    for s in doc.statements:
        words = name_key(s.subject).split() if s.subject else []
        if words and any(n != s.subject for n in _fits(words, by_last)):
            return True
    return False




def _full_names(doc: DocumentFacts) -> set[str]:
    full = {e.name for e in doc.entities if len(e.name.split()) >= 2}
    full |= {m.entity for m in doc.memberships if len(m.entity.split()) >= 2}
    if doc.title and len(doc.title.split()) >= 2:
        full.add(doc.title)
    return full


def _by_last_word(full: set[str]) -> dict[str, list[tuple[str, frozenset]]]:
    """Full names by last word; a name built as "<head> of <rest>" ("Compact of the Iron Bell")
    is also filed under its head's last word, with the head's words only: its short form is
    "the Compact", never "the Bell"."""
    by_last: dict[str, list[tuple[str, frozenset]]] = defaultdict(list)
    forms = _legal_forms()
    for name in full:
        words = name_key(name).split()
        by_last[words[-1]].append((name, frozenset(words)))
        if words[-1] in forms and len(words) > 2:
            # "Halden & Roake plc": "Halden & Roake" (or "Halden Roake") is the firm without its legal form
            by_last[words[-2]].append((name, frozenset(words)))
        if "of" in words[1:]:
            head = words[:words.index("of", 1)]
            by_last[head[-1]].append((name, frozenset(head) | _HEAD_ONLY))
        if 2 <= len(words) <= 3 and words[-1].count("-") == 1 and all(p.isalpha() for p in words[-1].split("-")):
            # "Mireille Lemarre-Tassin" written "Mireille Lemarre" (her own name before the married one joined it):
            # a double surname's part with a given name, never the part alone (the family's other "Lemarre"s)
            for part in words[-1].split("-"):
                by_last[part].append((name, frozenset((*words[:-1], part)) | _PART_OF_DOUBLE))
    return by_last


@lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    """The last words of a firm's name that say its legal form ("plc", "Ltd"): prose.yaml title_kind_suffixes."""
    from . import vocabulary
    return frozenset(str(k).casefold() for k in vocabulary.load("prose").get("title_kind_suffixes") or {})


def _fits(words: list[str], by_last: dict[str, list[tuple[str, frozenset]]]) -> list[str]:
    """The full names a subject of these words may be short (or long) for: same last word, one's words
    within the other's, and no ordinal apart ("the First East Prussian Offensive" is another one)."""
    mine = set(words) - {"&"}
    out: list[str] = []
    for n, ws in by_last.get(words[-1], ()):
        if _HEAD_ONLY <= ws:  # a head of "<head> of <rest>": the subject is (part of) the head itself
            ok = mine <= ws - _HEAD_ONLY
        elif _PART_OF_DOUBLE <= ws:
            ok = len(mine) >= 2 and mine <= ws - _PART_OF_DOUBLE
        else:
            ok = (mine <= ws or ws <= mine) and not (ws ^ mine) & _ORDINAL_WORDS
            if ok and not mine <= ws and _of_the_place(words, ws):
                continue  # "Ulrich of Kaldmar" is the duke of the "Duchy of Kaldmar" (keyed "kaldmar"), not it
        if ok and mine == _place_words(n):
            continue  # "Karvenia" is the country, never the "Communist Party of Karvenia"
        if ok and n not in out:
            out.append(n)
    return out


def _of_the_place(words: list[str], place: frozenset) -> bool:
    """"Ulrich of Kaldmar", "Anselm of Orvell": a one-word head before "of" (no group noun: "Army of Orvell"
    may be the land's forces) and all of a full name's words after it name someone of that place, not the
    place, though the place's name ("Duchy of Kaldmar") is keyed by the place alone."""
    if "of" not in words[1:2]:
        return False
    from .extract.entities import group_nouns
    return words[0] not in group_nouns() and place <= frozenset(words[2:])


def _place_words(name: str) -> frozenset[str]:
    """The words after the "of" of a name "<head> of <place>": they name the place, not what the head
    names ("Battle of Ashen Ford", "Communist Party of Karvenia"), so a short name of exactly them is not
    the name's (empty for other names). Part of them may still be ("Envelope Workers" for the Amalgamated
    Society of Hangar and Envelope Workers), and so may what follows "of the" ("Silver Thorn")."""
    words = name_key(name).split()
    return frozenset(words[words.index("of", 1) + 1:]) if "of" in words[1:] else frozenset()


_REGNAL = re.compile(r"[IVX]{1,5}")
_TITLE_ACRONYM = re.compile(r"(?P<bare>.*\S)\s*\((?P<short>[A-Z][A-Za-z&]{1,9})\)")


def _titled_acronym(title: str | None) -> str | None:
    """The title without its trailing acronym, when the acronym is the initials of its capitalised words
    ("Guild of Osier Cutters (GOC)" -> "Guild of Osier Cutters"); None otherwise."""
    m = _TITLE_ACRONYM.fullmatch(title) if title and title.endswith(")") else None
    if m is None:
        return None
    initials = "".join(w[0] for w in m.group("bare").replace("-", " ").split() if w[:1].isupper())
    return m.group("bare") if initials.casefold() == m.group("short").casefold() else None


class DocumentView:
    """What a per-document check sees (checks.per_document): one document, all of its findings wanted."""

    focus = None

    def __init__(self, doc: DocumentFacts):
        self.docs = [doc]


@dataclass
class World:
    """All documents' facts, with indexes the checks need."""

    docs: list[DocumentFacts]
    aliases: dict[str, list[str]] = field(default_factory=dict)  # configuration: entity -> other names
    sides: list[list[str]] = field(default_factory=list)  # configuration: names of one side, per side
    # paths of the documents whose findings are reported (None: all); the others are context, so
    # checks confined to one document may skip them (a pre-commit run against a large world)
    focus: set[str] | None = None
    # id() of documents known to have no short names (world.may_have_short_names was False for
    # the whole document they were narrowed from): short_names is not run on them
    shortless: set[int] = field(default_factory=set)

    def __post_init__(self):
        self.derived: dict = {}  # tables checks derive from the whole World, made once (checks.Parties.of)
        self._uf = _UnionFind()
        self._keys: dict[str, str] = {}
        self._frozen = False  # names still being joined: no memo yet
        self._display: dict[str, str] = {}
        from .checks import incomplete_name

        for doc in self.docs:
            named: dict[str, list[str]] = {}  # the page's names of one subject (one Entity per alias field)
            for ent in doc.entities:
                named.setdefault(ent.name, []).extend(ent.aliases)
            series = {n: _numbered_series(a) for n, a in named.items() if len(a) > 1}
            for parts in series.values():
                by_number: dict[int, list[str]] = {}
                for alias, number in parts.items():
                    by_number.setdefault(number, []).append(alias)
                for one in by_number.values():
                    for other in one[1:]:
                        self.same(one[0], other)
            for ent in doc.entities:
                for alias in ent.aliases:
                    # "War" as another name of the Duwaildraim War would join every war of the world
                    if not incomplete_name(alias) and alias not in series.get(ent.name, ()):
                        self.same(ent.name, alias)
                self.display(ent.name)
        for doc in self.docs:
            bare = _titled_acronym(doc.title)
            if bare:  # "Guild of Osier Cutters (GOC)": the page's fields name its subject so
                self.same(doc.title, bare)
        for name, others in self.aliases.items():
            for other in others:
                self.same(name, other)
        for group in self.sides:
            for other in group[1:]:
                self.same(group[0], other)
        shorts: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)  # short key -> full key -> names
        shortless = self.shortless
        for doc in self.docs:
            if id(doc) in shortless:
                continue
            for short, full in short_names(doc):
                shorts[name_key(short)].setdefault(name_key(full), (full, short))
        for fulls in shorts.values():
            if len(fulls) == 1:  # "France" for Vichy France on one page, Free France on another: neither
                self.same(*next(iter(fulls.values())))
        self._join_territorial_names()
        self._join_titled_names()
        self._join_married_names()
        self._join_lone_surnames()
        from .namesakes import split

        self.docs, shown = split(self.docs, self.key)  # one name, two people: each fact to one of them or neither
        for name, as_written in shown.items():
            self._display.setdefault(name_key(name), as_written)
        self._frozen = True
        self.statements: list[Statement] = [s for d in self.docs for s in d.statements]
        self.by_subject_predicate: dict[tuple[str, str], list[Statement]] = defaultdict(list)
        self.by_predicate: dict[str, list[Statement]] = defaultdict(list)
        self.by_subject: dict[str, list[Statement]] = defaultdict(list)
        for s in self.statements:
            key = self.key(s.subject)
            self.by_subject_predicate[(key, s.predicate)].append(s)
            self.by_predicate[s.predicate].append(s)
            self.by_subject[key].append(s)
        self.memberships: list[Membership] = [m for d in self.docs for m in d.memberships]
        self.side_names: list[SideName] = [s for d in self.docs for s in d.side_names]
        for name in [s.subject for s in self.statements] + [m.entity for m in self.memberships] + \
                [n.name for n in self.side_names]:
            self.display(name)
        self.memberships_of: dict[str, list[Membership]] = defaultdict(list)
        for m in self.memberships:
            self.memberships_of[self.key(m.entity)].append(m)
        self._side_labels: dict[str, dict[str, str]] = defaultdict(dict)
        for n in self.side_names:
            self._side_labels[self.key(n.conflict)][n.side] = self.key(n.name)
        self.joined: dict[str, list[Statement]] = defaultdict(list)  # object key -> join statements
        for s in self.by_predicate.get("join", ()):
            if s.object:
                self.joined[self.key(s.object)].append(s)

    # ------------------------------------------------------------- names

    def _join_territorial_names(self) -> None:
        """"King Orsolan of Dremmet" on one page, "Orsolan died on D" on another: a person's name with
        its "of <land>" (or its regnal number, "Guimar II") is the name alone, across the world, when the world
        gives the name one such form only and someone of that name is born, dies, marries or reigns (people
        are; abbeys and councils are not). A name the world also gives with an epithet is more than one person's."""
        from .checks import LIFE_EVENTS, incomplete_name
        from .vocabulary import word_set

        lands: dict[str, set[str]] = defaultdict(set)  # the name alone -> its full "<name> of <land>" forms
        alive: set[str] = set()
        epithets = word_set("prose", "epithets")
        told_apart: set[str] = set()  # names the world also gives with an epithet ("Taddeo the Elder"): shared
        for doc in self.docs:
            for s in doc.statements:
                subject = s.subject
                if not subject:
                    continue
                if s.predicate in LIFE_EVENTS or s.predicate in ("crown", "reign_start", "reign_end"):
                    alive.add(name_key(subject))
                if " of " in subject:
                    head, _, land = subject.partition(" of ")
                    if head and land[:1].isupper() and len(head.split()) == 1 and head[:1].isupper():
                        lands[name_key(head)].add(subject)
                words = subject.split()
                if len(words) >= 3 and words[-2] == "the" and words[-1].lower() in epithets:
                    told_apart.add(name_key(words[0]))
                if len(words) == 2 and words[0][:1].isupper() and _REGNAL.fullmatch(words[1]):
                    lands[name_key(words[0])].add(subject)  # "Guimar II" for "Guimar" likewise
        for head, fulls in lands.items():
            if len(fulls) != 1 or head in told_apart:
                continue  # "Taddeo III" beside "Taddeo the Younger": the bare "Taddeo" is either
            full = next(iter(fulls))
            bare = full.partition(" of ")[0] if " of " in full else full.split()[0]
            if (head in alive or name_key(full) in alive) and not incomplete_name(bare):
                self.same(full, bare)

    def _join_titled_names(self) -> None:
        """"Dr Edward Grice" in a table of masters, "Edward Grice" in the prose: a name written after a title
        (prose.yaml titles and name_honorifics) is the name alone when the world also writes that name, of two or
        more capitalised words, bare. A one-word rest ("Lord Maclaver") is left to the short-name joins."""
        from .vocabulary import load

        prose = load("prose")
        titles: dict[str, list[tuple[str, ...]]] = defaultdict(list)  # first word -> titles, longest first
        for x in sorted({tuple(str(x).casefold().replace(".", "").split()) for x in
                         [*(prose.get("titles") or ()), *(prose.get("name_honorifics") or ())]}, key=lambda x: -len(x)):
            if x:
                titles[x[0]].append(x)
        not_joined = {str(w).casefold() for w in prose.get("epithets") or ()} | \
            {str(w).casefold().replace(".", "") for w in prose.get("spouse_styles") or ()}
        names = {s.subject for d in self.docs for s in d.statements if s.subject} | \
            {e.name for d in self.docs for e in d.entities}
        bare = {name_key(n) for n in names}
        lives: dict[tuple[str, str], list] = defaultdict(list)  # (name key, birth|death) -> the dates' intervals
        for d in self.docs:
            for s in d.statements:
                if s.predicate in ("birth", "death") and s.date is not None and s.subject:
                    lives[(name_key(s.subject), s.predicate)].append(s.date.interval())

        def disagree(a: list, b: list) -> bool:
            return bool(a and b) and not any(alo <= bhi and blo <= ahi for alo, ahi in a for blo, bhi in b)
        titled: list[tuple[str, str]] = []  # (name, the name without its title)
        for name in sorted(names):
            words = name.split()
            if len(words) < 3 or not words[0][:1].isupper() or any(c.isdigit() for c in name):
                continue
            folded = [w.casefold().replace(".", "") for w in words]
            if folded[0] in not_joined:
                continue  # "Elder Tobias Quarrie" is not the younger; "Mrs Tobias Quarrie" may be his wife
            for title in titles.get(folded[0], ()):
                if tuple(folded[:len(title)]) != title:
                    continue
                rest = " ".join(words[len(title):])
                if len(words) - len(title) >= 2 and all(w[:1].isupper() for w in words[len(title):]):
                    titled.append((name, rest))
                break
        # a name the world writes bare, or after two titles ("Lt. Col. Hugo Varga" in a field, "Lieutenant-Colonel
        # Hugo Varga" in the prose): one person
        rests = Counter(name_key(rest) for name, rest in titled)
        for name, rest in titled:
            if (name_key(rest) in bare or rests[name_key(rest)] >= 2) and not any(
                    disagree(lives[(name_key(name), p)], lives[(name_key(rest), p)]) for p in ("birth", "death")):
                self.same(name, rest)  # not when their lives disagree: "Sir Tobias" the father, "Tobias" the son

    def _join_married_names(self) -> None:
        """"spouse = Clara Imboden" in Emil Tarrasch's infobox, "Clara Tarrasch died in 1929" in his text: a
        spouse named by her own surname is the spouse named by the page person's surname on the same page, when
        that page writes the married name and no one else of the world is the spouse of someone of that surname
        with that first name, and their lives (births, deaths) do not disagree."""
        married: dict[str, set[str]] = defaultdict(set)  # married-name key -> spouse keys
        for d in self.docs:
            relations = getattr(d, "relations", None) or ()
            if not relations:
                continue
            named = {name_key(s.subject) for s in d.statements if s.subject}
            for r in relations:
                if r.relation != "spouse" or not r.subject or not r.value:
                    continue
                mine, theirs = r.subject.split(), r.value.split()
                if len(mine) < 2 or len(theirs) != 2 or not all(w[:1].isupper() and w.isalpha() for w in theirs) \
                        or not mine[-1].isalpha() or theirs[1] == mine[-1]:
                    continue
                wed = name_key(f"{theirs[0]} {mine[-1]}")
                if wed in named and wed != name_key(r.subject):
                    married[wed].add(name_key(r.value))
        if not married:
            return
        lives: dict[tuple[str, str], list] = defaultdict(list)
        for d in self.docs:
            for s in d.statements:
                if s.predicate in ("birth", "death") and s.date is not None and s.subject:
                    lives[(name_key(s.subject), s.predicate)].append(s.date.interval())
        for wed, spouses in married.items():
            if len(spouses) != 1:
                continue
            spouse = next(iter(spouses))
            if any(lives[(wed, p)] and lives[(spouse, p)] for p in ("birth", "death")):
                continue  # both told born (or dead): two people, or a slip the date rules report each way
            self._uf.union(wed, spouse)

    def _join_lone_surnames(self) -> None:
        """"Otmar Reinvald" born and dead on his own page, "Prime Minister Reinvald opened the bridge on D" on a page
        that never names him in full: a lone capitalised word is the one person the world names in full with it as
        last word (two or three capitalised words), when that person's life is told (born or died). Not when the
        world names two people so (father and son, brothers: "Anselm Dorrit" and "Piet Dorrit"), tells one apart
        ("Reinvald the younger", "Reinvald II"), or has the word as a name of its own (a page, a place)."""
        from .checks import incomplete_name, person_like
        from .vocabulary import word_set

        epithets = word_set("prose", "epithets")
        lone: set[str] = set()
        fulls: dict[str, set[str]] = defaultdict(set)  # last word's key -> full names
        alive: set[str] = set()
        apart: set[str] = set()  # words the world tells apart ("Reinvald the younger", "Reinvald II")
        own: set[str] = set()  # one-word names of their own, and words of other names ("Vell Bridge", "Duke of Vell")
        for d in self.docs:
            names = [e.name for e in d.entities] + [d.title or ""]
            for m in d.names:
                words = m.name.split()
                own.update(name_key(w) for w in words[:-1] if w[:1].isupper())
                if " of " in m.name:
                    own.update(name_key(w) for w in m.name.partition(" of ")[2].split())
            for n in names:
                if n and len(n.split()) == 1:
                    own.add(name_key(n))
            for s in d.statements:
                if s.subject:
                    names.append(s.subject)
                    if s.predicate in ("birth", "death") and s.date is not None:
                        alive.add(name_key(s.subject))
            for n in names:
                words = n.split()
                if not words:
                    continue
                if len(words) == 1:
                    if n[:1].isupper() and n.isalpha():
                        lone.add(name_key(n))
                    continue
                own.update(name_key(w) for w in words[:-1] if w[:1].isupper())
                if " of " in n:
                    own.update(name_key(w) for w in n.partition(" of ")[2].split())
                if len(words) >= 3 and words[-2] == "the" and words[-1].casefold() in epithets:
                    apart.add(name_key(words[-3]))
                if _REGNAL.fullmatch(words[-1]):
                    apart.add(name_key(words[-2]))
                if all(w[:1].isupper() and w.isalpha() for w in words):
                    fulls[name_key(words[-1])].add(n)
        for word in lone - own - apart:
            found = _one_person(sorted(fulls.get(word, ())))
            if len(found) != 1 or name_key(found[0]) not in alive or len(found[0].split()) > 3 or \
                    not person_like(found[0]) or incomplete_name(word):
                continue
            full = name_key(found[0])
            self._uf.union(word, full)
            shown = self._display.setdefault(full, found[0])
            if self._uf.find(full) == word:
                self._display[word] = shown  # the person is shown by the full name ("Heinz Guderian"), not the surname

    def same(self, a: str, b: str) -> None:
        """Declare two names to denote one entity."""
        ka, kb = name_key(a), name_key(b)
        if ka and kb:
            self._uf.union(ka, kb)
            self._display.setdefault(ka, a)
            self._display.setdefault(kb, b)

    def display(self, name: str) -> None:
        self._display.setdefault(name_key(name), name)

    def key(self, name: str | None) -> str:
        """The entity a name denotes (its canonical key); memoised once the World is built."""
        if not name:
            return ""
        memo = self._keys
        hit = memo.get(name)
        if hit is None:
            hit = self._uf.find(name_key(name))
            if self._frozen:
                memo[name] = hit
        return hit

    def name(self, key: str) -> str:
        """A readable name for an entity key."""
        return self._display.get(key, key)

    # ----------------------------------------------------------- queries

    def about(self, subject: str, predicates: Iterable[str]) -> list[Statement]:
        key = self.key(subject)
        out: list[Statement] = []
        for p in predicates:
            out.extend(self.by_subject_predicate.get((key, p), ()))
        return out

    def side_labels(self, conflict: str) -> dict[str, str]:
        """Side number -> entity key of the side's name, for one conflict."""
        return self._side_labels.get(self.key(conflict), {})
