"""A sentence-initial pronoun takes the right antecedent: the previous sentence's subject even when
that subject is unnamed ("The canal was twelve miles long. It was opened on D": the canal, which is
the page subject on a canal's page), never a name from an earlier paragraph skipped over the unnamed
one, and no one when the previous sentence's subject names two candidates of the pronoun's kind.
Each case in plain text, Markdown front matter and a wikitext infobox."""
from __future__ import annotations

import pytest

from lorecheck.engine import extract_file


def _page(fmt: str, title: str, kind: str, field: str, date: str, prose: str) -> str:
    if fmt == "txt":
        return f"Title: {title}\nType: {kind}\n{field.capitalize()}: {date}\n\n{prose}\n"
    if fmt == "md":
        return f"---\ntitle: {title}\ntype: {kind}\n{field}: {date}\n---\n\n{prose}\n"
    return f"{{{{Infobox {kind}\n| name = {title}\n| {field} = {date}\n}}}}\n'''{title}''' is a {kind}.\n\n{prose}\n"


FORMATS = ["txt", "md", "wiki"]

# the unnamed subject ("The canal") sits between the earlier named one and "It"
CANAL = ("Vintlecombe Canal is a waterway in the Kestrane valley.\n\n"
         "Odrin Talvey surveyed the route in 1710.\n\n"
         "The canal was twelve miles long. It was opened on {day} June 1715.")


def _statements(tmp_path, fmt, text):
    path = tmp_path / f"page.{fmt}"
    path.write_text(text, encoding="utf-8")
    facts = extract_file(str(path))
    return facts, [(s.subject, s.predicate, str(s.date)) for s in facts.statements if s.origin == "prose"]


def _findings(run_cli, tmp_path, fmt, text):
    path = tmp_path / f"page.{fmt}"
    path.write_text(text, encoding="utf-8")
    _, out, _ = run_cli("--no-cache", "--format", "concise", str(path))
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_it_after_unnamed_page_subject_conflicts_with_the_field(run_cli, tmp_path, fmt):
    text = _page(fmt, "Vintlecombe Canal", "canal", "opened", "4 June 1715", CANAL.format(day=9))
    out = _findings(run_cli, tmp_path, fmt, text)
    assert "[conflicting-date]" in out
    line = text.splitlines().index(next(l for l in text.splitlines() if l.startswith("The canal"))) + 1
    assert any(f":{line}:" in l and "[conflicting-date]" in l for l in out.splitlines())


@pytest.mark.parametrize("fmt", FORMATS)
def test_it_after_unnamed_page_subject_agreeing_is_silent(run_cli, tmp_path, fmt):
    text = _page(fmt, "Vintlecombe Canal", "canal", "opened", "4 June 1715", CANAL.format(day=4))
    out = _findings(run_cli, tmp_path, fmt, text)
    assert "[conflicting-date]" not in out
    _, stmts = _statements(tmp_path, fmt, text)
    assert not any(s == "Odrin Talvey" and p == "start" for s, p, _ in stmts)


@pytest.mark.parametrize("fmt", FORMATS)
def test_it_after_another_unnamed_thing_takes_no_one(run_cli, tmp_path, fmt):
    prose = ("Vintlecombe Canal is a waterway in the Kestrane valley.\n\n"
             "Odrin Talvey surveyed the route in 1710.\n\n"
             "The toll house stood at the upper lock. It was opened on 9 June 1715.")
    text = _page(fmt, "Vintlecombe Canal", "canal", "opened", "4 June 1715", prose)
    out = _findings(run_cli, tmp_path, fmt, text)
    assert "[conflicting-date]" not in out
    _, stmts = _statements(tmp_path, fmt, text)
    assert not any(str(d).startswith("9 June") for _, _, d in stmts), stmts


@pytest.mark.parametrize("fmt", FORMATS)
def test_he_after_two_named_people_stays_unresolved(run_cli, tmp_path, fmt):
    prose = ("Sorrowby Lode is a tin mine in the Kestrane valley.\n\n"
             "Odrin Talvey and Cassel Drennet rode to the pithead in 1712. He died on 3 May 1713.")
    text = _page(fmt, "Sorrowby Lode", "mine", "opened", "1709", prose)
    _, stmts = _statements(tmp_path, fmt, text)
    assert not any(p == "death" for _, p, _ in stmts), stmts


@pytest.mark.parametrize("fmt", FORMATS)
def test_he_after_one_named_person_still_resolves(run_cli, tmp_path, fmt):
    prose = ("Sorrowby Lode is a tin mine in the Kestrane valley.\n\n"
             "Odrin Talvey rode to the pithead in 1712. He died on 3 May 1713.")
    text = _page(fmt, "Sorrowby Lode", "mine", "opened", "1709", prose)
    _, stmts = _statements(tmp_path, fmt, text)
    assert ("Odrin Talvey", "death", "3 May 1713") in stmts, stmts


# a works or a body that took the person on, then "he": the pronoun is never the body's (prose.yaml
# not_person_words: Railway, Ironworks, Infirmary, Museum ...)
BODIES = [
    ("Vell Valley Railway", "When the Vell Valley Railway took Oran Pike from Dunmere in 1853 it made Coyle an "
                            "offer as well; he refused it. He retired in 1862."),
    ("Sallow Ironworks", "The Sallow Ironworks hired Coyle as a clerk in 1812 and made him manager in 1820. "
                         "He retired in 1862."),
    ("Orlby Infirmary", "The Orlby Infirmary took Coyle on as its surgeon in 1832. He resigned in 1862."),
    ("Wexby Museum", "The Wexby Museum engaged Coyle in 1791; he catalogued its coins. He retired in 1862."),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body,prose", BODIES)
def test_he_after_a_body_is_never_the_body(run_cli, tmp_path, fmt, body, prose):
    text = _page(fmt, "Idris Coyle", "person", "born", "1790", "Idris Coyle was an engineer.\n\n" + prose)
    _, stmts = _statements(tmp_path, fmt, text)
    assert not any(p.startswith("term") and s == body for s, p, _ in stmts), stmts


@pytest.mark.parametrize("fmt", FORMATS)
def test_he_after_the_person_named_still_retires_them(run_cli, tmp_path, fmt):
    prose = ("Idris Coyle was an engineer.\n\n"
             "The Sallow Ironworks hired Idris Coyle in 1812. Idris Coyle refused the board's offer in 1850. "
             "He retired in 1862.")
    text = _page(fmt, "Idris Coyle", "person", "born", "1790", prose)
    _, stmts = _statements(tmp_path, fmt, text)
    assert ("Idris Coyle", "term_end", "1862") in stmts, stmts
