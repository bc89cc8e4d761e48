"""`python -m lorecheck.grammar`: rebuild the shipped parser tables in grammar/tables/.

Run after editing a `.lark` file (tests/test_grammar_cache.py fails until
then); tables of older grammar texts are removed.
"""
from __future__ import annotations

import os
import pickle

from . import GRAMMARS, TABLES, build_tables, grammar_text, table_name


def main() -> None:
    TABLES.mkdir(exist_ok=True)
    keep = set()
    for name, strict in GRAMMARS.items():
        text = grammar_text(name)
        entry = TABLES / table_name(name, text, strict)
        entry.write_bytes(pickle.dumps(build_tables(text, strict), protocol=pickle.HIGHEST_PROTOCOL))
        keep.add(entry.name)
        print(entry.relative_to(TABLES.parent.parent))
    for old in [*TABLES.glob("*.tables"), *TABLES.glob("*.lalr")]:
        if old.name not in keep:
            os.unlink(old)


if __name__ == "__main__":
    main()
