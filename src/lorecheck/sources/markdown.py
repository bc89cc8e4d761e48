"""Markdown source: YAML front matter, CommonMark body, Dataview inline fields.

Front matter is composed (never constructed) with PyYAML's SafeLoader, so every
scalar keeps its text as written ("1802-04-17" stays a string) and its exact
position; language tags are refused and alias bombs are cut off. The body is
cut into blocks with markdown-it-py's block tokens (their line maps), and the
inline markup is stripped by a small regex pass that keeps the map to the
file, because markdown-it's rendered text has no offsets.
"""
from __future__ import annotations

import re
from urllib.parse import unquote

import yaml
from markdown_it import MarkdownIt

from .. import vocabulary
from ..model import Block, BlockKind, Diagnostic, Document, Severity
from . import normalise_key

# Mapping keys whose children are the sides of a conflict (front matter "sides:").
SIDE_CONTAINERS = frozenset({"sides", "belligerents", "combatants", "factions"})


def _side_map(key: str, node) -> bool:
    """"parties: {federation: [A, B], league: [C, B]}" on a treaty's page, "civil_war: {federal: [...], league:
    [...]}" on a union's: a mapping under a key that names the parties or a conflict (fields.yaml side_map_keys,
    side_map_key_ends), its two or more entries each a list of names, is a mapping of sides to their members."""
    spec = vocabulary.load("fields")
    if key not in (spec.get("side_map_keys") or ()) and key.rpartition("_")[2] not in (spec.get("side_map_key_ends") or ()):
        return False
    return len(node.value) >= 2 and all(
        isinstance(k, yaml.ScalarNode) and isinstance(v, yaml.SequenceNode) and v.value
        and all(isinstance(x, yaml.ScalarNode) for x in v.value) for k, v in node.value)

MAX_ALIASES = 100  # more alias uses than this in front matter: refused (billion laughs)
MAX_NODES = 100_000  # composed nodes, and nodes visited with aliases expanded
MAX_DEPTH = 64  # nesting deeper than any real front matter
MAX_INLINE_DEPTH = 16  # emphasis inside links inside emphasis...

_YAML = "tag:yaml.org,2002:"
_SAFE_TAGS = frozenset(_YAML + t for t in (
    "str", "int", "float", "bool", "null", "timestamp", "binary",
    "map", "seq", "omap", "pairs", "set", "merge", "value"))

_FM_OPEN = re.compile(r"\A\ufeff?---[ \t]*(?:\r\n|\r|\n)")
_FM_CLOSE = re.compile(r"(?<=[\r\n])(?:---|\.\.\.)[ \t]*(?=\r|\n|\Z)")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_WORD = re.compile(r"\S+")
_FALLBACK_FIELD = re.compile(r"^([A-Za-z_][\w \-]*):[ \t]+(\S[^\r\n]*?)[ \t]*$", re.M)

# `Key:: value` filling a whole line (list markers and `>` are already gone).
# A space after `::` keeps `std::vector` prose out.
# A key may end in a parenthesised year or qualifier ("Staff (1702):: 2,260").
_DV_LINE = re.compile(r"(?P<key>[^\s:\[\]()>`|#][^:\n\[\]().,;!?]{0,60}?(?:[ \t]*\([^():\n\[\]]{1,24}\))?)::(?:[ \t]+(?P<value>.*?))?[ \t]*\Z")
# "**Born:** 3 March 1702", "__Seat__: Selbury", "*Spouse*: X": a field written as an emphasised label on its line
_BOLD_LABEL = re.compile(r"(?P<mark>\*\*|__|\*)(?P<key>[^\W\d_][^*_:\n]{0,40}?)(?::(?P=mark)|(?P=mark)[ \t]*:)"
                         r"[ \t]+(?P<value>\S.*?)[ \t]*\Z")
_SHORT_VALUE_WORDS = 10  # a label's value this short, with no sentence in it, is a field's value
_CALLOUT = re.compile(r"\[!(?P<type>[A-Za-z][\w-]*)\][+-]?[ \t]*")
_CELL_PIPE = re.compile(r"\[\[[^\]\n]*\]\]|\\.|\|")  # pipes inside [[...]] do not split cells
_HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.S)

