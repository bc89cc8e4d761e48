"""Disjoint sides: no entity fights on two opposing sides in overlapping periods.

Two sources of membership: the infobox's side lists (with participation
periods such as "(1940–43)"), and prose statements that an entity joined a
side or an alliance. Periods that only share their boundary year or day
("(1845–47)" and "(1847–48)", "(20–23 August)" and "(23–29 August)") are a
dated switch, not a conflict; an undated listing against a dated switch is
only a warning.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import replace
from itertools import chain
import re

from .. import vocabulary
from ..model import DateRange, DateValue, Membership, Related, Severity, overlaps
from ..extract.side_phrases import ANOTHER_TIME
from . import STRUCTURED, derived_suffixes, diagnostic, kind, polity_forms


def _years(period: DateRange | None) -> tuple[float, float]:
    if period is None:
        return float("-inf"), float("inf")
    lo = period.start.astronomical_year if period.start else float("-inf")
    hi = period.end.astronomical_year if period.end else float("inf")
    return lo, hi


def periods_clash(a: DateRange | None, b: DateRange | None) -> bool:
    """Overlap by more than a shared boundary (a switch inside the boundary year is fine)."""
    if a is None or b is None:
        return True
    if not overlaps(a, b):
        return False
    if a.start != b.start and a.end != b.end and ((None not in (a.end, b.start) and a.end == b.start) or
                                                  (None not in (b.end, a.start) and b.end == a.start)):
        return False  # "(20–23 August)" and "(23–29 August)", "(until D)" and "(from D)": switched on the day
    if _switched_within(a, b) or _switched_within(b, a):
        return False
    alo, ahi = _years(a)
    blo, bhi = _years(b)
    year_precision = all(v is None or v.precision == "year" for v in (a.start, a.end, b.start, b.end))
    if year_precision and (ahi == blo or bhi == alo) and not (alo == blo or ahi == bhi):
        return False
    return True


def _switched_within(a: DateRange, b: DateRange) -> bool:
    """`a` ends and `b` begins in the same year or month, written at different precisions ("(1662–1664)" and
    "(from June 1664)", "(until March 1650)" and "(from 1650)"): they share only the unit of the switch, `a`
    beginning before it and `b` going on after it."""
    if a.end is None or b.start is None or a.end.precision == b.start.precision:
        return False
    if not overlaps(a.end, b.start):
        return False
    elo, ehi = a.end.interval()
    slo, shi = b.start.interval()
    began_before = a.start is None or a.start.interval()[1] < min(elo, slo)
    goes_on = b.end is None or b.end.interval()[0] > max(ehi, shi)
    return began_before and goes_on


def _label(m: Membership) -> str:
    return m.role if m.role in ("commander", "party", "unit") else "belligerent"


@kind("disjoint-sides")
def check_disjoint_sides(world, rule):
    memberships, numbers = _numbered_sides(world)
    yield from _listed_twice(world, rule, memberships)
    told: set = set()
    for d in _joined_other_side(world, rule, memberships, numbers):
        told.add((d.span.path, d.span.line))
        yield d
    yield from _loyal_throughout(world, rule, told, memberships)
    yield from _allegiance_overlap(world, rule, memberships)


def _allegiance_overlap(world, rule, memberships):
    """"allegiance = Tessarine Republic (1919–1932)<br>National Restoration Committee (1931–1936)": a subject's
    allegiance field gives it two parties in overlapping years (more than a shared boundary year: a dated
    switch), and one conflict's side lists set the two parties against each other at a time within that
    overlap. Parties the lists never set apart (a kingdom and the republic that followed it) are no conflict."""
    by_subject: dict[tuple[str, str], list] = defaultdict(list)
    for s in world.by_predicate.get("allegiance", ()):
        if s.object and isinstance(s.date, DateRange) and s.subject:
            by_subject[(s.span.path, world.key(s.subject))].append(s)
    pairs = [ss for ss in by_subject.values() if len(ss) > 1]
    if not pairs:
        return
    # conflict -> side -> the keys and forms of the parties its lists name (and the side's own name)
    sides: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in memberships:
        if m.role == "belligerent" and m.conflict:
            sides[m.conflict][m.side] |= _forms(m.entity) | {world.key(m.entity)}
    for n in world.side_names:
        sides[n.conflict][n.side] |= _forms(re.sub(r"\s*\([^()]*\)", "", n.name)) | {world.key(n.name)}
    bounds: dict = {}

    def opposed(a, b, lo: float, hi: float) -> str | None:
        ka, kb = _forms(a.object) | {world.key(a.object)}, _forms(b.object) | {world.key(b.object)}
        for conflict, by_side in sides.items():
            on_a = {side for side, names in by_side.items() if ka & names}
            on_b = {side for side, names in by_side.items() if kb & names}
            if len(on_a) != 1 or len(on_b) != 1 or on_a == on_b:
                continue
            if conflict not in bounds:
                bounds[conflict] = _conflict_bounds(world, conflict)
            clo, chi = bounds[conflict]
            if clo is None or chi is None or chi < lo or clo > hi:
                continue  # the two were set apart, but not (as far as we know) in the years both are given
            return conflict
        return None

    for ss in pairs:
        ss = sorted(ss, key=lambda s: (s.span.line, s.span.column))
        for i, a in enumerate(ss):
            for b in ss[i + 1:]:
                if world.key(a.object) == world.key(b.object) or _forms(a.object) & _forms(b.object):
                    continue
                if not periods_clash(a.date, b.date):
                    continue
                lo = max(a.date.interval()[0], b.date.interval()[0])
                hi = min(a.date.interval()[1], b.date.interval()[1])
                conflict = opposed(a, b, lo, hi)
                if conflict is None:
                    continue
                yield diagnostic(rule, b.date_span or b.span, [(a.span, f"in the allegiance of {a.object} here ({a.date})")],
                                 key=("allegiance", world.key(b.subject), world.key(a.object), world.key(b.object)),
                                 entity=b.subject, conflict=world.name(world.key(conflict)) or conflict,
                                 how=f"allegiance given as {a.object} ({a.date}) and as {b.object} "
                                     f"({b.date}), sides set against each other in {conflict}")


def _numbered_sides(world) -> tuple[list[Membership], dict[tuple[str, str], str]]:
    """The world's memberships, a side a table names by its party ("Formation | Side": "Government",
    "Restoration Committee", "Free Ports Commune") given the number of the page's side list it names: the one
    side whose name holds all its words ("Tessarine Republic (Government)", "National Restoration Committee"),
    else the one side the page lists that party on. Otherwise "Restoration Committee" and side 2 named
    "National Restoration Committee" would be two sides, and a unit listed on both one party on two sides.
    Also (conflict key, side name) -> its number, where every page that names the side agrees."""
    base = _people_sides(world)
    named = [m for m in base if m.role == "belligerent" and m.conflict and not m.side.isdigit()]
    if not named:
        return base, {}
    labels: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for n in world.side_names:
        if n.side.isdigit():
            labels[(n.span.path, world.key(n.conflict))][n.side] |= _bare_words(re.sub(r"[()]", " ", n.name))
    listed: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    parties: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in base:
        if m.role == "belligerent" and m.conflict and m.side.isdigit():
            listed[(m.span.path, world.key(m.conflict), world.key(m.entity))].add(m.side)
            parties[(m.span.path, world.key(m.conflict))][m.side].add(frozenset(_bare_words(m.entity)))
    renamed: dict[int, Membership] = {}
    numbers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in named:
        where = (m.span.path, world.key(m.conflict))
        words = _bare_words(m.side)
        sides = {side for side, label in labels.get(where, {}).items() if words and words <= label}
        if not sides:
            sides = listed.get((*where, world.key(m.side)), set())
        if not sides:  # "Crown": the side listing the "Crown of Vantry"
            sides = {side for side, names in parties.get(where, {}).items() if words and any(words <= n for n in names)}
        numbers[(world.key(m.conflict), m.side)] |= sides if len(sides) == 1 else {""}
        if len(sides) == 1:
            renamed[id(m)] = replace(m, side=next(iter(sides)))
    return [renamed.get(id(m), m) for m in base], \
        {where: next(iter(n)) for where, n in numbers.items() if len(n) == 1 and "" not in n}


def _people_sides(world) -> list[Membership]:
    """The world's memberships, each "people_side" one (extract/infobox.py: "Ostrelish allies:: [[Bishopric of Ust]]")
    given the number of the one side its page lists a party of that people on ("Kingdom of Aurenne"), as a
    belligerent; one whose people no single side of its page names is dropped."""
    if not any(m.role == "people_side" for m in world.memberships):
        return world.memberships
    suffixes = derived_suffixes()
    words: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in world.memberships:
        if m.role == "belligerent" and m.conflict and m.side.isdigit():
            words[(m.span.path, world.key(m.conflict))][m.side] |= _bare_words(m.entity)
    out = []
    for m in world.memberships:
        if m.role == "people_side":
            forms = polity_forms(m.side, suffixes)
            sides = {side for side, ws in words.get((m.span.path, world.key(m.conflict)), {}).items() if forms & ws}
            if len(sides) != 1:
                continue
            m = replace(m, side=sides.pop(), role="belligerent")
        out.append(m)
    return out


def _listed_twice(world, rule, memberships):
    by_conflict = defaultdict(list)
    for m in memberships:
        # a service table's rows ("Years | Employer | War") are compared within their page: an employer
        # named there need not be spelt as another page's side list spells it
        # (so are a war table's columns and a page's ships by side: named, or numbered, as that page alone does)
        role = m.span.path if m.role in ("employed", "side_table", "unit") else m.role == "commander"
        by_conflict[(world.key(m.conflict), role, world.key(m.entity))].append(m)
    for (conflict, _, entity), ms in by_conflict.items():
        sides = {m.side for m in ms}
        if len(sides) < 2:
            continue
        ms = sorted(ms, key=lambda m: (m.span.path, m.span.line))
        for i, a in enumerate(ms):
            clash = next((b for b in ms[i + 1:] if b.side != a.side and periods_clash(a.period, b.period)), None)
            if clash is None:
                continue
            yield diagnostic(rule, clash.span, [(a.span, f"listed on {_side_label(world, a)} here")],
                             key=("listed", conflict, entity, a.side, clash.side),
                             entity=clash.entity, conflict=clash.conflict or "the conflict",
                             how=f"in the pay of {a.side} ({a.period}) and of {clash.side} ({clash.period})"
                             if clash.role == "employed" else
                             f"listed as a {_label(clash)} on {_side_label(world, a)} and on "
                             f"{_side_label(world, clash)}")
            break


def _side_label(world, m: Membership) -> str:
    if m.role in ("employed", "side_table"):
        return m.side  # the employer a service table names, the side a war table's column names
    names = world.side_labels(m.conflict or "")
    name = names.get(m.side)
    return world.name(name) if name else f"side {m.side}"


def _resolve_side(world, conflict: str, obj: str, fights: dict) -> str | None:
    """Which side of a conflict a joined group is: by its name, or by where its members fight.

    `fights`: (entity key, conflict key) -> how often the entity is listed as a belligerent per side.
    """
    okey = world.key(obj)
    labels = world.side_labels(conflict)

    def by_name(key: str) -> str | None:
        for side, name_key in labels.items():
            if key == name_key or (name_key and f" {name_key} " in f" {key} "):
                return side
        return None

    side = by_name(okey)
    if side:
        return side
    ckey = world.key(conflict)
    # "the Quorlin Accord, which created the Ulvey League": one hop to a named side
    for s in world.by_subject.get(okey, ()):
        if s.object and (side := by_name(world.key(s.object))):
            return side
    # an alliance is the side most of its known members are listed on
    votes: Counter = Counter()
    for s in world.joined.get(okey, ()):
        votes.update(fights.get((world.key(s.subject), ckey), ()))
    if votes:
        best = max(votes.values())
        winners = [s for s, v in votes.items() if v == best]
        if len(winners) == 1 and best >= 2:
            return winners[0]
    return None


def _listed_side(world, conflict: str | None, obj: str, fights: dict, by_conflict: dict,
                 leads: dict, led_by_conflict: dict) -> str | None:
    """"Brenholm's levies joined the Vessoran host": the one side the page lists the joined party on.

    Only within the page that lists it: a party named in another page's prose may
    be on either side of some other battle.
    """
    ckey = world.key(conflict)
    if obj in _rebel_nouns():
        return _rebels_side(world, conflict, fights)
    listed = [side for side, n in fights.get((world.key(obj), ckey), {}).items() if n]
    if not listed:
        # "declared for Veska", "held the ford for Wren": the side the page lists that person commanding
        listed = [side for side, n in leads.get((world.key(obj), ckey), {}).items() if n]
    if not listed:
        # "joined the Concordat squadron": the one party listed whose name holds "Concordat"
        words = _bare_words(world.key(obj))  # "Shipowners' Council": the "Ostry Shipowners' Council"
        fuller = [sides for _, sides, bare in by_conflict.get(ckey, ()) if words and words < bare]
        if not fuller:  # "remained in Hugh's obedience": the one commander listed whose name holds "Hugh"
            fuller = [sides for _, sides, bare in led_by_conflict.get(ckey, ()) if words and words < bare]
        sides_of = {side for one in fuller for side, n in one.items() if n}
        if len(sides_of) == 1:  # "for Crannock": the Crannock Mineral Combine and Security Directorate, one side
            listed = list(sides_of)
        if not fuller:
            # "fought beside the Front": the one side the page names "... Front" (a faction page's own side;
            # "witnesses for Crescent": the column "For the plaintiff (Crescent)")
            named = [side for side, label in world.side_labels(conflict or "").items()
                     if label and words and words < _bare_words(label, world.name(label))]
            if len(named) == 1:
                listed = named
    return listed[0] if len(listed) == 1 else None


class _SideGraph:
    """Which side of one conflict a party the prose names stands for, through the conflict's own lists: the party
    named by a listed party's place or people ("the House of Vell", "the Vellish cause" for the "Duchy of Vell"),
    by a listed commander's name or a cause named after him ("swore allegiance to Tavin", "the Tavinist cause" for
    "Marshal Oreg Tavin"), or by a ruler's style ("declared for the duke": the side whose commander is a duke, or
    that lists a duchy). A name that stands for parties of both sides stands for neither."""

    def __init__(self, world, conflict_key: str, memberships) -> None:
        heads, titles = _polity_heads(), _title_word_set()
        self.words: dict[str, set[str]] = defaultdict(set)  # a name's word or form -> the sides it is found on
        self.styles: dict[str, set[str]] = defaultdict(set)  # a ruler's style -> the sides it rules or commands
        realms = _realm_styles()
        for m in memberships:
            if m.role not in ("belligerent", "commander") or world.key(m.conflict) != conflict_key or not m.side.isdigit():
                continue
            self._add(m.entity, m.side, heads, titles)
            key = _plain(m.entity)
            head, sep, _ = key.rpartition(" of ")
            if m.role == "commander":
                for w in key.replace(",", " ").split():
                    if w in _style_set():
                        self.styles[w].add(m.side)  # "King Aubert", "Regent Amalda", "Osric, Duke of Fenn"
            if sep and m.role == "belligerent":
                for style, forms in realms.items():
                    if head in forms:
                        self.styles[style].add(m.side)  # "Duchy of Vell": the duke's
        for side, label in world.side_labels(conflict_key).items():
            if side.isdigit() and label:
                self._add(world.name(label) or label, side, heads, titles)

    def _add(self, name: str, side: str, heads, titles) -> None:
        key = _plain(name)
        for form in _forms(key):
            self.words[form].add(side)
        for w in re.findall(r"[\w'’-]+", key):
            w = re.sub(r"['’]s?$", "", w)
            if len(w) > 2 and w not in heads and w not in titles and w not in _GENERIC and w not in _force_nouns():
                self.words[w].add(side)

    def side(self, obj: str) -> str | None:
        key = _plain(obj)
        if not key:
            return None
        words = key.split()
        if key in _style_set():  # "the duke", "the Regent"
            return _one(self.styles.get(key, ()))
        # "the House of Vell", "the Vell dynasty", "the Vellish cause", "the Tavinist party"
        while len(words) > 1 and words[-1] in _CAUSE_NOUNS:
            words.pop()
        head, sep, place = " ".join(words).rpartition(" of ")
        if sep and (head in _HOUSE_WORDS or head in _polity_heads()):
            words = place.split()
        if words and words[0] in _HOUSE_WORDS and len(words) > 1:
            words = words[1:]
        if not words:
            return None
        name = " ".join(words)
        found = set(self.words.get(name, ()))
        if not found and len(words) == 1:
            w = words[0]
            for form in polity_forms(w, derived_suffixes()) | _leader_forms(w):
                found |= self.words.get(form, set())
        return _one(found)


_GENERIC = frozenset({"the", "and", "of", "for", "von", "van", "de", "del", "der", "la", "le"})
_HOUSE_WORDS = frozenset({"house", "dynasty", "clan", "family", "line"})
_CAUSE_NOUNS = frozenset({"cause", "side", "party", "faction", "camp", "interest", "interests", "dynasty", "family",
                          "house", "partisans", "supporters", "adherents", "loyalists", "standard", "banner"})
_LEADER_SUFFIXES = ("ists", "ist", "ites", "ite")


def _leader_forms(word: str) -> set[str]:
    """"tavinist", "tavinites" -> tavin: a cause or party named after its leader."""
    return {word[:-len(x)] for x in _LEADER_SUFFIXES if word.endswith(x) and len(word) - len(x) >= 3}


def _one(sides) -> str | None:
    return next(iter(sides)) if len(sides) == 1 else None


def _plain(name: str) -> str:
    return " ".join(re.sub(r"^the\s+", "", re.sub(r"\s*\([^()]*\)", "", name).casefold()).split())


def _style_set() -> frozenset[str]:
    return _style_titles()


def _title_word_set() -> frozenset[str]:
    return frozenset(w.casefold() for t in (vocabulary.load("prose").get("titles") or ()) for w in str(t).split())


def _realm_styles() -> dict[str, frozenset[str]]:
    """A ruler's style -> the heads of the realms he rules ("duke" -> duchy), prose.yaml ruler_realms."""
    return {str(k).casefold(): frozenset(str(v).casefold() for v in (vs or ()))
            for k, vs in (vocabulary.load("prose").get("ruler_realms") or {}).items()}


