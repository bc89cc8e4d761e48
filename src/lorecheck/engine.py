"""The run: files -> documents -> facts -> World -> checks -> filtered diagnostics.

The only place where the pipeline stages meet. A file that cannot be read
becomes a `source-error` diagnostic and never stops the other files.
Configured `world` folders are read as context: their facts join the World,
but only findings in the files named on the command line are reported (what
a pre-commit hook passing the changed files needs).
"""
from __future__ import annotations

import gc
import os
from collections import Counter
from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .config import DEFAULT_TIME_BUDGET, Config, glob_match, read_gitignore
from .model import Diagnostic, DocumentFacts, Severity, Span

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".wiki", ".wikitext", ".mediawiki")
STDIN = "-"


@dataclass
class LintResult:
    diagnostics: list[Diagnostic]
    files: int
    facts: list[DocumentFacts] = field(default_factory=list)
    suppressed: int = 0  # findings hidden by suppression comments
    context_files: int = 0  # world files read only as context
    rules: dict = field(default_factory=dict)  # the rules that ran, by id (SARIF rule metadata)
    root: str = "."  # the project root (SARIF's %SRCROOT%)

    def exit_code(self, fail_on: str = "error") -> int:
        threshold = Severity(fail_on).rank
        return 1 if any(d.severity.rank >= threshold for d in self.diagnostics) else 0


def collect_files(paths: list[str], config: Config | None = None) -> tuple[list[str], list[Diagnostic]]:
    """Documents under the given paths: folders recursively (hidden ones skipped), named files always.

    With a configuration, files found in folders must match `include` (when
    given) and neither `exclude` nor the root .gitignore; a named file is
    skipped only when `exclude` names it.
    """
    files, _, problems = _collect(paths, config)
    return files, problems


def _collect(paths: list[str], config: Config | None = None) -> tuple[list[str], list[str], list[Diagnostic]]:
    """`collect_files`, with each file's real path (computed anyway to skip duplicates)."""
    files: list[str] = []
    reals: list[str] = []
    problems: list[Diagnostic] = []
    seen: set[str] = set()
    include = list(config.include) if config else []
    exclude = list(config.exclude) if config else []
    ignored = read_gitignore(config.project_root) if config else []

    def excluded(path: str, walked: bool) -> bool:
        if not config or not (include or exclude or ignored):
            return False
        rel = config.relative(path)
        if rel.startswith("../"):
            return False  # outside the project: its patterns do not speak about it
        if any(glob_match(p, rel) for p in exclude):
            return True
        if walked and any(glob_match(p, rel) for p in ignored):
            return True
        return walked and bool(include) and not any(glob_match(p, rel) for p in include)

    def add(path: str, walked: bool, real: str | None = None) -> None:
        real = real or os.path.realpath(path)
        if real not in seen and not excluded(path, walked):
            seen.add(real)
            files.append(path)
            reals.append(real)

    def walk(folder: str, real_folder: str) -> None:
        """os.walk's order without following links; a file that is no link has the real path
        of its folder + its name (realpath per file is most of the cost on a 10,000-file world)."""
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            return
        subfolders = []
        prefix = folder if folder.endswith(os.sep) else folder + os.sep  # os.path.join, once per folder
        real_prefix = real_folder if real_folder.endswith(os.sep) else real_folder + os.sep
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            name = entry.name
            if is_dir:
                if not name.startswith(".") and not entry.is_symlink():
                    subfolders.append(name)
                continue
            if name.startswith(".") or not name.lower().endswith(DOCUMENT_SUFFIXES):
                continue
            full = prefix + name
            if entry.is_symlink():
                if os.path.isfile(full):
                    add(full, True)
            elif entry.is_file():
                add(full, True, real_prefix + name)
        for name in subfolders:
            walk(prefix + name, real_prefix + name)

    for p in paths:
        if os.path.isdir(p):
            walk(p, os.path.realpath(p))
        elif os.path.exists(p):
            add(p, False)
        else:
            problems.append(source_error(p, "no such file or directory"))
    return files, reals, problems


