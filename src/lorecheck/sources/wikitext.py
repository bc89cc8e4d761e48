"""MediaWiki / Fandom wikitext: infoboxes, templates and prose as blocks with exact offsets.

The page is parsed with mwparserfromhell: a C tokenizer and a lossless tree
(str(tree) == text), so every node's file offset is the sum of the lengths of
the nodes before it; template parameters, link labels and tag contents are
located by the same arithmetic. The tree is rendered to a flat stream of
tokens (text with its offset, rendered template text, item breaks, list
markers, ...) that three consumers cut into blocks: prose (paragraphs, list
items), infobox values (one FIELD per item) and single blocks (headings,
table cells, captions).

Two things are done before parsing, both keeping every offset unchanged:
`<ref>…</ref>` and templates that render to nothing (notes, citations,
navigation boxes, unknown templates) are overwritten with a filler character.
They are never prose, and mwparserfromhell's tree builder costs ~50 µs per
node, which for real articles is mostly spent on citations. Unbalanced
openers (`{{` that never closes) make the tokenizer re-scan to the end of the
text for each one; past a budget the page is parsed section by section and a
section that is still too costly is read as plain paragraphs, with a warning.
"""
from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import mwparserfromhell
from mwparserfromhell.nodes import Comment, ExternalLink, Heading, HTMLEntity, Tag, Template, Text, Wikilink

from .. import calendar, vocabulary
from ..model import Block, BlockKind, Diagnostic, Document, Severity
from . import normalise_key

# Σ over unclosed openers of (characters after it): the tokenizer's extra work.
# 4M is a few seconds at worst; real pages stay far below (one unclosed {{ in a 300 kB page is 0.3M).
REPARSE_BUDGET = 4_000_000
# Links, templates and tags in one piece of text: the tree builder costs ~50 µs per node,
# so a piece (a section, else a paragraph) with more is read as plain text, with a warning.
MAX_NODES = 60_000

# Token kinds of the rendered stream.
TEXT, SYN, INS, BR, LI, SEP, LINK, ATTR, HEADING, TABLE = range(10)

_BLOCK_HTML = frozenset("p div blockquote center ul ol li dl dt dd tr td th table caption pre poem "
                        "h1 h2 h3 h4 h5 h6".split())
_INTERWIKI = re.compile(r"[a-z]{2,3}(?:-[a-z]+)*\Z")
_IMAGE_SIZE = re.compile(r"\d*(?:x\d+)?\s*px\Z")
_NAME_IN_SCAN = re.compile(r"\{\{\s*([^{}|<\n]*)")
_SCAN = re.compile(r"<!--|\{\{|\}\}|\[\[|\]\]|<(/?)([A-Za-z][A-Za-z0-9]*)\b([^<>]*?)(/?)>")
_COMMENT_OPEN = re.compile(r"<!--")
_EXT_SCAN = re.compile(r"\[(?=[A-Za-z][\w+.-]*:|//)|\]|\n")
_TABLE_SCAN = re.compile(r"^[ \t:]*(\{\||\|\})", re.M)
_VOID_TAGS = frozenset("br hr wbr img col meta link input area base embed param track".split())
# Tags whose body the tokenizer reads as raw text (braces inside are not markup).
_RAW_TAGS = frozenset("nowiki pre math syntaxhighlight source score chem hiero timeline".split())
_HEADING_LINE = re.compile(r"^=+[^=\n].*=+[ \t]*\r?$", re.M)
_BLANK_LINES = re.compile(r"\n(?:[ \t\r\f\v]*\n)+")
_BOLD = re.compile(r"'''+([^'\n<>\[\]{}|]+?)'''+")
_FILLERS = [chr(c) for c in range(0xE000, 0xE100)]


def template_name(raw: str) -> str:
    """`Template:Start_date` / ` start date <!-- x -->` -> "start date"."""
    if "<!--" in raw:
        raw = re.sub(r"<!--.*?(?:-->|\Z)", "", raw, flags=re.S)
    name = " ".join(raw.replace("_", " ").split()).lower()
    if name.startswith("template:"):
        name = name[9:].strip()
    return name


# ----------------------------------------------------------------- vocabulary