# One pass of inline markup; the first alternative that matches wins. Every part that can fail
# only after a long scan is bounded (a label, a URL, a tag), and labels hold no '[' (a run of
# openers fails at once), so a text of many openers stays linear.
_INLINE = re.compile(r"""
  (?P<code>(?P<ticks>`+)(?P<code_body>.{1,2000}?)(?P=ticks))
| (?P<comment><!--(?P<comment_body>.*?)-->|%%(?P<obs_body>.*?)%%)
| (?P<embed>!\[\[[^\[\]\n]{0,1000}\]\]|!\[[^\[\]\n]{0,500}\]\([^)\n]{0,500}\))
| (?P<wikilink>\[\[(?P<wl_target>[^\[\]|\n]{0,1000})(?:\|(?P<wl_label>[^\[\]\n]{0,1000}))?\]\])
| (?P<footnote>\[\^[^\]\s]+\])
| (?P<dv_square>\[(?P<dvs_key>[^\[\]\n:]{1,80}?)::[ \t]*(?P<dvs_value>(?:\[\[[^\]\n]{0,1000}\]\]|[^\[\]\n]){0,1000})\])
| (?P<dv_paren>\((?P<dvp_key>[^()\n:]{1,80}?)::[ \t]*(?P<dvp_value>(?:\[\[[^\]\n]{0,1000}\]\]|[^()\n]){0,1000})\))
| (?P<link>\[(?P<link_label>[^\[\]\n]{0,500})\]\((?P<link_url>[^)\s]{0,500})(?:[ \t]+"[^"\n]{0,1000}")?\))
| (?P<emph>(?P<em_mark>\*{1,3}|==|~~)(?=\S)(?P<em_body>.{1,2000}?)(?<=\S)(?P=em_mark)(?![*=~]))
| (?P<under>(?<!\w)(?P<us_mark>_{1,3})(?=\S)(?P<us_body>.{1,2000}?)(?<=\S)(?P=us_mark)(?!\w))
| (?P<br><br\s*/?>)
| (?P<tag></?[A-Za-z][A-Za-z0-9-]{0,100}(?:\s[^<>\n]{0,1000})?/?>)
| (?P<escape>\\[!-/:-@\[-`{-~])
""", re.S | re.X)

# Only block structure is needed: inline markup is stripped here, with offsets.
# Characters an _INLINE match can start with: trying _INLINE only there is ten times faster.
_INLINE_START = re.compile(r"[`<%!\[(*=~_\\]")

_md = MarkdownIt("commonmark").enable("table").disable("inline")
_ANY_BREAK = re.compile(r"\r\n|\r|\n")


def _labels_a_field(m: re.Match) -> bool:
    """"**Born:** 3 March 1702" is a field; "**Note:** the dates in this section are uncertain. ..." is prose
    unless its label is a field name the vocabulary knows."""
    value = m.group("value")
    if normalise_key(m.group("key")) in (vocabulary.load("fields").get("roles") or {}):
        return True
    return len(value.split()) <= _SHORT_VALUE_WORDS and not re.search(r"[.!?](?:\s|$)", value)


class _Inline:
    """What the inline stripper keeps of a raw string: ranges and inserted text, in order."""

    __slots__ = ("keep", "comments", "links", "targets", "fields")

    def __init__(self):
        self.keep: list[tuple[int, int] | str] = []
        self.comments: list[tuple[int, int]] = []  # raw ranges of comment texts
        self.links: list[str] = []  # "label=>Page" for labelled links
        self.targets: list[str] = []  # pages of bare wikilinks ([[Page]])
        self.fields: list[tuple[str, _Inline]] = []  # bracketed Dataview fields


def _is_figure(content: str) -> bool:
    """A paragraph that opens with an image ("![alt](a.png)" or "![[a.png]]") and has at most one more line."""
    return content.lstrip().startswith("![") and content.strip().count("\n") <= 1


