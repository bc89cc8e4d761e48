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
