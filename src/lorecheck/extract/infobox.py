"""Infobox, front-matter and inline fields to facts.

Sources give FIELD blocks with the field's name; `vocabulary/fields.yaml`
says what each name means (a span of dates, a birth, side 1 of a conflict,
a casualty figure ...). Fields inside a front-matter record (`members[2]`)
are about that record's named subject; other fields are about the page.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .. import vocabulary
from ..model import (Block, DateMention, DateRange, DateValue, Document, DocumentFacts, Entity, Membership,
                     NameMention, Origin, Quantity, SideName, Statement, overlaps)
from .dates import DateContext, FoundDate, bare_year_range, find_dates
from .numbers import parse_duration, parse_figure
from .own_event_dates import title_head
from .stages import ordered_stage

_PERIOD = re.compile(r"\s*\((?P<inner>[^()]*\d{3,4}[^()]*)\)")
# a pasted infobox's event row: "• War of the Sarvennese Succession<TAB>1488–1494"
_ERA_ROW = re.compile(r"[•·*]\s*(?P<name>[^\t]+?)\s*\t\s*(?P<date>[^\t]+?)\s*")


def sub_block(b: Block, start: int, end: int) -> Block:
    """The part of a block from `start` to `end`, mapped to the same file characters."""
    segs = []
    for t, f, n in b.segments:
        lo, hi = max(t, start), min(t + n, end)
        if lo < hi:
            segs.append((lo - start, f + lo - t, hi - lo))
    if not segs and b.segments:  # inserted text: the nearest segment before it
        t, f, n = max((s for s in b.segments if s[0] <= start), default=b.segments[0])
        segs = [(0, f + min(n, max(0, start - t)), 0)]
    return Block(b.kind, b.text[start:end], tuple(segs), b.key, b.raw_key, b.group, b.heading, b.level, dict(b.attrs))


def link_list_pieces(b: Block) -> list[Block]:
    """"X, Y, Z (from 2292)" where every piece is one of the block's links: the pieces, else []."""
    links = {x.strip() for key in ("links", "targets") for x in b.attrs.get(key, "").split("\n") if x.strip()}
    if len(links) < 2:
        return []
    pieces, at = [], 0
    for m in re.finditer(r"[^,]+", b.text):
        name = _BARE_PERIOD.sub("", m.group()).strip()
        if name not in links:
            return []
        pieces.append((m.start() + len(m.group()) - len(m.group().lstrip()), m.end()))
    return [sub_block(b, a, e) for a, e in pieces] if len(pieces) >= 2 else []


_BARE_PERIOD = re.compile(r"\s*\((?P<inner>[^()]*\d[^()]*)\)\s*")  # "(23–29 August)" on a line of its own
_NAME_NOISE = re.compile(r"\s*†\s*|\s*\((?:[^()]*)\)\s*$")
# a commander's style after his name ("Oswy Tarrant, Earl of Quenby")
_APPOSITIVE_STYLE = re.compile(r",\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+of\s+.*$")
_SIDE_KEY = re.compile(r"^side(\d)$")
# a field line closed by a party's name in brackets ("[[A]], [[B]] (Chamber)")
# a head of one side's parties in a treaty's list: "Orlemont and adherents:", "Vell and its allies:", "Orm's side:"
_SIDE_HEAD = re.compile(r"(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?:\s+and\s+(?:its\s+|their\s+|her\s+|his\s+)?"
                        r"(?:adherents|allies|auxiliaries|associates|confederates|supporters|partisans)|['’]s?\s+"
                        r"(?:side|party|adherents|allies))\s*:")
# a listed party's members in brackets after its name, two or more names and nothing else: "(Orra, Besk and Tamin)"
_NAMED = r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|de|des|du|la|le|von|van)\s+)*[A-Z][\w'’-]*){0,3}"
_BRACKETED_MEMBERS = re.compile(rf"\s*\((?P<names>{_NAMED}(?:,\s*{_NAMED})*(?:,?\s+and\s+{_NAMED}|,\s*{_NAMED}))\)\s*$")
_PEOPLE_SIDE_KEY = re.compile(r"([a-z]{4,})_(?:allies|side|belligerents|supporters|camp)")
_SHIP_PREFIX = re.compile(r"^[A-Z]{2,5}\s+(?=[A-Z])")
# a line of a treaty's parties headed by its side: "Oakenvale League: Port Vellarde, Thornmead, Calvering"
_PARTY_LINE_HEAD = re.compile(r"\s*(?P<side>[A-Z][^:;,()\[\]]{1,60}?)\s*:\s+(?=\S)")
_PARTY_LABEL = re.compile(r"\s*\(([A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})\)\s*$")


@lru_cache(maxsize=1)
def _ratifier_keys() -> frozenset[str]:
    """Fields that name who ratified the page's instrument, each with its day ("ratifiers = Senate (3 May 1801)")."""
    return frozenset(vocabulary.load("fields").get("ratifier_keys") or ())


_LINKED = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]|]*)\]\]")  # "[[Target|shown]]" -> "shown"
_RATIFIER = re.compile(r"\s*(?:\[\[(?:[^\]|]*\|)?)?(?P<name>[A-Z][^()\[\]<>;\n|]*?)(?:\]\])?\s*\(\s*$")


@lru_cache(maxsize=1)
def _signatory_keys() -> frozenset[str]:
    return frozenset(vocabulary.load("fields").get("signatory_keys") or ())


def _party_line_keys() -> frozenset[str]:
    """Fields whose lines list the people of each party ("negotiators", "signatories"): fields.yaml party_line_keys."""
    return frozenset(vocabulary.load("fields").get("party_line_keys") or ())


@lru_cache(maxsize=1)
def _party_list_keys() -> frozenset[str]:
    return frozenset(vocabulary.load("fields").get("party_list_keys") or ())
# "Tamsa Vorn (1640–1646)", "ended: Reed War (912–916)": a name and, in brackets, the years of its own span
_NAMED_PERIOD = re.compile(r"(?P<name>[A-Z][^()\d]{1,80}?)\s*\((?P<lead>[a-z. ]{0,12})(?P<range>[^()]+)\)\s*")

SPAN_PREDICATES = {"span": ("start", "end"), "term": ("term_start", "term_end")}
POINT_PREDICATES = {"start", "end", "founded", "dissolved", "birth", "death", "marriage", "sign",
                    "term_start", "term_end", "crown", "join", "abdicate"}
_YEAR_SUFFIX = re.compile(r"(.+?)_(\d{3,4})")  # "strength_1404": a figure field of that year


@lru_cache(maxsize=1)
def _roles() -> dict[str, str]:
    return vocabulary.load("fields")["roles"]


_PLACEHOLDERS = {"unknown", "various", "none", "n/a", "see below", "see list", "others", "other"}
_INLINE_DURATION = re.compile(r"\(\s*\d[^()]*\b(?:years?|months?|weeks?|days?)\b[^()]*\)")
_INDEX = re.compile(r"\[\d+\]")
# a field value that opens with a date, as every item of a list of dates does
_OPENS_WITH_DATE = re.compile(r"[\s'\[*{]*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")
_FIGURE_YEAR = re.compile(r"^\s*\(\s*(?:c\.\s*|est\.\s*)?(\d{3,4})\b[^()]*\)")  # "86,000 (1850)", "(1921 census)"
_YEAR = re.compile(r"\b(\d{3,4})\b")
_TOTAL_WORD = re.compile(r"\btotal\b", re.I)
# a line's name that makes its figure a total: "Total", "Total dead", "Total losses" (not "Total war veterans")
_TOTAL_NAME = re.compile(r"total(?:\s+(?:dead|killed|deaths|losses|casualties|wounded|captured|missing))?", re.I)
_PARTIAL_LIST = re.compile(r"\s*(?:incl\.?|including|of whom|of which|among them|among whom|e\.g\.|such as)\b", re.I)
_AFTER_NAMED_FIGURE = re.compile(r"[\s.;,*'_]+|\[\w+\]")  # what may follow the figure of "Name: N"
_NAMED_FIGURE = re.compile(r"\s*([^\W\d][^\d:;()]{0,60}?)\s*:\s*")  # "France: " before a figure


