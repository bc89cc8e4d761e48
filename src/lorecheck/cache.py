"""Content-hash cache of extracted facts, one file per document in `.lorecheck_cache/`.

Why: pre-commit passes a few changed files but checks them against the whole
world; the facts of unchanged files must cost a hash and a read, not a parse.

Key: sha256 of (lorecheck version, hash of lorecheck's own code, vocabulary
fingerprint, optional configuration key, file bytes). Editing a rule file, a
vocabulary file, lorecheck itself or the document gives a new key; nothing is
ever invalidated by time. Entries remember the path they were made under and
re-point their spans on load when it differs, so a renamed or copied file
still hits (the common case, same path, costs one C unpickle).

Safety: entries are written to a temporary file and renamed into place, so
concurrent runs only ever see whole entries; each entry carries a sha256 of
its payload, and an entry that fails the check or does not unpickle is
treated as a miss and rewritten, never trusted. Any OS error (read-only
checkout, full disk) turns the cache off for that entry, never fails the run.
"""
from __future__ import annotations

import copyreg
import hashlib
import io
import marshal
import os
import pickle
import stat
import time
from dataclasses import fields, is_dataclass, replace
from enum import Enum
from functools import lru_cache
from pathlib import Path

from . import __version__
from .atomic import replace_atomic, write_atomic
from .model import SPAN_SETTERS, DateValue, DocumentFacts, Mod, Span

CACHE_DIR_NAME = ".lorecheck_cache"
_MAGIC = b"LCF3"  # 3: statements keep their spans as numbers
_RUN_MAGIC = b"LCR1"
_STAT_MAGIC = b"LCS1"
_SUMMARY_MAGIC = b"LCM1"
RUNS_KEPT = 64  # whole-run results kept (newest first); each is one finished run's findings
STAT_ENTRIES_MAX = 200_000
RACY_NS = 2_000_000_000  # a file changed this recently may change again within its timestamp's resolution
_DIGEST = 32


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of lorecheck's own source and grammars: a code change is a new cache key, even at one version."""
    h = hashlib.sha256()
    root = Path(__file__).parent
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".lark")):
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def _dispatch_table() -> dict:
    """Pickle model dataclasses as `Class(*field values)`.

    Why: slotted dataclasses otherwise pickle through `__getstate__`/`__setstate__`,
    which call `dataclasses.fields()` for every object; a constructor call with a
    tuple halves both dump and load time and makes entries ~30% smaller.
    Classes with init=False fields or `__post_init__` keep the default. Enum members (a fact's
    origin, a date's modifier) are looked up by name: calling the enum class costs ~7 µs a member.
    """
    from . import model

    table = dict(copyreg.dispatch_table)
    for obj in vars(model).values():
        if obj is model.Statement:  # its own __init__ takes Span objects: loaded by its field values
            names = tuple(f.name for f in fields(obj))
            table[obj] = (lambda names: lambda o: (model.restored_statement,
                                                   tuple([getattr(o, n) for n in names])))(names)
        elif isinstance(obj, type) and is_dataclass(obj) and obj.__module__ == model.__name__:
            fs = fields(obj)
            if all(f.init for f in fs) and not hasattr(obj, "__post_init__"):
                names = tuple(f.name for f in fs)
                table[obj] = (lambda names: lambda o: (type(o), tuple([getattr(o, n) for n in names])))(names)
        elif isinstance(obj, type) and issubclass(obj, Enum) and obj.__module__ == model.__name__:
            table[obj] = lambda member: (_enum_member, (type(member), member.name))
    return table


def _enum_member(cls: type[Enum], name: str) -> Enum:
    return cls[name]


