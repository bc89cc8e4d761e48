"""An office held for dated years and an act told "as" that office: "From 1491 to 1499 he served as chaplain to the
Diet" and "He preached, as chaplain to the Diet, ... in 1502"; "Lemarre was sworn in as Chief Minister on 10 April
1956" and "In November 1955, in his capacity as Chief Minister, Lemarre opened the talks"; "| office2 = Chief
Minister ... | term_start2 = ... | term_end2 = ..." and "His last act as Chief Minister ... was dated 20 August 1962".

Why: the office may be none the vocabulary lists (a chaplaincy, a wardenship of the world's own), and the act is
told by its capacity, not by a title before the holder's name, so neither the titled-act nor the term readers
see it. Each term becomes a `capacity:term` statement (subject: the holder as written, the page's title for "he"
or "she"; object: the office; date: a range whose unknown end is open), each act a `capacity:act` statement, and a
sentence that tells the office held again ("re-elected", "a second term", "again") a `capacity:again` statement;
checks/within_span.py holds each act to the terms of the same holder and office on its page.

Only plain shapes are read: the act's sentence gives one date and no other; "acting as", "as former X", "as X-elect"
name another capacity and are not read.
"""
from __future__ import annotations

import re

from .. import vocabulary
from ..model import Block, BlockKind, DateRange, DateValue, Document, Origin, Statement
from .dates import MONTHS
from .sentences import sentence_spans

# "Rusk the younger": a namesake's epithet is part of the name (the elder may hold the same office)
_NAME = r"[A-Z][\w'’-]+(?:\s+(?:de\s+|von\s+|van\s+)?[A-Z][\w'’-]+){0,3}(?:\s+the\s+(?:[Yy]ounger|[Ee]lder))?"
_WHO = rf"(?P<who>{_NAME}|[Hh]e|[Ss]he)"
# "Lemarre was sworn in as", "he served as", "was appointed as": the taking or holding of an office
_TERM = re.compile(rf"{_WHO}\s+(?:(?:was|had\s+been)\s+)?(?P<verb>sworn\s+in|installed|appointed|elected|named|"
                   rf"served|sat|officiated)(?:\s+(?:later|briefly|also|first))?\s+as\s+")
# "she was treasurer to the Guild from 1730 to 1733", "On 10 April 1956 he became Chief Minister."
_TERM_NOUN = re.compile(rf"{_WHO}\s+(?P<verb>was|became)\s+(?=(?:the\s+)?[A-Za-z])")
# "in his capacity as", "He preached, as", "Lemarre, as", "His last act as"
_ACTS = (re.compile(r"(?<![\w'’-])[Ii]n\s+(?P<whose>his|her)\s+capacity\s+as\s+"),
         re.compile(rf"(?<![\w'’-]){_WHO}(?:\s+(?P<verb>[a-z]+))?,\s+as\s+"),
         re.compile(r"(?<![\w'’-])(?P<whose>[Hh]is|[Hh]er)\s+(?:(?:first|last|final|only|chief|main|official|formal)\s+)?"
                    r"(?:act|acts|decision|decree|order|duty|task|speech)\s+as\s+"))
_AGAIN = re.compile(r"\b(?:again|re-?elected|re-?appointed|reappointed|re-?instated|re-?installed|returned|resumed|"
                    r"restored|reinstated|once\s+more|anew|back\s+as|(?:second|third|fourth|fifth|another|new)\s+"
                    r"(?:term|time|spell|stint|period|tenure)|(?:two|three|four|five|several)\s+(?:terms|times|spells))\b",
                    re.I)
# a word every match of _AGAIN holds ("re-elected" and "reelected" hold "elected", "two terms" holds "term")
_AGAIN_GATE = vocabulary.WordGate(["again", "elected", "appointed", "instated", "installed", "returned", "resumed",
                                   "restored", "once", "anew", "back", "term", "time", "spell", "stint", "period",
                                   "tenure"])
_LINKS = frozenset({"of", "to", "for"})
# words that open no office's name: function words and words said of a holder rather than of the office
# ("acting", "former", "deputy" ...: vocabulary/prose.yaml `office_qualifiers`)
_NOT_HEADS = frozenset({"a", "an", "his", "her", "their", "its", "well", "such", "soon", "long", "far", "much", "many",
                        "if", "though", "part", "one", "before", "usual", "ever", "always", "follows", "said",
                        "then", "also", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those",
                        "in", "at", "on", "from", "of", "to", "for", "by", "with", "and", "or", "but", "the",
                        "little", "good", "best", "regards", "recently", "early", "seen", "told", "written", "noted",
                        "described", "known"})
# lower-case words that open no office's name ("the new burgemeester", "fought from")
_NOT_LOWER_HEADS = frozenset({"new", "old", "first", "last", "sole", "only", "chief", "fought", "held", "kept", "won",
                              "lost", "begun", "done", "made", "taken", "given", "seen", "born"})
# ... less "chief", "first" and "sole", which open an office told before its holder ("as chief factor, he")
_NOT_RANK_HEADS = _NOT_LOWER_HEADS - {"chief", "first", "sole"}
_BOUND = re.compile(r"\b(?:after|before|until|till|since|by|from|between)\s+(?:the\s+\w+\s+of\s+)?$", re.I)
_STOP = frozenset({"and", "or", "but", "at", "in", "on", "from", "until", "till", "with", "during", "under", "by",
                   "when", "while", "after", "before", "since", "who", "which", "that", "whose", "where", "the", "a",
                   "an", "his", "her", "their", "its", "was", "were", "had", "has", "is", "be", "been", "as", "he", "she",
                   "they"})
