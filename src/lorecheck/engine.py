"""The run: files -> documents -> facts -> World -> checks -> filtered diagnostics.

The only place where the pipeline stages meet. A file that cannot be read
becomes a `source-error` diagnostic and never stops the other files.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config
from .model import Diagnostic, DocumentFacts, Severity, Span

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".wiki", ".wikitext", ".mediawiki")


@dataclass
class LintResult:
    diagnostics: list[Diagnostic]
    files: int
    facts: list[DocumentFacts] = field(default_factory=list)

    def exit_code(self, fail_on: str = "error") -> int:
        threshold = Severity(fail_on).rank
        return 1 if any(d.severity.rank >= threshold for d in self.diagnostics) else 0


def collect_files(paths: list[str]) -> tuple[list[str], list[Diagnostic]]:
    """Documents under the given paths: folders recursively (hidden ones skipped), named files always."""
    files: list[str] = []
    problems: list[Diagnostic] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            files.append(path)

    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith(".") or not name.lower().endswith(DOCUMENT_SUFFIXES):
                        continue
                    full = os.path.join(root, name)
                    if os.path.isfile(full):
                        add(full)
        elif os.path.exists(p):
            add(p)
        else:
            problems.append(source_error(p, "no such file or directory"))
    return files, problems


def source_error(path: str, message: str, line: int | None = None, column: int | None = None,
                 severity: str = "error") -> Diagnostic:
    line = line or 1
    column = column or 1
    return Diagnostic(rule="source-error", severity=Severity(severity), message=message,
                      span=Span(path, line, column, line, column))


def extract_file(path: str, data: bytes | None = None) -> DocumentFacts:
    """One file to facts; any failure becomes a source-error fact, never an exception."""
    from .extract import extract
    from .sources import SourceError, read_document

    try:
        doc = read_document(path, data)
        return extract(doc)
    except SourceError as exc:
        facts = DocumentFacts(path=path, format="unknown")
        facts.errors.append(source_error(path, exc.message, exc.line, exc.column, exc.severity))
        return facts
    except RecursionError:
        facts = DocumentFacts(path=path, format="unknown")
        facts.errors.append(source_error(path, "document nesting too deep to read"))
        return facts
    except Exception as exc:  # a bug of ours must not cost the user the other files
        facts = DocumentFacts(path=path, format="unknown")
        facts.errors.append(source_error(path, f"internal error while reading this file "
                                               f"({type(exc).__name__}: {exc}); please report it"))
        return facts


def lint(paths: list[str], config: Config | None = None) -> LintResult:
    from .checks import run_checks
    from .rules import load_rules
    from .world import World

    config = config or Config()
    files, problems = collect_files(paths)
    facts = [extract_file(f) for f in files]
    rules = active_rules(load_rules(tuple(Path(r) for r in config.rules)), config)
    world = World(facts, aliases=config.aliases, sides=config.sides)
    diagnostics = list(problems) + list(run_checks(world, rules.values()))
    for d in diagnostics:
        if d.rule in config.severity:
            d.severity = Severity(config.severity[d.rule])
    diagnostics = dedupe(diagnostics)
    diagnostics.sort(key=Diagnostic.sort_key)
    return LintResult(diagnostics, len(files), facts)


def active_rules(rules: dict, config: Config) -> dict:
    from .rules import find_rule

    def ids(names):
        out = set()
        for n in names:
            r = find_rule(rules, n)
            out.add(r.id if r else n)
        return out

    selected = ids(config.select) if config.select else set(rules)
    ignored = ids(config.ignore)
    return {k: r for k, r in rules.items() if k in selected and k not in ignored}


def dedupe(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    seen = set()
    out = []
    for d in diagnostics:
        k = (d.rule, d.span, d.message)
        if k not in seen:
            seen.add(k)
            out.append(d)
    return out
