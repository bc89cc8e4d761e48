"""gcc-style lines: `path:line:col: severity: message [rule]`, then `note:` lines."""
from __future__ import annotations


def render(result) -> str:
    out = []
    for d in result.diagnostics:
        s = d.span
        out.append(f"{s.path}:{s.line}:{s.column}: {d.severity.value}: {d.message} [{d.rule}]")
        for r in d.related:
            out.append(f"{r.span.path}:{r.span.line}:{r.span.column}: note: {r.message}")
    return "\n".join(out) + ("\n" if out else "")