_TOKEN = re.compile(r"[\w'’]+(?:-[\w'’]+)*|[^\w\s]")


# the small patterns of the readers below, compiled at import (so precompiled.marshal records and serves them)
_ON_IN_OPENING = re.compile(r"(?:On|In)\s+")
_FROM_WORD = re.compile(r"(?:from|between)\s", re.I)
_COMMA_GAP = re.compile(r",?\s+")
_FROM_GAP = re.compile(r",?\s+(?:from|between)\s+", re.I)
_NEXT_WORD = re.compile(r"[-\s]*([\w'’]+)")
_STOPS = re.compile(r"[;.]")
_FROM_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.I)
_TERM_NOUN_CUE = re.compile(r"\b(?:from|between|became)\b")
_RANGE_JOIN = re.compile(r"\b(?:to|and|until|till)\b|[–-]")
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+$")
_FROM_LEAD = re.compile(r"\s*(?:from|between)\s+$", re.I)
_WORD_AT = re.compile(r"\s*([\w'’]+(?:-[\w'’]+)*)")
_SENTENCE_CLOSE = re.compile(r"\s*[.;]|\s*$")
_ON_IN_GAP = re.compile(r"\s+(?:on|in)\s+")
_LINKED_NAME = re.compile(r"\s+(?:the\s+)?([A-Z][\w'’-]*)")
_ORDINAL = re.compile(r"^\s*\d+(?:st|nd|rd|th)\s+")
_TERM_FIELD = re.compile(r"office(\d*)|term_(start|end)(\d*)")
_THE = re.compile(r"the\s+")
_AS = re.compile(r"\sas\s")
_HOLDER_AFTER = re.compile(rf",\s+(?P<who>{_NAME}|he|she)\s+[a-z]")
# "Gaelen sat on the Veerhaven town council from 1655 to 1661", "she served on the harbour board", "Orm was a member
# of the city council": a seat held on a body, its body words after "the" read by _seat_body
_SEAT = re.compile(rf"{_WHO}\s+(?:(?:had\s+)?sat|(?:had\s+)?served|was\s+(?:a|an)\s+member)\s+(?P<verb>on|in|of)\s+"
                   rf"(?=the\s)")
_SEAT_VERB = re.compile(r"(?:sat|served|member)\s+(?:on|in|of)\s+the\s")  # in every _SEAT match: a quick test first
# "As a member of the council he argued", "As a member of the board, Hale voted": the holder after the capacity
_SEAT_OPENING = re.compile(r"As\s+(?=(?:a|an)\s+(?:\w+\s+)?member\s+of\s)")
_HOLDER_NEXT = re.compile(rf",?\s+(?P<who>{_NAME}|he|she)\s+[a-z]")
_MEMBER_OF = re.compile(r"(?:a|an)\s+(?:(?:sitting|ordinary|elected|serving)\s+)?member\s+of\s+(?=the\s)")
# "of the Forty", "of Veerhaven" closing a body's name
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def _seat_body(text: str, at: int) -> tuple[str, int] | None:
    """"the Veerhaven town council", "the harbour board", "the Council of Forty" at text[at:]: up to three words
    before a body noun (prose.yaml seat_body_nouns), a capitalised "of <Name>" after it; as "member of <words>"
    (lower case, no "the") and where it ends."""
    m = _THE.match(text[at:])
    if m is None:
        return None
    pos = at + m.end()
    nouns = vocabulary.word_set("prose", "seat_body_nouns")
    words: list[str] = []
    while len(words) < 4:
        w = _WORD_AT.match(text[pos:])
        if w is None or w.group(1).casefold() in _STOP:
            return None
        words.append(w.group(1))
        pos += w.end()
        if w.group(1).casefold() in nouns:
            break
    else:
        return None
    tail = _OF_NAME.match(text[pos:])
    if tail:
        words += ["of", *tail.group(1).split()]
        pos += tail.end()
    return "member of " + " ".join(w.casefold() for w in words), pos


def _member_office(text: str, at: int) -> tuple[str, int] | None:
    """"a member of the council" at text[at:]: the seat's office ("member of council") and where it ends."""
    m = _MEMBER_OF.match(text[at:])
    return _seat_body(text, at + m.end()) if m else None