class _Pickler(pickle.Pickler):
    """Spans and dates leave the pickle for a table; the pickle keeps their index (a persistent id).

    Why: they are most of the objects in a payload and frozen dataclasses are slow to
    build through their `__init__` (~2 µs each); the table holds each distinct value
    once and is rebuilt in one tight loop, and dates are shared by every entry the
    process loads.
    """

    def __init__(self, file):
        super().__init__(file, pickle.HIGHEST_PROTOCOL)
        self.dispatch_table = _dispatch_table()
        self.table: dict[Span | DateValue, int] = {}

    def persistent_id(self, obj):
        t = type(obj)
        if t is Span or t is DateValue:
            i = self.table.get(obj)
            if i is None:
                i = self.table[obj] = len(self.table)
            return i
        return None


class _Unpickler(pickle.Unpickler):
    """Refuses any class outside lorecheck and builtins: a cache entry is data, not code."""

    def find_class(self, module, name):
        if module == "builtins" or module.startswith("lorecheck."):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"unexpected class {module}.{name} in a cache entry")


_MODS = {m.value: m for m in Mod}  # a lookup, not Mod(value): the enum call costs ~7 µs
# dates recently built, by their table entry: one object per distinct date within a stretch of entries
# (the pickle table already makes it one per entry). Kept small: every date of every entry passes here,
# most of them in lists the run lets go (date mentions), and a world-sized memo kept them all alive with
# their keys (~190 bytes a date; 83,000 dates on an 11 MiB world). The dates the run keeps are shared by
# model.share_values instead.
_dates_seen: dict[tuple, DateValue] = {}
_DATES_SEEN_MAX = 4096
_years: dict[int, int] = {}  # one int object per year (years past 256 are objects of their own)


def _date(entry: tuple) -> DateValue:
    """The DateValue of a table entry (None, year, month, day, bc, mod)."""
    v = _dates_seen.get(entry)
    if v is None:
        if len(_dates_seen) > _DATES_SEEN_MAX:
            _dates_seen.clear()
        _, year, month, day, bc, mod = entry
        if len(_years) > 100_000:
            _years.clear()
        year = _years.setdefault(year, year)
        v = _dates_seen[entry] = DateValue(year, month, day, bc, _MODS[mod] if mod is not None else None)
    return v


def _rebuild_table(paths: list[str], entries: tuple) -> list:
    """Spans and dates of a payload, in table order. Spans are set through their slots (model.SPAN_SETTERS):
    the frozen `__init__` costs twice as much and checks nothing a payload could get wrong."""
    new = object.__new__
    set_path, set_line, set_column, set_end_line, set_end_column = SPAN_SETTERS
    out = []
    append = out.append
    for e in entries:
        if len(e) == 5:
            p, line, column, end_line, end_column = e
            s = new(Span)
            set_path(s, paths[p])
            set_line(s, line)
            set_column(s, column)
            set_end_line(s, end_line)
            set_end_column(s, end_column)
            append(s)
        else:
            append(_date(e))
    return out


def _table_entries(table: dict) -> tuple[tuple[str, ...], tuple[tuple, ...]]:
    """A pickler's spans and dates as plain tuples, in index order, with the paths they use."""
    paths: dict[str, int] = {}
    entries = []
    for obj in table:  # dicts keep insertion order: index order
        if type(obj) is Span:
            entries.append((paths.setdefault(obj.path, len(paths)), obj.line, obj.column, obj.end_line,
                            obj.end_column))
        else:
            entries.append((None, obj.year, obj.month, obj.day, obj.bc, obj.mod.value if obj.mod else None))
    return tuple(paths), tuple(entries)


def dumps(facts: DocumentFacts) -> bytes:
    """One document's facts as an entry payload: the path they were made with, the table, the pickle.

    Layout: len+path, len+marshal((paths, table)), pickle. A span is 5 ints (path index,
    line, column, end line, end column); a date is (None, year, month, day, bc, mod).
    """
    path = facts.path.encode("utf-8", "surrogatepass")
    body = io.BytesIO()
    pickler = _Pickler(body)
    pickler.dump(facts)
    tables = marshal.dumps(_table_entries(pickler.table))
    return b"".join((len(path).to_bytes(4, "little"), path, len(tables).to_bytes(4, "little"), tables,
                     body.getvalue()))


