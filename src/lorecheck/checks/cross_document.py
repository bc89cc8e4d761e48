"""One event dated in two documents that name it differently ("the line opened on 6 July 1878" on the
engineer's page, "the line was opened on 2 July 1878" on the company's; "the tunnel was holed through on
18 August" against "the two headings met on 8 August").

The statement readers key an event by subject and predicate, which two writers seldom share. Here the
documents' EventMentions (extract/event_mentions.py) of one kind meet when what they happened to agrees
(their themes share a word, or neither names one and their clauses share two names: the grantor and the
charter, the ship and its port). Only mentions in different documents are compared (within one
document the statement checks speak), and only dates close enough to be one occasion of the kind: a
thing is opened once, but a town burns again in a later war (vocabulary events.yaml `window_days`).

Likewise one thing counted in two documents: a dated count in a field of the thing's own page against
another document's count of the same noun and year, in a sentence naming the thing (`cross_document_counts`).
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from .. import vocabulary
from ..extract.event_mentions import capitalised_words
from ..model import CountMention, EventMention, Severity
from . import STRUCTURED, diagnostic


@lru_cache(maxsize=1)
def _kinds() -> tuple[dict[str, bool], dict[str, int]]:
    spec = vocabulary.load("events") or {}
    once = {str(k): bool(v.get("once")) for k, v in (spec.get("kinds") or {}).items()}
    window = {str(k): int(v) for k, v in (spec.get("window_days") or {}).items()}
    return once, window


def _meet(a: EventMention, b: EventMention, once: bool) -> bool:
    """Do two mentions of one kind speak of one thing? Two names must share a word ("the Kellmoor line" is
    not "the Ossk line"); a common noun meets a name holding it or the same noun ("the line"), on days
    close together. Mentions that say of neither what it happened to meet only by the noun that names
    the event ("a charter") and the names around it."""
    same = _same_theme(a.theme, b.theme)
    if same is False:
        return False
    if same == "noun" and not _close_days(a.date, b.date):
        return False  # "the attack opened on D" in two pages: two attacks
    if once and same:
        return True
    shared = set(a.words) & set(b.words)
    if not a.theme and not b.theme and not any(w[:1] == "#" for w in shared):
        return False
    plain = {w.lstrip("~") for w in a.theme + b.theme}
    return len(shared) >= 2 and bool(shared - plain)  # the ship and its port, not the ship alone


_CLOSE_DAYS = 31
# a day apart across documents is another reckoning more often than a slip: a night's event, a decision and
# its announcement ("dismissed on 1 July" / "sacked on 2 July")
_BLUR_DAYS = 1


def _close_days(a, b) -> bool:
    (alo, ahi), (blo, bhi) = a.interval(), b.interval()
    return alo == ahi and blo == bhi and abs(alo - blo) <= _CLOSE_DAYS


def _same_theme(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool | str | None:
    """True (a name's word in common), "noun" (a common noun only), False (nothing in common), or None
    when one does not say what the event happened to."""
    if not ta or not tb:
        return None
    na, nb = {w for w in ta if w[:1] != "~"}, {w for w in tb if w[:1] != "~"}
    if na and nb:  # "the Union" is the Netmakers' Union; the Sudan Defence Force is not the Civil Defence
        common = na & nb
        return len(common) >= 2 or bool(common) and len(common) == min(len(na), len(nb))
    common = {w.lstrip("~") for w in ta} & {w.lstrip("~") for w in tb}
    if not common:
        return False
    return True if common & (na | nb) else "noun"


def cross_document_events(world, rule):
    """Findings for one occasion dated differently in two documents (rule conflicting-date)."""
    once_of, window = _kinds()
    by_word: dict[tuple[str, str], list[EventMention]] = defaultdict(list)
    for doc in world.docs:
        for e in doc.events:
            for w in e.words:
                by_word[(e.kind, w)].append(e)
    seen: set[tuple] = set()
    for (kind, _), mentions in by_word.items():
        if len({e.span.path for e in mentions}) < 2:
            continue
        once = once_of.get(kind, True)
        reach = window.get("once" if once else "recurring", 92)
        # by first day, so each mention meets only those starting within its reach (no all-pairs pass)
        spans = sorted(((e.date.interval(), n, e) for n, e in enumerate(mentions)), key=lambda x: (x[0][0], x[1]))
        for i, ((alo, ahi), _, a) in enumerate(spans):
            for (blo, bhi), _, b in spans[i + 1:]:
                if blo - ahi > reach:
                    break
                gap = max(blo - ahi, alo - bhi, 0)
                if a.span.path == b.span.path or gap <= _BLUR_DAYS or gap > reach:
                    continue
                first, second = sorted((a, b), key=lambda e: (e.span.path, e.span.line, e.span.column))
                pair = (first.span, second.span, kind)
                if pair in seen or not _meet(a, b, once):
                    continue
                seen.add(pair)
                yield diagnostic(
                    rule, second.date_span, [(first.date_span, f"{kind} date {first.date} stated here")],
                    key=("cross-document", kind, str(second.date), str(first.date)),
                    subject=_shown(first, second), predicate=kind, value=str(second.date), other=str(first.date),
                    hedge="", count=2)


def _shown(a: EventMention, b: EventMention) -> str:
    """A name for what both mentions speak of: a name of theirs holding a shared word, else "the <word>"."""
    shared = [w.lstrip("~#") for w in a.words if w in b.words] or [w.lstrip("~#") for w in a.theme + a.words]
    held = [(sum(w in name.casefold().split() for w in shared), name) for name in a.names + b.names]
    best = max(held, key=lambda x: x[0], default=(0, ""))
    if best[0]:
        return best[1]  # "Jon Ostry" and "Ostry Mill" share "ostry": the one holding most shared words
    return f"the {shared[0]}" if shared else "an event"


def cross_document_counts(world, rule, same_value):
    """Findings for a thing's dated count in a field of its own page ("membership = 312 masters (1520)") that
    another document gives differently in a sentence of the same year naming the thing ("the Goldbeaters'
    Guild ... numbered two hundred and thirteen masters in 1520"): rule conflicting-value, counts read by
    extract/count_mentions.py. The sentence (with its page's title) must hold every word of the page's title;
    `same_value` says when two figures agree (rounding, "about")."""
    titles = {d.path: d.title for d in world.docs if d.title}
    by_key: dict[tuple, list[CountMention]] = defaultdict(list)
    for doc in world.docs:
        for c in doc.counts:
            by_key[(c.noun, c.year)].append(c)
    seen: set[tuple] = set()
    for (noun, year), counts in by_key.items():
        fields = [c for c in counts if c.origin in STRUCTURED]
        if year is None or not fields or len({c.span.path for c in counts}) < 2:
            continue
        for a in fields:
            name = titles.get(a.span.path, "")
            title = set(capitalised_words(name))
            if len(title) < 2:
                continue
            for b in counts:
                if b.span.path == a.span.path or not title <= set(b.words) or same_value(b, a) \
                        or (a.span, b.span) in seen:
                    continue
                seen.add((a.span, b.span))
                label = noun + "s"
                yield diagnostic(rule, b.span, [(a.span, f"{label} {a.value:,.0f} stated here")],
                                 key=("cross-document-count", noun, b.value, a.value),
                                 subject=world.name(world.key(name)), measure=label,
                                 value=f"{b.value:,.0f}", other=f"{a.value:,.0f}")



def cross_document_group_counts(world, rule, same_value):
    """Findings for a named body's strength told differently in the prose of two documents ("the Scholars'
    Company, 180 students" / "In all, 210 students marched"): Quantities of measure "group:<noun>" read by
    extract/group_counts.py, met by the body's name and the counted noun. Counts of two years (each dated by
    its sentence) are two moments' and stay apart; `same_value` says when two figures agree."""
    by_key: dict[tuple, list] = defaultdict(list)
    for doc in world.docs:
        for q in doc.quantities:
            if q.measure.startswith("group:") and q.subject:
                by_key[(world.key(q.subject), q.measure)].append(q)
            elif q.measure.startswith("share:") and q.when is not None:
                by_key[("", q.measure)].append(q)
    for (key, measure), counts in by_key.items():
        for a, b in _pages_apart(counts, same_value):
            if a.when is not None and b.when is not None and (a.when.year != b.when.year or (
                    a.when.month and b.when.month and a.when.month != b.when.month)):
                continue  # another year's strength, another month's cut
            if measure.startswith("share:"):
                yield diagnostic(rule, b.span, [(a.span, f"{a.label}: {_figure(a.value)} per cent stated here")],
                                 key=("cross-document-share", measure, str(b.when), b.value, a.value),
                                 subject=f"the {b.label} ({b.when})", measure="share",
                                 value=f"{_figure(b.value)} per cent", other=f"{_figure(a.value)} per cent")
                continue
            yield diagnostic(rule, b.span, [(a.span, f"{a.label} {a.value:,.0f} stated here")],
                             key=("cross-document-group", key, measure, b.value, a.value),
                             subject=a.subject, measure=a.label,
                             value=f"{b.value:,.0f}", other=f"{a.value:,.0f}")


def _pages_apart(figures: list, same_value):
    """Each pair (a, b) of figures told on two different pages that disagree, in page and line order: the
    candidates a cross-document finding is made of."""
    if len({f.span.path for f in figures}) < 2:
        return
    figures = sorted(figures, key=lambda f: (f.span.path, f.span.line, f.span.column))
    for i, a in enumerate(figures):
        for b in figures[i + 1:]:
            if b.span.path != a.span.path and not same_value(b, a):
                yield a, b


def _figure(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")


def _counts_by_noun(world, prefix: str) -> dict[str, list[CountMention]]:
    """The world's CountMentions whose noun starts with `prefix` ("toll@", "force:"), grouped by noun."""
    groups: dict[str, list[CountMention]] = defaultdict(list)
    for doc in world.docs:
        for c in doc.counts:
            if c.noun.startswith(prefix):
                groups[c.noun].append(c)
    return groups


def cross_document_tolls(world, rule, same_value):
    """Findings for one day's dead told differently in the prose of two documents ("where on 9 May eleven dockers
    were shot dead" / "seven men were killed"): CountMentions of noun "toll@<day>" read by extract/day_tolls.py,
    met by the day and a name their sentences or sections share (the yard, the regiment); another fight of the
    day, elsewhere, shares none."""
    by_day = _counts_by_noun(world, "toll@")
    numbers = vocabulary.load("numbers").get("words") or {}
    for day, tolls in by_day.items():
        for a, b in _pages_apart(tolls, same_value):
            shared = {w for w in set(a.words) & set(b.words) if w.split("-")[0] not in numbers}
            if not shared:
                continue
            held = [(sum(w in n.casefold().split() for w in shared), n) for n in a.names]
            best = max(held, key=lambda x: x[0], default=(0, ""))
            place = best[1] if best[0] else sorted(shared)[0].title()
            yield diagnostic(rule, b.span, [(a.span, f"dead {a.value:,.0f} stated here")],
                             key=("cross-document-toll", day, b.value, a.value),
                             subject=f"{place}, {day.partition('@')[2]}", measure="dead",
                             value=f"{b.value:,.0f}", other=f"{a.value:,.0f}")


def cross_document_forces(world, rule, same_value):
    """Findings for a leader's force counted differently in the prose of two documents ("Stenn brought 140 brethren
    to the field" / "Stenn rode out of Vell with 120 brethren"): CountMentions of noun "force:<noun>" read by
    extract/force_counts.py. The two sentences must name two things in common (the leader and the field, the
    enemy or the place: "Stenn" and "Hollin"), a page's title standing for "his"; counts of two years are two
    musters, and a count with no year meets only one whose sentence shares a third name."""
    by_noun = _counts_by_noun(world, "force:")
    numbers = vocabulary.load("numbers").get("words") or {}
    for noun, forces in by_noun.items():
        for a, b in _pages_apart(forces, same_value):
            if a.year is not None and b.year is not None and a.year != b.year:
                continue  # another year's muster
            own = _shared_sentence_words(a, b, numbers)
            every = {w.lstrip("^") for w in a.words if w[:1] != "~"} & {w.lstrip("^") for w in b.words if w[:1] != "~"}
            # a paragraph that names the other page's subject ("During the Wicker Rising ...") is about it
            titled = _around_title(a, b) | _around_title(b, a)
            if not own or len(own | titled) < 2 or (a.year is None or b.year is None) and len(every | titled) < 3:
                continue
            held = [(sum(w in n.casefold().split() for w in own), n) for n in a.names]
            best = max(held, key=lambda x: x[0], default=(0, ""))
            label = noun.partition(":")[2]
            yield diagnostic(rule, b.span, [(a.span, f"{label} {a.value:,.0f} stated here")],
                             key=("cross-document-force", noun, b.value, a.value),
                             subject=best[1] if best[0] else sorted(own)[0].title(), measure=label,
                             value=f"{b.value:,.0f}", other=f"{a.value:,.0f}")


def _shared_sentence_words(a: CountMention, b: CountMention, numbers) -> set[str]:
    """The words two counts' own sentences share (not a page title's "^", not a paragraph's "~"), number words out."""
    own = {w for w in a.words if w[:1] not in "^~"} & {w for w in b.words if w[:1] not in "^~"}
    return {w for w in own if w.split("-")[0] not in numbers}


def _around_title(a: CountMention, b: CountMention) -> set[str]:
    """The words of `b`'s page title that `a`'s paragraph names around its sentence (all of them, or none)."""
    title = {w[1:] for w in b.words if w[:1] == "^"}
    return title if title and title <= {w[1:] for w in a.words if w[:1] == "~"} else set()


def cross_document_votes(world, rule):
    """Findings for one division told with other figures on two pages ("removed in 1409 ... by a vote of 31 to 12" /
    "voted to remove him in 1409, by 27 votes to 12"): CountMentions of noun "vote" read by extract/vote_tallies.py.
    The two must decide one thing (an act word in common, "removed"/"remove", from the sentence or the page title),
    concern one name (a name word in common, a page's title standing for "him"), and not be of two years; a
    sentence without a year meets only one whose act and name it shares from its own words."""
    votes = [c for doc in world.docs for c in doc.counts if c.noun == "vote"]
    for a, b in _pages_apart(votes, lambda x, y: x.value == y.value and _against(x) == _against(y)):
        if a.year is not None and b.year is not None and a.year != b.year:
            continue  # another year's division
        if (a.value, _against(a)) == (_against(b), b.value):
            continue  # the same division with its sides read the other way round
        acts = {w for w in a.words if w[:1] == "+"} & {w for w in b.words if w[:1] == "+"}
        names = {w.lstrip("^") for w in a.words if w[:1].isalpha() or w[:1] == "^"} & \
            {w.lstrip("^") for w in b.words if w[:1].isalpha() or w[:1] == "^"}
        if not acts or not names:
            continue
        if (a.year is None or b.year is None) and not (
                {w for w in a.words if w[:1].isalpha()} & {w for w in b.words if w[:1].isalpha()}):
            continue  # no year to tell two divisions apart: the sentences themselves must share a name
        shown = max(((sum(w in n.casefold().split() for w in names), n) for n in a.names + b.names),
                    default=(0, ""))
        yield diagnostic(rule, b.span, [(a.span, f"votes {a.value:,.0f} to {_against(a)} stated here")],
                         key=("cross-document-vote", b.value, _against(b), a.value, _against(a)),
                         subject=shown[1] if shown[0] else sorted(names)[0].title(), measure="votes",
                         value=f"{b.value:,.0f} to {_against(b)}", other=f"{a.value:,.0f} to {_against(a)}")


def _against(c: CountMention) -> int:
    return next((int(w[1:]) for w in c.words if w[:1] == "="), -1)


def cross_document_payments(world, rule, same_value):
    """Findings for one payment's sum told differently on two pages ("agreed to pay Orbel an indemnity of 1,200,000
    ducats" on the war's page, "Article 12 bound Keth to pay Orbel an indemnity of 1,500,000 ducats" on the
    treaty's): CountMentions of noun "payment:<noun>" read by extract/payments.py, each page telling the payment
    with one sum. The sentences must name two things in common (the payer and the payee); a yearly sum is held
    only to a yearly sum, and `same_value` says when two sums agree (rounding, "some"). A sentence that names the
    payer alone is held to the one other page that tells a sum of the payer's, as a warning (_payer_alone)."""
    by_noun: dict[str, list[CountMention]] = defaultdict(list)
    for doc in world.docs:
        for c in doc.counts:
            if c.noun.startswith("payment:"):
                by_noun[c.noun].append(c)
    for noun, sums in by_noun.items():
        for a, b in _pages_apart(sums, same_value):
            if a.year is not None and b.year is not None and a.year != b.year:
                continue  # another year's payment
            shared = _name_words(a.names) & _name_words(b.names)
            if len(shared) < 2 and not _payer_alone(a, b, sums):
                continue
            label = noun.partition(":")[2].partition("@")[0]
            d = diagnostic(rule, b.span, [(a.span, f"{label} {a.value:,.0f} stated here")],
                           key=("cross-document-payment", noun, b.value, a.value),
                           subject=" and ".join(sorted(n for n in set(a.names) & set(b.names))[:2]) or
                           sorted(shared)[0].title(), measure=label,
                           value=f"{b.value:,.0f}", other=f"{a.value:,.0f}")
            if len(shared) < 2 and d.severity is Severity.ERROR:
                d.severity = Severity.WARNING
            yield d


def _payer_alone(a: CountMention, b: CountMention, sums: list[CountMention]) -> bool:
    """One sentence names the payer alone ("Ourmont also paid an indemnity of 30,000 crowns"), the other the payer
    and more ("By the Treaty of X Ourmont ... paid an indemnity of 50,000 crowns"), and no third page tells a sum of
    the payer's: likely one payment with its payee left unsaid, not certainly (the payer may have paid twice)."""
    words_a, words_b = _name_words(a.names), _name_words(b.names)
    shared = words_a & words_b
    if len(shared) != 1 or shared not in (words_a, words_b):
        return False
    return len({x.span.path for x in sums if shared <= _name_words(x.names)}) == 2


def _name_words(names) -> set[str]:
    """The words of names as written, lower-case, but words that name nothing ("The", "Article")."""
    return {w.casefold() for n in names for w in n.split()
            if w.casefold() not in _NOT_NAME_WORDS and not w[:1].isdigit()}


_NOT_NAME_WORDS = frozenset({"the", "a", "an", "of", "and", "article", "clause", "section", "treaty", "peace", "war",
                             "in", "on", "at", "by", "to", "he", "she", "it", "they", "his", "her", "its", "their"})


def cross_document_party_losses(world, rule, same_value):
    """Findings for one party's dead in one engagement told differently on two pages ("37 of her crew were killed"
    on the ship's page / "lost 41 dead" on the battle's): CountMentions of noun "losses:dead" read by
    extract/party_losses.py. The two must name the same party and the same engagement: two of (a name their
    sentences share, the other page's subject named in one's sentence or paragraph, either way round, a name their
    paragraphs share), one of them the party's (a name in common or a page's subject); counts of two years are
    two engagements, and a count with no year needs three."""
    numbers = vocabulary.load("numbers").get("words") or {}
    losses = [c for doc in world.docs for c in doc.counts if c.noun == "losses:dead"]
    for a, b in _pages_apart(losses, same_value):
        if a.year is not None and b.year is not None and a.year != b.year:
            continue  # another year's engagement
        own = _shared_sentence_words(a, b, numbers)
        names_b = _subject_named(a, b)
        names_a = _subject_named(b, a)
        around = ({w.lstrip("~") for w in a.words if w[:1] != "^"} & {w.lstrip("~") for w in b.words if w[:1] != "^"}) - own
        around = {w for w in around if w.split("-")[0] not in numbers}
        links = bool(own) + names_a + names_b + bool(around)
        if not (own or names_a or names_b) or links < (2 if a.year is not None and b.year is not None else 3):
            continue
        named = own or {w[1:] for w in (a.words if names_a else b.words) if w[:1] == "^"}
        shown = max(((sum(w in n.casefold().split() for w in named), n) for n in a.names + b.names), default=(0, ""))
        yield diagnostic(rule, b.span, [(a.span, f"dead {a.value:,.0f} stated here")],
                         key=("cross-document-losses", b.value, a.value, tuple(sorted(named))),
                         subject=shown[1] if shown[0] else sorted(named)[0].title(), measure="dead",
                         value=f"{b.value:,.0f}", other=f"{a.value:,.0f}")


def _subject_named(a: CountMention, b: CountMention) -> bool:
    """Does `a`'s sentence or paragraph name `b`'s page subject (every word of its title)?"""
    title = {w[1:] for w in b.words if w[:1] == "^"}
    return bool(title) and title <= {w.lstrip("~") for w in a.words if w[:1] != "^"}
