"""Prose that places a listed party at a side without a verb of joining.

Why: a side is given in more places than an infobox and "joined": "Grimmholt tunnellers in the Brood's
service", "remained in Hugh's obedience throughout", "fought in the Concordat line", "stayed loyal to
the Union", "among the witnesses for Crescent was Milo Hruska", "Federigo's two lieutenants, Almenar and
Ulrich", "an ally of Vell", "commanded Vell's besieging host". Each is a "serve" statement (subject: the
party as a side list names it; object: the side's party or leader; acting for a side at a time, not
joining it once, so no joining date to agree with another) for checks/disjoint_sides.py, which compares
it with the party's listings and their periods. A party is recognised only as a side list writes it
(without its title or force noun), by its place ("the Callow crossbowmen", "a company of Quenby
crossbowmen"), or as the page's own subject ("its galleys" on the party's page); never inside a longer
name ("Count Ulrich of Tessenau" is not Tessenau, "the Tarrand Regiment" not Tarrand), not governed by a
preposition ("rode for Ostmere"), and not when the words before it say the force was the other side's
prize ("captured", "deserters") or after it that it was there as a prisoner, hostage or envoy.
A phrase whose sentence says a whole conflict ("throughout the war", "from the first month of the war to its
last", "to the armistice") is a "loyal" statement, and its party is read on that page even where no list
names it ("The Hessel companies, which fought for Dorrenburg from the first month of the Toll War to its
last"), so that a dated act of the same party for the other side can be set against it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from .. import vocabulary
from ..vocabulary import CASE_UNSAFE
from ..model import BlockKind, Document, DocumentFacts, Origin, Statement
from .opposed import bare_name
from .side_lists import PARTY_NAME, SENTENCE_OR_CLAUSE, party_key

_OBJ = rf"(?:the\s+)?(?P<obj>{PARTY_NAME.pattern})"
# a name a preposition governs is no subject ("rode for Ostmere", "sent its novices to Wenna House")
_GOVERNED = re.compile(r"\b(of|for|with|to|against|from|by|at|under|beside|before|behind|among|over)\s+(?:the\s+)?$",
                       re.I)
# "its galleys", "Its militia frigates fought" right before the phrase: the page's own party's force
_ITS = re.compile(r"\b[Ii]ts\s+((?:[a-z]+,?\s+){1,3})$")
# where the names a phrase lists end: a clause of their own ("..., who swore that ...")
_LIST_END = re.compile(r"\s(?:who|whom|which|whose|that|when|while|where)\s|;")
# a list that ends where another owner's list begins: "made up of A and B, and Orm's of C", "and the duke's of C"
_OTHER_OWNER = re.compile(r",?\s+and\s+(?:the\s+)?[\w-]+['’]s?\s+(?:[a-z]+\s+)?of\s")
# between a party and the phrase that places it: its force ("militia frigates"), "then"/"now"/"still"
# "the Lord of Hessel, whose men, newly allied to": the force of the name before "whose"; "the Tessary March,
# which had fought for": the name the relative pronoun stands for
_ADJACENT = re.compile(r"(?:['’]s)?(?:\s+[a-z]+s|\s+militia){0,2},?(?:\s+whose\s+(?:men|[a-z]+s),|"
                       r"\s+(?:which|who)(?:\s+(?:had|has|have))?)?(?:\s+(?:then|now|still|newly))?,?\s*$")


def _words(spec: dict, field: str) -> str:
    return "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in spec.get(field) or ())


def _firsts(spec: dict, field: str, lower: bool = False) -> tuple[str, ...]:
    """The first word of each of the list's words: a locator built on the list matches no text without one."""
    return tuple(str(w).split()[0].lower() if lower else str(w).split()[0] for w in spec.get(field) or ())


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[tuple[tuple[str, ...], bool, re.Pattern]], list[tuple[tuple[str, ...], bool, re.Pattern]],
                         re.Pattern | None, re.Pattern | None]:
    """(locators after the party, locators before the parties they name, words that deny, words that make the
    force another's prize). Each locator comes as (gate, caseless, pattern): the gate holds words one of which
    it cannot match without (in the lower-cased text when caseless); a paragraph is tested for them once (most
    paragraphs have none) instead of running the locator over each of its sentences."""
    spec = vocabulary.load("prose").get("side_phrases") or {}
    places, loyal, company = _words(spec, "places"), _words(spec, "loyal"), _words(spec, "company")
    after = []
    if places:
        gate = _firsts(spec, "places")
        after += [(gate, False, re.compile(rf"\bin\s+{_OBJ}['’]s\s+(?:own\s+)?(?:{places})\b")),  # "in the Brood's service"
                  (gate, False, re.compile(rf"\bin\s+the\s+(?:{places})\s+of\s+{_OBJ}")),  # "in the service of the Brood"
                  (gate, False, re.compile(rf"\bin\s+the\s+(?P<obj>[A-Z][\w-]*)\s+(?:{places})\b"))]  # "in the Concordat line"
    if loyal:
        after.append((_firsts(spec, "loyal"), False, re.compile(rf"\b(?:{loyal})\s+{_OBJ}")))  # "stayed loyal to the Union"
        rebels = _words(spec, "rebel_nouns")
        if rebels:  # "sided with the insurgents": the side that rose (checks/disjoint_sides.py says which it is)
            after.append((_firsts(spec, "loyal"), False, re.compile(rf"\b(?:{loyal})\s+the\s+(?P<obj>{rebels})\b")))
    one = _words(spec, "companion")
    # (in a fixed order: the pattern must be the same string in every process for precompiled.py)
    forces = "|".join(re.escape(w) for w in sorted(vocabulary.word_set("demonyms", "group_nouns"),
                                                   key=lambda w: (-len(w), w)) if " " not in w and w.isalpha())
    copula = r"(?:,\s*|\s+(?:was|were|proved|remained|became|stayed)\s+(?:one\s+of\s+)?)"
    if one:  # "House Amberlee, the Queen's most constant supporters", "Orm proved Vell's ally", "an ally of Vell"
        gate = _firsts(spec, "companion")
        after += [(gate, False, re.compile(rf"{copula}(?:the\s+|a\s+|an\s+)?(?P<obj>{PARTY_NAME.pattern})['’]s\s+"
                                    rf"(?:[a-z]+\s+){{0,2}}?(?:{one})\b")),
                  (gate, False, re.compile(rf"{copula}(?:the\s+|a\s+|an\s+)(?:[a-z]+\s+){{0,2}}?(?:{one})\s+of\s+{_OBJ}"))]
    testify = _words(spec, "testify")
    if testify:  # "testified for the plaintiff" (a side a witness table's column names), "gave evidence for Orme"
        after.append((_firsts(spec, "testify"), False,
                      re.compile(rf"\b(?:{testify})\s+for\s+(?:the\s+)?(?P<obj>{PARTY_NAME.pattern}|[a-z]+)\b")))
    # (from the lists that have words: an empty one would add an empty alternative, and "in Vell's garden" match)
    held = "|".join(w for w in (forces, one) if w)
    if held:  # "listed among Vell's troops", "a captain in Vell's army", "commanded Vell's besieging host"
        after.append((("'s", "’s"), False,
                      re.compile(rf"\b(?:among|in|commanded|led)\s+{_OBJ}['’]s\s+(?:[a-z]+\s+)?(?:{held})\b")))
    after += _formation_locators(spec)
    sides, side_preps = _words(spec, "side_nouns"), _words(spec, "side_preps")
    if sides and side_preps:  # "sent its levy to the Orlemont side", "fought on the Crown side throughout"
        after.append((_firsts(spec, "side_nouns"), False,
                      re.compile(rf"\b(?:{side_preps})\s+the\s+(?P<obj>{PARTY_NAME.pattern})\s+(?:{sides})\b")))
    causes, cause_nouns = _words(spec, "cause_verbs"), _words(spec, "cause_nouns")
    if causes and cause_nouns:  # "joined the Vellish cause", "declared for the Tavinist party", "joined Tavin's party"
        after += [(_firsts(spec, "cause_nouns"), False,
                   re.compile(rf"\b(?:{causes})\s+the\s+(?P<obj>{PARTY_NAME.pattern})\s+(?:{cause_nouns})\b")),
                  (_firsts(spec, "cause_nouns"), False,
                   re.compile(rf"\b(?:{causes})\s+{_OBJ}['’]s\s+(?:{cause_nouns})\b"))]
    owned, ruler_nouns = _words(spec, "acknowledged"), _ruler_nouns(spec)
    if owned and ruler_nouns:  # "acknowledged Tavin as duke", "recognised the Regent as lawful ruler"
        after.append((_firsts(spec, "acknowledged"), False,
                      re.compile(rf"\b(?:{owned})\s+{_OBJ}\s+as\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?"
                                 rf"(?:(?:lawful|rightful|true|legitimate|sole)\s+)?(?i:{ruler_nouns})\b")))
    vow_verbs, vow_nouns = _words(spec, "vow_verbs"), _words(spec, "vow_nouns")
    vow = rf"(?:{vow_verbs})\s+(?:(?:his|her|its|their|an?|the)\s+)?(?:[a-z]+\s+)?(?:{vow_nouns})\s+to" \
        if vow_verbs and vow_nouns else ""
    if vow:  # "swore allegiance to Tavin", "pledged its fealty to the House of Vell"
        after.append((_firsts(spec, "vow_nouns"), False, re.compile(rf"\b{vow}\s+{_OBJ}")))
    styles = "|".join(re.escape(str(w)) for w in sorted(vocabulary.word_set("prose", "ruler_styles"), key=lambda w: (-len(w), w)))
    style_verbs = "|".join(w for w in (_words(spec, "style_verbs"), loyal, vow) if w)
    if styles and style_verbs:  # "declared for the duke", "stayed loyal to the Regent", "swore fealty to the king"
        gate = tuple(dict.fromkeys(_firsts(spec, "style_verbs") + _firsts(spec, "loyal") + _firsts(spec, "vow_nouns")))
        after.append((gate, False, re.compile(rf"\b(?:{style_verbs})\s+the\s+(?P<obj>(?i:{styles}))\b(?!\s+of\b|\s+[A-Z])")))
    if styles and places:  # "entered the duke's service", "in the king's pay"
        after.append((_firsts(spec, "places"), False,
                      re.compile(rf"\b(?:in|into|entered|entering|enters)\s+the\s+(?P<obj>(?i:{styles}))['’]s\s+(?:own\s+)?(?:{places})\b")))
    orders = _words(spec, "orders")
    if orders:  # "stayed at their posts on the company's orders", "sailed on the orders of the Council"
        gate = _firsts(spec, "orders")
        after += [(gate, False, re.compile(rf"\b(?:on|at|under)\s+(?:the\s+)?(?P<obj>{PARTY_NAME.pattern}|[a-z]+)['’]s\s+"
                                           rf"(?:own\s+|express\s+|direct\s+)?(?:{orders})\b")),
                  (gate, False, re.compile(rf"\b(?:on|at|under)\s+the\s+(?:express\s+|direct\s+)?(?:{orders})\s+of\s+"
                                           rf"(?:the\s+)?(?P<obj>{PARTY_NAME.pattern}|[a-z]+)\b"))]
    before = []
    if company:  # "among the witnesses for Crescent was X"; "Federigo's two lieutenants, Almenar and Ulrich"
        before += [(_firsts(spec, "company", lower=True), True,
                    re.compile(rf"\bamong\s+the\s+(?:{company})\s+(?:for|of)\s+{_OBJ}\s+(?:was|were)\b", re.I)),
                   (_firsts(spec, "company"), False, re.compile(rf"(?P<obj>{PARTY_NAME.pattern})['’]s\s+(?:[a-z]+\s+){{0,2}}?(?:{company}),"))]
    held = _words(spec, "held_for")
    if held:  # "it was held for the Assembly by the militias and by Captain X": the agents after "by" serve the party
        before.append((_firsts(spec, "held_for"), False,
                       re.compile(rf"\b(?:{held})\s+for\s+{_OBJ}\s+(?:[a-z]+\s+){{0,3}}?by\b")))
    gathered = _words(spec, "gathered")
    if gathered and forces:  # "Brand had gathered an army of 8,000 at Lisk, including 500 men sent by Pell"
        before.append((_firsts(spec, "gathered"), False,
                       re.compile(rf"(?P<obj>{PARTY_NAME.pattern})\s+(?:had\s+)?(?:{gathered})\s+(?:an?|his|her|its|their)\s+"
                                  rf"(?:[a-z]+\s+)?(?:{forces})\b[^.;]{{0,80}}?,\s+including\b")))
    roster = _roster_pattern(spec)
    if roster:
        before.append((_firsts(spec, "roster"), False, re.compile(roster)))
    led = _led_pattern(spec)
    if led:
        before.append((_firsts(spec, "led_by"), False, re.compile(led)))
    denied, prize = _words(spec, "denied"), _words(spec, "not_the_party")
    return (after, before, re.compile(rf"\b(?:{denied})\b", re.I) if denied else None,
            re.compile(rf"\b(?:{prize})\s+(?:\S+\s+){{0,3}}$", re.I) if prize else None)


