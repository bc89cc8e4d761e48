"""Prose statements (placeholder interface: being written; reads nothing yet)."""
from __future__ import annotations

from ..model import Block, Document, DocumentFacts, Origin
from .dates import FoundDate


class ProseReader:
    """Reads statements, names and figures out of one document's prose blocks."""

    def __init__(self, doc: Document, facts: DocumentFacts):
        self.doc = doc
        self.facts = facts

    def heading(self, block: Block) -> None:
        pass

    def read(self, block: Block, dates: list[FoundDate], origin: Origin) -> None:
        pass

    def finish(self) -> None:
        pass
