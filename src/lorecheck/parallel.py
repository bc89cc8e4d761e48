"""Extract many files: fact cache first, then a process pool for the misses.

Why a process pool: extraction is pure-Python CPU work (the GIL rules out
threads). Why not always: starting workers costs ~0.1 s each, more than a
small world takes, so the pool is used only past a size where it pays off.
Order is preserved: facts come back in the order the files were given.

Settings come from the command line through `configure()` (the pydantic
Config forbids extra fields); `extract_all` arguments override them.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from .config import DEFAULT_TIME_BUDGET
from .model import DocumentFacts, share_values
from .sources.reading import SourceError, read_bytes

# a pool pays off past about this much work
POOL_MIN_FILES = 64
POOL_MIN_BYTES = 4 * 2**20

_settings: dict = {"jobs": None, "cache": True, "cache_dir": None}


def configure(jobs: int | None = None, cache: bool | None = None, cache_dir: str | None = None) -> None:
    """Command-line settings for later `extract_all` calls (None leaves a setting as it is)."""
    if jobs is not None:
        _settings["jobs"] = jobs
    if cache is not None:
        _settings["cache"] = cache
    if cache_dir is not None:
        _settings["cache_dir"] = cache_dir


def cpu_count() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def choose_jobs(jobs: int | None, files: int, total_bytes: int) -> int:
    """`jobs` if given (0 = all cores); else all cores when the work is big enough, else 1."""
    if jobs is not None and jobs > 0:
        return min(jobs, max(1, files))
    if jobs == 0 or files > POOL_MIN_FILES or total_bytes > POOL_MIN_BYTES:
        return max(1, min(cpu_count(), files))
    return 1


def open_cache(config=None, cache_dir: str | None = None):
    """The FactCache for this run: `cache_dir`, else the configuration's root, else the working folder.

    Configured vocabulary folders need no key of their own: the engine sets them
    before extraction and `vocabulary.fingerprint()` hashes their files.
    """
    from .cache import CACHE_DIR_NAME, FactCache

    directory = cache_dir or _settings["cache_dir"]
    if directory is None and getattr(config, "root", None):
        directory = Path(config.root) / CACHE_DIR_NAME
    return FactCache(directory)


def parsers_beside(store) -> None:
    """Built parsers live beside the facts, nowhere else. Called just before extracting:
    a run that extracts nothing does not import the grammars (and Lark) at all."""
    if store is not None:
        from .grammar import use_cache_dir

        use_cache_dir(store.root)


def _extract_payload(path: str, budget: float | None) -> tuple[bytes | None, bytes]:
    """Worker: one file to (sha256 of the bytes read, None when unreadable; a path-independent
    pickle of its facts: the form the cache stores and the pool returns).

    The worker reads the file itself: the caller keeps no file's bytes, and keys the cache
    entry by what was read here, even if the file changed since it was hashed.
    """
    from .cache import dumps
    from .engine import extract_file

    try:
        data = read_bytes(path)
    except SourceError:
        data = None  # extract_file reports it
    return (hashlib.sha256(data).digest() if data is not None else None), dumps(extract_file(path, data, budget))


def _warm_worker(parent: int) -> None:
    """Import what extraction needs once per worker, not on its first file; and leave with the parent.

    `parent` is the pid the pool was started from, not this worker's `os.getppid()` at start: a
    lorecheck killed between the fork and this initializer has already handed the worker to
    another parent, which the watch would then wait on for ever."""
    _exit_with_parent(parent)
    try:
        from . import extract, sources  # noqa: F401
        from .sources import markdown, plaintext  # noqa: F401
    except ImportError:  # the file that needs it will report it
        pass


def _exit_with_parent(parent: int, every: float = 0.5) -> None:
    """Watch the parent from a daemon thread and exit when it is gone (this worker was handed to another
    parent): a lorecheck killed outright (a CI timeout, SIGKILL) never gets to stop its pool, and its
    workers would otherwise go on extracting files nobody will read."""
    import threading
    import time

    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="lorecheck-parent-watch", daemon=True).start()


def open_store(config=None, cache_dir: str | None = None):
    """The run's FactCache when caching is on (the command line's setting), else None."""
    return open_cache(config, cache_dir) if _settings["cache"] else None


def content_keys(files: list[str], store, index=None, reals: list[str] | None = None) -> list[str | None]:
    """The cache key of each file's content; None for a file that cannot be read.

    With a StatIndex, files whose stat signature is known are not read (nor hashed). The
    bytes are not kept: extraction reads a file again (from the OS's page cache), so
    a large world's text is never all in memory at once.
    """
    if index is not None:
        return index.content_keys(files, reals or [os.path.realpath(f) for f in files], store)
    digests = []
    for path in files:
        try:
            digests.append(hashlib.sha256(read_bytes(path)).digest())
        except SourceError:
            digests.append(None)  # extraction reports it as a source-error
    key = store.key_of_digest
    return [None if digest is None else key(digest, path) for path, digest in zip(files, digests)]


def extract_all(files: list[str], jobs: int | None = None, cache=None, config=None,
                cache_dir: str | None = None, keys: list[str | None] | None = None,
                each: Callable[[DocumentFacts], DocumentFacts] | None = None) -> list[DocumentFacts]:
    """Facts of every file, in order. `cache`: True/False, or a FactCache; None = the configured default.

    `keys`: `content_keys(files, cache)` when the caller already has them.
    `each`: applied to each document's facts as they arrive (after caching), its result kept
    in their place: a large world is then never whole in memory.
    """
    from .cache import FactCache, cacheable, loads

    keep = each or (lambda facts: facts)

    def each(facts: DocumentFacts) -> DocumentFacts:
        return share_values(keep(facts))  # the run holds them all: one object per equal value

    if cache is None:
        cache = _settings["cache"]
    if cache is True:
        cache = open_cache(config, cache_dir)
    store: FactCache | None = cache or None
    jobs = _settings["jobs"] if jobs is None else jobs
    if store is not None and keys is None:
        keys = content_keys(files, store)

    results: list[DocumentFacts | None] = [None] * len(files)
    todo: list[tuple[int, str]] = []  # (index, path) of the files to extract
    total = 0
    for i, path in enumerate(files):
        if store is not None and keys[i] is not None:
            hit = store.get(keys[i], path)
            if hit is not None:
                results[i] = each(hit)
                continue
        try:
            total += os.path.getsize(path)
        except OSError:
            pass
        todo.append((i, path))

    budget = getattr(config, "time_budget", DEFAULT_TIME_BUDGET)
    if todo:
        parsers_beside(store)
    n = choose_jobs(jobs, len(todo), total)
    if n <= 1 and store is None:
        # nothing to store and no process boundary: the pickle round trip would be pure cost
        from .engine import extract_file

        for i, path in todo:
            results[i] = each(extract_file(path, None, budget))
        return results  # type: ignore[return-value]
    if n <= 1:
        payloads = (_extract_payload(path, budget) for _, path in todo)
    else:
        payloads = _pool_map(todo, n, budget)
    for (i, path), (digest, payload) in zip(todo, payloads):
        facts = loads(payload, path)
        if store is not None and digest is not None and cacheable(facts):
            store.put(store.key_of_digest(digest, path), payload)
        results[i] = each(facts)
    return results  # type: ignore[return-value]


def _pool_map(todo, jobs: int, budget: float):
    """Payloads in `todo` order from a process pool (fork where the OS has it: no re-import)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunk = max(1, min(16, len(todo) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_warm_worker,
                             initargs=(os.getpid(),)) as pool:
        yield from pool.map(_extract_payload, [p for _, p in todo], [budget] * len(todo), chunksize=chunk)
