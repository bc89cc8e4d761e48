"""Name drift: one entity spelled two ways.

A rare spelling next to a usual one: a one-letter edit of a name word
("Strakling" beside "Straklin", "Bassik" beside "Bessik"), or an acronym with
its letters reordered ("HPFG" beside "HFPG"). Two words one letter apart are
most often two names (Walter and Walker, Heinrich and Heinrici), so a pair is
reported only with evidence that both spellings name one thing: the rare
spelling sits in the same name as the usual one ("Aldo Branick" beside "Aldo
Brannick", "von Strakling" beside "Anton von Straklin"), or it stands alone
while the usual spelling names the page's own subject (in its infobox, title
or a heading). Diacritics, punctuation, spelling conventions (Centre/Center,
Jäger/Jaeger), inflections (Austria, Austrian), roman numerals, short
names one letter apart (Rhine/Rhone), a form the text declares ("referred to
as Nels Nelson": extract/prose.py marks it) and two place-name endings of one
stem (Charleston/Charlestown) are not drift. Candidates meet through a
deletion index, never by comparing all pairs of names.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache

from .. import vocabulary
from ..model import Origin
from . import STRUCTURED, diagnostic, kind

_WORD = re.compile(r"[A-Z]\w*")  # hyphenated compounds compare part by part (Japan-Soviet)
_NAME_PART = re.compile(r"\w+")
_HYPHENED = re.compile(r"[A-Z]\w+(?=-[A-Z])|(?<=\w-)[A-Z]\w+")
_COMPOUND = re.compile(r"[A-Z]\w+(?:-[A-Z]\w+)+")  # "Brannow-Tovik", not "Commander-in-Chief"
_ELIDED = re.compile(r"(?<![\w'’])[dlDL]['’](?=[A-Z])")
_ROMAN = re.compile(r"[IVXLCDM]+(?:st|nd|rd|th)?")  # "VIth Corps" beside "VIIth Corps": two units
_ANCHORS = STRUCTURED | {Origin.HEADING}  # where a page names its own subject
# a form in brackets this close to the other on one line is a gloss or a translation ("Battle of Manila
# (Filipino: Labanan sa Maynila)", "Marine Nationale (the French National Navy)"); links widen the gap
GLOSS_COLUMNS = 100
# letters with a stroke have no decomposition: Śmigły and Smigly differ only in diacritics
_UNDECOMPOSED = str.maketrans("łŁøØđĐħĦı", "lLoOdDhHi")
# letters that transliterate to two (Ropša/Ropsha, Dombås/Dombaas, Jäger/Jaeger): folding drops the second
_DIGRAPHS = str.maketrans({"š": "sh", "č": "ch", "ž": "zh", "ś": "sh", "ć": "ch", "å": "aa", "ø": "oe",
                           "æ": "ae", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@lru_cache(maxsize=1 << 16)
def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).translate(_UNDECOMPOSED)
    return "".join(c for c in s if not unicodedata.combining(c)).replace(".", "")


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    """Words any name may share (Corps, Battle, General): sharing one is no evidence of one name."""
    prose = vocabulary.load("prose")
    words = set()
    for key in ("not_person_words", "party_words", "event_heads", "titles", "not_names"):
        for phrase in prose.get(key, ()):
            words.update(_fold(w) for w in str(phrase).split())
    return frozenset(words)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Words of names that are no one's given name or surname: generic and unit words, demonyms and the
    polities they stand for (Allied/Allies, German/Germany), casefolded."""
    demonyms = vocabulary.load("demonyms").get("demonyms", {})
    words = {w.casefold() for w in _generic_words()} | _unit_words()
    for k, v in demonyms.items():
        words.update(w.casefold() for w in f"{k} {v}".split())
    return frozenset(words)


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """Army, Guards, Brigade: words of unit names, which no more tell two names apart than "Battle of"."""
    return frozenset(w.casefold() for w in vocabulary.load("sections")["group_words"])


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))} | {word}


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau-Levenshtein distance with an early exit above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2, prev = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@kind("name-drift", reads_own=("names",))
def check_name_drift(world, rule):
    # within one document: across a whole wiki, names one letter apart are
    # mostly different places and people, and a page is where a typo is fixed
    if rule.params.get("scope") == "world":
        docs = [world.docs]
    else:  # a context document's own drift is never reported: not worth reading
        docs = [[d] for d in world.docs if world.focus is None or d.path in world.focus]
    for group in docs:
        yield from _drift_in(rule, group)


