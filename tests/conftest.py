"""Shared test helpers: where the outside material lives, and running lorecheck in-process."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "004_5b188884a75c6c09.txt"


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
