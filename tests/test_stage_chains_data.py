"""The ordering rule's chains of a thing's stages are data (fields.yaml stage_chains): a user's vocabulary folder
adds a chain of its own, and a template's prefixed keys ("Ship laid down") name the stages of the shipped chains."""
from lorecheck import vocabulary
from lorecheck.extract.stages import ordered_stage, stage_order_pairs


def test_a_template_prefix_names_the_stage():
    assert ordered_stage("ship_laid_down") == "laid down"
    assert ordered_stage("Ship launched") == "launched"
    assert ordered_stage("ship_builder") is None
    pairs = stage_order_pairs()
    assert any("laid down" in a and "launched" in b for a, b in pairs)
    assert not any("launched" in a and "laid down" in b for a, b in pairs)


def test_a_users_vocabulary_adds_a_chain(tmp_path):
    (tmp_path / "fields.yaml").write_text("stage_chains:\n  - [[sketched], [painted], [varnished]]\n",
                                          encoding="utf-8")
    saved = list(vocabulary._extra_folders)
    vocabulary.set_extra_folders([tmp_path])
    try:
        assert ordered_stage("varnished") == "varnished"
        assert any("sketched" in a and "varnished" in b for a, b in stage_order_pairs())
        assert any("laid down" in a and "launched" in b for a, b in stage_order_pairs())  # the shipped ones stay
    finally:
        vocabulary.set_extra_folders(saved)
    assert ordered_stage("varnished") is None
