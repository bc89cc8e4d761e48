"""`lorecheck facts`: the extracted facts with their spans, so a user sees why a finding fired."""
from __future__ import annotations

import dataclasses
import json
from enum import Enum

from ..model import STATEMENT_FIELDS, DateRange, DateValue, Statement

_KINDS = ("entities", "statements", "memberships", "side_names", "quantities", "durations", "relations",
          "relative_dates", "anchored_elsewhere", "dates", "names")


def _plain(value):
    if isinstance(value, (DateValue, DateRange)):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Statement):  # its spans as spans, not as the numbers it keeps
        return {name: _plain(getattr(value, name)) for name in STATEMENT_FIELDS}
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def facts_json(all_facts) -> str:
    out = []
    for facts in all_facts:
        item = {"path": facts.path, "format": facts.format, "title": facts.title}
        for kind in _KINDS:
            item[kind] = _plain(getattr(facts, kind))
        out.append(item)
    return json.dumps(out, ensure_ascii=False, indent=1) + "\n"


def _where(span) -> str:
    return f"{span.path}:{span.line}:{span.column}" if span else "-"


def facts_text(all_facts) -> str:
    lines = []
    for facts in all_facts:
        lines.append(f"# {facts.path} ({facts.format}) title={facts.title!r}")
        for s in facts.statements:
            extra = "".join(f" {k}={v!r}" for k, v in (("hedge", s.hedge), ("event", s.event)) if v)
            neg = " NOT" if s.negated else ""
            lines.append(f"{_where(s.date_span or s.span)}: statement{neg} {s.subject!r} {s.predicate}"
                         f"{' ' + repr(s.object) if s.object else ''} {s.date or '(undated)'} [{s.origin.value}]{extra}")
        for m in facts.memberships:
            lines.append(f"{_where(m.span)}: member {m.entity!r} side {m.side} of {m.conflict!r}"
                         f" {m.period or '(undated)'} [{m.role}]")
        for n in facts.side_names:
            lines.append(f"{_where(n.span)}: side {n.side} of {n.conflict!r} is named {n.name!r}")
        for q in facts.quantities:
            lines.append(f"{_where(q.span)}: figure {q.measure} {q.label!r} = {q.value:,.0f}"
                         f"{' (' + q.qualifier + ')' if q.qualifier else ''} group {q.group!r} [{q.role}]")
        for r in facts.relations:
            flags = "".join(f" {f}" for f in ("held", "sole", "implied") if getattr(r, f))
            lines.append(f"{_where(r.span)}: relation {r.subject!r} {r.relation} {r.value!r} [{r.origin.value}]{flags}")
        for d in facts.durations:
            lines.append(f"{_where(d.span)}: duration {d.text!r} of {d.subject!r} ({d.kind}) {d.start} – {d.end}")
        for r in facts.relative_dates:
            lines.append(f"{_where(r.stated_span)}: relative {r.text!r} from {r.anchor} gives {r.stated}")
        for r in facts.anchored_elsewhere:
            lines.append(f"{_where(r.stated_span)}: relative {r.text!r} from {r.anchor_event!r} (dated elsewhere) gives {r.stated}")
        for e in facts.entities:
            lines.append(f"{_where(e.span)}: entity {e.name!r}{' aka ' + ', '.join(e.aliases) if e.aliases else ''}")
        for n in facts.names:
            lines.append(f"{_where(n.span)}: name {n.name!r}{'' if n.kind == 'name' else f' ({n.kind})'}")
        for d in facts.dates:
            flag = "" if getattr(d.value, "valid", True) else " INVALID"
            lines.append(f"{_where(d.span)}: date {d.text!r} = {d.value}{flag}")
        for e in facts.errors:
            lines.append(f"{_where(e.span)}: {e.severity.value}: {e.message} [{e.rule}]")
    return "\n".join(lines) + "\n"