def _strip(raw: str, lo: int, hi: int, out: _Inline, depth: int = 0) -> None:
    """Append to `out` the pieces of raw[lo:hi] that are text, markup removed."""
    if depth > MAX_INLINE_DEPTH:  # markup nested this deep is not prose worth unpicking
        out.keep.append((lo, hi))
        return
    depth += 1
    pos = lo
    # a comment opener with no closer after it would scan to `hi` at every opener: quadratic
    last_close = raw.rfind("-->", lo, hi)
    last_percent = raw.rfind("%%", lo, hi)
    for c in _INLINE_START.finditer(raw, lo, hi):
        s = c.start()
        if s < pos:
            continue
        if raw.startswith("<!--", s) and last_close < s + 4:
            continue
        if raw.startswith("%%", s) and last_percent < s + 2:
            continue
        m = _INLINE.match(raw, s, hi)
        if m is None:
            continue
        kind = m.lastgroup
        if m.start() > pos:
            out.keep.append((pos, m.start()))
        pos = m.end()
        if kind == "code":
            out.keep.append(m.span("code_body"))
        elif kind == "comment":
            body = "comment_body" if m.start("comment_body") >= 0 else "obs_body"
            out.comments.append(m.span(body))
        elif kind == "wikilink":
            t0, t1 = m.span("wl_target")
            if t1 > t0 and raw[t1 - 1] == "\\":  # `[[Target\|label]]` inside a table
                t1 -= 1
            target = raw[t0:t1].split("#", 1)[0].strip()
            if m.start("wl_label") >= 0:
                l0, l1 = m.span("wl_label")
                _strip(raw, l0, l1, out, depth)
                label = raw[l0:l1].strip()
                if target and label != target:
                    out.links.append(f"{label}=>{target}")
            else:
                hash_at = raw.find("#", t0, t1)
                out.keep.append((t0, t1 if hash_at < 0 else hash_at))
                if target and target not in out.targets:
                    out.targets.append(target)
        elif kind in ("dv_square", "dv_paren"):
            k = "dvs" if kind == "dv_square" else "dvp"
            v0, v1 = m.span(f"{k}_value")
            field = _Inline()
            _strip(raw, v0, v1, field, depth)
            out.fields.append((raw[slice(*m.span(f"{k}_key"))], field))
            _strip(raw, v0, v1, out, depth)  # the value stays readable in the prose
        elif kind == "link":
            l0, l1 = m.span("link_label")
            _strip(raw, l0, l1, out, depth)
            target = _local_link_target(m.group("link_url"))
            label = raw[l0:l1].strip()
            if target and label and label != target:
                out.links.append(f"{label}=>{target}")
        elif kind == "emph":
            _strip(raw, *m.span("em_body"), out, depth)
        elif kind == "under":
            _strip(raw, *m.span("us_body"), out, depth)
        elif kind == "br":
            out.keep.append(" ")
        elif kind == "escape":
            out.keep.append((m.start() + 1, m.end()))
        # embed, footnote, tag: dropped
    if hi > pos:
        out.keep.append((pos, hi))


def _local_link_target(url: str) -> str | None:
    """`Some%20Page.md` -> "Some Page": a link to another note names an entity; web links do not."""
    if not url or url.startswith("#") or re.match(r"[A-Za-z][\w+.-]*:", url):
        return None
    path = unquote(url.split("#", 1)[0]).rsplit("/", 1)[-1]
    return re.sub(r"\.(md|markdown)$", "", path, flags=re.I) or None