def _rebel_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in (vocabulary.load("prose").get("side_phrases") or {}).get("rebel_nouns") or ())


def _rebels_side(world, conflict: str | None, fights: dict) -> str | None:
    """"sided with the rebels" on the page of "The Weir Street Rising ... was an armed uprising against Dunmarch
    rule": of a rising's two sides, the one not holding the party it rose against (extract/opposed.py)."""
    ckey = world.key(conflict)
    sides = {side for (_, c), by_side in fights.items() if c == ckey for side, n in by_side.items() if n}
    if len(sides) != 2:
        return None
    against: set[str] = set()
    for s in world.by_predicate.get("oppose", ()):
        if world.key(s.subject) != ckey or not s.object:
            continue
        forms = _forms(s.object)
        against |= {side for (entity, c), by_side in fights.items() if c == ckey and forms & _forms(entity)
                    for side, n in by_side.items() if n}
        against |= {side for side, label in world.side_labels(conflict or "").items()
                    if label and forms & _forms(world.name(label))}
    if len(against) != 1:
        return None
    return next(iter(sides - against), None)


def _bare_words(*names: str) -> set[str]:
    """The words of a name's forms (as written, with its title: "the Queen" is "Queen Isaut"), without brackets
    and possessive endings: "the glovers' cause" is the "Glovers' Union"'s, "Hugh" names "Hugh's party",
    "Crescent" the side "plaintiff (Crescent)"."""
    return {re.sub(r"['’]s?$", "", w.strip("()")) for name in names for w in name.casefold().split()}


