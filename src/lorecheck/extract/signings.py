"""Signings told of a party, and signings told apart.

checks/single_value.py holds a party's signing of an agreement to the agreement's own signing day. Two readings
here feed it:

- `agent_signings`: a party signs through its agent. "Tessaly's envoy signed it on 4 May 1790", "The
  plenipotentiary of the Order of the Vane signed the treaty on 9 May 1790", "Arvel's ambassador, Oren Marsh, put
  his name to the Treaty of Lenmark on D": the party's signing (what it signed: the agreement named after the verb,
  else none, which on the agreement's own page is the page's topic). Agent nouns: prose.yaml `signing_agents`.
- `staggered_signings`: a sentence that tells a signing with words of a staggered signing ("Hessary signed first,
  on 20 January; the last signature was set on 3 February", "the remaining states signed in turn") marks the
  agreement ("signing:staggered", undated): its parties signed on days of their own, so a party's day is not the
  agreement's. Words: prose.yaml `staggered_signing_words`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import Block, Document, DocumentFacts, Origin, Statement

_NAME = r"(?:[A-Z][\w’'-]*(?:\s+(?:of|the|of\s+the|de|du|von|van|der|al|and)\s+[A-Z][\w’'-]*|\s+[A-Z][\w’'-]*)*)"
_SIGN_WORD = re.compile(r"\b(?:sign(?:s|ed|ing)?|signatures?|signator(?:y|ies)|countersign\w*|sealed)\b", re.I)
_SIGNING_GATE = re.compile(r"\b(?:sign|seal|countersign)|\b(?:name|signature|hand)\s+to\b", re.I)
# a signing told again without its verb ("the first of the five states to do so")
_SIGNING_AGAIN = re.compile(r"\bto\s+do\s+so\b", re.I)
# capitalised words that open a sentence without naming anyone ("She signed the treaty", "Later Arvel signed")
_NOT_A_NAME = frozenset("The A An She He It They We I You This That These Those Its His Her Their Our Later Finally Then "
                        "There Here When After Before In On At By Also Both Each All Only Once Soon Eventually "
                        "Meanwhile Thereafter Afterwards Subsequently However Nevertheless Next".split())
_REACH = 5  # words between a cue and the signing it qualifies ("signed first", "the last signature")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+(?=\s|$)|$)")
_FIELDS = frozenset({Origin.INFOBOX, Origin.FRONT_MATTER})
# a paragraph longer than this is no prose a writer tells a signing in (a pasted dump, a hostile file): its name
# patterns would backtrack over runs of capitalised words, past the extraction's time budget
_LONGEST = 20_000


@lru_cache(maxsize=1)
def _vocab():
    prose = vocabulary.load("prose")
    heads = frozenset(str(h).casefold() for h in prose.get("agreement_heads") or ())
    agents = vocabulary.alternation(prose.get("signing_agents") or ())
    cues = vocabulary.alternation(prose.get("staggered_signing_words") or ())
    cue = re.compile(rf"\b(?:{cues})\b", re.I)
    verb = (r"(?:signed|sealed|countersigned|(?:put|set|added|affixed)\s+(?:his|her|their|its)\s+"
            r"(?:name|names|signature|signatures|seal|seals|hand|hands)\s+to)")
    # what was signed: the agreement by name, or "it" / "the treaty" (the page's own), or nothing
    what = rf"(?:\s+(?:(?P<it>it|the\s+(?:{'|'.join(sorted(heads))})\b)|(?:the\s+)?(?P<named>{_NAME})))?"
    owner = re.compile(rf"(?P<party>{_NAME})(?:'s|’s)\s+(?:[a-z-]+\s+)?(?:{agents})\b(?:,?\s+{_NAME},?)?\s+{verb}{what}")
    of = re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+)?(?:{agents})\s+of\s+(?:the\s+)?(?P<party>{_NAME})(?:,?\s+{_NAME},?)?"
                    rf"\s+{verb}{what}")
    # "The Hessary Union put its name to the Brannock Accords on D": a signing the verbs of predicates.yaml miss
    hand = re.compile(rf"\b(?:[Tt]he\s+)?(?P<party>{_NAME})\s+(?:put|set|added|affixed)\s+(?:its|his|her|their)\s+"
                      rf"(?:name|signature|seal|hand)\s+to{what}")
    # "Harran signed the treaty at Corvane on D" after the Treaty of Corvane was named: the agreement the block
    # named last with that head (or its link, or the page's own agreement)
    bare = re.compile(rf"\b(?:[Tt]he\s+)?(?P<party>{_NAME})\s+(?:also\s+|then\s+|formally\s+)?signed\s+the\s+"
                      rf"(?:(?:peace|new|final|formal)\s+)?(?P<head>{'|'.join(sorted(heads))})\b(?!\s+of\b)")
    return heads, (owner, of, hand, bare), cue


def _is_agreement(name: str | None, heads) -> bool:
    return bool(name) and any(w.casefold() in heads for w in name.replace("-", " ").split())


def _named_before(block: Block, at: int, head: str, heads, title: str | None) -> str | None:
    """The agreement "the <head>" at `at` stands for: its link's page ("the [[Treaty of X|peace treaty]]"), else
    the one agreement of that head the block names before it, else the page's own agreement of that head."""
    for pair in (block.attrs.get("links") or "").split("\n"):
        label, _, page = pair.partition("=>")
        if page and label.casefold().endswith(head.casefold()) and _is_agreement(page, heads) \
                and label.casefold() in block.text[max(0, at - 20):at + len(head) + 1].casefold():
            return page
    pattern = re.compile(rf"\b(?:{re.escape(head.capitalize())}\s+of\s+(?:the\s+)?{_NAME}|{_NAME}\s+{re.escape(head.capitalize())})\b")
    found = list(dict.fromkeys(m.group() for m in pattern.finditer(block.text, 0, at)))
    if len(found) == 1:
        name = found[0]
        return name[4:] if name.startswith("The ") else name
    if not found and title and head.casefold() in title.casefold().split():
        return title
    return None


