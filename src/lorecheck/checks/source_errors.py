"""Source errors: files that could not be read or parsed, reported like any finding."""
from __future__ import annotations

from ..model import Severity
from . import kind


@kind("source")
def check_source_errors(world, rule):
    for doc in world.docs:
        for d in doc.errors:
            if d.rule == rule.id:
                if d.severity is None:
                    d.severity = Severity(rule.severity)
                yield d
