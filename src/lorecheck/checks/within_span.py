"""Within span: what happens inside a period stays inside its dates.

Two cases: someone doing something before they were born (or an organisation
before its founding), and an event the text ties to a period ("the last cavalry charge
of the war", "the boldest sortie of the blockade") dated outside
that period's start and end.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import vocabulary
from ..model import Origin
from ..world import name_key
from . import TERM_ENDS, TERM_ORIGINS, act_location, diagnostic, kind, shown_name, term_bounds
from .lifespan import END_NOUNS, actions_beyond, limit_note

# what starts and ends a period: a war's own dates, or a ruler's reign
_PERIOD_ENDS = {
    "": (("start",), ("end",)),
    "reign": (("term_start", "crown", "succeed", "start"), ("term_end", "abdicate", "death", "end")),
}


@kind("within-span")
def check_within_span(world, rule):
    told = set()  # an act another reading already holds to its span (a title before the name, "during the war")
    for d in _told_within_span(world, rule):
        told.add((d.span.path, d.span.line))
        yield d
    seen = set()
    for d in (*_period_acts(world, rule), *_capacity_acts(world, rule)):
        if d.key not in seen and (d.span.path, d.span.line) not in told:
            seen.add(d.key)
            told.add((d.span.path, d.span.line))
            yield d


def _told_within_span(world, rule):
    for s, limit, key in actions_beyond(world, rule, "before"):
        who = shown_name(world, key, s.subject)
        where, carried = act_location(s)
        yield diagnostic(
            rule, where, [limit_note(limit), *carried],
            key=(key, s.predicate, str(s.date), limit.predicate, str(limit.date)),
            what=f"{who} acts ({(s.text or s.predicate).strip()})", date=str(s.date),
            relation=f"before {END_NOUNS.get(limit.predicate, limit.predicate)} on {limit.date}")
    seen = set()  # one act read twice ("the Chancellor of Tarn, Ida Wrenn, sealed": the prose and titled acts)
    for d in _acting_in_office(world, rule):
        if d.key not in seen:
            seen.add(d.key)
            yield d
    yield from _member_acts(world, rule)
    yield from _member_stays(world, rule)
    yield from _command_acts(world, rule)
    for s in world.by_predicate.get("during", ()):
        if s.date is None or not s.object:
            continue
        first_preds, last_preds = _PERIOD_ENDS.get(s.event or "", _PERIOD_ENDS[""])
        starts = [x for x in world.about(s.object, first_preds) if x.date is not None]
        ends = [x for x in world.about(s.object, last_preds) if x.date is not None]
        if (not starts or not ends) and (own := _page_title_naming(world, s)):
            # "the strike" read as the "General Strike" its text names, on the page of the General Strike of 1910
            starts = [x for x in world.about(own, first_preds) if x.date is not None]
            ends = [x for x in world.about(own, last_preds) if x.date is not None]
        if not starts or not ends:
            continue
        starts, ends = _own_page(starts, ends, s.span.path)
        starts, ends = _refined(starts), _refined(ends)
        first = min(starts, key=lambda x: x.date.interval()[0])
        last = max(ends, key=lambda x: x.date.interval()[1])
        lo, hi = first.date.interval()[0], last.date.interval()[1]
        slo, shi = s.date.interval()
        if slo <= hi and lo <= shi:
            continue
        yield diagnostic(
            rule, s.date_span or s.span,
            [(first.date_span or first.span, f"{s.object}{' reign' if s.event == 'reign' else ''} starts {first.date} here"),
             (last.date_span or last.span, f"{s.object}{' reign' if s.event == 'reign' else ''} ends {last.date} here")],
            key=("during", world.key(s.object), str(s.date)),
            what=f"an event of {s.object}{chr(39) + 's reign' if s.event == 'reign' else ''}", date=str(s.date),
            relation=f"outside it ({first.date} – {last.date})")


def _member_acts(world, rule):
    """"in 1714 Lidvik, as a member of the League, voted" (extract/member_acts.py) when the party joined that
    body only later: an act as a member before the party's first dated joining of it. The party is matched by
    its name or as the last words of a joiner's longer name ("Lidvik" of the Free City of Lidvik); "the League"
    on the page of the Ravnholm League is that page's body."""
    joins = [j for j in world.by_predicate.get("join", ()) if j.date is not None and j.object]
    if not joins:
        return
    titles = {d.path: d.title for d in world.docs if d.title}
    for s in world.by_predicate.get("member_act", ()):
        if s.date is None or not s.subject or not s.object:
            continue
        body = world.key(s.object)
        title = titles.get(s.span.path) or ""
        if " " not in s.object and title.split() and title.split()[-1] == s.object:
            body = world.key(title)  # "the League" on the League's own page
        if not body:
            continue
        who = world.key(s.subject)
        theirs = [j for j in joins if world.key(j.object) == body and
                  ((who and world.key(j.subject) == who) or (j.subject or "").endswith(" " + s.subject))]
        if not theirs:
            continue
        first = min(theirs, key=lambda j: j.date.interval()[0])
        if s.date.interval()[1] >= first.date.interval()[0]:
            continue
        yield diagnostic(
            rule, s.date_span or s.span,
            [(first.date_span or first.span, f"{first.subject} joins {first.object} on {first.date} here")],
            key=("member_act", body, world.key(first.subject), str(s.date)),
            what=f"an act of {s.subject} as a member of {first.object}", date=str(s.date),
            relation=f"before joining it on {first.date}")


_STAND_INS = frozenset({"it", "he", "she", "they"})


def _stand_in(who: str) -> bool:
    """"it", "she", "the firm": a party named by a pronoun or a noun of its kind, not by its name."""
    words = who.casefold().split()
    return len(words) == 1 and words[0] in _STAND_INS or len(words) == 2 and words[0] == "the" and who.split()[1].islower()


def _body_head(body: str) -> str:
    """"the Morvel Armaments Syndicate" -> "syndicate", "Compact of Arle" -> "compact": the body's head noun."""
    return (_WORDS.findall(body.casefold().split(" of ")[0]) or [""])[-1].removesuffix("'s").removesuffix("’s")