class _Spellings:
    """Every spelling of every name word in some documents: where, how stated, in which names."""

    def __init__(self, docs, min_surname: int = 5):
        self.where: dict[str, list] = defaultdict(list)
        self.anchored: set[str] = set()  # words of names the page gives in its infobox, title or headings
        self.linked: set[str] = set()  # words of linked pages' names: spellings someone gave a page
        self.linked_surnames: set[str] = set()  # last words of linked people's names ("[[Raoul Despiney]]")
        self.names: dict[str, list[frozenset[str]]] = defaultdict(list)  # word -> the other words of its names
        self.acronyms: dict[str, list] = defaultdict(list)
        self.initials: set[str] = set()  # of the page's multi-word names: FEC is "French Expeditionary Corps"
        generic = _generic_words()
        self.titled: Counter[str] = Counter()  # words of the documents' titles
        self.bracketed: set = set()  # spans of names written in parentheses
        self.surnames: set[str] = set()  # last words of full names ("Ivo Brenning"), no connector between
        self.short_surnames: set[str] = set()  # such last words a letter shorter ("Ivo Kerr")
        self.styled: set = set()  # spans of names in italics or quotes: ''Balder'' the ship, "Stahl" the group
        self.written: dict[str, set[str]] = defaultdict(set)  # folded word -> its forms with diacritics
        self.compounded: set[str] = set()  # words hyphened to another in some name ("Brannow-Tovik")
        self.styled_forenames: set[str] = set()  # "Engelbert" of "[[Engelbert of Vaudry]]": a person styled by a place
        unit_words = _unit_words()
        initial: dict[str, list] = defaultdict(list)  # unknown words opening a sentence ("Kolmenberg hosted")
        for doc in docs:
            title = doc.title or ""
            # "LOG OF THE WHALESHIP ARNEVAL": a title in capitals writes its names as the prose does
            self.titled.update(_fold(w if not title.isupper() else w.capitalize()) for w in _WORD.findall(title))
            self._note_written(doc.title or "")
            # an acronym tied to its expansion on the page ("Kuomintang (KMT)", "merchant aircraft
            # carriers (MAC ships)") is a name of its own, whatever it looks like
            self.initials.update(_fold(a) for e in doc.entities for a in e.aliases if a.isupper())
            mentions = [(m.name, m.span, m.origin) for m in doc.names if m.kind == "name"]
            self.bracketed.update(m.span for m in doc.names if getattr(m, "bracketed", False))
            self.styled.update(m.span for m in doc.names if getattr(m, "styled", False))
            mentions += [(e.name, e.span, e.origin) for e in doc.entities if e.span is not None]
            for m in doc.names:
                if m.kind == "acronym":
                    self.acronyms[_fold(m.name)].append(m.span)
                elif m.kind == "link":
                    self._note_written(m.name)
                    words = [_fold(w) for w in _WORD.findall(m.name)]
                    self.linked.update(words)
                    parts = _name_words(m.name, generic)[3]
                    if 2 <= len(words) == len(parts) <= 3 and not any(w in generic or w.isdigit() for w in parts):
                        self.linked_surnames.add(words[-1])  # a person's full name as its page is titled
                    if m.origin in _ANCHORS:  # "| capital = [[Kolmenburg]]" names part of the page's subject
                        self.anchored.update(words)
                elif m.kind == "initial":
                    initial[_fold(m.name)].append(m.span)
            common = _common_words()
            for m in doc.names:
                if m.kind in ("name", "link") and (styled := _STYLED.match(m.name)) and \
                        styled.group(1) not in generic and styled.group(1).casefold() not in common:
                    self.styled_forenames.add(_fold(styled.group(1)))
            for name, span, origin in mentions:
                initials, words, contexts, parts = _name_words(name, generic)
                if initials is not None:
                    self.initials.add(initials)
                self._note_written(name)
                if 2 <= len(words) == len(parts) <= 3 and len(words[-1]) >= min_surname - 1 and any(
                        w.casefold() not in unit_words and not any(c.isdigit() for c in w) for w in contexts[-1]):
                    # "Ivo Brenning", not "Guards Rifle"; a short one ("Ivo Kerr") only for a doubled letter's slip
                    (self.surnames if len(words[-1]) >= min_surname else self.short_surnames).add(words[-1])
                for word, context in zip(words, contexts):
                    self.where[word].append(span)
                    self.names[word].append(context)
                    if origin in _ANCHORS:
                        self.anchored.add(word)
        self.anchored.update(self.titled)
        for word, spans in initial.items():
            if len(spans) == 1 and word not in self.where:  # a lone rare spelling, never a usual one
                self.where[word] = spans
                self.names[word] = [frozenset()]
        self.counts = Counter({w: len(set(spans)) for w, spans in self.where.items()})
        # "Quenleigh Hall" / "Quenley Hall", "Sjoke van Zoort" / "Sjoke van Zort": each multi-word name with
        # one word left out, so two names that differ in that word alone meet (linear in the words written)
        self.frames: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for doc in docs:
            # a link gives its page's name as written: "[[Sigrun Aastveit]]" is a use of that spelling
            for name, span in [(m.name, m.span) for m in doc.names if m.kind in ("name", "link")]:
                parts = _name_words(name, generic)[3]
                if not 2 <= len(parts) <= 6:
                    continue
                wholes = [parts]
                if "-" in name:
                    self.compounded.update(_fold(w) for w in _HYPHENED.findall(name))
                    # "Aubyn Brannow-Tovik" beside a lone "Brannow-Tavik": the compound is a name itself
                    wholes += [tuple(_fold(p) for p in c.split("-")) for c in _COMPOUND.findall(name)
                               if c.count("-") + 1 < len(parts)]
                for whole in wholes:
                    for i, word in enumerate(whole):
                        if word[:1].isupper() and not word.isdigit():
                            self.frames[tuple(whole[:i]) + ("",) + tuple(whole[i + 1:])][word].append(span)

    @property
    def umlauts(self) -> bool:
        return any(c in "äöüÄÖÜ" for forms in self.written.values() for w in forms for c in w)

    def same_name(self, rare: str, usual: str) -> bool:
        """Some name with the rare spelling shares a distinctive word with a name with the usual one."""
        return any(a & b for a in self.names[rare] if a for b in self.names[usual])

    def _note_written(self, text: str) -> None:
        if not text.isascii():
            for w in _WORD.findall(text):
                if not w.isascii():
                    self.written[_fold(w)].add(w)

    def alone(self, rare: str) -> bool:
        return not any(self.names[rare])

    def lone_and_plain(self, rare: str) -> bool:
        """Written alone, and not only as a title in italics or quotes (''Balder'' may be a ship named after Bader)."""
        return self.alone(rare) and not all(s in self.styled for s in self.where[rare])

    def surname_slip(self, rare: str, usual: str, min_len: int) -> bool:
        """A lone word a letter short, a letter long or two letters swapped beside a surname the page writes
        in full and also alone ("General Brening" beside "Ivo Brenning" and "Brenning"): a slip of the pen.
        A letter changed is not enough (Walter beside Walker are two men)."""
        return (len(rare) >= min_len and usual in self.surnames and rare not in self.surnames
                and self.lone_and_plain(rare) and not all(self.names[usual])
                and (len(rare) != len(usual) or sorted(rare) == sorted(usual)))

    def tail_slip(self, rare: str, usual: str, min_len: int) -> bool:
        """A lone word with a letter added at the end of a surname the page's infobox or front matter gives and
        the text writes in full and also alone ("Ashcombe's men" beside "| commander = Ivo Ashcomb" and
        "Ashcomb"): a slip of the pen, as a surname does not inflect (an s added is a plural or a possessive,
        and a changed last letter another name: Marlin, Marlis). Without the fields' word it is as often
        another word on 482 real pages (Command/Commando, Holland/Hollande, Force/Forced)."""
        return (len(rare) == len(usual) + 1 >= min_len + 1 and rare.startswith(usual) and rare[-1] not in "sS'"
                and usual in self.anchored and rare not in self.anchored and self.surname_slip(rare, usual, min_len))

    def anchored_surname_slip(self, rare: str, usual: str, uses: int, min_len: int = 8) -> bool:
        """A long lone word with one letter changed inside it (its first two and last two letters kept) beside
        the surname of a person the page's infobox or front matter names and the prose writes in full again
        ("Lindqvard" beside "| commander = Ebba Lindgvard" and "Ebba Lindgvard's"): the fields say who
        is meant and how the name is spelled. (Short names one letter apart are other names: Walter, Walker.)"""
        return (len(rare) == len(usual) >= min_len and uses >= 2 and usual in self.surnames
                and usual in self.anchored and rare not in self.surnames and rare not in self.anchored
                and self.lone_and_plain(rare) and rare[:2] == usual[:2] and rare[-2:] == usual[-2:]
                and sum(a != b for a, b in zip(rare, usual)) == 1)

    def linked_surname_slip(self, rare: str, usual: str, min_len: int = 8) -> bool:
        """A long lone word with one vowel changed for another inside it (its first two letters and its last kept)
        beside the surname of a person the page links by full name ("Despinay" beside "[[Raoul Despiney]]",
        "Aldeburg" beside "[[Konrad Aldeberg]]"): the link gives the spelling of the name, and a vowel slipped
        by ear names no one else. (A consonant changed is as often another name: Walter, Walker.)"""
        if not (len(rare) == len(usual) >= min_len and usual in self.linked_surnames and rare not in self.linked
                and rare not in self.surnames and rare not in self.anchored and rare[:2] == usual[:2]
                and rare[-1] == usual[-1] and self.lone_and_plain(rare)):
            return False
        changed = [(a, b) for a, b in zip(rare.lower(), usual.lower()) if a != b]
        return len(changed) == 1 and all(c in "aeiou" for c in changed[0])

    def full_name_slip(self, rare: str, usual: str, uses: int, min_len: int = 7) -> bool:
        """The surname of a full name written once beside the same surname written alone at least twice and a
        letter short, a letter long or two letters swapped inside it ("Marshal Ove Brandtsen" beside "Brandsen"
        x2, never in a full name): one person, the surname slipped in one of the two forms."""
        return (uses >= 2 and rare in self.surnames and usual not in self.surnames and self.alone(usual)
                and not all(s in self.styled for s in self.where[usual]) and _interior_slip(rare, usual, min_len))

    def doubling_slip(self, rare: str, usual: str) -> bool:
        """A lone word with the doubled letter of a surname the page writes in full and also alone moved to its
        neighbour ("Keer" beside "Ivo Kerr" and "Kerr"): a slip of the pen even in a short name, where a
        changed letter elsewhere is another name (Kerr, Karr)."""
        return (len(rare) == len(usual) and rare != usual and _squeezed(rare.lower()) == _squeezed(usual.lower())
                and usual in self.surnames | self.short_surnames and rare not in self.surnames | self.short_surnames
                and self.lone_and_plain(rare) and not all(self.names[usual]))

    def common_doubling(self, rare: str, usual: str, uses: int, min_uses: int = 4, min_len: int = 6) -> bool:
        """A lone word with the doubled letter of a name the page writes alone at least `min_uses` times moved to
        its neighbour ("Mabunnu" beside "Mabbunu" x4): the slip of a doubled letter, whatever the name names."""
        return (len(rare) == len(usual) >= min_len and rare != usual and uses >= min_uses
                and _squeezed(rare.lower()) == _squeezed(usual.lower()) and self.lone_and_plain(rare)
                and not all(self.names[usual]))

    def linked_slip(self, rare: str, usual: str, min_len: int = 7) -> bool:
        """A long lone word with the doubled letter of the spelling a link gives as a page's name moved to its
        neighbour ("Harlowbeeke" beside "[[Harlowbekke]]"): the link says how the name is spelled, and that slip
        names nothing else. (A letter more or less beside a linked name is as often another form on 482 real
        pages: Sinyavino/Sinyavin, Panzerfauste/Panzerfaust.)"""
        return (len(rare) == len(usual) >= min_len and rare != usual and usual in self.linked
                and rare not in self.linked and self.lone_and_plain(rare)
                and _squeezed(rare.lower()) == _squeezed(usual.lower()))

    def common_slip(self, rare: str, usual: str, uses: int, min_uses: int = 4, min_len: int = 7) -> bool:
        """A long word standing alone once, a letter short, a letter long or two letters swapped, beside a name the
        page writes alone at least `min_uses` times ("Karowmere" beside "Karrowmere" x4): a slip of the pen (on
        482 real pages: Schedlt, Matlida, Valetta, Finschafen ...). A changed letter is another name."""
        return (len(rare) >= min_len and uses >= min_uses and self.lone_and_plain(rare) and not all(self.names[usual])
                and (len(rare) != len(usual) or sorted(rare) == sorted(usual)))

    def transliterated(self, rare: str, usual: str) -> bool:
        """Ropša beside Ropsha, Dombaas beside Dombås: one letter written as its two-letter transliteration."""
        rares = {w.translate(_DIGRAPHS).casefold() for w in self.written.get(rare, ())} | {rare.casefold()}
        usuals = {w.translate(_DIGRAPHS).casefold() for w in self.written.get(usual, ())} | {usual.casefold()}
        return any(_fold(w) in usuals for w in rares) or any(_fold(w) in rares for w in usuals)


