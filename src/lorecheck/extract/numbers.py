"""Figures and stated durations written in words or digits.

"Over 8 million", "1,840,000", "6.94 million", "about 30,000"; "5 years,
3 months, 1 week and 4 days", "five months", "twenty-two years", "1,029 days".
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..model import StatedDuration
from ..vocabulary import alternation

_UNITS = {"days": "days", "day": "days", "weeks": "weeks", "week": "weeks",
          "months": "months", "month": "months", "years": "years", "year": "years",
          "fortnight": "fortnights", "fortnights": "fortnights",
          "decade": "decades", "decades": "decades", "century": "centuries", "centuries": "centuries"}
# round units counted in years: "a decade", "two centuries" are rounded figures, never exact ones
_YEARS_IN = {"decades": 10, "centuries": 100}


def number_words() -> dict[str, int]:
    return vocabulary.load("numbers")["words"]


# a figure in digits: "1,840,000" (commas only between threes), "6.94", "212"
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# a word around a figure (its noun, its unit, a part's label): letters, then apostrophes and hyphens too
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")

_NUM = r"(?:\d[\d,]*(?:\.\d+)?|[a-z]+(?:[- ][a-z]+)?)"
_DURATION_PART = vocabulary.Caseless(
    rf"\b({_NUM})(?:[\s\u00a0]+|-)(years?|months?|weeks?|days?|fortnights?|decades?|century|centuries)\b")
_FIGURE = re.compile(
    r"(?P<qual>\b(?:over|about|around|approximately|approx\.|c\.|circa|some|nearly|almost|at least|more than|"
    r"fewer than|less than|up to|roughly|an estimated|estimated)\s+)?"
    rf"(?P<num>{DIGITS})"
    r"(?:[\s\u00a0]*(?P<scale>million|billion|thousand|m\b|bn\b|k\b))?",
    re.I,
)
_SCALES = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "k": 1e3}


@lru_cache(maxsize=1)
def span_bounds() -> dict[str, str]:
    """Bounding words -> the side they bound a stated length from (prose.yaml `span_bounds`: "over" at-least)."""
    table = vocabulary.load("prose").get("span_bounds") or {}
    return {str(w).lower(): str(side) for side, words in table.items() for w in words or ()}


def span_bound(words: str) -> str | None:
    """The side "more than", "nearly" or "under" bounds a length from ("at-least", "near", "at-most"), or None."""
    return span_bounds().get(" ".join(words.lower().split()))


_NUMBER_PARTS = re.compile(r"[- ]")  # "forty-one", "forty one"


def word_number(token: str) -> int | None:
    """'5' -> 5, 'five' -> 5, 'forty-one' -> 41, 'a' -> 1; None when it is not a number."""
    t = token.lower().replace(",", "").strip()
    if t.isdigit():
        return int(t)
    words = number_words()
    if t in words:
        return words[t]
    parts = _NUMBER_PARTS.split(t)
    if len(parts) == 2 and parts[0] in words and parts[1] in words and words[parts[0]] >= 20 and words[parts[1]] < 10:
        return words[parts[0]] + words[parts[1]]
    return None


_WORD_TOKEN = re.compile(r"(?<![\w'’-])[A-Za-z]+(?:-[A-Za-z]+)?(?![\w'’-])")


def number_value(token: str) -> float | None:
    """A number written in digits ("8,300") or spelled ("twelve"); None when it is neither."""
    return float(token.replace(",", "")) if token[:1].isdigit() else spelled_number(token)


def spelled_number(phrase: str) -> int | None:
    """'one hundred and forty' -> 140, 'ninety-four' -> 94, 'two thousand three hundred' -> 2300; None when
    the phrase is not wholly one number (an "and" is read only after "hundred" or "thousand")."""
    tokens = phrase.lower().split()
    total = current = 0
    seen = False
    for k, w in enumerate(tokens):
        if w == "hundred" and seen and current:
            current *= 100
        elif w == "thousand" and seen and (current or total):
            total, current = (total + current) * 1000, 0
        elif w == "and" and k and tokens[k - 1] in ("hundred", "thousand") and k + 1 < len(tokens):
            continue
        elif (n := word_number(w)) is not None and w not in ("a", "an", "hundred") and not w.isdigit():
            if current % 100 and n >= 10 or current % 10 and n:
                return None  # "twenty thirty": two numbers, not one
            current += n
            seen = True
        else:
            return None
    return total + current if seen else None


def spelled_numbers(text: str) -> list[tuple[int, int, int]]:
    """(value, start, end) of each number written in words in `text`, the longest reading of each ("one
    hundred and forty", "ninety-four"); "a" and "an" are no numbers here."""
    tokens = list(_WORD_TOKEN.finditer(text))
    out = []
    i = 0
    while i < len(tokens):
        best = None
        for j in range(i, min(i + 6, len(tokens))):
            if j > i and text[tokens[j - 1].end():tokens[j].start()].strip():
                break
            if (value := spelled_number(text[tokens[i].start():tokens[j].end()])) is not None:
                best = (value, tokens[i].start(), tokens[j].end(), j)
        if best is None:
            i += 1
            continue
        out.append(best[:3])
        i = best[3] + 1
    return out


_CURRENCY_SIGN = re.compile(r"[£$€¥](?=\d)")


@lru_cache(maxsize=1)
def _count_words() -> tuple[re.Pattern, re.Pattern]:
    """(any number word from two to ninety, over lower-cased text: a cheap first test; where a number in words
    may start: such a word after no hyphen, and not the tail of "a hundred and ..."). The words are numbers.yaml's
    ("one", "a" and "an" are left: a pronoun, an article)."""
    words = alternation(w for w, n in number_words().items() if 2 <= n < 100)
    return (re.compile(rf"\b(?:{words})\b"),
            re.compile(rf"(?<![\w'’-])(?<!hundred and )(?<!thousand and )(?:{words})\b", re.I))


_NUMBER_TOKEN = re.compile(r"[ \t]*([A-Za-z]+(?:-[A-Za-z]+)?)(?![\w'’-])")


def _spelled_at(text: str, at: int) -> tuple[int, int, int] | None:
    """(value, start, end) of the longest number in words starting at `at` ("two hundred and six")."""
    ends, pos = [], at
    while len(ends) < 6 and (m := _NUMBER_TOKEN.match(text, pos)) is not None:
        w = m.group(1).lower()
        if w not in ("and", "thousand") and word_number(w) is None:
            break
        ends.append(m.end())
        pos = m.end()
    for e in reversed(ends):
        if (value := spelled_number(text[at:e])) is not None:
            return value, at, e
    return None


def figures_in_digits(text: str, start: int, end: int) -> tuple[str, dict[int, int]]:
    """`text` with the figures of text[start:end] written as bare digits, every offset kept: a number in words
    ("ninety-one", "two hundred and six") becomes its digits at the end of the words' room, spaces before it,
    and a currency sign before a figure ("£420") becomes a space. Why: a total and its parts are one breakdown
    whether written "£875", "875" or "eight hundred and seventy-five", and readers of digits then read all.
    A number word opens a figure only in lower case or at the text's start ("the Four Courts" is a name);
    "one" and "a" are left (a pronoun, an article). Returns the text and {digits' start: the figure's start}."""
    piece = text[start:end]
    signs = [m.start() for m in _CURRENCY_SIGN.finditer(piece)] if any(c in piece for c in "£$€¥") else []
    any_count_word, count_word_at = _count_words()
    if not signs and any_count_word.search(piece.lower()) is None:
        return text, {}
    moved: dict[int, int] = {}
    chars = list(piece)
    for at in signs:
        chars[at] = " "
        moved[start + at + 1] = start + at
    done = 0
    for m in count_word_at.finditer(piece):
        if m.start() < done or piece[m.start()].isupper() and piece[:m.start()].strip(" \"'“‘*(["):
            continue
        if (read := _spelled_at(piece, m.start())) is None:
            continue
        value, s, e = read
        done = e
        digits = str(value)
        chars[s:e] = " " * (e - s - len(digits)) + digits
        moved[start + e - len(digits)] = start + s
    return text[:start] + "".join(chars) + text[end:], moved


def parse_figure(text: str) -> tuple[float, str | None, int, int] | None:
    """First figure in `text`: (value, qualifier, start, end) or None."""
    for m in _FIGURE.finditer(text):
        num = m.group("num")
        if re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", num) and not m.group("scale") and not m.group("qual"):
            # a bare four-digit number next to a figure is usually a year ("(peak, 1865)")
            if _FIGURE.search(text, m.end()) or "," not in num and text[max(0, m.start() - 1):m.start()] == "(":
                continue
        value = float(num.replace(",", ""))
        scale = (m.group("scale") or "").lower()
        value *= _SCALES.get(scale, 1)
        qual = (m.group("qual") or "").strip().lower() or None
        return value, qual, m.start("qual") if qual else m.start("num"), m.end()
    return None


def parse_duration(text: str) -> StatedDuration | None:
    """'7 years, 1 month, 2 weeks and 1 day' / 'five months' / '1,029 days' -> StatedDuration."""
    d = StatedDuration(text=text)
    found = False
    for m in _DURATION_PART.finditer(text):
        n = word_number(m.group(1))
        if n is None:
            continue
        unit = _UNITS[m.group(2).lower()]
        if unit == "fortnights":  # "a fortnight later": fourteen days, a closer span than "two weeks"
            unit, n = "days", 14 * n
        elif unit in _YEARS_IN:
            unit, n = "years", _YEARS_IN[unit] * n
            d.approximate = True
        setattr(d, unit, getattr(d, unit) + n)
        found = True
    if not found:
        return None
    if d.days and not (d.years or d.months or d.weeks) and d.days > 31:
        d.total_days, d.days = d.days, 0
    return d
