"""A side's or a unit's figures in fields, told again in the prose: losses, named parts of a strength, a peak.

told_losses: a side's losses listed in fields and told again, together, in one sentence of the prose.

"casualties: {killed: 212, wounded: 407}" and "In all, the brigade lost 231 dead and 407 wounded";
"casualties1 = 1,200 killed<br>2,300 wounded" and "The army lost 1,200 killed and 2,900 wounded". The prose
counts losses in parts as often as in wholes (a day's dead, one battalion's wounded), so one figure alone says
nothing: only a sentence that gives two kinds of loss of one side (dead and wounded, say), one of them equal to
that side's field, restates the fields, and then its other figure is that other field's value. A figure
bounded ("over 400"), of a part ("of whom", "a further"), or a sentence of another year than the page's own
restates nothing.

Each restated field and its restatement become Quantity facts of one measure "value:<doc>#losses:<side>:<kind>",
compared by the conflicting-value rule with rounding, like extract/measures.py's.

bracketed_parts: a strength field's part named by a bracket ("3,200 (garrison)") and the prose's "the garrison
of 3,400 men". peak_strengths: a unit's "strength_peak" field and another page's "the 1,410-strong <unit>",
which checks/single_value.py holds to at most the peak.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .. import vocabulary
from ..model import FIELD_ORIGINS, BlockKind, Document, Origin, Quantity
from .count_mentions import count_qualifier
from .measures import field_years, figure_sentences, years_named
from .numbers import DIGITS

# the kind of loss a field's label or a prose word names
_KINDS = {"killed": "dead", "dead": "dead", "deaths": "dead", "fatalities": "dead", "slain": "dead",
          "wounded": "wounded", "injured": "wounded",
          "captured": "captured", "prisoners": "captured", "missing": "missing"}
# "231 dead", "1,200 men killed", "407 wounded": a figure and the kind of loss right after it
_TOLD = re.compile(rf"(?<![\w,.-])(?P<num>{DIGITS})\s+(?:(?:men|soldiers|troops|sailors|officers and men)\s+)?"
                   rf"(?P<kind>killed|dead|slain|wounded|injured|captured|missing)\b", re.I)
# words right before the figure that make it a part of another count, or an addition to it
_PART_BEFORE = re.compile(r"\b(?:of\s+(?:whom|them|these|those)|further|another|additional|more|other|including|"
                          r"among\s+them)\s+(?:some\s+|about\s+)?$", re.I)
_MIN_VALUE = 10  # "3 killed and 7 wounded": small figures are a day's or a boat's, not a side's
# the equal figure that binds a sentence to its side's fields: "suffered 11 killed and 11 wounded" of one destroyer
# matches a side's "11 wounded" by chance; a figure of three digits seldom does
_ANCHOR_MIN = 100


def loss_kind(label: str) -> str | None:
    """"Killed", "Prisoners" -> the kind of loss a one-word label names ("dead", "captured"), or None."""
    words = re.findall(r"[a-z]+", label.casefold())
    return _KINDS.get(words[0]) if len(words) == 1 else None


def told_losses(doc: Document, facts, prose_kinds: dict) -> list[Quantity]:
    """Quantities of each loss field a sentence of the prose gives again beside another field of its side."""
    fields: dict[str, dict[str, list[Quantity]]] = defaultdict(lambda: defaultdict(list))
    for q in facts.quantities:
        if q.measure.rstrip("0123456789") == "casualties" and q.origin in FIELD_ORIGINS and q.role == "part" \
                and not q.breakdown and (kind := loss_kind(q.label or "")) is not None:
            fields[q.group][kind].append(q)
    sides = {side: {k: qs[0] for k, qs in kinds.items() if len(qs) == 1} for side, kinds in fields.items()}
    sides = {side: kinds for side, kinds in sides.items() if len(kinds) >= 2}
    if not sides:
        return []
    own = field_years(facts.dates)
    found: dict[tuple[str, str], list[Quantity]] = defaultdict(list)
    for block in doc.blocks:
        if prose_kinds.get(block.kind) is not Origin.PROSE or block.kind is BlockKind.TABLE_CELL:
            continue
        for s, e in figure_sentences(block):
            sentence = block.text[s:e]
            told = _told(sentence)
            if len(told) < 2 or len({k for k, *_ in told}) != len(told):
                continue  # two figures of one kind ("12 killed on the first day and 30 killed later"): parts
            years = years_named(sentence, before_comma=True) - {int(value) for _, value, *_ in told}  # "and 407 wounded"
            if years and (own is None or any(not own[0] <= y <= own[1] for y in years)):
                continue  # another moment's losses
            for side, kinds in sides.items():
                same = [k for k, value, *_ in told if k in kinds and value == kinds[k].value and value >= _ANCHOR_MIN]
                if not same or not any(k in kinds for k, *_ in told if k not in same):
                    continue
                for kind, value, qual, a, b in told:
                    if kind in kinds:
                        found[(side, kind)].append(Quantity(
                            measure="", label="", value=value, qualifier=qual,
                            span=doc.block_span(block, s + a, s + b), origin=Origin.PROSE))
    out = []
    subject = facts.title
    for (side, kind), mentions in found.items():
        field = sides[side][kind]
        measure = f"value:{doc.path}#losses:{side}:{kind}"
        label = f"{kind} ({field.label.casefold()})" if field.label.casefold() != kind else kind
        out.append(Quantity(measure=measure, label=label, value=field.value, qualifier=field.qualifier,
                            span=field.span, origin=field.origin, subject=subject))
        out += [Quantity(measure=measure, label=label, value=m.value, qualifier=m.qualifier, span=m.span,
                         origin=Origin.PROSE, subject=subject) for m in mentions]
    return out


def _told(sentence: str) -> list[tuple[str, float, str | None, int, int]]:
    """(kind, value, qualifier, start, end) of each figure of a loss the sentence tells."""
    out = []
    for m in _TOLD.finditer(sentence):
        before = sentence[:m.start()]
        qual, bound = count_qualifier(before)
        if bound or _PART_BEFORE.search(before):
            return []  # "over 400 wounded", "of whom 30 killed": the sentence tells no whole
        value = float(m.group("num").replace(",", ""))
        if value < _MIN_VALUE:
            return []
        out.append((_KINDS[m.group("kind").casefold()], value, qual, m.start("num"), m.end("num")))
    return out


# "3,200 (garrison)", "11,500 (relief army)": a side's strength given in parts, each labelled by a bracket of
# lower-case words after its figure
_BRACKET_LABEL = re.compile(r"\s*\(\s*(?:the\s+)?([a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,2})\s*\)")
# words of a bracket that change what the figure counts, or tell a loss, not a part's name
_NOT_A_PART = frozenset({"plus", "including", "excluding", "only", "and", "or", "with", "without", "of", "total",
                         "killed", "wounded", "dead", "captured", "missing", "est", "estimated", "approx", "about",
                         "men", "troops", "soldiers", "strong", "initially", "later", "peak", "max", "maximum"})
_MEN = r"(?:men|soldiers|troops|sailors|marines|strong)"
# a sentence that opens on a later moment of the event: "By the end of the siege", "Later", "At its surrender"
_LATER = re.compile(r"\W*(?:by|after|later|finally|eventually|at\s+(?:the|its)\s+(?:end|close|surrender)|"
                    r"towards?\s+the\s+end|in\s+the\s+end|when)\b", re.I)


def _strength_parts(doc: Document, facts) -> dict[str, Quantity]:
    """Label -> the one strength figure of the page's fields that a bracket after it names ("garrison")."""
    by_label: dict[str, list[Quantity]] = defaultdict(list)
    for q in facts.quantities:
        if q.measure.rstrip("0123456789") != "strength" or q.origin not in FIELD_ORIGINS \
                or not 0 < q.span.line <= doc.line_count:
            continue
        line = doc.line_text(q.span.line)
        m = _BRACKET_LABEL.match(line, q.span.end_column - 1) if q.span.end_line == q.span.line else None
        if m is None or set(m.group(1).split()) & _NOT_A_PART:
            continue
        by_label[m.group(1)].append(q)
    return {label: qs[0] for label, qs in by_label.items() if len(qs) == 1}