@lru_cache(maxsize=1 << 11)  # a page's names; a process-wide memo of a whole world's names cost ~50 MB per 10,000 pages
def _name_words(name: str, generic: frozenset[str]) -> tuple[str | None, tuple[str, ...], tuple[frozenset[str], ...],
                                                             tuple[str, ...]]:
    """What _Spellings reads of one name, worked out once per process (a page writes its names hundreds
    of times): the initials of a name of three or more capitalised words, the folded capitalised words,
    each one's distinctive companions (the name's other non-generic words), and all the folded parts."""
    capitals = _WORD.findall(name)
    initials = _fold("".join(w[0] for w in capitals)) if len(capitals) >= 3 else None
    # an elided particle ("Gaspard d'Avrenne", "Lucien d'Avranne") is no companion word two names share
    parts = tuple(_fold(p) for p in _NAME_PART.findall(_ELIDED.sub("", name)))
    context = frozenset(p for p in parts if p not in generic and not p.isdigit())
    words = tuple(_fold(w) for w in capitals)
    return initials, words, tuple(context - {w} for w in words), parts


def _drift_in(rule, docs):
    min_len = int(rule.params.get("min_length", 5))
    min_usual = int(rule.params.get("min_usual", 3))  # how often the usual spelling must be written
    inflections = tuple(rule.params.get("inflections", ()))
    variants = [tuple(v) for v in rule.params.get("variants", ())]
    places = [tuple(v) for v in rule.params.get("place_endings", ())]
    seen = _Spellings(docs, min_len)
    if seen.umlauts:  # "Jaeger" beside "Jager" where the page writes "Jäger": two ways of writing one letter
        variants += [tuple(v) for v in rule.params.get("umlaut_variants", ())]
    lone_uses, lone_len = int(rule.params.get("lone_slip_uses", 4)), int(rule.params.get("lone_slip_length", 7))
    counts, where = seen.counts, seen.where
    yield from _acronym_drift(rule, seen.acronyms, seen.initials | {
        a for a, spans in seen.acronyms.items() if any(s in seen.bracketed for s in spans)})
    index: dict[str, set[str]] = defaultdict(set)
    for w in counts:
        if len(w) >= min_len or w in seen.short_surnames:
            for d in _deletions(w.lower()):
                index[d].add(w)
    reported = set()
    yield from _frame_drift(rule, seen, reported, inflections, variants)
    yield from _prefix_drift(rule, seen, reported, inflections, variants, lone_uses)
    for rare, n in counts.items():
        if n != 1 or len(rare) < min_len - 1 or _ROMAN.fullmatch(rare):
            continue  # a rare spelling may be one letter shorter than the names compared ("Zort")
        candidates = set()
        for d in _deletions(rare.lower()):
            candidates |= index.get(d, set())
        for usual in candidates:
            uses = counts[usual] + seen.titled[usual]
            if usual == rare or usual.lower() == rare.lower():
                continue
            linked_slip = seen.linked_slip(rare, usual, lone_len) and rare[0].lower() == usual[0].lower()
            # the page's own name (its title) written again, and once with a letter slipped inside it (a name
            # of the infobox alone is as often transliterated two ways on real pages: Tolbukhin, Tolbukin)
            anchored_slip = uses >= 2 and seen.titled[usual] > 0 and rare not in seen.anchored \
                and _interior_slip(rare, usual, lone_len) and seen.lone_and_plain(rare)
            full_name_slip = seen.full_name_slip(rare, usual, uses, lone_len) and rare not in seen.linked
            linked_surname_slip = seen.linked_surname_slip(rare, usual)
            linked_ending_slip = (uses >= 3 and usual in seen.linked and rare not in seen.linked
                                  and seen.lone_and_plain(rare) and _vowel_ending_slip(rare, usual, where[usual], 7))
            if uses < min(min_usual, 2 if usual in seen.surnames else min_usual) and not linked_slip \
                    and not anchored_slip and not full_name_slip and not linked_surname_slip:
                continue
            if (seen.doubling_slip(rare, usual) and uses >= 2 or seen.common_doubling(rare, usual, uses, lone_uses)) \
                    and not seen.transliterated(rare, usual) \
                    and rare not in seen.linked and not _near(where[rare], where[usual], seen.bracketed):
                yield from _report(rule, seen, reported, rare, usual)
                continue
            if len(usual) < min_len:
                continue
            if rare[0].lower() != usual[0].lower() or _inflection(rare, usual, inflections):
                continue  # misspellings keep the first letter; Austria/Austrian is grammar
            if edit_distance(rare.lower(), usual.lower(), 1) > 1 or _ROMAN.fullmatch(usual):
                continue
            if len(rare) == len(usual) and min(len(rare), len(usual)) < 6 and sorted(rare) != sorted(usual):
                continue  # Rhine/Rhone, Henan/Hunan: short names one letter apart are usually other names
            if _differ_at_end(rare.lower(), usual.lower()) and (min(len(rare), len(usual)) < 8
                                                              or "s" in (rare[-1], usual[-1])) \
                    and not seen.tail_slip(rare, usual, min_len) and not linked_ending_slip:
                continue  # Porto/Porte, Marlin/Marlis, Divisions/Divisione: other names or other forms
            if _conventional(rare, usual, variants):
                continue  # Motorised/Motorized, Fallschirmjaeger/Fallschirmjäger
            if _other_place(rare, usual, places):
                continue  # Charlestown beside Charleston: two places
            if rare in seen.linked:
                continue  # a page is named that way: Walter Model and Walther Model are both real
            if not ((uses >= min_usual and (seen.same_name(rare, usual) or (seen.lone_and_plain(rare)
                                                                             and usual in seen.anchored)))
                    or seen.surname_slip(rare, usual, min_len) or seen.common_slip(rare, usual, uses, lone_uses, lone_len)
                    or linked_slip or anchored_slip or full_name_slip or seen.anchored_surname_slip(rare, usual, uses)
                    or linked_surname_slip or linked_ending_slip):
                continue  # Walter beside Walker: two names, unless something says they are one
            if seen.transliterated(rare, usual):
                continue
            if _near(where[rare], where[usual], seen.bracketed):
                continue  # both forms side by side are deliberate: a gloss, a translation
            yield from _report(rule, seen, reported, rare, usual)