def agent_signings(doc: Document, block: Block, found: list, origin: Origin) -> list[Statement]:
    """A party's signing told by its agent's (see the module's doc)."""
    text = block.text
    if not found or len(text) > _LONGEST or not _SIGNING_GATE.search(text):
        return []
    heads, shapes, _ = _vocab()
    title = doc.title if _is_agreement(doc.title, heads) else None
    out = []
    for shape in shapes:
        for m in shape.finditer(text):
            party = m.group("party")
            while party and party.split()[0] in _NOT_A_NAME:
                party = party.split(None, 1)[1] if len(party.split()) > 1 else ""
            if not party or not party[:1].isupper():
                continue
            named = m.group("named") if "named" in shape.groupindex else None
            if named and not _is_agreement(named, heads):
                continue  # "signed Maren's letter": not an agreement
            if "head" in shape.groupindex:
                named = _named_before(block, m.start("head"), m.group("head"), heads, title)
                if named is None:
                    continue
            end = _sentence_end(text, m.end())
            date = next((f for f in found if m.end() <= f.start < end), None)
            if date is None:
                continue
            out.append(Statement(
                subject=party, predicate="sign", object=named or None, date=date.value,
                span=doc.block_span(block, m.start(), end), date_span=doc.block_span(block, date.start, date.end),
                origin=origin, text=text[m.start():m.end()]))
    return out


def _sentence_end(text: str, at: int) -> int:
    m = re.search(r"[.!?;](?=\s|$)", text[at:])
    return at + m.start() if m else len(text)


def staggered_signings(doc: Document, facts: DocumentFacts, prose_kinds: dict) -> list[Statement]:
    """Marks ("signing:staggered") of agreements whose signing a sentence tells staggered (see the module's doc)."""
    heads, _, cue = _vocab()
    title = facts.title if _is_agreement(facts.title, heads) else None
    marked: dict[str, Statement] = {}
    # the signings the page tells, by the line they start on: which agreement each signed
    signed_on: dict[int, list[str]] = {}
    for s in facts.statements:
        if s.predicate != "sign" or s.origin in _FIELDS:
            continue
        what = next((n for n in (s.object, s.event, s.subject) if _is_agreement(n, heads)), None) or title
        if what:
            for line in range(s.span.line, s.span.end_line + 1):
                signed_on.setdefault(line, []).append(what)
    if not signed_on and title is None:
        return []
    for block in doc.blocks:
        if block.kind not in prose_kinds or len(block.text) > _LONGEST or not _SIGN_WORD.search(block.text) \
                or not cue.search(block.text):
            continue
        for m in _SENTENCE.finditer(block.text):
            sentence = m.group()
            if not _cue_by_signing(sentence, cue):
                continue
            span = doc.block_span(block, m.start(), m.end())
            names = [n for line in range(span.line, span.end_line + 1) for n in signed_on.get(line, ())]
            for name in dict.fromkeys(names or ([title] if title else [])):
                if name.casefold() not in marked:
                    marked[name.casefold()] = Statement(subject=name, predicate="signing:staggered", object=None,
                                                        date=None, span=span, origin=prose_kinds[block.kind],
                                                        text=_cue_by_signing(sentence, cue))
    return list(marked.values())


def _cue_by_signing(sentence: str, cue) -> str | None:
    """A cue of a staggered signing within a few words of a signing word of the sentence ("signed first", "the
    last signature", "the first of the five states to do so"); not one of another thing ("from the first meeting
    in November to the signature in March")."""
    signs = [m.start() for m in _SIGN_WORD.finditer(sentence)] + [m.start() for m in _SIGNING_AGAIN.finditer(sentence)]
    if not signs:
        return None
    for m in cue.finditer(sentence):
        for at in signs:
            lo, hi = sorted((at, m.start()))
            if len(sentence[lo:hi].split()) <= _REACH:
                return m.group()
    return None
