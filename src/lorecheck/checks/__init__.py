"""Checks: one module per rule kind, each a function from the World to diagnostics.

A kind registers itself with `@kind("name")`; rule definitions in `rules/`
name the kind they instantiate and give its parameters and message. Checks
never read files: they see only the World.
"""
from __future__ import annotations

import importlib
import pkgutil
from typing import Callable, Iterable, Iterator

from .. import vocabulary
from ..model import Diagnostic, Origin, Related, Severity, Span, Statement
from ..world import World

CheckFn = Callable[[World, "RuleDef"], Iterable[Diagnostic]]
KINDS: dict[str, CheckFn] = {}


def kind(name: str):
    """Register a check function as the implementation of a rule kind."""

    def register(fn: CheckFn) -> CheckFn:
        if name in KINDS:
            raise ValueError(f"rule kind {name!r} registered twice")
        KINDS[name] = fn
        return fn

    return register


def diagnostic(rule, span: Span, related: list[tuple[Span, str]] = (), key: tuple = (), **values) -> Diagnostic:
    """Build a diagnostic from a rule's message template."""
    return Diagnostic(
        rule=rule.id, severity=Severity(rule.severity), message=rule.format(**values), span=span,
        related=[Related(s, m) for s, m in related if s != span], key=tuple(str(k) for k in key))


# ------------------------------------------------- how far a fact can be trusted

STRUCTURED = {Origin.INFOBOX, Origin.FRONT_MATTER}  # fields, not prose
LIFE_EVENTS = {"birth", "death", "marriage", "widowed"}


def precision(when) -> str:
    """"day", "month" or "year" of a date, or of the coarser end of a range."""
    return getattr(when, "precision", None) or min(
        (getattr(v, "precision", "year") for v in (when.start, when.end) if v), default="year")


def loose_against_exact(s: Statement, reference: Statement) -> bool:
    """A bare year in prose against a full date: the year usually belongs to another clause.

    Not so for a life's events: "he died in 1764" is how prose dates a death.
    """
    return (s.origin not in STRUCTURED and s.predicate not in LIFE_EVENTS
            and precision(s.date) == "year" and precision(reference.date) == "day")


def person_like(name: str) -> bool:
    """People have names without unit words and digits: "6th Army" or "Infantry" is not a person."""
    words = name.replace("-", " ").split()
    if not words or any(c.isdigit() for c in name) or name.isupper():
        return False
    group = set(vocabulary.load("sections")["group_words"])
    return not any(w.casefold() in group for w in words)


def run_checks(world: World, rules: Iterable) -> Iterator[Diagnostic]:
    for rule in rules:
        yield from KINDS[rule.kind](world, rule)


def _load_all() -> None:
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")


_load_all()