def _ruler_nouns(spec: dict) -> str:
    """The words a party is owned as ("acknowledged Tavin as duke", "as their lawful sovereign"): a ruler's style
    (prose.yaml ruler_styles) or one of side_phrases.acknowledged_as."""
    words = set(vocabulary.word_set("prose", "ruler_styles")) | {str(w) for w in spec.get("acknowledged_as") or ()}
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _roster_pattern(spec: dict) -> str | None:
    """A side's roster: "Morvane's host of about 12,000 was made up of the Caskell troops and ...", "the Syncopators'
    reed section that night was X, Y and Z": the names after "was"/"were" (no verb between) are the owner's."""
    roster = _words(spec, "roster")
    if not roster:
        return None
    # the owner: up to four capitalised words (a bounded name: an unbounded one made a long run of capitals quadratic)
    return (rf"(?<![\w'’-])(?P<obj>[A-Z][\w-]*(?:\s+(?:(?:of|the|de|von|van)\s+)?[A-Z][\w-]*){{0,3}})['’]s?\s+"
            rf"(?:[a-z-]+\s+){{0,2}}?(?:{roster})\b"
            rf"(?:\s+(?:of|that|this|on|in|at)\s+[\w,\s]{{1,30}}?)?"
            rf"\s+(?:was|were)\s+(?:(?:made\s+up|composed|formed)\s+of\s+|(?:led|headed)\s+by\s+)?(?=the\s|[A-Z])")


