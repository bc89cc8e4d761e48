"""Baseline: adopt lorecheck on an old world without fixing every finding first.

`--write-baseline FILE` records a fingerprint per finding; `--baseline FILE`
then reports only findings not recorded. A fingerprint hashes the rule, the
path relative to the project root, and the diagnostic's `key` (what the
finding is about: entity, predicate, the values in conflict) — never line
numbers, so editing a page does not resurrect old findings, while a new
contradiction (other values) always has a new fingerprint. Identical
fingerprints are counted, so a second copy of an old mistake is reported.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from .model import Diagnostic

VERSION = 1


class BaselineError(Exception):
    pass


def fingerprint(d: Diagnostic, relative_path: str) -> str:
    about = d.key or (d.message,)  # a check without a key falls back to its message (no line numbers)
    payload = json.dumps([d.rule, relative_path, list(about)], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def write(path: str, diagnostics: list[Diagnostic], relative) -> int:
    counts = Counter(fingerprint(d, relative(d.span.path)) for d in diagnostics)
    data = {"version": VERSION, "tool": "lorecheck", "fingerprints": dict(sorted(counts.items()))}
    Path(path).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return sum(counts.values())


def read(path: str) -> Counter:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc.strerror or exc}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: not a lorecheck baseline (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("fingerprints"), dict):
        raise BaselineError(f"{path}: not a lorecheck baseline (expected version {VERSION} and fingerprints)")
    return Counter({str(k): int(v) for k, v in data["fingerprints"].items()})


def filter_new(diagnostics: list[Diagnostic], known: Counter, relative) -> tuple[list[Diagnostic], int]:
    """The findings not in the baseline, and how many were hidden."""
    left = Counter(known)
    out, hidden = [], 0
    for d in diagnostics:
        fp = fingerprint(d, relative(d.span.path))
        if left[fp] > 0:
            left[fp] -= 1
            hidden += 1
        else:
            out.append(d)
    return out, hidden