def bracketed_parts(doc: Document, facts, prose_kinds: dict) -> list[Quantity]:
    """"strength1 = 3,200 (garrison)<br>11,500 (relief army)" and "The garrison of 3,400 men was commanded by":
    the part named by its bracket, told again in the prose as "the <label> of N men", "the <label> numbered N" or
    "the <label>, N strong", in a clause of no other year than the page's own and of no change ("had grown to",
    "was reduced to"), is the field's part; compared like the other restated measures."""
    parts = _strength_parts(doc, facts)
    if not parts:
        return []
    own = field_years(facts.dates)
    changes = _changes()
    out = []
    for label, q in parts.items():
        told = re.compile(rf"\b[Tt]he\s+{re.escape(label)}(?:\s+of|,)\s+"
                          rf"(?:(?P<qual>some|about|around|nearly|roughly|c\.)\s+)?(?P<num>{DIGITS})"
                          rf"(?P<men>\s+{_MEN}\b)?")
        mentions = []
        for block in doc.blocks:
            if prose_kinds.get(block.kind) is not Origin.PROSE or block.kind is BlockKind.TABLE_CELL \
                    or label not in block.text.casefold():
                continue
            for s, e in figure_sentences(block):
                sentence = block.text[s:e]
                for m in told.finditer(sentence):
                    joint = sentence[m.start():m.start("num")]
                    if (" of " in joint or joint.rstrip().endswith(",")) and not m.group("men"):
                        continue  # "the garrison of 1743", "the garrison, 40 of whom": no count of its men
                    cut = re.search(r"[,;]", sentence[m.end():])
                    clause = sentence[max(sentence.rfind(",", 0, m.start()), sentence.rfind(";", 0, m.start())) + 1:
                                      m.end() + (cut.start() if cut else len(sentence))]
                    years = years_named(clause, before_comma=True) - {int(float(m.group("num").replace(",", "")))}
                    if years and (own is None or any(not own[0] <= y <= own[1] for y in years)):
                        continue  # another moment's garrison
                    if {w.casefold() for w in re.findall(r"[A-Za-z]+", clause)} & changes or _LATER.match(sentence):
                        continue  # "By the end of the siege the garrison of 1,900 men": a later moment's
                    qual = m.group("qual")
                    mentions.append(Quantity(measure="", label="", value=float(m.group("num").replace(",", "")),
                                             qualifier=qual, span=doc.block_span(block, s + m.start("num"),
                                                                                 s + m.end("num")),
                                             origin=Origin.PROSE))
        if mentions:
            measure = f"value:{doc.path}#strength:{label}"
            shown = f"{label} strength"
            out.append(Quantity(measure=measure, label=shown, value=q.value, qualifier=q.qualifier, span=q.span,
                                origin=q.origin, subject=facts.title))
            out += [Quantity(measure=measure, label=shown, value=m.value, qualifier=m.qualifier, span=m.span,
                             origin=Origin.PROSE, subject=facts.title) for m in mentions]
    return out


