"""Find date expressions in text and normalise them to `DateValue` / `DateRange`.

Fast path, because this runs on every block of 10 MB corpora:
1. one compiled regex pass finds anchors (digits, month and season names);
   nearby anchors are clustered into a bounded window;
2. each window is tokenised by shape (MONTH, NUM2, NUM4, ORD, era, modifiers,
   punctuation); runs of date tokens are cut out (any other word ends a run);
3. the LALR grammar `grammar/dates.lark` finds the longest date expression at
   each token of a run. The parse depends only on the token *types*, so the
   segmentation of a run is cached by its type tuple: the parser runs once per
   shape ("MONTH NUM2 COMMA NUM4"), never once per date;
4. values are computed from the cached trees and the real token texts, then
   partial dates ("17 November", "early June") take their year from context:
   a later explicit year in the same sentence, the date last mentioned, the
   paragraph, the section heading, and only then the document creation time.

Impossible dates ("31 November", "30 February", "32 March 1850") are kept as
written; `DateValue.valid` reports them. Seasons are month ranges (spring =
March-May, summer = June-August, autumn = September-November, winter = January
of its year to February of the next, which covers both readings of "the winter
of 1941"); decades are year ranges ("the 1930s" = 1930-1939, "mid-1920s" =
1924-1926). FoundDate.timex keeps their TIMEX3 form ("1941-SU", "193").
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field

from ..calendar import day_number
from ..model import DateRange, DateValue, Mod


# ------------------------------------------------------------------ vocabulary

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# season -> (the month it opens, the month it closes): winter opens in one year and closes in the next
SEASON_OPENS_CLOSES = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _season_months(opens: int, closes: int) -> tuple[int, int, int]:
    """(first month, last month, years the last is after the first) that "<season> 1941" may mean. A season
    across the new year is the one that closes in the year or the one that opens in it ("the winter of 1941"
    is January-February 1941 or December 1941-February 1942): from January of the year to its close in the next."""
    return (opens, closes, 0) if opens <= closes else (1, closes, 1)


SEASON_MONTHS = {season: _season_months(*months) for season, months in SEASON_OPENS_CLOSES.items()}
# plain words of the grammar, by token type (matched lowercase)
WORDS = {
    "the": "THE", "of": "OF", "end": "END", "beginning": "BEGIN", "start": "BEGIN", "outset": "BEGIN",
    "middle": "MIDDLE", "early": "EARLY", "mid": "MID", "late": "LATE", "circa": "CIRCA",
    "to": "TO", "until": "TO", "till": "TO", "through": "TO", "and": "AND", "between": "BETWEEN",
    "from": "FROM",
}
# era words; matched case-sensitively (lowercase "ad" is English, not an era)
ERAS = {"BC": "BC", "BCE": "BC", "B.C.": "BC", "B.C.E.": "BC", "AD": "AD", "A.D.": "AD", "CE": "AD", "C.E.": "AD"}
CIRCA_ABBREVIATIONS = {"c.", "ca.", "c", "ca"}
# a bare number is a quantity, not a year, when it follows one of these words ...
QUANTITY_BEFORE = {
    "about", "approximately", "nearly", "over", "some", "around", "roughly", "almost", "than",
    "least", "only", "just", "total", "estimated", "additional", "another", "under", "up", "resolution",
    "no.", "no", "number", "page", "pages", "p.", "pp.", "vol.", "volume", "chapter", "$", "£", "€", "#",
}
# ... unless a preposition of time comes right before that word ("in about 1940")
TIME_PREPOSITIONS = {"in", "by", "from", "since", "until", "till", "before", "after", "during", "around", "circa", "of"}
# ... or when a noun of counting or a unit follows it
QUANTITY_AFTER = {
    "men", "people", "troops", "soldiers", "aircraft", "planes", "tanks", "guns", "ships", "police",
    "personnel", "infantry", "cavalry", "children", "women", "civilians", "prisoners", "casualties",
    "dead", "killed", "wounded", "feet", "ft", "foot", "miles", "mi", "km", "kilometres", "kilometers",
    "metres", "meters", "m", "kg", "tons", "tonnes", "pounds", "lb", "yards", "acres", "hectares",
    "percent", "per", "%", "times", "strong", "more", "other", "of", "hours", "minutes",
    "horses", "cattle", "sheep", "head", "dollars", "francs", "marks", "rubles", "roubles",
}
# ... but "in 1731 of a fever", "in 1802 of his wounds": after "in", "of" and one of these is a death's cause
CAUSE_AFTER_OF = {"a", "an", "his", "her", "their", "wounds", "fever", "plague", "consumption", "smallpox",
                  "cholera", "typhus", "dropsy", "apoplexy", "old", "natural", "exposure", "drowning"}
# a bare year lends its year to later partial dates only after one of these words (or at a
# sentence start): "in 1941 ... on 3 May" is a context, "{{convert|2500|yd}}", "at 1730" or
# "c. 400 tanks" are not
CONTEXT_YEAR_CUES = {
    "in", "by", "from", "since", "until", "till", "during", "of", "after", "before", "year", "to",
    "through", "throughout", "and", "or", "between", "early", "mid", "late", "around", "circa", "was", "is",
    "were", "as", "that", "than", "then", "c.", "ca.", "ad", "a.d.",
    "day",  # "on Charter Day 2238", "Midsummer Day 1662": a kept day of that year, the story's time
}
# a bare year next to these words is when something was written about the events, not when
# they happened: "Buckley wrote in 2014 that ... on 25 July", "In 1966, the historian ..."
WRITING_WORDS = {
    "wrote", "writes", "write", "written", "writing", "argued", "argues", "stated", "states", "said", "says",
    "claimed", "claims", "noted", "notes", "concluded", "suggested", "suggests", "published", "publishes",
    "estimated", "calculated", "described", "recalled", "historian", "historians", "study", "studies",
    "edition", "book", "memoir", "memoirs", "interview", "pictured", "photographed", "photograph",
    "account", "analysis", "biography", "article", "documentary", "film", "novel", "determined",
    "commemorated", "anniversary", "reissued", "released", "unveiled", "erected",
    "honour", "honours", "honor", "honors", "recognised", "recognized",
}
# "the end of 1944", "the summer of 1944": of a year that dates the story; any other "X of 1909"
# names a thing ("the Anglo-Siamese Treaty of 1909", "the Soviet offensive of 1944")
TIME_BEFORE_OF = {
    "end", "beginning", "start", "middle", "outset", "course", "half", "part", "rest", "remainder",
    "year", "years", "months", "weeks", "days", "spring", "summer", "autumn", "fall", "winter", "season",
    "turn", "close", "first", "last", "early", "late", "mid",
} | set(MONTHS) | set(MONTH_ABBREVIATIONS)
# a month right before a capitalised word is a first name ("June Carter") unless one of these precedes it:
# "In October Hobbeth led the last band", "until March Osk held the pass", "That August Harbourmaster Wren closed"
MONTH_BEFORE_NAME_CUES = frozenset({"in", "until", "till", "since", "by", "during", "through", "throughout",
                                    "that", "this", "following", "each", "every"})
# a bare month needs a cue word before it when it is also an English word or name
BARE_MONTH_CUES = {
    "in", "on", "of", "by", "until", "till", "since", "from", "during", "and", "or", "to", "between",
    "through", "before", "after", "last", "next", "this", "that", "each", "every", "following",
    "previous", "early", "mid", "late", "end", "beginning", "start", "middle", "throughout", "mid-",
    "early-", "late-", "until", "into", "in-", "around", "–", "-", "(", ",",
}
AMBIGUOUS_MONTH_WORDS = {"may", "march", "august", "april", "june", "jan", "mar", "dec", "sept", "sep"}
# a partial date this many months before the last date's month is read in the next year
ROLLOVER_MONTHS = 6
MAX_DAY_WRITTEN = 39  # "32 March 1850" is a date with an impossible day; "45 March" is not a date
BARE_YEAR_MIN, BARE_YEAR_MAX = 1000, 2999  # a bare 4-digit number outside this is not read as a year

# ---------------------------------------------------------------- regexes

_MONTH_ALT = (
    r"[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|March|Mar|[Aa]pr(?:il)?|May|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust)?"
    r"|[Ss]ep(?:t(?:ember)?)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
)
# anchors: a digit, or the capital that starts a month or season name; a leading character
# class with look-behind dispatch keeps this scan in C at tens of MB/s
ANCHOR_RE = re.compile(
    r"[\dJFMASONDW](?:(?<=\d)\d*|(?<=J)(?:an|un|ul)|(?<=F)(?:eb|all)|(?<=M)(?:ar|ay)|(?<=A)(?:pr|ug|utumn)"
    r"|(?<=S)(?:ep|pring|ummer)|(?<=O)ct|(?<=N)ov|(?<=D)ec|(?<=W)inter)"
)
ANCHOR_WORDS = set(MONTHS) | set(MONTH_ABBREVIATIONS) | set(SEASONS)
WORD_RE = re.compile(r"[^\W\d_]+")
# words before an anchor that may belong to its expression ("between the end of", "mid-", "c.")
LEFT_WORDS = {"between", "from", "early", "mid", "late", "the", "end", "beginning", "start", "middle", "outset",
              "of", "circa", "c.", "ca.", "ad", "a.d.", "spring", "summer", "autumn", "fall", "winter"}
_CORE = r"\d[\d,.:/]*(?:st|nd|rd|th|'?s)?"
CORE_RE = re.compile(_CORE)
# one token after an anchor: a number, a word (with a period: "Sept.", "B.C."), a dash or a comma
NEXT_TOKEN_RE = re.compile(r"[\s\u00a0]*(" + _CORE + r"|[^\W\d_]+(?:\.(?:\s?[^\W\d_]\.)*)?|[-\u2010-\u2015/,])")
# words that may continue a date expression after its anchor
LINK_WORDS = ({"the", "of", "and", "to", "until", "till", "through", "between", "from", "circa", "c", "ca"}
              | LEFT_WORDS | set(MONTHS) | set(MONTH_ABBREVIATIONS) | set(SEASONS))
_span_cache: dict[str, list] = {}
FINAL_TYPES = {"MONTH", "NUM2", "NUM4", "ORD", "ISO", "DECADE", "SEASON", "BC", "AD"}
TOKEN_RE = re.compile(
    r"""
    (?P<ISO>\d{4}-\d\d-\d\d)(?![\d-])
   |(?P<BIG>\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:[.:/]\d+)+|\d{5,}|\d+(?:[.,]\d+)?\s?%)
   |(?P<DECADE>\d{2,3}0'?s)\b
   |(?P<NUM>\d{1,4})(?P<ORD>st|nd|rd|th)?(?![\w])
   |(?P<ERA>B\.\s?C\.(?:\s?E\.)?|A\.\s?D\.|C\.\s?E\.|BCE|BC|AD|CE)(?!\w)
   |(?P<MODH>(?:[Ee]arly|[Mm]id|[Ll]ate)-)(?=\w)
   |(?P<WORD>[^\W\d_]+)(?P<DOT>\.)?
   |(?P<DASH>[-\u2010\u2011\u2012\u2013\u2014\u2015/])
   |(?P<COMMA>,)
   |(?P<OTHER>\S)
    """,
    re.X,
)
# where a sentence ends: terminal punctuation then space and a capital/digit/quote, or a line break
# (the look-behinds that keep "J. Smith" and "c. 1450" from ending one come after the stop they look past:
# a pattern opening with a character class lets re skip ahead to the next stop, ~5x faster)
SENTENCE_END_RE = re.compile(r"[.!?](?<!\b[A-Z][.!?])(?<!\bc[.!?])(?<!\bca[.!?])[\"'\u201d)\]]*\s+(?=[\"'\u201c(\[]?[A-Z0-9])|[\r\n]")
# "August of that year", "July 25 of the same year", "in July the following year": the year is the context
# year, shifted (without "of" the phrase still names the month's year, not a second date)
OF_THAT_YEAR_RE = re.compile(r"\s+(?:of\s+)?(that|the\s+same|that\s+same|the\s+following|the\s+next|the\s+previous)\s+year\b", re.I)
OF_THAT_YEAR_SHIFT = {"that": 0, "the same": 0, "that same": 0, "the following": 1, "the next": 1, "the previous": -1}
# "the previous June", "the following March": a month named by where it lies from the story's last date
_NEAR_MONTH_RE = re.compile(r"\b(?:the|that)\s+(previous|preceding|following|next)\s+$", re.I)
# "March 3 (March 4 by the eastern calendar), 1702": the year after the aside belongs to the dates in it
AFTER_ASIDE_RE = re.compile(r"\)\s*,?\s*$")
WORD_AFTER_RE = re.compile(r"\s*([^\W\d_]+|%)")

LEFT_CONTEXT = 40  # chars before an anchor that may belong to its expression ("between the end of")
RIGHT_CONTEXT = 160  # longest continuation after an anchor ("6 April and 7 June 1945")
MAX_RUN_TOKENS = 24  # longest token run handed to the parser

# --------------------------------------------------------------------- parser

_segment_cache: dict[tuple[str, ...], list] = {}


def _get_parser():
    """Built on first use (kept off module import: start-up matters)."""
    from ..grammar import token_parser

    return token_parser("dates")


def _segment(types: tuple[str, ...]) -> list:
    """Longest date expressions in a run of token types: [(i, j, tree)], cached by shape."""
    hit = _segment_cache.get(types)
    if hit is not None:
        return hit
    from ..grammar import Token, UnexpectedInput

    parser = _get_parser()
    out = []
    i, n = 0, len(types)
    while i < n:
        ip = parser.parse_interactive([])
        best = None
        for j in range(i, n):
            try:
                ip.feed_token(Token(types[j], types[j], start_pos=j))
            except UnexpectedInput:
                break
            try:
                tree = ip.copy(deepcopy_values=False).feed_eof()
            except UnexpectedInput:
                continue
            best = (i, j + 1, tree)
        if best is None:
            i += 1
        else:
            out.append(best)
            i = best[1]
    if len(_segment_cache) > 20000:
        _segment_cache.clear()
    _segment_cache[types] = out
    return out


# ---------------------------------------------------------------- public types


@dataclass(slots=True)
class FoundDate:
    start: int  # code-point offsets into the text given
    end: int
    text: str
    value: DateValue | DateRange
    year_from_context: bool  # the year was not written, it came from context
    parts: tuple["FoundDate", ...] = ()  # for ranges: each end as its own FoundDate
    timex: str | None = None  # TIMEX3 value when value cannot say it ("1941-SU", "193")
    mod: Mod | None = None  # early/mid/late on a season or decade (ranges carry no mod)
    circa: bool = False
    restated: bool = False  # its year is the one of the same day told before ("the attack of 11 July"), not a guess


class DateContext:
    """Where partial dates take their year (and month) from.

    Order: a later explicit year in the same sentence (decided inside
    find_dates), `last` (the last date written with its year), the paragraph's
    first year, the section heading's year, and `dct` only when nothing else.
    A heading that states a year starts afresh: dates of the previous section
    no longer lend their year.
    """

    def __init__(self, year: int | None = None, dct: DateValue | None = None):
        self.dct = dct
        self.heading_year: int | None = year
        self.paragraph_year: int | None = None
        self.last: DateValue | None = None
        self.last_range: tuple[DateValue, DateValue] | None = None  # the range `last` ended
        self.first_year: int | None = None  # the year the document opens with
        self.story_years: set[int] = set()  # years of the days the document dates
        self.month_years: set[int] = set()  # years of its months and seasons (when it dates no day)
        self.day_years: dict[tuple[int, int], int] = {}  # (month, day) -> year of the last date written so

    def heading(self, text: str, found: list[FoundDate] | None = None) -> None:
        """A section heading: "Western Europe (1940-41)" gives 1940. `found`: find_dates(text, DateContext()), when
        the caller has it (extract reads a heading's own dates so too)."""
        if found is None:
            found = find_dates(text, DateContext(), bare_years=True)
        for f in found:
            v = f.parts[0].value if f.parts else f.value
            if isinstance(v, DateRange):
                v = v.start
            if v is not None and not f.year_from_context:
                self.heading_year = v.astronomical_year
                self.last = None
                self.last_range = None
                self.paragraph_year = None
                return
        if self.last is not None and self._aside(self.last.astronomical_year):
            # "kept prisoner until April 1947", "demolished in 1939" closed the last section; a new
            # one returns to the years of the story (its headings, its dated days), not to an
            # aftermath or a background told in passing
            self.last = None
            self.last_range = None
            self.paragraph_year = None

    def aside(self) -> "DateContext":
        """A copy for a caption or a note: it takes its year from the story but lends none back
        ("Bayerlein in March 1944" under a picture must not date the next paragraph's "8 March")."""
        copy = DateContext(self.heading_year, self.dct)
        copy.paragraph_year, copy.last, copy.last_range = self.paragraph_year, self.last, self.last_range
        copy.first_year, copy.story_years = self.first_year, set(self.story_years)
        copy.month_years = set(self.month_years)
        copy.day_years = dict(self.day_years)
        return copy

    def _aside(self, year: int) -> bool:
        """A year outside the story: far from the headings' year, or outside the years of its dated days
        (of its dated months and seasons when a page writes no day with its year: "in summer 1944.
        The offensive began August 6" makes a background "demolished in 1939" an aside)."""
        if self.heading_year is not None:
            return abs(year - self.heading_year) > 1
        years = self.story_years or self.month_years
        return bool(years) and not min(years) <= year <= max(years)

    def paragraph(self) -> None:
        """A new paragraph: its own first year becomes the paragraph year."""
        self.paragraph_year = None

    def year_for(self) -> tuple[int, bool, int | None] | None:
        """(astronomical year, from dct?, month of the last date) for a partial date."""
        if self.last is not None:
            month = self.last.month
            if month is None and self.last.mod is Mod.END:
                month = 12  # "By the end of 1944, ... On 18 January": the story is at the year's end
            return self.last.astronomical_year, False, month
        if self.paragraph_year is not None:
            return self.paragraph_year, False, None
        if self.heading_year is not None:
            return self.heading_year, False, None
        if self.first_year is not None:
            return self.first_year, False, None
        if self.dct is not None:
            return self.dct.astronomical_year, True, None
        return None

    def year_inside_range(self, month: int, day: int | None = None) -> int | None:
        """The year a bare month takes inside the range just written ("Between 19 December 1944 and
        31 January 1945 ... in early December" is December 1944), or None when it lies outside.

        A day counts too: after "22 June 1940 – 8 May 1941", "until 10 June" lies in neither year's
        part of the range; a day outside it is the one nearest the range's end, where the story
        stands (10 June 1941; "On 16 December" after "19 December 1702 – 31 January 1703" is 1702)."""
        if self.last_range is None:
            return None
        start, end = self.last_range
        if start.month is None or end.month is None or start.year == end.year:
            return None
        first = (start.astronomical_year, start.month, start.day or 0)
        last = (end.astronomical_year, end.month, end.day or 99)
        for year in range(start.astronomical_year, end.astronomical_year + 1):
            inside = first[:2] <= (year, month) <= last[:2] if day is None else first <= (year, month, day) <= last
            if inside:
                return year
        if day is None:
            return None
        stop = day_number(end.astronomical_year, end.month, end.day or 1)
        return min(range(start.astronomical_year, end.astronomical_year + 2),
                   key=lambda year: abs(day_number(year, month, min(day, 28)) - stop))

    def saw(self, value: DateValue, range_start: DateValue | None = None) -> None:
        self.last_range = (range_start, value) if range_start is not None else None
        self.last = value
        year = value.astronomical_year
        if self.first_year is None:
            self.first_year = year
        if value.day is not None:
            self.story_years.add(year)
            if value.month is not None:
                self.day_years[(value.month, value.day)] = year
        elif value.month is not None:
            self.month_years.add(year)
        if self.paragraph_year is None:
            self.paragraph_year = year


# ------------------------------------------------------------ token handling


@dataclass(slots=True)
class _Tok:
    type: str
    text: str
    start: int
    end: int
    abbrev: bool = False  # month abbreviation / lowercase month: needs a day or year


def _classify_word(word: str, start: int, dot: bool) -> list[_Tok]:
    low = word.lower()
    end = start + len(word)
    if low in MONTHS:
        if word[0].islower() and low in AMBIGUOUS_MONTH_WORDS:
            return [_Tok("OTHER", word, start, end)]
        tok = _Tok("MONTH", word, start, end, abbrev=word[0].islower())
        return [tok] + ([_Tok("OTHER", ".", end, end + 1)] if dot else [])
    if low in MONTH_ABBREVIATIONS and word[0].isupper():
        return [_Tok("MONTH", word, start, end + (1 if dot else 0), abbrev=True)]
    if low in SEASONS:
        return [_Tok("SEASON", word, start, end)] + ([_Tok("OTHER", ".", end, end + 1)] if dot else [])
    if dot and low in ("c", "ca"):
        return [_Tok("CIRCA", word, start, end + 1)]
    t = WORDS.get(low)
    if t is None:
        return [_Tok("OTHER", word, start, end)]
    return [_Tok(t, word, start, end)] + ([_Tok("OTHER", ".", end, end + 1)] if dot else [])


_word_shapes: dict[tuple[str, bool], tuple[tuple[str, str, int, int, bool], ...]] = {}


def _word_toks(word: str, start: int, dot: bool) -> list[_Tok]:
    """_classify_word's tokens, worked out once per word (and trailing period) and placed at `start`."""
    key = (word, dot)
    shape = _word_shapes.get(key)
    if shape is None:
        if len(_word_shapes) > 100_000:
            _word_shapes.clear()
        shape = _word_shapes[key] = tuple((t.type, t.text, t.start, t.end, t.abbrev)
                                          for t in _classify_word(word, 0, dot))
    return [_Tok(kind, text, start + s, start + e, abbrev) for kind, text, s, e, abbrev in shape]


# TOKEN_RE with the whitespace before a token taken into its match: no alternative starts with a space, so
# the tokens are the same, and re no longer tries every alternative at every space (~25% faster). A match's
# token is therefore its named group, not the whole match.
_TOKEN_SCAN_RE = re.compile(r"\s*(?:" + TOKEN_RE.pattern + ")", re.X)


def _tokenize(text: str, a: int, b: int) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_SCAN_RE.finditer(text, a, b):
        kind = m.lastgroup
        if kind == "DOT":  # WORD followed by a period
            toks += _word_toks(m["WORD"], m.start("WORD"), True)
        elif kind == "WORD":
            toks += _word_toks(m["WORD"], m.start("WORD"), False)
        elif kind == "ORD" or kind == "NUM":
            digits = m.group("NUM")
            if m.group("ORD"):
                t = "ORD" if int(digits) <= MAX_DAY_WRITTEN and len(digits) <= 2 else "OTHER"
            else:
                t = "NUM2" if len(digits) <= 2 else "NUM4"
            start = m.start("NUM")
            toks.append(_Tok(t, text[start:m.end()], start, m.end()))
        else:  # the group ends where the match does (what follows it in TOKEN_RE only looks ahead)
            token = m[kind]
            start = m.start(kind)
            if kind == "ERA":
                kind = ERAS.get(token.replace(" ", ""), "OTHER")
            elif kind == "MODH":
                kind = WORDS[token[:-1].lower()]
            elif kind == "BIG":
                kind = "OTHER"
            toks.append(_Tok(kind, token, start, m.end()))
    return toks


# --------------------------------------------------------------- evaluation


@dataclass(slots=True)
class _Point:
    start: int
    end: int
    year: int | None = None  # as written (positive); None when not written
    month: int | None = None
    day: int | None = None
    bc: bool | None = None  # None: era not written
    mod: Mod | None = None
    season: str | None = None
    decade: int | None = None  # first year of the decade
    circa: bool = False
    kind: str = ""  # grammar alias: dmy, mdy, my, m, y, iso, decade, season
    plain_year: bool = False  # the year is a bare number (no era word)
    abbrev: bool = False  # month written in a form that needs a day or year
    year_from_context: bool = False


_leaf_cache: dict[int, tuple] = {}  # id(tree) -> (tree, its leaves): trees live in _segment_cache


def _leaves(tree) -> list:
    """The tokens of a (cached) parse tree, left to right; computed once per tree."""
    hit = _leaf_cache.get(id(tree))
    if hit is not None and hit[0] is tree:
        return hit[1]
    out = []
    stack = [tree]
    while stack:
        t = stack.pop()
        if hasattr(t, "children"):
            stack.extend(reversed(t.children))
        else:
            out.append(t)
    if len(_leaf_cache) > 100_000:
        _leaf_cache.clear()
    _leaf_cache[id(tree)] = (tree, out)
    return out


def _eval_year(tree, toks: list[_Tok], base: int, p: _Point) -> None:
    nums = [x for x in _leaves(tree) if x.type in ("NUM2", "NUM4")]
    p.year = int(toks[base + nums[0].start_pos].text) if nums else None
    if tree.data == "year_bc":
        p.bc = True
    elif tree.data in ("year_ad", "year_ad_first"):
        p.bc = False
    else:
        p.plain_year = True


_MODS = {"mod_start": Mod.START, "mod_mid": Mod.MID, "mod_end": Mod.END}


def _eval_point(tree, toks: list[_Tok], base: int) -> _Point:
    leaves = _leaves(tree)
    p = _Point(toks[base + leaves[0].start_pos].start, toks[base + leaves[-1].start_pos].end)
    data = tree.data
    mods = _MODS
    if data in mods or data == "circa":
        inner = tree.children[-1]
        q = _eval_point(inner, toks, base)
        q.start, q.end = p.start, p.end
        if data == "circa":
            q.circa = True
        else:
            q.mod = mods[data]
        return q
    p.kind = data
    for ch in tree.children:
        if not hasattr(ch, "children"):  # a token
            tok = toks[base + ch.start_pos]
            if ch.type == "MONTH":
                low = tok.text.lower().rstrip(".")
                p.month = MONTHS.get(low) or MONTH_ABBREVIATIONS[low]
                p.abbrev = tok.abbrev
            elif ch.type == "ISO":
                y, mo, d = tok.text.split("-")
                p.year, p.month, p.day, p.plain_year = int(y), int(mo), int(d), True
            elif ch.type == "DECADE":
                p.decade = int(tok.text.rstrip("s").rstrip("'"))
                if p.decade < 100:  # "the 40s"? not read: keep the decade as written
                    p.decade = None
            elif ch.type == "SEASON":
                p.season = SEASONS[tok.text.lower()]
            elif ch.type == "BC":
                p.bc = True
        elif ch.data == "day":
            t = toks[base + ch.children[0].start_pos].text
            p.day = int(t.rstrip("stndrh"))
        elif ch.data == "tail_year":
            _eval_year(ch.children[-1], toks, base, p)
        elif ch.data.startswith("year"):
            _eval_year(ch, toks, base, p)
    return p


def _eval(tree, toks: list[_Tok], base: int) -> list[_Point] | None:
    """One expression: [point] or [start, end] for a range; None when it is not a date after all."""
    root = tree.children[0]
    if root.data == "range_pair":
        pts = [c for c in root.children if not hasattr(c, "type") and c.data != "sep"]
        a, b = (_eval_point(x, toks, base) for x in pts)
        return _join_range(a, b)
    if root.data == "range_day_first":
        day_tree, _sep, pt = root.children
        b = _eval_point(pt, toks, base)
        tok = toks[base + day_tree.children[0].start_pos]
        a = _Point(tok.start, tok.end, day=int(tok.text.rstrip("stndrh")), kind="dmy")
        if b.day is None or b.month is None:
            return None
        return _join_range(a, b)
    if root.data == "range_short_second":
        pt, _sep, num = root.children[:3]
        tail = root.children[3] if len(root.children) > 3 else None
        a = _eval_point(pt, toks, base)
        tok = toks[base + num.start_pos]
        short = int(tok.text.rstrip("stndrh"))
        b = _Point(tok.start, tok.end)
        if tail is not None:
            _eval_year(tail.children[-1], toks, base, b)
            b.end = toks[base + _leaves(tail)[-1].start_pos].end
        if a.day is not None and a.month is not None:  # June 6-8, 1944
            b.day, b.kind = short, "dmy"
            if tail is not None:
                a.year, a.bc, a.plain_year = b.year, b.bc, b.plain_year
            return _join_range(a, b)
        if a.kind == "y" and a.mod is None and num.type == "NUM2" and tail is None and not a.bc:
            full = a.year - a.year % 100 + short
            if full <= a.year:
                if a.year % 100 < 90 or 1 <= short <= 12 and toks[base + num.start_pos - 1].text == "-":
                    return [a]  # "1691-11": a month of 1691 (ISO), not a range into the next century
                full += 100
            b.year, b.kind, b.plain_year, b.bc = full, "y", True, a.bc
            return [a, b]
        return [a]
    return [_eval_point(root, toks, base)]


def _join_range(a: _Point, b: _Point) -> list[_Point]:
    """Fill what one end leaves out from the other: year, month, era."""
    if a.year is None and b.year is not None and a.decade is None:
        a.year, a.plain_year = b.year, b.plain_year
        if a.month is None and a.season is None and a.kind in ("dmy", "mdy"):
            a.month = b.month
        elif a.month is not None and b.month is not None and a.month > b.month and not b.bc and a.season is None:
            a.year -= 1  # "6 December to 14 January 1945" starts in December 1944
    if a.month is None and a.day is not None:
        a.month = b.month
    if b.month is None and b.day is not None:
        b.month = a.month
    if a.bc is None and b.bc is True and a.year is not None and b.year is not None and a.year >= b.year:
        a.bc, a.plain_year = True, False  # 490-479 BC: the era word covers both ends
    if b.year is None and a.year is not None and b.decade is None and b.kind != "":
        b.year, b.plain_year = a.year, a.plain_year
        b.bc = a.bc if b.bc is None else b.bc
        if a.month is not None and b.month is not None and b.month < a.month and not b.bc and b.season is None:
            b.year += 1  # "12 December 1944 to 5 January" ends in January 1945
    return [a, b]


# ---------------------------------------------------------------- filtering


def _word_before(text: str, pos: int) -> str:
    """The lowercased non-space chunk before `pos` (skipping spaces), '' at the start."""
    j = pos - 1
    floor = max(0, pos - 30)
    while j >= floor and text[j].isspace():
        j -= 1
    k = j
    while k >= floor and not text[k].isspace():
        k -= 1
    return text[k + 1:j + 1].lower()


_WRITING_WINDOW = 70  # characters either side of a bare year searched for a word of writing


def _looks_back(text: str, p: _Point, ctx: DateContext) -> bool:
    """"rebels who had fought them since 1995" after "In February 2008": a bare year after "since" is when a
    state of things began, looking back from the story's time; it does not move the story back to it. Nor
    does a year in an aside told in the pluperfect ("adopted in 2238. Orr, who had retired in 2222, spoke for
    it; he died in July of the following year": July 2239)."""
    return p.kind == "y" and p.plain_year and p.year is not None and ctx.last is not None \
        and ctx.last.astronomical_year > p.year and (_word_before(text, p.start).strip("(,;:") == "since" or
                                                     _PLUPERFECT_ASIDE.search(text, max(0, p.start - 80), p.start)
                                                     or _background_aside(text, p, ctx))


def _background_aside(text: str, p: _Point, ctx: DateContext) -> bool:
    """"On 28 April 1910 the board cut wages. The fitters, already aggrieved by the longer day in 1908, walked out on
    Tuesday 3 May": a bare year inside a participle aside set off by commas tells the background of a story whose
    full date the paragraph has told (3 May is 1910's)."""
    return ctx.last is not None and ctx.last.day is not None and _ASIDE_CLOSES.match(text, p.end) is not None \
        and _PARTICIPLE_ASIDE.search(text, max(0, p.start - 120), p.start) is not None


# ", already aggrieved by the lengthening of the working day in", ", long embittered over the closures of": a
# participle aside opened by a comma (no comma or clause end inside it), up to the bare year it tells
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:(?:already|long|still|much|deeply|bitterly|sorely|once)\s+)?[a-z]+(?:ed|en)"
                               r"\s+(?:by|at|over|about|with|from|after)\s+[^,.;:()]{0,90}?\b(?:in|of|during)\s+$")
