"""The per-file extraction time budget: configurable, reported, and never cached."""
from __future__ import annotations

import shutil

from conftest import REPO

PAGE = REPO / "fixtures" / "example-world" / "war_of_the_reeds.txt"


def test_a_file_past_its_budget_is_a_source_error_and_the_next_run_tries_again(tmp_path, run_cli):
    shutil.copy(PAGE, tmp_path / "page.txt")
    (tmp_path / "lorecheck.toml").write_text("time-budget = 0.000001\n", encoding="utf-8")
    code, out, _ = run_cli("--jobs", "1", str(tmp_path / "page.txt"))
    assert "extraction stopped after 1e-06 s" in out and "[source-error]" in out, out

    (tmp_path / "lorecheck.toml").write_text("time-budget = 30.0\n", encoding="utf-8")
    code, out, _ = run_cli("--jobs", "1", str(tmp_path / "page.txt"))
    assert "extraction stopped" not in out and "[invalid-date]" in out, out  # the cut-short facts were not kept


def test_a_bad_budget_names_the_file_and_the_key(tmp_path, run_cli):
    shutil.copy(PAGE, tmp_path / "page.txt")
    (tmp_path / "lorecheck.toml").write_text("time-budget = -1\n", encoding="utf-8")
    code, out, err = run_cli(str(tmp_path / "page.txt"))
    assert code == 2 and "lorecheck.toml" in err and "time-budget" in err, err
