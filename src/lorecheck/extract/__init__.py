"""Extract: a Document's blocks to typed, spanned facts.

Fields (infobox, front matter, inline fields) are read by `infobox`; every
prose-like block (paragraph, caption, list item, table cell) has its dates
found by the `dates` grammar and its statements read by `prose`. Headings
give partial dates their year. The result is one `DocumentFacts`, the unit
the cache stores and the World merges.
"""
from __future__ import annotations

from dataclasses import replace
import re

from .. import config, vocabulary
from ..config import DEFAULT_TIME_BUDGET
from ..model import BlockKind, DateMention, DateRange, DateValue, Diagnostic, Document, DocumentFacts, NameMention, Origin, Severity, Span
from .dates import DateContext, find_dates, set_short_years
from .low_years import low_year_window
from .actions import dated_field_name, dated_name_statement, named_event_dates
from .eras import abbreviated_eras, era_dates, era_years, merge, read_epochs
from .term_lengths import term_lengths
from .anaphoric_dates import anaphoric_days
from .denied import denied
from .inverted_ranges import inverted, inverted_until
from .event_mentions import EventMentionReader
from .field_events import FieldEventReader
from .caption_dates import CaptionDateReader
from .figure_lists import FigureListReader
from .infobox import FieldReader, origin_of
from .kv_tables import key_value_fields
from .links import read_links
from .own_event_dates import own_event_dates, title_head
from .periods import PeriodReader
from .tables import TableReader
from .count_mentions import count_mentions
from .field_sums import field_sums
from .nested_totals import nested_totals
from .toll_totals import toll_totals
from .article_counts import article_counts
from .gift_counts import gift_counts
from .personal_guards import personal_guards
from .payments import payment_facts
from .lost_of import lost_of
from .restated_counts import restated_counts
from .group_counts import group_counts
from .stated_shares import stated_shares
from .day_tolls import day_tolls
from .force_counts import force_counts
from .party_losses import party_losses
from .vote_tallies import vote_tallies
from .graduations import listed_graduations, told_graduations
from .labelled_parts import labelled_parts
from .row_figures import told_row_figures
from .prison_terms import prison_terms
from .side_figures import (bracketed_parts, commander_strengths, paired_losses, partitioned_losses, peak_strengths,
                           tabled_losses,
                           told_labels, told_losses)
from .measures import stated_measures
from .owned_measures import owned_measures
from .offices import office_starts
from .founding_acts import foundation_nouns, founding_acts
from .organ_acts import organ_acts
from .member_acts import member_acts, member_stays
from .capacity_acts import capacity_acts, field_terms
from .aside_terms import aside_terms, field_aside_terms
from .section_events import section_event_dates
from .outbreak_sections import outbreak_section_starts
from .begun_and_ended import drop_borrowed_ends
from .sealed_agreements import sealed_agreements
from .period_acts import period_acts
from .titled_acts import titled_acts
from .stage_chains import stage_chain_statements
from .own_years import drop_unowned
from .sequels import sequel_statements
from .reopenings import ReopeningReader
from .betrothals import betrothal_statements
from .event_sequels import EventSequelReader
from .relief_ends import relief_ends
from .siege_acts import siege_acts
from .work_spans import work_spans
from .holder_lists import holder_lists, successive_terms
from .apposed_terms import apposed_terms
from .relations import RelationReader, field_relations
from .side_lists import AidReader, block_side_lists, labelled_side_lists
from .side_phrases import SidePhraseReader
from .opposed import opposed
from .journeys import journey_ends
from .signings import agent_signings, staggered_signings

_PROSE_ORIGIN = {
    BlockKind.PARAGRAPH: Origin.PROSE,
    BlockKind.LIST_ITEM: Origin.PROSE,
    BlockKind.CAPTION: Origin.CAPTION,
    BlockKind.TABLE_CELL: Origin.TABLE,
}