def _office(text: str, at: int, heads: frozenset = _NOT_LOWER_HEADS) -> tuple[str, int] | None:
    """The office named at text[at:] ("chaplain to the Diet of the Veyre", "Chief Minister") and where it ends;
    `heads`: the lower-case words that open none."""
    i = at
    m = _THE.match(text[i:])
    if m:
        i += m.end()
    words: list[str] = []
    end = i
    lower = 0
    pos = i
    while True:
        m = _WORD_AT.match(text[pos:])
        if m is None:
            break
        w = m.group(1)
        folded = w.casefold()
        if not words:
            if folded in _NOT_HEADS or folded in vocabulary.word_set("prose", "office_qualifiers") or w[:1].isdigit():
                return None
        if w[:1].isupper() and w[:1].isalpha():
            if lower and any(x[:1].isupper() for x in words):
                break
            words.append(w)
        elif folded in _LINKS and words:
            rest = _LINKED_NAME.match(text[pos + m.end():])
            if rest is None:
                break
            words += [w, *text[pos + m.end():pos + m.end() + rest.end()].split()]
            pos += m.end() + rest.end()
            end = pos
            continue
        elif w.islower() and folded not in _STOP and lower < 3 and not any(x[:1].isupper() for x in words) \
                and not folded.endswith("ed") and (words or folded not in heads):
            words.append(w)
            lower += 1
        else:
            break
        pos += m.end()
        end = pos
    if not words:
        return None
    nxt = _NEXT_WORD.match(text[end:])
    if text[end:end + 1] == "-" or nxt and nxt.group(1).casefold() in vocabulary.word_set("prose", "office_suffixes"):
        return None
    while words and words[-1].casefold() in _LINKS | {"the"}:
        words.pop()
    return " ".join(words), end


def _pronoun(who: str) -> bool:
    return who.casefold() in ("he", "she", "his", "her")


def _holder(who: str, title: str | None) -> str | None:
    if _pronoun(who):
        return title  # the page's subject: checks/within_span.py keeps it only on a person's page
    words = who.split()
    while words and words[0] in ("In", "On", "At", "From", "After", "By", "The", "When", "As", "Throughout", "During",
                                 "Until", "Since", "Before"):
        words = words[1:]
    if not words or words[0] in ("This", "That", "These", "Those", "It", "They", "There", "Here", "Then") or \
            any(w.casefold() in MONTHS for w in words):
        return None  # "This was official policy", "April, as mentioned": no holder
    if title and len(words) < len(title.split()) and title.split()[-len(words):] == words:
        return title  # "Serl" on Matteo Serl's page, as the prose reader resolves it (the world joins no "Serl")
    return " ".join(words)


def _dates_in(found, a: int, b: int) -> list:
    return [f for f in found if a <= f.start and f.end <= b]


def _value_bounds(value) -> tuple:
    if isinstance(value, DateRange):
        return value.start, value.end
    return value, value


def capacity_acts(doc: Document, block: Block, found, origin: Origin, title: str | None) -> list[Statement]:
    floor = _floor_seats(doc, block, found, origin, title) if _FLOOR_GATE.search(block.text) else []
    service = _service_acts(doc, block, found, origin, title) if _ENGAGEMENT_GATE.search(block.text) else []
    budget = _budget_acts(doc, block, found, origin, title) if _BUDGET_GATE.search(block.text) else []
    return floor + service + budget + _capacity_acts(doc, block, found, origin, title)


# a budget laid before the chamber by its minister: "The emergency war budget that Greta Holm laid before the
# Chamber on 2 June 1931", "Orr presented his third budget in March 1902": an act of the finance office
# (prose.yaml finance_offices name the offices a holders table may call it)
# (a gate opening on its words, not on "\b": re then skips to the letters that can open one)
_BUDGET_GATE = re.compile(r"(?:budgets?|estimates)\b")
_BUDGET_VERB = r"(?:had\s+)?(?:laid|presented|introduced|tabled|submitted|brought\s+in|opened)\b"
_BUDGETS = (re.compile(rf"\b(?:budget|estimates)\b(?:\s+(?:of|for)\s+[\w'’-]+(?:\s+\d+)?)?\s+(?:that|which)\s+"
                       rf"(?P<who>{_NAME})\s+{_BUDGET_VERB}"),
            re.compile(rf"(?<![\w'’-])(?P<who>{_NAME}|[Hh]e|[Ss]he)\s+{_BUDGET_VERB}\s+(?:(?:his|her|the|a|an)\s+)?"
                       rf"(?:[\w'’-]+\s+){{0,3}}?(?:budget|estimates)\b"))
BUDGET_OFFICE = "finance"


def _budget_acts(doc, block, found, origin, title) -> list[Statement]:
    """A budget its holder laid before the chamber, as a `capacity:act` of the finance office dated by the
    sentence's one date; checks/within_span.py holds it to the holder's term in an office prose.yaml
    finance_offices names ("Finance" in a cabinet's table, "Chancellor of the Exchequer")."""
    text = block.text
    out: list[Statement] = []
    for a, b in sentence_spans(text):
        if not _BUDGET_GATE.search(text, a, b):
            continue
        dates = [f for f in _dates_in(found, a, b) if f.value is not None]
        if len(dates) != 1 or _BOUND.search(text[a:dates[0].start]) or \
                isinstance(dates[0].value, DateRange) and _RANGE_JOIN.search(dates[0].text):
            continue
        for pattern in _BUDGETS:
            m = pattern.search(text, a, b)
            holder = _holder(m.group("who"), title) if m else None
            if holder is None:
                continue
            out.append(_statement(doc, block, origin, holder, "capacity:act", BUDGET_OFFICE, dates[0].value,
                                  m.start(), m.end(), (dates[0].start, dates[0].end), _pronoun(m.group("who"))))
            break
    return out


