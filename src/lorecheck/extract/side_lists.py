"""Side lists written as labelled lines, and prose that puts a listed party at the other side's service.

Why: a page need not use an infobox's numbered side fields. "Northern interest: A; B" above
"Southern interest: C; D", "Obedience of Orm: ..." above "Obedience of Harbin: ...", "On the side of
the Crown: ..." above "Against the Crown: ..." are side lists too, in any format (a caption, a
paragraph, a field). And a party takes a side by more than the verbs of joining: it "sends men to
relieve" a side's garrison, "lends its crews to" a side's people, "sends lances into the service of"
a side's leader. Both feed checks/disjoint_sides.py (memberships, side names, join statements).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from collections import defaultdict
from itertools import islice

from ..model import (BlockKind, DateRange, Document, DocumentFacts, Membership, Origin, SideName, Span,
                     Statement)
from .dates import DateContext, bare_year_range, find_dates
from .infobox import clean_name, origin_of, period_of

# "Label: A; B; C" on a line of its own (a leading run-in head such as "Parties." allowed)
_LINE = re.compile(r"^[ \t>*#-]*(?:[A-Z][a-z]+\.[ \t]+)?(?P<label>[A-Za-z][^:|=\[\]{}\n]{1,60}?)[ \t]*::?[ \t]+"
                   r"(?P<items>[^\n]+?)[ \t.]*$", re.M)


# an indented line right after a label line that has no label of its own: the list goes on there
# ("For the motion (Dellacourt):   the Ferrowmere Syndicate, the Nereth pension trust,\n      the Kade heirs")
_CONTINUED = re.compile(r"[ \t]{2,}(?P<items>[^\n:]+?)[ \t.]*$", re.M)


def _label_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    spec = vocabulary.load("prose").get("side_list_labels") or {}
    before = "|".join(re.escape(w) for w in spec.get("before") or ())
    after = "|".join(re.escape(w) for w in spec.get("after") or ())
    against = "|".join(re.escape(w) for w in spec.get("against") or ())
    return (re.compile(rf"^(?:{before})\s+(?:the\s+)?(?P<name>\S.*)$", re.I),
            re.compile(rf"^(?:the\s+)?(?P<name>\S.*?)\s+(?:{after})$", re.I),
            re.compile(rf"^(?:{against})\s+(?:the\s+)?(?P<name>\S.*)$", re.I))


def _side_of_label(label: str, patterns) -> tuple[str, bool] | None:
    """("Crown of Esk", True) for "On the side of the Crown of Esk"; (name, False) for "Against X"."""
    before, after, against = patterns
    for pattern, ours in ((against, False), (before, True), (after, True)):
        m = pattern.match(label.strip())
        name = m.group("name").strip() if m else ""
        if name.startswith("(") and name.endswith(")"):  # "Against (Dobrescu-Thornquist)"
            name = name[1:-1].strip()
        if name[:1].isalpha():
            return name, ours
    return None


def labelled_side_lists(doc: Document, facts: DocumentFacts) -> None:
    """Two or more adjacent "<side label>: A; B; C" lines: each line one side of the page's conflict. A line's
    list goes on over the indented lines right after it, and a label may name its side in brackets
    ("Against (Dobrescu-Thornquist):"): a minute-book's blocs, a trial's witnesses."""
    text = doc.text
    if ":" not in text:
        return
    patterns = _label_patterns()
    listed_lines = {m.span.line for m in facts.memberships if m.span.path == doc.path}
    runs: list[list[tuple[int, re.Match, tuple[str, bool], list[tuple[str, int]]]]] = []
    last_line = -2
    for m in _LINE.finditer(text):
        label = m.group("label")
        if len(label.split()) > 8:
            continue
        side = _side_of_label(label, patterns)
        if side is None:
            continue
        line, _ = doc.position(m.start())
        if line in listed_lines:
            continue
        items = [(m.group("items"), m.start("items"))]
        at = m.end()
        while text[at:at + 1] == "\n" and (c := _CONTINUED.match(text, at + 1)) is not None:
            items.append((c.group("items"), c.start("items")))  # (a line with a colon is no continuation)
            at = c.end()
        if runs and line == last_line + 1:
            runs[-1].append((line, m, side, items))
        else:
            runs.append([(line, m, side, items)])
        last_line = line + len(items) - 1
    conflict = facts.title or doc.title
    if not conflict:
        return
    origin = origin_of(doc) if doc.format != "text" else Origin.INFOBOX
    for run in runs:
        if len(run) < 2 or len({(party_key(s[0]), s[1]) for _, _, s, _ in run}) < 2:
            continue
        sides: dict[str, str] = {}  # name key -> side number
        for n, (line, m, (name, ours), items) in enumerate(run, start=1):
            number = str(n)
            if not ours:  # "Against Esk" after "On the side of the Crown of Esk": the other side
                named = next((s for k, s in sides.items() if party_key(name) in k or k in party_key(name)), None)
                if named is not None and len(run) == 2:
                    number = "2" if named == "1" else "1"
            else:
                sides[party_key(name)] = number
                facts.side_names.append(SideName(conflict, number, name, _span(doc, m.start("label"), m.end("label"))))
            for value, base in items:
                _items(doc, facts, value, base, conflict, number, origin)


def party_key(name: str) -> str:
    return " ".join(re.sub(r"^the\s+", "", name.casefold()).split())


def _items(doc: Document, facts: DocumentFacts, value: str, base: int, conflict: str, side: str,
           origin: Origin) -> None:
    sep = ";" if ";" in value else ","
    at = 0
    for piece in value.split(sep):
        start = base + at + len(piece) - len(piece.lstrip())
        at += len(piece) + 1
        raw = piece.strip()
        bare = re.sub(r"^(?:and\s+)?(?:the\s+)?", "", raw)
        name, _ = clean_name(bare)
        name = name.strip(" .[]'*")
        if not name or not name[:1].isupper() or len(name.split()) > 8:
            continue
        period, _ = period_of(raw, None)
        span = _span(doc, start, start + len(raw))
        facts.memberships.append(Membership(entity=name, side=side, period=period, span=span, origin=origin,
                                            role="belligerent", conflict=conflict))


def _span(doc: Document, start: int, end: int) -> Span:
    line, col = doc.position(start)
    end_line, end_col = doc.position(end)
    return Span(doc.path, line, col, end_line, end_col)


PARTY_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|de|von|van)\s+)*[A-Z][\w'’-]*)*")
_THE_WORD = re.compile(r"\bthe\s+([a-z]+s)\b")  # "the saddlers": a party named by its members' trade
SENTENCE_OR_CLAUSE = re.compile(r"[^.!?;]+(?:[.!?;]+|$)")


@lru_cache(maxsize=1)
def _aid_cues() -> re.Pattern:
    """The words of _aid_pattern's cue alone (a plain alternation, its words sharing their first letters: re
    searches it in one quick pass)."""
    spec = vocabulary.load("prose").get("side_aid") or {}
    return re.compile(vocabulary.alternation(" ".join(str(w).split()) for key in ("direct", "lending")
                                             for w in spec.get(key) or ()))


def _aid_pattern() -> re.Pattern | None:
    """"<force verb> ... to relieve", "into the service of", "alliance with", "lent ... to": then the party aided."""
    spec = vocabulary.load("prose").get("side_aid") or {}
    direct = "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in spec.get("direct") or ())
    lending = "|".join(re.escape(str(w)) for w in spec.get("lending") or ())
    if not direct and not lending:
        return None
    parts = [f"(?:{direct})"] if direct else []
    if lending:  # "lent its crews and two pile-drivers to": the thing lent between verb and "to"
        parts.append(rf"(?:{lending})\b[^.;:]{{0,80}}?\bto")
        openers = "|".join(re.escape(str(w)) for w in spec.get("lent_openers") or ())
        if openers:  # "lent Lessenia two batteries": the party lent to right after the verb
            parts.append(rf"(?:{lending})(?=\s+(?:the\s+)?{PARTY_NAME.pattern}\s+(?:{openers}|\d)\b)")
    return re.compile(rf"\b(?P<cue>{'|'.join(parts)})\s+(?:the\s+|a\s+|an\s+)?"
                      rf"(?P<obj>{PARTY_NAME.pattern}|[a-z]+(?='?\s+[a-z]))")


class AidReader:
    """Prose that puts a party listed on this page at a side's service: a join statement for
    checks/disjoint_sides.py, whose subject is the listed party ("the Sultan of Brenlow" stands for the
    "Sultanate of Brenlow" the page lists) and whose object names the side aided."""

    def __init__(self, doc: Document, facts: DocumentFacts) -> None:
        self.doc, self.facts = doc, facts
        self.pattern = _aid_pattern()
        spec = vocabulary.load("prose").get("side_aid") or {}
        # the cue words themselves, as the pattern (case and all) needs one: "to" opens most paragraphs, "to relieve" few
        self.cues = _aid_cues()
        self._parties: dict[str, str] | None = None
        denied = "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in spec.get("denied") or ())
        self.denied = re.compile(rf"\b(?:{denied})\b", re.I) if denied else None

    def parties(self) -> dict[str, str]:
        """Keys a listed party is written by -> its listed name ("margrave of lunn" -> Margraviate of Lunn)."""
        if self._parties is None:
            heads = vocabulary.word_set("demonyms", "polity_heads")
            styles = vocabulary.word_set("prose", "ruler_styles")
            groups = vocabulary.word_set("demonyms", "group_nouns")
            out: dict[str, str] = {}
            for m in self.facts.memberships:
                if m.role != "belligerent" or m.span.path != self.doc.path:
                    continue
                key = party_key(m.entity)
                out.setdefault(key, m.entity)
                for word in key.replace("'", " ").split():
                    if len(word) > 4 and word.endswith("s") and word not in heads and word not in groups:
                        out.setdefault(word, m.entity)  # "the saddlers" for the "Guild of Saddlers"
                head, sep, place = key.rpartition(" of ")
                if sep and head in heads:
                    for style in styles:
                        out.setdefault(f"{style} of {place}", m.entity)
            # "the Commune's harbour council" for the "Free Ports Commune": the head noun of one listed party only
            nouns: dict[str, set[str]] = defaultdict(set)
            for m in self.facts.memberships:
                if m.role == "belligerent" and m.span.path == self.doc.path and " of " not in party_key(m.entity):
                    words = party_key(m.entity).split()
                    if len(words) > 1 and len(words[-1]) > 3 and words[-1].isalpha():
                        nouns[words[-1]].add(m.entity)
            for noun, names in nouns.items():
                if len(names) == 1 and noun not in groups and noun not in out:
                    out[noun] = next(iter(names))
            self._parties = out
        return self._parties

    def read(self, block, found, origin: Origin) -> None:
        if self.pattern is None or not self.facts.memberships:
            return
        text = block.text
        if not self.cues.search(text):
            return
        for sm in SENTENCE_OR_CLAUSE.finditer(text):
            sentence = sm.group()
            for m in self.pattern.finditer(sentence):
                subject = next((self.parties()[_unowned(party_key(n.group()))] for n in PARTY_NAME.finditer(sentence, 0, m.start())
                                if _unowned(party_key(n.group())) in self.parties()), None) or \
                    next((self.parties()[w.group(1)] for w in _THE_WORD.finditer(sentence, 0, m.start())
                          if w.group(1) in self.parties()), None)
                # (an aside between commas says nothing of the act: "the council, never an easy partner, voted to")
                if subject is None or self.denied and self.denied.search(_ASIDE.sub(" ", sentence[:m.start()])):
                    continue  # "refused to relieve the garrison": no help given
                obj = m.group("obj")
                at = sm.start()
                dated = [f for f in found if f.start < at + m.start()]
                inside = [f for f in dated if f.start >= at]
                f = (inside or dated or [None])[-1] if (inside or dated) else None
                self.facts.statements.append(Statement(
                    subject=subject, predicate="join", object=obj, date=f.value if f else None,
                    span=self.doc.block_span(block, at + m.start("cue"), at + m.end()),
                    date_span=self.doc.block_span(block, f.start, f.end) if f and f in inside else None,
                    origin=origin, text=m.group("cue")))
                break


_ASIDE = re.compile(r",[^,;:]{1,60},(?=\s)")


def _unowned(key: str) -> str:
    """"commune's" -> "commune": a party named as the owner of its council, its men, its ships."""
    return re.sub(r"['’]s$", "", key)


def _member(facts: DocumentFacts, doc: Document, block, name: str, side: str, conflict: str, origin: Origin,
            period=None) -> None:
    facts.memberships.append(Membership(entity=name, side=side, period=period,
                                        span=doc.block_span(block, 0, len(block.text)), origin=origin,
                                        role="belligerent", conflict=conflict))


def _party_name(text: str) -> str:
    """"Pellam Tarn, envoy of Ausk" -> "Pellam Tarn"; "1st Brigade (Col. Oke)" -> "1st Brigade"."""
    name = re.split(r"\s*[(,;]|\s+[-–—]\s+", text.strip(), maxsplit=1)[0]
    return re.sub(r"^the\s+", "", name.strip(" .*'[]"), flags=re.I)


def block_side_lists(doc: Document, facts: DocumentFacts) -> None:
    """Side lists laid out by blocks: sibling sections headed "<side> order of battle" whose list items are the
    side's units, a table whose columns are headed by the sides ("For the League | For the Republic"), a
    table with a column saying each row's side ("Faction | Allegiance")."""
    conflict = facts.title or doc.title
    if not conflict:
        return
    patterns = _label_patterns()
    _heading_lists(doc, facts, conflict, patterns)
    _column_tables(doc, facts, conflict, patterns)