def _led_pattern(spec: dict) -> str | None:
    """"the Ruthven northern squadron under Count Ebbe Lorn", "the Compact picket at the north gate, commanded by
    Captain Ivo Brae": a force named by its party or people (obj), then who leads it (the name right after, read in
    SidePhraseReader.read): he serves that party (a "lead" statement: checks/disjoint_sides.py takes its side from
    the page's own lists only, as an adjective such as "Curial" may name no party of them)."""
    led = _words(spec, "led_by")
    nouns = {str(w) for key in ("vessels", "formation_nouns", "led_forces") for w in spec.get(key) or ()} | \
        {w for w in vocabulary.word_set("demonyms", "group_nouns") if " " not in w and w.isalpha()}
    if not led or not nouns:
        return None
    forces = "|".join(re.escape(w) for w in sorted(nouns, key=lambda w: (-len(w), w)))
    place = r"(?:\s+(?:at|off|on|in|near|before)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
    return (rf"(?<![\w'’-])(?P<obj>{PARTY_NAME.pattern})\s+(?:[a-z-]+\s+){{0,2}}?(?:{forces}){place},?\s+"
            rf"(?:{led})\s+(?=[A-Z])")


def _formation_locators(spec: dict) -> list[tuple[tuple[str, ...], bool, re.Pattern]]:
    """"sailing that summer under Dorrenburg's colours", "fought alongside the Concordat rearguard", "then sailing
    with the Kestrian squadron", "holding the Authority's left flank": a force inside another party's formation
    serves that party. Each is gated on the formation nouns (rarer than the prepositions)."""
    nouns, preps = _words(spec, "formation_nouns"), _words(spec, "formation_preps")
    motion, holds = _words(spec, "formation_motion"), _words(spec, "formation_holds")
    if not nouns:
        return []
    gate = _firsts(spec, "formation_nouns")
    formation = rf"(?:[a-z]+\s+){{0,2}}?(?:{nouns})\b"
    out = []
    if preps:
        out.append((gate, False, re.compile(rf"\b(?:{preps})\s+{_OBJ}(?:['’]s)?\s+{formation}")))
    if motion:
        out.append((gate, False, re.compile(rf"\b(?:{motion})\s+with\s+{_OBJ}(?:['’]s)?\s+{formation}")))
    if holds:  # "holding the Authority's left flank", "held the Marn left flank"
        out.append((gate, False, re.compile(rf"\b(?:{holds})\s+{_OBJ}['’]s\s+{formation}")))
        out.append((gate, False, re.compile(rf"\b(?:{holds})\s+the\s+(?P<obj>{PARTY_NAME.pattern})\s+{formation}")))
    stations = _words(spec, "formation_stations")
    if stations:  # "the Brotherhood's banner stood on Ilse's left wing", "its lances were posted in the Duke's van"
        out.append((gate, False, re.compile(rf"\b(?:{stations})\s+(?:on|in)\s+{_OBJ}['’]s\s+{formation}")))
    supply = _words(spec, "formation_supply")
    if supply:
        out += [(gate, False, re.compile(rf"\b(?:{supply})\s+{_OBJ}['’]s\s+{formation}")),
                (gate, False, re.compile(rf"\bkept\s+{_OBJ}['’]s\s+{formation}\s+(?:{supply})\b"))]
    return out