# a formation's own fight told by its noun after the page's subject: "Its last engagement, a rearguard action at
# Brenn Ford on 4 December 1935, cost nine lives", "The Legion's first action came on D"
_ENGAGEMENT = re.compile(r"(?:\b[Ii]ts|['’]s|(?<=s)['’])\s+(?:(?:last|final|first|only|next|second|third)\s+)?(?:engagement|action|"
                         r"battle|fight|skirmish|sortie|raid|operation|combat|mission|patrol)\b")
# the "s" every match of it holds before its noun ("Its", "'s", "s'"): a block without it is not read (re finds an
# "s" at once, where _ENGAGEMENT is tried at every character)
_ENGAGEMENT_GATE = re.compile(r"s['’]?\s+(?:(?:last|final|first|only|next|second|third)\s+)?(?:engagement|action|battle|"
                              r"fight|skirmish|sortie|raid|operation|combat|mission|patrol)\b")
SERVICE_OFFICE = "active service"


def _service_acts(doc, block, found, origin, title) -> list[Statement]:
    """The page's own formation in a fight ("Its last engagement ... on D" after a sentence about the formation,
    "The Legion's first action ... in D"): a `capacity:act` of "active service" by the page's subject, which its
    "active_from"/"active_to" fields bound (checks/within_span.py)."""
    if not title:
        return []
    text = block.text
    heads = {w.casefold() for w in title.split() if w[:1].isupper()}
    out: list[Statement] = []
    previous = ""
    for a, b in sentence_spans(text):
        sentence = text[a:b].lstrip()
        at = a + len(text[a:b]) - len(sentence)
        m = _ENGAGEMENT.match(text, at) if sentence.startswith("Its ") else None
        about = _ABOUT_PAGE.match(previous)
        if m is not None and (about is None or about.group(1) and about.group(1).casefold() not in heads):
            m = None  # "Its" of another body than the page's
        if m is None and sentence.startswith("The "):
            owner = _OWNER.match(text, at)
            if owner and owner.group(1).casefold() in heads:
                m = _ENGAGEMENT.match(text, owner.end(1))
        previous = sentence
        if m is None:
            continue
        dates = [f for f in _dates_in(found, a, b) if f.value is not None]
        if len(dates) != 1 or _BOUND.search(text[a:dates[0].start]) or \
                isinstance(dates[0].value, DateRange) and _RANGE_JOIN.search(dates[0].text):
            continue
        out.append(_statement(doc, block, origin, title, "capacity:act", SERVICE_OFFICE, dates[0].value, at, m.end(),
                              (dates[0].start, dates[0].end)))
    return out


# a seat in the legislature held for dated years and a speech made in the chamber after them: "Dallery represented
# Morvel-East from the April 1928 election until he stood down at the election of September 1930" and "In a speech
# to the Chamber in February 1931 he defended ..."; "Harl sat for Easton from 1811 to 1818", "was the member for"
_FLOOR_GATE = re.compile(r"(?:represented|sat\s+for|member\s+for|deputy\s+for|representative\s+for|Chamber|House|"
                         r"Assembly|Parliament|Diet|Senate|Commons)\b")  # its words first, as _BUDGET_GATE
_SEAT_FOR = re.compile(rf"{_WHO}(?:\s+(?:himself|herself))?\s+(?:had\s+)?(?:represented|sat\s+for|was\s+(?:the\s+)?"
                       rf"(?:member|deputy|representative)\s+for)\s+(?:the\s+)?[A-Z]")
