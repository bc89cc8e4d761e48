"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, with
GitHub's escaping (% \\r \\n in the message, and also : and , in properties).
Errors come first because GitHub shows only the first annotations of a step.
When GITHUB_STEP_SUMMARY is set, a Markdown table of every finding is
appended to that file: the job summary lists what annotations truncate.
"""
from __future__ import annotations

import os

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _ordered(diagnostics):
    return sorted(diagnostics, key=lambda d: -d.severity.rank)  # stable: keeps path/line order within a severity


def annotation(d) -> str:
    s = d.span
    props = {"file": s.path, "line": s.line, "col": s.column, "endLine": max(s.end_line, s.line),
             "endColumn": s.end_column if s.end_line > s.line else max(s.end_column, s.column),
             "title": f"lorecheck {d.rule}"}
    message = d.message + "".join(f"\n{r.span.path}:{r.span.line}:{r.span.column}: {r.message}" for r in d.related)
    head = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
    return f"::{COMMAND[d.severity.value]} {head}::{escape_data(message)}"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def summary_table(diagnostics) -> str:
    lines = ["## lorecheck", ""]
    if not diagnostics:
        return "\n".join(lines + ["No findings.", ""]) + "\n"
    lines += ["| Severity | Location | Rule | Message |", "| --- | --- | --- | --- |"]
    for d in _ordered(diagnostics):
        where = f"{d.span.path}:{d.span.line}:{d.span.column}"
        lines.append(f"| {d.severity.value} | `{_cell(where)}` | {_cell(d.rule)} | {_cell(d.message)} |")
    return "\n".join(lines) + "\n\n"


def render(result) -> str:
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        try:
            with open(summary, "a", encoding="utf-8") as f:
                f.write(summary_table(result.diagnostics))
        except OSError:
            pass  # the annotations still go out; a missing summary file is the runner's business
    lines = [annotation(d) for d in _ordered(result.diagnostics)]
    return "\n".join(lines) + ("\n" if lines else "")