_ASIDE_CLOSES = re.compile(r"\s*,")


# ", who had retired in", ", which had been sold by": a relative aside in the pluperfect, up to the bare year it tells
_PLUPERFECT_ASIDE = re.compile(r",\s+(?:who|which)\s+had\s+(?:[a-z]+\s+){1,6}(?:in|by)\s+$")


def _weak_context_year(text: str, p: _Point) -> bool:
    """A bare year that must not lend its year to partial dates: no cue before it, or a year of writing."""
    if not (p.kind == "y" and p.plain_year and p.mod is None and p.season is None and p.decade is None):
        return False
    if p.circa:
        return True  # "c. 400 tanks", "about c. 200 of the prisoners"
    before = _word_before(text, p.start).strip("(,;:")
    j = p.start - 1
    while j >= 0 and text[j] in " \u00a0\t(":
        j -= 1
    at_sentence_start = j < 0 or text[j] in ".!?;:\n"
    if before not in CONTEXT_YEAR_CUES and not at_sentence_start:
        return True
    if before == "of" and _word_before(text, text.rfind("of", 0, p.start)).strip("(,;:'\"") not in TIME_BEFORE_OF:
        return True  # "the Treaty of 1909": a name, not the time of the story
    lo, hi = max(0, p.start - _WRITING_WINDOW), min(len(text), p.end + _WRITING_WINDOW)
    # only the words of the year's own sentence count
    left = text[lo:p.start]
    cut = max(left.rfind(". "), left.rfind("; "))
    if cut >= 0:
        left = left[cut + 2:]
    right = text[p.end:hi]
    m = SENTENCE_END_RE.search(right)
    if m:
        right = right[:m.start()]
    return any(w.lower() in WRITING_WORDS for w in WORD_RE.findall(left + " " + right))