def _listed_by_place(listed: dict) -> dict[str, list]:
    """"quenby" -> the listings of "Commune of Quenby": a party named by its place after a state form."""
    heads = _polity_heads()
    out: dict[str, list] = defaultdict(list)
    for key, ms in listed.items():
        head, sep, place = key.rpartition(" of ")
        if sep and head in heads and place:
            out[place].extend(ms)
    return out


def _party_of(world, s, by_place: dict[str, list]) -> list:
    """The page's listings a joining subject stands for when it is not listed by that name.

    "the Lord of Quenby" (a ruler's style) or "the galleys of Tarrand" (a force of the place) stand for the
    "Lordship of Quenby" or "Commune of Tarrand" the same page lists; so does the bare place "Tarrand".
    """
    key = world.key(s.subject)
    head, sep, place = key.rpartition(" of ")
    if sep:
        words = head.split()
        if not words or not (words[-1] in _style_titles() or words[-1] in _force_nouns()):
            return []
    else:
        place = key
        words = key.split()
        if len(words) == 2 and words[1] in _force_nouns():
            place = words[0]  # "the Femmark horse": the place's force
        if place not in by_place and " " not in place:
            # "a Femmarker battalion", "the Femmarkers": a people's name stands for the place listed
            place = next((f for f in sorted(polity_forms(place, derived_suffixes())) if f in by_place), place)
    return [m for m in by_place.get(place, ()) if m.span.path == s.span.path]


