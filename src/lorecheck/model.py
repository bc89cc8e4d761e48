"""The types every pipeline stage speaks: spans, documents and blocks, dates, facts, diagnostics.

Sources build `Document`s out of `Block`s; extract turns blocks into facts; the
World and the checks only ever see facts; reporters only see diagnostics.
Everything here is a slotted dataclass so that facts are cheap to build, to
compare and to pickle into the cache; pydantic lives at the boundaries
(configuration, rule files, the JSON report).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from enum import Enum

from . import calendar

# --------------------------------------------------------------------- spans


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A region of one file: 1-based lines and columns (code points), end exclusive."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int


# ----------------------------------------------------------------- documents


class BlockKind(str, Enum):
    TITLE = "title"
    FIELD = "field"  # one infobox / front-matter / inline field value
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CAPTION = "caption"
    LIST_ITEM = "list-item"
    TABLE_CELL = "table-cell"
    COMMENT = "comment"  # suppression comments and the like: never prose


@dataclass(slots=True)
class Block:
    """A piece of a document with a text and an exact map back into the file.

    `segments` are (text_offset, file_offset, length) triples in text order: the
    block text may be stitched together from several pieces of the file (markup
    removed), and every character of `text` inside a segment maps to one
    character of the file. Characters outside every segment (inserted
    separators) map to the nearest preceding segment end.
    """

    kind: BlockKind
    text: str
    segments: tuple[tuple[int, int, int], ...]
    key: str | None = None  # canonical field name for FIELD blocks ("date", "combatant1")
    raw_key: str | None = None  # the field name as written
    group: int | None = None  # item index inside a field list, side number, ...
    heading: str | None = None  # text of the nearest section heading
    level: int = 0  # heading level
    attrs: dict[str, str] = field(default_factory=dict)  # e.g. {"link": "Target page"}

    def file_offset(self, text_offset: int) -> int:
        """File offset of a character (or of the end position) of `text`."""
        segs = self.segments
        if len(segs) == 1:  # most blocks are one piece of the file: no search
            t, f, n = segs[0]
            d = text_offset - t
            return f if d < 0 else f + (d if d < n else n)
        if not segs:
            return 0
        lo = bisect.bisect_right(segs, text_offset, key=_segment_start) - 1
        if lo < 0:
            return segs[0][1]
        t, f, n = segs[lo]
        return f + min(text_offset - t, n)

    @classmethod
    def contiguous(cls, kind: BlockKind, text: str, file_offset: int, **kw) -> "Block":
        return cls(kind, text, ((0, file_offset, len(text)),), **kw)


@dataclass(slots=True)
class Document:
    """One source file: its decoded text, its format and its blocks."""

    path: str
    text: str
    format: str
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    errors: list["Diagnostic"] = field(default_factory=list)  # source-error and friends
    _line_starts: list[int] | None = None

    @property
    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            self._line_starts = line_starts(self.text)
        return self._line_starts

    @property
    def line_count(self) -> int:
        return len(self.line_starts)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a file offset."""
        starts = self.line_starts
        i = bisect.bisect_right(starts, offset) - 1
        return i + 1, offset - starts[i] + 1

    def span(self, start: int, end: int) -> Span:
        """Span of file offsets start..end (extraction makes tens of thousands: one search when both
        ends are on one line, and no dataclass __init__)."""
        starts = self._line_starts
        if starts is None:
            starts = self.line_starts
        i = _bisect_right(starts, start) - 1
        line_start = starts[i]
        if end < start:
            end = start
        if i + 1 < len(starts) and end >= starts[i + 1]:
            j = _bisect_right(starts, end) - 1
            return _new_span(self.path, i + 1, start - line_start + 1, j + 1, end - starts[j] + 1)
        return _new_span(self.path, i + 1, start - line_start + 1, i + 1, end - line_start + 1)

    def block_span(self, block: Block, start: int = 0, end: int | None = None) -> Span:
        """Span of block.text[start:end] in the file."""
        if end is None:
            end = len(block.text)
        segs = block.segments
        if len(segs) == 1:  # Block.file_offset's one-piece case, inline (extraction makes ~49,000 spans)
            t, f, n = segs[0]
            a, b = start - t, end - t
            return self.span(f if a < 0 else f + (a if a < n else n), f if b < 0 else f + (b if b < n else n))
        return self.span(block.file_offset(start), block.file_offset(end))

    def line_text(self, line: int) -> str:
        starts = self.line_starts
        a = starts[line - 1]
        b = starts[line] if line < len(starts) else len(self.text)
        return self.text[a:b].rstrip("\r\n")


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_bisect_right = bisect.bisect_right
_object_new = object.__new__
# Span's slot setters in field order: how a Span is built without its frozen __init__ (here and when
# cache entries are loaded)
SPAN_SETTERS = (Span.path.__set__, Span.line.__set__, Span.column.__set__, Span.end_line.__set__,
                Span.end_column.__set__)