# "Engelbert of Vaudry", "Thibault of Orlemont": a forename styled by a place (not "Battle of X": generic words)
_STYLED = re.compile(r"([A-Z][a-z]+) of [A-Z]\w+$")
_ADJECTIVE_ENDINGS = ("ian", "ean", "ese", "ish", "ic", "ine")
_SLIP_PREFIX = 6  # letters a word and its slip share at the start, for a slip of more than one letter


def _prefix_drift(rule, seen, reported, inflections, variants, min_uses: int):
    """A long lone word written once that keeps the beginning (six letters, two thirds of the shorter word) and the
    last letter of a person's name (a forename the page styles "of <place>", a surname of a person it links) written
    alone at least `min_uses` times, two or three letters
    slipped inside ("Engelbrecht's ratification" beside "[[Engelbert of Vaudry|Engelbert]]" and "Engelbert" x4): the
    page says who is meant and how it spells him, and the rare form names no one else there. (One letter apart is
    the deletion index's; two spellings each written often are two names.)"""
    counts = seen.counts
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for w, n in counts.items():
        if len(w) >= _SLIP_PREFIX + 2 and n >= min_uses and (w in seen.styled_forenames or (
                w in seen.linked or w in seen.anchored) and w in seen.surnames and w in seen.linked_surnames):
            by_prefix[w[:_SLIP_PREFIX].lower()].append(w)
    if not by_prefix:
        return
    for rare, n in counts.items():
        if n != 1 or len(rare) < _SLIP_PREFIX + 2 or rare in seen.linked or rare in seen.anchored \
                or rare in seen.titled or not seen.lone_and_plain(rare):
            continue
        for usual in by_prefix.get(rare[:_SLIP_PREFIX].lower(), ()):
            a, b = rare.lower(), usual.lower()
            if (rare, usual) in reported or a[-1] != b[-1] or a[-1] == "s" or edit_distance(a, b, 3) not in (2, 3) \
                    or a.endswith(_ADJECTIVE_ENDINGS) != b.endswith(_ADJECTIVE_ENDINGS):  # Nijmegen, Nijmegian
                continue
            if _common_prefix(a, b) * 3 < 2 * min(len(a), len(b)) or _inflection(rare, usual, inflections) \
                    or _conventional(rare, usual, variants) or seen.transliterated(rare, usual) \
                    or _near(seen.where[rare], seen.where[usual], seen.bracketed):
                continue
            yield from _report(rule, seen, reported, rare, usual)