class _Vocab:
    """rules/vocabulary/wikitext.yaml, indexed for lookups by template name."""

    def __init__(self, data: dict):
        g = data.get
        self.infobox_prefixes = tuple(g("infobox_prefixes", ["infobox"]))
        self.infobox_names = frozenset(g("infobox_names", []))
        self.skip_params = list(g("infobox_skip_params", []))
        self.caption_params = list(g("infobox_caption_params", []))
        self.counted_params = list(g("infobox_counted_params", []))
        self.title_params = list(g("title_params", []))
        self.dates = dict(g("date_templates", {}))
        self.end_words = {str(k).lower(): v for k, v in (g("marriage_end_words") or {}).items()}
        self.flag_names = dict(g("flag_name_templates", {}))
        self.literals = {str(k): v for k, v in (g("literal_templates") or {}).items()}
        self.ship_prefixes = dict(g("ship_prefix_templates", {}))
        self.convert_words = frozenset(g("convert_range_words", []))
        self.marks = dict(g("mark_templates", {}))
        self.invisible_tags = frozenset(g("invisible_tags", []))
        self.file_ns = frozenset(g("file_namespaces", []))
        self.category_ns = frozenset(g("category_namespaces", []))
        self.file_options = frozenset(g("file_options", []))
        self.file_option_prefixes = tuple(g("file_option_prefixes", []))
        texts = dict(g("text_templates", {}))
        self.texts = {k: v for k, v in texts.items() if "*" not in k}
        self.text_patterns = [(k, v) for k, v in texts.items() if "*" in k]
        drops = list(g("drop_templates", []))
        self.drop = frozenset(d for d in drops if "*" not in d)
        self.drop_patterns = [d for d in drops if "*" in d]
        self.kinds: dict[str, str | None] = {}
        for kind, key in (("age", "age_templates"), ("marriage", "marriage_templates"),
                          ("flagicon", "flag_icon_templates"), ("circa", "circa_templates"),
                          ("ship", "ship_templates"), ("convert", "convert_templates"),
                          ("list_param", "list_param_templates"), ("list_body", "list_body_templates"),
                          ("sep", "separator_templates")):
            for name in g(key, []) or []:
                self.kinds.setdefault(str(name), kind)
        for table, kind in ((self.dates, "date"), (self.flag_names, "flag"), (self.texts, "text"),
                            (self.literals, "literal"), (self.ship_prefixes, "ship_prefix"),
                            (self.marks, "mark")):
            for name in table:
                self.kinds.setdefault(str(name), kind)

    def kind(self, name: str) -> str | None:
        """What a template does: "infobox", "date", "flag", ... or None (renders nothing)."""
        try:
            return self.kinds[name]
        except KeyError:
            pass
        kind = None
        if name.startswith(self.infobox_prefixes) or name in self.infobox_names or name.endswith(" infobox"):
            kind = "infobox"
        elif name in self.drop or any(fnmatch.fnmatchcase(name, p) for p in self.drop_patterns):
            kind = None
        else:
            for pattern, _ in self.text_patterns:
                if fnmatch.fnmatchcase(name, pattern):
                    kind = "text"
                    break
        if len(self.kinds) < 100_000:
            self.kinds[name] = kind
        return kind

    def text_param(self, name: str):
        if name in self.texts:
            return self.texts[name]
        for pattern, param in self.text_patterns:
            if fnmatch.fnmatchcase(name, pattern):
                return param
        return None

    def param_is(self, key: str, patterns: list[str]) -> bool:
        return any(fnmatch.fnmatchcase(key, p) for p in patterns)


# "size = Two battalions; 2,400 all ranks": a figure and the words it counts, not "size = 250px"
_COUNTED_VALUE = re.compile(r"\d[\d,]*\s+(?!px\b|pt\b|em\b)[A-Za-z]{2,}")


@lru_cache(maxsize=4)
def _vocab_for(data_id: int) -> _Vocab:
    return _Vocab(_vocab_data_by_id[data_id])


_vocab_data_by_id: dict[int, dict] = {}


def _vocab() -> _Vocab:
    """The vocabulary in force, built once per loaded vocabulary (vocabulary.load is cached)."""
    data = vocabulary.load("wikitext")
    _vocab_data_by_id[id(data)] = data
    return _vocab_for(id(data))


# ------------------------------------------------------------ pre-pass (blanking)


@dataclass
class _Scan:
    text: str  # text[lo:hi] with blanked regions overwritten (same length)
    unclosed: list[tuple[int, str]]  # (file offset, opener) never closed
    cost: int  # Σ over unclosed openers of the characters the tokenizer re-scans after it
    nodes: int  # rough number of tree nodes the parser would build


def _prepare(text: str, lo: int, hi: int, voc: _Vocab, filler: str) -> _Scan:
    """Blank refs and templates that render to nothing in text[lo:hi]; find unclosed openers.

    One left-to-right pass over openers and closers; comments and nowiki/pre/math bodies
    are skipped the way the tokenizer skips them. Every opener that never closes makes the
    tokenizer re-scan to the end of the text (or line), which is what `cost` adds up.
    """
    blank: list[tuple[int, int]] = []
    braces: list[int] = []
    links: list[int] = []
    tags: dict[str, list[int]] = {}
    unclosed: list[tuple[int, str]] = []
    cost = 0
    ref_open: tuple[int, int] | None = None  # (offset, brace depth when it opened)
    ref_starts: list[int] = []  # every <ref> opened since: each is retried if none closes
    pos = lo
    search = _SCAN.search
    while True:
        m = search(text, pos, hi)
        if not m:
            break
        tok = m.group()
        pos = m.end()
        if tok == "<!--":
            end = text.find("-->", pos, hi)
            if end < 0:  # the tokenizer retries every later "<!--" to the end
                for c in _COMMENT_OPEN.finditer(text, m.start(), hi):
                    cost += hi - c.start()
                unclosed.append((m.start(), "<!--"))
                break
            pos = end + 3
        elif tok == "{{":
            braces.append(m.start())
        elif tok == "}}":
            if braces and (ref_open is None or len(braces) > ref_open[1]):
                start = braces.pop()
                name = _NAME_IN_SCAN.match(text, start)
                name = template_name(name.group(1)) if name else ""
                if name and voc.kind(name) is None and "{{{" not in text[start:pos] \
                        and "}}}" not in text[start:pos]:
                    blank.append((start, pos))
        elif tok == "[[":
            links.append(m.start())
        elif tok == "]]":
            if links:
                links.pop()
        else:
            closing, tag, selfclose = m.group(1), m.group(2).lower(), m.group(4)
            if tag in _VOID_TAGS or selfclose:
                continue
            if tag in ("ref", "references"):
                if not closing:
                    if ref_open is None:
                        ref_open = (m.start(), len(braces))
                    ref_starts.append(m.start())
                elif ref_open is not None:
                    blank.append((ref_open[0], pos))
                    del braces[ref_open[1]:]
                    ref_open = None
                    ref_starts.clear()
            elif closing:
                stack = tags.get(tag)
                if stack:
                    stack.pop()
            elif tag in _RAW_TAGS:
                end = re.compile(rf"</{tag}\s*>", re.I).search(text, pos, hi)
                if end:
                    pos = end.end()
                else:
                    unclosed.append((m.start(), f"<{tag}>"))
                    cost += hi - m.start()
            else:
                tags.setdefault(tag, []).append(m.start())
    rest = [(b, "{{") for b in braces] + [(k, "[[") for k in links]
    rest += [(o, "<ref>") for o in ref_starts]
    for tag, stack in tags.items():
        rest += [(o, f"<{tag}>") for o in stack]
    cost += sum(hi - o for o, _ in rest)
    unclosed += rest
    cost += _line_openers_cost(text, lo, hi, unclosed)
    sl = text[lo:hi]
    nodes = sl.count("{{") + sl.count("[") + sl.count("<")
    if blank:
        blank.sort()
        out, last = [], lo
        for a, b in blank:
            if a < last:
                continue
            out.append(text[last:a])
            out.append(filler * (b - a))
            last = b
        out.append(text[last:hi])
        sl = "".join(out)
        nodes = sl.count("{{") + sl.count("[") + sl.count("<")
    return _Scan(sl, unclosed, cost, nodes)


