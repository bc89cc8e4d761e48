"""Lifespan: nobody acts before birth or after death; no organisation after its dissolution.

An entity's end is its dated death (or dissolution); its beginning its birth
(or founding). Only statements of acting count: being mentioned, mourned,
buried, honoured or published posthumously is not acting, and the prose
reader does not make those into actions.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..extract.entities import group_nouns
from ..extract.infobox import KILLED_IN_ACTION
from ..model import Origin
from . import (STRUCTURED, Parties, act_location, diagnostic, incomplete_name, kind, once_per_world, outranked, person_like,
               shown_name)

_PERSONAL = {"death", "birth"}


def _bounds(world, key: str, predicates, polities: set[str], page_subjects: dict | None = None) -> list:
    """The dated ends of an entity that can be trusted to bound its actions.

    A life's ends belong to people: a country or a side "dying" is a misread.
    A person-like name with a death in a structured field is a person even when a
    side list also names it (the slates of an election, a duel's seconds).
    A founding or dissolution counts when a structured field or a table row states it, or when prose
    states it of a named body ("the Palatinate of Tesk was dissolved on D", "ceased to exist on D") that
    is not founded again later; prose uses those words for too many things ("the front was dissolved").
    """
    out = []
    for p in predicates:
        for s in world.by_subject_predicate.get((key, p), ()):
            if s.date is None:
                continue
            if p in _PERSONAL and not person_like(world.name(key)):
                continue
            if p in _PERSONAL and key in polities and s.origin not in STRUCTURED:
                continue
            if p not in _PERSONAL and s.origin not in STRUCTURED and not (s.origin is Origin.TABLE and s.row) \
                    and not _named_body_end(world, key, s, page_subjects or {}):
                continue  # a table's founding is its column's ("Founded | 1860"), not a timeline row's words
            out.append(s)
    # a birth the prose tells off the field's is most often a child's ("Their son (also named Mattias) was born
    # on 11 January 1920"): the field's bounds the acts, the disagreement is the conflicting-date rule's; a
    # prose death that disagrees still bounds what follows it (fixtures relative-death, kin-possessive)
    return [s for s in out if s.predicate != "birth"] + outranked([s for s in out if s.predicate == "birth"])


def _named_body_end(world, key: str, s, page_subjects: dict) -> bool:
    """A prose dissolution that ends the body: said of a body named in full, its name the words' own subject
    (not "the front", not a person), or of the page's own body ("It ... was finally dissolved on D" on the
    company's page), and not followed by a founding again ("re-founded under the same name", "reconstituted")."""
    if s.predicate != "dissolved" or s.object or incomplete_name(s.subject) or any(
            world.by_subject_predicate.get((key, p)) for p in _PERSONAL):
        return False  # a dissolved person is a misread ("he dissolved into tears")
    if not _plain(s.text or "").startswith(_plain(s.subject)) and not _by_head_noun(s) \
            and not _pronoun_after_name(world, key, s) and not _pronoun_in_named_sentence(world, key, s) \
            and not _ended_as_object(s) and not _named_before_clause(world, key, s):
        if page_subjects.get(s.span.path) != key:
            return False  # "the beacons of the Directorate, dissolved in 2111": the words' own subject is another
        if any(x.origin in STRUCTURED or x.origin is Origin.TABLE for x in world.by_subject_predicate.get((key, s.predicate), ())):
            return False  # "hung in the boardroom until the company was wound up": the field's day is its end
    end = s.date.interval()[0]
    return not any(f.date is not None and f.date.interval()[1] > end
                   for p in ("founded", "refounded") for f in world.by_subject_predicate.get((key, p), ()))


_PRONOUN_OPENERS = ("it ", "and ")
_PASSIVE_OPENERS = ("was ", "were ", "had been ")


def _named_before_clause(world, key: str, s) -> bool:
    """"The small Guild of Dyers, which had kept the weirs since 572, was dissolved in 631": words that open
    with the passive verb are a sentence whose subject the reader took across a clause between commas, the body
    named in full before it (a name of two words or more; "the front" or a pronoun never reads so)."""
    return (s.text or "").startswith(_PASSIVE_OPENERS) and len(world.name(key).split()) > 1 \
        and (s.subject or "")[:1].isupper()


def _pronoun_after_name(world, key: str, s) -> bool:
    """"The Company's western counterpart, the Westward Company, was chartered in 1624. It lost its colony in 1661
    and was dissolved by the States-Assembly on D": a sentence opened by "It" whose dissolution the reader gave to
    the body the sentence just before told something of under its own name (not by a pronoun itself): that
    body's end, as if the sentence had named it."""
    text = (s.text or "").casefold()
    if not text.startswith(_PRONOUN_OPENERS) or len(world.name(key).split()) < 2:
        return False
    mine = world.by_subject.get(key, ())
    same = [x for x in mine if x.span.path == s.span.path and x.span.line == s.span.line
            and x.span.column == s.span.column]
    if not any((x.text or "").startswith(("It ", "it ")) for x in same) and any(
            world.key(x.subject) != key and not (x.text or "").casefold().startswith("and ")
            for x in _by_sentence(world).get((s.span.path, s.span.line, s.span.column), ())):
        return False  # another's words open the sentence ("Its director fled ... and was ..."): not the pronoun's
    return any(x.origin is Origin.PROSE and x.span.path == s.span.path and x.span.end_line == s.span.line
               and x.span.end_column == s.span.column and x.span.column < s.span.column
               and not (x.text or "").casefold().startswith(("it ", "its ", "and ", "they ", "which "))
               for x in mine)


def _ended_as_object(s) -> bool:
    """"The new charter abolished the Wireless Standards Council with effect from D", "a decree dissolved the
    Guild of Carders on D": the body named in full as the object of a verb of ending (the words end with its name
    right after the verb, or after "the"), whoever or whatever did the ending."""
    words, name = _plain(s.text or "").split(), _plain(s.subject or "").split()
    if len(name) < 2 or len(words) <= len(name) or words[-len(name):] != name:
        return False
    before = words[:-len(name)]
    if before[-1] == "the" and len(before) > 1:
        before = before[:-1]
    return any(before[-1].startswith(stem) for stem in _end_verb_stems())


@lru_cache(maxsize=1)
def _end_verb_stems() -> tuple[str, ...]:
    """The one-word verbs of a body's end (predicates.yaml dissolved), cut to a stem every inflection starts
    with ("abolish", "dissolv", "disband")."""
    spec = vocabulary.load("predicates")["predicates"]["dissolved"]
    return tuple(v.casefold().removesuffix("e") for v in spec.get("verbs", ()) if " " not in v and len(v) > 4)


def _pronoun_in_named_sentence(world, key: str, s) -> bool:
    """"The Guild of the Salt Road kept the road open for some years, until it was dissolved by decree in 1402": a
    later clause's "it" (lower-case: not the sentence's opening word), which the reader gives to the sentence's own
    subject before any other, in a sentence whose other words tell of no one else: the body's end, as if the clause
    had named it. Not when another's words are in the sentence ("the town bought the hall when it was dissolved")."""
    if not (s.text or "").startswith("it ") or len(world.name(key).split()) < 2:
        return False
    here = (s.span.path, s.span.line, s.span.column)
    return all(world.key(x.subject) == key for x in _by_sentence(world).get(here, ())
               if x is not s and not (x.text or "").casefold().startswith(_PRONOUN_OPENERS + ("its ",)))


@once_per_world
def _by_sentence(world) -> dict:
    """Prose statements by their sentence's start (path, line, column)."""
    out: dict = {}
    for d in world.docs:
        for x in d.statements:
            if x.origin is Origin.PROSE:
                out.setdefault((x.span.path, x.span.line, x.span.column), []).append(x)
    return out


def _ends_by_head(world, ends) -> dict[str, list]:
    """"The Institute was dissolved on D" on a page that names one body of that head, the Varn Cartographic
    Institute: the body's end (a sentence's opening "The Institute" is read as a name of its own). Only a
    dissolution of no object; a death is a person's, and a person's surname is no head noun."""
    out: dict[str, list] = {}
    names_by_path: dict[str, dict[str, set[str]]] = {}
    for p in ends:
        if p in _PERSONAL:
            continue
        for s in world.by_predicate.get(p, ()):
            head = s.subject or ""
            if s.date is None or s.object or " " in head or not head[:1].isupper() or s.origin in STRUCTURED:
                continue
            path = s.span.path
            if path not in names_by_path:
                names_by_path[path] = {}
                for d in world.docs:
                    if d.path == path:
                        for x in d.statements:
                            words = (x.subject or "").split()
                            if len(words) > 1:
                                names_by_path[path].setdefault(words[-1], set()).add(world.key(x.subject))
            fulls = names_by_path[path].get(head, set())
            if len(fulls) != 1 or not _plain(s.text or "").startswith(_plain(head)):
                continue  # two companies on the page: "the Company" is either
            full = next(iter(fulls))
            end = s.date.interval()[0]
            if not any(f.date is not None and f.date.interval()[1] > end for q in ("founded", "refounded")
                       for f in world.by_subject_predicate.get((full, q), ())):
                out.setdefault(full, []).append(s)  # not founded again after it ("re-founded in 1870")
    return out


def _by_head_noun(s) -> bool:
    """"the Institute was wound up" of the Kestravan Rocketry Institute: the body's own head noun, capitalised,
    is the words' subject (the reader resolved it to the one body of that head the document names)."""
    words, name = (s.text or "").split(), (s.subject or "").split()
    return len(name) > 1 and bool(words) and words[0] == name[-1] and words[0][:1].isupper()


def _plain(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum() or c == " ")


@once_per_world
def _polities(world) -> set[str]:
    """Keys of entities that are states or sides: belligerents, side names, demonyms' polities."""
    keys = {world.key(m.entity) for m in world.memberships if m.role == "belligerent"}
    keys |= {world.key(n.name) for n in world.side_names}
    keys |= {world.key(p) for p in vocabulary.load("demonyms")["demonyms"].values()}
    return keys


def _parent_ends(world, key: str, ends, polities: set[str], organs: frozenset[str]) -> list:
    """"The ATO Council met in 1981": an organisation's standing body ends with the organisation.

    Only a name of the form "<organisation> <organ noun>" whose organisation has a
    structured dissolution; deaths never pass down (a "King's Council" outlives a king).
    """
    words = world.name(key).split()
    if len(words) >= 3 and words[1] == "of" and words[0].casefold() in organs:
        # "The Council of the League of Amber Ports met": the organ named before "of <organisation>"
        parent = " ".join(words[3:] if words[2].casefold() == "the" else words[2:])
    elif len(words) < 2 or words[-1].casefold() not in organs:
        return []
    else:
        parent = " ".join(words[:-1])
    for suffix in ("'s", "’s"):
        parent = parent.removesuffix(suffix)
    pkey = world.key(parent)
    if not pkey or pkey == key:
        return []
    return _bounds(world, pkey, [e for e in ends if e not in _PERSONAL], polities)


END_NOUNS = {"death": "their death", "dissolved": "its dissolution", "birth": "their birth", "founded": "its founding"}


def _bare_title(name: str) -> bool:
    """ "Queen", "the Lord Protector": a name of title words only (prose.yaml titles, office_titles), which
    names a different holder in each reign."""
    words = [w for w in name.casefold().replace("-", " ").split() if w != "the"]
    titles = vocabulary.word_set("prose", "titles") | vocabulary.word_set("prose", "office_titles")
    return bool(words) and all(w in titles for w in words)


def actions_beyond(world, rule, direction: str):
    """(statement, limit, entity key) for every action after an entity's end or before its beginning."""
    acting = set(rule.params.get("acting", ()))
    body_acting = set(rule.params.get("body_acting", ()))
    acting |= body_acting
    ends = rule.params.get("ends", ["death", "dissolved"])
    begins = rule.params.get("begins", ["birth"])
    polities = _polities(world)
    organs = vocabulary.word_set("prose", "organ_nouns")
    page_subjects = Parties.of(world).topics
    own_page = _by_own_page_head(world)
    by_head = _ends_by_head(world, ends) if direction == "after" else {}
    for key, statements in world.by_subject.items():
        if not key:
            continue
        if key in own_page:
            statements = statements + own_page[key]
        generic = incomplete_name(world.name(key))
        if generic and not _fields_name_fully(statements):
            continue  # "Lt", "Gen": a name cut at a title stands for no one in particular
        if direction == "after" and _bare_title(world.name(key)):
            continue  # "the Queen": whoever holds the title at the act's date, never a holder dead by then
        limits = _bounds(world, key, ends if direction == "after" else begins, polities, page_subjects)
        if direction == "after" and key in by_head:
            limits = limits + by_head[key]
        if generic:  # "the Company" joined to the Company of X by the page's aliases: X's own end only
            limits = [lim for lim in limits if not incomplete_name(lim.subject)]
        if not limits and direction == "after":
            limits = _parent_ends(world, key, ends, polities, organs)
        if not limits or _anchors_disagree(world, key, polities, page_subjects, rule):
            continue
        # a death known only within a battle's days (a killed-in-action mark) bounds that battle's own page
        general = [lim for lim in limits if lim.text != KILLED_IN_ACTION]
        for s in statements:
            if s.predicate not in acting or s.date is None or s.negated:
                continue
            if s.predicate in _TERM_ENDS and not _own_term(s):
                continue
            here = general if len(general) == len(limits) else \
                general + [lim for lim in limits if lim.text == KILLED_IN_ACTION and lim.span.path == s.span.path]
            if s.predicate in body_acting:
                here = [lim for lim in here if lim.predicate not in _PERSONAL]  # a body's organ: no life bounds it
            if not here:
                continue
            # the earliest end (or latest beginning) is the one to respect
            if direction == "after":
                limit = min(here, key=lambda x: x.date.interval()[1])
                edge = limit.date.interval()[1]
            else:
                limit = max(here, key=lambda x: x.date.interval()[0])
                edge = limit.date.interval()[0]
            if s is limit:
                continue
            if generic and s.span.path != limit.span.path and incomplete_name(s.subject):
                continue  # another page's "the Company" may be another company
            lo, hi = s.date.interval()
            if (direction == "after" and lo > edge) or (direction == "before" and hi < edge):
                if limit.predicate in _PERSONAL and (_namesake_gap(s.date, limit.date, rule) or _by_followers(s)):
                    continue
                yield s, limit, key
    if direction == "after":
        yield from _own_organ_acts(world, acting, ends, polities, page_subjects)


def _own_organ_acts(world, acting: set, ends, polities: set[str], page_subjects: dict):
    """"The Diet met for the last time on 12 June 1750" on the Ravnholm League's page: a bare standing organ
    (prose.yaml own_organ_nouns) on the page of a body with a dissolution is that body's organ, and cannot sit
    after the body's end. Not when the page names another body by the word ("the Chamber of Deputies", "the
    Privy Council" on a junta's page), nor on a page of a person (deaths never pass down)."""
    bare = vocabulary.word_set("prose", "own_organ_nouns")
    if not bare:
        return
    bodies = [e for e in ends if e not in _PERSONAL]
    other_names: dict[str, set[str]] = {}
    for key, statements in world.by_subject.items():
        name = world.name(key) or ""
        word = name.removeprefix("the ").removeprefix("The ")
        if not key or " " in word or word.casefold() not in bare or not word[:1].isupper():
            continue
        if _bounds(world, key, ends, polities, page_subjects):
            continue  # an organ with its own end is read by its own bounds
        for s in statements:
            if s.predicate not in acting or s.date is None or s.negated or s.origin in STRUCTURED:
                continue
            topic = page_subjects.get(s.span.path)
            if not topic or topic == key or any(world.by_subject_predicate.get((topic, p)) for p in _PERSONAL):
                continue
            if s.span.path not in other_names:
                other_names[s.span.path] = _organ_words_of_others(world, s.span.path, topic)
            if word.casefold() in other_names[s.span.path]:
                continue
            limits = _bounds(world, topic, bodies, polities, page_subjects)
            if not limits:
                continue
            limit = min(limits, key=lambda x: x.date.interval()[1])
            if s is not limit and s.date.interval()[0] > limit.date.interval()[1]:
                yield s, limit, topic


def _organ_words_of_others(world, path: str, topic: str) -> set[str]:
    """The words of longer names on a page ("Chamber of Deputies", "Privy Council") other than the page's own
    body's ("League Diet" of the League): a bare organ word among them may be that other body."""
    out = set()
    doc = next((d for d in world.docs if d.path == path), None)
    if doc is None:
        return out
    for n in [*(m.name for m in doc.names), *(e.name for e in doc.entities), *(x.subject or "" for x in doc.statements)]:
        words = n.split()
        if len(words) < 2:
            continue
        head = " ".join(words[:-1])
        for suffix in ("'s", "’s"):
            head = head.removesuffix(suffix)
        if world.key(head) == topic or world.key(n) == topic:
            continue
        if len(words) >= 3 and words[1] == "of" and world.key(" ".join(words[3:] if words[2].casefold() == "the"
                                                                       else words[2:])) == topic:
            continue  # "the Council of the League of Amber Ports" on the League's page: its own organ
        out |= {w.casefold() for w in words}
    return out


def _by_followers(s) -> bool:
    """"The Caskell partisans held out until 1286", "Varrick's men burned the mill": a person's followers act
    (the prose reader reads a party's forces as the party), which they may do before the person's birth or
    after the death (demonyms.yaml group_nouns after the name in the statement's words)."""
    words = (s.text or "").split()
    names = {w.casefold() for w in (s.subject or "").split()}
    for here, after in zip(words, words[1:]):
        if re.sub(r"['’]s?$", "", here).casefold() in names:
            return after.casefold().strip(",;:") in group_nouns()
    return False


def _anchors_disagree(world, key: str, polities: set[str], page_subjects: dict, rule) -> bool:
    """Are a person's own birth and death too far at odds to bound anything: a death before the birth, or two
    births (or deaths) more than `namesake_years` apart? Then one of them is misread or another's, and every act
    measured against it would fire; the conflicting-date and ordering rules report the disagreement itself."""
    years = rule.params.get("namesake_years")
    births = [d for s in _bounds(world, key, ["birth"], polities, page_subjects) for d in _years(s.date)]
    deaths = [d for s in _bounds(world, key, ["death"], polities, page_subjects) for d in _years(s.date)]
    if births and deaths and min(deaths) < max(births):
        return True
    return years is not None and any(len(ys) > 1 and max(ys) - min(ys) > years for ys in (births, deaths))


_TERM_ENDS = frozenset({"term_end", "reign_end"})
_DAYS_A_YEAR = 365.25


def _years(when) -> list[int]:
    """The years a date is written with (a range's two ends)."""
    return [d.astronomical_year for d in ((when.start, when.end) if hasattr(when, "start") else (when,)) if d]


def _namesake_gap(act, limit, rule) -> bool:
    """A person's act a generation outside their life ("Raoul ... met Sarre on 15 August 1141", born 1210),
    its year no one-digit slip of the limit's (1141 is no mistyped 1210): another bearer of the name or
    another's date, not a writer's slip (rule param `namesake_years`). Across the annotated worlds every
    genuine act outside a life lay within 14 years of it or one mistyped digit away, the false ones 48 to 69 years
    out; a planted act 34 years after a death (misreadings comma-subjects) sets the bar above that."""
    years = rule.params.get("namesake_years")
    if not years:
        return False
    alo, ahi = act.interval()
    llo, lhi = limit.interval()
    gap = max(llo - ahi, alo - lhi) / _DAYS_A_YEAR
    if gap <= years:
        return False
    return not any(_one_digit(a, b) for a in _years(act) for b in _years(limit))


def _one_digit(a: int, b: int) -> bool:
    """Years written alike but for one digit (1186 and 1286, 1859 and 1895 swapped): a typo's distance."""
    x, y = str(abs(a)), str(abs(b))
    if len(x) != len(y):
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] \
        and x[diff[1]] == y[diff[0]]