def _near(rare_spans, usual_spans, bracketed) -> bool:
    """Both forms on one line close together: a gloss, a translation, not a slip."""
    return any(a.path == b.path and a.line == b.line and abs(a.column - b.column) <
               (GLOSS_COLUMNS if a in bracketed or b in bracketed else 40)
               for a in rare_spans for b in usual_spans)


def _usual_uses(count: int) -> dict:
    """How often the usual spelling is written, as a number (`count`) and in words for the message (`times`:
    "once", "twice", "5 times"), so a message never reads "1 times"."""
    return {"count": count, "times": {1: "once", 2: "twice"}.get(count, f"{count} times")}


def _report(rule, seen, reported, rare: str, usual: str):
    pair = (rare, usual)
    if pair in reported:
        return
    reported.add(pair)
    span = seen.where[rare][0]
    related = [(s, f"spelled {usual!r} here") for s in sorted(set(seen.where[usual]))[:5]]
    yield diagnostic(rule, span, related, key=("name", usual, rare), rare=rare, usual=usual,
                     **_usual_uses(seen.counts[usual] + seen.titled[usual]))


def _frame_drift(rule, seen, reported, inflections, variants):
    """A word written once in a name that is otherwise another name written at least twice, word for word:
    "Quenley Hall" beside "Quenleigh Hall", "Sjoke van Zort" beside "Sjoke van Zoort". The whole name is the
    evidence, so the usual spelling needs fewer uses and may be up to three edits away when the two words
    share a long beginning (ey/eigh: a misspelling by ear)."""
    counts, where = seen.counts, seen.where
    prefixes = frozenset(str(p).casefold() for p in rule.params.get("place_prefixes", ()))
    for frame, words in seen.frames.items():
        if len(words) < 2:
            continue
        # "Saint-_", "Fort _", "Abbey of Saint _": a place's prefix, the word after it the place's own name
        prefixed = len(frame) >= 2 and frame[-1] == "" and frame[-2].casefold() in prefixes
        # "Sjoke van _", not "Battle of _" or "32nd Guards _ Brigade"
        distinctive = any(w and w not in _generic_words() and w.casefold() not in _unit_words()
                          and not any(c.isdigit() for c in w) for w in frame)
        # a full name of two words, its surname the word that varies ("Greta Hollensby", "Greta Hollensbey"): the
        # given name says who (two given names a letter apart with one surname are as often siblings)
        person = len(frame) == 2 and frame[-1] == "" and distinctive
        for rare, rare_spans in words.items():
            if counts[rare] != 1 or len(rare) < 4 or _ROMAN.fullmatch(rare) or rare in seen.linked:
                continue
            for usual, usual_spans in words.items():
                # the usual spelling is written twice in this name, or once here and again elsewhere
                # ("Admiral Ivo Drask" beside "Drask's fleet" and "Admiral Ivo Drasek")
                if usual == rare or len(usual) < 4 or _ROMAN.fullmatch(usual):
                    continue
                if prefixed and _prefixed_first_letter(seen, rare, usual, rare_spans, usual_spans):
                    if (rare, usual) not in reported and not seen.transliterated(rare, usual):
                        yield from _frame_report(rule, seen, reported, rare, usual, rare_spans, usual_spans)
                    continue
                attested = max(len(set(usual_spans)), counts[usual]) >= 2
                if not attested and not (
                        usual in seen.anchored and rare not in seen.anchored and distinctive
                        and _interior_slip(rare, usual, 7)) and not (person and _first_of_two(seen, rare, usual,
                                                                                              usual_spans)):
                    continue  # written once each, unless the page's fields give the name and the prose slips
                if not (distinctive or usual in seen.anchored or _slipped_in_frame(rare, usual, usual_spans)):
                    continue  # "National Socialist" / "National Socialism": only a generic word in common
                last_word = frame[-1] == "" and distinctive
                compound = rare in seen.compounded and usual in seen.compounded
                # the surname of a full name the page writes twice, its given name before no other word: it neither
                # inflects nor changes its ending ("Ukrainian Front", "Western Allies" are no given names with surnames)
                surname = person and attested and len(words) == 2 and usual in seen.surnames \
                    and not _common_words().intersection((rare.casefold(), usual.casefold(), frame[0].casefold()))
                if (rare, usual) in reported or not (_misspelt(rare, usual, inflections, variants, last_word, compound,
                                                               surname) or _vowel_ending_slip(rare, usual, usual_spans)) \
                        or seen.transliterated(rare, usual):
                    continue
                if (_near(rare_spans, usual_spans, seen.bracketed) if compound else
                        any(a.path == b.path and a.line == b.line for a in rare_spans for b in usual_spans)):
                    continue  # both forms on one line are deliberate (a compound: side by side)
                yield from _frame_report(rule, seen, reported, rare, usual, rare_spans, usual_spans)


