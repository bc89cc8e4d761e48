"""The JSON report (`--format json`): one object, DESIGN.md's contract."""
from __future__ import annotations

from .models import to_model


def render(result) -> str:
    return to_model(result.diagnostics, result.files).model_dump_json(indent=1) + "\n"