def _changes() -> frozenset[str]:
    from .measures import measure_vocab
    v = measure_vocab()
    return frozenset(v.changes) | frozenset(v.part_cues) | {"reduced", "reinforced", "remained", "left", "surviving",
                                                            "survivors", "remaining", "lost", "killed", "wounded"}


# "strength_peak: 1140", "Peak strength:: 1,140", "| max_strength = 1,140 men": a unit's greatest strength
_PEAK_KEY = re.compile(r"(?:peak|max|maximum|greatest|highest)[_\s-]*strength|strength[_\s-]*(?:peak|max|maximum)", re.I)
_PEAK_VALUE = re.compile(r"\s*(?:c\.\s*|about\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?:men|soldiers|troops|volunteers))?"
                         r"(?:\s*\(\d{3,4}\))?\s*")
# "the 1,410-strong Halvard Brigade", "The 900-strong [[Orm Legion]]": another unit's strength as its adjective
_STRONG_NAME = re.compile(rf"(?<![\w,.-])(?P<num>{DIGITS})-strong\s+(?:''+|\*+|\[\[)?"
                          r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,5})")


def peak_strengths(doc: Document, facts, prose_kinds: dict) -> list[Quantity]:
    """A unit's greatest strength in a field of its own page (measure "peak_strength"), and another unit's
    strength written as its adjective in the prose ("the 1,410-strong Halvard Brigade", measure
    "named_strength"), for the conflicting-value rule to hold the second to at most the first."""
    out = []
    for b in doc.blocks:
        if b.kind is BlockKind.FIELD and facts.title and _PEAK_KEY.fullmatch((b.raw_key or b.key or "").strip()):
            m = _PEAK_VALUE.fullmatch(b.text)
            if m is not None:
                out.append(Quantity(measure="peak_strength", label="peak strength",
                                    value=float(m.group("num").replace(",", "")), qualifier=None,
                                    span=doc.block_span(b, m.start("num"), m.end("num")),
                                    origin=Origin.FRONT_MATTER if b.attrs.get("source") == "front-matter"
                                    else Origin.INFOBOX, subject=facts.title))
        elif prose_kinds.get(b.kind) is Origin.PROSE and b.kind is not BlockKind.TABLE_CELL and "-strong" in b.text:
            for m in _STRONG_NAME.finditer(b.text):
                before = b.text[max(0, m.start() - 20):m.start()]
                qual, bound = count_qualifier(before)
                if bound:
                    continue
                out.append(Quantity(measure="named_strength", label="strength",
                                    value=float(m.group("num").replace(",", "")), qualifier=qual,
                                    span=doc.block_span(b, m.start("num"), m.end("num")), origin=Origin.PROSE,
                                    subject=m.group("name")))
    return out


# "Lothar brought 6,800 men", "Aubrel led some 4,000 troops", "Count Isk marched with 9,000 men", "Isk's army
# numbered 9,000", "Isk's host of 9,000 men": a side's leader and the men he brought (a verb of bringing or having)
_LED_VERBS = (r"(?:numbered|counted|brought|led|commanded|mustered|raised|fielded|gathered|assembled|had|marched\s+(?:out\s+)?with|"
              r"arrived\s+with|came\s+(?:up\s+)?with|advanced\s+with|set\s+out\s+with|crossed\s+\w+\s+\w+\s+with|"
              r"took\s+the\s+field\s+with|invested\s+\w+\s+with|laid\s+siege\s+to\s+\w+\s+with|was\s+at\s+the\s+head\s+of)")