_UNIT_NUMBER = re.compile(r"\d{1,3}(?:st|nd|rd|th) ")


def _numbered_unit(world, s, listed: dict) -> list:
    """"The 7th Mountain Regiment went over": prose that drops a unit's number ("Mountain Regiment") stands for the
    one numbered unit of that name its page lists ("7th Mountain Regiment"); two such units, neither."""
    key = world.key(s.subject)
    if not key or " " not in key:
        return []
    found = [ms for k, ms in listed.items() if k.endswith(" " + key) and _UNIT_NUMBER.fullmatch(k[:-len(key)])
             and any(m.span.path == s.span.path for m in ms)]
    if len(found) != 1:
        return []
    return [m for m in found[0] if m.span.path == s.span.path]


def _polity_heads() -> frozenset[str]:
    return vocabulary.word_set("demonyms", "polity_heads")


def _style_titles() -> frozenset[str]:
    return vocabulary.word_set("prose", "ruler_styles")


def _force_nouns() -> frozenset[str]:
    return vocabulary.word_set("demonyms", "group_nouns")


def _conflict_bounds(world, conflict: str | None) -> tuple:
    """The earliest start and latest end a conflict is given (None: unknown)."""
    if not conflict:
        return None, None
    starts = [x for x in world.about(conflict, ("start",)) if x.date is not None]
    ends = [x.date for x in world.about(conflict, ("end",)) if x.date is not None]
    lo = min((x.date.interval()[0] for x in starts), default=None)
    hi = max((d.interval()[1] for d in ends), default=None)
    if hi is None and starts and _one_day_kind(world.name(world.key(conflict))) and \
            all(x.origin in STRUCTURED and getattr(x.date, "precision", "") == "day" for x in starts):
        hi = max(x.date.interval()[1] for x in starts)  # "date = 19 August 1634": a battle of one day
    return lo, hi