def _own_term(s) -> bool:
    """An office held past death: a table's or a field's term, or prose naming its holder as the subject of
    "served"/"ruled" ("Ashcroft served as harbour master until 1826"); not a term told of a namesake ("the
    Prince Ferrowin, was launched the next year and served until 1851": a ship's service)."""
    if s.origin in STRUCTURED or s.origin is Origin.TABLE:
        return True
    words = _plain(s.text or "").split()
    return bool(words) and words[0] in _plain(s.subject).split()


@once_per_world
def _by_own_page_head(world) -> dict[str, list]:
    """"the Republic" on the page of Vellenholm (also called the Republic of Vellenholm) is the page's subject:
    the bare head of a "<head> of <rest>" name of it, keyed as the page's subject (another page's "the
    Republic" may be another republic)."""
    heads: dict[str, dict[str, str]] = {}  # path -> head -> subject key
    for d in world.docs:
        topic = world.key(d.title) if d.title else ""
        if not topic:
            continue
        for ent in d.entities:
            if world.key(ent.name) != topic:
                continue
            for name in (ent.name, *ent.aliases):
                if " of " in name:
                    heads.setdefault(d.path, {})[name.split(" of ", 1)[0].casefold()] = topic
    out: dict[str, list] = {}
    if not heads:
        return out
    for key, statements in world.by_subject.items():
        name = world.name(key)
        if not key or " " in name.removeprefix("the ").removeprefix("The "):
            continue
        for s in statements:
            topic = heads.get(s.span.path, {}).get((s.subject or "").casefold().removeprefix("the "))
            if topic and topic != key:
                out.setdefault(topic, []).append(s)
    return out


