"""A one-file run starts fast: plainly valid configuration and rule files skip pydantic, parsed YAML is reused.

What must not change: every value the pydantic models would produce, and every
message they word for data that is not plainly valid.
"""
from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from lorecheck import config as config_module
from lorecheck import rules as rules_module
from lorecheck import vocabulary
from lorecheck.config import Config, ConfigError, load_config
from lorecheck.rules import RuleFileError, load_rule_file

from conftest import child_env

REPO = Path(__file__).resolve().parents[1]
SHIPPED_RULES = sorted((REPO / "rules" / "definitions").glob("*.yaml"))

PAGE = "Battle of Tessel Fen\nDate 31 November 1602\n\nThe battle was fought on 31 November 1602.\n"
CONFIG = """select = ["invalid-date", "weekday"]
ignore = ["name-drift"]
fail-on = "warning"
per-file-ignores = { "drafts/*" = ["LC001"] }
aliases = { "Tessel" = ["Tessel Fen"] }
sides = [["Oster", "Vell"]]

[severity]
weekday = "warning"
"""


def _run_and_list_modules(project: Path, *args: str) -> tuple[int, set[str]]:
    """`lorecheck ARGS` in a new interpreter: its exit code and which of pydantic/yaml it imported."""
    code = ("import sys\nfrom lorecheck.cli import main\nrc = main(sys.argv[1:])\n"
            "print('imported:', *(m for m in ('pydantic', 'yaml') if m in sys.modules), file=sys.stderr)\n"
            "raise SystemExit(rc)")
    proc = subprocess.run([sys.executable, "-c", code, *args], cwd=project, capture_output=True, text=True,
                          timeout=120, env=child_env())
    [line] = [line for line in proc.stderr.splitlines() if line.startswith("imported:")]
    return proc.returncode, set(line.split()[1:])


