"""Command line: `lorecheck PATH...` lints; `rules`, `rule`, `parse`, `facts`, `dates` explain.

Imports stay inside the commands so that `lorecheck --version` and small
runs load only what they use. Exit codes: 0 clean, 1 findings at or above
the failing severity, 2 usage or configuration error.
"""
from __future__ import annotations

import sys

from . import __version__

SUBCOMMANDS = ("check", "rules", "rule", "parse", "facts", "dates")


def _Parser(**kw):
    """An argparse parser whose usage errors exit 2 with one line, as argparse does, never a traceback."""
    import argparse

    class Parser(argparse.ArgumentParser):
        def error(self, message):
            self.print_usage(sys.stderr)
            self.exit(2, f"{self.prog}: error: {message}\n")

    return Parser(**kw)


def _check_parser():
    p = _Parser(prog="lorecheck", description="Find contradictions in the documents of a fictional world.")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files and folders to check (folders recursively); - reads stdin")
    p.add_argument("--version", action="version", version=f"lorecheck {__version__}")
    p.add_argument("--format", default="text", help="text (default), concise, json, sarif, github or junit")
    p.add_argument("--config", metavar="PATH", help="configuration file (default: the nearest lorecheck.toml, "
                   ".lorecheck.toml or pyproject.toml with [tool.lorecheck] above the first path)")
    p.add_argument("--select", action="append", default=[], metavar="RULES", help="only these rules (comma-separated)")
    p.add_argument("--ignore", action="append", default=[], metavar="RULES", help="not these rules (comma-separated)")
    p.add_argument("--fail-on", choices=("error", "warning"), default=None, help="lowest severity that fails the run")
    p.add_argument("--max-warnings", type=int, default=None, metavar="N", help="fail when there are more than N warnings")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings (2 still means a usage error)")
    p.add_argument("--baseline", metavar="FILE", help="report only findings not recorded in this baseline")
    p.add_argument("--write-baseline", metavar="FILE", help="record the current findings as the baseline and exit 0")
    p.add_argument("--output-file", "-o", metavar="PATH", help="write the report here instead of stdout")
    p.add_argument("--statistics", action="store_true", help="count findings per rule (on stderr)")
    p.add_argument("--stdin-filename", metavar="PATH", help="with -, the path stdin stands for (format, config, messages)")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="extract with N processes (default: all cores for big worlds, 1 for small runs)")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the fact cache")
    p.add_argument("--cache-dir", metavar="DIR", help="fact cache folder (default: .lorecheck_cache beside the configuration)")
    return p


_PLAIN_FLAGS = {"--no-cache": "no_cache", "--exit-zero": "exit_zero", "--statistics": "statistics"}


def _plain_check_args(argv: list[str]):
    """The arguments argparse would give for the common plain forms (`lorecheck [--no-cache] PATH...`), or None.

    Why: importing argparse and building the check parser (its help formatter
    pulls in shutil) cost a cold one-file run ~15 ms of ~230. Only flags that
    take no value, written in full, before or after one run of paths (argparse
    refuses paths split by a flag) are read here; anything else (values,
    `--flag=`, abbreviations, `-`, `--`, help) goes to argparse, as before.
    """
    if not argv:
        return None
    paths: list[str] = []
    flags: set[str] = set()
    runs = 0
    previous_was_path = False
    for arg in argv:
        if arg in _PLAIN_FLAGS:
            flags.add(_PLAIN_FLAGS[arg])
            previous_was_path = False
        elif arg and not arg.startswith("-"):
            runs += not previous_was_path
            paths.append(arg)
            previous_was_path = True
        else:
            return None
    if runs != 1:
        return None
    from types import SimpleNamespace

    return SimpleNamespace(paths=paths, format="text", config=None, select=[], ignore=[], fail_on=None,
                           max_warnings=None, exit_zero="exit_zero" in flags, baseline=None, write_baseline=None,
                           output_file=None, statistics="statistics" in flags, stdin_filename=None, jobs=None,
                           no_cache="no_cache" in flags, cache_dir=None)


def _split(values: list[str]) -> list[str]:
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def _fail(message: str) -> int:
    for line in message.splitlines():
        print(f"lorecheck: error: {line}", file=sys.stderr)
    return 2