_SEAT_FROM = re.compile(r"\b(?:from|since)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
_SEAT_UNTIL = re.compile(r"\b(?:until|till|to)\b")
# a speech, a question or a vote of a sitting member, made in the chamber ("a speech to the Chamber", "rose in the
# House", "told the Assembly"); "the Chamber of Commerce" is another body
_FLOOR_ACT = re.compile(r"\b(?:(?:maiden\s+)?speech|spoke|speaking|rose|questions?|interjected|interpellation|"
                        r"told)\b(?:\s+[\w'’-]+){0,3}?\s+(?:(?:to|in|before|on\s+the\s+floor\s+of)\s+)?the\s+"
                        r"(?:Chamber|House|Assembly|Parliament|Diet|Senate|Commons)\b(?!\s+of\b|[-\w])")
_FLOOR_WHO = re.compile(rf"(?<![\w'’-])(?P<who>{_NAME}|[Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|ke|se|ose|old)\b")
_FLOOR_OFFICE = "member of the chamber"
_ABOUT_PAGE = re.compile(r"(?:It|The\s+([A-Z][\w'’-]*))\s+[a-z]")  # a sentence whose subject is the page's body
_OWNER = re.compile(r"The\s+([A-Z][\w-]*?)(?:['’]s|(?<=s)['’])\s")


def _floor_seats(doc, block, found, origin, title) -> list[Statement]:
    """A seat held for dated years ("X represented Y from D1 until he stood down in D2") as a `capacity:term` of
    "member of the chamber", and a speech or question in the chamber dated after or before it as a `capacity:act`:
    "he" there is the seat's holder when an earlier sentence of the paragraph named them."""
    text = block.text
    out: list[Statement] = []
    seated = None  # the named holder of the paragraph's last seat
    for a, b in sentence_spans(text):
        dates = [f for f in _dates_in(found, a, b) if f.value is not None]
        m = _SEAT_FOR.search(text, a, b)
        if m is not None:
            holder = _holder(m.group("who"), title)
            after = [f for f in dates if f.start >= m.end()]
            if holder is not None and len(after) == 1 and isinstance(after[0].value, DateRange) and \
                    after[0].value.start and after[0].value.end and _RANGE_JOIN.search(after[0].text) and \
                    _SEAT_FROM.search(text, m.end(), after[0].start):
                after = [after[0], after[0]]  # "sat for Lowmere from 1874 to 1886": both ends in one date
                start, end = after[0].value.start, after[0].value.end
            elif holder is not None and len(after) == 2 and isinstance(after[0].value, DateValue) and \
                    isinstance(after[1].value, DateValue) and _SEAT_FROM.search(text, m.end(), after[0].start) and \
                    _SEAT_UNTIL.search(text, after[0].end, after[1].start) and \
                    not _STOPS.search(text, after[0].end, after[1].start):
                start, end = after[0].value, after[1].value
            else:
                continue
            out.append(_statement(doc, block, origin, holder, "capacity:term", _FLOOR_OFFICE, DateRange(start, end),
                                  m.start(), m.end() - 1, (after[0].start, after[1].end), _pronoun(m.group("who"))))
            if not _pronoun(m.group("who")):
                seated = holder
            continue
        act = _FLOOR_ACT.search(text, a, b)
        if act is None or len(dates) != 1 or _BOUND.search(text[a:dates[0].start]) or \
                isinstance(dates[0].value, DateRange) and _RANGE_JOIN.search(dates[0].text):
            continue
        who = _FLOOR_WHO.search(text, a, b)
        if who is None:
            continue
        pronoun = _pronoun(who.group("who"))
        holder = seated if pronoun and seated else _holder(who.group("who"), title)
        if holder is None:
            continue
        out.append(_statement(doc, block, origin, holder, "capacity:act", _FLOOR_OFFICE, dates[0].value, act.start(),
                              act.end(), (dates[0].start, dates[0].end), pronoun and not seated))
    return out


def _capacity_acts(doc: Document, block: Block, found, origin: Origin, title: str | None) -> list[Statement]:
    text = block.text
    again = _AGAIN_GATE(text)  # False: no sentence of the block says "again" (nor the like)
    # "X, then Governor," "the Governor, X," (the pattern's tail first: re finds its "he" at once)
    apposed = _then_told(text) or _APPOSED_TAIL.search(text) is not None and _APPOSED.search(text) is not None
    if " as " not in text and "capacity" not in text and " from " not in text and "became" not in text and \
            "As " not in text and not apposed and not (again and _AGAIN.search(text)):
        return []
    out: list[Statement] = []
    for a, b in sentence_spans(text):
        sentence = text[a:b]
        dates = _dates_in(found, a, b)
        if again and _AGAIN_GATE(sentence) and _AGAIN.search(sentence):
            # "re-elected treasurer in 1730", "served again as warden": the office held more than once; the check
            # leaves the acts of an office this sentence names alone
            out.append(Statement(subject="", predicate="capacity:again", object=" ".join(sentence.split()), date=None,
                                 span=doc.block_span(block, a, b), origin=origin))
            continue
        nouns = _TERM_NOUN.finditer(text, a, b) if _TERM_NOUN_CUE.search(sentence) else ()
        has_as = _AS.search(sentence) is not None  # _TERM and every _ACTS pattern need a lower-case " as "
        for m in [*(_TERM.finditer(text, a, b) if has_as else ()), *nouns]:
            who = m.group("who")
            named = _office(text, m.end())
            holder = _holder(who, title)
            if named is None or holder is None:
                continue
            office, end = named
            term = _term_dates(text, found, dates, a, m.start(), end, m.group("verb"))
            if term is not None:
                (lo, hi), (ds, de) = term
                if any(f.start >= de and (_FROM_BEFORE.search(text[a:f.start]) or
                                         _FROM_WORD.match(f.text)) for f in dates):
                    # "from 1720 to 1726 and from 1730 to 1733": two terms, one read
                    out.append(Statement(subject="", predicate="capacity:again", object=" ".join(sentence.split()),
                                         date=None, span=doc.block_span(block, a, b), origin=origin))
                    continue
                out.append(_statement(doc, block, origin, holder, "capacity:term", office, DateRange(lo, hi),
                                      m.start(), end, (ds, de), _pronoun(who)))
        if " from " in sentence or " between " in sentence or sentence.startswith(("From ", "Between ")):
            out += _seat_terms(doc, block, found, origin, title, text, dates, a, b)
        opening = _SEAT_OPENING.match(text, a + len(sentence) - len(sentence.lstrip()))
        # "As governor, Anwen Pellow commissioned": the capital "As" _AS does not see opens a fronted capacity
        fronted = sentence.lstrip().startswith("As ")
        if fronted and " from " in sentence:
            out += _fronted_terms(doc, block, found, origin, title, text, dates, a, b)
        if not has_as and not fronted and opening is None and not apposed or len(dates) != 1 or dates[0].value is None or \
                isinstance(dates[0].value, DateRange) and _RANGE_JOIN.search(dates[0].text):
            continue
        when = dates[0]
        if _BOUND.search(text[a:when.start]):
            continue  # a bound of the act, not its date
        out += _fronted_acts(doc, block, origin, title, text, when, a, b, has_as, apposed)
        if not has_as and opening is None:
            continue
        if opening is not None:
            named = _member_office(text, opening.end())
            after = _HOLDER_NEXT.match(text, named[1], b) if named else None
            holder = _holder(after.group("who"), title) if after else None
            if holder is not None and when.start >= named[1]:  # "As a member of the council he argued in 1662"
                out.append(_statement(doc, block, origin, holder, "capacity:act", named[0], when.value, opening.start(),
                                      named[1], (when.start, when.end), _pronoun(after.group("who"))))
        for pattern in _ACTS:
            for m in pattern.finditer(text, a, b):
                if pattern is _ACTS[1] and m.group("verb") and (m.group("verb").casefold() in _STOP or
                                                                m.group("verb") in ("acting", "acted", "deputising",
                                                                                    "serving", "served")):
                    continue
                named = _office(text, m.end()) or _member_office(text, m.end())
                if named is None:
                    continue
                office, end = named
                if pattern is _ACTS[1] and text[end:end + 1] != ",":
                    # "Vinstrup, as president of the society, made": the office of a body told by its common noun
                    body = _OF_BODY.match(text, end)
                    if body is None:
                        continue  # "Dace, as the river rose, ..." is no capacity: an aside closes on its comma
                whose = m.groupdict().get("whose")
                if whose is not None:
                    after = _HOLDER_AFTER.match(text[end:b])
                    who = after.group("who") if after else whose
                else:
                    who = m.group("who")
                holder = _holder(who, title)
                if holder is None:
                    continue
                out.append(_statement(doc, block, origin, holder, "capacity:act", office, when.value, m.start(), end,
                                      (when.start, when.end), _pronoun(who)))
    return out


_OF_BODY = re.compile(r"\s+of\s+the\s+[a-z]+(?:\s+[a-z]+)?(?=,)")
# "In April 2352, as Fleet Admiral, Valask signed", "As chief factor, he signed": the office fronted, its holder after
_FRONTED = re.compile(r"(?:(?<=^)|(?<=[,;.!?]\s)|(?<=\A))[Aa]s\s+(?=\S)")
# "In June 2317 he signed the Treaty of Fallow Sound as Fleet Admiral.", "which Wendlecote issued as
# lieutenant-governor,": the office after the act's object
_TRAILING = re.compile(rf"(?<![\w'’-])(?P<who>{_NAME}|[Hh]e|[Ss]he)\s+(?P<verb>[a-z]+ed|led|met|sent|gave|wrote|made|"
                       rf"won|spoke|rode|saw|bore|drew|struck|laid|read)\b(?P<mid>[^,;:.()]{{0,80}}?)\s+as\s+"
                       rf"(?=(?:the\s+)?[A-Za-z])")
_TRAILING_END = re.compile(r"\s*(?:[,.;]|$)|\s+(?:in|on|at|during)\s")
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her|them|himself|herself)\s*$")
# verbs whose "as <office>" says how one was named, followed or seen, not an act in the office
_NOT_ACT_VERBS = frozenset({"replaced", "succeeded", "followed", "preceded", "confirmed", "reappointed", "appointed",
                            "elected", "named", "installed", "dismissed", "removed", "retired", "resigned", "described",
                            "remembered", "styled", "regarded", "recognised", "recognized", "listed", "recorded",
                            "served", "acted", "chosen", "nominated", "promoted", "designated", "proclaimed",
                            "crowned", "returned", "reinstated", "restored", "portrayed", "depicted", "credited",
                            "billed", "ranked", "rated", "treated", "identified", "mistaken", "disguised", "dressed",
                            "posed", "masqueraded", "passed", "introduced", "presented", "styled", "addressed",
                            "titled", "commissioned", "enrolled", "registered", "qualified", "trained", "worked",
                            "employed", "hired", "engaged", "continued", "remained", "stayed", "stepped", "sworn",
                            "inaugurated", "invested", "ordained", "consecrated", "enthroned", "installed", "seated",
                            "reelected", "re-elected", "deposed", "ousted", "sacked", "relieved", "superseded",
                            "suspended", "impeached", "defeated", "unseated", "started", "began", "ended", "finished",
                            "quit", "vacated", "relinquished", "renounced", "abdicated", "declined", "refused",
                            "accepted", "offered", "considered", "mentioned", "cited", "quoted", "noted", "known",
                            "seen", "viewed", "honoured", "honored", "buried", "interred", "mourned", "painted",
                            "photographed", "sketched", "cast", "held"})