def source_error(path: str, message: str, line: int | None = None, column: int | None = None,
                 severity: str = "error") -> Diagnostic:
    line = line or 1
    column = column or 1
    return Diagnostic(rule="source-error", severity=Severity(severity), message=message,
                      span=Span(path, line, column, line, column))


def extract_file(path: str, data: bytes | None = None, budget: float = DEFAULT_TIME_BUDGET) -> DocumentFacts:
    """One file to facts (with its suppression comments); any failure becomes a source-error fact.

    Past `budget` seconds of extraction the rest of the file is given up with a source-error.
    """
    from .extract import extract
    from .sources import SourceError, read_document
    from .suppress import directives

    try:
        with collector_paused(freeze=False):  # one file's tokens, statements and spans: acyclic, made in bulk
            doc = read_document(path, data)
            suppressions = directives(path, doc.text, doc.format)
            facts = extract(doc, budget)
        facts.suppressions = suppressions
        return facts
    except SourceError as exc:
        facts = DocumentFacts(path=path, format="unknown")
        facts.errors.append(source_error(path, exc.message, exc.line, exc.column, exc.severity))
        return facts
    except RecursionError:
        facts = DocumentFacts(path=path, format="unknown")
        facts.errors.append(source_error(path, "document nesting too deep to read"))
        return facts
    except Exception as exc:  # a bug of ours must not cost the user the other files
        facts = DocumentFacts(path=path, format="unknown")
        facts.errors.append(source_error(path, f"internal error while reading this file "
                                               f"({type(exc).__name__}: {exc}); please report it"))
        return facts


def _display(path: Path) -> str:
    """A configured folder as a path the user recognises: relative to the working folder when inside it."""
    rel = os.path.relpath(path)
    return str(path) if rel.startswith("..") else rel


def lint(paths: list[str], config: Config | None = None, *, stdin: bytes | None = None,
         stdin_filename: str | None = None, progress=None) -> LintResult:
    """Check `paths` (STDIN "-" is read as `stdin_filename`) against the configured world.

    With the cache on, a run whose inputs are all unchanged (every file's
    content key, the configuration, rules, vocabulary, lorecheck's code; see
    `_run_key`) returns the findings stored by the run that computed them,
    without loading facts or running checks. Its `facts` are then empty.
    """
    from .parallel import content_keys, extract_all, open_store, parsers_beside
    from .vocabulary import set_extra_folders

    config = config or Config()
    set_extra_folders([config.resolve(v) for v in config.vocabulary])
    stdin_name = (stdin_filename or "stdin.txt") if STDIN in paths else None
    named, named_reals, problems = _collect([p for p in paths if p != STDIN], config)
    named_real = set(named_reals)
    if stdin_name:
        named_real.add(os.path.realpath(stdin_name))
    context, context_reals, _ = _collect([_display(config.resolve(w)) for w in config.world], config)
    kept = [i for i, r in enumerate(context_reals) if r not in named_real]
    context, context_reals = [context[i] for i in kept], [context_reals[i] for i in kept]
    files, reals = named + context, named_reals + context_reals
    real = dict(zip(files, reals))  # realpath of every path this run reads, known from the walk
    if stdin_name:
        real[stdin_name] = os.path.realpath(stdin_name)
    store = open_store(config)
    keys = run_key = None
    if store is not None:
        index = store.stat_index()
        keys = content_keys(files, store, index, reals)
        index.save()
        run_key = _run_key(store, config, paths, stdin_name, stdin, problems, files, reals, len(named), keys)
        stored = store.get_run(run_key) if run_key else None
        if _valid_run(stored):
            return LintResult(stored["diagnostics"], len(named) + (1 if stdin_name else 0), [],
                              stored["suppressed"], len(context), _RulesOnDemand(config, stored["rules"]),
                              str(config.project_root))
    if progress and len(files) > 200:
        progress(f"reading {len(files)} files")
    typed = []  # the text given on stdin: a named file too
    if stdin_name:
        parsers_beside(store)
        typed.append(extract_file(stdin_name, stdin or b""))
    rules = _active(config)
    settle = DocumentChecks(rules, named_real, bool(context), real)
    shortless: set[int] = set()  # id() of context documents known to have no short names (World.shortless)
    if context and _entity_scoped(rules):
        facts = _named_and_relevant(files, len(named), keys, store, config, typed, shortless)
        facts = [settle(f) for f in facts[:len(named)]] + facts[len(named):] + [settle(f) for f in typed]
    else:
        facts = extract_all(files, config=config, cache=store if store is not None else False, keys=keys,
                            each=settle)
        facts += [settle(f) for f in typed]
    result = _check(facts, problems, named_real, bool(context), config, rules, settle.found, real, shortless)
    result.files = len(named) + (1 if stdin_name else 0)
    result.context_files = len(context)
    if run_key:
        store.put_run(run_key, {"diagnostics": result.diagnostics, "suppressed": result.suppressed,
                                "rules": sorted(result.rules)})
    return result


