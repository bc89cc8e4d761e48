"""Plain text: an encyclopedia page copied out as plain text (the seeds' format).

Layout: a heading line, then infobox lines one to a row (`Date … – …`, a duration
line, one flag line per belligerent with the sides not labelled, "X leaders" groups, casualty
label/value pairs), then prose where section headings, image names and
captions are short lines of their own. Each infobox line is classified, the
Lark grammar `plaintext_infobox.lark` gives the lines their structure, and
the body lines are classified as headings, captions or paragraphs.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..grammar import Token, Tree, token_parser
from ..model import Block, BlockKind, Document


_DURATION = re.compile(r"^\(\s*(?:about\s+)?\d[\d,]*\s+(?:years?|months?|weeks?|days?)\b[^)]*\)\s*$", re.I)
# the same span without its brackets, on a line of its own ("6 years, 2 months and 5 days")
_BARE_DURATION = re.compile(r"^(?:about\s+)?\d[\d,]*\s+(?:years?|months?|weeks?|days?)"
                            r"(?:,?\s+(?:and\s+)?\d[\d,]*\s+(?:years?|months?|weeks?|days?))*\s*$", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"')\]]?(?:\s+[A-Z\"(]|\s*$)")
_YEAR_RANGE_IN_FLAG = re.compile(r"\((?:[^()]*\d{4}[^()]*)\)|\(lozengy\)|\b\d{4}\s*[-–]\s*\d{4}\b|\bsvg\b")
_PERIOD = re.compile(r"\s*\((?:at war |from |until |since )?[^()]*\d{4}[^()]*\)\s*†?\s*$")


@lru_cache(maxsize=1)
def _vocab():
    data = vocabulary.load("plaintext_infobox")
    labels = sorted(data["labels"].items(), key=lambda kv: -len(kv[0]))
    sections = {name: set(words) for name, words in data["sections"].items()}
    flag_re = re.compile(
        "|".join([re.escape(p) for p in data["flag_prefixes"]] + [data["flag_image_pattern"]])
    )
    result_re = re.compile(r"\b(?:%s)\s*$" % "|".join(map(re.escape, data["result_words"])), re.I)
    hatnote = _hatnote_test(tuple(data["hatnotes"]), tuple(data["pointer_hatnotes"]), data["redirect_hatnotes"])
    return labels, sections, flag_re, tuple(data["leader_label_suffixes"]), hatnote, result_re


_POINTS_ELSEWHERE = re.compile(r"\bsee\b", re.I)
# a title line's closing bracket of years ("NATHANIEL OAKES PENHALLOW (1771-1843)"): the life, not the name
_TITLE_YEARS = re.compile(r"\s*\(\s*\d{3,4}\s*[-–]\s*\d{2,4}\s*\)$")
_TITLE_MAX = 200
_TITLE_SCAN = 200_000  # the body's own spelling of the title is looked for near the top only
_TITLE_MINOR = frozenset({"of", "the", "and", "in", "on", "at", "for", "a", "an", "to", "de", "von", "van"})
_ROMAN_WORD = re.compile(r"[IVXLC]+")


def page_title(line: str, text: str) -> str:
    """The name a plain-text page's title line gives its subject: without a closing bracket of years, and
    in the case the body writes it when the line is in capitals ("THE TALLOW RIOT" -> "The Tallow Riot"), so
    that the body's "Nathaniel Oakes Penhallow" and other pages' links name the page's subject."""
    if len(line) > _TITLE_MAX:
        return line  # a first line of a page's length is no title line
    title = _TITLE_YEARS.sub("", line) or line
    letters = [c for c in title if c.isalpha()]
    if sum(c.isupper() for c in letters) < 2 or any(c.islower() for c in letters):
        return title
    words = title.split()
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.I)
    written = next((m for m in pattern.finditer(text, 0, _TITLE_SCAN) if not m.group().isupper()), None)
    if written is not None:
        found = written.group().split()
        return " ".join([found[0][:1].upper() + found[0][1:], *found[1:]])
    return " ".join(w if _ROMAN_WORD.fullmatch(w) and i else
                    w.lower() if i and w.lower() in _TITLE_MINOR else w[:1] + w[1:].lower()
                    for i, w in enumerate(words))


def _hatnote_test(prefixes: tuple[str, ...], pointer_prefixes: tuple[str, ...], redirects: list[str]):
    """A line that is a note about the page, not its prose: "Main article: X", "For the river, see X",
    '"OHEC" redirects here.' (a pasted page's infobox follows it)."""
    redirect = re.compile(r"[^.]{1,80}?\s(?:%s)\." % vocabulary.alternation(redirects))

    def is_hatnote(line: str) -> bool:
        return line.startswith(prefixes) or (line.startswith(pointer_prefixes) and bool(_POINTS_ELSEWHERE.search(line))) \
            or redirect.match(line) is not None
    return is_hatnote


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    """Last words of a side's collective name ("Reed Pact"): a new group in a stacked side list."""
    return frozenset(w.casefold() for w in vocabulary.load("plaintext_infobox").get("group_name_words") or ())


def _names_a_group(line: str) -> bool:
    """"Northern Alliance" heads the lines below it; "Kingdom of Vell (from 1712)" is one of them."""
    words = line.split()
    if len(words) == 2 and re.fullmatch(r"[A-Z][\w-]*['’]s?", words[0]) and words[0][-1] in "s'’" and \
            words[1].casefold() in _FACTION_HEADS:
        return True  # "Ilse's party", "Hugh's faction": a claimant's side
    return 1 < len(words) <= 6 and "(" not in line and words[-1].casefold() in _group_words()


_FACTION_HEADS = frozenset({"party", "faction", "partisans", "supporters", "adherents", "side", "camp"})


# a short line that is a sentence with its own finite verb before any comma ("From 20 August the Residence was invested
# by the rebels.", "Varanova resigned the presidency on 30 June 1891."): the first paragraph under a heading, not an
# image's caption ("The Great Hall, opened in 1908.", "Rebels on the barricades, August 1931.")
_FINITE_SENTENCE = re.compile(r"[^,;:()]{0,80}?\b(?:was|were|had|has|have|is|are|did|died|fell|led|took|won|lost|"
                              r"began|became|left|held|fought|sent|made|gave|went|came|[a-z]{3,}ed)\b(?![-’'])")


# a day's date in the line above ("Marines landing at Naha, 3 April 1953"): an image's name, not a heading
_DAY_DATE = re.compile(r"\b\d{1,2}\s+[A-Z][a-z]+\s+\d{3,4}\b")


def _looks_like_prose(line: str) -> bool:
    words = line.split()
    return len(words) >= 18 and bool(_SENTENCE_END.search(line))


class _Lines:
    """The file's lines with their offsets (lines break at \\n, \\r\\n, \\r)."""

    def __init__(self, doc: Document):
        self.doc = doc
        starts = doc.line_starts
        text = doc.text
        self.items: list[tuple[int, str]] = []
        for i, start in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else len(text)
            self.items.append((start, text[start:end].rstrip("\r\n")))


