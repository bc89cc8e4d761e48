"""The JSON report (`--format json`): one object, DESIGN.md's contract."""
from __future__ import annotations

import json

from .. import __version__


def render(result) -> str:
    """The report as report/models.py's ReportModel dumps it (`model_dump_json(indent=1)`), written by the json
    module when every value is plainly of its field's type (str, int): importing pydantic costs more than
    reading a small file, and a commit hook asking for JSON should not pay it. Anything else (a value pydantic
    would convert or reject, a string json could not encode) goes through the model, as before; the test of
    this module holds the two texts equal."""
    plain = _plain(result.diagnostics, result.files)
    if plain is not None:
        text = json.dumps(plain, indent=1, ensure_ascii=False)
        try:
            text.encode("utf-8")  # (a lone surrogate, from a file name not in UTF-8: the model's to word)
            return text + "\n"
        except UnicodeEncodeError:
            pass
    from .models import to_model

    return to_model(result.diagnostics, result.files).model_dump_json(indent=1) + "\n"


_SEVERITIES = ("error", "warning", "info")


def _plain(diagnostics, files) -> dict | None:
    """The report's data in the model's field order, or None when a value is not exactly its field's type."""
    strs = lambda *xs: all(type(x) is str for x in xs)  # noqa: E731
    ints = lambda *xs: all(type(x) is int for x in xs)  # noqa: E731
    items = []
    for d in diagnostics:
        s = d.span
        severity = d.severity.value
        if not (strs(d.rule, severity, d.message, s.path) and severity in _SEVERITIES
                and ints(s.line, s.column, s.end_line, s.end_column)):
            return None
        related = []
        for r in d.related:
            if not (strs(r.span.path, r.message) and ints(r.span.line, r.span.column)):
                return None
            related.append({"path": r.span.path, "line": r.span.line, "column": r.span.column, "message": r.message})
        items.append({"rule": d.rule, "severity": severity, "message": d.message, "path": s.path,
                      "line": s.line, "column": s.column, "end_line": s.end_line, "end_column": s.end_column,
                      "related": related})
    if not ints(files):
        return None
    count = lambda sev: sum(1 for d in diagnostics if d.severity.value == sev)  # noqa: E731
    return {"version": 1, "tool": {"name": "lorecheck", "version": __version__}, "diagnostics": items,
            "summary": {"files": files, "errors": count("error"), "warnings": count("warning"), "infos": count("info")}}
