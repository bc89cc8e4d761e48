"""extract/side_phrases.py builds its locators from the words a vocabulary gives: a list a user's vocabulary
empties switches its part off, and never leaves an empty alternative that matches after any possessive."""
from lorecheck import vocabulary
from lorecheck.extract import side_phrases


def _placed(text: str) -> list[str]:
    """The sides the after-the-party locators place someone at in the text."""
    return [m.group("obj") for _, _, p in side_phrases._patterns()[0] for m in p.finditer(text)]


def test_an_emptied_companion_list_leaves_the_force_nouns_alone(tmp_path):
    (tmp_path / "prose.yaml").write_text("side_phrases:\n  companion:\n", encoding="utf-8")
    saved = list(vocabulary._extra_folders)
    vocabulary.set_extra_folders([tmp_path])
    side_phrases._patterns.cache_clear()
    try:
        assert not vocabulary.load("prose")["side_phrases"]["companion"]
        assert _placed("Orm served as a captain in Vell's army.") == ["Vell"]
        assert _placed("Orm walked in Vell's garden.") == []
        assert _placed("Orm slept in Vell's old barn.") == []
    finally:
        vocabulary.set_extra_folders(saved)
        side_phrases._patterns.cache_clear()
    assert _placed("Orm walked in Vell's garden.") == []


def test_vows_causes_and_rulers_place_a_party_at_a_side():
    """"swore fealty to X", "joined the Xish cause", "declared for the duke", "acknowledged X as duke": the party
    vowed to, the cause's people or leader, the ruler's style (checks/disjoint_sides.py _SideGraph resolves them)."""
    assert "Tavin" in _placed("Maresk swore fealty to Tavin at Hald.")
    assert "House of Vell" in _placed("Maresk pledged his allegiance to the House of Vell.")
    assert "Vellish" in _placed("Maresk joined the Vellish cause.")
    assert "Tavin" in _placed("Maresk joined Tavin's party.")
    assert "duke" in _placed("Maresk declared for the duke.")
    assert "Tavin" in _placed("Maresk acknowledged Tavin as his rightful duke.")
    assert _placed("Maresk recognised Tavin as a threat.") == []
    assert "Duke" not in _placed("Maresk declared for the Duke of Vell.")


def test_an_emptied_ruler_list_reads_no_acknowledgement(tmp_path):
    (tmp_path / "prose.yaml").write_text("ruler_styles:\nside_phrases:\n  acknowledged_as:\n", encoding="utf-8")
    saved = list(vocabulary._extra_folders)
    vocabulary.set_extra_folders([tmp_path])
    side_phrases._patterns.cache_clear()
    vocabulary.word_set.cache_clear()
    try:
        assert _placed("Maresk acknowledged Tavin as ever.") == []
    finally:
        vocabulary.set_extra_folders(saved)
        side_phrases._patterns.cache_clear()
        vocabulary.word_set.cache_clear()