def _line_openers_cost(text: str, lo: int, hi: int, unclosed: list) -> int:
    """Unclosed `[http…` (re-scanned to the end of its line) and `{|` tables (to the end)."""
    cost = 0
    pending: list[int] = []
    for m in _EXT_SCAN.finditer(text, lo, hi):
        tok = m.group()
        if tok == "]":
            pending.clear()
        elif tok == "\n":
            cost += sum(m.start() - o for o in pending)
            unclosed += [(o, "[") for o in pending]
            pending.clear()
        else:
            pending.append(m.start())
    cost += sum(hi - o for o in pending)
    unclosed += [(o, "[") for o in pending]
    tables: list[int] = []
    for m in _TABLE_SCAN.finditer(text, lo, hi):
        if m.group(1) == "{|":
            tables.append(m.start(1))
        elif tables:
            tables.pop()
    for o in tables:
        unclosed.append((o, "{|"))
        cost += hi - o
    return cost


# ------------------------------------------------------------------ builders


class _Builder:
    """The pieces of one block's text: exact text, rendered text, inserted separators."""

    __slots__ = ("parts", "attrs", "links", "targets", "has_text")

    def __init__(self):
        self.parts: list[tuple[str, int | None, bool]] = []  # (text, file offset, exact)
        self.attrs: dict[str, str] = {}
        self.links: list[str] = []  # "label=>Page" for labelled links
        self.targets: list[str] = []  # pages of bare links ([[Page]])
        self.has_text = False

    def add(self, s: str, off: int | None, exact: bool = True) -> None:
        if s:
            self.parts.append((s, off, exact))
            if not self.has_text and not s.isspace():
                self.has_text = True

    def token(self, tok) -> None:
        """Tokens every consumer treats alike."""
        k = tok[0]
        if k == LINK:
            bare = tok[1].startswith("=>")
            seen = self.targets if bare else self.links
            value = tok[1][2:] if bare else tok[1]
            if value not in seen:
                seen.append(value)
        elif k == ATTR:
            key, value = tok[1], tok[2]
            if key == "marks" and self.attrs.get("marks"):
                self.attrs["marks"] += "," + value
            else:
                self.attrs[key] = value

    def build(self) -> tuple[str, tuple[tuple[int, int, int], ...]] | None:
        """Text stripped of surrounding whitespace, and its segments; None if nothing is left."""
        full = "".join(p[0] for p in self.parts)
        a = len(full) - len(full.lstrip())
        b = len(full.rstrip())
        if a >= b:
            return None
        segs: list[list[int]] = []
        t = 0
        prev_exact = False
        for s, off, exact in self.parts:
            n = len(s)
            lo, hi = max(t, a), min(t + n, b)
            if hi > lo and off is not None:
                f = off + (lo - t) if exact else off
                if exact and prev_exact and segs and segs[-1][0] + segs[-1][2] == lo - a \
                        and segs[-1][1] + segs[-1][2] == f:
                    segs[-1][2] += hi - lo
                else:
                    segs.append([lo - a, f, hi - lo])
                prev_exact = exact
            t += n
        if not segs:
            return None
        return full[a:b], tuple((x, y, z) for x, y, z in segs)

    def block_attrs(self, base: dict | None = None) -> dict:
        attrs = dict(base or {})
        attrs.update(self.attrs)
        if self.links:
            attrs["links"] = "\n".join(self.links)
        if self.targets:
            attrs["targets"] = "\n".join(self.targets)
        return attrs


# ----------------------------------------------------------------- the parser