class _WholeSpan:
    """Words that make a side phrase's sentence a loyalty for a whole conflict (prose.yaml side_phrases.whole_span):
    `search(text)` says whether the text has one: the pattern runs over the lower-cased text, and only when it holds
    a literal the pattern needs (caseless and tried at every word, it cost a tenth of a second on a long page)."""

    def __init__(self, pattern: re.Pattern, literals: tuple[str, ...]) -> None:
        self.pattern, self.literals = pattern, literals

    def search(self, text: str) -> bool:
        low = text.lower()
        return any(w in low for w in self.literals) and self.pattern.search(low) is not None


@lru_cache(maxsize=1)
def _whole_span() -> _WholeSpan | None:
    spec = vocabulary.load("prose").get("side_phrases") or {}
    words, nouns = _words(spec, "whole_span"), _words(spec, "whole_span_nouns")
    literals = tuple(" ".join(str(w).lower().split()) for w in spec.get("whole_span") or ())
    if not nouns:
        return _WholeSpan(re.compile(rf"\b(?:{words.lower()})\b"), literals) if words else None
    noun = rf"(?:[\w-]+\s+)?(?:{nouns})\b"
    forms = [rf"(?:throughout|all\s+through|right\s+through)\s+(?:the|its|that|this|their)\s+{noun}",
             r"throughout(?=\s*(?:[,.;:)]|$))",
             rf"(?:for\s+)?the\s+whole\s+(?:of\s+the\s+)?{noun}", rf"(?:to|until|till)\s+the\s+end\s+of\s+the\s+{noun}",
             rf"for\s+the\s+duration\s+of\s+the\s+{noun}", r"from\s+the\s+first\s+(?:[\w-]+\s+){0,6}?to\s+(?:its|the)\s+(?:last|end)"]
    return _WholeSpan(re.compile(rf"\b(?:{'|'.join(forms + ([words] if words else []))})".lower()),
                      literals + ("throughout", "all through", "right through", "whole", "end of the", "duration of",
                                 "from the first"))


# in a sentence that says a whole conflict, "for" a party is that party's side ("whose crews kept the ore
# lifters moving for Crannock from the first day of the rising to the last")
_WHOLE_FOR = re.compile(rf"\bfor\s+{_OBJ}")


@lru_cache(maxsize=1)
def _orders_patterns() -> frozenset[str]:
    """The "on X's orders" locators' pattern strings: their owner in lower case is a listed party's head noun."""
    spec = vocabulary.load("prose").get("side_phrases") or {}
    gate = _firsts(spec, "orders")
    return frozenset(p.pattern for g, _, p in _patterns()[0] if g == gate) if gate else frozenset()


@lru_cache(maxsize=1)
def _formation_patterns() -> frozenset[str]:
    """The formation locators' pattern strings, built once (a match of one takes its actor from _force)."""
    return frozenset(p.pattern for _, _, p in _formation_locators(vocabulary.load("prose").get("side_phrases") or {}))


@lru_cache(maxsize=1)
def _side_patterns() -> frozenset[str]:
    """The "to the X side" locators' pattern strings (their party is the one of the phrase's own coordinated clause)."""
    spec = vocabulary.load("prose").get("side_phrases") or {}
    gate = _firsts(spec, "side_nouns")
    return frozenset(p.pattern for g, _, p in _patterns()[0] if g == gate) if gate else frozenset()


# ", and <a new subject>": where a coordinated clause begins
_AND_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=[A-Z]|the\s)")
# "which had sent men to the Orlemont side": a pluperfect act, before the time of the sentence's other dates
# an aside after a party's name that tells what bound it before ("X, which had concluded an alliance with Y in
# 1664, ...", ", bound to the Republic by the timber compact of 1631,"): a relative or a participle, then a comma
_ASIDE = re.compile(r",\s+(?:which|who|whose|having|being|bound|tied|allied|linked|pledged|sworn)\b[^,;()]*,")
_PLUPERFECT = re.compile(r"\bhad\s+(?:[a-z]+\s+)?[a-z]+(?:ed|en|nt|ld|ght|ne|wn|ft)\b[^,;]*$")

_UNTIL = re.compile(r"\b(?:until|till|up\s+to)\s+(?:the\s+)?$", re.I)


def _possessive(name: str) -> bool:
    """"for Crannock's answer": the owner of something else, no side."""
    return name.endswith(("'s", "’s"))


# the first word of a family's name as a side list writes it ("House Draymoor", "Clan Orrin")
_HOUSE_HEADS = frozenset({"house", "clan"})


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(str(t).casefold() for t in vocabulary.load("prose").get("titles") or ())


def _untitled(key: str) -> str:
    """"earl baldric" -> "baldric": a listed person written in prose with a title the list leaves out."""
    first, _, rest = key.partition(" ")
    return rest if rest and first in _title_words() else key


_RELATIVE = re.compile(r"\b(?:who|which|whose)\b")

_READ_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})


def _place_key(key: str) -> str:
    """"lord of hessel", "duchy of harlingmark" -> "hessel", "harlingmark": a ruler's style or a state's form of a
    place stands for the place (else the key itself)."""
    head, sep, place = key.rpartition(" of ")
    if sep and place and head.split() and (head.split()[-1] in vocabulary.word_set("prose", "ruler_styles") or
                                           head in vocabulary.word_set("demonyms", "polity_heads")):
        return place
    return key


def _plural(word: str) -> bool:
    """"carters", "companies": a plural noun right after a party's name makes a body of its people (a verb in -s
    there has the party as its subject anyway)."""
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss")