_NUMBERED = re.compile(r"(.*?)(\d+)")
_LETTERED = re.compile(r"(.+?)_([abc])")
# a field whose value is a count and the counted noun, and nothing else: "140 horses"
_NAMED_COUNT = re.compile(r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<noun>[a-z][a-z'’-]+s)")


@lru_cache(maxsize=None)
def keyed_event_words(key: str) -> tuple[str, ...]:
    """The words of a field key that name its event ("first_sitting" -> first, sitting; "year_start" and
    "date" name none): fields.yaml `field_events.ignored_key_words` are dropped, and a key with a year
    word in it gives the year of another field, not an event."""
    spec = vocabulary.load("fields").get("field_events") or {}
    ignored = set(spec.get("ignored_key_words") or ())
    words = [w for w in re.split(r"[_\s]+", key.casefold()) if w]
    if not words or "year" in words or any(w.isdigit() for w in words):
        return ()
    if len(words) > 1 and words[1] in ((spec.get("template_key_prefixes") or {}).get(words[0]) or ()):
        words = words[1:]  # "ship_commissioned": the template's prefix, no word of the event
    return tuple(w for w in words if w not in ignored)


@lru_cache(maxsize=1)
def _count_parents() -> frozenset[str]:
    """Words of a key whose nested fields are counts ("casualties", "losses", "strength"): fields.yaml."""
    spec = vocabulary.load("fields").get("field_events") or {}
    return frozenset(str(w).casefold() for w in spec.get("count_parents") or ())


@lru_cache(maxsize=1)
def _not_counted() -> frozenset[str]:
    """Units of time and measure ("12 years", "400 acres"): a size, not a count of things (numbers.yaml)."""
    return frozenset(str(w).casefold() for w in vocabulary.load("numbers").get("measure_units") or ())


@lru_cache(maxsize=1)
def _numbered_fields() -> frozenset[str]:
    return frozenset(str(k) for k in vocabulary.load("fields").get("numbered_fields") or ())


@lru_cache(maxsize=1)
def _year_fields() -> dict[str, str]:
    return {str(k): str(v) for k, v in (vocabulary.load("fields").get("year_fields") or {}).items()}


@lru_cache(maxsize=1)
def _dating_key_suffixes() -> tuple[str, ...]:
    return tuple(str(w).lower() for w in vocabulary.load("fields").get("dating_key_suffixes") or ())


def dated_figure_key(key: str | None, suffixes: tuple[str, ...] | None = None) -> str | None:
    """The figure field a sibling field dates: "population_census_year" -> "population_census",
    "circulation_date" -> "circulation" (by its last word, fields.yaml `dating_key_suffixes`, or only those
    given), "stat_year2" -> "stat_pop2"; else None."""
    if not key:
        return None
    for suffix in _dating_key_suffixes() if suffixes is None else suffixes:
        if key.endswith("_" + suffix):
            return key[:-len(suffix) - 1]
    numbered = _NUMBERED.fullmatch(key)
    if numbered and numbered.group(1) in _year_fields():
        return _year_fields()[numbered.group(1)] + numbered.group(2)
    return None


@lru_cache(maxsize=1)
def _office_record_lists() -> frozenset[str]:
    """"consuls", "governors", "holders": a front-matter list whose records are holders of an office (the
    plurals of prose.yaml office_titles, and fields.yaml office_record_lists)."""
    titles = [str(t).casefold().replace(" ", "_").replace("-", "_") for t in
              vocabulary.load("prose").get("office_titles") or ()]
    plurals = {t + "es" if t.endswith(("s", "sh", "ch")) else t + "s" for t in titles}
    return frozenset(plurals | {str(k) for k in vocabulary.load("fields").get("office_record_lists") or ()})


@lru_cache(maxsize=256)
def office_of_list(key: str) -> str | None:
    """"general_secretaries" -> "General Secretary": a front-matter list named by the plural of an office of two
    or three words (its last word one of fields.yaml office_keys) that _office_record_lists does not list; each
    record is a holder's term of that office."""
    words = key.casefold().replace("-", "_").split("_")
    if not 2 <= len(words) <= 3 or key in _office_record_lists() or not all(w.isalpha() for w in words):
        return None  # a one-word list ("directors") is read as before: fields.yaml office_record_lists names those
    last = words[-1]
    for plural, single in (("ies", "y"), ("ses", "s"), ("shes", "sh"), ("ches", "ch"), ("s", "")):
        if last.endswith(plural) and len(last) > len(plural) + 2:
            singular = last[:-len(plural)] + single
            break
    else:
        return None
    if singular not in office_key_words():
        return None
    return " ".join([*words[:-1], singular]).title()


@lru_cache(maxsize=1)
def office_key_words() -> frozenset[str]:
    """"director", "grand master": a field's key (words split at "_" and "-") naming an office, whose
    "Name (1881–1902)" value gives that holder's term (fields.yaml office_keys, prose.yaml office_titles)."""
    words = [*(vocabulary.load("prose").get("office_titles") or ()), *(vocabulary.load("fields").get("office_keys") or ())]
    return frozenset(" ".join(str(w).casefold().replace("-", " ").split()) for w in words)


def office_of_key(key: str | None) -> str | None:
    """"grand_master" -> "Grand Master": the office a field's key names, if it names one."""
    words = " ".join(_INDEX.sub("", key or "").replace("_", " ").replace("-", " ").split()).casefold()
    return words.title() if words in office_key_words() else None


@lru_cache(maxsize=1)
def _office_record_bounds() -> dict[str, str]:
    """"from" -> term_start: the fields of an office holder's record that bound the term (fields.yaml)."""
    return {str(k): str(v) for k, v in (vocabulary.load("fields").get("office_record_bounds") or {}).items()}


@lru_cache(maxsize=1)
def _allegiance_keys() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in vocabulary.load("fields").get("allegiance_keys") or ())


def role_of(key: str | None) -> str | None:
    if not key:
        return None
    key = _INDEX.sub("", key)
    roles = _roles()
    if key in roles:
        return roles[key]
    parts = key.split(".")
    # "casualties: {side_a: 3400, total: 7900}": a figure field keyed by its label
    if len(parts) >= 2 and roles.get(parts[-2], "").startswith(("casualties", "strength")):
        return roles[parts[-2]]
    last = parts[-1]  # "members.born" -> born; "wars.sides.side_a" -> side_a
    if len(parts) >= 2 and last in _office_record_bounds() and (parts[-2] in _office_record_lists()
                                                                 or office_of_list(parts[-2])):
        return _office_record_bounds()[last]  # "consuls: [{name: X, from: 1319, to: 1327}]": X's term
    if last in roles:
        return roles[last]
    numbered = _NUMBERED.fullmatch(last)
    if numbered and numbered.group(1) in _numbered_fields():
        return roles.get(numbered.group(1))
    if len(parts) >= 2 and parts[-2] in roles and roles[parts[-2]] in ("sides", "commanders", "side_units"):
        return roles[parts[-2]]
    lettered = _LETTERED.fullmatch(last)
    if lettered:
        # "belligerents_a", "commanders_b": a numbered side list with its side lettered
        role = roles.get(f"{lettered.group(1)}{'abc'.index(lettered.group(2)) + 1}", "")
        if role.startswith(("side", "commander")) and not role.endswith("_name"):
            return role
    dated = _YEAR_SUFFIX.fullmatch(last)
    if dated and roles.get(dated.group(1), "").startswith(("strength", "casualties", "population")):
        return roles[dated.group(1)]
    return None


def _series_title(title: str, name: str) -> bool:
    """"WARDENS OF THE MORVELLAN LEVELS - No. 2" over "Name: Col. Hob Strangways": a page headed
    by its register's title, in capitals, sharing no word with the name its own field gives; the field names
    the page's subject."""
    letters = [c for c in title if c.isalpha()]
    if not name or name.isupper() or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return False
    if any(w[:1].islower() and w not in ("of", "de", "van", "von", "the", "la", "le", "du") for w in name.split()):
        return False  # "Southern campaign of Ashqan Khan": a thing the page belongs to, not a holder's name
    words = {w for w in re.findall(r"[^\W\d_]{3,}", title.casefold())}
    return not words & {w for w in re.findall(r"[^\W\d_]{3,}", name.casefold())}


def origin_of(doc: Document) -> Origin:
    return Origin.FRONT_MATTER if doc.format == "markdown" else Origin.INFOBOX


def clean_name(text: str) -> tuple[str, int]:
    """Entity name without its period, dagger, footnote marks; and its length in the text."""
    name = text
    m = _PERIOD.search(name)
    if m:
        name = name[: m.start()]
    name = _NAME_NOISE.sub("", name).strip().strip(",;:")
    name = re.sub(r"\[\d+\]|\[[a-z]\]", "", name).strip()
    return name, len(name)


def period_of(text: str, ctx_year: int | None,
              bracket_ctx: DateContext | None = None) -> tuple[DateRange | None, FoundDate | None]:
    """"Italy (1940–43)", "(at war 1937–46)", "(from 24 February 1848)", "(until 1943)"; with
    `bracket_ctx`, a bracket without a year ("(from 2 September)") read in that context."""
    m = (_BARE_PERIOD if bracket_ctx is not None else _PERIOD).search(text)
    if not m:
        return None, None
    inner = m.group("inner")
    found = find_dates(inner, bracket_ctx or DateContext(year=ctx_year))
    if not found:
        return None, None
    f = found[0]
    low = inner.lower()
    if isinstance(f.value, DateRange):
        return f.value, f
    if re.search(r"\b(until|to|till)\b", low):
        return DateRange(None, f.value), f
    if re.search(r"\b(from|since|after)\b", low):
        return DateRange(f.value, None), f
    return DateRange(f.value, f.value), f


class FieldReader:
    """Reads one document's FIELD blocks into `facts`."""

    def __init__(self, doc: Document, facts: DocumentFacts, ctx: DateContext):
        self.doc = doc
        self.facts = facts
        self.ctx = ctx
        self.origin = origin_of(doc)
        self._stage_fields: list[tuple[Statement, str]] = []  # (start or end statement, its field's key)
        self.topic = doc.title or ""
        self._marriages: list[tuple[Statement, str | None]] = []  # marriage dates and the record stating them
        self._figure_years: dict[tuple, str] = {}  # (record, figure field) -> the year its "_year" field gives
        self._event_prefixes: dict[str, str] = {}
        self._partner_years: dict[tuple, int] = {}  # (template, record, date field) -> its year field's year
        self._record_offices: dict[str, str] = {}  # record -> the office its term is of

    def span(self, block: Block, start: int = 0, end: int | None = None):
        return self.doc.block_span(block, start, end)

    def subject_of(self, block: Block, record_names: dict[str, str]) -> str:
        record = block.attrs.get("record")
        if record and record in record_names:
            return record_names[record]
        if block.heading and block.heading != self.topic and block.attrs.get("source") != "front-matter" \
                and _names_someone(block.heading):
            # an inline field under "## Maud II (1702–1731)" is about that
            # section's subject; under "## Key dates" about the page
            return clean_name(block.heading)[0]
        return self.topic

    def dates(self, block: Block) -> list[FoundDate]:
        found = find_dates(block.text, self._context_of(block))
        if block.attrs.get("source") == "table":
            return found  # its cell is read as a table cell too: one mention of each date
        for f in found:
            self.facts.dates.append(DateMention(f.value, f.text, self.span(block, f.start, f.end), self.origin,
                                                f.year_from_context))
        return found

    def _context_of(self, block: Block) -> DateContext:
        """"date_start = 14 March" takes its year from "year_start = 1879", not from the field read last."""
        partner = self._partner_years.get((block.attrs.get("template"), block.attrs.get("record"), block.key))
        return DateContext(year=partner) if partner else self.ctx

    def _sibling_field(self, fields: list[Block], prefixes: dict) -> dict[tuple, Block]:
        """(record, field) -> the sibling field that the prefix table pairs it with, same ending."""
        by_key = {(b.attrs.get("record"), b.key): b for b in fields if b.key}
        paired = {}
        for (record, key), b in by_key.items():
            for prefix in sorted(prefixes, key=len, reverse=True):
                if key.startswith(prefix):
                    other = by_key.get((record, prefixes[prefix] + key[len(prefix):]))
                    if other is not None:
                        paired[(record, key)] = other
                    break
        return paired

    def _named_events(self, fields: list[Block]) -> None:
        """"event_start = [[Declaration of X]]" with "date_start": the named event happened that day."""
        for (record, _), dated in self._sibling_field(fields, self._event_prefixes).items():
            event = next(b for b in fields if b.attrs.get("record") == record and b.key == _)
            name, _n = clean_name(event.text)
            if not name[:1].isupper():
                continue
            found = [f for f in find_dates(dated.text, self._context_of(dated)) if isinstance(f.value, DateValue)]
            if len(found) == 1:
                f = found[0]
                self.facts.statements.append(Statement(
                    subject=name, predicate="happen", object=None, date=f.value, span=self.span(dated),
                    date_span=self.span(dated, f.start, f.end), origin=self.origin,
                    text=dated.text[f.start:f.end], event=name))

    def _era_rows(self, fields: list[Block]) -> None:
        """A polity's "Historical era" rows pasted as text ("• Compact of Ebbermund<TAB>11 June 1448", "• War of the
        Sarvennese Succession<TAB>1488–1494"): a named event (its head word an event's: "War", "Compact", "Siege")
        happened on that date (an agreement was signed), or ran from the range's first year to its last (fields.yaml
        era_row_keys)."""
        keys = set(vocabulary.load("fields").get("era_row_keys") or ())
        heads = vocabulary.word_set("prose", "event_heads")
        for b in fields:
            if b.key not in keys or b.attrs.get("record") or "\t" not in b.text:
                continue
            m = _ERA_ROW.fullmatch(b.text)
            if m is None:
                continue
            name, _n = clean_name(m.group("name"))
            words = name.split()
            head = words[:words.index("of")] if "of" in words[1:] else words
            if not name[:1].isupper() or not head or head[-1].lower() not in heads:
                continue
            found = find_dates(m.group("date"), self.ctx)
            if len(found) != 1:
                continue
            f, at = found[0], m.start("date")
            if isinstance(f.value, DateValue):
                # "• Peace of Rell<TAB>2 June 1453": an agreement's one date is its signing
                agreement = head[-1].lower() in vocabulary.word_set("prose", "agreement_heads")
                parts = [("sign" if agreement else "happen", f.value, f.start, f.end)]
            elif isinstance(f.value, DateRange) and f.value.start is not None and f.value.end is not None:
                cut = m.group("date").find("–", f.start) if "–" in m.group("date") else m.group("date").find("-", f.start)
                parts = [("start", f.value.start, f.start, cut if cut > 0 else f.end),
                         ("end", f.value.end, cut + 1 if cut > 0 else f.start, f.end)]
            else:
                continue
            for predicate, value, a, z in parts:
                self.facts.statements.append(Statement(
                    subject=name, predicate=predicate, object=None, date=value, span=self.span(b),
                    date_span=self.span(b, at + a, at + z), origin=self.origin, text=b.text[at + a:at + z], event=name))

    def read(self, blocks: list[Block]) -> None:
        fields = [b for b in blocks if b.kind.value == "field"]
        names = vocabulary.load("fields")
        self._event_prefixes = names.get("event_field_prefixes") or {}
        self._partner_years = _partner_years(fields)
        self._named_events(fields)
        self._era_rows(fields)
        record_names: dict[str, str] = {}
        name_keys = set(names.get("record_name_keys") or ())
        for b in fields:
            if b.attrs.get("record") and (role_of(b.key) in ("name", "title")
                                          or (b.key or "").rpartition(".")[2] in name_keys):
                # "name: [[Tekonsa]]": a front matter's wiki link names its target
                record_names.setdefault(b.attrs["record"], _LINKED.sub(r"\1", clean_name(b.text)[0]))
        # "delegations: [{island: Callis, seats: 14}, ...]": a record of no name key that opens with a name is that
        # one's record; its figures are its own, one of a list, not the page's
        record_labels: dict[str, str] = {}
        for b in fields:
            record = b.attrs.get("record")
            if record and "[" in record and record not in record_names and record not in record_labels:
                label = clean_name(b.text)[0] if b.text[:1].isupper() and not any(c.isdigit() for c in b.text) else ""
                record_labels[record] = label
        record_labels = {k: v for k, v in record_labels.items() if v}
        # "offices: [{office: Wharfinger of Ossby, from: 1801, to: 1809}, ...]": each record's term is of
        # its own office (checks/within_span.py matches an act's title to it), one term per record
        office_keys = set(names.get("office_record_office_keys") or ())
        self._record_offices = {b.attrs["record"]: clean_name(b.text)[0] for b in fields if b.attrs.get("record")
                                and (b.key or "").rpartition(".")[2] in office_keys}
        for b in fields:  # "general_secretaries: [{name: X, from: D, to: D'}]": each record's term is of the office
            if b.attrs.get("record") and b.attrs["record"] not in self._record_offices and \
                    (listed := office_of_list(_INDEX.sub("", (b.key or "").rpartition(".")[0]).rpartition(".")[2])):
                self._record_offices[b.attrs["record"]] = listed
        for b in fields:
            if role_of(b.key) in ("title", "name") and not b.attrs.get("record"):
                if not self.topic or _INDEX.sub("", b.key or "") == "name" and _series_title(self.topic, clean_name(b.text)[0]):
                    self.topic = clean_name(b.text)[0]
        # "population_census_year = 1921" dates "population_census" of the same record
        self._figure_years = {(b.attrs.get("record"), dated): m.group(1) for b in fields
                              if (dated := dated_figure_key(b.key, ("year",))) and (m := _YEAR.search(b.text))}
        contest = next((clean_name(b.text)[0] for b in fields if role_of(b.key) == "contest"
                        and not b.attrs.get("record") and "." not in (b.key or "")), None)
        spans_by_subject: dict[str, DateRange] = {}
        self._spans = spans_by_subject
        self._fallen: list[tuple[str, str, Block]] = []
        # "belligerents: {entente: [...]}" numbers the sides a "commanders: {entente: [...]}" mapping names
        side_numbers = {b.attrs["side"]: b.attrs["side_index"] for b in fields
                        if role_of(b.key) == "sides" and b.attrs.get("side") and b.attrs.get("side_index")}
        names_by_key = {b.key: clean_name(b.text)[0] for b in fields
                        if b.key and not b.attrs.get("record") and "." not in b.key}
        war_named = next((clean_name(b.text.strip("[] "))[0] for b in fields if b.key in _kind_keys("war")
                          and not b.attrs.get("record")), None)
        self._friends_read = False
        self._last_member: dict[str | None, Membership] = {}
        self._named_figures: list[tuple] = []  # "United Kingdom: 38,000" items of a figure list, read last
        self._last_figure: tuple | None = None  # (field, record, Quantity): the figure a "<br>(a; b)" line details
        durations = []
        # (subject, field, record, source) already read for the subject's dates: a front-matter field told again
        # as an inline field ("founded: 1927-04-11" and "Founded:: 11 May 1927") is a second telling, not a phase
        dated_fields: set[tuple] = set()
        spouse_deaths: list[Statement] = []
        self._marriages = []
        spouses: dict[str | None, list[str]] = {}  # record -> the spouses its fields name
        part_of = own_date = None  # the field naming the larger event the page's is part of; the page's date
        # a list's items: front matter and an infobox name a key once, so values of one key side by side are the
        # items of its list (inline fields and bold labels in the body may tell one field twice)
        dated = [b.attrs.get("source") in ("front-matter", "infobox") and bool(_OPENS_WITH_DATE.match(b.text))
                 for b in fields]
        listed = {id(b) for k, b in enumerate(fields) if dated[k] and any(
            0 <= j < len(fields) and dated[j] and fields[j].key == b.key and
            fields[j].attrs.get("source") == b.attrs.get("source") for j in (k - 1, k + 1))}
        labelled = self._labelled_parties(fields)
        for b in fields:
            if b.attrs.get("side_record"):
                self._side_record_field(b, self.topic)
                continue
            if id(b) in labelled:
                if labelled[id(b)]:
                    self._member(b, self.topic, labelled[id(b)], "belligerent")
                continue
            role = _template_role(b) or role_of(b.key)
            if role is None and b.key and b.key.startswith("date_of_") and b.key[8:] == title_head(self.topic):
                role = _roles()["date"]  # "Date of fire: night of 22-23 March 1334" on the fire's page
            subject = self.subject_of(b, record_names)
            if not (role and (role.startswith(("side", "commander")) or role in ("commanders", "allies", "opponents"))) \
                    and self._named_period(b):
                continue  # the bracket dates the name, not the page: "ended: Reed War (912–916)"
            if role in SPAN_PREDICATES or role in POINT_PREDICATES:
                where = (subject, b.key, b.attrs.get("record"), b.attrs.get("source"))
                if where in dated_fields:
                    # "First battle: 13–16 December<br>Second battle: 30 January – 1 February",
                    # "(German historiography)<br>10 July – 10 September (Soviet historiography)":
                    # a field's later lines are phases or other readings, not the page's own dates;
                    # an undated later line ("(3 months, 2 weeks and 1 day)") measures the span above
                    if self.dates(b):
                        if role == "marriage":
                            # "married: [1718-09-12, 1733-05-16]": a marriage field's later entry is a later marriage
                            self._dated(b, "remarriage", subject, self.dates(b), spans_by_subject)
                        continue
                    role = "duration"
            if role in ("title", "name", "listed_person"):
                name, n = clean_name(b.text)
                if name:
                    kind = "person" if role == "listed_person" else None
                    self.facts.entities.append(Entity(name, kind, [], self.span(b, 0, n), self.origin))
                continue
            if role in ("allies", "opponents") and not b.attrs.get("record"):
                self._friend_or_foe(b, role, war_named)
                continue
            if role is None and (named := self._named_subject(b, names_by_key)):
                role, subject = named
            if role == "aliases":
                self._alias(b, subject)
                continue
            if role == "partof" and not b.attrs.get("record") and "." not in (b.key or ""):
                part_of = b  # "war: [[War of the Quillmoor]]" on a battle's page
            if role in SPAN_PREDICATES or role in POINT_PREDICATES:
                found = self.dates(b)
                if found:
                    dated_fields.add((subject, b.key, b.attrs.get("record"), b.attrs.get("source")))
                    if role in ("span", "start") and own_date is None and subject == self.topic and \
                            not b.attrs.get("record"):
                        own_date = (b, found[0])
                if not found and role in SPAN_PREDICATES:
                    # "3 June 1702 – 20 May 1705<br />(2 years, 11 months and 17 days)"
                    role = "duration"
                else:
                    self._dated(b, role, subject, found, spans_by_subject)
                    inline = _INLINE_DURATION.search(b.text) if role in SPAN_PREDICATES else None
                    if not inline:
                        continue
                    role = "duration"  # "17 April 1846 – 9 February 1849 (2 years, 11 months ...)"
            if role == "duration":
                d = parse_duration(b.text)
                if d:
                    d.span = self.span(b)
                    d.origin = self.origin
                    d.subject = subject
                    durations.append(d)
                continue
            if role is None and b.key in _ratifier_keys() and not b.attrs.get("record") and self.topic:
                if self._ratifiers(b):
                    continue
            if role is None and _INDEX.sub("", b.key or "") in _signatory_keys() and not b.attrs.get("record") \
                    and self.topic and any(c.isdigit() for c in b.text):
                if self._ratifiers(b, "signed"):
                    continue
            if role is None and self.topic and not b.attrs.get("record") and \
                    (people := _PEOPLE_SIDE_KEY.fullmatch(_INDEX.sub("", b.key or ""))):
                # "Ostrelish allies:: [[Bishopric of Ust]]": parties of the side a people's name says, the one whose
                # listed party is of that people (checks/disjoint_sides.py _people_sides says which, or drops it)
                self._member(b, self.topic, people.group(1), "people_side")
            if role is None and b.key in _party_line_keys() and not b.attrs.get("record"):
                if self._party_line(b, fields, subject):
                    continue
            side = _side_number(role, b)
            if side:
                # "contest: Proxy contest of 1886" beside "sides:": the sides are that contest's, not the page's
                self._member(b, contest if role == "sides" and contest else subject, side, "belligerent")
                continue
            if role == "commanders":  # "commanders: {besiegers: [..]}": the side of that name in the side list
                named = b.attrs.get("side") or _INDEX.sub("", b.key or "").rpartition(".")[2]
                side = side_numbers.get(named) or b.attrs.get("side_index")
                if side:
                    self._member(b, contest or subject, side, "commander")
                continue
            if role and role.startswith("commander"):
                self._member(b, subject, role[-1], "commander")
                continue
            if role == "side_units" and b.attrs.get("source") == "front-matter" and \
                    (side := side_numbers.get(_INDEX.sub("", b.key or "").rpartition(".")[2])):
                self._member(b, contest or subject, side, "unit")  # "ships: {league: [...]}": the side of that name
                continue
            if role and role.endswith("_name") and role.startswith("side"):
                name = b.text.strip()
                self.facts.side_names.append(SideName(self.topic, role[4], name, self.span(b)))
                continue
            if role and (role.startswith("casualties") or role.startswith("strength") or role == "population"):
                self._figure(b, role, record_labels.get(b.attrs.get("record"), subject))
                continue
            if role in ("membership", "seats"):
                self._count(b, role, record_labels.get(b.attrs.get("record"), subject))
                continue
            if role == "capital_stock":  # not "capital", which names a capital city
                self._figure(b, "capital", subject)
                continue
            if role is None and not b.attrs.get("record"):
                self._named_count(b, subject)
            if role == "spouse":
                self._person_named(b)
                spouses.setdefault(b.attrs.get("record"), []).extend(
                    [clean_name(b.text)[0]] + [name for name, _ in _later_spouses(b.text)])
            found = self.dates(b)  # other fields: their dates are still checked for validity
            if role == "spouse" and found:
                spouse_deaths.extend(self._spouse_death(b, found))
                self._spouse_marriage(b, subject, found)
            if role is None and found and (not b.attrs.get("record") or b.attrs["record"] in record_names) and \
                    id(b) not in listed:
                # "charters: [1618, 1639, 1660, 1681]", "| charters = 1702<br>1723": a list of dates under one key
                # tells as many occasions, no one event dated four ways
                self._keyed_event(b, subject, found)
        # "(m. 1714; died 1741)" on the page of someone who died in 1741 may be their own death
        own_deaths = {s.date.year for s in self.facts.statements
                      if s.predicate == "death" and s.subject == self.topic and isinstance(s.date, DateValue)}
        self.facts.statements.extend(s for s in spouse_deaths if s.date.year not in own_deaths)
        self._marriage_partners(spouses)
        self._stages()
        if part_of is not None and own_date is not None:
            self._part_of(part_of, *own_date)
        self._named_breakdowns()
        self._deaths_in_battle(spans_by_subject)
        self._signatory_acts(fields)
        for d in durations:
            rng = spans_by_subject.get(d.subject or "")
            if rng is not None:
                d.start, d.end = rng.start, rng.end
                self.facts.durations.append(d)

    # ------------------------------------------------------------ helpers

    def _part_of(self, b: Block, dated: Block, f: FoundDate) -> None:
        """"war: [[War of the Quillmoor]]" with "date: 1208" on the battle's page: the battle is an event of that
        war (a `during` statement, as prose's "the last fight of the War of the Quillmoor"), dated by the page's
        own date; checks/within_span.py holds it to the war's dates wherever they are stated."""
        name = clean_name(b.text.strip().strip("[]").split("|")[-1].strip("[] "))[0]
        if not name or not name[:1].isupper() or "[" in name or name == self.topic:
            return
        self.facts.statements.append(Statement(
            subject=self.topic, predicate="during", object=name, date=f.value, span=self.span(dated),
            date_span=self.span(dated, f.start, f.end), origin=self.origin, text=f"{self.topic}, part of {name}"))

    def _named_subject(self, b: Block, names_by_key: dict[str, str]) -> tuple[str, str] | None:
        """"war_start: 1801-04-02" beside "war: Reed War": (role, subject) of a date field that dates
        what another field of the page names (fields.yaml subject_field_suffixes)."""
        key = b.key or ""
        if b.attrs.get("record") or "." in key or "_" not in key:
            return None
        for suffix in _subject_suffixes():
            if key.endswith("_" + suffix) and (name := names_by_key.get(key[:-len(suffix) - 1])):
                role = _roles().get(suffix)
                if role and name[:1].isupper() and name != self.topic:
                    return role, name
        return None

    def _friend_or_foe(self, b: Block, role: str, war: str | None) -> None:
        """"allies: [A]" / "opponents: [B]" on a faction's page: A fights on the page's side of the war
        the page names, B on the other; the page's subject names its own side."""
        conflict = war
        if not conflict or not self.topic:
            return  # friends and foes in no named war: no sides to be on
        if not self._friends_read:
            self._friends_read = True
            self.facts.side_names.append(SideName(conflict, "1", self.topic, self.span(b)))
        self._member(b, conflict, "1" if role == "allies" else "2", "belligerent")

    def _named_period(self, b: Block) -> bool:
        """"Tamsa Vorn (1640–1646)" in a field: the first and last year of what the name names (its office,
        its war), for a span stated of it ("her captaincy had lasted six years"); read by nothing else, since
        whether the years are a life, a term or a war the field does not say."""
        if "(" not in b.text:
            return False
        m = _NAMED_PERIOD.fullmatch(b.text)
        if m is None:
            return False
        at = m.start("range")
        f = bare_year_range(b.text, at, m.end("range"))
        if f is None:
            found = [x for x in find_dates(m.group("range"), DateContext())
                     if x.start == 0 and x.end == len(m.group("range").rstrip())]
            if len(found) != 1:
                return False
            f = found[0]
            f = FoundDate(at + f.start, at + f.end, f.text, f.value, f.year_from_context,
                          tuple(FoundDate(at + p.start, at + p.end, p.text, p.value, p.year_from_context)
                                for p in f.parts))
        rng = f.value
        if not isinstance(rng, DateRange) or rng.start is None or rng.end is None or len(f.parts) != 2:
            return False
        name, n = clean_name(m.group("name"))
        if not name:
            return False
        self.facts.entities.append(Entity(name, None, [], self.span(b, 0, n), self.origin))
        # under an office's key ("Director: Anton Weyl (1881-1902)") the years are the holder's term of it
        office = office_of_key(b.key) if b.key and "." not in b.key and not b.attrs.get("record") else None
        for predicate, part in zip(("term_start", "term_end") if office else ("period_start", "period_end"), f.parts):
            self.facts.statements.append(Statement(
                subject=name, predicate=predicate, object=office, date=part.value, span=self.span(b, 0, len(b.text)),
                date_span=self.span(b, part.start, part.end), origin=self.origin, text=part.text))
        if self.topic and b.key and _INDEX.sub("", b.key).split(".")[-1].replace("_", " ") in _allegiance_keys():
            # "allegiance = Tessarine Republic (1919–1932)": the page's subject served that party those years
            self.facts.statements.append(Statement(
                subject=self.topic, predicate="allegiance", object=name, date=rng, span=self.span(b, 0, len(b.text)),
                date_span=self.span(b, f.start, f.end), origin=self.origin, text=f.text))
        if office:  # the title the holder's acts may be written under ("Director Weyl opened")
            self.facts.statements.append(Statement(
                subject=name, predicate="office_title", object=office, date=None, span=self.span(b, 0, n),
                origin=self.origin, text=office))
        return True

    def _dated(self, b: Block, role: str, subject: str, found: list[FoundDate],
               spans_by_subject: dict[str, DateRange]) -> None:
        """A span field (start and end) or a point field (one date) about `subject`."""
        rng = self._dates_as_range(b, found)
        if role in SPAN_PREDICATES:
            first, last = SPAN_PREDICATES[role]
            if rng is not None:
                spans_by_subject.setdefault(subject, rng[0])
                self._stated(b, subject, first, rng[1], rng[2])
                self._stated(b, subject, last, rng[3], rng[4])
            return
        for f in found[:1]:  # a point field states one date; the rest is commentary
            for part in (f.parts or (f,)):
                if isinstance(part.value, DateRange):
                    continue
                self._stated(b, subject, role, part.value, part)
                if role == "start":
                    spans_by_subject.setdefault(subject, DateRange(part.value, None))
                elif role == "end" and (opened := spans_by_subject.get(subject)) is not None and opened.end is None:
                    # "start: 1710-11-02" and "end: 1711-03-20" as two point fields: one span, which a "Duration::"
                    # field measures
                    spans_by_subject[subject] = DateRange(opened.start, part.value)

    def _dates_as_range(self, b: Block, found: list[FoundDate]):
        """(range, start value, start FoundDate, end value, end FoundDate) from a span field."""
        main = [f for f in found if not _in_parentheses(b.text, f.start)]
        for f in main:
            if isinstance(f.value, DateRange) and f.value.start and f.value.end:
                s, e = (f.parts + (f, f))[:2] if f.parts else (f, f)
                return f.value, f.value.start, s, f.value.end, e
        points = [f for f in main if isinstance(f.value, DateValue)]
        if len(points) >= 2:
            return DateRange(points[0].value, points[-1].value), points[0].value, points[0], points[-1].value, points[-1]
        if len(points) == 1:
            return DateRange(points[0].value, None), points[0].value, points[0], None, None
        return None

    def _stated(self, b: Block, subject: str, predicate: str, value, f: FoundDate | None) -> None:
        if value is None or f is None:
            return
        joined = None
        if predicate == "join":
            # a record of the page's member list joined the page's subject; a page's own "joined" says not what
            if not b.attrs.get("record") or subject == self.topic or not self.topic:
                return
            joined = self.topic
        record = b.attrs.get("record")
        office = self._record_offices.get(record) if predicate in ("term_start", "term_end") and record else None
        statement = Statement(
            subject=subject, predicate=predicate, object=joined or office, date=value,
            span=self.span(b), date_span=self.span(b, f.start, f.end), origin=self.origin,
            text=b.text[f.start:f.end], row=f"{(b.key or '').partition('.')[0]}:{record}" if office else None)
        self.facts.statements.append(statement)
        if predicate in ("start", "end") and b.key and not record:
            self._stage_fields.append((statement, b.key))
        if predicate == "marriage":
            self._marriages.append((statement, b.attrs.get("record")))

    def _ratifiers(self, b: Block, act: str = "ratified") -> bool:
        """ "ratifiers = Chamber of Deputies (20 November 1912)<br>...": each body ratified (a party's act on the
        instrument, as the prose's "the Chamber ratified the treaty on D" is) on the day in its brackets.
        Likewise "signatories = Arvel (28 December 1671)<br>Corse (3 January 1672)" (act "signed"): each party
        signed the page's instrument on its own day, as the prose's "Corse signed on D" tells."""
        read = False
        for f in self.dates(b):
            if not isinstance(f.value, DateValue) or f.value.day is None:
                continue
            line_start = max(b.text.rfind(sep, 0, f.start) for sep in ("\n", ">", ";", ")")) + 1
            m = _RATIFIER.fullmatch(b.text, line_start, f.start)
            if m is None or b.text[f.end:f.end + 1] != ")":
                continue
            name = m.group("name").strip()
            self.facts.statements.append(Statement(
                subject=name, predicate="sign", object=self.topic, date=f.value,
                span=self.span(b, m.start("name"), m.start("name") + len(name)),
                date_span=self.span(b, f.start, f.end), origin=self.origin, text=f"{act} {b.text[f.start:f.end]}"))
            read = True
        return read

    def _stages(self) -> None:
        """"start: 1864" beside "opened: 3 May 1869" in one field list: a generic key of a beginning or an end
        beside a key that names the moment dates another stage of it (the work begun, then the opening), so
        it is kept as that field's own event ("field:start"), never the subject's start."""
        generic = vocabulary.word_set("fields", "generic_stage_keys")
        by_role: dict[tuple, list[tuple[Statement, str]]] = defaultdict(list)
        for statement, key in self._stage_fields:
            by_role[(statement.subject, statement.predicate)].append((statement, key))
        for stated in by_role.values():
            named = [s for s, key in stated if key.lower() not in generic]
            for statement, key in stated:
                if key.lower() in generic and any(not overlaps(s.date, statement.date) for s in named):
                    statement.predicate = f"field:{key.lower()}"

    def _marriage_partners(self, spouses: dict[str | None, list[str]]) -> None:
        """"spouse: Mira Callow / married: 1804-09-18" in one record is the marriage to that spouse: the
        prose says "wed Mira Callow on D", and the two meet only with the same partner."""
        for statement, record in self._marriages:
            names = [n for n in spouses.get(record, ()) if n[:1].isupper()]
            if statement.object is None and len(names) == 1:
                statement.object = names[0]

    def _spouse_death(self, b: Block, found: list[FoundDate]) -> list[Statement]:
        """"Sjoke Zoort (m. 1714; died 1741)": the spouse's death, the date after a death word."""
        name, _ = clean_name(b.text)
        m = _SPOUSE_END.search(b.text)
        if not name or not m or m.group(1).lower() not in vocabulary.word_set("fields", "spouse_death_words"):
            return []
        f = next((f for f in found if f.start >= m.end(1) and isinstance(f.value, DateValue)), None)
        if f is None or f.start - m.end(1) > 2:
            return []
        return [Statement(subject=name, predicate="death", object=None, date=f.value, span=self.span(b),
                          date_span=self.span(b, f.start, f.end), origin=self.origin,
                          text=b.text[m.start(1):f.end])]

    def _spouse_marriage(self, b: Block, subject: str, found: list[FoundDate]) -> None:
        """"Yolda Tolk (m. 1804)": the subject's marriage to that spouse, dated by the "m." date. A line
        listing several ("Ama Rell (m. 1875), Oda Wick (m. 1893)") is one marriage per spouse, each
        with its own date: a second marriage is not the first one dated twice."""
        for name, m in [(clean_name(b.text)[0], _SPOUSE_MARRIED.search(b.text)), *_later_spouses(b.text)]:
            if m is None or not name[:1].isupper():
                continue
            f = next((f for f in found if f.start == m.end() and isinstance(f.value, DateValue)), None)
            if f is not None:
                self._stated(b, subject, "marriage", f.value, f)
                self._marriages[-1][0].object = name

    def _keyed_event(self, b: Block, subject: str, found: list[FoundDate]) -> None:
        """"launched: 1702-04-11", "First sitting: 6 June 1640": a field of no known role whose value is a
        date dates an event of its subject that the key's words name. Kept as predicate "field:<key>" (a
        range as "field:<key>:start" and ":end"), for the prose that restates it (extract/field_events.py)."""
        path, _, key = _INDEX.sub("", b.key or "").rpartition(".")
        if not key or not keyed_event_words(key):
            return
        if _count_parents().intersection(re.split(r"[._\s]+", path.casefold())):
            return  # "casualties: {republic: {killed: 2310}}": a count of the side's dead, no date of a killing
        main = [f for f in found if not _in_parentheses(b.text, f.start)]
        if ordered_stage(key) in vocabulary.word_set("fields", "stage_value_keys"):
            # "Fate: Scrapped 1820", "Ship fate = Wrecked off Holm Point, 3 March 1830": the value tells its act
            # in words before its first date, which dates the stage
            f = next((f for f in main if isinstance(f.value, DateValue) and not f.year_from_context), None)
            if f is not None:
                self._stated(b, subject, f"field:{key}", f.value, f)
            return
        if not main or b.text[:main[0].start].strip(" *'_[]:"):
            return  # the value must open with its date ("Place: X (from May 1702: ...)" dates no event)
        f = main[0]
        rest = b.text[f.end:].strip()
        if f.year_from_context or rest and rest[0] not in "(,;<[":
            return  # "result: spring action: ..." names no date of its own
        ends = (vocabulary.load("fields").get("field_events") or {}).get("range_end_key_words") or {}
        last = key.rpartition("_")[2]
        if "_" in key and last in ends and isinstance(f.value, DateValue):
            self._stated(b, subject, f"field:{key.rpartition('_')[0]}:{ends[last]}", f.value, f)
            return
        if isinstance(f.value, DateRange):
            if f.value.start is None or f.value.end is None or len(f.parts) != 2:
                return
            for end, part in zip(("start", "end"), f.parts):
                self._stated(b, subject, f"field:{key}:{end}", part.value, part)
        else:
            self._stated(b, subject, f"field:{key}", f.value, f)

    def _person_named(self, b: Block) -> None:
        """A spouse named in a field is a spelling of that person's name the prose may drift from."""
        name = re.split(r"\s*[(\[]", b.text, maxsplit=1)[0].strip(" ,;:")
        if name[:1].isupper() and len(name.split()) <= 6:
            self.facts.names.append(NameMention(name, self.span(b, 0, len(name)), self.origin))

    def _alias(self, b: Block, subject: str) -> None:
        name, n = clean_name(b.text)
        if name and subject:
            self.facts.entities.append(Entity(subject, None, [name], self.span(b, 0, n), self.origin))

    def _labelled_parties(self, fields) -> dict[int, str]:
        """"| parties = '''Orlemont and adherents:'''<br>[[Duchy of Orlemont]]<br>[[Morvane]] '''Vaudry and
        adherents:'''<br>[[Duchy of Vaudry]] ...": a treaty's parties under two heads, each a side named after its
        first party ("<X> and adherents/allies", "<X>'s side"): the parties below a head are that side's, numbered
        in order (a head itself is no party: ""). Other heads ("Original signatories:", "Acceded:") are no sides:
        {} then, and the field is read as before."""
        items = [f for f in fields if f.key in _party_list_keys() and not f.attrs.get("record") and self.topic]
        if len(items) >= 2 and all(_PARTY_LINE_HEAD.match(f.text) for f in items):
            return self._party_lines(items)
        heads = [k for k, f in enumerate(items) if f.text.rstrip().endswith(":")]
        if len(heads) != 2 or heads[0] != 0 or heads[1] in (1, len(items) - 1):
            return {}
        out: dict[int, str] = {}
        for side, (a, e) in enumerate(((heads[0], heads[1]), (heads[1], len(items))), start=1):
            head = _SIDE_HEAD.fullmatch(items[a].text.strip())
            first = clean_name(items[a + 1].text)[0]
            if head is None or not (first == head.group(1) or first.endswith(" of " + head.group(1))):
                return {}
            out[id(items[a])] = ""
            self.facts.side_names.append(SideName(self.topic, str(side), first, self.span(items[a + 1])))
            for f in items[a + 1:e]:
                out[id(f)] = str(side)
        return out

    def _party_lines(self, items: list[Block]) -> dict[int, str]:
        """"| parties = * [[Oakenvale League]]: Port Vellarde, Thornmead<br>* [[Pemmel Confederacy]]: Ashcomb, Wyndle":
        each line one side, named by its head, its parties listed after the colon (a party on two lines is on both
        sides). Their role is "party": who put their names to the instrument, set against each other's lists, not
        belligerents whose later change of side the prose may tell. {id(line): ""}: the lines are read here."""
        for side, f in enumerate(items, start=1):
            head = _PARTY_LINE_HEAD.match(f.text)
            self.facts.side_names.append(SideName(self.topic, str(side), head.group("side").strip(),
                                                  self.span(f, head.start("side"), head.end("side"))))
            for piece in re.finditer(r"[^,;]+", f.text[head.end():]):
                a = head.end() + piece.start() + len(piece.group()) - len(re.sub(r"^\s*(?:and\s+)?", "", piece.group()))
                e = head.end() + piece.end()
                if f.text[a:e].strip()[:1].isupper():
                    self._member(sub_block(f, a, e), self.topic, str(side), "party")
        return {id(f): "" for f in items}

    def _party_line(self, b: Block, fields, subject: str) -> bool:
        """"| negotiators = [[A]], [[B]] (Chamber)<br>[[C]], [[D]] (Council)" beside "| parties = [[Chamber of
        Deputies]]<br>[[Council of ...]]": a line closed by the bracketed name of one of the page's parties lists
        that party's people, as a side's commanders are listed (the party's line of "parties" numbers the side)."""
        label = _PARTY_LABEL.search(b.text)
        if label is None or label.start() == 0:
            return False
        words = set(label.group(1).casefold().split())
        parties = [(f, clean_name(f.text)[0]) for f in fields if f.key in _party_list_keys() and not f.attrs.get("record")]
        if len(parties) < 2:
            return False
        hits = [(i, f, name) for i, (f, name) in enumerate(parties, start=1) if words <= set(name.casefold().split())]
        if len(hits) != 1:
            return False
        side, party_field, name = hits[0]
        if not any(n.side == str(side) and n.conflict == subject for n in self.facts.side_names):
            self.facts.side_names.append(SideName(subject, str(side), name, self.span(party_field)))
        people = sub_block(b, 0, label.start())
        pieces = [] if "links" in b.attrs or "targets" in b.attrs else [
            (m.start() + len(m.group()) - len(m.group().lstrip()), m.end()) for m in re.finditer(r"[^,]+", people.text)]
        if len(pieces) >= 2 and all(people.text[a:a + 1].isupper() for a, _ in pieces):
            for a, e in pieces:  # "Tobias Venn, Maud Ashcombe (Orm)" written without links
                self._member(sub_block(people, a, e), subject, str(side), "commander")
        else:
            self._member(people, subject, str(side), "commander")
        return True

    def _member(self, b: Block, conflict: str, side: str, role: str) -> None:
        if ("links" in b.attrs or "targets" in b.attrs) and "," in b.text and (pieces := link_list_pieces(b)):
            for piece in pieces:  # "Side B:: [[X]], [[Y]] (from 2292)": one party a link
                self._member(piece, conflict, side, role)
            return
        if _BARE_PERIOD.fullmatch(b.text):
            self._period_below(b, conflict)
            return
        name, n = clean_name(b.text)
        if not name or b.text.rstrip().endswith(":") or name.casefold() in _PLACEHOLDERS:
            return  # "Army:" heads a list; "Unknown" names nobody
        if role == "unit":  # "LRS Harrier Dirge", "HVS Harrier Dirge": one ship, each side's prefix before her name
            name = _SHIP_PREFIX.sub("", name)
        if role == "commander" and (styled := _APPOSITIVE_STYLE.search(name)):
            name, n = name[:styled.start()], styled.start()  # "Oswy Tarrant, Earl of Quenby": the person
        period, _ = period_of(b.text, None)
        if period is None and (bracket := _BARE_PERIOD.search(b.text)):
            period = self._period_in_war_year(bracket.group().strip(), conflict)
        death = self._death_noted(b, name)
        if death is not None:  # "(killed 8 September 1486)": on the side until then, not only that day
            period = DateRange(None, death)
        self.facts.memberships.append(Membership(
            entity=name, side=side, period=period, span=self.span(b, 0, len(b.text)),
            origin=self.origin, role=role, conflict=conflict))
        self._last_member[b.key] = self.facts.memberships[-1]
        if role == "belligerent" and (members := _BRACKETED_MEMBERS.search(b.text, n)):
            # "Wennick Confederacy (Orra, Besk, Tamin)": the bracket names the listed body's members, on its side
            # (role "member": set against the side lists, not against what the prose tells them joining, which
            # may be in another war of the body's)
            at = members.start("names")
            for piece in re.finditer(r"[^,]+", members.group("names")):
                a = at + piece.start() + len(piece.group()) - len(re.sub(r"^\s*(?:and\s+)?", "", piece.group()))
                self.facts.memberships.append(Membership(
                    entity=b.text[a:at + piece.end()].strip(), side=side, period=period,
                    span=self.span(b, a, at + piece.end()), origin=self.origin, role="member", conflict=conflict))
        kind = "person" if role == "commander" else None
        self.facts.entities.append(Entity(name, kind, [], self.span(b, 0, n), self.origin))
        if role == "commander" and death is None and _killed_in_action(b):
            self._fallen.append((name, conflict, b))  # dated by the battle's own dates once all fields are read
        elif "†" in b.text:
            self.facts.statements.append(Statement(
                subject=name, predicate="death", object=None, date=None, span=self.span(b),
                date_span=None, origin=self.origin, text="†"))

    def _signatory_acts(self, fields) -> None:
        """"| signatories = Queen [[Adelheid]] (for [[Thibault IV]])<br />[[A]] and [[B]]" beside "| date_signed =
        9 October 1446": each person named before a bracket signs on that day (an act, which a death before it
        contradicts). A line with a date of its own ("X (acceded 1925)") signed another day."""
        keys = _signatory_keys()
        if not keys or not self.topic:
            return
        signing = next((s for s in self.facts.statements if s.predicate == "sign" and s.subject == self.topic
                        and s.origin is self.origin and isinstance(s.date, DateValue) and s.date.day is not None), None)
        if signing is None:
            return
        for b in fields:
            if b.attrs.get("record") or _INDEX.sub("", b.key or "") not in keys or re.search(r"\d", b.text):
                continue
            head = b.text.split("(", 1)[0]
            for m in re.finditer(r"[^,;]+?(?=\s+and\s+|\s*[,;]|\s*$)", head):
                piece = m.group().strip()
                if piece.startswith("and "):
                    piece = piece[4:]
                name, _ = clean_name(piece)
                if not name or not name[:1].isupper():
                    continue
                at = b.text.find(piece, m.start())
                self.facts.statements.append(Statement(
                    subject=name, predicate="act", object=self.topic, date=signing.date,
                    span=self.span(b, at, at + len(piece)), date_span=signing.date_span, origin=self.origin,
                    text=f"signatory of the {self.topic}"))

    def _deaths_in_battle(self, spans: dict[str, DateRange]) -> None:
        """A commander marked killed in action ({{KIA}}, "(killed in action)", "(KIA)") died within the battle's
        own dates: dead by its last day. Undated when the infobox does not date a battle of a few weeks at
        most: somewhere in a five-years war bounds little, and exposes every misread act of the war years."""
        for name, conflict, b in self._fallen:
            rng = spans.get(conflict)
            when = rng if rng is not None and rng.start is not None and rng.end is not None and \
                rng.interval()[1] - rng.interval()[0] <= _BATTLE_DAYS else None
            self.facts.statements.append(Statement(
                subject=name, predicate="death", object=None, date=when, span=self.span(b),
                date_span=None, origin=self.origin, text=KILLED_IN_ACTION))

    def _death_noted(self, b: Block, name: str) -> DateValue | None:
        """"Kestrin Brannick (killed 3 May 1712)": a listed person's death, dated in the brackets."""
        m = _DEATH_NOTE.search(b.text)
        if m is None or m.group(1).casefold() not in vocabulary.word_set("fields", "member_death_words"):
            return None
        found = [f for f in find_dates(m.group(2), self.ctx) if isinstance(f.value, DateValue)]
        if len(found) != 1 or m.group(2)[:found[0].start].strip():
            return None
        f, at = found[0], m.start(2)
        self.facts.statements.append(Statement(
            subject=name, predicate="death", object=None, date=f.value, span=self.span(b),
            date_span=self.span(b, at + f.start, at + f.end), origin=self.origin,
            text=b.text[m.start(1):at + f.end]))
        return f.value

    def _side_record_field(self, b: Block, conflict: str) -> None:
        """A field of one side's record in a front-matter side list: its name, members or commanders."""
        side = b.attrs.get("side_index")
        last = _INDEX.sub("", b.key or "").rsplit(".", 1)[-1]
        what = _side_record_keys().get(last)
        if not side or what is None:
            return  # a side's strength or notes: not who is on it
        if what == "name":
            self.facts.side_names.append(SideName(conflict, side, b.text.strip(), self.span(b)))
        else:
            self._member(b, conflict, side, what)

    def _period_in_war_year(self, bracket: str, conflict: str) -> DateRange | None:
        """"Quorn (until 19 September)": a period without its year is in the year of the conflict's own
        dates (read before the side lists), so a switch dated to the day is not an undated double listing."""
        span = self._spans.get(conflict)
        if span is None or span.start is None:
            return None
        ctx = DateContext(year=span.start.astronomical_year)
        if span.end is not None:
            ctx.saw(span.end, span.start)
        period, _ = period_of(bracket, None, bracket_ctx=ctx)
        return period

    def _period_below(self, b: Block, conflict: str) -> None:
        """"Kingdom of Romania<br><small>(23–29 August)</small>": a period on its own line is the
        participation of the member above it, in the year of the conflict's own dates."""
        above = self._last_member.get(b.key)
        span = self._spans.get(conflict)
        if above is None or above.period is not None or span is None or span.start is None:
            return
        ctx = DateContext(year=span.start.astronomical_year)
        if span.end is not None:
            ctx.saw(span.end, span.start)  # "(3–9 January)" of a December–February war is in its second year
        found = find_dates(b.text.strip()[1:-1], ctx)
        if len(found) == 1 and isinstance(found[0].value, DateRange):
            above.period = found[0].value

    def _figure(self, b: Block, role: str, subject: str) -> None:
        measure = role.rstrip("0123456789")
        group = role[len(measure):] or b.attrs.get("side", "")
        text = b.text
        fig = parse_figure(text)
        if not fig:
            return
        value, qual, s, e = fig
        year = _FIGURE_YEAR.match(text[e:])
        keyed = _YEAR_SUFFIX.fullmatch((b.key or "").rpartition(".")[2])
        year = year.group(1) if year else self._figure_years.get((b.attrs.get("record"), b.key)) \
            or b.attrs.get("year") or (keyed.group(2) if keyed else None)
        when = DateValue(int(year)) if year else None
        numbered = _NUMBERED.fullmatch(b.key or "")
        if when is None and numbered and numbered.group(1) in _numbered_fields():
            return  # "stat_pop2" without its "stat_year2": one of several figures, of no known year
        # the label: a label line ("Military dead:"), the key under the field, or the words after the figure
        label = b.attrs.get("label") or ""
        if not label and b.key and "." in b.key:
            label = _INDEX.sub("", b.key).rsplit(".", 1)[-1]
            if "(" not in text:  # "strength: {Valdora: 2100000, ..., total: 3750000}": a named list
                self._named_figures.append((_capitalised(label), b, role, subject, _capitalised(label), when))
                return
        # "France: 21,500" and nothing after the figure: "Front: 3,600 dead and 12,100 wounded" or
        # "Total: 25,000–39,000 killed" name more than one number
        named = not label and not _AFTER_NAMED_FIGURE.sub("", text[e:]) and _NAMED_FIGURE.fullmatch(text, 0, s)
        if not label and not re.search(r"[;(]", text):
            label = text[e:].strip(" .,:")
        label = _capitalised(label)
        if named:  # "United Kingdom: 38,000", "Total: 84,900"; kept apart until _named_breakdowns
            self._named_figures.append((named.group(1), b, role, subject, label or measure, when))
            return
        is_total = bool(re.search(r"\btotal\b", label, re.I))
        field = (b.key, b.attrs.get("record"))
        stripped = text.strip()
        if stripped.startswith("(") and stripped.endswith(")"):
            # "2,310 killed<br>(1,640 at sea; 590 on land)": a line of its own that breaks down the figure above
            above = self._last_figure[2] if self._last_figure and self._last_figure[:2] == field else None
            self._last_figure = None
            parts = self._breakdown(b, text, measure, label, above.group if above else group, subject, above)
            if above is not None and parts:
                above.role, above.group = "total", parts[0].group
                self.facts.quantities.extend(parts)
            return
        # "4,812 (revolutionaries 2,904; royalists 1,608; civilians 410)": a total and its parts
        parts = self._breakdown(b, text, measure, label, group, subject, None, value)
        role = "total" if is_total or parts else "part"
        if not parts and text.count("(", 0, s) > text.count(")", 0, s):
            role = "detail"  # "Flag (c. 7,000 killed)": a detail of a figure not given, not a part of the sum
        q = Quantity(
            measure=measure, label=label or measure, value=value, qualifier=qual,
            span=self.span(b, s, e), origin=self.origin,
            group=parts[0].group if parts else group,
            role=role, subject=subject, when=when)
        self.facts.quantities.append(q)
        self.facts.quantities.extend(parts)
        self._last_figure = (*field, q) if role == "part" else None

    def _count(self, b: Block, role: str, subject: str) -> None:
        """"membership = 8 member states (1966)", "seats = 120": a body's count, compared with what the
        prose says it had (prose measures member_states, members, seats, chosen by the counted noun)."""
        fig = parse_figure(b.text)
        if fig is None or b.text[:fig[2]].strip():
            return  # a list of members, or a figure that is not the field's value
        value, qual, s, e = fig
        after = b.text[e:e + 40].casefold()
        if role == "seats" or "seat" in after:
            measure = "seats"
        elif re.match(r"\s*(?:member\s+)?(?:states|nations|countries|governments)\b", after):
            measure = "member_states"
        else:
            measure = "members"
        # undated even with "(1966)": the prose rarely dates the count it gives ("at its height it had nine")
        self.facts.quantities.append(Quantity(
            measure=measure, label=measure, value=value, qualifier=qual, span=self.span(b, s, e),
            origin=self.origin, subject=subject))

    def _named_count(self, b: Block, subject: str) -> None:
        """"Stables:: 140 horses": a field of no known meaning whose whole value is a count of
        something. The prose may give the same count by the field's name ("its stables of
        410 horses"), so it is kept as measure "field:<name>" labelled by the counted noun."""
        m = _NAMED_COUNT.fullmatch(b.text.strip())
        if m is None or "." in (b.key or "") or not b.key:
            return
        fig = parse_figure(m.group("num"))
        if fig is None or fig[1] is not None:
            return
        noun = m.group("noun").casefold()
        if noun in _not_counted():
            return
        at = b.text.find(m.group("num"))
        self.facts.quantities.append(Quantity(
            measure=f"field:{b.key}", label=noun, value=fig[0], qualifier=None,
            span=self.span(b, at, at + len(m.group("num"))), origin=self.origin, subject=subject))

    def _breakdown(self, b: Block, text: str, measure: str, label: str, group: str, subject: str,
                   above: Quantity | None, value: float | None = None) -> list[Quantity]:
        """The parts a parenthesised "(a; b; c)" list gives of a figure (the one before it in the block,
        or `above`, the figure of the field's previous line). Labels are the words before or after each
        part's figure; a partial list ("including ...") or a sum far from the total is no breakdown."""
        inner = re.search(r"\(([^()]*;[^()]*)\)", text)
        pieces = r"[^;]+"
        if not inner:  # "(2,960 at sea, 1,150 in the forts)": commas part figures when each piece has one
            inner = re.search(r"\(([^()]*\d,?\s[^()]*)\)", text)
            pieces = r"(?:[^,]|,(?=\d{3}\b))+?(?=,\s+(?:and\s+)?|\s+and\s+|$)"
        if not inner or _PARTIAL_LIST.match(inner.group(1)):
            return []
        total = above.value if above is not None else value
        base = inner.start(1)
        found = []
        for piece in re.finditer(pieces, inner.group(1)):
            if pieces != r"[^;]+" and not piece.group().lstrip()[:1].isdigit():
                return []  # "(2,960 at sea, and others)", "(only 50 modern, Bf 109, Ju 88)": not a list of figures
            pf = parse_figure(piece.group())
            if pf:
                pv, pq, ps, pe = pf
                at = base + piece.start()
                name = piece.group()[:ps].strip(" :,") or piece.group()[pe:].strip(" :,.")
                found.append((name, pv, pq, at + ps, at + pe))
        if len(found) < 2 or not total:
            return []
        summed = sum(f[1] for f in found)
        if any(f[1] > total for f in found) or not total / 1.5 <= summed <= total * 1.5:
            return []
        where = self.span(b, base)
        sub = f"{group}:{label}:{where.line}" if above is not None else f"{group}:{label}"
        return [Quantity(measure=measure, label=_capitalised(name) or label, value=pv, qualifier=pq,
                         span=self.span(b, ps, pe), origin=self.origin, group=sub, role="part",
                         subject=subject, breakdown=True)
                for name, pv, pq, ps, pe in found]

    def _named_breakdowns(self) -> None:
        """"* United Kingdom: 38,000 … * Total: 84,900" under one field: the list names its own parts and
        total, so it is a breakdown whatever the parts are called (measure `listed`). Named figures
        without such a total are read like any other figure of their field."""
        fields: dict[tuple, list[tuple]] = {}
        for named in self._named_figures:
            _, b, role, subject, _, _ = named
            fields.setdefault((b.attrs.get("record"), role, subject), []).append(named)
        for named in fields.values():
            totals = [n for n in named if _TOTAL_WORD.search(n[0])]
            breakdown = len(totals) == 1 and len(named) >= 3
            if breakdown and "." in (totals[0][1].key or "") and not _TOTAL_WORD.fullmatch(totals[0][0].strip()):
                breakdown = False  # "{military dead: .., total dead: ..}" labels its figures; a bare "total" names parts
            for name, b, role, subject, plain_label, when in named:
                value, qual, s, e = parse_figure(b.text)
                measure = role.rstrip("0123456789")
                group = role[len(measure):] or b.attrs.get("side", "")
                if breakdown:  # one list per field: "strength" and "casualties" lists are summed apart
                    label, measure, group = _capitalised(name), "listed", f"{role}:{group}"
                    role_in_sum = "total" if totals[0][1] is b else "part"
                else:
                    # "612 killed<br>1,480 wounded<br>Total: 2,217": a line named a total that closes its field's
                    # figures is their total (one that opens them heads a list of other sources' figures)
                    where = self.span(b, s, e)
                    # ("Total dead: 13,600" names its total by its first word, as "Total: 13,600" does)
                    total = _TOTAL_WORD.search(plain_label) or _TOTAL_NAME.fullmatch(name.strip()) and not any(
                        (q.span.line, q.span.column) > (where.line, where.column) and q.measure == measure
                        and q.group == group and q.subject == subject for q in self.facts.quantities)
                    label, role_in_sum = plain_label, "total" if total else "part"
                self.facts.quantities.append(Quantity(
                    measure=measure, label=label, value=value, qualifier=qual, span=self.span(b, s, e),
                    origin=self.origin, group=group, role=role_in_sum, subject=subject, when=when))


# "(killed in action)", "(KIA)", "(k.i.a.)" after a listed commander: no date of its own
_KIA_NOTE = re.compile(r"\(\s*(?:killed\s+in\s+action|k\.?\s?i\.?\s?a\.?)\s*\)", re.IGNORECASE)


_BATTLE_DAYS = 62
# the words of a death read from a killed-in-action mark (checks/lifespan.py keeps it to the battle's page)
KILLED_IN_ACTION = "killed in action"


def _killed_in_action(b: Block) -> bool:
    return "KIA" in (b.attrs.get("marks") or "").split(",") or bool(_KIA_NOTE.search(b.text))


_DEATH_NOTE = re.compile(r"\(\s*([A-Za-z]+\.?)(?:\s+(?:in\s+action|on|in|at))?\s+([^()]*\d[^()]*)\)")




@lru_cache(maxsize=1)
def _subject_suffixes() -> tuple[str, ...]:
    return tuple(sorted((str(w) for w in vocabulary.load("fields").get("subject_field_suffixes") or ()),
                        key=len, reverse=True))


@lru_cache(maxsize=1)
def _kind_keys(kind: str) -> frozenset[str]:
    """Field names that name a page's war ("war", "conflict"): the `kinds` words that are one word."""
    return frozenset(w for w in (vocabulary.load("fields").get("kinds") or {}).get(kind, ()) if " " not in w)


_MINOR_WORDS = frozenset({"of", "the", "and", "de", "la", "le", "von", "van", "der", "du", "da", "di", "y", "&"})


def _names_someone(heading: str) -> bool:
    """"Maud II (1702–1731)", "Ann and Wen": a name; "Key dates", "Later life": a topic."""
    words = re.sub(r"\([^()]*\)", "", heading).split()
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _MINOR_WORDS for w in words)


