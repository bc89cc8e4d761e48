"""Time lorecheck on every hostile document, one fresh process per file, slowest first.

    python3 bench/hostile.py [--work DIR]

The small hostile files live in fixtures/hostile/; the large ones (10 MB
files, 1 MB lines, 2 MB tokens, deep nesting) are written by
fixtures/hostile/generate.py into --work (default: a temporary folder). Each
file is checked with `--no-cache --format json`; the table shows wall time,
exit code, whether the report is valid JSON, and the source-errors reported
(a file given up after the per-file time budget says so there).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HOSTILE = REPO / "fixtures" / "hostile"
sys.path.insert(0, str(HOSTILE))

from generate import generate  # noqa: E402


def run(path: Path) -> tuple[float, int, bool, list[str]]:
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "lorecheck", "--no-cache", "--format", "json", str(path)],
                          capture_output=True, timeout=600)
    elapsed = time.monotonic() - start
    try:
        report = json.loads(proc.stdout)
        errors = [d["message"][:60] for d in report["diagnostics"] if d["rule"] == "source-error"]
        valid = b"Traceback" not in proc.stderr
    except (ValueError, KeyError):
        errors, valid = [], False
    return elapsed, proc.returncode, valid, errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", help="folder for the large generated files (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.work or tmp)
        files = sorted(p for p in HOSTILE.iterdir() if p.is_file() and p.suffix != ".py") + generate(work)
        rows = [(p, p.stat().st_size / 2**20, *run(p)) for p in files]
    rows.sort(key=lambda r: -r[2])
    print(f"{'file':32} {'MiB':>7} {'wall s':>7} {'exit':>4} {'json':>5}  source-errors")
    for path, size, wall, code, valid, errors in rows:
        print(f"{path.name[:32]:32} {size:7.2f} {wall:7.2f} {code:4d} {'ok' if valid else 'BAD':>5}  "
              f"{'; '.join(errors)}")
    bad = [r for r in rows if not r[4] or r[3] not in (0, 1)]
    print(f"\n{len(rows)} hostile files, slowest {rows[0][0].name} in {rows[0][2]:.2f} s, "
          f"{len(bad)} without a sane report")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