class _Raw:
    """Source lines joined with "\\n" plus the map of each line back into the file."""

    __slots__ = ("text", "segs")

    def __init__(self, lines: list[tuple[int, str]]):
        parts, segs, at = [], [], 0
        for file_off, s in lines:
            if parts:
                parts.append("\n")
                at += 1
            parts.append(s)
            segs.append((at, file_off, len(s)))
            at += len(s)
        self.text = "".join(parts)
        self.segs = segs

    def project(self, keep: list) -> tuple[str, tuple[tuple[int, int, int], ...]]:
        """Text and segments of the kept pieces (ranges of self.text or inserted strings), trimmed."""
        out, segs, at = [], [], 0
        raw, rsegs, j = self.text, self.segs, 0
        for piece in keep:
            if isinstance(piece, str):
                out.append(piece)
                at += len(piece)
                continue
            a, b = piece
            if b <= a:
                continue
            out.append(raw[a:b].replace("\n", " "))
            while j < len(rsegs) and rsegs[j][0] + rsegs[j][2] <= a:
                j += 1
            k = j
            while k < len(rsegs) and rsegs[k][0] < b:
                s0, f0, n = rsegs[k]
                lo, hi = max(a, s0), min(b, s0 + n)
                if hi > lo:
                    segs.append((at + lo - a, f0 + lo - s0, hi - lo))
                k += 1
            at += b - a
        return _trim("".join(out), segs)


def _trim(text: str, segs: list) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """Strip surrounding whitespace and shift the segments to match."""
    lead = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    if lead == 0 and end == len(text):
        return text, tuple(segs)
    out = []
    for t, f, n in segs:
        lo, hi = max(t, lead), min(t + n, end)
        if hi > lo:
            out.append((lo - lead, f + lo - t, hi - lo))
    return text[lead:end], tuple(out)