_SPOUSE_MARRIED = re.compile(r"\(\s*m\.\s*")
_LIST_JOINER = re.compile(r"^[\s,;]*(?:and\s+)?")  # ", and " before the next spouse of a list


def _later_spouses(text: str) -> list[tuple[str, re.Match]]:
    """The second and later entries of a spouse line listing several ("Ama Rell (m. 1875), Oda Wick (m. 1893)"):
    each name with its "(m." mark."""
    out = []
    marks = list(_SPOUSE_MARRIED.finditer(text))
    for before, m in zip(marks, marks[1:]):
        close = text.find(")", before.end())
        if close < 0 or close > m.start():
            break
        name, _ = clean_name(_LIST_JOINER.sub("", text[close + 1:m.start()]))
        out.append((name, m))
    return out
_SPOUSE_END = re.compile(r"\(\s*m\.[^();]*;\s*([A-Za-z]+\.?)")


def _template_role(b: Block) -> str | None:
    """A field whose meaning depends on its template: a former country's year_end is when it ceased
    to exist, not the end of some span (fields.yaml template_roles)."""
    template = b.attrs.get("template")
    if not template:
        return None
    roles = (vocabulary.load("fields").get("template_roles") or {}).get(template)
    return roles.get(_INDEX.sub("", b.key or "")) if roles else None