def _classify_infobox(lines: list[tuple[int, str]], wrapped: dict[int, int],
                      text: str = "") -> tuple[list[Token], int]:
    """Line tokens for the infobox, and the index of the first body line (a filled paragraph starts the body)."""
    labels, sections, flag_re, leader_suffixes, is_hatnote, _result_re = _vocab()
    tokens: list[Token] = []
    section = None
    blank_run: list[int] = []
    after_label = False
    seen_field = False
    stacked = False  # the side list's first group is named by an alliance word: later ones may be too
    breaks = _run_breaks(lines, sections, flag_re, leader_suffixes)
    i = 0

    def push(kind: str, idx: int, value: str):
        tok = Token(kind, value)
        tok.line = idx + 1
        tokens.append(tok)

    def flush_blanks(before_header: bool):
        nonlocal blank_run
        if blank_run and not before_header and tokens and tokens[-1].type not in _HEADERS:
            push("BLANKS" if len(blank_run) > 1 else "BLANK", blank_run[0], "")
        blank_run = []

    # a document without an infobox: title, then prose
    while i < len(lines):
        start, line = lines[i]
        stripped = line.strip()
        if i == 0:
            push("TITLE", i, stripped)
            i += 1
            continue
        if not stripped:
            blank_run.append(i)
            i += 1
            continue
        if not seen_field and section is None and is_hatnote(stripped):
            flush_blanks(False)
            push("CAPTION", i, stripped)  # "This article is about ...": a note above the infobox, not its prose
            i += 1
            continue
        sentence = _looks_like_prose(stripped) or (stripped.endswith(".") and len(stripped.split()) >= 6) \
            or i in wrapped
        if sentence and not flag_re.match(stripped) and not _label_of(stripped, labels):
            if i in wrapped and not seen_field and section is None:
                return tokens[:1], 1  # a filled text without an infobox: its short lines are headings
            break  # the first sentence of prose ends the infobox
        header = None
        for name, words in sections.items():
            if stripped in words:
                header = name
        group_label = (
            section in ("commanders", "belligerents") and stripped.endswith(leader_suffixes)
        )
        if section == "belligerents" and breaks.get(i) == section and not blank_run and tokens[-1].type == "GROUP_LABEL" \
                and tokens[-2].type == "BELLIGERENTS":
            tokens[-1] = Token("TEXT", tokens[-1].value)  # a first side of one party: its line is its member
            tokens[-1].line = i
        if section in ("belligerents", "commanders") and breaks.get(i) == section and not blank_run \
                and tokens[-1].type not in _HEADERS:
            # both sides' lists pasted as one run of lines: the body says where the second side begins
            push("BLANK", i, "")
            if section == "belligerents":
                push("GROUP_LABEL", i, stripped)
                i += 1
                continue
        if header and not (header == "clients" and section not in (None, "sides")):
            kind = {"belligerents": "BELLIGERENTS", "clients": "CLIENTS", "commanders": "COMMANDERS",
                    "strength": "STRENGTH", "casualties": "CASUALTIES"}[header]
            flush_blanks(before_header=kind != "CLIENTS")
            push(kind, i, stripped)
            if kind != "CLIENTS":
                section = header
            after_label = False
        elif group_label:
            flush_blanks(before_header=False)
            push("GROUP_LABEL", i, stripped)
        elif section is None and flag_re.match(stripped):
            flush_blanks(False)
            section = "sides"
            push("FLAG", i, stripped)
        elif flag_re.match(stripped):
            flush_blanks(False)
            push("FLAG", i, stripped)
        elif section == "belligerents" and (tokens[-1].type == "BELLIGERENTS" or blank_run) \
                and i + 1 < len(lines) and lines[i + 1][1].strip():
            flush_blanks(False)
            push("GROUP_LABEL", i, stripped)  # "Revolutionaries": names the group below it
            stacked = _names_a_group(stripped)
        elif section == "belligerents" and stacked and not blank_run and tokens[-1].type != "GROUP_LABEL" \
                and _names_a_group(stripped) and i + 1 < len(lines) and lines[i + 1][1].strip():
            # sides stacked with no blank line between them: the next side's name opens its group
            push("BLANK", i, "")
            push("GROUP_LABEL", i, stripped)
        elif stripped.endswith(":") and len(stripped) < 60:
            flush_blanks(False)
            push("LABEL", i, stripped)
            after_label = True
            i += 1
            continue
        elif after_label:
            flush_blanks(False)
            push("VALUE", i, stripped)
        elif _DURATION.match(stripped) or seen_field and _BARE_DURATION.match(stripped):
            flush_blanks(False)
            push("DURATION", i, stripped)
        elif _label_of(stripped, labels) or stripped in dict(labels) and section is None \
                or seen_field and section is None and (_tab_label(stripped) or _spaced_figure(stripped, text)):
            # a known label, alone when its values follow on the lines below ("Population"), or after
            # the first field any "Label<TAB>value" line: its own field, not the tail of the one above
            flush_blanks(False)
            push("FIELD", i, stripped)
            seen_field = True
        elif section is None and not seen_field:
            flush_blanks(False)
            push("CAPTION", i, stripped)  # collage name and caption above the first field
        else:
            flush_blanks(False)
            push("TEXT", i, stripped)
        after_label = False
        i += 1
    blank_run = []
    return tokens, i


_BRACKETS = re.compile(r"\s*\([^()]*\)")
_BETWEEN = re.compile(r"\bbetween\b")
# what the lead says the second side is: the party a war is against, broken away from, subdued or invaded, or
# the one "on the other (side)" ("On one side stood X ...; on the other, Y")
_AGAINST = re.compile(r"\b(?:against|war on|(?:broke|breaking|broken)\s+away\s+from|seceded\s+from|independence\s+from|"
                      r"subdued|conquered|invaded|on\s+the\s+other(?:\s+side)?)\b,?\s*")
_CLAUSE_END = re.compile(r"[,;.:]")


def _run_name(line: str) -> str:
    """"Free Town of Orrin (from May 1642)" -> "Free Town of Orrin"; "Odo Pallant †" -> "Odo Pallant"."""
    return _BRACKETS.sub("", line).replace("†", "").strip()


def _named_at(name: str, text: str) -> list[int]:
    if len(name) < 3:
        return []
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]


# the head noun of a realm's style, "Duchy of Vaudry": the lead may name the realm by its place alone ("fought
# between the ducal houses of Orlemont and Vaudry")
_REALM_STYLE = re.compile(r"(?:(?:Grand |Free |Imperial )?(?:Duchy|County|Kingdom|Principality|Margraviate|Electorate|"
                          r"Landgraviate|Archduchy|Bishopric|Prince-Bishopric|Republic|Empire|Emirate|Sultanate|"
                          r"Khanate|Lordship|Barony|Earldom|City|Town|Commonwealth))\s+of\s+(?P<place>[A-Z][\w'’-]*"
                          r"(?:[ -][A-Z][\w'’-]*)*)")


def _realm_named_at(name: str, names: list[str], text: str) -> list[int]:
    """Where a listed realm ("Duchy of Vaudry") is named in the text by its place alone ("Vaudry"), when no other
    listed party is that place or is styled after it."""
    m = _REALM_STYLE.fullmatch(name)
    if m is None:
        return []
    place = m.group("place")
    if len(place) < 3 or any(other != name and (other == place or other.endswith(" of " + place)) for other in names):
        return []
    # (found without a pattern of its own: a name's pattern would be compiled for each page)
    out, at = [], text.find(place)
    while at >= 0:
        before, after = text[at - 1:at] if at else "", text[at + len(place):at + len(place) + 1]
        if not any(c and (c.isalnum() or c in "_-") for c in (before, after)):
            out.append(at)
        at = text.find(place, at + 1)
    return out