_HOSTS = r"(?:army|host|force|forces|troops|men|column|field\s+army|garrison)"
_LED_APPROX = r"(?:(?P<qual>some|about|around|nearly|roughly|c\.|approximately)\s+)?"
_LED_TAIL = (rf"(?:{_LED_APPROX}(?P<num>{DIGITS})\s+(?:(?:fighting|armed|mounted|foot|horse)\s+)?"
             rf"(?:men|soldiers|troops|warriors|fighting\s+men)\b"
             # "gathered an army of 11,500", "brought a host of some 9,000 men"
             rf"|(?:(?:an?|his|her|their|the\s+whole\s+of\s+his)\s+)?(?:army|host|force|field\s+army|garrison)\s+of\s+"
             rf"{_LED_APPROX.replace('?P<qual>', '?P<a_qual>')}(?P<a_num>{DIGITS})(?![\d,])"
             r"(?!\s+(?:guns|cannon|ships|horses|wagons|bombards|of\b)))")
# a sentence that counts a contingent, an addition or a loss, not the whole side
_LED_PART = re.compile(r"\b(?:further|another|additional|more|reinforcements?|reinforced|joined|detached|sent|lent|"
                       # "most of them archers", "nearly all of whom were militia": what the whole was made of
                       r"(?<!most\s)(?<!many\s)(?<!all\s)(?<!mostly\s)of\s+(?:whom|them)|including|besides|part|half|rest|remaining|remnants?|survivors?|lost|"
                       r"left|only|vanguard|rearguard|advance\s+guard|detachment|contingent|own|under\s+his\s+banner)\b",
                       re.I)