class _Parser:
    def __init__(self, path: str, text: str):
        self.path = path
        self.text = text
        self.doc = Document(path=path, text=text, format="wikitext")
        self.voc = _vocab()
        self.heading: str | None = None
        self.blocks: list[tuple[int, int, Block]] = []
        self.title_candidates: list[tuple[int, int, Block]] = []  # (priority, offset, block)
        self.table_no = 0
        self.filler = _FILLERS[0]
        self.noise: re.Pattern = _noise(self.filler)
        self.warned: set[tuple[int, str]] = set()

    # ------------------------------------------------------------ output

    def warn(self, message: str, start: int, end: int | None = None) -> None:
        line = self.doc.position(start)[0]
        if (line, message) in self.warned:
            return
        self.warned.add((line, message))
        self.doc.errors.append(Diagnostic(rule="source-error", severity=Severity.WARNING, message=message,
                                          span=self.doc.span(start, start if end is None else end)))

    def emit(self, kind: BlockKind, built, **kw) -> Block | None:
        if built is None:
            return None
        text, segs = built
        if kind is not BlockKind.HEADING and kind is not BlockKind.TITLE:
            kw.setdefault("heading", self.heading)
        block = Block(kind, text, segs, **kw)
        self.blocks.append((segs[0][1], len(self.blocks), block))
        return block

    # ------------------------------------------------------------ driver

    def parse(self) -> Document:
        self.filler = next((c for c in _FILLERS if c not in self.text), _FILLERS[0])
        self.noise = _noise(self.filler)
        self.parse_span(0, len(self.text), 0)
        self.finish()
        return self.doc

    def parse_span(self, a: int, b: int, depth: int) -> None:
        """Parse text[a:b]; if it would be too slow, parse it in sections, then in paragraphs.

        Splitting changes nothing for well-formed text (templates and tables do not cross
        headings) and confines the damage of an unclosed opener to its own piece.
        """
        scan = _prepare(self.text, a, b, self.voc, self.filler)
        if scan.cost <= REPARSE_BUDGET and scan.nodes <= MAX_NODES:
            self.parse_region(scan, a, b)
            return
        splitter = (_HEADING_LINE, _BLANK_LINES)[depth] if depth < 2 else None
        cuts = [m.start() for m in splitter.finditer(self.text, a, b) if m.start() > a] if splitter else []
        if not cuts:
            if scan.cost > REPARSE_BUDGET and scan.unclosed:
                first = min(scan.unclosed)
                self.warn(f"unclosed '{first[1]}' here ({len(scan.unclosed)} unclosed openers in all): "
                          "wikitext too damaged to parse, read as plain paragraphs", first[0])
            else:
                self.warn(f"about {scan.nodes} links, templates and tags without a heading or blank line "
                          "between them: too much markup to parse, read as plain paragraphs", a)
            self.plain(a, b)
            return
        bounds = [a, *cuts, b]
        for x, y in zip(bounds, bounds[1:]):
            self.parse_span(x, y, depth + 1)

    def parse_region(self, scan: _Scan, a: int, b: int) -> None:
        """Parse text[a:b] (blanked copy in scan.text) and emit its blocks."""
        try:
            code = mwparserfromhell.parse(scan.text, skip_style_tags=True)
        except Exception as exc:  # the parser's own errors: never let them out
            self.warn(f"wikitext parser failed ({type(exc).__name__}): read as plain paragraphs", a)
            self.plain(a, b)
            return
        mark = len(self.blocks)
        try:
            prose = _Prose(self)
            for tok in self.render(code, a, top=True):
                prose.feed(tok)
            prose.flush()
        except RecursionError:
            del self.blocks[mark:]
            self.warn("wikitext nested too deeply: read as plain paragraphs", a)
            self.plain(a, b)
            return
        for off, opener in scan.unclosed:
            if opener == "<ref>":
                self.warn("unclosed <ref>: its text is read as prose", off, off + len(opener))
                break

    def plain(self, a: int, b: int) -> None:
        """Degraded reading: blank-line separated paragraphs, exactly as written."""
        pos = a
        for m in [*_BLANK_LINES.finditer(self.text, a, b), None]:
            end = m.start() if m else b
            chunk = self.text[pos:end]
            lead = len(chunk) - len(chunk.lstrip())
            body = chunk.strip()
            if body:
                self.emit(BlockKind.PARAGRAPH, (body, ((0, pos + lead, len(body)),)))
            if m:
                pos = m.end()

    def finish(self) -> None:
        doc = self.doc
        title_block = None
        if self.title_candidates:
            _, _, src = min(self.title_candidates, key=lambda c: (c[0], c[1]))
            title_block = Block(BlockKind.TITLE, src.text, src.segments)
        else:
            title_block = self.bold_title()
        self.blocks.sort(key=lambda x: (x[0], x[1]))
        doc.blocks = [b for _, _, b in self.blocks]
        if title_block is not None:
            doc.title = title_block.text
            at = title_block.segments[0][1]
            i = 0
            while i < len(doc.blocks) and doc.blocks[i].segments[0][1] < at:
                i += 1
            doc.blocks.insert(i, title_block)
        else:
            doc.title = Path(self.path).stem.replace("_", " ") or None

    def bold_title(self) -> Block | None:
        """The first '''bold''' term of the lead paragraph."""
        for _, _, block in sorted(self.blocks, key=lambda x: (x[0], x[1])):
            if block.kind is BlockKind.HEADING:
                return None
            if block.kind is not BlockKind.PARAGRAPH:
                continue
            a = block.segments[0][1]
            b = block.segments[-1][1] + block.segments[-1][2]
            a = self.text.rfind("\n", 0, a) + 1  # a bold name opening the line: its quotes are before the text
            m = _BOLD.search(self.text, a, b)
            if not m:
                return None
            inner = m.group(1)
            lead = len(inner) - len(inner.lstrip())
            body = inner.strip()
            if not body:
                return None
            return Block.contiguous(BlockKind.TITLE, body, m.start(1) + lead)
        return None

    # ------------------------------------------------------------ rendering

    def render(self, code, base: int, top: bool = False):
        """Tokens of a Wikicode whose first character is at file offset `base`."""
        off = base
        for node in code.nodes:
            s = node.value if type(node) is Text else str(node)
            yield from self.render_node(node, off, s, top)
            off += len(s)

    def render_node(self, node, off: int, s: str, top: bool):
        if type(node) is Text:
            yield from self.render_text(s, off)
        elif isinstance(node, Template):
            yield from self.template(node, off)
        elif isinstance(node, Wikilink):
            yield from self.wikilink(node, off)
        elif isinstance(node, Tag):
            yield from self.tag(node, off, s, top)
        elif isinstance(node, ExternalLink):
            if node.brackets and node.title is not None:
                title = str(node.title)
                yield from self.render(node.title, off + len(s) - 1 - len(title))
        elif isinstance(node, HTMLEntity):
            try:
                value = node.normalize()
            except Exception:
                value = ""
            if value in ("\xa0", "\u2009", "\u202f", "\u2002", "\u2003"):
                value = " "
            if value:
                yield (SYN, value, off)
        elif isinstance(node, Comment):
            self.comment(node, off)
        elif isinstance(node, Heading):
            if top:
                yield (HEADING, node, off)
            else:
                yield (BR, off)
                yield from self.render(node.title, off + node.level)
                yield (BR, off + len(s))
        # Arguments ({{{1}}}) and anything else render nothing.

    def render_text(self, s: str, off: int):
        if "{{" in s:
            at = s.index("{{")
            self.warn("unbalanced '{{': template text read as prose", off + at, off + at + 2)
        last = 0
        for m in self.noise.finditer(s):
            if m.start() > last:
                yield (TEXT, s[last:m.start()], off + last)
            last = m.end()
        if last == 0:
            yield (TEXT, s, off)
        elif last < len(s):
            yield (TEXT, s[last:], off + last)

    def comment(self, node: Comment, off: int) -> None:
        body = node.contents
        lead = len(body) - len(body.lstrip())
        inner = body.strip()
        if inner:
            self.emit(BlockKind.COMMENT, (inner, ((0, off + 4 + lead, len(inner)),)))

    def wikilink(self, node: Wikilink, off: int):
        title = str(node.title)
        target = " ".join(title.replace("_", " ").split())
        colon = target.startswith(":")
        target = target.lstrip(":").strip()
        ns = target.split(":", 1)[0].strip().lower() if ":" in target else ""
        if not colon:
            if ns in self.voc.category_ns:
                return
            if ns in self.voc.file_ns:
                self.file_caption(node, off, title)
                return
            if ns and node.text is None and _INTERWIKI.match(ns):
                return
        if node.text is not None and str(node.text).strip():
            toks = list(self.render(node.text, off + 2 + len(title) + 1))
            label = " ".join("".join(t[1] for t in toks if t[0] in (TEXT, SYN, INS)).split())
            page = target.split("#", 1)[0].strip()
            if label and page and label != page:
                yield (LINK, f"{label}=>{page}")
            yield from toks
        else:
            page = target.split("#", 1)[0].strip()
            if page and not ns:
                yield (LINK, f"=>{page}")  # a bare link: its text is a page's name as written there
            yield from self.render(node.title, off + 2)

    def file_caption(self, node: Wikilink, off: int, title: str) -> None:
        """[[File:x.jpg|thumb|left|Caption]] -> CAPTION with the last non-option part."""
        if node.text is None:
            return
        parts: list[list[tuple]] = [[]]
        pos = off + 2 + len(title) + 1
        for child in node.text.nodes:
            s = child.value if type(child) is Text else str(child)
            if type(child) is Text and "|" in s:
                start = 0
                for i, piece in enumerate(s.split("|")):
                    if i:
                        parts.append([])
                    if piece:
                        parts[-1].append((Text(piece), pos + start, piece))
                    start += len(piece) + 1
            else:
                parts[-1].append((child, pos, s))
            pos += len(s)
        caption = None
        for part in parts:
            raw = "".join(p[2] for p in part).strip()
            low = raw.lower()
            if not raw or low in self.voc.file_options or _IMAGE_SIZE.match(low) \
                    or low.startswith(self.voc.file_option_prefixes):
                continue
            caption = part
        if caption is None:
            return
        builder = _Builder()
        for child, at, s in caption:
            for tok in self.render_node(child, at, s, False):
                _single(builder, tok)
        self.emit(BlockKind.CAPTION, builder.build(),
                  attrs=builder.block_attrs({"file": " ".join(title.split(":", 1)[1].split())}))

    def tag(self, node: Tag, off: int, s: str, top: bool):
        name = str(node.tag).strip().lower()
        if node.wiki_markup:
            if name in ("li", "dt", "dd"):
                yield (LI, node.wiki_markup, off)
                return
            if name == "hr":
                yield (BR, off)
                return
            if name == "table":
                if top:
                    yield (TABLE, node, off)
                else:
                    yield from self.table_inline(node, off, s)
                return
        elif name == "br":
            yield (BR, off)
            return
        if name in self.voc.invisible_tags or node.self_closing:
            return
        coff = _contents_offset(node, off, s)
        block = name in _BLOCK_HTML and not node.wiki_markup
        if block:
            yield (BR, off)
        yield from self.render(node.contents, coff)
        if block:
            yield (BR, off + len(s))

    # ------------------------------------------------------------ templates

    def template(self, node: Template, off: int):
        name = template_name(str(node.name))
        kind = self.voc.kind(name)
        if kind is None:
            return
        params = _params(node, off)
        if kind == "infobox":
            self.infobox(node, name, params)
        elif kind == "date":
            yield from self.date(node, name, off, params)
        elif kind == "flag":
            yield from self.param(params, self.voc.flag_names[name])
        elif kind == "text":
            yield from self.param(params, self.voc.text_param(name))
        elif kind == "literal":
            yield (SYN, str(self.voc.literals[name]), off)
        elif kind == "circa":
            yield (SYN, "c. ", off)
            yield from self.param(params, 1)
        elif kind == "ship_prefix":
            yield (SYN, self.voc.ship_prefixes[name] + " ", off)
            yield from self.param(params, 1)
        elif kind == "ship":
            yield from self.param(params, 1)
            yield (INS, " ")
            yield from self.param(params, 2)
        elif kind == "convert":
            yield from self.param(params, 1)
            unit = _plain(params, 2)
            yield (INS, " ")
            yield from self.param(params, 2)
            if unit in self.voc.convert_words:
                yield (INS, " ")
                yield from self.param(params, 3)
                yield (INS, " ")
                yield from self.param(params, 4)
        elif kind == "list_param":
            i = 1
            while str(i) in params:
                yield from self.param(params, i)
                yield (SEP,)
                i += 1
        elif kind == "list_body":
            yield from self.param(params, 1)
        elif kind == "sep":
            yield (SEP,)
        elif kind == "mark":
            yield (ATTR, "marks", str(self.voc.marks[name]))
        elif kind == "marriage":
            yield from self.marriage(params, off)
        elif kind == "age":
            shown = "|".join(f"{k}={_plain(params, k)}" for k in params)
            yield (ATTR, "age_template", shown)

    def param(self, params: dict, key):
        if key is None or str(key) not in params:
            return
        value, voff, _ = params[str(key)]
        yield from self.render(value, voff)

    def date(self, node: Template, name: str, off: int, params: dict):
        spec = self.voc.dates[name]
        if "date" in spec:
            shown = _date_text([_plain(params, k) for k in spec["date"]])
            if shown:
                yield (SYN, shown, off)
        elif "text" in spec:
            yield from self.param(params, spec["text"])
            if spec.get("year"):
                yield (INS, " ")
                yield from self.param(params, spec["year"])
        second = spec.get("second")
        if not second:
            return
        if "date" in second:
            other = _date_text([_plain(params, k) for k in second["date"]])
        else:
            other = _plain(params, second.get("text"))
        if not other:
            return
        if second.get("render") == "range":
            yield (INS, " – ")
            yield (SYN, other, off)
        elif second.get("attr"):
            yield (ATTR, second["attr"], other)

    def marriage(self, params: dict, off: int):
        """{{marriage|Name|1714|1741|end=died}} -> "Name (m. 1714; died 1741)"."""
        yield from self.param(params, 1)
        if "2" not in params or not _plain(params, 2):
            return
        yield (INS, " (m. ")
        # "{{marriage|Name|1714|6|14|1741}}": the wedding given as year, month, day parameters
        ymd = [_plain(params, k) for k in (2, 3, 4)]
        split = all(p.isdigit() for p in ymd) and len(ymd[0]) >= 3 and 1 <= int(ymd[1]) <= 12 \
            and 1 <= int(ymd[2]) <= 31
        if split:
            yield (SYN, _date_text(ymd), off)
        else:
            yield from self.param(params, 2)
        end_at = 5 if split else 3
        if str(end_at) in params and _plain(params, end_at):
            end = self.voc.end_words.get(_plain(params, "end").lower()) if "end" in params else None
            yield (INS, f"; {end} " if end else "–")
            yield from self.param(params, end_at)
        yield (INS, ")")

    # ------------------------------------------------------------ infobox

    def infobox(self, node: Template, name: str, params: dict) -> None:
        voc = self.voc
        for norm, (value, voff, raw_key) in params.items():
            if norm.isdigit():
                continue  # positional parameters of an infobox are not fields
            key = normalise_key(raw_key)
            if not key or voc.param_is(key, voc.skip_params) and not (
                    voc.param_is(key, voc.counted_params) and _COUNTED_VALUE.search(str(value))):
                continue
            kind = BlockKind.CAPTION if voc.param_is(key, voc.caption_params) else BlockKind.FIELD
            items = _Items()
            for tok in self.render(value, voff):
                items.feed(tok)
            built = items.finish()
            base = {"template": name, "source": "infobox"}
            for i, (builder, result) in enumerate(built):
                group = i if len(built) > 1 else None
                block = self.emit(kind, result, key=key, raw_key=raw_key, group=group,
                                  attrs=builder.block_attrs(base))
                if block is not None and i == 0 and key in voc.title_params:
                    self.title_candidates.append((voc.title_params.index(key), block.segments[0][1], block))

    # ------------------------------------------------------------ tables

    def table(self, node: Tag, off: int) -> None:
        """{| ... |} at the top level: one TABLE_CELL per cell (group = column)."""
        self.table_no += 1
        table_no = str(self.table_no)
        s = str(node)
        row, col, row_has_cells = 0, 0, False
        columns: dict[int, str] = {}
        for child, coff, cs in _children(node.contents, _contents_offset(node, off, s)):
            if isinstance(child, Tag) and str(child.tag).strip().lower() == "tr":
                if row_has_cells:
                    row += 1
                col, row_has_cells = 0, False
                for cell, celloff, cells in _children(child.contents, _contents_offset(child, coff, cs)):
                    width = self.cell(cell, celloff, cells, row, col, table_no, columns)
                    if width:
                        col += width
                        row_has_cells = True
            elif isinstance(child, Template) and self.voc.kind(name := template_name(str(child.name))) == "infobox":
                # "{|{{Infobox ship begin}} {{Infobox ship career|...}} |}": a ship's infoboxes laid out in a table
                self.infobox(child, name, _params(child, coff))
            else:
                width = self.cell(child, coff, cs, row, col, table_no, columns)
                if width:
                    col += width
                    row_has_cells = True

    def cell(self, node, off: int, s: str, row: int, col: int, table_no: str, columns: dict) -> int:
        """Emits a cell; how many columns it takes ('! colspan="2" | Total' takes two: the figure after it is
        the third column's), 0 for no cell."""
        if isinstance(node, Comment):
            self.comment(node, off)
            return 0
        if not isinstance(node, Tag) or str(node.tag).strip().lower() not in ("td", "th"):
            return 0
        coff = _contents_offset(node, off, s)
        builder = _Builder()
        contents = node.contents
        is_caption = node.wiki_markup == "|" and str(contents).startswith("+")
        toks = self.render(contents, coff)
        for tok in toks:
            _single(builder, tok)
        if is_caption:
            if builder.parts and builder.parts[0][0].startswith("+"):
                s0, o0, e0 = builder.parts[0]
                builder.parts[0] = (s0[1:], o0 + 1 if o0 is not None else None, e0)
            self.emit(BlockKind.CAPTION, builder.build(), attrs=builder.block_attrs({"table": table_no}))
            return 0
        header = str(node.tag).strip().lower() == "th"
        built = builder.build()
        if header and built and row == 0:
            columns[col] = built[0]
        attrs = {"column": columns.get(col, str(col)), "row": str(row), "table": table_no}
        if header:
            attrs["header"] = "1"
        self.emit(BlockKind.TABLE_CELL, built, group=col, attrs=builder.block_attrs(attrs))
        return _colspan(node)

    def table_inline(self, node: Tag, off: int, s: str):
        """A table inside a template value or a cell: each cell's text, as items."""
        for child, coff, cs in _children(node.contents, _contents_offset(node, off, s)):
            if isinstance(child, Tag) and str(child.tag).strip().lower() == "tr":
                for cell, celloff, cells in _children(child.contents, _contents_offset(child, coff, cs)):
                    if isinstance(cell, Tag) and not cell.self_closing:
                        yield from self.render(cell.contents, _contents_offset(cell, celloff, cells))
                        yield (SEP,)
            elif isinstance(child, Tag) and not child.self_closing:
                yield from self.render(child.contents, _contents_offset(child, coff, cs))
                yield (SEP,)


