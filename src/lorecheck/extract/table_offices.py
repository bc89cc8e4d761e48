"""The office a table of holders lists, named by the table itself.

"! Term !! Prior !! Notes", "| Archmage | Took the First Chair | Left it |", or a "Name | Took office |
Left office" table under "== Directors-General ==": the header of the name column, else the section's
heading in the singular, names the office every row's person held for the row's term. The prose reader
keeps that office when it is written with a holder ("the prior, Simone Lanfranchi, fined", "Archmage
Sabeth Mournglass led", "as Director-General"), and the out-of-range rule checks such an act against the
holder's row, as it does for the offices prose.yaml lists.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .. import vocabulary
from ..model import BlockKind, Document

_NOISE = " \t*'_:.()[]"
_TITLE_WORD = re.compile(r"[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)*")
_YEAR = re.compile(r"\d{3,4}")


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(headers that name no office, headers of term columns, words that drop from a heading)."""
    fields = vocabulary.load("fields")
    spec = fields.get("table_offices") or {}
    term_columns = {str(k).casefold() for k, v in (fields.get("table_columns") or {}).items()
                    if v in ("term_start", "term_end", "start", "end")}
    term_columns |= {str(k).casefold() for k, v in (fields.get("table_range_columns") or {}).items()
                     if list(v)[0] in ("term_start", "start")}
    return (frozenset(str(w).casefold() for w in spec.get("not_offices") or ()), frozenset(term_columns),
            frozenset(str(w).casefold() for w in spec.get("heading_fillers") or ()))


@lru_cache(maxsize=1)
def _term_heads() -> dict[str, str]:
    spec = (vocabulary.load("fields").get("table_offices") or {}).get("term_heads") or {}
    return {str(w).casefold(): str(p) for p, words in spec.items() for w in words or ()}


def term_head(header: str) -> str | None:
    """"Took the Seat" -> term_start, "Gave it up" -> term_end: a term column named by its first word
    (fields.yaml table_offices.term_heads), for a header table_columns has no entry for."""
    words = header.strip(_NOISE).split(maxsplit=1)
    return _term_heads().get(words[0].casefold()) if words else None


@lru_cache(maxsize=1)
def _qualified_terms() -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    spec = ((vocabulary.load("fields").get("table_offices") or {}).get("qualified_terms") or {})
    nouns = {str(k).casefold(): tuple(str(p) for p in v) for k, v in (spec.get("nouns") or {}).items() if len(v) == 2}
    return nouns, frozenset(str(w).casefold() for w in spec.get("qualifiers") or ())


def qualified_term(header: str) -> tuple[str, str] | None:
    """"Term as warden" -> (term_start, term_end): a term column whose head qualifies a term noun
    (fields.yaml table_offices.qualified_terms), read as that noun alone would be."""
    words = header.strip(_NOISE).casefold().split()
    nouns, qualifiers = _qualified_terms()
    return nouns.get(words[0]) if len(words) > 2 and words[1] in qualifiers else None


@lru_cache(maxsize=1)
def _member_headers() -> tuple[frozenset[str], frozenset[str]]:
    """(headers of a members table's name column, first words of its joining column): fields.yaml
    table_offices.members."""
    spec = (vocabulary.load("fields").get("table_offices") or {}).get("members") or {}
    return (frozenset(str(w).casefold() for w in spec.get("names") or ()),
            frozenset(str(w).casefold() for w in spec.get("joins") or ()))


def _is_members_table(headers) -> bool:
    """"Member | Joined | Left | Votes": a table of members, whose years are memberships, not terms."""
    names, joins = _member_headers()
    for h in headers:
        words = h.strip(_NOISE).casefold().split()
        if words and (" ".join(words) in names or words[0] in joins):
            return True
    return False


def _singular(word: str) -> str:
    for plural, single in (("esses", "ess"), ("ies", "y"), ("ors", "or"), ("ers", "er"), ("ents", "ent"),
                           ("ants", "ant"), ("ains", "ain"), ("ops", "op"), ("ots", "ot"), ("ens", "en"),
                           ("ars", "ar"), ("men", "man"), ("ls", "l"), ("ns", "n"), ("ts", "t"), ("rs", "r")):
        if word.casefold().endswith(plural) and len(word) > len(plural) + 2:
            return word[:-len(plural)] + single
    return word


def _office(text: str, plural: bool) -> str | None:
    """"Prior" -> Prior; heading "Directors-General" -> Director-General, "Abbesses of Hallowmere" -> Abbess,
    "Grand Masters" -> Grand Master: a noun phrase of one to three words, the heading's in the plural."""
    not_offices, _, fillers = _vocab()
    text = text.strip(_NOISE).split(" of ")[0].split(" (")[0]
    words = [w for w in text.split() if w.casefold() not in fillers]
    if not 1 <= len(words) <= 3 or not all(_TITLE_WORD.fullmatch(w) for w in words):
        return None
    if any(w.casefold() in ("and", "or") for w in words):
        return None  # "Constitution and members", "Votes or quotas": two things, no office
    if plural:
        head = words[-1].split("-")
        if len(head) == 2 and _singular(head[0]) != head[0]:
            words[-1] = f"{_singular(head[0])}-{head[1]}"  # "Directors-General"
        elif _singular(head[-1]) != head[-1] and len(head) == 1:
            words[-1] = _singular(words[-1])
        else:
            return None
    office = " ".join(words)
    return None if office.casefold() in not_offices else office


def office_label(text: str) -> str | None:
    """The office a label in the plural names ("Wardens", "Harbour Masters", "Directors-General")."""
    return _office(text, plural=True)


def _mostly_names(cells: list) -> bool:
    """Two cells in three or more open with a capital (a "''vacant''" row among the holders)."""
    texts = [c.text.strip(_NOISE) for c in cells if c.text.strip(_NOISE)]
    return bool(texts) and 3 * sum(t[:1].isupper() for t in texts) >= 2 * len(texts)


def _is_term_column(header: str, term_columns) -> bool:
    """Does the header head a column of terms ("Term", "Took office", "Term as warden")?"""
    return header.casefold() in term_columns or bool(term_head(header)) or bool(qualified_term(header))


def table_offices(doc: Document) -> dict[str, str]:
    """Table id -> the office its rows' people held, for tables with a term column and a name column."""
    _, term_columns, _ = _vocab()
    tables: dict[str, list] = defaultdict(list)
    for b in doc.blocks:
        if b.kind is BlockKind.TABLE_CELL and b.attrs.get("row") not in (None, "0"):
            tables[b.attrs.get("table", "")].append(b)
    out: dict[str, str] = {}
    for table, cells in tables.items():
        headers = {c.group: (c.attrs.get("column") or "").strip(_NOISE) for c in cells}
        if not any(_is_term_column(h, term_columns) for h in headers.values()) or _is_members_table(headers.values()):
            continue
        columns: dict[int, list] = defaultdict(list)
        for c in cells:
            columns[c.group if c.group is not None else -1].append(c)
        named = [g for g in sorted(columns) if not any(_YEAR.search(c.text) for c in columns[g])
                 and _mostly_names(columns[g]) and not _is_term_column(headers.get(g, ""), term_columns)]
        if not named:
            continue
        office = _office(headers.get(named[0], ""), plural=False) or \
            _office(cells[0].heading or "", plural=True)
        if office:
            out[table] = office
    return out