def _frame_report(rule, seen, reported, rare: str, usual: str, rare_spans, usual_spans):
    reported.add((rare, usual))
    written = sorted(set(seen.where[usual]) | set(usual_spans))
    related = [(s, f"spelled {usual!r} here") for s in written[:5]]
    yield diagnostic(rule, rare_spans[0], related, key=("name", usual, rare), rare=rare, usual=usual,
                     **_usual_uses(max(seen.counts[usual] + seen.titled[usual], len(written))))


def _prefixed_first_letter(seen, rare: str, usual: str, rare_spans, usual_spans) -> bool:
    """After a place's prefix, the name's first letter changed once ("Saint-Aubry" once beside "Saint-Oubry"
    written at least three times, "Fort Bellac" beside "Fort Kellac" x3): elsewhere a changed first letter is
    another name (the rest of the checks require it kept), but a prefixed name written the usual way three times
    over says which place is meant. Two places that share a prefix (Saint-Omer, Saint-Amer) are told apart by the
    text: the rare one written more than once, linked, in the fields or headings, or on a line with the usual one."""
    a, b = rare.casefold(), usual.casefold()
    return (len(a) == len(b) >= 4 and a[0] != b[0] and a[1:] == b[1:] and a[0].isalpha() and b[0].isalpha()
            and len(set(usual_spans)) >= 3 and seen.counts[rare] == 1 and rare not in seen.linked
            and rare not in seen.anchored and rare not in seen.titled
            and not any(x.path == y.path and x.line == y.line for x in rare_spans for y in seen.where[usual]))