def _one_day_kind(name: str) -> bool:
    """A battle, raid or skirmish: given one day in its fields, it lasted that day (prose.yaml one_day_heads)."""
    heads = {str(w).casefold() for w in vocabulary.load("prose").get("one_day_heads") or ()}
    return any(w.casefold() in heads for w in (name or "").split())


_BRIEF_DAYS = 31


def _brief(bounds: dict, world, conflict: str | None) -> bool:
    """A battle of days (both ends known): whatever its page says its commanders did is said of it."""
    if conflict not in bounds:
        bounds[conflict] = _conflict_bounds(world, conflict)
    lo, hi = bounds[conflict]
    return lo is not None and hi is not None and hi - lo <= _BRIEF_DAYS


def _bounds_of(bounds: dict, world, conflict: str | None) -> tuple:
    if conflict not in bounds:
        bounds[conflict] = _conflict_bounds(world, conflict)
    return bounds[conflict]


class _SentenceDates:
    """The dates the prose's dated statements were told on, to tell an undated act's sentence dated at another time
    than the conflict: "In the summer of 1704 he sold his company's service to the duke, and his 300 crossbowmen
    marched with Garet Holm's column" on the page of a raid of 1702 (the second act takes no date of its own, the
    date is the first clause's, but the sentence is of 1704)."""

    def __init__(self, world) -> None:
        by_path: dict[str, list] = defaultdict(list)
        for x in world.statements:
            if x.date is not None and x.date_line is not None and x.origin not in STRUCTURED:
                by_path[x.path].append(((x.date_line, x.date_column), (x.date_end_line, x.date_end_column), x.date))
        self.by_path = {path: sorted(told, key=lambda t: t[0]) for path, told in by_path.items()}
        self.starts = {path: [t[0] for t in told] for path, told in self.by_path.items()}
        self.kept: dict[tuple, bool] = {}

    def outside(self, s, bounds: tuple) -> bool:
        """Does the statement's sentence give a date, and none that could fall inside `bounds`?"""
        key = (s.path, s.line, s.column, s.end_line, s.end_column, bounds)
        if key not in self.kept:
            start, end = (s.line, s.column), (s.end_line, s.end_column)
            told = self.by_path.get(s.path, ())
            at = bisect_left(self.starts.get(s.path, ()), start)
            values = []
            while at < len(told) and told[at][0] < end:
                if told[at][1] <= end:
                    values.append(told[at][2])
                at += 1
            self.kept[key] = bool(values) and not any(_within(bounds, v) for v in values)
        return self.kept[key]


def _within(bounds: tuple, when) -> bool:
    """Could a dated statement fall inside the conflict's own dates (unknown dates: yes)?"""
    lo, hi = bounds
    wlo, whi = when.interval()
    return (lo is None or whi >= lo) and (hi is None or wlo <= hi)


def _switched_before(world, names: tuple, served: str, when, act=None) -> bool:
    """"On 3 March 1702 Pavin changed sides ... in June Pavin's militia sailed under Dorvel's colours", "fought
    against its former allies after 1943": an act for the other side after a switch the text tells (the party
    leaving, or joining the party it serves, dated no later than the act) is the switch's consequence."""
    keys = {world.key(n) for n in names if n}
    return any(t is not act and world.key(t.subject) in keys and t.date is not None and not t.negated and
               t.date.interval()[0] <= when.interval()[1] and
               (p == "leave" and not _names_one(world, t.object, served) or world.key(t.object or "") == world.key(served))
               for p in ("leave", "join") for t in world.by_predicate.get(p, ()))


def _told_switches(world, names: tuple, served: str, side: str, side_of) -> list:
    """The dated switches the text tells of a party (by any of its forms: "Pell" of the "Duchy of Pell"):
    its leaving a party other than the one it serves, or its joining the one it serves or a party of the side it
    acts for ("had gone over to the Union", serving in Brand's relief army): `side_of(party)` is a party's side."""
    forms = set().union(*(_forms(n) for n in names if n))
    return [t for p in ("leave", "join") for t in world.by_predicate.get(p, ())
            if t.date is not None and not t.negated and forms & _forms(t.subject) and
            (p == "leave" and not _names_one(world, t.object, served) or
             p == "join" and t.object and (world.key(t.object) == world.key(served) or side_of(t.object) == side))]


def _joins_to(world, names: tuple, side: str, side_of) -> list:
    """The dated joins the text tells of a party (by any of its forms) to a party of `side`."""
    forms = set().union(*(_forms(n) for n in names if n))
    return [t for t in world.by_predicate.get("join", ()) if t.date is not None and not t.negated and t.object
            and forms & _forms(t.subject) and side_of(t.object) == side]


_EVE_DAYS = 366  # how long before a conflict a join of one of its own sides is still of that conflict