# two counts of men in one sentence ("6,000 men ... and 2,000 men"): parts or moments ("3,000 camel-riders" counts
# no men: the number alone is no count of them)
_MEN_COUNT = re.compile(rf"(?<![\w,.])(?:{DIGITS})\s+(?:\w+\s+)?(?:men|soldiers|troops|horse|foot)\b")
# a figure this far from the side's field is a part (a contingent, a day's assault force), not the side told again
_LED_RATIO = 1.4


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Single-word titles and honorifics before a name ("Emir", "Ser"; prose.yaml titles, name_honorifics)."""
    prose = vocabulary.load("prose") or {}
    return frozenset(str(t).casefold() for key in ("titles", "name_honorifics") for t in prose.get(key) or ()
                     if " " not in str(t))


# the head nouns of a polity named "<noun> of <Place>", which the place's name alone stands for
_POLITY_WORDS = frozenset({"kingdom", "duchy", "county", "principality", "republic", "empire", "emirate", "khanate",
                           "sultanate", "march", "margraviate", "bishopric", "archbishopric", "electorate",
                           "grand duchy", "city", "free city", "league", "realm", "lordship", "earldom"})


def _side_names(facts) -> dict[str, set[str]]:
    """Side -> the names its fields give a leader or a belligerent by: the whole name, the possessive's owner
    ("Lothar of Wendhove's party"), a ruler's first name ("Lothar" of "Lothar of Wendhove") and a full name's
    surname ("Aldo Brenck": "Brenck")."""
    names: dict[str, set[str]] = defaultdict(set)
    for m in facts.memberships:
        if m.origin not in FIELD_ORIGINS or m.role not in ("commander", "belligerent") or not m.side.isdigit():
            continue
        name = re.sub(r"['’]s\s+(?:party|army|host|forces|faction|side|men)$", "", m.entity.strip())
        name = re.sub(r"\s*\(.*\)$", "", name)
        words = name.split()
        if not words or not all(w[:1].isupper() or w in ("of", "von", "van", "de", "the") for w in words):
            continue
        names[m.side].add(name)
        while len(words) > 2 and words[0].casefold() in _titles():
            words = words[1:]  # "Emir Yusuf Tashan": "Yusuf Tashan", then its parts below
        if m.role == "commander" and len(words) == 4 and words[2] in ("of", "von", "de") \
                and all(w[:1].isupper() for w in words[:2]):
            words = words[:2]  # "Amir Khurshid of Nurzan": "Amir Khurshid had 2,800 men", then its parts below
        if len(words) >= 3 and words[1] in ("of", "von", "de") and len(words[0]) >= 4:
            names[m.side].add(words[0])  # "Lothar of Wendhove": "Lothar"
            if m.role == "belligerent" and len(words) == 3 and words[0].casefold() in _POLITY_WORDS:
                names[m.side].add(words[2])  # "Duchy of Vell": "Vell brought 9,000 men"
        elif len(words) in (2, 3) and all(w[:1].isupper() for w in words) and len(words[-1]) >= 4:
            names[m.side].add(" ".join(words))
            names[m.side].add(words[-1])  # "Aldo Brenck": "Brenck"
            if m.role == "commander" and len(words[0]) >= 4 and words[0].casefold() not in _titles():
                names[m.side].add(words[0])  # "Ilsa Marrow": "Ilsa had 1,950 men" (unless both sides have an Ilsa)
    shared = set.intersection(*names.values()) if len(names) > 1 else set()
    return {side: ns - shared for side, ns in names.items() if ns - shared}


def commander_strengths(doc: Document, facts, prose_kinds: dict) -> list[Quantity]:
    """"strength1 = 6,200" beside "commander1 = Lothar of Wendhove", and the prose's "Lothar brought 6,800 men before
    the walls": a side's one strength field told again as the men its leader brought, led or had. The leader (or
    the side's belligerent) is the clause's subject, right before the verb; a sentence of another year than the
    page's own, of a later moment, of a change, of a part (a contingent, reinforcements, the men lost) or of two
    figures, and a figure far from the field's (a contingent: 2,000 of a side's 9,000), restate nothing."""
    fields: dict[str, list[Quantity]] = defaultdict(list)
    for q in facts.quantities:
        if q.measure == "strength" and q.origin in FIELD_ORIGINS and q.group.isdigit() and not q.breakdown:
            fields[q.group].append(q)
    sides = {side: qs[0] for side, qs in fields.items() if len(qs) == 1 and qs[0].value >= _ANCHOR_MIN}
    if not sides:
        return []
    names = {side: ns for side, ns in _side_names(facts).items() if side in sides}
    if not names:
        return []
    own = field_years(facts.dates)
    changes = _changes()
    patterns = {}
    for side, ns in names.items():
        alt = "|".join(re.escape(n) for n in sorted(ns, key=len, reverse=True))
        patterns[side] = re.compile(
            rf"(?<![\w'’-])(?:{alt})(?:\s+(?:{alt}))?(?:(?:['’]s\s+(?:\w+\s+)?{_HOSTS}\s+(?:of|numbered|counted|was|were)"
            rf"\s+{_LED_APPROX.replace('?P<qual>', '?P<p_qual>')}(?P<p_num>{DIGITS})(?![\d,])"
            r"(?!\s+(?:guns|cannon|ships|horses|wagons|bombards|of\b)))"
            rf"|\s+(?:(?:then|now|himself|herself)\s+)?{_LED_VERBS}\s+(?:\w+\s+){{0,3}}?{_LED_TAIL})"
            # "With 6,800 men, Lothar invested the town": the leader's men fronted
            rf"|^\W*[Ww]ith\s+{_LED_TAIL.replace('?P<', '?P<f_')}\s*,\s*(?:{alt})\s+[a-z]")
    cue = re.compile("|".join(re.escape(n) for ns in names.values() for n in ns))
    found: dict[str, list[Quantity]] = defaultdict(list)
    for block in doc.blocks:
        if prose_kinds.get(block.kind) is not Origin.PROSE or block.kind is BlockKind.TABLE_CELL \
                or not cue.search(block.text):
            continue
        for s, e in figure_sentences(block):
            sentence = block.text[s:e]
            if len(_MEN_COUNT.findall(sentence)) > 1:
                continue  # two counts of men: parts or moments
            if _LED_PART.search(sentence) or _LATER.match(sentence) \
                    or {w.casefold() for w in re.findall(r"[A-Za-z]+", sentence)} & changes:
                continue
            for side, pattern in patterns.items():
                m = pattern.search(sentence)
                if m is None:
                    continue
                g = next(k for k, v in m.groupdict().items() if k.endswith("num") and v)
                value = float(m.group(g).replace(",", ""))
                years = years_named(sentence, before_comma=True) - {int(value)}
                if years and (own is None or any(not own[0] <= y <= own[1] for y in years)):
                    continue  # another year's army
                field = sides[side]
                if not field.value / _LED_RATIO <= value <= field.value * _LED_RATIO:
                    continue
                found[side].append(Quantity(measure="", label="", value=value,
                                            qualifier=m.group(g.replace("num", "qual")),
                                            span=doc.block_span(block, s + m.start(g), s + m.end(g)),
                                            origin=Origin.PROSE))
    out = []
    for side, mentions in found.items():
        field = sides[side]
        measure = f"value:{doc.path}#strength:side{side}"
        out.append(Quantity(measure=measure, label="strength", value=field.value, qualifier=field.qualifier,
                            span=field.span, origin=field.origin, subject=facts.title))
        out += [Quantity(measure=measure, label="strength", value=m.value, qualifier=m.qualifier, span=m.span,
                         origin=Origin.PROSE, subject=facts.title) for m in mentions]
    return out


# "Of the rebels, 241 were taken prisoner, most of them at Camp Morlaix.", "Of Vaudry's army, 1,200 were captured.":
# a side named by the sentence's opening "Of ...", then one figure of one kind of loss, told of the whole side
_OF_SIDE = re.compile(r"\W*Of\s+(?:the\s+)?(?P<side>[\w'’-]+(?:\s+[\w'’-]+){0,3}?),\s+"
                      r"(?:(?P<qual>some|about|around|roughly|nearly|c\.)\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+"
                      r"(?:were|was|had\s+been)\s+(?P<kind>killed|wounded|captured|taken\s+prisoner|made\s+prisoner|"
                      r"taken\s+captive|missing)\b")
# what may follow the loss and keep it the side's whole: the sentence's end, or an aside about some of them
_WHOLE_AFTER = re.compile(r"\s*(?:[.;]|$|,\s*(?:most|many|some|all|nearly\s+all|half|a\s+third|the\s+rest)\s+of\s+"
                          r"(?:them|whom)\b|\s+in\s+(?:all|total)\b|\s+altogether\b)")
_TOLD_KIND = {"killed": "dead", "wounded": "wounded", "captured": "captured", "missing": "missing"}


def _side_words(doc: Document) -> dict[str, set[str]]:
    """Side number -> the stems of the words its combatant fields name it by ("Rebel elements" -> "rebel")."""
    out: dict[str, set[str]] = defaultdict(set)
    for b in doc.blocks:
        m = re.fullmatch(r"combatant(\d)", b.key or "") if b.kind is BlockKind.FIELD else None
        if m is not None:
            out[m.group(1)] |= {_stem(w) for w in re.findall(r"[A-Za-z][\w'’-]+", b.text) if len(w) > 3}
    return out


def _stem(word: str) -> str:
    w = re.sub(r"['’]s?$", "", word.casefold())
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def partitioned_losses(doc: Document, facts, prose_kinds: dict) -> list[Quantity]:
    """"casualties2 = 11 killed<br />214 captured" and "Of the rebels, 241 were taken prisoner": one kind of loss of a
    side the sentence names in its opening "Of the <side>," (a word of one side's combatant field only), told whole
    (nothing after it but an aside about some of them), in a sentence of no other year than the page's own, is that
    side's field; compared like the other restated figures."""
    fields: dict[str, dict[str, list[Quantity]]] = defaultdict(lambda: defaultdict(list))
    for q in facts.quantities:
        if q.measure.rstrip("0123456789") == "casualties" and q.origin in FIELD_ORIGINS and q.role == "part" \
                and not q.breakdown and (kind := loss_kind(q.label or "")) is not None:
            fields[q.group][kind].append(q)
    if not fields:
        return []
    sides = _side_words(doc)
    if len(sides) < 2:
        return []  # the sides' names are not told apart (a pasted infobox's one list of belligerents)
    own = field_years(facts.dates)
    out = []
    for block in doc.blocks:
        if prose_kinds.get(block.kind) is not Origin.PROSE or block.kind is BlockKind.TABLE_CELL \
                or "Of " not in block.text:
            continue
        for s, e in figure_sentences(block):
            sentence = block.text[s:e]
            m = _OF_SIDE.match(sentence)
            if m is None or not _WHOLE_AFTER.match(sentence, m.end()):
                continue
            value = float(m.group("num").replace(",", ""))
            if value < _MIN_VALUE:
                continue
            years = years_named(sentence, before_comma=True) - {int(value)}
            if years and (own is None or any(not own[0] <= y <= own[1] for y in years)):
                continue
            words = {_stem(w) for w in re.findall(r"[A-Za-z][\w'’-]+", m.group("side")) if len(w) > 3}
            named = [side for side, said in sides.items() if words & said]
            if len(named) != 1:
                continue  # no side, or a word of both ("Of the soldiers")
            kind = _TOLD_KIND.get(m.group("kind").split()[0].casefold(), "captured")
            field = fields.get(named[0], {}).get(kind) or []
            if len(field) != 1:
                continue
            f = field[0]
            measure = f"value:{doc.path}#losses:{named[0]}:{kind}:told"
            label = kind
            out.append(Quantity(measure=measure, label=label, value=f.value, qualifier=f.qualifier, span=f.span,
                                origin=f.origin, subject=facts.title))
            out.append(Quantity(measure=measure, label=label, value=value, qualifier=m.group("qual"),
                                span=doc.block_span(block, s + m.start("num"), s + m.end("num")), origin=Origin.PROSE,
                                subject=facts.title))
    return out


# told_labels: "casualties2 = 7 ships sunk or burned" and "By evening the fleet had lost eight ships sunk or burned":
# a loss field whose label is a phrase of a plural noun and what befell it ("ships sunk or burned", "guns spiked or
# taken"), told again word for word after a figure (in digits or words). The phrase of three words or more is the
# field's own, so the figure is that field's, unless its clause bounds it or makes it a part ("over", "another",
# "on the first day"). A label two sides' fields share, or a page that tells it twice in fields, binds nothing.
_LABEL_WORDS = 3
_SPELLED_OR_DIGITS = r"(?<![\w,.-])(?P<num>\d{1,3}(?:,\d{3})+|\d+|[a-z]+(?:-[a-z]+)?)"
_LABEL_BOUNDS = frozenset({"over", "under", "about", "around", "nearly", "almost", "some", "roughly", "least", "more",
                           "fewer", "less", "another", "further", "additional", "other", "only", "first", "second",
                           "third", "day", "whom", "which", "each", "including", "among", "until", "before"})


# what befell the things a loss label counts: a label without one ("tanks and assault guns") may be a strength's
_BEFELL = frozenset({"sunk", "burned", "burnt", "captured", "taken", "lost", "destroyed", "scuttled", "spiked",
                     "killed", "wounded", "damaged", "missing", "drowned", "wrecked", "seized", "disabled"})


def told_labels(doc: Document, facts, prose_kinds: dict) -> list[Quantity]:
    from .numbers import word_number
    by_label: dict[str, list[Quantity]] = defaultdict(list)
    for q in facts.quantities:
        if q.measure.rstrip("0123456789") == "casualties" and q.origin in FIELD_ORIGINS and q.role == "part" \
                and not q.breakdown and q.label:
            words = re.findall(r"[a-z]+", q.label.casefold())
            if len(words) >= _LABEL_WORDS and words[0].endswith("s") and set(words[1:]) & _BEFELL and " ".join(words) == \
                    " ".join(q.label.casefold().split()):
                by_label[" ".join(words)].append(q)
    fields = {label: qs[0] for label, qs in by_label.items() if len(qs) == 1}
    if not fields:
        return []
    found: dict[str, list[Quantity]] = defaultdict(list)
    for block in doc.blocks:
        if prose_kinds.get(block.kind) is not Origin.PROSE or block.kind is BlockKind.TABLE_CELL:
            continue
        low = block.text.casefold()
        for label in fields:
            if label not in low:
                continue
            for s, e in figure_sentences(block):
                sentence = block.text[s:e]
                for m in re.finditer(rf"{_SPELLED_OR_DIGITS}\s+{re.escape(label)}\b", sentence, re.I):
                    value = word_number(m.group("num"))
                    if value is None or m.group("num").casefold() in ("a", "an", "one"):
                        continue
                    lo = max(sentence.rfind(c, 0, m.start()) for c in ",;:(")
                    clause = sentence[lo + 1:m.end()]
                    if {w.casefold() for w in re.findall(r"[A-Za-z]+", clause)} & _LABEL_BOUNDS:
                        continue
                    found[label].append(Quantity(measure="", label="", value=float(value), qualifier=None,
                                                 span=doc.block_span(block, s + m.start("num"), s + m.end("num")),
                                                 origin=Origin.PROSE))
    out = []
    for label, mentions in found.items():
        field = fields[label]
        measure = f"value:{doc.path}#label:{label}"
        out.append(Quantity(measure=measure, label=label, value=field.value, qualifier=field.qualifier,
                            span=field.span, origin=field.origin, subject=facts.title))
        out += [Quantity(measure=measure, label=label, value=m.value, qualifier=None, span=m.span,
                         origin=Origin.PROSE, subject=facts.title) for m in mentions]
    return out


# paired_losses: "casualties1 = 41,300 killed", "casualties2 = 38,750 killed" and "The Government lost 41,300 soldiers
# killed and the Committee 38,570": one kind of loss of two parties in one sentence, the second figure's kind said
# again or left unsaid. The page's fields give that kind twice (one per side, in either order); the sentence's figure
# equal to one of them binds the sentence to the fields, and its other figure is then the other field's value.
_PAIR_MEN = r"(?:(?:men|soldiers|troops|sailors|officers\s+and\s+men|dead\s+and\s+wounded)\s+)?"
_PAIRED = re.compile(
    rf"(?<![\w,.-])(?P<a>{DIGITS})\s+{_PAIR_MEN}(?P<kind>killed|dead|slain)\b(?:\s+in\s+action)?,?\s+"
    rf"(?:and|while|whereas)\s+(?P<other>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){{0,4}}|"
    rf"the\s+[a-z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[\w'’-]+){{0,3}}?)"
    rf"(?:\s+(?:lost|suffered|had))?\s+(?:(?P<qual>some|about|around|nearly|roughly|c\.)\s+)?(?P<b>{DIGITS})"
    rf"(?!\s*(?:%|per\b|of\b|more\b|fewer\b|and\b|or\b|to\b|[-–]))(?:\s+{_PAIR_MEN}(?P<kind2>[a-z]+))?")
# the second figure beside the first's within this ratio: a party's whole losses, not a unit's part of them
_PAIR_RATIO = 2.0


def paired_losses(doc: Document, facts, prose_kinds: dict) -> list[Quantity]:
    fields = [q for q in facts.quantities
              if q.measure.rstrip("0123456789") == "casualties" and q.origin in FIELD_ORIGINS and q.role == "part"
              and not q.breakdown and loss_kind(q.label or "") == "dead"]
    if len(fields) != 2 or fields[0].span.line == fields[1].span.line:
        return []  # one side's dead, or three: which the sentence means is not said
    own = field_years(facts.dates)
    out = []
    for block in doc.blocks:
        if prose_kinds.get(block.kind) is not Origin.PROSE or block.kind is BlockKind.TABLE_CELL:
            continue
        for s, e in figure_sentences(block):
            sentence = block.text[s:e]
            for m in _PAIRED.finditer(sentence):
                if m.group("kind2") and _KINDS.get(m.group("kind2").casefold(), "dead") != "dead":
                    continue  # "41,300 killed and the Committee 12,000 wounded": another kind
                if m.group("kind2") and m.group("kind2").casefold() not in _KINDS \
                        and m.group("kind2").casefold() not in ("in", "on", "at", "by", "during", "between"):
                    continue  # "and the Committee 38,570 ships": another count
                qual, bound = count_qualifier(sentence[:m.start("a")])
                if bound or qual or _PART_BEFORE.search(sentence[:m.start("a")]):
                    continue
                years = years_named(sentence, before_comma=True) - {int(float(m.group(g).replace(",", "")))
                                                                     for g in ("a", "b")}
                if years and (own is None or any(not own[0] <= y <= own[1] for y in years)):
                    continue  # another moment's losses
                a, b = (float(m.group(g).replace(",", "")) for g in ("a", "b"))
                if a == b or min(a, b) < _ANCHOR_MIN:
                    continue
                for i, f in enumerate(fields):
                    other = fields[1 - i]
                    if f.value == other.value:
                        break
                    if f.value == a:
                        told, at, qual2 = b, "b", m.group("qual")
                    elif f.value == b and not m.group("qual"):
                        told, at, qual2 = a, "a", None
                    else:
                        continue
                    if not 1 / _PAIR_RATIO <= told / other.value <= _PAIR_RATIO:
                        break
                    measure = f"value:{doc.path}#losses:paired:{other.span.line}"
                    out.append(Quantity(measure=measure, label="dead", value=other.value, qualifier=other.qualifier,
                                        span=other.span, origin=other.origin, subject=facts.title))
                    out.append(Quantity(measure=measure, label="dead", value=told, qualifier=qual2,
                                        span=doc.block_span(block, s + m.start(at), s + m.end(at)),
                                        origin=Origin.PROSE, subject=facts.title))
                    break
    return out


# tabled_losses: "casualties: {killed: 1140, wounded: 2010}" in the front matter and a two-column table of the
# losses ("| Killed | 1,410 |", "| Wounded | 2,010 |"): a row whose label is one kind of loss gives that kind's
# figure again, when the page's fields give that kind once. A table of two kinds of loss or more, each row a
# label and one whole number, is the page's losses; a part's table (a battalion's, a year's) is far smaller.
_ROW_FIGURE = re.compile(rf"\s*(?:(?P<qual>c\.|about|some|around|approx\.?)\s*)?(?P<num>{DIGITS})\s*")


def tabled_losses(doc: Document, facts) -> list[Quantity]:
    fields: dict[str, list[Quantity]] = defaultdict(list)
    for q in facts.quantities:
        if q.measure.rstrip("0123456789") == "casualties" and q.origin in FIELD_ORIGINS and q.role == "part" \
                and not q.breakdown and (kind := loss_kind(q.label or "")) is not None:
            fields[kind].append(q)
    if not fields:
        return []
    tables: dict[str, dict[str, dict[int, object]]] = defaultdict(dict)
    for b in doc.blocks:
        if b.kind is BlockKind.TABLE_CELL and b.group is not None and "row" in b.attrs:
            tables[b.attrs.get("table", "")].setdefault(b.attrs["row"], {})[b.group] = b
    out = []
    for rows in tables.values():
        if any(len(cells) > 2 or max(cells) > 1 for cells in rows.values()):
            continue  # a table of several columns: a year's or a unit's losses in each
        told = []
        for cells in rows.values():
            if 0 not in cells or 1 not in cells:
                continue
            kind = loss_kind(cells[0].text.strip(" *'_:"))
            m = _ROW_FIGURE.fullmatch(cells[1].text)
            if kind is not None and m is not None:
                told.append((kind, m, cells[1]))
        if len({kind for kind, *_ in told}) < 2 or len({kind for kind, *_ in told}) != len(told):
            continue  # one loss in a table is a coincidence; a kind twice is two parties' losses
        for kind, m, cell in told:
            field = fields.get(kind) or []
            if len(field) != 1 or field[0].span.path != doc.path:
                continue
            f, value = field[0], float(m.group("num").replace(",", ""))
            if not f.value or not 1 / _PAIR_RATIO <= value / f.value <= _PAIR_RATIO:
                continue
            measure = f"value:{doc.path}#losses:tabled:{kind}"
            out.append(Quantity(measure=measure, label=kind, value=f.value, qualifier=f.qualifier, span=f.span,
                                origin=f.origin, subject=facts.title))
            out.append(Quantity(measure=measure, label=kind, value=value, qualifier=m.group("qual"),
                                span=doc.block_span(cell, m.start("num"), m.end("num")), origin=Origin.TABLE,
                                subject=facts.title))
    return out