@lru_cache(maxsize=1)
def _gate_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words of every locator's gate: (those looked for in the text as written, those in its lower case)."""
    after, before, _, _ = _patterns()
    return (frozenset(w for gate, caseless, _ in after + before if not caseless for w in gate),
            frozenset(w for gate, caseless, _ in after + before if caseless for w in gate))


def _found(words: tuple[frozenset[str], frozenset[str]], text: str, low: str) -> tuple[frozenset[str], frozenset[str]]:
    """Those of the gate words `words` (as _gate_words gives them) that are in `text`, in `low` (its lower case)."""
    return frozenset(w for w in words[0] if w in text), frozenset(w for w in words[1] if w in low)


@lru_cache(maxsize=1)
def _not_ascii_words() -> tuple[frozenset[str], frozenset[str]]:
    """The gate words that are not ASCII: lower() of a whole text and of its sentence may differ there, so a
    sentence is tested for them even where its text is not found to hold them."""
    caseful, caseless = _gate_words()
    return frozenset(w for w in caseful if not w.isascii()), frozenset(w for w in caseless if not w.isascii())


def _gated(locators: list, found: tuple[frozenset[str], frozenset[str]], folds: bool) -> list:
    """The (gate, caseless, pattern) locators that may match a text whose gate words are `found` (see _found): a
    word of the gate is among them, or the locator is caseless and `folds` (the text has a letter re.I folds
    otherwise). The text is looked at once for all the gates' words, not once for each gate's."""
    caseful, caseless = found
    if not caseful and not caseless and not folds:
        return []  # most sentences
    return [locator for locator in locators
            if (folds or not caseless.isdisjoint(locator[0]) if locator[1] else not caseful.isdisjoint(locator[0]))]


# the hedge of an undated join or serve statement whose sentence tells another time (prose.yaml side_phrases
# career_time, other_time): "After the war Holm swore allegiance to the duke"
ANOTHER_TIME = "at another time"


@lru_cache(maxsize=1)
def _career_time() -> re.Pattern | None:
    spec = vocabulary.load("prose").get("side_phrases") or {}
    words = "|".join(w for w in (_words(spec, "career_time"), _words(spec, "other_time")) if w)
    return re.compile(rf"\b(?:{words})\b", re.I) if words else None


def at_another_time(sentence: str) -> bool:
    """Does an undated sentence tell of another time than the conflict its page is about?"""
    pattern = _career_time()
    return pattern is not None and pattern.search(sentence) is not None