def _fields_name_fully(statements) -> bool:
    """Whether a field states something of the entity under a full name ("Quarlow Mining Consortium"
    with the alias "the Consortium"): the World named the entity by its short alias, yet it is one."""
    return any(s.origin in STRUCTURED and not incomplete_name(s.subject) for s in statements)


def limit_note(limit) -> tuple:
    noun = END_NOUNS.get(limit.predicate, limit.predicate)
    return limit.date_span or limit.span, f"{noun.split()[-1]} on {limit.date} stated here"


_POSTHUMOUS = re.compile(r"(?i)\bposthum|\bafter (?:his|her|their) death\b|\bin death\b|\bghost marriage\b")


def married_after_death(world, rule):
    """(marriage, death, spouse key) for a marriage dated wholly after the death of the spouse it names
    ("spouse = Anne Pruett (m. 1728; died 1725)", "In 1728 he married Anne Pruett" beside "Anne Pruett died in
    1725", "widowed in 1629 when Harl Vey drowned ... married Harl Vey in 1631"). Only the named spouse's death
    bounds it: a second marriage after a first spouse's death names another spouse, a namesake ("Anne the
    younger") is another name; a marriage said to be posthumous, a spouse whose birth and death disagree, and a
    death a generation off (namesake_years) bound nothing."""
    polities = _polities(world)
    page_subjects = Parties.of(world).topics
    deaths: dict[str, list] = {}
    for s in world.by_predicate.get("marriage", ()):
        if s.date is None or s.negated or not s.object or not s.subject or _POSTHUMOUS.search(s.text or ""):
            continue
        if world.key(s.object) == world.key(s.subject) or not _own_date(s):
            continue
        for name in (s.object, s.subject):  # the spouse it names, or the one whose marriage it is
            key = world.key(name)
            if not key or incomplete_name(name) or len(name.split()) < 2 or not person_like(world.name(key)) \
                    or _bare_title(world.name(key)):
                continue
            if key not in deaths:
                deaths[key] = [] if _anchors_disagree(world, key, polities, page_subjects, rule) else \
                    [d for d in _bounds(world, key, ["death"], polities, page_subjects) if d.date is not None]
            if not deaths[key]:
                continue
            limit = min(deaths[key], key=lambda x: x.date.interval()[1])
            if s.date.interval()[0] > limit.date.interval()[1] and not _namesake_gap(s.date, limit.date, rule) \
                    and not _POSTHUMOUS.search(limit.text or ""):
                yield s, limit, key
                break