def _first_of_two(seen, rare: str, usual: str, usual_spans=()) -> bool:
    """Of two spellings each written once in one full name, a letter more, a letter less or two letters swapped
    ("Greta Hollensby ... Greta Hollensbey"; a changed letter is another person: "his cousin, Ebbro Pellowsy"),
    the usual one is the one the page's fields or headings give, else the one written first. A link counts as a
    writing ("| successor = [[Gaspard Ivel]]" beside a lone "Gaspard Ivell" in the prose)."""
    written = set(seen.where[usual]) | set(usual_spans)
    if len(written) != 1 or len(rare) == len(usual) and sorted(rare) != sorted(usual):
        return False
    if (usual in seen.anchored) != (rare in seen.anchored):
        return usual in seen.anchored
    return min(written) < min(seen.where[rare])


def _vowel_ending_slip(rare: str, usual: str, usual_spans, min_len: int = 6) -> bool:
    """A word of a name with its last vowel changed for another ("Queen Ottilia College" beside "Queen Ottilie
    College" x3), the usual spelling filling the same name at least three times: the whole name says which one
    is meant, so the ending slipped (an ending changed in a name written once or twice is as often another
    name: Maria and Mario Street)."""
    return (len(set(usual_spans)) >= 3 and len(rare) == len(usual) >= min_len and rare[:-1] == usual[:-1]
            and rare[-1] != usual[-1] and rare[-1] in "aeiou" and usual[-1] in "aeiou")


def _slipped_in_frame(rare: str, usual: str, usual_spans) -> bool:
    """A long word a letter short, a letter long or two letters swapped, in a frame of generic words the
    usual spelling fills three times ("Port Varrowain" beside "Port Varrowin" x3): a slip of the pen, as
    with a lone word written often (a changed letter is another name: "Port Marlin", "Port Marlis")."""
    return (len(set(usual_spans)) >= 3 and min(len(rare), len(usual)) >= 7
            and (len(rare) != len(usual) or sorted(rare) == sorted(usual)))


def _misspelt(rare: str, usual: str, inflections, variants, last_word: bool = False, compound: bool = False,
              surname: bool = False) -> bool:
    """Close enough to be one word mistyped: one edit (not at the end of a short word), or up to three
    edits after a shared beginning of five letters that is most of the shorter word. A letter more at the end
    is a slip only for the last word of a person's name ("Ismene Cardle" / "Ismene Cardley"); a short word one
    letter changed only inside a hyphened compound ("Brannow-Tovik" / "Brannow-Tavik"). A `surname` (of a
    full name written twice) does not inflect: its ending changed or an s added is a slip too ("Claes
    Remmers" beside "Claes Remmert", "Samuel Gillings" beside "Samuel Gilling")."""
    a, b = rare.lower(), usual.lower()
    if a[0] != b[0] or _conventional(rare, usual, variants):
        return False
    if surname and edit_distance(a, b, 1) == 1 and min(len(a), len(b)) >= 5 and not _two_forms(a, b, inflections):
        return True
    if _inflection(rare, usual, inflections):
        return False
    if "s" in (a[-1], b[-1]):
        return False  # New Zealand / New Zealanders, Battery / Batteries: other forms
    if a.startswith(b) or b.startswith(a):
        # Regiment / Regimenter: other forms, but a surname does not inflect
        return last_word and abs(len(a) - len(b)) == 1 and min(len(a), len(b)) >= 4
    d = edit_distance(a, b, 3)
    if d == 1:
        if len(a) == len(b) and min(len(a), len(b)) < 6 and sorted(a) != sorted(b) and not compound:
            return False
        return not _differ_at_end(a, b)  # Socialist / Socialism: two forms of one word
    shared = _common_prefix(a, b)
    return d <= 3 and shared >= 5 and shared * 3 >= 2 * min(len(a), len(b))


