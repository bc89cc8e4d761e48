"""A list of named figures with its total, outside any infobox or table.

    Entente: 1,012,000 in total
    Valdora: 688,000
    Ostwyn: 97,000
    Pact: ...

One "Name: figure" per line (a plain-text line, a list item, a short
paragraph). A line marked as a total ("Total: 84,900", "North: 5,200 in all")
sums the lines below it up to the next total when the list opens with a total,
else the lines above it since the previous total. The list says the figures
are parts, whatever they count (measure `listed`). A sum far from its total
means the lines count something else, so such a group is not recorded.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import vocabulary
from ..model import Block, BlockKind, Document, DocumentFacts, Origin, Quantity
from .numbers import parse_figure, spelled_numbers

_PLAUSIBLE_RATIO = 1.5
# "Pellmark (from October 1937): 133,000", "* Total: 61,500 dead"
# the name and its figure are parted by a colon or, in a text laid out for print, by dot leaders
# ("Garrison and allies ........ 900", "Townsfolk (of hunger) . 1,400")
_LINE = re.compile(r"\s*[*#\-•]?\s*(?P<name>[^\W\d][^\d:;()\n]{0,50}?(?:\s*\([^()\n]{0,40}\))?)"
                   r"(?:\s*:\s*|\s*\.(?:\s*\.)+\s*|\s+\.\s+)(?P<rest>[^:;\n]{1,60})$")
_MAX_WORDS_AFTER = 4
# "2,210 killed in action", "- twelve guild consuls, sitting ex officio;": a line that opens with its figure and
# names what it counts after it (the figure in digits, or in words from two up)
_FIGURE_FIRST = re.compile(r"\s*(?:[*#\-•]\s*)?(?P<rest>(?:\d|[a-z]).{0,110}?)\s*[;,.]?\s*$")
_WORDS_FIRST = 8
_WORDS_IN_OPEN_LIST = 12
# "1,240 (610 in the town, 630 on the estates)": a figure's breakdown in brackets says nothing of the line's kind
_ASIDE = re.compile(r"\([^()]*\)")
# the lines a sentence stating the list's total may stand from it (a blank line between)
_TOTAL_GAP = 1
_FIRST_SENTENCE = re.compile(r".*?[.!?](?=\s|$)", re.S)
_STATED_FIGURE = re.compile(r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d,]|\.\d)")
_YEAR = re.compile(r"1\d{3}|20\d{2}")
# "employed about 1,100 men in all:" is an estimate (the arithmetic rule's slack); "more than 1,100" a bound
_BEFORE_TOTAL = re.compile(r"(?:(?P<loose>about|around|approximately|roughly|some|circa|c\.|nearly|almost|estimated)"
                           r"|(?P<bound>over|more than|upwards of|at least|fewer than|less than|under))\s+$", re.I)
_ORIGINS = {BlockKind.PARAGRAPH: Origin.PROSE, BlockKind.LIST_ITEM: Origin.PROSE,
            BlockKind.CAPTION: Origin.CAPTION, BlockKind.HEADING: Origin.HEADING}


@dataclass(slots=True)
class _Line:
    block: Block
    line: int
    name: str
    value: float
    qualifier: str | None
    start: int
    end: int
    total: bool


@lru_cache(maxsize=1)
def _total_words() -> tuple[re.Pattern, re.Pattern]:
    prose = vocabulary.load("prose")
    after = sorted((str(w) for w in prose.get("summing_words_after") or ()), key=len, reverse=True)
    words = "|".join(re.escape(w) for w in after + ["total"])
    return re.compile(r"\b(?:total|overall|altogether|combined)\b", re.I), re.compile(rf"\b(?:{words})\b", re.I)


@lru_cache(maxsize=1)
def _lead_words() -> re.Pattern:
    """"The forty seats were shared out as follows:", "The 1,215 members comprised:": a lead-in whose colon
    opens the whole breakdown of its one figure (prose.yaml list_lead_words and itemising_words)."""
    prose = vocabulary.load("prose")
    words = [str(w) for w in (prose.get("list_lead_words") or ()) + (prose.get("itemising_words") or ())]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\s*:\s*$", re.I)


@lru_cache(maxsize=1)
def _counting_lead() -> re.Pattern:
    """"The census counted 1,274 people at the fort:": a verb of counting right before the lead-in's figure
    (prose.yaml counting_lead_verbs) makes the figure the whole the list below breaks down."""
    verbs = vocabulary.load("prose").get("counting_lead_verbs") or ()
    return re.compile(r"\b(?:" + vocabulary.alternation(verbs) + r")\s+(?:some\s+|about\s+)?\d", re.I)


class FigureListReader:
    """Collects consecutive "Name: figure" lines and records each total with its parts."""

    def __init__(self, doc: Document, facts: DocumentFacts):
        self.doc, self.facts = doc, facts
        self.run: list[_Line] = []
        self.prelude: _Line | None = None  # a lead-in that states a total, waiting for its list

    def read(self, block: Block) -> None:
        if block.kind not in _ORIGINS:
            self.prelude = None
            return self.finish()
        item = self._named_figure(block)
        if item is None and self.run and not any(x.total for x in self.run):
            # "The same returns put the total for the islands at 3,118.": a sentence right after the list
            # that gives its total
            closing = self._stated_total(block, self.run[-1].line)
            if closing is not None:
                self.run.append(closing)
        if item is None or self.run and item.line != self.run[-1].line + 1:
            self.finish()
        if item is not None:
            if not self.run and self.prelude is not None and self.prelude.line >= item.line - _TOTAL_GAP - 1:
                self.run.append(self.prelude)  # "The returns give 3,118 dead in all:" and the list below
            self.run.append(item)
            self.prelude = None
        else:
            self.prelude = self._stated_total(block, None)

    def _stated_total(self, block: Block, after_line: int | None) -> _Line | None:
        """The one figure of a sentence that says it is a total, beside a list: the sentence right after the
        list (`after_line` is the list's last line) or a lead-in ending in a colon right before it."""
        text = block.text
        line = self.doc.block_span(block, 0, 1).line
        if after_line is not None and not 0 < line - after_line <= _TOTAL_GAP + 1:
            return None
        if after_line is None:  # the lead-in's last sentence
            if not text.rstrip().endswith(":"):
                return None
            sentence = text[max(text.rfind(". "), text.rfind("? "), text.rfind("! ")) + 1:]
        else:  # the closing paragraph's first sentence
            first = _FIRST_SENTENCE.match(text, 0, 400)
            sentence = first.group() if first else text
        if len(sentence) > 200:
            return None
        offset = text.find(sentence)
        label_total, after_total = _total_words()
        if not (label_total.search(sentence) or after_total.search(sentence)
                or after_line is None and (_lead_words().search(sentence) or _counting_lead().search(sentence))):
            return None
        # in digits, or else in words ("Together these come to ninety-four wheels in all"; "the two crowns give
        # 3,118 dead in all" states 3,118)
        figures = [(float(m.group().replace(",", "")), m.start(), m.end()) for m in _STATED_FIGURE.finditer(sentence)
                   if not _YEAR.fullmatch(m.group())] or [(float(n), s, e) for n, s, e in spelled_numbers(sentence)
                                                           if n > 1]
        if len(figures) != 1:
            return None
        value, s, e = figures[0]
        before = _BEFORE_TOTAL.search(sentence[:s])
        if before and before.group("bound"):
            return None  # "more than 1,100 men in all:": a bound, not a sum
        return _Line(block, line if after_line is None else after_line + 1, "total", value,
                     before.group("loose").lower() if before else None, offset + s, offset + e, True)

    def _named_figure(self, block: Block) -> _Line | None:
        text = block.text
        if len(text) > 120:
            return None
        if ":" not in text and " ." not in text and ".." not in text:
            return self._figure_first(block)
        m = _LINE.fullmatch(text)
        if m is None:
            return self._figure_first(block)
        rest = m.group("rest")
        fig = parse_figure(rest)
        if fig is None:
            return None
        value, qual, s, e = fig
        before, after = rest[:s].strip(), _ASIDE.sub(" ", rest[e:]).strip(" .,")
        if before or len(after.split()) > _MAX_WORDS_AFTER:
            return None
        label_total, after_total = _total_words()
        name = m.group("name").strip()
        total = bool(label_total.search(name) or after and after_total.search(after))
        at = m.start("rest")
        line = self.doc.block_span(block, 0, 1).line
        return _Line(block, line, name, value, qual, at + s, at + e, total)

    def _figure_first(self, block: Block) -> _Line | None:
        """"2,210 killed in action", "twelve guild consuls, sitting ex officio;": the figure opens the line and
        a few words after it say what it counts; "8,480 killed in total" is the list's total."""
        m = _FIGURE_FIRST.fullmatch(block.text)
        if m is None:
            return None
        rest, at = m.group("rest"), m.start("rest")
        fig = parse_figure(rest)
        if fig is not None and fig[2] == 0 and not fig[1] and not _YEAR.fullmatch(rest[:fig[3]]):
            value, s, e = fig[0], fig[2], fig[3]
        elif (spelled := spelled_numbers(rest)) and spelled[0][1] == 0 and spelled[0][0] > 1:
            value, s, e = float(spelled[0][0]), 0, spelled[0][2]
        else:
            return None
        words = rest[e:].split()
        # a list already open (its lead-in or first lines read) may name its parts at more length
        most = _WORDS_IN_OPEN_LIST if self.run or self.prelude is not None else _WORDS_FIRST
        if not words or len(words) > most or not words[0][:1].isalpha() or any(ch.isdigit() for ch in rest[e:]):
            return None
        label_total, after_total = _total_words()
        name = rest[e:].strip(" ;,.")
        total = bool(after_total.search(name) or label_total.search(name))
        return _Line(block, self.doc.block_span(block, 0, 1).line, name, value, None, at + s, at + e, total)

    def finish(self) -> None:
        run, self.run = self.run, []
        if len(run) < 3 or not any(x.total for x in run):
            return
        if run[0].total:  # totals head the lines below them
            segments, current = [], None
            for x in run:
                if x.total:
                    current = (x, [])
                    segments.append(current)
                else:
                    current[1].append(x)
        else:  # totals close the lines above them
            segments, parts = [], []
            for x in run:
                if x.total:
                    segments.append((x, parts))
                    parts = []
                else:
                    parts.append(x)
        for total, parts in segments:
            self._emit(total, parts)

    def _emit(self, total: _Line, parts: list[_Line]) -> None:
        summed = sum(p.value for p in parts)
        if len(parts) < 2 or total.value <= 0 or any(p.value > total.value for p in parts) or \
                not total.value / _PLAUSIBLE_RATIO <= summed <= total.value * _PLAUSIBLE_RATIO:
            return
        span = self.doc.block_span(total.block, total.start, total.end)
        group = f"list:{span.line}:{span.column}"
        for x, role in [(total, "total")] + [(p, "part") for p in parts]:
            self.facts.quantities.append(Quantity(
                measure="listed", label=x.name, value=x.value, qualifier=x.qualifier,
                span=self.doc.block_span(x.block, x.start, x.end), origin=_ORIGINS[x.block.kind],
                group=group, role=role))