def _own_date(s) -> bool:
    """Is a statement dated by its own words (a field, or a date inside its sentence), not by a date the sentence
    before gave ("... died in 1851. He married Ilse Marten, who died in 1820": that marriage has no year)?"""
    if s.origin in STRUCTURED:
        return True
    d, own = s.date_span, s.span
    return d is not None and own is not None and (own.line, own.column) <= (d.line, d.column) \
        and (d.end_line, d.end_column) <= (own.end_line, own.end_column)


@kind("lifespan")
def check_lifespan(world, rule):
    seen = set()
    for s, limit, key in married_after_death(world, rule):
        seen.add((key, s.span, str(s.date)))
        where, carried = act_location(s)
        yield diagnostic(
            rule, where, [limit_note(limit), *carried],
            key=(key, s.predicate, str(s.date), limit.predicate, str(limit.date)),
            entity=shown_name(world, key, limit.subject),
            action="married " + (s.subject if world.key(s.subject) != key else s.object), date=str(s.date),
            verb=END_NOUNS["death"], limit=str(limit.date))
    for s, limit, key in actions_beyond(world, rule, "after"):
        if (key, s.span, str(s.date)) in seen:
            continue  # "Merriott and Sjoke travelled ... to open": one finding per sentence and date
        seen.add((key, s.span, str(s.date)))
        where, carried = act_location(s)
        yield diagnostic(
            rule, where, [limit_note(limit), *carried],
            key=(key, s.predicate, str(s.date), limit.predicate, str(limit.date)),
            entity=limit.subject if incomplete_name(world.name(key)) else world.name(key) if world.name(key) != key
            else s.subject,
            action=(s.text or s.predicate).strip(), date=str(s.date),
            verb=END_NOUNS.get(limit.predicate, limit.predicate), limit=str(limit.date))
