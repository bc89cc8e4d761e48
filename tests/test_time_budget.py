"""The per-file extraction time budget: configurable, reported, and never cached."""
from __future__ import annotations

import shutil

from conftest import REPO

PAGE = REPO / "fixtures" / "example-world" / "war_of_the_reeds.txt"


def test_a_file_past_its_budget_is_a_source_error_and_the_next_run_tries_again(tmp_path, run_cli):
    shutil.copy(PAGE, tmp_path / "page.txt")
    (tmp_path / "lorecheck.toml").write_text("time-budget = 0.000001\n", encoding="utf-8")
    code, out, _ = run_cli("--jobs", "1", str(tmp_path / "page.txt"))
    assert "extraction stopped after 1e-06 s of CPU time" in out and "[source-error]" in out, out

    (tmp_path / "lorecheck.toml").write_text("time-budget = 30.0\n", encoding="utf-8")
    code, out, _ = run_cli("--jobs", "1", str(tmp_path / "page.txt"))
    assert "extraction stopped" not in out and "[invalid-date]" in out, out  # the cut-short facts were not kept


def test_a_bad_budget_names_the_file_and_the_key(tmp_path, run_cli):
    shutil.copy(PAGE, tmp_path / "page.txt")
    (tmp_path / "lorecheck.toml").write_text("time-budget = -1\n", encoding="utf-8")
    code, out, err = run_cli(str(tmp_path / "page.txt"))
    assert code == 2 and "lorecheck.toml" in err and "time-budget" in err, err


def test_the_budget_holds_inside_one_long_paragraph(tmp_path, monkeypatch):
    """A 1 MB one-line paragraph is one block: the reader must stop between its sentences."""
    import itertools

    from lorecheck import config
    from lorecheck.extract import extract
    from lorecheck.sources import read_document

    path = tmp_path / "dump.txt"
    path.write_text("Dump\n\n" + "The fort fell on 3 May 1801 and the town burned. " * 200 + "\n", encoding="utf-8")
    doc = read_document(str(path))
    clock = itertools.chain([0.0] * 8, itertools.repeat(100.0))  # time runs out a few sentences in
    monkeypatch.setattr(config, "extraction_clock", lambda: next(clock))
    facts = extract(doc, budget=5.0)
    [stop] = [e for e in facts.errors if e.rule == "source-error"]
    assert "extraction stopped after 5 s" in stop.message
    assert stop.span.line == 3 and 1 < stop.span.column < 200 * 50  # inside the paragraph, not at its start


def test_a_busy_machine_does_not_cut_a_file_short(tmp_path, monkeypatch):
    """The budget is CPU time: wall time lost to other work on the machine does not count against a file."""
    import itertools
    import time

    from lorecheck.extract import extract
    from lorecheck.sources import read_document

    doc = read_document(str(PAGE))
    wall = itertools.count(0.0, 100.0)  # every look at the wall clock finds 100 s more gone
    monkeypatch.setattr(time, "monotonic", lambda: next(wall))
    monkeypatch.setattr(time, "time", lambda: next(wall))
    facts = extract(doc, budget=5.0)
    assert not [e for e in facts.errors if e.rule == "source-error"]
    assert facts.statements  # read in full
