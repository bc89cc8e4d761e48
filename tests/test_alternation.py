"""vocabulary.alternation shares a first letter among the words that open on it: the same matches as the plain
alternation of the words longest first, in every template, with and without re.I."""
import random
import re

from lorecheck.vocabulary import alternation


def _plain(words) -> str:
    ordered = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or "(?!)"


def test_shared_first_letters_give_the_plain_alternations_matches():
    rng = random.Random(16)
    letters = "abkst1 '-"
    for _ in range(300):
        words = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 5))).strip() or "a" for _ in range(8)}
        words = {w for w in words if w[0].isalnum()}
        text = "".join(rng.choice(letters + "ABKST\u212a\u017f\n.") for _ in range(80))
        grouped, plain = alternation(words), _plain(words)
        for template in ("(?:{})", r"\b(?:{})\b", r"(?<![\w-])(?:{})(?![\w-])", r"(?:{})\w*t", r"(?P<w>{})(?:s|\s+a)?"):
            for flags in (0, re.I):
                want = [(m.span(), m.groups()) for m in re.finditer(template.format(plain), text, flags)]
                assert [(m.span(), m.groups()) for m in re.finditer(template.format(grouped), text, flags)] == want, \
                    (sorted(words), template, text)


def test_words_opening_on_a_capital_or_a_sign_stay_one_alternation():
    assert alternation(["Born", "baptised"]) == "baptised|Born"
    assert alternation(["burnt down", "built", "born", "died"]) == r"b(?:urnt\s+down|uilt|orn)|died"
    assert alternation([]) == "(?!)"