def _member_stays(world, rule):
    """A party's act "as a member" of a body (extract/member_acts.py member_stays) dated after the stay its page
    tells ended ("belonged to the Syndicate from 1924 until the firm walked out of it in 1931" and "At the
    syndicate's tender of March 1932 the firm bid as a member") or before it began. The act's party is the stay's
    by name, or by "it" / "the firm" when the page tells one party's stays; its body is the one it names, or the
    one its sentence names when it names none. A page that tells the party back in ("rejoined") bounds nothing."""
    stays: dict[str, list] = {}  # page -> (party's name, stay statement)
    titles = None
    for predicate in ("member:start", "member:end"):
        for x in world.by_predicate.get(predicate, ()):
            party = (x.row or "").partition(":")[2]
            if x.date is None or not party or not x.object:
                continue
            if _stand_in(party):  # "The company belonged to ...": the page's own subject
                if titles is None:
                    titles = {d.path: d.title for d in world.docs if d.title}
                party = titles.get(x.span.path)
                if not party:
                    continue
            stays.setdefault(x.span.path, []).append((party, x))
    if not stays:
        return
    again: dict[str, list[str]] = {}
    for x in world.by_predicate.get("member:again", ()):
        again.setdefault(x.span.path, []).append(" " + " ".join(_WORDS.findall((x.object or "").casefold())) + " ")
    for s in world.by_predicate.get("member:act", ()):
        here = stays.get(s.span.path)
        kind, _, who = (s.row or "").partition(":")
        if s.date is None or not here or not who:
            continue
        if _stand_in(who):
            theirs = [x for _, x in here] if len({world.key(p) for p, _ in here}) == 1 else []
        else:
            theirs = [x for p, x in here if _same_name(who, p)]
        if s.object and s.object.casefold() not in ("it",) and not _stand_in(s.object):
            head = _body_head(s.object)
            theirs = [x for x in theirs if _body_head(x.object) == head]
        else:
            said = set(_WORDS.findall((s.text or "").casefold().replace("'s", "").replace("’s", "")))
            theirs = [x for x in theirs if _body_head(x.object) in said]
        party = next((p for p, x in here if x in theirs), "")
        if not theirs or len({world.key(x.object) for x in theirs}) != 1:
            continue
        head = _body_head(theirs[0].object)
        if any(f" {head} " in told for told in again.get(s.span.path, ())):
            continue
        ends = [x for x in theirs if x.predicate == "member:end"]
        starts = [x for x in theirs if x.predicate == "member:start"]
        lo, hi = s.date.interval()
        last = max(ends, key=lambda x: x.date.interval()[1]) if ends else None
        first = min(starts, key=lambda x: x.date.interval()[0]) if starts else None
        charge = kind == "charge"  # "while he commanded the guard": a charge, not a membership
        if last is not None and lo > last.date.interval()[1] and \
                not any(x.date.interval()[0] > last.date.interval()[1] for x in starts):
            limit = last
            relation = f"after the charge ended ({last.date})" if charge else \
                f"after leaving {last.object} ({last.date})"
        elif first is not None and hi < first.date.interval()[0] and \
                not any(x.date.interval()[1] < first.date.interval()[0] for x in ends):
            limit = first
            relation = f"before the charge began ({first.date})" if charge else \
                f"before joining {first.object} ({first.date})"
        else:
            continue
        told = (f"{party}'s charge of {limit.object} {'ends' if limit is last else 'begins'} {limit.date} here"
                if charge else f"{party} {'leaves' if limit is last else 'joins'} {limit.object} {limit.date} here")
        yield diagnostic(
            rule, s.date_span or s.span, [(limit.date_span or limit.span, told)],
            key=("member_stay", s.span.path, world.key(party), str(s.date)),
            what=f"an act of {party} {'in charge of' if charge else 'as a member of'} {limit.object}",
            date=str(s.date), relation=relation)


def _command_acts(world, rule):
    """A commander whose command of the page's event its fields end ("| commander1 = [[Iver Koss]] (to February
    1935)") told leading it later, while the event still went on ("At Cape Morrow on 16 April 1935 Koss led the
    line"): a verb of command (periods.yaml `commands`) dated after the command's end and within the event's own
    dates, on the page that gives both. A command the fields give back later ("(to 1934, from 1935)") bounds nothing."""
    verbs = frozenset(" ".join(str(v).split()).casefold()
                      for v in (vocabulary.load("periods").get("commands") or {}).get("acts") or ())
    if not verbs:
        return
    commands = [m for m in world.memberships if m.role == "commander" and m.period is not None and m.conflict]
    for m in commands:
        if m.period.end is None:
            continue
        key = world.key(m.entity)
        end = m.period.end.interval()[1]
        if not key or any(world.key(o.entity) == key and o.conflict == m.conflict and o.period.start is not None
                          and o.period.start.interval()[0] > end for o in commands):
            continue
        span = [x for x in world.about(m.conflict, ("start", "end")) if x.date is not None and
                x.span.path == m.span.path and x.origin in TERM_ORIGINS]
        if not span:
            continue
        last = max(x.date.interval()[1] for x in span)
        for s in world.by_subject_predicate.get((key, "act"), ()):
            if s.date is None or s.negated or s.span.path != m.span.path or s.origin is not Origin.PROSE:
                continue
            if " ".join((s.text or "").casefold().split()[1:]) not in verbs:
                continue
            lo, hi = s.date.interval()
            if not (end < lo and hi <= last):
                continue
            yield diagnostic(
                rule, s.date_span or s.span, [(m.span, f"{m.entity} commands to {m.period.end} here")],
                key=("command", key, m.conflict, str(s.date)),
                what=f"{world.name(key)} acts in command ({s.text})", date=str(s.date),
                relation=f"after the command ended ({m.period.end})")


