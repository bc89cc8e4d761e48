"""The Lark grammars (`*.lark` beside this file), all LALR over tokens made in Python.

Every grammar here parses a token stream that its caller builds with a
regex pass (line classes, date shapes, sentence words), so nothing is lexed
and each parse is linear. `token_parser(name)` gives one parser per grammar
on first use and keeps it (start-up matters for a commit hook).

Lark builds the LALR tables; `runtime` walks them without importing Lark
(its import and its saved-parser loading were a fifth of a cold one-file
run). Building costs ~150 ms, more than a whole one-file run may take, so
built tables are shipped in `tables/` (made by `python -m lorecheck.grammar`;
a test keeps them current) and, for a grammar they do not match, kept in
lorecheck's cache folder (`use_cache_dir`, set when the run's fact cache
opens), never anywhere else; without a cache folder (`--no-cache`) they are
built in memory. An entry is named by a hash of the grammar, its options and
the table format; it is written to a temporary file and renamed into place,
and one that does not load is rebuilt.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path

from .runtime import FORMAT, Parser, Token, Tree, UnexpectedInput  # noqa: F401 (what callers use)

_HERE = Path(__file__).resolve().parent
TABLES = _HERE / "tables"
GRAMMARS = {"dates": False, "statements": False, "plaintext_infobox": True}  # name -> strict
_cache_dir: Path | None = None


def use_cache_dir(directory: str | os.PathLike | None) -> None:
    """Keep built parsers under `directory`/grammar (None: build them in memory)."""
    global _cache_dir
    _cache_dir = Path(directory) / "grammar" if directory is not None else None


@lru_cache(maxsize=None)
def token_parser(name: str, strict: bool = False) -> Parser:
    """The LALR parser of `grammar/<name>.lark`, fed ready-made tokens.

    `strict` refuses any shift/reduce conflict; without it Lark shifts, which
    the date and statement grammars rely on for longest matches.
    """
    text = grammar_text(name)
    entry_name = table_name(name, text, strict)
    entry = _cache_dir / entry_name if _cache_dir is not None else None
    for path in (TABLES / entry_name, entry):
        if path is not None:
            try:
                with open(path, "rb") as f:
                    return Parser(pickle.load(f))
            except Exception:  # absent, torn or of another format: rebuild, never trust
                pass
    tables = build_tables(text, strict)
    if entry is not None:
        _store(tables, entry)
    return Parser(tables)


def grammar_text(name: str) -> str:
    """The text of `grammar/<name>.lark`: what its tables are built from and named by."""
    return (_HERE / f"{name}.lark").read_text(encoding="utf-8")


def table_name(name: str, text: str, strict: bool) -> str:
    """The file built tables are kept in: it names the grammar text, the options and the table format."""
    digest = hashlib.sha256(f"{FORMAT}\0{strict}\0{text}".encode()).hexdigest()[:16]
    return f"{name}-{digest}.tables"


def build(text: str, strict: bool):
    """The Lark parser of a grammar text (imports Lark: only to build tables, and in tests)."""
    from lark import Lark
    from lark.lexer import Lexer

    class TokenListLexer(Lexer):
        """Hands Lark the tokens the caller made."""

        def __init__(self, lexer_conf):
            pass

        def lex(self, data):
            return iter(data)

    return Lark(text, parser="lalr", lexer=TokenListLexer, strict=strict, cache=False)


def build_tables(text: str, strict: bool) -> dict:
    from .runtime import from_lark

    return from_lark(build(text, strict))


def _store(tables: dict, entry: Path) -> None:
    """Write atomically; a read-only or full disk only costs the next run the build."""
    from ..atomic import write_atomic  # here: tempfile (and shutil, random) only for a run that writes

    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(entry, pickle.dumps(tables, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass
