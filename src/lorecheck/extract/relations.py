"""Name-valued relations: a field whose value names an entity ("capital: Ossendar", "Founder: Ilka Brask") and
the same relation told in prose ("Marrowgate, which has served as the royal capital ever since", "the firm's
sole founder, Harald Brask", "in 1534 he took as his wife Ottilie Varn"). Each becomes one `Relation` that
checks/relations.py compares by owner and relation.

Why one reader: every such relation is a noun ("its capital, X", "X, the capital of Y", "whose father was X")
or a verb ("was founded by X", "married X"), and the vocabulary (relations.yaml) says which. The owner is the
entity the words name ("X's", "of X", "X, whose") or the page's subject when a pronoun or the page's own kind
noun ("the firm", "the margrave") stands for it; such a mention is compared within its document only. A
mention that says the value held for a time or was one of several ("the first capital", "until 1121", "the
capital was moved to") is kept as such: it is never held against another value, and it excuses one.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .. import vocabulary
from ..vocabulary import Caseless, alternation
from ..model import BlockKind, Document, DocumentFacts, Origin, Relation

# a name as prose writes it: capitalised words, with the small words names keep inside them
_NAME = r"(?:\*\*|''')?[A-Z][\w'’.-]*(?:\s+(?:(?:of|de|von|van|la|le|the|del|du|af|zu)\s+)?[A-Z][\w'’.-]*){0,5}(?:\*\*|''')?"
_CLAUSE_CUT = re.compile(r"[;:()]|,\s+(?:and|but|while|when|which|who|whose|where)\b|\s+(?:and|but)\s+(?=[a-z]+\s+[a-z]+)")
_POSSESSIVE = ("'s", "’s")
_BARE = ("the",)  # an owner that names no one: the page's subject
_PRONOUNS = {"its": "it", "his": "he", "her": "she", "their": "they", "him": "he", "it": "it", "he": "he",
             "she": "she", "they": "they", "them": "they"}


class _Vocabulary:
    def __init__(self):
        spec = vocabulary.load("relations")
        self.relations: dict[str, dict] = spec.get("relations") or {}
        self.field_relation = {str(f).lower(): name for name, r in self.relations.items() for f in r.get("fields") or ()}
        # relations whose value changes with time (a capital moves, a spouse dies): only their mentions are dated
        self.changing = frozenset(name for name, r in self.relations.items() if r.get("changes"))
        self.noun_relation = {str(n).lower(): name for name, r in self.relations.items() for n in r.get("nouns") or ()}
        self.timed_modifiers = frozenset(str(w).lower() for w in spec.get("timed_modifiers") or ())
        self.timed = re.compile(rf"\b(?:{alternation(spec.get('timed_words') or ())})\b", re.I)
        self.current = re.compile(rf"\b(?:{alternation(spec.get('current_words') or ())})\b", re.I)
        self.owner_nouns = {str(k).lower(): tuple(str(w).lower() for w in v)
                            for k, v in (spec.get("owner_nouns") or {}).items()}
        self.not_names = frozenset(str(w) for w in spec.get("not_names") or ())
        nouns = alternation(self.noun_relation)
        owner = r"(?P<owner>[Tt]he\s+[a-z]+['’]s|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|" + _NAME + r"['’]s)"
        mods = r"(?P<mods>(?:[a-z][a-z-]*\s+){0,2}?)"
        of = rf"(?:\s+of\s+(?:the\s+)?(?P<of>{_NAME}))?"
        # "its capital, X" / "the firm's sole founder, Harald Brask" / "whose capital was X" / "the capital of Y is X"
        self.noun_first = re.compile(
            rf"\b{owner}\s+{mods}(?P<noun>{nouns})\b{of}(?:\s*,\s*|\s+(?:is|was|has\s+been|had\s+been|remains)\s+)"
            rf"(?P<value>{_NAME})")
        # "X, which has served as the royal capital ever since" / "X is the capital of Y"
        self.value_first = re.compile(
            rf"(?P<value>{_NAME})(?:\s*,\s*(?:which|who)\s+(?:has|had|have)?\s*(?:long\s+|since\s+|always\s+)?"
            rf"(?:(?:served|acted|functioned)\s+as|been|become|remained)|\s+(?:is|was|has\s+been|serves\s+as|served\s+as)"
            rf"|\s*,)\s+"
            rf"(?P<owner>the|its|their|his|her)\s+{mods}(?P<noun>{nouns})\b{of}")
        self.verbs = [(name, re.compile(str(v).replace("VALUE", rf"(?P<value>{_NAME})")))
                      for name, r in self.relations.items() for v in r.get("verbs") or ()]
        self.sole = {name: re.compile("|".join(f"(?:{s})" for s in r.get("sole") or ()) or "(?!)", re.I)
                     for name, r in self.relations.items()}
        abbreviations = spec.get("abbreviations") or {}
        self.abbreviations = {str(k).lower(): str(v).lower() for k, v in abbreviations.items()}
        # a sentence without one of these words or a relation's noun tells no relation
        self.cue = Caseless(r"\b(?:{})\b", [*self.noun_relation, *(spec.get('cue_words') or ())])


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    return _Vocabulary()


def field_relations(doc: Document, facts: DocumentFacts, origin: Origin) -> None:
    """One relation per name a relation's field gives the page's subject; a field naming several, or a time
    ("Kerrowin (1921–34); Velderin"), gives values that held for a time."""
    voc = _vocabulary()
    subject = facts.title
    if not subject or not voc.field_relation:
        return
    for block in doc.blocks:
        if block.kind is not BlockKind.FIELD:
            continue
        relation = voc.field_relation.get((block.key or "").lower()) or \
            voc.field_relation.get((block.raw_key or "").strip().lower().replace(" ", "_"))
        if relation is None:
            continue
        text = block.text
        held = any(c.isdigit() for c in text) or bool(voc.timed.search(text))
        parts = [(m.start(), m.end()) for m in re.finditer(r"[^,;/\n]+", text)]
        names = []
        for a, b in parts:
            piece = text[a:b]
            for m in re.finditer(rf"(?:(?<=\s)|^){_NAME}", piece):
                names.append((a + m.start(), a + m.end()))
                break
        if voc.relations[relation].get("spelling"):
            held = False  # "Kelsbridge, Vaurland": one place at two grains, each a spelling of its own
        elif len(names) > 1 or len(parts) > 1 or re.search(r"\band\b|&", text):
            held = True
        for a, b in names:
            value = _clean(text[a:b])
            if value and value not in voc.not_names:
                facts.relations.append(Relation(subject, relation, value, doc.block_span(block, a, b), origin,
                                                text=text.strip(), held=held))


class RelationReader:
    """Relations in a prose sentence, read after the prose reader has tokenised it (its tokens say who a
    pronoun or "the company" is)."""

    def __init__(self, doc: Document, facts: DocumentFacts, prose):
        self.doc = doc
        self.facts = facts
        self.prose = prose
        self.voc = _vocabulary()
        self._cue_block, self._cue_in_block = None, True

    def read(self, sent, toks) -> None:
        block = sent.block
        text = block.text
        start, end = sent.start, sent.end
        sentence = text[start:end]
        if block is not self._cue_block:  # the cue words looked for once in the whole block
            self._cue_block, self._cue_in_block = block, self.voc.cue.may_match(text)
        if not self._cue_in_block or not self.voc.cue.search(sentence):
            return
        found: list[tuple] = []  # (relation, value start, value end, owner, implied, clause start, clause end)
        opening = end - len(sentence.lstrip(" \t\n\"'*“("))  # where the sentence's first word is
        for first, pattern in ((False, self.voc.noun_first), (True, self.voc.value_first)):
            for m in pattern.finditer(text, start, end):
                if not m.group("of") and re.match(r"\s+of\b", text[m.end("noun"):]):
                    continue  # "the capital of the province": an owner the words do not name
                # "took Tolm, the capital" names some other place's capital: a relation whose owner is left to
                # the page is the sentence's own subject ("Marrowgate, which has served as the capital")
                at = m.start("value") if first else m.start("owner")
                if not m.group("of") and m.group("owner").lower() in _BARE and at != opening:
                    continue
                if first and m.group("value").split()[0].strip("*'") in self.voc.not_names:
                    continue
                owner = self._owner(m.group("owner"), m.start("owner"), m.group("of"), toks, sent)
                found.append((self.voc.noun_relation[_norm(m.group("noun"))], m.start("value"), m.end("value"),
                              owner, m.group("mods"), m))
        for relation, pattern in self.voc.verbs:
            for m in pattern.finditer(text, start, end):
                owner = self._verb_owner(m, toks, sent)
                found.append((relation, m.start("value"), m.end("value"), owner, "", m))
        title = self.facts.title
        for relation, a, b, owner, mods, m in found:
            if owner is None:
                continue
            subject, implied = owner
            if title and subject != title and same_name(subject, title):
                subject = title  # "Anais grew up in ..." on Sister Anaïs Dorwent's page
            value = _clean(text[a:b])
            if not value or value.split()[0] in self.voc.not_names or same_name(value, subject):
                continue
            clause = _clause(text, start, end, m.start(), m.end())
            held = bool(self.voc.timed_modifiers.intersection(re.split(r"[\s-]+", (mods or "").lower()))) or \
                relation in self.voc.changing and self._clause_timed(clause, sent)
            sole = bool(self.voc.sole[relation].search(sentence))
            self.facts.relations.append(Relation(subject, relation, value, self.doc.block_span(block, a, b),
                                                 sent.origin, text=sentence.strip(), held=held, sole=sole,
                                                 implied=implied))

    def _clause_timed(self, clause: tuple[int, int, str], sent) -> bool:
        """Does the clause date the value away from the present ("until 1121", "in 1534 ... became")? A year
        after "since" or beside "ever since" is the present's."""
        a, b, words = clause
        if self.voc.timed.search(words):
            return True
        dated = [d for d in sent.dates if a <= d.start < b and not d.year_from_context]
        return bool(dated) and not self.voc.current.search(words)

    def _owner(self, written: str, at: int, of: str | None, toks, sent) -> tuple[str, bool] | None:
        """(owner, implied) of a relation noun: "of Y" names it; "Y's", "Y, whose" name it; "its", "his", "the
        firm's" and a bare "the" stand for the page's subject (implied)."""
        if of:
            return _clean(of), False
        low = written.lower()
        if low.endswith(_POSSESSIVE):
            head = written[:-2]
            if head.lower().startswith("the "):
                topic = self._topic_noun(head[4:])
                return (topic, True) if topic else None
            return _clean(head), False
        if low == "whose":
            before = sent.block.text[sent.start:at].rstrip().rstrip(",").rstrip()
            tok = next((t for t in reversed(toks) if t.end <= at and t.type in ("NAME", "TOPIC")
                        and before.endswith(sent.block.text[t.start:t.end])), None)
            return (tok.value, tok.type == "TOPIC") if tok is not None and isinstance(tok.value, str) else None
        if low in _PRONOUNS:
            return self._pronoun(_PRONOUNS[low], [t for t in toks if t.end <= at])
        if low.startswith("the "):  # "joined the margrave to X"
            topic = self._topic_noun(low[4:])
            return (topic, True) if topic else None
        return (self.facts.title, True) if self.facts.title else None  # "the capital": the page's

    def _verb_owner(self, m, toks, sent) -> tuple[str, bool] | None:
        """Who a verbal relation is of: the object the verb joins ("joined the margrave to X"), else the last
        subject before the verb in the sentence (a name not after a preposition, a pronoun, the page's noun)."""
        if "owner" in m.re.groupindex:
            return self._owner(m.group("owner"), m.start("owner"), None, toks, sent)
        before = [t for t in toks if t.end <= m.start() and t.start >= sent.start]
        for i in range(len(before) - 1, -1, -1):
            t = before[i]
            if t.type == "PRON":
                return self._pronoun(t.value, before[:i])
            if t.type == "TOPIC" and isinstance(t.value, str):
                return t.value, True
            if t.type == "NAME" and isinstance(t.value, str):
                if i and before[i - 1].type in ("PREP", "BY", "OF"):
                    continue
                return t.value, False
            if t.type in ("SEMI", "REL"):
                break
        lead = re.match(r"\s*(?:[A-Z][a-z]+\s+\d+\s*,?\s*)?[Tt]he\s+([a-z]+)\b", sent.block.text[sent.start:m.start()])
        topic = self._topic_noun(lead.group(1)) if lead else None
        return (topic, True) if topic else None

    def _pronoun(self, word: str, before) -> tuple[str, bool] | None:
        """Whom the pronoun means as the sentences before this one left it; a pronoun after a name in its own
        sentence ("Ruprecht outlived his father, and he married ...") may mean that name: no one."""
        if any(t.type == "NAME" for t in before):
            return None
        prose = self.prose
        # the prose reader remembers what it resolves (a person's pronoun, the page's person once a block): asked
        # before it reads the sentence, it must remember nothing of the asking
        genders, memo = dict(prose.pronoun_of), getattr(prose, "_bio_memo", None)
        try:
            found = prose._pronoun(word)
            if not found and word in ("he", "she"):
                # a section's opening "His father, X" on a person's page the text has called so: that person
                bio = prose._biography_subject()
                if bio and genders.get(bio) == word:
                    found = [bio]
        finally:
            prose.pronoun_of.clear()
            prose.pronoun_of.update(genders)
            prose._bio_memo = memo
        return (found[0], True) if len(found) == 1 else None

    def _topic_noun(self, noun: str) -> str | None:
        """The page's subject when `noun` is its kind ("the firm" on a company's page, "the margrave" on a
        margrave's), else None."""
        title = self.facts.title
        if not title:
            return None
        low = noun.lower()
        kinds = self.prose.lex.topic_nouns.get(low) or self.voc.owner_nouns.get(low) or ()
        if low in title.lower().split() or not self.prose.page_kind_words.isdisjoint({low, *kinds}):
            return title
        if any(e.origin in (Origin.INFOBOX, Origin.FRONT_MATTER) and e.name and e.name.split()[0].casefold() == low
               for e in self.facts.entities) and any(s.subject == title and s.predicate in ("birth", "death")
                                                     for s in self.facts.statements):
            return title  # "the margrave" on the page of a person whose fields name the office
        return None