def _capacity_acts(world, rule):
    """An act told in an office's capacity ("He preached, as chaplain to the Diet, ... in 1502", extract/capacity_acts.py)
    dated outside every term of that office its page gives the same holder ("From 1491 to 1499 he served as chaplain
    to the Diet of the Veyre"; "| office2 = ... | term_start2 = ..."). "he" is the page's subject only on the page of
    a life; a term told held again ("re-elected", "a second term") leaves the office's acts alone."""
    terms: dict[str, list] = {}
    again: dict[str, list] = {}
    for s in world.by_predicate.get("capacity:term", ()):
        if s.date is not None and _capacity_holder(world, s):
            terms.setdefault(s.span.path, []).append(s)
    for s in world.by_predicate.get("capacity:again", ()):
        again.setdefault(s.span.path, []).append(" " + " ".join(_WORDS.findall((s.object or "").casefold())) + " ")
    fielded = _field_terms(world)
    for x in fielded:
        terms.setdefault(x.span.path, []).append(x)
    yield from _titled_in_field_terms(world, rule, fielded)
    for s in world.by_predicate.get("capacity:act", ()):
        if s.date is None or s.negated or not _capacity_holder(world, s):
            continue
        head = _office_head(s.object)
        if any(f" {head} " in told for told in again.get(s.span.path, ())):
            continue  # "re-elected chaplain in 1501": the office held again, a term the page does not date
        if s.span.path not in terms:
            yield from _capacity_in_recorded_term(world, rule, s)
            continue
        theirs = [x for x in terms[s.span.path] if _same_holder(s, x) and _names_office(s.object, x.object)]
        if not theirs:
            theirs = _short_named_terms(s, [x for x in terms[s.span.path] if _same_holder(s, x)])
        if not theirs:
            theirs = _given_name_terms(s, terms[s.span.path])
        theirs = _closed_terms(theirs)
        if not theirs:
            yield from _capacity_in_recorded_term(world, rule, s)
            continue
        lo, hi = s.date.interval()
        if any(hi >= x.date.interval()[0] and lo <= x.date.interval()[1] for x in theirs):
            continue
        after = [x for x in theirs if x.date.end is not None and lo > x.date.interval()[1]]
        term = max(after, key=lambda x: x.date.interval()[1]) if after else \
            min(theirs, key=lambda x: x.date.interval()[0])
        relation = f"after the term ended ({term.date.end})" if after else f"before the term began ({term.date.start})"
        yield diagnostic(
            rule, s.date_span or s.span, [(term.date_span or term.span, f"term as {term.object} {term.date} here")],
            key=("capacity", world.key(s.subject), s.object.casefold(), str(s.date)),
            what=f"{s.subject} in action ({s.text})" if s.object == "active service" else
            f"{s.subject} acts as {s.object} ({s.text})", date=str(s.date),
            relation=relation.replace("the term", "its service") if s.object == "active service" else relation)


def _field_terms(world) -> list:
    """A rank or office given as a field of its holder's page with its years ("fleet_admiral: 2342–2349",
    "| chief_factor = 1821–1834"; the infobox reader's `field:<key>:start` and `:end`): a `capacity:term` of the
    office the key's words name. A term whose end the field leaves open ends at the holder's retirement
    ("retired: 2349"), when the page gives one."""
    from ..model import DateRange, Statement

    ends: dict[tuple, dict[str, object]] = {}
    retired: dict[tuple, object] = {}
    for predicate, statements in world.by_predicate.items():
        if not predicate.startswith("field:"):
            continue
        key, _, end = predicate[6:].rpartition(":")
        if predicate[6:] in _RETIRED_KEYS:
            for x in statements:
                if x.date is not None and x.origin in TERM_ORIGINS:
                    retired[(x.span.path, world.key(x.subject))] = x
            continue
        if end not in ("start", "end"):
            key, end = predicate[6:], "year"  # "fleet_admiral: 2342": the year the rank was taken
        if not key or key.casefold() in _NOT_OFFICE_KEYS and key.casefold() not in _SERVICE_KEYS or ":" in key:
            continue
        for x in statements:
            if x.date is not None and x.origin in TERM_ORIGINS and x.subject:
                ends.setdefault((x.span.path, x.subject, key), {})[end] = x
    out = []
    for (path, subject, key), told in ends.items():
        first, last = told.get("start"), told.get("end")
        if first is None and last is None and "year" in told:
            first = told["year"]  # a single year: a term from it, closed only by a retirement
        if last is None:
            last = retired.get((path, world.key(subject)))
        if first is None or last is None:
            continue
        words = "active service" if key.casefold() in _SERVICE_KEYS else " ".join(key.replace("_", " ").split())
        out.append(Statement(subject=subject, predicate="capacity:term", object=words,
                             date=DateRange(first.date.start if isinstance(first.date, DateRange) else first.date,
                                            last.date.end if isinstance(last.date, DateRange) else last.date),
                             span=last.span, origin=last.origin, date_span=last.date_span or last.span, text=words))
    return out


# fields that date a formation's service ("active_from"/"active_to"): the term of its "active service" acts
# (extract/capacity_acts.py _service_acts)
_SERVICE_KEYS = frozenset({"active", "active_service", "in_service", "service"})
# fields that date a holder's retirement; keys of dated fields that name no office or rank
_RETIRED_KEYS = frozenset({"retired", "retirement", "retired_on", "retirement_date", "date_retired"})
_NOT_OFFICE_KEYS = frozenset({"active", "years_active", "service", "service_years", "years", "term", "tenure",
                              "reign", "career", "life", "era", "period", "dates", "in_office", "office"})


def _titled_in_field_terms(world, rule, fielded: list):
    """"Fleet Admiral Valask signed the treaty in April 2352" (the rank before the holder's name, the titled-act
    reading's shape) against the rank's term in a field of the holder's page ("fleet_admiral: 2342–2349")."""
    from ..model import DateRange

    acting = set(rule.params.get("acting", ()))
    by_holder: dict[str, list] = {}
    fielded = [*fielded, *(x for x in world.by_predicate.get("capacity:term", ())
                           if x.origin in TERM_ORIGINS and x.date is not None and _capacity_holder(world, x))]
    for x in fielded:
        if isinstance(x.date, DateRange) and x.date.end is not None:  # a term still open bounds no later act
            by_holder.setdefault(world.key(x.subject), []).append(x)
    paths = {x.span.path for held in by_holder.values() for x in held}
    acts = [s for p in acting for s in world.by_predicate.get(p, ()) if s.span.path in paths and s.date is not None
            and not s.negated and s.origin is Origin.PROSE]
    for key, held in by_holder.items():
        name = world.name(key)
        offices = tuple(sorted({x.object for x in held}))
        for s in acts:
            if s.span.path != held[0].span.path:
                continue
            if world.key(s.subject) == key:
                title = office_title(s, name, offices)
            else:  # "Fleet Admiral Valask signed": the title and the holder's name in the subject
                split = _title_and_name(s.subject or "", offices)
                title = split[0] if split and _same_name(split[1], name) and \
                    split[0].casefold() in (s.text or "").casefold() else None  # not "he addressed" after it
            theirs = [x for x in held if title and names_office_words(title, x.object)]
            if len(theirs) != 1 or _past_title(s.text or "", title):
                continue
            x = theirs[0]
            starts = [replace(x, date=x.date.start)] if x.date.start else []
            yield from _outside_term(world, rule, key, (starts, [replace(x, date=x.date.end)]), [(s, title)])


