"""Prose statements, names, durations, relative dates and figures.

Blocks are read as the orchestrator hands them over (so its time budget
applies). A capitalised word at the start of a sentence is a name only when
it is a known entity, a demonym, or the document has already written it
mid-sentence (each block is scanned for such words before it is read).

Per sentence (all linear in its length, with caps on token counts):
1. one regex pass cuts the sentence into words; dates found by the date
   grammar become DATE tokens; vocabulary (rules/vocabulary/predicates.yaml,
   hedges.yaml, demonyms.yaml, prose.yaml) turns words into token classes:
   names, demonyms, the page's own topic ("the war"), verb and noun triggers,
   auxiliaries, hedges, negations; other words are compressed into one OTHER;
2. the sentence is cut into clauses at ";" and at clause openers ("when",
   ", and" + verb ...);
3. the LALR grammar `grammar/statements.lark` chunks each clause (names
   lists, active/passive verb groups, nominalisations with their owners and
   "of"/"by" phrases), cached by token shape;
4. roles are read off the chunks: subject, object, agent, the date nearest the
   verb (else the sentence's leading date, else a list item's own date),
   hedge, negation and the named event.

Statement semantics (what the World and the checks can rely on):
- `subject` is who/what the fact is about, as written (title stripped,
  demonyms as their polity: "French forces" -> "France"); `object` the other
  party (joined side, invaded country, signed treaty) or None.
- agent predicates (surrender, sign, invade, capture, liberate, join, leave,
  abdicate, succeed, marriage, act): the doer is the subject. Passive without
  an agent ("the Treaty of Ulverd was signed on ...") has the patient as
  subject and no object.
- patient predicates (start, end, occur, birth, death, founded, dissolved,
  crown, term_start, term_end): the one it happens to is the subject; an
  agent named with it ("Gerlind appointed Merriott") gets an `act` statement.
- `is_acting(predicate)` says which predicates mean the subject acted (after
  death or dissolution that is an error); honours, burial, mourning,
  posthumous publication produce no statement at all.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .. import calendar, config, vocabulary
from ..vocabulary import CASE_UNSAFE, Caseless, alternation
from ..model import (Block, BlockKind, DateRange, DateValue, Document, DocumentFacts, Entity, NameMention,
                     Origin, Quantity, RelativeDate, Span, StatedDuration, Statement, overlaps)
from .calendars import without_older_calendar
from .dates import MONTHS, DateContext, FoundDate, find_dates
from .framed_lengths import counted_back, framed_span
from .told_spans import begun_stretch, opened_stretch, told_span
from .named_starts import named_start
from .event_frames import event_framed
from .actions import (dated_name_statement, day_at_fight, events_of_year, happening_name, linked_occasions, named_event_dates,
                      opening_event, place_happenings, taken_places)
from .itemised import breakdowns
from .side_phrases import ANOTHER_TIME, at_another_time
from .links import page_name
from .bracketed_acts import drop_bracketed_acts
from .products import products
from .divisions import divisions
from .reduced_relatives import reduced_relative_names, trailing_relatives
from .entities import (DemonymResolver, acronym_of, demonyms, expansion_before, find_expansion, group_nouns,
                       is_acronym, name_key, short_name, side_names, strip_title)
from .numbers import parse_duration, parse_figure, span_bound, span_bounds, word_number
from .table_offices import table_offices
from .sentences import ANOTHER_ONE_BEFORE, FIGURE_OF_OTHER_CLAUSE, counted_from, main_clause_date, prose_sentences

MAX_SENTENCE_TOKENS = 20000  # beyond this a "sentence" is not prose; it is skipped
MAX_PARSED_TOKENS = 400  # a clause longer than this (after compression) is skipped
NAME_RUN_COLLAPSE = 24  # coordinated name lists longer than this are one token for the parser
MAX_NAME_WORDS = 12
RECENT_HEAD_BLOCKS = 1  # "the siege" may mean a siege named this many blocks back
LOOKAHEAD_CHARS = 1_000_000
# text whose word tokens _start keeps for read() (~9 bytes a character while kept); blocks past it are scanned
# again when read, so a long page costs no more memory than this
KEPT_TOKENS_CHARS = 200_000
MIN_LIFESPAN_YEARS = 16  # "Name (D1 – D2)" spanning fewer years is a term or a campaign, not a life  # names learned from the text ahead of the block being read

# ------------------------------------------------------------------ lexicon

# the optional parts are written as "X|" alternations and "{2,}" unrolled: the same matches, and re runs
# them ~20% faster than "(?:X)?" groups (this pattern reads every word of every document twice)
_WORD_RE = re.compile(
    r"(?P<acr>[A-Z]\.[A-Z]\.(?:[A-Z]\.)*(?:[A-Z](?![\w.])|))"
    r"|(?P<word>[^\W\d_](?:[\w\u00b4'’\-]*[^\W_]|)(?:['’]s\b|s['’](?!\w)|))"
    r"|(?P<num>\d[\d,.]*\d|\d)"
    r"|(?P<punct>[;:,()\u2013\u2014\-\"“”\[\]!?.])"
)
# the same tokens with only words and punctuation captured: name collection reads no more, and findall
# builds pairs instead of 4-tuples
_WORD_OR_PUNCT_RE = re.compile(_WORD_RE.pattern.replace("(?P<acr>", "(?:").replace("(?P<num>", "(?:"))
_NAME_BREAKS = frozenset(".!?:;\"“”()—–-")  # punctuation after which a capital need not be a name
# blocks whose word tokens _start keeps for the sentence tokenizer (the kinds extract() hands to read())
_PROSE_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.CAPTION, BlockKind.TABLE_CELL})


_phrases_next: dict[tuple[str, str | None], tuple[list, list]] = {}  # (word, next word) -> (phrases, those that fit)


def _phrases_before(cands: list, first: str, second: str | None) -> list:
    """The phrases opening with `first` (longest first) that one word long or going on with `second` (None: no
    word follows) can still match: "was" opens 25 phrases, and the next word rules out most of them at once."""
    hit = _phrases_next.get((first, second))
    if hit is None or hit[0] is not cands:
        if len(_phrases_next) > 200_000:
            _phrases_next.clear()
        hit = _phrases_next[(first, second)] = (cands, [c for c in cands if len(c[0]) == 1 or c[0][1] == second])
    return hit[1]


def _word_tokens(text: str) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, text) of every _WORD_RE token of a block: scanned once, read by name collection
    and, sliced per sentence, by the sentence tokenizer."""
    return [(m.lastgroup, m.start(), m.end(), m[0]) for m in _WORD_RE.finditer(text)]


_AUX = {"is", "was", "were", "are", "be", "been", "being", "am", "'s"}
_ELIDED_PARTICLE = re.compile(r"[dl]['’][A-Z]")
_HAVE = {"has", "had", "have", "having"}
_DETERMINERS = {"the", "a", "an"}
_ADVERBS = {"also", "then", "still", "soon", "already", "subsequently", "jointly", "eventually", "finally",
            "formally", "officially", "quickly", "later", "again", "briefly", "once", "thus",
            "immediately", "secretly", "duly", "reluctantly", "openly", "nominally", "successfully",
            "together", "yet", "ultimately", "initially", "shortly", "soon", "effectively", "partly"}
_PREPOSITIONS = {"in", "on", "at", "from", "to", "with", "during", "after", "before", "under", "against", "of",
                 "for", "by", "into", "between", "near", "toward", "towards", "across", "through", "throughout",
                 "over", "upon", "within", "without", "among", "behind", "beyond", "around", "along", "via",
                 "following", "despite", "since", "until", "about", "like", "unlike", "than", "as",
                 # places and positions: "was killed aboard his flagship", "sank off the cape"
                 "aboard", "off", "outside", "inside", "beside", "amid", "amidst", "beneath", "below", "above",
                 "alongside", "opposite"}


def _inflect(word: str) -> set[str]:
    """Regular inflections of a verb (over-generation is harmless: the forms are only looked up)."""
    w = word.lower()
    out = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
    if w.endswith("e"):
        out |= {w[:-1] + "ing", w + "d", w + "s"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        out |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) >= 3 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        out |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return out


@dataclass(slots=True)
class _Lexicon:
    phrases: dict[str, list[tuple[tuple[str, ...], str, object]]]  # first word -> [(words, type, value)]
    predicates: dict[str, dict]
    not_acting_words: frozenset[str]
    not_acting_adverbs: frozenset[str]
    light_verbs: frozenset[str]
    topic_nouns: dict[str, list[str]]
    topic_qualifiers: frozenset[str]
    topic_modifiers: frozenset[str]
    document_unique_heads: frozenset[str]
    not_person_words: frozenset[str]
    never_he_words: frozenset[str]  # not_person_words and works_words: no "he" or "she" is such a name
    epithets: frozenset[str]
    namesake_kin: frozenset[str]
    gendered: dict[str, str]  # title or kin word -> "he"/"she"
    relation_nouns: frozenset[str]
    authoring: frozenset[str]
    not_names: frozenset[str]
    connectors: frozenset[str]
    name_tails: frozenset[str]
    event_heads: frozenset[str]
    agreement_heads: frozenset[str]
    relative: dict[str, str]
    pronouns: frozenset[str]
    possessives: frozenset[str]
    clause_openers: frozenset[str]
    measures: dict
    age_cues: list[str]
    approximate: list[str]
    next_day: list[str]
    group: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    preds = vocabulary.load("predicates")
    hedges = vocabulary.load("hedges")
    prose = vocabulary.load("prose")
    phrases: dict[str, list] = {}
    verb_preds: dict[tuple[str, ...], list[str]] = {}
    noun_preds: dict[tuple[str, ...], list[str]] = {}

    def add(words: tuple[str, ...], kind: str, value) -> None:
        phrases.setdefault(words[0], []).append((words, kind, value))

    for name, spec in (preds.get("predicates") or {}).items():
        as_written = {str(w).lower() for w in spec.get("as_written") or ()}
        for entry in spec.get("verbs") or []:
            parts = str(entry).lower().split()
            # "as_written": forms matched only as given ("oversaw", "chaired": "chair" is a noun as often)
            irregular = _is_irregular(parts[0]) or parts[0] in as_written
            forms = _inflect(parts[0]) if not (name == "act" and len(parts) == 1 and not irregular) \
                else _inflect(parts[0]) - {parts[0]}
            if (name == "act" and irregular) or (len(parts) == 1 and parts[0] in as_written):
                forms = {parts[0]}
            forms -= {str(f).lower() for f in spec.get("not_forms") or ()}
            for f in forms:
                verb_preds.setdefault((f, *parts[1:]), [])
                if name not in verb_preds[(f, *parts[1:])]:
                    verb_preds[(f, *parts[1:])].append(name)
        for entry in spec.get("nouns") or []:
            parts = str(entry).lower().split()
            for f in {parts[0], parts[0] + "s"}:
                noun_preds.setdefault((f, *parts[1:]), [])
                if name not in noun_preds[(f, *parts[1:])]:
                    noun_preds[(f, *parts[1:])].append(name)
    not_acting = preds.get("not_acting") or {}
    na_words: set[str] = set()
    for entry in not_acting.get("verbs") or []:
        parts = str(entry).lower().split()
        for f in _inflect(parts[0]):
            add((f, *parts[1:]), "NOTACT", None)
            na_words.add(f)
    for words, plist in verb_preds.items():
        add(words, "VERB", tuple(plist))
    for words, plist in noun_preds.items():
        add(words, "NOM", tuple(plist))
    for entry in hedges.get("hedges") or []:
        add(tuple(str(entry).lower().split()), "HEDGE", str(entry))
    for entry in hedges.get("negations") or []:
        add(tuple(str(entry).lower().split()), "NEG", str(entry))
    for entry in prose.get("adverb_phrases") or []:  # "was at last chartered": one adverb, not PREP + word
        add(tuple(str(entry).lower().split()), "ADV", None)
    for first in phrases:
        phrases[first].sort(key=lambda p: len(p[0]), reverse=True)
    topic = prose.get("topic_nouns") or {}
    return _Lexicon(
        phrases=phrases,
        predicates=preds.get("predicates") or {},
        not_acting_words=frozenset(na_words | {str(w).lower() for w in not_acting.get("nouns") or []}),
        not_acting_adverbs=frozenset(str(w).lower() for w in not_acting.get("adverbs") or []),
        light_verbs=frozenset(f for w in preds.get("light_verbs") or [] for f in _inflect(str(w).split()[0])),
        topic_nouns={k.lower(): [x.lower() for x in v] for k, v in topic.items()},
        topic_qualifiers=frozenset(prose.get("topic_qualifiers") or []),
        topic_modifiers=frozenset(prose.get("topic_modifiers") or []),
        document_unique_heads=frozenset(prose.get("document_unique_heads") or []),
        not_person_words=frozenset(prose.get("not_person_words") or []),
        never_he_words=frozenset([*(prose.get("not_person_words") or []), *(prose.get("works_words") or [])]),
        epithets=frozenset(prose.get("epithets") or []),
        namesake_kin=frozenset(prose.get("namesake_kin") or []),
        gendered={str(w).casefold(): pron for pron, words in (prose.get("gendered_words") or {}).items()
                  for w in words},
        relation_nouns=frozenset(prose.get("relation_nouns") or []),
        authoring=frozenset(prose.get("authoring_participles") or []),
        not_names=frozenset(prose.get("not_names") or []),
        connectors=frozenset(prose.get("name_connectors") or []),
        name_tails=frozenset(prose.get("name_tails") or []),
        event_heads=frozenset(prose.get("event_heads") or []),
        agreement_heads=frozenset(prose.get("agreement_heads") or []),
        relative=dict(prose.get("relative_pronouns") or {}),
        pronouns=frozenset(prose.get("pronouns") or []),
        possessives=frozenset(prose.get("possessive_pronouns") or []),
        clause_openers=frozenset(prose.get("clause_openers") or []),
        measures=dict(prose.get("measures") or {}),
        age_cues=[str(x) for x in prose.get("age_cues") or []],
        approximate=[str(x) for x in prose.get("approximate") or []],
        next_day=[str(x) for x in prose.get("next_day") or []],
        group=group_nouns(),
    )


def _is_irregular(word: str) -> bool:
    """Past forms listed as such in the act list (led, sent, fought) are matched as written."""
    return word in {
        "led", "sent", "wrote", "written", "sank", "sunk", "built", "rebuilt", "paid", "sold", "bought", "held",
        "brought", "lost", "won", "fought", "sat", "drove", "served", "landed", "marched", "opened", "wrote",
        "drew", "drawn", "spoke", "spoken", "gave", "given", "took", "taken", "went", "met", "left", "made",
        "kept", "ran", "stood", "chose", "chosen", "rode", "ridden", "swore", "sworn", "struck", "threw"}


def is_acting(predicate: str) -> bool:
    """Does a statement with this predicate mean its subject did something (while alive/existing)?"""
    spec = _lexicon().predicates.get(predicate) or {}
    return bool(spec.get("acting"))


@lru_cache(maxsize=1)
def _agent_phrases() -> tuple[tuple[str, ...], frozenset[str]]:
    """prose.yaml agent_phrases, and their head nouns ("command", "presence"): one set test a clause
    (built once, not once a clause)."""
    phrases = tuple(vocabulary.word_set("prose", "agent_phrases"))
    return phrases, frozenset(p.rsplit(" ", 2)[-2] for p in phrases if " " in p)


def _predicate_spec(predicate: str) -> dict:
    return _lexicon().predicates.get(predicate) or {}


# ------------------------------------------------------------------ parser

_shape_cache: dict[tuple[str, ...], list] = {}


def _get_parser():
    """The LALR chunker, built on first use; tokens come from Python, Lark only parses."""
    from ..grammar import token_parser

    return token_parser("statements")


@lru_cache(maxsize=1)
def _standalone_types() -> frozenset[str]:
    """Token types the chunk grammar only lets stand alone as a whole chunk (DATE, PREP, REL).

    Before such a token every pending phrase must end, exactly as at the end of the clause, and after
    it the parser is back where a clause starts; so the chunks of a clause are the chunks of the pieces
    between these tokens, and the pieces (short, recurring) cache well where whole clauses do not.
    Read off the grammar's rules, so a grammar that puts one inside a phrase drops it from the set."""
    return frozenset(t for t, where in _terminal_uses().items() if where == {("_chunk", (t,))})


@lru_cache(maxsize=1)
def _other_after_owner_only() -> bool:
    """Is OTHER, besides standing alone, only ever the noun of an owner ("Bulgaria's [OTHER]")? Then an
    OTHER not right after POSS stands alone too, and splits a clause like DATE does."""
    return _terminal_uses().get("OTHER") == {("_chunk", ("OTHER",)), ("owner", ("POSS", "OTHER"))}


@lru_cache(maxsize=1)
def _terminal_uses() -> dict[str, set]:
    """Terminal -> the (rule, expansion) pairs of the chunk grammar it appears in."""
    uses: dict[str, set] = {}
    for rule in _get_parser().rules:
        names = tuple(sym.name for sym in rule.expansion)
        for sym in rule.expansion:
            if sym.is_term:
                uses.setdefault(sym.name, set()).add((rule.origin.name, names))
    return uses


def _chunk_shape(types: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """Chunks of a clause as (kind, first token, end token), cached by the token types."""
    hit = _shape_cache.get(types)
    if hit is not None:
        return hit
    standalone = _standalone_types()
    split_other = _other_after_owner_only()
    out: list[tuple[str, int, int]] = []
    piece_start = 0
    for i, t in enumerate(types):
        if t in standalone or (t == "OTHER" and split_other and (i == 0 or types[i - 1] != "POSS")):
            if i > piece_start:
                piece = _parse_shape(types[piece_start:i])
                if piece is None:
                    return []
                out += [(kind, a + piece_start, b + piece_start) for kind, a, b in piece]
            out.append((t, i, i + 1))
            piece_start = i + 1
    if piece_start < len(types):
        piece = _parse_shape(types[piece_start:] if piece_start else types)
        if piece is None:
            return []
        out += [(kind, a + piece_start, b + piece_start) for kind, a, b in piece] if piece_start else piece
    if len(_shape_cache) > 50000:
        _shape_cache.clear()
    _shape_cache[types] = out
    return out


_piece_cache: dict[tuple[str, ...], list] = {}


def _parse_shape(types: tuple[str, ...]) -> list[tuple[str, int, int]] | None:
    """Chunks of a token-type sequence by the LALR parser (cached); None if it is refused."""
    hit = _piece_cache.get(types)
    if hit is not None:
        return hit
    from ..grammar import Token, Tree

    try:
        tree = _get_parser().parse([Token(t, t, start_pos=i) for i, t in enumerate(types)])
    except Exception:  # the grammar accepts every sequence; never let a surprise stop the document
        return None
    out: list[tuple[str, int, int]] = []
    for child in tree.children:
        if isinstance(child, Tree):
            positions = [t.start_pos for t in child.scan_values(lambda v: isinstance(v, Token))]
            # str(): Lark gives rule names as Tokens, whose == is a Python method; kinds are compared a lot
            out.append((str(child.data), min(positions), max(positions) + 1))
        else:
            out.append((str(child.type), child.start_pos, child.start_pos + 1))
    if len(_piece_cache) > 50000:
        _piece_cache.clear()
    _piece_cache[types] = out
    return out


# ------------------------------------------------------------------ tokens

_PUNCT_TYPES = {",": "COMMA", ";": "SEMI", ":": "SEMI", "(": "PAREN", ")": "PAREN", "[": "PAREN", "]": "PAREN",
                "—": "DASH", "–": "DASH", "-": "DASH"}  # other punctuation is OTHER
_word_classes: dict[str, tuple[str, object]] = {}  # lower-cased word -> (token type, value); see _word_class


def _word_class(low: str, lex: _Lexicon) -> tuple[str, object]:
    """Token type and value of a lower-case word that is no trigger, name or determiner (memoised:
    the answer depends only on the word and the process-wide vocabulary). An OTHER word's class also
    says whether it may be an unlisted past or participle (see _other_class)."""
    if low in lex.possessives:
        cls = ("POSS", ("PRON", low))
    elif low in _AUX:
        cls = ("AUX", None)
    elif low in _HAVE:
        cls = ("HAVE", None)
    elif low == "by":
        cls = ("BY", None)
    elif low == "of":
        cls = ("OF", None)
    elif low == "and" or low == "&":
        cls = ("AND", None)
    elif low in lex.relative and low != "that":
        cls = ("REL", lex.relative[low])
    elif low in lex.pronouns:
        cls = ("PRON", low)
    elif low in _ADVERBS or (low.endswith("ly") and len(low) > 4 and low not in ("early", "only", "family",
                                                                               "italy", "july", "rally")):
        cls = ("ADV", None)
    elif low in lex.clause_openers:
        cls = ("OPEN", None)
    elif low in _PREPOSITIONS:
        cls = ("PREP", None)
    else:
        cls = _other_class(low)
    if len(_word_classes) > 200_000:
        _word_classes.clear()
    _word_classes[low] = cls
    return cls


_OTHER = ("OTHER", None)  # a word of no class that can be no unlisted past or participle either


def _other_class(low: str) -> tuple:
    """The class of a word of no class: _OTHER, or ("OTHER", None, may_be_past, is_participle) when
    _unlisted_past(low, ...) may hold (for a word of unlisted_past_not_acts it depends on the next word, so
    that is still asked) or _unlisted_participle(low) holds. Why: the tokenizer asks both of every such word
    after a sentence's first, ~60,000 calls on the bench world, and nearly every word is neither."""
    irregular, not_acts = _unlisted_past_words()
    may_be_past = low in not_acts or low in irregular or _regular_past(low)
    participle = _unlisted_participle(low)
    return ("OTHER", None, may_be_past, participle) if may_be_past or participle else _OTHER



@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Single words of the titles and offices a name may open with (prose.yaml titles, office_titles)."""
    prose = vocabulary.load("prose")
    return frozenset(w.casefold() for t in [*(prose.get("titles") or ()), *(prose.get("office_titles") or ())]
                     for w in str(t).replace("-", " ").split())


def _is_title(word: str) -> bool:
    """"Captain-General", "Governor": a title before a name, not the name ("elected Captain-General")."""
    return all(p.casefold() in _title_words() for p in word.split("-") if p)


def _ruler_styles() -> frozenset[str]:
    """One-word ruler's styles ("duke", "abbot"): prose.yaml ruler_styles."""
    return vocabulary.word_set("prose", "ruler_styles")


_EMPHATIC_SELVES = frozenset({"himself", "herself", "itself", "themselves"})

# words after "the <style>" that make it another holder or a name: "the duke of Hesk", "the count palatine"
_STYLED_QUALIFIERS = frozenset({"of", "palatine", "regent", "consort", "mother", "dowager", "elect"})


@lru_cache(maxsize=1)
def _office_nouns() -> frozenset[str]:
    """One-word offices ("queen", "president"): prose.yaml office_titles."""
    return frozenset(str(t).casefold() for t in vocabulary.load("prose").get("office_titles") or () if " " not in str(t))




@dataclass(slots=True)
class Tok:
    type: str
    start: int  # offsets into the block text
    end: int
    text: str
    value: object = None  # NAME/EVENT: name; DEMNP/POSS: polity or owner; VERB/NOM: predicates; DATE: FoundDate
    members: list | None = None  # a collapsed run of names: [(name, start, end, is_event)]
    lower: str = ""


@dataclass(slots=True)
class _Chunk:
    kind: str
    toks: list[Tok]

    @property
    def start(self) -> int:
        return self.toks[0].start

    @property
    def end(self) -> int:
        return self.toks[-1].end


_COMPANION = re.compile(r"\b(?:with|alongside|beside)\s+$", re.I)
# where a fronted "Born ... on D" ends: its comma, or the sentence's end (a list item's "Born D in P.")
_FRONTED_END = re.compile(r"[,;]|\.(?=\s|$)")


@dataclass(slots=True)
class _Sentence:
    block: Block
    origin: Origin
    start: int
    end: int
    dates: list[FoundDate]
    lead_date: FoundDate | None  # a list item's own date ("**1607** — ...")
    prev_date: FoundDate | None  # the last date before this sentence in the same block
    first: bool = False
    prev_adjacent: bool = False  # prev_date is in the sentence right before this one
    prev_near: bool = False  # prev_date is in the sentence before the one right before, which has no date of its own
    lower: str | None = None  # the sentence lower-cased, "" when lower() may differ from re.I (see _may_contain)
    span: Span | None = None  # the sentence's span, computed once for all its statements
    # the last date of the sentence right before when it is in brackets ("the battle (6–19 June 1938)"),
    # which prev_date skips: the span a holding of the line in the next sentence falls in
    prev_bracketed: FoundDate | None = None
    # the first sentence of a paragraph: the date the paragraph right before ended its last sentence on, and
    # that paragraph ("stormed the gate on 8 July.\n\nThe keep fell nine days later, on 17 July")
    prev_block_date: tuple[Block, FoundDate, tuple[FoundDate, ...]] | None = None


# ------------------------------------------------------------------ reader


def _words(text: str, limit: int = 160) -> str:
    """The words of a statement for messages, cut short: a 35 KB sentence is not a message."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@lru_cache(maxsize=1)
def _personal_event_nouns() -> frozenset[str]:
    return vocabulary.word_set("prose", "personal_event_nouns")


# what parts a timeline entry's own date from its first words: "**1647** - Death of ...", "1647: Death of ..."
_ENTRY_GAP = re.compile(r"[\s*_']*[-–—:][\s*_']*")


def _entry_date(sent: _Sentence, nom) -> FoundDate | None:
    """The date a timeline entry opens with, when the nominal is the entry's first words ("**1647** - Death of
    Jerold Quennick", "1649: Birth of Tam Hollis"): the entry's own date, in a clause of its own."""
    text = sent.block.text
    first = sent.lead_date or next((d for d in sent.dates if d.start >= sent.start), None)
    if first is None or first.end > nom.start or text[sent.start:first.start].strip(" *_'\t\n") \
            or not _ENTRY_GAP.fullmatch(text, first.end, nom.start):
        return None
    return first


class OutOfTime(Exception):
    """The file's extraction budget ran out inside a block, before the sentence at `offset`."""

    def __init__(self, offset: int):
        super().__init__(offset)
        self.offset = offset


class ProseReader:
    """Reads statements, names and figures out of one document's prose blocks."""

    def __init__(self, doc: Document, facts: DocumentFacts, deadline: float | None = None):
        self.doc = doc
        self.relations = None  # extract/relations.py's reader, given the tokens of each sentence
        # offices the document's tables of holders list ("! Term !! Prior"): titles its prose may act under
        self.table_titles: tuple[str, ...] = tuple(sorted(set(table_offices(doc).values())))
        self.deadline = deadline  # config.extraction_clock() past which a sentence is not started (OutOfTime)
        self.facts = facts
        self.lex = _lexicon()
        self.blocks: list[tuple[Block, list[FoundDate], Origin]] = []
        self.headings: list[Block] = []
        self.demonyms = DemonymResolver()
        self.known_words: set[str] = set()  # capitalised words written mid-sentence or in known names
        self.known_names: dict[str, str] = {}  # name_key -> name
        # "war of the" for a known "War of the Salt Flats": an event's name the fields gave goes on through "of the"
        self.known_of_the: set[str] = set()
        self.last_subjects: list[str] = []
        self.pronoun_of: dict[str, str] = {}  # person -> "he"/"she", as the text has referred to them
        self._told_offices: dict[str, frozenset[str]] = {}  # person -> words of the first office the prose gives them
        self._sex_told: set[str] = set()  # persons whose pronoun a title or kin word told (no later guess changes it)
        self.recent_by_head: dict[str, tuple[str, int]] = {}  # "siege" -> ("Siege of Kingston", block number)
        self.names_by_head: dict[str, set[str]] = {}  # "pact" -> every "X Pact" the document has named so far
        # "duke" -> {person: block number}: people named with a ruler's style ("Duke Amaury III") and the last
        # block that named them (with the style or without), for a later "the duke" (see _styled_holder_at)
        self._styled: dict[str, dict[str, int]] = {}
        self._styles_of: dict[str, set[str]] = {}  # person -> the styles the text named them with
        self._blocks_read = 0  # blocks read so far: how far back a "the siege" may reach
        # "siege" -> the stretches sentences opening on the noun told ("The siege lasted from D to D'"), for a
        # later "after a siege of nineteen weeks" (told_spans.opened_stretch)
        self.told_stretches: dict[str, list[tuple]] = {}
        # "blockade" -> the days sentences "began the blockade" on ("On 5 May Penrod began the blockade of Orsk"), for a
        # later "The blockade was maintained until D', a total of N days" (_until_end_restated)
        self.begun_stretches: dict[str, list] = {}
        self._acronyms_seen: set[tuple[str, int]] = set()
        # (field name, the name as a word, its count in prose, measure)
        self._field_counts: list[tuple[str, re.Pattern, re.Pattern, str]] | None = None
        self._fixed_sizes: dict[str, Quantity] = {}  # member noun -> the size a body of them was fixed at
        self._whole_counts: list[Quantity] = []  # "all six tallymen": compared when such a body was fixed
        self._resized: set[str] = set()  # member nouns a sentence tells a change of ("raised to eleven")
        self._started = False
        # words of the prose's names already given to _learn_full_name: after _start (the only anchored calls)
        # a second call with the same words changes nothing (each part is then anchored, that name's or
        # ambiguous, and stays so), and a page writes its names hundreds of times
        self._names_learned: set[tuple[str, ...]] = set()
        self._kinds_by_key: dict[str, list] = {}  # name_key -> kinds of facts.entities (see _entity_kinds)
        self._entities_indexed = 0
        self._collected: set[int] = set()  # ids of blocks whose whole text _start already scanned for names
        # id(block) -> its word tokens, kept by _start for read() (a page's worth, dropped as blocks are read)
        self._kept_tokens: dict[int, list[tuple[str, int, int, str]]] = {}
        self._raw_block: Block | None = None  # the block whose word tokens are _raw_tokens
        self._raw_tokens: list[tuple[str, int, int, str]] = []
        self._raw_starts: list[int] = []  # their start offsets (bisected by the tokenizer)
        self._lows: list[str] = []  # lower-cased words of the sentence being tokenized (for _phrase)
        self.block_heads: dict[str, str] = {}  # first "X War" / "Siege of Y" named in the current block
        self.heading_heads: dict[str, str] = {}  # ... in the current section heading
        self.initials: dict[str, str] = {}  # "HFPG" -> "Harbour Free Pilots Guild"
        self.recent: list[list[str]] = []  # recent subject groups, for pronouns
        self._last_names: list = []  # the last name of the previous clause (a relative pronoun's antecedent)
        self._last_person: list = []  # ... for "who"/"whom"/"whose", which may follow a governed name
        self._unknown_subject = False  # the sentence opens with a capitalised word the reader does not know
        self.full_names: dict[str, str] = {}  # "Hurlock" -> "Ysbeth Hurlock" (unique only)
        self._full_name_forms: dict[tuple[str, ...], str | None] = {}  # words -> the full name they can be, or None
        self._ambiguous: set[str] = set()
        self._epithet_names: set[str] = set()  # full names with an epithet ("Thibault the Younger") met so far
        self._anchored: set[str] = set()  # parts of full names the fields gave
        self.entity_keys: set[str] = set()
        self.entity_polities: set[str] = set()
        self._tied: set[str] = set()
        self._sentence_toks: list[Tok] = []  # the sentence being read (a possessive's owner is looked up there)
        self._sentence_block: Block | None = None  # ... and its block
        self._previous_toks: list[Tok] = []  # the sentence before it in the same block
        self._owned_dates: frozenset[int] | set[int] = _NO_DATES  # ids of DATE tokens bracketed after an event
        self._life_dates: set[int] = set()  # ids of DATE tokens read as a bracketed life ("Beata Hornfelt (1704–1770)")
        # "The truce began on 4 August 1689": an event noun dated by the sentence it opens, in this
        # section, for "nine days after the truce" (see _note_dated_event_noun)
        self.dated_event_nouns: dict[str, tuple[DateValue, Span]] = {}
        self._dated_of_nouns: dict[str, set[str]] = {}  # "siege" -> what "The siege of X" openings named (this section)
        self.tail_date: tuple[Block, FoundDate, tuple[FoundDate, ...]] | None = None  # see _Sentence.prev_block_date
        # the last date told in the section, and its block (see _toll_death_date)
        self.section_last_date: tuple[Block, FoundDate] | None = None
        self.heading_span: tuple[str, FoundDate] | None = None  # the section heading's words and its range
        self._block_dates: list[FoundDate] = []  # the dates of the block being read, in order
        self.heading_day: tuple[Block, FoundDate] | None = None  # see heading()
        self._page_kind_words: frozenset[str] | None = None  # see page_kind_words
        self._lead_kinds: tuple[str, ...] = ()  # the lead's noun for the page's subject (page_kind_words)
        self._event_title_heads: frozenset[str] | None = None  # see _title_head
        # field name -> its one day ("first case" -> 12 June 1503, None when two fields share the name), for
        # "eleven days after the first case" (see _field_event_anchor)
        self._dated_fields: dict[str, tuple | None] | None = None
        # one-word link labels of the block being read -> the fuller page they link ("Tobrec" -> "Tobrec II")
        self._linked_full: dict[str, str] | None = None
        self.heading_person: list[str] = []  # words of the person a section heading names ("Ysra II (1467–1489)")
        self._people_named: list[Tok] = []  # the name tokens of the last sentence read (since the section's heading)
        # the last block's list depth, person and item number (Markdown's), when it was a list item
        self._prev_item: tuple[int, str | None, int | None] | None = None
        self._item_person: str | None = None  # the person the list item being read opens with
        self._undated_clause = False  # the clause being read is before a clause that owns the sentence's one date
        self._kin_raw, self._kin_any = None, False  # the tokens _kin_words_in last looked at, and its answer

    # -------------------------------------------------------- interface

    def heading(self, block: Block, dated: list[FoundDate] | None = None) -> None:
        """A section heading; `dated`: its dates read in the story's year ("### 13 June – At anchor")."""
        self._start()
        raw = _word_tokens(block.text)
        self._collect_names_from(raw)
        self._use_tokens(block, raw)
        self.heading_heads = {}
        self.block_heads = {}
        self._read_heading(block)
        self.heading_heads, self.block_heads = self.block_heads, {}
        self.recent = []
        self.dated_event_nouns = {}
        self._dated_of_nouns = {}
        self.tail_date = None
        self.section_last_date = None
        self.section_first_statement = len(self.facts.statements)
        # "Regency (1502–1511)": the section's own span, for "her regency lasted eleven years" under it
        ranges = [f for f in find_dates(block.text, DateContext()) if isinstance(f.value, DateRange)
                  and f.value.start is not None and f.value.end is not None] if any(c.isdigit() for c in block.text) else []
        self.heading_span = (block.text[:ranges[0].start].casefold(), ranges[0]) if len(ranges) == 1 else None
        self.heading_person = self._person_heading(block.text)
        self._heading_text = block.text
        self._heading_block = self._blocks_read  # the blocks read up to the heading
        self._heading_names = len(self.facts.names)  # the names read up to the heading (and its own)
        self._people_named = []
        # "### 13 June – At anchor": the day a log's section tells, counted from by "the following morning"
        # until the section dates something itself
        days = [f for f in dated or () if isinstance(f.value, DateValue) and f.value.day is not None]
        self.heading_day = (block, days[0]) if len(days) == 1 and len(dated) == 1 else None

    def _known_as(self, name: str) -> str:
        """A name as the document knows it ("YSMERA I" in a capitals heading is "Ysmera I")."""
        if not name or not name.isupper():
            return name
        key = name_key(name)
        return next((m.name for m in reversed(self.facts.names[-60:]) if not m.name.isupper() and name_key(m.name) == key),
                    self.known_names.get(key, name))

    def _block_opens_section(self) -> bool:
        """Is this the first paragraph under a heading that names no one ("EARLY LIFE" over "He was born on D")?
        Its opening "he" on a person's page is that person, whom the text has called so."""
        return bool(getattr(self, "_heading_text", None)) and \
            self._blocks_read == getattr(self, "_heading_block", -2) + 1 and not self._section_person()

    def _section_person(self) -> list[str]:
        """The person the section's heading names, also one the section's own text made known after the heading
        ("=== Ann Quarrie ===" over "[[Ann Quarrie]] took charge of the light")."""
        if self.heading_person or not getattr(self, "_heading_text", None):
            return self.heading_person
        late = getattr(self, "_late_heading", None)
        if late is None or late[0] is not self._heading_text or not late[1]:
            name = _HEADING_NAME_END.split(self._heading_text, 1)[0].strip()
            named = 2 <= len(name.split()) <= 4 and self._can_be_born_or_die(name) and \
                any(m.name == name for m in self.facts.names[self._heading_names:][:40])
            late = self._late_heading = (self._heading_text, name.split() if named else [])
        return late[1]

    def _person_heading(self, text: str) -> list[str]:
        """The words of the known person a heading names before any dates or gloss: a dynasty's or a
        family's page gives each member a section, where the short name means that member."""
        name = _HEADING_NAME_END.split(text, 1)[0].strip()
        words = name.split()
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() or w == "the" and 1 < k == len(words) - 2 and
                                                words[k + 1].lower() in self.lex.epithets
                                                for k, w in enumerate(words)):
            return []  # ("Hendrik Ostervelt the Elder": an epithet after "the" is part of the name)
        stem = " ".join(words[:-2]) if "the" in words else name  # known by the name without its epithet too
        known = any(name_key(n) in self.known_names or n in self.full_names.values() or n in self._epithet_names
                    for n in {name, stem})
        if name.isupper() and self._known_as(name).isupper():
            return []  # "EARLY LIFE": a capitals heading names a person the text writes in mixed case, or no one
        return words if known and self._can_be_born_or_die(name) else []

    def _use_tokens(self, block: Block, raw: list[tuple[str, int, int, str]]) -> None:
        """The block's word tokens, for the sentence tokenizer (which bisects their start offsets)."""
        self._raw_block, self._raw_tokens, self._raw_starts = block, raw, [r[1] for r in raw]

    def read(self, block: Block, dates: list[FoundDate], origin: Origin, row_date: FoundDate | None = None) -> None:
        """`row_date`: a table cell's date given by its row's date cell (a timeline's "| 2001 | X opens ... |")."""
        self._start()
        raw = self._kept_tokens.pop(id(block), None)
        if raw is None:
            raw = _word_tokens(block.text)  # once for the block, not once a sentence
            if id(block) not in self._collected:
                self._collect_names_from(raw)
        self._use_tokens(block, raw)
        self._blocks_read += 1
        self._list_item(block)
        self._block_recent = len(self.recent)  # groups before this are another paragraph's
        if self._item_person:
            self.recent.append([self._item_person])
        self._linked_full = _linked_full_names(block.attrs.get("links")) if block.attrs else None
        if block.attrs and dates:
            dates = _outside_link_names(block, dates)
        dates = without_older_calendar(block.text, dates)
        try:
            self._read_block(block, dates, origin, row_date)
        except RecursionError:
            pass

    def _list_item(self, block: Block) -> None:
        """A list of people ("- **Odo Fenn** (1850–1919), rope-maker", "* [[Wenna Fenn]], his sister"): a
        pronoun in an item is that item's person, the name it opens with, and never a sibling item's person
        ("- Widowed in 1915. He remarried in 1921" names no one the "he" may be). A sub-item keeps its parent's."""
        depth = _item_depth(block)
        prev = self._prev_item
        self._item_person = None
        number = (block.attrs or {}).get("item")
        if depth and prev is not None and number is not None and prev[2] == number:
            return  # the item's next paragraph: still its person's
        if depth:
            lead = _ITEM_LEAD.match(block.text)
            name = self._expand(lead.group(1)) if lead else None
            person = name if name and self._may_be_he(name) and name_key(name) != name_key(self.facts.title or "") \
                and self._item_names_person(block.text, lead.end(1), name) else None
            if prev is not None and prev[1] and depth <= prev[0]:
                self.recent = []  # a sibling (or an outer item) of a person's item: that person is out of reach
            self._item_person = person
            self._prev_item = (depth, person, number)
        elif not (prev is not None and block.kind is BlockKind.PARAGRAPH and block.text[:1].islower()):
            self._prev_item = None  # (a line that goes on with an item's sentence, in lower case, is still the item)

    def _item_names_person(self, text: str, end: int, name: str) -> bool:
        """Is the name an item opens with a person's: a life in brackets after it ("Odo Fenn (1850–1919)"), a
        kin noun apposed ("Tomas Fenn, his nephew"), or one the text has called "he" or "she", born or dead?
        ("Builder of the Ilverine Clock, under a contract ..." is no one.)"""
        if _LIFE_AFTER.match(text, end) or name in self.pronoun_of or name in self._lived_so_far():
            return True
        raw = _word_tokens(text[end:end + 60])
        return bool(raw) and _kin_head_after(raw, 0, self.lex.gendered) is not None

    def finish(self) -> None:
        self._start()
        self._compare_body_sizes()
        self._alias_state_adjectives()
        self._full_event_names()

    def _full_event_names(self) -> None:
        """"the Great Flood of 1688" is the page's "Great Flood of the Ropemakers' Quay" when that is its only one."""
        happen = [s for s in self.facts.statements if s.predicate == "happen"]
        names = {s.subject for s in happen}
        for s in happen:
            longer = [n for n in names if n.startswith(s.subject + " of ")]
            if len(longer) == 1:
                s.subject = s.event = longer[0]

    def _start(self) -> None:
        """Learn the names the fields gave (they are in facts.entities before any prose is read)."""
        if self._started:
            return
        self._started = True
        for ent in self.facts.entities:
            self._know(ent.name)
            self.entity_keys.add(name_key(ent.name))
            for alias in ent.aliases:
                self._know(alias)
        for m in self.facts.memberships:
            if m.role != "commander":
                self.entity_polities.add(name_key(m.entity))
        for ent in self.facts.entities:
            if ent.kind == "person" or name_key(ent.name) not in self.entity_polities:
                self._learn_full_name(ent.name.split(), anchored=True)
        if self.facts.title:
            self._know(self.facts.title)
            if self.facts.title.isupper():
                # "LYSANDRA OF PELL" over the page: its words are the names "Lysandra" and "Pell" in the prose
                self._learn_names({w.capitalize() for w in self.facts.title.split() if len(w) > 2 and w.isalpha()})
        self._learn_linked_people()
        # a name written mid-sentence anywhere (up to a bound) is a name at a sentence start before it too:
        # "Edwyn ... died on 6 May 1702." above "The Edict, which Edwyn issued, ..."
        budget = LOOKAHEAD_CHARS
        keep = KEPT_TOKENS_CHARS
        for block in self.doc.blocks:
            if budget <= 0:
                break
            if block.kind is not BlockKind.HEADING:
                if len(block.text) <= budget:
                    if block.kind in _PROSE_KINDS and len(block.text) <= keep:
                        keep -= len(block.text)
                        raw = self._kept_tokens[id(block)] = _word_tokens(block.text)
                        self._collect_names_from(raw)
                    else:
                        self._collect_names(block.text)
                    self._collected.add(id(block))  # read() need not scan it again (known_words only grows)
                else:
                    self._collect_names(block.text[:budget])
                budget -= len(block.text)

    def _learn_linked_people(self) -> None:
        """"[[Quilla Vorn|Quilla]] was elected ...": a link labelled with one word of its page's name
        writes that person's full name as surely as prose does, so "Quilla" later means Quilla Vorn.

        Only a label that is the first or last word of a person-like page name, and no polity
        ("[[Vichy France|France]]" leaves France alone)."""
        for block in self.doc.blocks:
            links = block.attrs.get("links") if block.attrs else None
            if not links or "=>" not in links:
                continue
            for pair in links.split("\n"):
                label, _, page = pair.partition("=>")
                label, page = label.strip(), page.strip()
                words = page.split()
                if " " in label or not 2 <= len(words) <= 4 or label not in (words[0], words[-1]) \
                        or self.demonyms.polity(label) or not self._can_be_born_or_die(page):
                    continue
                self._learn_full_name(words)

    # -------------------------------------------------------- first pass

    def _know(self, name: str, learn: bool = True) -> None:
        name = (name or "").strip()
        if not name:
            return
        self.known_names.setdefault(name_key(name), name)
        words = name.split()
        if " of the " in name:
            self.known_of_the.add(name[:name.index(" of the ")].casefold())
        for i, w in enumerate(words):
            # an alias "The Salt Town" does not make every sentence's opening "The" a name word
            if w[:1].isupper() and not (i == 0 and w.casefold() in _LEADING_ARTICLES and len(words) > 1):
                self.known_words.add(w)
        if learn:
            # adjectives of the world's own polities: Vessor -> Vessoran, "Pelvary Republic" -> Pelvarian,
            # "Republic of Pelsa" -> Pelsan
            if len(words) == 1:
                self.demonyms.learn(name)
            elif len(words) == 2 and words[1] in ("Republic", "Empire", "Kingdom", "Confederacy", "Sultanate"):
                self.demonyms.learn(words[0])
            elif len(words) >= 3 and words[-2] == "of" and \
                    " ".join(words[:-2]).casefold() in vocabulary.word_set("demonyms", "polity_heads"):
                self.demonyms.learn(words[-1], name)  # "Free Colonies of Kessa": Kessan

    def _collect_names(self, text: str) -> None:
        """Capitalised words written after another word (not at a sentence start) are names."""
        toks = _WORD_OR_PUNCT_RE.findall(text)
        # a capitalised word whose previous token is no break punctuation (words, numbers, acronyms and
        # other punctuation are none); one comprehension, and each distinct word looked at once
        self._learn_names({word for (_w, punct), (word, _p) in zip(toks, toks[1:])
                           if word and word[0].isupper() and punct not in _NAME_BREAKS})

    def _collect_names_from(self, raw: list[tuple[str, int, int, str]]) -> None:
        """_collect_names over a block's word tokens already scanned (the same words are found)."""
        self._learn_names({word for (kind, _a, _b, prev), (next_kind, _c, _d, word) in zip(raw, raw[1:])
                           if next_kind == "word" and word[0].isupper()
                           and (kind != "punct" or prev not in _NAME_BREAKS)})
        if len(raw) > 3 and raw[0][0] == "num" and raw[1][3] == "." and raw[2][0] == "word" and raw[2][3][:1].isupper() \
                and raw[3][3] in (",", "("):
            self._learn_names({raw[2][3]})  # "3. Edwin, b. 1814": a numbered entry opens on a name, not a sentence

    def _learn_names(self, capitalised: set[str]) -> None:
        not_names = self.lex.not_names
        known = self.known_words
        for word in capitalised:
            bare = _bare(word)
            if bare not in not_names:
                known.add(bare)

    # -------------------------------------------------------- blocks

    def _read_heading(self, block: Block) -> None:
        toks = self._tokenize(block, 0, len(block.text), [], True)
        for t in toks:
            if t.type in ("NAME", "EVENT") and t.value:
                self._mention(block, t, Origin.HEADING)

    def _read_block(self, block: Block, dates: list[FoundDate], origin: Origin, row_date=None) -> None:
        text = block.text
        self.block_heads = {}
        lead = row_date
        if dates and block.kind is BlockKind.LIST_ITEM:
            f = dates[0]
            before = text[:f.start].strip(" *_#>\t-")
            after = text[f.end:f.end + 6].lstrip(" *_)")
            if not before and (after[:1] in ("—", "–", "-", ":", ",", "") or after.startswith("—")):
                lead = f
        prev_date: FoundDate | None = None
        bracketed: FoundDate | None = None
        adjacent = near = False
        first = True
        carried = self.tail_date if block.kind is BlockKind.PARAGRAPH else None
        ordered = sorted(dates, key=lambda f: (f.start, f.end))
        self._block_dates = ordered
        lo = 0  # dates before index lo end before the current sentence (one walk over the block's dates)
        deadline = self.deadline
        for k, (s, e) in enumerate(prose_sentences(text)):
            # a megabyte-long paragraph is one block: the budget must hold inside it. Every eighth sentence
            # (the caller looked at the clock before the block; a thread's CPU clock is a system call here,
            # ~3 us, as much as a short sentence's cheaper readers)
            if deadline is not None and k & 7 == 7 and config.extraction_clock() > deadline:
                raise OutOfTime(s)
            while lo < len(ordered) and ordered[lo].start < s:
                lo += 1
            hi = lo
            in_sentence = []
            while hi < len(ordered) and ordered[hi].start < e:
                if ordered[hi].end <= e:
                    in_sentence.append(ordered[hi])
                hi += 1
            sent = _Sentence(block, origin, s, e, in_sentence, lead, prev_date, first, prev_adjacent=adjacent,
                             prev_bracketed=bracketed, prev_block_date=carried if first else None, prev_near=near)
            first = False
            self._read_sentence(sent)
            near = adjacent and not in_sentence
            adjacent = False
            bracketed = None
            for f in in_sentence:
                if not _in_parentheses(text, f.start):
                    prev_date = f
                    adjacent = True
                    bracketed = None
                else:
                    bracketed = f
        if ordered:
            self.heading_day = None  # the section has dated its own story: its heading's day is behind it
        self.tail_date = (block, prev_date, tuple(f for f in ordered if not _in_parentheses(text, f.start))) \
            if adjacent and block.kind is BlockKind.PARAGRAPH else None
        if prev_date is not None and block.kind is BlockKind.PARAGRAPH:
            self.section_last_date = (block, prev_date)

    # -------------------------------------------------------- tokenizer

    def _tokenize(self, block: Block, s: int, e: int, dates: list[FoundDate], heading: bool = False) -> list[Tok]:
        """One regex pass over text[s:e] -> typed tokens (names merged, OTHER runs compressed)."""
        text = block.text
        lex = self.lex
        self._unknown_subject = False
        raw: list[tuple[str, int, int, str]] = []  # (kind, start, end, text)
        # the block's word tokens when it was scanned whole: the tokens a scan of text[pos:e] finds are the
        # block's from pos on when no block token straddles pos (matches depend on no text before them) and
        # e is next to a space (no token reaches across it, look-aheads at e see no word or period)
        block_raw = self._raw_tokens if block is self._raw_block and (
            e >= len(text) or text[e].isspace() or text[e - 1].isspace()) else None
        starts = self._raw_starts
        # one finditer pass; a date covers the words it overlaps (the scan resumes after it)
        pos = s
        nd = len(dates)
        di = 0
        while pos < e:
            while di < nd and dates[di].end <= pos:
                di += 1
            source = None
            if block_raw is not None:
                i = bisect_left(starts, pos)
                if i == 0 or block_raw[i - 1][2] <= pos:
                    source = block_raw[i:bisect_left(starts, e, i)]
            if source is None:
                source = ((m.lastgroup, m.start(), m.end(), m[0]) for m in _WORD_RE.finditer(text, pos, e))
            if di >= nd:
                before = len(raw)
                raw += source
                if len(raw) > MAX_SENTENCE_TOKENS and len(raw) > before:
                    return []
                break
            f = dates[di]
            resumed = False
            date_start = f.start if f.start < e else e + 1  # past e: no token reaches it
            for tok in source:
                if date_start < tok[2]:
                    raw.append(("DATE", f.start, f.end, text[f.start:f.end]))
                    pos = max(f.end, tok[1] + 1)
                    di += 1
                    resumed = True
                    break
                raw.append(tok)
                if len(raw) > MAX_SENTENCE_TOKENS:
                    return []
            if not resumed:
                break
        if text.find("’", s, e) < 0:
            self._lows = lows = [r[3].lower() for r in raw]
        else:
            self._lows = lows = [r[3].lower().replace("’", "'") for r in raw]
        phrases = lex.phrases
        dates_by_start = {f.start: f for f in dates} if dates else {}
        toks: list[Tok] = []
        n = len(raw)
        i = 0
        sentence_start = True
        after_det = False
        append = toks.append
        word_classes = _word_classes
        onlookers = vocabulary.word_set("prose", "unlisted_past_onlooker")  # _onlooker_at_occasion's first test
        while i < n:
            kind, a, b, w = raw[i]
            if kind == "word":
                low = lows[i]
                if low in _EMPHATIC_SELVES and toks and toks[-1].type in ("NAME", "TOPIC", "PRON"):
                    i += 1  # "the duke himself died", "he himself signed": the subject, stressed
                    continue
                if low not in phrases and not w[0].isupper() and low not in _DETERMINERS:
                    # the common case: a lower-case word that is no trigger, name or determiner
                    sentence_start = False
                    after_det = False
                    cls = word_classes.get(low)
                    if cls is None:
                        cls = _word_class(low, lex)
                    if len(cls) > 2 and cls[2] and toks and _unlisted_past(low, lows[i + 1] if i + 1 < n else "") \
                            and _named_subject_before(toks):
                        cls = _UNLISTED_ACT  # "Wendrel and his brother Tam routed the raiders": an act
                    elif toks and low in onlookers and _onlooker_at_occasion(low, lows, i) and _named_onlooker(toks):
                        cls = _UNLISTED_ACT  # "Reinholt and Velassa watched the lowering of the flag on D"
                    elif low == "had" and toks and _causative_ahead(raw, lows, i + 1) and _named_subject_before(toks):
                        cls = _UNLISTED_ACT  # "Tam had the granary burned": he had it done, an act of his
                    elif len(cls) > 2 and cls[3] and toks and _passive_slot(toks) \
                            and (_named_agent_ahead(raw, lows, i + 1) or self._topic_agent_ahead(raw, lows, i + 1, text)):
                        cls = _UNLISTED_ACT  # "Fenwald was recalled by Imbria": her act, whatever the verb
                    append(Tok(cls[0], a, b, w, cls[1], None, low))  # positional: keywords cost ~0.3 us a token
                    i += 1
                    continue
            if kind == "DATE":
                toks.append(Tok("DATE", a, b, w, dates_by_start.get(a)))
                i += 1
                sentence_start = False
                continue
            if kind == "punct":
                ptype = _PUNCT_TYPES.get(w, "OTHER")
                toks.append(Tok(ptype, a, b, w))
                if ptype == "DASH" or w == ":" and len(toks) > 1 and toks[-2].type == "DATE":
                    sentence_start = True  # "1649: Birth of Tam Hollis": an entry's text after its date
                i += 1
                continue
            if kind == "num":
                toks.append(Tok("OTHER", a, b, w, None, None, w))
                i += 1
                sentence_start = False
                continue
            low = lows[i]
            # multi-word vocabulary (longest first)
            hit = self._phrase(raw, i) if low in phrases else None
            capital = w[0].isupper() or kind == "acr"
            if capital and hit and not sentence_start and hit[1] not in ("HEDGE", "NEG"):
                hit = None  # "Peace", "Fall", "Union" mid-sentence are names, not triggers
            if hit and not (capital and self._starts_name(raw, i, sentence_start) and hit[1] in ("VERB", "NOM")):
                words, ttype, value, readings = hit
                if "VERB" in readings or "NOM" in readings:
                    # a verb needs a verb's left context; after a determiner, preposition or
                    # ordinary noun the word is a noun ("the surrender", "of fighting", "attacks on")
                    if "VERB" in readings and (_verb_context(toks, after_det) or
                                               _appositive_participle(toks, raw, i + len(hit[0]), low) or
                                               _body_chooses(toks, after_det, raw, i + len(hit[0]), readings["VERB"])):
                        ttype, value = "VERB", readings["VERB"]
                    elif "NOM" in readings:
                        ttype, value = "NOM", readings["NOM"]
                    elif "NOTACT" in readings:
                        ttype, value = "NOTACT", None
                    else:
                        ttype = ""
                if ttype:
                    j = i + len(words)
                    toks.append(Tok(ttype, a, raw[j - 1][2], text[a:raw[j - 1][2]], value, None, low))
                    i = j
                    sentence_start = False
                    after_det = False
                    continue
            if capital:
                j, name_tok = self._name_at(raw, i, sentence_start, text)
                if name_tok is not None:
                    toks.append(name_tok)
                    i = j
                    sentence_start = False
                    after_det = False
                    continue
                bare = w[:-2] if w.endswith(("'s", "’s")) else w  # "Kolmenberg's design ...": its owner
                if sentence_start and not heading and kind == "word" and len(bare) >= 5 and bare.isalpha() \
                        and bare[1:].islower() and _word_class(bare.lower(), lex)[0] == "OTHER":
                    # "Kolmenberg hosted ...": an unknown word opening a sentence may be a misspelt
                    # name; name drift may compare it (kind "initial"), nothing else reads it
                    self.facts.names.append(NameMention(bare, self.doc.block_span(block, a, a + len(bare)),
                                                        Origin.PROSE, "initial"))
                    if i + 1 < n and raw[i + 1][0] == "word" and raw[i + 1][3][:1].islower():
                        # "Sennet did not live to see it: he died ...": "he" is most likely that
                        # unknown opener, so no one the reader knows
                        self._unknown_subject = True
            sentence_start = False
            if low == "the":  # "such an operation" is none in particular
                topic = self._topic_at(raw, i, text)
                if topic:
                    toks.append(topic)
                    i = topic.members
                    topic.members = None
                    continue
                i += 1
                after_det = True
                continue
            after_det = False
            if low in _bare_topic_nouns():
                target = self._bare_topic(raw, i, low)
                if target:  # "Hostilities commenced on 13 February": the page's war, with no article
                    toks.append(Tok("TOPIC", a, b, w, target, lower=low))
                    i += 1
                    continue
            cls = _word_classes.get(low)
            if cls is None:
                cls = _word_class(low, lex)
            if len(cls) > 2 and cls[2] and not capital and toks and _unlisted_past(low, lows[i + 1] if i + 1 < n else "") \
                    and _named_subject_before(toks):
                cls = _UNLISTED_ACT  # "laid" opens listed phrases ("laid siege to") but is here a verb of its own
            elif low == "had" and toks and _causative_ahead(raw, lows, i + 1) and _named_subject_before(toks):
                cls = _UNLISTED_ACT  # "had" opens listed phrases ("had been killed"); here "had the mill burned"
            elif len(cls) > 2 and cls[3] and not capital and toks \
                    and _passive_slot(toks) and (_named_agent_ahead(raw, lows, i + 1) or
                                                 self._topic_agent_ahead(raw, lows, i + 1, text)):
                cls = _UNLISTED_ACT  # "the piers were set out by Gisela" ("set" opens listed phrases too)
            toks.append(Tok(cls[0], a, b, w, cls[1], None, low))
            i += 1
        if text.find('"', s, e) < 0 and text.find("“", s, e) < 0 and text.find("”", s, e) < 0:
            return toks  # no quotation marks: nothing to quiet
        return _quiet_quotations(toks)

    def _phrase(self, raw, i):
        """The longest vocabulary phrase starting at raw[i], as (words, type, value, readings) where
        readings maps each type the words can have (VERB and NOM for "surrender") to its value."""
        lows = self._lows
        cands = self.lex.phrases.get(lows[i])
        if not cands:
            return None
        if len(cands) > 1:
            cands = _phrases_before(cands, lows[i], lows[i + 1] if i + 1 < len(raw) and raw[i + 1][0] in ("word", "acr")
                                    else None)
        best = None
        for words, ttype, value in cands:
            k = len(words)
            if best is not None and k < len(best[0]):
                break
            if i + k > len(raw):
                continue
            ok = True
            for d in range(1, k):
                if raw[i + d][0] not in ("word", "acr") or lows[i + d] != words[d]:
                    ok = False
                    break
            if ok:
                if best is None:
                    best = (words, ttype, value, {ttype: value})
                else:
                    best[3].setdefault(ttype, value)
        return best

    def _starts_name(self, raw, i, sentence_start: bool) -> bool:
        """A capitalised trigger word that is really the start of a name ("Peace of Amberlund"); not a person's
        event opening an entry ("**1647** - Death of Jerold Quennick"): that is the death of the person named."""
        if i + 1 < len(raw):
            kind, _, _, nxt = raw[i + 1]
            if nxt == "of" and i + 2 < len(raw) and raw[i + 2][3][:1].isupper():
                return not (sentence_start and raw[i][3].lower() in _personal_event_nouns())
            if kind in ("word", "acr") and nxt[:1].isupper() and not sentence_start:
                return True
        return False

    @property
    def page_kind_words(self) -> frozenset[str]:
        """Words of what the page says it is about in its `type` field ("[[Chartered company]]", "type:
        guild"), its full-name field ("Official name: Drennick Steam Packet Company") or its lead ("The
        Drennick Line was a river shipping company"), so "the company" is the page subject even when the
        title does not say company. (Not the infobox template's words: "Infobox military conflict" heads
        battles' pages, whose "the war" is another conflict.)"""
        words = self._page_kind_words
        if words is None:
            found: set[str] = set()
            name_keys = _page_name_fields()
            lead = None
            for block in self.doc.blocks:
                if block.kind is BlockKind.FIELD and (block.key == "type" or block.key in name_keys):
                    found.update(re.findall(r"[a-z]+", block.text.lower()))
                elif lead is None and block.kind is BlockKind.PARAGRAPH:
                    lead = block.text
            self._lead_kinds = _lead_kind(lead) if lead is not None else ()
            found.update(self._lead_kinds)
            # "Zorvelle & Mott plc": a company's legal suffix says what the page is about
            tail = (self.facts.title or "").rsplit(" ", 1)[-1].strip(".,").casefold()
            found.update(str(k) for k in (vocabulary.load("prose").get("title_kind_suffixes") or {}).get(tail) or ())
            words = self._page_kind_words = frozenset(found)
        return words

    @cached_property
    def lead_kind_words(self) -> frozenset[str]:
        """What the lead says the page subject is ("<Title> was an epidemic of the sweating sickness ..."), as
        words the topic vocabulary knows: only for what "The plague, which lasted ..." measures (a lead's wider
        kind is too loose to take every such noun of the page for the subject)."""
        lead = next((b for b in self.doc.blocks if b.kind is BlockKind.PARAGRAPH), None)
        said = _LEAD_KIND.search(lead.text, 0, min(len(lead.text), 400)) if lead is not None else None
        if said is None:
            return frozenset()
        known = {w for kinds in self.lex.topic_nouns.values() for w in kinds}
        return frozenset(w for w in said.group(1).lower().split() if w in known)

    def _lead_head(self, low: str) -> tuple[str, ...]:
        """"the college" on a page whose lead says "The College of Velsk is a college of the guilds": the
        lead's own noun for its subject names it, whatever kind of thing it is (no vocabulary needed)."""
        self.page_kind_words  # reads the lead once
        return (low,) if low in self._lead_kinds else ()

    def _bare_topic(self, raw, i, low: str) -> str | None:
        """The page subject a bare topic noun stands for ("hostilities" on a war's page), unless qualified
        away from it ("hostilities between the two leagues")."""
        title = self.facts.title
        if not title or _qualified_away(raw, i + 1, self.lex.topic_qualifiers):
            return None
        kinds = self.lex.topic_nouns.get(low) or ()
        lowered = title.lower()
        if any(re.search(rf"\b{re.escape(k)}\b", lowered) for k in kinds) or not self.page_kind_words.isdisjoint(kinds):
            return title
        return None

    def _title_head(self, low: str) -> tuple[str, ...]:
        """"the rising" on The Quorrel Rising's page, "the charter" on the Charter of Vess's: the head noun
        of the page's own title names its subject, whatever kind of thing it is (no vocabulary needed)."""
        title = self.facts.title
        if not title:
            return ()
        words = title.split(" of ", 1)[0].split() if " of " in title else title.split()
        if not words or words[-1].lower() != low:
            return ()
        heads = self._event_title_heads
        if heads is None:  # things that happen, not places ("the abbey" in a clause may be another's)
            prose = vocabulary.load("prose")
            heads = self._event_title_heads = frozenset(
                str(w).casefold() for w in [*prose["event_heads"], *(prose.get("title_event_heads") or ())])
        return (low,) if low in heads else ()

    def _topic_agent_ahead(self, raw, lows: list[str], start: int, text) -> bool:
        """Does "by the <noun>" naming the page's own body follow within a few words of the same clause ("was
        placed by the company in 1915" on the company's page)? Only the page's subject by its kind noun."""
        for j in range(start, min(len(raw), start + _AGENT_SEARCH)):
            if lows[j] in _AGENT_STOPS:
                return False
            if lows[j] != "by":
                continue
            if j + 2 >= len(raw) or lows[j + 1] != "the" or raw[j + 2][0] != "word" or not raw[j + 2][3][:1].islower():
                return False
            tok = self._topic_at(raw, j + 1, text)
            return tok is not None and tok.type == "TOPIC" and tok.value == self.facts.title
        return False

    def _topic_at(self, raw, i, text) -> Tok | None:
        """ "the war", "the world war", "the company": the page subject when the title is of that kind."""
        if i + 1 >= len(raw) or raw[i + 1][0] != "word":
            return None
        if raw[i + 1][3].casefold() in _DOWAGER_WORDS and (dowager := self._dowager_at(raw, i, text)) is not None:
            return dowager
        if raw[i + 1][3].lower() in self.lex.topic_modifiers and i + 2 < len(raw) and raw[i + 2][0] == "word":
            i += 1
        noun = raw[i + 1][3]
        if not noun[:1].islower():
            return None  # "the League", "The War of ...": a name, not a reference to the topic
        low = noun.lower()
        if low.endswith("'s") or low.endswith("’s"):
            low = low[:-2]
        kinds = self.lex.topic_nouns.get(low) or self._title_head(low) or self._lead_head(low)
        if not kinds:
            return self._office_holder_at(raw, i, text, low) or self._section_ruler_at(raw, i, text) \
                or self._styled_holder_at(raw, i, text)
        if i + 2 < len(raw) and raw[i + 2][0] == "word" and _qualified_away(raw, i + 2, self.lex.topic_qualifiers):
            return None  # "the war in Europe"
        title = (self.facts.title or "").lower()
        target = self.block_heads.get(low) or self.heading_heads.get(low)
        if target is None:
            if title and (any(re.search(rf"\b{re.escape(k)}\b", title) for k in kinds)
                          or not self.page_kind_words.isdisjoint(kinds)):
                target = self.facts.title
            else:
                # "the offensive" means an offensive named in this paragraph or the one before, not one
                # named pages earlier ("the Lower Tarn Offensive (13 August)" in the lead)
                target, seen = self.recent_by_head.get(low, (None, 0))
                if self._blocks_read - seen > RECENT_HEAD_BLOCKS:
                    target = None
                    # "the compact" pages after "the Ostry Compact": an alliance the page names only one of
                    named = self.names_by_head.get(low, ())
                    if low in self.lex.document_unique_heads and len(named) == 1:
                        target = next(iter(named))
        if not target:
            return None
        a, b = raw[i][1], raw[i + 1][2]
        if noun.lower().endswith(("'s", "’s")):
            tok = Tok("POSS", a, b, text[a:b], ("NAME", target), lower=low)
        else:
            tok = Tok("TOPIC", a, b, text[a:b], target, lower=low)
        tok.members = i + 2  # where the caller goes on (read and cleared by the tokenizer)
        return tok

    def _dowager_at(self, raw, i, text) -> Tok | None:
        """ "the Queen Dowager", "the Dowager Duchess", "the dowager": the widow the passage tells of, the one
        woman "she" would name there ("She died on D ... In 1741 the Queen Dowager wrote")."""
        words = [raw[j][3].casefold() for j in range(i + 1, min(i + 3, len(raw))) if raw[j][0] == "word"]
        if words[:1] == ["dowager"]:
            n = 2 if len(words) > 1 and words[1] in _DOWAGER_WORDS - {"dowager"} else 1
        elif words[:2] and words[0] in _DOWAGER_WORDS and words[1:2] == ["dowager"]:
            n = 2
        else:
            return None
        j = i + n
        if j + 1 < len(raw) and raw[j + 1][0] == "word" and raw[j + 1][3][:1].isupper():
            return None  # "the Dowager Queen Ysolde": a name follows, read as such
        names = self._pronoun("she")
        if len(names) != 1:
            return None
        a, b = raw[i][1], raw[j][2]
        tok = Tok("TOPIC", a, b, text[a:b], names[0], lower="dowager")
        tok.members = j + 1
        return tok

    def _office_holder_at(self, raw, i, text, low: str) -> Tok | None:
        """ "the queen" on a queen's page is that queen: the page is a biography and its fields name
        the office ("title = Queen of Marrach"); "the queen's" and "the queen mother" are left alone."""
        j = i + 1
        if raw[j][3].lower() in vocabulary.word_set("prose", "ruler_age_words") and j + 1 < len(raw) \
                and raw[j + 1][0] == "word":
            j, low = j + 1, raw[j + 1][3].lower()  # "the old duke", "the ailing queen": the same holder
        if low not in _office_nouns() or raw[j][3].lower() != low:
            return None
        if j + 1 < len(raw) and raw[j + 1][0] == "word" and (raw[j + 1][3][:1].isupper()
                                                             or raw[j + 1][3].lower() in ("mother", "consort")):
            return None  # "the queen Annis", "the queen mother"
        who = self._biography_subject()
        if not who or not any(e.origin in (Origin.INFOBOX, Origin.FRONT_MATTER) and
                              e.name.split()[0].casefold() == low for e in self.facts.entities if e.name) \
                and not any(b.kind is BlockKind.FIELD and [w.casefold() for w in b.text.split()[:2]] == [low, "of"]
                            for b in self.doc.blocks):
            return None  # "office: Margrave of Ostmark" names the office ("spouse: Queen Ysmay" a person)
        a, b = raw[i][1], raw[j][2]
        tok = Tok("TOPIC", a, b, text[a:b], who, lower=low)
        tok.members = j + 1
        return tok

    def _section_ruler_at(self, raw, i, text) -> Tok | None:
        """"the old khan" under a section headed "Zorvath Khan (1290–1308)": the ruler the heading names by that
        style (an age word may come between; "the late khan", "the new khan" are others)."""
        heading = self.heading_person
        if not heading:
            return None
        j = i + 1
        if raw[j][3].lower() in vocabulary.word_set("prose", "ruler_age_words") and j + 1 < len(raw) \
                and raw[j + 1][0] == "word":
            j += 1
        low = raw[j][3].lower()
        if low not in vocabulary.word_set("prose", "ruler_styles") or low not in {w.lower() for w in heading}:
            return None
        if j + 1 < len(raw) and raw[j + 1][0] == "word" and (raw[j + 1][3][:1].isupper() or raw[j + 1][3] in ("'s", "’s")):
            return None  # "the khan Tazzle", "the khan's envoys"
        tok = Tok("TOPIC", raw[i][1], raw[j][2], text[raw[i][1]:raw[j][2]], " ".join(heading), lower=low)
        tok.members = j + 1
        return tok

    def _styled_holder_at(self, raw, i, text) -> Tok | None:
        """"the duke himself died" a sentence or a paragraph after "the death of Duke Amaury III": the one person
        this block or the one before named with that ruler's style. "the new duke", "the late duke", "the duke
        Engelbert", "the duke of Hesk" are others, and so is "the duke" when two dukes were named that recently."""
        j = i + 1
        if raw[j][3].lower() in vocabulary.word_set("prose", "ruler_age_words") and j + 1 < len(raw) \
                and raw[j + 1][0] == "word":
            j += 1
        word = raw[j][3]
        possessive = word.lower().endswith(("'s", "’s"))
        low = word.lower()[:-2] if possessive else word.lower()
        named = self._styled.get(low)
        if not named or not word[:1].islower():
            return None
        if j + 1 < len(raw) and raw[j + 1][0] == "word" and (raw[j + 1][3][:1].isupper()
                                                             or raw[j + 1][3].lower() in _STYLED_QUALIFIERS):
            return None  # "the duke Engelbert", "the duke of Hesk", "the duke's" read as a name or another
        people = {who for who, seen in named.items() if self._blocks_read - seen <= RECENT_HEAD_BLOCKS}
        if len(people) != 1:
            return None
        who = next(iter(people))
        a, b = raw[i][1], raw[j][2]
        if possessive:
            tok = Tok("POSS", a, b, text[a:b], ("NAME", who), lower=low)
        else:
            tok = Tok("TOPIC", a, b, text[a:b], who, lower=low)
        tok.members = j + 1
        return tok

    def _name_at(self, raw, i, sentence_start: bool, text: str) -> tuple[int, Tok | None]:
        """A run of capitalised words (with connectors) from raw[i], as one NAME/EVENT/DEMNP/POSS token."""
        lex = self.lex
        first = _bare(raw[i][3])
        if first in lex.not_names and first not in self.known_words and first not in _ORDINALS:
            return i, None  # "The", "When", "In" opening a sentence: what the test after the word run says
        n = len(raw)
        words: list[str] = []
        j = i
        possessive = False
        while j < n and len(words) < MAX_NAME_WORDS:
            kind, a, b, w = raw[j]
            if kind not in ("word", "acr"):
                break
            # an elided particle goes on a name ("Gaspard d'Avrenne", "Anne l'Estrange"), never opens one
            if w[0].isupper() or kind == "acr" or words and w[0] in "dl" and _ELIDED_PARTICLE.match(w):
                if words and _bare(w) in lex.not_names and w not in self.known_words and not _ROMAN.fullmatch(w):
                    break
                words.append(w)
                j += 1
                if len(w) == 1 and j + 2 < n and raw[j][3] == "." and raw[j + 1][3].lower() == "the" \
                        and raw[j + 2][3].lower() in lex.epithets:
                    words += ["the", raw[j + 2][3]]  # "Hendrik R. the Elder": an initial, then the epithet
                    j += 3
                    break
                if w.endswith(("'s", "’s", "s'", "s’")) and kind == "word":
                    possessive = True
                    break
                # a connector continues the name only when a capitalised word follows it ("Under Corvell the
                # GHST shrank": an acronym after "the" is no epithet, the name stops before it)
                if j + 1 < n and raw[j][0] == "word" and raw[j][3] in lex.connectors and raw[j][3] != "and" \
                        and not (raw[j][3] == "the" and is_acronym(raw[j + 1][3])) \
                        and raw[j + 1][0] in ("word", "acr") and (raw[j + 1][3][:1].isupper() or (
                            # two particles: "Adolfo de la Huerta", "Jan van der Meer" (not "of the")
                            raw[j][3] not in _OF_THE and raw[j + 1][3] in lex.connectors
                            and raw[j + 1][3] not in _OF_THE and raw[j + 1][3] != "and") or (
                            raw[j + 1][3] == "the" and raw[j][3] == "of" and (
                                _bare(words[-1]) in lex.not_person_words
                                or " ".join(words).casefold() in self.known_of_the)
                            and j + 2 < n and _bare(raw[j + 2][3]) not in lex.event_heads)):
                    # "the Free League of Brackwater declared": a body's name goes on through "of the"
                    # (not a person's, "Denis Quarle of the Lancers", nor into an event, "Part of the Battle")
                    k = j
                    while k < n and raw[k][0] == "word" and raw[k][3] in lex.connectors and raw[k][3] != "and":
                        k += 1
                    if k < n and raw[k][0] in ("word", "acr") and raw[k][3][:1].isupper() and k - j <= 2 \
                            and _bare(raw[k][3]) not in lex.not_names:
                        words.extend(r[3] for r in raw[j:k])
                        j = k
                continue
            if w in lex.name_tails and words:
                words.append(w)
                j += 1
            elif w == "the" and words and j + 1 < n and raw[j + 1][3] in lex.epithets:
                words += ["the", raw[j + 1][3]]  # "Edmund the younger"
                j += 2
            break
        if not words:
            return i + 1, None
        first = _bare(words[0])
        if first in lex.not_names and first not in self.known_words and not (
                first in _ORDINALS and len(words) > 1 and (words[1] in lex.event_heads
                                                           or _bare(words[-1]) in lex.event_heads)):
            return i, None  # "The", "When", "In" opening a sentence ("First Harrow Offensive" is a name)
        if len(words) == 1 and (first in lex.not_names and first not in self.known_words):
            return i, None
        listed = j + 1 < n and raw[j][3] in (",", "and") and raw[j + 1][3][:1].isupper()
        if sentence_start and len(words) == 1 and first not in self.known_words and raw[i][0] != "acr" \
                and not is_acronym(first) and not listed:
            polity = self.demonyms.polity(first)
            if polity is None:
                return i, None
        a, b = raw[i][1], raw[j - 1][2]
        surface = text[a:b]
        bare_words = [_bare(w) for w in words]
        # a demonym alone or with a group noun: "French forces", "the Japanese"
        if len(bare_words) == 1:
            polity = self.demonyms.polity(bare_words[0])
            side = side_names().get(bare_words[0])
            if side and bare_words[0] != side and j < n and raw[j][0] == "word" and raw[j][3][:1].islower() \
                    and raw[j][3].lower() not in lex.group and not self._phrase(raw, j):
                return j, Tok("POSS", a, b, surface, ("NAME", side))  # "Allied victories"
            if side and bare_words[0] != side:
                polity = side
            if polity and not side:
                k = j
                while k < n and raw[k][0] == "word" and raw[k][3].lower().rstrip("'’") in lex.group:
                    k += 1
                nxt = raw[k][3].lower() if k < n else ""
                if possessive:
                    return j, Tok("POSS", a, b, surface, ("NAME", polity))
                if k > j:
                    return k, Tok("DEMNP", a, raw[k - 1][2], text[a:raw[k - 1][2]], polity)
                after = self._phrase(raw, k) if k < n and raw[k][0] == "word" else None
                if after is not None and "NOM" in after[3]:
                    return j, Tok("POSS", a, b, surface, ("NAME", polity))  # "the Soviet invasion"
                if k >= n or raw[k][0] != "word" or nxt in _AUX or nxt in _HAVE or after is not None:
                    return j, Tok("DEMNP", a, b, surface, polity)  # "the Japanese were checked"
                return j, Tok("POSS", a, b, surface, ("NAME", polity))
        name = " ".join(bare_words)
        if possessive:
            core = name
            drop = strip_title(bare_words)
            if drop:
                core = " ".join(bare_words[drop:])
            # "Brenholm's levies" is Brenholm itself
            if j < n and raw[j][0] == "word" and raw[j][3].lower() in lex.group:
                return j + 1, Tok("NAME", a, raw[j][2], text[a:raw[j][2]], core, lower=surface)
            return j, Tok("POSS", a, b, surface, ("NAME", core), lower=surface)
        kind = "EVENT" if _is_event_name(bare_words, lex) and len(bare_words) > 1 else "NAME"
        drop = strip_title(bare_words)
        core = " ".join(bare_words[drop:]) if drop else name
        # "the elder Augustin" on the younger Augustin's page: a namesake, named with the epithet it was given
        epithet = (len(bare_words) - drop == 1 or raw[i - 1][3].lower() == "younger") and i > 1 \
            and raw[i - 1][3] in lex.epithets \
            and raw[i - 2][3].lower() == "the"
        if epithet and kind == "NAME":
            core = f"{core} the {raw[i - 1][3]}"
        # a name followed by a group noun is the polity's forces: "Nordmar army"
        k = j
        while k < n and raw[k][0] == "word" and raw[k][3].lower() in lex.group and kind == "NAME":
            k += 1
        tok = Tok(kind, a, raw[k - 1][2] if k > j else b, text[a:raw[k - 1][2]] if k > j else surface, core,
                  None, surface)
        tok.members = [(core, raw[i + drop][1], b, kind == "EVENT")]
        if kind == "NAME" and drop and bare_words[drop - 1].casefold() in _ruler_styles():
            self._styles_of.setdefault(core, set()).add(bare_words[drop - 1].casefold())
        if kind == "NAME" and core in self._styles_of:
            for style in self._styles_of[core]:
                self._styled.setdefault(style, {})[core] = self._blocks_read
        if kind == "NAME" and not possessive:
            self._gender_from_words(raw, i, j, bare_words[:drop], core)
            if len(bare_words) - drop == 1 and i > 0 and raw[i - 1][0] == "word" and raw[i - 1][3] in lex.namesake_kin:
                self._namesake(core)
            if not epithet and (learned := tuple(bare_words[drop:])) not in self._names_learned:
                self._names_learned.add(learned)
                self._learn_full_name(bare_words[drop:])
        if len(bare_words) > 1:
            for head in {bare_words[0].lower(), bare_words[-1].lower(),
                         bare_words[1].lower() if bare_words[0] in _ORDINALS else ""}:
                if head in lex.topic_nouns:
                    self.recent_by_head[head] = (core, self._blocks_read)
                    self.names_by_head.setdefault(head, set()).add(core)
                    self.block_heads.setdefault(head, core)
            capitals = [w for w in bare_words if w[:1].isupper()]
            if len(capitals) >= 2:
                self.initials.setdefault(acronym_of(capitals), core)
        return k, tok

    def _gender_from_words(self, raw, i: int, j: int, title: list[str], core: str) -> None:
        """"King Edric IV", "her brother, Edric", "his wife Ilke": the title or kin word written with a
        name tells which pronoun is that person's (a "she" after "King Edric died" is someone else). So does
        a kin noun in apposition or after a copula, on either side of the name ("His first wife, the engraver
        Agnese Cavanis,", "His wife of ten years, Ilke", "Ilke Marr, his cousin's widow,", "Ilke Marr (his
        first wife)", "His first wife was Ilke Marr", "Ilke Marr was the daughter of a notary"): the head noun
        tells it, and a person told so is never the other pronoun, whatever a later pronoun guessed."""
        gendered = self.lex.gendered
        said = " ".join(title).casefold()
        if said not in gendered and i > 0:
            k = i - 2 if raw[i - 1][3] == "," and i > 1 else i - 1
            said = raw[k][3].casefold() if raw[k][0] == "word" else ""
        if said not in gendered and self._kin_words_in(raw):
            said = _kin_head_before(raw, i, gendered) or _kin_head_after(raw, j, gendered) or ""
        if said in gendered:
            if core not in self.pronoun_of or core not in self._sex_told:
                self.pronoun_of[core] = gendered[said]
            self._sex_told.add(core)

    def _kin_words_in(self, raw) -> bool:
        """Does the sentence (its word tokens) have a kin word or title at all? (Looked up once a sentence, in
        the lower-cased words _tokenize made of `raw`: no date, number, acronym or punctuation is such a word.)"""
        if self._kin_raw is not raw:
            self._kin_raw = raw
            self._kin_any = not self.lex.gendered.keys().isdisjoint(self._lows)
        return self._kin_any

    # -------------------------------------------------------- sentences

    def _read_sentence(self, sent: _Sentence) -> None:
        block = sent.block
        self._reading = sent
        self._later_sentence = not sent.first
        toks = self._tokenize(block, sent.start, sent.end, sent.dates)
        if not toks:
            return
        self._acronyms(block, toks, sent)
        for t in toks:
            if t.type in ("NAME", "EVENT"):
                self._mention(block, t, sent.origin)
            elif t.type == "POSS" and isinstance(t.value, tuple) and isinstance(t.value[1], str) \
                    and (at := t.text.find(t.value[1])) >= 0 and t.text[at + len(t.value[1]):] in _POSSESSIVE_ENDS:
                # "the KLV's couriers", "Brening's orders": a possessive writes the name too (name drift);
                # "Zortish farms" names no Zort
                self._mention(block, Tok("NAME", t.start + at, t.start + at + len(t.value[1]), t.value[1],
                                         t.value[1]), sent.origin)
        self._durations(sent, toks)
        self._relative_dates(sent, toks)
        self._note_dated_event_noun(sent)
        if sent.dates and (told := opened_stretch(block.text, sent.start, sent.end, sent.dates)) is not None:
            self.told_stretches.setdefault(told[0], []).append(told[1:])
        if sent.dates and (begun := begun_stretch(block.text, sent.start, sent.end, sent.dates)) is not None:
            self.begun_stretches.setdefault(begun[0], []).append(begun[1])
        self._place_happenings(sent)
        self._quantities(sent, toks)
        first_new = len(self.facts.statements)
        if self.relations is not None:
            self.relations.read(sent, toks)  # before this sentence's subjects are remembered: "His father, X"
        self._statements(sent, toks)
        self._fronted_birth(sent, toks, first_new)
        # the sentence's name tokens, resolved only when the next sentence asks (_named_before: a fronted "Born"):
        # a NAME token resolves to its own value or members, and _person_like reads the lexicon alone, so the
        # answer is the same later as now
        self._people_named = [t for t in toks if t.type == "NAME"]
        self._later_marriages(sent, first_new)
        self._term_steps(sent, first_new)
        if "mong" in (words := sent.block.text[sent.start:sent.end]) or "including" in words:
            self._toll_members(sent, toks)  # "..., among them Wimbrel", "Among the dead were ..."

    def _fronted_birth(self, sent: _Sentence, toks: list[Tok], first_new: int) -> None:
        """"Born in a colliery terrace on 4 June 1899, he worked underground": a sentence opening with "Born"
        and a date is the birth of the main clause's subject (a pronoun for the person told of, a name); with
        no main clause ("Born 6 December 1932 in Varn." under "### Vilem Ast (1932–1970)") of the section's
        person."""
        text = sent.block.text
        if text.find("Born ", sent.start, sent.end + 5) < 0:
            return  # (one scan spares most sentences the walk below; the test after it may read past the end)
        start = sent.start
        while start < sent.end and text[start].isspace():
            start += 1
        if not text.startswith("Born ", start) or any(s.predicate == "birth" for s in self.facts.statements[first_new:]):
            return
        cut = _FRONTED_END.search(text, start, sent.end)
        end = cut.start() if cut else sent.end
        dated = [d for d in sent.dates if start <= d.start and d.end <= end and isinstance(d.value, DateValue)]
        if len(dated) != 1:
            return
        if cut is None or text[cut.start()] != ",":
            # "Born 6 December 1932 in Varn.": opening a list item under a person's heading, that person's;
            # after "Vilem Aster, commander." the one person the sentence before named
            if text[:start].strip():
                named = self._named_before()
                subjects = named if len(named) == 1 else []
            elif self.heading_person:
                subjects = [" ".join(self.heading_person)]
            else:
                return
        else:
            after = next((t for t in toks if t.start >= cut.end()), None)
            if after is None:
                return
            if after.type == "PRON" and after.lower in ("he", "she"):
                # the one person the sentence before named in full ("No player is better remembered than Oswin
                # Hale, who kept goal for Telmark ... Born in 1899, he ..."), else the person told of
                named = self._named_before()
                subjects = named if len(named) == 1 else self._pronoun(after.lower)
            elif after.type == "NAME":
                subjects = [n for n, _ in self._resolve(after)]
            else:
                return
        if len(subjects) == 1:
            self._emit(sent, subjects[0], "birth", None, dated[0], start, end, None, False, None)

    def _named_before(self) -> list[str]:
        """The people the sentence read before named in full (a surname alone may be anyone's)."""
        named = [n for t in self._people_named for n, _ in self._resolve(t) if self._person_like(n)]
        return list(dict.fromkeys(n for n in named if " " in n and self._can_be_born_or_die(n)))

    def _later_marriages(self, sent: _Sentence, first_new: int) -> None:
        """"She married again in 1893", "Widowed in 1890, she married the chandler": a marriage after another
        one, to a spouse the words do not name, is not the one a record dates (kept as "remarriage")."""
        new = self.facts.statements[first_new:]
        if any(s.predicate == "marriage" and not s.object for s in new) and \
                _retells_a_later_marriage(sent.block.text[sent.start:sent.end]):
            said = sent.block.text[sent.start:sent.end]
            for s in new:
                if s.predicate == "marriage" and not s.object:
                    s.predicate = "remarriage"
                    # the words that count it ("married again", "a third time"): a record of two marriages dates
                    # only a second one (checks/single_value.py)
                    s.text = said.strip()[:200]

    def _term_steps(self, sent: _Sentence, first_new: int) -> None:
        """A term's dates are its taking and its leaving of office; prose tells other steps of it in the same
        words: being elected, nominated or appointed beside the taking of office in one sentence ("elected in
        1701 and took office in 1702"), a resignation announced ("announced his retirement in 1714"), a second
        term ("served a second term from 1716"), the end of a numbered one ("stepped down after his first term"),
        another office, an honour ("appointed a Member of the Order of Tarn"). Those keep their own predicates, so
        that they never contradict the term's recorded start and end. (An election told alone is weighed by the
        single-value check: one before the recorded start is its selection, one after it contradicts.)"""
        new = [s for s in self.facts.statements[first_new:] if s.predicate in _TERM_STEPS]
        if not new:
            return
        text = sent.block.text[sent.start:sent.end]
        words = set(_WORD.findall(text.casefold()))
        later = not words.isdisjoint(vocabulary.word_set("prose", "later_term_cues"))
        # "stepped down after his first term": the end of one of several terms (its start is the tenure's)
        numbered = bool(_numbered_term().search(text))
        selection = vocabulary.word_set("prose", "term_selection_words")
        announcing = vocabulary.word_set("prose", "term_announcing_words")
        appointing = vocabulary.word_set("prose", "term_appointing_words")
        own_words = {id(s): set(_WORD.findall((s.text or "").casefold())) for s in new}
        taking = [s for s in new if s.predicate == "term_start" and own_words[id(s)].isdisjoint(selection)
                  and own_words[id(s)].isdisjoint(appointing)]
        for s in new:
            own = own_words[id(s)]
            if s.predicate == "term_start":
                self._seat_body(text, s)
            if s.predicate == "term_start" and not own.isdisjoint(appointing | selection) and \
                    not vocabulary.word_set("prose", "honour_words").isdisjoint(_WORD.findall(
                        _verb_tail(text, s).casefold())):
                s.predicate = "honour"  # "appointed a Member of the Order of Tarn in 1991": no office, no term
            elif later or numbered and s.predicate == "term_end":
                s.predicate = "later_" + s.predicate  # "a second term from 1716 to 1719", "after his first term"
            elif self._names_another_office(text, s):
                s.predicate = "other_" + s.predicate  # "appointed warden of the docks in 1690" on a provost's page
            elif s.predicate == "term_start" and taking and s not in taking and \
                    not (own.isdisjoint(selection) and own.isdisjoint(appointing)):
                s.predicate = "selected"  # "elected in 1701 and took office in 1702", "appointed in 1830 and took office"
            elif s.predicate == "term_end" and s.text and (at := text.find(s.text)) > 0 and \
                    not announcing.isdisjoint(_WORD.findall(text[max(0, at - 30):at].casefold())[-3:]):
                s.predicate = "announced_term_end"  # "announced his resignation on 2 April"
        ends = [s for s in new if s.predicate == "term_end" and s.date is not None and s.text]
        for s in new if ends else ():
            if s.predicate == "term_start" and s.date is not None and s.text and any(
                    text.find(e.text) < text.find(s.text) and overlaps(e.date, s.date) for e in ends):
                # "stood down as general secretary in 1931 and was elected the same year to the Chamber": what
                # one starts in the year one steps down, told after it, is another office's start
                s.predicate = "other_term_start"

    def _names_another_office(self, sentence: str, s) -> bool:
        """Do the words right after a term's verb name an office other than the one the page's fields record
        ("appointed warden of the docks in 1690", "resigned from the guild in 1715" beside "office: Provost of
        X")? Bare steps ("took office in 1702", "resigned in 1712") and the recorded office's own words
        ("appointed provost", "retired from the provostship") are that office's."""
        recorded = self._office_words()
        tail = _verb_tail(sentence, s)
        if not tail:
            return False
        named = [w for w in _WORD.findall(tail.casefold()) if w not in _OFFICE_FILLERS]
        if not recorded:
            if s.predicate != "term_start":
                return False
            # no field records the office: the first one the page's prose has the person take ("took office as
            # director-general") is the term, another named later ("appointed ambassador to X") another office
            told = self._told_offices
            recorded = told.get(s.subject)
            if recorded is None:
                if named:
                    told[s.subject] = frozenset(named)
                return False
        return bool(named) and not any(w.startswith(r) or r.startswith(w) for w in named for r in recorded)

    def _seat_body(self, sentence: str, s) -> None:
        """"he was elected to the town council in 1883": a term's verb with "to" and a body (prose.yaml
        seat_bodies) gives a seat in that body, its object the way "took command of the fleet" has one; so
        the seat meets only that body's other terms, never the person's other office ("his election in 1894"
        as mayor) or another record of it."""
        m = _seat_cue().match(_verb_tail(sentence, s)) if s.object is None else None
        if m and m["body"].lower() not in self._office_words():
            s.object = m["body"].lower()  # (the seat the page's own office field records is that office)

    def _office_words(self) -> frozenset[str]:
        """The words of the offices the page's fields record ("office: Provost of X"), looked up once."""
        found = getattr(self, "_office_words_memo", None)
        if found is None:
            found = frozenset(w for b in self.doc.blocks if b.kind is BlockKind.FIELD and
                              (b.key or "").rstrip("0123456789_").lower() in ("office", "position", "post")
                              for w in _WORD.findall(b.text.casefold()) if len(w) >= 4)
            # "Rector of the University of Brenzau: 1585–1588": a key that names an office and dates its term
            found = found or frozenset(w for b in self.doc.blocks if b.kind is BlockKind.FIELD and
                                       _OFFICE_KEY.fullmatch(b.raw_key or "") and _YEAR_RANGE.search(b.text)
                                       for w in _WORD.findall((b.raw_key or "").casefold()) if len(w) >= 4)
            self._office_words_memo = found
        return found

    def _mention(self, block: Block, t: Tok, origin: Origin) -> None:
        members = t.members or [(t.value, t.start, t.end, t.type == "EVENT")]
        for name, a, b, _ in members:
            if not isinstance(name, str) or not name:
                continue
            kind = "acronym" if is_acronym(name) else "name"
            if kind == "name" and _declared_before(block.text, a):
                kind = "declared"  # "sometimes incorrectly referred to as Nels Nelson": a form the text gives
            if kind == "acronym" and name not in self.initials and (spelled := expansion_before(block.text, a, name)):
                self.initials[name] = spelled  # "merchant aircraft carriers (MAC ships)": defined here
            if kind == "acronym" and name not in self._tied and name in self.initials:
                self._tied.add(name)
                self.facts.entities.append(Entity(self.initials[name], None, [name],
                                                  self.doc.block_span(block, a, b), origin))
            at = block.file_offset(a)  # the span's start and where _styled looks: mapped once
            end = block.file_offset(a + len(name) if block.text.startswith(name, a) else b)
            self.facts.names.append(NameMention(name, self.doc.span(at, end), origin, kind,
                                                bracketed=_in_parentheses(block.text, a),
                                                styled=_styled(self.doc.text, at)))

    def _acronyms(self, block: Block, toks: list[Tok], sent: _Sentence) -> None:
        """ "Kuomintang (KMT)", "Harbour Free Pilots Guild, or simply Pilots" -> Entity with alias."""
        text = block.text
        for t in toks:
            if t.type not in ("NAME", "EVENT") or not isinstance(t.value, str):
                continue
            words = t.value.split()
            if len(words) < 2:
                continue
            found = find_expansion(text, t.end, words)
            if not found:
                continue
            short, a, b = found
            key = (short, a)
            if key in self._acronyms_seen:
                continue
            self._acronyms_seen.add(key)
            self._tied.add(short)
            self.facts.entities.append(Entity(t.value, None, [short], self.doc.block_span(block, t.start, b),
                                              sent.origin))
            self._know(short)

    # -------------------------------------------------------- statements

    def _clauses(self, toks: list[Tok], opened: bool = False) -> list[list[Tok]]:
        """Split at ";", ":", clause openers, and ", [and]" / "and" before a verb group or before a
        new subject with its own verb ("..., and the Ostrevan league recovered ..."). `opened`: the first clause
        begins with an opener ("When the firm was wound up ..."), which the tokens do not keep at a sentence's start."""
        out: list[list[Tok]] = []
        cur: list[Tok] = []
        n = len(toks)
        run_end: list[int] | None = None  # built on first need by _run_ends (one backward pass)
        cur_has_verb = False
        aside = False  # the clause is ", who/which/where ...," set between a subject and its verb
        aside_continued = False  # the aside went on past an opener ("who stayed when the others fled,")
        in_opener = False  # the clause is an opener's after a main clause ("... had been in the band when she joined")
        for i, t in enumerate(toks):
            split = False
            if t.type == "PAREN":
                continue  # brackets neither split nor join; their words stay in the clause
            if cur_has_verb and t.type in ("VERB", "OTHER") and t.lower.endswith("ing") and i \
                    and toks[i - 1].type == "VERB" and toks[i - 1].text.split()[-1].lower() in _DIED_DOING \
                    and not (i + 1 < n and toks[i + 1].type == "DATE"):  # "died the preceding November": its date
                # "X was killed leading the counter-attack", "fell storming the gate": the death, then what the
                # dead man was doing (as after "while"): the participle's clause is its own
                out.append(cur)
                cur = []
                cur_has_verb = False
            if opened and cur_has_verb and t.type == "PRON" and t.lower in _SUBJECT_PRONOUNS and i + 1 < n and (
                    toks[i + 1].type in ("VERB", "AUX", "HAVE", "NOTACT", "ADV") or _regular_past(toks[i + 1].lower)):
                # "When the firm was wound up he stayed on from January 1952": a subject pronoun with its
                # own verb ends the opener's clause even with no comma; the main clause starts here
                out.append(cur)
                cur = []
                cur_has_verb = opened = False
            if aside and (len(cur) > 2 or aside_continued and cur) and t.type == "COMMA":
                k = i + 1
                while k < n and toks[k].type == "ADV":
                    k += 1
                if k < n and toks[k].type in ("VERB", "AUX", "HAVE", "NOTACT"):
                    # "The Dyr Bridge, where the ferry had crossed, was begun in 1612": the verb after the
                    # aside is the subject's before it (CONT "resume": the clause before the aside's subject)
                    out.append(cur)
                    cur = [Tok("CONT", t.start, t.end, t.text, lower="resume")]
                    cur_has_verb = aside = False
                    continue
                if k < n and toks[k].type == "OTHER" and _unknown_verb_then_and_verb(toks, k):
                    # "X, who had stayed, fell sick in May and died on D": a verb the lexicon does not know,
                    # then "and" and one it does: the subject's too, so the aside closes here as well
                    out.append(cur)
                    cur = [Tok("CONT", t.start, t.end, t.text, lower="resume")]
                    aside = False
                    cur_has_verb = True
                    continue
            if t.type in ("SEMI", "DASH"):
                split = True
            elif t.type == "OPEN":
                split = True
            elif t.type in ("COMMA", "AND"):
                k = i + 1
                while k < n and toks[k].type in ("AND", "ADV", "COMMA"):
                    k += 1
                if t.type == "AND" and in_opener and cur_has_verb and k + 1 < n and toks[k].type == "HAVE" and \
                        toks[k + 1].type in ("VERB", "AUX") and not any(x.type == "HAVE" for x in cur) and \
                        out and any(x.type == "HAVE" for x in out[-1]):
                    # "X had been in the band when she joined in 1926 and had died in 1940": a pluperfect after an
                    # opener told in the simple past goes on with the main clause's pluperfect, and its subject
                    out.append(cur)
                    cur = [Tok("CONT", t.start, t.end, t.text, lower="pluperfect")]
                    cur_has_verb = in_opener = False
                    continue
                if cur and cur_has_verb and i + 1 < n and toks[i + 1].lower == "then" and k < n and \
                        toks[k].type not in _NAMEISH:
                    # "when Brevity began and then sprang the surprise on 27 May": a next step, its own date
                    out.append(cur)
                    cur = [Tok("CONT", t.start, t.end, t.text, lower="then")]
                    cur_has_verb = False
                    continue
                if k < n and toks[k].type in ("VERB", "NOTACT") and cur and cur_has_verb and not (
                        t.type == "COMMA" and i and toks[i - 1].type in _NAMEISH and k + 1 < n and
                        toks[k + 1].type in ("DATE", "PREP", "BY") and _participle(toks[k])):
                    split = True
                elif k < n and toks[k].type == "REL":
                    split = True
                elif t.type == "COMMA" and cur and cur_has_verb and k + 1 < n and toks[k + 1].type == "REL" and \
                        (toks[k + 1].lower == "which" and toks[k].lower in _WHICH_TIME_PREPOSITIONS):
                    split = True  # "..., after which X retired", "..., by which time X had died": a clause of its own
                elif t.type == "COMMA" and cur and cur_has_verb and k < n and toks[k].lower == "whereupon":
                    split = True  # "..., whereupon X was arrested"
                elif k < n and cur and (cur_has_verb and toks[k].type in _NAMEISH or t.type == "AND" and
                                        toks[k].type in ("PREP", "DATE")):
                    # "..., and Billotte was killed", "... and on 23 May, Billotte, the only ..., was
                    # killed": a new subject with its own verb (after a leading date, past an apposition)
                    if toks[k].type == "PREP" and k + 1 < n and toks[k + 1].type == "DATE":
                        k += 1
                    if toks[k].type == "DATE":
                        k += 1
                        while k < n and toks[k].type == "COMMA":
                            k += 1
                    if k < n and toks[k].type in _NAMEISH:
                        if run_end is None:
                            run_end = _run_ends(toks)
                        if _own_verb_after(toks, run_end[k]):
                            if cur:
                                out.append(cur)
                            cur = []
                            cur_has_verb = False
                            continue
                elif k < n and cur and cur_has_verb and toks[k - 1].type == "AND" and \
                        (j := _apposed_office_name(toks, k)) is not None:
                    # "... was drawn, and Vaudry's marshal, [[X]], was killed there", "and the warden, X, died":
                    # a new subject named by its office, then by its name in commas, with its own verb
                    out.append(cur)
                    cur = []
                    cur_has_verb = False
                    continue
                elif opened and t.type == "COMMA" and k < n and cur and cur_has_verb and \
                        toks[k].type in ("OTHER", "POSS") and (date := _date_before_break(toks, k)) is not None and \
                        main_clause_date(self._reading.block.text, self._reading.start, cur[0].start, date.start, True) \
                        and _opens_own_subject(toks[k:k + 8], self._reading.block.text):
                    # "When the Society was dissolved, the members kept meeting until 1879": the main clause's own
                    # subject, a common noun's, with its own date (after "and" a common noun may be the same thing:
                    # "the bridge was begun in 1702, and the work was completed in 1699")
                    out.append(cur)
                    cur = []
                    cur_has_verb = False
                    continue
            if split:
                cur_has_verb = False
                opened = t.type == "OPEN"
                in_opener = opened
                # "X, who stayed when the others fled, fell sick": an opener inside the aside keeps it open
                aside_continued = aside and t.type == "OPEN"
                aside = aside_continued or bool(cur) and i > 0 and toks[i - 1].type == "COMMA" and t.type == "OPEN" and \
                    t.lower == "where" or t.type == "COMMA" and i + 1 < n and toks[i + 1].type == "REL" and \
                    toks[i + 1].lower in ("who", "whom", "which", "where")
                if cur:
                    out.append(cur)
                cur = [] if t.type != "OPEN" else []
                if t.type in ("COMMA", "AND", "SEMI", "DASH", "PAREN", "OPEN"):
                    if t.type in ("COMMA", "AND") and cur == [] and out:
                        cur.append(Tok("CONT", t.start, t.end, t.text))
                    continue
            cur.append(t)
            if t.type in ("VERB", "AUX", "HAVE", "NOTACT"):
                cur_has_verb = True
        if cur:
            out.append(cur)
        return out

    def _statements(self, sent: _Sentence, toks: list[Tok]) -> None:
        bracketed = sent.block.text.find("(", sent.start, sent.end) >= 0  # else no "(" PAREN token
        # the sentence's words, gathered once: each reading below needs one of its cue words (the readings and
        # _title_named below keep a token's word or drop it, never add one)
        lows = {t.lower for t in toks}
        read = toks  # the tokens as tokenized (lows are their words)
        if not _namesake_words()[0].isdisjoint(lows):
            toks = _namesakes_unnamed(toks)
        if not self.lex.namesake_kin.isdisjoint(lows) or "also" in lows or "same" in lows:
            toks = self._kin_namesakes(toks)
        if sent.block.attrs and "(" in (sent.block.attrs.get("links", "") + sent.block.attrs.get("targets", "")):
            toks = self._linked_namesakes(toks, sent.block)
        if not _repeat_words()[0].isdisjoint(lows):
            toks = _repeated_occasions(toks)
        # a namesake's own life in brackets ("His only son, also named Josiah Fennick (1741-1802)") is not the
        # life of the person the name stands for elsewhere: lives are read after the namesakes are marked
        self._life_dates = set()
        if bracketed:
            self._lifespans(sent, toks)
        if _may_contain(sent.block.text, sent, ("b.", "d."), _LIFE_ABBREVIATION_HINT):
            self._abbreviated_lives(sent, toks)
        if " death" in sent.block.text[sent.start:sent.end]:
            self._held_until_death(sent, toks)
        title = self.facts.title
        if title and " " in title:
            toks = _title_named(toks, title, sent.block.text)
        previous = self._sentence_toks
        self._previous_toks = previous if previous and self._sentence_block is sent.block else []
        self._sentence_toks, self._sentence_block = toks, sent.block
        # "during the Battle of Gazala (26 May – 21 June 1942)": the bracketed date is that event's own
        # "On 2 June 1726 he married Beata Hornfelt (1704–1770)": a life read in brackets dates no verb either
        self._owned_dates = _event_owned_dates(toks) | self._life_dates if bracketed else _NO_DATES
        toks = drop_bracketed_acts(_drop_bracketed_short_forms(toks)) if bracketed else list(toks)
        # (no reading above changed the tokens and no bracket dropped any: the same words)
        self._clause_hooks = self._hooks_for(toks, lows if read is self._sentence_toks and not bracketed else None)
        opened = _OPENS_SENTENCE.match(sent.block.text, sent.start) is not None
        clauses = self._clauses(toks, opened)
        sentence_hedge = next((t.text for t in toks if t.type == "HEDGE"), None)
        lead = _leading_date(toks)
        single_date = None
        single_from = 0  # the first clause the sentence's only date may date
        single_to = len(clauses)  # the clause where it stops dating
        dates_in = [t for t in toks if t.type == "DATE" and t.value is not None and id(t) not in self._owned_dates]
        if len(dates_in) > 1:
            # "launched in 1924; X himself broke a bottle over her bows, as he had done since 1902": a date
            # after "since" bounds a habit, so the sentence's one other date is still its only date
            at = {id(t): i for i, t in enumerate(toks)}
            unbound = [t for t in dates_in if not (at[id(t)] and toks[at[id(t)] - 1].lower == "since")]
            dates_in = unbound if len(unbound) == 1 else dates_in
        if len(dates_in) == 1:
            single_date = dates_in[0].value
            for ci, clause in enumerate(clauses):
                if clause and clause[0].type == "CONT" and clause[0].lower == "then" and \
                        clause[0].start < dates_in[0].start:
                    single_from = ci  # "X began and then Y ... on D": D is Y's, not X's
                if _opens_relative(clause) and clause[0].start <= dates_in[0].start <= clause[-1].end and ci:
                    single_from = ci  # "She died a week after her brother, who died on D": D is the brother's
            single_to = _coordinated_after(toks, dates_in[0], clauses)
            if single_from and single_from + 1 < len(clauses) and _subject_relative(clauses[single_from]) and \
                    clauses[single_from + 1] and clauses[single_from + 1][0].lower == "resume":
                single_to = min(single_to, single_from + 1)  # "The war, which broke out on D, was ended by ...": not D
            # "Edric, who died in exile, was reburied at Holm in 1262": an aside closed before the date is
            # not the main clause's event, and the date is not its
            asides = {ci for ci, clause in enumerate(clauses[:-1]) if ci and _opens_relative(clause)
                      and clause[-1].end < dates_in[0].start and clauses[ci + 1] and clauses[ci + 1][0].type == "CONT"
                      and not any(t.type == "DATE" for t in clause)}
            at_one = toks.index(dates_in[0]) if not {"until", "till", "from"}.isdisjoint(lows) else 0
            if at_one and toks[at_one - 1].lower in ("until", "till", "from"):
                # "suspended from the League until 467; it was there that Ibbuzet made his last stand", "When
                # the firm was wound up he stayed on from January 1952": a bound of its own clause's state or
                # event dates no other clause
                own = next((ci for ci, clause in enumerate(clauses) if any(t is dates_in[0] for t in clause)), None)
                if own is not None:
                    single_from, single_to = max(single_from, own), min(single_to, own + 1)
            # "Halloran chaired the board from 1919; Vesey retired in 1937": a clause with its own subject keeps
            # its date, and the clauses before it are not dated by it
            # (and they take no date from the sentences before either: the sentence's one date is another clause's)
            own_from = _own_subject_clause(toks, clauses, dates_in[0], sent.block.text)
            if opened and clauses and main_clause_date(sent.block.text, sent.start, clauses[0][0].start,
                                                       dates_in[0].start, not any(t is dates_in[0] for t in clauses[0])):
                own_from = max(own_from, 1)  # "After the Society was dissolved they met from 1 October 1879"
            single_from = max(single_from, own_from)
            # "X and Y went into exile at Orm, where X died in 1927": a date inside a trailing relative clause
            # (where, whereupon, after which, by which time ...) is that clause's alone, and the clauses before it
            # take no date from the sentences before either
            trail = _trailing_relative(sent.block.text, clauses, dates_in[0])
            if trail:
                single_from, own_from = max(single_from, trail), max(own_from, trail)
        else:
            asides = ()
            own_from = 0
        posthumous = not self.lex.not_acting_adverbs.isdisjoint([t.lower for t in toks])
        prev_subject: list[tuple[str, Tok]] | None = None
        last_subjects: list[str] = []
        self._last_names = []
        self._last_person = []
        subject_before: list = []  # the subject each clause started with (an aside's "resume" goes back past it)
        self._relative_after_noun = False
        self._sentence_force = None  # "A squadron of cogs from X, ..., held": X's force, for taking a side
        relative_carry = None  # the antecedent a subject relative clause's "and <verb>" goes on with
        for ci, clause in enumerate(clauses):
            subject_before.append(prev_subject)
            continued = bool(clause) and clause[0].type == "CONT"
            carry_in, relative_carry = relative_carry, None
            if continued and carry_in is not None and clause[0].text.strip().lower() == "and" and \
                    clause[0].lower not in ("resume", "pluperfect", "then"):
                # "succeeded by his granddaughter, Ilse, who moved the office in 2304 and bought the yards in 2318":
                # the verb after "and" (no comma) is the relative pronoun's antecedent's, not the main subject's
                prev_subject = carry_in or None
                relative_carry = carry_in
            if continued:
                if clause[0].lower == "resume" and ci >= 2:
                    # the aside may span clauses ("who stayed when the others fled,"): back to its relative
                    opened = next((j for j in range(ci - 1, 0, -1)
                                   if any(t.type == "REL" for t in clauses[j][:2])), ci - 1)
                    prev_subject = self._aside_antecedent(clauses[opened - 1]) or subject_before[opened] or \
                        prev_subject
                elif clause[0].lower == "pluperfect":
                    prev_subject = subject_before[ci - 1] or prev_subject  # the main clause's, before the opener
                clause = clause[1:]
            if ci and _shares_to_be(sent.block.text, clauses[ci - 1], clause):
                continue  # "... were to be regarded as deserters and summarily executed"
            reduced = reduced_relative_names(clause, sent.block.text, _unlisted_past) if not continued else []
            inner = trailing_relatives(clause, sent.block.text, _unlisted_past) + [a for a, _, _ in reduced]
            for a, b in {(a, b) for _, a, b in reduced}:
                if any(t.type == "DATE" for t in clause[a:b]):
                    # "The treaty which Brandt signed on 3 June 1811 was ratified in 1812": the relative clause's
                    # own date dates its act (and no other: the main clause's is its own)
                    self._clause(sent, clause[a:b], None, sentence_hedge, None, None, posthumous)
                    inner += [k for k in range(a, b) if clause[k].type == "DATE"]
            if inner:
                # "The garrison Brandt left in Vennick ... had fought", "The boats Brandt ordered were finished in
                # 1812": Brandt is no subject of the sentence, and the main clause's date is not his act's
                clause = [Tok("OTHER", t.start, t.end, t.text, None, None, t.lower) if k in inner else t
                          for k, t in enumerate(clause)]
            clause_date = (single_date if single_from <= ci < single_to and ci not in asides else None) or \
                _when_date(sent, clauses, ci)
            self._undated_clause = ci < own_from
            # "Halloran resigned as chairman; in 1937 the board was wound up": a common noun opening a clause is
            # not the person before it ("..., and the club was wound up" may well be the club named before)
            own_subject = not continued and (_has_subject_before_verb(clause) or ci and prev_subject and
                                             self._not_the_person(prev_subject, clause, sent.block.text)) or \
                len(clause) > 2 and clause[0].lower in _WHICH_TIME_PREPOSITIONS and clause[1].lower == "which"
            # (", by which time her brother had died": the clause names its own subject, never the one before)
            got = self._clause(sent, clause, None if own_subject else prev_subject, sentence_hedge, lead,
                               clause_date, posthumous)
            got = self._cleft_subject(clause) or got
            if got:
                prev_subject = got
                last_subjects = [n for n, _ in got]
                self._remember(last_subjects)
            elif not continued and _pronoun_subject(clause):
                # "He married Maud in 1212; she bore him an heir and died in 1226": a subject pronoun read as no
                # one is still its clause's subject, so "and died" is hers, never the clause before's "he"
                prev_subject = None
            elif clause and clause[0].type == "POSS" and isinstance(clause[0].value, tuple) and \
                    clause[0].value[0] != "PRON" and (ci + 1 < len(clauses) or ci == 0 and any(
                        self._may_be_he(n) for n in self._owner(clause[0]))):
                # "The League's last action came in 1578, when it sent ships": "it" is the owner; "Garron's feud
                # with the lords began over the mint. On 2 June he tried": the person a sentence opens with
                # owning its subject is the next "he", not the paragraph before's dead king
                self._remember(self._owner(clause[0]))
            elif ci == 0 and len(clause) > 1 and clause[0].type == "NAME" and clause[1].type in _UNREAD_VERB_OPENERS \
                    and clause[1].text[:1].islower():
                # "Federigo never claimed the principality again. He died in 1609": a verb the reader does not
                # know still makes the name opening the sentence the next "he", not whoever acted before
                self._remember([n for n, _ in self._resolve(clause[0])])
            elif ci == 0 and len(clause) == 1 and clause[0].type == "NAME" and len(clauses) > 1 and \
                    _opens_relative(clauses[1]):
                # "Carrow, who had urged a relief ship in 1873, criticised ...; he died in 1890": the name that
                # opens the sentence before its aside is the sentence's subject, and the next "he"
                self._remember([n for n, _ in self._resolve(clause[0])])
            elif ci == 0 and clause and clause[0].type == "OTHER":
                # "The canal was twelve miles long. It was opened ...": "it" is the canal (the page's own
                # thing, or no one), never a name from before it
                unnamed = self._unnamed_subject(sent, clause)
                if unnamed:
                    self._remember(unnamed)
            if ci and (rel := _relative_subject(clause)) is not None:
                relative_carry = list(self._last_person if rel.lower == "who" else self._last_names)
            # read only by a relative pronoun of the next clause (_previous_antecedent via a REL chunk, which
            # only a REL token makes): worked out for that clause alone
            if ci + 1 < len(clauses) and any(t.type == "REL" for t in clauses[ci + 1]):
                self._last_names, self._last_person = self._relative_antecedent(clause)
                self._relative_after_noun = _ends_in_common_noun(clause)
            else:
                self._last_names, self._last_person = [], []
                self._relative_after_noun = False
        self._undated_clause = False
        if last_subjects:
            self.last_subjects = last_subjects

    def _cleft_subject(self, clause: list[Tok]) -> list[tuple[str, Tok]]:
        """"It was the old duke himself who, in 1391, set his seal": a cleft's focus is the subject of
        the relative clause after it, not whatever "it" would stand for ("It was not X who": no one)."""
        if len(clause) < 4 or clause[0].type != "PRON" or clause[0].lower != "it" or clause[1].type != "AUX":
            return []
        i = 2
        while i < len(clause) and clause[i].type in ("ADV", "OTHER") and clause[i].lower in _CLEFT_ADVERBS:
            i += 1
        if i + 1 < len(clause) and (clause[i].lower in _CLEFT_PLACE_WORDS or clause[i].type == "PREP" or
                                    i > 2 and clause[i - 1].lower == "then" and clause[i].lower == "that"):
            # "It was there that Osric, who had not fought at the ford, was killed", "It was then that ...": a
            # place or time in focus, and the name after "that" is the subject of the verb after its aside
            k = i + 1 if clause[i].lower != "that" else i
            while k < len(clause) and k <= i + 6 and clause[k].type in _CLEFT_FOCUS_TYPES and clause[k].lower != "that":
                k += 1
            if k + 1 < len(clause) and clause[k].lower == "that" and clause[k + 1].type == "NAME" and \
                    (k + 2 == len(clause) or clause[k + 2].type == "COMMA"):
                return self._resolve(clause[k + 1])
            return []
        if i + 1 >= len(clause) or clause[i].type not in _ANTECEDENT_TYPES:
            return []
        j = i + 1
        if clause[j].lower in _REFLEXIVES:
            j += 1
        if j < len(clause) and clause[j].type == "COMMA":
            # "It was the Trust, not the Board, that rebuilt": the name set aside is not the doer
            close = next((k for k in range(j + 2, min(len(clause), j + 8)) if clause[k].type == "COMMA"), None)
            if close is not None and _negated_aside(clause, close) == j and close + 1 < len(clause) and \
                    clause[close + 1].lower in ("who", "that"):
                return self._resolve(clause[i])
        if j >= len(clause) or clause[j].type != "REL" or clause[j].lower not in ("who", "that"):
            return []
        return self._resolve(clause[i])

    def _unnamed_subject(self, sent: _Sentence, clause: list[Tok]) -> list[str]:
        """A sentence opening "The <noun> <verb>" with no name: [the page subject] when the noun is the
        page's own kind ("the canal" on a canal's page: its title's head word or its `type`), else
        [_UNNAMED] (a pronoun after it means that thing, not an earlier name)."""
        opener = sent.block.text[sent.start:clause[0].start]
        if opener.strip().lower() not in ("the", "this") or not clause[0].text[:1].islower():
            return []
        head = None
        for t in clause[:4]:
            if t.type in ("VERB", "AUX", "HAVE"):
                break
            if t.type != "OTHER" or not t.text.isalpha() or not t.text.islower():
                head = None  # "The toll house stood at ...", "The men of ...": not read as the page's noun
                break
            head = t.lower
        else:
            head = None
        title = self.facts.title
        if head and title and (title.split()[-1].lower() == head or head in self.page_kind_words):
            return [title]
        return [_UNNAMED]

    def _aside_antecedent(self, before: list[Tok]):
        """The subject an aside interrupts: the first name of a verbless clause not governed by a
        preposition ("The Dyr Bridge at Carth, where ...,"; never "the siege of Carth, which ...,")."""
        words = [t for t in before if t.type not in ("COMMA", "CONT")]
        if not words or any(t.type in ("VERB", "AUX", "HAVE", "NOM") for t in words):
            return None
        for i, t in enumerate(words):
            if t.type in ("NAME", "EVENT", "DEMNP", "TOPIC"):
                governed = i > 0 and (words[i - 1].type in ("OF", "BY", "POSS", "PREP") or
                                      words[i - 1].type == "OTHER" and words[i - 1].lower in _PREPOSITIONS)
                return None if governed else (self._resolve(t) or None)
        return None

    def _clause(self, sent, clause: list[Tok], inherited, sentence_hedge, lead, single_date, posthumous):
        """Statements of one clause; returns the clause subject (for the next clause)."""
        if not clause:
            return inherited
        for hook in self._clause_hooks:
            hook(sent, clause, lead, single_date)
        has_trigger = any(t.type in ("VERB", "NOM") for t in clause)
        # compress OTHER runs and very long name lists before parsing
        ptoks: list[Tok] = []
        run_last = None  # the last token merged into the OTHER run ending ptoks (one Tok made per run)
        for t in clause:
            ttype = t.type
            if ttype in _AS_OTHER:
                ttype = "OTHER"
            if ttype == "OTHER" and ptoks and ptoks[-1].type == "OTHER" and t.type != "NOTACT":
                run_last = t
                continue
            if run_last is not None:
                ptoks[-1] = Tok("OTHER", ptoks[-1].start, run_last.end, ptoks[-1].text, None, None, run_last.lower)
                run_last = None
            if ttype != t.type:
                t = Tok(ttype, t.start, t.end, t.text, t.value, t.members, t.lower if t.type != "NOTACT" else "#notact")
            ptoks.append(t)
        if run_last is not None:
            ptoks[-1] = Tok("OTHER", ptoks[-1].start, run_last.end, ptoks[-1].text, None, None, run_last.lower)
        ptoks = _collapse_name_runs(ptoks)
        # "It was the Trust, not the Board, that rebuilt the mole": the cleft's focus does what follows it
        subject = (self._cleft_subject(clause) if clause[0].lower == "it" else None) or self._find_first_subject(ptoks)
        if subject is None and inherited is None and self._sentence_force is None:
            self._sentence_force = self._force_of(ptoks)
        if not has_trigger or len(ptoks) > MAX_PARSED_TOKENS:
            return subject or inherited
        shape = _chunk_shape(tuple(t.type for t in ptoks))
        chunks = [_Chunk(kind, ptoks[a:b]) for kind, a, b in shape]
        clause_subject = subject or inherited
        if subject is None and (rel := _relative_subject(clause)) is not None:
            # ", which closed the old yard in 2300 and bought the Marrow Yards in 2318": every verb of a subject
            # relative clause is its antecedent's (none named: no one's), never the main clause's subject
            clause_subject = list(self._last_person if rel.lower == "who" else self._last_names) or None
        for ci, ch in enumerate(chunks):
            if ch.kind in ("active", "passive"):
                self._verb_statements(sent, chunks, ci, clause_subject, sentence_hedge, lead, single_date,
                                      posthumous, ptoks)
            elif ch.kind == "nominal":
                self._nominal_statements(sent, chunks, ci, clause_subject, sentence_hedge, lead, single_date,
                                         posthumous, ptoks)
        self._event_dates(sent, chunks)
        self._opened_by(sent, ptoks)
        if not posthumous:
            self._gapped_deaths(sent, ptoks)
        return subject or inherited

    def _gapped_deaths(self, sent, ptoks: list[Tok]) -> None:
        """"the seaman Olaf Brenn died of it on 3 March 1821, and Piet Harl a month later": a second death told
        with its verb left out, after "and", counted on from the first's date (days, weeks, months or years)."""
        at = next((i for i, t in enumerate(ptoks) if t.type == "VERB" and "death" in (t.value or ())), None)
        if at is None:
            return
        for i in range(at + 2, len(ptoks) - 1):
            if ptoks[i].type != "AND":
                continue
            j = i + 1
            while j < len(ptoks) and j - i <= 3 and (ptoks[j].type == "POSS" or ptoks[j].type == "OTHER"
                                                      and ptoks[j].text.isalpha() and ptoks[j].text.islower()):
                j += 1  # "and his assistant Tam Rooke", "and the gunner Mats Orre"
            if j >= len(ptoks) or ptoks[j].type != "NAME" or not isinstance(ptoks[j].value, str):
                continue
            name = ptoks[j]
            later = _GAPPED_LATER.match(sent.block.text, name.end)
            if later is None:
                continue
            told = [x for x in self.facts.statements if x.predicate == "death" and x.span == sent.span
                    and x.date is not None and x.date_span is not None]
            if not told:
                return
            first = told[-1]
            anchor = FoundDate(0, 0, "", first.date, False)
            if (later["unit"] or later["unit2"]).lower().startswith(("year", "month")):
                moved = _moved_on(anchor, _LATER_PERIOD_AFTER_VERB.match(" " + later["phrase"]))
            else:
                moved = _counted_on(anchor, _OFFSET_AFTER_VERB.match(" " + later["phrase"]))
            if moved is None:
                return
            moved = FoundDate(later.start("phrase"), later.end("phrase"), later["phrase"], moved.value, False)
            self._emit(sent, name.value, "death", None, moved, name.start, later.end("phrase"), first.hedge, False,
                       None)
            return

    def _hooks_for(self, toks: list[Tok], lows: set[str] | None = None) -> list:
        """The clause hooks a sentence can feed, in their order: each needs a word or token type that is
        in some clause only when it is in the sentence's tokens (a clause adds only "CONT" markers), so
        one look at the sentence spares the others a walk over every clause (~15,000 on the bench world).
        `lows`: the tokens' words when the caller has them (the same tokens)."""
        if lows is None:
            lows = {t.lower for t in toks}
        types = {t.type for t in toks}
        hooks = [self._allies]
        if not self._subordinate_nouns.isdisjoint(lows):
            hooks.append(self._subordinates)
        if not vocabulary.word_set("prose", "receipt_words").isdisjoint(lows):
            hooks.append(self._givers)
        if "BY" in types:
            hooks.append(self._participle_agents)
        if not _agent_phrases()[1].isdisjoint(lows):
            hooks.append(self._phrase_agents)
        if ("VERB" in types or "NOM" in types) and \
                any(t.type in ("VERB", "NOM") and t.value and "surrender" in t.value for t in toks):
            hooks.append(self._surrender_receivers)
        return hooks

    def _force_of(self, ptoks: list[Tok]):
        """"A squadron of cogs from Orm", "The galleys of Orm": a clause opening with a force of a named
        party (demonyms.yaml group_nouns) before any verb; only a verb of taking a side reads it as the
        party's (checks/disjoint_sides.py), since "the garrison of Orm surrendered" is not Orm's surrender."""
        for i, t in enumerate(ptoks):
            if t.type in ("VERB", "AUX", "HAVE", "REL", "COMMA", "AND"):
                return None
            if t.type in ("NAME", "DEMNP"):
                if i >= 2 and ptoks[i - 1].lower in ("of", "from") and ptoks[i - 2].type == "OTHER" and \
                        ptoks[i - 2].lower in self.lex.group and \
                        all(p.type in ("OTHER", "OF", "PREP", "DATE", "ADV") for p in ptoks[:i - 2]):
                    return self._resolve(t) or None
                return None
        return None

    def _find_first_subject(self, ptoks: list[Tok]):
        """The clause's subject: the names right before its first verb group, else its first names
        not governed by a preposition (leading adverbials and appositions skipped)."""
        first_verb = next((i for i, t in enumerate(ptoks) if t.type in ("VERB", "AUX", "HAVE")), None)
        if first_verb is None:
            # "Quarle signs a separate truce ...": a clause opening with a name is about it
            if len(ptoks) > 1 and ptoks[0].type in ("NAME", "DEMNP") and ptoks[1].type == "OTHER":
                return self._resolve(ptoks[0]) or None
            return None
        k = first_verb - 1
        while k >= 0 and ptoks[k].type in ("ADV", "HEDGE", "NEG"):
            k -= 1
        if k >= 0 and ptoks[k].type in ("NAME", "EVENT", "DEMNP", "TOPIC", "PRON"):
            j = k
            while j >= 0 and ptoks[j].type in ("NAME", "EVENT", "DEMNP", "TOPIC", "PRON", "COMMA", "AND"):
                j -= 1
            if j < 0 or ptoks[j].type not in ("PREP", "OF", "BY", "POSS"):
                return self._members_back(ptoks, k)
        for i in range(first_verb):
            t = ptoks[i]
            if t.type in ("NAME", "EVENT", "DEMNP", "TOPIC", "PRON"):
                prev = ptoks[i - 1] if i else None
                if prev is not None and (prev.type in ("OF", "BY", "POSS", "PREP") or
                                         (prev.type == "OTHER" and prev.lower in _PREPOSITIONS)):
                    continue
                if i == 1 and prev.type == "OTHER" and prev.text[:1].isupper() and self._unknown_subject and \
                        prev.lower != prev.text.lower() and not prev.text.endswith(("'s", "\u2019s")):
                    # "Rowena married Tobin Orrow in 1788 and died in 1805": an unknown opener and the words after
                    # it (its verb); the name after them is the object, and the subject is no one the reader knows
                    # ("Rowena's son Tobin Orrow died" is Tobin's)
                    return None
                return self._members_forward(ptoks, i, first_verb)
            if t.type in ("REL",):
                return None
        return None

    def _resolve(self, t: Tok) -> list[tuple[str, Tok]]:
        if t.members and t.type in ("NAME", "EVENT") and len(t.members) > 1:
            return [(m[0], t) for m in t.members]
        if t.type == "PRON":
            found = self._pronoun(t.value, t.start)
            if t.value == "it" and found and self._named_since_dissolution(found[0], t):
                return []  # "The league was dissolved in 861. Stennford kept its charter; it built": not the league
            return [(s, t) for s in found]
        if isinstance(t.value, str) and t.value:
            return [(t.value, t)]
        return []

    def _pronoun(self, word: str, at: int | None = None) -> list[str]:
        """he/she: the most recent person-like subject; it: the most recent subject; they: the
        most recent group. Subjects of this sentence first, then of the paragraph (bounded).
        A person the text has called "she" is not the next "he" (nor the reverse): that pronoun
        means someone else, likely named as an object ("she wed Orvel; he was killed"), so no one."""
        if word in ("he", "she") and self._unknown_subject:
            return []
        if word in ("he", "she") and self._unnamed_kin(word, at):
            return []
        for depth, group in enumerate(reversed(self.recent)):
            if group == _UNNAMED_GROUP:
                if word in ("he", "she"):
                    continue
                return []
            if word in ("he", "she"):
                if depth >= len(self.recent) - getattr(self, "_block_recent", 0) and self._biography_subject():
                    # a paragraph opening with "she" on a person's page means that person, not
                    # whoever last acted in the paragraph before ("... Wystan organised. // She governed")
                    return self._gendered(self._biography_subject(), word)
                if depth >= len(self.recent) - getattr(self, "_block_recent", 0) and \
                        (heading := self._known_as(" ".join(self._section_person()))) and \
                        self.pronoun_of.get(heading, word) == word and self._gendered(heading, word):
                    # so under a heading that names a person ("## Martha Penhallow (1776–1849)"): "... Ann Quarrie
                    # was the second. // She held the post for eleven years" is Martha
                    return [heading]
                # "saw Tarrow founded in 2212. She died": a founded place is no "she" (unless born or dead)
                memo = self._lives_memo()
                people = [n for n in dict.fromkeys(group) if self._may_be_he(n)
                          and (n not in memo[3] or n in memo[2] or n in self.pronoun_of)
                          and self._sex_of(n, word) == word]
                if len(people) > 1:
                    return []  # "Odo and Wyna rode north. He died": either of them
                if people:
                    bio = self._biography_subject() or " ".join(self.heading_person) or None
                    if bio and people[0] != bio and people[0] in self._dead_so_far() and \
                            self.pronoun_of.get(bio, word) == word:
                        # "His wife, Ilke, died in 1890. In 1899 he rebuilt ...": on a person's page (or under a
                        # heading naming a person: "### Hendrik Varrow the Elder (1583–1649)") the pronoun after a
                        # relative's death is that person, not the dead
                        return self._gendered(bio, word)
                    return self._gendered(people[0], word)
                if depth == 0 and any(self._sex_of(n, word) != word for n in group) and \
                        (others := self._other_people_named(group, word, at)):
                    # "Brandel married Greta Lund; she survived him": the subject is a "he", and the "she" is
                    # the person the clause named beside him (when only one may be), not the "she" of a
                    # sentence before
                    return self._gendered(others[0], word) if len(others) == 1 else []
                continue
            if word == "it":
                if len(set(group)) > 1 and not any(self._person_like(n) for n in group):
                    return []  # two things of the pronoun's kind: either of them
                if self.pronoun_of.get(group[0]) in ("he", "she") or group[0] in self._lived_so_far():
                    return []  # "By Ivo's death ... // The order reached ... It lost": "it" is never a person
                return group[:1]
            if word in ("they", "them", "their"):
                # "When Abbot Anselm of Brisse died in 1138 ... His knights held the gates, and in 1140 they laid
                # siege": a person the text has called he or she, born or dead, is never "they"
                lived = self._lived_so_far()
                return [n for n in group if n not in lived and self.pronoun_of.get(n) not in ("he", "she")]
            return list(group)
        if word in ("he", "she") and not self.recent and self._section_person() and \
                (heading := self._known_as(" ".join(self._section_person()))) and \
                self.pronoun_of.get(heading, word) == word:
            # "## Osric Vale (1715–1731)" then "He came back from the coast": a section's opening pronoun, with
            # no one named since the heading, is the person the heading names
            return self._gendered(heading, word)
        bio = self._biography_subject() if word in ("he", "she") and (
            getattr(self, "_later_sentence", False) or self._block_opens_section()) else None
        if bio and (word in {self.pronoun_of.get(bio), self.pronoun_of.get(bio.split()[-1])} or
                    self._block_opens_section() and not self.recent and
                    self.pronoun_of.get(bio, word) == word and self.pronoun_of.get(bio.split()[-1], word) == word) and \
                self._gendered(bio, word):  # the text has already called the page's person so
            # "## Chancellorship // Her first years ... closed by the Treaty. She sealed": no one else of the
            # paragraph could be "she" on a person's page (a section's opening "he" stays unread)
            return [bio]
        return []

    def _unnamed_kin(self, word: str, at: int | None) -> bool:
        """Did this sentence (before the pronoun) or the one before tell of a relative of the other sex by a kin
        word alone ("had lived on the Rock with her husband since 1808. When he drowned")? The "he" is then that
        relative, whom the text does not name ("her husband Tobias" names him, and he is among the names), unless
        the pronoun's own sentence named a person it may be before it."""
        toks = [t for t in self._sentence_toks if at is None or t.start < at]
        if any(t.type == "NAME" and isinstance(t.value, str) and self.pronoun_of.get(self._expand(t.value), word) == word
               and self._may_be_he(self._expand(t.value) or "") for t in toks):
            return False  # "On 2 June 1902 Grell married Sofie Marr; he survived her": the sentence's own "he"
        for seq in (toks, self._previous_toks):
            for k in range(len(seq) - 1):
                a, b = seq[k], seq[k + 1]
                if a.type == "POSS" and isinstance(a.value, tuple) and a.value[0] == "PRON" and \
                        a.value[1] in ("his", "her") and self.lex.gendered.get(_bare(b.lower)) == word and \
                        {"his": "he", "her": "she"}[a.value[1]] != word and \
                        not (k + 2 < len(seq) and seq[k + 2].type in ("NAME", "COMMA")):
                    return True
        return False

    def _other_people_named(self, group: list[str], word: str, at: int | None) -> list[str]:
        """The people the sentence names, by a full name and before the pronoun at `at`, other than those of
        `group`, who may be `word`. A pronoun looks back: in "His second wife, Alys Thorne, whom he married in
        1362, was a cousin of Tobias Venn" neither the wife (no "he") nor the cousin named after it is the "he"."""
        own = {self._expand(n) for n in group} | set(group)
        found: list[str] = []
        before = [t for t in self._sentence_toks if at is None or t.start < at]
        page_only = False
        if not any(t.type == "NAME" for t in before):
            # "Holt died in 1631, and the chapter gave Odile the keys. She ran it": the sentence names no one
            # before its pronoun, so the page's own person when the sentence before named her beside the he
            before, page_only = self._previous_toks or [], True
        for t in before:
            if page_only and not (isinstance(t.value, str) and t.value and
                                  (self._expand(t.value) or "") == self._biography_subject()):
                continue
            if t.type == "NAME" and isinstance(t.value, str) and t.value and \
                    len((full := self._expand(t.value) or "").split()) >= 2 and full not in own and self._may_be_he(full) and \
                    self._sex_of(full, word) == word and full not in found:
                found.append(full)
        return found

    def _named_since_dissolution(self, body: str, t: Tok) -> bool:
        """Was another name written between the prose's dissolution of `body` and this "it"? Then "it" may be
        that other thing (a member town, a successor), and a dissolved body does not act: the pronoun is left
        unresolved rather than read as the body acting after its end."""
        memo = getattr(self, "_dissolved_memo", None)
        statements, names = self.facts.statements, self.facts.names
        if memo is None or memo[0] > len(statements) or memo[1] > len(names):
            memo = self._dissolved_memo = [0, 0, {}]  # statements read, names read, body -> [span, first other]
        bodies = memo[2]
        for st in statements[memo[0]:]:
            if st.predicate == "dissolved" and st.origin is Origin.PROSE and st.subject and st.date is not None:
                bodies[st.subject] = [st.date_span or st.span, None]
        memo[0] = len(statements)
        for mention in names[memo[1]:]:
            for subject, seen in bodies.items():
                if seen[1] is None and mention.span > seen[0] and mention.name not in subject:
                    seen[1] = mention.span
        memo[1] = len(names)
        seen = bodies.get(body)
        sent = getattr(self, "_reading", None)
        if seen is None or seen[1] is None or sent is None:
            return False
        return seen[1] < self.doc.block_span(sent.block, t.start, t.start)

    def _dead_so_far(self) -> set[str]:
        """Subjects of the dated deaths read so far in this document (kept up to date incrementally)."""
        return self._lives_memo()[1]

    def _not_the_person(self, people: list[tuple[str, Tok]], clause: list[Tok], text: str) -> bool:
        """Does the clause open with a subject of its own (a common noun) after someone the text told is a person
        (called "he" or "she", born or dead)? "Halloran resigned as chairman; in 1937 the board was wound up": the
        board is not Halloran ("..., and the club was wound up" after a club's name may well be that club)."""
        return all(n in self.pronoun_of or n in self._lived_so_far() for n, _ in people) and \
            _opens_own_subject(clause, text)

    def _lived_so_far(self) -> set[str]:
        """Subjects of the births and deaths read so far in this document: people."""
        return self._lives_memo()[2]

    def _lives_memo(self) -> list:
        statements = self.facts.statements
        memo = getattr(self, "_dead_memo", None)
        if memo is None or memo[0] > len(statements):
            memo = self._dead_memo = [0, set(), set(), set()]  # statements read, dated deaths, born or dead, founded
        for st in statements[memo[0]:]:
            if st.predicate == "founded" and st.subject:
                memo[3].add(st.subject)
            if st.predicate in ("birth", "death") and st.subject:
                memo[2].add(st.subject)
                if st.predicate == "death" and st.date is not None:
                    memo[1].add(st.subject)
        memo[0] = len(statements)
        return memo

    def _gendered(self, person: str, word: str) -> list[str]:
        """[person] when the pronoun fits how the text has referred to them so far (and remember it)."""
        if self._sex_of(person, word) != word or self.pronoun_of.setdefault(person, word) != word:
            return []
        return [person]

    def _sex_of(self, name: str, default: str | None = None) -> str | None:
        """The pronoun the text has used of `name`; for a one-word name never called anything, that of the one
        full name it opens ("[[Odo of Tasse|Odo]] ... after his death" in the lead, "Odo died in 1540. She ..."
        under a later heading: the "she" is not Odo)."""
        said = self.pronoun_of.get(name)
        if said is None and " " not in name:
            full = {v for k, v in self.pronoun_of.items() if k.startswith(name + " ") and k.split(" ", 1)[0] == name}
            if len(full) == 1:
                said = full.pop()
        return default if said is None else said

    def _biography_subject(self) -> str | None:
        """The page's person, when the page is a biography: its title names someone born or dead
        in what was read so far (looked up once a block: the statements only grow)."""
        memo = getattr(self, "_bio_memo", None)
        if memo is not None and memo[0] == self._blocks_read:
            return memo[1]
        title = self.facts.title or ""
        # "NATHANIEL OAKES PENHALLOW (1771-1843)": a plain-text page's title with its person's years after the name
        words = _LIFE_YEARS_AFTER.sub("", title).split()
        found = None
        # "Augustin Merrivale the younger": an epithet after "the" is part of a person's name; so is a particle
        # inside it ("Qasim ibn Dawar", "Anna von Seckau")
        named = all(w[:1].isupper() or w in self.lex.epithets or w == "the" and k + 1 < len(words)
                    and words[k + 1] in self.lex.epithets or 0 < k < len(words) - 1 and w in self.lex.connectors
                    and w not in ("and", "the") for k, w in enumerate(words))
        if 2 <= len(words) <= 4 and words[0][:1].isupper() and named and self._can_be_born_or_die(title):
            first, last = words[0], words[-1]
            for st in self.facts.statements:
                if st.predicate in _LIFE_OR_TERM and st.subject:
                    sw = st.subject.split()
                    if sw and sw[-1].endswith(")"):
                        sw = _LIFE_YEARS_AFTER.sub("", st.subject).split()
                    if sw and sw[0] == first and sw[-1] == last:
                        found = title
                        break
                    if len(sw) > 3 and sw[0] == first and sw[-3] == last and sw[-2] == "the" and \
                            sw[-1] in self.lex.epithets:
                        found = st.subject  # "Osbert Fenwick the younger (1189-1252)" on the page "Osbert Fenwick"
                        break
        self._bio_memo = (self._blocks_read, found)
        return found

    def _expand(self, name: str | None) -> str | None:
        """A one-word person name to the full name the document gave earlier, when only one fits:
        "Hurlock" -> "Ysbeth Hurlock", "Tasker" -> "Grimald Tasker"."""
        if not name or " " in name or not name[:1].isupper():
            return name
        linked = self._linked_full.get(name) if self._linked_full else None
        if linked:
            return linked  # "[[Tobrec II|Tobrec]]": the page the block's own link names
        if name_key(name) in self.entity_keys:
            return name
        if name.lower() == self._title_head_noun() and not self._person_like(self.facts.title or ""):
            return self.facts.title  # "The Society was founded" on the Halvard Polar Society's page: its short name
        heading = self.heading_person
        if heading and (name == heading[0] or name == heading[-1] and not _ROMAN.fullmatch(name)):
            return " ".join(heading)  # "## Ysra II (1467–1489)" over "Ysra was crowned ..."
        full = self.full_names.get(name)
        return full if full else name

    def _elder_named(self, name: str) -> str:
        """"Thibault the Elder" -> "Thibault of Orlemont": on a page that names the son "Thibault the Younger" and
        one other person of the forename with no epithet, the elder is that person (the father named without
        his epithet where the son needs his). Two or more such people, or no younger namesake: the name as written."""
        words = name.split()
        if len(words) != 3 or words[1] != "the" or words[2].lower() != "elder":
            return name
        younger = f"{words[0]} the younger".casefold()
        if not any(n.casefold() == younger for n in self._epithet_names):
            return name
        if any(n.split()[0] == words[0] and n.split()[-1].lower() == "elder" and n.casefold() != name.casefold()
               for n in self._epithet_names):
            return name  # "Hale Pellow the Elder" met: the elder has a full name of his own
        found = {n for n in self._full_name_forms.values()
                 if n and n.split()[0] == words[0] and n.split()[-1].lower() not in self.lex.epithets}
        if len(found) != 1 or _ROMAN.fullmatch(next(iter(found)).split()[-1]):
            return name  # two candidates, or a numbered one ("Hale Pellow III": a third generation)
        return found.pop()

    def _namesake(self, name: str) -> None:
        """'her son Peldrin' when a full name 'Peldrin II' was met: two people answer to 'Peldrin' from here on."""
        full = self.full_names.get(name)
        if full is not None and full != name and _ROMAN.fullmatch(full.split()[-1]):
            # only a numbered name: a dynasty reuses it ("her daughter Quilla" may be "Quilla Vorn" herself)
            self._ambiguous.add(name)
            del self.full_names[name]

    def _learn_full_name(self, words: list[str], anchored: bool = False) -> None:
        """One-word name -> full name, when only one fits. Names from the fields are `anchored`: a name
        met in the prose ("married Ysbeth Quarle") does not make their parts ambiguous."""
        key = tuple(words)
        name = self._full_name_forms.get(key, "")
        if name == "":  # not seen: whether these words can be a person's full name depends on them alone
            name = None  # (entity_polities is filled in _start before the first call and never after)
            if 2 <= len(words) <= 4 and all(w[:1].isupper() or w in ("von", "van", "de", "der", "du", "the", "of")
                                            for w in words) and words[-1] != "of":
                joined = " ".join(words)
                if self._person_like(joined) and name_key(joined) not in self.entity_polities:
                    name = joined
            self._full_name_forms[key] = name
        if name is None:
            return
        if len(words) >= 3 and words[-2] == "the" and words[-1].lower() in self.lex.epithets:
            # "Thibault the Younger": the epithet says a namesake of the other generation exists, so the bare
            # forename ("Duke Thibault was killed") may be either; it stands for neither
            self._epithet_names.add(name)
            for part in (words[0], words[-1]):
                if self.full_names.get(part) == name:
                    del self.full_names[part]
                self._ambiguous.add(part)
            return
        # "Hild of Pellam": the forename stands for the person, the place after "of" does not
        for part in (words[0],) if "of" in words else (words[0], words[-1]):
            if not part[:1].isupper() or len(part) < 3 or _ROMAN.fullmatch(part) \
                    or part is words[0] and _is_title(part):
                continue  # (a title stands for whoever holds it: "elected Captain-General" is no one's name)
            have = self.full_names.get(part)
            if part in self._anchored:
                if anchored and have is not None and have != name:
                    self._ambiguous.add(part)  # two people of the fields share it
                    del self.full_names[part]
                continue
            if anchored and part not in self._ambiguous:
                self.full_names[part] = name
                self._anchored.add(part)
            elif have is None and part not in self._ambiguous:
                self.full_names[part] = name
            elif have is not None and have != name:
                self._ambiguous.add(part)
                del self.full_names[part]

    def _is_party(self, name: str) -> bool:
        """A polity, people, armed unit or person: a party to events, never an event that starts or ends."""
        words = name.split()
        if not words or _is_event_name(words, self.lex) or words[-1] in self.lex.event_heads:
            return False
        key = name_key(name)
        if key in self.entity_polities or key in self._polity_keys() or \
                (len(words) == 1 and (self.demonyms.polity(name) or words[0].lower() in self.lex.group)):
            return True
        if any(w in _unit_words() for w in words):
            return True
        return "person" in self._entity_kinds(key)

    def _can_be_born_or_die(self, name: str) -> bool:
        """Only people are born and die: not polities, peoples, units or events."""
        if not self._person_like(name):
            return False
        words = name.split()
        if words[-1] in self.lex.event_heads or (len(words) == 1 and words[0].lower() in self.lex.group):
            return False  # "Narva Offensive (1–4 March 1944)", "the Marines died"
        key = name_key(name)
        if key in self.entity_polities or key in self._polity_keys():
            return False
        if any(kind not in (None, "person") for kind in self._entity_kinds(key)):
            return False
        return not (" " not in name and self.demonyms.polity(name))

    def _entity_kinds(self, key: str) -> list:
        """Kinds of the entities recorded so far under this name key (an index kept up to date as
        facts.entities grows, so a lookup does not walk every entity of a long document)."""
        entities = self.facts.entities
        if self._entities_indexed > len(entities):  # the list was replaced, not grown: index afresh
            self._entities_indexed = 0
            self._kinds_by_key = {}
        for e in entities[self._entities_indexed:]:
            self._kinds_by_key.setdefault(name_key(e.name), []).append(e.kind)
        self._entities_indexed = len(entities)
        return self._kinds_by_key.get(key, [])

    @staticmethod
    @lru_cache(maxsize=1)
    def _polity_keys() -> frozenset[str]:
        return frozenset(name_key(p) for p in list(demonyms().values()) + list(side_names().values()))

    def _person_like(self, name: str) -> bool:
        words = name.split()
        if not words or _is_event_name(words, self.lex):
            return False
        return not any(w in self.lex.not_person_words for w in words)

    def _may_be_he(self, name: str) -> bool:
        """Can `name` be a "he", "she", "his" or "her"? A person-like name that no works word ends or joins:
        "Halvard ... until his death" is Anders Halvard's, never Halvard College's."""
        return self._person_like(name) and self.lex.never_he_words.isdisjoint(name.split())

    def _object_it(self, subjects: list[str]) -> list[str]:
        """An object "it": the most recent subject that is not this clause's own ("the order was ...; the duke founded
        it"), and only a thing, never a person; two things, or an unnamed one, are no one."""
        for group in reversed(self.recent):
            if group == _UNNAMED_GROUP:
                return []
            named = [n for n in dict.fromkeys(group) if n not in subjects]
            if not named:
                continue
            if len(named) > 1 or self._person_like(named[0]) and self.pronoun_of.get(named[0]) in ("he", "she") \
                    or named[0] in self._lived_so_far():
                return []
            return named
        return []

    def _remember(self, names: list[str]) -> None:
        names = [n for n in names if n and n != _NAMESAKE_ASIDE]
        if names and (not self.recent or self.recent[-1] != names):
            self.recent.append(names)
            if len(self.recent) > 8:
                del self.recent[0]

    def _members_back(self, ptoks, k):
        """The coordinated names ending at ptoks[k]: "France and Belgium" (invaded ...)."""
        out = []
        i = k
        firm = _firm_names(ptoks[max(0, k - 2):k + 1])  # "Abbet Corran and Sons opened": the firm, no person
        if firm:
            return None
        while i >= 0:
            t = ptoks[i]
            if t.type in ("NAME", "EVENT", "DEMNP", "TOPIC", "PRON"):
                out = self._resolve(t) + out
                i -= 1
                if i >= 0 and ptoks[i].type in ("COMMA", "AND"):
                    j = i
                    while j >= 0 and ptoks[j].type in ("COMMA", "AND"):
                        j -= 1
                    if j >= 0 and ptoks[j].type in ("NAME", "EVENT", "DEMNP", "TOPIC") and \
                            any(ptoks[x].type == "AND" for x in range(j + 1, k + 1)):
                        i = j
                        continue
                break
            break
        return out or None

    def _members_forward(self, ptoks, i, stop):
        out = []
        firm = {i + f for f in _firm_names(ptoks[i:stop])}
        while i < stop:
            t = ptoks[i]
            if t.type in ("NAME", "EVENT", "DEMNP", "TOPIC", "PRON"):
                if i not in firm:
                    out += self._resolve(t)
                i += 1
                if i < stop and ptoks[i].type in ("COMMA", "AND"):
                    j = i
                    while j < stop and ptoks[j].type in ("COMMA", "AND"):
                        j += 1
                    if j < stop and ptoks[j].type in ("NAME", "EVENT", "DEMNP", "TOPIC") and \
                            any(ptoks[x].type == "AND" for x in range(i, j)):
                        i = j
                        continue
                break
            break
        return out or None

    def _names_of(self, ch: _Chunk | None) -> list[tuple[str, Tok]]:
        """The names of a names chunk; without an "and" a comma ends the list ("X, Oresund captured"). A firm
        named for a person ("Abbet Corran and Sons", "Harl & Vell") is neither person."""
        if ch is None:
            return []
        out = []
        has_and = any(t.type == "AND" for t in ch.toks)
        firm = _firm_names(ch.toks)
        for i, t in enumerate(ch.toks):
            if t.type == "COMMA" and not has_and and out:
                break
            if t.type in ("NAME", "EVENT", "DEMNP", "TOPIC", "PRON") and i not in firm:
                out += self._resolve(t)
        return out

    def _date_for(self, sent, ptoks, at: int, lead, single_date, bounds: bool = False, acting: bool = False,
                  during: bool = False):
        """The date nearest token position `at` in the clause (ties: the later one), else the
        sentence's leading date, else its only date, else the list item's own date."""
        best = None
        owned = self._owned_dates
        owned_skipped = False
        bound_dates: list = []
        own_bound = False
        # "held it from his election in 1738 until the League ceased to exist": an event told after "until" is the
        # end of a span; only a date after the "until" is its own, never the "from" part's nor the sentence's
        # ("until the strike ends, 40 days later" is counted from the date before, by the caller)
        until = _until_before(sent.block.text, ptoks, at) if not bounds and \
            _may_contain(sent.block.text, sent, _UNTIL_WORDS, _UNTIL_HINT) and not (
                at < len(ptoks) and _OFFSET_AFTER_VERB.match(sent.block.text, ptoks[at].end)) else None
        for i, t in enumerate(ptoks):
            if t.type == "DATE" and t.value is not None:
                if owned and id(t) in owned:
                    continue  # another event's own bracketed date
                if until is not None and t.start < until:
                    continue
                if i and ptoks[i - 1].lower in ("until", "till") and not bounds:
                    own_bound = True
                    continue  # "married for 38 years, until ... 1896": a bound, not the event's date
                if not bounds and i and (ptoks[i - 1].lower in _BOUND_WORDS or ptoks[i - 1].lower == "of" and any(
                        ptoks[x].lower in _BOUND_WORDS for x in range(min(i, at) + 1, i - 1))):
                    bound_dates.append(t.value)
                    continue  # "founded after 1500", "after the Greyfen of 1184": a bound of this event, not its date
                if i < at and _nominal_owns_date(ptoks, i) and any(
                        x.type == "DATE" and x.value is not None or x.lower in _LATER_WORDS for x in ptoks[at + 1:]):
                    # "After Kesh's death in 1890 she married Brodd in 1893": 1890 is the death's; "won the
                    # election of 1700 and took office the following spring": the taking is later
                    owned_skipped = True
                    continue
                if i < at and (any(ptoks[x].lower in _CLAUSE_OPENERS for x in range(i + 1, at)) or
                               _and_before_verb(ptoks, i, at)) and any(
                        x.type == "DATE" and x.value is not None for x in ptoks[at + 1:]):
                    # "from its incorporation in 1836 until the Orme Railway took it over in 1899"; "launched in
                    # 1858 and bought by the Society in 1863": the earlier conjunct's date
                    continue
                if i < at and any(ptoks[x].lower in ("until", "till") for x in range(i + 1, at)):
                    # "from his election in 1760 until the Compact ceased to exist": the date opens the span the
                    # "until" clause closes, so it never dates that clause (undated unless a date follows)
                    owned_skipped = True
                    continue
                if i < at and i and ptoks[i - 1].lower == "of" and not bounds and any(
                        x.type == "DATE" and x.value is not None for x in ptoks[at + 1:]):
                    # "The county reform of 1888 abolished the Trust with effect from 1 April 1889": the date of
                    # the subject's own noun, not the verb's, when the verb has a date of its own after it
                    continue
                if i < at and _new_subject_and(ptoks, i, at) is not None:
                    owned_skipped = True  # "moved its hall in 1712, and the town took it over when it was dissolved"
                    continue
                d = abs(i - at)
                if best is None or d < best[0] or (d == best[0] and i > at):
                    best = (d, t.value)
        if best:
            return best[1]
        if until is not None:
            return None
        if owned_skipped or at < len(ptoks) and _LATER_AFTER_VERB.match(sent.block.text, ptoks[at].end,
                                                                        ptoks[at].end + 40) and \
                not _OFFSET_AFTER_VERB.match(sent.block.text, ptoks[at].end):
            # the one date there was the event noun's; "took office the following spring": later ("ends three
            # weeks later" is counted from it, by the caller)
            return None
        if any(d is lead or d is single_date or d is sent.lead_date for d in bound_dates):
            return None  # the one date there is was the bound's
        if lead is not None:
            return lead
        if single_date is not None:
            return single_date
        if self._undated_clause:
            return None  # "Kell and Crane met ..., and on 21 May 1860 they signed": not dated by a sentence before
        if sent.lead_date is not None:
            return sent.lead_date
        if during and sent.prev_bracketed is not None:
            return sent.prev_bracketed  # "In the battle (6–19 June) ... Three divisions held the line": then
        if acting and sent.prev_date is not None and ptoks and (own_bound or any(
                sent.start <= d.start and d.end <= ptoks[0].start for d in sent.dates)):
            # "served at Orle until the spring of 1442; after the diet he changed sides": the clause's own sentence
            # dated what came before it, so a date of the sentence before is further still (undated, not then);
            # so is a clause bounded by its own "until D" ("rode with the guard until the autumn of 1446")
            return None
        if acting and sent.prev_date is not None and (during or not _spans_years(sent.prev_date.value)):
            # "Gaskreth led the brigade ..." in a paragraph dated "On 14 September" or "in the autumn of 1881"
            # (with `during`, a span of years too)
            return sent.prev_date
        return None

    def _near_date(self, ptoks, at: int, lead, reach: int = 6):
        """A nominal's own date: the nearest DATE within `reach` tokens, else the sentence's
        leading date when the nominal is within `reach` tokens of it."""
        best = None
        for i in range(max(0, at - reach), min(len(ptoks), at + reach + 1)):
            t = ptoks[i]
            if t.type == "DATE" and t.value is not None:
                lo, hi = min(i, at), max(i, at)
                if any(ptoks[x].lower in ("after", "before", "since", "following", "later", "earlier", "until")
                       or ptoks[x].lower in ("to", "from", "till") and not _cause_after(ptoks, x, hi)
                       for x in range(lo + 1, hi)) or i < at and _REFERENCE_POINT.search(
                           self._reading.block.text, t.end, ptoks[at].start):
                    continue  # "elected on D, eighteen days after Gytha's death": not the death's date
                if i < at and any(ptoks[x].type == "AND" for x in range(lo + 1, hi)):
                    continue  # "the evacuation of X on D1 and the beginning of Y on D2": D1 is X's
                d = abs(i - at)
                if best is None or d < best[0] or (d == best[0] and i > at):
                    best = (d, t.value)
        if best:
            return best[1]
        if lead is not None and any(t.type == "DATE" and t.value is lead and not _REFERENCE_POINT.search(
                self._reading.block.text, t.end, ptoks[at].start) for t in ptoks[max(0, at - reach):at]):
            return lead  # ("In 461, long after her death, ...": the death is the reference point, not dated)
        return None

    def _emit(self, sent, subject: str, predicate: str, obj: str | None, date_f: FoundDate | None,
              a: int, b: int, hedge: str | None, negated: bool, event: str | None,
              patient: str | None = None) -> None:
        if not subject or subject in (_NAMESAKE, _NAMESAKE_ASIDE) or (obj is not None and name_key(obj) == name_key(subject)):
            return  # "Belsane joins Belsane": a misread, never a fact
        if subject.casefold() in _ARTICLES:
            return  # "The canons of Vell began it on Lady Day": an article is no one's name
        if date_f is None and not negated and predicate not in _UNDATED_USEFUL:
            return  # an undated act, start or end gives a check nothing to compare
        if predicate in ("start", "end", "occur") and self._is_party(subject):
            return  # "Italian forces began to receive supplies", "Axis forces, which took place": not an event
        if predicate in ("birth", "death") and not self._can_be_born_or_die(subject):
            return  # "seven Japanese were killed", "281 Wehrmacht soldiers died": casualties, not a lifespan
        block = sent.block
        spec = _predicate_spec(predicate)
        predicate = spec.get("statement", predicate)
        subject = self._expand(self._elder_named(subject))
        obj = self._expand(obj) if obj else obj
        if event is None and spec.get("event"):
            template = str(spec["event"])
            if "{patient}" in template and patient is None and obj is None:
                template = ""
            patient = self._expand(patient) if patient else (obj or subject)
            event = template.format(subject=short_name(subject), object=short_name(obj or ""),
                                    patient=short_name(patient)) or None
        if date_f is not None and 0 < a - date_f.end < 40 and \
                _OFFSET_BEFORE_STATEMENT.fullmatch(block.text, date_f.end, a):
            return  # "In 1810, six years after his death, ...": the date is counted from the event, not its own
        if date_f is not None and spec.get("acting") and date_f.start > a and \
                _in_place_clause(block.text, sent.start, a, date_f.start):
            return  # "The hill from which X watched the battle was planted in 1941": the place's date, not the act's
        value = None
        date_span = None
        if date_f is not None:
            value = date_f.value
            if not (self.section_last_date and date_f is self.section_last_date[1]
                    and self.section_last_date[0] is not block):
                date_span = self.doc.block_span(block, date_f.start, date_f.end)
            # else a toll's date told in a paragraph before: the statement's own words are what to show
        if spec.get("about") == "patient" and predicate != "act":
            self._remember([subject])
        span = sent.span
        if span is None:
            span = sent.span = self.doc.block_span(block, sent.start, sent.end)
        counted = _COUNT_BEFORE.search(block.text, max(sent.start, a - 40), a) \
            if block.text.find(",", max(sent.start, a - 40), a) >= 0 else None  # (its thousands hold a comma)
        if counted:
            a = counted.start()  # "135,000 German troops surrendered": the count is part of who acted
        elif spec.get("acting") and date_f is not None:
            a = _office_cue_start(block.text, max(sent.start, a - 60), a, self.table_titles)
            if predicate not in _MAKES_OFFICERS and \
                    (held := _office_cues(self.table_titles)[3].match(block.text, b, sent.end)):
                b = held.end()  # "She sealed the Act as chancellor": the office she acted in, for within_span
        if predicate == "join" and value is None and \
                at_another_time(block.text[sent.start:sent.end]):
            hedge = ANOTHER_TIME  # "After the war Holm declared for the duke": not the page's war (checks/disjoint_sides.py)
        self.facts.statements.append(Statement(
            subject=subject, predicate=predicate, object=obj, date=value,
            span=span, date_span=date_span, origin=sent.origin,
            text=_words(block.text[a:b]).lstrip(",;: "), hedge=hedge, event=event, negated=negated))

    def _verb_statements(self, sent, chunks, ci, clause_subject, sentence_hedge, lead, single_date, posthumous,
                         ptoks):
        ch = chunks[ci]
        verb = next(t for t in ch.toks if t.type == "VERB")
        if _plural_noun(chunks, ci):
            return  # "The Caskell lands were divided": no landing
        preds = list(verb.value or ())
        passive = ch.kind == "passive"
        negated = any(t.type == "NEG" for t in ch.toks) or (ci > 0 and chunks[ci - 1].kind == "NEG")
        hedge = next((t.text for t in ch.toks if t.type == "HEDGE"), None) or sentence_hedge
        # subject: names right before (apposition-free), a relative pronoun's antecedent, the clause subject
        subj: list[tuple[str, Tok]] = []
        rel_object: list[tuple[str, Tok]] = []
        k = ci - 1
        while k >= 0 and chunks[k].kind in ("ADV", "HEDGE", "NEG", "DATE"):
            if chunks[k].kind == "HEDGE" and hedge is None:
                hedge = chunks[k].toks[0].text
            k -= 1
        governed = k >= 1 and chunks[k - 1].kind in ("PREP", "ofp", "owner", "agent") or \
            (k >= 1 and chunks[k - 1].kind == "nominal") or _introduced(chunks, k)
        if governed and k == ci - 1 and chunks[k].kind == "names" and chunks[k - 1].kind == "PREP" and \
                chunks[k - 1].toks[-1].lower in _CONJUNCTIONS:
            governed = False  # "masked until Ostria surrendered": the name is the verb's subject
        if governed and k == ci - 1 and chunks[k].kind == "names" and (
                chunks[k - 1].toks[-1].lower in self.lex.namesake_kin or chunks[k - 1].toks[-1].lower in
                self.lex.relation_nouns and chunks[k - 1].toks[0].type == "POSS"
                and not (k >= 2 and chunks[k - 2].kind == "PREP")) and chunks[k].toks[-1].type != "COMMA":
            # "and his son Fennic the Younger led", "and his successor Walter Brome was installed": the one the
            # noun names is the verb's subject, not the owner
            governed = False
            if _kin_coordinated(chunks, k):
                # "Abbet Corran and his daughter Nessa attended": both are the subject
                subj = self._names_of(chunks[k - 2])
        if governed and k >= 2 and chunks[k].kind == "names" and chunks[k - 2].kind == "OTHER" and \
                chunks[k - 2].toks[-1].lower in self.lex.group and chunks[k - 1].toks[-1].lower in ("of", "from") and \
                ("join" in preds or verb.lower in vocabulary.word_set("prose", "holding_verbs")):
            governed = False  # "the galleys of Quenby held the channel for Vell": the place's force takes a side
        if "join" in preds and k >= 1 and chunks[0].kind == "REL" and chunks[0].toks[0].lower == "whose" and \
                chunks[k].toks[-1].type == "COMMA" and not self._relative_after_noun:
            # "The Orm Colonies, whose barges fed the brigades, fought beside the Front": the relative
            # clause closes at the comma and the verb after it is the antecedent's
            subj = self._previous_antecedent(chunks[0])
        elif k >= 0 and chunks[k].kind == "names" and chunks[k].toks[-1].type not in ("COMMA",) and not governed:
            subj += self._names_of(_after_unjoined_comma(chunks[k - 2] if _object_and(chunks, k) else chunks[k]))
            if k >= 1 and chunks[k - 1].kind == "REL":
                rel_object = self._antecedent(chunks, k - 1) or self._previous_antecedent(chunks[k - 1])
        elif k >= 0 and chunks[k].kind == "REL":
            if _after_common_noun(chunks, k):
                return  # "the niece of a Dunstry salt broker who had leased the mill": the broker leased it
            if k == 0 and self._relative_after_noun:
                return  # "Toll died on D1, a week after her brother, who died on D2": the brother, unnamed
            subj = self._antecedent(chunks, k) or self._previous_antecedent(chunks[k])
            if not subj and not _personal(chunks[k]):
                return  # "the air attacks on Scarrow, which began on D": an unnamed thing began
        elif not passive and _participle(verb) and ci + 1 < len(chunks) and chunks[ci + 1].kind == "agent" \
                and k >= 0 and chunks[k].kind in ("names", "OTHER"):
            # "the revolt headed by Fenwright Pirrin": a reduced passive; its agent acts
            subj = self._names_of(chunks[k]) if chunks[k].kind == "names" else []
            passive = True
            if not subj:
                subj = [("", verb)]
        elif k >= 0 and chunks[k].kind in ("names", "agent") and chunks[k].toks[-1].type == "COMMA" \
                and passive is False and _participle(verb) and (
                    chunks[k].kind == "names" and _no_object_after(chunks, ci)
                    or _dated_after(chunks, ci) and _names_events_only(chunks[k])):
            # "The Peace of Amberlund, signed on 12 August 1867, ..." : a reduced passive (also after another
            # clause when it names an event: "The war ended in a compromise, the Peace of Amberlund, signed on 12 August
            # 1867", "was settled by the Charter of Wend, signed on D"; not "the weir at Orlby, opened in 1846", the mill)
            subj = self._names_of(chunks[k])
            passive = True
        if not subj and not passive and _participle(verb) and (_no_object_after(chunks, ci) or
                                                               chunks[ci + 1].kind == "PREP"):
            head = _apposition_head(chunks, k)
            if head is not None:
                # "leased to the Orm Guild, a salt company founded in 1699,": the guild was founded
                subj = self._names_of(chunks[head])
                passive = bool(subj)
        if not subj and not clause_subject and "act" in preds and _participle(verb) and chunks and \
                chunks[0].kind in ("owner", "nominal") and chunks[0].toks[0].type == "POSS" and \
                verb.lower in self.lex.authoring:
            subj = [(nm, verb) for nm in self._owner(chunks[0].toks[0])]
        if not subj and "join" in preds and k >= 0 and chunks[k].kind == "owner" and \
                chunks[k].toks[-1].lower in self.lex.group:
            subj = [(nm, chunks[k].toks[0]) for nm in self._owner(chunks[k].toks[0])]  # "Varn's lancers fought for"
        if not subj and not clause_subject and self._sentence_force and \
                ("join" in preds or verb.lower in vocabulary.word_set("prose", "holding_verbs")):
            subj = self._sentence_force  # "A squadron of cogs from Orm, flying the king's colours, held"
        if not subj and clause_subject and not passive and "dissolved" in preds and k == ci - 1 and k >= 0 and \
                chunks[k].kind == "OTHER" and chunks[k].toks[-1].text.isalpha() and chunks[k].toks[-1].text.islower():
            clause_subject = None  # "and in 497 the king dissolved the League": the noun's doing, no one named
        if not subj and clause_subject:
            if verb.lower.endswith("ing") and not passive and k >= 0 and chunks[k].kind not in ("COMMA", "AND"):
                return  # "with battles taking place": an -ing form after a noun has its own subject
            if k >= 0 and chunks[k].kind == "OTHER" and set(preds) & {"death", "birth"} and \
                    chunks[k].toks[-1].lower[:1].isalnum():
                return  # "300 men killed", "1495 aircrew were killed": the noun before the verb died
            if passive and k >= 1 and chunks[k].kind == "OTHER" and chunks[k].toks[0].text.isalpha() and \
                    chunks[k].toks[0].text.islower() and \
                    chunks[k - 1].kind == "PREP" and chunks[k - 1].toks[-1].lower in _CLAUSE_OPENERS:
                return  # "thirty years after the keep was finished on D": the keep was, not the sentence's subject
            subj = clause_subject
        if set(preds) & {"death", "birth", "start"}:
            # "281 Wehrmacht soldiers died": the soldiers died, not the Wehrmacht; "the Tobruk garrison
            # broke out": the garrison broke out, the siege of the place did not start
            subj = [(nm, t) for nm, t in subj if t.text.split()[-1].lower().rstrip("'’") not in self.lex.group]
        if len(subj) >= 2 and k >= 0 and k < ci - 1:
            self._joint_fighters(sent, chunks[k + 1:ci], verb, subj, ptoks, lead, single_date)
        if subj and verb.lower in vocabulary.word_set("prose", "holding_verbs"):
            self._held_for(sent, verb, subj, ptoks, lead, single_date)
        obj_chunk = chunks[ci + 1] if ci + 1 < len(chunks) and chunks[ci + 1].kind == "names" else None
        made_office_end = None  # where "elected him abbot" names the office (the words of the statement keep it)
        if obj_chunk is None and ci + 2 < len(chunks) and chunks[ci + 1].kind == "ADV" and \
                chunks[ci + 2].kind == "names":
            obj_chunk = chunks[ci + 2]
        # the chunk after the object: "as" there names the office a person is made ("confirmed him as keeper")
        after_obj = ci + 1 + (obj_chunk is not None) + (obj_chunk is not None and chunks[ci + 1] is not obj_chunk)
        made = not _TERM_PREDS.isdisjoint(preds) and _as_after(chunks, after_obj)
        if made and after_obj < len(chunks) and chunks[after_obj].toks[0].lower == "as":
            # "chose Piet Amsel as treasurer": the words of the statement keep the office
            office = chunks[after_obj].toks[1:2] or (chunks[after_obj + 1].toks[:1] if after_obj + 1 < len(chunks) else [])
            made_office_end = office[0].end if office else None
        objects = [(nm, t) for nm, t in self._names_of(obj_chunk) if t.type != "PRON" or made]
        made_it = obj_chunk is not None and obj_chunk.toks[0].type == "PRON" and obj_chunk.toks[0].lower == "it" \
            and not passive and any(_predicate_spec(p).get("object_it") for p in preds)
        if made_it:
            # "Duke Berthold founded it on D": the thing the sentences before were about is founded, never the founder
            objects = [(nm, obj_chunk.toks[0]) for nm in self._object_it([nm for nm, _ in subj])]
        if obj_chunk is None and not _TERM_PREDS.isdisjoint(preds) and \
                ci + 1 < len(chunks) and chunks[ci + 1].toks[0].lower in ("her", "him") and \
                _as_after(chunks, ci + 2) and len(chunks[ci + 1].toks) == 1:
            # "the Board confirmed her as principal keeper": "her" is whom the words make keeper, not an owner
            obj_chunk, after_obj = chunks[ci + 1], ci + 2
            objects = [(nm, obj_chunk.toks[0]) for nm in self._pronoun("she" if obj_chunk.toks[0].lower == "her" else "he")]
        elif obj_chunk is None and not _TERM_PREDS.isdisjoint(preds) and not passive and ci + 1 < len(chunks) and \
                (pronoun := _OBJECT_PRONOUN.match(sent.block.text, verb.end)) and \
                _office_named_after(sent.block.text, pronoun.end()):
            # "the chapter elected him abbot on D": the one the pronoun names takes the office
            after_obj = ci + 2
            made_office_end = _OFFICE_AFTER_PRONOUN.match(sent.block.text, pronoun.end()).end(1)
            objects = [(nm, verb) for nm in self._pronoun("she" if pronoun[1].lower() == "her" else "he")]
        if not objects and "join" in preds and ci + 1 < len(chunks) and chunks[ci + 1].kind == "owner" and \
                chunks[ci + 1].toks[0].type == "POSS" and chunks[ci + 1].toks[-1].lower in \
                {str(w).lower() for w in _predicate_spec("join").get("served_nouns") or ()}:
            # "fought under Hask's banner": the owner of the command, banner or flag is the party joined
            objects = [(nm, chunks[ci + 1].toks[0]) for nm in self._owner(chunks[ci + 1].toks[0])
                       if not self._person_like(nm) or nm in self.entity_polities]
        if not objects and "join" in preds and ci + 1 < len(chunks) and chunks[ci + 1].kind == "OTHER" and \
                len(chunks[ci + 1].toks) == 1 and (listed := self._listed_by_head(sent, chunks[ci + 1].toks[0])):
            # "who had joined the committee in August" on the page listing the "Committee of National Renewal":
            # the one listed party of that head noun
            objects = [(listed, chunks[ci + 1].toks[0])]
        has_other_object = ci + 1 < len(chunks) and chunks[ci + 1].kind in ("OTHER", "nominal", "owner") and \
            not (chunks[ci + 1].toks[0].lower in _PREPOSITIONS) and \
            not (ci + 2 == len(chunks) and chunks[ci + 1].toks[0].text in _SENTENCE_STOPS) and \
            not (verb.lower in _PASSIVE_AUXILIARIES and chunks[ci + 1].toks[0].text.lower() in _PLACE_ADVERBS)
        # ("and killed."; "was killed there leading the charge": "there" is where, never what, the verb took)
        object_after = has_other_object  # an object written after the verb (not a relative's antecedent)
        if made_it and not objects:
            has_other_object = True  # "it" was something, though no one the words name: never the subject's founding
        if not objects and rel_object:
            objects = rel_object
        elif not objects and subj and k >= 1 and chunks[k].kind == "names" and chunks[k - 1].kind == "REL" and \
                chunks[k - 1].toks[0].lower in ("which", "that"):
            # "the new weir, which Fennow had finished in 1720": the unnamed antecedent is the object
            has_other_object = True
        agents: list[tuple[str, Tok]] = []
        if passive:
            for k2 in range(ci + 1, min(len(chunks), ci + 5)):
                if chunks[k2].kind == "agent":
                    agents = self._names_of(chunks[k2])
                    if not agents and k2 + 2 < len(chunks) and chunks[k2 + 1].kind == "OTHER" and \
                            chunks[k2 + 2].kind == "names" and chunks[k2 + 1].toks[-1].lower in _lower_titles() \
                            and all(t.lower == "former" or t.lower in _lower_titles() for t in chunks[k2 + 1].toks):
                        agents = self._names_of(chunks[k2 + 2])  # "by former president Tarrant"
                    break
                if chunks[k2].kind in ("active", "passive"):
                    break
        at = _index_of(ptoks, verb)
        if _infinitive(ptoks, at):
            return  # "the order began to be executed", "was to be signed": intended, not done
        if _may_contain(sent.block.text, sent, _HYPOTHETICAL_WORDS, _HYPOTHETICAL_HINT) and \
                _hypothetical(sent.block.text, ptoks[0].start, verb, preds, self.lex):
            return  # "what would befall them if they surrendered", "demanded that Vell surrender": not done
        own_date = any(t.type == "DATE" for t in ptoks)
        if not own_date and any(t.type == "HAVE" and t.lower == "had" for t in ch.toks):
            date_f = None  # "which had fought for Vessor": earlier, undated
        else:
            # a verb read as an act only by its form is dated by its own sentence, or by the sentence right
            # before when a name is its subject ("... was unveiled in 2352. Sabbatini himself laid the wreath"),
            # not an event's ("The Mogilev Offensive fulfilled its objectives": no day of the offensive)
            date_f = self._date_for(sent, ptoks, at, lead, single_date,
                                    acting=verb.value is not _UNLISTED_ACT[1] and all(
                                        _predicate_spec(p).get("acting") and not _predicate_spec(p).get(
                                            "own_sentence_date") for p in preds)
                                    or ((sent.prev_adjacent or sent.prev_near)
                                        and self._narrative_death(preds, verb, subj))
                                    or (verb.value is _UNLISTED_ACT[1] and sent.prev_adjacent and bool(subj)
                                        and all(t.type == "NAME" and not names_an_event_word(n, self.lex)
                                                for n, t in subj)))
            if date_f is None and not own_date:
                date_f = self._toll_death_date(sent, preds, verb, subj)
        moved = False
        if date_f is not None and date_f.start < verb.start and "death" in preds and \
                _may_contain(sent.block.text, sent, _LATER_PERIOD_WORDS, _LATER_PERIOD_HINT) and \
                (later := _LATER_PERIOD_AFTER_VERB.match(sent.block.text, verb.end)):
            # "handed over command in 1971 and died in an air crash the following year", "died of it a month
            # later": the death is counted on from the date the sentence told before it, by the year or month
            date_f, moved = _moved_on(date_f, later), True
        if not moved and date_f is not None and _may_contain(sent.block.text, sent, _OFFSET_WORDS, _OFFSET_HINT) and \
                (offset := _OFFSET_AFTER_VERB.match(sent.block.text, verb.end)):
            i = next((x for x, t in enumerate(ptoks) if t.type == "DATE" and t.value is date_f), None)
            if i is None or i < at:
                # "entered Paris on 14 June and France surrendered eight days later", "runs until the strike
                # ends, 44 days later": the day counted from the anchor, never the anchor's own day
                date_f = _counted_on(date_f, offset)
        if date_f is not None and counted_from(sent.block.text, verb.start, verb.end, date_f.start):
            date_f = None  # "held on D, within four weeks of the signing": D is counted from the signing
        if date_f is not None and date_f.start > verb.end and not {"birth", "death", "dissolved"}.isdisjoint(preds) \
                and passive and _NEW_SUBJECT_CONJUNCT.search(sent.block.text, verb.end, date_f.start):
            # "The society was dissolved, and the old lamp-room was pulled down in 1891": the date is the other
            # subject's verb's (the reader knows "the society" for the page's body)
            date_f = None
        if date_f is not None and date_f.start > verb.end and not {"birth", "death"}.isdisjoint(preds) and \
                _later_conjunct(sent.block.text, verb.end, date_f.start):
            # "was born in Dunmere, the son of a cooper, and went to sea in 1624", "died at Kell and was buried
            # there on D": the date is the later verb's, not the birth's or the death's
            date_f = None
        a = chunks[max(0, ci - 1)].start
        if ci >= 2 and chunks[ci - 1].kind == "OTHER" and chunks[ci - 2].kind == "names" and \
                chunks[ci - 2].toks[-1].type == "AND" and subj and subj[0][1] is chunks[ci - 2].toks[0]:
            a = chunks[ci - 2].start  # "Ruan Osk and the ship's carpenter took": the words keep the name
        if ci >= 2 and chunks[ci - 1].kind == "names" and chunks[ci - 2].toks[-1].lower in self._past_office:
            # "former Mayor Marlow opened": the words keep "former", so the title is not read as held
            prev = chunks[ci - 2].toks[-1]
            a = sent.block.text.rfind(" ", prev.start, prev.end) + 1 or prev.start
        if subj and len(subj) == 1 and subj[0][1].type == "NAME" and ptoks[0].start <= subj[0][1].start < a:
            # "Duke Ulmerith Vospery quietly lifted the ban", "AOAL had meanwhile been absorbed": only an adverb (and
            # auxiliaries) between, the words keep the subject
            # (and the title it is named by)
            named = subj[0][1]
            between = [t for t in ptoks if named.end <= t.start < verb.start]
            if between and all(t.type in ("ADV", "HAVE", "AUX") or t.lower in _REFLEXIVES or t.lower == "meanwhile"
                               for t in between) and \
                    any(t.type == "ADV" or t.lower in _REFLEXIVES or t.lower == "meanwhile" for t in between):
                a = named.start
        if governed and subj is clause_subject:
            # "The German garrison of Paris surrendered": the words say whose surrender it is (the garrison,
            # not Paris), so they start at the subject
            a = min([a] + [t.start for _, t in subj if ptoks[0].start <= t.start < a])
        b = (obj_chunk.end if obj_chunk else ch.end)
        if made_office_end is not None:
            b = max(b, made_office_end)  # "chapter elected him abbot": the words keep the office
        clause_event = self._clause_event(chunks)
        lex = self.lex
        for pred in preds:
            spec = _predicate_spec(pred)
            about = spec.get("about", "agent")
            if spec.get("intransitive_only") and not passive and (objects or has_other_object or obj_chunk is not None
                                                                  and obj_chunk.toks[0].type == "PRON"
                                                                  and obj_chunk.toks[0].lower not in _SUBJECT_ONLY):
                continue  # "X began the ledger", "X began it in 1447": the thing begun starts, not X
            if spec.get("intransitive_only") and _to_verb_follows(ptoks, at):
                continue  # "began to prepare for withdrawal": the preparing began, not the subject
            if about == "patient" and obj_chunk is not None and _as_after(chunks, after_obj) and \
                    (pred == "founded" or pred in _TERM_PREDS and not all(
                        t.type in ("PRON", "POSS", "OTHER") or self._person_like(o) for o, t in objects)):
                continue  # "established the HFPG as the sole authority" (but "appointed Ann Ware as warden")
            made_ones = subj if passive else objects
            as_failed = spec.get("as_only") and not (made_ones and _as_after(chunks, ci + 1 if passive else after_obj)
                                                     and all(t.type in ("PRON", "POSS", "OTHER") or self._person_like(p)
                                                             for p, t in made_ones))
            if pred == "act" and (posthumous or passive and not agents):
                continue
            if spec.get("named_event_only") or spec.get("event_subject_only"):
                # "the Declaration of X was read on D"; "Hostilities were closed by the Peace of Y" (an event
                # subject may also be the page's own, told by its topic noun)
                kinds = ("EVENT", "TOPIC") if spec.get("event_subject_only") else ("EVENT",)
                if not (passive and subj and all(t.type in kinds for _, t in subj)):
                    continue
            if spec.get("named_event_only"):
                date_f = _date_after(ptoks, at)  # "was drafted on D1 and was adopted on D2": D2 is the adoption's
                if date_f is None:
                    continue
            out: list[tuple[str, str, str | None]] = []
            if as_failed:
                # "confirmed the charter", "hired a ship": no office the words name, the doer's act ("the frontier
                # was confirmed": no one's)
                out = [] if passive else [(s, "act", None) for s, _ in subj]
            elif about == "patient":
                if passive:
                    patients = subj
                    for p, _ in patients:
                        out.append((p, pred, None))
                    if not posthumous:
                        for ag, _ in agents:
                            for p, _ in patients:
                                out.append((ag, "act", p))
                elif objects and pred in ("death",) and _place_after_phrase(spec, verb):
                    # "Osric Pell fell at Carrow Ford on D": the name after "fell at" is where, not who, died
                    for s, _ in subj:
                        out.append((s, pred, None))
                elif objects and spec.get("into_body") and verb.text.lower().split()[-1] in spec["into_body"] \
                        and len(verb.text.split()) > 1:
                    # "the Guild merged into the Kell Union in 1702": the Guild ends, the Union goes on
                    for s, _ in subj:
                        out.append((s, pred, None))
                elif objects and pred not in ("start",):
                    for o, _ in objects:
                        out.append((o, pred, None))
                    if not posthumous:
                        for s, _ in subj:
                            out.append((s, "act", o))
                elif pred == "end" and has_other_object and _makes_agreement(chunks[ci + 1]):
                    # "concluded a customs convention with Tresmark": a convention made, not the subject's end
                    out = [(s, "act", None) for s, _ in subj]
                elif object_after and spec.get("doer_acts") and not posthumous:
                    # "the company completed the electrification of the line in 1931": no named work to date,
                    # yet its doer acted
                    out = [(s, "act", None) for s, _ in subj]
                elif has_other_object and not _active_patient(spec, verb):
                    pass  # "German troops executed the commander": the subject is the doer, not who died
                elif not has_other_object or pred in ("death", "birth"):
                    for s, _ in subj:
                        out.append((s, pred, None))
            else:
                if passive and spec.get("passive") is False:
                    pass
                elif passive:
                    if agents:
                        for ag, _ in agents:
                            for p, _ in (subj or [(None, None)]):
                                out.append((ag, pred, p))
                    elif spec.get("passive_patient"):
                        for p, _ in subj:
                            out.append((p, pred, None))
                else:
                    if spec.get("object") and objects:
                        for s, _ in subj:
                            for o, _ in objects:
                                out.append((s, pred, o))
                    elif spec.get("object") and has_other_object and pred == "sign":
                        # "the Consortium signed a salvage contract": no named agreement to date, yet it acted
                        out = [(s, "act", None) for s, _ in subj]
                    elif spec.get("object") and has_other_object and pred not in ("act",) and \
                            (_steered_pronoun(chunks, ci) or _took_bare_plural(sent.block.text, verb)) and \
                            not posthumous:
                        # "Teske took her through a screen of frigates", "brought her into the roads": a ship
                        # (or troop) handled by the subject, who acted, though nothing was taken
                        out = [(s, "act", None) for s, _ in subj]
                    elif spec.get("object") and has_other_object and pred not in ("act",):
                        out = []  # "left wing", "took the initiative": not about a side or a place
                    else:
                        for s, _ in subj:
                            out.append((s, pred, None))
            if out and spec.get("term") and not passive:
                out = self._term(sent, ptoks, at, out, date_f, a, b, hedge, negated)
            if out:
                for s, p, o in out:
                    if p == "act" and posthumous:
                        continue
                    event = _event_of(s, o, self) or clause_event
                    if p == "surrender" and not passive and _local_surrender(subj, ptoks, at):
                        continue  # "German forces surrender in Tamsford": one of the people's many surrenders
                    patient = o if o is not None else (s if passive or about == "patient" else None)
                    self._emit(sent, s, p, o, date_f, a, b, hedge, negated, event, patient)
                    if p == "occur" and date_f is not None and isinstance(date_f.value, DateRange) \
                            and len(date_f.parts) == 2:
                        # "was fought from 3 to 5 October 1688": the event's own start and end
                        self._emit(sent, s, "start", None, date_f.parts[0], a, b, hedge, negated, event)
                        self._emit(sent, s, "end", None, date_f.parts[1], a, b, hedge, negated, event)
                break  # the first predicate that fits the words wins

    def _listed_by_head(self, sent, tok: Tok) -> str | None:
        """"the committee" -> "Committee of National Renewal": the one belligerent this page's side lists names by
        that head noun (its first word before "of", or its last word); the noun written lower case after "the"."""
        noun = tok.text
        if not noun.isalpha() or not noun.islower() or not sent.block.text[max(0, tok.start - 4):tok.start].lower() == "the ":
            return None
        found = set()
        for m in self.facts.memberships:
            if m.role != "belligerent" or m.span.path != self.doc.path:
                continue
            words = m.entity.split()
            head = m.entity.partition(" of ")[0].split() if " of " in m.entity else words[-1:]
            if len(words) > 1 and len(head) == 1 and head[0].casefold() == noun:
                found.add(m.entity)
        if len(found) != 1:
            return None
        listed = found.pop()
        return None if self._noun_used_before(sent, f"the {noun}", listed) else listed

    def _noun_used_before(self, sent, phrase: str, name: str) -> bool:
        """Did the page already say `phrase` ("the company") in a block, or earlier in this one, that does not name
        `name`? Then the noun is the page's word for someone else (the house the article is about), not the listed
        party's."""
        word = re.compile(rf"\b{re.escape(phrase)}\b", re.I)
        for block in self.doc.blocks:
            text = block.text[:sent.start] if block is sent.block else block.text
            if word.search(text) and name.casefold() not in text.casefold():
                return True
            if block is sent.block:
                return False
        return False

    def _joint_fighters(self, sent, between, verb: Tok, subj, ptoks, lead, single_date) -> None:
        """"Pell and Hask together besieged Zort": each of the named parties joins the others."""
        adverbs = vocabulary.word_set("prose", "joint_adverbs")
        verbs = vocabulary.word_set("prose", "joint_fighting_verbs")
        if verb.lower not in verbs or not any(t.lower in adverbs for ch in between for t in ch.toks):
            return
        names = list(dict.fromkeys(nm for nm, t in subj if t.type != "PRON"))
        if len(names) < 2:
            return
        date_f = self._date_for(sent, ptoks, _index_of(ptoks, verb), lead, single_date, acting=True)
        a, b = min(t.start for _, t in subj), verb.end
        for name in names:
            for other in names:
                if other != name:
                    self._emit(sent, name, "join", other, date_f, a, b, None, False, None)

    def _held_for(self, sent, verb: Tok, subj, ptoks, lead, single_date) -> None:
        """"the galleys of Orm held the channel for Vell", "held the left of the Vellish line": whoever
        the place is held for, or whose line it is, is the side the subject fights on (a join)."""
        at = _index_of(ptoks, verb)
        if at is None:
            return
        lines = vocabulary.word_set("prose", "held_line_nouns")
        party: list[tuple[str, Tok]] = []
        for i in range(at + 1, min(len(ptoks), at + 10)):
            t = ptoks[i]
            if t.type in ("VERB", "AUX", "REL", "AND", "COMMA", "DATE", "NOM", "HAVE"):
                return
            if t.lower == "for" and i + 1 < len(ptoks) and ptoks[i + 1].type in ("NAME", "EVENT"):
                party = self._resolve(ptoks[i + 1])
                break
            if t.type in ("POSS", "DEMNP") and i + 1 < len(ptoks) and ptoks[i + 1].lower in lines:
                owner = t.value[1] if t.type == "POSS" and isinstance(t.value, tuple) else t.value
                party = [(owner, t)] if isinstance(owner, str) and owner else []
                break
            if t.type == "NAME" and i + 1 < len(ptoks) and ptoks[i + 1].lower in lines:
                party = self._resolve(t)  # "held the flank of the Vell line"
                break
            if t.type not in ("OTHER", "OF", "NAME", "ADV"):
                return  # "held the ford against Vell": not whose side
        if not party:
            return
        date_f = self._date_for(sent, ptoks, at, lead, single_date, acting=True, during=True)
        for name, _ in subj:
            for other, t in party:
                if other != name:
                    self._emit(sent, name, "join", other, date_f, min(t.start for _, t in subj), t.end,
                               None, False, None)

    def _givers(self, sent, clause: list[Tok], lead, single_date) -> None:
        """"The guild received its charter from Edric in 1469": Edric acts (gives) on that date."""
        receipts = vocabulary.word_set("prose", "receipt_words")
        not_given = vocabulary.word_set("prose", "receipt_not_given")
        for i, t in enumerate(clause):
            if t.type == "OTHER" and t.lower in receipts:
                break
        else:
            return
        for j in range(i + 1, min(len(clause) - 1, i + 9)):
            t = clause[j]
            if t.lower in not_given or t.type in ("VERB", "REL", "AUX"):
                return
            if t.lower == "from":
                giver = clause[j + 1]
                if giver.type != "NAME":
                    return
                date_f = self._date_for(sent, clause, j + 1, lead, single_date, acting=True)
                self._emit_act(sent, giver, date_f, clause[i].start, giver.end)
                return

    def _named_after(self, clause: list[Tok], j: int) -> list[Tok]:
        """The names of a list starting at clause[j]: "Quellane and the imperial envoy Dunvale Brisk"
        (a few lower-case words of description may stand before each name)."""
        names: list[Tok] = []
        described = True  # at the start and after "and": "the imperial envoy" may stand before a name
        while j < len(clause):
            k = j
            while described and k < len(clause) and k - j < 3 and clause[k].type == "OTHER" and \
                    clause[k].lower.isalpha():
                k += 1
            if k >= len(clause) or clause[k].type != "NAME":
                break
            names.append(clause[k])
            j = k + 1
            if j + 1 < len(clause) and clause[j].type == "COMMA":
                j += 1  # "X, Y and Z": a name right after the comma (", reached Quarrow" is no list)
                described = clause[j].type == "AND"
                j += described
                continue
            if j + 1 < len(clause) and clause[j].type == "AND":
                j, described = j + 1, True
                continue
            break
        return names

    def _participle_agents(self, sent, clause: list[Tok], lead, single_date) -> None:
        """"The exchange of 1848, brokered by Quellane and the envoy Brisk, ...", "the treaty, negotiated by
        Osk": the agent of a bare participle acts on the clause's date. The finite passive ("was
        brokered by") is the grammar's; this is the participle that hangs on a noun or a clause."""
        if not any(t.type == "BY" for t in clause):
            return
        for i in range(len(clause) - 1):
            verb = clause[i]
            if verb.type == "OTHER" and clause[i + 1].type == "BY":
                self._agreement_maker(sent, clause, i, lead, single_date)
                continue
            if verb.type != "VERB" or clause[i + 1].type != "BY" or not verb.value:
                continue
            if not (verb.lower.endswith(("ed", "en", "wn")) or _is_irregular(verb.lower)):
                continue  # "X, leading by example": no participle
            before = clause[i - 1] if i else None  # a clause may open with it: "..., mediated by Osk."
            if before is not None and (before.type in ("AUX", "HAVE", "NEG", "NOTACT") or
                                       before.lower in ("not", "never") or
                                       (before.type == "ADV" and i > 1 and clause[i - 2].type in ("AUX", "HAVE"))):
                continue  # "was brokered by": the grammar reads it
            if any(t.type == "NOTACT" for t in clause):
                return  # "a statue, unveiled by ...": honours are no acts
            names = self._named_after(clause, i + 2)
            if not names:
                continue
            # the making of a thing the participle hangs on: dated in its own sentence, never the one before
            # ("The division was awarded a medal, personally designed by X": not the earlier sentence's year)
            date_f = self._date_for(sent, clause, i, lead, single_date)
            for tok in names:
                self._emit_act(sent, tok, date_f, verb.start, tok.end)

    def _emit_act(self, sent, tok: Tok, date_f, start: int, end: int) -> None:
        """Everyone a name token stands for acts on date_f (the clause hooks' plain "act" statement)."""
        for name, _ in self._resolve(tok):
            self._emit(sent, name, "act", None, date_f, start, end, None, False, None)

    def _agreement_maker(self, sent, clause: list[Tok], i: int, lead, single_date) -> None:
        """"The last treaty concluded by Osk, a salt pact, was signed on D": the maker named by "by" inside
        the subject of an agreement's signing acts on the signing's date (vocabulary `agreement_nouns`,
        `agreement_making_participles`; the main verb signs, ratifies or concludes it)."""
        if i < 1 or clause[i].lower not in vocabulary.word_set("prose", "agreement_making_participles") or \
                clause[i - 1].lower not in vocabulary.word_set("prose", "agreement_nouns"):
            return
        main = next((j for j in range(i + 2, len(clause)) if clause[j].type == "VERB"), None)
        if main is None or clause[main - 1].type not in ("AUX", "ADV") or \
                not ({"sign", "end"} & set(clause[main].value or ())):
            return  # "the treaty made by Osk was burnt on D": the signing's date only
        names = self._named_after(clause, i + 2)
        if not names:
            return
        date_f = self._date_for(sent, clause, main, lead, single_date)
        for tok in names:
            self._emit_act(sent, tok, date_f, clause[i].start, tok.end)

    def _phrase_agents(self, sent, clause: list[Tok], lead, single_date) -> None:
        """"The fleet, under the command of Admiral Vass, sailed on D", "signed in the presence of Vass":
        the name after such a phrase (prose.yaml agent_phrases) acts on the clause's date."""
        phrases, heads = _agent_phrases()
        if heads.isdisjoint([t.lower for t in clause]):
            return
        text = sent.block.text
        for j in range(1, len(clause)):
            if clause[j].type != "NAME" or clause[j - 1].type != "OF":
                continue
            before = " ".join(text[max(0, clause[j - 1].end - 40):clause[j - 1].end].casefold().split())
            phrase = next((p for p in phrases if before.endswith(p)), None)
            if phrase is None:
                continue
            window = max(0, clause[j - 1].end - 40)
            a = text.casefold().rfind(phrase.split()[0], window, clause[j - 1].end)
            date_f = self._date_for(sent, clause, j, lead, single_date, acting=True)
            self._emit_act(sent, clause[j], date_f, a if a >= 0 else clause[j].start, clause[j].end)

    def _surrender_receivers(self, sent, clause: list[Tok], lead, single_date) -> None:
        """"The garrison surrendered in person to General Vass", "Vass received the surrender of the
        garrison": the one surrendered to acts (receives the surrender) on that date."""
        receipts = vocabulary.word_set("prose", "surrender_receipt_words")
        for i, t in enumerate(clause):
            if t.type not in ("VERB", "NOM") or not t.value or "surrender" not in t.value:
                continue
            if t.type == "NOM" and i >= 2 and clause[i - 1].type == "OTHER" and clause[i - 1].lower in receipts \
                    and clause[i - 2].type == "NAME" and (i < 3 or clause[i - 3].type not in ("PREP", "OF", "BY")):
                receivers, at = [clause[i - 2]], i - 1  # "Vass received the surrender"
            elif t.type == "VERB":
                j = i + 1
                while j < len(clause) and j - i <= 3 and clause[j].lower != "to" and \
                        clause[j].type in ("PREP", "OTHER", "ADV") and clause[j].lower.isalpha():
                    j += 1  # "in person", "formally"
                if j >= len(clause) - 1 or clause[j].lower != "to":
                    continue
                receivers, at = self._named_after(clause, j + 1), i
            else:
                continue
            if any(x.type == "NEG" or x.lower in ("not", "never") for x in clause[max(0, i - 2):i]):
                continue
            date_f = self._date_for(sent, clause, at, lead, single_date, acting=True)
            for tok in receivers:
                self._emit_act(sent, tok, date_f, min(t.start, tok.start), max(t.end, tok.end))

    def _allies(self, sent, clause: list[Tok], lead, single_date) -> None:
        """"The guild's friends were the Bishop of Ulvey and the Margrave of Sabbeth": each named ally
        is on the owner's side (a join without a verb of joining)."""
        allies = self._ally_nouns
        if len(clause) < 3:
            return
        first = clause[0]
        words = first.text.lower().split()
        if first.type == "NAME" and len(words) >= 2 and words[-1] in allies and words[-2].endswith(("'s", "’s")) \
                and isinstance(first.value, str):
            owners, i = [first.value], 0  # "Ostry's allies" (read as one name, like "Brenholm's levies")
        elif first.type == "POSS":
            i = 1
            while i < min(len(clause), 3) and clause[i].type == "OTHER" and clause[i].lower not in allies:
                i += 1  # "The company's chief allies"
            if i >= len(clause) or clause[i].type != "OTHER" or clause[i].lower not in allies:
                return
            owners = self._owner(first)
        else:
            return
        if len(owners) != 1 or i + 2 >= len(clause) or clause[i + 1].type != "AUX" or \
                clause[i + 1].lower not in ("were", "was", "are", "is"):
            return
        names = []
        for t in clause[i + 2:]:
            if t.type == "NAME":
                names.extend((n, t) for n, _ in self._resolve(t))
            elif t.type not in ("AND", "COMMA"):
                break
        date_f = self._date_for(sent, clause, i, lead, single_date)
        for name, t in names:
            self._emit(sent, name, "join", owners[0], date_f, clause[0].start, t.end, None, False, None)

    def _subordinates(self, sent, clause: list[Tok], lead, single_date) -> None:
        """"Holm's second-in-command, Brindlow Kess," or "Brindlow Kess, Holm's deputy,": the person named
        serves the owner's side (a join without a verb of joining)."""
        nouns = self._subordinate_nouns
        for i, t in enumerate(clause):
            if t.type != "OTHER" or t.lower not in nouns or i == 0 or clause[i - 1].type != "POSS":
                continue
            owners = self._owner(clause[i - 1])
            named = None
            if i + 2 < len(clause) and clause[i + 1].type == "COMMA" and clause[i + 2].type == "NAME":
                named = clause[i + 2]  # "Holm's deputy, Brindlow Kess"
            elif i >= 3 and clause[i - 2].type == "COMMA" and clause[i - 3].type == "NAME" and \
                    (i + 1 == len(clause) or clause[i + 1].type == "COMMA"):
                named = clause[i - 3]  # "Brindlow Kess, Holm's deputy,"
            if named is None or len(owners) != 1:
                continue
            date_f = self._date_for(sent, clause, i, lead, single_date)
            for name, _ in self._resolve(named):
                if name != owners[0]:
                    self._emit(sent, name, "join", owners[0], date_f, min(named.start, clause[i - 1].start),
                               max(named.end, t.end), None, False, None)

    @cached_property
    def _subordinate_nouns(self) -> frozenset[str]:
        """"second-in-command", "deputy": a person named beside one serves that one's side."""
        return frozenset(str(w).lower() for w in _predicate_spec("join").get("subordinate_nouns") or ())

    @cached_property
    def _ally_nouns(self) -> frozenset[str]:
        """"ally", "allies": "The guild's allies were X and Y" lists the owner's side."""
        return frozenset(str(w).lower() for w in _predicate_spec("join").get("ally_nouns") or ())

    @cached_property
    def _past_office(self) -> frozenset[str]:
        """"former", "ex-": an office named with one of these is not held when the act is done."""
        return frozenset(str(w).lower() for w in vocabulary.load("prose").get("office_past_modifiers") or ())

    def _narrative_death(self, preds, verb: Tok, subj) -> bool:
        """"On 2 October ... The sally was beaten back by X, who was killed leading it": a death in
        battle narrative happens on the day the sentence before it gives (a quiet "he died" need not).

        Only for a full name written in the sentence: a pronoun, a title cut short ("Lt") or a stray
        capitalised word ("in the critical August period ... were killed") is not sure enough to date.
        """
        if "death" not in preds or not subj:
            return False
        if not all(t.type == "NAME" and len((self._expand(nm) or nm).split()) >= 2 and self._person_like(nm)
                   for nm, t in subj):
            return False
        words = _predicate_spec("death").get("dated_by_narrative") or ()
        return " ".join(verb.text.lower().split()) in {str(w).lower() for w in words}

    def _toll_members(self, sent, toks: list[Tok]) -> None:
        """"Six cutters were killed on the bridge, among them Torvey", "Among the dead were Merriden and the
        overman Ashvale", "Forty hands drowned, including Pellicott": the names listed with a toll died with
        it, on the sentence's date or else the last one told before it in the section."""
        lows = [t.lower for t in toks]
        nouns = vocabulary.word_set("prose", "toll_nouns")
        for m, low in enumerate(lows):
            listed = m + 1 < len(toks) and lows[m + 1] in ("them", "whom")
            if low == "among" and m + 2 < len(toks) and lows[m + 1] in nouns and lows[m + 2] in ("was", "were"):
                first, death = m + 3, m  # "Among the dead were ..." (the reader keeps no articles)
            elif low == "including" or low == "among" and listed:
                first = m + 1 if low == "including" else m + 2
                if first < len(toks) and lows[first] in ("was", "were"):
                    first += 1  # "among whom was Torvey"
                death = self._group_death_before(toks, m)
                if death is None:
                    continue
            else:
                continue
            names = []
            k = first
            while k < len(toks) and (toks[k].type in ("NAME", "COMMA", "AND") or
                                     toks[k].type == "OTHER" and toks[k].text[:1].islower()):
                if toks[k].type == "NAME" and isinstance(toks[k].value, str):
                    names.append(toks[k])
                k += 1
            if not names or k < len(toks) and toks[k].type in ("AUX", "VERB", "HAVE") and toks[k - 1].type == "NAME":
                continue  # "including Torvey were wounded": the names are a clause's subject
            dated = [(abs(i - death), t.value) for i, t in enumerate(toks) if t.type == "DATE" and t.value is not None]
            date_f = min(dated, key=lambda x: x[0])[1] if dated else self._toll_date(sent)
            for t in names:
                if self._person_like(t.value):
                    self._emit(sent, t.value, "death", None, date_f, t.start, t.end, None, False, None)
            return

    @staticmethod
    def _group_death_before(toks: list[Tok], m: int) -> int | None:
        """The position of a death verb before `m` whose subject is a group, not a name ("Six cutters
        were killed ..., among them"): a named subject's death lists no others."""
        verbs = vocabulary.word_set("prose", "toll_verbs")
        for j in range(m - 1, -1, -1):
            t = toks[j]
            if t.type == "VERB" and isinstance(t.value, tuple) and "death" in t.value or \
                    t.type == "OTHER" and t.lower in verbs:
                k = j - 1
                while k >= 0 and toks[k].type in ("AUX", "ADV"):
                    k -= 1
                return j if k >= 0 and toks[k].type == "OTHER" and toks[k].text[:1].islower() else None
            if t.type in ("SEMI", "OPEN"):
                return None
        return None

    def _toll_death_date(self, sent, preds, verb: Tok, subj) -> FoundDate | None:
        """"X ran back to warn the men and was among the dead": one of the toll of the event told just
        before, dated by the last date told before it in the section, even in the paragraph before."""
        if "among" not in verb.text.lower().split() or not self._narrative_death(preds, verb, subj):
            return None
        return self._toll_date(sent)

    def _toll_date(self, sent) -> FoundDate | None:
        """The last day or month told before the sentence in its section (a span dates no one toll)."""
        last = sent.prev_date or (self.section_last_date[1] if self.section_last_date else None)
        return None if last is None or isinstance(last.value, DateRange) else last

    def _term(self, sent, ptoks, at, out, date_f, a, b, hedge, negated):
        """ "ruled from 1650 to 1681" -> term_start + term_end; "serves until 1794" -> term_end;
        a plain date stays an act of the subject."""
        until = None
        after = None
        # "served as governor of the Skellans from 1620 to 1628": the office's words may stand between
        for i in range(at + 1, min(len(ptoks), at + 10)):
            t = ptoks[i]
            if t.type == "VERB" or t.text in (",", ";"):
                break  # another clause: its date is not the term's
            if t.type == "DATE" and t.value is not None:
                if ptoks[i - 1].lower in ("until", "till"):
                    until = t.value
                after = t.value
                break
        subjects = [s for s, p, o in out]
        if until is not None:
            for s in subjects:
                self._emit(sent, s, "term_end", None, until, a, b, hedge, negated, None)
            return []
        if after is not None and isinstance(after.value, DateRange) and len(after.parts) == 2:
            for s in subjects:
                self._emit(sent, s, "term_start", None, after.parts[0], a, b, hedge, negated, None)
                self._emit(sent, s, "term_end", None, after.parts[1], a, b, hedge, negated, None)
            return []
        return [(s, "act", None) for s in subjects]

    def _antecedent(self, chunks, k):
        """The names a relative pronoun at chunks[k] refers to: the names just before it, unless a
        preposition governs them ("the attacks on Crete which began": the attacks began)."""
        j = k - 1
        while j >= 0 and chunks[j].kind in ("COMMA",):
            j -= 1
        if j >= 0 and chunks[j].kind == "names":
            if j >= 1 and (chunks[j - 1].kind in ("PREP", "ofp", "agent") or chunks[j - 1].kind == "OTHER" and
                           chunks[j - 1].toks[-1].lower in _PREPOSITIONS) and not _personal(chunks[k]):
                return []
            names = self._names_of(chunks[j])
            return names[-1:] if names else []
        return []

    def _previous_antecedent(self, rel: _Chunk) -> list[tuple[str, Tok]]:
        """The antecedent in the clause before, for this relative pronoun: "who"/"whom"/"whose" name a
        person even after a preposition ("the work of Ostwin Merriott, whom ...")."""
        return self._last_person if _personal(rel) else self._last_names

    def _relative_antecedent(self, clause: list[Tok]) -> tuple[list, list]:
        """(antecedent of a following "which"/"that", antecedent of a following "who"/"whom"/"whose")."""
        clause = _without_negated_tail(clause)
        tail = next((t for t in reversed(clause) if t.type in _ANTECEDENT_TYPES), None)
        return self._thing_antecedent(clause), (self._resolve(tail)[-1:] if tail is not None else [])

    def _thing_antecedent(self, clause: list[Tok]) -> list[tuple[str, Tok]]:
        """What a relative pronoun opening the next clause (", which began on D") refers to: the
        clause's last name when it ends the clause and heads its phrase. A name governed by a
        preposition ("the attacks on Crete, which") is not it, but a name the governed phrase is in
        apposition to is ("Operation Pike, the invasion of Vael, which began"); a noun after the
        last name ("Vael's navy, which") leaves no named antecedent."""
        j = len(clause) - 1
        while j >= 0 and (clause[j].type in ("PAREN", "DATE", "COMMA") or
                          clause[j].type == "OTHER" and not clause[j].lower[:1].isalnum()):
            j -= 1  # "Battle of Gazala (26 May – 21 June 1942)," : the bracket is the name's own
        if j >= 0 and clause[j].type == "PREP" and j + 1 < len(clause) and clause[j + 1].type == "DATE":
            j -= 1  # "... Vael in 1702, which"
        if j < 0 or clause[j].type not in _ANTECEDENT_TYPES:
            return []
        if not _governed(clause, j) or _sent_by(clause, j):
            return self._resolve(clause[j])[-1:]
        if clause[j - 1].type != "OF":
            return []  # "known as the Battles of Rzhev, which", "attacks on Crete, which"
        for c in range(j - 2, max(-1, j - 10), -1):  # the comma opening an apposition "the invasion of X"
            t = clause[c]
            if t.type == "COMMA":
                if c >= 1 and clause[c - 1].type in ("NAME", "EVENT"):
                    return self._resolve(clause[c - 1])[-1:]
                return []
            if not (t.type in ("NOM", "POSS", "ADV", "OF") or t.type == "OTHER" and t.lower not in _PREPOSITIONS):
                return []
        return []

    def _nominal_statements(self, sent, chunks, ci, clause_subject, sentence_hedge, lead, single_date,
                            posthumous, ptoks):
        ch = chunks[ci]
        nom = next(t for t in ch.toks if t.type == "NOM")
        owner: list[str] = []
        of_names: list[str] = []
        by_names: list[str] = []
        section = None
        owner_is_pronoun = False
        for t in ch.toks:
            if t.type == "POSS":
                owner = self._owner(t, "death" in (nom.value or ()))
                owner_is_pronoun = isinstance(t.value, tuple) and t.value[0] == "PRON"
            elif t.type == "OTHER" and owner and " " in t.text.strip():
                owner = []  # "Morfen's reign saw the opening": the owner is of another noun
            elif t.type == "OTHER" and owner and t.lower.endswith(_POSSESSIVE_OWNER_ENDS):
                owner = []  # "his father's death": the owner's kin or colleague, someone the text does not name
            elif t.type == "OF":
                section = "of"
            elif t.type == "BY":
                section = "by"
            elif t.type == "COMMA" and section and not any(x.type == "AND" for x in ch.toks):
                section = None  # "the joining of the League, Oresund ...": the list ended
            elif t.type in ("NAME", "EVENT", "DEMNP", "TOPIC", "PRON"):
                names = [n for n, _ in self._resolve(t)]
                if section == "of":
                    of_names += names
                elif section == "by":
                    by_names += names
        if ci > 0 and "sign" not in (nom.value or ()) and any(
                t.type in ("VERB", "NOM") and "sign" in (t.value or ()) for t in chunks[ci - 1].toks):
            return  # "after signing the Dutch capitulation on 15 May": the signing, the surrender may be earlier
        hedge = sentence_hedge
        at = _index_of(ptoks, nom)
        date_f = self._near_date(ptoks, at, lead)
        if date_f is None:
            date_f = _entry_date(sent, nom)
        a, b = ch.start, ch.end
        before = sent.block.text[max(0, nom.start - 40):nom.start].lower()
        if _COMMEMORATION.search(before):
            return  # "the 70th anniversary of the outbreak of the war, in 2009": a later date
        before_verb, after_verb = _commemorated()
        if before_verb.search(before) or after_verb.match(sent.block.text, nom.end, min(len(sent.block.text),
                                                                                       nom.end + 60)):
            return  # "the guild's founding is still celebrated each May; in 1902 ...": a later keeping of it
        if date_f is not None and counted_from(sent.block.text, nom.start, nom.end, date_f.start):
            date_f = None  # "held on D, within four weeks of the signing": D is counted from the signing, not its date
        elif date_f is not None and set(nom.value or ()) & {"start", "end"}:
            relation = _RELATIONAL.search(before)
            if relation or _POSITIONAL.search(before):
                i = next((k for k, t in enumerate(ptoks) if t.type == "DATE" and t.value is date_f), None)
                if i is None or i < at or i - at > 4:
                    date_f = None  # "captured Point 175 on 23 November, at the start of Operation Crusader"
                elif relation and (relation.group("measure") or any(t.type == "COMMA" for t in ptoks[at:i])):
                    date_f = None  # "three days after the start of X, on D": D is not X's start
        elif date_f is not None and _RELATION_BEFORE.search(sent.block.text, max(0, a - 24), a):
            i = next((k for k, t in enumerate(ptoks) if t.type == "DATE" and t.value is date_f), at)
            if i < at:
                date_f = None  # "cease attacks on 4 May, ahead of Germany's surrender": 4 May is before it
                # ("In March 1703, following Tessen's joining of the League" is read as the joining's month)
        clause_event = self._clause_event(chunks)
        # the agent of a nominal governed by a light verb ("X launched an invasion of Y")
        light_subject: list[str] = []
        if ci > 0 and chunks[ci - 1].kind == "active":
            v = next(t for t in chunks[ci - 1].toks if t.type == "VERB")
            if v.lower in self.lex.light_verbs and clause_subject:
                light_subject = [n for n, _ in clause_subject]
        for pred in nom.value or ():
            spec = _predicate_spec(pred)
            about = spec.get("about", "agent")
            of_role = spec.get("of", "subject" if about == "patient" or not spec.get("object") else "object")
            out = []
            if about == "patient":
                for s in (owner or of_names):
                    out.append((s, pred, None))
            elif owner_is_pronoun:
                out = []
            else:
                if by_names:
                    subjects, objects = by_names, (of_names or [None])
                elif owner:
                    subjects, objects = owner, (of_names or [None])
                elif of_role == "subject":
                    subjects, objects = of_names, [None]
                elif light_subject:
                    subjects, objects = light_subject, (of_names or [None])
                else:
                    subjects, objects = [], []
                if pred == "sign" and of_names and not (by_names or owner):
                    subjects, objects = of_names, [None]  # "the signing of the treaty": about the treaty
                for s in subjects:
                    for o in objects:
                        out.append((s, pred, o))
            if out and date_f is None and pred not in ("join", "leave"):
                out = []  # "until the end of the war": a nominal without its own date states nothing
            if out:
                for s, p, o in out:
                    if p == "act" and posthumous:
                        continue
                    event = _event_of(s, o, self) or clause_event
                    self._emit(sent, s, p, o, date_f, a, b, hedge, False, event)
                break

    def _kin_namesakes(self, toks: list[Tok]) -> list[Tok]:
        """"their son, also Tomas, was born in 1897", "1861 - son Henry born" on Henry's own page, "the son
        of a miller, also named Oskar, who died": a name told as someone's kin, or as "also" someone's name,
        is a namesake, not the person the name stands for elsewhere (no one is his own son)."""
        given = _namesake_words()[0]
        out: list[Tok] | None = None
        bio = None
        for i, t in enumerate(toks):
            if t.type != "NAME" or not isinstance(t.value, str) or not t.value:
                continue
            j = i - 1
            if j >= 0 and toks[j].lower in given:
                j -= 1
            # "their son, also named X", "(also named X)", "a son also named X": an aside or a kin noun before "also"
            also = j >= 1 and toks[j].lower == "also" and (
                toks[j - 1].type in ("COMMA", "DASH") or toks[j - 1].text in ("(", "[") or
                toks[j - 1].lower in self.lex.namesake_kin)
            if also:
                j -= 1
            if j >= 0 and toks[j].type == "COMMA" and (also or j >= 1 and (toks[j - 1].lower in self.lex.namesake_kin
                                                                       or _same_name_before(toks, j - 1))):
                j -= 1
            if not also:
                # "a nephew of the same name, Bertil Hask,": told as the same name, another person
                if j < 0 or toks[j].lower not in self.lex.namesake_kin and not _same_name_before(toks, j):
                    continue
                bio = bio or self._biography_subject() or ""
                if not bio or self._expand(t.value) != bio:
                    continue  # "her son Edric": the son, whom the text names and may date
            out = out if out is not None else list(toks)
            aside = any(x.type in ("VERB", "AUX", "HAVE") for x in toks[:i])
            # after a verb ("they had four children, one of whom, also called Jago, was"): an aside, and the
            # next "he" is still the sentence's subject; opening the sentence, the namesake is the next "he"
            out[i] = Tok("NAME", t.start, t.end, t.text, _NAMESAKE_ASIDE if aside else _NAMESAKE, None, t.lower)
        return toks if out is None else out

    def _linked_namesakes(self, toks: list[Tok], block: Block) -> list[Tok]:
        """"[[Ilse Varn (born 1931)|Ilse Varn]] sat in the Chamber" on Ilse Varn's page: a link to a page
        of the same name set apart by a disambiguator ("(born 1931)", "(politician)") is another person of
        that name, a namesake, not the page's person."""
        title = self.facts.title or ""
        if not title:
            return toks
        own = {name_key(title)}
        bio = self._biography_subject()
        if bio:
            own.add(name_key(bio))
        attrs = block.attrs or {}
        pairs = [tuple(x.split("=>", 1)) for x in attrs.get("links", "").split("\n") if "=>" in x]
        pairs += [(t, t) for t in attrs.get("targets", "").split("\n") if t]
        spans = []
        for label, target in pairs:
            page = page_name(target)
            if page == target.split("#", 1)[0].strip() or name_key(page) not in own or \
                    name_key(target) in own:
                continue
            if any(other == label and page_name(t) == t.split("#", 1)[0].strip() for other, t in pairs):
                continue  # "[[Ilse Varn]]" as well in the block: which of them the words are is not known
            at = block.text.find(label)
            while at >= 0:
                spans.append((at, at + len(label)))
                at = block.text.find(label, at + len(label))
        if not spans:
            return toks
        out = list(toks)
        for i, t in enumerate(toks):
            if t.type == "NAME" and isinstance(t.value, str) and t.value and \
                    any(a <= t.start < b for a, b in spans):
                aside = any(x.type in ("VERB", "AUX", "HAVE") for x in toks[:i])
                out[i] = Tok("NAME", t.start, t.end, t.text, _NAMESAKE_ASIDE if aside else _NAMESAKE, None, t.lower)
        return out

    def _owner(self, t: Tok, death: bool = False) -> list[str]:
        value = t.value
        if isinstance(value, tuple) and value[0] == "PRON" and value[1] in ("his", "her") and \
                self._relation_before(t, death):
            return []  # "where his father Dennis worked until his death": the father's or the page person's
        if isinstance(value, tuple) and value[0] == "PRON" and value[1] in ("his", "her"):
            # "Sergeant Kibby ..., until his death": a person named earlier in the same sentence
            # comes before the paragraph's last subject
            word = "he" if value[1] == "his" else "she"
            for prev in self._sentence_toks:
                if prev.start >= t.start:
                    break
                if prev.type == "NAME" and isinstance(prev.value, str) and prev.value and \
                        len((full := prev.value if prev is not self._sentence_toks[0] else
                             self._expand(prev.value) or "").split()) >= 2 and self._may_be_he(full) and \
                        self.pronoun_of.get(full, word) == word:
                    # also the surname that opens the sentence, when the text gave it in full before ("Fenn kept
                    # the light until his death"), not a short name in an aside ("under Odo, in fact"); and the
                    # owner of "her" is a "she" from here on ("Martha Penhallow had lived there with her husband.
                    # When he drowned" is no "he" of hers)
                    if full not in self._sex_told and full not in self.pronoun_of:
                        # "X was a printer and the widow of Rainer Holt, and after his death": a person named later
                        # whom the words told to be a "he" (the widow's husband), before one they never told
                        told = [n for x in self._sentence_toks if prev.start < x.start < t.start and x.type == "NAME"
                                and isinstance(x.value, str) and (n := self._expand(x.value) or "") in self._sex_told
                                and self.pronoun_of.get(n) == word]
                        if len(set(told)) == 1:
                            return [told[0]]
                    return self._gendered(full, word)
                if prev.type == "POSS" and isinstance(prev.value, tuple) and prev.value[0] == "NAME" and \
                        isinstance(prev.value[1], str) and (owner := self._expand(prev.value[1])) and \
                        self.pronoun_of.get(owner, word) == word and \
                        (len(owner.split()) >= 2 and self._may_be_he(owner) or self.pronoun_of.get(owner) == word):
                    # "Federigo's pension was paid until his death": a person named as an owner earlier in the
                    # sentence (by a full name, or one the text has called "he")
                    return [owner]
        if isinstance(value, tuple) and value[0] == "PRON":
            word = {"his": "he", "her": "she", "its": "it", "their": "they"}.get(value[1], "it")
            found = self._pronoun(word)
            if not found and death and word in ("he", "she"):
                found = self._only_one_named(t, word)
            return found
        if isinstance(value, tuple):
            return [value[1]]
        return []

    def _only_one_named(self, t: Tok, word: str) -> list[str]:
        """"The treaty bound the duchess to pay her cousin Berthold of Marrin a pension. After his death in 1366 the
        pension lapsed": no subject is the "he", yet the sentence before (or this one, before the pronoun) names one
        person by a full name who may be he, as an object: that person's death. Two such people name no one."""
        if self._unknown_subject or self._unnamed_kin(word, t.start):
            return []
        named = set()
        for x in [*self._previous_toks, *(y for y in self._sentence_toks if y.start < t.start)]:
            if x.type != "NAME" or not isinstance(x.value, str) or not x.value:
                continue
            full = self._expand(x.value) or ""
            if len(full.split()) >= 2 and self._may_be_he(full) and self._sex_of(full, word) == word:
                named.add(full)
        return self._gendered(next(iter(named)), word) if len(named) == 1 else []

    def _relation_before(self, t: Tok, death: bool = False) -> bool:
        """A person told by relation ("his father Dennis", "her patron", "whose mother") earlier in the sentence: a later
        "his"/"her" may be that person's as well as the subject's, so it names no one for certain. So may
        one told in the sentence before when the pronoun fits the relative and the noun is a death ("learned
        her father's trade. After his death in 1736 she kept the business": the father's death)."""
        toks = [x for x in self._sentence_toks if x.start < t.start]
        if any((a.type == "POSS" or a.lower == "whose") and b.lower in self.lex.relation_nouns
               for a, b in zip(toks, toks[1:])):
            return True  # "his father", "X, whose father had led the guild until his death": the father's
        if not death:
            return False
        pronoun = {"his": "he", "her": "she"}.get(t.value[1])
        before = self._previous_toks
        for a, b in zip(before, before[1:]):
            noun = _bare(b.lower)
            if a.type == "POSS" and noun in self.lex.relation_nouns and self.lex.gendered.get(noun) == pronoun:
                return True
        return False

    def _clause_event(self, chunks) -> str | None:
        """A named event the clause is about: "in Operation Bittern" (but "part of the Orme War,
        it began", "ending Commonwealth participation in the Battle of Normandy": the whole an event
        or a share belongs to is not the event)."""
        whole = False
        shares = _share_nouns()
        prev = ""
        for i, ch in enumerate(chunks):
            if ch.kind == "OTHER" and ch.toks[-1].lower in shares and i + 1 < len(chunks) and \
                    (chunks[i + 1].kind == "ofp" or chunks[i + 1].toks[0].text.lower() == "in"):
                whole = True
            for t in ch.toks:
                if whole and (t.type in ("COMMA", "VERB", "SEMI") or ch.kind in ("active", "passive")):
                    whole = False
                if t.type == "EVENT" and isinstance(t.value, str) and not whole and prev != "for":
                    return _canonical_event(t.value)  # not "planning for Operation X began": the planning did
                prev = t.lower
        return None

    def _opened_by(self, sent, ptoks: list[Tok]) -> None:
        """"The blockade that opened the Second Salt War began on D": what opened a named event
        dates its start (a restrictive relative clause with a verb of starting, then the main verb)."""
        for r in range(len(ptoks) - 3):
            rel, verb, name = ptoks[r], ptoks[r + 1], ptoks[r + 2]
            # "that" after a noun is read into the noun's word run ("raid that"): the run ends with it
            if not (rel.type == "REL" and rel.lower in ("that", "which") or rel.type == "OTHER" and rel.lower == "that") \
                    or verb.type != "VERB" or "start" not in (verb.value or ()) or name.type not in ("EVENT", "NAME") \
                    or not isinstance(name.value, str):
                continue
            end = r + 3
            title = name.value
            if end + 1 < len(ptoks) and ptoks[end].type == "OF" and ptoks[end + 1].type == "NAME":
                title = sent.block.text[name.start:ptoks[end + 1].end]  # "War of the Salt Roads"
                end += 2
            if not names_an_event_word(title, self.lex):
                continue
            main = next((i for i in range(end, len(ptoks)) if ptoks[i].type == "VERB"), None)
            if main is None or not {"start", "occur"} & set(ptoks[main].value or ()):
                return
            date_tok = next((t for t in ptoks[main + 1:] if t.type == "DATE"), None)
            if date_tok is None or date_tok.value is None or not isinstance(date_tok.value.value, DateValue):
                return
            if any(t.type in ("VERB", "AUX", "HAVE") for t in ptoks[main + 1:] if t.start < date_tok.start):
                return
            ev = _canonical_event(title)
            self._emit(sent, ev, "start", None, date_tok.value, ptoks[0].start, date_tok.end, None, False, ev)
            return

    def _lifespans(self, sent, toks: list[Tok]) -> None:
        """ "Thomas (22 March 1830 – 14 November 1896)": birth and death of a person named just before. Names
        whose bracketed years follow on one another ("Engineer-in-chief: Edmund Crane (1836–1862); Walter
        Penhale (1862–1890)": one ends the year the next begins) are successive holders' terms, not lives."""
        spans = [toks[i + 2].value.value for i in range(len(toks) - 3)
                 if toks[i].type == "NAME" and toks[i + 1].text == "(" and toks[i + 2].type == "DATE"
                 and toks[i + 3].text == ")" and toks[i + 2].value is not None
                 and isinstance(toks[i + 2].value.value, DateRange)]
        ends = {r.end.year for r in spans if r.end is not None}
        starts = {r.start.year for r in spans if r.start is not None}
        for i in range(len(toks) - 3):
            t, p, d, q = toks[i], toks[i + 1], toks[i + 2], toks[i + 3]
            if not (t.type == "NAME" and p.type == "PAREN" and p.text == "(" and d.type == "DATE"
                    and q.type == "PAREN" and q.text == ")" and d.value is not None):
                continue
            f = d.value
            if not isinstance(f.value, DateRange) or len(f.parts) != 2 or not isinstance(t.value, str):
                continue
            name = t.value
            precise = all(part.value.month is not None for part in f.parts)
            first, last = f.parts[0].value, f.parts[1].value
            if first.year is not None and last.year is not None and not (first.bc or last.bc) and \
                    0 <= last.year - first.year < MIN_LIFESPAN_YEARS:
                continue  # "Albert Kesselring (3 June 1936 – 31 May 1937)": a term of office, not a life
            if not self._can_be_born_or_die(name) or (not precise and len(name.split()) < 2):
                continue
            if first.year in ends or last.year in starts:
                continue  # a successor's term begins the year this one ends: holders of an office
            recent = list(self.recent)
            self._emit(sent, name, "birth", None, f.parts[0], t.start, q.end, None, False, None)
            self._emit(sent, name, "death", None, f.parts[1], t.start, q.end, None, False, None)
            self._life_dates.add(id(d))
            if recent and any(x.type == "VERB" for x in toks[:i]):
                # "He married again in 1734, taking Ilse of Dunmark (1712–1779)": lives told of a name after the
                # verb are an aside about its object; "he" is still whoever married
                self.recent[:] = recent

    def _held_until_death(self, sent, toks: list[Tok]) -> None:
        """"X (D1 – D2) was Princess of Dorst from 1640 until her death": a style "of" a realm held from a date to the
        holder's death, the start of the reign a later "after a reign of thirty years" counts from (its end the death)."""
        text = sent.block.text
        for m in _HELD_UNTIL_DEATH.finditer(text, sent.start, sent.end):
            date = next((f for f in sent.dates if f.start == m.start("date")), None)
            if date is None or not isinstance(date.value, DateValue) \
                    or not _UNTIL_OWN_DEATH.match(text, date.end):
                continue
            subject = self._sentence_subject([t for t in toks if t.end <= m.start()], guess=False)
            if subject:
                self._emit(sent, subject, "reign_start", None, date, m.start(), date.end, None, False, None)

    def _abbreviated_lives(self, sent, toks: list[Tok]) -> None:
        """A register's "Edwin, b. 1814; d. 1880" / "Caleb (b. 1798, d. 1801)": birth (and death) of the
        name the abbreviations follow."""
        name = None
        for i in range(len(toks) - 3):
            t = toks[i]
            if t.type == "NAME" and isinstance(t.value, str):
                name = t if toks[i + 1].type in ("COMMA", "PAREN") and (toks[i + 1].type != "PAREN" or toks[i + 1].text == "(") else None
                continue
            if name is None or t.type != "OTHER" or t.lower not in _LIFE_ABBREVIATIONS or toks[i + 1].text != ".":
                continue
            date = next((d for d in toks[i + 2:i + 4] if d.type == "DATE"), None)
            if date is None or date.value is None or not isinstance(date.value.value, DateValue) \
                    or any(x.type not in ("OTHER",) for x in toks[i + 2:toks.index(date, i + 2)]):
                continue
            self._emit(sent, name.value, _LIFE_ABBREVIATIONS[t.lower], None, date.value, name.start, date.end,
                       None, False, None)
            if any(x.type == "PAREN" and x.text == "(" for x in toks[toks.index(name) + 1:i]):
                # "He married Anne Pruett (d. 1725) in 1728": a life read in brackets dates no verb
                self._life_dates.add(id(date))

    def _event_dates(self, sent, chunks) -> None:
        """ "The Battle of X on D", "Operation Y (D1 – D2)", "the Accord of Marlstone of D": an event dated."""
        for ci, ch in enumerate(chunks):
            if ch.kind != "names" or len(ch.toks) != 1 or ch.toks[0].type != "EVENT":
                continue
            t = ch.toks[0]
            nxt = chunks[ci + 1] if ci + 1 < len(chunks) else None
            date_tok = None
            if nxt is not None and nxt.kind == "DATE":
                date_tok = nxt.toks[0]
            elif nxt is not None and nxt.kind in ("OTHER", "ofp") and nxt.toks[0].lower in ("on", "of", "in", "(") \
                    and ci + 2 < len(chunks) and chunks[ci + 2].kind == "DATE":
                date_tok = chunks[ci + 2].toks[0]
            if date_tok is None or date_tok.value is None:
                continue
            gap = sent.block.text[t.end:date_tok.start]
            if len(gap) > 6 or not re.fullmatch(r"\s*(?:\(|,|on|of|in)?\s*", gap):
                continue
            f = date_tok.value
            ev = _canonical_event(t.value)
            if isinstance(f.value, DateRange) and f.parts and len(f.parts) == 2:
                self._emit(sent, ev, "start", None, f.parts[0], t.start, date_tok.end, None, False, ev)
                self._emit(sent, ev, "end", None, f.parts[1], t.start, date_tok.end, None, False, ev)
            self._emit(sent, ev, "occur", None, f, t.start, date_tok.end, None, False, ev)

    # -------------------------------------------------------- durations

    def _durations(self, sent: _Sentence, toks: list[Tok]) -> None:
        text = sent.block.text
        units = _may_contain(text, sent, _DURATION_WORDS, _DURATION_HINT)
        if not units and not _may_contain(text, sent, _AGE_WHEN_WORDS, _AGE_WHEN_HINT):
            return  # neither a unit (_DURATION_RE) nor an age cue (_AGE_RE) is in the sentence
        seg = text[sent.start:sent.end]
        lex = self.lex
        previous: StatedDuration | None = None
        previous_end = -1
        sentence_first = len(self.facts.durations)
        for m in _DURATION_RE.finditer(seg) if units else ():
            a, b = sent.start + m.start(), sent.start + m.end()
            phrase, ms = m.group(0), m.start()
            d = _duration(phrase)
            if d is None:
                half = _half_units(seg, m)  # "two and a half years"
                if half is None:
                    continue
                d, ms = half
                a, phrase = sent.start + ms, seg[ms:m.end()]
            if previous is not None and re.fullmatch(r"[\s,;]*\(\s*(?:or\s+|i\.e\.\s*|exactly\s+)?|,\s*(?:or|exactly|i\.e\.)\s+",
                                                     seg[previous_end:m.start()]):
                # "four years, two months and three weeks (220 weeks in total)": the same span restated
                d.kind, d.subject, d.start, d.end, d.inclusive = (previous.kind, previous.subject, previous.start,
                                                                   previous.end, previous.inclusive)
                d.span, d.origin, d.text = self.doc.block_span(sent.block, a, b), sent.origin, phrase
                self.facts.durations.append(d)
                previous_end = m.end()
                continue
            if re.match(r"(?:a|an|one|per|each)\s", phrase, re.I):
                rate_before, rate_after = _frequency()
                if rate_before.search(seg[max(0, ms - 12):ms]) or rate_after.match(seg, m.end()):
                    continue  # "serviced twice a year from 1824 to 1840": how often, not how long
            count_before = len(self.facts.durations)
            before = seg[max(0, ms - 40):ms].lower()
            after_at = m.end()
            compound = _compound_noun(seg, m)
            # "the 82-day Battle of Okinawa": a length before a name measures that other thing; "the nine-day battle"
            # is read only as the stretch the sentence before told (told_span)
            day_adjective = compound is None and "-" in m.group(0).split()[-1]
            if compound is not None:
                # "a 14-year reign", "his fourteen-year rule", "the three-month siege": read as "a reign of
                # fourteen years" (the noun after the length is what it measures)
                if compound.group(1) in _NOT_SPAN_NOUNS:
                    continue  # "a 14-year-old page": an age, read by the age readings
                before += f"{compound.group(1)} of "
                after_at = compound.end()
            before_start = sent.start + max(0, ms - 40)  # where `before` starts in the block text
            if re.match(r"\s+and a half", seg[m.end():]):
                continue
            rounded = _rounded_before().search(before)
            if rounded:
                # "lasted some 31 months": a rounded figure, checked with a wider margin; what it measures
                # is read from the words before the rounding word
                d.approximate = True
                before = before[:rounded.start() + 1]
            elif (bounded := _span_bound_before().search(before)) is not None:
                # "a siege of over eleven months": a bound, checked on its side; what it measures is read
                # from the words before the bounding word
                d.bound = span_bound(bounded.group(1))
                before = before[:bounded.start() + 1]
                if bounded.group(1) == "over" and not _OVER_AS_BOUND.search(before):
                    if framed_span(text, b, [f for f in sent.dates if f.start >= b]) is None:
                        continue  # "fought over four days": across them, not more than them
                    d.bound = None  # "forged over twenty-six months, from D to D'": across the whole stretch
            elif (inside := _WITHIN_BEFORE.search(before)) is not None:
                # "within a decade: A married in 1755 and B in 1756": the time from an earlier point the sentence's
                # events all fall inside, not the length between its own dates (which it bounds from above);
                # "within a year of his death" counts from a point named after it, read by no one here
                if _WITHIN_OF_AFTER.match(seg, after_at):
                    continue
                d.bound = "at-most"
                before = before[:inside.start() + 1]
            elif _approximate_before().search(before):
                continue  # "roughly", "c.": a figure too loose to check
            after = seg[after_at:after_at + 40].lower()
            d.span = self.doc.block_span(sent.block, a, b)
            d.origin = sent.origin
            d.text = phrase
            rel = _OFFSET_AFTER_LENGTH.match(after)
            if rel:
                continue  # a relative date ("seventeen years to the day after the opening"), read by _relative_dates
            dates_after = [f for f in sent.dates if f.start >= b]
            dates_before = [f for f in sent.dates if f.end <= a]
            # "took three years to build, from ... in March 1839 to ... in November 1840", "the eleven days between
            # the seizure on 7 November and the surrender on 22 November": the stretch it leads into; "broke the
            # blockade on 18 October, after a siege of some eleven months", "The siege lasted nearly four months and
            # ended on 18 July": back to a day the paragraph told before, the nearest or any
            framed = framed_span(text, b, dates_after) if not day_adjective else None
            ends = (*framed, ()) if framed is not None else counted_back(
                text, sent.start, a, b, dates_before, dates_after, [f for f in self._block_dates if f.end <= sent.start],
                sent.prev_block_date[2] if sent.first and sent.prev_block_date else (),
                3 * (d.years * 366 + d.months * 31 + d.weeks * 7 + d.days)) if not day_adjective else None
            if ends is None and not dates_before:
                # "fought from 3 to 21 November. The nine-day battle ...": the stretch the sentence before told
                told = told_span(text, sent.start, a, b, phrase, self._block_dates, own_dates=bool(sent.dates))
                ends = (*told, ()) if told is not None else None
            if ends is None and not dates_before and not day_adjective and d.bound is None and not d.approximate:
                # "The canal opened on D2. The works had taken five years from the first spade": an event dated
                # earlier on the page ("The first spade was turned on D") to the day just told
                ends = named_start(self.doc, sent.block, text, sent.start, b, self._block_dates) \
                    or event_framed(self.doc, text, b)
            if ends is not None:
                d.start, d.end, d.other_starts = ends
                d.subject = self._sentence_subject(toks, guess=False)
                self.facts.durations.append(d)
                previous, previous_end = d, m.end()
                continue
            if day_adjective:
                # "The twelve-week strike was remembered": the one stretch a sentence opening on the noun dated
                # (_named_stretch); not the page's ("Montgomery expected a 12-day battle", "after a two-week conflict")
                noun_after = re.match(r"\s+([a-z]+)\b(?!-)", seg[m.end():])
                named = self._named_stretch(noun_after.group(1), page=False) if noun_after and not dates_before \
                    and re.search(r"(?:^|\W)the\s+$", before) else None
                if named is not None:
                    d.start, d.end = named
                    self.facts.durations.append(d)
                continue
            # a part of a reign, war or siege ("ruled in his own right for twenty-four years", "her sole reign
            # lasted", "for six of the war's nine years", "the second siege lasted"): measured against the
            # whole only by a misreading; it is checked only against dates of its own in the sentence
            part = _part_of_span(seg, ms, m.end())
            # "His reign of twenty-two years" / "reigned for 19 years"
            if _office_verb_before().search(before) \
                    and not _span_follows(text, b, dates_after):
                if part:
                    continue
                d.kind = "reign"
                # "Mother Benedetta Faul's eighteen-year rule", "Abbot Hew's rule of nine years": the owner's
                owner = next((t for t in reversed(toks) if t.end <= a), None)
                owned = owner is not None and owner.type == "POSS" and isinstance(owner.value, tuple) \
                    and owner.value[0] == "NAME" and _OWNED_LENGTH.fullmatch(text, owner.end, a)
                d.subject = self._expand(self._untitled(owner.value[1])) if owned else self._sentence_subject(toks)
                if d.subject:
                    self.facts.durations.append(d)
                continue
            # "from 2 May to 14 June 1710, a siege of 43 days" / "3 May – 9 June (37 days)": the range just before
            ranged = next((f for f in reversed(dates_before) if isinstance(f.value, DateRange)), None)
            if ranged is not None and _SPAN_RESTATED.fullmatch(text, ranged.end, a):
                d.start, d.end = ranged.value.start, ranged.value.end
                d.subject = self._sentence_subject(toks, guess=False)
                self.facts.durations.append(d)
                previous, previous_end = d, m.end()
                continue
            if ranged is not None and len(dates_before) == 1 and not dates_after and len(ranged.parts) == 2 \
                    and _NAME_THEN_BRACKET.search(text, max(sent.start, ranged.start - 40), ranged.start) \
                    and _BRACKET_THEN_FOR.fullmatch(text, ranged.end, a):
                # "Orrin Vale (1601–1611) led the guild for twenty years": the bracket is his life or his term, and
                # either holds the length (a life of ten years holds no twenty years' rule)
                d.start, d.end, d.bound = ranged.value.start, ranged.value.end, "within"
                d.subject = self._sentence_subject(toks, guess=False)
                self.facts.durations.append(d)
                previous, previous_end = d, m.end()
                continue
            flanked = self._flanking_ends(sent, text, a, b, dates_before, dates_after) or \
                self._until_end_restated(sent, text, a, dates_before, dates_after)
            if flanked is not None:
                # "opened in May 1541, lasted four months and ended ... in December 1542", "began on 2 August and
                # went on until 20 August, thirty days in all": the two dates the length stands between
                d.start, d.end = flanked
                d.subject = self._sentence_subject(toks, guess=False)
                self.facts.durations.append(d)
                previous, previous_end = d, m.end()
                continue
            # "three days of fighting" with a range in the sentence -> inclusive; "between D and D' the envoys
            # met in eleven weeks of almost continuous session": the one range of the sentence, in weeks
            if _activity_after().match(after):
                ranges = [f for f in sent.dates if isinstance(f.value, DateRange)]
                rng = ranges[0] if len(ranges) == 1 else None
                if not ranges and sent.prev_date is not None and isinstance(sent.prev_date.value, DateRange):
                    rng = sent.prev_date
                if rng is not None and len(rng.parts) != 2 and _LENGTH_BEFORE_EVENT.search(before):
                    continue  # "signed in the summer of 1787, after three years of talks": the talks led up to it
                days_only = d.days and not (d.years or d.months or d.weeks)
                if rng is not None and (days_only or rng in ranges):
                    d.start, d.end, d.inclusive = rng.value.start, rng.value.end, bool(days_only)
                    self.facts.durations.append(d)
                elif not ranges and not sent.dates and (opened := self._talks_opened(sent, before, after)):
                    # "Talks opened on 29 October. ... The text was agreed after nine days of negotiation.": the
                    # talks ran from their opening to an agreement the page's signing cannot precede
                    d.kind, d.subject, d.bound = "talks", self.facts.title, "within"
                    d.start, d.start_span = opened.value, opened.span
                    self.facts.durations.append(d)
                continue
            # a range written with two ends; "for twenty-one years, retiring in the summer of 2509": a season is
            # one fuzzy point (the span's end), not the span
            rng = next((f for f in dates_after if isinstance(f.value, DateRange) and f.start - b < 40), None)
            if rng is not None and len(rng.parts) != 2:
                # "for six years from its outbreak in the spring of 1403 to the peace ... of 6 September 1407"
                later = [f for f in dates_after if f.start > rng.end]
                if re.search(r"\bfrom\b", text[b:rng.start]) and later:
                    d.start, d.end = rng.value, later[0].value
                    d.subject = self._sentence_subject(toks, guess=False)
                    self.facts.durations.append(d)
                    previous, previous_end = d, m.end()
                    continue
                rng = None  # the other readings below ("for N years, until the summer of 2509")
            if rng is not None and d.bound and not _BOUND_RANGE_JOIN.fullmatch(text, b, rng.start):
                continue  # "for more than thirty years, mediator in the war of 463–466": another thing's range
            if rng is not None:
                d.start, d.end = rng.value.start, rng.value.end
                d.subject = self._sentence_subject(toks, guess=False)
                self.facts.durations.append(d)
                if len(self.facts.durations):
                    previous, previous_end = d, m.end()
                continue
            m_from = re.match(r"\W*\s*from\b", after)
            if m_from and len(dates_after) >= 2 and _JOINS_A_RANGE.fullmatch(
                    text[dates_after[0].end:dates_after[1].start]):
                d.start, d.end = dates_after[0].value, dates_after[1].value
                d.subject = self._sentence_subject(toks, guess=False)
                self.facts.durations.append(d)
                previous, previous_end = d, m.end()
                continue
            if re.search(r"\blast(?:ed|s)\s*$", before) and len(dates_after) >= 2 \
                    and isinstance(dates_after[0].value, DateValue) and isinstance(dates_after[1].value, DateValue):
                # "The blockade, which lasted 14 months, began on D and was lifted on D'": its two ends
                opening, closing = _span_ends_after_lasted()
                low = text.lower()
                if opening.fullmatch(low, b, dates_after[0].start) \
                        and closing.fullmatch(low, dates_after[0].end, dates_after[1].start):
                    d.start, d.end = dates_after[0].value, dates_after[1].value
                    d.subject = self._sentence_subject(toks, guess=False)
                    self.facts.durations.append(d)
                    previous, previous_end = d, m.end()
                    continue
            if len(dates_before) >= 2 and (ends := _ends_before_lasted(text, dates_before[-2], dates_before[-1], a)):
                # "The blockade, which began on D, when the river froze, and ended on D', lasted eighty-one days":
                # the two ends the sentence told before what lasted
                d.start, d.end = ends
                d.subject = self._sentence_subject(toks, guess=False)
                self.facts.durations.append(d)
                previous, previous_end = d, m.end()
                continue
            m_until = re.match(r"[\s,]*(?:until|till|to|up to)\b", after)
            if m_until and dates_after:
                end = dates_after[0]
                start = dates_before[-1] if dates_before else sent.lead_date
                # the last date of the sentence right before, or of the paragraph right before when this one opens
                told = sent.prev_date if sent.prev_adjacent else \
                    sent.prev_block_date[1] if sent.first and sent.prev_block_date else None
                if start is None and told is not None \
                        and isinstance(told.value, DateValue) and isinstance(end.value, DateValue) \
                        and (re.match(r"\W*(?:he|she|they|it)\s+(?:was|were)\s+(?:then\s+)?[a-z]+\s+(?:for\s+)?$", before)
                             or _HELD_OUT_FOR.search(before)):
                    # "... arrested on 4 March 1660. He was held for nineteen months, until ... on 12 April 1661":
                    # a state the sentence before opened, told as lasting up to its end; "... seized the mill on
                    # D. They held it for nineteen days, until ...", "... was besieged from D. The garrison held
                    # out for eleven days, until ...": a hold of what the sentence before seized or invested
                    start = told
                if start is not None and start is not end:
                    d.start, d.end = start.value, end.value
                    self.facts.durations.append(d)
                    continue
            if part:
                continue  # what the part measures is not the whole's span, nor the page's
            lasted = _LASTED_AFTER.match(seg, m.end())
            if lasted:
                # "In the four years, seven months and fourteen days it lasted, the war ...": the span of
                # what lasted: "the siege" named before "lasted", else what "it" points ahead to
                named = lasted.group("what") is not None
                lasted_end = sent.start + lasted.end()
                subj = self._sentence_subject([t for t in toks if (b <= t.start < lasted_end) == named
                                               and t.start >= b], guess=not named)
                if subj:
                    d.kind = "life-of"
                    d.subject = subj
                    self.facts.durations.append(d)
                    previous, previous_end = d, m.end()
                continue
            headed = self._headed_span(before, dates_after) if not dates_before else None
            if headed is not None:
                # "## Regency (1502–1511)" ... "Her regency lasted eleven years and ended on 15 August 1511"
                d.start, d.end = headed
                self.facts.durations.append(d)
                previous, previous_end = d, m.end()
                continue
            topic_span = self._page_span_of(seg, m, before) if not dates_after and not dates_before else None
            if topic_span is not None:
                # "the treaty ended eight years and five months of war" on the war's page: its whole span
                d.kind, d.subject = "life-of", topic_span
                self.facts.durations.append(d)
                previous, previous_end = d, m.end()
                continue
            noun_of = _NOUN_OF_SPAN.search(before) if not dates_before else None
            if noun_of is not None and noun_of.group(1) == self._title_head_noun():
                # "After a siege of over eleven months, the provost surrendered" on the siege's page: its whole span
                d.kind, d.subject = "life-of", self.facts.title
                self.facts.durations.append(d)
                previous, previous_end = d, m.end()
                continue
            if noun_of is not None and not (dates_after and not re.search(r"[,;:]", text[b:dates_after[0].start])) \
                    and (named := self._named_stretch(noun_of.group(1))):
                # "Thus, after a siege of eleven weeks" on the page whose lead calls its subject the siege, or
                # after "The siege lasted from 4 March to 28 May 1644": the one stretch the noun names
                if named == "page":
                    d.kind, d.subject = "life-of", self.facts.title
                else:
                    d.start, d.end = named
                self.facts.durations.append(d)
                previous, previous_end = d, m.end()
                continue
            verb = _lasted_before().search(before) if not dates_after else None
            opened_from = None
            if verb is not None and dates_before:
                # "From the first cases in March 1702 to the last burial the epidemic lasted ...": the span
                # opens on the one date of a "from" phrase, and ends where the subject's own end is told
                opened_from = dates_before[0] if len(dates_before) == 1 and isinstance(dates_before[0].value, DateValue) \
                    and re.search(r"\bfrom\b", text[sent.start:dates_before[0].start], re.I) else None
                if opened_from is None:
                    verb = None
            if verb is not None:
                # "The feud had lasted 3 years ...", "the siege, which went on for four months": the span
                # of what lasted, named before the verb ("In a fierce battle lasting ten days, the American
                # lines ..." measures no state)
                verb_start = before_start + verb.start()
                if _part_of_before().search(text, sent.start, verb_start):
                    continue  # "the first period of the league lasted nineteen years": a part, not the whole
                if opened_from is None and _ENDS_IN_WORDS.search(text, sent.start, verb_start):
                    continue  # "its Guild years, from the outbreak to the peace, had lasted": the span those ends name
                subj = self._subject_right_before(toks, text, verb_start)
                if opened_from is not None and subj is None:
                    # "Counted from the call on D, the nationwide stoppage lasted N" on a strike's page: the clause
                    # after the from-phrase opens on the title's head noun or a word for it
                    comma = text.rfind(",", opened_from.end, verb_start)
                    subj = self._title_head_lasted(text[comma + 1:verb_start]) if comma >= 0 else None
                if opened_from is not None and subj is None:
                    continue
                subj = subj or self._what_lasted([t for t in toks if t.end <= a]) \
                    or self._title_head_lasted(text[sent.start:verb_start])
                if subj and opened_from is not None:
                    d.start = opened_from.value
                if subj:
                    # "his captaincy of the guard had lasted", "whose term lasted": a term of office, not a life
                    d.kind = "tenure" if _tenure_lasted().search(text, sent.start, verb_start) else \
                        "existence" if verb.group("exists") else "life-of"
                    d.subject = subj
                    self.facts.durations.append(d)
            if len(self.facts.durations) > count_before:
                previous, previous_end = self.facts.durations[-1], m.end()
        if len(self.facts.durations) > sentence_first:
            self._drop_loose_bounds(sentence_first, seg)

        # ages: "aged 63", "at the age of 58", "she was 81 when she died", "the nine-year-old Edric was crowned"
        for m in _AGE_RE.finditer(seg) if _may_tell_an_age(text, sent) else ():
            bare = m.group("n5")
            years = word_number(m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or bare or "")
            if years is None or _AGE_STAGE.search(seg, max(0, m.start() - 12), m.start()):
                continue  # "from the age of six she was raised": a stage of life, not an age at an event
            if bare and not (13 <= years <= 120):
                continue  # "on 3 May, at eleven, the bells rang": an hour, not an age
            clause = _clause_around(seg, m.start(), m.end()).lower()
            a, b = sent.start + m.start(), sent.start + m.end()
            end = None
            if m.group("n2"):
                # "was thirty when he fell from the walls on 3 May 1461": the age on the day the
                # clause gives (whoever's event it is); undated, only "when he died" tells the age at death
                dated = [f for f in sent.dates if f.start >= b and isinstance(f.value, DateValue)
                         and f.start - b <= 160 and not _AGE_CLAUSE_BREAK.search(text, b, f.start)]
                if dated:
                    kind, end = "age", dated[0].value
                elif m.group("died"):
                    kind = "age"
                else:
                    continue
            elif (told := self._date_beside_age(sent, text, a, b)) is not None:
                kind, end = "age", told  # "consecrated at the age of fifty, on 15 August 1712": the age that day
            elif bare:
                continue  # a bare "at sixty-one" is an age only right beside its date
            elif m.group("n3") and len(one := self._dated_for_age(sent, m)) == 1:
                # "in 1502 the nine-year-old Edric ...", "died on D, leaving the crown to his seven-year-old son,
                # Eirik": the age on the sentence's one date (another's death that day is not his)
                kind, end = "age", one[0].value
            elif _accession_cue().search(clause):
                kind = "age-at-accession"  # "crowned at the age of nine": born to the reign's start
            elif _AGE_AT_DEATH.search(_own_act(seg, m.start(), m.end()).lower()[
                    _own_act(seg, m.start(), m.end()).lower().find(m.group(0).lower()) if m.group("n3") else 0:]):
                # "the eighty-year-old abbot died": a death told after "N-year-old X" is X's own; one told
                # before it ("the king died, leaving his seven-year-old son") is another's
                kind = "age"
            elif m.group("n3") or m.group("n4"):
                dated = self._dated_for_age(sent, m)
                if len(dated) != 1:
                    continue
                # "in 1502 the nine-year-old Edric ...", "When ... in the autumn of 233, she was then nineteen
                # years old": the age on the sentence's one date
                kind, end = "age", dated[0].value
            else:
                continue
            subj = None
            if m.group("n3"):  # the name the adjective stands before ("the nine-year-old King Edric")
                subj = self._expand(next((t.value for t in toks if t.type == "NAME" and b <= t.start <= b + 24
                                          and isinstance(t.value, str)), None))
                if not subj and not _AGE_OF_SUBJECT.search(seg, max(0, m.start() - 24), m.start()):
                    continue  # "leaving the duchy to his seven-year-old grandson": someone else's age
            if m.group("n4"):
                # "..., she was then nineteen years old": whose age it is stands right before "was"
                right_before = next((t for t in reversed(toks) if t.end <= a and t.type not in ("ADV", "HEDGE")), None)
                if right_before is None or right_before.type not in ("NAME", "PRON"):
                    continue
                names = self._resolve(right_before)
                subj = self._expand(names[0][0]) if len(names) == 1 else None
                if not subj:
                    continue
            if not subj and end is not None and (m.group("n") or bare):
                # "On the death of Bishop X the chapter chose him, and he was consecrated at the age of fifty,
                # on D": whose age it is, the clause's own subject
                lo = sent.start
                for br in _AGE_CLAUSE_BREAK.finditer(text, sent.start, a):
                    lo = br.end()
                # "killed with Kasimir Tolle on D, at the age of 35": a companion is not whose age it is
                # nor a place or a thing after a preposition ("died at Varnhold on D", "at his rooms in St Aldric's")
                clause_toks = [t for t in toks if lo <= t.start < a and not _COMPANION.search(text, max(0, t.start - 12),
                                                                                              t.start)
                               and not (t.type in ("NAME", "POSS") and _AGE_PLACE_BEFORE.search(text, max(0, t.start - 12), t.start))]
                pron = next((t for t in clause_toks if t.type in ("NAME", "PRON")), None)
                if pron is None:
                    # "Elected warden on D, at the age of forty-four, she was ...": the main clause's subject after it
                    pron = next((t for t in toks if t.type in ("NAME", "PRON") and t.start >= b
                                 and _AGE_THEN_SUBJECT.fullmatch(text, b, t.start)), None)
                    clause_toks = [pron] if pron is not None else []
                if pron is not None and pron.type == "PRON" and pron.value in ("he", "she") \
                        and self._biography_subject() and self.pronoun_of.get(self._biography_subject(), pron.value) == pron.value:
                    subj = self._biography_subject()  # on a person's page "he" ages as the page's person
                elif pron is not None and pron.type == "PRON" and pron.value in ("he", "she"):
                    names = self._resolve(pron)  # "He died at his rooms in St Aldric's on D, aged 73": the one he is
                    subj = self._expand(names[0][0]) if len(names) == 1 else None
                else:
                    subj = self._sentence_subject(clause_toks, guess=False)
            if not subj and self.heading_person and toks[0].type == "VERB":
                # "Commanded Dorun 5; killed ..., at the age of 35" under "### Vilem Aster (1932–1970)": an item
                # opening with its verb tells of the section's person
                subj = " ".join(self.heading_person)
            subj = subj or self._sentence_subject(toks)
            if not subj:
                continue
            self.facts.durations.append(StatedDuration(
                years=years, span=self.doc.block_span(sent.block, a, b), origin=sent.origin, subject=subj,
                text=seg[m.start("n4"):m.end()] if m.group("n4") else m.group(0), kind=kind, end=end))

    def _drop_loose_bounds(self, first: int, seg: str) -> None:
        """A bounded length ("lasted over three months") whose measure was guessed (neither the page's subject
        nor named in its sentence, "the battle" taken for the last battle named) is too loose a claim to check."""
        kept = self.facts.durations[:first]
        for d in self.facts.durations[first:]:
            if d.bound and d.start is None and d.end is None and d.subject != self.facts.title \
                    and (not d.subject or d.subject.split()[-1] not in seg):
                continue
            kept.append(d)
        if len(kept) != len(self.facts.durations):
            self.facts.durations[:] = kept

    @staticmethod
    def _dated_for_age(sent: _Sentence, m) -> list:
        """The sentence's dates an "N-year-old" or "was then N years old" may be told on ("the autumn of 233")."""
        dated = [f for f in sent.dates if isinstance(f.value, DateValue) or m.group("n4") and (
            isinstance(f.value, DateRange) and f.value.start.year == f.value.end.year)]
        # "on 19 January 1744 ... On the same day": one day told twice is one date
        return [f for i, f in enumerate(dated) if all(g.value != f.value for g in dated[:i])]

    @staticmethod
    def _date_beside_age(sent: _Sentence, text: str, a: int, b: int) -> DateValue | None:
        """The date an "aged N" / "at the age of N" is told beside, nothing but a preposition between
        ("at the age of fifty, on 15 August 1712"; "In 1108, at the age of fifteen, ..."): the age that day."""
        for f in sent.dates:
            if not isinstance(f.value, DateValue):
                continue
            if (f.start >= b and _AGE_DATE_AFTER.fullmatch(text, b, f.start)) or \
                    (f.end <= a and _AGE_DATE_BEFORE.fullmatch(text, f.end, a)):
                return f.value
        return None

    def _flanking_ends(self, sent: _Sentence, text: str, a: int, b: int, dates_before: list[FoundDate],
                       dates_after: list[FoundDate]) -> tuple | None:
        """(start, end) of a length told between the dates of its own two ends: an opening word just
        before the first date, a closing or arrival word before the last, and the length either lasting
        from the first ("opened ... in D, lasted N and ended ... in D'"; "set out on D and, after a crossing
        that lasted N, reached X on D'"), restated right after the last ("opened on D and continued until
        D', N days in all"), or lasting for what the sentence before opened ("The Marsh Revolt began on D.
        The revolt, which lasted N, was crushed ... on D'"). Any other date between is another span's."""
        opening, closing = _span_cues()
        point = lambda f: isinstance(f.value, (DateValue, DateRange))
        if len(dates_before) >= 2 and (_SPAN_RESTATED.fullmatch(text, dates_before[-1].end, a)
                                       or _RESTATED_AS_LASTING.fullmatch(text, dates_before[-1].end, a)):
            # "opened on D and ended ... on D'; in all it lasted N", "drifted from D until she was released on D',
            # after N days": the two ends, then their length
            first, last = dates_before[-2], dates_before[-1]
            if point(first) and point(last) and (
                    _opened_right_before(opening, text, max(sent.start, first.start - 60), first.start) is not None
                    or _FROM_RIGHT_BEFORE.search(text, max(sent.start, first.start - 12), first.start)) \
                    and _closes_between(closing, text, first.end, last.start):
                return first.value, last.value
        if not dates_after or not point(dates_after[0]) or not _closes_between(closing, text, b, dates_after[0].start):
            return None
        last = dates_after[0]
        if dates_before:
            first = dates_before[-1]
            if point(first) and _LASTS_FROM_DATE.fullmatch(text, first.end, a) \
                    and _opened_right_before(opening, text, max(sent.start, first.start - 60), first.start):
                return first.value, last.value
            return None
        noun = _THE_NOUN_LASTED.fullmatch(text, sent.start, a)
        told = sent.prev_block_date if sent.first else (sent.block, sent.prev_date, ()) if sent.prev_adjacent else None
        if noun is None or told is None or told[1] is None or not point(told[1]):
            return None
        block, first = told[0], told[1]
        opened = _opened_right_before(opening, block.text, max(0, first.start - 60), first.start)
        if opened is None or not re.search(rf"\b{re.escape(noun.group(1))}\b", block.text[max(0, first.start - 160):opened], re.I):
            return None  # the sentence before opened something else
        return first.value, last.value

    def _until_end_restated(self, sent: _Sentence, text: str, a: int, dates_before: list[FoundDate],
                            dates_after: list[FoundDate]) -> tuple | None:
        """(start, end) of a length restated after the one day a state lasted "until": "She remained fast there until
        D', a wintering of N days" after "was frozen in at X on D." (the sentence right before, its last day), "The
        blockade was maintained until D', a total of N days" after "... began the blockade of X" on D (the last day
        a sentence began a stretch of that noun on, anywhere before). The sentence has no other day."""
        if len(dates_before) != 1 or dates_after or not isinstance(dates_before[0].value, DateValue):
            return None
        last = dates_before[0]
        if not (_SPAN_RESTATED.fullmatch(text, last.end, a) or _RESTATED_AS_LASTING.fullmatch(text, last.end, a)) \
                or not _UNTIL_RIGHT_BEFORE.search(text, max(sent.start, last.start - 12), last.start):
            return None
        noun = _NOUN_OPENS.match(text, sent.start, last.start)
        begun = [v for v in self.begun_stretches.get(noun.group(1).casefold(), ()) if v.valid] if noun else []
        if begun:
            return begun[-1], last.value
        told = sent.prev_date if sent.prev_adjacent else \
            sent.prev_block_date[1] if sent.first and sent.prev_block_date else None
        if told is None or not isinstance(told.value, DateValue) or told.value.precision != "day" \
                or re.search(r"\b(?:from|since|between)\s+(?:the\s+)?$", text[max(sent.start, last.start - 60):last.start], re.I):
            return None
        return told.value, last.value

    def _headed_span(self, before: str, dates_after: list[FoundDate]):
        """(start, end) for "<the/her> <noun> lasted N" under a heading that names the noun with a range:
        the heading's range, its end replaced by a day the sentence gives ("... and ended on D")."""
        heading = self.heading_span
        m = _NOUN_LASTED.search(before)
        if heading is None or m is None or not re.search(rf"\b{re.escape(m.group(1))}\b", heading[0]):
            return None
        rng = heading[1].value
        ends = [f for f in dates_after if isinstance(f.value, DateValue)]
        end = ends[0].value if len(ends) == 1 else rng.end
        return rng.start, end

    def _subject_right_before(self, toks: list[Tok], text: str, verb_start: int) -> str | None:
        """The name or page topic standing right before "lasted" ("... to the last burial the epidemic
        lasted"): the clause's subject, even when another name opened the sentence ("at Oxley")."""
        last = next((t for t in reversed(toks) if t.end <= verb_start), None)
        if last is None or last.type not in ("NAME", "TOPIC", "EVENT") or not isinstance(last.value, str) \
                or not re.fullmatch(r"[\s,]*(?:(?:which|that)\s+)?(?:(?:had|has)\s+)?", text[last.end:verb_start]) \
                or re.search(r"\bof\s+(?:the\s+)?$", text[max(0, last.start - 12):last.start], re.I):
            return None  # "her command of the Guild had lasted": the name completes the subject, is not it
        return self._expand(last.value)

    def _page_span_of(self, seg: str, m: re.Match, before: str) -> str | None:
        """The page subject for "ended eight years of war" on a war's page: a span "of" the page's own
        kind of thing, after a verb that closes it (prose.yaml `span_closing_words`); "after three years
        of war" measures only the time up to that sentence."""
        noun = re.match(r"\s+of\s+([a-z]+)\b", seg[m.end():m.end() + 30])
        if noun is None or not _span_closing_before().search(before):
            return None
        low = noun.group(1).lower()
        kinds = self.lex.topic_nouns.get(low) or ()
        title = self.facts.title
        if not kinds or not title:
            return None
        if any(re.search(rf"\b{re.escape(k)}\b", title.lower()) for k in kinds) or not self.page_kind_words.isdisjoint(kinds):
            return title
        return None

    def _what_lasted(self, before: list[Tok]) -> str | None:
        """The subject of "lasted": a name before the verb, or an event's name just before it."""
        subj = self._sentence_subject(before, guess=False)
        if subj:
            return subj
        words = [t for t in before if t.type != "OTHER" or t.value is not None
                 or t.text.lower() not in ("lasted", "lasting", "had", "has", "have")]
        return words[-1].value if words and words[-1].type == "EVENT" else None

    def _title_head_noun(self) -> str | None:
        """The page title's head noun, lower-cased: its word before "of" ("Siege of Harl" -> siege), else its last."""
        words = (self.facts.title or "").split()
        if len(words) < 2:
            return None
        lows = [w.lower() for w in words]
        return lows[lows.index("of") - 1] if "of" in lows[1:] else lows[-1]

    def _named_stretch(self, noun: str, page: bool = True):
        """What "a <noun> of N weeks" measures, told by no date of its own: "page" when the lead says the page
        subject is one ("The Fall of X was the siege and destruction of ..."), else the one stretch a sentence
        opening on the noun dated earlier in the document, else None."""
        if page and noun in self.lead_kind_words:
            return "page"
        told = {(str(s), str(e)): (s, e) for s, e, _ in self.told_stretches.get(noun, ())}
        return next(iter(told.values())) if len(told) == 1 else None

    def _title_head_lasted(self, clause: str) -> str | None:
        """"The blockade, which lasted 40 days" on the page "Tollan Blockade": a sentence opening on the
        page title's head noun (its last word, or its first before "of") means the page subject."""
        title = self.facts.title or ""
        words = title.split()
        if len(words) < 2:
            return None
        head = self._title_head_noun()  # "Thatchers' Walkout of Ebbrel" -> walkout
        m = re.match(r"\s*(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:([a-z]+)\s+)?([a-z]+)\b", clause)  # a common noun, not
        if m is None:                                                                 # "The Battle of X"
            return None
        if m.group(1) and m.group(1) not in self.lex.topic_modifiers:
            m = re.match(r"\s*(?:[Tt]he|[Tt]his|[Tt]hat)\s+([a-z]+)\b", clause)
            low = m.group(1).lower()
        else:
            low = m.group(2).lower()  # "the nationwide stoppage"
        if low == head.lower() or not self.lead_kind_words.isdisjoint(self.lex.topic_nouns.get(low) or ()):
            return title  # "The plague, which lasted" on the page whose lead calls it "an epidemic of fever"
        if m.group(0).lstrip()[:4].lower() == "the " and low in (self.lex.topic_nouns.get(head.lower()) or ()):
            return title  # "the stoppage" on the page of a strike (topic_nouns: strike: [strike, stoppage, ...])
        return None

    def _untitled(self, name: str) -> str:
        """"Reeve Aldo Wyne" -> "Aldo Wyne": a title the document's tables of holders list (prose.yaml titles
        are taken off by the tokens already)."""
        for title in self.table_titles:
            if name.startswith(title + " "):
                return name[len(title) + 1:]
        return name

    def _sentence_subject(self, toks: list[Tok], guess: bool = True) -> str | None:
        """Who the sentence is about, with a one-word name made the full name the document gave."""
        return self._expand(self._sentence_subject_as_written(toks, guess))

    def _sentence_subject_as_written(self, toks: list[Tok], guess: bool = True) -> str | None:
        first = self._find_first_subject(_collapse_name_runs([t for t in toks if t.type != "DATE"]))
        if first:
            return first[0][0]
        for t in toks:
            if t.type == "POSS":
                owner = self._owner(t)
                if owner:
                    return owner[0]
            if t.type in ("NAME", "TOPIC", "PRON", "DEMNP"):
                names = self._resolve(t)
                if names:
                    return names[0][0]
        if not guess:
            return None
        return self.last_subjects[0] if self.last_subjects else None

    # -------------------------------------------------------- relative dates

    def _relative_dates(self, sent: _Sentence, toks: list[Tok]) -> None:
        text = sent.block.text
        if not _may_contain(text, sent, _RELATIVE_WORDS, _RELATIVE_HINT):
            return  # every _RELATIVE_RE match contains one of these words
        seg = text[sent.start:sent.end]
        for m in _RELATIVE_RE.finditer(seg):
            a, b = sent.start + m.start(), sent.start + m.end()
            next_unit = None
            # "six weeks earlier, on D", "the day before, D": counted back from the anchor
            backward = bool(m.group("earlier") or m.group("back") or m.group("back_unit") or m.group("prev_event"))
            if backward and not m.group("prev_event") and (not _PLUPERFECT.search(seg) or _THAN.search(seg, m.end())):
                continue  # "it was ordered to commence one day earlier, on 6 May (than planned)": not a flashback
            if m.group("back"):
                next_unit = "day"
                off = StatedDuration(days=1, text=m.group(0))
            elif m.group("next_event"):
                # "he won the seat at the following general election, in 1929": the next such event, so after the
                # date the sentence told before, by any length ("the previous election, in D": before it)
                if m.group("event_noun").casefold() not in _anchor_event_nouns():
                    continue
                next_unit = "event"
                off = StatedDuration(days=1, text=m.group(0))
            elif m.group("back_unit"):  # "the previous winter, in 411, he had cleared the pass": the unit before
                next_unit = m.group("unit_back").lower()
                off = StatedDuration(days=1, text=m.group(0))
            elif m.group("next"):
                next_unit = (m.group("unit_next") or m.group("unit_after") or "day").lower()
                off = StatedDuration(days=1, text=m.group(0))
            elif m.group("num").casefold() in _vague_counts():
                # "Some years later, in 1263": no figure, only a direction; at least about one unit on
                if m.group("bare"):
                    continue  # "some years after the war": counted from an event, too loosely to place
                off = _duration(f"one {m.group('unit').rstrip('s')}")
                if off is None:
                    continue
                off.bound = "at-least"
            else:
                num = m.group("num")
                before = seg[max(0, m.start() - 12):m.start()].lower()
                rounded = _rounded_before().search(before) is not None
                if not rounded and _approximate_before().search(before):
                    continue
                off = _duration(f"{num} {m.group('unit')}")
                if off is None:
                    continue
                off.approximate = rounded
            after = m.end("bare") if m.group("bare") else m.end("after") if m.group("after") else -1
            named, told_in_clause, event_named = None, None, ""
            if after >= 0 and _NAMES_ITS_ANCHOR.match(seg, after):
                # "five days after Jubilee", "a day after their capture of X": counted from an event, whose
                # date is known only when an earlier sentence of the section opened with it and dated it
                noun = _EVENT_NOUN_ANCHOR.match(seg, after)
                named = self.dated_event_nouns.get(noun.group(1).casefold()) if noun else None
                if named is None:
                    named = self._possessed_event_anchor(seg, after, toks)
                if named is None and noun is not None:
                    named = self._topic_event_anchor(noun.group(1))
                if named is None and (own := _ITS_EVENT_NOUN.match(seg, after)) is not None:
                    named = self._topic_event_anchor(own.group(1))  # "thirty years after its founding"
                if named is None and noun is not None:
                    named = self._section_event_anchor(noun.group(1))
                if named is None:
                    named = self._field_event_anchor(seg, after)  # "eleven days after the first case" ("First case:: D")
                if named is None:
                    told_in_clause = self._anchor_told_in_clause(sent, seg, after)
                    named = (told_in_clause.value, self.doc.block_span(sent.block, told_in_clause.start, told_in_clause.end)) \
                        if told_in_clause is not None else self._verb_dated_before(sent, seg, after) \
                        or self._noun_dated_before(sent, seg, after)
                if named is None and noun is not None and (event_named := self._named_event_before(sent, noun.group(1))):
                    named = (None, None)  # "three weeks after the coup" of "the coup in Corvello" a page before dates
                if named is None:
                    continue
            off.text = m.group(0) if told_in_clause is None else seg[m.start():after]  # "ten days after"
            off.span = self.doc.block_span(sent.block, a, b)
            off.origin = sent.origin
            # the stated date: the date right after (", on D") or right before ("On D, ... later")
            stated = next((f for f in sent.dates if f.start >= b and f is not told_in_clause
                           and (f.start - b <= 12 and not _NEW_CLAUSE_BETWEEN.search(text, b, f.start)
                                or _PLACE_THEN_DATE.fullmatch(text, b, f.start))), None)
            if stated is None:
                # not across a semicolon: "ships came on 2 March; the next day ..." counts from 2 March
                stated = next((f for f in reversed(sent.dates) if f.end <= a and a - f.end <= 4
                               and ";" not in text[f.end:a]), None)
            coarse = named is not None and not (off.days or off.weeks or off.total_days)
            if stated is None and coarse:
                # "Thirty years after its founding, the club won its first title in 1913": an offset in years
                # or months from a named moment dates its own clause, whose date may come late in it
                stated = next((f for f in sent.dates if f.start >= b and not _CLAUSE_ENDS_BETWEEN.search(text, b, f.start)), None)
            if stated is None and named is not None and named[0] is not None and not coarse:
                told = self._statement_told_elsewhere(sent, toks, sent.start + after)
                if told is not None:
                    # "A fortnight after her coronation the queen married X": the marriage's own date, told
                    # in a field or an earlier sentence, is the one the offset must land on
                    owned = _POSSESSED_EVENT.match(seg, after)
                    off.text = seg[m.start():owned.end() if owned else after]  # "A fortnight after her coronation"
                    self.facts.relative_dates.append(RelativeDate(
                        anchor=named[0], anchor_span=named[1], offset=off, stated=told.date,
                        stated_span=told.date_span, text=text[a:b], next_unit=next_unit))
                continue
            if stated is None or isinstance(stated.value, DateRange):
                continue
            if named is not None:
                if not isinstance(stated.value, DateValue) or (stated.value.day is None and not (
                        coarse and (stated.value.month is not None or not off.months))):
                    continue  # a year is precise enough for "thirty years after", a month for "six months after"
                # counted from an event the page names but dates not: the World looks for its day on other pages
                (self.facts.relative_dates if named[0] is not None else self.facts.anchored_elsewhere).append(RelativeDate(
                    anchor=named[0], anchor_span=named[1], offset=off, stated=stated.value,
                    stated_span=self.doc.block_span(sent.block, stated.start, stated.end),
                    text=text[min(a, stated.start):max(b, stated.end)], next_unit=next_unit,
                    anchor_event=event_named if named[0] is None else ""))
                continue
            prev, earliest = None, False
            anchor = next((f for f in reversed(sent.dates) if f.end <= a and f is not stated), None) \
                if stated.start >= b else next((f for f in reversed(sent.dates) if f.end <= stated.start), None)
            if anchor is not None and _in_parentheses(text, anchor.start):
                outside = [f for f in sent.dates if f.end <= min(a, stated.start) and not _in_parentheses(text, f.start)]
                anchor = outside[-1] if outside else anchor
            if anchor is None:
                # a date of an earlier sentence anchors only from the sentence right before, and only when
                # it is the narrative's time, not a flashback ("supplies had already run out on 30 April.
                # The next day, 3 May, ...": the next day is counted from an undated event)
                prev = sent.prev_date if sent.prev_adjacent else None
                if prev is None and not backward and sent.prev_near and sent.lead_date is None:
                    # "a fire broke out on 2 November 1659 ... The Guild Hall was spared. Repairs began the
                    # following year": an undated sentence between may tell the moment counted from, but not
                    # one before the date it follows, so that date bounds the anchor from below
                    prev, earliest = sent.prev_date, True
                if prev is not None and _FLASHBACK.search(text, max(0, prev.start - 40), prev.start):
                    continue
                anchor = prev if backward else prev or sent.lead_date
            anchor_block, others = sent.block, ()
            if anchor is None and backward:
                continue  # counted back only from the sentence's own date or the one right before it
            if anchor is None and sent.prev_block_date is not None:
                # a paragraph's dates are weaker anchors than a sentence's: any of them may be the one counted
                # from ("The fleets met on 22 August. The logs, in the old calendar, say 11 August.\n\nThe
                # next morning, 23 August, ...")
                anchor_block, anchor, others = sent.prev_block_date
                if _FLASHBACK.search(anchor_block.text, max(0, anchor.start - 40), anchor.start):
                    continue
                prev = anchor
            if anchor is None and self.heading_day is not None and sent.first:
                # the first sentence of a paragraph of a section headed by one day, nothing dated before it
                anchor_block, anchor = self.heading_day
                prev = anchor
                if anchor.value == stated.value:
                    continue  # "== 15 June == ... the following morning (15 June)": the heading names the day told
            if anchor is None or anchor is stated:
                continue
            if anchor is not prev and _FLASHBACK.search(text, max(sent.start, anchor.start - 40), anchor.start):
                continue  # "they had done the same job before in December, ... the next day, 16 March"
            anchor_value = anchor.value.end if isinstance(anchor.value, DateRange) else anchor.value
            if anchor_value is None:
                continue
            if anchor is prev and (off.years or off.months) and not (off.days or off.weeks or off.total_days) \
                    and off.bound is None:  # "some years later" keeps only its direction from the date before
                # "the Labour Code of 1930 - eleven years later" after a sentence that ended on March 1921: a
                # length in years beside its own date restates it from the story's time, which any date the
                # paragraph told before, the page's fields or its title may be
                others = (*others, *(f for f in self._block_dates if f.end <= stated.start and f is not anchor),
                          *self._story_dates())
            self.facts.relative_dates.append(RelativeDate(
                anchor=anchor_value, anchor_span=self.doc.block_span(anchor_block, anchor.start, anchor.end),
                offset=off, stated=stated.value,
                stated_span=self.doc.block_span(sent.block, stated.start, stated.end),
                text=text[min(a, stated.start):max(b, stated.end)], next_unit=next_unit, backward=backward,
                earliest=earliest, other_anchors=tuple(f.value.end if isinstance(f.value, DateRange) else f.value
                                    for f in others if f is not anchor and f is not stated)))

    def _talks_opened(self, sent: _Sentence, before: str, after: str):
        """The day the section told the talks opened ("Talks opened in the station hotel on 29 October"), for an
        "after nine days of negotiation" that dates nothing itself: the DateMention, or None (two such days, the
        length not after "after", or the page's subject not a signed thing)."""
        if not re.search(r"\bafter\s+(?:some\s+|about\s+|only\s+|just\s+)?$", before) or not _TALKS_OF.match(after) \
                or not self.facts.title or not any(s.predicate == "sign" and name_key(s.subject) == name_key(self.facts.title)
                                                    for s in self.facts.statements):
            return None
        blocks = self.doc.blocks
        at = next((i for i, b in enumerate(blocks) if b is sent.block), None)
        if at is None:
            return None
        first = at
        while first > 0 and blocks[first - 1].kind is not BlockKind.HEADING:
            first -= 1
        found = []
        for block in blocks[first:at + 1]:
            stop = sent.start if block is sent.block else len(block.text)
            for m in _TALKS_OPENED.finditer(block.text, 0, stop):
                where = self.doc.block_span(block, m.start(), m.end())
                found += [x for x in self.facts.dates if x.span.path == where.path
                          and (x.span.line, x.span.column) >= (where.line, where.column)
                          and (x.span.end_line, x.span.end_column) <= (where.end_line, where.end_column)
                          and isinstance(x.value, DateValue) and x.value.precision == "day"]
        return found[0] if len(found) == 1 else None

    def _named_event_before(self, sent: _Sentence, noun: str) -> str:
        """"the coup in Corvello" told before "three weeks after the coup" on a page that dates no coup: the name of
        the event the bare noun stands for, which the World may find dated on another page ("" when the page names
        none, or two)."""
        if noun.casefold() not in _anchor_event_nouns():
            return ""
        pattern = re.compile(rf"\b[Tt]he\s+({re.escape(noun)}\s+(?:in|of|at|on)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")
        found: list[str] = []
        for block in self.doc.blocks:
            if block is sent.block:
                found += [m.group(1) for m in pattern.finditer(block.text, 0, sent.start)]
                break
            if block.kind in _PROSE_KINDS:
                found += [m.group(1) for m in pattern.finditer(block.text)]
        names = {f.casefold() for f in found}
        return found[-1] if len(names) == 1 else ""

    def _story_dates(self) -> list[FoundDate]:
        """The dates of the page's title and fields ("Tarrow Mill Strike of 1919", "start_date: 1919-04-02"):
        the story's own time, which a length in years told later in the page may be counted from."""
        found = getattr(self, "_story_dates_memo", None)
        if found is None:
            found = [f for b in self.doc.blocks if b.kind is BlockKind.FIELD for f in find_dates(b.text, DateContext())]
            found += find_dates(self.doc.title or "", DateContext())
            self._story_dates_memo = found
        return found

    def _statement_told_elsewhere(self, sent: _Sentence, toks: list[Tok], at: int):
        """The one day-dated statement, told before this sentence, of the act an undated offset clause
        tells ("a fortnight after her coronation the queen married X" -> her marriage of the infobox): the
        clause's first verb after the offset, its predicate, of the sentence's subject."""
        if any(t.type == "DATE" for t in toks):
            return None
        wanted = set()
        for t in toks:
            if t.start < at or t.type not in ("VERB", "OTHER"):
                continue
            # "the queen married": a verb the word classes left a plain word after a noun
            wanted = set(t.value) if t.type == "VERB" and t.value else {
                p for words, kind, plist in self.lex.phrases.get(t.lower, ()) if kind == "VERB" and words == (t.lower,)
                for p in plist}
            if wanted:
                break
        wanted &= _ANCHOR_PREDICATES
        subject = self._sentence_subject(toks, guess=False) if wanted else None
        if not subject:
            return None
        key = name_key(subject)
        told = [st for st in self.facts.statements if st.predicate in wanted and not st.negated
                and (name_key(st.subject) == key or st.predicate == "marriage" and st.object and name_key(st.object) == key) and st.date_span is not None and isinstance(st.date, DateValue)
                and st.date.day is not None]
        return told[0] if len({str(st.date) for st in told}) == 1 else None

    def _anchor_told_in_clause(self, sent: _Sentence, seg: str, at: int) -> FoundDate | None:
        """ "on 21 June, ten days after the first flood-mark was cut on the gauge on 2 June": the event
        counted from is dated inside the same clause, after the words that name it."""
        start = sent.start + at
        text = sent.block.text
        inner = next((f for f in sent.dates if f.start >= start), None)
        if inner is None or inner.start - start > 160 or re.search(r"[,;:()]", text[start:inner.start]) \
                or not isinstance(inner.value, DateValue) or inner.value.day is None:
            return None
        return inner

    def _verb_dated_before(self, sent: _Sentence, seg: str, at: int) -> tuple[DateValue, Span] | None:
        """ "three days after the battle opened": counted from the day an earlier sentence of the paragraph
        gives that verb ("It opened on 11 August 1942")."""
        m = _EVENT_NOUN_VERB_ANCHOR.match(seg, at)
        if m is None:
            return None
        text = sent.block.text
        told = re.compile(rf"\b{re.escape(m.group(2).lower())}\s+(?:on|in)\s+$")
        for f in reversed(self._block_dates):
            if f.end <= sent.start and isinstance(f.value, DateValue) and f.value.day is not None \
                    and told.search(text[max(0, f.start - 30):f.start].lower()):
                return f.value, self.doc.block_span(sent.block, f.start, f.end)
        return self._topic_verb_anchor(m.group(1), _VERB_TOPIC_PREDICATE[m.group(2).lower()])

    def _noun_dated_before(self, sent: _Sentence, seg: str, at: int) -> tuple[DateValue, Span] | None:
        """ "three years after his expulsion" after a sentence of the paragraph that dated it ("by the time of his
        expulsion in 609"): the one date an earlier sentence of the block writes right after that noun."""
        m = _OWNED_NOUN_ANCHOR.match(seg, at)
        if m is None:
            return None
        text = sent.block.text
        told = re.compile(rf"\b{re.escape(m.group(1).lower())}\s+(?:in|on)\s+(?:the\s+year\s+)?$")
        days = [f for f in self._block_dates if f.end <= sent.start and isinstance(f.value, DateValue)
                and told.search(text[max(0, f.start - 40):f.start].lower())]
        if len({str(f.value) for f in days}) != 1:
            return None  # never dated so, or dated twice: no one moment to count from
        return days[-1].value, self.doc.block_span(sent.block, days[-1].start, days[-1].end)

    def _topic_verb_anchor(self, noun: str, predicate: str) -> tuple[DateValue, Span] | None:
        """ "two days after the battle had opened" on the page of the Battle of X, no sentence before saying when
        it opened: the one day the page gives its subject's start (its end for "closed", "ended")."""
        title = self.facts.title
        if not title or title.split(None, 1)[0].casefold() != noun.casefold():
            return None
        return self._title_day((predicate,))

    def _possessed_event_anchor(self, seg: str, at: int, toks: list[Tok]) -> tuple[DateValue, Span] | None:
        """ "six weeks after his father's death", "a month after Maud's coronation", "after her death": the
        day-dated statement of this document the words point at. "his/her <noun>" is the sentence
        subject's own; "his <kin>'s <noun>" the latest one told before of someone else; "<Name>'s" that
        name's."""
        m = _POSSESSED_EVENT.match(seg, at)
        if m is None:
            return None
        wanted = {p for words, kind, plist in self.lex.phrases.get(m.group("noun").lower(), ())
                  if kind == "NOM" and words == (m.group("noun").lower(),) for p in plist} & _ANCHOR_PREDICATES
        if not wanted:
            return None
        if m.group("title"):
            return self._titled_event_anchor(m.group("title"), wanted)
        own = m.group("owner").lower() in self.lex.possessives
        subject = self._sentence_subject(toks) if own else self._expand(m.group("owner"))
        key = name_key(subject) if subject else None
        for st in reversed(self.facts.statements):
            if st.predicate not in wanted or not isinstance(st.date, DateValue) or st.date.day is None \
                    or st.negated or st.date_span is None:
                continue
            same = key is not None and name_key(st.subject) == key
            if same if (not own or not m.group("kin")) else not same:
                return st.date, st.date_span
        if own and not m.group("kin"):
            # "A fortnight after her coronation the queen married X": "her" is no one the sentence names, so the
            # one person whose coronation the page's own fields date
            fielded = [st for st in self.facts.statements if st.predicate in wanted and st.origin in _FIELD_ORIGINS
                       and not st.negated and st.date_span is not None and isinstance(st.date, DateValue)
                       and st.date.day is not None]
            if len({name_key(st.subject) for st in fielded}) == 1 and len({str(st.date) for st in fielded}) == 1:
                return fielded[0].date, fielded[0].date_span
        return None

    def _titled_event_anchor(self, title: str, wanted: set[str]) -> tuple[DateValue, Span] | None:
        """ "ten days after the duke's death": the day-dated moment of the one this section told last whose
        name carries the title ("Duke Arven"), else of the one the section told last at all."""
        start = getattr(self, "section_first_statement", 0)
        told = [st for st in self.facts.statements[start:] if st.predicate in wanted and not st.negated
                and st.date_span is not None and isinstance(st.date, DateValue) and st.date.day is not None]
        titled = [st for st in told if title.casefold() in st.subject.casefold().split()]
        st = (titled or told or [None])[-1]
        return (st.date, st.date_span) if st is not None else None

    def _topic_event_anchor(self, noun: str) -> tuple[DateValue, Span] | None:
        """ "some six weeks after the founding": an unowned event noun of the page subject's own life (its
        founding, dissolution, outbreak, end), counted from the one day this document gives it."""
        wanted = {p for words, kind, plist in self.lex.phrases.get(noun.lower(), ())
                  if kind == "NOM" and words == (noun.lower(),) for p in plist} & _TOPIC_ANCHOR_PREDICATES
        return self._title_day(wanted) if wanted else None

    def _title_day(self, wanted) -> tuple[DateValue, Span] | None:
        """The one day this document gives the page subject's statements of the `wanted` predicates."""
        title = self.facts.title
        if not title:
            return None
        key = name_key(title)
        found = [st for st in self.facts.statements
                 if st.predicate in wanted and not st.negated and st.date_span is not None
                 and isinstance(st.date, DateValue) and st.date.day is not None and name_key(st.subject) == key]
        if not found or len({str(st.date) for st in found}) != 1:
            return None  # never stated, or stated twice differently: no one day to count from
        return found[0].date, found[0].date_span

    def _section_event_anchor(self, noun: str) -> tuple[DateValue, Span] | None:
        """ "three days after the execution": the event noun of a moment this section told last with a
        day ("on 9 May he was hanged" -> death), when no sentence opened with the noun itself."""
        wanted = {p for words, kind, plist in self.lex.phrases.get(noun.lower(), ())
                  if kind == "NOM" and words == (noun.lower(),) for p in plist} & _ANCHOR_PREDICATES
        if not wanted:
            return None
        start = getattr(self, "section_first_statement", 0)
        for st in reversed(self.facts.statements[start:]):
            if st.predicate in wanted and not st.negated and st.date_span is not None \
                    and isinstance(st.date, DateValue) and st.date.day is not None:
                return st.date, st.date_span
        return None

    def _place_happenings(self, sent: _Sentence) -> None:
        """"the landing at Skarth on 2 October 1688", a caption's "Dragoons landing at Skarth, 12 October 1688"."""
        if not sent.dates:
            return
        block = sent.block
        caption = sent.origin is Origin.CAPTION
        found = [(happening_name(happening, self._expand(place) or place), at, f)
                 for happening, place, at, f in place_happenings(block.text, sent.start, sent.end, sent.dates, caption)]
        if sent.first and sent.lead_date is not None:  # a chronicle entry's own event: "**1688** — The Great Flood"
            opening = opening_event(block.text, sent.lead_date.end, sent.end)
            if opening is not None:
                found.append((opening[0], opening[1], sent.lead_date))
        found += events_of_year(block.text, sent.start, sent.end, sent.dates)
        self._dated_names(sent)
        for name, at, f in found:
            if not isinstance(f.value, DateValue):
                continue
            span = sent.span
            if span is None:
                span = sent.span = self.doc.block_span(block, sent.start, sent.end)
            self.facts.statements.append(Statement(
                subject=name, predicate="happen", object=None, date=f.value, span=span,
                date_span=self.doc.block_span(block, f.start, f.end), origin=sent.origin,
                text=_words(block.text[at:f.end]), event=name))
        for name, at, f in taken_places(block.text, sent.start, sent.end, sent.dates):
            # "occur": meets only a table's row of the taking ("Capture of Corvello | 27 October 1912")
            self.facts.statements.append(Statement(
                subject=name, predicate="occur", object=None, date=f.value,
                span=sent.span or self.doc.block_span(block, sent.start, sent.end),
                date_span=self.doc.block_span(block, f.start, f.end), origin=sent.origin,
                text=_words(block.text[at:f.end]), event=name))
        links = block.attrs.get("links") if block.attrs else None
        for name, at, f in linked_occasions(block.text, sent.start, sent.end, sent.dates, links):
            if isinstance(f.value, DateValue):  # "occur": meets only the event's table row (single_value)
                self.facts.statements.append(Statement(
                    subject=name, predicate="occur", object=None, date=f.value,
                    span=sent.span or self.doc.block_span(block, sent.start, sent.end),
                    date_span=self.doc.block_span(block, f.start, f.end), origin=sent.origin,
                    text=_words(block.text[at:f.end]), event=name))

    def _dated_names(self, sent: _Sentence) -> None:
        """"the Battle of Muirsk Sound (4–5 May 1702)": the event's own date, written beside its name
        (predicate "dated": compared only with the event's own dates elsewhere, see single_value)."""
        block = sent.block
        for name, at, f, labelled in named_event_dates(block.text, sent.start, sent.end, sent.dates):
            if isinstance(f.value, (DateValue, DateRange)):
                self.facts.statements.append(dated_name_statement(self.doc, block, name, at, f, sent.origin, labelled))
        if sent.origin is Origin.PROSE:
            links = block.attrs.get("links") if block.attrs else None
            for name, at, f in day_at_fight(block.text, sent.start, sent.end, sent.dates, links):
                self.facts.statements.append(dated_name_statement(self.doc, block, name, at, f, sent.origin))

    def _field_event_anchor(self, seg: str, at: int) -> tuple[DateValue, Span] | None:
        """"eleven days after the first case, on D" on a page whose field "First case:: 12 June 1503" dates it: the
        words after "the" are the field's name (one to three words, the clause ending there), its value one day."""
        m = _FIELD_ANCHOR.match(seg, at)
        if m is None:
            return None
        fields = self._dated_fields
        if fields is None:
            fields = self._dated_fields = {}
            for block in self.doc.blocks:
                if block.kind is not BlockKind.FIELD or not block.raw_key or not any(c.isdigit() for c in block.text):
                    continue
                label = " ".join(re.findall(r"[^\W\d_]+", block.raw_key.casefold()))
                days = [f for f in find_dates(block.text, DateContext()) if isinstance(f.value, DateValue)]
                if len(days) == 1 and days[0].value.day is not None and label:
                    fields[label] = None if label in fields else (days[0].value,
                                                                   self.doc.block_span(block, days[0].start, days[0].end))
        return fields.get(" ".join(m.group(1).casefold().split()))

    def _note_dated_event_noun(self, sent: _Sentence) -> None:
        """"The truce began at dawn on 4 August 1689": the sentence opens with an event noun and
        gives one day, so a later "nine days after the truce" in this section is counted from it."""
        if _OPENING_THE.match(sent.block.text, sent.start, sent.end) is None:
            return  # (most sentences: none of the three patterns below can match)
        nouns = _anchor_event_nouns()
        m = next((m for m in (_OPENING_EVENT_NOUN.match(sent.block.text, sent.start, sent.end),
                              _OPENING_EVENT_NOUN_MODIFIED.match(sent.block.text, sent.start, sent.end),
                              _OPENING_EVENT_NOUN_OF.match(sent.block.text, sent.start, sent.end))
                  if m is not None and m.group(1).casefold() in nouns), None)
        if m is None:
            return
        days = [f for f in sent.dates if sent.start <= f.start < sent.end]
        if len(days) != 1 or not isinstance(days[0].value, DateValue) or days[0].value.day is None:
            return
        f = days[0]
        noun = m.group(1).casefold()
        if m.re is _OPENING_EVENT_NOUN_OF:
            # "The walkout of the Osk delegates began on 17 March": that walkout, unless the section tells two of
            # them ("The siege of Arn began on D ... The siege of Bel began on D'": "after the siege" is either)
            whose = " ".join(m.group(2).casefold().split())
            told = self._dated_of_nouns.setdefault(noun, set())
            told.add(whose)
            if len(told) > 1:
                self.dated_event_nouns.pop(noun, None)
                return
        self.dated_event_nouns[noun] = (f.value, self.doc.block_span(sent.block, f.start, f.end))

    # -------------------------------------------------------- figures

    def _quantities(self, sent: _Sentence, toks: list[Tok]) -> None:
        text = sent.block.text
        seg = low = None
        if self._field_counts is None:
            self._field_counts = _field_count_patterns(self.facts.quantities)
        if self._field_counts:
            self._field_named_counts(sent)
        self._body_sizes(sent)
        if _DIGIT.search(text, sent.start, sent.end) is None:
            # "had nine member states": a count in words, read only for the nouns that allow it
            seg = text[sent.start:sent.end]
            low = seg.lower()
            self._itemised(sent)  # "twelve men: four brass, four reeds and three rhythm", "Of the twenty sail, ..."
            if not _holds_one(low, _spelled_count_nouns()):
                return
        else:
            self._itemised(sent)
            self._products(sent)
            self._divisions(sent)
            seg = text[sent.start:sent.end]
            low = seg.lower()
            self._side_strength(sent, seg, low)
        # no measure's "<word> of" word and no counted noun: no pattern below can match (one test, not seven)
        if not _holds_one(low, _measure_needs()):
            return
        # each pattern runs only when the sentence holds a word every match of it contains ("army of"
        # asks for the strength pattern alone, not every measure's counted nouns)
        for (measure, before_of, cues, counted, lived), (before_words, cue_words, nouns) in \
                zip(_measure_patterns(), _measure_gates()):
            if before_of is not None and _holds_one(low, before_words):
                for m in before_of.finditer(low):
                    fig = parse_figure(seg[m.end():m.end() + 40])
                    if not fig or fig[2] > 2:
                        continue
                    self._quantity(sent, toks, measure, m.group(1), fig, sent.start + m.end())
            if counted is not None and _holds_one(low, cue_words) and _holds_one(seg, nouns):
                for m in counted.finditer(seg):
                    # "the census counted 4,218,300 people", "52,000 people lived there": counted as
                    # residents; not "210,000 inhabitants became victims", "3,500 people died"
                    if not (cues.search(low, max(0, m.start() - 48), m.start())
                            or lived is not None and lived.match(low, m.end())):
                        continue
                    fig = parse_figure(m.group(1))
                    if fig is None and (n := word_number(m.group(1))):
                        fig = (float(n), None, 0, len(m.group(1)))
                    if fig:
                        self._quantity(sent, toks, measure, measure, fig, sent.start + m.start(1))

    def _side_strength(self, sent: _Sentence, seg: str, low: str) -> None:
        """"The besieging army, which crossed the river in May, numbered 8,900 men": the strength of a side
        named by its part in the fighting (group "attackers"/"defenders"), as a header's "Strength
        (besiegers)" gives it. Undated: the figure of the page's own siege or battle."""
        sides, pattern = _side_strength_pattern()
        if pattern is None or not _holds_one(low, sides):
            return
        for m in pattern.finditer(low):
            fig = parse_figure(seg[m.end():m.end() + 40])
            if fig is None or fig[2] > 0 or fig[1] is not None:
                continue  # no figure right after the verb, or an approximate one
            aside = (sent.start + m.start("aside"), sent.start + m.end("aside")) if m.group("aside") else (0, 0)
            if any(sent.start <= f.start < sent.end and not aside[0] <= f.start < aside[1] for f in sent.dates):
                continue  # "by July the besieging army numbered 6,000": a later count, not the side's strength
            value, _, s, e = fig
            at = sent.start + m.end()
            self.facts.quantities.append(Quantity(
                measure="strength", label=f"{m.group('side')} strength", value=value, qualifier=None,
                span=self.doc.block_span(sent.block, at + s, at + e), origin=sent.origin,
                group=sides[m.group("side")], subject=self.facts.title))

    def _body_sizes(self, sent: _Sentence) -> None:
        """"The charter fixed the Board of Tallymen at five" and later "all six tallymen signed": a body's
        size stated as fixed, and a count of all its members. Kept until the document ends (either may come
        first); a sentence that tells the size changing ("raised to nine") lets every count stand."""
        words = _body_size_words()
        if words is None or not _may_contain(sent.block.text, sent, words[0], words[1]):
            return
        seg = sent.block.text[sent.start:sent.end]
        low = seg.lower()
        fixing, whole, change = _body_size_patterns()
        _, _, verbs, wholes, changes = words
        for m in (m for pattern in fixing if _holds_one(low, verbs) for m in pattern.finditer(seg)):
            n = word_number(m.group("num"))
            noun = (m.group("noun") or m.group("members") or "").lower()
            if n is None or n < 2 or not noun.endswith(("s", "men")):
                continue
            at = sent.start + m.start("num")
            self._fixed_sizes.setdefault(noun, Quantity(
                measure="body_size", label=noun, value=float(n), qualifier=None,
                span=self.doc.block_span(sent.block, at, at + len(m.group("num"))), origin=sent.origin, subject=noun))
        for m in whole.finditer(low) if _holds_one(low, wholes) else ():
            n = word_number(m.group("num"))
            if n is None or n < 2:
                continue
            at = sent.start + m.start("num")
            self._whole_counts.append(Quantity(
                measure="body_size", label=m.group("noun"), value=float(n), qualifier=None,
                span=self.doc.block_span(sent.block, at, at + len(m.group("num"))), origin=sent.origin,
                subject=m.group("noun")))
        if _holds_one(low, changes) and change.search(low):
            self._resized.update(re.findall(r"[a-z]+(?:s|men)\b", low))

    def _compare_body_sizes(self) -> None:
        for q in self._whole_counts:
            fixed = self._fixed_sizes.get(q.subject)
            if fixed is not None and q.subject not in self._resized and fixed.span != q.span:
                self.facts.quantities.append(fixed)
                self.facts.quantities.append(q)

    def _field_named_counts(self, sent: _Sentence) -> None:
        """"Its stables of 410 horses" beside the field "Stables:: 140 horses": the count the
        field names, told by the field's name and the same counted noun."""
        low = sent.block.text[sent.start:sent.end].lower()
        for name, named, pattern, measure in self._field_counts:
            if name not in low:
                continue
            m = _field_count_match(named, pattern, low)
            if m is None:
                continue
            fig = parse_figure(m.group("num"))
            if fig is None or fig[1] is not None:
                continue
            own_date = any(sent.start <= f.start < sent.end for f in sent.dates)
            at = sent.start + m.start("num")
            self.facts.quantities.append(Quantity(
                measure=measure, label=m.group("noun"), value=fig[0], qualifier=None,
                span=self.doc.block_span(sent.block, at, at + len(m.group("num"))), origin=sent.origin,
                subject=self.facts.title, when=None if not own_date else sent.dates[0].value))

    def _itemised(self, sent: _Sentence) -> None:
        """"47 hulls: 29 carracks, 12 cutters and 6 hoys": a total and its parts, one group each."""
        self._total_and_parts(sent, "itemised", breakdowns(sent.block.text, sent.start, sent.end),
                              lambda fig, role: (fig.noun, fig.qualifier))

    def _divisions(self, sent: _Sentence) -> None:
        """"adopted by 38 votes to 22, with 5 abstentions, all 64 delegates voting": the votes and those voting."""
        self._total_and_parts(sent, "division", divisions(sent.block.text, sent.start, sent.end),
                              lambda fig, role: (fig.label if role == "part" else f"those {fig.label}", None))

    def _total_and_parts(self, sent: _Sentence, kind: str, found, label_of) -> None:
        """Each (total, parts) found in the sentence as one itemised group, named by the total's place;
        `label_of(figure, role)` gives a figure's (label, qualifier)."""
        block = sent.block
        for total, parts in found:
            span = self.doc.block_span(block, total.start, total.end)
            group = f"{kind}:{span.line}:{span.column}"
            for fig, role in [(total, "total")] + [(p, "part") for p in parts]:
                label, qualifier = label_of(fig, role)
                self.facts.quantities.append(Quantity(
                    measure="itemised", label=label, value=float(fig.value), qualifier=qualifier,
                    span=self.doc.block_span(block, fig.start, fig.end), origin=sent.origin,
                    group=group, role=role))

    def _products(self, sent: _Sentence) -> None:
        """"The capital was £900,000, raised in 45,000 shares of £25 each": a sum and the product that states it."""
        block = sent.block
        for total, product in products(block.text, sent.start, sent.end):
            span = self.doc.block_span(block, total.start, total.end)
            group = f"product:{span.line}:{span.column}"
            self.facts.quantities.append(Quantity(
                measure="product", label="stated", value=total.value, qualifier=total.qualifier, span=span,
                origin=sent.origin, group=group, role="total"))
            self.facts.quantities.append(Quantity(
                measure="product", label=product.label, value=product.count * product.price, qualifier=None,
                span=self.doc.block_span(block, product.start, product.end), origin=sent.origin, group=group,
                role="part"))

    def _quantity(self, sent, toks, measure, label, fig, base) -> None:
        value, qual, s, e = fig
        if any(q.span == self.doc.block_span(sent.block, base + s, base + e) for q in self.facts.quantities[-4:]):
            return
        subject = None
        named = _collapse_name_runs([t for t in toks if t.type != "DATE"])
        first = self._find_first_subject(named)
        if first and first[0][1].type == "NAME" and first[0][1].end <= base and not _object_relative(named, first[0][1]):
            subject = first[0][0]
        if subject is None:
            subject = self.facts.title
        when = None
        years = [f for f in sent.dates]
        if years:
            when = min(years, key=lambda f: abs(f.start - base)).value
        elif sent.lead_date is not None:
            when = sent.lead_date.value
        self.facts.quantities.append(Quantity(
            measure=measure, label=label, value=value, qualifier=qual,
            span=self.doc.block_span(sent.block, base + s, base + e), origin=sent.origin,
            subject=subject, when=when))

    # -------------------------------------------------------- entities

    def _alias_state_adjectives(self) -> None:
        """ "Austrian Empire" is Austria for the side lists; said once, as an Entity alias."""
        seen = set()
        for ent in list(self.facts.entities):
            words = ent.name.split()
            if len(words) == 2 and words[1] in ("Empire", "Republic", "Kingdom") and ent.name not in seen:
                polity = self.demonyms.polity(words[0])
                if polity and polity != ent.name:
                    seen.add(ent.name)
                    self.facts.entities.append(Entity(ent.name, ent.kind, [polity], ent.span, ent.origin))


# ------------------------------------------------------------------ helpers

# a head count right before a statement's subject ("approximately 135,000 German troops"): a part of a force
# (grouped by thousands: a bare number there is a year more often than not)
_COUNT_BEFORE = re.compile(r"(?<![\w,.])\d{1,3}(?:,\d{3})+\s+$")


@lru_cache(maxsize=32)
def _office_cues(extra: tuple[str, ...] = ()) -> tuple[re.Pattern, ...]:
    """"the consul, Odo Pardew, obtained", "Pardew, then consul, wrote": the office its holder acts in, set
    before the name or in apposition after it (prose.yaml office_titles and office_apposition_cues; `extra`:
    the offices the document's tables of holders list, extract/table_offices.py)."""
    prose = vocabulary.load("prose")
    # longest first, then in order: one pattern string each run (precompiled.marshal keys on it)
    offices = sorted({re.escape(str(t)) for t in [*(prose.get("office_titles") or ()), *extra]},
                     key=lambda t: (-len(t), t))
    titles = "(?i:" + ("|".join(offices) or "(?!)") + ")"
    cues = "|".join(re.escape(str(c)) for c in prose.get("office_apposition_cues") or ()) or "(?!)"
    place = r"(?: of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)?"
    before = re.compile(rf"\b[Tt]he {titles}{place},? $")
    apposed = re.compile(rf"(?<![\w'’-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*, (?:{cues}) (?:the )?{titles}{place},? ?$")
    # "In 1967 league president Aldwyth Threlfall suspended": the office in lower case right before the name,
    # with at most one lower-case word of whose office it is (never a past one: "former president")
    past = "|".join(re.escape(str(w)) for w in prose.get("office_past_modifiers") or ()) or "(?!)"
    lower = "|".join(o.lower() for o in offices) or "(?!)"
    bare = re.compile(rf"(?<![\w'’-])(?:(?!(?:{past}|the|a|an)\b)[a-z][a-z'’-]* )?(?:{lower}) $")
    held = re.compile(rf",? as (?:the )?(?:{lower})\b")  # "sealed the Act as chancellor"
    # "As Administrator-General, Marrow approved", "in March 1962, as director-general, Brask signed": the office
    # fronted before its holder (a hyphenated title of capitalised parts is a world's own office)
    office = rf"(?:{titles}|[A-Z][a-z]+(?:-[A-Z][a-z]+)+){place},?\s"
    # "In her capacity as general secretary, Kelterborn signed": whatever office the words name (the check matches
    # it to the holder's recorded one)
    fronted = re.compile(rf"(?<![\w'’-])(?:[Aa]s\s+(?:the\s+)?(?P<office>{office}\s*)?|[Ii]n\s+(?:his|her|their)\s+"
                         rf"capacity\s+as\s+(?:the\s+)?(?P<capacity>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){{0,3}}),\s*)$")
    # what text before a bare office's holder ends with (bare's "(?:{lower}) $"; or "\n", before which "$" matches too)
    bare_ends = (*(str(t).lower() + " " for t in [*(prose.get("office_titles") or ()), *extra]), "\n")
    return before, apposed, bare, held, fronted, re.compile(office), bare_ends


# in every match of _office_cues' `fronted` ("as consul, ", "in her capacity as ...")
_AS_GAP = re.compile(r"[Aa]s\s")


def _office_cue_start(text: str, lo: int, a: int, extra: tuple[str, ...] = ()) -> int:
    """Where an acting statement's words begin when an office is named with its holder: at "the consul, "
    before the name, or at the name before ", then consul," (checks/within_span.py reads the title there).

    Each pattern ends at `a` ("$") and re tries it at every character before: a literal that every match of
    it holds is looked for first ("he " of "the", ", " of an apposition, the office and space the words end
    with, "as" and a space), and most calls find none."""
    before, apposed, bare, _, fronted, office, bare_ends = _office_cues(extra)
    words = text[lo:a]
    if "," not in words and " the " not in words and not words.startswith("the "):
        m = bare.search(text, lo, a) if text[a - 1:a] == " " and text[a:a + 1].isupper() and \
            words.endswith(bare_ends) else None
    else:
        m = (before.search(text, lo, a) if "he " in words else None) or \
            (apposed.search(text, lo, a) if ", " in words else None) or \
            (bare.search(text, lo, a) if words.endswith(bare_ends) else None)
    start = m.start() if m else a
    m = fronted.search(text, lo, start) if _AS_GAP.search(text, lo, start) else None
    return m.start() if m and (m.group("office") or m.group("capacity") or office.match(text, start)) else start

# between a name's possessive and the length it owns: nothing, or the office noun and "of" ("'s rule of ")
_OWNED_LENGTH = re.compile(r"\s+(?:[a-z]+\s+of\s+)?")
_DURATION_RE = Caseless(
    r"\b(?:(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)(?:\s+|-)(?:years?|months?|weeks?|days?|fortnights?|decades?|century|centuries)"
    r"(?:(?:,\s*|\s+and\s+|,\s+and\s+)(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:years?|months?|weeks?|days?))*)\b")
# "(the six years) it lasted, ..." / "that the siege lasted": what follows a span measuring its clause's subject
_LASTED_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?:it|(?P<what>the\s+[a-z]+))\s+(?:had\s+)?(?:lasted|endured)\b",
                           re.I)
# between a date range and the span that restates its length: ", a siege of ", " (", ", lasting ", ", or "
_UNTIL = re.compile(r"\b(?:until|till|up\s+(?:to|until))\s", re.I)
_UNTIL_WORDS = ("until", "till", "up")  # one of which every match of _UNTIL holds (most sentences: none)
_UNTIL_HINT = re.compile("|".join(_UNTIL_WORDS), re.I)
_UNTIL_SUBJECT_TYPES = frozenset({"NAME", "EVENT", "DEMNP", "TOPIC", "PRON", "OTHER", "POSS", "OF", "ADV", "AUX", "HAVE",
                                  "NEG", "DATE", "PREP", "COMMA"})


def _until_before(text: str, ptoks: list[Tok], at: int) -> int | None:
    """Where the "until" (till, up to) a verb at ptoks[at] is told after begins, when the verb is the clause
    "until" opens ("... until the League ceased to exist", "up to the day its charter was revoked"), else None."""
    if at <= 0 or at >= len(ptoks):
        return None
    found = None
    for m in _UNTIL.finditer(text, ptoks[0].start, ptoks[at].start):
        found = m
    if found is None:
        return None
    # the words between "until" and the verb: its subject, never another verb or event noun
    after = [t for t in ptoks[:at] if t.start >= found.end()]
    if not after or after[0].type == "DATE" or not all(t.type in _UNTIL_SUBJECT_TYPES for t in after):
        return None  # "until 1740, Orm ruled": a bound date, read as one elsewhere
    return found.start()


# words that make the event noun after them a reference point ("long after her death", "at the time of its fall");
# "In early March 1703, following Tessen's joining of the League" still dates the joining (the month it led into)
_REFERENCE_POINT = re.compile(r"\b(?:after|before|since|until|till|prior\s+to|at\s+the\s+time\s+of)\b", re.I)
_WHICH_TIME_PREPOSITIONS = frozenset({"after", "by", "following", "upon"})
# what opens a trailing relative clause whose time is its own, not the clause before's ("where", "after which" ...)
_TRAILING_RELATIVE = re.compile(r"\s*,?\s*(?:where|whereupon|(?:after|following|by|upon)\s+which"
                                r"(?:\s+(?:time|point|date|year|day|stage))?)\b", re.I)


def _trailing_relative(text: str, clauses: list[list[Tok]], date: Tok) -> int:
    """The clause (index > 0) a trailing relative clause opens when a sentence's only date sits in it ("went into
    exile at Orm, where X died in 1927", "..., after which X retired to Holm in 1930"), else 0. Clauses going on
    with "and" are still the relative clause's ("where he taught and died in 1927")."""
    own = next((ci for ci, c in enumerate(clauses) if any(t is date for t in c)), 0)
    for ci in range(own, 0, -1):
        clause, before = clauses[ci], clauses[ci - 1]
        if not clause or not before:
            return 0
        first = next((t for t in clause if t.type != "CONT"), None)
        m = _TRAILING_RELATIVE.match(text, before[-1].end)
        if m is not None and first is not None and m.end() <= max(first.end, date.start) and \
                any(t.type in _VERBISH for t in before):
            return ci
        if clause[0].type != "CONT" or clause[0].lower == "resume" or clause[0].text.strip() != "and":
            return 0
    return 0


def _when_date(sent, clauses: list[list[Tok]], ci: int):
    """"... and Harnley Mill itself in 1931, when the company was wound up": a "when" clause is dated by the date
    that ends the clause before it (the sentence's other dates are other things')."""
    if not ci or not clauses[ci] or not clauses[ci - 1]:
        return None
    before = clauses[ci - 1]
    last = before[-2] if before[-1].type == "COMMA" and len(before) > 1 else before[-1]
    if last.type != "DATE" or last.value is None:
        return None
    return last.value if _WHEN_AFTER_DATE.fullmatch(sent.block.text, last.end, clauses[ci][0].start) else None


_WHEN_AFTER_DATE = re.compile(r"\s*,?\s*when\s+")
_LENGTH_BEFORE_EVENT = re.compile(r"\b(?:after|following)\s+(?:some\s+|nearly\s+|almost\s+|more\s+than\s+)?$")
_SPAN_RESTATED = re.compile(r"\s*(?:[,(;:]|--|[–—])\s*(?:(?:a|an|the|some)\s+(?:[a-z]+\s+){0,2}(?:of|lasting)\s+|lasting\s+|or\s+|i\.e\.\s+"
                            r"|(?:some|about|around|roughly|approximately)\s+)?"
                            # "..., a tour of nearly five months": a bound or rounding word before the length
                            r"(?:(?:nearly|almost|some|about|around|over|under|just\s+over|just\s+under)\s+)?",
                            re.I)
_AGE_RE = Caseless(r"\b(?:aged|at the age of|age of)\s+(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\b"
                   r"|\b(?:was|were)\s+(?P<n2>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:years\s+old\s+)?when\b(?P<died>\s+(?:he|she|they)\s+died)?"
                   r"|\b(?P<n3>\d{1,3}|[a-z]+(?:-[a-z]+)?)[-\s]year[-\s]old\b"
                   r"|\b(?:was|were)\s+(?:(?:then|by\s+then|now|only|just|already|still|barely)\s+)?"
                   r"(?P<n4>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+years\s+old\b(?!\s+when)"
                   # "He died on 11 March 1603, at sixty-one, and ...": a bare age set off by commas after its date
                   r"|(?<=,\s)at\s+(?P<n5>\d{2,3}|[a-z]+-[a-z]+|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?=\s*,)")
# "Edric, a nine-year-old boy, ...", "Edric was then a nine-year-old": an unnamed "N-year-old <noun>" is the
# subject's age only in apposition or after a copula ("to his seven-year-old grandson" is another person's)
_AGE_OF_SUBJECT = re.compile(r"(?:,|\b(?:was|were|is|as|then|still|only))\s+(?:(?:then|still|only|just|barely)\s+)?an?\s+$",
                             re.I)
# "from the age of six", "by the age of ten": a stage of life the age begins or ends, not an event's date
# "her regency lasted", "the occupation had lasted": a common noun, what lasted (a possessive or article before it)
_NOUN_LASTED = re.compile(r"\b(?:the|his|her|its|their|this|that)\s+([a-z]+)\s+(?:had\s+|has\s+)?(?:lasted|endured)\s*$")
# "after a siege of", "the stoppage, of": the noun a length right after measures
_NOUN_OF_SPAN = re.compile(r"(?:^|[,;]\s*|\b(?:after|following|in|during|throughout)\s+)(?:a|an|the|its|this)\s+([a-z]+)\s+of\s*$")
# a bounded length and the range it measures: "over two years from the spring of 1406 to ...", "(1406–1408)"
_BOUND_RANGE_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:from|between|in|during)\s+(?:the\s+)?|\(\s*)?", re.I)
# "a siege of over", "lasted over", "for over", "just over": "over" as "more than" (not "fought over four days")
# "within a decade", "within the next three years": an upper bound from an earlier point
_WITHIN_BEFORE = re.compile(r"(?:^|\W)within(?:\s+(?:the\s+)?(?:next|following|first))?\s*$", re.I)
# "within a year of his death", "within two days after the landing": counted from a point told after the length
_WITHIN_OF_AFTER = re.compile(r"\s+(?:of|after|from|since)\b", re.I)
_OVER_AS_BOUND = re.compile(r"\b(?:of|for|lasted|lasting|took|taking|after|just|well|little|in|was|were|is|be|been)\s*$")
# a register's abbreviations before a date: "b. 1814", "d. unmarried 1880"
_LIFE_ABBREVIATIONS = {"b": "birth", "d": "death"}
_LIFE_ABBREVIATION_HINT = re.compile(r"\b[bd]\.", re.I)
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those"})


@lru_cache(maxsize=1)
def _page_name_fields() -> frozenset[str]:
    """Keys of a field that gives the page's subject its full name ("official_name", "Official name")."""
    return frozenset(str(k) for k in vocabulary.load("fields").get("page_name_fields") or ())


# "X was a river shipping company that ...": the noun the lead's first copula names the subject by
_LEAD_COPULA = re.compile(r"^[^.;:]{0,160}?\b(?:is|was|are|were)\s+(?:a|an|the|one\s+of\s+the)\s+"
                          r"((?:[A-Za-z][\w'’-]*\s+){0,4}?)([a-z][a-z-]+)(?=\s+(?:that|which|who|whose|of|in|on|at|for|"
                          r"from|with|by|and|based|founded|established|formed)\b|\s*[.,;:(]|\s*$)")


def _lead_kind(lead: str) -> tuple[str, ...]:
    """The head noun of the lead's first "X was a ... <noun>", the kind of thing the page is about."""
    m = _LEAD_COPULA.match(lead)
    return (m.group(2),) if m else ()


@lru_cache(maxsize=1)
def _body_size_words() -> tuple[tuple[str, ...], re.Pattern, tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
    """Cheap gates of _body_sizes: a verb that fixes a size, a word that sums a body, a word of a change."""
    spec = vocabulary.load("prose").get("body_size") or {}
    verbs, wholes, changes = (tuple(str(w).lower() for w in spec.get(key) or ())
                              for key in ("fixing_verbs", "wholes", "changes"))
    words = verbs + wholes + changes
    if not words:
        return None
    return words, re.compile("|".join(re.escape(w) for w in words), re.I), verbs, wholes, changes


@lru_cache(maxsize=1)
def _body_size_patterns() -> tuple[tuple[re.Pattern, ...], re.Pattern, re.Pattern]:
    """"fixed the Board of Tallymen at five", "the Board of Regents was limited to nine", "fixed the Board
    of Regents at nine members"; "all six tallymen"; a change of size ("raised to", "enlarged")."""
    spec = vocabulary.load("prose").get("body_size") or {}
    alt = lambda key: alternation(spec.get(key) or ())
    number = r"\d{1,3}|[a-z]+(?:-[a-z]+)?"
    body = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+of\s+(?:the\s+)?(?P<members>[A-Z][a-z'’-]+(?:s|men))"
    active = re.compile(rf"\b(?:{alt('fixing_verbs')})\s+{body}\s+(?:at|to)\s+(?P<num>{number})"
                        rf"(?:\s+(?P<noun>[a-z]+(?:s|men))\b)?")
    passive = re.compile(rf"{body}\s+(?:was|were|is|are)\s+(?:{alt('fixing_verbs')})\s+(?:at|to)\s+"
                         rf"(?P<num>{number})(?:\s+(?P<noun>[a-z]+(?:s|men))\b)?")
    whole = re.compile(rf"\b(?:{alt('wholes')})\s+(?P<num>{number})\s+(?P<noun>[a-z]+(?:s|men))\b")
    change = re.compile(rf"\b(?:{alt('changes')})\b")
    return (active, passive), whole, change


@lru_cache(maxsize=1)
def _side_strength_pattern() -> tuple[dict[str, str], re.Pattern | None]:
    """Words that name a side by its part ("besieging", "defenders") -> the side, and the pattern of
    "<side word> [army] [, aside,] numbered <figure>" (prose.yaml `side_strength`)."""
    spec = vocabulary.load("prose").get("side_strength") or {}
    sides = {str(k).lower(): str(v) for k, v in (spec.get("sides") or {}).items()}
    if not sides:
        return {}, None
    nouns, verbs = spec.get("nouns") or (), spec.get("verbs") or ()
    lowered = lambda words: alternation(str(w).lower() for w in words)
    pattern = re.compile(rf"\b(?P<side>{alternation(sides)})(?:\s+(?:{lowered(nouns)}))?"
                         rf"(?P<aside>,[^,;:.]{{0,90}},)?\s+(?:{lowered(verbs)})\s+")
    return sides, pattern


def _field_count_patterns(quantities) -> list[tuple[str, re.Pattern, re.Pattern, str]]:
    """For each field that gives a count ("Stables:: 140 horses", measure "field:stables"): the
    field's name, and the prose that gives the count by that name ("stables of 410 horses")."""
    out = []
    for q in quantities:
        if not q.measure.startswith("field:"):
            continue
        name = q.measure[len("field:"):].replace("_", " ").strip()
        if len(name) < 4:
            continue
        pattern = re.compile(rf"\b{re.escape(name)}\b(?P<gap>[^.;:]{{0,60}}?)(?<![\d,.])"
                             rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+)\s+(?P<noun>{re.escape(q.label)})\b")
        out.append((name, re.compile(rf"\b{re.escape(name)}\b"), pattern, q.measure))
    return out


def _field_count_match(name: re.Pattern, pattern: re.Pattern, low: str) -> re.Match | None:
    """The first telling in `low` of the field's own count: the figure attached to the field's name (its phrase,
    "X of N", "X, which at N", "X was N"), not a figure of another clause or of another thing of its kind."""
    for named in name.finditer(low):  # each telling of the name, a rejected one never hiding the next
        m = pattern.match(low, named.start())
        if m is None or ANOTHER_ONE_BEFORE.search(low, max(0, m.start() - 40), m.start()) \
                or FIGURE_OF_OTHER_CLAUSE.search(m.group("gap")):
            continue
        return m
    return None


_LEADING_ARTICLES = frozenset({"the", "a", "an"})
_AGE_STAGE = re.compile(r"\b(?:from|since|by|until|till|before|after|under|over|beyond)\s+(?:the\s+)?$", re.I)
# between an age and its date: "aged 40, on 3 May 1702", "at the age of nine in 1502"; "In 1502, aged nine,"
_AGE_DATE_AFTER = re.compile(r",?\s*(?:on|in)\s+(?:the\s+)?", re.I)
_AGE_DATE_BEFORE = re.compile(r",?\s*", re.I)
_LIFE_YEARS_AFTER = re.compile(r"\s*\(\d{3,4}\s*[-–]\s*\d{3,4}\)$")
# a name right after a preposition is where or to whom it happened, not whose age it is
_AGE_PLACE_BEFORE = re.compile(r"\b(?:at|in|into|near|from|to|of|on|by|for|beside|outside|within|upon)\s+(?:the\s+)?$", re.I)
# ", at the age of 44, she was": nothing but the comma between the age and the subject of the clause it opens
_AGE_THEN_SUBJECT = re.compile(r"\s*,\s*")
_AGE_AT_DEATH = re.compile(r"\b(died|dies|killed|death|executed|was \d+ when|when (?:he|she) died|fell)\b")
# where a clause of a sentence ends: an age and its event are told in one clause
_AGE_CLAUSE_BREAK = re.compile(r";|:|,\s+(?:and|but|while|whereas|though|although)\s+|\s+and\s+(?=from\b|by\b|since\b)")


def _own_act(seg: str, start: int, end: int) -> str:
    """The clause around an age cut at the first "and" after it: "installed at the age of thirty-two and ruled until
    her death" is her age at the installing, not at the death a later verb tells."""
    clause = _clause_around(seg, start, end)
    at = clause.find(seg[start:end])
    joined = _AGE_NEXT_ACT.search(clause, at + end - start) if at >= 0 else None
    return clause[:joined.start()] if joined else clause


# "..., and ruled", " and governed": another verb joined after an age
_AGE_NEXT_ACT = re.compile(r",?\s+and\s+(?:then\s+|later\s+)?(?:was\s+|had\s+)?(?:[a-z]+ed|held|kept|led|sat|ran|became|went|took|stood|taught|fought|built|wrote|spent)\b")


def _clause_around(seg: str, start: int, end: int) -> str:
    """The clause of `seg` holding seg[start:end] ("Two brothers had died, and from the age of six she ...")."""
    lo = 0
    for br in _AGE_CLAUSE_BREAK.finditer(seg, 0, start):
        lo = br.end()
    br = _AGE_CLAUSE_BREAK.search(seg, end)
    return seg[lo:br.start() if br else len(seg)]


@lru_cache(maxsize=1)
def _accession_cue() -> re.Pattern:
    """Words that date a coming to the throne (prose.yaml `accession_cues`)."""
    words = vocabulary.load("prose").get("accession_cues") or ()
    return re.compile(rf"\b(?:{alternation(str(w).lower() for w in words)})\b")


# the styles of a ruler's widow ("the Queen Dowager", "the Dowager Duchess", "the dowager")
_DOWAGER_WORDS = frozenset({"dowager", "queen", "duchess", "empress", "princess", "countess", "electress",
                            "margravine", "grand duchess", "lady"})

# "they held it for", "the garrison held out for": a hold (of what the sentence before took or invested) lasting up to
# the end the words after the length give
_HELD_OUT_FOR = re.compile(r"\b(?:held|kept|defended)\s+(?:it|them|out|on)\s+for\s+$")


@lru_cache(maxsize=1)
def _span_ends_after_lasted() -> tuple[re.Pattern, re.Pattern]:
    """ "[lasted N], began on D and was lifted on D'": an opening verb just before the first date, a
    closing verb just before the second (prose.yaml `span_opening_verbs`, `span_closing_verbs`)."""
    vocab = vocabulary.load("prose")
    def alts(key):
        return alternation(str(w).lower() for w in vocab.get(key) or ())
    return (re.compile(rf"[\s,]*(?:{alts('span_opening_verbs')})\s+(?:on|in)\s+"),
            re.compile(rf"\s+(?:and|but)\s+(?:{alts('span_closing_verbs')})\s+(?:on|in)\s+"))


@lru_cache(maxsize=1)
def _span_ends_before_lasted() -> tuple[re.Pattern, re.Pattern]:
    """ "began on D[, when ...,] and ended on D', lasted [N]": an opening verb right before the first date, a closing
    verb opening the clause right before the second (prose.yaml `span_opening_verbs`, `span_closing_verbs`)."""
    vocab = vocabulary.load("prose")
    def alts(key):
        return alternation(str(w).lower() for w in vocab.get(key) or ())
    return (re.compile(rf"\b(?:{alts('span_opening_verbs')})\s+(?:on|in)\s+$"),
            re.compile(rf"^[^;:.()]{{0,80}}?(?:,\s*|\s+)(?:and|but)\s+(?:had\s+|was\s+)?(?:{alts('span_closing_verbs')})"
                       rf"\s+(?:on|in)\s+$"))


# between the second end and the length: ", lasted ", " and had lasted ", ", having lasted "
_LASTED_AFTER_ENDS = re.compile(r"\s*,?\s*(?:and\s+)?(?:had\s+|having\s+)?(?:lasted|went on for|continued for)\s+"
                                r"(?:(?:some|about|around|roughly|approximately|nearly|almost|just)\s+)?(?:for\s+)?$", re.I)


def _ends_before_lasted(text: str, first: FoundDate, second: FoundDate, at: int) -> tuple | None:
    """The (start, end) a length told after both of its ends is measured between, or None."""
    if not (isinstance(first.value, DateValue) and isinstance(second.value, DateValue)) \
            or not _LASTED_AFTER_ENDS.fullmatch(text, second.end, at):
        return None
    opening, closing = _span_ends_before_lasted()
    low = text.lower()
    if opening.search(low[max(0, first.start - 40):first.start]) is None \
            or closing.search(low[first.end:second.start]) is None:
        return None
    return first.value, second.value


@lru_cache(maxsize=1)
def _span_cues() -> tuple[re.Pattern, re.Pattern]:
    """Words that open a span before its first date and close it before its last (prose.yaml
    `span_opening_verbs` and `span_departure_words`; `span_closing_verbs` and `span_arrival_words`)."""
    vocab = vocabulary.load("prose")
    def alts(*keys):
        words = [str(w).lower() for k in keys for w in vocab.get(k) or ()]
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return (re.compile(rf"\b(?:{alts('span_opening_verbs', 'span_departure_words')})\b", re.I),
            re.compile(rf"\b(?:{alts('span_closing_verbs', 'span_arrival_words')})\b", re.I))


def _opened_right_before(opening: re.Pattern, text: str, lo: int, date_start: int) -> int | None:
    """Where the opening word of the clause that ends on a date starts (no clause break between)."""
    found = None
    for m in opening.finditer(text, lo, date_start):
        found = m
    if found is None or re.search(r"[;:.]", text[found.end():date_start]):
        return None
    return found.start()


def _closes_between(closing: re.Pattern, text: str, lo: int, hi: int) -> bool:
    """A closing or arrival word between a length (or a first date) and the date it leads to, one clause (a
    semicolon right after the length may open it: "lasted fourteen months; she recommissioned on D")."""
    if (lead := re.match(r"\s*;", text[lo:hi])) is not None:
        lo += lead.end()
    return hi - lo <= 120 and not re.search(r"[;:]", text[lo:hi]) and closing.search(text, lo, hi) is not None


# between a span's second end and its length: "; in all it lasted ", ", after ", ", in all lasting ", ", the blockade
# having lasted " (what "_SPAN_RESTATED" leaves: a clause or an "after" that sums up the stretch just told)
_RESTATED_AS_LASTING = re.compile(r"\s*[,;]\s*(?:(?:in\s+all|all\s+told|altogether|in\s+total)\s*,?\s*)?"
                                  r"(?:(?:it|the\s+[a-z]+)\s+(?:had\s+)?(?:lasted|having\s+lasted)\s+(?:for\s+)?"
                                  r"|(?:having\s+)?lasting\s+|after\s+)", re.I)
# "was '''Princess of Dorst''' from 1640 until her death": a style of a realm, then the date it was held from
_HELD_UNTIL_DEATH = re.compile(r"\b(?:was|became)\s+(?:the\s+)?(?:'''|\*\*)?(?:[A-Z][\w'’-]*\s+)+of\s+(?:the\s+)?"
                               r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:'''|\*\*)?\s+from\s+(?P<date>\S)")
_UNTIL_OWN_DEATH = re.compile(r"\s+(?:until|till|to)\s+(?:his|her)\s+death\b")
# "**Orrin Vale** (": a name right before the bracket of a range; ") led the guild for ": one verb phrase to the length
_NAME_THEN_BRACKET = re.compile(r"[A-Z][\w'’-]*[*'\]]*\s*\(\s*$")
_BRACKET_THEN_FOR = re.compile(r"\s*\)\s+(?:had\s+)?[a-z]+\s+(?:[a-z][\w'’]*\s+){0,3}?for\s+")
# "remained fast there until D'", "was maintained until D'": the one day a state lasted up to
_UNTIL_RIGHT_BEFORE = re.compile(r"\b(?:until|till)\s+(?:on\s+)?$", re.I)
# "The blockade was maintained until", "The siege continued until": a sentence opening on a stretch's noun
_NOUN_OPENS = re.compile(r"\s*The\s+([a-z]+)\s+(?:was\s+|had\s+been\s+)?(?:maintained|kept\s+up|continued|lasted|went\s+on|held)\b"
                         r"[^,;:.()\d]{0,60}$")
# "drifted with the ice from D until ...": a bare "from" opens the stretch its "until" closes
_FROM_RIGHT_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
# between a span's first date and its length: "D, lasted ", "D and, after a crossing that lasted ", "D and, after a
# journey of " (what lasted is what began on D, or the way from D to the next date)
_LASTS_FROM_DATE = re.compile(r"\s*,?\s*(?:and\s*,?\s*)?(?:after\s+(?:a|an|the|some)\s+(?:[a-z]+\s+){0,2}?"
                              r"(?:of|lasting|(?:that|which)\s+(?:had\s+)?lasted)\s+|(?:(?:which|that)\s+)?(?:had\s+)?"
                              r"(?:lasted|went on|continued|dragged on)\s+(?:for\s+)?)"
                              r"(?:(?:some|about|around|roughly|approximately)\s+)?", re.I)
# the lead's "<Title> was an epidemic of fever": up to three words after the copula's article
_LEAD_KIND = re.compile(r"^[^.]*?\b(?:is|was)\s+(?:a|an|the)\s+((?:[a-z]+\s+){0,2}[a-z]+)\b")
# "from the outbreak of the war to the peace": a span's ends named in words, before what lasted
_ENDS_IN_WORDS = re.compile(r"\bfrom\s+(?:the|its|his|her|their)\s+[^;:]{1,80}?\b(?:to|until|till)\s+(?:the|its|his|her|their)\b",
                            re.I)
# "The revolt, which lasted " / "The revolt lasted ": a sentence opening on what lasted, a common noun
_THE_NOUN_LASTED = re.compile(r"\s*the\s+(?:[a-z]+\s+)?([a-z]+)\s*,?\s*(?:(?:which|that)\s+)?(?:had\s+)?"
                              r"(?:lasted|went on|continued|dragged on)\s+(?:for\s+)?"
                              r"(?:(?:some|about|around|roughly|approximately)\s+)?", re.I)


# cheap necessary conditions (literal words every match of the patterns around them contains)
_DURATION_WORDS = ("year", "month", "week", "day", "age", "died", "fortnight", "decade", "centur")
# words that make the date after them a bound of the clause's event, not its date
_BOUND_WORDS = frozenset({"after", "before", "following", "since"})
_RELATIVE_WORDS = ("later", "after", "next", "following", "earlier", "before", "previous", "preceding")
_OFFSET_WORDS = ("later", "afterward", "after", "before")
_OFFSET_HINT = re.compile("later|afterward|after|before", re.I)
# "<verb> eight days later", "<verb> only two weeks afterwards", "was born five months after him", "was signed
# a little over three years later", "until the strike ends, 44 days later": the verb's date is counted from another
_OFFSET_AFTER_VERB = re.compile(r"(?P<words>(?:\s+[a-z]+){0,3}?),?\s+(?P<count>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+"
                                r"(?P<unit>years?|months?|weeks?|days?|fortnights?|hours?)\s+"
                                r"(?P<way>later|afterwards?|after|before)\b", re.I)


def _counted_on(anchor: FoundDate, offset: re.Match) -> FoundDate | None:
    """The day an offset after a verb lands on ("ends, 44 days later", "died three weeks afterwards") from the
    day-precise date it is counted from, or None: no day to count from, a length in months or years, a hedged
    count ("some six weeks"), or an offset from another event ("eight days after the fall")."""
    value = anchor.value
    way = offset["way"].lower()
    if way == "after" and re.match(r"\s*(?:[.,;:)]|$)", offset.string[offset.end():]):
        way = "afterwards"  # "closed three weeks after."
    if way not in ("later", "afterward", "afterwards") or not isinstance(value, DateValue) or \
            value.day is None or value.bc or not vocabulary.word_set("prose", "hedged_offsets").isdisjoint(offset["words"].lower().split()):
        return None
    d = _duration(f"{offset['count']} {offset['unit']}")
    if d is None or d.years or d.months or d.approximate:
        return None
    days = d.total_days if d.total_days is not None else 7 * d.weeks + d.days
    if not days:
        return None
    y, m, day = calendar.from_day_number(calendar.day_number(value.year, value.month, value.day) + days)
    return FoundDate(offset.start("count"), offset.end(), offset.string[offset.start("count"):offset.end()],
                     DateValue(y, m, day), anchor.year_from_context)
# "died in a helicopter accident the following year", "died of it a month later", "died there two years later":
# a death after the date told before it in the sentence, by whole years or months (read by _moved_on)
_LATER_PERIOD_WORDS = ("later", "following", "next")
_LATER_PERIOD_HINT = re.compile("later|following|next", re.I)
_LATER_PERIOD_AFTER_VERB = re.compile(
    r"(?:\s+(?!and\b|but\b|when\b|while\b|after\b|before\b)[a-z]+(?:-[a-z]+)?){0,5}?,?\s+"
    r"(?P<phrase>(?:in\s+)?the\s+(?:following|next)\s+(?P<unit1>year|month)|"
    r"(?P<count>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit2>years?|months?)\s+later)\b", re.I)


# ", and Piet Harl a month later.", "and his mate two days later;": a gapped death's count, closing its clause
_GAPPED_LATER = re.compile(r"\s+(?P<phrase>(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
                           r"\s+(?P<unit>years?|months?|weeks?|days?)\s+later|the\s+(?:following|next)\s+"
                           r"(?P<unit2>year|month))\s*[.;]", re.I)


def _moved_on(anchor: FoundDate, later: re.Match) -> FoundDate | None:
    """The date a death counted on by whole years or months lands in, as precise as its anchor (1971 and "the
    following year": 1972; March 1821 and "a month later": April 1821); None when the anchor is no single date
    or the count is in months and the anchor has no month."""
    value = anchor.value
    if not isinstance(value, DateValue) or value.bc or value.mod is not None:
        return None
    unit = (later["unit1"] or later["unit2"]).lower().rstrip("s")
    count = 1 if later["unit1"] or later["count"].lower() in ("a", "one") else word_number(later["count"].lower())
    if count is None:
        try:
            count = int(later["count"])
        except ValueError:
            return None
    if unit == "year":
        moved = DateValue(value.year + count, value.month, value.day)
    elif value.month is None:
        return None
    else:
        months = value.month - 1 + count
        moved = DateValue(value.year + months // 12, months % 12 + 1, value.day)
    if moved.day is not None and moved.day > calendar.days_in_month(moved.year, moved.month):
        moved = DateValue(moved.year, moved.month, None)  # "31 January" and a month later: no such day
    if moved.day is not None and unit == "month":
        moved = DateValue(moved.year, moved.month, None)  # "a month later" is a month's time, not to the day
    return FoundDate(later.start("phrase"), later.end(), later["phrase"], moved,
                     anchor.year_from_context)


# "1810, six years after his death": between a date and the statement's words, an offset from the event
_OFFSET_BEFORE_STATEMENT = re.compile(r",?\s+(?:some |about |only |nearly |almost )?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+"
                                      r"(?:years?|months?|weeks?|days?|fortnights?)\s+(?:after|before)\s+", re.I)
_DURATION_HINT = re.compile("|".join(_DURATION_WORDS), re.I)
_AGE_WHEN_WORDS = (" when ",)  # "was thirty when ...": an age told with no unit
_AGE_WHEN_HINT = re.compile(r"\swhen\s", re.I)
_RELATIVE_HINT = re.compile("|".join(_RELATIVE_WORDS), re.I)
# every match of _AGE_RE holds one of these words ("aged", "age of", "was 81 when", "nine-year-old", "years old"),
# or "at" right after a comma (the bare age of "died on D, at sixty-one,")
_AGE_WORDS = ("age", "when", "year")
_AGE_HINT = re.compile("|".join(_AGE_WORDS), re.I)
_AT_AFTER_COMMA = re.compile(r",\sat\s", re.I)


def _may_tell_an_age(text: str, sent: "_Sentence") -> bool:
    """Can _AGE_RE match in the sentence? Most sentences with a unit of time hold no age, and the pattern's
    alternatives would be tried at every word."""
    return _may_contain(text, sent, _AGE_WORDS, _AGE_HINT) or \
        _AT_AFTER_COMMA.search(text, sent.start, sent.end) is not None


_substring_hints: dict[tuple, bool] = {}


def _substring_hint(words: tuple[str, ...], hint: re.Pattern) -> bool:
    """Is `hint` the re.I alternation of `words`, all ASCII: the test a substring test on lower() makes?"""
    key = (words, hint)
    same = _substring_hints.get(key)
    if same is None:
        same = _substring_hints[key] = bool(hint.flags & re.I) and all(w.isascii() for w in words) and \
            hint.pattern == "|".join(re.escape(w) for w in words)
    return same


def _holds_one(text: str, words) -> bool:
    """Is one of `words` in `text` (as a substring)? The cue tests every sentence makes: a plain loop, which costs
    a third of any() over a generator for these short word lists."""
    for w in words:
        if w in text:
            return True
    return False


def _may_contain(text: str, sent: "_Sentence", words: tuple[str, ...], hint: re.Pattern) -> bool:
    """Does the sentence contain one of `words` in any case? (Substring tests on the lower-cased sentence,
    computed once, when ASCII words in it are what re.I finds (see vocabulary.Caseless); otherwise the re.I
    pattern, whose Unicode case rules str.lower() lacks.)"""
    low = sent.lower
    if low is None:
        seg = text[sent.start:sent.end]
        low = sent.lower = seg.lower() if seg.isascii() or not CASE_UNSAFE.search(seg) else ""
    if low and (low.isascii() or _substring_hint(words, hint)):
        for w in words:
            if w in low:
                return True
        return False
    return hint.search(text, sent.start, sent.end) is not None
_RELATIVE_RE = re.compile(
    r"(?P<back>\bthe\s+(?:(?:previous|preceding)\s+day|day\s+before(?=\s*[,.;])))|"
    r"(?P<back_unit>\bthe\s+(?:previous|preceding)\s+(?P<unit_back>week|month|year|spring|summer|autumn|fall|winter)\b)|"
    r"\b(?P<num>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>years?|months?|weeks?|days?|fortnights?)\s+"
    r"(?:more\s+)?(?:later|afterwards?|(?P<bare>after)(?:\s+(?:the|that|this|his|her|its|their)\b[^,.;]{0,40})?"
    r"|(?P<earlier>earlier|before)(?=\s*[,.;]))"
    r"|(?P<next>\b(?:the\s+(?:next|following)\s+(?:day|morning|(?P<unit_next>week|month|year|spring|summer|autumn|fall|winter))"
    r"|the\s+(?:day|(?P<unit_after>week|month|year))\s+(?P<after>after)|next\s+morning)\b)"
    r"|(?P<next_event>\bthe\s+(?:next|following|(?P<prev_event>previous|preceding))\s+(?:[a-z]+\s+)?"
    r"(?P<event_noun>[a-z]+)(?=\s*,\s*(?:in|on)\s))",
    re.I)
# "(after) his father's death", "her coronation", "Maud's marriage": an event owned by a name or a pronoun
_POSSESSED_EVENT = re.compile(r"\s*(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?=['’]s\b)|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts"
                              r"|the\s+(?P<title>[a-z]+)(?=['’]s\b))"
                              r"(?:['’]s)?\s+(?:(?P<kin>[a-z]+)['’]s\s+)?(?P<noun>[a-z]+)\b")
# what such an anchor may be: the dated moments of a life
_ANCHOR_PREDICATES = frozenset({"death", "birth", "crown", "abdicate", "marriage"})
# what "<n> weeks after the founding" may count from: the page subject's own start and end
_TOPIC_ANCHOR_PREDICATES = frozenset({"founded", "dissolved", "start", "end", "sign"})
# a clause counted back from the story's time tells what had happened by then ("had started six weeks earlier")
_THAN = re.compile(r"\bthan\b", re.I)
_PLUPERFECT = re.compile(r"\bhad\b|\b\w+['’]d\s+(?:been|begun|started|left|gone)\b", re.I)
_FIELD_ORIGINS = (Origin.INFOBOX, Origin.FRONT_MATTER)
# "(thirty years after) its founding": the page subject's own dated moment
_ITS_EVENT_NOUN = re.compile(r"\s*its\s+([a-z]+)\b")
# where a clause that a relative offset opens ends before a later date: "; ", ", and ", ", which", "("
_CLAUSE_ENDS_BETWEEN = re.compile(r"[;:()]|,\s*(?:and|but|which|who|while|whereas|though|although|when)\b|\b(?:after|before|since|until)\b", re.I)
# "three weeks later, at the Dreamland Café on 18 July": a place named between the offset and its date
_PLACE_THEN_DATE = re.compile(r",?\s+(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:on|in)\s+")
# "the following morning, and on 28 August ...": the date after "and" is the next clause's, not the offset's
_NEW_CLAUSE_BETWEEN = re.compile(r"\b(?:and|but|while|then)\b", re.I)
# what follows "<n> days after" when it names the anchor itself: any word but "that"/"this" (which point back
# at the date before); the anchor is then an event whose date the sentence does not give
_NAMES_ITS_ANCHOR = re.compile(r"\s*(?:\[\[|(?!(?:that|this|which)\b)[^\W\d_])", re.I)
# "(eleven days after) the first case, on D": words that may be a field's name, up to the clause's end
_FIELD_ANCHOR = re.compile(r"\s*the\s+([a-z]+(?:[ -][a-z]+){0,2})(?=\s*[,;.)])")
# "(nine days after) the truce" / "the landing" (one event noun, not "the fall of X")
# "(ninety days after) signature.": a bare event noun that ends the clause
_EVENT_NOUN_ANCHOR = re.compile(r"\s*(?:the\s+|(?=[a-z]+\s*(?:[.;,)]|$)))([a-z]+)\b(?!\s+of\b|-)")
_OPENING_THE = re.compile(r"\s*The\s")  # how each of the three _OPENING_EVENT_NOUN patterns begins
_OPENING_EVENT_NOUN = re.compile(r"\s*The\s+([a-z]+)\s+(?!of\b)")
_OPENING_EVENT_NOUN_OF = re.compile(r"\s*The\s+([a-z]+)\s+of\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
_OPENING_EVENT_NOUN_MODIFIED = re.compile(r"\s*The\s+[a-z]+\s+([a-z]+)\s+(?!of\b)")  # "The founding oath was"
# "(three days after) the battle opened": an event noun and the verb of its start, with no date of its own
_EVENT_NOUN_VERB_ANCHOR = re.compile(r"\s*the\s+([a-z]+)\s+(?:had\s+)?(opened|began|begun|started|commenced|ended|closed)\b")
# "(three years after) his expulsion,": an owned event noun that ends its clause
_OWNED_NOUN_ANCHOR = re.compile(r"\s*(?:his|her|its|their)\s+([a-z]{4,})\s*[,;.]")
# the page subject's own start or end that such a verb tells ("two days after the battle had opened" on the page of
# the Battle of X)
_VERB_TOPIC_PREDICATE = {"opened": "start", "began": "start", "begun": "start", "started": "start",
                         "commenced": "start", "ended": "end", "closed": "end"}


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """Event heads as common nouns: "ceasefire", "armistice", "landing"."""
    return frozenset(w.casefold() for w in _lexicon().event_heads)


@lru_cache(maxsize=1)
def _anchor_event_nouns() -> frozenset[str]:
    """Event nouns a later "three days after the oath" may count from: the event heads and the everyday
    events of prose.yaml `anchor_event_nouns`."""
    return _event_nouns() | frozenset(str(w).casefold() for w in vocabulary.load("prose").get("anchor_event_nouns") or ())


# a date stated as background: "had already run out on 30 April", "having taken the town on 2 May"
_FLASHBACK = re.compile(r"\b(?:had|having|already)\b[^.;]*$", re.I)


@lru_cache(maxsize=1)
def _vague_counts() -> frozenset[str]:
    """ "some", "several": counts of an offset that give only its direction (prose.yaml `vague_counts`)."""
    return frozenset(str(w).casefold() for w in vocabulary.load("prose").get("vague_counts") or ())


@lru_cache(maxsize=1)
def _approximate_before() -> re.Pattern:
    """ "about", "some", "nearly" right before a figure (one alternation: it matches where one of the
    words' own patterns would)."""
    words = "|".join(re.escape(q) for q in _lexicon().approximate)
    return re.compile(rf"(?:^|\W)(?:{words})\s*$") if words else re.compile(r"(?!)")


@lru_cache(maxsize=1)
def _bare_topic_nouns() -> frozenset[str]:
    """Topic nouns that name the page subject without an article (prose.yaml `bare_topic_nouns`)."""
    return frozenset(str(w).lower() for w in vocabulary.load("prose").get("bare_topic_nouns") or ())


@lru_cache(maxsize=1)
def _tenure_lasted() -> re.Pattern:
    """"his tenure", "her captaincy of the guard", "whose term": an office held (prose.yaml `tenure_nouns`)."""
    nouns = "|".join(re.escape(str(n).lower()) for n in vocabulary.load("prose").get("tenure_nouns") or ())
    return re.compile(rf"\b(?:his|her|their|its|whose)\s+(?:[a-z]+\s+)?(?:{nouns})\b", re.I) if nouns \
        else re.compile(r"(?!)")


@lru_cache(maxsize=1)
def _office_verb_before() -> re.Pattern:
    """ "His reign of twenty-two years", "reigned for 19 years", "governed the abbey for twenty-nine years":
    an office held, measured from its holder's accession or term start (prose.yaml `office_verbs`)."""
    verbs = "|".join(r"\s+".join(map(re.escape, str(v).lower().split()))
                     for v in vocabulary.load("prose").get("office_verbs") or ())
    return re.compile(rf"\b(?:{verbs})\b(?:\s+\w+){{0,3}}\s*(?:of|for)?\s*$") if verbs else re.compile(r"(?!)")


# "of negotiation", "of talks" after "after nine days": the talks a treaty page told the opening of
_TALKS_OF = re.compile(r"\s+of\s+(?:[a-z]+\s+)?(?:negotiations?|talks)\b", re.I)
# "Talks opened in the station hotel at Montebras on 29 October", "Negotiations began at Dray on 3 May": the sentence
_TALKS_OPENED = re.compile(r"\b(?:[Tt]alks|[Nn]egotiations|[Pp]eace\s+talks)\s+(?:were\s+)?(?:opened|began|started|"
                           r"commenced|resumed)\b[^.;]*")


@lru_cache(maxsize=1)
def _activity_after() -> re.Pattern:
    """ "of fighting", "of almost continuous session" after a length: the activity that filled the range
    the sentence gives (prose.yaml `span_activity_nouns`)."""
    nouns = "|".join(re.escape(str(n).lower()) for n in vocabulary.load("prose").get("span_activity_nouns") or ())
    return re.compile(rf"\s+of\s+(?:[a-z]+\s+){{0,2}}?(?:{nouns})\b") if nouns else re.compile(r"(?!)")


@lru_cache(maxsize=1)
def _part_of_before() -> re.Pattern:
    """ "The first period of the league", "the opening phase of the war" as what lasted: a part of the
    thing, whose length is not the thing's (prose.yaml `part_nouns`)."""
    nouns = "|".join(re.escape(str(n).lower()) for n in vocabulary.load("prose").get("part_nouns") or ())
    return re.compile(rf"\b(?:{nouns})\s+of\b", re.I) if nouns else re.compile(r"(?!)")


# a length that dates one day from another ("two years later", "twenty years to the day after the founding"): an
# offset, not the span between the sentence's dates
_OFFSET_AFTER_LENGTH = re.compile(r"\s*(?:to\s+the\s+(?:day|week|month|year)\s+)?"
                                  r"(?:later|after|afterwards|earlier|before)\b")


@lru_cache(maxsize=1)
def _commemorated() -> tuple[re.Pattern, re.Pattern]:
    """An event noun kept or celebrated later: a commemorating verb before it ("the town celebrated the guild's
    founding") or after it ("the league's founding is still celebrated"), prose.yaml `commemorating_verbs`."""
    verbs = alternation(str(v).lower() for v in vocabulary.load("prose").get("commemorating_verbs") or ())
    before = re.compile(rf"\b(?:{verbs})\s+(?:the\s+|its\s+|their\s+)?(?:[\w’']+\s+){{0,3}}$")
    adverbs = r"(?:still|now|also|annually|yearly|each\s+year|every\s+year|each\s+spring|every\s+spring)"
    after = re.compile(rf"(?:\s+of\s+[\w’' ]{{1,40}}?)?\s+(?:(?:is|are|has\s+been|have\s+been|will\s+be)\s+"
                       rf"(?:{adverbs}\s+)?|(?:was|were|had\s+been)\s+{adverbs}\s+)(?:{verbs})\b", re.I)
    return before, after


def _nominal_owns_date(ptoks, i: int) -> bool:
    """Is the date at ptoks[i] an event noun's own ("death in 1890", "his wedding on 3 May")?"""
    j = i - 1
    if j >= 0 and ptoks[j].lower in ("in", "on", "of"):
        j -= 1
    return j >= 0 and ptoks[j].type == "NOM"


def _part_of_span(seg: str, start: int, end: int) -> bool:
    """Is the length at seg[start:end] told as a part of a span: a qualifier in its clause before it ("ruled
    alone for", "her sole reign lasted", "the second siege lasted", "the last ten years") or right after it
    ("twenty-four years in his own right", "six of the war's nine years")? (prose.yaml `part_of_span_*`)"""
    before_re, after_re = _part_of_span_patterns()
    clause_start = max(seg.rfind(c, 0, start) for c in ".;:(") + 1
    return bool(before_re.search(seg, clause_start, start) or after_re.match(seg, end))


@lru_cache(maxsize=1)
def _part_of_span_patterns() -> tuple[re.Pattern, re.Pattern]:
    lex = vocabulary.load("prose")

    def words(key: str) -> str:
        return alternation(str(v).lower() for v in lex.get(key) or ())

    before = rf"\b(?:{words('part_of_span_before')})\b|\b(?:{words('part_of_span_right_before')})\s*$"
    after = rf"\s*(?:{words('part_of_span_after')})\b"
    return re.compile(before, re.I), re.compile(after, re.I)


@lru_cache(maxsize=1)
def _span_closing_before() -> re.Pattern:
    """ "ended", "brought to a close" right before "N years of war" (prose.yaml `span_closing_words`)."""
    words = "|".join(r"\s+".join(map(re.escape, str(v).lower().split()))
                     for v in vocabulary.load("prose").get("span_closing_words") or ())
    return re.compile(rf"\b(?:{words})\s+(?:(?:the|its|their|some|nearly|almost|over|about)\s+)?$") if words \
        else re.compile(r"(?!)")


@lru_cache(maxsize=1)
def _lasted_before() -> re.Pattern:
    """"lasted", "had dragged on for", "went on for" right before a span (prose.yaml `lasting_verbs`): it
    measures what lasted, named before the verb; "existed for", "traded for" (`existence_verbs`, group
    `exists`): a body's existence."""
    table = vocabulary.load("prose")

    def words(key):
        return "|".join(r"\s+".join(map(re.escape, str(v).lower().split())) for v in table.get(key) or ())
    verbs, exists = words("lasting_verbs"), words("existence_verbs") or "(?!)"
    return re.compile(rf"\b(?:(?:had|has|have)\s+)?(?:{verbs}|(?P<exists>{exists}))(?:\s+for)?\s*$") \
        if verbs else re.compile(r"(?!)")


@lru_cache(maxsize=1)
def _span_bound_before() -> re.Pattern:
    """"over", "less than" right before a span (its words in group 1)."""
    words = sorted(span_bounds(), key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?:^|\W)({alt})\s*$") if alt else re.compile(r"(?!)")


@lru_cache(maxsize=1)
def _rounded_before() -> re.Pattern:
    """ "some", "about" right before a span: a rounded figure (prose.yaml `rounded`), unlike "nearly" or
    "more than", which bound it from one side."""
    words = "|".join(re.escape(str(q)) for q in vocabulary.load("prose").get("rounded") or ())
    return re.compile(rf"(?:^|\W)(?:{words})\s*$") if words else re.compile(r"(?!)")


@lru_cache(maxsize=1)
def _frequency() -> tuple[re.Pattern, re.Pattern]:
    """ "twice a year", "a year at a time": a rate (prose.yaml `frequency`), never a length of time. The first
    pattern ends the text before a one-unit phrase ("a year"), the second starts the text after it."""
    spec = vocabulary.load("prose").get("frequency") or {}
    before = "|".join(re.escape(str(w)) for w in spec.get("before") or ()) or "(?!)"
    after = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in spec.get("after") or ()) or "(?!)"
    return re.compile(rf"\b(?:{before})\s+$", re.I), re.compile(rf"\s+(?:{after})\b", re.I)


@lru_cache(maxsize=1)
def _measure_gates() -> tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...]:
    """Per measure of _measure_patterns: the words (lower-cased) one of which every match of its "<word> of"
    pattern contains, the cue words (before or after) one of which a counted figure needs, and the
    counted nouns one of which every counted match contains."""
    out = []
    for spec in _lexicon().measures.values():
        before = tuple(str(w).lower() for w in spec.get("before_of") or [])
        cued = tuple(str(c).lower() for c in (spec.get("cues") or []) + (spec.get("cues_after") or [])) \
            if spec.get("counted_nouns") else ()
        nouns = tuple(str(n) for n in spec.get("counted_nouns") or ())  # as the pattern has them: case kept
        out.append((before, cued, nouns))
    return tuple(out)


@lru_cache(maxsize=1)
def _measure_needs() -> tuple[str, ...]:
    """Words (lower-cased) one of which every match of every measure pattern contains: each measure's "<word>
    of" words and its counted nouns (matched as written in the sentence; lower-cased they are in its lower-cased
    text, so this is a necessary test for ASCII nouns). A word holding another of them is left out (the
    shorter one is found wherever it is). With a non-ASCII noun no word is safe to require: the test is off."""
    needs = {w for before, _, nouns in _measure_gates() for w in (*before, *(n.lower() for n in nouns))}
    if not all(w.isascii() for before, _, nouns in _measure_gates() for w in (*before, *nouns)):
        return ("",)  # "" is in every text
    return tuple(sorted(w for w in needs if not any(o != w and o in w for o in needs)))


@lru_cache(maxsize=1)
def _spelled_count_nouns() -> tuple[str, ...]:
    """Counted nouns of the measures whose figure may be written in words ("nine member states")."""
    return tuple(str(n).lower() for spec in _lexicon().measures.values() if spec.get("spelled")
                 for n in spec.get("counted_nouns") or ())


@lru_cache(maxsize=1)
def _measure_patterns():
    """Compiled figure patterns per measure: (measure, "<word> of", cue words, "<n> <counted noun>")."""
    out = []
    for measure, spec in _lexicon().measures.items():
        words = [re.escape(str(w).lower()) for w in spec.get("before_of") or []]
        before_of = re.compile(rf"\b({'|'.join(words)})\s+(?:of|was|stood at|is)\s+") if words else None
        cues = [re.escape(str(c).lower()) for c in spec.get("cues") or []]
        nouns = [re.escape(str(n)) for n in spec.get("counted_nouns") or []]
        spelled = ""
        if spec.get("spelled"):  # "had nine member states": small counts are written in words
            words = "|".join(sorted((re.escape(str(w)) for w in vocabulary.load("numbers")["words"]
                                     if len(str(w)) > 2), key=len, reverse=True))
            spelled = rf"|\b(?i:(?:{words})(?:-(?:{words}))?)"
        counted = re.compile(rf"(\d[\d,.]*(?:\s*(?:million|thousand))?{spelled})\s+(?:{'|'.join(nouns)})\b") \
            if nouns and cues else None
        after = [re.escape(str(c).lower()) for c in spec.get("cues_after") or []]
        # a cue counts the figure when it stands just before it: "counted (about) 4,218,300 people"
        cue = re.compile(rf"\b(?:{'|'.join(cues)})\b(?:\s+[a-z]+){{0,3}}\s+$") if cues else None
        lived = re.compile(rf"\s+(?:{'|'.join(after)})\b") if after else None
        out.append((measure, before_of, cue, counted, lived))
    return out


_NO_DATES: frozenset[int] = frozenset()


def _event_owned_dates(toks: list[Tok]) -> set[int]:
    """Ids of DATE tokens bracketed right after an event's name: "the Battle of Gazala (26 May – 21 June
    1942)" dates Gazala only, never a verb of the sentence around it."""
    return {id(toks[i]) for i in range(2, len(toks))
            if toks[i].type == "DATE" and toks[i - 1].type == "PAREN" and toks[i - 1].text == "("
            and toks[i - 2].type == "EVENT"}


def _drop_bracketed_short_forms(toks: list[Tok]) -> list[Tok]:
    """ "the Kessmark Shipping Guild (KSG) was founded": the bracketed short form is not a second subject."""
    out: list[Tok] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if t.type == "PAREN" and t.text == "(" and out and out[-1].type in ("NAME", "EVENT") and i + 2 < n \
                and toks[i + 1].type == "NAME" and toks[i + 2].type == "PAREN":
            i += 3
            continue
        out.append(t)
        i += 1
    return out


_DIGIT = re.compile(r"\d")


def _plural_noun(chunks: list, ci: int) -> bool:
    """"the Caskell lands were divided", "the Marrow lands passed to the board": a lone verb form in -s right
    before another verb is a plural noun (two finite verbs do not follow each other)."""
    ch = chunks[ci]
    if ch.kind != "active" or len(ch.toks) != 1 or not ch.toks[0].lower.endswith("s") or ci + 1 == len(chunks):
        return False
    nxt = chunks[ci + 1]
    return nxt.kind in ("active", "passive", "auxrun") or \
        nxt.kind == "OTHER" and nxt.toks[0].lower.endswith("ed") and nxt.toks[0].text.isalpha()


def _object_and(chunks: list, k: int) -> bool:
    """"Ostkirk renounces the League and joins Arnhaven": a name before "and" and a verb, after a name and a
    lower-case word (a verb the vocabulary does not know), is that verb's object; both verbs are the first name's."""
    return k >= 2 and chunks[k].toks[-1].type == "AND" and chunks[k - 1].kind == "OTHER" and \
        len(chunks[k - 1].toks) == 1 and chunks[k - 1].toks[0].text.isalpha() and \
        chunks[k - 1].toks[0].text.islower() and chunks[k - 2].kind == "names" and chunks[k - 2].toks[-1].type != "COMMA"


def _same_name_before(toks: list[Tok], j: int) -> bool:
    """"of the same name", "of that name" ending at toks[j]: a namesake told as one."""
    return j >= 1 and toks[j].lower == "name" and toks[j - 1].lower in ("same", "that")


@lru_cache(maxsize=1)
def _namesake_words() -> tuple[frozenset[str], frozenset[str]]:
    """"named", "called" ... and "after", "for": the words of a name given after someone."""
    spec = vocabulary.load("prose").get("namesake_words") or {}
    return (frozenset(str(w).lower() for w in spec.get("given") or ()),
            frozenset(str(w).lower() for w in spec.get("after") or ()))


def _namesakes_unnamed(toks: list[Tok]) -> list[Tok]:
    """"their son, named Ottaviano after his great-uncle, was born in 1575": a name given after someone is
    a namesake's, not the one the text named before: it stands for someone no statement is made of (nor of
    a later clause or pronoun about the child)."""
    given, after = _namesake_words()
    out = list(toks)
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if t.type == "NAME" and toks[i - 1].lower in given and toks[i + 1].lower in after:
            out[i] = Tok("NAME", t.start, t.end, t.text, _NAMESAKE, None, t.lower)
    return out


@lru_cache(maxsize=1)
def _repeat_words() -> tuple[frozenset[str], frozenset[str]]:
    """"again", "anew" and the predicates a thing has once (vocabulary `repeated_occasions`)."""
    spec = vocabulary.load("prose").get("repeated_occasions") or {}
    return (frozenset(str(w).lower() for w in spec.get("adverbs") or ()),
            frozenset(str(w) for w in spec.get("once") or ()))


def _repeated_occasions(toks: list[Tok]) -> list[Tok]:
    """"had the Old Bridge open again by 1665", "the siege was again begun": a verb told with "again" is a
    later occasion, which dates no opening, founding or signing the thing has once (an act stays an act)."""
    adverbs, once = _repeat_words()
    out = list(toks)
    for i, t in enumerate(toks):
        if t.type != "VERB" or not isinstance(t.value, tuple) or once.isdisjoint(t.value):
            continue
        if i + 1 < len(toks) and toks[i + 1].lower in adverbs or i and toks[i - 1].lower in adverbs:
            kept = tuple(p for p in t.value if p not in once)
            out[i] = Tok("VERB" if kept else "OTHER", t.start, t.end, t.text, kept or None, t.members, t.lower)
    return out


_UNREAD_VERB_OPENERS = frozenset({"NEG", "ADV", "OTHER"})  # after a sentence's opening name: its unread verb
def _title_named(toks: list[Tok], title: str, text: str) -> list[Tok]:
    """"The Caddenmoor branch was a railway ... It opened in 1887" on the page "Caddenmoor branch line": a name
    and the common nouns after it that begin the page's title are the page's subject, not the place named."""
    folded = title.casefold()
    words = folded.split()
    out: list[Tok] | None = None
    for i, t in enumerate(toks):
        if t.type != "NAME" or not isinstance(t.value, str) or not folded.startswith(t.value.casefold()):
            continue
        head = t.value.casefold().split()
        j = i + 1
        while j < len(toks) and len(head) < len(words) and toks[j].type == "OTHER" and \
                toks[j].text[:1].islower() and toks[j].lower == words[len(head)]:
            head.append(toks[j].lower)
            j += 1
        if j > i + 1 and head == words[:len(head)]:
            out = out if out is not None else list(toks)
            out[i] = Tok("NAME", t.start, toks[j - 1].end, text[t.start:toks[j - 1].end], title, None, t.lower)
            for k in range(i + 1, j):
                out[k] = None
    return toks if out is None else [t for t in out if t is not None]


# a noun phrase of kin opens with one of these ("his first wife", "the engraver", "her cousin's widow")
_KIN_OPENERS = frozenset({"his", "her", "their", "its", "the", "a", "an", "my", "our"})
# what may follow a kin noun phrase's head after a name ("Ilke, his wife, died", "Ilke (his wife)", "the widow of")
_KIN_PHRASE_ENDS = frozenset({",", "(", ")", ".", ";", ":", "of", "and", "who", "whom", "whose", "to", "—", "–"})
_COPULAS = frozenset({"was", "is", "became"})
_SPOUSE_OTHER = {"wife": "husband", "widow": "husband", "bride": "husband", "husband": "wife", "widower": "wife"}
_SUBJECT_ONLY = frozenset({"he", "she", "they", "we", "i"})  # never a verb's object ("when the war began he was")


def _kin_phrase_head(words: list[str], gendered: dict[str, str]) -> str | None:
    """The head noun of a kin noun phrase's words (lower case): the word before its first "of" ("wife of ten
    years"), else its last ("cousin's widow"); "queen consort" is a queen."""
    if "of" in words:
        words = words[:words.index("of")]
    if not words:
        return None
    if len(words) >= 2 and words[-1] == "consort":
        return words[-2] if words[-2] in gendered else None
    return words[-1] if words[-1] in gendered else None


def _kin_head_before(raw, i: int, gendered: dict[str, str]) -> str | None:
    """"His first wife, the engraver Ilke Marr", "his wife of ten years, Ilke", "His first wife was Ilke": the
    kin noun of a phrase that a determiner opens and a comma, a copula or the name closes, just before the name;
    a phrase inside an "of" phrase is its outer phrase's ("the son of the queen, Edric" is a son)."""
    k = i - 1
    for _ in range(2):  # the phrase right before the name, then one more before a comma ("wife, the engraver X")
        if k >= 0 and raw[k][0] == "word" and raw[k][3].lower() in _COPULAS:
            k -= 1
        elif k >= 0 and raw[k][3] == ",":
            k -= 1
        words: list[str] = []
        while k >= 0 and raw[k][0] in ("word", "num") and len(words) < 8:
            low = raw[k][3].lower().replace("’", "'")
            if raw[k][3][:1].isupper() and low not in _KIN_OPENERS:
                return None  # "the daughter of Osric, Maren": the name closes no phrase of its own
            words.append(low)
            k -= 1
            if low in _KIN_OPENERS and not (k >= 0 and raw[k][3].lower() == "of"):
                break
        else:
            if words:
                return None  # no determiner opens it ("he married Ilke"): no kin phrase
        if not words or words[-1] not in _KIN_OPENERS:
            return None
        if words[0] == "of":
            # "as the wife of Odo Marr", "the widow of Odo": the name is the "of" phrase's, the other side of the
            # kin word (Odo is no wife, but a spouse's husband)
            head = _kin_phrase_head(words[-2::-1], gendered) if len(words) == 3 else None
            return _SPOUSE_OTHER.get(head or "")
        head = _kin_phrase_head(words[-2::-1], gendered)
        if head:
            return head
    return None


def _kin_head_after(raw, j: int, gendered: dict[str, str]) -> str | None:
    """"Ilke Marr, his first wife,", "Ilke Marr (his cousin's widow)", "Ilke Marr, widow of Odo", "Ilke Marr was
    the daughter of a notary": the head of a kin noun phrase right after the name, which a determiner or the
    kin noun itself opens and a comma, bracket, "of" or the sentence closes."""
    n = len(raw)
    k = j
    dated = False
    if k < n and raw[k][3] == "(":
        # "Ilke Marr (3 May 1409 – 1472) was queen of Tarn": the life dates in brackets, then the copula and a
        # title (a kin word there, "was the wife of", is left to the words that follow)
        close = next((m for m in range(k + 1, min(n, k + 14)) if raw[m][3] == ")"), None)
        if close is not None and any(raw[m][0] in ("num", "DATE") for m in range(k + 1, close)) and close + 1 < n and \
                raw[close + 1][0] == "word" and raw[close + 1][3].lower() in _COPULAS:
            k, dated = close + 1, True
    if k < n and (raw[k][3] in (",", "(") or raw[k][0] == "word" and raw[k][3].lower() in _COPULAS):
        k += 1
    else:
        return None
    words: list[str] = []
    while k < n and raw[k][0] == "word" and len(words) < 6:
        low = raw[k][3].lower().replace("’", "'")
        if low in _KIN_PHRASE_ENDS:
            break
        words.append(low)
        k += 1
    if not words or k < n and raw[k][3].lower() not in _KIN_PHRASE_ENDS:
        return None  # "Ilke, his wife died in": a clause, not an apposed phrase
    if words[0] not in _KIN_OPENERS and len(words) > 1 and words[1] != "consort":
        # "Maud of Fenwick, Queen Dowager (": a title apposed with a word after it is still that title
        return words[0] if words[0] in gendered and raw[j + 1][3][:1].isupper() else None
    head = _kin_phrase_head(words[1:] if words[0] in _KIN_OPENERS else words, gendered)
    if dated and head in vocabulary.word_set("prose", "relation_nouns"):
        return None
    return head


_LIFE_AFTER = re.compile(r"\s*\((?:b\.\s*|born\s+|d\.\s*|died\s+|c\.\s*)?\d")  # "Odo Fenn (1850–1919)", "(b. 1850)"
_ITEM_MARK = re.compile(r"\s*([-*•])\s+")
# an item's opening name: "Odo Fenn (1850–1919), rope-maker", "Wenna Fenn, his sister", "Odo Fenn: mayor 1890"
_ITEM_LEAD = re.compile(r"\s*(?:[-*•]\s+)?([A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’.-]+|of|de|van|von|the)){0,4})\s*(?=[,(:;–—]|\s-\s|$)")


def _item_depth(block: Block) -> int:
    """A list item's nesting: the source's (Markdown depth, wikitext marker: a ":" description one deeper than
    the term above it), 1 for a plain-text "- " line; 0 for no item."""
    if block.kind is BlockKind.LIST_ITEM:
        attrs = block.attrs or {}
        marker = attrs.get("marker") or "*"
        # a description (";" term, ":" description) or an item's continuation ("*:") goes on with the item above
        return int(attrs.get("depth") or len(marker) + marker.endswith(":"))
    return 1 if block.kind is BlockKind.CAPTION and _ITEM_MARK.match(block.text) else 0


_NAMESAKE = "(namesake)"  # who a name given after someone stands for: no one a statement is made of
_NAMESAKE_ASIDE = "(namesake aside)"  # the same, told in an aside: no statement, and never the next pronoun


@lru_cache(maxsize=1)
def _share_nouns() -> frozenset[str]:
    """"part", "participation", "role": a share in an event, whose start or end is not the event's."""
    return frozenset(str(w).lower() for w in vocabulary.load("prose").get("share_nouns") or ["part"])


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    return frozenset(str(w) for w in vocabulary.load("prose").get("party_words") or [])


@lru_cache(maxsize=8)
def _bracket_positions(text: str) -> tuple[list[int], list[int]]:
    """Positions of every "(" and ")" in a block (once per block, so lookups stay logarithmic)."""
    return [m.start() for m in re.finditer(r"\(", text)], [m.start() for m in re.finditer(r"\)", text)]


_POSITIONAL = re.compile(r"\b(?:at|during|by|until|till|toward|towards|near|around|from)\s+the\s+(?:very\s+)?$")
# "after the beginning of X", "three days before the anticipated start of X": the date of the
# sentence is before or after the start, never the start itself (unless it follows, "after the
# start of X on D", with no measure and no comma between)
_RELATIONAL = re.compile(r"(?P<measure>\b(?:days?|weeks?|months?|years?|hours?|shortly|just|soon|long|well|"
                         r"immediately|only|even)\s+)?"
                         r"\b(?:after|before|since|following|prior\s+to|ahead\s+of|preceding)\s+the\s+"
                         r"(?:(?:very|anticipated|planned|scheduled|expected|intended|official|actual|formal)\s+)?$")
_RELATION_BEFORE = re.compile(r"\b(?:before|prior\s+to|ahead\s+of|preceding)\s+(?:the\s+)?$",
                              re.IGNORECASE)
_COMMEMORATION = re.compile(r"\b(?:anniversary|anniversaries|centenary|centennial|bicentenary|jubilee|"
                            r"commemoration|commemorations|memorial|remembrance)\b")


def _quiet_quotations(toks: list[Tok]) -> list[Tok]:
    """Words between paired double quotes are someone's words, not the narrator's facts: their verbs and
    nouns trigger nothing ('Buckley wrote that "the plan was poorly executed"' is no death of Buckley)."""
    opened = None
    spans = []
    for i, t in enumerate(toks):
        if t.type != "OTHER" or t.text not in ('"', "“", "”"):
            continue
        if opened is None and t.text != "”":
            opened = i
        elif opened is not None and t.text != "“":
            spans.append((opened, i))
            opened = None
    for a, b in spans:
        for k in range(a + 1, b):
            t = toks[k]
            if t.type in ("VERB", "NOM", "HEDGE", "NEG"):
                toks[k] = Tok("OTHER", t.start, t.end, t.text, lower=t.lower)
    return toks


def _linked_full_names(links: str | None) -> dict[str, str] | None:
    """ "Tobrec=>Tobrec II": a one-word label that is the first word of its link's page is that page, whatever
    other bearer of the name the document knows."""
    if not links:
        return None
    out = {}
    for pair in links.split("\n"):
        label, _, target = pair.partition("=>")
        if label and " " not in label and target.startswith(label + " ") and "(" not in target:
            out[label] = target
    return out or None


def _qualified_away(raw, k: int, qualifiers: frozenset[str]) -> bool:
    """"the war in Europe", "hostilities between the leagues": a word qualifying the topic noun away from the
    page subject. Not before a date: "the pact on 14 February", "the war in 1702" is the subject, dated."""
    if k >= len(raw) or raw[k][3].lower() not in qualifiers:
        return False
    after = raw[k + 1] if k + 1 < len(raw) else None
    return after is None or not (after[0] in ("num", "DATE") or after[3].lower() in MONTHS)


def _outside_link_names(block: Block, dates: list[FoundDate]) -> list[FoundDate]:
    """Dates that are not a linked page's disambiguation: "[[Narva Offensive (July 1944)]]" names one
    of several offensives, it does not date the sentence it stands in."""
    attrs = block.attrs
    names = [x.split("=>", 1)[0] for x in attrs.get("links", "").split("\n")]
    names += attrs.get("targets", "").split("\n")
    text, inside = block.text, []
    for name in names:
        if not name.endswith(")") or "(" not in name:
            continue
        at = text.find(name)
        while at >= 0:
            inside.append((at + name.rfind("("), at + len(name)))
            at = text.find(name, at + len(name))
    if not inside:
        return dates
    return [f for f in dates if not any(a <= f.start and f.end <= b for a, b in inside)]


def _makes_agreement(obj) -> bool:
    """An object whose words name an agreement ("a customs convention", "the last pact"): concluding it is
    making it, an act of the one who concludes (vocabulary `agreement_nouns`)."""
    nouns = vocabulary.word_set("prose", "agreement_nouns")
    return any(t.lower in nouns for t in obj.toks[:6])


_TERM_PREDS = frozenset({"term_start", "term_as"})


def _office_named_after(text: str, at: int) -> bool:
    """"elected him abbot", "appointed her prior": the office's noun (prose.yaml made_office_nouns) right after the
    pronoun, with nothing after it but a date, a preposition or the clause's end ("elected her brother" is another)."""
    m = _OFFICE_AFTER_PRONOUN.match(text, at)
    return m is not None and m[1].lower() in vocabulary.word_set("prose", "made_office_nouns")


_OBJECT_PRONOUN = re.compile(r"\s+([Hh]im|[Hh]er)\b")
_OFFICE_AFTER_PRONOUN = re.compile(r"\s+(?:the\s+)?([a-z]+)(?=\s*[,.;:)]|\s+(?:on|in|of|at|for|by|after|before|when)\b|\s*$)")


def _as_after(chunks, k: int) -> bool:
    """Does chunk `k` open on "as" (the office a person is made: "appointed Ann Ware as warden"), or does it
    after an aside on the person ("hired Ilse Varn, a radio mechanic, as chief engineer")?"""
    if 0 <= k < len(chunks) and chunks[k].toks[0].lower == "as":
        office = chunks[k].toks[1:2] or (chunks[k + 1].toks[:1] if k + 1 < len(chunks) else [])
        return bool(office) and office[0].type not in ("PRON", "VERB", "AUX", "DATE", "ADV")  # not "as they stood"
    if k < 1 or k >= len(chunks) or chunks[k - 1].kind != "names" or chunks[k - 1].toks[-1].type != "COMMA":
        return False
    for j in range(k, min(k + 4, len(chunks) - 1)):
        if chunks[j].kind == "COMMA":
            return _as_after(chunks, j + 1)
        if chunks[j].kind not in ("OTHER", "owner", "nominal"):
            return False
    return False


_PLACE_PREPOSITIONS = frozenset({"at", "in", "on", "near", "off", "before", "outside"})


def _place_after_phrase(spec: dict, verb: Tok) -> bool:
    """A phrase of dying that its subject undergoes and that ends in a preposition of place ("fell at"): what
    follows it is the place, never the one who died."""
    words = verb.text.lower().split()
    return len(words) > 1 and words[-1] in _PLACE_PREPOSITIONS and _active_patient(spec, verb)


def _active_patient(spec: dict, verb: Tok) -> bool:
    """May an active verb of this patient predicate have the one it happens to as its subject?"""
    allowed = spec.get("active_patient")
    if not allowed:
        return True
    forms = _inflected_phrases(tuple(allowed))
    if verb.lower in forms:
        return True
    # a phrase token keeps only its first word in `lower`: "fell at", "killed in action" are whole
    # phrases of dying; a passive one ("was killed much later") is left to the narrower readings
    phrase = " ".join(verb.text.lower().split())
    return phrase != verb.lower and phrase in forms and verb.lower not in _PASSIVE_AUXILIARIES


@lru_cache(maxsize=64)
def _inflected_phrases(phrases: tuple[str, ...]) -> frozenset[str]:
    out = set()
    for entry in phrases:
        first, *rest = str(entry).lower().split()
        out |= {" ".join((f, *rest)) for f in _inflect(first)}
    return frozenset(out)


_POSSESSIVE_ENDS = frozenset({"'s", "\u2019s", "'", "\u2019"})
_POSSESSIVE_OWNER_ENDS = ("'s", "\u2019s", "s'", "s\u2019")


def _styled(source: str, at: int) -> bool:
    """The name at file offset `at` opens italics or a quotation (''Balder'', *Balder*, "Stahl"): the title of a
    ship, a work or a battle group, which may be named after someone without being them."""
    before = source[max(0, at - 5):at]
    if before.endswith(('"', "\u201c", "\u2018", "'" * 5)):
        return True
    if before.endswith("'" * 3) or (before.endswith(("**", "__")) and not before.endswith(("***", "___"))):
        return False  # bold
    return before.endswith(("''", "*", "_"))


def _in_parentheses(text: str, at: int) -> bool:
    """True when the last bracket before `at` opens one (bisect, not a scan back to the block start)."""
    opens, closes = _bracket_positions(text)
    i, j = bisect_left(opens, at), bisect_left(closes, at)
    return (opens[i - 1] if i else -1) > (closes[j - 1] if j else -1)


# between the two dates of "lasted five weeks, from 2 April to 7 May" or "from its launch in 2304 to
# landfall in 2319": a range, not two dates of two clauses ("from 10 May, the army won ... until 1944")
_JOINS_A_RANGE = re.compile(r"[^,;:.()]{0,40}?\s(?:to|until|till|through|up to)\s[^,;:.()]{0,40}|\s*[–—-]\s*", re.I)


_HALF_UNIT_DAYS = {"year": ("months", 6), "month": ("days", 15), "week": ("days", 3)}
_HALF_ROUND_UNITS = {"decade": 10, "century": 100, "centuries": 100}


_COMPOUND_NOUN = re.compile(r"[-\s](?:long\s+)?([a-z]+)\b")
# after "a 14-year": an age ("-old"), or a word that is no noun the length could qualify
_NOT_SPAN_NOUNS = frozenset({"old", "olds", "and", "or", "of", "in", "to", "for", "later", "earlier", "after", "before",
                             "ago", "on", "at", "with", "by", "from", "the", "a", "an"})


def _compound_noun(seg: str, m: re.Match) -> re.Match | None:
    """The noun a length qualifies when written as an adjective: "14-year reign", "a forty year rule" (a
    singular unit after a count above one); None for "fourteen years", "one year".
    """
    phrase = m.group(0)
    unit = re.search(r"(?:\s+|-)(years?|months?|weeks?|days?|fortnights?|decades?|century|centuries)$", phrase, re.I)
    if unit is None or unit.group(1).endswith("s") or phrase != phrase.split(",")[0] or \
            unit.group(1).lower() not in ("year", "month", "decade", "century"):
        return None  # "the two-day battle", "a four-day march": loose counts of days, not checked
    count = word_number(phrase[:unit.start()])
    if not unit.group(0).startswith("-") and (count is None or count <= 1):
        return None
    return _COMPOUND_NOUN.match(seg, m.end()) if seg[m.end():m.end() + 1] in ("-", " ") else None


def _half_units(seg: str, m: re.Match) -> tuple[StatedDuration, int] | None:
    """ "two and a half years" (the pattern found only "half years"): N units and half a unit, read as a
    rounded figure; with where the phrase starts in `seg`."""
    unit = re.fullmatch(r"half\s+(year|month|week|decade|century|centuries)s?", m.group(0), re.I)
    if unit is None:
        return None
    n = re.search(r"\b(\d+|[a-z]+(?:-[a-z]+)?)\s+and\s+a\s+$", seg[max(0, m.start() - 30):m.start()], re.I)
    count = word_number(n.group(1)) if n else None
    if not count:
        return None
    d = StatedDuration(approximate=True)
    word = unit.group(1).lower()
    if word in _HALF_ROUND_UNITS:  # "two and a half centuries": 250 years
        d.years = count * _HALF_ROUND_UNITS[word] + _HALF_ROUND_UNITS[word] // 2
        return d, m.start() - (len(n.group(0)))
    setattr(d, word + "s", count)
    part, amount = _HALF_UNIT_DAYS[word]
    setattr(d, part, getattr(d, part) + amount)
    return d, m.start() - (len(n.group(0)))


def _span_follows(text: str, at: int, dates_after: list) -> bool:
    """ "who reigned eighteen years, from 502 to 520": the span measured is written right after the length,
    and is read from there, not from whoever the sentence is about."""
    near = [f for f in dates_after if f.start - at < 40]
    if any(isinstance(f.value, DateRange) for f in near):
        return True
    return len(dates_after) >= 2 and re.match(r"\W*\s*from\b", text[at:at + 12]) is not None \
        and _JOINS_A_RANGE.fullmatch(text[dates_after[0].end:dates_after[1].start]) is not None


def _duration(phrase: str) -> StatedDuration | None:
    """parse_duration, with "and" list joints made commas ("two months and three weeks")."""
    return parse_duration(re.sub(r",?\s+and\s+", ", ", phrase))


def _bare(word: str) -> str:
    """A word without its possessive ending."""
    last = word[-1:]
    if last != "s" and last != "'" and last != "’":
        return word  # most words: no ending to test (called ~90,000 times on the bench world)
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("s'", "s’")):
        return word[:-1]
    return word


def _leading_date(toks: list[Tok]) -> FoundDate | None:
    """A date opening the sentence ("On 7 August 1941, France ... invaded", "In the spring of 1899 ..."); not
    one after a noun and a verb the reader does not know ("The dye-works closed in 1924, ..."): that clause's."""
    for i, t in enumerate(toks[:4]):
        if t.type in ("VERB", "NOM") or t.type in _NAMEISH:
            return None
        if i and t.type == "OTHER" and t.lower.endswith("ed") and toks[i - 1].type == "OTHER":
            return None
        if t.type == "DATE" and t.value is not None:
            return t.value
    return None


_MAKES_OFFICERS = frozenset({"appoint", "succeed", "crown", "term_start", "term_end"})  # "appointed X as governor"
_LIFE_OR_TERM = frozenset({"birth", "death", "term_start", "term_end"})  # what only a person's page states of it
_UNDATED_USEFUL = frozenset({"join", "leave", "marriage", "death", "birth"})
_NAMEISH = frozenset({"NAME", "EVENT", "DEMNP", "TOPIC", "PRON"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we"})
# "The hill from which", "The hall where": a clause about a place opening the sentence's subject, whose own verb
# ("was planted", "were rebuilt") comes after it with its own date
_PLACE_CLAUSE = re.compile(r"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+){0,4}?"
                           r"(?:where|whence|(?:from|in|through|at|on|by|under|beside|near)\s+(?:which|whom))\s")
_WHERE_OPENS = re.compile(r"\s*(?:[Ww]here|[Ff]rom\s+where|[Ww]hence)\s")
_PLACE_MAIN_VERB = re.compile(r"\s(?:was|were|has\s+been|had\s+been|is|are)\s+(?:later\s+|then\s+|since\s+)?"
                              r"[a-z]+(?:ed|en|wn|lt|nt|ft)\b")


def _in_place_clause(text: str, start: int, at: int, date_start: int) -> bool:
    """Is the statement at `at` inside a relative clause about the sentence's subject (a place), and the date
    at `date_start` after that subject's own verb?"""
    m = _PLACE_CLAUSE.match(text, start)
    if m is not None and m.end() <= at + 1 and _PLACE_MAIN_VERB.search(text, at, date_start) is not None:
        return True
    # "Where X once watched the ships, a museum opened in 1954": the opening clause ends at its comma
    m = _WHERE_OPENS.match(text, start)
    return m is not None and m.end() <= at + 1 and "," in text[at:date_start]


# verbs of a death that a participle of what the dead man was doing may follow ("killed leading the charge")
_DIED_DOING = frozenset({"killed", "slain", "died", "fell", "shot", "drowned", "perished", "mortally"})
_OPENS_SENTENCE = re.compile(r"\s*(?:when|once|after|while|although|though|because)\s", re.I)
_VERB_LEFT = {"NAME", "EVENT", "DEMNP", "TOPIC", "PRON", "REL", "AUX", "HAVE", "ADV", "NEG", "HEDGE", "AND",
              "COMMA", "SEMI", "DASH", "PAREN", "DATE", "OPEN"}
_VERB_LEFT_WORDS = {"then", "also", "or", "but", "who", "which", "that", "thereafter", "jointly", "soon", "later",
                    "finally", "eventually", "subsequently", "had", "and", "once", "together"}


_UNLISTED_ACT = ("VERB", ("act",))
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})


@lru_cache(maxsize=1)
def _unlisted_past_words() -> tuple[frozenset[str], frozenset[str]]:
    prose = vocabulary.load("prose")
    return (frozenset(str(w).lower() for w in prose.get("unlisted_irregular_pasts") or ()),
            frozenset(str(w).lower() for w in prose.get("unlisted_past_not_acts") or ()))


def _onlooker_at_occasion(low: str, lows: list[str], i: int) -> bool:
    """"watched the lowering of the flag", "watched the coronation": a verb of looking on (prose.yaml
    unlisted_past_onlooker) with "the" and an occasion's noun (onlooker_occasions) right after it; not "watched
    over the hall", "watched the ships", "watched as the town burned"."""
    if low not in vocabulary.word_set("prose", "unlisted_past_onlooker") or i + 2 >= len(lows):
        return False
    return lows[i + 1] == "the" and lows[i + 2] in vocabulary.word_set("prose", "onlooker_occasions")


def _named_onlooker(toks: list[Tok]) -> bool:
    """A named subject right before the verb of looking on (an adverb may come between): "Reinholt and Velassa
    watched"; never a pronoun (a "he" may be read as the wrong man), "his widow" or "a portrait of him"."""
    k = len(toks) - 1
    if toks[k].type == "ADV" and k > 0:
        k -= 1
    return toks[k].type == "NAME" and _named_subject_before(toks)


_AND_VERB = re.compile(r"\band\s+(?:then\s+|later\s+|soon\s+|afterwards\s+)?(?:(?:was|were|had)\s+(?:been\s+)?)?"
                       r"([a-z]+)\b")


# ", and the old lamp-room was pulled down": a conjunct with a subject of its own, in the passive
_NEW_SUBJECT_CONJUNCT = re.compile(r",\s+and\s+(?:the|its|his|her|their|a)\s+(?:[\w'’-]+\s+){1,3}(?:was|were)\s+[a-z]")


def _later_conjunct(text: str, start: int, end: int) -> bool:
    """Does "and <past verb>" stand between `start` and `end` ("born in Dunmere and went to sea in 1624"), after
    words of the first verb's own ("died and was buried at Kell in May 1650" tells both of one time)?"""
    for m in _AND_VERB.finditer(text, start, end):
        low = m.group(1)
        if not text[start:m.start()].strip(" ,"):
            continue
        if _regular_past(low) or low in _unlisted_past_words()[0] or \
                low in vocabulary.word_set("prose", "unlisted_irregular_participles") or \
                low in vocabulary.word_set("prose", "coordinated_pasts"):
            return True
    return False


def _regular_past(low: str) -> bool:
    """"routed", "closed": a past tense or participle in "-ed" (not "agreed", "freed"), listed or not."""
    return len(low) >= 5 and low.endswith("ed") and low.isalpha() and not low.endswith("eed")


def _unlisted_past(low: str, after: str = "") -> bool:
    """A past tense the predicate vocabulary does not list: "-ed" ("routed", "closed") or a listed
    irregular past ("laid", "read"), never a past of a state ("remained", "lived"); one that acts only on an
    object, when one follows (`after`, the next word: "passed a resolution", not "passed to his son")."""
    irregular, not_acts = _unlisted_past_words()
    if low in not_acts:
        return low in vocabulary.word_set("prose", "unlisted_past_object_only") \
            and after in vocabulary.word_set("prose", "object_openers")
    return low in irregular or _regular_past(low)


_OBJECT_MARKERS = frozenset({"PREP", "OF", "BY", "VERB", "NOM", "NOTACT"})
_PASSIVE_AUX = frozenset({"was", "were", "been", "be", "being"})
_AGENT_SEARCH = 8  # words after a participle within which "by <Name>" names its doer
_AGENT_STOPS = frozenset({".", ";", ":", "!", "?", "(", ")", "\u2014", "\u2013", "and", "but", "while", "when",
                          "after", "before", "which", "who", "whose", "that"})


@lru_cache(maxsize=1)
def _participle_words() -> tuple[frozenset[str], frozenset[str]]:
    prose = vocabulary.load("prose")
    _, not_acts = _unlisted_past_words()
    return (frozenset(str(w).lower() for w in prose.get("unlisted_irregular_participles") or ()),
            not_acts | frozenset(str(w).lower() for w in prose.get("passive_not_acts") or ()))


def _unlisted_participle(low: str) -> bool:
    """A past participle the predicate vocabulary does not list: "-ed" or a listed irregular one ("sworn",
    "set"), never one of being, feeling or being remembered ("inspired by", "honoured by")."""
    irregular, not_acts = _participle_words()
    if low in not_acts:
        return False
    return low in irregular or _regular_past(low)


_CAUSATIVE_OBJECT_OPENERS = frozenset({"the", "his", "her", "their", "its", "a", "an"})
_CAUSATIVE_REACH = 6  # words of the object before its participle ("had the bazaar of Sorrowby burned")


def _causative_ahead(raw, lows: list[str], start: int) -> bool:
    """"had the bazaar burned", "had his rivals arrested": an object then a participle of doing (not
    "had a daughter named Meriwen", not "had the longest reign recorded")."""
    if start >= len(raw) or lows[start] not in _CAUSATIVE_OBJECT_OPENERS:
        return False
    for j in range(start + 1, min(len(raw), start + 1 + _CAUSATIVE_REACH)):
        if raw[j][0] != "word" or lows[j] in _AGENT_STOPS:
            return False
        if j > start + 1 and raw[j][3][:1].islower() and (_unlisted_participle(lows[j]) or _listed_participle(lows[j])):
            return True
    return False


def _listed_participle(low: str) -> bool:
    """A past form the predicate vocabulary lists as a verb on its own ("rebuilt", "signed")."""
    return (len(low) >= 5 and low.endswith(("ed", "lt", "wn", "en"))
            and any(words == (low,) and kind == "VERB" for words, kind, _ in _lexicon().phrases.get(low, ())))


def _after_passive_aux(toks: list[Tok]) -> bool:
    """Right after "was", "were", "had been" (an adverb may come between: "was formally recalled")."""
    k = len(toks) - 1
    if toks[k].type == "ADV" and k > 0:
        k -= 1
    return toks[k].type == "AUX" and toks[k].lower in _PASSIVE_AUX


def _passive_slot(toks: list[Tok]) -> bool:
    """Where a participle is a passive: after "was"/"had been", or opening an apposition to a noun or a
    name ("the chapel at Oskel, endowed by Wimbrel in 1703, ..."), which the named doer then makes an act."""
    if _after_passive_aux(toks):
        return True
    return len(toks) >= 2 and toks[-1].type == "COMMA" and (
        toks[-2].type == "NAME" or toks[-2].type == "OTHER" and toks[-2].text[:1].islower())


def _named_agent_ahead(raw, lows: list[str], start: int) -> bool:
    """Does "by <Name>" follow within a few words of the same clause ("were set out by Gisela in 1172",
    "was sworn at Quedra by Tamas and Kettel")? Not "by Gisela's will" (a thing of hers), "by the time",
    "by 1172" or "by then": only a capitalised name names who did it."""
    for j in range(start, min(len(raw), start + _AGENT_SEARCH)):
        low = lows[j]
        if low in _AGENT_STOPS:
            return False
        if low != "by" or j + 1 >= len(raw):
            continue
        k = j + 1
        if lows[k] == "the" and k + 1 < len(raw):
            k += 1
        titled = k
        while k + 1 < len(raw) and k - titled < 3 and (lows[k] == "former" or lows[k] in _lower_titles()) and \
                raw[k][3][:1].islower():
            k += 1  # "by former president Tarrant": the office he held named before him
        if k > titled and lows[k - 1] not in _lower_titles():
            return False  # "by the former Wool Guild": a body no longer what it was, no office
        name = raw[k]
        if name[0] != "word" or not name[3][:1].isupper():
            return False
        end = k
        while end + 1 < len(raw) and raw[end + 1][0] == "word" and raw[end + 1][3][:1].isupper():
            end += 1
        following = lows[end + 1] if end + 1 < len(raw) else ""
        return not (lows[end].endswith(("'s", "'")) or following in ("'s", "'", "s"))
    return False


@lru_cache(maxsize=1)
def _lower_titles() -> frozenset[str]:
    """Title and office words (prose.yaml titles, office_titles) as written before a name in lower case."""
    return vocabulary.word_set("prose", "titles") | vocabulary.word_set("prose", "office_titles")


def _kin_coordinated(chunks, k: int) -> bool:
    """"Abbet Corran and his daughter Nessa attended": a names chunk ending in "and" before the owner and
    kin noun of the name at chunks[k], itself governed by nothing before it (no preposition, verb or
    relative pronoun: "with X and his son Y", "killed X and his son Y" are objects)."""
    if k < 2 or chunks[k - 2].kind != "names" or chunks[k - 2].toks[-1].type != "AND" or \
            chunks[k - 1].kind != "owner" or chunks[k - 1].toks[0].type != "POSS" or \
            not isinstance(chunks[k - 1].toks[0].value, tuple) or chunks[k - 1].toks[0].value[0] != "PRON":
        return False
    if any(t.type == "COMMA" for t in chunks[k - 2].toks):
        return False  # "the founders, X, Y and his son Z": a list in an apposition
    # before it only a date ("On 5 June 1761, X and his son Y ..."), a comma or an adverb
    return all(c.kind in ("DATE", "COMMA", "ADV") or c.kind == "PREP" and chunks[m + 1].kind == "DATE"
               for m, c in enumerate(chunks[:k - 2]))


def _firm_names(toks) -> set[int]:
    """Indexes of the names in a firm's name among `toks`: "<Name> and Sons", "<Name> & Co", "<Name> & <Name>"."""
    out: set[int] = set()
    words = vocabulary.word_set("prose", "firm_partner_words")
    for i in range(2, len(toks)):
        if toks[i - 1].type != "AND" or toks[i - 2].type != "NAME" or toks[i].type != "NAME":
            continue
        if toks[i].text.lower().rstrip(".") in words or toks[i - 1].text == "&":
            out |= {i - 2, i}
    return out


def _after_unjoined_comma(chunk):
    """"son of the founder Simone, the guild rebuilt": names split by a comma with no "and" or "or" are no
    list; the phrase before the comma ended there and the verb's subject is the name after it."""
    toks = chunk.toks
    last = max((i for i, t in enumerate(toks) if t.type == "COMMA"), default=-1)
    if last < 0 or any(t.type == "AND" or t.lower == "or" for t in toks):
        return chunk
    return _Chunk(chunk.kind, toks[last + 1:])


_SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
# a name, or the page's subject told by its kind ("the company staked its future on the Marten 4")
_ACTING_SUBJECTS = frozenset({"NAME", "TOPIC"})
_APPOSITION_WORDS = 8  # "Tam Wimbrel, the ganger of the night shift, told ...": words an apposition may run
# what an aside between a name and its verb is made of: nouns, "of", possessives, prepositions, adverbs
# ("Taddeo Morvani, then in his sixties, climbed"); a verb, an auxiliary or a relative word makes it a clause
_APPOSITION_TYPES = frozenset({"OTHER", "OF", "POSS", "PREP", "ADV"})


def _named_subject_before(toks: list[Tok]) -> bool:
    """Does a name stand right before, with at most an adverb or a reflexive between ("Haldane himself
    read"), or a short apposition ("Wimbrel, the old miller, told")? Only then is an unlisted past tense the
    subject's verb. A subject pronoun opening its clause counts ("He gave evidence": the reader resolves it
    as for a listed verb); not "it" or "her", nor a name that is the object of what precedes it ("the
    bomber carrying Ulver crashed", "with Osk agreed")."""
    k = len(toks) - 1
    if toks[k].type == "ADV" or toks[k].lower in _REFLEXIVES:
        k -= 1
    if k >= 3 and toks[k].type == "COMMA" and toks[k - 1].type == "NAME" and toks[k - 2].type == "COMMA" \
            and toks[k - 3].type == "OTHER" and toks[k - 3].text[:1].islower():
        # "the prior, Simone Lanfranchi, fined": a name set off after the noun of its office or role
        j = k - 3
        while j > 0 and k - j < _APPOSITION_WORDS and toks[j - 1].type in ("OTHER", "OF", "POSS") \
                and toks[j - 1].text[:1].islower():
            j -= 1
        before = toks[j - 1] if j else None
        return before is None or before.type in ("COMMA", "SEMI", "DATE", "OPEN")
    if k >= 0 and toks[k].type == "COMMA":
        k = _apposition_start(toks, k)
    if k >= 0 and toks[k].type == "PRON" and toks[k].lower in _SUBJECT_PRONOUNS:
        before = toks[k - 1] if k else None
        return before is None or before.type in ("COMMA", "SEMI", "AND", "DATE", "OPEN") or \
            before.lower in ("then", "but", "and")
    if k < 0 or toks[k].type not in _ACTING_SUBJECTS and not _organ_of_body(toks[k]):
        return False
    before = toks[k - 1] if k else None
    return before is None or not (before.type in _OBJECT_MARKERS or
                                  before.type == "OTHER" and before.lower.endswith("ing"))


_STEERED_WAYS = frozenset({"through", "into", "across", "past", "round", "around", "alongside", "out", "up", "down",
                           "in", "to", "towards", "toward", "back", "home", "clear", "inshore", "off"})


# "took soundings", "took prisoners": "took" and a bare plural noun (no article, number or owner), a thing done
_TOOK_BARE_PLURAL = re.compile(r"\s+(?!(?:its|his|hers|theirs|ours|yours|these|those|this|was|has|is)\b)[a-z]{3,}s\b"
                               r"(?!\s+(?:of|from)\b)")


def _took_bare_plural(text: str, verb: Tok) -> bool:
    return verb.lower in ("took", "take", "takes") and _TOOK_BARE_PLURAL.match(text, verb.end) is not None


def _steered_pronoun(chunks: list, ci: int) -> bool:
    """"took her through a screen of frigates", "took them across the ford": a lone object pronoun, then a word of
    the way it was taken (a ship or a force handled by the subject, not a place captured)."""
    if ci + 2 >= len(chunks):
        return False
    obj, way = chunks[ci + 1], chunks[ci + 2]
    return len(obj.toks) == 1 and obj.toks[0].lower in ("her", "him", "them", "it") and \
        way.toks[0].lower in _STEERED_WAYS


def _cause_after(ptoks: list[Tok], x: int, hi: int) -> bool:
    """"his death from a fall in March 1798": a "from" naming a cause (a plain word, then "in" and the date), no
    bound of a span ("from 1790 to 1798")."""
    return ptoks[x].lower == "from" and x + 2 < hi and ptoks[hi - 1].lower in ("in", "on") and \
        all(ptoks[y].type in ("OTHER", "OF", "NOM") for y in range(x + 1, hi - 1))


def _organ_of_body(tok: Tok) -> bool:
    """"The Council of the League of Amber Ports met": a standing organ of a body, named "<organ> of <body>",
    which the reader takes for an event's name (a "Council of Trent"), yet acts like any body (prose.yaml
    own_organ_nouns)."""
    if tok.type != "EVENT" or not isinstance(tok.value, str):
        return False
    words = tok.value.split()
    return len(words) >= 3 and words[1] == "of" and words[0].casefold() in vocabulary.word_set("prose", "own_organ_nouns")


def _apposition_start(toks: list[Tok], comma: int) -> int:
    """The name before ", <lower-case words>," closing at `comma`, or -1 ("Wimbrel, the old miller, told";
    the reader keeps no articles, so only the words between the commas are seen)."""
    j = comma - 1
    while j >= 0 and comma - j <= _APPOSITION_WORDS and toks[j].type in _APPOSITION_TYPES and \
            toks[j].text[:1].islower():
        j -= 1
    if j == comma - 1 or j < 1 or comma - j > _APPOSITION_WORDS or toks[j].type != "COMMA" or \
            toks[j - 1].type != "NAME":
        return -1
    return j - 1


_SEASON_DAYS = 400  # a season ("the winter of 1309" runs into the next year) or a month span, not a span of years


def _spans_years(value) -> bool:
    """A range longer than a season ("1939–1945", "from 1702"): no one act's time."""
    if not isinstance(value, DateRange):
        return False
    if value.start is None or value.end is None:
        return True
    lo, hi = value.interval()
    return hi - lo > _SEASON_DAYS


def _local_surrender(subj, ptoks: list[Tok], at: int) -> bool:
    """"German forces surrender in Tamsford": a body of a people's troops giving up at a place is that
    place's surrender, not the people's (whose own surrender has a date of its own)."""
    if len(subj) != 1 or subj[0][1].type != "DEMNP" or len(subj[0][1].text.split()) < 2:
        return False
    return at + 2 < len(ptoks) and ptoks[at + 1].lower in ("in", "at", "near") and ptoks[at + 2].type == "NAME"


def _body_chooses(toks: list[Tok], after_det: bool, raw, after: int, preds) -> bool:
    """"the chapter elected him abbot", "the council appointed Ann Ware": a verb of making an office-holder after a
    plain noun (the body that chose) is a verb when a person follows it as its object ("the elected members", "the
    appointed day" are no such thing). So is a past verb of ending a body ("the new constitution abolished the
    Harbour Board", "a decree dissolved the Guild of Carders") when a name, or "the" and a name, follows it."""
    if after_det or not toks or after >= len(raw) or raw[after][0] != "word":
        return False
    prev = toks[-1]
    if prev.type != "OTHER" or not prev.text.isalpha() or not prev.text.islower():
        return False
    word = raw[after][3]
    if "dissolved" in (preds or ()) and raw[after - 1][3].endswith("ed"):
        if word == "the" and after + 1 < len(raw) and raw[after + 1][0] == "word":
            word = raw[after + 1][3]
        return word[:1].isupper()
    if _TERM_PREDS.isdisjoint(preds or ()):
        return False
    return word in ("him", "her") or word[:1].isupper()


def _verb_context(toks: list[Tok], after_det: bool) -> bool:
    """Can the next word be a finite verb? Not after a determiner, a preposition, "to", or an
    ordinary noun ("the surrender", "of fighting", "to invade", "terror bombing attacks")."""
    if after_det:
        return False
    if not toks:
        return True
    prev = toks[-1]
    if prev.type in _VERB_LEFT:
        return True
    if prev.type == "OTHER" and (prev.lower in _VERB_LEFT_WORDS or prev.lower in group_nouns()):
        return True
    return _name_and_noun_subject(toks)


def _name_and_noun_subject(toks: list[Tok]) -> bool:
    """"Piet Harl and the first mate took soundings": a name and a short run of plain lower-case words after "and"
    opening the clause (or after its date) is a coordinated subject, so a verb may follow it."""
    k = len(toks) - 1
    while k >= 0 and len(toks) - k <= 3 and toks[k].type == "OTHER" and \
            toks[k].text.removesuffix("'s").removesuffix("’s").isalpha() and toks[k].text.islower():
        k -= 1
    if k == len(toks) - 1 or k < 1 or toks[k].type != "AND" or toks[k - 1].type != "NAME":
        return False
    before = toks[k - 2] if k >= 2 else None
    return before is None or before.type in ("DATE", "COMMA", "SEMI")


_QUANTIFIERS = frozenset({"most", "many", "some", "several", "all", "none", "both", "few", "each", "others",
                          "hundreds", "thousands", "dozens", "half"})


_PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "be"})
_PLACE_ADVERBS = frozenset({"there", "here", "nearby"})
_SENTENCE_STOPS = frozenset({".", "!", "?"})
_UNKNOWN_VERB_RUN = frozenset({"OTHER", "PREP", "OF", "DATE", "POSS", "ADV"})


def _unknown_verb_then_and_verb(toks: list[Tok], k: int, reach: int = 10) -> bool:
    """From a lower-case word at `k`, a short run of plain words (no name, comma or verb) up to
    "and" and a known verb: "fell sick in the last days of May and died"."""
    if not toks[k].text[:1].islower():
        return False
    for j in range(k + 1, min(len(toks), k + reach)):
        if toks[j].type == "AND":
            j += 1
            while j < len(toks) and toks[j].type == "ADV":
                j += 1
            return j < len(toks) and toks[j].type == "VERB"
        if toks[j].type not in _UNKNOWN_VERB_RUN:
            return False
    return False


def _without_negated_tail(clause: list[Tok]) -> list[Tok]:
    """"it was the Commissioners, not the Board, who paid": a name set aside by "not" at a clause's end is
    no antecedent of the relative after it; the name before it is."""
    k = _negated_aside(clause, len(clause))
    return clause[:k] if k is not None and k >= 1 else clause


def _negated_aside(clause: list[Tok], end: int) -> int | None:
    """Where ", not <name>" closing at `end` starts (its comma), when the name ends it: ", not the Board",
    ", not his nephew Piet Dane"; else None."""
    if end < 3 or clause[end - 1].type not in _ANTECEDENT_TYPES:
        return None
    for k in range(end - 2, max(0, end - 7), -1):
        if clause[k].type == "NEG":
            return k - 1 if clause[k - 1].type == "COMMA" else None
        if clause[k].type in _VERBISH or clause[k].type in ("COMMA", "REL", "AND"):
            return None
    return None


def _pronoun_subject(clause: list[Tok]) -> bool:
    """Does the clause open with a personal pronoun as its subject, before its first verb ("she bore him",
    "in 1214 she died")?"""
    for t in clause:
        if t.type in _VERBISH or t.type in ("NAME", "EVENT", "DEMNP", "TOPIC", "REL"):
            return False
        if t.type == "PRON":
            return t.lower in _SUBJECT_PRONOUNS
    return False


def _has_subject_before_verb(clause: list[Tok]) -> bool:
    if clause and clause[0].type == "OTHER" and (
            clause[0].lower in _QUANTIFIERS or clause[0].lower[:1].isdigit() or word_number(clause[0].lower)):
        return True  # "...; five were killed": a subject of its own, not the previous clause's
    for t in clause:
        if t.type in ("NAME", "EVENT", "DEMNP", "TOPIC", "PRON", "REL"):
            return True
        if t.type in ("VERB", "AUX", "HAVE"):
            return False
    return True


def _introduced(chunks, k: int) -> bool:
    """"Part of the broader X, the siege began": names after an opening phrase's preposition
    ("of the much larger X, it") are that phrase's, up to the comma; the subject follows it."""
    if chunks[k].kind != "names" or not any(t.type == "COMMA" for t in chunks[k].toks[:-1]):
        return False
    j = k - 1
    while j >= 0 and (chunks[j].kind == "OTHER" or chunks[j].kind == "names" and chunks[j].toks[-1].type == "AND"):
        j -= 1
    return j < k - 1 and 0 <= j <= 2 and chunks[j].kind in ("PREP", "ofp") and \
        all(c.kind == "OTHER" for c in chunks[:j])


_CONJUNCTIONS = frozenset({"until", "till"})  # "until Ostria surrendered": a clause, not a phrase
_HYPOTHETICAL = re.compile(r"\b(?:if|unless|whether|would|could|should|might|lest)\b", re.I)
# the same words in lower-cased ASCII text (where re.I means exactly that), without re.I's slow scan
_HYPOTHETICAL_LOWER = re.compile(r"\b(?:if|unless|whether|would|could|should|might|lest)\b")
# _hypothetical is true only with one of these words before the verb: most sentences have none (one look a sentence)
_HYPOTHETICAL_WORDS = ("that", "if", "unless", "whether", "would", "could", "should", "might", "lest")
_HYPOTHETICAL_HINT = re.compile("|".join(_HYPOTHETICAL_WORDS), re.I)
_THAT = re.compile(r"\bthat\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but)\b")


def _hypothetical(text: str, clause_start: int, verb: Tok, preds, lex) -> bool:
    """A verb under "if", "unless" or a modal, or a bare verb after "that" ("demanded that Vell
    surrender"): something feared, asked or imagined, not something that happened."""
    lead = text[max(clause_start, verb.start - 80):verb.start]
    if lead.isascii():
        lowered = lead.lower()
        if "that" not in lowered and not _HYPOTHETICAL_LOWER.search(lowered):
            return False  # nor in the part after its last clause break (most verbs: no scan for breaks)
    breaks = list(_CLAUSE_BREAK.finditer(lead))
    if breaks:
        lead = lead[breaks[-1].end():]
    if (_HYPOTHETICAL_LOWER.search(lead.lower()) if lead.isascii() else _HYPOTHETICAL.search(lead)):
        return True
    low = verb.lower
    if low.endswith(("s", "ed", "ing")) or not _THAT.search(lead):
        return False
    past = {w for form in (low + "ed", low + "d") for w, kind, value in lex.phrases.get(form, ())
            if kind == "VERB" and w == (form,) and set(value) & set(preds)}
    return bool(past)  # the word has a past form of its own, so it is the bare verb


def names_an_event_word(name: str, lex) -> bool:
    """"Second Salt War", "Siege of Dyr": a name with an event head among its words."""
    return any(w in lex.event_heads for w in name.replace("-", " ").split())


def _opens_relative(clause: list[Tok]) -> bool:
    """", who had retired to the farms": a relative clause (after the comma the split keeps)."""
    return any(t.type == "REL" for t in clause[:2]) and (clause[0].type == "REL" or clause[0].type == "CONT")


def _and_before_verb(ptoks: list[Tok], i: int, at: int) -> bool:
    """Does the verb at `at` open a conjunct after the date at `i`: "and" just before it, or before its
    auxiliaries ("launched in 1858 and was bought by the Society in 1863", "and had been dissolved")?"""
    k = at - 1
    while k > i and ptoks[k].lower in _AUX | {"had", "has", "have"}:
        k -= 1
    return k > i and ptoks[k].lower == "and"


def _date_after(ptoks: list[Tok], at: int):
    """The first date after the verb at `at`, before another verb takes over the clause."""
    for t in ptoks[at + 1:]:
        if t.type == "DATE":
            return t.value
        if t.type in ("VERB", "AUX", "HAVE", "SEMI"):
            return None
    return None


def _shares_to_be(text: str, before: list[Tok], clause: list[Tok]) -> bool:
    """"were to be regarded as deserters and summarily executed": a clause that "and" joins, opening with a
    participle, to one whose last verb run is "to be <participle> ..." shares that "to be" (intended, not done),
    and its subject is not the sentence's ("Aldric II, not to be confused with the founder, ruled" is his)."""
    if not before or not clause or text[before[-1].end:clause[0].start].split() != ["and"]:
        return False
    k = 0
    while k < len(clause) and clause[k].type == "ADV":
        k += 1
    if k >= len(clause) or clause[k].type != "VERB":
        return False
    for j in range(len(before) - 1, 0, -1):
        if before[j].lower in ("be", "been") and before[j - 1].lower == "to":
            # "to be regarded as ...", not "to be ready": a participle after it
            return j + 1 < len(before) and before[j + 1].lower.endswith(("ed", "en", "wn"))
        if before[j].type not in ("OTHER", "PREP", "OF", "ADV", "POSS", "AND"):
            return False
    return False


def _infinitive(toks: list[Tok], at: int) -> bool:
    """"to be executed", "to have been signed": a passive verb after "to" states no deed."""
    i = at - 1
    while i >= 0 and toks[i].type == "ADV":
        i -= 1
    words = []
    while i >= 0 and toks[i].lower in ("be", "been", "have") and len(words) < 2:
        words.append(toks[i].lower)
        i -= 1
    return bool(words) and i >= 0 and toks[i].lower == "to"


def _to_verb_follows(toks: list[Tok], at: int) -> bool:
    """"began to prepare", "started to be": a verb in the infinitive after "to", not a destination."""
    return at + 2 < len(toks) and toks[at + 1].lower == "to" and toks[at + 2].text[:1].islower() \
        and toks[at + 2].type not in ("DATE", "NUM") and toks[at + 2].lower not in _DETERMINERS \
        and toks[at + 2].lower not in _PREPOSITIONS


def _apposition_head(chunks, k: int) -> int | None:
    """The chunk of names an apposition ending at chunk k hangs on ("Orm Guild, a Norland salt
    company"): back over a few plain words and names to a name closed by a comma."""
    for j in range(k, max(-1, k - 5), -1):
        ch = chunks[j]
        if ch.kind == "names" and ch.toks[-1].type == "COMMA" and j < k:
            return j
        if ch.kind not in ("OTHER", "names") or ch.toks[-1].type == "COMMA" or \
                ch.kind == "OTHER" and ch.toks[0].lower in _PREPOSITIONS:
            return None
    return None


def _appositive_participle(toks: list[Tok], raw, after: int, low: str) -> bool:
    """"X, a salt company founded in 1699,": a participle after the noun of an apposition to a name,
    with its date next, is a reduced passive about that name, not a noun ("terror bombing attacks")."""
    if not (low.endswith(("ed", "en", "wn")) or low in _IRREGULAR_PARTICIPLES):
        return False
    if after < len(raw) and raw[after][0] == "word" and raw[after][3].lower() in ("in", "on"):
        after += 1
    if after >= len(raw) or raw[after][0] != "DATE":
        return False
    for k in range(len(toks) - 1, max(-1, len(toks) - 8), -1):
        t = toks[k]
        if t.type == "COMMA":
            return k > 0 and toks[k - 1].type in ("NAME", "EVENT", "DEMNP", "TOPIC") and k < len(toks) - 1
        if t.type not in ("OTHER", "NAME", "DEMNP") or t.lower in _PREPOSITIONS:
            return False
    return False


_IRREGULAR_PARTICIPLES = frozenset({"led", "sent", "held", "built", "paid", "fought", "won", "lost", "taken",
                                    "born", "made", "set", "laid", "sworn", "begun"})


def _participle(verb: Tok) -> bool:
    return verb.lower.endswith(("ed", "en", "wn")) or verb.lower in ("led", "sent", "held", "built", "paid",
                                                                    "fought", "won", "lost", "taken", "born")


def _names_events_only(ch) -> bool:
    """Are the names of this chunk all named events ("the Peace of Kell", "the Charter of Wend"), not places or people?"""
    named = [t for t in ch.toks if t.type in ("NAME", "EVENT", "DEMNP", "TOPIC")]
    return bool(named) and all(t.type == "EVENT" for t in named)


def _dated_after(chunks, ci) -> bool:
    """Does "on <date>" or "in <date>" follow the verb at chunk ci ("signed on 12 August 1867")?"""
    return ci + 2 < len(chunks) and chunks[ci + 1].kind == "PREP" and chunks[ci + 1].toks[-1].lower in ("on", "in") \
        and chunks[ci + 2].kind == "DATE"


def _no_object_after(chunks, ci) -> bool:
    if ci + 1 >= len(chunks):
        return True
    nxt = chunks[ci + 1]
    return nxt.kind in ("DATE", "agent", "COMMA") or (nxt.kind == "OTHER" and nxt.toks[0].lower in _PREPOSITIONS)


def _object_relative(toks, name) -> bool:
    """"The census that Governor Fairley ordered in 1731 counted 5,870 people": a name right after "that",
    "which" or "whom" opens a relative clause; it is not what the sentence's figure is of."""
    i = next((k for k, t in enumerate(toks) if t is name), 0)
    return i > 0 and (toks[i - 1].type == "REL" or toks[i - 1].lower in ("that", "which", "whom"))


def _collapse_name_runs(ptoks: list[Tok]) -> list[Tok]:
    """Very long coordinated name lists become one NAME token listing its members (the parser stays
    small; the statement still names every member)."""
    if len(ptoks) <= NAME_RUN_COLLAPSE:
        return ptoks  # (no run of more names than that fits: most clauses)
    out: list[Tok] = []
    i, n = 0, len(ptoks)
    while i < n:
        t = ptoks[i]
        if t.type == "NAME":
            j = i
            names = 0
            while j < n and ptoks[j].type in ("NAME", "COMMA", "AND"):
                names += ptoks[j].type == "NAME"
                j += 1
            if names > NAME_RUN_COLLAPSE:
                members = []
                for x in ptoks[i:j]:
                    if x.type == "NAME":
                        members += x.members or [(x.value, x.start, x.end, False)]
                out.append(Tok("NAME", t.start, ptoks[j - 1].end, "", t.value, members))
                i = j
                continue
        out.append(t)
        i += 1
    return out


_RUN_TYPES = _NAMEISH | {"COMMA", "AND"}


def _retells_a_later_marriage(sentence: str) -> bool:
    """"married again", "her second marriage", "Widowed in 1890, she married": a marriage after another one, to a
    spouse the sentence does not name, is not the one a record dates."""
    words = _WORD.findall(sentence.casefold())
    return not vocabulary.word_set("prose", "remarriage_cues").isdisjoint(words)


_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_OPENERS = frozenset({"after", "before", "since", "until", "till", "when", "once"})
# where the office named after a term's verb ends: a date's preposition, a clause break, a date's digits
_OFFICE_TAIL_END = re.compile(r"[,;.()\d]|\b(?:in|on|at|by|after|before|until|and|but|when|while|which|who|for|"
                              r"the\s+(?:following|next|same)|later|soon)\b")
_TIME_AFTER_VERB = re.compile(r"(?:\s*,?\s*(?:(?:in|during)\s+)?(?:(?:the\s+(?:same|following|next)|that)\s+(?:year|month|"
                              r"week|spring|summer|autumn|winter)|(?:(?:early|late)\s+)?(?:in\s+)?(?:[A-Z][a-z]+\s+)?"
                              r"\d{3,4}|later|soon\s+after(?:wards)?|afterwards)){1,2}\s*,?(?=\s+to\s)")
_LATER_WORDS = frozenset({"following", "next", "later", "afterwards"})
_LATER_AFTER_VERB = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:the\s+(?:following|next)|later|afterwards)\b")
# a field key naming an office of a place or body ("Rector of the University of Brenzau", "Governor of Tessa")
_OFFICE_KEY = re.compile(r"[A-Z][a-z]+(?:[ -][a-z]+)?\s+of\s+(?:the\s+)?[A-Z].*")
_YEAR_RANGE = re.compile(r"\d{3,4}\s*[-–]\s*\d{2,4}")
_OFFICE_FILLERS = frozenset({"the", "a", "an", "of", "to", "from", "as", "his", "her", "its", "their", "that", "this",
                             "office", "post", "seat", "position", "himself", "herself", "again"})
_TERM_STEPS = frozenset({"term_start", "term_end"})
_OF_THE = ("of", "the")  # connectors that join a body's name ("League of the North"), never a person's particles


def _verb_tail(sentence: str, s) -> str:
    """The words right after a term's verb, up to a date's preposition or a clause break ("appointed warden of
    the docks in 1690" -> " warden of the docks "): the office, body or honour it names, if any."""
    at = sentence.find(s.text) if s.text else -1
    if at < 0:
        return ""
    end = at + len(s.text)
    tail = sentence[end:end + 80]
    # "was elected the same year to the Chamber", "appointed in 1931 to the board": past the verb's own time
    return _OFFICE_TAIL_END.split(tail[m.end():] if (m := _TIME_AFTER_VERB.match(tail)) else tail, 1)[0]


@lru_cache(maxsize=1)
def _declared_cue() -> re.Pattern:
    """"born Nils Johan Nilsen and sometimes referred to as ", "also spelled ": words that give the name after
    them as another form of a name (prose.yaml declared_name_cues), right before it."""
    cues = vocabulary.alternation(vocabulary.word_set("prose", "declared_name_cues"))
    return re.compile(rf"\b(?:{cues})\s+(?:the\s+)?[\"“']?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _declared_last_words() -> tuple[str, ...]:
    return ("the", *{w.split()[-1] for w in vocabulary.word_set("prose", "declared_name_cues")})


@lru_cache(maxsize=1)
def _declared_last_words_plain() -> bool:
    """Are the cues' last words letters and dots alone, what _declared_before takes for the word before a name?"""
    return all(w.replace(".", "").isalpha() for w in _declared_last_words())


def _declared_before(text: str, at: int) -> bool:
    """Does a declared-name cue end right before offset `at` (_declared_cue)? Asked of every name written, so the
    word before the name is looked at first: the cue's pattern runs only after "the" or a cue's last word (or
    a word not in ASCII, which re.I may fold another way)."""
    lo = max(0, at - 40)
    tail = text[lo:at]
    if tail[-1:] in ('"', "“", "'"):
        tail = tail[:-1]
    if not tail[-1:].isspace():
        return False
    tail = tail.rstrip()
    if tail.isascii() and _declared_last_words_plain():
        word = tail.lower()  # the tail ends with a cue's last word when its last word does: no walk back over it
    else:
        i = len(tail)
        while i > 0 and (tail[i - 1].isalpha() or tail[i - 1] == "."):
            i -= 1
        word = tail[i:].lower()
    if word.isascii() and not word.endswith(_declared_last_words()):
        return False
    return _declared_cue().search(text, lo, at) is not None


@lru_cache(maxsize=1)
def _numbered_term() -> re.Pattern:
    """"after his first term": a term told by its number is one of several (prose.yaml numbered_term_phrases)."""
    return re.compile(rf"\b(?:{vocabulary.alternation(vocabulary.word_set('prose', 'numbered_term_phrases'))})\b",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _seat_cue() -> re.Pattern:
    """" to the town council", " to the Board of Trade": up to the body noun (prose.yaml seat_bodies)."""
    bodies = vocabulary.alternation(vocabulary.word_set("prose", "seat_bodies"))
    return re.compile(rf"\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?P<body>(?i:{bodies}))s?\b")

_UNNAMED = "\x00unnamed"  # an unnamed sentence subject ("The toll house stood ..."), for pronouns only
_UNNAMED_GROUP = [_UNNAMED]
_ANTECEDENT_TYPES = frozenset({"NAME", "EVENT", "DEMNP", "TOPIC"})
# "It was nevertheless the duke himself who ...": words between a cleft's "it was" and its focus
_CLEFT_ADVERBS = frozenset({"nevertheless", "still", "also", "indeed", "then", "actually", "in", "fact", "however"})
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
# "It was there that ...", "It was at Tarrow that ...": the adverbial a cleft may put in focus before "that"
_CLEFT_PLACE_WORDS = frozenset({"there", "here"})
_CLEFT_FOCUS_TYPES = frozenset({"OTHER", "NAME", "DATE", "EVENT", "TOPIC", "OF", "PREP"})


def _personal(rel: _Chunk) -> bool:
    """Is this relative pronoun chunk "who"/"whom"/"whose" (a person), not "which"/"that"?"""
    return bool(rel.toks) and rel.toks[0].lower in ("who", "whom", "whose")


def _ends_in_common_noun(clause: list[Tok]) -> bool:
    """Does a clause end in an unnamed noun ("a week after her brother")? A relative pronoun opening the
    next clause then refers to it."""
    last = clause[-1] if clause else None
    return last is not None and last.type == "OTHER" and last.lower.isalpha() and last.lower not in _PREPOSITIONS


def _after_common_noun(chunks: list[_Chunk], k: int) -> bool:
    """Does the relative pronoun at chunks[k] follow an unnamed noun ("a wool merchant who")?

    Its antecedent is then that noun, not a name earlier in the sentence.
    """
    if k < 1 or chunks[k - 1].kind not in ("OTHER", "owner", "nominal"):
        return False
    last = chunks[k - 1].toks[-1]
    word = (last.lower or last.text.lower()).split()[-1:] or [""]
    return last.type == "OTHER" and word[0].isalpha() and word[0] not in _PREPOSITIONS


# "500 men sent by Pell, which had changed sides": the agent of a force's sending heads its phrase
_SENDING = frozenset({"sent", "lent", "supplied", "provided", "furnished", "contributed", "raised", "loaned"})


def _sent_by(toks: list[Tok], j: int) -> bool:
    """Is the name at toks[j] the agent after "by" of a participle of sending ("men sent by Pell")?"""
    return j >= 2 and toks[j - 1].lower == "by" and toks[j - 2].lower in _SENDING


def _governed(toks: list[Tok], j: int) -> bool:
    """Is the name at toks[j] the object of a preposition ("on Crete", "of Vael", "by Bellor")?"""
    if j < 1:
        return False
    prev = toks[j - 1]
    return prev.type in ("PREP", "OF", "BY") or (prev.type == "OTHER" and prev.lower in _PREPOSITIONS)
_AS_OTHER = frozenset({"SEMI", "DASH", "PAREN", "OPEN", "CONT", "NOTACT"})  # the chunker sees these as OTHER


_APPOSITION_REACH = 25  # tokens an apposition may run before the verb it delays
_APPOSITION_STOPS = frozenset({"SEMI", "DASH", "OPEN", "AND", "REL", "VERB", "AUX", "HAVE", "NOTACT"})


def _apposed_office_name(toks: list[Tok], k: int) -> int | None:
    """At toks[k] after "and": an owner's or a bare office noun of one to three words, a comma, then a name
    ("Vaudry's marshal, Ulrich Hesk", "the abbess, Ines"): the name's index, else None."""
    n = len(toks)
    j = k + 1 if toks[k].type == "POSS" else k
    first = j
    while j < n and j - first < 3 and toks[j].type == "OTHER" and toks[j].text.isalpha() and toks[j].text.islower():
        j += 1
    if j == first or j + 1 >= n or toks[j].type != "COMMA" or toks[j + 1].type != "NAME":
        return None
    # the name (with a title apposed to it: "Ulrich, Count of Hesk"), a comma, then its own verb
    x = j + 2
    while x < n and x - j < 8 and toks[x].type in ("NAME", "OF", "COMMA") and \
            not (toks[x].type == "COMMA" and x + 1 < n and toks[x + 1].type in ("VERB", "AUX", "HAVE", "ADV")):
        x += 1
    if x >= n or toks[x].type != "COMMA":
        return None
    x += 1
    while x < n and toks[x].type == "ADV":
        x += 1
    return j + 1 if x < n and toks[x].type in ("VERB", "AUX", "HAVE") else None


def _own_verb_after(toks: list[Tok], e: int) -> bool:
    """Does the run of names ending before toks[e] have its own verb: right after it ("Billotte was
    killed"), or after an apposition closed by a comma ("Billotte, the only commander ..., was
    killed")? Looks at most _APPOSITION_REACH tokens ahead."""
    n = len(toks)
    if e >= n or toks[e - 1].type == "AND":
        return False  # "..., the Wyvern Company, and opened its line": "and" joins the verb to the clause before
    if toks[e - 1].type != "COMMA":
        while e < n and toks[e].type in ("ADV", "HEDGE", "NEG"):
            e += 1
        return e < n and (toks[e].type in ("VERB", "AUX", "HAVE") or
                          (toks[e].type == "OTHER" and toks[e].lower.endswith("ed")))
    for x in range(e, min(n, e + _APPOSITION_REACH)):
        t = toks[x]
        if t.type == "COMMA" and x > e:
            y = x + 1
            while y < n and toks[y].type in ("ADV", "HEDGE", "NEG"):
                y += 1
            return y < n and toks[y].type in ("VERB", "AUX", "HAVE")
        if t.type in _APPOSITION_STOPS or t.type == "COMMA":
            return False
    return False


_COORDINATED_NOT_SUBJECT = frozenset({"VERB", "AUX", "HAVE", "NOTACT", "ADV", "PREP", "DATE", "AND", "COMMA", "NEG"})
_CLAUSE_BREAKS = frozenset({"OPEN", "REL", "SEMI", "DASH"})
_VERBISH = frozenset({"VERB", "AUX", "HAVE", "NOTACT"})


def _new_subject_and(toks: list[Tok], lo: int, hi: int) -> int | None:
    """The first "and" after toks[lo] that opens a new subject with its own verb at or before toks[hi]
    ("... in 1889 and its ships were sold ..."), or None; a clause break before it ends the search."""
    for k in range(lo + 1, min(hi, len(toks) - 1)):
        t = toks[k]
        if t.type in _CLAUSE_BREAKS:
            return None
        if t.type != "AND" or toks[k + 1].type in _COORDINATED_NOT_SUBJECT or toks[k + 1].lower == "then" or \
                not any(x.type in _VERBISH or x.lower == "#notact" for x in toks[:k]):
            continue  # "On D, Bellor and Tessen invaded": no verb before "and", so one subject of two names
        for x in range(k + 2, min(hi + 1, len(toks))):
            if toks[x].type in _CLAUSE_BREAKS or toks[x].type == "COMMA":
                return None
            if toks[x].type in _VERBISH or toks[x].type == "OTHER" and _unlisted_past(toks[x].lower):
                return k
        return None
    return None


_CONTRAST_WORDS = frozenset({"but", "whereas", "yet"})


def _contrast_subject(toks: list[Tok], lo: int, hi: int) -> int | None:
    """The first contrast ("but", "whereas") after toks[lo] that opens a clause with a subject of its own (a
    name or pronoun, not a verb: "born in 1801 but died young" goes on with its subject) and a verb at or
    before toks[hi], or None."""
    for k in range(lo + 1, min(hi, len(toks) - 1)):
        if toks[k].lower in _CONTRAST_WORDS:
            if toks[k + 1].type in _COORDINATED_NOT_SUBJECT or toks[k + 1].type == "OPEN":
                return None
            verb = any(x.type in _VERBISH or x.type == "OTHER" and _unlisted_past(x.lower)
                       for x in toks[k + 2:hi + 1])
            return k if verb else None
    return None


_COORDINATE_BREAKS = frozenset({"SEMI", "AND"})  # what may part two clauses, each with its own subject
_SUBORDINATE_BREAKS = frozenset({"OPEN", "REL", "DASH", "PAREN"})  # what makes the later one an aside or an opener's


def _own_subject_clause(toks: list[Tok], clauses: list[list[Tok]], date: Tok, text: str) -> int:
    """The first clause a sentence's only date dates when it sits in a coordinate clause with its own subject
    and verb ("Halloran chaired the board; Vesey retired in 1937", "... resigned as chairman, and Piet Vesey
    retired in 1937", "...: the treasurer had retired in 1937"): that clause (with the clauses that go on with
    its subject), not the ones before it; 0 when the date's clause has no subject of its own."""
    own = next((ci for ci, c in enumerate(clauses) if any(t is date for t in c)), 0)
    while own and clauses[own] and clauses[own][0].type == "CONT":
        own -= 1  # "Vesey retired and sold his shares in 1937": from the clause that names the subject
    if not own or not clauses[own] or not clauses[own - 1] or \
            not any(t.type in _VERBISH for t in clauses[own - 1]) or not _opens_own_subject(clauses[own], text):
        return 0
    a, b = clauses[own - 1][-1].end, clauses[own][0].end
    between = {t.type for t in toks if a <= t.start < b}
    if between.isdisjoint(_COORDINATE_BREAKS) or not between.isdisjoint(_SUBORDINATE_BREAKS):
        return 0
    return own


def _date_before_break(toks: list[Tok], k: int) -> Tok | None:
    """The first date from toks[k] on before the next clause break, if any ("the line Ashby Reach quoted when it
    changed sides in 2254": the date is the "when" clause's)."""
    for t in toks[k:]:
        if t.type == "DATE":
            return t
        if t.type in _CLAUSE_BREAKS:
            return None
    return None


def _opens_own_subject(clause: list[Tok], text: str) -> bool:
    """Does the clause open (after "and", an adverb or a leading date) with a subject of its own and then its
    verb ("and Piet Vesey retired", "the treasurer retired", "in 1937 the mills closed", "he retired")? A common
    noun is a subject after a determiner ("the board was wound up"), never alone ("afterwards sold")."""
    i, n = 0, len(clause)
    while i < n and (clause[i].type in ("AND", "COMMA", "ADV", "DATE", "CONT") or
                     clause[i].type == "PREP" and i + 1 < n and clause[i + 1].type == "DATE"):
        i += 1
    subject = False
    for t in clause[i:]:
        if t.type in _VERBISH:
            return subject
        if t.type in ("NAME", "EVENT", "DEMNP", "TOPIC", "PRON") and t.lower not in ("it", "its"):
            subject = True
        elif t.type == "OTHER" and t.lower.replace("-", "").isalpha():
            if subject and (_regular_past(t.lower) or _unlisted_past(t.lower)):
                return True  # "the treasurer retired": a verb the reader did not take for one after a noun
            if not subject and not _DETERMINED.search(text, max(0, t.start - 40), t.start):
                return False
            subject = True
        elif t.type != "POSS":
            return False
    return False


_DETERMINED = re.compile(r"\b(?:the|a|an|his|her|its|their|this|that|these|those)\s+(?:[a-z]+\s+){0,2}$", re.I)


def _coordinated_after(toks: list[Tok], date: Tok, clauses: list[list[Tok]]) -> int:
    """The first clause a sentence's only date no longer dates: the one after "and <new subject> <verb>"
    when the date sits in the clause before it, after that clause's own verb ("paid its last dividend in
    1889 and its ships were sold off when it was dissolved": the dissolution is undated)."""
    at = _index_of(toks, date)
    k = None
    if any(t.type in _VERBISH for t in toks[:at]):
        k = _new_subject_and(toks, at, len(toks) - 1)
        if k is None:  # "Tilde died in 1815, but Marra kept up the visits and died there": Marra's death is undated
            k = _contrast_subject(toks, at, len(toks) - 1)
    if k is None:
        return len(clauses)
    return next((ci for ci, c in enumerate(clauses) if c and c[0].start > toks[k].start), len(clauses))


def _run_ends(toks: list[Tok]) -> list[int]:
    """For a name at i: the index after its coordinated run of names, commas and "and"s."""
    n = len(toks)
    run_end = [0] * (n + 1)
    run_end[n] = n
    for i in range(n - 1, -1, -1):
        if toks[i].type in _RUN_TYPES:
            run_end[i] = run_end[i + 1] if i + 1 < n and toks[i + 1].type in _RUN_TYPES else i + 1
        else:
            run_end[i] = i
    return run_end


def _index_of(toks: list[Tok], tok: Tok) -> int:
    """Position of this very token (list.index would compare every field of every token before it)."""
    for i, t in enumerate(toks):
        if t is tok:
            return i
    return toks.index(tok)


def _canonical_event(name: str) -> str:
    """ "Operation: Market Garden" -> "Operation Market Garden"; spaces collapsed, article dropped."""
    name = re.sub(r"\s+", " ", name.replace(":", " ")).strip()
    return re.sub(r"^(?:the|The)\s+", "", name)


def _event_of(subject: str | None, obj: str | None, reader: ProseReader) -> str | None:
    for n in (subject, obj):
        if n and _is_event_name(n.split(), reader.lex):
            return _canonical_event(n)
    return None


_HEADING_NAME_END = re.compile(r"[(,:;\d\u2013\u2014]| - ")
_ROMAN = re.compile(r"(?=[IVXLC])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})")
_ORDINALS = {"First", "Second", "Third", "Fourth", "Fifth", "Great", "Last", "Final"}


def _relative_subject(clause: list[Tok]) -> Tok | None:
    """The "who"/"which" opening a clause as its subject (", who moved the office in 2304"), else None."""
    if not clause or clause[0].type != "REL" or clause[0].lower not in ("who", "which"):
        return None
    k = 1
    while k < len(clause) and clause[k].type == "ADV":
        k += 1
    if k < len(clause) and (clause[k].type in _VERBISH or clause[k].type == "OTHER" and _regular_past(clause[k].lower)):
        return clause[0]
    return None


def _subject_relative(clause: list[Tok]) -> bool:
    """", which broke out on D,": the relative pronoun is its clause's subject (a verb follows it), not an object
    ("which Brannick had finished in 1720", whose date the main clause's act may share)."""
    at = next((i for i, t in enumerate(clause[:2]) if t.type == "REL"), None)
    return at is not None and at + 1 < len(clause) and clause[at + 1].type in ("VERB", "AUX", "HAVE")


def _is_event_name(words: list[str], lex: _Lexicon) -> bool:
    """ "Treaty of Ulverd", "Operation Bittern", "Second Battle of Tuskel"."""
    if not words:
        return False
    if words[0] in lex.event_heads:
        return True
    return len(words) > 1 and words[0] in _ORDINALS and words[1] in lex.event_heads