def _heading_lists(doc: Document, facts: DocumentFacts, conflict: str, patterns) -> None:
    headings = [b for b in doc.blocks if b.kind is BlockKind.HEADING and _side_of_label(b.text, patterns)]
    if len(headings) < 2:
        return
    by_heading: dict[str, list] = defaultdict(list)
    for b in doc.blocks:
        if b.kind is BlockKind.LIST_ITEM and b.heading:
            by_heading[b.heading].append(b)
    numbers: dict[str, int] = {}  # side name key -> side number (two sections "Coastal order of battle": one side)
    sides = []
    for h in headings:
        name, ours = _side_of_label(h.text, patterns)
        if ours and by_heading.get(h.text) and h.text not in {t.text for t, _ in sides}:
            sides.append((h, numbers.setdefault(party_key(name), len(numbers) + 1)))
    if len(numbers) < 2:
        return
    for heading, number in sides:
        name, _ = _side_of_label(heading.text, patterns)
        facts.side_names.append(SideName(conflict, str(number), name, doc.block_span(heading)))
        for item in by_heading[heading.text]:
            party = _party_name(item.text)
            if party[:1].isupper() or party[:1].isdigit():
                period, _ = period_of(item.text, None)
                _member(facts, doc, item, party, str(number), conflict, Origin.PROSE, period)