# ------------------------------------------------------------------ consumers

def _colspan(node: Tag) -> int:
    """The columns a table cell takes (its colspan, 1 when none or unreadable)."""
    try:
        span = int(str(node.get("colspan").value).strip().strip('"\'')) if node.has("colspan") else 1
    except ValueError:
        return 1
    return span if 1 <= span <= 50 else 1


def _single(builder: _Builder, tok) -> None:
    """One block (heading, cell, caption): breaks become spaces."""
    k = tok[0]
    if k == TEXT:
        builder.add(tok[1], tok[2])
    elif k == SYN:
        builder.add(tok[1], tok[2], exact=False)
    elif k == INS:
        builder.add(tok[1], None)
    elif k in (BR, LI, SEP):
        builder.add(" ", None)
    else:
        builder.token(tok)


class _Items:
    """An infobox value cut into items at <br>, `*` lines, line breaks and list templates."""

    def __init__(self):
        self.cur = _Builder()
        self.items: list[tuple[_Builder, tuple]] = []
        self.orphan_attrs: dict[str, str] = {}

    def feed(self, tok) -> None:
        k = tok[0]
        if k == TEXT:
            s, off = tok[1], tok[2]
            if "\n" not in s:
                self.cur.add(s, off)
                return
            start = 0
            for i, piece in enumerate(s.split("\n")):
                if i:
                    self.brk()
                self.cur.add(piece, off + start)
                start += len(piece) + 1
        elif k == SYN:
            self.cur.add(tok[1], tok[2], exact=False)
        elif k == INS:
            self.cur.add(tok[1], None)
        elif k in (BR, LI, SEP):
            self.brk()
        else:
            self.cur.token(tok)

    def brk(self) -> None:
        builder = self.cur
        built = builder.build()
        if built is not None and any(c.isalnum() for c in built[0]):
            if self.orphan_attrs:
                builder.attrs = {**self.orphan_attrs, **builder.attrs}
                self.orphan_attrs = {}
            self.items.append((builder, built))
        elif builder.attrs:  # "({{Age in years…}})" alone on its line: keep what it said
            if self.items:
                prev = self.items[-1][0]
                prev.attrs = {**builder.attrs, **prev.attrs}
            else:
                self.orphan_attrs.update(builder.attrs)
        self.cur = _Builder()

    def finish(self) -> list[tuple[_Builder, tuple]]:
        self.brk()
        return self.items