def loads(payload: bytes, path: str) -> DocumentFacts:
    """Facts from `dumps`, with every span re-pointed at `path` when the file was stored under another."""
    n = int.from_bytes(payload[:4], "little")
    stored = payload[4:4 + n].decode("utf-8", "surrogatepass")
    at = 4 + n
    m = int.from_bytes(payload[at:at + 4], "little")
    paths, entries = marshal.loads(payload[at + 4:at + 4 + m])
    table = _rebuild_table([path if p == stored else p for p in paths], entries)
    unpickler = _Unpickler(io.BytesIO(payload[at + 4 + m:]))
    unpickler.persistent_load = table.__getitem__  # a C call per reference, no Python frame
    facts = unpickler.load()
    if not isinstance(facts, DocumentFacts):
        raise pickle.UnpicklingError("cache entry is not DocumentFacts")
    if stored != path:
        repath(facts, stored, path)
    return facts


def repath(obj, old: str, new: str):
    """Replace the path `old` by `new` in every span reachable from `obj` (in place where mutable).

    Spans are frozen, so they are rebuilt; lists and slotted dataclasses are
    updated in place. Returns the (possibly new) object.
    """
    if type(obj) is Span:
        return replace(obj, path=new) if obj.path == old else obj
    if isinstance(obj, list):
        for i, item in enumerate(obj):
            obj[i] = repath(item, old, new)
        return obj
    if isinstance(obj, tuple):
        return type(obj)(repath(x, old, new) for x in obj) if type(obj) is tuple else obj
    if is_dataclass(obj) and not isinstance(obj, type):
        if type(obj).__dataclass_params__.frozen:
            return obj  # dates and the like: no spans inside
        for f in fields(obj):
            value = getattr(obj, f.name)
            if f.name == "path" and value == old:
                setattr(obj, f.name, new)
            elif value is not None and not isinstance(value, (str, int, float, bool, Enum)):
                setattr(obj, f.name, repath(value, old, new))
    return obj


def cacheable(facts: DocumentFacts) -> bool:
    """Facts that record a bug of ours, or extraction cut short by its time budget (which depends on
    the machine's load and the configured budget, not on the file), are not kept: the next run tries again."""
    return not any(e.message.startswith(("internal error", "extraction stopped after")) for e in facts.errors)


