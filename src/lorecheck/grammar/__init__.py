"""The Lark grammars (`*.lark` beside this file), all LALR over tokens made in Python.

Every grammar here parses a token stream that its caller builds with a
regex pass (line classes, date shapes, sentence words), so Lark never lexes
and each parse is linear. `token_parser(name)` builds one parser per grammar
on first use and keeps it (start-up matters for a commit hook).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lark import Lark
from lark.lexer import Lexer

_HERE = Path(__file__).resolve().parent


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
    return Lark((_HERE / f"{name}.lark").read_text(encoding="utf-8"), parser="lalr",
                lexer=TokenListLexer, strict=strict, cache=True)