def _clause(text: str, start: int, end: int, a: int, b: int) -> tuple[int, int, str]:
    """The clause around text[a:b] within the sentence: cut at semicolons, brackets and ", and" / ", which"."""
    lo = max((m.end() for m in _CLAUSE_CUT.finditer(text, start, a)), default=start)
    cut = _CLAUSE_CUT.search(text, b, end)
    hi = cut.start() if cut else end
    return lo, hi, text[lo:hi]


def _norm(words: str) -> str:
    return re.sub(r"\s+", " ", words.lower())


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().strip("*'").strip()).rstrip(".,")


def name_words(name: str, voc: _Vocabulary | None = None) -> list[str]:
    """A name's words for comparison: lower case, titles and "the" dropped, abbreviations written out."""
    voc = voc or _vocabulary()
    titles = vocabulary.word_set("prose", "titles")
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    words = [w.strip(".'’").lower() for w in re.split(r"[\s,]+", folded) if w.strip(".'’")]
    words = [voc.abbreviations.get(w, w) for w in words]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    while words and (words[0] in titles or words[0] == "the"):
        words = words[1:]
    return words


def same_name(a: str, b: str) -> bool:
    """One name written fully and shortly ("Queen Sigrun II", "Sigrun"), or with an abbreviation."""
    x, y = set(name_words(a)), set(name_words(b))
    return bool(x) and bool(y) and (x <= y or y <= x)
