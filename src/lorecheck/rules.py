"""Rule definitions: YAML files in `rules/` (and users' rule folders), checked as pydantic models would be.

A rule instantiates one rule kind (a module in `checks/`) with an id, a
default severity, parameters, a message, documentation and good/bad
examples. The same definitions drive the engine, `lorecheck rules`,
`lorecheck rule NAME`, SARIF rule metadata, and the generic example test.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .vocabulary import read_yaml, rules_dir

TYPE_CHECKING = False  # typing itself costs a cold run ~5 ms; its names are only needed by type checkers here
if TYPE_CHECKING:
    from typing import Any, Literal

# Rule files are read on every run that checks anything; pydantic (import and model
# building) would cost more than the rest of a small run. Definitions are plain
# objects here; a file whose data is not plainly valid is judged and worded by
# the pydantic models in `_pydantic_models`, exactly as before.


class Finding:
    """Where an example's finding must be: its line, maybe column, and the lines of its notes."""

    __slots__ = ("line", "column", "related_lines")

    def __init__(self, line: int, column: int | None = None, related_lines: list[int] | None = None):
        self.line = line
        self.column = column
        self.related_lines = [] if related_lines is None else related_lines

    def __repr__(self) -> str:
        return f"Finding(line={self.line!r}, column={self.column!r}, related_lines={self.related_lines!r})"


class Example:
    """A small document on which the rule must fire (bad) or stay silent (good)."""

    __slots__ = ("name", "expect", "format", "text", "findings")

    def __init__(self, name: str, expect: Literal["bad", "good"], text: str,
                 format: Literal["text", "markdown", "wikitext"] = "text", findings: list[Finding] | None = None):
        self.name = name
        self.expect = expect
        self.format = format
        self.text = text
        self.findings = [] if findings is None else findings

    def __repr__(self) -> str:
        return f"Example(name={self.name!r}, expect={self.expect!r}, format={self.format!r})"


class Docs:
    __slots__ = ("what", "why", "fix")

    def __init__(self, what: str, why: str, fix: str):
        self.what = what
        self.why = why
        self.fix = fix


class RuleDef:
    """One rule: a rule kind instantiated with an id, severity, parameters, message and documentation."""

    __slots__ = ("id", "code", "kind", "severity", "summary", "message", "params", "docs", "examples", "source")

    def __init__(self, id: str, kind: str, severity: Literal["error", "warning", "info"], summary: str,
                 message: str, docs: Docs, code: str | None = None, params: dict[str, Any] | None = None,
                 examples: list[Example] | None = None, source: str = ""):
        self.id = id
        self.code = code
        self.kind = kind
        self.severity = severity
        self.summary = summary
        self.message = message
        self.params = {} if params is None else params
        self.docs = docs
        self.examples = [] if examples is None else examples
        self.source = source  # the file it was read from

    def __repr__(self) -> str:
        return f"RuleDef(id={self.id!r}, kind={self.kind!r}, severity={self.severity!r}, source={self.source!r})"

    def format(self, **values) -> str:
        return self.message.format_map(_Missing(values))


class _Missing(dict):
    def __missing__(self, key):
        return "{" + key + "}"