def _year_is_a_count(text: str, p: _Point) -> int | None:
    """"On 30 May, 620 soldiers", "By 23 April 415 volunteers": where the date ends without its 'year'.

    Only a year under 1000 written right after a day and month, and followed by a word of counting,
    is read this way; a four-digit year stays a year ("on 3 May 1945 troops landed").
    """
    if p.kind not in ("dmy", "mdy") or p.year is None or not p.plain_year or p.year >= 1000:
        return None
    m = _TRAILING_YEAR_RE.search(text, p.start, p.end)
    if m is None:
        return None
    probe = _Point(m.start(1), p.end, year=p.year, kind="y", plain_year=True)
    if not _looks_like_quantity(text, probe):
        return None
    return m.start()


_TRAILING_YEAR_RE = re.compile(r"[\s,\u00a0]*(\d{1,3})$")


# A world dated in the first millennium ("10 April 653") writes its bare years with three digits: in a
# document whose full dates have such years, and more of them than four-digit numbers, a bare
# three-digit number within SHORT_YEAR_MARGIN years of them is a year where a year is expected (after a
# preposition of time, as one end of a range, alone in a field or cell). Set per document by extract.
SHORT_YEAR_MARGIN = 300
_short_years: tuple[int, int] | None = None
_FULL_SHORT_DATE_RE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:%s)\s+(?:\d{1,2},?\s+)?([1-9]\d\d)(?![\d,.]\d|\s+[a-z]+s\b)(?!\d)"
    % "|".join(m.capitalize() for m in MONTHS))
