"""lorecheck in a team's workflow: configuration, suppression comments, baseline, world context, stdin, pre-commit.

Every test runs the real CLI on a copy of fixtures/workflow/project, a small
world with a lorecheck.toml (`world = ["lore"]`, drafts excluded).
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lorecheck.suppress import directives

PROJECT = Path(__file__).resolve().parents[1] / "fixtures" / "workflow" / "project"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def project(tmp_path, monkeypatch):
    dest = tmp_path / "project"
    shutil.copytree(PROJECT, dest)
    monkeypatch.chdir(dest)
    return dest


def rules_at(out: str) -> list[tuple[str, int, str]]:
    """(path, line, rule) of each finding line of the text format."""
    found = []
    for line in out.splitlines():
        if ": note: " in line:
            continue
        path, lineno, _col, _rest = line.split(":", 3)
        found.append((Path(path).as_posix().removeprefix("./"), int(lineno), line.rsplit("[", 1)[1].rstrip("]")))
    return found


# ------------------------------------------------------------- configuration


def test_config_is_found_above_the_file_and_its_world_is_context(project, run_cli, monkeypatch):
    monkeypatch.chdir(project.parent)  # run from outside the project: the config is found from the file upward
    code, out, err = run_cli("project/lore/reeds.txt")
    assert code == 1
    # reeds.txt alone has no conflict: the other page comes from the configured world
    assert rules_at(out) == [("project/lore/reeds_again.txt", 2, "conflicting-date")]
    assert "project/lore/reeds.txt:2:6: note:" in out
    assert "charter.md" not in out  # findings only about unnamed files are not reported


def test_without_configuration_a_single_file_is_checked_alone(project, run_cli):
    (project / "lorecheck.toml").unlink()
    code, out, _ = run_cli("lore/reeds.txt")
    assert (code, out) == (0, "")


def test_severity_and_exclude_from_configuration(project, run_cli):
    code, out, _ = run_cli(".")
    found = rules_at(out)
    assert not any(p.startswith("drafts/") for p, _, _ in found)  # exclude = ["drafts/**"]
    (project / "lorecheck.toml").write_text('[severity]\nLC001 = "warning"\n', encoding="utf-8")
    code, out, _ = run_cli("lore/charter.md", "drafts")
    assert "drafts/unfinished.txt:3:" in out and "warning: 30 February 1713" in out
    assert "lore/charter.md:12:40: warning:" in out
    assert code == 0  # warnings do not fail by default


@pytest.mark.parametrize("text,expected", [
    ('fail-on = "sometimes"\n', "lorecheck.toml: fail-on: expected 'error' or 'warning', got 'sometimes'"),
    ("select = 3\n", "lorecheck.toml: select: input should be a valid list, got 3"),
    ("colour = 'red'\n", "lorecheck.toml: colour: unknown key"),
    ("[severity]\nweekday = 'loud'\n", "lorecheck.toml: severity.weekday: expected"),
    ("select = ['no-such-rule']\n", "no rule named 'no-such-rule'"),
    ("select = [\n", "lorecheck.toml: not valid TOML"),
    ('world = ["../.."]\n', "outside the project root"),
    ('rules = ["missing-folder"]\n', "rules: expected a folder"),
])
def test_bad_configuration_exits_2_with_file_key_and_expectation(project, run_cli, text, expected):
    (project / "lorecheck.toml").write_text(text, encoding="utf-8")
    code, out, err = run_cli("lore")
    assert code == 2 and out == ""
    assert expected in err
    assert "Traceback" not in err and all(line.startswith("lorecheck: error: ") for line in err.splitlines())


def test_paths_outside_the_root_need_allow_outside_root(project, run_cli, tmp_path):
    outside = tmp_path / "shared-lore"
    outside.mkdir()
    (outside / "reeds_third.txt").write_text("War of the Reeds\nDate 1 April 1712 – 9 June 1715\n", encoding="utf-8")
    (project / "lorecheck.toml").write_text(f'world = ["{outside.as_posix()}"]\n', encoding="utf-8")
    assert run_cli("lore/reeds.txt")[0] == 2
    (project / "lorecheck.toml").write_text(f'allow-outside-root = true\nworld = ["{outside.as_posix()}"]\n',
                                           encoding="utf-8")
    code, out, _ = run_cli("lore/reeds.txt")
    assert code == 1 and "1 April 1712" in out


def test_pyproject_tool_section_and_explicit_config(project, run_cli):
    (project / "lorecheck.toml").unlink()
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.lorecheck]\nignore = ["invalid-date"]\n',
                                            encoding="utf-8")
    code, out, _ = run_cli("lore/ledger.txt")
    assert (code, out) == (0, "")
    other = project / "strict.toml"
    other.write_text('select = ["invalid-date"]\n', encoding="utf-8")
    code, out, _ = run_cli("--config", str(other), "lore/ledger.txt")
    assert code == 1 and rules_at(out) == [("lore/ledger.txt", 7, "invalid-date")]


def test_per_file_ignores_include_and_gitignore(project, run_cli):
    (project / "lorecheck.toml").write_text('[per-file-ignores]\n"lore/*.md" = ["LC001"]\n', encoding="utf-8")
    _, out, _ = run_cli(".")
    assert not any(p.endswith(".md") and r == "invalid-date" for p, _, r in rules_at(out))
    assert any(p == "drafts/unfinished.txt" for p, _, _ in rules_at(out))
    (project / ".gitignore").write_text("# drafts are private\ndrafts/\n", encoding="utf-8")
    _, out, _ = run_cli(".")
    assert "drafts/" not in out
    (project / "lorecheck.toml").write_text('include = ["**/*.md"]\n', encoding="utf-8")
    _, out, _ = run_cli(".")
    assert {p for p, _, _ in rules_at(out)} == {"lore/charter.md"}


def test_command_line_overrides_configuration(project, run_cli):
    (project / "lorecheck.toml").write_text('ignore = ["invalid-date"]\nfail-on = "warning"\n', encoding="utf-8")
    code, out, _ = run_cli("lore/ledger.txt")
    assert (code, out) == (0, "")
    code, out, _ = run_cli("--ignore", "conflicting-date", "lore/ledger.txt")
    assert code == 1 and rules_at(out) == [("lore/ledger.txt", 7, "invalid-date")]
    code, out, _ = run_cli("--select", "unused-suppression,weekday", "lore/charter.md")
    assert code == 1 and rules_at(out) == [("lore/charter.md", 9, "unused-suppression")]  # fail-on from config
    assert run_cli("--select", "unused-suppression,weekday", "--fail-on", "error", "lore/charter.md")[0] == 0
    assert run_cli("--select", "LC900,LC011", "--fail-on", "error", "--max-warnings", "0", "lore/charter.md")[0] == 1
    assert run_cli("--exit-zero", "lore")[0] == 0


# --------------------------------------------------------------- suppression


def test_suppression_comments_in_markdown_and_plain_text(project, run_cli):
    (project / "lorecheck.toml").unlink()
    code, out, err = run_cli("lore/charter.md", "lore/ledger.txt")
    assert rules_at(out) == [
        ("lore/charter.md", 9, "unused-suppression"),  # nothing on line 10 to suppress
        ("lore/charter.md", 12, "invalid-date"),  # not covered: only the next line is
        ("lore/ledger.txt", 7, "invalid-date"),  # after `enable`
    ]
    assert "3 suppressed" in err


def test_disable_file_by_code_and_all(project, run_cli):
    page = project / "lore" / "receipts.txt"
    page.write_text("Receipts\n# lorecheck: disable-file LC001 -- copied from a forged ledger\n"
                    "One is dated 31 June 1705.\n\nAnother 30 February 1706.\n", encoding="utf-8")
    assert run_cli("lore/receipts.txt") == (0, "", "0 errors, 0 warnings in 1 file, 2 suppressed\n")
    page.write_text("Receipts\n# lorecheck: disable-next-line all\nOne is dated 31 June 1705.\n"
                    "# lorecheck: disable-next-line invalid-dat\nAnother 30 February 1706.\n", encoding="utf-8")
    code, out, _ = run_cli("lore/receipts.txt")
    assert rules_at(out) == [("lore/receipts.txt", 4, "unused-suppression"), ("lore/receipts.txt", 5, "invalid-date")]
    assert "unknown rule invalid-dat" in out


def test_directives_parse_ranges_and_reasons():
    text = ("a\n<!-- lorecheck: disable LC001, weekday -- old calendar -->\nb\nc\n"
            "<!-- lorecheck: enable all -->\nd\n<!-- lorecheck: frobnicate x -->\n")
    found = directives("page.md", text, "markdown")
    assert [(d.action, d.rules, d.first, d.last, d.reason) for d in found[:1]] == \
        [("disable", ("LC001", "weekday"), 3, 4, "old calendar")]
    assert found[1].action == "enable" and found[1].used
    assert found[2].problem.startswith("unknown lorecheck directive 'frobnicate'")
    # a `#` line is a directive only in plain text (in Markdown it is a heading)
    assert directives("page.md", "# lorecheck: disable-file all\n", "markdown") == []
    assert directives("page.txt", "# lorecheck: disable-file all\n", "text")[0].action == "disable-file"


# ------------------------------------------------------------------ baseline


def test_baseline_hides_old_findings_even_after_lines_move_but_never_a_new_one(project, run_cli):
    code, _, err = run_cli("--write-baseline", "baseline.json", "lore")
    assert code == 0 and "wrote 4 findings" in err
    data = json.loads((project / "baseline.json").read_text(encoding="utf-8"))
    assert data["version"] == 1 and sum(data["fingerprints"].values()) == 4
    assert run_cli("--baseline", "baseline.json", "lore")[:2] == (0, "")

    ledger = project / "lore" / "ledger.txt"
    ledger.write_text("\n\n\n" + ledger.read_text(encoding="utf-8"), encoding="utf-8")  # every line moves down
    charter = project / "lore" / "charter.md"
    charter.write_text(charter.read_text(encoding="utf-8").replace("# The Salt Charter\n", "# The Salt Charter\n\nA new paragraph.\n"),
                       encoding="utf-8")
    code, out, err = run_cli("--baseline", "baseline.json", "lore")
    assert (code, out) == (0, "") and "4 in the baseline" in err

    # a new contradiction: another date for the same start
    again = project / "lore" / "reeds_again.txt"
    again.write_text(again.read_text(encoding="utf-8").replace("8 March 1712", "9 March 1712"), encoding="utf-8")
    code, out, _ = run_cli("--baseline", "baseline.json", "lore")
    assert code == 1 and rules_at(out) == [("lore/reeds_again.txt", 2, "conflicting-date")]
    assert "9 March 1712" in out


def test_a_bad_baseline_is_a_usage_error(project, run_cli):
    (project / "baseline.json").write_text("[1, 2]", encoding="utf-8")
    code, out, err = run_cli("--baseline", "baseline.json", "lore")
    assert code == 2 and "not a lorecheck baseline" in err


# --------------------------------------------------------------------- stdin


def test_stdin_is_linted_as_the_named_file_against_the_world(project, run_cli, monkeypatch):
    import io

    text = "War of the Reeds\nDate 20 March 1712 – 9 June 1715\n\nDrafted in an editor, not yet saved.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    code, out, _ = run_cli("-", "--stdin-filename", "lore/reeds.txt")
    assert code == 1
    assert "lore/reeds.txt:2:6: error: War of the Reeds: start date 20 March 1712" in out or \
        "contradicts 20 March 1712" in out
    assert "3 March 1712" not in out  # the file on disk is replaced by stdin, not read as well


def test_stdin_filename_without_dash_is_a_usage_error(project, run_cli):
    assert run_cli("--stdin-filename", "x.md", "lore")[0] == 2


# ---------------------------------------------------------------- pre-commit


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(cwd), "PATH": "/usr/bin:/bin"})


def test_pre_commit_hook_checks_changed_files_against_the_world(project, tmp_path):
    pre_commit = Path(sys.executable).with_name("pre-commit")
    if not pre_commit.exists() or shutil.which("git") is None:
        pytest.skip("pre-commit or git is not installed")
    if not (REPO / ".git").exists():
        pytest.skip("try-repo needs lorecheck's own git checkout")
    _git(project, "init", "-q")
    _git(project, "add", ".")
    _git(project, "commit", "-q", "-m", "world")
    (project / "lore" / "reeds.txt").write_text("War of the Reeds\nDate 3 March 1712 – 9 June 1715\n\nEdited.\n",
                                                encoding="utf-8")
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "HOME": str(tmp_path),
           "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-cache"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    # the committed lorecheck (--ref), not a shadow copy of a working tree that may be mid-edit
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()
    run = subprocess.run([str(pre_commit), "try-repo", str(REPO), "lorecheck", "--ref", head, "--files", "lore/reeds.txt",
                          "--verbose"], cwd=project, capture_output=True, text=True, env=env, timeout=600)
    output = run.stdout + run.stderr
    if "Failed" not in output and "Passed" not in output:
        pytest.skip(f"pre-commit could not install the hook here: {output[-500:]}")
    assert run.returncode == 1, output
    assert "conflicting-date" in output  # found only because the unchanged page is read as context
    assert "invalid-date" not in output  # the other pages' own findings are not this commit's business