class SidePhraseReader:
    """Serve statements from prose phrases that place a party this page lists (or the page's subject) at a side."""

    def __init__(self, doc: Document, facts: DocumentFacts) -> None:
        self.doc, self.facts = doc, facts
        self.after, self.before, self.denied, self.prize = _patterns()
        spec = vocabulary.load("prose").get("side_phrases") or {}
        self.gate = [str(w).lower() for w in spec.get("gate") or ()]  # (reordered as _gate_passes finds them)
        self.forces = vocabulary.word_set("demonyms", "group_nouns") | {"company", "band", "troop"}
        self.vessels = frozenset(str(w) for w in spec.get("vessels") or ())
        self.formations = _formation_patterns()
        self.side_nouns = _side_patterns()
        self.whole = _whole_span()
        # one-word "denied" and "not_the_party" words: right after a party's name they make it no actor
        self.others = frozenset(str(w).lower() for key in ("denied", "not_the_party") for w in spec.get(key) or ()
                                if " " not in str(w))
        self.denying = frozenset(str(w).lower() for w in spec.get("denied") or () if " " not in str(w))
        self._parties: dict[str, str] | None = None
        self.own: str | None = None  # the party the page is about (a page that lists no sides)
        self._linked: tuple[int, dict[str, str]] | None = None
        self.told = None  # the last date this section's prose told (a roster's event)
        self.roster = _roster_pattern(spec)
        self.led = _led_pattern(spec)
        other = _words(spec, "other_time")
        self.other_time = re.compile(rf"\b(?:{other})\b", re.I) if other else None

    def _gate_passes(self, low: str) -> bool:
        """Whether a word of the gate is in `low`. The word found moves to the front: a page's paragraphs pass
        on the same few words, found then at the first tests instead of after half the list."""
        gate = self.gate
        for i, word in enumerate(gate):
            if word in low:
                if i:
                    gate.insert(0, gate.pop(i))
                return True
        return False

    def parties(self) -> dict[str, str]:
        """Keys a party is written by -> the name its listing (or the page title) gives it: the name itself, the
        name without its force noun ("Grimmholt engineers" -> "grimmholt"), the stem of a possessive title
        ("Kessen's Reach" -> "kessen")."""
        if self._parties is None:
            forces = vocabulary.word_set("demonyms", "group_nouns")
            heads = vocabulary.word_set("demonyms", "polity_heads")
            titles = sorted((str(t).casefold() + " " for t in vocabulary.load("prose").get("titles") or ()),
                            key=len, reverse=True)
            out: dict[str, str] = {}
            names = [m.entity for m in self.facts.memberships
                     if m.span.path == self.doc.path and m.role in ("belligerent", "commander")]
            for name in names:
                key = party_key(name)
                out.setdefault(key, name)
                title = next((t for t in titles if key.startswith(t) and len(key) > len(t)), None)
                if title:  # "Count Ulrich of Tessenau" is written "Ulrich of Tessenau"
                    out.setdefault(key[len(title):], name)
                words = key.split()
                while len(words) > 1 and words[-1] in forces:
                    words.pop()
                    out.setdefault(" ".join(words), name)
                head, sep, place = key.rpartition(" of ")
                if sep and head in heads:  # "the Callow crossbowmen" of the "Free Town of Callow"
                    out.setdefault(place, name)
                person, comma, style = key.partition(", ")
                if comma and person and style.split()[0] + " " in titles:  # "Baldric, Earl of Cragmoor" is "Baldric"
                    out.setdefault(person, name)
                if len(words) > 1 and words[0] in _HOUSE_HEADS:  # "the Draymoor spears" of "House Draymoor"
                    out.setdefault(" ".join(words[1:]), name)
            # "Maresk" for the listed commander "Hugo Maresk" (or "Marshal Hugo Maresk"): a person's last name,
            # where no other listed name ends or begins with it
            people = [m.entity for m in self.facts.memberships
                      if m.span.path == self.doc.path and m.role == "commander"]
            lasts: dict[str, set[str]] = {}
            for name in names:
                for w in {party_key(name).split()[0], party_key(name).split()[-1]} if party_key(name) else ():
                    lasts.setdefault(w, set()).add(name)
            for name in people:
                words = _untitled(party_key(name)).split()
                if len(words) >= 2 and len(words[-1]) > 2 and words[-1] not in _title_words() and \
                        lasts.get(words[-1], set()) == {name}:
                    out.setdefault(words[-1], name)
            for key, name in self._loyal_parties().items():
                out.setdefault(key, name)
            title = self.facts.title or self.doc.title
            if title and not names:  # a party's own page
                self.own = title
                out.setdefault(party_key(title), title)
                head, of, _ = title.partition(" of ")
                if of and head[:1].isupper() and " " not in head and party_key(head) not in _title_words():
                    out.setdefault(party_key(head), title)  # "the Brotherhood's banner" on the "Brotherhood of Saint Avel"'s page
                first = title.split()[0]
                if len(title.split()) > 1 and first.endswith(("'s", "’s")):
                    out.setdefault(party_key(first[:-2]), title)
            self._parties = out
        return self._parties

    def _loyal_parties(self) -> dict[str, str]:
        """The parties the page tells a loyalty of for a whole conflict ("The Hessel companies, which fought for
        Dorrenburg from the first month of the Toll War to its last"), listed or not: their other side phrases
        on the page are read too, so that checks/disjoint_sides.py can set a dated act for the other side
        against the loyalty. Keyed as parties() keys a listed name (its place for "Lord of Hessel")."""
        out: dict[str, str] = {}
        if self.whole is None:
            return out
        for block in self.doc.blocks:
            text = block.text
            if block.kind not in _READ_KINDS or not self.whole.search(text):
                continue
            for sm in SENTENCE_OR_CLAUSE.finditer(text):
                sentence = sm.group()
                if not self.whole.search(sentence):
                    continue
                words = _found(_gate_words(), sentence, sentence.lower())
                for pattern in [p for _, _, p in _gated(self.after, words, False)] + [_WHOLE_FOR]:
                    for m in pattern.finditer(sentence):
                        if pattern is _WHOLE_FOR and _possessive(m.group("obj")):
                            continue
                        name = self._loose_name(sentence, m.start())
                        if name and party_key(name) != party_key(re.sub(r"['’]s$", "", m.group("obj"))):
                            out.setdefault(party_key(name), name)
                            out.setdefault(_place_key(party_key(name)), name)
        return out

    def _loose_name(self, sentence: str, end: int) -> str | None:
        """The name a phrase at `end` places, as _subject finds it, but any name (a loyalty's party need not be
        listed): the name right before it, else the first its clause has that no preposition governs."""
        names = [n for n in PARTY_NAME.finditer(sentence, 0, end) if bare_name(n.group()) is not None]
        if names and _ADJACENT.match(sentence, names[-1].end(), end) and not _GOVERNED.search(sentence, 0, names[-1].start()):
            names = names[-1:]
        for n in names:
            if _GOVERNED.search(sentence, 0, n.start()):
                continue  # "bound to Ommerdal by the Treaty of Dalmoer"
            if self.prize and self.prize.search(sentence, 0, n.start()) or self._not_the_actor(sentence, n):
                return None
            return bare_name(n.group())
        return None

    def _party(self, n: re.Match) -> str | None:
        """The party a name in the sentence stands for, if it is one as written (not part of a longer name), or a
        ruler's style of its place ("the Lord of Hessel")."""
        key = party_key(re.sub(r"['’]s$", "", n.group()))
        return self.parties().get(key) or (self.linked().get(key) if self.own else None) or \
            (self.parties().get(_place_key(key)) if _place_key(key) != key else None) or \
            self.parties().get(_untitled(key), None) or self._styled_person(key)

    def _described(self, noun: str) -> str | None:
        """"the company" -> "Ardessa and Vintrago Railway Company": the one party this page lists whose name's last
        word is the noun (a common noun standing for a listed body); None when none or several are."""
        found = {name for name in self.parties().values()
                 if re.sub(r"\s*\([^()]*\)\s*$", "", name).split()[-1:] == [noun.capitalize()]}
        return found.pop() if len(found) == 1 else None

    def _styled_person(self, key: str) -> str | None:
        """"interior minister luzio fennamore": a listed person's full name (two words or more) after an office the
        list leaves out, the one listed name the prose name ends with."""
        if key.count(" ") < 2:
            return None
        found = {name for k, name in self.parties().items() if " " in k and key.endswith(" " + k)}
        return found.pop() if len(found) == 1 else None

    def linked(self) -> dict[str, str]:
        """On a page that lists no sides, the pages it links so far, by their name and by a first or last word
        no other linked name shares ("Guild haulers" of the [[Lantern Haulers' Guild]]): a party another page
        lists may act here (checks/disjoint_sides.py keeps an act dated within that page's conflict)."""
        if self._linked is None or self._linked[0] != len(self.facts.names):  # names grow as blocks are read
            links = [m.name for m in self.facts.names if m.kind == "link" and m.span.path == self.doc.path]
            out: dict[str, str] = {}
            words: dict[str, set[str]] = {}
            for name in links:
                key = party_key(name)
                out.setdefault(key, name)
                parts = key.split()
                if len(parts) > 1:
                    for w in {parts[0], parts[-1]}:
                        words.setdefault(w, set()).add(name)
            for w, names in words.items():
                if len(names) == 1 and w not in out:
                    out[w] = names.pop()
            self._linked = (len(self.facts.names), out)
        return self._linked[1]

    def _force(self, sentence: str, start: int, end: int) -> str | None:
        """The first party of the clause written as a force ("with the Ashby Reach militia under Reeve Sallow
        holding ...", "Brightwater frigates also fought ...", "Brevik's militia, sailing ..."): the actor of a
        formation phrase even where a preposition governs it. A force's place may be the first words of the one
        party's name the page lists ("Brightwater" of the "Brightwater Syndicate")."""
        for n in PARTY_NAME.finditer(sentence, start, end):
            after = re.match(r"(?:['’]s)?\s+([a-z]+)\b(?:\s+([a-z]+)\b)?", sentence[n.end():end])
            if not after or not any(self._body(w) or _plural(w) for w in after.groups() if w):
                continue
            if self.prize and self.prize.search(sentence, start, n.start()) or self._not_the_actor(sentence, n) or \
                    self.denied and self.denied.search(sentence, n.end(), end):
                return None
            party = self._party(n)
            if party is None:
                key = party_key(re.sub(r"['’]s$", "", n.group()))
                fuller = {name for k, name in self.parties().items() if k.startswith(key + " ")}
                party = fuller.pop() if len(fuller) == 1 else None
            if party is None and self.own and " " in n.group().strip():
                # a page that lists no sides: a body of any party another page may list ("Holt League barges");
                # checks/disjoint_sides.py keeps it only for a listed party and an act dated within its war
                party = re.sub(r"['’]s$", "", n.group())
            if party is not None:
                return party
        return None

    def _not_the_actor(self, sentence: str, n: re.Match) -> bool:
        """A party's name that stands for someone else: followed by a word that makes the force another's or no
        force ("the Pavin exiles", "Pavin's envoys"), or after "a"/"an" as the adjective of a person or thing
        ("Corin Vass, a Pavin captain,": his act is not Pavin's; "a Pavin battalion" is Pavin's force)."""
        after = re.match(r"(?:['’]s)?\s+([a-z]+)", sentence[n.end():])
        word = after.group(1) if after else ""
        if word in self.others:
            return True
        return bool(re.search(r"\b[Aa]n?\s+$", sentence[max(0, n.start() - 4):n.start()])) and not self._body(word)

    def _denies(self, sentence: str, n: re.Match) -> bool:
        """A party's name right before a word that denies its acting for the phrase's party ("left", "deserted")."""
        after = re.match(r"\s+([a-z]+)", sentence[n.end():])
        return bool(after) and after.group(1) in self.denying

    def _body(self, word: str) -> bool:
        """A noun of a party's force or craft ("militia", "frigates")."""
        return word in self.forces or word in self.vessels

    def _subject(self, sentence: str, start: int, end: int) -> str | None:
        """The party a phrase at `end` places: the name right before it ("Grimmholt tunnellers in the Brood's
        service", "the Callow crossbowmen, then in Ysolde's service"), else the first party of its clause that no
        preposition governs ("The Abbey of Lunt sent its novices to Wenna House and stayed loyal to Osbert").
        None when the name right before it is another's prize ("the captured Callow barges")."""
        names = list(PARTY_NAME.finditer(sentence, start, end))
        its = _ITS.search(sentence, start, end) if self.own else None
        if its and not self.forces.isdisjoint(its.group(1).lower().split()) and \
                not (names and names[-1].start() > its.start()):
            return self.own  # "Its galleys fought in the Orvane line" on the page of the party
        adjacent = _ADJACENT.match(sentence, names[-1].end(), end) if names else None
        if adjacent:
            n = names[-1]
            if self.prize and self.prize.search(sentence, start, n.start()) or self._not_the_actor(sentence, n):
                return None
            party = self._party(n)
            if party is not None or not _GOVERNED.search(sentence, start, n.start()):
                return party
            if _RELATIVE.search(adjacent.group()):
                return None  # "Jehan Dorval, a cousin of Count Aymer Dorval of Brisaunt, who fought for the king": Aymer's
            # "The Duchy of Harlingmark, bound to Ommerdal by the Treaty of Dalmoer, remained ...": a name a
            # preposition governs is an aside's; the clause's subject comes before it
        for n in names:
            head = sentence[start:n.start()]
            governed = _GOVERNED.search(head)
            if governed and not (governed.group(1) == "of" and head[:governed.start()].split()[-1:] and
                                 head[:governed.start()].split()[-1].lower() in self.forces):
                continue  # "rode for Ostmere", "the Count of Tarrand" (not "a company of Quenby crossbowmen")
            if self.prize and self.prize.search(head) or self._not_the_actor(sentence, n):
                if self._party(n) is not None and self._denies(sentence, n):
                    return None  # "House Lisk left Tobin Carn and did homage to the queen": not Tobin's homage
                continue  # "the captured Tarrand galleys", "the Tarrand exiles", "Vass, a Tarrand captain,"
            party = self._party(n)
            if party is not None:
                return party if not (self.denied and self.denied.search(sentence, n.end(), end)) else None
        return None

    def heading(self) -> None:
        self.told = None

    def read(self, block, found, origin: Origin) -> None:
        if found:
            self.told = found[-1]
        if not self.facts.memberships and not self.facts.title:
            return
        text = block.text
        low = text.lower()
        whole = self.whole is not None and self.whole.search(text)
        if not (whole or self._gate_passes(low)) or not self.parties():
            return
        # (a re.I locator's words looked for in lower(): not when the text has a letter re.I folds otherwise, "ſ")
        folds = not text.isascii() and CASE_UNSAFE.search(text) is not None
        words = _found(_gate_words(), text, low)
        after, before = _gated(self.after, words, folds), _gated(self.before, words, folds)
        if not after and not before and not whole:
            return
        lowered = any(caseless for _, caseless, _ in before + after)
        # a sentence holds no gate word its text does not (but may a word that is not ASCII: see _not_ascii_words)
        unsure = _not_ascii_words()
        words = (words[0] | unsure[0], words[1] | unsure[1])
        for sm in SENTENCE_OR_CLAUSE.finditer(text):
            sentence = sm.group()
            # of the paragraph's locators, those whose gate the sentence itself passes (a match lies in its sentence)
            s_low = sentence.lower() if lowered else sentence
            # each phrase reads its own clause: the words since the phrase before it
            # ("Lunt stayed loyal to Edric, while Tallow stayed loyal to Osbert")
            clause_start = 0
            in_sentence = _found(words, sentence, s_low)
            found_here = [m for _, _, p in _gated(after, in_sentence, folds) for m in p.finditer(sentence)]
            if whole and self.whole.search(sentence):
                found_here += [m for m in _WHOLE_FOR.finditer(sentence) if not _possessive(m.group("obj"))
                               and not any(o.start() <= m.start() < o.end() for o in found_here)]
            for m in sorted(found_here, key=lambda m: m.start()):
                if m.re.pattern in self.side_nouns:
                    # "Morvane sent its captain, and Saint-Aude, whose bishop was his cousin, sent its levy to the
                    # Orlemont side": the party of the coordinated clause the phrase is in, not the sentence's first
                    joined = [j.end() for j in _AND_CLAUSE.finditer(sentence, clause_start, m.start())]
                    clause_start = max([clause_start] + joined)
                subject = (m.re.pattern in self.formations and self._force(sentence, clause_start, m.start())) or \
                    self._subject(sentence, clause_start, m.start())
                clause_start = m.end()
                if subject is not None:
                    self._emit(block, found, sm, m, subject, origin)
            for _, _, pattern in _gated(before, in_sentence, folds):
                for m in pattern.finditer(sentence):
                    stop = min((x for x in (_LIST_END.search(sentence, m.end()), _OTHER_OWNER.search(sentence, m.end()))
                                if x is not None), key=lambda x: x.start(), default=None)
                    names = PARTY_NAME.finditer(sentence, m.end(), stop.start() if stop else len(sentence))
                    if pattern.pattern == self.led:  # the leader: the name right after "under", not another's
                        if self.prize and self.prize.search(sentence, 0, m.start("obj")):
                            continue  # "the captured Ruthven frigates under ...": no longer the party's force
                        names = [n for n in islice(names, 1) if n.start() == m.end() and not _possessive(n.group())]
                    for n in names:
                        party = self._party(n)
                        if party is not None and party_key(party) != party_key(m.group("obj")):
                            # a roster's party is told where its name stands (a long list runs over lines)
                            self._emit(block, found, sm, m, party, origin, n if pattern.pattern == self.roster else None,
                                       "lead" if pattern.pattern == self.led else None)

    def _emit(self, block, found, sentence: re.Match, m: re.Match, subject: str, origin: Origin,
              name: re.Match | None = None, predicate: str | None = None) -> None:
        """The statement is dated by the sentence's last date before the phrase's end, else by its first after it
        in the same clause ("quarrelled through December"; not "testified ... that the ferry had run since 1850"),
        else by the paragraph's last date before the sentence, unless the sentence says it was at another time
        ("sailed under Vell's colours in the salt trade long before")."""
        obj = re.sub(r"['’]s$", "", m.group("obj"))
        if obj[:1].islower() and m.re.pattern in _orders_patterns():
            obj = self._described(obj)  # "on the company's orders": the one party listed whose name ends in that noun
            if obj is None:
                return
        if party_key(obj) == party_key(subject):
            return
        at = sentence.start()
        end = at + m.end()
        whole = self.whole is not None and self.whole.search(sentence.group())
        before = [f for f in found if at <= f.start < end]
        after = [f for f in found if end <= f.start < sentence.end()
                 and not _LIST_END.search(block.text, end, f.start)]
        # a loyalty for a whole conflict is dated only by its own words' date ("In that war (1914–1918) ...",
        # "From 3 May 2333 until the end of the war"), not by what befell the party after ("..., were paid off
        # in 1649") or by its paragraph
        if whole and before:
            # "Dunmarrow, which had concluded an alliance with Hollin in 1664, fought on the Tarrow side throughout
            # the war", "Hollenreich, bound to the Republic by the timber compact of 1631, remained Calvessa's only
            # ally for the whole of the war": the aside's date is of the alliance before, not the loyalty's own
            asides = [(a.start(), a.end()) for a in _ASIDE.finditer(block.text, at, at + m.start())]
            before = [f for f in before if not any(lo < f.start < hi for lo, hi in asides)]
        earlier = not before and m.re.pattern in _side_patterns() and _PLUPERFECT.search(block.text, at, at + m.start())
        if earlier:
            after = []  # "Brisk, which had sent men on the Orlemont side, changed sides on D": D is not the serving's
        inside = before[-1:] or ([] if whole else after[:1])
        f = inside[0] if inside else None
        if f is not None and f in inside and _UNTIL.search(block.text, max(0, f.start - 12), f.start):
            return  # "stood by the Council until 2 August 1602": a service that ended then, not an act at the date
        if not inside and not whole and not earlier and not (self.other_time and self.other_time.search(sentence.group())):
            f = next((f for f in reversed(found) if f.start < at), None)
            if f is None and m.re.pattern == self.roster:
                f = self.told  # "Morvane's host ... was made up of": the force of the event its section told last
        self.facts.statements.append(Statement(
            subject=subject, predicate=predicate or ("loyal" if whole else "serve"), object=obj, date=f.value if f else None,
            hedge=ANOTHER_TIME if f is None and at_another_time(sentence.group()) else None,
            span=self.doc.block_span(block, at + (name or m).start(), at + (name or m).end()),
            date_span=self.doc.block_span(block, f.start, f.end) if f and f in inside else None,
            origin=origin, text=m.group().strip()))