def test_a_configured_one_file_run_imports_no_pydantic_and_rereads_no_yaml(tmp_path):
    (tmp_path / "lorecheck.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "fen.txt").write_text(PAGE, encoding="utf-8")
    code, modules = _run_and_list_modules(tmp_path, "fen.txt")
    assert code == 1 and modules == set()  # the shipped YAML comes parsed (rules_parsed.pickle), pydantic never loads
    (tmp_path / "fen.txt").write_text(PAGE + "\nIt ended on 30 February 1603.\n", encoding="utf-8")
    code, modules = _run_and_list_modules(tmp_path, "fen.txt")  # new content: facts and checks run again
    assert code == 1 and modules == set()


def test_without_a_cache_nothing_is_written(tmp_path):
    (tmp_path / "fen.txt").write_text(PAGE, encoding="utf-8")
    code, _ = _run_and_list_modules(tmp_path, "--no-cache", "fen.txt")
    assert code == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fen.txt"]


# --------------------------------------------------------------- configuration


@pytest.mark.parametrize("data", [
    {},
    tomllib.loads(CONFIG),
    {"include": ["**/*.md"], "exclude": ["drafts/"], "world": ["lore"], "rules": ["r"], "vocabulary": ["v"],
     "allow-outside-root": True, "fail-on": "error"},
    {"fail_on": "warning", "allow_outside_root": False},  # names instead of keys: pydantic's path
    {"select": ("conflicting-date",)},  # a tuple is not plainly valid: pydantic's path, same result
])
def test_configuration_values_are_what_the_pydantic_model_gives(data):
    expected = config_module._pydantic_model().model_validate(data).model_dump(mode="json")
    assert Config.model_validate(data).model_dump(mode="json") == expected


def test_plainly_valid_configuration_is_taken_as_written():
    data = {"select": ["LC001"], "severity": {"weekday": "info"}}
    config = Config.model_validate(data)
    assert (config.select, config.severity, config.fail_on, config.sides) == (["LC001"], {"weekday": "info"},
                                                                               "error", [])
    data["select"].append("LC002")
    assert config.select == ["LC001"]  # a copy: later edits of the parsed TOML do not leak in


@pytest.mark.parametrize("text,expected", [
    ('fail-on = "sometimes"\n', "fail-on: expected 'error' or 'warning', got 'sometimes'"),
    ("select = [1]\n", "select.0: input should be a valid string, got 1"),
    ("[aliases]\nTessel = 'Tessel Fen'\n", "aliases.Tessel: input should be a valid list, got 'Tessel Fen'"),
    ("allow-outside-root = 'yes please'\n", "allow-outside-root: input should be a valid boolean"),
    ("fail-on = 'error'\nfail_on = 'warning'\n", "fail_on: unknown key"),  # both spellings: pydantic decides
    ("fail_on = 'warning'\n", None),  # the name instead of the key: pydantic accepts it
])
def test_configuration_that_is_not_plainly_valid_is_worded_by_pydantic(tmp_path, text, expected):
    path = tmp_path / "lorecheck.toml"
    path.write_text(text, encoding="utf-8")
    try:
        config = load_config(path)
    except ConfigError as exc:
        assert expected is not None and f"{path}: {expected}" in str(exc)
    else:
        assert expected is None and config.fail_on in ("error", "warning")


# ------------------------------------------------------------------ rule files


def _plain(rule) -> tuple:
    return (rule.id, rule.code, rule.kind, rule.severity, rule.summary, rule.message, rule.params,
            (rule.docs.what, rule.docs.why, rule.docs.fix), rule.source,
            [(e.name, e.expect, e.format, e.text, [(f.line, f.column, f.related_lines) for f in e.findings])
             for e in rule.examples])


@pytest.mark.parametrize("path", SHIPPED_RULES, ids=lambda p: p.stem)
def test_shipped_rules_read_plainly_equal_pydantic_validation(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    plain = rules_module._plain_rule(data, str(path))
    assert plain is not None  # the shipped files never need pydantic
    assert _plain(plain) == _plain(rules_module._validated_rule(data, str(path)))


def _rule_file(tmp_path: Path, **changes) -> Path:
    data = yaml.safe_load((REPO / "rules" / "definitions" / "weekday.yaml").read_text(encoding="utf-8"))
    data.update(changes)
    path = tmp_path / "rule.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def test_a_rule_value_pydantic_would_convert_is_converted(tmp_path):
    example = {"name": "n", "expect": "bad", "text": "t", "findings": [{"line": "3", "related_lines": [1.0]}]}
    rule = load_rule_file(_rule_file(tmp_path, examples=[example]))
    assert (rule.examples[0].findings[0].line, rule.examples[0].findings[0].related_lines) == (3, [1])


@pytest.mark.parametrize("changes,expected", [
    ({"id": "Weekday_Check"}, "String should match pattern '^[a-z][a-z0-9-]*$'"),
    ({"severity": "loud"}, "Input should be 'error', 'warning' or 'info'"),
    ({"colour": "red"}, "Extra inputs are not permitted"),
    ({"docs": {"what": "only this"}}, "docs.why\n  Field required"),
    ({"source": "elsewhere"}, "lorecheck.rules.RuleDef() got multiple values for keyword argument 'source'"),
])
def test_rule_files_that_are_not_plainly_valid_keep_pydantic_messages(tmp_path, changes, expected):
    with pytest.raises(RuleFileError) as info:
        load_rule_file(_rule_file(tmp_path, **changes))
    assert expected in info.value.message


# ------------------------------------------------------------- parsed YAML


def test_parsed_yaml_is_reused_only_for_the_same_bytes_and_never_trusted_when_damaged(tmp_path, monkeypatch):
    source = tmp_path / "words.yaml"
    source.write_text("start: [began, opened]\r\nend: ended\n", encoding="utf-8")
    monkeypatch.setattr(vocabulary, "_parsed_dir", None)
    assert vocabulary.read_yaml(source) == {"start": ["began", "opened"], "end": "ended"}
    assert not (tmp_path / "cache").exists()  # no cache folder: nothing written
    vocabulary.use_cache_dir(tmp_path / "cache")
    try:
        assert vocabulary.read_yaml(source) == {"start": ["began", "opened"], "end": "ended"}
        [entry] = (tmp_path / "cache" / "data").glob("*.pickle")
        source.write_text("start: [began]\n", encoding="utf-8")  # new bytes: a new entry, not the old parse
        assert vocabulary.read_yaml(source) == {"start": ["began"]}
        entry.write_bytes(b"torn")
        source.write_text("start: [began, opened]\r\nend: ended\n", encoding="utf-8")
        assert vocabulary.read_yaml(source) == {"start": ["began", "opened"], "end": "ended"}
        assert entry.read_bytes() != b"torn"  # rewritten
    finally:
        vocabulary.use_cache_dir(None)


@pytest.mark.parametrize("text,found", [
    ('[project]\nname = "fen"\n', False),  # no mention of lorecheck: not read as TOML at all
    ('[project]\nname = "fen"\n[tool.lorecheck]\nignore = ["weekday"]\n', True),
    ('[tool."lor\\u0065check"]\nignore = ["weekday"]\n', True),  # an escaped key is still found
    ('[project]\nname = "lorecheck-notes"\n', False),
    ('[project.scripts]\nlorecheck = "lorecheck.cli:main"\n[tool.hatch.version]\npath = "x"\n', False),
    ('[tool]\nlorecheck = { ignore = ["weekday"] }\n', True),
    ('tool = { lorecheck = { ignore = ["weekday"] } }\n', True),
    ("[ 'tool' . 'lorecheck' ] # ours\nignore = []\n", True),
    ('tool.lorecheck.ignore = ["weekday"]\n', True),
    ('[tool.hatch]\nx = "lorecheck"\n', False),  # parsed (it might have been the section), found absent
])
def test_pyproject_counts_only_with_a_tool_lorecheck_table(tmp_path, text, found):
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    assert (config_module.find_config(tmp_path) == tmp_path / "pyproject.toml") is found


def test_the_shipped_parse_is_current():
    """Edited a file in rules/? Run `python -m lorecheck.vocabulary` to rebuild rules_parsed.pickle."""
    import pickle

    shipped = pickle.loads(vocabulary.SHIPPED_PARSE.read_bytes())
    expected = vocabulary.build_shipped_parses()
    assert set(shipped) == set(expected)  # every shipped file present, no stale entries
    for key, data in expected.items():
        assert pickle.loads(shipped[key]) == pickle.loads(data)


def test_a_user_file_with_other_bytes_is_parsed_and_one_like_a_shipped_file_is_not(tmp_path, monkeypatch):
    monkeypatch.setattr(vocabulary, "_parsed_dir", None)
    shipped = REPO / "rules" / "vocabulary" / "hedges.yaml"
    copy = tmp_path / "hedges.yaml"
    copy.write_bytes(shipped.read_bytes())
    assert vocabulary.read_yaml(copy) == yaml.safe_load(shipped.read_text(encoding="utf-8"))
    first, second = vocabulary.read_yaml(copy), vocabulary.read_yaml(copy)
    assert first == second and first is not second  # fresh copies: a caller's edit never leaks into the next
    copy.write_bytes(shipped.read_bytes() + b"\nextra_words: [reportedly]\n")
    assert vocabulary.read_yaml(copy)["extra_words"] == ["reportedly"]