# "Garve, then Chief Factor, sent", "Ilvarine, already Lamp-Keeper, opened": the office the holder held then, in
# apposition
_THEN = re.compile(rf"(?<![\w'’-]){_WHO},\s+(?:then|already|by\s+then|still)\s+(?:still\s+)?")


def _then_told(text: str) -> bool:
    """Whether _THEN can match: a substring test first (re would try every character)."""
    return ", then " in text or ", already " in text or ", still " in text or ", by then " in text
# "The Chief Factor, Maren Tolk, sent": the office before its holder's name in apposition
_APPOSED_TAIL = re.compile(rf"he\s+(?P<office>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){{0,4}}?),\s+(?P<who>{_NAME}),\s+"
                           rf"(?:who\s+)?[a-z]")
_APPOSED = re.compile(rf"(?<![\w'’-])[Tt]{_APPOSED_TAIL.pattern}")


def _fronted_acts(doc, block, origin, title, text: str, when, a: int, b: int, has_as: bool = True,
                  apposed: bool = True) -> list[Statement]:
    """Acts whose office is fronted before the holder ("In 1840, as chief factor, he signed"), apposed to the
    holder by "then" ("Tolk, then Chief Factor, sent") or put before the holder's name ("The Chief Factor, Maren
    Tolk, sent"): one `capacity:act` each, dated by the sentence's one date."""
    out = []
    for m in _FRONTED.finditer(text, a, b) if has_as or "As " in text[a:b] else ():
        if m.start() != a and text[a:m.start()].strip() and not text[m.start() - 2:m.start()].startswith((",", ";")):
            continue
        named = _office(text, m.end(), _NOT_RANK_HEADS)
        if named is None:
            continue
        office, end = named
        after = _HOLDER_NEXT.match(text, end, b)
        if text[end:end + 1] != "," or after is None:
            continue
        holder = _holder(after.group("who"), title)
        if holder is not None:
            out.append(_statement(doc, block, origin, holder, "capacity:act", office, when.value, m.start(), end,
                                  (when.start, when.end), _pronoun(after.group("who"))))
    for m in _TRAILING.finditer(text, a, b) if has_as else ():
        if m.group("verb") in _NOT_ACT_VERBS or _OBJECT_PRONOUN.search(m.group("mid")):
            continue  # "Orm replaced him as Fleet Admiral", "was remembered as": no act in the office
        named = _office(text, m.end())
        holder = _holder(m.group("who"), title)
        if named is None or holder is None or not _TRAILING_END.match(text, named[1]):
            continue
        out.append(_statement(doc, block, origin, holder, "capacity:act", named[0], when.value, m.start(), named[1],
                              (when.start, when.end), _pronoun(m.group("who"))))
    if _then_told(text[a:b]):
        for m in _THEN.finditer(text, a, b):
            named = _office(text, m.end(), _NOT_RANK_HEADS)
            holder = _holder(m.group("who"), title)
            if named is None or holder is None or text[named[1]:named[1] + 1] != ",":
                continue
            out.append(_statement(doc, block, origin, holder, "capacity:act", named[0], when.value, m.start(),
                                  named[1], (when.start, when.end), _pronoun(m.group("who"))))
    for m in _APPOSED.finditer(text, a, b) if apposed else ():
        named = _office(text, m.start(), _NOT_RANK_HEADS)
        holder = _holder(m.group("who"), title)
        if named is None or named[1] != m.end("office") or holder is None or holder == named[0]:
            continue
        out.append(_statement(doc, block, origin, holder, "capacity:act", named[0], when.value, m.start(),
                              named[1], (when.start, when.end)))
    return out


