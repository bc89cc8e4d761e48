"""Rows of a table of people: "Name | Born | Reign began | Reign ended | Died".

A row names its subject in its first cell and dates it in the cells whose
column the vocabulary knows (fields.yaml `table_columns`): a birth, a death,
the start and end of a reign, a term of office, a battle ("Start | End"). A
running number in the first column is skipped for the name after it. Tables of
other things (units, figures) have no such columns and give no dates.

A table of figures states its sums: a row labelled "Total" adds up the rows
above it (back to the previous total row) in each column where it gives a
number; a column headed "Total ..." adds up the figure columns to its left in
each row. Both are read as totals and parts for the arithmetic rule. A column
headed by what a field of the page counts ("Killed" under "deaths = 14") adds up
to that field when its rows are named parts of one whole (fields.yaml
`table_field_columns`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import vocabulary
from ..model import (Block, BlockKind, DateRange, DateValue, Document, DocumentFacts, Membership, Origin, Quantity, Statement,
                     StatedDuration)
from .dates import MONTH_ABBREVIATIONS, MONTHS, FoundDate, bare_year, bare_year_range
from .numbers import parse_duration, parse_figure
from .side_figures import loss_kind
from .stages import stage_key, stage_pairs, stage_words
from .table_offices import qualified_term, table_offices, term_head

# the parts of a table sum must come within this factor of its total to be its parts (as in itemised.py)
_PLAUSIBLE_RATIO = 1.5
_NOISE = r"[\s*'_]*"
_LABEL_NOISE = " \t*'_:.()[]"
# a cell of one name and a dagger after it ("Fintan Belcour †", "[[Kleandros]] †")
_FALLEN_CELL = re.compile(r"[\s*'_\[]*(?P<name>[A-Z][^\W\d_]*(?:[ '’-][^\W\d_]+)*)[\]\s*'_]*†[\s*'_]*")
_ORDINAL_CELL = re.compile(r"[\s*'_]*\d{1,3}\.?[\s*'_]*")


# a length closing a cell ("town surrendered after 60 days", "held for eleven weeks", "(37 days)")
_ROW_LENGTH = re.compile(r"(?:\b(?:after|for|lasting|of)\s+|\()(?P<length>(?:\d{1,4}|[a-z]+(?:-[a-z]+)?)\s+"
                         r"(?:days?|weeks?|months?|years?))\)?\s*[.;]?\s*\Z")


def _columns() -> dict[str, str]:
    return {str(k).casefold(): str(v) for k, v in (vocabulary.load("fields").get("table_columns") or {}).items()}


_SPAN_ENDS = frozenset({"end", "term_end", "reign_end"})
_SPAN_STARTS = frozenset({"start", "term_start", "reign_start"})
_BARE_COUNT = re.compile(r"[\s*'_]*(?P<n>\d{1,4})[\s*'_]*")


@lru_cache(maxsize=1)
def _length_columns() -> dict[str, str]:
    """Column name -> the unit of its bare figures ("Years | 29"); "" when the cell must name its unit."""
    data = vocabulary.load("fields").get("table_length_columns") or {}
    return {str(k).casefold(): str(v or "") for k, v in data.items()}


@lru_cache(maxsize=1)
def _death_notes() -> tuple[str, ...]:
    return tuple(str(w).casefold() for w in vocabulary.load("fields").get("table_end_in_death") or ())


@lru_cache(maxsize=1)
def _cell_leads() -> dict[str, str]:
    """"Dissolved" -> dissolved: a cell "<word> <date>" states that fact (fields.yaml table_cell_leads)."""
    return {str(k).casefold(): str(v) for k, v in (vocabulary.load("fields").get("table_cell_leads") or {}).items()}


@lru_cache(maxsize=1)
def _field_columns() -> dict[str, frozenset[str]]:
    """Column heading -> the field keys whose count it breaks down (fields.yaml table_field_columns)."""
    out: dict[str, set[str]] = {}
    for key, headings in (vocabulary.load("fields").get("table_field_columns") or {}).items():
        for heading in headings or ():
            out.setdefault(str(heading).casefold(), set()).add(str(key).casefold())
    return {k: frozenset(v) for k, v in out.items()}


# "Subscribed (florins)": a column heading and, in brackets, the unit of its figures
_HEADING_UNIT = re.compile(r"\s*\(\s*([A-Za-z]+)\s*\)?\s*$")  # (the heading comes with its label noise stripped)
# a year or a month in a row's name: the rows are a series in time, not parts of one whole
_SERIES_LABEL = re.compile(rf"\b(?:1\d{{3}}|20\d{{2}}|{vocabulary.alternation(MONTHS)}|"
                           rf"(?:{vocabulary.alternation(MONTH_ABBREVIATIONS)})\.?)\b", re.I)


_DATE_FILLER = frozenset({"of", "the", "in", "early", "late", "mid", "end", "spring", "summer", "autumn", "winter",
                          "to", "and", "c", "ca", "circa"})


def _a_date_cell(text: str) -> bool:
    """"10 June 1910", "spring of 1911", "1908–1910": a cell of nothing but a date (its row's moment), not a note
    that mentions one ("barricade cleared in May")."""
    rest = _SERIES_LABEL.sub(" ", text)
    return all(w.casefold() in _DATE_FILLER for w in re.findall(r"[^\W\d_]+", rest))


def _range_columns() -> dict[str, tuple[str, str]]:
    data = vocabulary.load("fields").get("table_range_columns") or {}
    return {str(k).casefold(): tuple(str(p) for p in v) for k, v in data.items() if len(v) == 2}


@lru_cache(maxsize=1)
def _service_columns() -> dict[str, str]:
    """Column name -> employer / war / period (fields.yaml service_columns)."""
    data = vocabulary.load("fields").get("service_columns") or {}
    return {str(name).casefold(): str(role) for role, names in data.items() for name in names or ()}


@lru_cache(maxsize=1)
def _sum_words() -> tuple[re.Pattern, frozenset[str]]:
    numbers = vocabulary.load("numbers")
    labels = sorted((str(w).casefold() for w in numbers.get("total_labels") or ()), key=len, reverse=True)
    total = re.compile(r"(?:%s)\b" % "|".join(re.escape(w) for w in labels) if labels else r"(?!)")
    empty = frozenset(str(w).casefold() for w in numbers.get("empty_cells") or ())
    return total, empty


@lru_cache(maxsize=1)
def _cell_figure() -> re.Pattern:
    """A cell that is one figure: a whole number, or a share or weight to a decimal place ("38.2", "12.8"), after a
    currency mark ("£11,240", "GBP 9,860"; numbers.yaml currency_marks), a footnote mark after it."""
    marks = vocabulary.alternation(vocabulary.load("numbers").get("currency_marks") or ())
    return re.compile(rf"{_NOISE}(?:(?:{marks})\s*)?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                      rf"{_NOISE}(?:\[\w+\]{_NOISE})*")


def _is_total_label(text: str) -> bool:
    return _sum_words()[0].match(text.strip(_LABEL_NOISE).casefold()) is not None


@lru_cache(maxsize=1)
def _event_heads() -> frozenset[str]:
    prose = vocabulary.load("prose")
    return frozenset(str(h).casefold() for key in ("event_heads", "dated_event_heads", "instant_event_heads",
                                                   "table_event_heads")
                     for h in prose.get(key) or ())


_NAME_WORD = re.compile(r"[\w'’]+")
_NAME_FILLER = frozenset({"the", "of", "at", "on", "in", "upon"})


def _day_range(value) -> bool:
    """A range of days both ends of which are told to the day ("9–12 June 1664", "25 February – 8 March 1665")."""
    return isinstance(value, DateRange) and value.start is not None and value.end is not None \
        and value.start.day is not None and value.end.day is not None


def _event_name(cell: str) -> str | None:
    """The cell's text when it names an event: capitalised, an event head among its words ("Flood",
    "Battle") and a word of its own besides ("Battle" alone, "the flood" name none)."""
    name = cell.strip(_LABEL_NOISE)
    name = name[4:] if name.startswith("The ") else name
    if not name[:1].isupper() or len(name) > 80:
        return None
    words = [w.casefold() for w in _NAME_WORD.findall(name)]
    heads = _event_heads()
    if not any(w in heads for w in words) or not any(w not in heads and w not in _NAME_FILLER for w in words):
        return None
    return name


def _names_event(cell: str) -> bool:
    """"Oxley Tunnel Fire": an event head written as part of a name (not "Joined the mutiny")."""
    name = _event_name(cell)
    return name is not None and any(w[:1].isupper() and w.casefold() in _event_heads()
                                    for w in _NAME_WORD.findall(name))


_Cell = tuple[Block, str]  # the cell and its column name
_ABBREVIATED = re.compile(r"(?P<n>\d+)\s*(?P<unit>[A-Za-z]+\.?)")


_CALENDAR_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})


def _unabbreviated(text: str) -> str:
    """"14 d" -> "14 days": a length cell's shorthand units (fields.yaml table_length_abbreviations). A cell
    with a unit finer than a day ("3 d 22 h") gives none: dates of days cannot measure it."""
    units = vocabulary.load("fields").get("table_length_abbreviations") or {}
    parts = [(m.group("n"), units.get(m.group("unit").casefold(), m.group("unit").casefold()))
             for m in _ABBREVIATED.finditer(text)]
    if not parts or any(unit not in _CALENDAR_UNITS for _, unit in parts):
        return ""
    return " ".join(f"{n} {unit}" for n, unit in parts)


def _stage_ends(stated: list[Statement]) -> tuple[list[Statement], list[Statement]]:
    """The row's first and last stage of one stage pair ("Launch" and "Landing"), when it has exactly one pair."""
    keys = {s.predicate.removeprefix("field:").replace("_", " "): s for s in stated if s.predicate.startswith("field:")}
    found = [(keys[a], keys[b]) for first, last in stage_pairs() for a in first & keys.keys()
             for b in last & keys.keys()]
    return ([found[0][0]], [found[0][1]]) if len(found) == 1 else ([], [])


