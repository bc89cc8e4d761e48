"""Configuration: `[tool.lorecheck]` in pyproject.toml, or lorecheck.toml / .lorecheck.toml.

Validated by pydantic; command-line options override it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    include: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, Literal["error", "warning", "info"]] = Field(default_factory=dict)
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict, alias="per-file-ignores")
    fail_on: Literal["error", "warning"] = Field("error", alias="fail-on")
    world: list[str] = Field(default_factory=list)
    aliases: dict[str, list[str]] = Field(default_factory=dict)
    sides: list[list[str]] = Field(default_factory=list)
    rules: list[str] = Field(default_factory=list)  # extra rule folders
    vocabulary: list[str] = Field(default_factory=list)  # extra vocabulary folders

    root: Path | None = Field(default=None, exclude=True)  # the folder the configuration came from