class FactCache:
    """Facts per document content in one folder; safe for concurrent runs."""

    def __init__(self, directory: str | os.PathLike | None = None, config_key: str = ""):
        from .vocabulary import fingerprint

        self.root = Path(directory) if directory is not None else Path.cwd() / CACHE_DIR_NAME
        self.dir = self.root / "facts"
        salt = "\0".join((__version__, code_fingerprint(), fingerprint(), config_key, ""))
        self._salt = salt.encode()
        self._salted = hashlib.sha256(self._salt)  # copied per key: the salt is hashed once
        self.salt_tag = hashlib.sha256(self._salt).digest()[:8]  # which salt a kept key was made with
        self.hits = self.misses = self.rebuilt = 0
        self._ready = False

    def key(self, data: bytes, path: str = "") -> str:
        return self.key_of_digest(hashlib.sha256(data).digest(), path)

    def key_of_digest(self, digest: bytes, path: str = "") -> str:
        """The entry key for content with this sha256, read under `path`.

        The file's name is part of it: the format follows the extension and a
        wiki page without a title is named after its file, so the same bytes
        under another name are other facts. A folder move still hits.
        """
        h = self._salted.copy()
        h.update(os.path.basename(path).encode("utf-8", "surrogatepass"))
        h.update(b"\0")
        h.update(digest)
        return h.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.dir / key[:2] / key[2:]

    def get(self, key: str, path: str) -> DocumentFacts | None:
        """The stored facts, re-pathed to `path`; None when absent or damaged."""
        try:
            blob = self._entry(key).read_bytes()
        except OSError:
            self.misses += 1
            return None
        try:
            if blob[:4] != _MAGIC or hashlib.sha256(blob[4 + _DIGEST:]).digest() != blob[4:4 + _DIGEST]:
                raise ValueError("checksum mismatch")
            facts = loads(blob[4 + _DIGEST:], path)
        except Exception:  # damaged: rebuild it, never trust it
            self.rebuilt += 1
            self.misses += 1
            return None
        self.hits += 1
        return facts

    def put(self, key: str, payload: bytes) -> None:
        """Store a `dumps` payload atomically (temporary file + rename); errors turn into no-ops."""
        try:
            self._prepare()
            target = self._entry(key)
            target.parent.mkdir(exist_ok=True)
            _write_atomic(target, _MAGIC, payload)
        except OSError:
            pass

    # ------------------------------------------------------------ whole runs

    def get_run(self, key: str):
        """A finished run's stored result (see `put_run`), or None when absent or damaged."""
        payload = _read_checked(self.dir / "runs" / key, _RUN_MAGIC)
        if payload is None:
            return None
        try:
            return _Unpickler(io.BytesIO(payload)).load()
        except Exception:  # damaged or from another model: run again, never trust it
            return None

    def put_run(self, key: str, value) -> None:
        """Store a run's result under `key`; keep only the newest RUNS_KEPT (pre-commit makes one per commit)."""
        try:
            buffer = io.BytesIO()
            pickler = pickle.Pickler(buffer, pickle.HIGHEST_PROTOCOL)
            pickler.dispatch_table = _dispatch_table()  # model objects as constructor calls: fast to load
            pickler.dump(value)
            payload = buffer.getvalue()
            self._prepare()
            runs = self.dir / "runs"  # inside facts/: who clears the facts to recompute clears these too
            runs.mkdir(exist_ok=True)
            _write_atomic(runs / key, _RUN_MAGIC, payload)
            entries = [e for e in os.scandir(runs) if not e.name.startswith(".")]
            if len(entries) > RUNS_KEPT:
                entries.sort(key=lambda e: e.stat().st_mtime_ns, reverse=True)
                for e in entries[RUNS_KEPT:]:
                    os.unlink(e.path)
        except (OSError, pickle.PicklingError):
            pass

    # ------------------------------------------------- documents' summaries

    def summaries(self) -> dict:
        """Content key -> (keys, joins) of documents summarised before (see relevance.py); {} when damaged."""
        payload = _read_checked(self.dir / "summaries", _SUMMARY_MAGIC)
        if payload is None:
            return {}
        try:
            found = _Unpickler(io.BytesIO(payload)).load()
        except Exception:  # damaged: summarise again, never trust it
            return {}
        return found if isinstance(found, dict) else {}

    def put_summaries(self, summaries: dict) -> None:
        """Replace the stored summaries (the caller keeps those of the current files only)."""
        try:
            self._prepare()
            _write_atomic(self.dir / "summaries", _SUMMARY_MAGIC,
                          pickle.dumps(summaries, pickle.HIGHEST_PROTOCOL))
        except (OSError, pickle.PicklingError):
            pass

    def facts_by_key(self) -> FactsByKey:
        return FactsByKey(self.dir / "by-key.sqlite", self._salt, self._prepare)

    def stat_index(self) -> "StatIndex":
        return StatIndex(self.root / "stat-index", self._prepare)

    def _prepare(self) -> None:
        """Create the folder once, marked so that git and backup tools leave it alone."""
        if self._ready:
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        for name, text in ((".gitignore", "*\n"),
                           ("CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n"
                                            "# lorecheck fact cache; safe to delete.\n")):
            p = self.root / name
            if not p.exists():
                try:
                    p.write_text(text, encoding="utf-8")
                except OSError:
                    pass
        self._ready = True


