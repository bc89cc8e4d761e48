"""Rows of a table of people: "Name | Born | Reign began | Reign ended | Died".

A row names its subject in its first cell and dates it in the cells whose
column the vocabulary knows (fields.yaml `table_columns`): a birth, a death,
the start and end of a reign. Tables of other things (battles, units, figures)
have no such columns and give nothing.
"""
from __future__ import annotations

from .. import vocabulary
from ..model import Block, DateValue, Document, DocumentFacts, Origin, Statement
from .dates import FoundDate


def _columns() -> dict[str, str]:
    return {str(k).casefold(): str(v) for k, v in (vocabulary.load("fields").get("table_columns") or {}).items()}


class TableReader:
    """Collects the cells of each table row, then states the dates of the row's subject."""

    def __init__(self, doc: Document, facts: DocumentFacts):
        self.doc = doc
        self.facts = facts
        self.columns = _columns()
        self.rows: dict[tuple[str, str], list[tuple[Block, list[FoundDate]]]] = {}

    def read(self, block: Block, found: list[FoundDate]) -> None:
        row = block.attrs.get("row")
        if not self.columns or row in (None, "0"):
            return
        self.rows.setdefault((block.attrs.get("table", ""), row), []).append((block, found))

    def finish(self) -> None:
        for cells in self.rows.values():
            first = min(cells, key=lambda c: c[0].group if c[0].group is not None else 99)
            subject_block, subject_dates = first
            if subject_dates or first[0].group not in (0, None):
                continue  # a row that opens with a date is a timeline, not a person
            subject = subject_block.text.strip()
            for block, found in cells:
                predicate = self.columns.get((block.attrs.get("column") or "").strip().casefold())
                dated = [f for f in found if isinstance(f.value, DateValue)]
                if predicate is None or len(dated) != 1:
                    continue
                f = dated[0]
                span = self.doc.block_span(block)
                self.facts.statements.append(Statement(
                    subject=subject, predicate=predicate, object=None, date=f.value, span=span,
                    date_span=self.doc.block_span(block, f.start, f.end), origin=Origin.TABLE,
                    text=block.text[f.start:f.end]))
