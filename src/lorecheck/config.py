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
import time
from functools import lru_cache
from pathlib import Path

CONFIG_NAMES = ("lorecheck.toml", ".lorecheck.toml", "pyproject.toml")
DEFAULT_TIME_BUDGET = 5.0  # seconds of extraction per file before it is given up as pathological
# the budget counts the CPU time of the extracting thread, not the wall clock: on a machine loaded by other
# work a file gets the same reading it gets on a quiet one, and the findings do not depend on the load
extraction_clock = time.thread_time

_SEVERITIES = ("error", "warning", "info")
_FAIL_ON = ("error", "warning")


def _list_of_str(v) -> bool:
    return type(v) is list and all(type(x) is str for x in v)


# name -> (key as written in TOML, default factory, strict shape check of a value)
_FIELDS = {
    "include": ("include", list, _list_of_str),  # globs: only matching files are read from folders
    "exclude": ("exclude", list, _list_of_str),  # globs never read (besides the root .gitignore)
    "select": ("select", list, _list_of_str),
    "ignore": ("ignore", list, _list_of_str),
    "severity": ("severity", dict,
                 lambda v: type(v) is dict and all(type(x) is str and x in _SEVERITIES for x in v.values())),
    "per_file_ignores": ("per-file-ignores", dict,
                         lambda v: type(v) is dict and all(_list_of_str(x) for x in v.values())),
    "fail_on": ("fail-on", lambda: "error", lambda v: type(v) is str and v in _FAIL_ON),
    "world": ("world", list, _list_of_str),  # folders always loaded as context
    "aliases": ("aliases", dict, lambda v: type(v) is dict and all(_list_of_str(x) for x in v.values())),
    "sides": ("sides", list, lambda v: type(v) is list and all(_list_of_str(x) for x in v)),
    "rules": ("rules", list, _list_of_str),  # extra rule folders
    "vocabulary": ("vocabulary", list, _list_of_str),  # extra vocabulary folders
    "allow_outside_root": ("allow-outside-root", lambda: False, lambda v: type(v) is bool),
    # seconds of extraction per file before it is given up with a source-error (pathological input)
    "time_budget": ("time-budget", lambda: DEFAULT_TIME_BUDGET, lambda v: type(v) is float and 0 < v < 1e6),
}
_BY_KEY = {**{name: name for name in _FIELDS}, **{key: name for name, (key, _, _) in _FIELDS.items()}}


def _copy(value):
    """Values of a strict-checked table, detached from the parsed TOML (lists and maps of str)."""
    if type(value) is list:
        return [_copy(x) for x in value]
    if type(value) is dict:
        return {k: _copy(x) for k, x in value.items()}
    return value


class Config:
    """The settings in force. A plain class: a run never pays for building a pydantic model.

    Values are checked on the way in (`_validated`): data of exactly the expected
    shape is taken as it is; anything else goes through the pydantic model, so a
    typo is reported with pydantic's wording, naming the file and the key.
    """

    __slots__ = (*_FIELDS, "root", "source")
    model_fields = dict.fromkeys(_FIELDS)  # the setting names (what tools look up to see what is supported)

    def __init__(self, root: Path | None = None, source: Path | None = None, **values):
        """Settings by TOML key or name; raises pydantic's ValidationError (a ValueError) on bad values."""
        self._set(_validated(values))
        self.root = Path(root) if root is not None else None  # the folder the configuration came from
        self.source = Path(source) if source is not None else None  # the file it was read from

    def _set(self, values: dict) -> None:
        for name, (_, default, _) in _FIELDS.items():
            setattr(self, name, values[name] if name in values else default())

    @classmethod
    def model_validate(cls, data: dict) -> "Config":
        """Like pydantic's: every key of `data` is a setting (raises pydantic's ValidationError if not)."""
        config = cls.__new__(cls)
        config._set(_validated(data))
        config.root = config.source = None
        return config

    def model_dump(self, mode: str = "python") -> dict:
        """The settings by name (root and source left out), as pydantic's model_dump gave them."""
        return {name: _copy(getattr(self, name)) for name in _FIELDS}

    def __eq__(self, other) -> bool:
        if not isinstance(other, Config):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    def __repr__(self) -> str:
        return "Config(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in _FIELDS) + ")"

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


def _validated(data: dict) -> dict:
    """Settings by name from `data` (TOML keys or names); raises pydantic's ValidationError when invalid.

    Why two paths: importing pydantic and building the model costs more than a
    whole small run. Data that passes the strict check below is what pydantic
    would return unchanged; everything else (unknown keys, other types that
    pydantic may coerce or reject) is pydantic's to judge and word.
    """
    out = {}
    for key, value in data.items():
        name = _BY_KEY.get(key)
        if name is None or name in out or not _FIELDS[name][2](value):
            break
        out[name] = _copy(value)
    else:
        return out
    model = _pydantic_model().model_validate(data)
    return {name: getattr(model, name) for name in _FIELDS}


@lru_cache(maxsize=1)
def _pydantic_model():
    """The pydantic model that judges and words invalid configuration (built only when needed)."""
    from typing import Literal  # here: typing is not imported by a run that never builds the model

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
        rules: list[str] = Field(default_factory=list)
        vocabulary: list[str] = Field(default_factory=list)
        allow_outside_root: bool = Field(False, alias="allow-outside-root")
        time_budget: float = Field(DEFAULT_TIME_BUDGET, alias="time-budget", gt=0, lt=1e6)

        root: Path | None = Field(default=None, exclude=True)
        source: Path | None = Field(default=None, exclude=True)

    return Config


class ConfigError(Exception):
    """A configuration problem, already worded for the user (one line per problem)."""


# ------------------------------------------------------------------ discovery


# Where a pyproject.toml could hold tool.lorecheck: the dotted key (`[tool.lorecheck]`, `tool . "lorecheck" =`),
# a `[tool]` table or a `tool = {...}` inline table. Text with none of these (a project that only names
# lorecheck, `lorecheck = "lorecheck.cli:main"`) cannot have the section; the TOML parser decides the rest.
_MAYBE_TOOL_SECTION = re.compile(
    r"""tool["']?\s*\.\s*["']?lorecheck|^\s*\[\s*["']?tool["']?\s*\]|(?:^|[{,])\s*["']?tool["']?\s*=""", re.M)


def _has_tool_section(pyproject: Path) -> bool:
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    if "\\u" not in text and "\\U" not in text and ("lorecheck" not in text or not _MAYBE_TOOL_SECTION.search(text)):
        return False  # the key cannot be there (not even escaped): no need to import and run the TOML parser
    import tomllib

    try:
        return "lorecheck" in tomllib.loads(text).get("tool", {})
    except tomllib.TOMLDecodeError:
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


def _format_errors(path: Path, exc) -> str:
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
    import tomllib  # here: a run without a configuration file never needs it

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
    except ValueError as exc:  # pydantic's ValidationError, imported only when data is not plainly valid
        if not callable(getattr(exc, "errors", None)):
            raise
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