def _past_title(text: str, title: str) -> bool:
    """"the retired Grand Marshal Brenn", "former Fleet Admiral X": the title said of one who held it once."""
    at = text.casefold().find(title.casefold())
    before = text[:at].replace("-", " ").split()[-1:] if at > 0 else []
    return bool(before) and before[0].casefold() in vocabulary.word_set("prose", "office_past_modifiers")


def _short_named_terms(s, theirs: list) -> list:
    """"as admiral" for the holder's one term as "fleet admiral": the act's one word the last word of the term's
    office, held to that term only after it ended (before it, the word may name a lower rank), and only when no
    other term of the holder's ends on that word."""
    said = [w for w in s.object.casefold().split() if w != "the"]
    if len(said) != 1:
        return []
    fits = [x for x in theirs if _office_head(x.object).split()[-1:] == said]
    if len(fits) != 1 or fits[0].date.end is None or s.date.interval()[0] <= fits[0].date.interval()[1]:
        return []
    return fits


def _closed_terms(terms: list) -> list:
    """A term whose start is open ("rank: Warden-General of the Coast" and "retired: 1622") is the one another term of
    the list dates in full when both end the same year ("from 1612 to 1622"): that one bounds the acts."""
    closed = {x.date.end.astronomical_year for x in terms if x.date.start is not None and x.date.end is not None}
    return [x for x in terms if x.date.start is not None or x.date.end is None or
            x.date.end.astronomical_year not in closed]


def _given_name_terms(s, terms: list) -> list:
    """"as Bishop of Kelmet, Gerolt blessed" and the term of "Gerolt Vaske, Bishop of Kelmet from 1308 ...": an act
    told by one name that is a word of one holder's fuller name other than its last ("Harun" of "Ustadh Harun
    Sarvani"), held to that holder's terms of the office when no other holder of a term on the page has that word."""
    said = (s.subject or "").casefold().split()
    if len(said) != 1:
        return []
    fits = [x for x in terms if said[0] in (x.subject or "").casefold().split()[:-1]]
    if len({(x.subject or "").casefold() for x in fits}) != 1:
        return []
    return [x for x in fits if _names_office(s.object, x.object)]


def _capacity_in_recorded_term(world, rule, s):
    """An act "as <office>" by a holder whose one term the world records (a table of holders' row, "term:
    1753–1771" on their page), when the words name the office the table or the term is of."""
    key = world.key(s.subject)
    if not key or not s.subject[:1].isupper():
        return
    offices = {*_table_titles(world).get(key, ()), *_recorded_offices(world).get(key, ())}
    if s.object == "finance":  # a budget laid: the finance office, however the holder's table names it
        finance = vocabulary.word_set("prose", "finance_offices")
        named = [o for o in offices if finance.intersection(_WORDS.findall(o.casefold()))]
    else:
        named = [o for o in offices if _names_office(s.object, o) or names_office_words(s.object, o)]
    if not named:
        return
    bounds = term_bounds(world, key, named[0]) or term_bounds(world, key)
    if bounds is None:
        return
    yield from _outside_term(world, rule, key, bounds, [(s, named[0] if s.object == "finance" else s.object)])


def names_office_words(act: str, office: str) -> bool:
    """"chancellor" and the table's "Chancellor", "Governor" and "Governor of Talland": the act's words open the
    office's, cases aside."""
    said = [w for w in act.casefold().replace("-", " ").split() if w != "the"]
    held = [w for w in office.casefold().replace("-", " ").split() if w != "the"]
    if bool(said) and held[:len(said)] == said:
        return True
    # "as Finance Minister", "as Minister of Finance" and a cabinet table's "Finance": the same portfolio
    said, held = [w for w in said if w not in _MINISTER_WORDS], [w for w in held if w not in _MINISTER_WORDS]
    return bool(said) and len(said) < len(act.split()) and said == held


_MINISTER_WORDS = frozenset({"minister", "secretary", "of", "for", "state"})


def _period_acts(world, rule):
    """An act tied to a period its page dates by a noun ("During the truce, on 14 June", "acting under those
    regulations", "on the convention floor"; extract/period_acts.py) dated after the period's last told end or
    before its first told start ("The truce expired on 31 May"; on the convention's own page, its fields). A period
    the page renews, extends or holds again ("a second truce", "reconvened") bounds nothing."""
    told: dict[tuple[str, str], dict[str, list]] = {}
    for predicate in ("period:start", "period:end", "period:again"):
        for s in world.by_predicate.get(predicate, ()):
            told.setdefault((s.span.path, s.object), {}).setdefault(predicate, []).append(s)
    titles = {d.path: d.title for d in world.docs if d.title}
    for s in world.by_predicate.get("period:act", ()):
        if s.date is None or not s.object:
            continue
        here = told.get((s.span.path, s.object), {})
        if here.get("period:again"):
            continue
        named = set((s.row or "").removeprefix("mods:").split())  # "during the Allied occupation": that one
        starts = [x for x in here.get("period:start", []) if named <= set((x.row or "").removeprefix("mods:").split())]
        ends = [x for x in here.get("period:end", []) if named <= set((x.row or "").removeprefix("mods:").split())]
        title = titles.get(s.span.path) or ""
        head = title.casefold().split(" of ")[0].split()[-1:] if " of " in title else title.casefold().split()[-1:]
        if not here.get("period:start") and not here.get("period:end") and head == s.object.split()[-1:] \
                and named <= set(title.casefold().split()):
            # "the convention" on the page of the Velmont Constitutional Convention (the synod on the Synod of
            # Varle's): the page's own dates
            starts = [x for x in world.about(title, ("start",)) if x.date is not None and x.origin in TERM_ORIGINS]
            ends = [x for x in world.about(title, ("end",)) if x.date is not None and x.origin in TERM_ORIGINS]
        lo, hi = s.date.interval()
        last = max(ends, key=lambda x: x.date.interval()[1]) if ends else None
        first = min(starts, key=lambda x: x.date.interval()[0]) if starts else None
        if last is not None and lo > last.date.interval()[1]:
            limit, relation = last, f"after the {s.object} ended ({last.date})"
        elif first is not None and hi < first.date.interval()[0]:
            limit, relation = first, f"before the {s.object} began ({first.date})"
        else:
            continue
        yield diagnostic(
            rule, s.date_span or s.span,
            [(limit.date_span or limit.span, f"{'end' if limit is last else 'start'} of the {s.object} ({limit.date}) told here")],
            key=("period", s.span.path, s.object, str(s.date)),
            what=f"an act {s.text.casefold() if s.text[:1].isupper() and not s.text[1:2].isupper() else s.text}",
            date=str(s.date), relation=relation)


