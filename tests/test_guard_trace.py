"""tools/guard_trace.py: the checks' guards that drop a candidate are recorded, one JSON line each, and the
report is the same as without the trace."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import REPO

FOLDER = REPO / "fixtures" / "misreadings" / "cross-document-payee-unsaid" / "good"


def _run(tmp_path, trace: bool) -> str:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    lint = ["--no-cache", "--format", "json", str(FOLDER)]
    command = [str(REPO / "tools" / "guard_trace.py"), str(tmp_path / "guards.jsonl")] if trace else ["-m", "lorecheck"]
    done = subprocess.run([sys.executable, *command, *lint], env=env, capture_output=True, text=True, cwd=tmp_path)
    return done.stdout


def test_the_trace_records_guards_and_changes_no_finding(tmp_path):
    assert _run(tmp_path, trace=True) == _run(tmp_path, trace=False)
    records = [json.loads(line) for line in (tmp_path / "guards.jsonl").read_text().splitlines()]
    # the Free City of Tamm's sum meets the lone payer's sentence, and the payments guard drops it
    dropped = [r for r in records if r["guard"].startswith("cross_document:cross_document_payments:")]
    assert dropped and all(len(r["facts"]) >= 2 for r in dropped)
