"""A table row's figure told again in the prose, a digit or two astray.

"Recorded deaths" column, row "Harrow | 14,520", and "In Harrow the registers record 15,420 deaths": a sentence
that names one row of a table (its label cell, as a whole word, and no other row's), then a precise figure right
before its column's head noun ("deaths" of "Recorded deaths"), tells that cell again. Only a near miss is read:
both figures of three significant digits or more, of as many digits, within a tenth of each other, and the
sentence bounds no part ("over", "about", "only", "of whom", "until", ...). A figure far from the cell counts
something else (a month's deaths, a ward's), and one equal to it agrees.

Each cell and its telling become Quantity facts of one measure "value:<doc>#row:<table>:<row>:<column>", compared
by the conflicting-value rule.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..model import BlockKind, Document, Origin, Quantity
from .measures import figure_sentences

_CELL = re.compile(r"\s*(?P<num>\d{1,3}(?:,\d{3})+|\d{3,})\s*")
_LABEL = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
_NUM = r"(?<![\w,.])(?P<num>\d{1,3}(?:,\d{3})+|\d{3,})(?![\w,]\d|\.\d)"
# words of a clause that make its figure a part, a bound or another moment's
_BOUNDING = frozenset({"over", "under", "about", "around", "nearly", "almost", "some", "roughly", "approximately",
                       "estimated", "least", "more", "less", "fewer", "another", "further", "additional", "only",
                       "alone", "first", "until", "till", "since", "before", "whom", "which", "each", "per",
                       "average", "c"})
_RATIO = 0.10


def _value(num: str) -> int:
    return int(num.replace(",", ""))


def _precise(num: str) -> bool:
    return len(num.replace(",", "").rstrip("0")) >= 3


def _head_noun(column: str) -> str | None:
    """"deaths" of "Recorded deaths", "tons" of "Tons launched": the column's last plural word."""
    words = [w.casefold() for w in re.findall(r"[A-Za-z]+", column)]
    plural = [w for w in words if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))]
    return plural[-1] if plural else None


def _near(value: int, cell: int) -> bool:
    """Of as many digits, and within a tenth of the cell or its digits in another order ("3,184" for "3,814")."""
    a, b = str(value), str(cell)
    return len(a) == len(b) and (abs(value - cell) <= _RATIO * cell or sorted(a) == sorted(b))


def told_row_figures(doc: Document, facts, prose_kinds: dict) -> list[Quantity]:
    rows: dict[tuple[str, str], dict[int, object]] = defaultdict(dict)
    for block in doc.blocks:
        if block.kind is BlockKind.TABLE_CELL and block.attrs.get("row", "0") not in ("0", "") \
                and block.group is not None:
            rows[(str(block.attrs.get("table", "")), block.attrs["row"])][block.group] = block
    labelled: dict[str, dict[str, list[tuple[str, str, int, object]]]] = defaultdict(dict)
    for (table, row), cells in rows.items():
        first = cells.get(min(cells))
        label = first.text.strip(" *'[]") if first is not None else ""
        if not _LABEL.fullmatch(label) or label.casefold() in ("total", "totals", "sum", "all"):
            continue
        figures = []
        for col, cell in cells.items():
            m = _CELL.fullmatch(cell.text)
            noun = _head_noun(cell.attrs.get("column") or "")
            if m and noun and _precise(m.group("num")):
                figures.append((noun, row, col, cell))
        if figures:
            labelled[table][label] = figures
    if not labelled:
        return []
    found: dict[tuple[str, str, int], list[Quantity]] = defaultdict(list)
    cells_of: dict[tuple[str, str, int], tuple[object, str]] = {}
    for block in doc.blocks:
        if prose_kinds.get(block.kind) is not Origin.PROSE or block.kind is BlockKind.TABLE_CELL:
            continue
        for table, labels in labelled.items():
            present = [lab for lab in labels if lab in block.text]
            if not present:
                continue
            for s, e in figure_sentences(block):
                sentence = block.text[s:e]
                named = [lab for lab in labels if re.search(rf"(?<![\w-]){re.escape(lab)}(?![\w-])", sentence)]
                if len(named) != 1:
                    continue
                for noun, row, col, cell in labels[named[0]]:
                    cell_num = _CELL.fullmatch(cell.text).group("num")
                    cell_value = _value(cell_num)
                    told = [m for m in re.finditer(rf"{_NUM}\s+{noun}\b", sentence, re.I)]
                    if len(told) != 1 or not _precise(told[0].group("num")):
                        continue
                    at = told[0].start()
                    clause = sentence[max(sentence.rfind(c, 0, at) for c in ",;:(") + 1:]
                    cut = re.search(r"[,;:()]", clause[at - (len(sentence) - len(clause)):])
                    clause = clause[:at - (len(sentence) - len(clause)) + cut.start()] if cut else clause
                    if {w.casefold() for w in re.findall(r"[A-Za-z]+", clause)} & _BOUNDING:
                        continue  # "over 14,000 deaths", "only 14,100 deaths until April": a bound or a part
                    value = _value(told[0].group("num"))
                    if not _near(value, cell_value):
                        continue
                    key = (table, row, col)
                    cells_of[key] = (cell, f"{named[0]} {cell.attrs.get('column') or noun}".strip())
                    found[key].append(Quantity(measure="", label="", value=float(value), qualifier=None,
                                               span=doc.block_span(block, s + told[0].start("num"),
                                                                   s + told[0].end("num")), origin=Origin.PROSE))
    out = []
    for key, mentions in found.items():
        cell, label = cells_of[key]
        m = _CELL.fullmatch(cell.text)
        measure = f"value:{doc.path}#row:{key[0]}:{key[1]}:{key[2]}"
        out.append(Quantity(measure=measure, label=label, value=float(_value(m.group("num"))), qualifier=None,
                            span=doc.block_span(cell, m.start("num"), m.end("num")), origin=Origin.TABLE,
                            subject=facts.title))
        out += [Quantity(measure=measure, label=label, value=q.value, qualifier=None, span=q.span, origin=Origin.PROSE,
                         subject=facts.title) for q in mentions]
    return out