def _run_breaks(lines: list[tuple[int, str]], sections: dict, flag_re, leader_suffixes) -> dict[int, str]:
    """Where a pasted infobox's one run of belligerent lines, and of commander lines, turns to the second side:
    {line index: "belligerents" | "commanders"}.

    A plain-text paste may give both sides' lists as one run of lines, with no blank line between them and no
    alliance word to head the second. The page's lead still says where the second side begins: "fought between
    the Assembly of Burghers and the Regency Council" (the second party named is the first line of the second
    side), "an armed uprising against the Province of Dunmarch" (the party risen against). A party listed twice,
    "(until May 1642)" and "(from May 1642)", changed sides: the turn falls between its two lines; sides stacked
    under their own heads ("Aldric's party", "Isolde's party") turn at the second head. The leaders' run turns at its first leader the text ties to the second side: by his own name
    ("Gerd of Wexmoor" for the "Duchy of Wexmoor", "Aldric of Brenmark" for "Aldric's party") or as the leader of a
    party of that side ("the Regency Council, a cabal of court officers led by Chancellor Radulf Orme", "Radulf
    Orme, president of the Regency Council"); the leaders the text ties to the first side must all come before it. Unclear or
    disagreeing signs: no turn (the run stays whole)."""
    def run_after(header: str) -> tuple[int, list[tuple[int, str]]]:
        at = next((i for i, (_, line) in enumerate(lines) if line.strip() in sections.get(header, ())), None)
        if at is None:
            return -1, []
        run = []
        for i in range(at + 1, len(lines)):
            text = lines[i][1].strip()
            if not text or any(text in words for words in sections.values()) or _looks_like_prose(text):
                break
            run.append((i, text))
        return at, run

    at, run = run_after("belligerents")
    if len(run) < 3 or any(flag_re.match(t) or _label_of(t, _vocab()[0]) for _, t in run):
        return {}
    names = [_run_name(t) for _, t in run]
    turns = set()
    stacked = _names_a_group(run[0][1]) and next((k for k, (_, t) in enumerate(run) if k and _names_a_group(t)), None)
    if stacked:  # sides stacked, each headed by its alliance's name: the classifier turns there, the leaders may
        turns.add(stacked)
    lead = "" if stacked else next((line for _, line in lines[at:] if _looks_like_prose(line.strip())), "")
    for sm in _SENTENCES.finditer(lead):
        sentence = sm.group()
        for b in _BETWEEN.finditer(sentence):
            rest = sentence[b.end():]
            found = sorted((pos, k) for k, name in enumerate(names)
                           for pos in (_named_at(name, rest) or _realm_named_at(name, names, rest))[:1])
            if len(found) >= 2:
                p1, k1 = found[0]
                later = [(p, k) for p, k in found[1:] if " and " in rest[p1:p]]
                if later and later[0][1] > k1:
                    turns.add(later[0][1])
        for a in _AGAINST.finditer(sentence):
            clause = sentence[a.end():]
            end = _CLAUSE_END.search(clause)
            clause = clause[:end.start()] if end else clause
            found = sorted(k for k, name in enumerate(names) if k and _named_at(name, clause))
            before = sentence[:a.start()]
            if found and not any(k >= found[0] for k, name in enumerate(names) if _named_at(name, before)):
                turns.add(found[0])
    between = set(range(1, len(names)))
    for k, name in enumerate(names):  # a party listed on both sides: the turn is between its lines
        again = [m for m in range(k + 1, len(names)) if names[m] == name]
        if again:
            between &= set(range(k + 1, again[0] + 1))
    if not turns and len(between) == 1:
        turns = between  # "Duchy of Sauvegard (until November 1444)" right below "(from November 1444)"
    if len(turns) != 1 or not turns <= between:
        return {}
    turn = turns.pop()
    breaks = {} if stacked else {run[turn][0]: "belligerents"}
    at, leaders = run_after("commanders")
    if len(leaders) < 2 or any(t.endswith(leader_suffixes) or flag_re.match(t) for _, t in leaders):
        return breaks
    side_of: dict[str, set[int]] = {}
    for k, name in enumerate(names):
        side = 1 if k < turn else 2
        side_of.setdefault(name, set()).add(side)
        place = name.rpartition(" of ")[2]
        if place != name:
            side_of.setdefault(place, set()).add(side)
        owner = re.match(r"([A-Z][\w-]*)['’]s? \w+$", name)
        if owner and _names_a_group(name):  # "Isolde's party": Isolde's side
            side_of.setdefault(owner.group(1), set()).add(side)
    body = "\n".join(line for _, line in lines[at:] if _looks_like_prose(line.strip()))
    ties: dict[int, int] = {}
    for k, (_, text) in enumerate(leaders):
        leader = _run_name(text).split(",")[0].strip()
        sides = set()
        place = leader.rpartition(" of ")[2]
        if place != leader:
            sides |= side_of.get(place, set())
        first = leader.split()[0] if leader.split() else ""
        if first in side_of and first != leader:  # "Aldric of Brenmark" heads "Aldric's party"
            sides |= side_of[first]
        for pos in _named_at(leader, body):
            led = re.search(r"(?:led|headed|commanded)\s+by\s+(?:[A-Z][\w.]*\s+){0,3}$", body[max(0, pos - 60):pos])
            if led:
                clause = body[max(0, pos - 60 - 120):max(0, pos - 60) + led.start()]
                clause = re.split(r"[.;]", clause)[-1]
                named = [(p, name) for name in side_of for p in _named_at(name, clause)]
                if named:
                    sides |= side_of[max(named)[1]]
            head = _HEAD_OF.match(body, pos + len(leader))  # "Radulf Orme, president of the Regency Council"
            if head:
                sides |= {side for name in side_of if body.startswith(name, head.end()) for side in side_of[name]}
        if len(sides) == 1:
            ties[k] = sides.pop()
    second = [k for k, side in ties.items() if side == 2]
    if second and min(second) > 0 and all(side == 2 for k, side in ties.items() if k >= min(second)):
        breaks[leaders[min(second)][0]] = "commanders"
    return breaks


_SENTENCES = re.compile(r"[^.!?]+(?:[.!?]+|$)")
_HEAD_OF = re.compile(r",\s+(?:then\s+)?(?:the\s+)?(?:leader|head|president|chairman|chairwoman)\s+of\s+(?:the\s+)?")


_HEADERS = {"BELLIGERENTS", "COMMANDERS", "STRENGTH", "CASUALTIES", "GROUP_LABEL", "TITLE"}


def _label_of(line: str, labels) -> tuple[str, str, int] | None:
    """(label, key, value offset) when the line starts with a known infobox label."""
    for label, key in labels:
        if line.startswith(label) and len(line) > len(label) and line[len(label)] in " \t\u00a0":
            value_at = len(label) + 1
            while value_at < len(line) and line[value_at] in " \t\u00a0":
                value_at += 1
            return label, key, value_at
    return None


_TAB_LABEL = re.compile(r"(?P<label>[^\W_][^\t]{0,59}?)[ \u00a0]*\t[\t ]*(?P<value>\S.*)")
_YEAR_IN_LABEL = re.compile(r"\b(\d{3,4})\b")


def _tab_label(line: str, sub_label: bool = False) -> tuple[str, str, int] | None:
    """(label, key, value offset) of a "Label<TAB>value" line whose label the vocabulary does not list
    ("Resting place<TAB>X", "Disbanded<TAB>1 December 1940"): key as a front-matter key is spelled.
    A label opening with a figure ("1630 estimate<TAB>38,400") only labels a value of the field above."""
    m = _TAB_LABEL.fullmatch(line)
    if m is None or len(m.group("label").split()) > 8 or (m.group("label")[0].isdigit() and not sub_label):
        return None
    label = m.group("label").strip()
    key = re.sub(r"\s*\([^()]*\)", "", label).strip() or label  # "Seats (1891)": the year dates the value
    return label, re.sub(r"[\s\-]+", "_", key.casefold()), m.start("value")