def _segment_start(segment: tuple[int, int, int]) -> int:
    return segment[0]


def _new_span(path: str, line: int, column: int, end_line: int, end_column: int) -> Span:
    """Span(...) without the frozen dataclass's __init__ (half the cost; the same object)."""
    span = _object_new(Span)
    set_path, set_line, set_column, set_end_line, set_end_column = SPAN_SETTERS
    set_path(span, path)
    set_line(span, line)
    set_column(span, column)
    set_end_line(span, end_line)
    set_end_column(span, end_column)
    return span


def line_starts(text: str) -> list[int]:
    """Offsets where lines start; lines break at \\n, \\r\\n and \\r only (as editors do)."""
    return [0] + [m.end() for m in _LINE_BREAK.finditer(text)]


# --------------------------------------------------------------------- dates


class Mod(str, Enum):
    START = "START"  # early …, the beginning of …
    MID = "MID"
    END = "END"  # late …, the end of …


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar date at day, month, season or year precision.

    `year` is the year as written and `bc` its era, so "27 BCE" is year=27,
    bc=True (astronomical year -26: there is no year 0). An impossible date
    (31 November) is kept as written, with `valid` False: it is never repaired.
    """

    year: int
    month: int | None = None
    day: int | None = None
    bc: bool = False
    mod: Mod | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    @property
    def valid(self) -> bool:
        return calendar.is_valid(self.astronomical_year, self.month, self.day)

    @property
    def astronomical_year(self) -> int:
        return 1 - self.year if self.bc else self.year

    def interval(self) -> tuple[int, int]:
        """First and last day number this date can denote (inclusive)."""
        return calendar.interval(self.astronomical_year, self.month, self.day, self.mod.value if self.mod else None)

    def timex(self) -> str:
        y = self.astronomical_year
        ys = f"{y:04d}" if y > 0 else f"BC{self.year:04d}"
        if self.month is None:
            return ys
        if self.day is None:
            return f"{ys}-{self.month:02d}"
        return f"{ys}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        parts = []
        if self.mod:
            parts.append({"START": "early", "MID": "mid", "END": "late"}[self.mod.value])
        if self.day is not None:
            parts.append(str(self.day))
        if self.month is not None:
            parts.append(calendar.MONTH_NAMES[self.month - 1])
        parts.append(f"{self.year} BC" if self.bc else str(self.year))
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class DateRange:
    """From `start` to `end` (either may be missing: "from 1940", "until 1943")."""

    start: DateValue | None
    end: DateValue | None

    def interval(self) -> tuple[int, int]:
        lo = self.start.interval()[0] if self.start else calendar.MIN_DAY
        hi = self.end.interval()[1] if self.end else calendar.MAX_DAY
        return lo, hi

    def __str__(self) -> str:
        return f"{self.start or '…'} – {self.end or '…'}"


When = DateValue | DateRange


def overlaps(a: When, b: When) -> bool:
    """Could the two dates denote the same day? (intervals intersect)"""
    alo, ahi = a.interval()
    blo, bhi = b.interval()
    return alo <= bhi and blo <= ahi


# --------------------------------------------------------------------- facts


class Origin(str, Enum):
    """How a fact was stated."""

    INFOBOX = "infobox"
    FRONT_MATTER = "front-matter"
    PROSE = "prose"
    CAPTION = "caption"
    HEADING = "heading"
    TABLE = "table"


FIELD_ORIGINS = frozenset({Origin.INFOBOX, Origin.FRONT_MATTER})  # a field's, not a sentence's

@dataclass(slots=True)
class DateMention:
    """Every date expression found anywhere (what `invalid-date` looks at)."""

    value: When
    text: str
    span: Span
    origin: Origin
    year_from_context: bool = False
    weekday: str | None = None  # "Tuesday" when the text names the day of the week


@dataclass(slots=True, init=False)
class Statement:
    """subject – predicate – object – date, e.g. (war, start, None, 10 May 1939).

    Its two spans (the statement's, the date's) are kept as numbers and built when asked for:
    a world's statements are almost all dated acts in prose, and two Span objects were over
    half of what each of them took (the run holds them all for the cross-document checks).
    Built as Statement(subject, predicate, object, date, span, date_span, origin, ...).
    """

    subject: str
    predicate: str
    object: str | None
    date: When | None
    path: str  # the file of both spans
    line: int  # the statement's span (sentence or field)
    column: int
    end_line: int
    end_column: int
    date_line: int | None  # the date's span (None: no date span)
    date_column: int
    date_end_line: int
    date_end_column: int
    origin: Origin
    text: str = ""  # the words as written, for messages
    hedge: str | None = None
    event: str | None = None  # a named event this statement is about ("Operation Bittern")
    negated: bool = False
    row: str | None = None  # the table row a tabulated date comes from: one row, one term of office

    def __init__(self, subject: str, predicate: str, object: str | None = None, date: When | None = None,
                 span: Span | None = None, date_span: Span | None = None, origin: Origin = Origin.PROSE,
                 text: str = "", hedge: str | None = None, event: str | None = None, negated: bool = False,
                 row: str | None = None, **spans_as_numbers):
        """The spans as Span objects; or (dataclasses.replace) as the numbers the fields hold."""
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.date = date
        self.origin = origin
        self.text = text
        self.hedge = hedge
        self.event = event
        self.negated = negated
        self.row = row
        if span is None:
            for name in _STATEMENT_SPAN_FIELDS:
                setattr(self, name, spans_as_numbers[name])
            return
        self.path = span.path
        self.line = span.line
        self.column = span.column
        self.end_line = span.end_line
        self.end_column = span.end_column
        if date_span is None:
            self.date_line = None
            self.date_column = self.date_end_line = self.date_end_column = 0
        else:
            if date_span.path != span.path:
                raise ValueError("a statement's date is in another file than the statement")
            self.date_line = date_span.line
            self.date_column = date_span.column
            self.date_end_line = date_span.end_line
            self.date_end_column = date_span.end_column

    @property
    def span(self) -> Span:
        """The statement (sentence or field)."""
        return _new_span(self.path, self.line, self.column, self.end_line, self.end_column)

    @property
    def date_span(self) -> Span | None:
        if self.date_line is None:
            return None
        return _new_span(self.path, self.date_line, self.date_column, self.date_end_line, self.date_end_column)


# what a statement states, in its constructor's order (how `lorecheck facts --format json` shows it)
STATEMENT_FIELDS = ("subject", "predicate", "object", "date", "span", "date_span", "origin", "text", "hedge",
                    "event", "negated", "row")
_STATEMENT_SPAN_FIELDS = ("path", "line", "column", "end_line", "end_column", "date_line", "date_column",
                          "date_end_line", "date_end_column")


def _statement_restorer():
    """Statement from its field values in field order, without __init__ (how cache entries load it):
    one generated function, so a load costs one call per statement."""
    names = Statement.__slots__
    body = "".join(f"    s.{n} = {n}\n" for n in names)
    code = f"def restore({', '.join(names)}):\n    s = new(Statement)\n{body}    return s\n"
    scope = {"new": object.__new__, "Statement": Statement}
    exec(code, scope)
    restore = scope["restore"]
    restore.__module__ = __name__
    restore.__qualname__ = restore.__name__ = "restored_statement"
    return restore


restored_statement = _statement_restorer()


@dataclass(slots=True)
class Membership:
    """`entity` belongs to `side` (1, 2, 3… or a side name) during `period`."""

    entity: str
    side: str
    period: DateRange | None
    span: Span
    origin: Origin
    role: str = "belligerent"  # belligerent | commander | member
    conflict: str | None = None


@dataclass(frozen=True, slots=True)
class CountMention:
    """A count a sentence or a field gives of a plural noun ("nine thousand guilders", "312 masters (1520)"),
    with its year and the words of the names around it: how two documents that count one thing differently
    meet (extract/count_mentions.py, checks/cross_document.py)."""

    value: float
    noun: str  # the counted noun's stem ("guilder", "master", "ton")
    year: int | None  # the year the count is of, when its clause (or sentence) names one
    span: Span  # the number
    origin: Origin
    words: tuple[str, ...]  # lower-case words of the names of the sentence and of the page's title
    qualifier: str | None = None  # "about", "some": compared with rounding
    names: tuple[str, ...] = ()  # the names as written (what relevance files the mention under)


@dataclass(slots=True)
class EventMention:
    """A dated occurrence a sentence names by its kind ("the line opened on D", "a yarlyk issued by K on D"),
    with the words around it: how two documents that word one event differently ("the holing-through of the
    tunnel", "the two headings met") meet without a shared subject or predicate (extract/event_mentions.py)."""

    kind: str  # "opening", "fire", ... (vocabulary events.yaml)
    date: When
    span: Span  # the sentence
    date_span: Span
    # lower-case words of what the event happened to: its name's words, "~" and a common noun ("the tunnel" ->
    # "~tunnel", with "quelmarrow" when a heading names the Quelmarrow Tunnel)
    theme: tuple[str, ...]
    words: tuple[str, ...]  # lower-case words of every name in the clause, the theme's among them
    origin: Origin
    names: tuple[str, ...] = ()  # the names as written (what relevance files the mention under)
    text: str = ""


@dataclass(slots=True)
class Quantity:
    """A stated figure: casualties, strengths, population. `role` is part or total."""

    measure: str  # "casualties", "population", ...
    label: str  # "Military dead"
    value: float
    qualifier: str | None  # "over", "about", "at least" ...
    span: Span
    origin: Origin
    group: str = ""  # which column/side the figure belongs to
    role: str = "part"  # part | total | detail (a parenthesised figure that details another)
    subject: str | None = None
    when: When | None = None
    breakdown: bool = False  # a part of a parenthesised breakdown: the text says it is a part, whatever it counts


@dataclass(slots=True)
class StatedDuration:
    """A span stated in words next to the dates it measures."""

    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0
    total_days: int | None = None  # "1,029 days"
    start: When | None = None
    end: When | None = None
    inclusive: bool = False
    span: Span | None = None
    origin: Origin = Origin.INFOBOX
    subject: str | None = None
    text: str = ""
    # what is measured: "span" (start/end given), or a lifetime quantity whose
    # ends the World knows: "age" (birth to death), "reign", "life-of" (the
    # subject's own start to end, e.g. "it stood for 128 years"), "existence" (a body's founding to dissolution)
    kind: str = "span"
    # "some six weeks", "about 31 months": a rounded figure, checked with a wider margin
    approximate: bool = False
    # "over eleven months", "just over a decade": "at-least"; "under three weeks", "less than a year": "at-most";
    # "nearly forty years": "near" (a figure bounded from one side, checked on that side)
    bound: str | None = None
    # other days the span may have opened on ("broke the blockade on D, after a siege of some eleven months":
    # any date the paragraph told before D): one that fits clears it
    other_starts: tuple = ()
    # kind "term": the office whose term the length is of ("as Grand Master"), None when the words name none
    office: str | None = None
    # kind "talks": where the opening day (start) was told ("Talks opened ... on 29 October")
    start_span: Span | None = None


@dataclass(slots=True)
class RelativeDate:
    """"five days later, on 9 October 1662": an offset from an anchor and the date stated with it."""

    anchor: When
    anchor_span: Span
    offset: StatedDuration
    stated: When
    stated_span: Span
    text: str = ""
    inclusive: bool = False
    # "the next day", "the following week/month/year": the stated date falls in the calendar unit right
    # after the anchor's (a day exactly, not a day give or take one as "one day later" allows)
    next_unit: str | None = None
    # other dates the offset may be counted from (the dates of the paragraph before): any that fits clears it
    other_anchors: tuple = ()
    # "six weeks earlier, on D", "the day before": the stated date lies the offset before the anchor
    backward: bool = False
    # "three weeks after the coup, on D" where the page dates no coup but names it ("the coup in Corvello"): the
    # anchor is that named event, whose day another page may give (anchor None until the World finds it)
    anchor_event: str = ""
    # the anchor is the date of the sentence before an undated one, which may tell a later moment counted from:
    # the anchor is the earliest the offset may count from, so only a stated date too early contradicts it
    earliest: bool = False


@dataclass(slots=True)
class Relation:
    """`subject`'s `relation` is the entity named `value`: "capital: Ossendar", "the firm's sole founder, Harald
    Brask", "he took as his wife Ottilie Varn" (extract/relations.py; vocabulary relations.yaml)."""

    subject: str
    relation: str  # capital, founder, spouse, ...
    value: str
    span: Span  # the value as written
    origin: Origin
    text: str = ""  # the field or the sentence, for messages
    held: bool = False  # the text says the value held for a time or was one of several ("until 1121", "first")
    sole: bool = False  # the text says there was one only ("the sole founder", "married only once")
    implied: bool = False  # the owner is the page's subject by a pronoun or "the firm": this document only


@dataclass(slots=True)
class NameMention:
    """A proper name as written, for name drift."""

    name: str
    span: Span
    origin: Origin
    kind: str = "name"  # name | acronym | link | initial | declared (a form the text gives: name drift skips it)
    bracketed: bool = False  # written in parentheses: a gloss or translation beside the name it renders
    styled: bool = False  # in italics or quotation marks: a ship's, a work's or a group's title, not the person


@dataclass(slots=True)
class SideName:
    """The name a document gives to one side of a conflict ("Axis leaders" names side 1)."""

    conflict: str
    side: str
    name: str
    span: Span


@dataclass(slots=True)
class Entity:
    name: str
    kind: str | None
    aliases: list[str]
    span: Span | None
    origin: Origin


@dataclass(slots=True)
class DocumentFacts:
    """Everything extracted from one document: the unit the cache stores."""

    path: str
    format: str
    title: str | None = None
    line_count: int = 0
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    # ranges whose own words put their end before their start (extract/inverted_ranges.py): the ordering rule's
    inverted_ranges: list[DateMention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    side_names: list[SideName] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    durations: list[StatedDuration] = field(default_factory=list)
    relative_dates: list[RelativeDate] = field(default_factory=list)
    # relative dates counted from an event the page names but does not date ("three weeks after the coup" of "the
    # coup in Corvello"): checked against the day other pages give that event, so they meet other documents
    anchored_elsewhere: list[RelativeDate] = field(default_factory=list)
    names: list[NameMention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    counts: list[CountMention] = field(default_factory=list)
    errors: list["Diagnostic"] = field(default_factory=list)
    suppressions: list = field(default_factory=list)


# ------------------------------------------------- one object per equal value

_shared: dict = {}  # str, int and date values the kept facts of this process point at (one object each)
_SHARED_MAX = 500_000


def share_values(facts: DocumentFacts) -> DocumentFacts:
    """Point the facts a run keeps at one object per equal string, number and date, in place.

    Why: the parent holds every document's statements for the cross-document checks, and a world's
    statements repeat a few thousand subjects and wordings (and line/column numbers past 256, and
    dates) as separate objects, one per statement: over a third of the memory they take. Values only
    change identity, never equality, so every check sees the same facts.
    """
    pool = _shared
    if len(pool) > _SHARED_MAX:
        pool.clear()
    one = pool.setdefault
    set_line, set_column, set_end_line, set_end_column = SPAN_SETTERS[1:]
    for s in facts.statements:
        s.subject = one(s.subject, s.subject)
        s.text = one(s.text, s.text)
        s.path = one(s.path, s.path)
        date = s.date
        if date is not None:
            s.date = one(date, date)
        # numbers up to 256 are shared by Python already
        if s.column > 256:
            s.column = one(s.column, s.column)
        if s.end_column > 256:
            s.end_column = one(s.end_column, s.end_column)
        if s.line > 256:
            s.line = one(s.line, s.line)
            s.end_line = one(s.end_line, s.end_line)
        if s.date_line is not None:
            if s.date_column > 256:
                s.date_column = one(s.date_column, s.date_column)
            if s.date_end_column > 256:
                s.date_end_column = one(s.date_end_column, s.date_end_column)
            if s.date_line > 256:
                s.date_line = one(s.date_line, s.date_line)
                s.date_end_line = one(s.date_end_line, s.date_end_line)
    for m in facts.memberships:
        m.entity = one(m.entity, m.entity)
    for e in facts.entities:
        e.name = one(e.name, e.name)
    return facts


# --------------------------------------------------------------- diagnostics


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(slots=True)
class Related:
    span: Span
    message: str


@dataclass(slots=True)
class Diagnostic:
    rule: str
    severity: Severity
    message: str
    span: Span
    related: list[Related] = field(default_factory=list)
    # what the finding is about (entity, predicate, values): the baseline fingerprint
    key: tuple[str, ...] = ()

    def sort_key(self):
        return (self.span.path, self.span.line, self.span.column, self.rule, self.message)
