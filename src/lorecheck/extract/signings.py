"""Signings told of a party, and signings told apart.

checks/single_value.py holds a party's signing of an agreement to the agreement's own signing day. Two readings
here feed it:

- `agent_signings`: a party signs through its agent. "Tessaly's envoy signed it on 4 May 1790", "The
  plenipotentiary of the Order of the Vane signed the treaty on 9 May 1790", "Arvel's ambassador, Oren Marsh, put
  his name to the Treaty of Lenmark on D": the party's signing (what it signed: the agreement named after the verb,
  else none, which on the agreement's own page is the page's topic). Agent nouns: prose.yaml `signing_agents`.
  No clause of a sentence that tells a ratification or an act after the signing carries one ("X ratified it
  after the signing, on D, and Y put his name to it on D2": Y's ratification; prose.yaml `ratification_told_words`).
- `staggered_signings`: a sentence that tells a signing with words of a staggered signing ("Hessary signed first,
  on 20 January; the last signature was set on 3 February", "the remaining states signed in turn") marks the
  agreement ("signing:staggered", undated): its parties signed on days of their own, so a party's day is not the
  agreement's. Words: prose.yaml `staggered_signing_words`.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property, lru_cache

from .. import vocabulary
from ..model import FIELD_ORIGINS, Block, Document, DocumentFacts, Origin, Statement
from .sentences import CLAUSE_STOP

# A name: capitalised words, joined by a space or a linking word ("Order of the Vane", "Arvel and Corse"). Each
# block's names are found once, left to right (NAME_RUN never gives back what it took: every quantifier is
# possessive), and a reader finds a signing by its verb first, then the name that ends before it or starts after
# it. No pattern searches a name from every capital of a block: over a long run of capitalised words that is
# quadratic (a pasted dump, a hostile file).
_WORD = r"[A-Z][\w’'-]*+"
_LINKS = r"of\s+the|of|the|de|du|von|van|der|al|and"
_NAME_RUN = re.compile(rf"{_WORD}(?:(?:\s++(?:{_LINKS}))?\s++{_WORD})*+")
_NAME_WORD = re.compile(_WORD)
_SIGN_WORD = re.compile(r"\b(?:sign(?:s|ed|ing)?|signatures?|signator(?:y|ies)|countersign\w*|sealed)\b", re.I)
_SIGNING_GATE = re.compile(r"\b(?:sign|seal|countersign)|\b(?:name|signature|hand)\s+to\b", re.I)
# a signing told again without its verb ("the first of the five states to do so")
_SIGNING_AGAIN = re.compile(r"\bto\s+do\s+so\b", re.I)
_REACH = 5  # words between a cue and the signing it qualifies ("signed first", "the last signature")
# a sentence: a run without a stop, then stops before a space or the end (tried only where a run starts, so a
# stop inside a word, "3.5", never makes it try again from every letter of the run)
_SENTENCE = re.compile(r"(?<![^.!?])[^.!?]++(?:[.!?]++(?=\s|$)|$)")
# the verbs of a party's signing through its agent ("Tessaly's envoy signed it", "... put his name to")
_AGENT_VERB = re.compile(r"(?:signed|sealed|countersigned|(?:put|set|added|affixed)\s+(?:his|her|their|its)\s+"
                         r"(?:name|names|signature|signatures|seal|seals|hand|hands)\s+to)")
# "The Hessary Union put its name to the Brannock Accords on D": a signing the verbs of predicates.yaml miss. Not
# "put its seal to": a state's or a ruler's own seal is set on its ratification, an envoy's (_AGENT_VERB) on the
# signing.
_HAND_VERB = re.compile(r"(?<=\s)(?:put|set|added|affixed)\s+(?:its|his|her|their)\s+(?:name|signature|hand)\s+to")
_SPACES_THEN_VERB = re.compile(rf"\s+{_AGENT_VERB.pattern}")
_COMMA_SPACES_THEN_VERB = re.compile(rf",?\s+{_AGENT_VERB.pattern}")
_APPOSED = re.compile(r",?\s+(?=[A-Z])")  # ", Oren Marsh," between an agent and its verb
_OF_LINK = re.compile(r"\s+of\s+(?:the\s+)?")  # "Treaty of [the] <name>"
_EASED = frozenset({"also", "then", "formally"})  # "Harran also signed the treaty"


@lru_cache(maxsize=1)
def _vocab():
    prose = vocabulary.load("prose")
    heads = frozenset(str(h).casefold() for h in prose.get("agreement_heads") or ())
    agents = vocabulary.alternation(prose.get("signing_agents") or ())
    cues = vocabulary.alternation(prose.get("staggered_signing_words") or ())
    cue = re.compile(rf"\b(?:{cues})\b", re.I)
    ratification = re.compile(rf"\b(?:{vocabulary.alternation(prose.get('ratification_told_words') or ())})\b", re.I)
    head_words = "|".join(sorted(heads))
    # what was signed, after the verb: "it" / "the treaty" (the page's own), the agreement by name, or nothing
    what = re.compile(rf"\s+(?:(?P<it>it|the\s+(?:{head_words})\b)|(?:the\s+)?(?=[A-Z]))")
    # "Tessaly's envoy" / "Arvel's ambassador", before the verb (the party's name ends at the "'s")
    owner = re.compile(rf"(?:'s|’s)\s+(?:[a-z-]+\s+)?(?:{agents})\b")
    # "The plenipotentiary of the Order of the Vane", up to the party's name
    of = re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+)?(?:{agents})\s+of\s+(?:the\s+)?(?=[A-Z])")
    # "Harran signed the treaty at Corvane on D" after the Treaty of Corvane was named: the agreement the block
    # named last with that head (or its link, or the page's own agreement)
    bare = re.compile(rf"(?<=\s)signed\s+the\s+(?:(?:peace|new|final|formal)\s+)?(?P<head>{head_words})\b(?!\s+of\b)")
    return heads, (owner, of, what, bare), cue, ratification


def agreement_heads() -> frozenset[str]:
    """The nouns that make a name an agreement's ("Treaty", "Accords", "Pact"; prose.yaml agreement_heads)."""
    return _vocab()[0]


