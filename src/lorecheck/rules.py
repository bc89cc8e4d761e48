"""Rule definitions: YAML files in `rules/` (and users' rule folders), checked by pydantic.

A rule instantiates one rule kind (a module in `checks/`) with an id, a
default severity, parameters, a message, documentation and good/bad
examples. The same definitions drive the engine, `lorecheck rules`,
`lorecheck rule NAME`, SARIF rule metadata, and the generic example test.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .vocabulary import rules_dir

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when built, same safety


def _safe_load(text: str):
    return yaml.load(text, Loader=_SAFE_LOADER)


class Finding(BaseModel):
    model_config = ConfigDict(extra="forbid")
    line: int
    column: int | None = None
    related_lines: list[int] = Field(default_factory=list)


class Example(BaseModel):
    """A small document on which the rule must fire (bad) or stay silent (good)."""

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
    source: str = ""  # the file it was read from

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


def load_rule_file(path: Path) -> RuleDef:
    try:
        data = _safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RuleFileError(path, f"cannot read rule file: {exc}") from None
    if not isinstance(data, dict):
        raise RuleFileError(path, "a rule file must be a mapping")
    try:
        return RuleDef(**data, source=str(path))
    except (ValidationError, TypeError) as exc:
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