class FactsByKey:
    """The context's meeting facts filed by entity key (relevance.split), for pre-commit runs.

    Why: a pre-commit run wants the facts about a few hundred keys, which a large
    world spreads over thousands of documents; one lookup per key replaces a read
    and an unpickle per document. One SQLite file in the cache folder, built whole
    in a temporary file and renamed into place (readers keep the file they opened);
    each blob carries a CRC, and an index of another salt or a damaged one is not used.
    Documents are known by their content keys, so an edited or deleted document is
    simply not covered: its facts come from its own entry. Beside the facts, the
    index keeps what relevance.relevant reads of each document's summary: who holds
    a key, and the joins and listings each document declares.
    """

    SCHEMA = b"facts, holders, relevance, shortens"  # part of the salt: an index of another layout is not used

    def __init__(self, path: Path, salt: bytes, prepare=None):
        self.path = path
        self._salt = hashlib.sha256(salt + self.SCHEMA).hexdigest()
        self._prepare = prepare
        self._db = None

    def documents(self) -> dict[str, int]:
        """Content key -> document id of every document the index covers; {} when absent or of another salt."""
        import sqlite3

        try:
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            (salt,), = self._db.execute("SELECT value FROM meta WHERE name = 'salt'")
            if salt != self._salt:
                return {}
            return dict(self._db.execute("SELECT ckey, id FROM docs"))
        except (sqlite3.Error, ValueError):
            self._db = None
            return {}

    def bare(self, docs: set[int]) -> dict[int, tuple[str, tuple, bool]]:
        """Document id -> (path it was stored under, (format, title, line count), whether any part of it
        may have short names: world.may_have_short_names; anything but a stored 0 says it may).
        Raises ValueError when damaged."""
        try:
            return {doc: (path, marshal.loads(bare), shortens != 0) for doc, path, bare, shortens in
                    self._rows("SELECT id, path, bare, shortens FROM docs WHERE id IN ({})", sorted(docs))}
        except (EOFError, TypeError) as e:
            raise ValueError(str(e)) from None

    def parts(self, wanted: set[str]) -> dict[int, list] | None:
        """Document id -> [(keys, facts by kind)] of the facts filed under the wanted keys; None when damaged."""
        import sqlite3
        import zlib

        found: dict[int, list] = {}
        keys = sorted(wanted)
        try:
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                rows = self._db.execute(f"SELECT ekey, crc, blob FROM facts WHERE ekey IN ({','.join('?' * len(chunk))})",
                                        chunk)
                for ekey, crc, blob in rows:
                    if zlib.crc32(blob) != crc:
                        return None
                    paths, entries, body = marshal.loads(blob)
                    unpickler = _Unpickler(io.BytesIO(body))
                    unpickler.persistent_load = _rebuild_table(paths, entries).__getitem__  # one pickle: all used
                    key = frozenset((ekey,))
                    for doc, by_kind in unpickler.load():
                        found.setdefault(doc, []).append((key, by_kind))
        except Exception:  # damaged: the documents' own entries are used instead
            return None
        return found

    def holders(self, keys: set[str]) -> dict[str, list[int]]:
        """Entity key -> ids of the documents whose summaries hold it (relevance.Summary.keys).
        Raises ValueError when the index is damaged."""
        return {ekey: _checked_marshal(crc, blob) for ekey, crc, blob in
                self._rows("SELECT ekey, crc, docs FROM holders WHERE ekey IN ({})", sorted(keys))}

    def relevance(self, docs: set[int]) -> dict[int, tuple]:
        """Document id -> (joins, joined, listed) of its relevance.Summary. Raises ValueError when damaged."""
        return {doc: _checked_marshal(crc, blob) for doc, crc, blob in
                self._rows("SELECT id, crc, relevance FROM docs WHERE id IN ({})", sorted(docs))}

    def _rows(self, query: str, values: list):
        import sqlite3

        if self._db is None:
            raise ValueError("no index")
        try:
            for start in range(0, len(values), 500):
                chunk = values[start:start + 500]
                yield from self._db.execute(query.format(",".join("?" * len(chunk))), chunk)
        except sqlite3.Error as e:
            raise ValueError(f"damaged index: {e}") from None

    def build(self, documents) -> None:
        """Replace the index by these documents': [(content key, bare document, relevance.split parts,
        relevance.Summary, world.may_have_short_names)]."""
        import sqlite3
        import zlib

        by_key: dict[str, list] = {}
        holders: dict[str, list[int]] = {}
        rows = []
        for doc, (ckey, bare, parts, summary, shortens) in enumerate(documents):
            relevance = marshal.dumps(tuple(summary)[1:])
            rows.append((doc, ckey, bare.path, marshal.dumps((bare.format, bare.title, bare.line_count)),
                         zlib.crc32(relevance), relevance, int(bool(shortens))))
            for keys, by_kind in parts:
                for key in keys:
                    by_key.setdefault(key, []).append((doc, by_kind))
            for key in summary.keys:
                holders.setdefault(key, []).append(doc)
        def write(tmp: str) -> None:
            db = sqlite3.connect(tmp)
            try:
                db.executescript("CREATE TABLE meta(name TEXT PRIMARY KEY, value TEXT);"
                                 "CREATE TABLE docs(id INTEGER PRIMARY KEY, ckey TEXT, path TEXT, bare BLOB,"
                                 " crc INTEGER, relevance BLOB, shortens INTEGER);"
                                 "CREATE TABLE facts(ekey TEXT PRIMARY KEY, crc INTEGER, blob BLOB);"
                                 "CREATE TABLE holders(ekey TEXT PRIMARY KEY, crc INTEGER, docs BLOB);")
                db.execute("INSERT INTO meta VALUES ('salt', ?)", (self._salt,))
                db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
                blobs = ((key, _dump_with_table(found)) for key, found in by_key.items())
                db.executemany("INSERT INTO facts VALUES (?, ?, ?)", ((k, zlib.crc32(b), b) for k, b in blobs))
                lists = ((key, marshal.dumps(docs)) for key, docs in holders.items())
                db.executemany("INSERT INTO holders VALUES (?, ?, ?)", ((k, zlib.crc32(b), b) for k, b in lists))
                db.commit()
            finally:
                db.close()

        try:
            if self._prepare:
                self._prepare()
            replace_atomic(self.path, write)
        except (OSError, sqlite3.Error, pickle.PicklingError):
            pass