def _capacity_holder(world, s) -> bool:
    """A holder told by name, or "he"/"she" on the page of one whose life the world dates."""
    if s.row != "pronoun":
        return True
    key = world.key(s.subject)
    return bool(world.by_subject_predicate.get((key, "birth")) or world.by_subject_predicate.get((key, "death")))


def _same_holder(a, b) -> bool:
    """"Lemarre" and "Augustin Lemarre": the one name the other ends on."""
    return _same_name(a.subject or "", b.subject or "")


def _same_name(a: str, b: str) -> bool:
    wa, wb = a.casefold().split(), b.casefold().split()
    short, long_ = sorted((wa, wb), key=len)
    return bool(short) and long_[len(long_) - len(short):] == short


_OFFICE_LINKS = frozenset({"of", "to", "for"})
_WORDS = re.compile(r"[\w-]+")


def _office_head(office: str) -> str:
    """"chaplain to the Diet" -> "chaplain", "Chief Minister" -> "chief minister": the words before "of", "to"."""
    words = [w for w in _WORDS.findall(office.casefold()) if w != "the"]
    head = next((i for i, w in enumerate(words) if w in _OFFICE_LINKS), len(words))
    return " ".join(words[:head])


def _names_office(act: str, term: str) -> bool:
    """"Chief Minister" names "Chief Minister of the Orsine Islands", "chaplain to the Diet" names "chaplain to the
    Diet of the Veyre": the act's words open the term's office, its head (before "of", "to", "for") in full."""
    said = [w for w in act.casefold().split() if w != "the"]
    held = [w for w in term.casefold().split() if w != "the"]
    if said[:2] == ["member", "of"] and held[:2] == ["member", "of"]:
        # "a member of the council" and a seat "on the Veerhaven town council": the same body noun, the act's
        # words among the seat's
        return len(said) > 2 and len(held) > 2 and said[-1] == held[-1] and set(said) <= set(held)
    head = next((i for i, w in enumerate(held) if w in _OFFICE_LINKS), len(held))
    return len(said) >= head and held[:len(said)] == said


def _page_title_naming(world, s) -> str | None:
    """The title of the statement's page when the period's name is that title cut short ("General Strike" on
    the page of the General Strike of 1910, the period's own page): the page's dates are the period's."""
    title = next((d.title for d in world.docs if d.path == s.span.path and d.title), None)
    if not title or s.event:
        return None
    words, named = title.casefold().split(), (s.object or "").casefold().split()
    return title if named and len(named) < len(words) and words[:len(named)] == named else None


def _own_page(starts: list, ends: list, path: str) -> tuple[list, list]:
    """An event on the period's own page (its table of engagements) against the dates that page gives: another
    page's looser bracket ("the Cousins' War (1579–1582)" in a family history) does not widen them."""
    here = [x for x in starts if x.span.path == path], [x for x in ends if x.span.path == path]
    return here if here[0] and here[1] else (starts, ends)


def _refined(statements: list) -> list:
    """Drop a date another one refines: "1887–1891" in the prose and "23 April 1891" in the
    infobox state one end, and the day is where the war ended, not the year's last day."""
    spans = [x.date.interval() for x in statements]
    keep = [x for x, (lo, hi) in zip(statements, spans)
            if not any((olo, ohi) != (lo, hi) and lo <= olo and ohi <= hi for olo, ohi in spans)]
    return keep or statements


@lru_cache(maxsize=32)
def _office_titles(extra: tuple[str, ...] = ()) -> tuple[tuple[str, ...], ...]:
    """prose.yaml office_titles and `extra`, the offices the world's tables of holders list: longest first, then
    in their order (one pattern string each run for _held_office_pattern, which precompiled.marshal keys on)."""
    titles = [*(vocabulary.load("prose").get("office_titles") or ()), *extra]
    return tuple(sorted({tuple(str(t).casefold().split()) for t in titles}, key=lambda t: (-len(t), t)))


@lru_cache(maxsize=32)
def _office_first_words(extra: tuple[str, ...] = ()) -> frozenset[str]:
    return frozenset(t[0] for t in _office_titles(extra) if t)


def office_title(s, name: str, extra: tuple[str, ...] = ()) -> str | None:
    """The office a statement's words give its subject ("King Wulfar granted" -> "King"), if any.

    The title must stand right before a word of the subject's own name: a title
    elsewhere in the words belongs to someone else. `extra`: offices the holder's table rows name.
    """
    cued = _cued_title(s.text or "", name, s.subject or "", extra) or _fronted_title(s.text or "", name, s.subject or "", extra)
    if cued is not None:
        return cued
    if (s.text or "")[:1].isupper() and not s.text.startswith(("As ", "The ")) and \
            (qualified := _fronted_title("As " + s.text, name, s.subject or "", extra)) is not None and " " in qualified:
        # "As Federal President he signed", whose words the prose reader keeps from the title on (it reads
        # "Federal President" as a name): the office before its holder
        return qualified
    if " as " in (s.text or "") and (held := _held_office(s.text, extra)) is not None:
        return held
    words = (s.text or "").split(maxsplit=4)
    if len(words) > 2 and words[0] == "the" and words[1].casefold() in _office_first_words(extra) and \
            (words[1].casefold(),) in _office_titles(extra) and words[2].islower():
        return words[1]  # "the queen signed": the prose reader gave "the queen" to the page's queen
    if len(words) > 2 and words[0][:1].islower() and words[0] != "the":
        # "league president Aldwyth Threlfall suspended": the office in lower case, maybe after whose it is
        words = words[1:] if words[0].casefold() not in _office_first_words(extra) else words
        if not words[0].islower():
            return None
    compound = _compound_title(words[0]) if words and "-" in words[0] else None
    if not words or compound is None and words[0].casefold().strip(",;:") not in _office_first_words(extra):
        return None  # most statements: no title can start here
    name_words = {w.casefold() for w in name.replace("-", " ").split()} | \
        {w.casefold() for w in (s.subject or "").replace("-", " ").split()}
    if compound is not None:  # "Reed-Warden Marrick refused"
        return compound if len(words) > 1 and words[1].casefold().removesuffix("'s") in name_words else None
    folded = [w.casefold().strip(",;:") for w in words[:4]]
    for title in _office_titles(extra):
        n = len(title)
        if tuple(folded[:n]) == title and len(folded) > n and folded[n].removesuffix("'s") in name_words:
            return " ".join(words[:n])
    return None


