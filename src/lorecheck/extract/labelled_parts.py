"""A named part of a side's strength, listed in a field and counted again in the prose, is one figure.

"strength2 = 3,000 Brentans<br>6,000 Castemarese" and "The eight thousand Castemarese outnumbered every
force"; "strength2 = 700 Ketts<br>c. 40 Ossmen" and "Of the nine hundred Ketts who had come south". The
key of such a figure is (the page, the measure, the part's own label, written as a name in the prose: "2 battleships",
"the 60 tanks" count some of a kind, seldom the listed part): a number right before the label
restates it when the words before the number make it the whole of that part ("the", "all", "his", "with";
measures.yaml `whole_cues`), and its clause tells of no losses ("five were slain"), no change ("had grown
to"), no addition ("a further 2,000"), and its sentence no year outside the page's own dates. A label two parts share
("Castemarese" on both sides) or that names no one ("men", "troops") is left unread.

Each such part and its restatements become Quantity facts of one measure "value:<doc>#part:<label>",
compared by the conflicting-value rule with rounding, like extract/measures.py's.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .. import vocabulary
from ..model import FIELD_ORIGINS, BlockKind, Document, Origin, Quantity
from .count_mentions import count_qualifier
from .dates import MONTHS
from .measures import SCALE, field_years, figure_sentences, years_named
from .numbers import DIGITS, WORD, spelled_numbers

_LABEL = re.compile(r"[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){0,2}")
_DIGITS_BEFORE = re.compile(rf"(?<![\w,.-])({DIGITS})(?:\s+(thousand|million))?\s+$")
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s(?:but|while|whereas|and then)\s")
_PARTITIVE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|all|most|some|many|half|none))"
                         r"\s+(?:of|among)\s+(?:the|its|their|his|her)\s*$", re.I)


@lru_cache(maxsize=1)
def _spec() -> dict:
    data = vocabulary.load("measures") or {}
    parts = data.get("labelled_parts") or {}
    def words(source, key):
        return frozenset(str(w).lower() for w in source.get(key) or ())
    return {"measures": words(parts, "measures"), "generic": words(parts, "generic"),
            "other_counts": words(parts, "other_counts"), "kinds": words(parts, "kinds"), "added": words(parts, "added"),
            "changes": words(data, "changes"), "whole": words(data, "whole_cues")}


def _number_before(text: str, end: int) -> tuple[float, int] | None:
    """(value, start) of a number ending at text[end] (digits, "2.9 million", or words: "eight thousand")."""
    m = _DIGITS_BEFORE.search(text, max(0, end - 40), end)
    if m is not None:
        value = float(m.group(1).replace(",", ""))
        return value * (SCALE[m.group(2).lower()] if m.group(2) else 1), m.start()
    window = max(0, end - 60)
    for value, s, e in spelled_numbers(text[window:end]):
        if not text[window + e:end].strip() and value > 1:
            return float(value), window + s
    return None


def _clause(text: str, start: int, end: int) -> str:
    """The clause of text[start:end], between the commas, brackets and contrasting words around it."""
    cuts = list(_CLAUSE_BREAK.finditer(text))
    lo = max((m.end() for m in cuts if m.end() <= start), default=0)
    hi = min((m.start() for m in cuts if m.start() >= end), default=len(text))
    return text[lo:hi]


def labelled_parts(doc: Document, facts, prose_kinds: dict) -> list[Quantity]:
    """Quantities of every labelled part of a side's measure that the page's prose counts again."""
    spec = _spec()
    by_label: dict[str, list[Quantity]] = defaultdict(list)
    for q in facts.quantities:
        label = (q.label or "").strip()
        if q.measure in spec["measures"] and q.origin in FIELD_ORIGINS and _LABEL.fullmatch(label) \
                and label.lower() != q.measure and not {w.lower() for w in label.split()} & spec["generic"]:
            by_label[label.casefold()].append(q)
    parts = {label: qs[0] for label, qs in by_label.items() if len(qs) == 1}
    if not parts:
        return []
    own = field_years(facts.dates)
    found: dict[str, list[tuple]] = defaultdict(list)
    for block in doc.blocks:
        if prose_kinds.get(block.kind) is not Origin.PROSE or block.kind is BlockKind.TABLE_CELL:
            continue
        low_block = block.text.casefold()
        labels = [label for label in parts if label in low_block]
        for label in labels:
            for s, e in figure_sentences(block):
                sentence = block.text[s:e]
                for m in re.finditer(rf"(?<![\w-]){re.escape(label)}(?![\w-])", sentence, re.I):
                    if not _a_name(sentence, m, spec):
                        continue
                    q = _restatement(sentence, m.start(), m.end(), spec, own)
                    if q is not None:
                        value, qual, a, b = q
                        found[label].append((value, qual, doc.block_span(block, s + a, s + b)))
    out = []
    for label, mentions in found.items():
        q = parts[label]
        measure = f"value:{doc.path}#part:{label}"
        shown = f"{q.label} {q.measure}"
        subject = facts.title or q.subject
        out.append(Quantity(measure=measure, label=shown, value=q.value, qualifier=q.qualifier, span=q.span,
                            origin=q.origin, subject=subject))
        out += [Quantity(measure=measure, label=shown, value=value, qualifier=qual, span=span, origin=Origin.PROSE,
                         subject=subject) for value, qual, span in mentions]
    return out


def _a_name(sentence: str, m: re.Match, spec: dict) -> bool:
    """Is the label written as a people's or a company's own name, the whole of what is counted ("the eight thousand
    Castemarese outnumbered", "with 3,000 Vennish troops")? Common nouns ("2 battleships", "the 60 tanks") and
    a name before another noun ("3 Italian divisions") count some of a kind, seldom the listed part itself."""
    words = m.group().split()
    if not all(w[:1].isupper() for w in words) or words[0].lower() in MONTHS:
        return False
    after = re.match(r"\s+([a-z][a-z'’-]*)", sentence[m.end():])
    return after is None or not after.group(1).endswith("s") or after.group(1) in spec["kinds"]


def _restatement(sentence: str, start: int, end: int, spec: dict, own) -> tuple | None:
    """(value, qualifier, start, end) of the number right before a label at sentence[start:end] when it counts
    the whole of that part at the page's own time, else None."""
    got = _number_before(sentence, start)
    if got is None:
        return None
    value, at = got
    before = sentence[:at].lower().rstrip()
    qual, bound = count_qualifier(before)
    if bound:
        return None
    rest = before[:-len(qual)].rstrip() if qual else before
    last = WORD.findall(rest[-30:])
    possessive = rest.endswith(("'s", "’s"))  # "Almenar's 6,000 Castemarese"
    if not possessive and (not last or last[-1].lower() not in spec["whole"]):
        return None
    if re.match(r"\s+(?:more|fewer|less|others?)\b", sentence[end:]) or _PARTITIVE.search(rest):
        return None  # "eight of the nine X": the nine are a whole the sentence draws on, elsewhere or earlier
    clause = _clause(sentence, at, end)
    words = {w.lower() for w in WORD.findall(clause)}
    if words & (spec["other_counts"] | spec["changes"] | spec["added"]):
        return None  # "2,000 Castemarese were killed", "had grown to", "a further 2,000"
    years = years_named(sentence, before_comma=True)  # "In 1530, a generation later, the 9,000 Sellish"
    if years and (own is None or any(not own[0] <= y <= own[1] for y in years)):
        return None  # another moment's count
    return value, qual, at, at + len(sentence[at:start].rstrip())