class TableReader:
    """Collects the cells of each table row, then states the dates of the row's subject."""

    def __init__(self, doc: Document, facts: DocumentFacts):
        self.doc = doc
        self.facts = facts
        self.columns = _columns()
        self.range_columns = _range_columns()
        self.rows: dict[tuple[str, str], list[tuple[Block, list[FoundDate]]]] = {}
        self.figure_rows: dict[str, dict[int, dict[int, Block]]] = {}  # table -> row -> column -> cell
        self.offices = table_offices(doc)  # table -> the office its holders held ("! Term !! Prior")

    def read(self, block: Block, found: list[FoundDate]) -> None:
        row = block.attrs.get("row")
        if row is None:
            return
        # a row of header cells below the first ("! Total !! 1,873 !! 3,940") is a figure row like any other
        if row != "0" and row.isdigit() and block.group is not None:
            self.figure_rows.setdefault(block.attrs.get("table", ""), {}).setdefault(int(row), {})[block.group] = block
        if not self.columns or row == "0":
            return
        self.rows.setdefault((block.attrs.get("table", ""), row), []).append((block, found))

    def finish(self) -> None:
        self._dated_rows()
        self._service_rows()
        for table, rows in self.figure_rows.items():
            ordered = [rows[r] for r in sorted(rows)]
            self._total_rows(table, ordered)
            self._total_columns(table, ordered)
            self._field_columns(table, ordered)

    # ------------------------------------------------------------ sums

    def _figure(self, block: Block | None) -> tuple[int, int, int] | None:
        """(value, start, end) of a cell that holds one figure and nothing else; 0 for "—"."""
        if block is None:
            return None
        m = _cell_figure().fullmatch(block.text)
        if m:
            num = m.group("num").replace(",", "")
            return float(num) if "." in num else int(num), m.start("num"), m.end("num")
        if block.text.strip(_LABEL_NOISE).casefold() in _sum_words()[1]:
            return 0, 0, 0
        return None

    def _label(self, row: dict[int, Block]) -> str:
        """What a row is about: its "Total" cell, else its first cell in words, else its first cell."""
        words = [row[col].text.strip(_LABEL_NOISE) for col in sorted(row) if self._figure(row[col]) is None]
        for text in words:
            if _is_total_label(text):
                return text
        if words:
            return words[0]
        return row[min(row)].text.strip(_LABEL_NOISE) if row else ""

    def _row_name(self, row: dict[int, Block], before: int) -> str:
        """The nearest cell in words left of a figure ("Side | Belligerent | Dead": the belligerent)."""
        for col in sorted((c for c in row if c < before), reverse=True):
            if self._figure(row[col]) is None:
                return row[col].text.strip(_LABEL_NOISE)
        return self._label(row)

    def _emit(self, group: str, total: tuple[Block, str, tuple[int, int, int]],
              parts: list[tuple[Block, str, tuple[int, int, int]]], qualifier: str | None = None,
              origin: Origin = Origin.TABLE) -> None:
        """A total and its parts, when the parts are plausibly what the total counts."""
        parts = [p for p in parts if p[2][2] > p[2][1]]  # a "—" adds nothing and is no figure
        value = total[2][0]
        summed = sum(p[2][0] for p in parts)
        if len(parts) < 2 or value <= 0 or any(p[2][0] > value for p in parts) or \
                not value / _PLAUSIBLE_RATIO <= summed <= value * _PLAUSIBLE_RATIO:
            return
        for (block, label, (figure, start, end)), role in [(total, "total")] + [(p, "part") for p in parts]:
            self.facts.quantities.append(Quantity(
                measure="tabulated", label=label, value=float(figure), qualifier=qualifier if role == "total" else None,
                span=self.doc.block_span(block, start, end), origin=origin if role == "total" else Origin.TABLE,
                group=group, role=role))

    def _total_rows(self, table: str, rows: list[dict[int, Block]]) -> None:
        """A "Total" row sums each of its figure columns over the rows since the previous total row."""
        since = 0
        for i, row in enumerate(rows):
            label = self._label(row)
            if not _is_total_label(label):
                continue
            segment = rows[since:i]
            since = i + 1
            for col, cell in row.items():
                total = self._figure(cell)
                if total is None or total[2] == total[1]:
                    continue
                parts = []
                for part_row in segment:
                    if col not in part_row:
                        continue
                    figure = self._figure(part_row[col])
                    if figure is None:
                        break  # words in the column: not a column of figures
                    parts.append((part_row[col], self._row_name(part_row, col), figure))
                else:
                    column = cell.attrs.get("column") or ""
                    self._emit(f"table:{table}:{i}:{col}", (cell, f"{label} {column}".strip(), total), parts)

    def _total_columns(self, table: str, rows: list[dict[int, Block]]) -> None:
        """A column headed "Total ..." sums, in each row, the figure columns between the row label and it.

        Read only when at least as many rows add up as do not: otherwise the columns count different things.
        Columns each headed by a kind of loss ("Dead | Wounded | Captured | Total") are that total's parts
        whatever the rows give: a row is read when each of its loss cells holds a figure ("unknown" leaves it)."""
        header = {}
        for row in rows:
            for col, cell in row.items():
                header.setdefault(col, cell.attrs.get("column") or "")
        totals = [col for col, name in header.items() if col > 0 and _is_total_label(name)]
        if len(totals) != 1:
            return
        total_col = totals[0]
        inner = [col for col in range(1, total_col) if not _is_total_label(header.get(col, ""))]
        losses = len(inner) >= 2 and all(loss_kind(header.get(col, "")) for col in inner)
        figure_cols = inner if losses else [
            col for col in inner if all(self._figure(row.get(col)) is not None for row in rows if col in row)]
        checked = []
        for i, row in enumerate(rows):
            total = self._figure(row.get(total_col))
            if total is None or total[2] == total[1]:
                continue
            if losses and any(self._figure(row.get(col)) is None for col in figure_cols):
                continue
            parts = [(row[col], header.get(col, ""), self._figure(row[col])) for col in figure_cols if col in row]
            checked.append((i, (row[total_col], f"{header[total_col]} ({self._label(row)})".strip(), total), parts))
        adds_up = sum(1 for _, total, parts in checked if abs(sum(p[2][0] for p in parts) - total[2][0]) < 1e-6)
        if not losses and (adds_up == 0 or adds_up * 2 < len(checked)):
            return
        for i, total, parts in checked:
            self._emit(f"table:{table}:{i}:total-column", total, parts)

    def _page_field(self, keys: frozenset[str], words: frozenset[str],
                    unit: str = "") -> tuple[Block, float, str | None, int, int] | None:
        """The page's one field of those keys whose whole value is a figure ("deaths = 14", "Deaths:: about 40",
        "deaths = 14 killed"): the figure, its qualifier and where it stands. A key may name the column's unit
        after its own ("capital_florins" for a column "Subscribed (florins)")."""
        # a nested front-matter key names its figure by its last part ("casualties: {killed: 23}")
        if unit:
            keys = keys | {f"{k}_{unit}" for k in keys}
        found = [b for b in self.doc.blocks if b.kind == BlockKind.FIELD
                 and (b.key or "").casefold().rpartition(".")[2] in keys]
        if len(found) != 1:
            return None
        block = found[0]
        fig = parse_figure(block.text)
        if fig is None or block.text[:fig[2]].strip(_LABEL_NOISE) or \
                block.text[fig[3]:].strip(_LABEL_NOISE).casefold() not in words | {"", "people", "persons"}:
            return None
        value, qualifier, start, end = fig
        return block, value, qualifier, start, end

    def _field_columns(self, table: str, rows: list[dict[int, Block]]) -> None:
        """"Vehicle | Killed | Injured" under "deaths = 14": the column's rows are the parts of the field's count.

        Only when every row is named in words, not as an event ("Oxley Tunnel fire": a record of other
        events), no cell gives a year or a month (a yearly series adds up to nothing), every cell of the
        column is a figure and no row of the table is a total of its own (then that row is the sum, read by
        _total_rows)."""
        if len(rows) < 2 or any(_is_total_label(self._label(row)) for row in rows):
            return
        for row in rows:
            first = row.get(min(row)) if row else None
            # a cell that is a date names the row's moment ("June 1910 | 14"); a note that mentions one ("riots
            # after the arrests of 10 June") does not make the rows a series
            if first is None or self._figure(first) is not None or _names_event(first.text) or \
                    any(_SERIES_LABEL.search(cell.text) and _a_date_cell(cell.text) for cell in row.values()):
                return
        headings = _field_columns()
        header = {col: (cell.attrs.get("column") or "").strip(_LABEL_NOISE) for row in rows for col, cell in row.items()}
        for col, name in sorted(header.items()):
            # "Subscribed (florins)": the heading, and the unit its brackets give
            unit = _HEADING_UNIT.search(name)
            keys = headings.get(name.casefold()) or unit and headings.get(name[:unit.start()].strip().casefold())
            if not keys or col == min(header):
                continue
            figures = [(row[col], self._row_name(row, col), self._figure(row[col])) for row in rows if col in row]
            if len(figures) < 2 or any(f[2] is None for f in figures):
                continue
            words = frozenset(h for h, ks in headings.items() if ks & keys)
            field = self._page_field(keys, words, unit.group(1).casefold() if unit else "")
            if field is None:
                continue
            block, value, qualifier, start, end = field
            if figures[-1][2][0] == value and len(figures) > 2:
                figures = figures[:-1]  # "| **Ship's company** | **1,140** |": the last row restates the field's whole
            origin = Origin.INFOBOX if block.attrs.get("source") == "infobox" else Origin.FRONT_MATTER
            self._emit(f"table:{table}:field:{block.key}", (block, block.raw_key or block.key or name,
                                                             (int(value), start, end)), figures, qualifier, origin)

    # ------------------------------------------------------------ dates

    def _service_rows(self) -> None:
        """"Years | Employer | War" (or "Employer | From | To | War"): the page's party fought for that employer in that
        war for those years.

        Why: a company's record of its contracts is its side lists; two employers in one war in
        overlapping years put it on two sides at once (checks/disjoint_sides.py compares the rows of
        one page; a row's years that only touch the next row's are a dated switch).
        """
        party = self.facts.title or self.doc.title
        if not party:
            return
        roles = _service_columns()
        for (table, row), cells in self.rows.items():
            by_role: dict[str, tuple[Block, list[FoundDate]]] = {}
            for block, found in cells:
                role = roles.get((block.attrs.get("column") or "").strip(_LABEL_NOISE).casefold())
                if role and role not in by_role:
                    by_role[role] = (block, found)
            if "employer" not in by_role or "war" not in by_role:
                continue
            employer, _ = by_role["employer"]
            war, _ = by_role["war"]
            # "[[Second Madder War]]; Quay garrison": the war, then what the company did in it
            name, conflict = employer.text.strip(_LABEL_NOISE), war.text.split(";")[0].strip(_LABEL_NOISE)
            if not name or not conflict:
                continue
            if "period" in by_role:
                found = by_role["period"][1]
                if len(found) != 1:
                    continue
                value = found[0].value
                period = value if isinstance(value, DateRange) else DateRange(value, value)
            elif "start" in by_role and "end" in by_role:  # "Employer | From | To | War"
                began, ended = by_role["start"][1], by_role["end"][1]
                if len(began) != 1 or len(ended) != 1:
                    continue
                lo, hi = began[0].value, ended[0].value
                period = DateRange(lo.start if isinstance(lo, DateRange) else lo, hi.end if isinstance(hi, DateRange) else hi)
                if period.start is None or period.end is None or period.start.interval()[0] > period.end.interval()[1]:
                    continue  # (an inverted row, "1657 | 1654", is the ordering check's)
            else:
                continue
            self.facts.memberships.append(Membership(
                entity=party, side=name, period=period, span=self.doc.block_span(employer), origin=Origin.TABLE,
                role="employed", conflict=conflict))

    def _dated_rows(self) -> None:
        for (table, row), cells in self.rows.items():
            ordered = sorted(cells, key=lambda c: c[0].group if c[0].group is not None else 99)
            # "No. | Name | Took office": a running number is no subject, the name after it is
            while len(ordered) > 1 and _ORDINAL_CELL.fullmatch(ordered[0][0].text):
                ordered = ordered[1:]
            if len(ordered) > 2 and not ordered[0][1] and not ordered[1][1] and \
                    _column_of(ordered[0][0]) in _row_office_columns() and _column_of(ordered[1][0]) in _holder_columns() \
                    and _ROW_OFFICE.fullmatch(ordered[0][0].text.strip(_LABEL_NOISE)):
                # "Office | Minister | Party | Term" with "| Finance | Greta Holm | RU | 4 Oct 1930 – ... |": the row's
                # person is the minister, the office cell their office
                ordered = [ordered[1], ordered[0], *ordered[2:]]
            if table in self.offices and len(ordered) > 1 and ordered[0][1] and not ordered[1][1] and \
                    self.range_columns.get((ordered[0][0].attrs.get("column") or "").strip().casefold(),
                                           ("",))[0] in ("term_start", "reign_start"):
                ordered = ordered[1:]  # "! Term !! Prior": a list of holders may give the term before the name
            self._fallen_in_row(cells, f"{table}:{row}")
            first = ordered[0]
            subject_block, subject_dates = first
            if subject_dates:
                self._timeline_row(cells, first, ordered[1:], f"{table}:{row}")
                continue  # a row that opens with a date is a timeline, not a person
            if not subject_block.text.strip(_LABEL_NOISE):
                continue
            subject = subject_block.text.strip()
            self._event_row(cells, subject, f"{table}:{row}")
            first_new = len(self.facts.statements)
            for block, found in cells:
                column = (block.attrs.get("column") or "").strip().casefold()
                ends = self.range_columns.get(column) or qualified_term(column)  # "Term as warden"
                if ends and not found:
                    bare = bare_year_range(block.text)  # "Reign | 512–530": only years can stand there
                    found = [bare] if bare is not None else found
                ranged = [f for f in found if isinstance(f.value, DateRange)]
                if ends and len(ranged) == 1 and len(found) == 1 and ranged[0].value.start and ranged[0].value.end:
                    # "Term | 1702–1711": one cell, both ends of the row's term
                    f = ranged[0]
                    parts = f.parts if f.parts and len(f.parts) == 2 else (f, f)
                    for predicate, value, part in zip(ends, (f.value.start, f.value.end), parts):
                        self.facts.statements.append(Statement(
                            subject=subject, predicate=predicate, object=None, date=value,
                            span=self.doc.block_span(block),
                            date_span=self.doc.block_span(block, part.start, part.end), origin=Origin.TABLE,
                            text=block.text[f.start:f.end], row=f"{table}:{row}"))
                    continue
                predicate = self.columns.get(column)
                if predicate is None and table in self.offices:
                    predicate = term_head(column)  # "Took the Seat | Gave it up" in a table of holders
                if predicate in _SPAN_STARTS | _SPAN_ENDS and not found and table in self.offices:
                    # "| Odo Renn | 1871 | 1884 |" in a table of holders: a bare year is the term's
                    found = [bare] if (bare := bare_year(block.text)) is not None else found
                dated = [f for f in found if isinstance(f.value, DateValue)]
                if predicate is None and stage_key(column) in stage_words():
                    # "Flight | Launch | Landing": a stage of the row's thing, as a field of that key would date it
                    predicate = "field:" + stage_key(column).replace(" ", "_")
                if predicate is None and len(dated) == 1 and not block.text[dated[0].end:].strip(_LABEL_NOISE):
                    # "Status | Dissolved 2111": the cell's own word names the fact its date dates
                    predicate = _cell_leads().get(block.text[:dated[0].start].strip(_LABEL_NOISE).casefold())
                if predicate is None or len(dated) != 1:
                    continue
                f = dated[0]
                span = self.doc.block_span(block)
                self.facts.statements.append(Statement(
                    subject=subject, predicate=predicate, object=None, date=f.value, span=span,
                    date_span=self.doc.block_span(block, f.start, f.end), origin=Origin.TABLE,
                    text=block.text[f.start:f.end], row=f"{table}:{row}"))
            self._notes_of_row([c for c in cells if c is not first], subject)
            self._death_at_end(cells, subject, self.facts.statements[first_new:], f"{table}:{row}")
            self._office_held(table, subject, self.facts.statements[first_new:], f"{table}:{row}", cells)
            self._length_cell(cells, subject, self.facts.statements[first_new:])

    def _fallen_in_row(self, cells, row: str) -> None:
        """"| Cape Ombry | 9 July 1643 | Hosvard Pravo | Fintan Belcour † |" under "Engagement | Date | ...": in a
        table of engagements (a column fields.yaml table_engagement_columns names) a commander marked with a dagger
        fell in that row's engagement, dead by its one date. Elsewhere (a list of members or office holders) the
        dagger may only mean "since deceased" or "died in office", so no other table's dagger dates a death."""
        columns = {(b.attrs.get("column") or "").strip(_LABEL_NOISE).casefold() for b, _ in cells}
        if not columns & vocabulary.word_set("fields", "table_engagement_columns"):
            return
        fallen = [(b, m.group("name")) for b, found in cells if not found for m in [_FALLEN_CELL.fullmatch(b.text)] if m]
        dated = [(b, f) for b, found in cells for f in found]
        if not fallen or len(dated) != 1 or not isinstance(dated[0][1].value, DateValue):
            return  # a row of a range of days ("11–13 July 1642") or of two dates: which day is not told
        block, f = dated[0]
        for cell, name in fallen:
            self.facts.statements.append(Statement(
                subject=name, predicate="death", object=None, date=f.value, span=self.doc.block_span(cell),
                date_span=self.doc.block_span(block, f.start, f.end), origin=Origin.TABLE,
                text=block.text[f.start:f.end], row=row))

    def _notes_of_row(self, cells, subject: str) -> None:
        """"| Sir Hubert Vane || 1836–1858 || Quell banker; knighted 1842; died 1864 |": a birth or death a row's
        note tells without naming whose in full (the prose reader took the note's first word, or fell back on
        the page's subject, the Quell Railway) is the row's subject's."""
        lives = getattr(self, "_note_lives", None)
        if lives is None:  # the prose reader's births and deaths in table cells, by the line of their date
            lives = self._note_lives = {}
            for i, st in enumerate(self.facts.statements):
                if st.predicate in ("death", "birth") and st.origin is Origin.TABLE and st.row is None \
                        and st.date_line is not None:
                    lives.setdefault(st.date_line, []).append(i)
        for block, _ in cells:
            span = self.doc.block_span(block)
            for i in (i for line in range(span.line, span.end_line + 1) for i in lives.get(line, ())):
                st = self.facts.statements[i]
                inside = (span.line, span.column) <= (st.date_line, st.date_column) \
                    and (st.date_end_line, st.date_end_column) <= (span.end_line, span.end_column)
                named = (st.subject or "").split()
                # "Hatherbury banker; ...": a single word before the note's verbs names no one
                if inside and st.subject != subject and (len(named) < 2 or named[-1] not in block.text):
                    self.facts.statements[i] = replace(
                        st, subject=subject, event=f"{st.predicate} of {subject}" if st.event else st.event)

    def _timeline_row(self, cells, first, rest, row: str) -> None:
        """"| 9 May 2327 || [[Battle of Tarsis Gate]] || Union victory |": a timeline row whose date comes first
        dates the one event its other cells name, as a row that opens with the name would."""
        named = [name for block, found in rest if not found for name in [_event_name(block.text)] if name]
        if len(named) == 1:
            self._event_row(cells, named[0], row)
        self._row_length(first, rest, named[0] if len(named) == 1 else None)

    def _row_length(self, dated, rest, name: str | None) -> None:
        """"| 3 May 1710 – 9 June 1710 || Siege of Orrin || town surrendered after 60 days |": a length
        closing a cell of a row whose date cell is one range measures that range (the row's event lasted it);
        "after 3 days of shelling" measures a part, and is left."""
        block, found = dated
        if len(found) != 1 or not isinstance(found[0].value, DateRange) or not found[0].value.start \
                or not found[0].value.end:
            return
        for cell, cell_found in rest:
            m = _ROW_LENGTH.search(cell.text) if not cell_found else None
            d = parse_duration(m.group("length")) if m else None
            if d is None:
                continue
            d.start, d.end, d.subject = found[0].value.start, found[0].value.end, name
            d.span = self.doc.block_span(cell, m.start("length"), m.end("length"))
            d.origin, d.text = Origin.TABLE, m.group("length")
            self.facts.durations.append(d)

    def _event_row(self, cells, name: str, row: str) -> None:
        """"| Sallowmere Flood | 20 October 1816 |" under "Flood | Date": the date column dates the named event.

        Stated as prose states "the Sallowmere Flood of 1816" (predicate "happen", keyed by the name), so the
        conflicting-date rule meets the row and the prose, in one page or across pages. Only a row whose
        name cell names an event (an event head and a word of its own) and one date in a date column."""
        name = _event_name(name)
        if name is None:
            return
        columns = vocabulary.word_set("fields", "table_event_date_columns")
        # a range of days ("| 9–12 June 1664 || Raid on the Sarne |") dates the event as its one day does
        dated = [(block, f) for block, found in cells
                 if (block.attrs.get("column") or "").strip(_LABEL_NOISE).casefold() in columns
                 for f in found if isinstance(f.value, DateValue) or _day_range(f.value)]
        if len(dated) != 1:
            return
        block, f = dated[0]
        self.facts.statements.append(Statement(
            subject=name, predicate="happen", object=None, date=f.value, span=self.doc.block_span(block),
            date_span=self.doc.block_span(block, f.start, f.end), origin=Origin.TABLE,
            text=block.text[f.start:f.end], event=name, row=row))

    def _length_cell(self, cells, subject: str, stated: list[Statement]) -> None:
        """"| 512–530 | 18 |" under "Reign | Years": the row's length, measured against its own two ends."""
        starts = [s for s in stated if s.predicate in _SPAN_STARTS]
        ends = [s for s in stated if s.predicate in _SPAN_ENDS]
        if not starts and not ends:
            starts, ends = _stage_ends(stated)  # "Launch | Landing | Duration"
        if len(starts) != 1 or len(ends) != 1:
            return
        columns = _length_columns()
        for block, found in cells:
            unit = columns.get((block.attrs.get("column") or "").strip(_LABEL_NOISE).casefold())
            if unit is None or found:
                continue
            bare = _BARE_COUNT.fullmatch(block.text)
            d = parse_duration(f"{bare.group('n')} {unit}") if bare and unit else \
                parse_duration(_unabbreviated(block.text))
            if d is None:
                continue
            d.start, d.end, d.subject = starts[0].date, ends[0].date, subject
            d.span, d.origin = self.doc.block_span(block), Origin.TABLE
            d.text = f"{bare.group('n')} {unit}" if bare and unit else block.text.strip()
            self.facts.durations.append(d)

    def _office_held(self, table: str, subject: str, stated: list[Statement], row: str, cells=()) -> None:
        """"| Simone Lanfranchi | 1558 | 1564 |" in a table of priors: the row's person held the office the
        table lists (an undated "office_title" statement the out-of-range rule reads titles from)."""
        if not any(s.predicate in _SPAN_STARTS | _SPAN_ENDS for s in stated):
            return
        # the row's own title cell ("| Ada Voss | Provost | 1890–1912 |") before the office the table is of
        office = _row_office(cells) or self.offices.get(table)
        if office is None:
            return
        first = stated[0]
        self.facts.statements.append(Statement(
            subject=subject, predicate="office_title", object=office, date=None, span=first.span,
            origin=Origin.TABLE, text=office, row=row))

    def _death_at_end(self, cells, subject: str, stated: list[Statement], row: str) -> None:
        """"| 1029 | 1061 | died in office |": a note that the span ended in death dates the death.

        Only a dateless note cell, one end date in the row and no death column of its own."""
        ends = [s for s in stated if s.predicate in _SPAN_ENDS]
        if len(ends) != 1 or any(s.predicate == "death" for s in stated):
            return
        phrases = _death_notes()
        for block, found in cells:
            note = block.text.strip(_LABEL_NOISE).casefold()
            if found or not note.startswith(phrases):
                continue
            end = ends[0]
            self.facts.statements.append(Statement(
                subject=subject, predicate="death", object=None, date=end.date, span=self.doc.block_span(block),
                date_span=end.date_span, origin=Origin.TABLE, text=end.text, row=row))
            return