@lru_cache(maxsize=32)
def _office_cue_patterns(extra: tuple[str, ...] = ()) -> tuple[re.Pattern, re.Pattern]:
    """"the consul, Odo Pardew, ..." and "Pardew, then consul, ...": an office named with its holder
    (the words the prose reader keeps for an acting statement; prose.yaml office_apposition_cues)."""
    prose = vocabulary.load("prose")
    offices = sorted({re.escape(str(t)) for t in [*(prose.get("office_titles") or ()), *extra]},
                     key=lambda t: (-len(t), t))  # one pattern string each run (precompiled.marshal keys on it)
    titles = "(?P<title>(?i:" + ("|".join(offices) or "(?!)") + "))"
    cues = "|".join(re.escape(str(c)) for c in prose.get("office_apposition_cues") or ()) or "(?!)"
    place = r"(?: of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)?"
    name = r"(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)"
    owner = r"(?:[\w-]+['’]s )?"  # "the Guild's treasurer, Mara Hollin, wrote"
    return (re.compile(rf"(?:[Tt]he {owner})?{titles}{place},? {name}"),
            re.compile(rf"{name}, (?:{cues}) (?:the )?{titles}\b"))


@lru_cache(maxsize=32)
def _held_office_pattern(extra: tuple[str, ...] = ()) -> re.Pattern:
    titles = "|".join(re.escape(" ".join(t)) for t in _office_titles(extra)) or "(?!)"
    return re.compile(rf",? as (?:the )?(?P<title>{titles})$", re.IGNORECASE)


def _held_office(text: str, extra: tuple[str, ...] = ()) -> str | None:
    """"She sealed the Dock Tariff Act as chancellor": the office the words end on, the one she acted in."""
    m = _held_office_pattern(extra).search(text)
    return m.group("title") if m else None


def _cued_title(text: str, name: str, subject: str, extra: tuple[str, ...] = ()) -> str | None:
    """The office of "the consul, Odo Pardew, obtained" or "Pardew, as consul, wrote", when the name
    written there is the subject's own (a word of it)."""
    if "," not in text and not text.startswith(("the ", "The ")):
        return None
    name_words = {w.casefold() for w in f"{name} {subject}".replace("-", " ").split()}
    for pattern in _office_cue_patterns(extra):
        m = pattern.match(text)
        if m and m.group("name").split()[-1].casefold().removesuffix("'s") in name_words:
            return m.group("title")
    return None


_PRONOUNS = frozenset({"he", "she", "they"})


def _fronted_title(text: str, name: str, subject: str, extra: tuple[str, ...] = ()) -> str | None:
    """The office of "As Administrator-General, Marrow approved" or "as director-general, Brask signed": an office
    prose.yaml lists, a table of holders names, or a hyphenated one of capitalised parts, fronted before its holder
    (the subject's own name or a pronoun for it; "As a young man, he" names no office)."""
    words = text.split()
    if len(words) > 4 and words[0] in ("In", "in") and words[1] in ("his", "her", "their") and words[2] == "capacity":
        words = words[3:]  # "In her capacity as general secretary, Kelterborn signed"
    if len(words) < 3 or words[0] not in ("As", "as"):
        return None
    words = words[2:] if words[1].casefold() == "the" else words[1:]
    name_words = {w.casefold() for w in f"{name} {subject}".replace("-", " ").split()} | _PRONOUNS
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        title = [w.rstrip(",") for w in words[:n]]
        if any(w.endswith(",") for w in words[:n - 1]):
            continue
        folded = tuple(w.casefold() for w in title)
        if folded not in _office_titles(extra) and not (n == 1 and _compound_title(title[0])) \
                and not _qualified_office(title, extra):
            continue
        rest = words[n:]
        if rest[0] == "of":  # "as Chancellor of Merrin, Varrant sealed": the office's place
            ends = [i for i, w in enumerate(rest) if w.endswith(",")]
            rest = rest[ends[0] + 1:] if ends and all(w[:1].isupper() for w in rest[1:ends[0] + 1]) else []
        if rest and rest[0].strip(",;:").casefold().removesuffix("'s") in name_words:
            return " ".join(title)
    return None


# words before an office that make it another office than the one the holder's term is of ("As Vice President",
# "as Deputy Governor")
_OTHER_OFFICE_WORDS = frozenset({"vice", "deputy", "acting", "interim", "assistant", "lieutenant", "provisional",
                                 "sub", "under", "co", "joint", "former", "honorary", "associate", "titular"})


def _qualified_office(title: list[str], extra: tuple[str, ...] = ()) -> bool:
    """"Federal President", "Imperial Chancellor": an office prose.yaml lists after capitalised words that only
    say whose or which it is (not "Vice President", "Acting Governor": another office)."""
    for k in range(1, len(title)):
        head, tail = title[:k], tuple(w.casefold() for w in title[k:])
        if tail in _office_titles(extra) and all(w[:1].isupper() and w.isalpha() and w.casefold() not in _OTHER_OFFICE_WORDS
                                                  for w in head):
            return True
    return False