class _Parser:
    def __init__(self, path: str, text: str):
        self.doc = Document(path=path, text=text, format="markdown", _line_starts=_line_starts(text))
        self.text = text
        self.heading: str | None = None

    # ------------------------------------------------------------ helpers

    def warn(self, message: str, start: int, end: int | None = None) -> None:
        self.doc.errors.append(Diagnostic(
            rule="source-error", severity=Severity.WARNING, message=message,
            span=self.doc.span(start, start if end is None else end)))

    def add(self, kind: BlockKind, text: str, segs, **kw) -> Block | None:
        if not text:
            return None
        if kind is not BlockKind.HEADING and kind is not BlockKind.TITLE:
            kw.setdefault("heading", self.heading)
        block = Block(kind, text, tuple(segs), **kw)
        self.doc.blocks.append(block)
        return block

    def line(self, index: int) -> tuple[int, str]:
        """File offset and text (no line break) of 0-based line `index`."""
        starts = self.doc.line_starts
        a = starts[index]
        b = starts[index + 1] if index + 1 < len(starts) else len(self.text)
        return a, self.text[a:b].rstrip("\r\n")

    # ------------------------------------------------------- front matter

    def parse(self) -> Document:
        body_start = 0
        m = _FM_OPEN.match(self.text)
        if m:
            close = _FM_CLOSE.search(self.text, m.end())
            if close is None:
                self.warn("front matter opened here is never closed (no closing ---): read as body",
                          m.start(), m.start() + 3)
            else:
                self.front_matter(m.end(), close.start())
                nl = _LINE_BREAK.search(self.text, close.end())
                body_start = nl.end() if nl else len(self.text)
        self.body(body_start)
        return self.doc

    def front_matter(self, start: int, end: int) -> None:
        source = self.text[start:end]
        try:
            loader = _FrontMatterLoader(source)
        except yaml.YAMLError as exc:  # control characters are refused by the reader itself
            self.warn(f"front matter could not be read ({exc}): ignored", start)
            return
        try:
            root = loader.get_single_node()
        except _Refused as exc:
            self.warn(f"front matter refused: {exc}", start)
            return
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            at = start + (mark.index if mark else 0)
            self.warn(f"front matter is not valid YAML ({exc.problem or exc.context}): "
                      "simple `key: value` lines kept", min(at, end))
            self.front_matter_fallback(start, end)
            return
        except (yaml.YAMLError, RecursionError) as exc:
            self.warn(f"front matter could not be read ({type(exc).__name__}): "
                      "simple `key: value` lines kept", start)
            self.front_matter_fallback(start, end)
            return
        finally:
            loader.dispose()
        if root is None:
            return
        if not isinstance(root, yaml.MappingNode):
            self.warn("front matter is not a mapping of keys to values: ignored", start)
            return
        first_block = len(self.doc.blocks)
        walker = _Walker(self, start)
        try:
            walker.walk(root, [], [], "", None)
        except _Refused as exc:
            del self.doc.blocks[first_block:]
            self.doc.title = None
            self.warn(f"front matter refused: {exc}", start)

    def front_matter_fallback(self, start: int, end: int) -> None:
        """Top-level `key: value` lines of front matter YAML could not parse."""
        for m in _FALLBACK_FIELD.finditer(self.text, start, end):
            v0, v1 = m.span(2)
            if self.text[v0] in "[{&*!|>":  # structure we could not read: not a value
                continue
            if self.text[v0] in "'\"" and v1 - v0 >= 2 and self.text[v1 - 1] == self.text[v0]:
                v0, v1 = v0 + 1, v1 - 1
            self.add_field(m.group(1), normalise_key(m.group(1)), v0, v1, None, {"source": "front-matter"})

    def add_field(self, raw_key: str, key: str, v0: int, v1: int, group, attrs) -> None:
        value = self.text[v0:v1]
        if key == "title" and self.doc.title is None:
            self.doc.title = value
            self.add(BlockKind.TITLE, value, ((0, v0, len(value)),))
        self.add(BlockKind.FIELD, value, ((0, v0, len(value)),), key=key, raw_key=raw_key,
                 group=group, attrs=attrs)

    # --------------------------------------------------------------- body

    def body(self, start: int) -> None:
        if start >= len(self.text):
            return
        first_line = self.doc.position(start)[0] - 1
        tokens = _md.parse(self.text[start:])
        containers: list[str] = []  # "li" / "bq", innermost last
        items_opened = 0  # list items opened so far: a paragraph's item, told apart from its sibling's
        callout_pending = False
        heading_open = None
        in_table = False
        table_no = -1
        columns: list[str] = []
        row_no = 0
        for tok in tokens:
            t = tok.type
            if t == "inline":
                if in_table:
                    continue
                lo, hi = tok.map
                if heading_open is not None:
                    self.heading_block(heading_open, tok.content, first_line + lo)
                    heading_open = None
                    continue
                kind = BlockKind.LIST_ITEM if containers and containers[-1] == "li" else BlockKind.PARAGRAPH
                if kind is BlockKind.PARAGRAPH and _is_figure(tok.content):
                    kind = BlockKind.CAPTION  # the words under a picture date what it shows, not the story
                self.prose(tok.content, first_line + lo, kind, callout_pending,
                           (containers.count("li"), items_opened) if kind is BlockKind.LIST_ITEM else None)
                callout_pending = False
            elif t == "heading_open":
                heading_open = int(tok.tag[1])
            elif t in ("list_item_open", "blockquote_open"):
                containers.append("li" if t == "list_item_open" else "bq")
                items_opened += t == "list_item_open"
                callout_pending = t == "blockquote_open"
            elif t in ("list_item_close", "blockquote_close"):
                containers.pop()
                callout_pending = False
            elif t == "table_open":
                in_table, table_no, columns, row_no = True, table_no + 1, [], 0
            elif t == "table_close":
                in_table = False
            elif t == "tr_open":
                cells = self.table_row(first_line + tok.map[0], table_no, columns, row_no)
                if row_no == 0:
                    columns = cells
                row_no += 1
            elif t == "html_block":
                self.html_comments(first_line + tok.map[0], first_line + tok.map[1])
            # fences, indented code, rules and HTML other than comments: not prose

    def aligned_lines(self, content: str, first_line: int) -> list[tuple[int, str]]:
        """File offset and text of each line of markdown-it's `content` (prefixes removed)."""
        out = []
        last = self.doc.line_count - 1
        for i, piece in enumerate(content.split("\n")):
            s = piece.strip()
            if not s or first_line + i > last:
                continue
            off, src = self.line(first_line + i)
            src_r = src.rstrip()
            k = len(src_r) - len(s) if src_r.endswith(s) else src.find(s)
            if k < 0:  # markdown-it rewrote the line (tabs, NUL): keep the source as is
                s = src.strip()
                k = src.find(s) if s else 0
            out.append((off + k, s))
        return out

    def heading_block(self, level: int, content: str, first_line: int) -> None:
        raw = _Raw(self.aligned_lines(content, first_line))
        inline = _Inline()
        _strip(raw.text, 0, len(raw.text), inline)
        text, segs = raw.project(inline.keep)
        self.comments(raw, inline)
        if not text:
            return
        if level == 1 and self.doc.title is None:
            self.doc.title = text
        self.heading = text
        self.add(BlockKind.HEADING, text, segs, level=level, **self.links_kw(inline))

    def prose(self, content: str, first_line: int, kind: BlockKind, callout: bool,
              item: tuple[int, int] | None = None) -> None:
        """A paragraph: whole-line Dataview fields apart, the other lines in runs of prose. `item`: a list item's
        nesting (1 for a top-level item) and number, which tell a sibling item from a parent or the same item."""
        lines = self.aligned_lines(content, first_line)
        attrs = {"depth": str(item[0]), "item": str(item[1])} if item else {}
        if callout and lines:
            off, s = lines[0]
            m = _CALLOUT.match(s)
            if m:
                attrs["callout"] = m.group("type").lower()
                title = s[m.end():]
                if title:
                    self.prose_run([(off + m.end(), title)], BlockKind.PARAGRAPH, attrs)
                lines = lines[1:]
        run: list[tuple[int, str]] = []
        for off, s in lines:
            m = _DV_LINE.match(s)
            if m and "[[" not in m.group("key") and "](" not in m.group("key"):
                if run:
                    self.prose_run(run, kind, attrs)
                    run = []
                self.dataview_line(off, s, m)
            elif s[:1] in "*_" and (bold := _BOLD_LABEL.match(s)) and _labels_a_field(bold):
                if run:
                    self.prose_run(run, kind, attrs)
                    run = []
                self.dataview_line(off, s, bold, source="label")
            else:
                run.append((off, s))
        if run:
            self.prose_run(run, kind, attrs)

    def prose_run(self, lines: list[tuple[int, str]], kind: BlockKind, attrs: dict) -> None:
        raw = _Raw(lines)
        inline = _Inline()
        _strip(raw.text, 0, len(raw.text), inline)
        text, segs = raw.project(inline.keep)
        first = len(self.doc.blocks)
        self.add(kind, text, segs, attrs={**attrs, **self.links_attr(inline)})
        self.comments(raw, inline)
        self.bracket_fields(raw, inline)
        self.sort_tail(first)

    def dataview_line(self, off: int, s: str, m: re.Match, source: str = "dataview") -> None:
        raw_key = m.group("key").strip().strip("*_").strip()
        if m.group("value") is None or not raw_key:
            return
        raw = _Raw([(off, s)])
        inline = _Inline()
        _strip(raw.text, *m.span("value"), inline)
        text, segs = raw.project(inline.keep)
        first = len(self.doc.blocks)
        self.add(BlockKind.FIELD, text, segs, key=normalise_key(raw_key), raw_key=raw_key,
                 attrs={"source": source, **self.links_attr(inline)})
        self.comments(raw, inline)
        self.sort_tail(first)

    def bracket_fields(self, raw: _Raw, inline: _Inline) -> None:
        for raw_key, field in inline.fields:
            text, segs = raw.project(field.keep)
            self.add(BlockKind.FIELD, text, segs, key=normalise_key(raw_key), raw_key=raw_key.strip(),
                     attrs={"source": "dataview", **self.links_attr(field)})

    def comments(self, raw: _Raw, inline: _Inline) -> None:
        for a, b in inline.comments:
            text, segs = raw.project([(a, b)])
            self.add(BlockKind.COMMENT, text, segs)

    def sort_tail(self, first: int) -> None:
        """Keep the blocks of one paragraph (prose, comments, fields) in file order."""
        tail = self.doc.blocks[first:]
        if len(tail) > 1:
            tail.sort(key=lambda b: b.segments[0][1] if b.segments else 0)
            self.doc.blocks[first:] = tail

    def html_comments(self, lo: int, hi: int) -> None:
        starts = self.doc.line_starts
        a = starts[lo]
        b = starts[hi] if hi < len(starts) else len(self.text)
        text = self.text
        pos = a
        while True:  # find(), not a lazy regex: an opener without a closer must not rescan to the end
            s = text.find("<!--", pos, b)
            if s < 0:
                break
            c1 = text.find("-->", s + 4, b)
            if c1 < 0:
                break  # no closer for this opener, so none for any later one
            c0, pos = s + 4, c1 + 3
            body = text[c0:c1]
            lead = len(body) - len(body.lstrip())
            inner = body.strip()
            self.add(BlockKind.COMMENT, inner, ((0, c0 + lead, len(inner)),))

    def table_row(self, line_index: int, table_no: int, columns: list[str], row_no: int) -> list[str]:
        """One TABLE_CELL per cell of a pipe-table row, cut from the source line itself."""
        off, src = self.line(line_index)
        p = len(src) - len(src.lstrip(" \t>"))
        row = src[p:].rstrip()
        bounds = [m.start() for m in _CELL_PIPE.finditer(row) if m.group() == "|"]
        edges = [-1] + bounds + [len(row)]
        cells = [(edges[i] + 1, edges[i + 1]) for i in range(len(edges) - 1)]
        if row.startswith("|"):
            cells = cells[1:]
        if len(cells) > 1 and row.endswith("|") and not row.endswith("\\|"):
            cells = cells[:-1]
        texts = []
        for col, (a, b) in enumerate(cells):
            raw = _Raw([(off + p + a, row[a:b])])
            inline = _Inline()
            _strip(raw.text, 0, len(raw.text), inline)
            text, segs = raw.project(inline.keep)
            texts.append(text)
            column = text if row_no == 0 else columns[col] if col < len(columns) else str(col)
            self.add(BlockKind.TABLE_CELL, text, segs, group=col,
                     attrs={"column": column, "row": str(row_no), "table": str(table_no),
                            **self.links_attr(inline)})
            self.comments(raw, inline)
        return texts

    @staticmethod
    def links_attr(inline: _Inline) -> dict:
        attrs = {"links": "\n".join(inline.links)} if inline.links else {}
        if inline.targets:
            attrs["targets"] = "\n".join(inline.targets)
        return attrs

    def links_kw(self, inline: _Inline) -> dict:
        attrs = self.links_attr(inline)
        return {"attrs": attrs} if attrs else {}