class _Prose:
    """Top-level flow: paragraphs (blank-line separated), list items, headings, tables."""

    def __init__(self, parser: _Parser):
        self.p = parser
        self.cur = _Builder()
        self.kind = BlockKind.PARAGRAPH
        self.line_has_content = False
        self.marker = ""

    def flush(self) -> None:
        attrs = {"marker": self.marker} if self.kind is BlockKind.LIST_ITEM else {}
        if self.cur.parts:
            self.p.emit(self.kind, self.cur.build(), attrs=self.cur.block_attrs(attrs))
        self.cur = _Builder()
        self.kind = BlockKind.PARAGRAPH
        self.marker = ""

    def newline(self, off: int) -> None:
        if self.kind is BlockKind.LIST_ITEM:
            self.flush()
        elif not self.line_has_content:
            self.flush()
        else:
            self.cur.add("\n", off)
        self.line_has_content = False

    def feed(self, tok) -> None:
        k = tok[0]
        cur = self.cur
        if k == TEXT:
            s, off = tok[1], tok[2]
            if "\n" not in s:
                cur.add(s, off)
                if not self.line_has_content and not s.isspace():
                    self.line_has_content = True
                return
            start = 0
            for i, piece in enumerate(s.split("\n")):
                if i:
                    self.newline(off + start - 1)
                if piece:
                    self.cur.add(piece, off + start)
                    if not self.line_has_content and not piece.isspace():
                        self.line_has_content = True
                start += len(piece) + 1
        elif k == SYN:
            cur.add(tok[1], tok[2], exact=False)
            self.line_has_content = True
        elif k == INS:
            cur.add(tok[1], None)
        elif k in (BR, SEP):
            cur.add(" ", None)
        elif k == LI:
            if self.kind is BlockKind.LIST_ITEM and not cur.has_text:
                self.marker += tok[1]
            else:
                self.flush()
                self.kind = BlockKind.LIST_ITEM
                self.marker = tok[1]
            self.line_has_content = True
        elif k == HEADING:
            self.flush()
            node, off = tok[1], tok[2]
            builder = _Builder()
            for t in self.p.render(node.title, off + node.level):
                _single(builder, t)
            built = builder.build()
            self.p.heading = built[0] if built else None
            self.p.emit(BlockKind.HEADING, built, level=node.level, attrs=builder.block_attrs())
            self.line_has_content = False
        elif k == TABLE:
            self.flush()
            self.p.table(tok[1], tok[2])
            self.line_has_content = False
        else:
            cur.token(tok)