def _cued_holder(world, s) -> tuple[str, str] | None:
    """(holder key, title) for "the Chancellor of Tarn, Ida Wrenn, sealed", read as the office acting: the
    holder is the name in apposition, when the world knows a term of theirs."""
    text = s.text or ""
    if "," not in text:
        return None  # "Chancellor Wrenn sealed": the titled-holder reading's case
    m = _office_cue_patterns()[0].match(text)
    if m is None or not (key := world.key(m.group("name"))) or key == world.key(s.subject or ""):
        return None
    return (key, m.group("title")) if term_bounds(world, key) is not None else None


def _recorded_offices(world) -> dict[str, set[str]]:
    """Holder key -> the offices their recorded terms name ("offices: [{office: Alderman of Ossby, ..}]")."""
    out: dict[str, set[str]] = {}
    for predicate in ("term_start", "term_end"):
        for x in world.by_predicate.get(predicate, ()):
            if x.object and x.origin in TERM_ORIGINS and x.date is not None:
                out.setdefault(world.key(x.subject), set()).add(x.object)
    return out


def _recorded_title(words: list[str], offices) -> str | None:
    """The first words of a recorded office written before a name: "Wharfinger Lannery" -> "Wharfinger"."""
    for office in offices:
        head = office.split(" of ")[0].split()
        if len(head) > 1 and head[0] in _ORDINAL_TITLE_WORDS:
            head = head[1:]  # "First Warden Vaudrelain vetoed", which the prose reader keeps from "Warden" on
        if head and len(words) > len(head) and [w.casefold() for w in words[:len(head)]] == \
                [w.casefold() for w in head] and words[len(head)][:1].isupper():
            return " ".join(words[:len(head)])
    return None


# a title's first word the prose reader takes for a sentence's opener, not a name's (prose.yaml not_names)
_ORDINAL_TITLE_WORDS = frozenset({"First", "Second", "Third", "Great", "Old", "New"})


def _compound_title(word: str) -> str | None:
    """"Reed-Warden", "Lock-Master": a hyphenated title of capitalised parts, the form a world's own
    offices take; a rank written that way ("Vice-Admiral", prose.yaml titles) is no office."""
    parts = word.split("-")
    if len(parts) < 2 or not all(p[:1].isupper() and p[1:].isalpha() and p[1:].islower() for p in parts):
        return None
    spaced = " ".join(parts).casefold()
    if spaced in _rank_titles():
        return None
    return word


@lru_cache(maxsize=1)
def _rank_titles() -> frozenset[str]:
    """Titles that are ranks or honours, not offices held for a term (prose.yaml titles less office_titles)."""
    data = vocabulary.load("prose")
    offices = {" ".join(str(t).replace("-", " ").split()).casefold() for t in data.get("office_titles") or ()}
    ranks = {" ".join(str(t).replace("-", " ").split()).casefold() for t in data.get("titles") or ()}
    return frozenset(ranks - offices)


def _title_and_name(subject: str, offices=()) -> tuple[str, str] | None:
    """"Reed-Warden Marrick" -> ("Reed-Warden", "Marrick"), "Grand Master Odo Tover" -> ("Grand Master",
    "Odo Tover"): an office's title written before a holder's name, split off (also the first words of an
    office the world records a term of: "Wharfinger Lannery")."""
    words = subject.split()
    if len(words) < 2:
        return None
    if (title := _recorded_title(words, offices)) is not None:
        return title, " ".join(words[len(title.split()):])
    if (title := _compound_title(words[0])) is not None:
        return title, " ".join(words[1:])
    folded = tuple(w.casefold() for w in words)
    for title_words in _office_titles():
        n = len(title_words)
        if len(words) > n and folded[:n] == title_words and words[n][:1].isupper():
            return " ".join(words[:n]), " ".join(words[n:])
    return None


def _office_holders(world) -> dict[str, set[tuple[str, str]]]:
    """Last word of a holder's name -> (holder key, page) for everyone whose term of office ends on record."""
    out: dict[str, set[tuple[str, str]]] = {}
    for predicate in (*TERM_ENDS, "end"):
        for x in world.by_predicate.get(predicate, ()):
            if x.date is None or (predicate == "end" and x.origin not in TERM_ORIGINS):
                continue
            key = world.key(x.subject)
            if key:
                out.setdefault(key.rsplit(" ", 1)[-1], set()).add((key, x.span.path))
    return out


def _titled_holder(world, s, holders: dict, offices=()) -> tuple[str, str] | None:
    """(holder key, title) for "Reed-Warden Marrick refused": the one holder of a term on the statement's
    page whose name the words after the title give in full or by its last word."""
    split = _title_and_name(s.subject or "", offices)
    if split is None:
        return None
    title, rest = split
    key = world.key(rest)
    last = key.rsplit(" ", 1)[-1]
    same_page = {k for k, path in holders.get(last, ()) if path == s.span.path}
    if key in same_page:
        return key, title
    # by the words as written: a name the world joined to its surname is keyed by the surname ("Reyer Gaelen" by
    # "gaelen"), which Cornelis Gaelen's row also ends on
    own = name_key(rest)
    fits = {k for k in same_page if k.endswith(" " + key) and k.endswith(" " + own)}
    return (fits.pop(), title) if len(fits) == 1 else None


