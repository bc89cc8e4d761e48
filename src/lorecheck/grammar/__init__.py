"""The Lark grammars (`*.lark` beside this file), all LALR over tokens made in Python.

Every grammar here parses a token stream that its caller builds with a
regex pass (line classes, date shapes, sentence words), so Lark never lexes
and each parse is linear. `token_parser(name)` builds one parser per grammar
on first use and keeps it (start-up matters for a commit hook).

Building the LALR tables costs ~150 ms, more than a whole one-file run may
take, so built parsers are shipped in `tables/` (made by `python -m
lorecheck.grammar`; a test keeps them current) and, for a grammar or Lark
version they do not match, kept in lorecheck's cache folder (`use_cache_dir`,
set when the run's fact cache opens), never anywhere else; without a cache
folder (`--no-cache`) they are built in memory. An entry is named by a hash
of the grammar, its options and the Lark version; it is written to a
temporary file and renamed into place, and one that does not load is rebuilt.
"""
from __future__ import annotations

import hashlib
import io
import os
from functools import lru_cache
from pathlib import Path

import lark
from lark import Lark
from lark.lexer import Lexer

from ..atomic import write_atomic

_HERE = Path(__file__).resolve().parent
TABLES = _HERE / "tables"
GRAMMARS = {"dates": False, "statements": False, "plaintext_infobox": True}  # name -> strict
_cache_dir: Path | None = None


def use_cache_dir(directory: str | os.PathLike | None) -> None:
    """Keep built parsers under `directory`/grammar (None: build them in memory)."""
    global _cache_dir
    _cache_dir = Path(directory) / "grammar" if directory is not None else None


class TokenListLexer(Lexer):
    """Hands Lark the tokens the caller made; a module-level class so Lark can cache the parser."""

    def __init__(self, lexer_conf):
        pass

    def lex(self, data):
        return iter(data)


@lru_cache(maxsize=None)
def token_parser(name: str, strict: bool = False) -> Lark:
    """The LALR parser of `grammar/<name>.lark`, fed ready-made tokens.

    `strict` refuses any shift/reduce conflict; without it Lark shifts, which
    the date and statement grammars rely on for longest matches.
    """
    text = (_HERE / f"{name}.lark").read_text(encoding="utf-8")
    entry_name = table_name(name, text, strict)
    entry = _cache_dir / entry_name if _cache_dir is not None else None
    for path in (TABLES / entry_name, entry):
        if path is not None:
            try:
                with open(path, "rb") as f:
                    return Lark.load(f)
            except Exception:  # absent, torn or from an incompatible Lark: rebuild, never trust
                pass
    parser = build(text, strict)
    if entry is not None:
        _store(parser, entry)
    return parser


def table_name(name: str, text: str, strict: bool) -> str:
    """The file a built parser is kept in: it names the grammar text, the options and the Lark version."""
    digest = hashlib.sha256(f"{strict}\0{text}".encode()).hexdigest()[:16]
    return f"{name}-{digest}-lark{lark.__version__}.lalr"


def build(text: str, strict: bool) -> Lark:
    return Lark(text, parser="lalr", lexer=TokenListLexer, strict=strict, cache=False)


def _store(parser: Lark, entry: Path) -> None:
    """Write atomically; a read-only or full disk only costs the next run the build."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        parser.save(buffer)
        write_atomic(entry, buffer.getvalue())
    except OSError:
        pass
