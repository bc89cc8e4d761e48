"""A pre-commit run loads only the context that can meet the named files, and reports what a full run does."""
from __future__ import annotations

from pathlib import Path

from lorecheck.engine import lint
from lorecheck.config import Config, discover
from lorecheck.parallel import extract_all
from lorecheck.relevance import narrow, relevant, summarize
from lorecheck.world import may_have_short_names

PAGES = {
    # the named page dates the siege by one of its names
    "named.md": "---\ntitle: Orrin Ford\n---\n\nThe Siege of Vell began on 3 May 1801.\n",
    # a context page ties the two names of the siege together
    "siege.md": "---\ntitle: Siege of Vell\naliases:\n  - Vell Investment\n---\n\n"
                "The siege closed the river towns.\n",
    # another context page dates it under its other name only
    "chronicle.md": "---\ntitle: River Chronicle\n---\n\nThe Vell Investment began on 9 May 1801.\n",
    # unrelated: never loaded
    "elsewhere.md": "---\ntitle: Siege of Kettle Rock\nstart: 1650-02-01\n---\n\n"
                    "The Siege of Kettle Rock began on 1 February 1650.\n",
    # two wars whose pages call each their topic "War": a name that names nothing in particular
    "war_a.md": "---\ntitle: Pell War\nstart: 1700-01-01\naliases:\n  - War\n---\n\nThe Pell War began on 1 January 1700.\n",
    "war_b.md": "---\ntitle: Dun War\nstart: 1720-06-01\naliases:\n  - War\n---\n\nThe Dun War began on 1 June 1720.\n",
}


def _world(tmp_path: Path) -> Path:
    for name, text in PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_context_is_closed_over_aliases_and_leaves_the_rest(tmp_path):
    world = _world(tmp_path)
    paths = [str(world / n) for n in PAGES]
    facts = extract_all(paths, cache=False, jobs=1)
    chosen, wanted = relevant([summarize(facts[0])], [summarize(f) for f in facts[1:]])
    picked = {Path(paths[1 + i]).name for i in chosen}
    assert {"siege.md", "chronicle.md"} <= picked  # the alias brings the page that uses the other name
    assert "elsewhere.md" not in picked and "war_a.md" not in picked
    kept = narrow(facts[2], wanted)  # the chronicle's facts about the siege only
    assert kept.statements and all("Vell" in s.subject or "Vell" in (s.event or "") for s in kept.statements)


def test_precommit_run_finds_the_contradiction_through_a_third_page(tmp_path, monkeypatch):
    world = _world(tmp_path)
    (world / "lorecheck.toml").write_text('world = ["."]\n', encoding="utf-8")
    monkeypatch.chdir(world)
    hook = lint(["named.md"], discover(["named.md"]))
    full = lint(["."], Config())

    def seen(result):
        return sorted((d.rule, d.span.path.removeprefix("./"), d.span.line, d.message) for d in result.diagnostics
                      if "named.md" in (d.span.path, *(r.span.path.removeprefix("./") for r in d.related))
                      or d.span.path.endswith("named.md"))

    assert hook.context_files == len(PAGES) - 1
    assert any(d.rule == "conflicting-date" and "chronicle.md" in {r.span.path.removeprefix("./") for r in d.related}
               | {d.span.path.removeprefix("./")} for d in hook.diagnostics), [d.message for d in hook.diagnostics]
    assert seen(hook) == seen(full)  # what the full run reports about the named page, nothing more or less
    # a generic alias joins nothing: the two wars' starts are not one event
    assert not any("1700" in d.message and "1720" in d.message for d in full.diagnostics)


def test_facts_by_key_give_what_narrowing_gives(tmp_path):
    """The context filed by entity key (cache.FactsByKey) gives each document, for any wanted
    keys, the facts narrowing gives; an index of another salt or a damaged one is not used."""
    import sqlite3

    from lorecheck.cache import FactCache
    from lorecheck.model import DocumentFacts
    from lorecheck.relevance import Part, join_parts, split

    world = _world(tmp_path)
    facts = extract_all([str(world / n) for n in PAGES], cache=False, jobs=1)
    store = FactCache(tmp_path / "cache")
    index = store.facts_by_key()
    index.build((f"key-{i}", *split(f), summarize(f), may_have_short_names(f)) for i, f in enumerate(facts))
    covered = index.documents()
    assert sorted(covered) == sorted(f"key-{i}" for i in range(len(facts)))
    every = set().union(*(summarize(f).keys for f in facts))  # facts filed under two keys come once
    for wanted in ({"siege of vell"}, {"vell investment", "river chronicle", "dun war"}, every, set()):
        by_doc = index.parts(wanted)
        for i, f in enumerate(facts):
            doc = covered[f"key-{i}"]
            (stored, bare, shortens), = index.bare({doc}).values()
            assert stored == f.path and shortens == may_have_short_names(f)
            assert join_parts(DocumentFacts(stored, *bare), [Part(*p) for p in by_doc.get(doc, ())]) == narrow(f, wanted)
    assert FactCache(tmp_path / "cache", config_key="other settings").facts_by_key().documents() == {}
    db = sqlite3.connect(index.path)
    db.execute("UPDATE docs SET shortens = CASE WHEN id % 2 THEN NULL ELSE 'x' END")
    db.commit()
    index = store.facts_by_key()
    assert all(shortens for _, _, shortens in index.bare(set(index.documents().values())).values())  # damaged: may
    db.execute("UPDATE facts SET blob = X'00' || blob")
    db.commit()
    db.close()
    index = store.facts_by_key()
    assert index.documents() and index.parts({"siege of vell"}) is None  # damaged: not trusted


