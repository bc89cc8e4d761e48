"""The command line end to end: output lines, JSON contract, exit codes, rule docs."""
import json

from lorecheck.report.models import ReportModel

from conftest import REPO

WORLD = str(REPO / "fixtures" / "example-world")


def test_text_output_lines_and_summary(run_cli):
    code, out, err = run_cli(WORLD)
    assert code == 1
    first = out.splitlines()[0]
    path, line, col, rest = first.split(":", 3)
    assert path.endswith((".txt", ".md")) and line.isdigit() and col.isdigit()
    assert rest.startswith((" error: ", " warning: ")) and rest.endswith("]")
    assert any(": note: " in l for l in out.splitlines())
    assert err.strip().endswith("in 4 files")


def test_json_report_round_trips_through_the_pydantic_model(run_cli):
    code, out, _ = run_cli("--format", "json", WORLD)
    data = json.loads(out)
    report = ReportModel.model_validate(data)
    assert json.loads(report.model_dump_json()) == data
    assert data["version"] == 1 and data["tool"]["name"] == "lorecheck"
    assert data["summary"]["errors"] == sum(d["severity"] == "error" for d in data["diagnostics"])
    d = data["diagnostics"][0]
    assert d["line"] >= 1 and d["column"] >= 1 and d["end_line"] >= d["line"]


def test_clean_file_exits_zero(run_cli, tmp_path):
    page = tmp_path / "clean.txt"
    page.write_text("Dyr Ford\n\nThe ford of the Dyr was first bridged on 3 May 1790.\n", encoding="utf-8")
    code, out, err = run_cli(str(page))
    assert code == 0 and out == ""
    assert "0 errors, 0 warnings in 1 file" in err


def test_usage_errors_exit_two(run_cli):
    assert run_cli()[0] == 2
    assert run_cli("--format", "nope", WORLD)[0] == 2
    code, _, err = run_cli("rule", "no-such-rule")
    assert code == 2 and "no rule named" in err


def test_unreadable_file_is_a_source_error_and_others_still_checked(run_cli, tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "bad.md").write_bytes("---\ntitle: X\n---\n\ncaf\xe9".encode("latin-1"))
    (tmp_path / "war.txt").write_text("War\n\nOn 31 April 1850 the war began near the river crossing.\n")
    code, out, err = run_cli("--format", "json", str(tmp_path), str(tmp_path / "missing.txt"))
    data = json.loads(out)
    rules = {(d["path"].rsplit("/", 1)[-1], d["rule"]) for d in data["diagnostics"]}
    assert ("bad.md", "source-error") in rules and ("missing.txt", "source-error") in rules
    assert ("bin.txt", "source-error") in rules
    assert ("war.txt", "invalid-date") in rules
    assert "Traceback" not in err


def test_rules_list_and_rule_docs_come_from_the_definitions(run_cli):
    code, out, _ = run_cli("rules")
    assert code == 0
    names = [l.split()[0] for l in out.splitlines()]
    assert {"invalid-date", "conflicting-date", "side-conflict", "duration", "arithmetic"} <= set(names)
    code, out, _ = run_cli("rule", "invalid-date")
    assert code == 0 and "## Bad:" in out and "## Good:" in out and ">>" in out
    assert run_cli("rule", "LC001")[1] == out  # the short code selects the same rule


def test_parse_shows_blocks_with_spans(run_cli):
    code, out, _ = run_cli("parse", WORLD + "/battle_of_dyr_ford.txt")
    assert code == 0
    assert "4:10-4:" in out and "field place" in out
    assert "heading" in out and "paragraph" in out


def test_hidden_folders_skipped_named_files_always_read(run_cli, tmp_path):
    hidden = tmp_path / ".drafts"
    hidden.mkdir()
    (hidden / "x.txt").write_text("X\n\nOn 31 April 1850 it rained all day.\n")
    (tmp_path / "notes.log").write_text("X\n\nOn 31 April 1850 it rained all day.\n")
    assert run_cli(str(tmp_path))[0] == 0
    assert run_cli(str(hidden / "x.txt"))[0] == 1
    assert run_cli(str(tmp_path / "notes.log"))[0] == 1


def test_plain_arguments_read_without_argparse_are_what_argparse_gives():
    import pytest

    from lorecheck import cli

    parser = cli._check_parser()
    read_plainly = 0
    for argv in (["a"], ["--no-cache", "a"], ["a", "--no-cache"], ["--no-cache", "a", "b", "--statistics"],
                 ["--exit-zero", "--statistics", "x", "y"], ["--no-cache", "--no-cache", "a"],
                 ["a", "--no-cache", "b"], ["--no-cache"], ["-"], ["a", "-"], ["--no-c", "a"], ["--", "a"],
                 ["--format", "json", "a"], ["--format=json", "a"], ["-j", "1", "a"], ["a", "--help"]):
        plain = cli._plain_check_args(list(argv))
        if plain is None:
            continue  # argparse reads it, as it always did
        read_plainly += 1
        assert vars(plain) == vars(parser.parse_args(list(argv))), argv
    assert read_plainly == 6
    assert cli._plain_check_args(["a", "--no-cache", "b"]) is None  # paths split by a flag: argparse's error
    with pytest.raises(SystemExit):
        parser.parse_args(["a", "--no-cache", "b"])


def test_json_report_written_without_pydantic_is_the_models_text():
    """json_report.render writes plain values with the json module: the very text ReportModel dumps (quotes,
    backslashes, control characters, non-ASCII, U+2028, an astral character; no related notes and several)."""
    from types import SimpleNamespace

    from lorecheck.model import Diagnostic, Related, Severity, Span
    from lorecheck.report import json_report
    from lorecheck.report.models import to_model

    odd = 'a "quoted" \\ back\nslash\t\x01\x7f é ’ \u2028 😀 </x>'
    diagnostics = [
        Diagnostic("conflicting-date", Severity.ERROR, odd, Span("w/é.md", 3, 1, 3, 9),
                   [Related(Span("w/b.txt", 1, 2, 1, 5), "told here"), Related(Span("w/c.wiki", 7, 1, 7, 2), odd)]),
        Diagnostic("name-drift", Severity.WARNING, "", Span("w/a.txt", 1, 1, 1, 1)),
        Diagnostic("x", Severity.INFO, "note", Span("w/a.txt", 2, 1, 2, 1)),
    ]
    for diags, files in ((diagnostics, 3), ([], 0)):
        result = SimpleNamespace(diagnostics=diags, files=files)
        assert json_report.render(result) == to_model(diags, files).model_dump_json(indent=1) + "\n"
    assert json_report._plain([Diagnostic("x", Severity.ERROR, "m", Span("p", True, 1, 1, 1))], 1) is None  # the model's