# what every match of _FULL_SHORT_DATE_RE holds from its month on: it opens with a month name, so re skips to
# the next capital J/F/M/A/S/O/N/D where the full pattern tries every word start (5x faster; most pages have none)
_SHORT_DATE_HINT_RE = re.compile(
    r"(?:%s)\s+(?:\d{1,2},?\s+)?[1-9]\d\d(?!\d)" % "|".join(m.capitalize() for m in MONTHS))
_FOUR_DIGIT_YEAR_RE = re.compile(r"(?<!\d)[12]\d{3}(?!\d)")
# "| 790–812 |", "reign = 790–812", "(761–812)": a range of three-digit numbers standing alone in a cell, a
# field or a bracket is a period of years (a page range is written after "p."/"pp.", never alone)
_STANDALONE_SHORT_RANGE_RE = re.compile(
    r"(?:^|\|\|?|!!?|[=:]|\()[ \t'*]*([1-9]\d\d)[ \t]*[–—-][ \t]*([1-9]\d\d)[ \t'*]*(?=\|\|?|!!?|\)|$)", re.MULTILINE)
# what every match of it holds: re skips to a digit, where the pattern above tries every line start and mark
_SHORT_RANGE_HINT_RE = re.compile(r"[1-9]\d\d[ \t]*[–—-][ \t]*[1-9]\d\d")