def _joined_on_eve(world, s, m: Membership, bounds: tuple, fights: dict) -> bool:
    """"Varga, who had joined the committee in August, led the column" on the page of the coup the committee
    staged in September, listing Varga among the government's commanders: a join told on the listing's own page,
    within a year before the conflict began, of a party that page lists among the conflict's belligerents, is the
    side the joiner began the conflict on (a join of a party the conflict does not list is of another war). A
    switch back told after the join makes it no conflict (checks in _joined_other_side)."""
    lo = bounds[0]
    if s.predicate != "join" or s.span.path != m.span.path or lo is None or s.date is None:
        return False
    wlo, whi = s.date.interval()
    if whi >= lo or lo - wlo > _EVE_DAYS:
        return False
    joined = world.key(s.object)
    if (joined, world.key(m.conflict)) not in fights:
        return False  # the party joined is not one this conflict lists
    return not any(t is not s and t.date is not None and t.date.interval()[0] >= wlo and not t.negated
                   and world.key(t.subject) == world.key(s.subject)
                   for p in ("leave", "join") for t in world.by_predicate.get(p, ()))


def _names_one(world, left: str | None, served: str) -> bool:
    """"House Draymoor left Morvane" and later in "Morvane's host": the party it left is the party it serves
    ("Morvane" names "Morvane Caskell"), so the act is no consequence of the switch."""
    if not left:
        return False
    a, b = set(world.key(left).split()), set(world.key(served).split())
    return bool(a and b) and (a <= b or b <= a)


def _ends_it(period: DateRange, when) -> bool:
    """Listed on a side "until October 1645" and joining the other on 10 October 1645: the switch is the end
    of the listing, told to the day (the join falls within the listing's last day, month or year)."""
    end = period.end
    return end is not None and overlaps(end, when) and when.interval()[0] >= end.interval()[0]