def _active(config: Config) -> dict:
    from .rules import load_rules

    return active_rules(load_rules(tuple(config.resolve(r) for r in config.rules)), config)


def _entity_scoped(rules: dict) -> bool:
    """Every active check meets documents only through entity keys (name drift across a
    whole world compares spellings instead, so it needs every document)."""
    return not any(r.params.get("scope") == "world" for r in rules.values())


class DocumentChecks:
    """Runs the per-document rules (checks.per_document) on each document as its facts arrive,
    then lets go of the lists only they read (dates, name mentions, relative dates): those are
    over half of a world's facts, and the world-wide checks never need them.

    A context document's own findings are never reported, so its per-document rules are not run.
    """

    def __init__(self, rules: dict, named_real: set[str], has_context: bool, real: dict[str, str]):
        from .checks import own_lists_done, per_document

        self.rules = [r for r in rules.values() if per_document(r)]
        self.done = own_lists_done(rules.values())
        self.named_real = named_real
        self.real = real
        self.has_context = has_context
        self.found: list[Diagnostic] = []

    def __call__(self, facts: DocumentFacts) -> DocumentFacts:
        from dataclasses import replace

        from .checks import run_checks
        from .world import DocumentView

        if not self.has_context or _resolved(facts.path, self.real) in self.named_real:
            self.found.extend(run_checks(DocumentView(facts), self.rules))
        return replace(facts, **{name: [] for name in self.done}) if self.done else facts


def _named_and_relevant(files: list[str], named_count: int, keys: list | None, store,
                        config: Config, typed: list[DocumentFacts], shortless: set[int]) -> list[DocumentFacts]:
    """The named files' facts and, of the context files that can meet them (relevance.py), the
    facts about what the named files mention, in the order given: a pre-commit run against a
    large world checks a small part of it.

    Which context files can meet them is decided from their summaries (`_relevant`).
    `typed`: facts of text given on stdin, named too (the caller adds them).
    `shortless`: filled with id() of the context documents the index says have no short names.
    """
    from .parallel import extract_all
    from .relevance import summarize

    cache = store if store is not None else False
    keys = keys or [None] * len(files)
    named_facts = extract_all(files[:named_count], config=config, cache=cache, keys=keys[:named_count])
    context, context_keys = files[named_count:], keys[named_count:]
    index = store.facts_by_key() if store is not None else None
    covered = index.documents() if index is not None else {}
    groups = [[name, *others] for name, others in config.aliases.items()] + [list(g) for g in config.sides]
    named_summaries = [summarize(f) for f in named_facts + typed]
    loaded: dict[int, DocumentFacts] = {}

    def choose(covered: dict) -> tuple[list[int], set[str], dict]:
        return _relevant(named_summaries, groups, context, context_keys, covered, index, loaded, store, config)

    try:
        chosen, wanted, summarized = choose(covered)
    except ValueError:  # the index is damaged: the documents' own summaries and entries
        covered = {}
        chosen, wanted, summarized = choose(covered)
    found = _context_facts(chosen, wanted, context, context_keys, loaded, store, config, index, covered, summarized,
                           shortless)
    return named_facts + [found[i] for i in chosen]