def _column_tables(doc: Document, facts: DocumentFacts, conflict: str, patterns) -> None:
    tables: dict[str, list] = defaultdict(list)
    for b in doc.blocks:
        if b.kind is BlockKind.TABLE_CELL and "table" in b.attrs:
            tables[b.attrs["table"]].append(b)
    if not tables:
        return
    side_columns = vocabulary.word_set("prose", "side_columns")
    for cells in tables.values():
        rows: dict[str, list] = defaultdict(list)
        for c in cells:
            rows[c.attrs.get("row", "")].append(c)
        header = [c for c in cells if c.attrs.get("header") or c.attrs.get("row") == "0"]
        body = [c for c in cells if c not in header]
        columns = [c.text.strip() for c in header]
        if len(columns) < 2 or len(body) < 2:
            continue
        if _war_rows(doc, facts, rows, columns):
            continue
        # (not the first column: "Side | Killed | Wounded" is a table of figures by side)
        allegiance = next((col for col in columns[1:] if col.casefold() in side_columns), None)
        if allegiance is not None:
            _allegiance_rows(doc, facts, conflict, rows, columns[0], allegiance)
            continue
        named = [_side_of_label(col, patterns) or _column_party(doc, col) for col in columns]
        if not all(named) or len(columns) > 4 or not all(_is_name(c.text) for c in body if c.text.strip()):
            continue
        when = None
        heading = header[0].heading or ""
        found = find_dates(heading, DateContext()) if any(ch.isdigit() for ch in heading) else []
        if len(found) == 1:  # "Clubs in the 1908–09 season": the lists are that season's
            v = found[0].value
            when = v if isinstance(v, DateRange) else DateRange(v, v)
        for number, (col, side) in enumerate(zip(columns, named), start=1):
            facts.side_names.append(SideName(conflict, str(number), side[0] if isinstance(side, tuple) else side,
                                             doc.block_span(header[number - 1])))
            for c in body:
                if c.attrs.get("column", "").strip() == col and c.text.strip():
                    _member(facts, doc, c, _party_name(c.text), str(number), conflict, Origin.TABLE, when)


