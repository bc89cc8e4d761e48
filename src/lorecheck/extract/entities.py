"""Names in prose: matching keys, demonyms, titles, acronyms and their expansions.

The World matches the names of every document through `name_key`; the prose
reader uses the rest to turn "French forces" into France, "Field Marshal von
Strakling" into "von Strakling", and "Kuomintang (KMT)" into one entity with
an alias. Vocabulary is data (`rules/vocabulary/demonyms.yaml`, `prose.yaml`).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .. import vocabulary

_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^(?:the|a|an)\s+", re.I)
_STATE_FORM = re.compile(
    r"^(?:(?:empire|kingdom|republic|sultanate|principality|grand duchy|duchy|emirate|khanate|tsardom|"
    r"federated republic|federal republic|people's republic|united kingdom of great britain and)\s+of\s+)",
    re.I)
_DOTTED = re.compile(r"\b((?:[A-Za-z]\.){2,})")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text  # NFKD leaves ASCII as it is, and ASCII has no combining marks
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The form two spellings of one name share: for matching, never for display.

    Case-folded, diacritics stripped, leading article dropped, spaces collapsed,
    dots of dotted acronyms removed ("U.S." == "US"), a trailing possessive
    dropped, and a leading state form dropped ("Empire of Japan" == "Japan").
    An adjective + Empire/Republic/Kingdom names its polity ("Japanese Empire"
    == "Japan") when the adjective is a known demonym.
    """
    text = _strip_accents(name or "").strip()
    text = _DOTTED.sub(lambda m: m.group(1).replace(".", ""), text)
    text = text.replace("\u2019", "'")
    text = _SPACES.sub(" ", text).strip(" ,;:.")
    text = _POSSESSIVE.sub("", text)
    text = _LEADING_THE.sub("", text)
    text = _STATE_FORM.sub("", text)
    words = text.split(" ")
    if len(words) == 2 and words[1].lower() in ("empire", "republic", "kingdom", "state", "government"):
        polity = demonyms().get(words[0])
        if polity:
            text = _strip_accents(polity)
    return text.casefold()


def short_name(name: str) -> str:
    """A polity's name without article or state form, for display in event names:
    "The Empire of Japan" -> "Japan"."""
    text = _SPACES.sub(" ", name or "").strip()
    text = _LEADING_THE.sub("", text)
    return _STATE_FORM.sub("", text)


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    data = vocabulary.load("demonyms")
    return dict(data.get("demonyms") or {})


@lru_cache(maxsize=1)
def side_names() -> dict[str, str]:
    return dict(vocabulary.load("demonyms").get("sides") or {})


@lru_cache(maxsize=1)
def group_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in vocabulary.load("demonyms").get("group_nouns") or [])


@lru_cache(maxsize=1)
def _titles() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Titles by their first word, longest first."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for t in vocabulary.load("prose").get("titles") or []:
        words = tuple(str(t).split())
        by_first.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


def strip_title(words: list[str]) -> int:
    """How many leading words of a name are a title ("Field Marshal", "Bishop").

    A title followed by "of" is part of the name ("Duke of Dyr"); a name that
    is only a title keeps it.
    """
    if not words:
        return 0
    for title in _titles().get(words[0], ()):
        n = len(title)
        if len(words) > n and tuple(words[:n]) == title and words[n] not in ("of", "the"):
            return n
    return 0


class DemonymResolver:
    """Adjective or people -> polity: shipped data plus adjectives of the document's own names."""

    def __init__(self) -> None:
        self.static = demonyms()
        self.sides = side_names()
        self.derived: dict[str, str] = {}
        self._suffixes = list(vocabulary.load("demonyms").get("derived_suffixes") or [])

    def learn(self, name: str, polity: str | None = None) -> None:
        """Let adjectives formed from `name` (one word) resolve to it, or to `polity`, the state it names
        ("Kessa" of the Free Colonies of Kessa: "Kessan" is the Free Colonies)."""
        if " " in name or len(name) < 4 or not name[0].isupper():
            return
        stems = {name}
        if name[-1] in "aeyo":
            stems.add(name[:-1])
        for stem in stems:
            for suffix in self._suffixes:
                adj = stem + suffix
                if adj != name and adj not in self.static:
                    if polity and self.derived.get(adj, name) == name:
                        self.derived[adj] = polity  # the state's full name over the bare place
                    else:
                        self.derived.setdefault(adj, name)
            if stem.endswith("e"):
                pass

    def polity(self, word: str) -> str | None:
        """The polity a capitalised adjective or people name stands for, or None."""
        hit = self.static.get(word) or self.derived.get(word)
        if hit:
            return hit
        if word.endswith("s") and word[:-1] in self.static:  # "Serbians"
            return self.static[word[:-1]]
        return None