def _relevant(named: list, groups: list[list[str]], context: list[str], context_keys: list, covered: dict,
              index, loaded: dict[int, DocumentFacts], store, config: Config) -> tuple[list[int], set[str], dict]:
    """relevance.relevant over the context, and the summaries it read of documents the index does not
    cover (by context position): documents the facts-by-key index covers are asked of it;
    the others' summaries come from the cache folder, or from their facts (loaded into `loaded`),
    and are stored there for the next run (theirs only: the index answers for the rest, so the
    stored summaries stay as small as the part of the world edited since the index was built)."""
    from .cache import cacheable
    from .parallel import extract_all
    from .relevance import IndexedSummaries, Summary, meeting_facts, relevant, summarize

    uncovered = [i for i, k in enumerate(context_keys) if k is None or k not in covered]
    known = store.summaries() if store is not None and uncovered else {}
    unknown = [i for i in uncovered if context_keys[i] is None or context_keys[i] not in known]
    fresh: dict[int, Summary] = {}
    if unknown:
        facts = extract_all([context[i] for i in unknown], config=config, cache=store if store is not None else False,
                            keys=[context_keys[i] for i in unknown], each=meeting_facts)
        for i, f in zip(unknown, facts):
            loaded[i], fresh[i] = f, summarize(f)
            key = context_keys[i]
            if key is not None and cacheable(f):
                known[key] = tuple(fresh[i])
    needed = {context_keys[i] for i in uncovered} - {None}
    if store is not None and (unknown or len(known) > len(needed)):
        store.put_summaries({k: v for k, v in known.items() if k in needed})  # what the index does not cover
    others = {i: fresh[i] if i in fresh else Summary(*known[context_keys[i]]) for i in uncovered}
    docs: dict[int, list[int]] = {}
    for i, k in enumerate(context_keys):
        if i not in others:
            docs.setdefault(covered[k], []).append(i)
    return *relevant(named, IndexedSummaries(index, docs, others), groups), others


INDEX_STALE_SHARE = 0.1  # rebuild the facts-by-key index once this share of the context is not in it


def _context_facts(chosen: list[int], wanted: set[str], context: list[str], context_keys: list,
                   loaded: dict[int, DocumentFacts], store, config: Config, index, covered: dict,
                   summarized: dict, shortless: set[int]) -> dict[int, DocumentFacts]:
    """Each chosen context document's facts about the wanted keys (relevance.narrow): from the
    facts-by-key index where it covers the document, else from the document's own entry.

    The index is rebuilt when it is missing or too much of the context has changed since it
    was made (documents are known to it by content: an edited one is simply not covered);
    `summarized`: summaries `_relevant` already has, by context position, reused for the rebuild.
    `shortless`: gets id() of each document the index says has no short names (World.shortless).
    """
    from .cache import cacheable, repath
    from .parallel import extract_all
    from .relevance import join_kinds, meeting_facts, narrow, split, summarize
    from .world import may_have_short_names

    found: dict[int, DocumentFacts] = {}
    in_index = [i for i in chosen if i not in loaded and context_keys[i] in covered]
    with collector_paused():  # thousands of documents' facts: acyclic data made in bulk
        by_doc = index.parts(wanted) if in_index else {}
        try:
            bares = index.bare({covered[context_keys[i]] for i in in_index}) if in_index and by_doc is not None else {}
        except ValueError:  # damaged: the documents' own entries
            by_doc = None
        for i in in_index if by_doc is not None else ():
            doc = covered[context_keys[i]]
            stored, bare, shortens = bares[doc]
            facts = join_kinds(DocumentFacts(stored, *bare), [by_kind for _, by_kind in by_doc.get(doc, ())])
            found[i] = facts if stored == context[i] else repath(facts, stored, context[i])
            if not shortens:
                shortless.add(id(found[i]))
    missing = [i for i in chosen if i not in loaded and i not in found]
    for i, f in zip(missing, extract_all([context[i] for i in missing], config=config, cache=store or False,
                                         keys=[context_keys[i] for i in missing], each=meeting_facts)):
        loaded[i] = f
    for i in chosen:
        if i not in found:
            found[i] = narrow(loaded[i], wanted)
    stale = sum(1 for k in context_keys if k is not None and k not in covered)
    if index is not None and stale > max(1, len(context) * INDEX_STALE_SHARE):
        rest = [i for i, k in enumerate(context_keys) if i not in loaded and k is not None]
        for i, f in zip(rest, extract_all([context[i] for i in rest], config=config, cache=store,
                                          keys=[context_keys[i] for i in rest], each=meeting_facts)):
            loaded[i] = f
        index.build((context_keys[i], *split(f), summarized.get(i) or summarize(f), may_have_short_names(f))
                    for i, f in sorted(loaded.items()) if context_keys[i] is not None and cacheable(f))
    return found