def _checked_marshal(crc: int, blob: bytes):
    import zlib

    if zlib.crc32(blob) != crc:
        raise ValueError("checksum mismatch")
    try:
        return marshal.loads(blob)
    except (EOFError, TypeError) as e:
        raise ValueError(str(e)) from None


def _dump_with_table(obj) -> bytes:
    """`obj` pickled with its spans and dates in a table beside it (see _Pickler), for `_rebuild_table`."""
    body = io.BytesIO()
    pickler = _Pickler(body)
    pickler.dump(obj)
    return marshal.dumps((*_table_entries(pickler.table), body.getvalue()))


def _write_atomic(target: Path, magic: bytes, payload: bytes) -> None:
    """magic + sha256(payload) + payload, written to a temporary file and renamed into place."""
    write_atomic(target, magic + hashlib.sha256(payload).digest() + payload)


def _read_checked(path: Path, magic: bytes) -> bytes | None:
    """The payload `_write_atomic` stored, or None when absent, of another kind, or damaged."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    if blob[:4] != magic or hashlib.sha256(blob[4 + _DIGEST:]).digest() != blob[4:4 + _DIGEST]:
        return None
    return blob[4 + _DIGEST:]


class StatIndex:
    """Content digests of files by real path and stat signature, so that an unchanged file is not read
    (and, per entry, the cache key last made of that digest: see `content_keys`).

    Like git's index: an entry is trusted only when device, inode, size,
    mtime and ctime all match (ctime cannot be set back by tools that copy
    timestamps), and a file is only recorded once both its times are at least
    RACY_NS in the past when it was read, so a write after the read always
    shows as a new signature. Anything else is read and hashed. One file for
    the cache, written atomically; concurrent runs may overwrite each other's
    index, which only costs a re-hash.
    """

    def __init__(self, path: Path, prepare=None):
        self.path = path
        self._prepare = prepare
        self.entries: dict[str, tuple] = {}
        self.dirty = False
        self.read = self.skipped = 0
        payload = _read_checked(path, _STAT_MAGIC)
        if payload is not None:
            try:
                entries = marshal.loads(payload)
                if isinstance(entries, dict):
                    self.entries = entries
            except (ValueError, EOFError, TypeError):
                pass

    def digest(self, path: str) -> tuple[bytes, bytes | None]:
        """(sha256 of the file's bytes, the bytes when they had to be read). Raises SourceError like reading."""
        return self._digest(path, os.path.realpath(path))

    def digests(self, paths: list[str], reals: list[str]) -> list[bytes | None]:
        """`digest` of each path (None for one that cannot be read), its entry found by its real path
        (which the caller has): the loop of a run over a whole world, where 10,000 known files
        should cost little more than their stat calls."""
        from .sources.reading import SourceError

        out: list[bytes | None] = []
        for path, where in zip(paths, reals):
            known = self._unchanged(path, where)
            if known is not None:
                self.skipped += 1
                out.append(known[1])
                continue
            try:
                out.append(self._digest(path, where)[0])
            except SourceError:
                out.append(None)
        return out

    def content_keys(self, paths: list[str], reals: list[str], store: "FactCache") -> list[str | None]:
        """`store.key_of_digest` of each path's digest (None for one that cannot be read), like `digests`.

        A trusted entry also keeps the key it gave last time, with the store's salt and the
        file's name it was made for (the key hashes salt, name and digest): a run over a
        warm 10,000-file world then hashes nothing. Another salt or name recomputes it.
        """
        from .sources.reading import SourceError

        entries = self.entries
        salt = store.salt_tag
        key_of_digest = store.key_of_digest
        sep = os.sep
        out: list[str | None] = []
        for path, where in zip(paths, reals):
            known = self._unchanged(path, where)
            if known is not None:
                self.skipped += 1
                # the key hashes the name the path is read under; kept as `tail`, separator + name
                if len(known) == 5 and known[2] == salt and type(known[4]) is str and (
                        path.endswith(known[3]) or sep + path == known[3]):
                    out.append(known[4])
                    continue
                digest = known[1]
                key = key_of_digest(digest, path)
                tail = sep + os.path.basename(path)
                if path.endswith(tail) or sep + path == tail:  # else never recognised: not kept
                    entries[where] = (known[0], digest, salt, tail, key)
                    self.dirty = True
                out.append(key)
                continue
            try:
                digest = self._digest(path, where)[0]
            except SourceError:
                out.append(None)
                continue
            out.append(key_of_digest(digest, path))
        return out

    def _unchanged(self, path: str, where: str) -> tuple | None:
        """The entry of a regular file whose device, inode, size and times are those recorded, else None."""
        try:
            st = os.stat(path)
        except OSError:
            return None
        known = self.entries.get(where)
        if known is not None and known[0] == (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns,
                                              st.st_ctime_ns) and stat.S_ISREG(st.st_mode):
            return known
        return None

    def _digest(self, path: str, where: str) -> tuple[bytes, bytes | None]:
        from .sources.reading import read_bytes

        try:
            st = os.stat(path)
        except OSError:
            st = None
        if st is not None and stat.S_ISREG(st.st_mode):
            signature = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
            known = self.entries.get(where)
            if known is not None and known[0] == signature:
                self.skipped += 1
                return known[1], None
        else:
            signature = None
        now = time.time_ns()
        data = read_bytes(path)
        self.read += 1
        digest = hashlib.sha256(data).digest()
        if signature is not None and max(signature[3], signature[4]) < now - RACY_NS:
            if len(self.entries) >= STAT_ENTRIES_MAX:
                self.entries.clear()
            self.entries[where] = (signature, digest)
            self.dirty = True
        elif self.entries.pop(where, None) is not None:
            self.dirty = True
        return digest, data

    def save(self) -> None:
        if not self.dirty:
            return
        try:
            if self._prepare:
                self._prepare()
            _write_atomic(self.path, _STAT_MAGIC, marshal.dumps(self.entries))
            self.dirty = False
        except (OSError, ValueError):
            pass