# "Employees 11,400 (1910)", "Track length 383 km (1900)", "Students 640 (1740)": an infobox line pasted with a
# space for its tab, a label of one to three words (only the first capitalised) and a figure, with a unit or
# a counted noun and a bracketed remark; not a date ("Defunct 31 December 1913") nor a bare year
_SPACED_FIGURE = re.compile(r"(?P<label>[A-Z][a-z]+(?: [a-z]+){0,2}) (?P<value>(?:(?:c\.|ca\.|about|approx\.) ?)?"
                            r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<rest>(?: [a-z²]+){0,2}(?: ?\([^()]*\))?)")
_SPACED_YEAR = re.compile(r"\d{4}")


def _spaced_figure(line: str, text: str, checked: bool = False) -> tuple[str, str, int] | None:
    """(label, key, value offset) of a "Label figure" line of a pasted infobox whose label the vocabulary does
    not list, when the label is a common noun: a name ("Vellmark 520" under a members' field) is written
    capitalised inside the page's sentences too, and such a line continues the field above."""
    m = _SPACED_FIGURE.fullmatch(line)
    if m is None or _SPACED_YEAR.fullmatch(m.group("value")) and not m.group("rest"):
        return None
    label = m.group("label")
    if not checked and re.search(rf"(?<=[a-z,;] ){re.escape(label.split()[0])}\b", text):
        return None
    return label, re.sub(r"[\s\-]+", "_", label.casefold()), m.start("value")


class _InfoboxBuilder:
    """Walks the parse tree and emits FIELD blocks with canonical keys."""

    def __init__(self, lines: list[tuple[int, str]], blocks: list[Block], body_text: str):
        self.lines = lines
        self.blocks = blocks
        self.body_text = body_text  # where entity names recur, to tell them from flag names
        self.known_flags: set[str] = set()
        self.labels, _, self.flag_re, self.leader_suffixes, _, self.result_re = _vocab()

    def line_offset(self, tok: Token) -> tuple[int, str]:
        start, text = self.lines[tok.line - 1]
        lead = len(text) - len(text.lstrip())
        return start + lead, text.strip()

    def field(self, key: str, tok: Token, text: str, at: int, group: int | None = None, **attrs):
        start, _ = self.line_offset(tok)
        text = text.rstrip()
        if text:
            self.blocks.append(Block.contiguous(BlockKind.FIELD, text, start + at, key=key, raw_key=key,
                                                group=group, attrs={k: str(v) for k, v in attrs.items()}))

    def build(self, tree: Tree) -> None:
        counts: dict[str, int] = {}
        last_key = None
        sides_listed = 0
        for child in tree.children:
            if isinstance(child, Token):
                continue
            if child.data == "preamble":
                for tok in child.children:
                    start, text = self.line_offset(tok)
                    if tok.type == "FIELD":
                        known = dict(self.labels)
                        label, key, at = _label_of(text, self.labels) or _tab_label(text) \
                            or _spaced_figure(text, self.body_text, checked=True) \
                            or (text, known.get(text), len(text))
                        counts[key] = 1
                        self.field(key, tok, text[at:], at, group=0, raw_label=label)
                        last_key = key
                    elif tok.type == "TEXT" and last_key not in (None, "partof") and (sub := _tab_label(text, True)):
                        # "1630 estimate<TAB>38,400" under "Population": one labelled value of the field above
                        label, _, at = sub
                        year = _YEAR_IN_LABEL.search(label)
                        attrs = {"label": label, **({"year": year.group(1)} if year else {})}
                        self.field(last_key, tok, text[at:], at, group=counts.get(last_key, 0), **attrs)
                        counts[last_key] = counts.get(last_key, 0) + 1
                    elif tok.type == "DURATION":
                        self.field("duration", tok, text, 0)
                    elif tok.type == "TEXT" and (self.result_re.search(text) or last_key not in (None, "partof")):
                        # "X victory" is the result; other loose lines continue the field above
                        key = "result" if self.result_re.search(text) else last_key
                        self.field(key, tok, text, 0, group=counts.get(key, 0))
                        counts[key] = counts.get(key, 0) + 1
                        last_key = key
                    elif tok.type in ("TEXT", "CAPTION"):
                        self.blocks.append(Block.contiguous(BlockKind.CAPTION, text, start))
                    if tok.type in ("BLANK", "BLANKS"):
                        last_key = None
            elif child.data == "sides":
                for n, side in enumerate((c for c in child.children if isinstance(c, Tree)), start=1):
                    self.side(side.children, n)
            elif child.data in ("belligerent_section", "commander_section"):
                role = "combatant" if child.data == "belligerent_section" else "commander"
                groups = [g for g in _subtree(child).children if isinstance(g, Tree)]
                if role == "combatant":
                    sides_listed = len(groups)
                elif len(groups) == 1 and sides_listed > 1 and not any(
                        isinstance(t, Token) and t.type == "GROUP_LABEL" for t in groups[0].children):
                    role = "commander_of_unknown_side"  # one run of leaders for several sides: whose is not said
                if len(groups) == 1:  # one run for all sides: a name on two of its lines is on two sides
                    self.group(groups[0].children, 1, role, _listed_again(groups[0].children, self.line_offset))
                    continue
                for n, group in enumerate(groups, start=1):
                    self.group(group.children, n, role)
            elif child.data == "strength_section":
                n = 0
                for tok in _subtree(child).children:
                    if tok.type in ("BLANK", "BLANKS"):
                        continue
                    start, text = self.line_offset(tok)
                    n += 1
                    self.field(f"strength{n}", tok, text, 0)
            elif child.data == "casualty_section":
                self.casualties(_subtree(child).children)

    def _entries(self, tok: Token) -> list[tuple[str, int]]:
        """Split a flag line into (entity text, offset in line) entries, flag names removed."""
        _, text = self.line_offset(tok)
        starts = [m.start() for m in self.flag_re.finditer(text)] or [0]
        out = []
        for a, b in zip(starts, starts[1:] + [len(text)]):
            chunk = text[a:b].rstrip()
            known = [f for f in self.known_flags if chunk.startswith(f + " ")]
            if known:
                name_at = len(max(known, key=len)) + 1
            else:
                name_at = _entity_start(chunk, self.flag_re, self.body_text)
                self.known_flags.add(chunk[:name_at].rstrip())
            if chunk[name_at:].strip():
                out.append((chunk[name_at:], a + name_at))
        return out

    def side(self, items, side: int) -> None:
        client = False
        idx = 0
        for tok in items:
            if tok.type == "CLIENTS":
                client = True
            elif tok.type == "FLAG":
                for name, at in self._entries(tok):
                    attrs = {"client": "1"} if client else {}
                    self.field(f"combatant{side}", tok, name, at, group=idx, **attrs)
                    idx += 1

    def group(self, items, n: int, role: str, again: dict[int, int] | None = None) -> None:
        idx = 0
        for tok in items:
            start, text = self.line_offset(tok)
            if again and id(tok) in again:
                # a line of a name the run names twice: its first line is of the first side, its next of the second
                base = "commander" if role.startswith("commander") else role
                self.field(f"{base}{again[id(tok)]}", tok, text, 0, group=idx)
                idx += 1
            elif tok.type == "GROUP_LABEL":
                name = text
                for suffix in self.leader_suffixes:
                    if name.endswith(suffix):
                        name = name[: -len(suffix)]
                self.field(f"side{n}_name", tok, name, 0)
            elif tok.type == "FLAG":
                for name, at in self._entries(tok):
                    self.field(self._group_key(role, n), tok, name, at, group=idx)
                    idx += 1
            else:
                self.field(self._group_key(role, n), tok, text, 0, group=idx)
                idx += 1

    @staticmethod
    def _group_key(role: str, n: int) -> str:
        return role if role.endswith("_side") else f"{role}{n}"

    def casualties(self, figures) -> None:
        side, seen, closed = 1, set(), False
        for fig in figures:
            if not isinstance(fig, Tree):
                continue
            if fig.data == "labelled_figure":
                label_tok, value_tok = fig.children
                label = self.line_offset(label_tok)[1].rstrip(":").strip()
                if label in seen:  # the same labels again: the next side's figures
                    side += 1
                    seen = set()
                seen.add(label)
                _, text = self.line_offset(value_tok)
                self.field(f"casualties{side}", value_tok, text, 0, label=label)
            elif fig.data == "field_figure":
                tok = fig.children[0]
                _, text = self.line_offset(tok)
                label, key, at = _label_of(text, self.labels)
                self.field("casualties", tok, text[at:], at, label=label)
            elif fig.data == "bare_figure":
                tok = fig.children[0]
                _, text = self.line_offset(tok)
                # "4,100 killed / 2,300 wounded / 6,900 total / 3,800 killed ...": the words after the figure
                # label it, and after a side's total the same words again begin the next side's figures ("140
                # killed / 610 killed / Total dead: 845" is one figure a side, closed by their total)
                named = _BARE_LABEL.fullmatch(text.strip())
                if named is not None:
                    label = named.group(1).casefold()
                    if label in seen and closed:
                        side += 1
                        seen = set()
                    seen.add(label)
                    closed = label.split()[0] in ("total", "totals")
                else:
                    closed = False
                self.field(f"casualties{side}", tok, text, 0)