_freeze_kept = False  # see `one_run_per_process`


def one_run_per_process() -> None:
    """The command line's process makes one run and exits: what `collector_paused` blocks make
    is then moved out of the collector's sight (gc.freeze) instead of being scanned once
    more when it is switched back on (~0.05 s for a pre-commit run's 20,000 context facts).
    Not for a library caller, whose later garbage cycles among frozen objects would stay."""
    global _freeze_kept
    _freeze_kept = True


@contextmanager
def collector_paused(freeze: bool = True):
    """Python's cycle collector off for a block that builds many acyclic objects at once, then as it was.

    Why: the collector scans new containers every 700 allocations and the whole heap
    whenever it has grown by a quarter; loading a pre-commit run's ~20,000 context facts
    and checking them set off ~480 passes, 3 of them over everything (0.15 s of a 0.9 s
    run), and found nothing to free: facts, World indexes and findings hold no cycles.
    Extracting one file is the same (~400 passes over the 40-file bench world, ~3 % of a
    one-core lint, freeing ~40 objects a file); `freeze=False` there, so that the few
    cycles a file leaves are still collected once the collector is back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _freeze_kept and freeze:
            gc.freeze()
        if was_enabled:
            gc.enable()


def _check(facts: list[DocumentFacts], problems: list[Diagnostic], named_real: set[str], has_context: bool,
           config: Config, rules: dict, found: list[Diagnostic], real: dict[str, str],
           shortless: set[int] = frozenset()) -> LintResult:
    """Facts to the final, filtered and sorted findings (`files` and `context_files` left for the caller).

    `found`: the per-document rules' findings (DocumentChecks); the other rules run here.
    `shortless`: id() of documents known to have no short names (World.shortless).
    """
    from .checks import per_document, run_across, run_checks
    from .world import World

    reported = [f for f in facts if _resolved(f.path, real) in named_real]
    focus = {f.path for f in reported} if has_context else None  # context pages' own findings are not wanted
    with collector_paused():  # the World's indexes and the checks' groups: acyclic, made in bulk
        world = World(facts, aliases=config.aliases, sides=config.sides, focus=focus, shortless=shortless)
        diagnostics = list(problems) + found + list(run_checks(world, [r for r in rules.values()
                                                                       if not per_document(r)])) \
            + list(run_across(world, rules.values()))
    if has_context:  # the world was read as context: report what involves a named file
        diagnostics = [d for d in diagnostics if _involves(d, named_real, real)]
    apply_severity(diagnostics, rules, config)
    diagnostics = dedupe(diagnostics)
    diagnostics = apply_per_file_ignores(diagnostics, rules, config)
    diagnostics, suppressed = apply_suppressions(diagnostics, reported, rules, config)
    diagnostics.sort(key=Diagnostic.sort_key)
    return LintResult(diagnostics, 0, facts, suppressed, 0, rules, str(config.project_root))


RUN_FORMAT = "lorecheck-run-1"  # bump when what a run's result depends on changes shape


def _run_key(store, config: Config, paths: list[str], stdin_name: str | None, stdin: bytes | None,
             problems: list[Diagnostic], files: list[str], reals: list[str], named_count: int,
             keys: list) -> str | None:
    """Everything a run's findings depend on, hashed; None when some file could not be read (no reuse).

    The fact cache's salt covers lorecheck's version and code and the vocabulary
    and shipped rules; the rest is here: the configuration and where it lives,
    users' rule folders, the working folder (paths are reported as given), the
    arguments, each file's path, real path (symlinks decide what is a named
    file), content key and role (named or context), stdin.
    """
    import hashlib
    import json

    if any(k is None for k in keys):
        return None
    h = hashlib.sha256(store._salt)
    h.update(RUN_FORMAT.encode())
    settings = config.model_dump(mode="json")
    settings.update(root=str(config.root), source=str(config.source))
    parts = [json.dumps(settings, sort_keys=True, default=str), os.getcwd(), json.dumps(paths), str(stdin_name),
             hashlib.sha256(stdin or b"").hexdigest() if stdin_name else "",
             json.dumps([(d.span.path, d.message) for d in problems])]
    for folder in (config.resolve(r) for r in config.rules):
        parts.append(str(folder))
        for path in sorted(Path(folder).glob("*.yaml")):
            try:
                parts += [path.name, hashlib.sha256(path.read_bytes()).hexdigest()]
            except OSError:
                return None
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    for i, (path, real, key) in enumerate(zip(files, reals, keys)):
        h.update(f"{'N' if i < named_count else 'C'}\0{path}\0{real}\0{key}\0".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _valid_run(stored) -> bool:
    """A stored run of the expected shape (anything else is recomputed)."""
    return (isinstance(stored, dict) and isinstance(stored.get("diagnostics"), list)
            and all(isinstance(d, Diagnostic) for d in stored["diagnostics"])
            and isinstance(stored.get("suppressed"), int) and isinstance(stored.get("rules"), list))


class _RulesOnDemand(Mapping):
    """The active rules of a reused run, loaded only if a reporter asks (SARIF's rule metadata)."""

    def __init__(self, config: Config, ids: list[str]):
        self._config = config
        self._ids = ids
        self._rules: dict | None = None

    def _load(self) -> dict:
        if self._rules is None:
            every = _active(self._config)
            self._rules = {k: every[k] for k in self._ids if k in every}
        return self._rules

    def __getitem__(self, key):
        return self._load()[key]

    def __iter__(self):
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._ids)