def _table_titles(world) -> dict[str, tuple[str, ...]]:
    """Holder key -> the offices the tables that list them are of ("! Term !! Prior": extract/table_offices.py)."""
    out: dict[str, set[str]] = {}
    for x in world.by_predicate.get("office_title", ()):
        if x.object:
            out.setdefault(world.key(x.subject), set()).add(x.object)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _acting_in_office(world, rule):
    """An office holder acting under the office's title outside the term ("Mayor Bascot" after 1794), the
    title one prose.yaml lists or the office a table of the holder's terms is of ("Archmage Velm led")."""
    acting = set(rule.params.get("acting", ()))
    holders = None  # built when a titled subject names no term holder itself
    by_holder: dict[str, list] = {}
    recorded = _recorded_offices(world)  # holders whose terms name their offices
    tabled = _table_titles(world)
    all_offices = {o for named in recorded.values() for o in named} | {o for t in tabled.values() for o in t}
    for key, statements in world.by_subject.items():
        if not key:
            continue
        titled = [s for s in statements if s.predicate in acting and s.date is not None and not s.negated
                  and s.origin is Origin.PROSE]
        if not titled:
            continue
        bounds = term_bounds(world, key)  # before the titles: most subjects hold no office
        if bounds is None and (offices := recorded.get(key)):
            # terms of several recorded offices: each titled act against the term of the office it names
            name = world.name(key)
            for s in titled:
                t = office_title(s, name) or _recorded_title((s.text or "").split()[:4], offices)
                if t and (own := term_bounds(world, key, t)) is not None:
                    yield from _outside_term(world, rule, key, own, [(s, t)])
            continue
        if bounds is None:
            # "Lock-Master Ida Ostrow ordered": the holder the words after the title name
            for s in titled:
                if (named := _cued_holder(world, s)) is not None:
                    by_holder.setdefault(named[0], []).append((s, named[1]))
                    continue
                if holders is None:
                    holders = _office_holders(world)
                if " " not in s.subject and (short := _short_named_holder(world, s, key, holders, tabled)):
                    by_holder.setdefault(short[0], []).append((s, short[1]))  # "Morrow" for Ada Morrow's row
                    continue
                if not (s.subject[:1].isupper() and (" " in s.subject)):
                    continue
                found = _titled_holder(world, s, holders, all_offices)
                if found is not None and _holds_title(found, tabled):
                    by_holder.setdefault(found[0], []).append((s, found[1]))
            continue
        name = world.name(key)
        # the offices the holder's tables and recorded terms name ("general_secretaries: [{name: X, ..}]")
        own = tuple(sorted({*tabled.get(key, ()), *recorded.get(key, ())}))
        titled = [(s, t) for s in titled if (t := office_title(s, name, own))]
        if titled:
            yield from _outside_term(world, rule, key, bounds, titled)
    for key, titled in by_holder.items():
        bounds = term_bounds(world, key)
        if bounds is not None:
            yield from _outside_term(world, rule, key, bounds, titled)
            continue
        for s, t in titled:  # several offices' terms: the one the title names
            if (own := term_bounds(world, key, t)) is not None:
                yield from _outside_term(world, rule, key, own, [(s, t)])


def _namesake_in_term(world, key: str, written: str, lo, hi) -> bool:
    """Another holder whose name holds every word of the holder's, or of the name the act was told by ("Hesper
    Colly the Younger" beside "Hesper Colly", "Colly"), and whose recorded term covers the act's date: the act may
    be the namesake's ("Berke Arsh" is no namesake of "Tolui Arsh")."""
    names = [set(key.split()), set(name_key(written).split())]
    for predicate in TERM_ENDS:
        for x in world.by_predicate.get(predicate, ()):
            other = world.key(x.subject)
            if not other or other == key or x.date is None or \
                    not any(n and n <= set(other.split()) for n in names):
                continue
            bounds = term_bounds(world, other)
            if bounds is None:
                continue
            starts, ends = bounds
            first = min((y.date.interval()[0] for y in starts), default=None)
            last = max(y.date.interval()[1] for y in ends)
            if lo <= last and (first is None or hi >= first):
                return True
    return False


def _short_named_holder(world, s, key: str, holders: dict, tabled: dict) -> tuple[str, str] | None:
    """(holder key, title) for an act of "Morrow" "as Director" on a page whose one holder of a term
    with that last name is Ada Morrow, when the words name an office of that holder."""
    fits = {k for k, path in holders.get(key, ()) if path == s.span.path and k != key}
    if len(fits) != 1:
        return None
    holder = fits.pop()
    title = office_title(s, world.name(holder), tabled.get(holder, ()))
    return (holder, title) if title else None


def _holds_title(found: tuple[str, str], tabled: dict[str, tuple[str, ...]]) -> bool:
    """A title prose.yaml lists, or recorded for the holder, or the office of a table that lists this holder
    (another table's office, "Archmage" before a name listed only among the priors, names another's)."""
    key, title = found
    listed = {t.casefold() for ts in tabled.values() for t in ts}
    return title.casefold() not in listed or title.casefold() in {t.casefold() for t in tabled.get(key, ())} \
        or (title.casefold(),) in _office_titles()


_REIGN_BOUNDS = ("crown", "reign_start", "abdicate", "reign_end")  # a ruler's own reign


def _outside_term(world, rule, key: str, bounds: tuple, titled: list):
    """The titled statements of one holder dated before the term began or after it ended."""
    name = world.name(key)
    starts, ends = bounds
    end = max(ends, key=lambda x: x.date.interval()[1])
    start = min(starts, key=lambda x: x.date.interval()[0]) if starts else None
    deaths = [x.date.interval()[1] for x in world.by_subject_predicate.get((key, "death"), ()) if x.date]
    stand_ins = vocabulary.word_set("prose", "stand_in_titles")
    # a reign ("| 613–640" under Reign, "Duke Osric ruled 1431-1450"), not a term whose words say a regency
    reign = all(x.predicate in _REIGN_BOUNDS or x.origin is Origin.PROSE for x in [*starts, *ends]) and not any(
        t in f"{x.object or ''} {x.text or ''}".casefold() for x in [*starts, *ends] for t in stand_ins)
    for s, title in titled:
        if reign and title.casefold() in stand_ins:
            continue  # a regency is held in another ruler's name: the regent's own reign does not bound it
        lo, hi = s.date.interval()
        if any(d < lo for d in deaths):
            continue  # acting after death: the lifespan rule's finding
        if lo > end.date.interval()[1]:
            limit, relation = end, f"after the term ended ({end.date})"
        elif start is not None and hi < start.date.interval()[0]:
            limit, relation = start, f"before the term began ({start.date})"
        else:
            continue
        if _namesake_in_term(world, key, s.subject or "", lo, hi):
            continue  # "Colly, as Governor" in 1795, when Hesper Colly the Younger held the office
        related = [(limit.date_span or limit.span, f"term {'ends' if limit is end else 'begins'} "
                                                   f"{limit.date} here")]
        if start is not None and limit is end:
            related.append((start.date_span or start.span, f"term begins {start.date} here"))
        where, carried = act_location(s)
        yield diagnostic(
            rule, where, related + carried,
            key=("office", key, title.casefold(), str(s.date)),
            what=f"{name} acts as {title} ({(s.text or s.predicate).strip()})", date=str(s.date),
            relation=relation)