def test_index_gives_the_closure_the_summaries_give_and_its_damage_is_not_trusted(tmp_path, monkeypatch):
    """Relevance read from the facts-by-key index (who holds a key, what a page declares) chooses the
    context the summaries choose; a pre-commit run with a damaged index falls back and reports the same."""
    import sqlite3

    from lorecheck import parallel
    from lorecheck.cache import FactCache
    from lorecheck.relevance import IndexedSummaries, split

    (tmp_path / "w").mkdir()
    world = _world(tmp_path / "w")
    paths = [str(world / n) for n in PAGES]
    facts = extract_all(paths, cache=False, jobs=1)
    index = FactCache(tmp_path / "index").facts_by_key()
    index.build((f"key-{i}", *split(f), summarize(f), may_have_short_names(f)) for i, f in enumerate(facts[1:]))
    covered = index.documents()
    by_doc = {covered[f"key-{i}"]: [i] for i in range(len(facts) - 1)}
    summaries = [summarize(f) for f in facts[1:]]
    named = [summarize(facts[0])]
    assert relevant(named, IndexedSummaries(index, by_doc, {})) == relevant(named, summaries)
    # part covered, part not (a page edited since the index was built)
    part = IndexedSummaries(index, {d: i for d, i in by_doc.items() if i != [0]}, {0: summaries[0]})
    assert relevant(named, part) == relevant(named, summaries)

    (world / "lorecheck.toml").write_text('world = ["."]\n', encoding="utf-8")
    monkeypatch.chdir(world)
    parallel.configure(jobs=1, cache=True, cache_dir=str(tmp_path / "cache"))
    try:
        first = lint(["named.md"], discover(["named.md"]))  # builds the index
        db_path = FactCache(tmp_path / "cache").facts_by_key().path
        assert db_path.exists()
        (world / "named.md").write_text(PAGES["named.md"] + "\nThe Vell Investment ended in 1802.\n", encoding="utf-8")
        indexed = lint(["named.md"], discover(["named.md"]))
        db = sqlite3.connect(db_path)
        db.execute("UPDATE holders SET docs = X'00' || docs")
        db.commit()
        db.close()
        (world / "named.md").write_text(PAGES["named.md"] + "\nThe Vell Investment ended in 1803.\n", encoding="utf-8")
        damaged = lint(["named.md"], discover(["named.md"]))
    finally:
        parallel.configure(cache=False)
    assert any(d.rule == "conflicting-date" for d in first.diagnostics)
    for result in (indexed, damaged):
        assert [(d.rule, d.message) for d in result.diagnostics] == [(d.rule, d.message) for d in first.diagnostics]


def test_relative_date_counted_from_an_event_another_page_dates(tmp_path, monkeypatch):
    """"Two weeks after the revolt, on D" on a page that names the revolt ("the revolt in Ossery") but dates it not
    meets the page that dates it by the event's name: a pre-commit run naming either page loads the other and
    reports what the full run does."""
    pages = {
        "volunteers.md": "---\ntitle: Ossery Volunteers\n---\n\n# Ossery Volunteers\n\n"
                         "Carters gathered within days of the revolt in Ossery. Two weeks after the revolt, on "
                         "28 March 1688, the masters enrolled them.\n",
        "rising.txt": "Tarn Rising\n\nThe Tarn Rising was a revolt of the river guilds.\n\nPrincipal events\n"
                      "Event\tDate\tOutcome\nRevolt in Ossery\t2 February 1688\tGuild victory\n"
                      "Siege of Tarn\t10 March – 4 June 1688\tRegency victory\n",
        "elsewhere.md": "---\ntitle: Siege of Kettle Rock\n---\n\nThe Siege of Kettle Rock began on 1 February 1650.\n",
    }
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "lorecheck.toml").write_text('world = ["."]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def found(result):
        return sorted((d.span.path.removeprefix("./"), d.span.line, tuple(r.span.path.removeprefix("./") for r in d.related))
                      for d in result.diagnostics if d.rule == "relative-date")

    full = found(lint(["."], Config()))
    assert full == [("volunteers.md", 7, ("rising.txt",))]
    for named in ("volunteers.md", "rising.txt"):
        hook = lint([named], discover([named]))
        assert found(hook) == full, named