def _involves(d: Diagnostic, named_real: set[str], real: dict[str, str]) -> bool:
    """The finding is in a named file, or a named file is one of its sides (an edit there caused it).

    `real` memoises os.path.realpath for this run (paths are relative to this run's folder).
    """
    return _resolved(d.span.path, real) in named_real or any(_resolved(r.span.path, real) in named_real
                                                             for r in d.related)


def _resolved(path: str, real: dict[str, str]) -> str:
    """os.path.realpath, memoised in `real` (seeded with what the walk already resolved)."""
    found = real.get(path)
    if found is None:
        found = real[path] = os.path.realpath(path)
    return found


def active_rules(rules: dict, config: Config) -> dict:
    from .rules import find_rule

    def ids(names):
        out = set()
        for n in names:
            r = find_rule(rules, n)
            out.add(r.id if r else n)
        return out

    selected = ids(config.select) if config.select else set(rules)
    ignored = ids(config.ignore)
    return {k: r for k, r in rules.items() if k in selected and k not in ignored}


def unknown_rules(config: Config) -> list[str]:
    """Rule names or codes in the configuration that name no rule (a typo silently disables nothing)."""
    named = [*config.select, *config.ignore, *config.severity,
             *(r for rs in config.per_file_ignores.values() for r in rs)]
    if not any(n.lower() != "all" for n in named):
        return []  # nothing to look up: a reused run need not load the rules at all
    from .rules import find_rule, load_rules

    rules = load_rules(tuple(config.resolve(r) for r in config.rules))
    return sorted({n for n in named if n.lower() != "all" and find_rule(rules, n) is None})