def _fronted_terms(doc, block, found, origin, title, text: str, dates: list, a: int, b: int) -> list[Statement]:
    """"As Warden-General of the Coast from 1612 to 1622 he led the fleet": the office fronted with its years, its
    holder after them, as a `capacity:term`."""
    m = _FRONTED.match(text, a + len(text[a:b]) - len(text[a:b].lstrip()))
    named = _office(text, m.end(), _NOT_RANK_HEADS) if m else None
    if named is None:
        return []
    office, end = named
    term = _term_dates(text, found, dates, a, m.start(), end, "served")
    if term is None:
        return []
    (lo, hi), (ds, de) = term
    after = _HOLDER_NEXT.match(text, de, b)
    holder = _holder(after.group("who"), title) if after else None
    if holder is None or lo is None or hi is None:
        return []
    return [_statement(doc, block, origin, holder, "capacity:term", office, DateRange(lo, hi), m.start(), end,
                       (ds, de), _pronoun(after.group("who")))]


def _seat_terms(doc, block, found, origin, title, text: str, dates: list, a: int, b: int) -> list[Statement]:
    """"Gaelen sat on the Veerhaven town council from 1655 to 1661", "From 1702 to 1710 she served on the harbour
    board": a seat held for a dated span, as a `capacity:term` of "member of <body>"."""
    out = []
    if not _SEAT_VERB.search(text, a, b):
        return out
    for m in _SEAT.finditer(text, a, b):
        named = _seat_body(text, m.end())
        holder = _holder(m.group("who"), title)
        if named is None or holder is None:
            continue
        office, end = named
        term = _term_dates(text, found, dates, a, m.start(), end, "sat")
        if term is None:
            continue
        (lo, hi), (ds, de) = term
        if lo is None or hi is None or any(f.start >= de and (_FROM_BEFORE.search(text[a:f.start]) or
                                                              _FROM_WORD.match(f.text)) for f in dates):
            continue  # an open seat, or two spans told (the seat held twice): no bound
        out.append(_statement(doc, block, origin, holder, "capacity:term", office, DateRange(lo, hi), m.start(), end,
                              (ds, de), _pronoun(m.group("who"))))
    return out