class _Refused(Exception):
    """Front matter that is hostile or too large to read safely."""


class _FrontMatterLoader(yaml.SafeLoader):
    """SafeLoader that counts what it composes, so alias bombs stop early."""

    def __init__(self, stream):
        super().__init__(stream)
        self.aliases = 0
        self.nodes = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise _Refused(f"more than {MAX_ALIASES} YAML aliases")
        else:
            self.nodes += 1
            if self.nodes > MAX_NODES:
                raise _Refused(f"more than {MAX_NODES} YAML nodes")
        return super().compose_node(parent, index)


def _names_a_record(node) -> bool:
    """A nested mapping with a "name" key of its own is about that named one, not about the page."""
    return isinstance(node, yaml.MappingNode) and any(
        isinstance(k, yaml.ScalarNode) and isinstance(v, yaml.ScalarNode) and normalise_key(k.value) == "name"
        for k, v in node.value)


class _Walker:
    """Turns composed YAML nodes into FIELD blocks: dotted keys, records, sides."""

    def __init__(self, parser: _Parser, base: int):
        self.p = parser
        self.base = base
        self.visits = 0
        self.active: set[int] = set()

    def walk(self, node, keys: list[str], raw_keys: list[str], ipath: str, group: int | None,
             attrs: dict | None = None) -> None:
        self.visits += 1
        if self.visits > MAX_NODES:
            raise _Refused(f"more than {MAX_NODES} values once aliases are expanded")
        if len(keys) > MAX_DEPTH or id(node) in self.active:
            return  # too deep, or an alias to its own ancestor
        attrs = attrs or {}
        if node.tag not in _SAFE_TAGS:
            tag = node.tag.replace(_YAML, "!!")
            self.p.warn(f"front matter value with YAML tag {tag} refused (not read)",
                        self.base + node.start_mark.index, self.base + node.end_mark.index)
            return
        if isinstance(node, yaml.ScalarNode):
            self.scalar(node, keys, raw_keys, group, attrs)
            return
        self.active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                side_list = bool(keys) and keys[-1] in SIDE_CONTAINERS
                for i, item in enumerate(node.value):
                    sub = f"{ipath}[{i}]"
                    item_attrs = {**attrs, "record": sub} if isinstance(item, yaml.MappingNode) else attrs
                    if side_list and isinstance(item, yaml.MappingNode):
                        # "sides: [{name: X, belligerents: [...]}, ...]": item i is side i + 1
                        item_attrs = {**attrs, "side_index": str(i + 1), "side_record": "1"}
                    self.walk(item, keys, raw_keys, sub, i, item_attrs)
            else:
                in_sides = bool(keys) and keys[-1] in SIDE_CONTAINERS and not attrs.get("side_record")
                if bool(keys) and not in_sides and not attrs.get("side_record") and _side_map(keys[-1], node):
                    in_sides, keys = True, [*keys[:-1], "sides"]  # read as "sides:", its key as written kept
                for i, (k, v) in enumerate(node.value):
                    if not isinstance(k, yaml.ScalarNode):
                        continue
                    if k.tag == _YAML + "merge":
                        self.walk(v, keys, raw_keys, ipath, group, attrs)
                        continue
                    key = normalise_key(k.value)
                    sub_attrs = {**attrs, "side": key, "side_index": str(i + 1)} if in_sides else attrs
                    if not in_sides and "record" not in sub_attrs and _names_a_record(v):
                        # "founder: {name: X, died: D}": the mapping is X's record, as a list item would be
                        sub_attrs = {**sub_attrs, "record": f"{ipath}.{key}" if ipath else key}
                    self.walk(v, keys + [key], raw_keys + [k.value], f"{ipath}.{key}" if ipath else key,
                              None, sub_attrs)
        finally:
            self.active.discard(id(node))

    def scalar(self, node, keys, raw_keys, group, attrs) -> None:
        if not keys or node.tag == _YAML + "null":
            return
        value = node.value
        if not value.strip():
            return
        a = self.base + node.start_mark.index
        b = self.base + node.end_mark.index
        style = node.style or ""
        if style in ("'", '"'):
            a, b = a + 1, b - 1
        elif style in ("|", ">"):
            nl = _LINE_BREAK.search(self.p.text, a, b)
            a = nl.end() if nl else a
        value, segs = _trim(value, list(_scalar_segments(self.p.text, value, a, b)))
        key, raw_key = ".".join(keys), ".".join(raw_keys)
        field_attrs = {"source": "front-matter", **attrs}
        if key == "title" and self.p.doc.title is None:
            self.p.doc.title = value
            self.p.add(BlockKind.TITLE, value, segs)
        self.p.add(BlockKind.FIELD, value, segs, key=key, raw_key=raw_key, group=group, attrs=field_attrs)


def _scalar_segments(text: str, value: str, a: int, b: int):
    """Map a scalar's value onto its source: whole, word by word, or (escapes) onto its start."""
    if text[a:b] == value:
        return ((0, a, len(value)),)
    segs, cursor = [], a
    for m in _WORD.finditer(value):
        at = text.find(m.group(), cursor, b)
        if at < 0:
            return ((0, a, min(len(value), max(b - a, 1))),)
        segs.append((m.start(), at, len(m.group())))
        cursor = at + len(m.group())
    return tuple(segs)


def _line_starts(text: str) -> list[int]:
    """Line start offsets in one regex pass (same breaks as the model: \\n, \\r\\n, \\r)."""
    return [0, *(m.end() for m in _ANY_BREAK.finditer(text))]


def parse(path: str, text: str) -> Document:
    """Cut a Markdown file into blocks with exact spans; never raises on bad input."""
    return _Parser(path, text).parse()