def _rule_id(rules: dict, name: str) -> str:
    from .rules import find_rule

    r = find_rule(rules, name)
    return r.id if r else name


def apply_severity(diagnostics: list[Diagnostic], rules: dict, config: Config) -> None:
    overrides = {_rule_id(rules, k): v for k, v in config.severity.items()}
    for d in diagnostics:
        if d.rule in overrides:
            d.severity = Severity(overrides[d.rule])


def apply_per_file_ignores(diagnostics: list[Diagnostic], rules: dict, config: Config) -> list[Diagnostic]:
    if not config.per_file_ignores:
        return diagnostics
    table = [(pattern, {_rule_id(rules, n) for n in names}) for pattern, names in config.per_file_ignores.items()]
    out = []
    for d in diagnostics:
        rel = config.relative(d.span.path)
        if not any(glob_match(p, rel) and (d.rule in ids or "all" in ids) for p, ids in table):
            out.append(d)
    return out


def apply_suppressions(diagnostics: list[Diagnostic], facts: list[DocumentFacts], rules: dict,
                       config: Config) -> tuple[list[Diagnostic], int]:
    """Drop findings covered by suppression comments; report comments that covered nothing."""
    from .rules import find_rule
    from .suppress import covers

    by_path = {os.path.realpath(f.path): f.suppressions for f in facts if f.suppressions}
    if not by_path:
        return diagnostics, 0
    codes = {r.id: r.code for r in rules.values()}

    used: set[int] = set()  # directives are facts (maybe cached, shared between runs): never mutate them

    def suppressed_by(d: Diagnostic, mark: bool) -> bool:
        hit = False
        for directive in by_path.get(os.path.realpath(d.span.path), ()):
            if covers(directive, d.rule, codes.get(d.rule), d.span.line):
                hit = True
                if mark:
                    used.add(id(directive))
        return hit

    kept = [d for d in diagnostics if not suppressed_by(d, True)]
    suppressed = len(diagnostics) - len(kept)
    rule = rules.get("unused-suppression")
    if rule is None:
        return kept, suppressed
    path_of = {os.path.realpath(f.path): f.path for f in facts}
    unused = []
    for real, items in by_path.items():
        for directive in items:
            if directive.used or id(directive) in used:
                continue
            if directive.problem:
                why = directive.problem
            else:
                names = [n for n in directive.rules if n.lower() != "all"]
                unknown = [n for n in names if find_rule(rules, n) is None and find_rule_any(config, n) is None]
                if unknown:
                    why = f"unknown rule {', '.join(unknown)}"
                elif names and not any(find_rule(rules, n) for n in names):
                    continue  # every rule it names is switched off in this run: nothing to judge
                else:
                    why = f"{directive.action} {', '.join(directive.rules)} suppresses nothing"
            span = Span(path_of[real], directive.line, directive.column, directive.line, directive.column)
            unused.append(Diagnostic(rule=rule.id, severity=Severity(rule.severity),
                                     message=rule.format(problem=why), span=span,
                                     key=(directive.action, *directive.rules)))
    apply_severity(unused, rules, config)
    unused = [d for d in apply_per_file_ignores(unused, rules, config) if not suppressed_by(d, False)]
    return kept + unused, suppressed


def find_rule_any(config: Config, name: str):
    """A rule known at all (active or not): unknown names in comments are typos worth reporting."""
    from .rules import find_rule, load_rules

    return find_rule(load_rules(tuple(config.resolve(r) for r in config.rules)), name)


def dedupe(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    seen = set()
    out = []
    for d in diagnostics:
        k = (d.rule, d.span, d.message)
        if k not in seen:
            seen.add(k)
            out.append(d)
    return out