# "1196        4 January. Death of King Aldo.": a chronicle's row whose first column is its year; the year dates
# the row's days and its indented continuation lines, as a paragraph's year does (a caption lends none)
_YEAR_COLUMN = re.compile(r"\d{3,4}(?:\s*(?:AD|BC|CE|BCE|AC))?(?: {2,}|\t)\S")
_WEEKDAY_BEFORE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[\s\u00a0]+(?:the[\s\u00a0]+)?$")


def weekday_before(text: str, start: int) -> str | None:
    """"Friday, 9 June 1715": the weekday written just before a date."""
    if text.find("day", max(0, start - 14), start) < 0:
        return None  # every weekday's name ends in it: most dates are spared the search
    m = _WEEKDAY_BEFORE.search(text, max(0, start - 14), start)
    return m.group(1) if m else None


def _row_lead(block, found: list, last: tuple) -> tuple:
    """((table, row), date) of the row a table cell is in: "| 2087-05-22 | Capt. Marrasch grants shore
    leave |" dates the entry by the row's first cell when that cell is one day, month or year and nothing
    else (a timeline's or a log's row, as a list item's leading date dates the item)."""
    where = (block.attrs.get("table"), block.attrs.get("row"))
    if where[1] is None:
        return (None, None)
    if where != last[0]:
        last = (where, None)
        text = block.text.strip(" *_'")
        if len(found) == 1 and isinstance(found[0].value, DateValue) and \
                text == found[0].text.strip(" *_'"):
            return (where, replace(found[0], start=0, end=0))
    return last


def _is_back_matter(heading: str) -> bool:
    """"References", "Bibliography", "External links": citations, not lore."""
    names = vocabulary.load("sections")["back_matter"]
    return heading.strip().strip("=: ").casefold() in names


# "KMT", "HFPG": an acronym standing among lower-case words (not a word of a heading set in capitals)
_LONE_ACRONYM = re.compile(r"(?<![\w.&-])[A-Z]{3,6}(?![\w.&-])")
_CAPITAL_RUN = re.compile(r"[A-Z]{2,}")


def back_matter_acronyms(doc: Document, block) -> list[NameMention]:
    """The acronyms a "Sources" or "Notes" section writes: the section is not read for facts, but an acronym
    of the page written there with its letters reordered ("the GTHS numbering" beside "GHTS") is a slip."""
    text = block.text
    found = []
    for m in _LONE_ACRONYM.finditer(text):
        before, after = text[max(0, m.start() - 12):m.start()].split(), text[m.end():m.end() + 12].split()
        if before and _CAPITAL_RUN.fullmatch(before[-1].strip("(),;:")) or \
                after and _CAPITAL_RUN.fullmatch(after[0].strip("(),;:.")):
            continue  # "THE COST OF THE NAVE": words in capitals, no acronym
        span = doc.block_span(block, m.start(), m.end())
        found.append(NameMention(m.group(), span, Origin.PROSE, "acronym"))
    return found


def _stopped(doc: Document, block, offset: int, budget: float) -> Diagnostic:
    line, col = doc.position(block.file_offset(offset))
    return Diagnostic("source-error", Severity.ERROR,
                      f"extraction stopped after {budget:g} s of CPU time at this line; the rest of the file was not checked",
                      Span(doc.path, line, col, line, col))


def extract(doc: Document, budget: float | None = DEFAULT_TIME_BUDGET) -> DocumentFacts:
    """Facts of one document. Past `budget` seconds the rest of the file is skipped with a source-error."""
    set_short_years(low_year_window(doc.text))  # "in 814" is a year in a world dated "10 April 653" or "born: 653"
    try:
        return _extract(doc, budget)
    finally:
        set_short_years(None)


