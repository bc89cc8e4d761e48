"""Output formats end to end: concise, SARIF (against the official schema), GitHub annotations, JUnit,
--output-file, --statistics, and the VS Code problem matcher of docs/editors.md on real output."""
from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lorecheck.report.github import escape_data, escape_property

from conftest import SHARED

REPO = Path(__file__).resolve().parents[1]
PROJECT = REPO / "fixtures" / "workflow" / "project"


@pytest.fixture
def project(tmp_path, monkeypatch):
    dest = tmp_path / "project"
    shutil.copytree(PROJECT, dest)
    monkeypatch.chdir(dest)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return dest


def test_concise_is_one_line_per_finding(project, run_cli):
    code, out, _ = run_cli("--format", "concise", "lore")
    lines = out.splitlines()
    assert code == 1 and len(lines) == 4 and not any(": note: " in line for line in lines)
    assert "lore/reeds_again.txt:2:6: error: War of the Reeds: start date 8 March 1712 contradicts 3 March 1712 " \
           "(+1 related) [conflicting-date]" in lines


def test_sarif_is_valid_and_carries_rule_metadata_and_related_locations(project, run_cli):
    code, out, _ = run_cli("--format", "sarif", "lore")
    sarif = json.loads(out)
    schema_path = SHARED / "eval" / "schemas" / "sarif-schema-2.1.0.json"
    if schema_path.exists():
        jsonschema = pytest.importorskip("jsonschema")
        jsonschema.validate(sarif, json.loads(schema_path.read_text(encoding="utf-8")))
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    conflict = next(r for r in run["results"] if r["ruleId"] == "conflicting-date")
    meta = rules[conflict["ruleIndex"]]
    assert meta["id"] == "conflicting-date"
    assert meta["shortDescription"]["text"] == "One event given two different dates."
    assert meta["help"]["text"] == "Decide which date is right and correct the others."
    assert meta["defaultConfiguration"]["level"] == "error"
    loc = conflict["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "lore/reeds_again.txt", "uriBaseId": "%SRCROOT%"}
    assert loc["region"]["startLine"] == 2 and loc["region"]["startColumn"] == 6
    related = conflict["relatedLocations"][0]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "lore/reeds.txt"
    assert related["message"]["text"] == "start date 3 March 1712 stated here"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == project.resolve().as_uri() + "/"
    warning = next(r for r in run["results"] if r["ruleId"] == "unused-suppression")
    assert warning["level"] == "warning"


def test_sarif_without_findings_is_still_valid(project, run_cli):
    code, out, _ = run_cli("--format", "sarif", "lore/reeds.txt", "--select", "weekday")
    assert code == 0 and json.loads(out)["runs"][0]["results"] == []


def test_github_escaping():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_github_annotations_errors_first_and_job_summary(project, run_cli, monkeypatch, tmp_path):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out, _ = run_cli("--format", "github", "lore")
    lines = out.splitlines()
    assert code == 1 and len(lines) == 4
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::error", "::error", "::warning"]
    conflict = next(line for line in lines if "conflicting-date" in line)
    assert conflict.startswith("::error file=lore/reeds_again.txt,line=2,col=6,endLine=2,endColumn=")
    assert ",title=lorecheck conflicting-date::War of the Reeds%3A start date" not in conflict  # message: no : escape
    assert "::War of the Reeds: start date 8 March 1712 contradicts 3 March 1712%0Alore/reeds.txt:2:6: " in conflict
    table = summary.read_text(encoding="utf-8")
    assert table.startswith("earlier step\n## lorecheck")
    assert "| error | `lore/reeds_again.txt:2:6` | conflicting-date |" in table
    assert table.count("\n| ") == 6  # header, rule line, 4 findings


def test_junit_groups_testcases_by_file(project, run_cli):
    code, out, _ = run_cli("--format", "junit", "lore")
    root = ET.fromstring(out)
    assert root.tag == "testsuites" and root.get("failures") == "4"
    suites = {s.get("name"): s for s in root}
    assert set(suites) == {"lore/charter.md", "lore/ledger.txt", "lore/reeds_again.txt"}
    assert len(suites["lore/charter.md"].findall("testcase")) == 2
    failure = suites["lore/reeds_again.txt"].find("testcase/failure")
    assert failure.get("type") == "error" and "lore/reeds.txt:2:6: note:" in failure.text
    clean = ET.fromstring(run_cli("--format", "junit", "lore/reeds.txt", "--select", "weekday")[1])
    assert clean.get("failures") == "0" and len(clean.findall("testsuite/testcase")) == 1


def test_output_file_and_statistics(project, run_cli):
    code, out, err = run_cli("--format", "json", "--output-file", "report.json", "--statistics", "lore")
    assert code == 1 and out == ""
    report = json.loads((project / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["errors"] == 3 and report["summary"]["warnings"] == 1
    assert "2  invalid-date\n" in err and "1  conflicting-date\n" in err
    assert err.index("invalid-date") < err.index("conflicting-date")  # most frequent first


def test_unknown_format_is_a_usage_error(project, run_cli):
    code, _, err = run_cli("--format", "xml", "lore")
    assert code == 2 and "sarif" in err


def test_vscode_problem_matcher_from_the_docs_parses_real_output(project, run_cli):
    doc = (REPO / "docs" / "editors.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", doc, re.S).group(1)
    matcher = json.loads(block)["tasks"][0]["problemMatcher"]
    pattern = matcher["pattern"]
    regex = re.compile(pattern["regexp"])
    _, out, _ = run_cli("lore")
    matches = [regex.match(line) for line in out.splitlines()]
    assert all(matches), [line for line, m in zip(out.splitlines(), matches) if not m]
    first = next(m for m in matches if m.group(pattern["code"]) == "conflicting-date")
    assert first.group(pattern["file"]) == "lore/reeds_again.txt"
    assert (first.group(pattern["line"]), first.group(pattern["column"])) == ("2", "6")
    assert first.group(pattern["severity"]) == "error"
    assert first.group(pattern["message"]) == "War of the Reeds: start date 8 March 1712 contradicts 3 March 1712"
    note = next(m for m in matches if m.group(pattern["severity"]) == "note")
    assert note.group(pattern["file"]) == "lore/reeds.txt" and note.group(pattern["code"]) is None