# ------------------------------------------------------------------ helpers


def _children(code, base: int):
    off = base
    for node in code.nodes:
        s = node.value if type(node) is Text else str(node)
        yield node, off, s
        off += len(s)


def _contents_offset(node: Tag, off: int, s: str) -> int:
    """File offset of a (not self-closing) tag's contents."""
    contents = str(node.contents)
    if node.wiki_markup:
        return off + len(s) - len(node.closing_wiki_markup or "") - len(contents)
    return off + len(s) - len("</" + str(node.closing_tag) + ">") - len(contents)


def _params(node: Template, off: int) -> dict:
    """Normalised parameter name -> (value Wikicode, file offset of the value, name as written).

    Positional parameters are "1", "2"…; a later duplicate wins, as in MediaWiki.
    """
    out = {}
    pos = off + 2 + len(str(node.name))
    for param in node.params:
        pos += 1  # the "|"
        name = str(param.name)
        raw = name.strip()
        if param.showkey:
            key = raw if raw.isdigit() else template_name(name)
            voff = pos + len(name) + 1
        else:
            key = raw
            voff = pos
        out[key] = (param.value, voff, raw)
        pos += len(str(param))
    return out


def _plain(params: dict, key) -> str:
    """A parameter's text without comments or markup, for reading numbers and switches."""
    if key is None or str(key) not in params:
        return ""
    value = params[str(key)][0]
    try:
        s = value.strip_code(normalize=True, collapse=True)
    except Exception:
        s = str(value)
    return " ".join(s.split())