def _joined_other_side(world, rule, memberships, numbers):
    listed = defaultdict(list)
    commanders = defaultdict(list)  # a person listed commanding: "served under" the other side's commander
    fights: dict[tuple[str, str], dict[str, int]] = {}  # plain dicts: a world lists thousands of pairs
    leads: dict[tuple[str, str], dict[str, int]] = {}  # the same for the commanders listed
    spelled: dict[str, set[str]] = defaultdict(set)  # entity key -> its names as the lists write them
    for m in memberships:
        if m.role in ("belligerent", "commander"):
            spelled[world.key(m.entity)].add(m.entity)
        if m.role == "belligerent":
            listed[world.key(m.entity)].append(m)
            sides = fights.setdefault((world.key(m.entity), world.key(m.conflict)), {})
            sides[m.side] = sides.get(m.side, 0) + 1
        elif m.role == "commander":
            commanders[world.key(m.entity)].append(m)
            sides = leads.setdefault((world.key(m.entity), world.key(m.conflict)), {})
            sides[m.side] = sides.get(m.side, 0) + 1
    by_conflict: dict[str, list] = defaultdict(list)  # conflict key -> (entity key, its sides, its words)
    led_by_conflict: dict[str, list] = defaultdict(list)  # the same for the commanders listed
    for table, into in ((fights, by_conflict), (leads, led_by_conflict)):
        for (entity, conflict), sides in table.items():
            into[conflict].append((entity, sides, _bare_words(entity, *spelled.get(entity, ()))))
    resolved: dict[tuple[str, str], str | None] = {}
    graphs: dict[str, _SideGraph] = {}
    of_conflict: dict[str, list] = defaultdict(list)
    bounds: dict[str | None, tuple] = {}
    by_place: dict[str, list] | None = None  # "quenby" -> the listings of "Commune of Quenby", built when needed
    sentence_dates: _SentenceDates | None = None  # the dates of each sentence, built when needed
    reported: set = set()  # sentences a party's finding was reported at
    told: set = set()  # (finding key, file, line): one finding however many phrases of a sentence say it
    for_commanders: list = []  # (sentence, finding) of a commander's: one finding a sentence, a party's first
    # "join": joined a side; "serve": acted in a side's service at a time (extract/side_phrases.py)
    # "turn_against": turned on a party at a date (extract/opposed.py): leaves the side that party is on
    # "lead": led a force named by its side at a time (extract/side_phrases.py _led_pattern); last, so that a
    # sentence another phrase of which tells the same is reported at that phrase
    for s in chain(*(world.by_predicate.get(p, ()) for p in ("join", "serve", "loyal", "turn_against", "lead"))):
        if not s.object or s.negated:
            continue
        focus = world.focus
        pool = listed
        parties = listed.get(world.key(s.subject), ())
        if s.predicate == "turn_against":
            # only a dated listing that runs past the turn: "Green Front (1932–1935)" and "turned against the
            # Government in November 1934" (a listing "(1932–1934)" ends with the turn)
            parties = [m for m in parties if m.period is not None]
            if not parties:
                continue
        if not parties:
            if by_place is None:
                by_place = _listed_by_place(listed)
            parties = _party_of(world, s, by_place)
        if not parties:
            parties = _numbered_unit(world, s, listed)
        if not parties:
            # a commander of one side serving under the other's in the same conflict: only on the page that
            # lists him, for an act dated within it, or undated in a sentence that tells no other time (a
            # career has many masters, in other wars: "After the war he swore allegiance to the duke")
            pool = commanders
            parties = [m for m in commanders.get(world.key(s.subject), ()) if m.span.path == s.span.path]
            if s.date is None and parties and s.predicate != "loyal":
                # (such a sentence still tells of a battle of days: whatever its page says its commanders did is
                # said of it; a loyalty for a whole conflict or siege told on his list's own page is that war's:
                # "Colonel X, whose regiment held the perimeter from the first day of the siege to the last")
                if sentence_dates is None:
                    sentence_dates = _SentenceDates(world)
                parties = [m for m in parties if _brief(bounds, world, m.conflict) or s.hedge != ANOTHER_TIME
                           and not sentence_dates.outside(s, _bounds_of(bounds, world, m.conflict))]
        if len(parties) > 1:  # the act's own page's dated listing first: the one the page sets it against
            parties = sorted(parties, key=lambda m: (m.span.path != s.span.path, m.period is None))
        for m in parties:
            if focus is not None and s.span.path not in focus and m.span.path not in focus:
                continue  # a finding between two context pages is not reported: not worth resolving
            if s.predicate != "join" and s.date is None and s.span.path != m.span.path:
                continue  # an undated act on another page may be of another war
            if s.date is not None:  # joined that party in another war (checked first: a party is
                if m.conflict not in bounds:  # listed in many wars, and resolving a side costs)
                    bounds[m.conflict] = _conflict_bounds(world, m.conflict)
                if not _within(bounds[m.conflict], s.date) and not _joined_on_eve(world, s, m, bounds[m.conflict], fights):
                    continue
            where = (world.key(m.conflict), world.key(s.object))
            if where not in resolved and s.predicate != "lead":
                resolved[where] = _resolve_side(world, m.conflict or "", s.object, fights)
            # (a force a leader leads is named by the page's own lists or nothing: "the Curial army under X" is not
            # the side other pages' joins to a "Curial" alliance vote for)
            side = None if s.predicate == "lead" else resolved[where]
            if s.span.path == m.span.path or side is None and s.date is not None:
                # the page's own side list says where the joined party fights; so does the list of another
                # page's conflict for an act dated within it ("in January 2339 Kessen frigates fought in the
                # Concordat line" on Kessen's page, the war's page listing the "Concordat of Inner Worlds")
                side = _listed_side(world, m.conflict, s.object, fights, by_conflict, leads, led_by_conflict) or side
            if side is None and (s.span.path == m.span.path or s.date is not None):
                # "declared for the House of Vell", "joined the Tavinist cause", "swore allegiance to the duke": a
                # party the lists do not name, standing for one side through them (_SideGraph)
                ckey = world.key(m.conflict)
                if ckey not in graphs:
                    if not of_conflict:  # the lists of each conflict, grouped once
                        for o in memberships:
                            of_conflict[world.key(o.conflict)].append(o)
                    graphs[ckey] = _SideGraph(world, ckey, of_conflict.get(ckey, ()))
                side = graphs[ckey].side(s.object)
            side = numbers.get((world.key(m.conflict), side), side)  # "Government": the side list's side 1
            if s.predicate == "turn_against":
                if side is None or side != m.side:
                    continue  # turned on the other side: what a party of its side does
                side = next((o for o in world.side_labels(m.conflict or "") if o != m.side and o.isdigit()), "")
            elif side is None or side == m.side:
                continue
            # an explicitly dated membership of the joined side that covers the date is consistent
            own = [o for o in pool.get(world.key(s.subject), ()) if o.side == side and o.conflict == m.conflict]
            when = s.date
            if when is not None and any(o.period is not None and overlaps(o.period, when) for o in own):
                continue
            if when is not None and m.period is not None and (not overlaps(m.period, when) or _ends_it(m.period, when)):
                continue
            if when is None and m.period is not None:
                continue
            early = None  # a switch told before the conflict began: the listing on the side it left is stale
            if when is None and s.predicate != "join":
                def side_of(obj, conflict=m.conflict):
                    return _resolve_side(world, conflict or "", obj, fights) or \
                        _listed_side(world, conflict, obj, fights, by_conflict, leads, led_by_conflict)
                switches = _told_switches(world, (s.subject, m.entity), s.object, side, side_of)
                # "As long as Brisk sided with Orlemont ... changed sides on 11 March 1490 and served with Vaudry", the
                # siege listing it with Vaudry from May: a dated join of the side it is listed on, before the
                # conflict and after every other switch told, puts its undated act for the other side before it
                joins = _joins_to(world, (s.subject, m.entity), m.side, side_of)
                if switches or joins:
                    if m.conflict not in bounds:
                        bounds[m.conflict] = _conflict_bounds(world, m.conflict)
                    lo = bounds[m.conflict][0]
                    if lo is not None and joins and any(
                            j.date.interval()[0] <= lo and
                            all(t.date.interval()[1] <= j.date.interval()[1] for t in switches) for j in joins):
                        continue
                if switches:
                    if lo is None or any(t.date.interval()[1] >= lo for t in switches):
                        continue  # "went over to the Union in July", during it: the act may follow the switch
                    early = max(switches, key=lambda t: t.date.interval()[1])
            if s.predicate not in ("join", "turn_against") and when is not None and \
                    _switched_before(world, (s.subject, m.entity), s.object, when):
                continue
            d = diagnostic(rule, s.span if s.date_span is None else s.date_span,
                           [(m.span, f"listed on {_side_label(world, m)} here")],
                           key=("joined", world.key(m.conflict), world.key(s.subject), m.side, side),
                           entity=m.entity, conflict=m.conflict or "the conflict",
                           side=world.name(world.side_labels(m.conflict or "").get(side, "")) or f"side {side}",
                           other=_side_label(world, m),
                           how=("joins the other side" if s.predicate == "join" else "turns on its own side"
                                if s.predicate == "turn_against" else "acts for the other side")
                               + f" ({s.text.strip(' ,;.') or 'joined'}"
                               + (f", {s.date}" if s.date else "") + ")"
                               + (" while listed there without dates" if m.period is None else
                                  f" while listed there for {m.period}"))
            if early is not None:  # "Pell, which had changed sides in April" (the siege began in June)
                d.related.append(Related(early.span, f"changed sides here ({early.date}), before {m.conflict} began"))
            elif m.period is None:
                d.severity = Severity(rule.params.get("undated_severity", "warning"))
            if (d.key, s.span.path, s.span.line) in told:
                break  # "Halm's galleys sailed with the Marn squadron": a verb and a formation phrase, one finding
            told.add((d.key, s.span.path, s.span.line))
            if pool is commanders:
                for_commanders.append((s.span, d))
            else:
                reported.add(s.span)
                yield d
            break
    for span, d in for_commanders:
        if span not in reported:  # "Corm, Lord of Quenby, and the earl together besieged": the lordship's finding
            reported.add(span)
            yield d