def short_year_evidence(text: str) -> dict[int, int]:
    """The three-digit years of a document's full dates ("10 April 653") and of ranges of three-digit years
    standing alone in a cell, field or bracket, by where each is written. Cheap: a document with no month name
    followed by a three-digit number, or with no range of three-digit numbers, is decided by one scan of each.
    (extract/low_years.py adds the other kinds.)"""
    years = {m.start(1): int(m.group(1)) for m in _FULL_SHORT_DATE_RE.finditer(text)} \
        if _SHORT_DATE_HINT_RE.search(text) else {}
    for m in _STANDALONE_SHORT_RANGE_RE.finditer(text) if _SHORT_RANGE_HINT_RE.search(text) else ():
        if int(m.group(1)) <= int(m.group(2)):
            years[m.start(1)], years[m.start(2)] = int(m.group(1)), int(m.group(2))
    return years


def has_four_digit_year(text: str) -> bool:
    return _FOUR_DIGIT_YEAR_RE.search(text) is not None


def window_of(years: list[int], text: str) -> tuple[int, int] | None:
    """The window of three-digit years (see SHORT_YEAR_MARGIN) the evidence `years` opens, or None: at least
    two, and more than the document's four-digit years."""
    if len(years) < 2 or len(_FOUR_DIGIT_YEAR_RE.findall(text)) >= len(years):
        return None
    return max(100, min(years) - SHORT_YEAR_MARGIN), min(999, max(years) + SHORT_YEAR_MARGIN)


def short_year_window(text: str) -> tuple[int, int] | None:
    """The three-digit years a document's bare numbers may be (see SHORT_YEAR_MARGIN), or None, from its full
    dates and standalone ranges only (extract/low_years.low_year_window reads every kind of evidence)."""
    return window_of(list(short_year_evidence(text).values()), text)


def set_short_years(window: tuple[int, int] | None) -> None:
    global _short_years
    _short_years = window


_MEN_AFTER = re.compile(r"\s+[a-z]*(?:men|folk)\b")
_CLOSES_CLAUSE = re.compile(r"\s*(?:[,;:.!?)\]|]|$)")
# "418 and ", "419, 420 and ": the next year of a list of three-digit years
_YEAR_LIST_BEFORE = re.compile(r"(?<![\d,.])[1-9]\d\d(?:,\s*[1-9]\d\d)*,?\s+(?:and|or)\s+\Z")


def _short_year(text: str, p: _Point, in_range: bool) -> bool:
    """A bare three-digit year of a document dated in such years (see short_year_window)."""
    window = _short_years
    if window is None or not (window[0] <= (p.year or 0) <= window[1]) or len(str(p.year)) != 3:
        return False
    if in_range or not text[:p.start].strip() and not text[p.end:].strip(" .|"):
        return True
    before = _word_before(text, p.start)
    men = _MEN_AFTER.match(text, p.end) is not None  # "a sally of 431 spearmen", "of 300 oarsmen": a count
    if before in TIME_PREPOSITIONS:
        return not (men and before == "of")
    if men:
        return False
    from .low_years import cues

    cue, closing = cues()
    if before.strip("(") in cue:  # "in the year 412", "Year 412"
        return True
    closes = _CLOSES_CLAUSE.match(text, p.end) is not None
    if closes and (before.lstrip("(") in closing or not text[:p.start].strip()):  # "elected general for 419, he ...", "433, by ..."
        return True
    if _YEAR_LIST_BEFORE.search(text, max(0, p.start - 40), p.start):  # "the Games of 418 and 422"
        return True
    # "(447)", "Theramnes (381-447)": a year alone in brackets
    return p.start > 0 and text[p.start - 1] == "(" and text[p.end:p.end + 1] == ")"