def _extract(doc: Document, budget: float | None) -> DocumentFacts:
    from .prose import OutOfTime, ProseReader

    deadline = config.extraction_clock() + budget if budget else None

    facts = DocumentFacts(path=doc.path, format=doc.format, title=doc.title,
                          line_count=doc.line_count, errors=list(doc.errors))
    table_fields = key_value_fields(doc)  # "| Born | 3 March 1702 |": a table laid out as an infobox
    FieldReader(doc, facts, DateContext()).read(doc.blocks + table_fields if table_fields else doc.blocks)
    if facts.title is None and doc.title:
        facts.title = doc.title
    labelled_side_lists(doc, facts)
    facts.statements += field_terms(doc, facts.title, origin_of(doc))
    facts.statements += field_aside_terms(doc, facts.title, origin_of(doc))
    block_side_lists(doc, facts)
    prose = ProseReader(doc, facts, deadline)
    fields_origin = origin_of(doc)
    field_relations(doc, facts, fields_origin)
    prose.relations = RelationReader(doc, facts, prose)
    periods = PeriodReader(doc, facts)
    tables = TableReader(doc, facts)
    figure_lists = FigureListReader(doc, facts)
    field_events = FieldEventReader(doc, facts)
    event_mentions = EventMentionReader(doc, facts)
    aid = AidReader(doc, facts)
    side_phrases = SidePhraseReader(doc, facts)
    reopenings = ReopeningReader(doc, facts)
    event_sequels = EventSequelReader(doc, facts)
    caption_dates = CaptionDateReader(doc, facts)
    ctx = DateContext()
    skip_level = None  # inside a back-matter section down to this heading level
    epochs = read_epochs(doc.text)  # the named eras this document maps to the common count
    own_eras = abbreviated_eras(doc.text)  # "435 AR": years counted in the world's own era, as written
    row_lead: tuple = (None, None)  # (table, row) and the date its date cell gives
    lead = next((b.text for b in doc.blocks if b.kind is BlockKind.PARAGRAPH), "")  # what the page says its subject is
    own_head = title_head(facts.title)  # "fire" on a fire's page: "the fire of 1335" dates the page subject
    found_by_block: dict[int, list] = {}  # a prose block's dates, as the loop found them (extract/day_tolls.py)
    for block in doc.blocks:
        if deadline is not None and config.extraction_clock() > deadline:
            facts.errors.append(_stopped(doc, block, 0, budget))
            break
        kind = block.kind
        if kind is BlockKind.HEADING:
            level = block.level or 2
            if skip_level is not None and level > skip_level:
                continue
            skip_level = level if _is_back_matter(block.text) else None
            if skip_level is not None:
                continue
        elif skip_level is not None:
            if kind in _PROSE_ORIGIN:
                facts.names += back_matter_acronyms(doc, block)
            continue
        figure_lists.read(block)
        if "links" in block.attrs or "targets" in block.attrs:
            origin = Origin.HEADING if kind is BlockKind.HEADING else _PROSE_ORIGIN.get(kind, fields_origin)
            facts.names += read_links(doc, block, origin)
        if kind is BlockKind.HEADING:
            heading_dates = find_dates(block.text, DateContext())
            ctx.heading(block.text, heading_dates)  # (the same dates: a fresh context, every year a bare one may be)
            for f in heading_dates:
                facts.dates.append(DateMention(f.value, f.text, doc.block_span(block, f.start, f.end),
                                               Origin.HEADING, f.year_from_context))
            prose.heading(block, find_dates(block.text, ctx.aside()) if any(c.isdigit() for c in block.text) else [])
            periods.heading(block, heading_dates)
            side_phrases.heading()
            reopenings.heading()
            event_sequels.heading()
            caption_dates.read(block, [], None)
            for name, at, f, labelled in named_event_dates(block.text, 0, len(block.text), heading_dates):
                facts.statements.append(dated_name_statement(doc, block, name, at, f, Origin.HEADING, labelled))
        elif kind is BlockKind.FIELD and block.raw_key and (event := dated_field_name(block.raw_key)):
            found = [f for f in find_dates(block.text, DateContext()) if f.start == 0]
            if found:  # "Synod of Orle:: 3–9 March 1120"
                facts.statements.append(dated_name_statement(doc, block, event, 0, found[0], fields_origin))
        elif kind in _PROSE_ORIGIN:
            if kind is BlockKind.CAPTION and not _YEAR_COLUMN.match(block.text):
                found = find_dates(block.text, ctx.aside())  # a caption lends no year to the story
            else:
                ctx.paragraph()
                found = find_dates(block.text, ctx)
            if epochs:
                found = merge(found, era_dates(block.text, epochs))
            if own_eras:
                found = era_years(block.text, own_eras, found)
            found = merge(found, anaphoric_days(block.text, found))
            origin = _PROSE_ORIGIN[kind]
            found_by_block[id(block)] = found
            for f in found:
                if denied(block.text, f.start, f.end, f.value):
                    continue  # "there is no 29 February 500": no invalid date, the text says so itself
                facts.dates.append(DateMention(f.value, f.text, doc.block_span(block, f.start, f.end),
                                               origin, f.year_from_context, weekday_before(block.text, f.start)))
                if inverted(block.text, f.start, f.end, f.value, f.year_from_context):
                    facts.inverted_ranges.append(facts.dates[-1])
            if kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and "from" in block.text:
                for first, last in inverted_until(block.text, found):  # "from D until she was released on D2"
                    facts.inverted_ranges.append(DateMention(
                        DateRange(first.value, last.value), block.text[first.start:last.end],
                        doc.block_span(block, first.start, last.end), origin))
            if kind is BlockKind.TABLE_CELL:
                row_lead = _row_lead(block, found, row_lead)
            told = len(facts.statements)
            try:
                prose.read(block, found, origin, row_lead[1] if kind is BlockKind.TABLE_CELL and not found else None)
            except OutOfTime as stop:
                facts.errors.append(_stopped(doc, block, stop.offset, budget))
                break
            drop_unowned(doc, block, found, facts.statements, told)
            periods.read(block, found, origin)
            caption_dates.read(block, found, origin)
            if origin is Origin.PROSE:
                field_events.read(block, found, origin)
                event_mentions.read(block, found, origin)
                aid.read(block, found, origin)
                side_phrases.read(block, found, origin)
                facts.statements += opposed(doc, block, found, origin)
                facts.statements += office_starts(doc, block, found, origin)
                facts.statements += founding_acts(doc, block, found, origin, facts.title)
                if owned := foundation_nouns(doc, block, found, origin, facts.title):
                    # "Since its foundation in 1304, the Brotherhood ...": not the body the sentence before named
                    spans = {s.date_span for s in owned}
                    facts.statements[:] = [s for s in facts.statements
                                           if s.predicate != "founded" or s.date_span not in spans] + owned
                facts.statements += work_spans(doc, block, found, origin)
                facts.statements += relief_ends(doc, block, found, origin, facts.title)
                facts.statements += siege_acts(doc, block, found, origin, facts.title)
                facts.statements += titled_acts(doc, block, found, origin)
                facts.statements += apposed_terms(doc, block, origin)
                facts.statements += organ_acts(doc, block, found, origin, facts.title, lead)
                facts.statements += member_acts(doc, block, found, origin)
                facts.statements += member_stays(doc, block, found, origin)
                facts.statements += capacity_acts(doc, block, found, origin, facts.title)
                facts.statements += aside_terms(doc, block, found, origin, facts.title)
                facts.statements += period_acts(doc, block, found, origin)
                facts.durations += term_lengths(doc, block, origin)
                facts.statements += stage_chain_statements(doc, block, found, origin)
                facts.statements += sequel_statements(doc, block, found, origin)
                reopenings.read(block, found, origin)
                event_sequels.read(block, found, origin)
                facts.statements += betrothal_statements(doc, block, found, origin)
                facts.statements += agent_signings(doc, block, found, origin)
                facts.statements += sealed_agreements(doc, block, found, origin)
            if origin in (Origin.PROSE, Origin.CAPTION):  # a caption's "after the fire of 1506" too
                facts.statements += own_event_dates(doc, block, found, origin, facts.title, own_head)
            if kind is BlockKind.TABLE_CELL:
                tables.read(block, found)
    prose.finish()
    drop_borrowed_ends(doc, facts.statements)
    acts = {s.predicate for s in facts.statements if s.predicate in ("capacity:act", "period:act")}
    if len(acts) < 2:  # what a held-again office or a renewed truce leaves alone: kept only beside such acts
        gone = {"capacity:again"} if "capacity:act" not in acts else set()
        gone |= {"period:again", "period:start", "period:end"} if "period:act" not in acts else set()
        facts.statements = [s for s in facts.statements if s.predicate not in gone]
    field_events.finish()
    caption_dates.finish()
    tables.finish()
    figure_lists.finish()
    terms = holder_lists(doc)
    if spans := successive_terms(terms):  # "Horace Bellweather (1871-1897)" among presidents: his term, not his life
        facts.statements = [s for s in facts.statements if s.predicate not in ("birth", "death")
                            or s.origin is not Origin.PROSE or s.date_span not in spans]
    facts.statements += terms
    facts.statements = told_graduations(doc, facts.statements) + listed_graduations(doc)
    facts.quantities += stated_measures(doc, facts, doc.blocks + table_fields if table_fields else doc.blocks,
                                        fields_origin, _PROSE_ORIGIN)
    facts.quantities += labelled_parts(doc, facts, _PROSE_ORIGIN)
    facts.quantities += told_losses(doc, facts, _PROSE_ORIGIN)
    facts.quantities += told_row_figures(doc, facts, _PROSE_ORIGIN)
    facts.quantities += told_labels(doc, facts, _PROSE_ORIGIN)
    facts.quantities += partitioned_losses(doc, facts, _PROSE_ORIGIN)
    facts.quantities += paired_losses(doc, facts, _PROSE_ORIGIN)
    facts.quantities += tabled_losses(doc, facts)
    facts.quantities += bracketed_parts(doc, facts, _PROSE_ORIGIN)
    facts.quantities += peak_strengths(doc, facts, _PROSE_ORIGIN)
    facts.quantities += commander_strengths(doc, facts, _PROSE_ORIGIN)
    facts.quantities += field_sums(doc, facts, fields_origin)
    facts.quantities += nested_totals(doc, facts, fields_origin)
    facts.quantities += toll_totals(doc, fields_origin)
    facts.quantities += article_counts(doc, facts.title, _PROSE_ORIGIN)
    facts.quantities += gift_counts(doc, facts.title, _PROSE_ORIGIN)
    facts.quantities += prison_terms(doc, facts, _PROSE_ORIGIN)
    paid, paid_once = payment_facts(doc, facts.title, _PROSE_ORIGIN)
    facts.quantities += paid
    facts.quantities += personal_guards(doc, facts.title, _PROSE_ORIGIN)
    facts.quantities += restated_counts(doc, facts.title, _PROSE_ORIGIN)
    facts.quantities += group_counts(doc, facts, _PROSE_ORIGIN)
    facts.quantities += lost_of(doc, facts.title, _PROSE_ORIGIN)
    facts.quantities += stated_shares(doc, facts, _PROSE_ORIGIN)
    facts.quantities += owned_measures(doc, facts, _PROSE_ORIGIN, fields_origin)
    facts.counts += count_mentions(doc, facts.title, _PROSE_ORIGIN, fields_origin)
    facts.counts += day_tolls(doc, found_by_block, _PROSE_ORIGIN)
    facts.counts += force_counts(doc, facts.title, _PROSE_ORIGIN)
    facts.counts += party_losses(doc, facts.title, _PROSE_ORIGIN)
    facts.counts += paid_once
    facts.counts += vote_tallies(doc, facts.title, found_by_block, _PROSE_ORIGIN)
    facts.statements += section_event_dates(doc, found_by_block)
    facts.statements += outbreak_section_starts(doc, facts, found_by_block)
    facts.statements += journey_ends(doc, facts)
    facts.statements += staggered_signings(doc, facts, _PROSE_ORIGIN)
    return facts
