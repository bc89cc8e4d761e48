"""Suppression comments: `lorecheck: disable-next-line RULE -- reason` and friends.

Read straight from the document text with one regex, so they work the same
in every format: an HTML comment `<!-- lorecheck: ... -->` (Markdown,
wikitext, and text pasted from a wiki), or, in plain text, a line of its
own starting with `# lorecheck: ...`.

    disable-next-line RULE[,RULE] [-- reason]   the line after the comment
    disable RULE ... enable RULE                 the lines between (to the end of file without enable)
    disable-file RULE                            the whole file

RULE is a rule name, a short code, or `all`. A finding is suppressed when
its primary line is covered; a directive that suppresses nothing is itself
reported (`unused-suppression`), so stale comments do not pile up.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .model import line_starts

ACTIONS = ("disable-next-line", "disable-file", "disable", "enable")

# bounded so that an unclosed comment costs a constant, not the rest of a 10 MB file
_HTML = re.compile(r"<!--[ \t]*lorecheck:(.{0,2000}?)-->", re.S)
_HASH = re.compile(r"^[ \t]*#[ \t]*lorecheck:([^\r\n]*)", re.M)


@dataclass(slots=True)
class Directive:
    action: str  # one of ACTIONS, or "" when the comment could not be read
    rules: tuple[str, ...]  # as written ("all", names, codes)
    line: int  # where the comment starts
    column: int
    end_line: int  # where the comment ends
    reason: str = ""
    problem: str = ""  # why the directive is malformed, if it is
    first: int = 0  # lines covered, filled in by `ranges`
    last: int = 0
    used: bool = field(default=False)


def _parse(body: str) -> tuple[str, tuple[str, ...], str, str]:
    body, _, reason = body.partition("--")
    words = body.replace(",", " ").split()
    if not words:
        return "", (), reason.strip(), "empty lorecheck directive"
    action, rules = words[0].lower(), tuple(words[1:])
    if action not in ACTIONS:
        return "", rules, reason.strip(), f"unknown lorecheck directive {words[0]!r} (use {', '.join(ACTIONS)})"
    if not rules:
        return action, rules, reason.strip(), f"{action} needs a rule name, a code or 'all'"
    return action, rules, reason.strip(), ""


def directives(path: str, text: str, fmt: str | None = None) -> list[Directive]:
    """Every suppression comment in a document, with the lines each one covers."""
    if "lorecheck:" not in text:  # the common case costs one scan
        return []
    starts = line_starts(text)

    def pos(offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, offset) - 1
        return i + 1, offset - starts[i] + 1

    found: list[tuple[int, int, int, str]] = []
    for m in _HTML.finditer(text):
        line, col = pos(m.start())
        found.append((line, col, pos(m.end() - 1)[0], m.group(1)))
    if fmt in (None, "text") or path.lower().endswith(".txt"):
        for m in _HASH.finditer(text):
            line, col = pos(m.start())
            found.append((line, col, line, m.group(1)))
    found.sort()
    out = []
    for line, col, end_line, body in found:
        action, rules, reason, problem = _parse(body)
        out.append(Directive(action, rules, line, col, end_line, reason, problem))
    _ranges(out, len(starts))
    return out


def _ranges(items: list[Directive], line_count: int) -> None:
    """Fill in the lines each directive covers; `enable` closes the matching open `disable`s."""
    open_: list[Directive] = []
    for d in items:
        if d.action == "disable-next-line":
            d.first = d.last = d.end_line + 1
        elif d.action == "disable-file":
            d.first, d.last = 1, max(line_count, 1)
        elif d.action == "disable":
            d.first, d.last = d.end_line + 1, max(line_count, 1)
            open_.append(d)
        elif d.action == "enable":
            names = {r.lower() for r in d.rules}
            for o in open_:
                if o.last == max(line_count, 1) and ({r.lower() for r in o.rules} & names or "all" in names):
                    o.last = d.line - 1
                    d.used = True  # an enable that closes something is doing its job
            if not d.used:
                d.problem = d.problem or f"enable {', '.join(d.rules)} without a matching disable"


def covers(d: Directive, rule_id: str, rule_code: str | None, line: int) -> bool:
    if not d.action or d.action == "enable" or d.problem:
        return False
    if not d.first <= line <= d.last:
        return False
    names = {r.lower() for r in d.rules}
    return "all" in names or rule_id.lower() in names or bool(rule_code and rule_code.lower() in names)