def _in_named_era(text: str, p: _Point) -> bool:
    """"412 of the Third Age" in a world dated in such years: a year of its era, not "412 of" anything counted."""
    from .low_years import era_after

    return era_after(text, p.end)


def _looks_like_quantity(text: str, p: _Point) -> bool:
    """A bare number that reads as a count ("1500 men", "about 2000") rather than a year."""
    m = WORD_AFTER_RE.match(text, p.end, p.end + 30)
    if m:
        after = m.group(1)
        low = after.lower()
        if low == "of" and len(text[p.start:p.end].strip()) == 4 and _word_before(text, p.start) == "in":
            # "died in 1731 of a fever", "in 1802 of his wounds": the year of a death and its cause, not a part
            m2 = WORD_AFTER_RE.match(text, m.end(), m.end() + 30)
            if m2 and m2.group(1).lower() in CAUSE_AFTER_OF:
                return False
        if low in QUANTITY_AFTER:
            return True
        # "1500 soldiers", "7000 Soviet troops": a plural noun, maybe after an adjective
        if after.islower() and len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")) \
                and text[p.end:m.start(1)].strip() == "":
            return True
        if after[:1].isupper() and text[p.end:m.start(1)] == " ":
            m2 = WORD_AFTER_RE.match(text, m.end(), m.end() + 30)
            if m2 and m2.group(1).lower() in QUANTITY_AFTER:
                return True
    before = _word_before(text, p.start)
    if before in QUANTITY_BEFORE:
        b2 = _word_before(text, p.start - len(before) - 1)
        if before in ("around",) and b2 not in ("of",):
            return False
        return b2 not in TIME_PREPOSITIONS
    if before[-1:] in ("$", "£", "€", "#", "×", "+"):
        return True
    return False


def _misspelt_month_before(text: str, pos: int) -> bool:
    """The word before is a month name with two letters swapped, one dropped or one added."""
    if pos < 2 or not text[pos - 1].isspace():
        return False
    w = _word_before(text, pos)
    if not w or not text[pos - 1 - len(w)].isupper():
        return False
    w = w.rstrip(".,")
    if w in MONTHS or w in MONTH_ABBREVIATIONS or not w.isalpha() or len(w) < 4:
        return False
    for name in MONTHS:
        if abs(len(name) - len(w)) <= 1 and name[0] == w[0] and _edit_distance_le1(w, name):
            return True
    return False


