"""Command line: `lorecheck PATH...` lints; `rules`, `rule`, `parse`, `facts`, `dates` explain.

Imports stay inside the commands so that `lorecheck --version` and small
runs load only what they use. Exit codes: 0 clean, 1 findings at or above
the failing severity, 2 usage or configuration error.
"""
from __future__ import annotations

import argparse
import sys

from . import __version__

SUBCOMMANDS = ("check", "rules", "rule", "parse", "facts", "dates")


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # usage errors exit 2 with one line, as argparse does, never a traceback
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _check_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="lorecheck", description="Find contradictions in the documents of a fictional world.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files and folders to check (folders recursively)")
    p.add_argument("--version", action="version", version=f"lorecheck {__version__}")
    p.add_argument("--format", default="text", help="text (default) or json")
    p.add_argument("--select", action="append", default=[], metavar="RULES", help="only these rules (comma-separated)")
    p.add_argument("--ignore", action="append", default=[], metavar="RULES", help="not these rules (comma-separated)")
    p.add_argument("--fail-on", choices=("error", "warning"), default=None, help="lowest severity that fails the run")
    return p


def _split(values: list[str]) -> list[str]:
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def cmd_check(argv: list[str]) -> int:
    from .config import Config
    from .engine import lint
    from .report import FORMATS, render, summary_line

    args = _check_parser().parse_args(argv)
    if args.format not in FORMATS:
        print(f"lorecheck: error: unknown format {args.format!r} (choose from {', '.join(FORMATS)})", file=sys.stderr)
        return 2
    if not args.paths:
        print("lorecheck: error: no files or folders given (try: lorecheck docs/)", file=sys.stderr)
        return 2
    config = Config()
    if args.select:
        config.select = _split(args.select)
    if args.ignore:
        config.ignore = _split(args.ignore)
    if args.fail_on:
        config.fail_on = args.fail_on
    result = lint(args.paths, config)
    sys.stdout.write(render(args.format, result))
    print(summary_line(result), file=sys.stderr)
    return result.exit_code(config.fail_on)


def cmd_rules(argv: list[str]) -> int:
    from .rules import load_rules

    _Parser(prog="lorecheck rules", description="List every rule.").parse_args(argv)
    rules = load_rules()
    width = max(len(r.id) for r in rules.values())
    for r in sorted(rules.values(), key=lambda r: r.id):
        print(f"{r.id:<{width}}  {r.code or '':6} {r.severity:<8} {r.summary}")
    return 0


def cmd_rule(argv: list[str]) -> int:
    from .rules import find_rule, load_rules

    p = _Parser(prog="lorecheck rule", description="Show a rule's documentation and examples.")
    p.add_argument("name")
    args = p.parse_args(argv)
    rules = load_rules()
    rule = find_rule(rules, args.name)
    if rule is None:
        print(f"lorecheck: error: no rule named {args.name!r} (see `lorecheck rules`)", file=sys.stderr)
        return 2
    print(f"# {rule.id}" + (f" ({rule.code})" if rule.code else ""))
    print(f"\nDefault severity: {rule.severity}. Kind: {rule.kind}.\n\n{rule.summary}\n")
    for title, text in (("What it checks", rule.docs.what), ("Why", rule.docs.why), ("How to fix", rule.docs.fix)):
        print(f"## {title}\n\n{text.strip()}\n")
    for ex in [e for e in rule.examples if e.expect == "bad"][:1] + [e for e in rule.examples if e.expect == "good"][:1]:
        heading = "Bad" if ex.expect == "bad" else "Good"
        print(f"## {heading}: {ex.name}\n")
        for n, line in enumerate(ex.text.rstrip("\n").split("\n"), start=1):
            mark = ">>" if any(f.line == n for f in ex.findings) else "  "
            print(f"{mark} {n:3} | {line}")
        print()
    return 0


def cmd_parse(argv: list[str]) -> int:
    from .sources import SourceError, read_document

    p = _Parser(prog="lorecheck parse", description="Show a document's blocks with their spans.")
    p.add_argument("file")
    args = p.parse_args(argv)
    try:
        doc = read_document(args.file)
    except SourceError as exc:
        print(f"{args.file}:{exc.line or 1}:1: error: {exc.message} [source-error]", file=sys.stderr)
        return 1
    print(f"{doc.path}: {doc.format}, {doc.line_count} lines, title {doc.title!r}")
    for b in doc.blocks:
        s = doc.block_span(b)
        key = f" {b.key}" if b.key else ""
        group = f"[{b.group}]" if b.group is not None else ""
        attrs = " " + " ".join(f"{k}={v!r}" for k, v in sorted(b.attrs.items())) if b.attrs else ""
        text = b.text if len(b.text) <= 100 else b.text[:97] + "..."
        print(f"{s.line}:{s.column}-{s.end_line}:{s.end_column} {b.kind.value}{key}{group}{attrs}: {text!r}")
    for e in doc.errors:
        print(f"{e.span.path}:{e.span.line}:{e.span.column}: {e.severity.value}: {e.message} [{e.rule}]")
    return 0


def cmd_facts(argv: list[str]) -> int:
    from .engine import collect_files, extract_file
    from .report.facts import facts_json, facts_text

    p = _Parser(prog="lorecheck facts", description="Show the facts extracted from documents.")
    p.add_argument("paths", nargs="+")
    p.add_argument("--format", choices=("text", "json"), default="text")
    args = p.parse_args(argv)
    files, problems = collect_files(args.paths)
    for d in problems:
        print(f"{d.span.path}: error: {d.message}", file=sys.stderr)
    facts = [extract_file(f) for f in files]
    sys.stdout.write(facts_json(facts) if args.format == "json" else facts_text(facts))
    return 2 if problems and not files else 0


def cmd_dates(argv: list[str]) -> int:
    import json

    from .extract.dates import dates_command

    p = _Parser(prog="lorecheck dates", description="Read text on stdin; print its date expressions as JSON.")
    p.add_argument("--dct", help="document creation time YYYY-MM-DD, used only when the text gives no year")
    args = p.parse_args(argv)
    text = sys.stdin.read()
    print(json.dumps(dates_command(text, args.dct), ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = "check"
    if argv and argv[0] in SUBCOMMANDS:
        command = argv.pop(0)
    try:
        return globals()[f"cmd_{command}"](argv)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
