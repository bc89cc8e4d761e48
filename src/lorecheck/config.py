"""Configuration: `[tool.lorecheck]` in pyproject.toml, or lorecheck.toml / .lorecheck.toml.

Found from the folder of the first path checked upward (the nearest one
wins), or named with `--config`. Validated by pydantic so that a typo is an
exit-2 message naming the file and the key, never a silently ignored
setting; command-line options override it. Paths in it are relative to the
folder it came from (the project root) and must stay inside that root
unless `allow-outside-root = true`.
"""
from __future__ import annotations

import os
import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

CONFIG_NAMES = ("lorecheck.toml", ".lorecheck.toml", "pyproject.toml")


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    include: list[str] = Field(default_factory=list)  # globs: only matching files are read from folders
    exclude: list[str] = Field(default_factory=list)  # globs never read (besides the root .gitignore)
    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, Literal["error", "warning", "info"]] = Field(default_factory=dict)
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict, alias="per-file-ignores")
    fail_on: Literal["error", "warning"] = Field("error", alias="fail-on")
    world: list[str] = Field(default_factory=list)  # folders always loaded as context
    aliases: dict[str, list[str]] = Field(default_factory=dict)
    sides: list[list[str]] = Field(default_factory=list)
    rules: list[str] = Field(default_factory=list)  # extra rule folders
    vocabulary: list[str] = Field(default_factory=list)  # extra vocabulary folders
    allow_outside_root: bool = Field(False, alias="allow-outside-root")

    root: Path | None = Field(default=None, exclude=True)  # the folder the configuration came from
    source: Path | None = Field(default=None, exclude=True)  # the file it was read from

    @property
    def project_root(self) -> Path:
        return self.root or Path.cwd()

    def resolve(self, folder: str) -> Path:
        """A folder named in configuration, relative to the project root."""
        p = Path(folder)
        return p if p.is_absolute() else self.project_root / p

    def relative(self, path: str) -> str:
        """`path` relative to the project root, with forward slashes (what globs match)."""
        try:
            rel = os.path.relpath(os.path.abspath(path), os.path.abspath(self.project_root))
        except ValueError:  # another drive on Windows
            return Path(path).as_posix()
        return Path(rel).as_posix()


class ConfigError(Exception):
    """A configuration problem, already worded for the user (one line per problem)."""


# ------------------------------------------------------------------ discovery


def _has_tool_section(pyproject: Path) -> bool:
    try:
        return "lorecheck" in tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def find_config(start: Path) -> Path | None:
    """The nearest configuration file in `start` (a file's folder, or a folder) or above it."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for d in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            candidate = d / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_section(candidate)):
                return candidate
    return None


# -------------------------------------------------------------------- loading


def _format_errors(path: Path, exc: ValidationError) -> str:
    lines = []
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"]) or "(top level)"
        if err["type"] == "extra_forbidden":
            what = "unknown key"
        elif err["type"] == "literal_error":
            what = f"expected {err['ctx']['expected']}, got {err.get('input')!r}"
        else:
            what = f"{err['msg'].lower()}, got {err.get('input')!r}"
        lines.append(f"{path}: {key}: {what}")
    return "\n".join(lines)


def load_config(path: Path) -> Config:
    """Read and validate one configuration file; raises ConfigError with a readable message."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: configuration is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("lorecheck", {})
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: tool.lorecheck: expected a table")
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_format_errors(path, exc)) from None
    config.root = path.resolve().parent
    config.source = path
    _check_paths(config)
    return config


def _check_paths(config: Config) -> None:
    """Configured folders must exist and stay inside the project root (unless allowed)."""
    root = config.project_root.resolve()
    problems = []
    for key in ("world", "rules", "vocabulary"):
        for folder in getattr(config, key):
            real = config.resolve(folder).resolve()
            if not config.allow_outside_root and real != root and root not in real.parents:
                problems.append(f"{config.source}: {key}: {folder!r} is outside the project root {root} "
                                f"(set allow-outside-root = true to allow it)")
            elif not real.is_dir():
                problems.append(f"{config.source}: {key}: expected a folder, {folder!r} is not one")
    if problems:
        raise ConfigError("\n".join(problems))


def discover(paths: list[str], explicit: str | None = None) -> Config:
    """The configuration in force: `--config`, else the nearest file above the first path, else defaults."""
    if explicit:
        if not Path(explicit).is_file():
            raise ConfigError(f"{explicit}: configuration file not found")
        return load_config(Path(explicit))
    start = Path(paths[0]) if paths and paths[0] != "-" else Path.cwd()
    if not start.exists():
        start = start.parent if str(start.parent) not in ("", ".") and start.parent.exists() else Path.cwd()
    found = find_config(start)
    return load_config(found) if found else Config()


# ---------------------------------------------------------------------- globs


@lru_cache(maxsize=512)
def _glob_regex(pattern: str) -> re.Pattern:
    """A path glob: `**` any folders, `*` and `?` inside one name; no slash matches the name anywhere."""
    pat = pattern.strip()
    anchored = "/" in pat.rstrip("/")
    pat = pat.lstrip("/")
    dir_only = pat.endswith("/")
    pat = pat.rstrip("/")
    out = []
    i = 0
    while i < len(pat):
        if pat.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pat.startswith("**", i):
            out.append(".*")
            i += 2
        elif pat[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pat[i] == "?":
            out.append("[^/]")
            i += 1
        elif pat[i] == "[":
            j = pat.find("]", i + 1)
            if j < 0:
                out.append(re.escape(pat[i]))
                i += 1
            else:
                body = pat[i + 1:j].replace("\\", "\\\\")
                out.append(f"[{'^' + body[1:] if body.startswith('!') else body}]")
                i = j + 1
        else:
            out.append(re.escape(pat[i]))
            i += 1
    prefix = "" if anchored else "(?:.*/)?"
    # a folder pattern matches everything below it; a file pattern also matches a folder of that name
    suffix = "/.*" if dir_only else "(?:/.*)?"
    return re.compile(f"{prefix}{''.join(out)}{suffix}", re.S)


def glob_match(pattern: str, relative_path: str) -> bool:
    return _glob_regex(pattern).fullmatch(relative_path) is not None


def read_gitignore(root: Path) -> list[str]:
    """Patterns of the root .gitignore (negations are not supported and are skipped)."""
    try:
        text = (root / ".gitignore").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith(("#", "!"))]