def _edit_distance_le1(a: str, b: str) -> bool:
    """One adjacent swap, insertion, deletion or substitution apart (short words only)."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if len(a) > len(b):
        a, b = b, a
    return any(a == b[:i] + b[i + 1:] for i in range(len(b)))


def _keep_point(text: str, p: _Point, bare_years: bool, in_range: bool) -> bool:
    if p.kind == "y" and p.plain_year and p.mod is None and not p.circa:
        if not (BARE_YEAR_MIN <= (p.year or 0) <= BARE_YEAR_MAX) or len(str(p.year)) != 4:
            if not _short_year(text, p, in_range):
                return False
        if not bare_years and not in_range:
            return False
        if p.start > 0 and text[p.start - 1] in "-\u2010\u2011/.:#":
            return in_range
        if _looks_like_quantity(text, p) and not (_short_years is not None and _in_named_era(text, p)):
            return False
        if _misspelt_month_before(text, p.start):
            return False  # "Juen 1850" is a garbled date, not a statement about the year 1850
    if p.kind == "m" and p.mod is None:
        if p.abbrev:
            return False
        word = text[p.start:p.end]
        low = word.lower()
        if low in AMBIGUOUS_MONTH_WORDS and not in_range:
            before = _word_before(text, p.start)
            if before not in BARE_MONTH_CUES:
                return False
        m = WORD_AFTER_RE.match(text, p.end, p.end + 30)
        if m and m.group(1)[:1].isupper() and text[p.end:m.start(1)] == " " and not in_range \
                and _word_before(text, p.start) not in MONTH_BEFORE_NAME_CUES:
            return False  # "August von Mackensen", "June Carter" (but "In October Hobbeth led ...")
    if p.kind in ("season",) and p.year is None and text[p.start:p.end].lower().endswith("fall"):
        return False  # "the fall of Paris"
    if p.kind in ("dmy", "mdy") and p.day is not None and p.day > MAX_DAY_WRITTEN:
        return False
    if p.kind == "dmy" and p.abbrev and p.year is None:
        return False
    return True


# ------------------------------------------------------------------ building


def _value(p: _Point, year: int, bc: bool) -> tuple[DateValue | DateRange, str | None]:
    """The model value of a resolved point, plus a TIMEX override where the model cannot say it."""
    if p.decade is not None:
        lo, hi = p.decade, p.decade + 9
        if p.mod is Mod.START:
            hi = p.decade + 3
        elif p.mod is Mod.MID:
            lo, hi = p.decade + 4, p.decade + 6
        elif p.mod is Mod.END:
            lo = p.decade + 7
        if p.bc:  # the 460s BC run from 469 BC down to 460 BC
            return DateRange(DateValue(p.decade + p.decade + 9 - hi, bc=True),
                             DateValue(p.decade + p.decade + 9 - lo, bc=True)), f"BC{p.decade // 10:03d}"
        return DateRange(DateValue(lo), DateValue(hi)), f"{p.decade // 10:03d}"
    if p.season is not None:
        m1, m2, dy = SEASON_MONTHS[p.season]
        if p.mod is not None and not dy:
            m1 = m2 = {Mod.START: m1, Mod.MID: m1 + 1, Mod.END: m2}[p.mod]
        ys = DateValue(year, None, None, bc).timex()
        return DateRange(DateValue(year, m1, None, bc), DateValue(year + (dy if not bc else -dy), m2, None, bc)), \
            f"{ys}-{p.season}"
    if p.day is not None:
        return DateValue(year, p.month, p.day, bc, None), None
    return DateValue(year, p.month, None, bc, p.mod), None


def _make(text: str, p: _Point, year: int, bc: bool, from_ctx: bool) -> FoundDate:
    value, tx = _value(p, year, bc)
    return FoundDate(p.start, p.end, text[p.start:p.end], value, from_ctx, (), tx,
                     p.mod if (p.season or p.decade is not None) else None, p.circa)


def _span_expressions(span: str) -> list[list[_Point]]:
    """Date expressions of one candidate span (offsets relative to it), cached by its text."""
    hit = _span_cache.get(span)
    if hit is not None:
        return hit
    out: list[list[_Point]] = []
    run: list[_Tok] = []
    for tok in _tokenize(span, 0, len(span)) + [_Tok("OTHER", "", len(span), len(span))]:
        if tok.type != "OTHER" and len(run) < MAX_RUN_TOKENS:
            run.append(tok)
            continue
        whole = run
        while run and run[-1].type not in FINAL_TYPES:
            run = run[:-1]  # "1940 and the": a date never ends on a link word, so the shape cache stays small
        carry: list[_Tok] = []
        if run:
            segments = _segment(tuple(t.type for t in run))
            if tok.type != "OTHER" and segments and segments[-1][0] > 0:
                # the run was cut by its length, maybe inside a date ("…, 31 | November 1902"):
                # its last expression is read again at the head of the next run
                carry = whole[segments[-1][0]:]
                segments = segments[:-1]
            for _i, _j, tree in segments:
                pts = _eval(tree, run, 0)
                if pts:
                    out.append(pts)
        run = carry + [tok] if tok.type != "OTHER" else []
    if len(_span_cache) > 50000:
        _span_cache.clear()
    _span_cache[span] = out
    return out


def _shifted(p: _Point, by: int) -> _Point:
    return _Point(p.start + by, p.end + by, p.year, p.month, p.day, p.bc, p.mod, p.season, p.decade,
                  p.circa, p.kind, p.plain_year, p.abbrev, p.year_from_context)


def _continuation_end(text: str, pos: int, limit: int) -> int:
    """End of the date words, numbers, dashes and commas that follow an anchor."""
    match = NEXT_TOKEN_RE.match
    end = pos
    while end < limit:
        m = match(text, end, limit)
        if m is None:
            break
        tok = m.group(1)
        c = tok[0]
        if not (c.isdigit() or c in ",-\u2010\u2011\u2012\u2013\u2014\u2015/"):
            if tok not in ERAS and tok.rstrip(".") not in ERAS and tok.lower().rstrip(".") not in LINK_WORDS:
                break
        end = m.end()
    return end


def _left_context_start(text: str, s: int, floor: int) -> int:
    """Walk back over words that may open a date expression ("between the end of", "mid-", "c.")."""
    start = s
    j = s - 1
    while j >= floor:
        k = j
        while k >= floor and text[k] in " \u00a0\t-":
            k -= 1
        if k == j and text[j] != "-":
            break  # no separator: the anchor is glued to something
        w_end = k + 1
        while k >= floor and (text[k].isalpha() or text[k] == "."):
            k -= 1
        word = text[k + 1:w_end]
        if not word or word.lower() not in LEFT_WORDS or (k >= floor and text[k].isalnum()):
            break
        start = j = k + 1
        j -= 1
    return start


def _raw_expressions(text: str, bare_years: bool) -> list[list[_Point]]:
    """Every date expression as written, before context: a list of points each."""
    out: list[list[_Point]] = []
    consumed = 0
    for a in ANCHOR_RE.finditer(text):
        s = a.start()
        if s < consumed:
            continue
        if s > 0 and text[s - 1].isalnum():
            continue  # "T34", "AMay"
        if text[s].isdigit():
            e = CORE_RE.match(text, s).end()
        else:
            w = WORD_RE.match(text, s)
            e = w.end()
            if e < len(text) and text[e] == ".":
                e += 1  # "Sept. 5"
            if w.group().lower() not in ANCHOR_WORDS:
                continue  # "Mayor", "Decision"
        ws = _left_context_start(text, s, max(consumed, s - LEFT_CONTEXT))
        we = _continuation_end(text, e, e + RIGHT_CONTEXT)
        consumed = we
        for pts in _span_expressions(text[ws:we]):
            pts = [_shifted(p, ws) for p in pts]
            in_range = len(pts) == 2
            if in_range and not all(_keep_point(text, p, bare_years, True) for p in pts):
                if pts[0].kind == "y" and pts[1].kind == "y":
                    continue
                pts = [pts[0]] if _keep_point(text, pts[0], bare_years, False) else []
            elif not in_range and not _keep_point(text, pts[0], bare_years, False):
                continue
            elif not in_range and (cut := _year_is_a_count(text, pts[0])) is not None:
                p = pts[0]
                p.end, p.year, p.plain_year = cut, None, False
            if pts:
                out.append(pts)
    return out


def _absorb_year_after_aside(text: str, exprs: list[list[_Point]]) -> list[list[_Point]]:
    """"March 3 (March 4 by the eastern calendar), 1702": 1702 is the year of both, not a date of its own."""
    out: list[list[_Point]] = []
    for pts in exprs:
        p = pts[0]
        if (len(pts) == 1 and p.kind == "y" and p.plain_year and out and p.start - out[-1][-1].end < 120
                and AFTER_ASIDE_RE.search(text, max(0, p.start - 4), p.start)):
            open_paren = text.rfind("(", 0, p.start)
            heads = [q for q in out if q[0].start < open_paren and q[-1].end >= open_paren - 2]
            inside = [q for q in out if q[0].start > open_paren]
            if heads and all(x.year is None for q in heads + inside for x in q if x.kind in ("dmy", "mdy", "m")):
                for q in heads + inside:
                    for x in q:
                        if x.year is None:
                            x.year, x.plain_year = p.year, True
                continue
        out.append(pts)
    return out


# a day or month said of every year, not of the story's year: "every year on 2 February", "on 12 June each
# year", "honoured only in leap years, on 29 February", "held annually in May", "on 1 March in common years"
_SOME_YEARS = r"(?:in|during)\s+(?:all\s+|the\s+)?(?:leap|common|ordinary|other|most|normal|non-leap|later)\s+years"
_RECURRING_BEFORE_RE = re.compile(
    rf"\b(?:(?:every|each)\s+(?:leap\s+)?year|annually|yearly|{_SOME_YEARS})\b[^.;:!?]*$", re.I)
_RECURRING_AFTER_RE = re.compile(
    rf"[\s,]*(?:(?:every|each)\s+(?:leap\s+)?year|annually|yearly|of\s+every\s+year|(?:except\s+)?{_SOME_YEARS})\b",
    re.I)
# a birthday or name day with no age is the yearly day ("kept her birthday on 1 March", "his name day, 3 May");
# an age makes it one year's ("on her sixteenth birthday, 15 August") and it takes that year as usual
_YEARLY_DAY_BEFORE_RE = re.compile(
    r"\b(?:her|his|their|its|\w+'s)\s+(?:birthday|name[\s-]?day|feast[\s-]?day)\s*(?:(?:is|was|fell|falls|on|,|as)\s*)*$",
    re.I)


_RECURRING_REACH = 100  # characters before a partial date searched for its sentence's "every year", "in common years"


def _recurring(text: str, p: _Point) -> bool:
    """A partial date of a yearly custom: it takes no year from context (cheap substring gate first)."""
    lo = max(0, p.start - _RECURRING_REACH)
    window = text[lo:p.end + 40].lower()
    if "year" in window or "annual" in window:
        if _RECURRING_BEFORE_RE.search(text, lo, p.start) or _RECURRING_AFTER_RE.match(text, p.end):
            return True
    if "day" in window[:p.start - lo]:
        return bool(_YEARLY_DAY_BEFORE_RE.search(text, lo, p.start))
    return False


# "on that same day, 29 February", "the same day (3 May)", "3 May, the very day of the warning": the date restates a
# day the text has written with its year, whatever year the story has moved on to since
_SAME_DAY_BEFORE_RE = re.compile(r"\b(?:(?:that|the)\s+(?:same|very|selfsame)|that)\s+day\W{0,4}$", re.I)
_SAME_DAY_AFTER_RE = re.compile(r"\W{0,4}(?:(?:that|the)\s+(?:same|very|selfsame))\s+day\b", re.I)


# "the attack of ", "the decree of ": an occasion named by its day
_NAMED_BY_DAY_RE = re.compile(r"\b[Tt]he\s+[a-z]+\s+of\s+$")


def _restates_a_day(text: str, p: _Point) -> bool:
    if "day" not in text[max(0, p.start - 24):p.end + 24].lower():
        return False
    return bool(_SAME_DAY_BEFORE_RE.search(text, max(0, p.start - 24), p.start)
                or _SAME_DAY_AFTER_RE.match(text, p.end))


def _glossed_year(text: str, before: list[_Point], p: _Point) -> _Point | None:
    """The year a parenthesis glosses: "a siege in 1915 (February to August)" is 1915, not a year
    written later in the sentence."""
    q = before[-1]
    if q.year is None or q.decade is not None or q.month is not None or _weak_context_year(text, q):
        return None
    return q if text[q.end:p.start].strip() == "(" else None


def find_dates(text: str, ctx: DateContext | None = None, bare_years: bool = True) -> list[FoundDate]:
    """Every date expression in `text`, resolved against `ctx` (updated as it goes)."""
    if ctx is None:
        ctx = DateContext()
    exprs = _absorb_year_after_aside(text, _raw_expressions(text, bare_years))
    found: list[FoundDate] = []
    # sentence rule: the next explicit year in the same sentence, found by one forward scan
    next_year: list[tuple[int, bool] | None] = [None] * len(exprs)
    following: tuple[int, bool] | None = None
    boundary_after = len(text) + 1  # where the sentence of the expression to the right starts
    for k in range(len(exprs) - 1, -1, -1):
        pts = exprs[k]
        end = pts[-1].end
        if following is not None:
            # +2: the look-ahead for the capital that opens the next sentence must see it
            m = SENTENCE_END_RE.search(text, end, boundary_after + 2) if end < boundary_after else None
            if m is not None:
                following = None
        next_year[k] = following
        explicit = [p for p in pts if p.year is not None and p.decade is None and not _weak_context_year(text, p)]
        if explicit:
            p = explicit[0]
            # the latest month the year is written with: "on 28 November, ... from 4 September to
            # 28 November 1944" is 1944 (4 September took its year from the range's end)
            months = [q.month for q in explicit if q.year == p.year and q.month is not None]
            following = (p.year, bool(p.bc), max(months) if months else p.month)
        boundary_after = pts[0].start
    for k, pts in enumerate(exprs):
        made: list[FoundDate] = []
        glossed = _glossed_year(text, exprs[k - 1], pts[0]) if k else None
        for p in pts:
            if p.decade is not None:
                made.append(_make(text, p, p.decade, False, False))
                continue
            if p.year is not None:
                made.append(_make(text, p, p.year, bool(p.bc), False))
                continue
            if glossed is not None:
                made.append(_make(text, p, glossed.year, bool(glossed.bc), True))
                continue
            restated = ctx.day_years.get((p.month, p.day)) if p.day is not None and p.month is not None else None
            if restated is not None and _NAMED_BY_DAY_RE.search(text, max(0, p.start - 30), p.start):
                # "the attack of 11 July" after "on 11 July 1443 he stormed the bridge": the occasion told before, by
                # its day, not a year a later date of the sentence lends
                made.append(_make(text, p, 1 - restated if restated <= 0 else restated, restated <= 0, True))
                made[-1].restated = True
                continue
            if next_year[k] is not None:
                y, bc, later_month = next_year[k]
                if later_month is not None and p.month is not None and p.month > later_month and not bc:
                    y -= 1  # "began on 6 August ... until as late as January 1945": August 1944
                made.append(_make(text, p, y, bc, True))
                continue
            if _recurring(text, p):
                break  # "kept every year on 2 February", "only in leap years, on 29 February": no one year
            restated = ctx.day_years.get((p.month, p.day)) if p.day is not None and p.month is not None else None
            if restated is not None and _restates_a_day(text, p):
                made.append(_make(text, p, 1 - restated if restated <= 0 else restated, restated <= 0, True))  # "that same day, 29 February"
                continue
            guess = ctx.year_for()
            if guess is None:
                break
            y, _from_dct, last_month = guess
            m = OF_THAT_YEAR_RE.match(text, p.end, p.end + 40) if p.month is not None else None
            if m is not None:
                y += OF_THAT_YEAR_SHIFT[" ".join(m.group(1).lower().split())]
                p.end = m.end()
            elif p.month is not None and last_month is not None and (
                    near := _NEAR_MONTH_RE.search(text, max(0, p.start - 30), p.start)) is not None:
                # "in February 1664 ... killed the previous June" is June 1663; "in May ... the following
                # March" is next year's March: the month nearest the story's before or after it
                if near.group(1).lower() in ("previous", "preceding"):
                    y -= p.month >= last_month
                else:
                    y += p.month <= last_month
            elif p.month is not None and (inside := ctx.year_inside_range(p.month, p.day)) is not None:
                y = inside
            elif last_month is not None and p.month is not None and last_month - p.month >= ROLLOVER_MONTHS:
                y += 1  # "in December 1941 ... in January": the story has moved into the next year
            bc = y <= 0
            made.append(_make(text, p, 1 - y if bc else y, bc, True))
        if len(made) != len(pts):
            continue
        range_start = None
        for f, p in zip(made, pts):
            if _weak_context_year(text, p) or _looks_back(text, p, ctx):
                continue  # "{{convert|2500|yd}}", "Buckley wrote in 2014": no year for what follows
            if p.year is not None and p.decade is None and isinstance(f.value, DateValue):
                ctx.saw(f.value, range_start)
                range_start = f.value
            elif p.year is not None and isinstance(f.value, DateRange) and f.value.start is not None:
                ctx.saw(f.value.start)
        if len(made) == 1:
            found.append(made[0])
        else:
            a, b = made
            va = a.value.start if isinstance(a.value, DateRange) else a.value
            vb = b.value.end if isinstance(b.value, DateRange) else b.value
            found.append(FoundDate(a.start, b.end, text[a.start:b.end], DateRange(va, vb),
                                   a.year_from_context or b.year_from_context, (a, b)))
    return found


# ---------------------------------------------------------------- TIMEX command


def _parse_dct(dct: str | None) -> DateValue | None:
    if not dct:
        return None
    m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", dct)
    if not m:
        return None
    return DateValue(int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None)


def _timex_entry(f: FoundDate) -> dict:
    v = f.value
    mod = f.mod or (v.mod if isinstance(v, DateValue) else None)
    if f.timex is not None:
        value = f.timex
    elif isinstance(v, DateValue):
        value = v.timex()
    else:
        value = v.start.timex() if v.start else ""
    entry = {"start": f.start, "end": f.end, "text": f.text, "value": value, "type": "DATE"}
    if mod is not None:
        entry["mod"] = mod.value
    return entry


def dates_command(text: str, dct: str | None) -> list[dict]:
    """TIMEX3-style spans for `lorecheck dates`: each end of a range is its own span.

    The text is read line by line: a short line without end punctuation is a
    heading (its year becomes the section year), a blank line ends a paragraph.
    """
    from . import timex
    from .low_years import low_year_window, writes_years_before_the_era

    ctx = DateContext(dct=_parse_dct(dct))
    out: list[dict] = []
    # one document, read as extract reads one ("died in 447" in a world of 447); a text that counts years BC reads
    # no bare year of the era (its "the summer of 480" is 480 BC)
    set_short_years(None if writes_years_before_the_era(text) else low_year_window(text))
    try:
        _dates_command_lines(text, ctx, out, timex)
    finally:
        set_short_years(None)
    out.sort(key=lambda e: e["start"])
    return out


def _dates_command_lines(text: str, ctx: "DateContext", out: list[dict], timex) -> None:
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if not stripped:
            ctx.paragraph()
        else:
            is_heading = len(stripped) < 80 and stripped[-1] not in ".:;,!?\"'" and len(stripped.split()) <= 10
            last_before = ctx.last
            found = find_dates(body, ctx)
            for f in found:
                for part in (f.parts or (f,)):
                    e = _timex_entry(part)
                    e["start"] += pos
                    e["end"] += pos
                    out.append(e)
            out.extend(timex.relative_expressions(body, pos, found, last_before, ctx.dct))
            if is_heading:
                ctx.heading(body)
        pos += len(line)


_BARE_YEAR_RANGE = re.compile(r"\s*(?P<a>\d{3,4})\s*[–—-]\s*(?P<b>\d{3,4})\s*")
_BARE_YEAR = re.compile(r"\s*(?P<a>\d{3,4})\s*")


def bare_year(text: str) -> FoundDate | None:
    """"444" alone in a column of a table's term dates ("From | To"): only a year can stand there."""
    m = _BARE_YEAR.fullmatch(text)
    return FoundDate(m.start("a"), m.end("a"), m.group("a"), DateValue(int(m.group("a"))), False) if m else None


