"""vocabulary.Caseless and prose._may_contain test lower-cased text instead of re.IGNORECASE: the same matches."""
import re

from lorecheck.extract.prose import _Sentence, _may_contain
from lorecheck.model import Block, BlockKind, Origin
from lorecheck.vocabulary import CASE_UNSAFE, Caseless

TEXTS = [
    "The Founders of Tolm wed in 1702; the CAPITAL moved, and the capitals stayed.",
    "Her marriage to Oskar Vehl – the wedding at Ærøskøbing – was in the capital, São Brel.",
    "The fortress was Founded by Ulf; capital-city or re-founded, Taking Tolm took a day.",
    "Kapital and the \u212aapital (a Kelvin sign), the ca\u017fe of \u0130stanbul and the \u0131sland were founded.",
    "",
    "capital",
    "founder\u2019s seat\nof government, the SEAT  OF\tTHE government",
]


def test_case_unsafe_lists_every_character_lower_cannot_stand_for():
    """The characters whose lower() is not one character of the same word/digit/space class, or is ASCII,
    or that re.I folds to an ASCII letter (this interpreter's Unicode data)."""
    word, digit, space, ascii_letter = re.compile(r"\w"), re.compile(r"\d"), re.compile(r"\s"), re.compile("[a-z]", re.I)
    unsafe = []
    for cp in range(0x80, 0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        low = c.lower()
        if len(low) != 1 or low.isascii() or ascii_letter.match(c) or any(
                bool(p.match(c)) != bool(p.match(low)) for p in (word, digit, space)):
            unsafe.append(c)
    assert "".join(unsafe) == "".join(c for c in map(chr, range(0x80, 0x110000)) if CASE_UNSAFE.match(c))


def test_caseless_gives_the_re_ignorecase_matches():
    words = ["capital", "Capital City", "founder", "founded", "seat of the government", "seat of government",
             "wedding", "taking", "marriage"]
    for template in (r"\b(?:{})\b", r"(?<![\w-])(?:{})(?![\w-])", r"(?P<w>{})s?\b"):
        fast = Caseless(template, words)
        slow = re.compile(template.format("|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words),
                                                          key=lambda w: (-len(w), w)))), re.I)
        for text in TEXTS:
            for pos in (0, 5):
                want = [(m.span(), m.group(), m.groupdict()) for m in slow.finditer(text, pos)]
                assert [(m.span(), m.group(), m.groupdict()) for m in fast.finditer(text, pos)] == want
                got = fast.search(text, pos)
                assert (got.span() if got else None) == (want[0][0] if want else None)


def test_caseless_takes_the_fast_path_past_characters_without_case():
    """"[\\w'’-]" in a template (the stage words' gaps) is no reason for re.I: "’" has no case."""
    words = ["entered * as a novice", "founded", "burnt down"]
    template = r"(?<![\w’-])(?:{})(?![\w'’-])"
    fast = Caseless(template, words)
    assert fast._lower is not None
    slow = re.compile(template.format("|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words),
                                                      key=lambda w: (-len(w), w)))), re.I)
    for text in TEXTS + ["Tolm’s FOUNDED hall, BURNT\nDown; re’founded", "the ca\u017fe was Burnt down, founded"]:
        assert [(m.span(), m.group()) for m in fast.finditer(text)] == [(m.span(), m.group()) for m in slow.finditer(text)]
    assert Caseless(r"\b(?:{})é\b", words)._lower is None  # a cased character keeps re.I


def test_caseless_keeps_re_ignorecase_for_capitals_in_the_template():
    fast = Caseless(r"\b(?:{})\s+[A-Z]\w+", ["founded by"])
    assert fast._lower is None
    assert [m.group() for m in fast.finditer("It was FOUNDED BY ulf, founded by Tolm.")] == \
        ["FOUNDED BY ulf", "founded by Tolm"]


def test_may_contain_gives_the_hints_answer():
    block = Block(BlockKind.PARAGRAPH, "", ())
    cases = [(("later", "after"), re.compile("later|after", re.I)),
             ((" when ",), re.compile(r"\swhen\s", re.I)),  # not the words' alternation: the hint decides
             (("b.",), re.compile(r"b\.", re.I))]
    for text in TEXTS + ["Two years LATER – in Åsby", "She was ten\nwhen – Ærø fell", "Tolm (B. 1702 – d. 1760)",
                         "the \u0130LATER ca\u017fe"]:
        for words, hint in cases:
            sent = _Sentence(block, Origin.PROSE, 0, len(text), [], None, None)
            assert _may_contain(text, sent, words, hint) == (hint.search(text) is not None), (text, words)


def test_caseless_whole_patterns_give_the_re_ignorecase_matches():
    """The duration and age patterns, lower-case words in a pattern of their own."""
    from lorecheck.extract.numbers import _DURATION_PART
    from lorecheck.extract.prose import _AGE_RE, _DURATION_RE

    texts = TEXTS + ["He died AGED Forty-Two; she was Twenty when she died, a Nine-Year-Old boy.",
                     "It lasted Three Years, Two Months and 4 days – then 12 WEEKS, a Fortnight, two Centuries.",
                     "Seven years; \u0130ki years; was ſixteen years old when"]
    for fast in (_AGE_RE, _DURATION_RE, _DURATION_PART):
        slow = re.compile(fast.pattern.pattern, re.I)
        assert fast._lower is not None
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
                [(m.span(), m.groupdict()) for m in slow.finditer(text)]


def test_word_gate_never_turns_away_a_text_the_pattern_matches():
    """vocabulary.WordGate, the quick test before a re.I pattern every match of which holds one of its words:
    False only where the pattern finds nothing (texts with "ſ", the Kelvin sign or a dotted capital I included)."""
    from lorecheck.vocabulary import WordGate

    words = ["capital", "Capital City", "founder", "seat of the government", "taking", "re-founded", "marriage"]
    gate = WordGate(words)
    assert "founder" in gate.words and "government" in gate.words and "capital" in gate.words
    assert "capital city" not in gate.words  # its longest piece, "capital", is tested instead
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)
    texts = TEXTS + ["FOUNDERS of the SEAT OF THE GOVERNMENT", "the \u017feat of the government", "TAKİNG",
                     "ta\u212aing the capital", "nothing here at all", "RE-FOUNDED"]
    for text in texts:
        for a in range(0, len(text) + 1, 3):
            piece = text[a:a + 40]
            if pattern.search(piece):
                assert gate(piece) and gate(piece, piece.lower())
    assert not gate("nothing here at all")
    assert WordGate(["café"])("no such word")  # a word that is not ASCII: the gate cannot tell, and lets all pass