def ratification_told() -> re.Pattern:
    """Words that tell a ratification or a time after the signing ("ratified", "after the signing"; prose.yaml
    `ratification_told_words`): a sentence with one tells no signing."""
    return _vocab()[3]


def names_an_agreement(name: str | None) -> bool:
    """"Treaty of Lenmark", "the Orrin Accords", "Brask-Accord": a name with an agreement's head noun."""
    heads = agreement_heads()
    return bool(name) and any(w.casefold() in heads for w in name.replace("-", " ").split())


class _Names:
    """The capitalised names of one block (see _NAME_RUN), each as its words and whether a bare space (not a
    linking word) joins each word to the one before."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: dict[int, list] = {}

    # found when a signing's cue is, not for every block the gate lets through ("significant", "seal")
    @cached_property
    def runs(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in _NAME_RUN.finditer(self.text)]

    @cached_property
    def starts(self) -> list[int]:
        return [a for a, _ in self.runs]

    @cached_property
    def by_start(self) -> dict[int, int]:
        return {a: i for i, (a, _) in enumerate(self.runs)}

    @cached_property
    def by_end(self) -> dict[int, int]:
        return {b: i for i, (_, b) in enumerate(self.runs)}

    def words(self, i: int) -> list[tuple[int, int, bool]]:
        """(start, end, a bare space before it) of each word of the i-th name."""
        if i not in self._words:
            a, b = self.runs[i]
            words, last = [], None
            for m in _NAME_WORD.finditer(self.text, a, b):
                words.append((m.start(), m.end(), last is not None and self.text[last:m.start()].isspace()))
                last = m.end()
            self._words[i] = words
        return self._words[i]

    def holding(self, at: int) -> int | None:
        """The name a character at `at` is part of."""
        i = bisect_right(self.starts, at) - 1
        return i if i >= 0 and at < self.runs[i][1] else None

    def ending_before(self, at: int) -> int | None:
        """The name that ends at `at` but for the spaces between."""
        while at > 0 and self.text[at - 1].isspace():
            at -= 1
        return self.by_end.get(at)

    def opening(self, i: int) -> tuple[int, int] | None:
        """(where a mention opens, where its party's name opens) of the i-th name as a word-bounded match before a
        verb would take it: a "the"/"The" just before the party is the mention's, not the name's ("the Hessary
        Union put its name to"); no match opens inside a word ("deVries")."""
        text, words = self.text, self.words(i)
        for j, (a, _, _) in enumerate(words):
            if j == 0 and a > 0 and (text[a - 1].isalnum() or text[a - 1] == "_"):
                continue
            b = a
            while b > (words[j - 1][1] if j else 0) and text[b - 1].isspace():
                b -= 1
            if b < a and text.endswith("the", 0, b) and (b == 3 or not _word_char(text[b - 4])):
                return b - 3, a  # "the Hessary Union", "the" a word of its own
            if text[a:words[j][1]] == "The" and j + 1 < len(words) and words[j + 1][2]:
                return a, words[j + 1][0]
            return a, a
        return None


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _verb_after(text: str, names: _Names, at: int) -> int | None:
    """Where the signing verb ends that follows `at` (a party's name or its agent), an apposition between them
    or not ("Arvel's ambassador, Oren Marsh, put his name to")."""
    appos = _APPOSED.match(text, at)
    if appos is not None and (k := names.by_start.get(appos.end())) is not None:
        verb = _COMMA_SPACES_THEN_VERB.match(text, names.runs[k][1])
        if verb is not None:
            return verb.end()
    verb = _SPACES_THEN_VERB.match(text, at)
    return verb.end() if verb is not None else None


def _party_then_verb(text: str, names: _Names, i: int) -> tuple[int, int] | None:
    """The i-th name as a party, an apposition or not, then the signing verb: (where the party's name ends, where
    the verb ends). "the envoy of Arvel Oren Marsh, signed": the words after the last bare space apposed."""
    end = names.runs[i][1]
    verb = _verb_after(text, names, end)
    if verb is not None:
        return end, verb
    verb = _COMMA_SPACES_THEN_VERB.match(text, end)
    if verb is None:
        return None
    words = names.words(i)
    for j in range(len(words) - 1, 0, -1):
        if words[j][2]:
            return words[j - 1][1], verb.end()
    return None


def _signed_what(text: str, at: int, names: _Names, what) -> tuple[int, str | None, str | None]:
    """After a signing verb ending at `at`: (where the mention ends, "it" or "the <head>" or None, the agreement
    named or None)."""
    m = what.match(text, at)
    if m is None:
        return at, None, None
    if m.group("it"):
        return m.end(), m.group("it"), None
    i = names.by_start.get(m.end())
    if i is None:
        return at, None, None
    return names.runs[i][1], None, text[m.end():names.runs[i][1]]


def _eased(text: str, at: int) -> int:
    """Where "also"/"then"/"formally" opens right before `at` (spaces between), else `at`."""
    e = at
    while e > 0 and text[e - 1].isspace():
        e -= 1
    for w in _EASED:
        b = e - len(w)
        if b > 0 and text.startswith(w, b) and text[b - 1].isspace():
            return b
    return at


def _agent_matches(text: str, names: _Names, shapes) -> list[tuple]:
    """(start, end, party, "it"/"the <head>"/None, agreement named/None, head's offset/None) of each party's
    signing the block tells, shape after shape, each in the order of the text."""
    owner, of, what, bare = shapes
    out = []
    # "<Party>'s [adjective] <agent>[, Name,] <verb> [what]": the party's name ends at the "'s"
    tails: dict[int, list] = {}
    for m in owner.finditer(text):
        i = names.holding(m.start())
        if i is not None:
            tails.setdefault(i, []).append(m)
    last = 0
    for i in sorted(tails):
        start = names.runs[i][0]
        if start < last:
            continue
        for m in reversed(tails[i]):  # the longest name first
            verb = _verb_after(text, names, m.end())
            if verb is not None:
                end, it, named = _signed_what(text, verb, names, what)
                out.append((start, end, text[start:m.start()], it, named, None))
                last = end
                break
    # "The <agent> of [the] <Party>[, Name,] <verb> [what]"
    pos = 0
    while (m := of.search(text, pos)) is not None:
        i = names.by_start.get(m.end())
        found = _party_then_verb(text, names, i) if i is not None else None
        if found is None:
            pos = m.start() + 1
            continue
        party_end, verb = found
        end, it, named = _signed_what(text, verb, names, what)
        out.append((m.start(), end, text[m.end():party_end], it, named, None))
        pos = end
    # "[the] <Party> put its name to [what]", then "[the] <Party> [also] signed the <head>"
    for shape in (_HAND_VERB, bare):
        last = 0
        for m in shape.finditer(text):
            i = names.ending_before(_eased(text, m.start()) if shape is bare else m.start())
            opened = names.opening(i) if i is not None else None
            if opened is None or opened[0] < last:
                continue
            start, party_start = opened
            if shape is bare:
                end, it, named, head = m.end(), None, None, m.start("head")
            else:
                (end, it, named), head = _signed_what(text, m.end(), names, what), None
            out.append((start, end, text[party_start:names.runs[i][1]], it, named, head))
            last = end
    return out


class _Agreements:
    """The agreements a block names by one head, in order ("the Treaty of Corvane", "the Corvane Treaty"), read
    off its names: "<Head> of [the] <name>", else "<name> <Head>" with the name as long as the words allow."""

    def __init__(self, text: str, names: _Names) -> None:
        self.text, self.names = text, names
        self.by_head: dict[str, tuple[list[int], list[tuple[int, str]]]] = {}

    def before(self, head: str, at: int) -> tuple[int, str | None]:
        """How many distinct agreements of that head (at most 2) the block names before `at`, and the first."""
        if head not in self.by_head:
            ends, told, seen = [], [], set()
            for end, name in self._mentions(head):
                seen.add(name)
                ends.append(end)
                told.append((min(len(seen), 2), told[0][1] if told else name))
            self.by_head[head] = (ends, told)
        ends, told = self.by_head[head]
        n = bisect_right(ends, at)
        return told[n - 1] if n else (0, None)

    def _mentions(self, head: str):
        text, names = self.text, self.names
        for i in range(len(names.runs)):
            words = names.words(i)
            # the words a "<name> <Head>" could end on: the head after a bare space, a word of its own
            heads_at = [k for k, (ws, _, bare) in enumerate(words) if bare and text.startswith(head, ws) and
                        (ws + len(head) == len(text) or not _word_char(text[ws + len(head)]))]
            pos = 0
            for j, (ws, we, _) in enumerate(words):
                if ws < pos or j == 0 and ws > 0 and _word_char(text[ws - 1]):
                    continue
                if text[ws:we] == head and j + 1 < len(words) and _OF_LINK.fullmatch(text, we, words[j + 1][0]):
                    end = words[-1][1]
                    while not _word_char(text[end - 1]):
                        end -= 1
                    yield end, text[ws:end]
                    break
                if heads_at and heads_at[-1] > j:
                    end = words[heads_at[-1]][0] + len(head)
                    yield end, text[ws:end]
                    pos = end


def _named_before(block: Block, at: int, head: str, title: str | None, agreements: _Agreements) -> str | None:
    """The agreement "the <head>" at `at` stands for: its link's page ("the [[Treaty of X|peace treaty]]"), else
    the one agreement of that head the block names before it, else the page's own agreement of that head."""
    for pair in (block.attrs.get("links") or "").split("\n"):
        label, _, page = pair.partition("=>")
        if page and label.casefold().endswith(head.casefold()) and names_an_agreement(page) \
                and label.casefold() in block.text[max(0, at - 20):at + len(head) + 1].casefold():
            return page
    count, name = agreements.before(head.capitalize(), at)
    if count == 1:
        return name[4:] if name.startswith("The ") else name
    if not count and title and head.casefold() in title.casefold().split():
        return title
    return None


def agent_signings(doc: Document, block: Block, found: list, origin: Origin) -> list[Statement]:
    """A party's signing told by its agent's (see the module's doc)."""
    text = block.text
    if not found or not _SIGNING_GATE.search(text):
        return []
    _, shapes, _, ratification = _vocab()
    title = doc.title if names_an_agreement(doc.title) else None
    names = _Names(text)
    agreements = _Agreements(text, names)
    matches = _agent_matches(text, names, shapes)
    if not matches:
        return []
    dates = sorted(found, key=lambda f: f.start)
    date_starts = [f.start for f in dates]
    stops = [m.start() for m in CLAUSE_STOP.finditer(text)]
    out = []
    not_names = vocabulary.word_set("prose", "not_names")  # "She signed the treaty", "Later Arvel signed"
    for start, end_of_match, party, it, named, head in matches:
        while party and party.split()[0].lower() in not_names:
            party = party.split(None, 1)[1] if len(party.split()) > 1 else ""
        if not party or not party[:1].isupper():
            continue
        if named and not names_an_agreement(named):
            continue  # "signed Maren's letter": not an agreement
        if head is not None:
            named = _named_before(block, head, text[head:end_of_match], title, agreements)
            if named is None:
                continue
        k = bisect_left(stops, end_of_match)
        end = stops[k] if k < len(stops) else len(text)
        opens = stops[j - 1] + 1 if (j := bisect_left(stops, start)) else 0
        if ratification.search(text, opens, end):
            continue  # "X ratified it after the signing, on D, and Y put his name to it on D2": not a signing
        k = bisect_left(date_starts, end_of_match)
        date = dates[k] if k < len(dates) and dates[k].start < end else None
        if date is None:
            continue
        out.append(Statement(
            subject=party, predicate="sign", object=named or None, date=date.value,
            span=doc.block_span(block, start, end), date_span=doc.block_span(block, date.start, date.end),
            origin=origin, text=text[start:end_of_match]))
    return out


def staggered_signings(doc: Document, facts: DocumentFacts, prose_kinds: dict) -> list[Statement]:
    """Marks ("signing:staggered") of agreements whose signing a sentence tells staggered (see the module's doc)."""
    _, _, cue, _ = _vocab()
    title = facts.title if names_an_agreement(facts.title) else None
    marked: dict[str, Statement] = {}
    # the signings the page tells, by the line they start on: which agreements each line's signed
    signed_on: dict[int, dict[str, None]] = {}
    for s in facts.statements:
        if s.predicate != "sign" or s.origin in FIELD_ORIGINS:
            continue
        what = next((n for n in (s.object, s.event, s.subject) if names_an_agreement(n)), None) or title
        if what:
            for line in range(s.span.line, s.span.end_line + 1):
                signed_on.setdefault(line, {})[what] = None
    if not signed_on and title is None:
        return []
    for block in doc.blocks:
        if block.kind not in prose_kinds or not _SIGN_WORD.search(block.text) or not cue.search(block.text):
            continue
        for m in _SENTENCE.finditer(block.text):
            sentence = m.group()
            told = _cue_by_signing(sentence, cue)
            if not told:
                continue
            span = doc.block_span(block, m.start(), m.end())
            names = [n for line in range(span.line, span.end_line + 1) for n in signed_on.get(line, ())]
            for name in dict.fromkeys(names or ([title] if title else [])):
                if name.casefold() not in marked:
                    marked[name.casefold()] = Statement(subject=name, predicate="signing:staggered", object=None,
                                                        date=None, span=span, origin=prose_kinds[block.kind],
                                                        text=told)
    return list(marked.values())


_TOKEN = re.compile(r"\S+")


def _cue_by_signing(sentence: str, cue) -> str | None:
    """A cue of a staggered signing within a few words of a signing word of the sentence ("signed first", "the
    last signature", "the first of the five states to do so"); not one of another thing ("from the first meeting
    in November to the signature in March"). The first cue that is, in the sentence's order: only the signing
    nearest it on either side can be (words are counted up to the reach, not further)."""
    signs = sorted([m.start() for m in _SIGN_WORD.finditer(sentence)] +
                   [m.start() for m in _SIGNING_AGAIN.finditer(sentence)])
    if not signs:
        return None
    for m in cue.finditer(sentence):
        k = bisect_right(signs, m.start())
        if k and _within_reach(sentence, signs[k - 1], m.start()) or \
                k < len(signs) and _within_reach(sentence, m.start(), signs[k]):
            return m.group()
    return None


def _within_reach(text: str, lo: int, hi: int) -> bool:
    """Are there at most _REACH words in text[lo:hi]?"""
    for n, _ in enumerate(_TOKEN.finditer(text, lo, hi), 1):
        if n > _REACH:
            return False
    return True
