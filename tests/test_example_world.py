"""Golden test: lorecheck's text output on the example world in fixtures/.

The example world shows every rule firing next to a consistent page. When a
change alters the output on purpose, regenerate the golden file with
`LORECHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_example_world.py` and
review the diff.
"""
import os

from conftest import REPO

WORLD = REPO / "fixtures" / "example-world"
GOLDEN = REPO / "fixtures" / "example-world.expected.txt"


def test_text_output_on_the_example_world(run_cli, monkeypatch):
    monkeypatch.chdir(REPO)
    code, out, err = run_cli("--no-cache", "fixtures/example-world")
    if os.environ.get("LORECHECK_UPDATE_GOLDEN"):
        GOLDEN.write_text(out, encoding="utf-8")
    assert out == GOLDEN.read_text(encoding="utf-8")
    assert code == 1
    assert err.strip().splitlines()[-1] == "12 errors, 1 warning in 4 files"


def test_every_rule_fires_on_the_example_world_and_the_consistent_page_is_clean():
    from lorecheck.rules import load_rules

    text = GOLDEN.read_text(encoding="utf-8")
    for rule in load_rules().values():
        if rule.kind == "source":
            continue
        assert f"[{rule.id}]" in text, f"{rule.id} does not fire on the example world"
    findings = [line for line in text.splitlines() if ": note: " not in line]
    assert not [line for line in findings if "battle_of_dyr_ford.txt" in line]