def _term_dates(text: str, found, dates: list, a: int, start: int, end: int, verb: str):
    """((first, last), (date start, date end)) of the term the words tell: "from D1 to D2" after the office or at
    the sentence's start ("From 1491 to 1499 he served as"); "on D" after an office taken ("sworn in as X on D"),
    with "until D2" later in the sentence; None when the words date no term."""
    after = [f for f in dates if f.start >= end]
    before = [f for f in dates if f.end <= start]
    if after and _FROM_GAP.fullmatch(text[end:after[0].start]) and \
            isinstance(after[0].value, DateRange) and _RANGE_JOIN.search(after[0].text):
        lo, hi = _value_bounds(after[0].value)
        return (lo, hi), (after[0].start, after[0].end)
    if before and before[-1].start - a <= 6 and _COMMA_GAP.fullmatch(text[before[-1].end:start]) and \
            _FROM_LEAD.match(text[a:before[-1].start]) and \
            isinstance(before[-1].value, DateRange):
        lo, hi = _value_bounds(before[-1].value)
        return (lo, hi), (before[-1].start, before[-1].end)
    if verb == "became" and before and before[-1].start - a <= 4 and isinstance(before[-1].value, DateValue) and \
            _ON_IN_OPENING.fullmatch(text[a:before[-1].start]) and _COMMA_GAP.fullmatch(text[before[-1].end:start]) \
            and _SENTENCE_CLOSE.match(text[end:]):
        return (before[-1].value, None), (before[-1].start, before[-1].end)  # "On 10 April 1956 he became X."
    if verb in ("served", "sat", "officiated", "was") or not after or isinstance(after[0].value, DateRange):
        return None
    if not _ON_IN_GAP.fullmatch(text[end:after[0].start]):
        return None
    first = after[0]
    last = None
    for f in after[1:]:
        between = text[first.end:f.start]
        if _STOPS.search(between):
            break
        if _UNTIL_BEFORE.search(between) and isinstance(f.value, DateValue):
            last = f
        break
    return (first.value, last.value if last else None), (first.start, (last or first).end)


def _statement(doc, block, origin, holder, predicate, office, date, a, b, date_at=None, pronoun=False) -> Statement:
    return Statement(subject=holder, predicate=predicate, object=office, date=date,
                     span=doc.block_span(block, a, b), origin=origin,
                     date_span=doc.block_span(block, *date_at) if date_at else None,
                     text=" ".join(block.text[a:b].split()), row="pronoun" if pronoun else None)


def field_terms(doc: Document, title: str | None, origin: Origin) -> list[Statement]:
    """"| office2 = Chief Minister of X | term_start2 = D | term_end2 = D2": a numbered office and its term,
    held by the page's subject."""
    from .dates import DateContext, find_dates

    if not title:
        return []
    offices: dict[str, tuple] = {}
    bounds: dict[tuple[str, str], tuple] = {}
    rank = retired = None
    for block in doc.blocks:
        key = (block.raw_key or "").strip().casefold().replace(" ", "_")
        m = _TERM_FIELD.fullmatch(key)
        if key in _RANK_KEYS and block.kind is BlockKind.FIELD:
            rank = block
        elif key in _LEAVING_KEYS and block.kind is BlockKind.FIELD:
            found = find_dates(block.text, DateContext())
            if len(found) == 1 and found[0].value is not None:
                retired = (block, found[0])
        if m is None:
            continue
        if m.group(1) is not None and key.startswith("office"):
            offices[m.group(1)] = (block,)
            continue
        found = [f for f in find_dates(block.text, DateContext()) if isinstance(f.value, DateValue)]
        if len(found) == 1:
            bounds[(m.group(3), m.group(2))] = (block, found[0])
    out = []
    for n, (block,) in offices.items():
        named = _ORDINAL.sub("", block.text).strip()
        if not named or not named[:1].isalpha():
            continue
        first, last = bounds.get((n, "start")), bounds.get((n, "end"))
        if first is None and last is None:
            continue
        told = last or first
        out.append(Statement(subject=title, predicate="capacity:term", object=named, row="pronoun",
                             date=DateRange(first[1].value if first else None, last[1].value if last else None),
                             span=doc.block_span(told[0], told[1].start, told[1].end), origin=origin,
                             date_span=doc.block_span(told[0], told[1].start, told[1].end), text=named))
    named = _RANK_VALUE.fullmatch(rank.text.strip()) if rank is not None else None
    if named is not None and retired is not None:
        # "rank: Fleet Admiral" and "retired: 2349" (or "serviceyears = 2319–2349"): the rank held until the
        # service ended
        block, f = retired
        end = f.value.end if isinstance(f.value, DateRange) else f.value
        if end is not None:
            out.append(Statement(subject=title, predicate="capacity:term", object=named.group(1), row="pronoun",
                                 date=DateRange(None, end), span=doc.block_span(block, f.start, f.end),
                                 origin=origin, date_span=doc.block_span(block, f.start, f.end),
                                 text=named.group(1)))
    return out


# a person's rank field and the fields that end their service ("rank: Fleet Admiral", "retired: 2349",
# "| serviceyears = 2319–2349"); a rank of one to four capitalised words, "[[...]]" links allowed
_RANK_KEYS = frozenset({"rank", "final_rank", "highest_rank"})
_LEAVING_KEYS = frozenset({"retired", "retirement", "retirement_date", "serviceyears", "service_years",
                           "years_of_service", "years_in_service"})
_RANK_VALUE = re.compile(r"\[*([A-Z][\w'’-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w'’-]*){0,3})\]*")