def statistics(diagnostics) -> str:
    """`12  conflicting-date` lines, most frequent first."""
    from collections import Counter

    counts = Counter(d.rule for d in diagnostics)
    width = max((len(str(n)) for n in counts.values()), default=1)
    return "".join(f"{n:>{width}}  {rule}\n" for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _lint(args, config) -> tuple:
    """(None, the run's result, the baseline's fingerprints or None), or (exit code, None, None)
    when a rule name or the baseline turns out to be unusable."""
    from .engine import STDIN, lint, unknown_rules

    unknown = unknown_rules(config)
    if unknown:
        where = config.source or "the command line"
        return _fail(f"{where}: no rule named {', '.join(map(repr, unknown))} (see `lorecheck rules`)"), None, None
    known = None
    if args.baseline:  # the baseline module is imported only by runs that use one
        from .baseline import BaselineError, read

        try:
            known = read(args.baseline)
        except BaselineError as exc:
            return _fail(str(exc)), None, None
    stdin = sys.stdin.buffer.read() if STDIN in args.paths else None
    progress = (lambda msg: print(f"lorecheck: {msg}...", file=sys.stderr, flush=True)) \
        if sys.stderr.isatty() else None
    return None, lint(args.paths, config, stdin=stdin, stdin_filename=args.stdin_filename, progress=progress), known


def cmd_check(argv: list[str]) -> int:
    args = _plain_check_args(argv) or _check_parser().parse_args(argv)  # first: `--help` needs nothing below
    from .config import ConfigError, discover
    from .engine import STDIN
    from .report import FORMATS, render, summary_line
    from .rules import RuleFileError

    if args.format not in FORMATS:
        return _fail(f"unknown format {args.format!r} (choose from {', '.join(FORMATS)})")
    if not args.paths:
        return _fail("no files or folders given (try: lorecheck docs/)")
    if args.stdin_filename and STDIN not in args.paths:
        return _fail("--stdin-filename needs - among the paths")
    if args.max_warnings is not None and args.max_warnings < 0:
        return _fail("--max-warnings needs a number >= 0")
    lookup = [args.stdin_filename if p == STDIN and args.stdin_filename else p for p in args.paths]
    try:
        config = discover(lookup, args.config)
        if args.select:
            config.select = _split(args.select)
        if args.ignore:
            config.ignore = _split(args.ignore)
        if args.fail_on:
            config.fail_on = args.fail_on
        from .parallel import configure, open_store
        from .vocabulary import use_cache_dir

        configure(jobs=args.jobs, cache=not args.no_cache, cache_dir=args.cache_dir)
        store = open_store(config)  # parsed rule and vocabulary files are kept beside the facts, nowhere else
        use_cache_dir(store.root if store is not None else None)
        try:
            code, result, known = _lint(args, config)
        finally:
            use_cache_dir(None)  # this run's folder only: a later in-process run may have another one
        if code is not None:
            return code
    except ConfigError as exc:
        return _fail(str(exc))
    except RuleFileError as exc:
        return _fail(f"{exc.path}: {exc.message.splitlines()[0]}")

    if args.write_baseline:
        from .baseline import write

        try:
            n = write(args.write_baseline, result.diagnostics, config.relative)
        except OSError as exc:
            return _fail(f"{args.write_baseline}: cannot write baseline: {exc.strerror or exc}")
        print(f"lorecheck: wrote {n} finding{'' if n == 1 else 's'} to {args.write_baseline}", file=sys.stderr)
        return 0
    hidden = 0
    if known is not None:
        from .baseline import filter_new

        result.diagnostics, hidden = filter_new(result.diagnostics, known, config.relative)

    report = render(args.format, result)
    if args.output_file:
        try:
            with open(args.output_file, "w", encoding="utf-8", newline="") as out:
                out.write(report)
        except OSError as exc:
            return _fail(f"{args.output_file}: cannot write report: {exc.strerror or exc}")
    else:
        sys.stdout.write(report)
    if args.statistics:
        sys.stderr.write(statistics(result.diagnostics))
    extra = "".join(f", {n} {what}" for n, what in ((result.suppressed, "suppressed"), (hidden, "in the baseline")) if n)
    print(summary_line(result) + extra, file=sys.stderr)
    if args.exit_zero:
        return 0
    code = result.exit_code(config.fail_on)
    warnings = sum(1 for d in result.diagnostics if d.severity.value == "warning")
    if args.max_warnings is not None and warnings > args.max_warnings:
        print(f"lorecheck: {warnings} warnings, more than --max-warnings {args.max_warnings}", file=sys.stderr)
        code = 1
    return code


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
    argv_given = argv
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:  # what argparse prints, without importing it (editors and hooks ask often)
        print(f"lorecheck {__version__}")
        return 0
    from .precompiled import install

    install()  # before the modules that compile patterns are imported: re and dataclasses use the shipped results
    if argv_given is None:  # the process's own command line (the console script): it exits after this run
        from .engine import one_run_per_process

        one_run_per_process()
    command = "check"
    if argv and argv[0] in SUBCOMMANDS:
        command = argv.pop(0)
    try:
        return globals()[f"cmd_{command}"](argv)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
