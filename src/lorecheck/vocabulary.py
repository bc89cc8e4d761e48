"""Vocabulary and rule data shipped in `rules/` (and extra folders from configuration).

Data, not code: field names, predicate words, demonyms, template layouts.
Files are YAML loaded in safe mode and cached per process. Extra folders
(configuration `vocabulary = [...]`) are merged over the shipped data: maps
are merged key by key, lists are extended.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import re
from functools import lru_cache, wraps
from pathlib import Path



def _safe_load(text: str):
    import yaml  # here, not at the top: a run that reuses stored findings reads no YAML at all

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # C loader when built, same safety


_extra_folders: list[Path] = []
_parsed_dir: Path | None = None  # where parsed YAML is kept between runs (inside the cache folder), if anywhere
_PARSED_FORMAT = b"lorecheck-parsed-yaml-1"  # bump when what is stored changes shape
SHIPPED_PARSE = Path(__file__).with_name("rules_parsed.pickle")  # the shipped YAML, parsed ahead of time


def shipped_key(raw: bytes) -> str:
    """What names a file's bytes in SHIPPED_PARSE: its content, not its path (so a copy is found too)."""
    return hashlib.sha256(raw).hexdigest()[:40]


@lru_cache(maxsize=1)
def _shipped_parses() -> dict[str, bytes]:
    """Pickled parses of the shipped rule and vocabulary files, by shipped_key.

    Why: without a cache folder (`--no-cache`, a first run) importing PyYAML and
    parsing the ~25 shipped files cost a one-file run a third of its time.
    `python -m lorecheck.vocabulary` rebuilds the file; tests/test_cold_start.py
    keeps it current. A file whose bytes it lacks is simply parsed.
    """
    try:
        with open(SHIPPED_PARSE, "rb") as f:
            return pickle.load(f)
    except Exception:  # absent or unreadable: parse the YAML, as without it
        return {}


def use_cache_dir(directory: str | os.PathLike | None) -> None:
    """Keep parsed data files under `directory`/data (None: parse them on every run).

    Why: importing PyYAML and parsing the ~25 shipped files costs a one-file run
    more than its documents do; an unpickled copy, found by a hash of the file's
    bytes, costs almost nothing. The cache folder is the only place written.
    """
    global _parsed_dir
    _parsed_dir = Path(directory) / "data" if directory is not None else None


def read_yaml(path: Path):
    """A YAML file's content, parsed in safe mode (or its stored parse when the bytes are unchanged).

    Raises OSError when unreadable, UnicodeDecodeError when not UTF-8 and
    yaml.YAMLError when not YAML, as parsing the text directly does.
    """
    raw = Path(path).read_bytes()
    shipped = _shipped_parses().get(shipped_key(raw))
    if shipped is not None:
        return pickle.loads(shipped)  # a fresh copy per call, as parsing gives
    entry = None
    if _parsed_dir is not None:
        from . import __version__

        digest = hashlib.sha256(b"\0".join((_PARSED_FORMAT, __version__.encode(), raw))).hexdigest()[:40]
        entry = _parsed_dir / f"{digest}.pickle"
        try:
            with open(entry, "rb") as f:
                return pickle.load(f)
        except Exception:  # absent, torn or unreadable: parse again, never trust it
            pass
    text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as read_text() gives it
    data = _safe_load(text)
    if entry is not None:
        _store(entry, data)
    return data