_SWITCH = re.compile(r"\s+(?P<how>from|since|until|till)\s+(?P<when>\S.*)$", re.I)


@lru_cache(maxsize=1)
def _side_column_head() -> re.Pattern | None:
    """"With Ostremay", "Allied with Belmond": a column headed by the side its cells fought with (prose.yaml
    side_column_heads)."""
    words = "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in vocabulary.load("prose").get("side_column_heads") or ())
    return re.compile(rf"(?:{words})\s+(?:the\s+)?(?P<name>[A-Z][\w'’ -]*)", re.I) if words else None


def _war_rows(doc: Document, facts: DocumentFacts, rows: dict, columns: list[str]) -> bool:
    """"War | Dates | With Ostremay | With Belmond | Neutral" on a people's page: each row lists, under each side's
    column, the bands that fought with that side in the row's war ("Pellow, Ashcomb; Wenasha from 1738"). A band
    in two side columns of one row over overlapping time is on both sides. Role "side_table": compared within the
    page only, since the columns name the sides, not the numbers the war's own page gives them."""
    head = _side_column_head()
    wars = {str(w).casefold() for w in (vocabulary.load("fields").get("service_columns") or {}).get("war") or ()}
    war_col = next((c for c in columns if c.casefold() in wars), None)
    sides = {c: m.group("name").strip() for c in columns if head and (m := head.fullmatch(c))}
    if war_col is None or len(sides) < 2:
        return False
    for cells in rows.values():
        by_col = {c.attrs.get("column", "").strip(): c for c in cells}
        war = by_col.get(war_col)
        if war is None or war.attrs.get("header") or war.text.strip() == war_col:
            continue
        conflict = _party_name(war.text)
        for col, side in sides.items():
            cell = by_col.get(col)
            if cell is None or not conflict:
                continue
            for piece in re.finditer(r"[^,;]+", cell.text):
                raw = piece.group().strip()
                start = piece.start() + piece.group().index(raw) if raw else 0
                switch = _SWITCH.search(raw)
                name = (raw[:switch.start()] if switch else raw).strip()
                if not _is_name(name):
                    continue
                period = None
                if switch:
                    found = find_dates(switch.group("when"), DateContext())
                    if len(found) == 1 and not isinstance(found[0].value, DateRange):
                        v = found[0].value
                        period = DateRange(v, None) if switch.group("how").lower() in ("from", "since") else DateRange(None, v)
                facts.memberships.append(Membership(
                    entity=name, side=side, period=period,
                    span=doc.block_span(cell, start, start + len(raw)), origin=Origin.TABLE,
                    role="side_table", conflict=conflict))
    return True