def bare_year_range(text: str, start: int = 0, end: int | None = None) -> FoundDate | None:
    """"512–530" where only years can stand: a bracket after a name, a "Reign" column. Prose reads three-digit
    numbers joined by a dash as anything but years; where a name's period is expected they are its years."""
    m = _BARE_YEAR_RANGE.fullmatch(text, start, len(text) if end is None else end)
    if m is None:
        return None
    first, last = int(m.group("a")), int(m.group("b"))
    if last < first:
        return None
    parts = tuple(FoundDate(m.start(g), m.end(g), m.group(g), DateValue(int(m.group(g))), False) for g in "ab")
    return FoundDate(m.start("a"), m.end("b"), text[m.start("a"):m.end("b")],
                     DateRange(parts[0].value, parts[1].value), False, parts)


def _main(argv: list[str]) -> int:
    """`python -m lorecheck.extract.dates [--dct D] [--jsonl]`: stdin text -> JSON spans."""
    import json
    import os

    dct = os.environ.get("DCT") or None
    jsonl = "--jsonl" in argv
    if "--dct" in argv:
        i = argv.index("--dct")
        dct = argv[i + 1] if i + 1 < len(argv) else dct
    try:
        if jsonl:
            for line in sys.stdin:
                if line.strip():
                    doc = json.loads(line)
                    print(json.dumps(dates_command(doc.get("text", ""), doc.get("dct") or dct), ensure_ascii=False))
                    sys.stdout.flush()
        else:
            print(json.dumps(dates_command(sys.stdin.read(), dct), ensure_ascii=False))
    except Exception as ex:  # never a traceback for users
        sys.stderr.write(f"lorecheck dates: {type(ex).__name__}: {ex}\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))