def _store(entry: Path, data) -> None:
    """Write atomically (temporary file + rename); a read-only or full disk only costs a re-parse."""
    from .atomic import write_atomic  # here: tempfile (and shutil, random) only for a run that writes

    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(entry, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    except (OSError, pickle.PicklingError):
        pass


def rules_dir() -> Path:
    """The shipped `rules/` folder: inside the installed package, or the checkout's."""
    packaged = Path(__file__).with_name("rules")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def set_extra_folders(folders: list[Path]) -> None:
    """Vocabulary folders from configuration, merged over the shipped data."""
    global _extra_folders
    if list(folders) != _extra_folders:
        _extra_folders = list(folders)
        load.cache_clear()
        word_set.cache_clear()


def _merge(base, extra):
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [x for x in extra if x not in base]
    return extra


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The merged content of `vocabulary/<name>.yaml`."""
    data = read_yaml(rules_dir() / "vocabulary" / f"{name}.yaml") or {}
    for folder in _extra_folders:
        path = folder / f"{name}.yaml"
        if path.is_file():
            data = _merge(data, read_yaml(path) or {})
    return data


@lru_cache(maxsize=None)
def word_set(name: str, key: str) -> frozenset[str]:
    """The words of list `key` in `vocabulary/<name>.yaml`, lower-cased: what token tests look words up in."""
    return frozenset(str(w).lower() for w in load(name).get(key) or ())


def remade_with(name: str):
    """Decorator for a function of no arguments that builds a value from `vocabulary/<name>.yaml` (a set of its words,
    a pattern): the value is kept, and built again only when that file's data is loaded again (a configured
    vocabulary folder), not at every call (the period readers rebuilt their noun sets thousands of times a page)."""
    def wrap(make):
        kept: list = [None, None]  # (the loaded data the value was built from, the value)

        @wraps(make)
        def value():
            data = load(name)
            if kept[0] is not data:
                kept[1] = make()
                kept[0] = data
            return kept[1]
        return value
    return wrap


def alternation(words, not_after: str | None = None) -> str:
    r"""A regex alternation of vocabulary words: longest first (so "broke out" wins over "broke"), a space
    in a word matching any run of whitespace (prose wraps lines), and a pattern that never matches when
    there are no words (so a user's empty list switches a reader off instead of matching everywhere).

    Words that open on the same letter share it ("b(?:urnt\s+down|uilt|orn)|d(?:ied|...)"): re tries an
    alternation's words one after the other at every place it is tried, so a list of ninety words cost ninety
    tests a word; now one a letter, then that letter's words. The same matches: at any place only the words of
    one letter can match, tried in the same order. Done only when every word opens on a lower-case ASCII
    letter or a digit, so that no two letters are one under re.I either.

    `not_after`, a character class's body (r"\w'’-"): a word matches only where no such character stands before
    it, as "(?<![...])(?:words)" would say; the test is written after each first letter ("b(?<![...]b)(?:...)"),
    so that the pattern opens on the letters and re skips to one of them instead of trying the look-behind at
    every character (without re.I: re.I makes each letter two)."""
    ordered = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    escape = lambda w: re.escape(w).replace(r"\ ", r"\s+")
    if not all(w[:1].isascii() and (w[:1].islower() or w[:1].isdigit()) for w in ordered):
        plain = "|".join(map(escape, ordered)) or "(?!)"
        return plain if not_after is None else f"(?<![{not_after}])(?:{plain})"
    by_first: dict[str, list[str]] = {}
    for w in ordered:
        by_first.setdefault(w[0], []).append(w)
    guard = (lambda w0: "") if not_after is None else (lambda w0: f"(?<![{not_after}]{w0})")
    return "|".join(f"{w0}{guard(w0)}{escape(ws[0][1:])}" if len(ws) == 1 else
                    f"{w0}{guard(w0)}(?:{'|'.join(escape(w[1:]) for w in ws)})"
                    for w0, ws in by_first.items()) or "(?!)"


_ESCAPES_AND_GROUP_NAMES = re.compile(r"\\.|\(\?P<\w+>")
# words that open on at most this many letters have Caseless write the test before them after their first letter
# (re then skips the rest of the text); with more, most characters open some word, and the test done first at
# each character, as written, is cheaper (the event nouns' sixteen letters: a fifth slower)
_FEW_FIRST_LETTERS = 12
# "\b(?:{})", "(?<![\w'’-])(?:{})": a Caseless template that tests the character before its words (group 1: the
# look-behind's class; none for \b, which before a word that opens on a letter or digit is (?<![\w]))
_OPENING_GUARD = re.compile(r"(?:\\b|\(\?<!\[([^\]\[]+)\]\))\(\?:\{\}\)")
# the non-ASCII characters whose lower() is no single non-ASCII character of the same \w, \d and \s classes,
# or that re.I folds to an ASCII letter: İ ı ſ K (tests/test_caseless.py finds them again over every code point)
CASE_UNSAFE = re.compile("[\u0130\u0131\u017f\u212a]")


def _caseless_text(s: str) -> bool:
    """ASCII but for characters without case ("’" in "[\\w'’-]"): re.I compiles those as plain literals, and no
    character of a text lower-cases to one of them."""
    return s.isascii() or all(c.isascii() or c.lower() == c == c.upper() for c in s)


class Caseless:
    r"""A case-insensitive word-list pattern, `template` with the words' alternation at "{}" (or a pattern of
    lower-case words), that gives the very matches `re.compile(..., re.I)` gives, about three times faster.

    Why: re matches a long alternation under IGNORECASE character by character through case folding, and
    the readers run such lists over every sentence. When the words and the template are ASCII (or uncased) with no
    literal capital, and the text has none of CASE_UNSAFE, lower() keeps every offset and every character's
    \w, \d and \s class, and makes an ASCII letter of exactly the characters re.I folds to one: the
    lower-case pattern matches the lower-cased text exactly where the re.I pattern matches the text. The re.I
    pattern then runs at that start alone, so callers get its match objects (original case, its groups).
    Anything else uses the re.I pattern throughout."""

    __slots__ = ("pattern", "_lower", "_words")

    def __init__(self, template: str, words=None, flags: int = 0):
        """`words` None: `template` is the whole pattern."""
        words = None if words is None else [str(w) for w in words]
        self.pattern = re.compile(template if words is None else template.format(alternation(words)), flags | re.I)
        literal = _ESCAPES_AND_GROUP_NAMES.sub("", template)
        plain = _caseless_text(template) and not any(c.isupper() for c in literal) and \
            all(_caseless_text(w) for w in words or ())
        # a template opening on a word boundary or a look-behind before the words ("\b(?:{})", "(?<![\w-])(?:{})") has
        # it written after each first letter (alternation's not_after): the same matches, found three times faster
        low_words = None if words is None else [w.lower() for w in words]
        opening = _OPENING_GUARD.match(template) if words is not None else None
        if opening is not None and all(w[:1].isascii() and (w[:1].islower() or w[:1].isdigit()) for w in low_words) \
                and len({w[0] for w in low_words}) <= _FEW_FIRST_LETTERS:
            lowered = alternation(low_words, not_after=opening.group(1) or r"\w")  # (\b: before a letter or digit)
            template = "(?:{})" + template[opening.end():]
        else:
            lowered = alternation(low_words) if words is not None else None
        self._lower = None if not plain else re.compile(
            template if words is None else template.format(lowered), flags)
        # the words alone (no template around them), for may_match
        self._words = None if self._lower is None or words is None else re.compile(alternation(low_words))

    def may_match(self, text: str) -> bool:
        """False when no part of text can match (none of the words is in it): one quick scan of a whole block
        spares the pattern on each of its sentences. Only for a template every match of which holds one of the
        words ("\\b(?:{})\\b"); True whenever that cannot be told."""
        if self._words is None or not text.isascii() and CASE_UNSAFE.search(text):
            return True
        return self._words.search(text.lower()) is not None

    def search(self, text: str, pos: int = 0):
        """pattern.search(text, pos)."""
        for m in self.finditer(text, pos):
            return m
        return None

    def finditer(self, text: str, pos: int = 0):
        """pattern.finditer(text, pos), for patterns that never match the empty string."""
        fast = self._lower
        if fast is None or not text.isascii() and CASE_UNSAFE.search(text):
            yield from self.pattern.finditer(text, pos)
            return
        low = text.lower()
        match = self.pattern.match
        while (found := fast.search(low, pos)) is not None:
            m = match(text, found.start())
            if m is None or m.end() == m.start():  # not reached: the two patterns agree (see above)
                yield from self.pattern.finditer(text, found.start())
                return
            yield m
            pos = m.end()


class WordGate:
    """A quick test before a re.I pattern every match of which holds one of `words` (as it would be written
    after case folding): False only when none of them is in the text's lower case, so the pattern cannot match.

    Each word is tested as its longest piece between spaces ("state of emergency" -> "emergency": the pattern
    may join the words by any spaces). A text with a letter of CASE_UNSAFE ("ſ", which re.I folds to "s") and
    any word that is not ASCII make the gate stand aside (True): lower() and re.I agree on the rest."""

    __slots__ = ("words",)

    def __init__(self, words) -> None:
        pieces = [max(str(w).lower().split(), key=len, default="") for w in words]
        # None: cannot be told (a word not ASCII, or an empty one) and every text passes
        if not pieces or not all(p and p.isascii() for p in pieces):
            self.words = None
        else:  # a word holding another is found whenever it is ("terms" holds "term"): only the other is tested
            unique = set(pieces)
            self.words = tuple(sorted(p for p in unique if not any(q != p and q in p for q in unique)))

    def __call__(self, text: str, low: str | None = None) -> bool:
        """`low`: text.lower(), when the caller has it."""
        words = self.words
        if words is None or not text.isascii() and CASE_UNSAFE.search(text):
            return True
        if low is None:
            low = text.lower()
        for w in words:
            if w in low:
                return True
        return False


def fingerprint() -> str:
    """Hash of all vocabulary and rule data in force (part of the cache key)."""
    h = hashlib.sha256()
    for folder in [rules_dir(), *_extra_folders]:
        for path in sorted(folder.rglob("*.yaml")):
            h.update(str(path.relative_to(folder)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def build_shipped_parses() -> dict[str, bytes]:
    """The content of SHIPPED_PARSE: every YAML file under the shipped `rules/`, parsed by PyYAML."""
    out = {}
    for path in sorted(rules_dir().rglob("*.yaml")):
        raw = path.read_bytes()
        text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
        out[shipped_key(raw)] = pickle.dumps(_safe_load(text), protocol=pickle.HIGHEST_PROTOCOL)
    return out


if __name__ == "__main__":  # `python -m lorecheck.vocabulary`: run after editing any file in rules/
    SHIPPED_PARSE.write_bytes(pickle.dumps(build_shipped_parses(), protocol=pickle.HIGHEST_PROTOCOL))
    print(SHIPPED_PARSE.name)
