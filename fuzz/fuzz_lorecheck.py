"""Coverage-guided fuzzing of reading, every source and extraction (atheris, optional).

    pip install atheris
    python fuzz/fuzz_lorecheck.py -max_total_time=60 -timeout=10 [corpus_dir]

Any exception other than SourceError is a bug (atheris prints the input and
writes it as crash-*); an input that runs longer than -timeout seconds is a
hang worth a test in tests/test_robustness.py. Seed the corpus with
fixtures/hostile/ and fixtures/example-world/ for a head start.
"""
from __future__ import annotations

import sys

try:
    import atheris
except ImportError:  # a helpful line, not a traceback
    sys.exit("atheris is not installed: pip install atheris")

with atheris.instrument_imports():
    from lorecheck.extract import extract
    from lorecheck.extract.dates import find_dates
    from lorecheck.sources import SourceError, decode, parse_text

FORMATS = ("text", "markdown", "wikitext")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    fmt = FORMATS[data[0] % len(FORMATS)]
    try:
        text = decode(data[1:])
    except SourceError:
        text = data[1:].decode("utf-8", errors="replace")  # still fuzz the parsers with the text
    find_dates(text)
    doc = parse_text("fuzz/page", text, fmt)
    for block in doc.blocks:
        doc.block_span(block)
    extract(doc)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