def _partner_years(fields: list[Block]) -> dict[tuple, int]:
    """(template, record, date field) -> the year its year field gives ("date_end = 2 August" and
    "year_end = 1911"; fields.yaml date_year_fields)."""
    partners = vocabulary.load("fields").get("date_year_fields") or {}
    if not partners:
        return {}
    years = {}
    for b in fields:
        m = _YEAR.fullmatch(b.text.strip()) if b.key in partners.values() else None
        if m:
            years[(b.attrs.get("template"), b.attrs.get("record"), b.key)] = int(m.group(1))
    out = {}
    for date_key, year_key in partners.items():
        for (template, record, key), year in years.items():
            if key == year_key:
                out[(template, record, date_key)] = year
    return out


@lru_cache(maxsize=1)
def _side_record_keys() -> dict[str, str]:
    """Key in one side's record -> "name", "belligerent" or "commander" (fields.yaml side_record)."""
    out = {}
    for what, keys in (vocabulary.load("fields").get("side_record") or {}).items():
        for k in keys:
            out[str(k).lower()] = what
    return out




def _capitalised(label: str) -> str:
    label = label.replace("_", " ").strip()
    return label[:1].upper() + label[1:]


def _side_number(role: str | None, b: Block) -> str | None:
    if not role:
        return None
    m = _SIDE_KEY.match(role)
    if m:
        return m.group(1)
    if role == "sides":
        return b.attrs.get("side_index") or b.attrs.get("side") or None
    return None


def _in_parentheses(text: str, at: int) -> bool:
    return text.rfind("(", 0, at) > text.rfind(")", 0, at)