_ACRONYM_PAREN = re.compile(r"\(\s*(?:the\s+)?([A-Z][A-Z0-9&.\-]{1,11})\s*\)")
_ACRONYM_OR = re.compile(r",?\s+(?:or|also known as|known as|abbreviated(?: as)?|hereafter)\s+(?:simply\s+)?"
                         r"(?:the\s+)?(?:\"|“|'|\*\*)?([A-Z][\w.\-]{1,30})")


def acronym_of(words: list[str]) -> str:
    """Initials of the capitalised words of a name: Harbour Free Pilots Guild -> HFPG."""
    return "".join(w[0] for w in words if w[:1].isupper())


@lru_cache(maxsize=1 << 14)
def is_acronym(word: str) -> bool:
    """KMT, HFPG, U.S.S.R., NATO: two or more capitals (dots allowed), no lower-case letter."""
    bare = word.replace(".", "").replace("-", "")
    return len(bare) >= 2 and bare.isupper() and bare.isalpha() and not bare.isdigit()


_CONNECTORS = frozenset({"of", "and", "the", "for", "de", "des", "du", "la", "le", "von", "&"})
_OPENED = re.compile(r"\(\s*(?:the\s+)?$")


def expansion_before(text: str, at: int, acronym: str) -> str | None:
    """"merchant aircraft carriers (MAC ships)": the words right before the bracket the acronym
    at `at` opens, when their initials spell it, whatever their case (connector words may be
    skipped). Such an acronym is defined where it stands: a name of its own, not a misspelling."""
    before = text[max(0, at - 200):at]
    opened = _OPENED.search(before)
    if not opened:
        return None
    words = re.findall(r"[^\W\d_]+|&", before[:opened.start()])
    letters = acronym.replace(".", "").replace("-", "").lower()
    i, used = len(letters), []
    for word in reversed(words):
        if i == 0:
            break
        if word[0].lower() == letters[i - 1]:
            i -= 1
            used.append(word)
        elif word.lower() in _CONNECTORS and used:
            used.append(word)
        else:
            return None
    return " ".join(reversed(used)) if i == 0 else None


def find_expansion(text: str, name_end: int, name_words: list[str]) -> tuple[str, int, int] | None:
    """An acronym or short form given right after a name: "X (KMT)", "X, or simply Vichy".

    Returns (short form, start, end) relative to `text`, or None. A
    parenthesised acronym must be the name's initials (allowing skipped
    connector words and a letter or two of difference at most, so that the
    name drift check can still see a misspelt acronym elsewhere).
    """
    tail = text[name_end:name_end + 80]
    m = _ACRONYM_PAREN.match(tail.lstrip()) if tail.lstrip().startswith("(") else None
    if m:
        off = name_end + (len(tail) - len(tail.lstrip()))
        short = m.group(1).replace(".", "")
        initials = acronym_of(name_words)
        if short and (short == initials or sorted(short) == sorted(initials) or
                      (short[0] == initials[:1] and len(short) >= 2 and len(set(short) & set(initials)) >= len(short) - 1)):
            return m.group(1), off + m.start(1), off + m.end(1)
        return None
    m = _ACRONYM_OR.match(tail)
    if m:
        short = m.group(1).rstrip(".,;")
        if short and (short in name_words or is_acronym(short)):
            return short, name_end + m.start(1), name_end + m.start(1) + len(short)
    return None