# a bare casualty line's figure and the words that say what it counts ("2,300 wounded", "c. 900 captured")
_BARE_LABEL = re.compile(r"(?:(?:c\.|ca\.|about|some|over|at least)\s+)?\d[\d,.]*\s+([A-Za-z][A-Za-z ]*[A-Za-z])", re.I)


def _listed_again(items, line_offset) -> dict[int, int]:
    """A side list pasted as one run of lines (no blank line, no head, no lead sentence to say where the second
    side begins): a party or leader named on two of its lines is on two sides, since a side lists a name once,
    and the run's sides follow one another, so its first line is the first side's and the other the second's.
    {id(token): side number} of such lines (their brackets, "(until May 1642)", still date each listing)."""
    lines: dict[str, list] = {}
    for tok in items:
        if tok.type in ("TEXT", "VALUE"):
            name = _run_name(line_offset(tok)[1])
            if name:
                lines.setdefault(name, []).append(tok)
    return {id(tok): 1 if k == 0 else 2 for toks in lines.values() if len(toks) == 2 for k, tok in enumerate(toks)}


def _subtree(tree: Tree) -> Tree:
    return next(c for c in tree.children if isinstance(c, Tree))


def _entity_start(chunk: str, flag_re, body_text: str) -> int:
    """Where the entity's name starts after a flag image name ("Flag of Japan Japan")."""
    m = flag_re.match(chunk)
    head = m.end() if m else 0
    rest = chunk[head:]
    # the flag name ends at its own parenthesised years, "svg", or a year range
    last = None
    for mm in _YEAR_RANGE_IN_FLAG.finditer(rest):
        # a participation period at the very end belongs to the entity, not the flag
        if _PERIOD.fullmatch(rest[mm.start():]) and rest[:mm.start()].strip():
            break
        last = mm
    if last:
        at = head + last.end()
        while at < len(chunk) and chunk[at] == " ":
            at += 1
        if at < len(chunk):
            return at
    words = [(mm.start(), mm.group()) for mm in re.finditer(r"\S+", rest)]
    period = _PERIOD.search(rest)
    if period:
        words = [w for w in words if w[0] < period.start()]
    n = len(words)
    if n <= 1:
        return head
    names = [w for _, w in words]
    splits = [([w for w in names[:k] if w.lower() != "the"], names[k:], k) for k in range(1, n)]
    # "Flag of (the) X X": the entity repeats (the end of) the flag's name
    for flag, ent, k in splits:
        if flag and (flag == ent or flag[-len(ent):] == ent):
            return head + words[k][0]
    for flag, ent, k in splits:
        if flag and _similar(" ".join(flag), " ".join(ent)):
            return head + words[k][0]
    # the longest ending of the line that the prose also names
    for k in range(max(1, n - 5), n):
        name = " ".join(names[k:])
        if name[:1].isupper() and re.search(r"\b%s\b" % re.escape(name), body_text):
            return head + words[k][0]
    return head + words[n // 2][0]


def _similar(a: str, b: str) -> bool:
    """The flag of the First Ostrevan Republic and "Ostrevan"; of Tolland and "Tolland (1702–05)"."""
    a, b = a.lower(), b.lower()
    if a.endswith(b) or b.startswith(a):
        return True
    aw, bw = a.split(), b.split()
    return any(x[:4] == y[:4] and len(x) > 3 for x in aw for y in bw)


# a note's own "Label: value" line or a list item: never the tail of a wrapped line
_NOT_WRAPPED = re.compile(r"^(?:[-*•]\s|\d{1,3}[.)]\s|[A-Z][\w ()'’-]{0,30}:\s)")
MAX_WRAP_WIDTH = 120  # pasted articles keep a paragraph on one line; notes filled to a width are narrower
MIN_WRAPPED_LINES = 3
WRAP_SLACK = 0.85  # writers and editors fill to about the width, not exactly to it


def _wrapped_runs(lines: list[tuple[int, str]]) -> dict[int, int]:
    """Paragraphs of a text filled to a fixed width ("hard-wrapped"): first line index -> last line index.

    A line was broken when the next line's first word would not have fitted within
    about the width (the longest line): what filling a paragraph does, so a heading
    or a paragraph's short last line is not joined to the line after it. A text whose
    lines run longer than a filled text's is not wrapped at all.
    """
    entries = [(i, line) for i, (_, line) in enumerate(lines) if line.strip()]
    rows = _table_rows([(i, (0, line)) for i, line in entries])
    widths = [len(line.strip()) for n, (_, line) in enumerate(entries) if n not in rows]
    width = max(widths, default=0)
    if not widths or width > MAX_WRAP_WIDTH:
        return {}
    joins, width_joins = [], 0
    for n in range(len(entries) - 1):
        (i, line), (k, nxt) = entries[n], entries[n + 1]
        if k != i + 1 or n in rows or n + 1 in rows or nxt[:1].isspace() != line[:1].isspace():
            continue
        cur, follow = line.strip(), nxt.strip()
        if _NOT_WRAPPED.match(cur) or _NOT_WRAPPED.match(follow) or "\t" in cur or "   " in cur:
            continue
        if len(cur) + 1 + len(follow.split()[0]) > width * WRAP_SLACK:
            joins.append(i)
            width_joins += 1
        elif _continues(cur, follow):
            joins.append(i)
    if width_joins < MIN_WRAPPED_LINES:
        return {}
    runs: dict[int, int] = {}
    first = None
    for i in joins:
        if first is not None and runs[first] == i:
            runs[first] = i + 1
        else:
            first = i
            runs[i] = i + 1
    return runs


# a line broken mid-sentence ("… in four periods:" / "1,250 marks for …"), short of the width:
# in a filled text, writers also break after a clause or before a list run into the sentence
_OPEN_END = re.compile(r"(?:[,;:]|\b(?:and|or|of|the|a|an|to|in|on|at|by|for|from|with|as))$")


def _continues(cur: str, follow: str) -> bool:
    """The next line carries on this line's paragraph: it opens in lower case, this line ends open, or
    both are full sentence lines (a writer breaking at a sentence's end; headings are short)."""
    if cur.endswith((".", "!", "?", '."', ".)")):
        return len(cur.split()) >= 8 and len(follow.split()) >= 6 and follow[:1].isupper()
    return follow[:1].islower() or bool(_OPEN_END.search(cur)) and (follow[:1].isdigit() or follow[:1].islower())


def _wrapped_paragraph(lines: list[tuple[int, str]], a: int, b: int, heading) -> Block:
    """One prose block of lines a..b (inclusive), joined by spaces, each piece mapped to its own line."""
    parts, segs, at = [], [], 0
    for start, line in lines[a:b + 1]:
        stripped = line.strip()
        if parts:
            parts.append(" ")
            at += 1
        segs.append((at, start + len(line) - len(line.lstrip()), len(stripped)))
        parts.append(stripped)
        at += len(stripped)
    return Block(BlockKind.PARAGRAPH, "".join(parts), tuple(segs), heading=heading)


# a short line of several words, a comma, and a day or month closing it: a caption's "..., 13 April 1911"
_DATED_CAPTION = re.compile(
    r"^[A-Z][^,.;:]*\s[^,.;:]*\s[^,.;:]*(?:,[^,;:]*)*,\s*(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+\d{1,2},?)\s+\d{3,4}$")


def _body_blocks(lines: list[tuple[int, str]], first: int, blocks: list[Block], runs: dict[int, int]) -> None:
    """Headings, captions and paragraphs after the infobox (a filled paragraph's lines are one paragraph)."""
    _, _, _, _, is_hatnote, _ = _vocab()
    entries = [(i, lines[i]) for i in range(first, len(lines)) if lines[i][1].strip()]
    heading = None
    rows = _table_rows(entries)
    skip_to = -1
    for n, (i, (start, line)) in enumerate(entries):
        if i <= skip_to:
            continue
        if i in runs:
            blocks.append(_wrapped_paragraph(lines, i, runs[i], heading))
            skip_to = runs[i]
            continue
        stripped = line.strip()
        lead = len(line) - len(line.lstrip())
        offset = start + lead
        if n in rows:
            _table_cells(line, start, *rows[n], blocks, heading)
            continue
        if is_hatnote(stripped):
            continue
        if _looks_like_prose(stripped) or len(stripped) > 200:
            kind = BlockKind.PARAGRAPH
        else:
            nxt = entries[n + 1][1][1].strip() if n + 1 < len(entries) else ""
            ends_sentence = stripped.endswith((".", "!", "?", '."'))
            prev_kind = blocks[-1].kind if blocks else None
            if ends_sentence:
                # a caption sits under its image's name; a short sentence elsewhere is prose
                # (a caption closed by its day is whole: the sentence under it is the story's)
                kind = BlockKind.CAPTION if prev_kind is BlockKind.CAPTION and n > 0 and \
                    not _DATED_CAPTION.search(blocks[-1].text) else BlockKind.PARAGRAPH
            elif nxt and not _looks_like_prose(nxt) and nxt.endswith(".") and not re.search(r"\(\d{4}", stripped) \
                    and not (_FINITE_SENTENCE.match(nxt) and nxt[:1].isupper() and not _DAY_DATE.search(stripped)
                             and not re.search(r"[.!?;:]\s", stripped)):
                kind = BlockKind.CAPTION  # an image's name above its caption
            elif n > 0 and _DATED_CAPTION.search(stripped):
                # "The Battle of Hessleby, detail of a painting by Johan Ekman, 29 June 1741": a picture's caption
                # closed by the day it shows, not a heading
                kind = BlockKind.CAPTION
            else:
                kind = BlockKind.HEADING
        if kind is BlockKind.HEADING:
            heading = stripped
            blocks.append(Block.contiguous(kind, stripped, offset, level=2))
        else:
            blocks.append(Block.contiguous(kind, stripped, offset, heading=heading))


def _table_rows(entries) -> dict[int, tuple]:
    """A pasted table: 3+ consecutive lines of tab-separated cells, as many on each line as in the header,
    or of cells aligned in columns with runs of spaces (see _spaced_tables).

    entry index -> (table number, row number, header cells, column spans or None); row 0 is the header.
    """
    rows: dict[int, tuple] = {}
    counts = [len(line.strip().split("\t")) if "\t" in line.strip() else 0 for _, (_, line) in entries]
    n, table = 0, 0
    while n < len(entries):
        width, end = counts[n], n
        # a row whose last cells are empty loses their tabs when pasted ("Total<TAB>393" under three columns):
        # a shorter row of two or more cells stays in the table, its cells in the first columns
        while width >= 3 and end < len(entries) and (counts[end] == width or end > n and 2 <= counts[end] < width) \
                and entries[end][0] == entries[n][0] + end - n:
            end += 1
        if width >= 3 and sum(counts[k] == width for k in range(n, end)) >= 3:
            header = [c.strip() for c in entries[n][1][1].strip().split("\t")]
            for r in range(end - n):
                rows[n + r] = (table, r, header, None)
            table += 1
            n = end
        elif width == 2 and (end := _two_column_end(entries, counts, n)) > n:
            header = [c.strip() for c in entries[n][1][1].strip().split("\t")]
            for r in range(end - n):
                rows[n + r] = (table, r, header, None)
            table += 1
            n = end
        else:
            n += 1
    _spaced_tables(entries, rows, table)
    return rows


_FIGURE_CELL = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _two_column_end(entries, counts: list[int], n: int) -> int:
    """The end of a pasted table of two columns at entry n ("Cause<TAB>Deaths", "Rockfall<TAB>64", ...,
    "Total<TAB>187"): a header of words over 2+ rows whose second cells are all figures, on consecutive
    lines; n when there is none (a label and its value pasted under the infobox stays a field)."""
    end = n + 1
    while end < len(entries) and counts[end] == 2 and entries[end][0] == entries[n][0] + end - n \
            and _FIGURE_CELL.fullmatch(entries[end][1][1].strip().split("\t")[1].strip()):
        end += 1
    if end - n < 3:
        return n
    cells = [[c.strip() for c in entries[k][1][1].strip().split("\t")] for k in range(n, end)]
    return end if _cells_of_a_table(cells) else n


_CELL_GAP = re.compile(r"\S {2,}(?=\S)")  # a line of cells: text, two or more spaces, text
_RULE_ROW = re.compile(r"[-=+ ]+")  # "------  -----": a ruled line under a header or above a total
_MAX_CELL_WORDS = 8  # a cell holds a name, a date or a figure; longer runs are sentences


def _spaced_tables(entries, rows: dict[int, tuple], table: int) -> None:
    """Tables aligned with spaces: 3+ consecutive lines (header and 2+ rows) whose cells sit in columns
    split by gutters, runs of 2+ positions blank on every line (a number may be right-aligned in its
    column, the last column may be ragged). A filled paragraph with two spaces after its full stops
    shares no such gutter from line to line, and its sentences are longer than cells."""
    n = 0
    while n < len(entries):
        end = n
        while (end < len(entries) and end not in rows and entries[end][0] == entries[n][0] + end - n
               and "\t" not in entries[end][1][1] and _CELL_GAP.search(entries[end][1][1].strip())):
            end += 1
        if end - n >= 3:
            lines = [entries[k][1][1] for k in range(n, end)]
            spans = _column_spans(lines) or _gap_spans(lines)
            if spans:
                header = [lines[0][a:b].strip() for a, b in spans[0]]
                r = 0
                for k, line, line_spans in zip(range(n, end), lines, spans):
                    rows[k] = (table, r, header, line_spans)
                    r += 0 if _RULE_ROW.fullmatch(line.strip()) else 1
                table += 1
        n = max(end, n + 1)


def _column_spans(lines: list[str]) -> list[list[tuple[int, int]]] | None:
    """Each line's [start, end) of each column, for lines set out in columns, or None when they are not."""
    width = max(len(line.rstrip()) for line in lines)
    blank = [True] * width
    for line in lines:
        for at, ch in enumerate(line.rstrip()):
            if ch != " ":
                blank[at] = False
    spans, at = [], 0
    while at < width:
        if blank[at]:
            at += 1
            continue
        end = at
        # a column runs on over single blank positions (the spaces between a cell's words)
        while end < width and (not blank[end] or end + 1 < width and not blank[end + 1]):
            end += 1
        spans.append((at, end))
        at = end
    if len(spans) < 2:
        return None
    cells = [[line[a:b].strip() for a, b in spans] for line in lines if not _RULE_ROW.fullmatch(line.strip())]
    money = _money_gap()
    if any("  " in money.sub("", cell) for row in cells for cell in row):
        return None  # a line's own gaps fall inside a column: not aligned (but "GBP  9,860": a mark and its figure)
    return [spans] * len(lines) if _cells_of_a_table(cells) else None


@lru_cache(maxsize=1)
def _money_gap() -> re.Pattern:
    """A currency mark and the spaces that align its figure ("GBP  9,860", "£  420"; numbers.yaml currency_marks)."""
    marks = vocabulary.alternation(vocabulary.load("numbers").get("currency_marks") or ())
    return re.compile(rf"^(?:{marks})\s+(?=\d)")


def _gap_spans(lines: list[str]) -> list[list[tuple[int, int]]] | None:
    """Each line's cells where it has runs of 2+ spaces, when every line has as many cells as the header
    (a table typed by hand, its columns not quite aligned)."""
    spans = [[(m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+)*", line)] for line in lines]
    if len(spans[0]) < 2 or any(len(s) != len(spans[0]) for s in spans):
        return None
    cells = [[line[a:b] for a, b in s] for line, s in zip(lines, spans)]
    return spans if _cells_of_a_table(cells) else None


def _cells_of_a_table(cells: list[list[str]]) -> bool:
    """A header that names every column above 2+ rows, and cells short as names, dates and figures are,
    most rows not running on from cell to cell in lower case as a sentence's words do. A first row with
    figures or a list bullet is data, not a header: such a list is left to the prose reader."""
    if len(cells) < 3 or not all(cells[0]) or any(len(c.split()) > _MAX_CELL_WORDS for row in cells for c in row):
        return False
    if any(ch.isdigit() for c in cells[0] for ch in c) or cells[0][0][:1] in "-*•":
        return False
    running_on = sum(any(a[-1:].islower() and b[:1].islower() for a, b in zip(row, row[1:]) if a and b)
                     for row in cells)
    return running_on * 2 <= len(cells)


def _table_cells(line: str, start: int, table: int, row: int, header: list[str], spans, blocks, heading) -> None:
    """One TABLE_CELL per cell of a tab-separated or space-aligned row (group = column), as Markdown and
    wikitext tables give."""
    if spans is not None:
        if _RULE_ROW.fullmatch(line.strip()):
            return
        cells = [(line[a:b], a) for a, b in spans]
    else:
        cells, at = [], 0
        for cell in line.split("\t"):
            cells.append((cell, at))
            at += len(cell) + 1
    for col, (cell, at) in enumerate(cells):
        text = cell.strip()
        if text:
            lead = len(cell) - len(cell.lstrip())
            blocks.append(Block.contiguous(
                BlockKind.TABLE_CELL, text, start + at + lead, group=col, heading=heading,
                attrs={"column": header[col] if row and col < len(header) else text, "row": str(row),
                       "table": str(table)}))


# "Strength (besiegers): 9,300", "Side 1: March of X; Free Town of Y": a header of "Label: value" lines
_COLON_FIELD = re.compile(r"(?P<label>[A-Z][\w'’/ ()-]{0,38}?[\w)])[ \t]*:[ \t]+(?P<value>\S.*?)\s*")
_LABEL_SIDE = re.compile(r"(?P<head>[a-z][a-z ]*?)\s*(?:\(\s*(?P<who>[^()]+?)\s*\)|(?P<num>\d))")
_MIN_HEADER_LINES = 3
_RULE_LINE = re.compile(r"[=\-_*~#]{3,}")
_SIDE_GROUPS = {1: "attackers", 2: "defenders"}  # a side named by its part: the group its figures belong to
_HEADER_WITHIN = 4  # the header opens within the first lines with text (after a title, a source line)


def _colon_header(lines: list[tuple[int, str]]) -> tuple[int, int] | None:
    """(first, end) line indexes of a header of three or more consecutive "Label: value" lines near the top,
    before any sentence, two of whose labels name known fields ("Quenby: 30,100" lines are a figure list)."""
    starts = [i for i, (_, line) in enumerate(lines) if line.strip()][:_HEADER_WITHIN + 1]
    # a rule line ("=====") closes a title block: a source note above it ("Notes copied from the guild archive, see [sources].")
    # is no prose, and the header may open on the line after it
    rule = next((k for k in starts if _RULE_LINE.fullmatch(lines[k][1].strip())), None)
    if rule is None:
        starts = starts[:_HEADER_WITHIN]
    for i in starts:
        j = i
        while j < len(lines) and _COLON_FIELD.fullmatch(lines[j][1].strip()):
            j += 1
        if j - i >= _MIN_HEADER_LINES:
            labels = [_COLON_FIELD.fullmatch(lines[k][1].strip()).group("label") for k in range(i, j)]
            # a first line "Title: ..." says the lines are a header whatever its other labels ("Date of fire")
            titled = i == starts[0] and labels[0].casefold() in _header_vocab()[3]
            return (i, j) if titled or sum(map(_known_label, labels)) >= 2 else None
        line = lines[i][1].strip()
        if i and (rule is None or i > rule) and (line.endswith(".") and len(line.split()) >= 6
                                                  or _looks_like_prose(line)):
            return None  # prose before it: the lines below are the body's, not a header
    return None


def _known_label(label: str) -> bool:
    key, who = _header_key(label)
    return bool(who) or key in _header_vocab()[0].values() or key in _field_roles() or \
        label.casefold() in _header_vocab()[3] or bool(re.search(r"\d$", key))


@lru_cache(maxsize=1)
def _field_roles() -> frozenset[str]:
    return frozenset(str(k) for k in (vocabulary.load("fields").get("roles") or {}))


@lru_cache(maxsize=1)
def _header_vocab() -> tuple[dict[str, str], dict[str, str], dict[str, int], frozenset[str], frozenset[str]]:
    data = vocabulary.load("plaintext_infobox")
    header = data.get("colon_header") or {}
    labels = {label.casefold(): key for label, key in data["labels"].items()}
    heads = {str(k).casefold(): str(v) for k, v in (header.get("side_heads") or {}).items()}
    sides = {str(k).casefold(): int(v) for k, v in (header.get("side_roles") or {}).items()}
    titles = frozenset(str(w).casefold() for w in header.get("title_labels") or ())
    lists = frozenset(str(w) for w in header.get("list_keys") or ())
    return labels, heads, sides, titles, lists


def _header_key(label: str) -> tuple[str, str | None]:
    """The field name a header label stands for, and the side it names by role ("besiegers"), if any:
    "Side 1" -> combatant1, "Commanders (side 2)" -> commander2, "Strength (besiegers)" -> strength of the
    besiegers, "Defenders" -> combatant2, "Born" -> birth_date, "Also known as" -> also_known_as."""
    labels, heads, sides, _, _ = _header_vocab()
    low = " ".join(label.casefold().split())
    if low in labels:
        return labels[low], None
    if low in sides:
        return f"{heads.get('side', 'combatant')}{sides[low]}", low
    m = _LABEL_SIDE.fullmatch(low)
    if m is not None and m.group("head") in heads:
        head = heads[m.group("head")]
        who = m.group("num") or m.group("who")
        number = re.fullmatch(r"(?:side\s*)?(\d)", who)
        if number:
            return f"{head}{number.group(1)}", None
        if who in sides:
            return (head, who) if head in ("strength", "casualties") else (f"{head}{sides[who]}", who)
    return re.sub(r"[\s\-]+", "_", low), None


def _side_sections(lines: list[tuple[int, str]], end: int) -> tuple[list[tuple[int, str]], int]:
    """The "Belligerents" / "Commanders and leaders" parts right below a colon header, each a title line and
    "<side's name>: A, B, C" lines: [(line index, section)] of the side lines, and where the body starts."""
    _, sections, _, _, _, _ = _vocab()
    wanted = {line: name for name in ("belligerents", "commanders") for line in sections.get(name, ())}
    found: list[tuple[int, str]] = []
    i = end
    while i < len(lines):
        j = i
        while j < len(lines) and not lines[j][1].strip():
            j += 1
        section = wanted.get(lines[j][1].strip()) if j < len(lines) else None
        if section is None:
            break
        k = j + 1
        while k < len(lines) and (m := _COLON_FIELD.fullmatch(lines[k][1].strip())) and \
                m.group("label").casefold() not in _header_vocab()[0]:
            found.append((k, section))
            k += 1
        if k == j + 1:
            break  # a title with no side lines under it: the infobox reader's or the body's
        i = end = k
    return found, end


_LIST_COMMA = re.compile(r",\s*(?![^()]*\))")  # a comma outside brackets ("Vell (May, 1712)" stays whole)


def _side_label(label: str, head: str) -> tuple[str, str | None]:
    """"Parties (Concord)" -> ("combatant", "Compact"): a side list headed by the side's own name; "Brinekeepers"
    under a Belligerents title -> (`head`, "Brinekeepers"). ("", None) when the label numbers or roles its side."""
    _, heads, roles, _, _ = _header_vocab()
    low = " ".join(label.casefold().split())
    m = _LABEL_SIDE.fullmatch(low)
    if m is not None and m.group("head") in heads and heads[m.group("head")] in ("combatant", "commander"):
        who = m.group("who")
        if who and who not in roles and not re.fullmatch(r"(?:side\s*)?\d", who):
            at = label.index("(")
            return heads[m.group("head")], label[at + 1:label.rindex(")")].strip()
        return "", None
    if head and low not in roles and not re.search(r"\d", low):
        return head, label.strip()
    return "", None


def _read_colon_header(doc: Document, lines: list[tuple[int, str]], first: int, end: int,
                       side_lines: list[tuple[int, str]] = ()) -> None:
    """Title, the lines above the header (a source line: captions), and one FIELD block per header value;
    side and commander lists ("A; B; C") give one block per entry."""
    _, _, _, titles, lists = _header_vocab()
    fields = []
    in_section = {}
    for i in [*range(first, end), *(k for k, _ in side_lines)]:
        start, line = lines[i]
        lead = len(line) - len(line.lstrip())
        m = _COLON_FIELD.fullmatch(line.strip())
        fields.append((start + lead, m))
    for (k, section), (at, _) in zip(side_lines, fields[end - first:]):
        in_section[at] = "combatant" if section == "belligerents" else "commander"
    title_field = next(((at, m) for at, m in fields if m.group("label").casefold() in titles), None)
    if first == 0 and title_field is not None:
        at, m = title_field
        doc.title = m.group("value")
        doc.blocks.append(Block.contiguous(BlockKind.TITLE, doc.title, at + m.start("value")))
    else:
        start, line = lines[0]
        doc.blocks.append(Block.contiguous(BlockKind.TITLE, line.strip(), start + len(line) - len(line.lstrip())))
        doc.title = page_title(line.strip(), doc.text)
    for i in range(1 if doc.blocks[0].segments[0][1] == lines[0][0] + len(lines[0][1]) - len(lines[0][1].lstrip())
                   else 0, first):
        start, line = lines[i]
        if line.strip():
            doc.blocks.append(Block.contiguous(BlockKind.CAPTION, line.strip(), start + len(line) - len(line.lstrip())))
    named_sides: dict[str, int] = {}  # a side's name -> its number, in the order the header names them
    for at, m in fields:
        label = m.group("label")
        key, who = _header_key(label)
        attrs = {"side": _SIDE_GROUPS.get(_header_vocab()[2].get(who or ""), who)} if who else {}
        value, value_at = m.group("value"), at + m.start("value")
        head, side_name = _side_label(label, in_section.get(at, ""))
        if side_name:  # "Brinekeepers: A, B" under Belligerents, "Parties (Concord): A; B": a side named as listed
            fold = side_name.casefold()
            if fold not in named_sides:
                named_sides[fold] = len(named_sides) + 1
                doc.blocks.append(Block.contiguous(BlockKind.FIELD, side_name, at + label.index(side_name),
                                                   key=f"side{named_sides[fold]}_name", raw_key=label, group=0))
            key, attrs = f"{head}{named_sides[fold]}", {}
        if key not in lists:
            doc.blocks.append(Block.contiguous(BlockKind.FIELD, value, value_at, key=key, raw_key=label,
                                               group=0, attrs=attrs))
            continue
        splitter = re.compile(";") if ";" in value or not side_name else _LIST_COMMA
        offset = 0
        for n, piece in enumerate(splitter.split(value)):
            text = piece.strip()
            if text:
                doc.blocks.append(Block.contiguous(BlockKind.FIELD, text, value_at + offset + piece.index(text),
                                                   key=key, raw_key=label, group=n, attrs=attrs))
            offset += len(piece)
            gap = splitter.match(value, offset)
            offset += len(gap.group()) if gap else 1


def parse(path: str, text: str) -> Document:
    doc = Document(path=path, text=text, format="text")
    lines = _Lines(doc).items
    if not any(line.strip() for _, line in lines):
        return doc
    # skip leading blank lines: the title is the first line with text
    first_text = next(i for i, (_, line) in enumerate(lines) if line.strip())
    body_lines = lines[first_text:]
    runs = _wrapped_runs(body_lines[1:])
    runs = {a + 1: b + 1 for a, b in runs.items()}
    header = _colon_header(body_lines)
    if header is not None:
        side_lines, body_start = _side_sections(body_lines, header[1])
        _read_colon_header(doc, body_lines, *header, side_lines)
        _body_blocks(body_lines, body_start, doc.blocks, {a: b for a, b in runs.items() if a >= body_start})
        return doc
    tokens, body_start = _classify_infobox(body_lines, runs, text)
    title_start, title_line = body_lines[0]
    doc.blocks.append(Block.contiguous(BlockKind.TITLE, title_line.strip(),
                                       title_start + len(title_line) - len(title_line.lstrip())))
    doc.title = page_title(title_line.strip(), doc.text)
    try:
        tree = token_parser("plaintext_infobox", strict=True).parse(tokens)
    except Exception:  # an infobox the grammar does not know: read its lines as prose
        tree = None
        body_start = 1
    if tree is not None:
        body_text = text[body_lines[body_start][0]:] if body_start < len(body_lines) else ""
        _InfoboxBuilder(body_lines, doc.blocks, body_text).build(tree)
    _body_blocks(body_lines, body_start, doc.blocks, runs)
    return doc
