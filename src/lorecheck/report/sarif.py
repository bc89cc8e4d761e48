"""SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers).

Rule metadata comes from the rule definitions (summary, docs, fix, default
severity), so the code-scanning page explains a finding the way
`lorecheck rule NAME` does. Paths are relative URIs against %SRCROOT% (the
project root) so results line up with the repository; columns are Unicode
code points, declared with `columnKind`. `partialFingerprints` carry the
baseline fingerprint, which ignores line numbers, so alerts survive edits.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..baseline import fingerprint

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _relative(path: str, root: str) -> str | None:
    rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    return None if rel.startswith("..") or os.path.isabs(rel) else Path(rel).as_posix()


def _artifact(path: str, root: str) -> dict:
    rel = _relative(path, root)
    if rel is None:
        return {"uri": Path(os.path.abspath(path)).as_uri()}
    return {"uri": quote(rel), "uriBaseId": "%SRCROOT%"}


def _location(span, root: str) -> dict:
    return {"physicalLocation": {
        "artifactLocation": _artifact(span.path, root),
        "region": {"startLine": span.line, "startColumn": span.column,
                   "endLine": max(span.end_line, span.line),
                   "endColumn": span.end_column if span.end_line > span.line else max(span.end_column, span.column)}}}


def _rule(rule) -> dict:
    return {"id": rule.id, "name": rule.id, **({"properties": {"code": rule.code}} if rule.code else {}),
            "shortDescription": {"text": rule.summary.strip()},
            "fullDescription": {"text": " ".join(rule.docs.what.split())},
            "help": {"text": " ".join(rule.docs.fix.split())},
            "defaultConfiguration": {"level": LEVEL[rule.severity]}}


def to_sarif(result) -> dict:
    root = getattr(result, "root", ".")
    rules = dict(getattr(result, "rules", {}) or {})
    if any(d.rule not in rules for d in result.diagnostics):
        from ..rules import load_rules

        for rid, rule in load_rules().items():
            rules.setdefault(rid, rule)
    order = sorted(rules)
    index = {rid: i for i, rid in enumerate(order)}
    results = []
    for d in result.diagnostics:
        item = {"ruleId": d.rule, "level": LEVEL[d.severity.value], "message": {"text": d.message},
                "locations": [_location(d.span, root)]}
        if d.rule in index:
            item["ruleIndex"] = index[d.rule]
        if d.related:
            item["relatedLocations"] = [dict(_location(r.span, root), id=i, message={"text": r.message})
                                        for i, r in enumerate(d.related, start=1)]
        rel = _relative(d.span.path, root) or d.span.path
        item["partialFingerprints"] = {"lorecheck/v1": fingerprint(d, rel)}
        results.append(item)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "lorecheck", "version": __version__, "semanticVersion": __version__,
                                "rules": [_rule(rules[rid]) for rid in order]}},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": Path(os.path.abspath(root)).as_uri() + "/"}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(result) -> str:
    return json.dumps(to_sarif(result), ensure_ascii=False, indent=1) + "\n"