def _interior_slip(rare: str, usual: str, min_len: int) -> bool:
    """A long word with a letter left out, slipped in or two letters swapped inside it, its first and last
    letters kept ("Wendrowe" / "Wenrowe", "Pellowby" / "Pelolwby"): a slip of the pen. A changed letter
    (Walter / Walker) or another ending (Sinyavino / Sinyavin) is as often another name or form."""
    a, b = rare.lower(), usual.lower()
    if min(len(a), len(b)) < min_len or a[0] != b[0] or a[-1] != b[-1]:
        return False
    if len(a) == len(b):
        return sorted(a) == sorted(b) and edit_distance(a, b, 1) == 1
    return abs(len(a) - len(b)) == 1 and edit_distance(a, b, 1) == 1


def _squeezed(word: str) -> str:
    """The word with every run of one letter written once: "marr" and "maar" are both "mar"."""
    return "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _conventional(a: str, b: str, variants) -> bool:
    """Two spellings that one spelling convention maps onto each other (each pair: written form, other form)."""
    a, b = a.casefold(), b.casefold()
    return any(a.replace(x, y) == b.replace(x, y) for x, y in variants)


def _other_place(a: str, b: str, endings) -> bool:
    """One stem with two place-name endings (Charlestown/Charleston, Kingstown/Kingston): two places."""
    a, b = a.casefold(), b.casefold()
    return any(a.endswith(x) and b.endswith(y) and a[:-len(x)] == b[:-len(y)] or
               a.endswith(y) and b.endswith(x) and a[:-len(y)] == b[:-len(x)] for x, y in endings)


def _differ_at_end(a: str, b: str) -> bool:
    """The two spellings agree up to the last letter of the shorter one, and end in other letters (Porto/Porte,
    Marlin/Marlis); a letter slipped in before a shared last letter (Dalsby/Dalsbey) is a misspelling."""
    n = min(len(a), len(b))
    return a[: n - 1] == b[: n - 1] and a[-1] != b[-1]


def _two_forms(a: str, b: str, endings: tuple[str, ...]) -> bool:
    """One stem with two of its endings or one bare (Gilling/Gillings, Lanka/Lankan, Socialism/Socialist): other
    forms of a word; a letter doubled at the end (Haspelman/Haspelmann) is no ending."""
    short, long_ = sorted((a, b), key=len)
    if long_ == short + short[-1] != short + "s":
        return False
    return any(a[:i] == b[:i] and a[i:] in endings + ("",) and b[i:] in endings + ("",) for i in range(1, len(short) + 1))


def _inflection(a: str, b: str, endings: tuple[str, ...]) -> bool:
    """Austria/Austrian, Serbia/Serbian, Gerlind/Gerlind's: one is the other plus an ending."""
    short, long_ = sorted((a.lower(), b.lower()), key=len)
    if long_.startswith(short) and long_[len(short):] in endings:
        return True
    if short.endswith("s") and long_.endswith("es") and long_[:-2] == short[:-1]:
        return True  # Zeros/Zeroes, Dominos/Dominoes: two plurals of one word
    # Hungary/Hungarian, Italy/Italian: a final y or e exchanged for an ending
    stem = short[:-1]
    return long_.startswith(stem) and long_[len(stem):] in endings and short[-1] in "aeyo"


def _acronym_drift(rule, acronyms, initials):
    by_letters = defaultdict(list)
    for name, spans in acronyms.items():
        if len(name) >= 3:
            by_letters["".join(sorted(name))].append(name)
    for names in by_letters.values():
        if len(names) < 2:
            continue
        # the usual form is the more written one, else the one the page ties to its expansion
        names.sort(key=lambda n: (-len({(s.path, s.line) for s in acronyms[n]}), n not in initials, n))
        usual = names[0]
        for rare in names[1:]:
            if len(set(acronyms[rare])) != 1 or rare in initials:
                continue  # a form written more than once is in use (CCP and CPC); one that spells a name is its own
            span = sorted(acronyms[rare])[0]
            related = [(s, f"written {usual!r} here") for s in sorted(set(acronyms[usual]))[:5]]
            yield diagnostic(rule, span, related, key=("acronym", usual, rare), rare=rare, usual=usual,
                             **_usual_uses(len(acronyms[usual])))
