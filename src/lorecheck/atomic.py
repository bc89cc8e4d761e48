"""One way to write into the cache folder: readers only ever see whole files.

Concurrent runs share the cache folder; a file is written to a temporary
name beside its target and renamed into place, so a reader finds the old
file, the new one or none, never a torn one.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(target: Path, data: bytes) -> None:
    """Write `data` to `target` through a temporary file and a rename; OS errors propagate."""
    def write(tmp: str) -> None:
        with open(tmp, "wb") as f:
            f.write(data)

    replace_atomic(target, write)


def replace_atomic(target: Path, write) -> None:
    """Have `write(temporary path)` make the new file (a library that writes files itself:
    SQLite), then rename it into place; a failure removes it and propagates."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
