"""Name drift reports a misspelling only with evidence that two spellings are one name."""
from __future__ import annotations

from lorecheck.engine import extract_file, lint

REIGN = "Colonel Walter Grey held the ford. Grey sent word to the king, and Grey waited for the guns."


def _drift(tmp_path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = lint([str(path)])
    return [f"{d.span.line}:{d.span.column} {d.message}" for d in result.diagnostics if d.rule == "name-drift"]


def test_a_misspelt_label_beside_its_linked_page_fires(tmp_path):
    text = ("'''Battle of Keld''' was fought near [[Sidi Rezegh]] in 1812.\n\n"
            "The guns at Sidi Rezegh opened at dawn. Sidi Rezegh fell at noon.\n\n"
            "The reserve waited east of [[Sidi Rezegh|Sidi Rezagh]] until dusk.\n")
    found = _drift(tmp_path, "keld.wiki", text)
    assert len(found) == 1 and found[0].startswith("5:") and "'Rezagh'" in found[0], found


def test_a_spelling_that_names_a_linked_page_is_not_drift(tmp_path):
    text = ("'''Battle of Keld''' was fought in 1812.\n\n"
            "Marshal Walter Model held the ridge. Walter Model sent for the guns, and Walter Model waited.\n\n"
            "His chief of staff, [[Walther Model]]'s cousin, rode to the ford.\n")
    assert _drift(tmp_path, "keld.wiki", text) == []


def test_two_names_one_letter_apart_are_not_drift(tmp_path):
    text = ("Battle of Keld\n\nColonel Walker held the ford. Walker sent word to the king, and Walker waited.\n\n"
            "Walter Grey brought the guns at dusk. The XXIII Corps and the XIII Corps crossed at night; "
            "the XXIII Corps led.\n")
    assert _drift(tmp_path, "keld.txt", text) == []


def test_the_same_name_around_a_rare_spelling_is_evidence(tmp_path):
    text = ("Battle of Keld\n\nMarshal Anton Straklin held the ford. Straklin sent word to the king, "
            "and Straklin waited.\n\nAt dusk Anton Strakling ordered the retreat.\n")
    found = _drift(tmp_path, "keld.txt", text)
    assert [f.split()[0] for f in found] == ["5:9"], found


def test_a_lone_misspelling_of_the_page_subject_fires_but_a_lone_other_name_does_not(tmp_path):
    subject = ("Bessik Palace\n\nThe palace stood empty after the Duke of Bessik died; Bessik had no heir. "
               "In 1702 the crown sold the Bassik estate.\n")
    assert len(_drift(tmp_path, "bessik.txt", subject)) == 1
    other = ("Battle of Keld\n\nThe Duke of Bessik died in 1701. Bessik left no heir, and Bessik's lands "
             "passed to the crown. In 1702 the crown sold the Bassik estate.\n")
    assert _drift(tmp_path, "keld.txt", other) == []


def test_links_are_names_spelled_as_their_pages_and_labels_are_not_aliases(tmp_path):
    path = tmp_path / "reign.wiki"
    path.write_text("Edda served [[Adelwyne I of Lindmor|Adelwyne I]], then [[Vichy France|France]] "
                    "and [[Kessin League|the League]].\n", encoding="utf-8")
    facts = extract_file(str(path))
    assert not any(e.aliases for e in facts.entities)  # one page's labels must not join names world-wide
    links = sorted((m.name, m.span.column) for m in facts.names if m.kind == "link")
    assert links == [("Adelwyne I of Lindmor", 37), ("Kessin League", 100), ("Vichy France", 71)], links


def test_against_a_world_the_named_page_keeps_its_drift(tmp_path, run_cli):
    page = ("Battle of {0}\n\nMarshal Anton Straklin held the ford. Straklin sent word to the king, "
            "and Straklin waited.\n\nAt dusk Anton Strakling ordered the retreat.\n")
    for name in ("keld", "dyr"):
        (tmp_path / f"{name}.txt").write_text(page.format(name.title()), encoding="utf-8")
    (tmp_path / "lorecheck.toml").write_text('world = ["."]\n', encoding="utf-8")
    code, out, _ = run_cli("--no-cache", "--jobs", "1", str(tmp_path / "keld.txt"))
    drift = [line for line in out.splitlines() if "[name-drift]" in line]
    assert len(drift) == 1 and "keld.txt:5:9" in drift[0], out  # orm.txt is context: its drift is not asked for


def test_a_misspelt_name_opening_a_sentence(tmp_path):
    infobox = "{{Infobox country\n| common_name = Marra\n| capital = [[Kolmenburg]]\n}}\n"
    prose = ("'''Marra''' is a small republic. Its capital is Kolmenburg. The court sits in Kolmenburg, "
             "and the mint in Kolmenburg.\n\n{} hosted the summit in 2007.\n")
    found = _drift(tmp_path, "marra.wiki", infobox + prose.format("Kolmenberg"))
    assert len(found) == 1 and found[0].startswith("7:1 ") and "'Kolmenberg'" in found[0], found
    # an ordinary word opening a sentence, or a name the page does not hold as its own, is no misspelling
    assert _drift(tmp_path, "marra.wiki", infobox + prose.format("Delegates")) == []
    assert _drift(tmp_path, "marra.wiki", infobox.replace("[[Kolmenburg]]", "unknown")
                  + prose.format("Kolmenberg")) == []


def test_a_name_written_word_for_word_but_one_is_evidence(tmp_path):
    """"Brennockley Hall" beside the title's "Brennockleigh Hall"; "Wyna van Zort" beside the infobox spouse
    "Wyna van Zoort": the rest of the name says they are one, even two or three letters apart."""
    hall = ("---\ntitle: The Vays of Brennockleigh\nseat: Brennockleigh Hall\n---\n\n"
            "# The Vays of Brennockleigh\n\nAnna Vay restored Brennockleigh Hall in 1802.\n\n"
            "Her son sold the east wing of Brennockley Hall in 1840.\n\n"
            "Brennockleigh Hall was sold to a shipping firm in 1951.\n")
    found = _drift(tmp_path, "vays.md", hall)
    assert [f.split()[0] for f in found] == ["10:31"] and "'Brennockley'" in found[0], found
    spouse = ("{{Infobox person\n| name = Oren Tal\n| spouse = {{marriage|Wyna van Zoort|1714|1741}}\n}}\n"
              "'''Oren Tal''' was a jurist. In 1714 he married Wyna van Zoort, a shipowner's daughter.\n\n"
              "A portrait of Tal and Wyna van Zort hangs in Selk.\n")
    found = _drift(tmp_path, "tal.wiki", spouse)
    assert [f.split()[0] for f in found] == ["7:23"] and "'Zort'" in found[0], found


def test_other_forms_of_a_word_in_one_frame_are_not_drift(tmp_path):
    """"New Zealand" / "New Zealanders", "National Socialist" / "National Socialism", "Guards Mechanized
    Brigade" / "Guards Mechanical Brigade" (unit words are no evidence), Śmigły / Smigly (diacritics)."""
    text = ("'''Battle of Keld''' was fought in 1812.\n\nThe New Zealand brigade held. New Zealand guns fired, "
            "and New Zealand losses were light. The New Zealanders withdrew.\n\n"
            "The National Socialist press and the National Socialist party praised it. National Socialism "
            "was blamed.\n\nThe 3rd Guards Mechanized Brigade and the 5th Guards Mechanized Brigade crossed; "
            "the 7th Guards Mechanical Brigade waited.\n\nMarshal Rydz-Śmigły ordered it; Rydz-Śmigły "
            "left, and Rydz-Smigly was blamed.\n")
    assert _drift(tmp_path, "keld.wiki", text) == []


def test_a_bracketed_gloss_beside_the_name_is_not_drift_but_a_typo_further_along_the_line_is(tmp_path):
    gloss = ("'''Siege of Vardenholt''' ([[Ostrian language|Ostrian]]: ''Vardenhollt'') was a "
             "siege.\n\nVardenholt fell in 1702. The walls of Vardenholt were rebuilt, and Vardenholt grew.\n")
    assert _drift(tmp_path, "Siege_of_Vardenholt.wiki", gloss) == []
    typo = ("House of Bessik\n\nThe cadet line began with Odran, the king's third son, whom his father made "
            "Duke of Bessik in 1688. For four generations his heirs kept the Bassik palace as their seat.\n\n"
            "Bessik was sold in 1790, and Bessik passed to the crown.\n")
    found = _drift(tmp_path, "keld.txt", typo)
    assert len(found) == 1 and "'Bassik'" in found[0], found


def test_drift_across_a_world_when_a_rule_asks_for_it(tmp_path):
    """Per-document rules run as each document arrives and its name mentions are then let go;
    a rule of the same kind with scope: world still compares spellings across documents."""
    from lorecheck.config import Config
    from lorecheck.rules import load_rules

    usual = "Marshal Anton Straklin held the ford. Straklin sent word, and Straklin waited for the guns.\n"
    (tmp_path / "keld.txt").write_text("Battle of Keld\n\n" + usual, encoding="utf-8")
    (tmp_path / "dyr.txt").write_text("Battle of Dyr\n\nAt dusk Anton Strakling ordered the retreat.\n",
                                      encoding="utf-8")
    shipped = next(r for r in load_rules().values() if r.id == "name-drift")
    folder = tmp_path / "my-rules"
    folder.mkdir()
    text = open(shipped.source, encoding="utf-8").read()
    text = text.replace("id: name-drift", "id: name-drift-world").replace("code: LC010", "code: LC910")
    (folder / "name-drift-world.yaml").write_text(text.replace("scope: document", "scope: world"), encoding="utf-8")
    per_document = lint([str(tmp_path / "keld.txt"), str(tmp_path / "dyr.txt")])
    assert not [d for d in per_document.diagnostics if d.rule.startswith("name-drift")]
    assert all(not f.names and not f.dates for f in per_document.facts)  # let go once their rules ran
    world = lint([str(tmp_path / "keld.txt"), str(tmp_path / "dyr.txt")], Config(rules=[str(folder)]))
    found = [(d.rule, d.span.path, d.span.line) for d in world.diagnostics if d.rule.startswith("name-drift")]
    assert found == [("name-drift-world", str(tmp_path / "dyr.txt"), 3)], found
    assert all(f.names for f in world.facts)  # the world-wide rule needs every document's names


def test_a_short_surname_misspelt_inside_its_full_name_fires(tmp_path):
    # the usual spelling fills the full name once but is written alone twice more
    text = ("Harbour War\n\nGrand Admiral Ambrus Drask held the roads.\n\n"
            "In the autumn Grand Admiral Ambrus Drasek landed troops on the shore.\n\n"
            "Drask's fleet in the inner harbour was never engaged. The treaty was signed by Drask for Tormel.\n")
    found = _drift(tmp_path, "harbour.txt", text)
    assert len(found) == 1 and found[0].startswith("5:") and "'Drasek'" in found[0], found


def test_two_short_surnames_in_one_frame_each_written_once_are_not_drift(tmp_path):
    text = ("Harbour War\n\nGrand Admiral Ambrus Drask held the roads.\n\n"
            "In the autumn Grand Admiral Ambrus Drasek landed troops on the shore.\n")
    assert _drift(tmp_path, "harbour.txt", text) == []


def test_a_long_word_slipped_in_a_generic_frame_fires(tmp_path):
    text = ("# Varrow Coast\n\nThe fleet wintered at Port-Varrowin. Port-Varrowin paid the toll in grain.\n\n"
            "The road from Port-Varrowin ran north to the fords.\n\nIn 1190 the toll of Port-Varrowain was doubled.\n\n"
            "Port-Marlin and Port-Marlis lay on the far shore; Port-Marlin was larger, and Port-Marlin paid first.\n")
    found = _drift(tmp_path, "quell.md", text)
    assert len(found) == 1 and found[0].startswith("7:") and "'Varrowain'" in found[0], found


def test_a_possessive_opening_a_sentence_is_compared(tmp_path):
    text = ("---\ntitle: Brackwater Canal\nengineer: \"[[Gwendeth Threlkell]]\"\n---\n# Brackwater Canal\n\n"
            "Gwendeth Threlkell, then thirty, was appointed chief engineer in 1841.\n\n"
            "Threlkel's design for the aqueduct was approved in 1843.\n\n"
            "> - Threlkell's drawings are kept at the county office.\n")
    found = _drift(tmp_path, "canal.md", text)
    assert len(found) == 1 and found[0].startswith("9:1") and "'Threlkel'" in found[0], found


def test_roman_ordinals_in_one_frame_are_two_units(tmp_path):
    text = ("Battle of Keld\n\nThe VIth Army Corps held the ford. The VIth Corps sent word at dawn.\n\n"
            "The VIIth Army Corps waited in reserve.\n")
    assert _drift(tmp_path, "keld.txt", text) == []


# ---------------------------------------------------------------- slips of the pen, in all three formats

ORDER_MD = ("---\ntitle: Order of Quorrel Fen Wardens\naliases:\n  - OQFW\n---\n\n"
            "The **Order of Quorrel Fen Wardens** (OQFW) kept the fens. The OQFW met each spring.\n\n"
            "Under Ostrik the {form} shrank to a few hands.\n\n## Sources\n\n"
            "Roll numbers follow the {numbering} numbering of the first edition.\n")


def test_an_acronym_after_the_is_no_epithet_and_back_matter_acronyms_are_read(tmp_path):
    bad = _drift(tmp_path, "a.md", ORDER_MD.format(form="OFQW", numbering="OQFW"))
    assert [f.split()[0] for f in bad] == ["9:18"], bad
    bad = _drift(tmp_path, "b.md", ORDER_MD.format(form="OQFW", numbering="OFQW"))
    assert [f.split()[0] for f in bad] == ["13:25"], bad
    assert _drift(tmp_path, "c.md", ORDER_MD.format(form="OQFW", numbering="OQFW")) == []


def test_words_in_capitals_in_back_matter_are_no_acronyms(tmp_path):
    text = ("Order of Quorrel Fen Wardens\n\nThe Order of Quorrel Fen Wardens (OQFW) kept the fens. The OQFW met "
            "each spring.\n\nNotes\n\nTHE QOFW ROLLS ARE LOST.\n")
    assert _drift(tmp_path, "n.txt", text) == []


def test_a_doubled_letter_moved_beside_a_common_name(tmp_path):
    body = ("Mabbunu\n\nThe fever reached Mabbunu in spring. The harbour of Mabbunu emptied, and Mabbunu's temple "
            "closed.\n\n{rare} was abandoned for a season.\n\nMabbunu never regained its size.\n")
    assert [f.split()[0] for f in _drift(tmp_path, "m.txt", body.format(rare="Mabunnu"))] == ["5:1"]
    few = ("Battle of Keld\n\nThe fever reached Mabbunu in spring. Mabbunu emptied.\n\nMabunnu was abandoned.\n")
    assert _drift(tmp_path, "f.txt", few) == []


def test_a_doubled_letter_moved_beside_a_linked_name_but_not_a_letter_more(tmp_path):
    text = ("'''Odo Keffel''' was an engineer.\n\nHe built the pumping station at [[Harlowbekke]] in 1834.\n\n"
            "In his last years he lived at {rare}, south of the town.\n")
    assert [f.split()[0] for f in _drift(tmp_path, "k.wiki", text.format(rare="Harlowbeeke"))] == ["5:31"]
    assert _drift(tmp_path, "l.wiki", text.format(rare="Harlowbekker")) == []


def test_umlaut_conventions_hold_only_where_umlauts_are_written(tmp_path):
    text = ("War of the Sluices\n\nWubbe Kelsaert led the guild. Wubbe Kelsaert rallied the town.\n\n"
            "{aside}Wubbe Kelsart signed the terms.\n")
    assert len(_drift(tmp_path, "v.txt", text.format(aside=""))) == 1
    assert _drift(tmp_path, "w.txt", text.format(aside="The Jäger companies marched. ")) == []


def test_a_surname_a_letter_longer_but_not_a_given_name(tmp_path):
    text = ("Brint Harbour\n\nSpouse: Ismene Penwar\n\nHe wed Ismene Penwar in 1649.\n\n"
            "His wife Ismene Penwary died in 1670.\n")
    assert [f.split()[0] for f in _drift(tmp_path, "p.txt", text)] == ["7:10"]
    siblings = ("Brint Harbour\n\nJorrit Ulden sailed in May. Jorrit Ulden returned in June.\n\n"
                "Jorrita Ulden kept the books.\n")
    assert _drift(tmp_path, "s.txt", siblings) == []


def test_a_hyphened_surname_one_letter_changed(tmp_path):
    text = ("---\ntitle: Jorrit Elkhorst\nspouse: Aubyn Brannow-Tovik\n---\n\n"
            "In 1906 Elkhorst married Aubyn Brannow-Tovik, the daughter of a shipowner of the northern coast. "
            "Aubyn, who signed her appeals with her own name of {rare}, ran the fund until 1938.\n")
    assert [f.split()[0] for f in _drift(tmp_path, "h.md", text.format(rare="Brannow-Tavik"))] == ["6:149"]
    assert _drift(tmp_path, "i.md", text.format(rare="Brannow-Tovik")) == []
    titles = ("Battle of Keld\n\nThe Commander-in-Chief rode north. The Commander-in-Chief waited.\n\n"
              "The General Officer Commanding-in-Chief left.\n")
    assert _drift(tmp_path, "t.txt", titles) == []


def test_two_plurals_of_one_word_are_not_drift(tmp_path):
    text = ("Battle of Keld\n\nThe Zeros flew at dawn. Three Zeros fell. The Zeros turned back.\n\n"
            "Two Zeroes strafed the ford.\n")
    assert _drift(tmp_path, "z.txt", text) == []


def test_the_message_counts_the_usual_spelling_in_words(tmp_path):
    once = ("The [[Lowmarsh Stonecutters Brotherhood]] (LSB) was founded in 1801 at Brannick.\n\n"
            "The LBS's runners carried letters to the coast in 1805.\n")
    assert [f.split(" ", 1)[1] for f in _drift(tmp_path, "lsb.wiki", once)] == [
        "'LBS' looks like a misspelling of 'LSB' (written that way once)"]
    thrice = ("Battle of Keld\n\nMarshal Anton Straklin commanded the left wing. Straklin held the ridge "
              "until noon, when Straklin sent for the guns.\n\nAt dusk Anton Strakling ordered the retreat.\n")
    assert _drift(tmp_path, "keld.txt", thrice)[0].endswith("(written that way 3 times)")


def test_a_prefixed_place_with_its_first_letter_slipped_fires_but_two_places_stay_silent(tmp_path):
    """"Saint-Urlac" once beside "Saint-Orlac" written four times: after a place's prefix the rest of the name says
    which place is meant, so a changed first letter is a slip; the same pair on one line is two places."""
    text = ("'''Saint-Orlac''' is a market town on the Venne.\n\n"
            "The fair of Saint-Orlac was chartered in 1311. The bridge of Saint-Orlac was rebuilt in 1602.\n\n"
            "In 1790 the commune of Saint-Urlac lost its abbey lands.\n\n"
            "Saint-Orlac was joined to the railway in 1868.\n")
    found = _drift(tmp_path, "orlac.wiki", text)
    assert len(found) == 1 and found[0].startswith("5:") and "'Urlac'" in found[0], found
    two = text.replace("In 1790 the commune of Saint-Urlac", "In 1790 Saint-Orlac and its neighbour Saint-Urlac")
    assert _drift(tmp_path, "orlac.wiki", two) == []
