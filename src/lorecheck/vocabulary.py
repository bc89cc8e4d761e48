"""Vocabulary and rule data shipped in `rules/` (and extra folders from configuration).

Data, not code: field names, predicate words, demonyms, template layouts.
Files are YAML loaded in safe mode and cached per process. Extra folders
(configuration `vocabulary = [...]`) are merged over the shipped data: maps
are merged key by key, lists are extended.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path


def _safe_load(text: str):
    import yaml  # here, not at the top: a run that reuses stored findings reads no YAML at all

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # C loader when built, same safety


_extra_folders: list[Path] = []


def rules_dir() -> Path:
    """The shipped `rules/` folder: inside the installed package, or the checkout's."""
    packaged = Path(__file__).with_name("rules")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def set_extra_folders(folders: list[Path]) -> None:
    """Vocabulary folders from configuration, merged over the shipped data."""
    global _extra_folders
    if list(folders) != _extra_folders:
        _extra_folders = list(folders)
        load.cache_clear()


def _merge(base, extra):
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [x for x in extra if x not in base]
    return extra


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The merged content of `vocabulary/<name>.yaml`."""
    data = _safe_load((rules_dir() / "vocabulary" / f"{name}.yaml").read_text(encoding="utf-8")) or {}
    for folder in _extra_folders:
        path = folder / f"{name}.yaml"
        if path.is_file():
            data = _merge(data, _safe_load(path.read_text(encoding="utf-8")) or {})
    return data


def fingerprint() -> str:
    """Hash of all vocabulary and rule data in force (part of the cache key)."""
    h = hashlib.sha256()
    for folder in [rules_dir(), *_extra_folders]:
        for path in sorted(folder.rglob("*.yaml")):
            h.update(str(path.relative_to(folder)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]