class RuleFileError(Exception):
    def __init__(self, path: Path, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


# ----------------------------------------------------------------- validation

_ID = re.compile(r"[a-z][a-z0-9-]*")
_RULE_KEYS = frozenset(RuleDef.__slots__) - {"source"}


def _is_str(v) -> bool:
    return type(v) is str


def _plain_finding(d) -> Finding | None:
    if type(d) is not dict or not d.keys() <= {"line", "column", "related_lines"}:
        return None
    line, column, related = d.get("line"), d.get("column"), d.get("related_lines", [])
    if type(line) is not int or (column is not None and type(column) is not int) \
            or type(related) is not list or any(type(n) is not int for n in related):
        return None
    return Finding(line, column, list(related))


def _plain_example(d) -> Example | None:
    if type(d) is not dict or not d.keys() <= {"name", "expect", "format", "text", "findings"}:
        return None
    fmt, findings = d.get("format", "text"), d.get("findings", [])
    if not (_is_str(d.get("name")) and d.get("expect") in ("bad", "good") and _is_str(d["expect"])
            and _is_str(fmt) and fmt in ("text", "markdown", "wikitext") and _is_str(d.get("text"))
            and type(findings) is list):
        return None
    plain = [_plain_finding(f) for f in findings]
    if any(f is None for f in plain):
        return None
    return Example(d["name"], d["expect"], d["text"], fmt, plain)


def _plain_rule(data: dict, source: str) -> RuleDef | None:
    """The rule when `data` is exactly of the expected shape (what pydantic would accept unchanged), else None."""
    if not data.keys() <= _RULE_KEYS:
        return None
    docs, params, examples = data.get("docs"), data.get("params", {}), data.get("examples", [])
    code = data.get("code")
    if not (_is_str(data.get("id")) and _ID.fullmatch(data["id"]) and (code is None or _is_str(code))
            and _is_str(data.get("kind")) and _is_str(data.get("severity"))
            and data["severity"] in ("error", "warning", "info")
            and _is_str(data.get("summary")) and _is_str(data.get("message"))
            and type(params) is dict and all(_is_str(k) for k in params)
            and type(docs) is dict and docs.keys() == {"what", "why", "fix"} and all(map(_is_str, docs.values()))
            and type(examples) is list):
        return None
    plain = [_plain_example(e) for e in examples]
    if any(e is None for e in plain):
        return None
    return RuleDef(data["id"], data["kind"], data["severity"], data["summary"], data["message"],
                   Docs(docs["what"], docs["why"], docs["fix"]), code, dict(params), plain, source)


@lru_cache(maxsize=1)
def _pydantic_models():
    """The pydantic model of a rule file: the judge of data that is not plainly valid (built only then)."""
    from typing import Any, Literal  # noqa: F811 (the models' annotations are resolved here, at run time)

    from pydantic import BaseModel, ConfigDict, Field

    class Finding(BaseModel):
        model_config = ConfigDict(extra="forbid")
        line: int
        column: int | None = None
        related_lines: list[int] = Field(default_factory=list)

    class Example(BaseModel):
        model_config = ConfigDict(extra="forbid")
        name: str
        expect: Literal["bad", "good"]
        format: Literal["text", "markdown", "wikitext"] = "text"
        text: str
        findings: list[Finding] = Field(default_factory=list)

    class Docs(BaseModel):
        model_config = ConfigDict(extra="forbid")
        what: str
        why: str
        fix: str

    class RuleDef(BaseModel):
        model_config = ConfigDict(extra="forbid")
        id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
        code: str | None = None
        kind: str
        severity: Literal["error", "warning", "info"]
        summary: str
        message: str
        params: dict[str, Any] = Field(default_factory=dict)
        docs: Docs
        examples: list[Example] = Field(default_factory=list)
        source: str = ""

    for model in (Finding, Example, Docs, RuleDef):
        model.__qualname__ = model.__name__  # messages name `lorecheck.rules.RuleDef()`, as they always did
    return RuleDef


def _validated_rule(data: dict, source: str) -> RuleDef:
    """Through pydantic: raises its ValidationError, or TypeError for keys that cannot be arguments."""
    m = _pydantic_models()(**data, source=source)
    return RuleDef(m.id, m.kind, m.severity, m.summary, m.message, Docs(m.docs.what, m.docs.why, m.docs.fix),
                   m.code, m.params,
                   [Example(e.name, e.expect, e.text, e.format,
                            [Finding(f.line, f.column, f.related_lines) for f in e.findings]) for e in m.examples],
                   m.source)


def load_rule_file(path: Path) -> RuleDef:
    try:
        data = read_yaml(path)
    except OSError as exc:
        raise RuleFileError(path, f"cannot read rule file: {exc}") from None
    except Exception as exc:
        import yaml  # imported already if the file was parsed: only then can its error occur

        if not isinstance(exc, yaml.YAMLError):
            raise
        raise RuleFileError(path, f"cannot read rule file: {exc}") from None
    if not isinstance(data, dict):
        raise RuleFileError(path, "a rule file must be a mapping")
    rule = _plain_rule(data, str(path)) if type(data) is dict else None
    if rule is not None:
        return rule
    try:
        return _validated_rule(data, str(path))
    except (ValueError, TypeError) as exc:  # pydantic's ValidationError is a ValueError
        raise RuleFileError(path, str(exc)) from None


@lru_cache(maxsize=8)
def load_rules(extra_folders: tuple[Path, ...] = ()) -> dict[str, RuleDef]:
    """All rules by id: the shipped ones, then users' folders (which may override by id)."""
    rules: dict[str, RuleDef] = {}
    for folder in (rules_dir() / "definitions", *extra_folders):
        for path in sorted(Path(folder).glob("*.yaml")):
            rule = load_rule_file(path)
            rules[rule.id] = rule
    from .checks import KINDS  # the kinds are code; a rule naming an unknown kind is a rule-file error

    for rule in rules.values():
        if rule.kind not in KINDS:
            raise RuleFileError(Path(rule.source), f"unknown rule kind {rule.kind!r} (known: {', '.join(sorted(KINDS))})")
    return rules


def find_rule(rules: dict[str, RuleDef], name: str) -> RuleDef | None:
    """A rule by id or short code."""
    if name in rules:
        return rules[name]
    for rule in rules.values():
        if rule.code and rule.code.lower() == name.lower():
            return rule
    return None