def _date_text(parts: list[str]) -> str:
    """"10 May 1939" from ["1939", "5", "10"]: day month year, never repaired."""
    parts = (parts + ["", "", ""])[:3]
    year, month, day = parts
    if not year:
        return ""
    out = []
    if month:
        if day:
            out.append(str(int(day)) if day.isdigit() else day)
        if month.isdigit() and 1 <= int(month) <= 12:
            out.append(calendar.MONTH_NAMES[int(month) - 1])
        else:
            out.append(month)
    out.append(year)
    return " ".join(out)


def _cost(unclosed: list[tuple[int, str]], length: int) -> int:
    return sum(length - off for off, _ in unclosed)


@lru_cache(maxsize=8)
def _noise(filler: str) -> re.Pattern:
    """What a Text node shows but a reader does not: quote markup, magic words, stray tags, blanks."""
    return re.compile(r"'{2,}|__[A-Z]{2,}__|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>|" + re.escape(filler) + "+")


def parse(path: str, text: str) -> Document:
    """Cut a wikitext page into blocks. Never raises: damage becomes source-error warnings."""
    parser = _Parser(path, text)
    try:
        return parser.parse()
    except Exception as exc:  # last line of defence: a bug here must not stop the run
        doc = Document(path=path, text=text, format="wikitext")
        parser = _Parser(path, text)
        parser.doc = doc
        parser.warn(f"wikitext could not be read ({type(exc).__name__}): read as plain paragraphs", 0)
        parser.plain(0, len(text))
        parser.blocks.sort(key=lambda x: (x[0], x[1]))
        doc.blocks = [b for _, _, b in parser.blocks]
        doc.title = Path(path).stem.replace("_", " ") or None
        return doc
