"""An end that took the date of the start told before it: "The war began with the ambush on 8 June 1716 and was
ended by the Convention of Fort Thrift, which was signed on 14 October 1719".

The prose reader dates every verb of a clause by the clause's date, so "was ended" after "began ... on D and"
gets D as well, and the war ends the day it began (an ordering finding against the start, a conflicting date
against the real end). A date that stands after the start verb and before "and ... ended" is the start's alone:
the end statement made from it, of the same subject and the same date, is dropped. "began and ended on 3 May"
(the date after both verbs) is left alone.
"""
from __future__ import annotations

from ..model import Document, Origin, Statement


def drop_borrowed_ends(doc: Document, statements: list[Statement]) -> None:
    """Remove, in place, prose "end" statements whose date belongs to a "start" told before them."""
    starts = {(s.subject, s.date_span) for s in statements
              if s.predicate == "start" and s.origin is Origin.PROSE and s.date_span is not None}
    if not starts:
        return
    lines = None
    keep = []
    for s in statements:
        if s.predicate == "end" and s.origin is Origin.PROSE and (s.subject, s.date_span) in starts and s.text \
                and s.date_span.line == s.span.line:
            lines = lines or doc.text.splitlines()
            line = lines[s.date_span.line - 1] if s.date_span.line <= len(lines) else ""
            after = line.find(s.text, s.date_span.end_column - 1)
            if after >= 0 and s.text.split()[0].casefold() in ("and", "but", "then"):
                continue  # "began ... on D and was ended by ...": D is the beginning's
        keep.append(s)
    statements[:] = keep
