"""Reporters: diagnostics to text, JSON and the formats CI systems and editors read.

Each format is a module with `render(result) -> str`; `FORMATS` maps the
`--format` names to modules, imported only when used.
"""
from __future__ import annotations

import importlib

FORMATS = {
    "text": "text",
    "json": "json_report",
    "concise": "concise",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
}


def render(fmt: str, result) -> str:
    return importlib.import_module(f"{__name__}.{FORMATS[fmt]}").render(result)


def summary_line(result) -> str:
    """"3 errors, 1 warning in 2 files" (stderr)."""
    def plural(n, word):
        return f"{n} {word}{'' if n == 1 else 's'}"
    errors = sum(1 for d in result.diagnostics if d.severity.value == "error")
    warnings = sum(1 for d in result.diagnostics if d.severity.value == "warning")
    return f"{plural(errors, 'error')}, {plural(warnings, 'warning')} in {plural(result.files, 'file')}"
