"""The JSON report contract (DESIGN.md), as pydantic models."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from .. import __version__


class RelatedModel(BaseModel):
    path: str
    line: int
    column: int
    message: str


class DiagnosticModel(BaseModel):
    rule: str
    severity: Literal["error", "warning", "info"]
    message: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    related: list[RelatedModel] = Field(default_factory=list)


class ToolModel(BaseModel):
    name: str = "lorecheck"
    version: str = __version__


class SummaryModel(BaseModel):
    files: int
    errors: int
    warnings: int
    infos: int = 0


class ReportModel(BaseModel):
    version: Literal[1] = 1
    tool: ToolModel = Field(default_factory=ToolModel)
    diagnostics: list[DiagnosticModel]
    summary: SummaryModel


def to_model(diagnostics, files: int) -> ReportModel:
    items = [
        DiagnosticModel(
            rule=d.rule, severity=d.severity.value, message=d.message, path=d.span.path,
            line=d.span.line, column=d.span.column, end_line=d.span.end_line, end_column=d.span.end_column,
            related=[RelatedModel(path=r.span.path, line=r.span.line, column=r.span.column, message=r.message)
                     for r in d.related])
        for d in diagnostics
    ]
    count = lambda sev: sum(1 for d in diagnostics if d.severity.value == sev)  # noqa: E731
    return ReportModel(diagnostics=items, summary=SummaryModel(
        files=files, errors=count("error"), warnings=count("warning"), infos=count("info")))