def _forms(name: str) -> set[str]:
    """The keys a party may be written by: its name, its place ("Duchy of Harlingmark", "Lord of Hessel"), the
    polities a people's name may come from ("Kestrian" -> kestria, "Corvessan" -> corvesse)."""
    key = " ".join(re.sub(r"^the\s+", "", name.casefold()).split())
    out = {key}
    head, sep, place = key.rpartition(" of ")
    if sep and head.split() and (head in _polity_heads() or head.split()[-1] in _style_titles()):
        out.add(place)
    for k in list(out):
        if " " not in k:
            out |= polity_forms(k, derived_suffixes())
    return out


def _oppositions(world, bounds: dict, memberships) -> list[tuple[set, set, tuple, str | None]]:
    """Pairs of parties set against each other: (one's forms, the other's forms, the time it holds (lo, hi; None
    unknown), the page that says it in prose or None for side lists). From the two sides of one conflict's
    lists (the time: the conflict's dates) and from prose "oppose" statements (extract/opposed.py; the time:
    the sentence's own date)."""
    out = []
    sides: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in memberships:
        if m.role in ("belligerent", "commander") and m.conflict:
            sides[m.conflict][m.side] |= _forms(m.entity)
            label = world.side_labels(m.conflict).get(m.side)
            if label:
                sides[m.conflict][m.side] |= _forms(world.name(label))
    for conflict, by_side in sides.items():
        if len(by_side) < 2:
            continue
        if conflict not in bounds:
            bounds[conflict] = _conflict_bounds(world, conflict)
        ordered = sorted(by_side)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                out.append((by_side[a], by_side[b], bounds[conflict], None))
    for s in world.by_predicate.get("oppose", ()):
        # a range is the war's ("(1914–1918)"); one date ("In 1610 Orvane declared war on Drussia") says no end
        when = s.date.interval() if _is_range(s.date) else (None, None)
        out.append((_forms(s.subject), _forms(s.object or ""), when, s.span.path))
    return out


def _loyal_throughout(world, rule, told: set, memberships):
    """"The Hessel companies, which fought for Dorrenburg from the first month of the Toll War to its last" and,
    on the same page, "in 1642 ... the Lord of Hessel, whose men, newly allied to Arnhaven": a party loyal to one
    side for a whole conflict is told acting for the side set against it (by the conflict's side lists, or by
    the text: "Northmere and Vallmark fought together against Kestria") at a date within the time both hold,
    with no switch told before it. Only a dated act on the loyalty's own page: "the war" is that page's."""
    loyal = [s for s in world.by_predicate.get("loyal", ()) if s.object and not s.negated]
    if not loyal:
        return
    acts: dict[tuple[str, str], list] = defaultdict(list)
    for p in ("join", "serve", "loyal"):
        for s in world.by_predicate.get(p, ()):
            if s.object and s.date is not None and not s.negated:
                for form in _forms(s.subject):  # "Harlingmark" acts for the "Duchy of Harlingmark"
                    acts[(s.span.path, form)].append(s)
    loyal = [s for s in loyal if any((s.span.path, f) in acts for f in _forms(s.subject))]
    if not loyal:
        return
    bounds: dict = {}
    pairs = _oppositions(world, bounds, memberships)
    reported: set = set()
    for l in loyal:
        ours = _forms(l.object)
        seen: set[int] = set()
        for s in (s for f in _forms(l.subject) for s in acts.get((l.span.path, f), ())):
            if s is l or id(s) in seen or (s.span.path, s.span.line) in told | reported:
                continue
            seen.add(id(s))
            theirs = _forms(s.object)
            if ours & theirs or _forms(l.subject) & theirs:
                continue
            lo, hi = s.date.interval()
            if l.date is not None:  # the loyalty's own time: a range, or from its date on
                llo, lhi = l.date.interval()
                if hi < llo or (_is_range(l.date) and lo > lhi):
                    continue
            window = next((when for a, b, when, page in pairs if (page is None or page == l.span.path) and
                           (ours & a and theirs & b or ours & b and theirs & a)), None)
            if window is None:
                continue
            wlo, whi = window
            if (wlo is None and whi is None and not _is_range(l.date)) or \
                    (wlo is not None and hi < wlo) or (whi is not None and lo > whi):
                continue  # no time known for the loyalty and the opposition, or the act is outside it
            if _switched_before(world, (s.subject, l.subject), s.object, s.date, s):
                continue
            reported.add((s.span.path, s.span.line))
            yield diagnostic(rule, s.span if s.date_span is None else s.date_span,
                             [(l.span, f"loyal to {l.object} here ({l.text.strip(' ,;.')})")],
                             key=("loyal", world.key(s.subject), world.key(l.object), world.key(s.object)),
                             entity=s.subject, conflict="the conflict",
                             side=s.object, other=l.object,
                             how=f"loyal to {l.object} for the whole of it ({l.text.strip(' ,;.')}), yet acts for "
                                 f"{s.object} ({s.text.strip(' ,;.')}, {s.date})")


def _is_range(when) -> bool:
    return isinstance(when, DateRange)
