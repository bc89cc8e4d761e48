"""One line per finding, `path:line:col: severity: message [rule]` (no note lines): for grep and quick reads."""
from __future__ import annotations


def render(result) -> str:
    out = []
    for d in result.diagnostics:
        s = d.span
        more = f" (+{len(d.related)} related)" if d.related else ""
        out.append(f"{s.path}:{s.line}:{s.column}: {d.severity.value}: {d.message}{more} [{d.rule}]")
    return "\n".join(out) + ("\n" if out else "")
