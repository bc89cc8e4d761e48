"""Shared test helpers: where the outside material lives, and running lorecheck in-process."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "004_5b188884a75c6c09.txt"


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a lorecheck child process run from another folder: it imports the same
    lorecheck as the tests (a relative PYTHONPATH=src would fall back to whatever is installed)."""
    import lorecheck

    code = str(Path(lorecheck.__file__).resolve().parents[1])
    path = os.pathsep.join(filter(None, [code, os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path, **extra}


def need_shared(path: Path = SHARED) -> Path:
    """Material from ../shared/ is present in CI, not on a user's fresh clone."""
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared/ comes with CI, not with the repository)")
    return path


@pytest.fixture
def run_cli(capsys):
    """Run the CLI in-process: returns (exit code, stdout, stderr)."""
    from lorecheck.cli import main

    def run(*args: str):
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def generate_world(out: Path, files: int, seed: int) -> Path:
    """A small world from the benchmark's generator (bench/generate.py), with planted contradictions."""
    spec = importlib.util.spec_from_file_location("bench_generate", REPO / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(out, files=files, seed=seed, min_kb=2, max_kb=4)
    return out


@pytest.fixture
def restore_parallel_settings():
    """Tests that configure jobs or the cache leave the process as they found it."""
    from lorecheck import parallel

    saved = dict(parallel._settings)
    yield
    parallel._settings.clear()
    parallel._settings.update(saved)