_ORDINAL = re.compile(r"^\s*\d{1,3}(?:st|nd|rd|th)\s+(?=[A-Z])")


@lru_cache(maxsize=1)
def _period_columns() -> frozenset[str]:
    """Column headings whose cells give a row's years ("Years", "Period": rules/vocabulary/fields.yaml)."""
    return frozenset(str(w).casefold() for w in (vocabulary.load("fields").get("service_columns") or {}).get("period") or ())


def _is_name(text: str) -> bool:
    t = text.strip()
    return bool(t) and t[:1].isupper() and not any(ch.isdigit() for ch in t) and len(t.split()) <= 8


def _column_party(doc: Document, column: str) -> str | None:
    """"Ketteridge (breakaway)": a column headed by a party the page names elsewhere, capitalised."""
    core = re.split(r"\s*\(", column, maxsplit=1)[0].strip()
    if not core[:1].isupper() or len(core.split()) > 4:
        return None
    if doc.text.count(core) < 3:
        return None  # every match below is an occurrence (a count, not a regex scan of a long page per column)
    return core if len(list(islice(re.finditer(rf"\b{re.escape(core)}\b", doc.text), 3))) >= 3 else None


def _allegiance_rows(doc: Document, facts: DocumentFacts, conflict: str, rows: dict, party_col: str,
                     side_col: str) -> None:
    """"Faction | Allegiance | Notes": each row's party on the side its allegiance cell names, dated by a
    "from August 1602" note."""
    for cells in rows.values():
        by_col = {c.attrs.get("column", "").strip(): c for c in cells}
        party, side = by_col.get(party_col), by_col.get(side_col)
        # "7th Mountain Regiment | Government": a unit's number is part of its name
        if party is None or side is None or party.text.strip() == party_col or \
                not _is_name(_ORDINAL.sub("", party.text)) or not _is_name(side.text):
            continue
        period = None
        for c in cells:
            m = re.match(r"\s*(from|since|until|till|to)\s+", c.text, re.I)
            found = find_dates(c.text, DateContext()) if m else []
            if found and not isinstance(found[0].value, DateRange):
                period = DateRange(found[0].value, None) if m.group(1).lower() in ("from", "since") else \
                    DateRange(None, found[0].value)
        if period is None:
            # "Formation | Side | Years": a cell under a column of years that is nothing but a range of them
            for c in cells:
                if c.attrs.get("column", "").strip().casefold() in _period_columns():
                    f = bare_year_range(c.text)
                    if f is not None and f.start == 0 and f.end >= len(c.text.rstrip()) and \
                            isinstance(f.value, DateRange) and f.value.start and f.value.end:
                        period = f.value
        side_name = side.text.strip()
        _member(facts, doc, party, _party_name(party.text), side_name, conflict, Origin.TABLE, period)
        if not any(n.side == side_name and n.conflict == conflict for n in facts.side_names):
            facts.side_names.append(SideName(conflict, side_name, side_name, doc.block_span(side)))
