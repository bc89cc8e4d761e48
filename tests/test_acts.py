"""Who acts when: side lists in front matter that belong to a contest the page names, not to the page."""
from __future__ import annotations

from lorecheck.engine import extract_file

PAGE = """---
title: Harrow Mill Society
founded: 1790-01-01
election: Warden election of 1812
sides:
  Old board: [Ines Quarle, Bede Holt]
  New board: [Ansel Voss]
---

# Harrow Mill Society

The society ran the mill at Harrow.
"""

PAGE_WITHOUT_CONTEST = PAGE.replace("election: Warden election of 1812\n", "")


def test_front_matter_sides_belong_to_the_named_contest(tmp_path):
    path = tmp_path / "society.md"
    path.write_text(PAGE, encoding="utf-8")
    facts = extract_file(str(path))
    assert {m.conflict for m in facts.memberships} == {"Warden election of 1812"}


def test_front_matter_sides_without_a_contest_are_the_page_s(tmp_path):
    path = tmp_path / "society.md"
    path.write_text(PAGE_WITHOUT_CONTEST, encoding="utf-8")
    facts = extract_file(str(path))
    assert {m.conflict for m in facts.memberships} == {"Harrow Mill Society"}