@lru_cache(maxsize=1)
def _row_office_columns() -> frozenset[str]:
    spec = vocabulary.load("fields").get("table_offices") or {}
    return frozenset(str(w).casefold() for w in spec.get("row_office_columns") or ())


# one to three capitalised words ("Provost", "Vice-Chancellor", "Lord Warden"), "of" a place allowed
_ROW_OFFICE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)*){0,2}(?: of(?: the)?(?: [A-Z][\w'’-]*)+)?")


def _column_of(block) -> str:
    return (block.attrs.get("column") or "").strip(_LABEL_NOISE).casefold()


@lru_cache(maxsize=1)
def _holder_columns() -> frozenset[str]:
    spec = vocabulary.load("fields").get("table_offices") or {}
    return frozenset(str(w).casefold() for w in spec.get("holder_columns") or ())


def _row_office(cells) -> str | None:
    """"Name | Title | Term" with "| Aurel Voss | Provost | 1911–1929 |": the office the row's own title cell
    names (one to three capitalised words, no date, not "Provost, then Rector"), its person's office for the term."""
    columns = _row_office_columns()
    for block, found in cells:
        if found or (block.attrs.get("column") or "").strip(_LABEL_NOISE).casefold() not in columns:
            continue
        title = block.text.strip(_LABEL_NOISE)
        if _ROW_OFFICE.fullmatch(title):
            return title
    return None
