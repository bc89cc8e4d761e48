"""The sentence tokenizer reads a block's word tokens scanned once; it must give what a scan of each
sentence (resumed after each date) gives, whatever the text and wherever a date ends."""
from __future__ import annotations

import random

from lorecheck.extract.dates import FoundDate
from lorecheck.extract.prose import ProseReader, _word_tokens
from lorecheck.extract.sentences import prose_sentences
from lorecheck.model import DateValue, DocumentFacts
from lorecheck.sources import parse_text

_PIECES = ["Edwyn", "the", "Vell", "U.S.", "A.B.C", "Tarn’s", "levies'", "1702", "6", "May", "1,200", "(", ")",
           ",", ";", ":", "—", "–", "-", '"', "“", "”", ".", "?", "!", "[", "]", "’", "'", "x-ray", "Mayfair",
           "é", "_", "42nd", "St.", "Dr.", "\u00b4", "and", "of", "Vessoran", "n’t"]
_GAPS = [" ", " ", " ", "", "\n", "\n\n", "  ", "\u00a0", "\t"]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(1, 40)))


def _random_dates(rng: random.Random, text: str) -> list[FoundDate]:
    """Non-overlapping spans anywhere (mid-word ends included): the tokenizer only reads their offsets."""
    out, pos = [], 0
    while pos < len(text) and rng.random() < 0.7:
        a = rng.randint(pos, len(text) - 1)
        b = rng.randint(a + 1, min(len(text), a + 12))
        out.append(FoundDate(a, b, text[a:b], DateValue(1702), False))
        pos = b + rng.randint(0, 5)
    return out


def _reader(text: str) -> tuple[ProseReader, object]:
    doc = parse_text("doc.txt", text)
    reader = ProseReader(doc, DocumentFacts(path="doc.txt", format=doc.format))
    reader._start()
    return reader, doc


def test_block_tokens_give_the_tokens_of_a_scan_per_sentence():
    rng = random.Random(1702)
    for _ in range(400):
        text = _random_text(rng)
        shared, doc = _reader(text)
        fresh, _ = _reader(text)
        for block in doc.blocks:
            raw = _word_tokens(block.text)
            dates = _random_dates(rng, block.text)
            n = len(block.text)
            cuts = sorted({rng.randint(0, n) for _ in range(3)} | {0, n})  # any range, mid-word ends included
            for s, e in list(prose_sentences(block.text)) + list(zip(cuts, cuts[1:])):
                inside = [f for f in dates if s <= f.start and f.end <= e]
                shared._raw_block, shared._raw_tokens, shared._raw_starts = block, raw, [r[1] for r in raw]
                fresh._raw_block = None
                got = shared._tokenize(block, s, e, inside)
                want = fresh._tokenize(block, s, e, inside)
                assert [(t.type, t.start, t.end, t.text) for t in got] == \
                    [(t.type, t.start, t.end, t.text) for t in want], (block.text, s, e)


def test_blocks_past_the_kept_tokens_budget_read_the_same(monkeypatch):
    """Past KEPT_TOKENS_CHARS a block is scanned again when read: the same facts, only less memory held."""
    from pathlib import Path

    from lorecheck.extract import extract, prose
    from lorecheck.report.facts import facts_json

    fixtures = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "prose").glob("*"))[:12]
    assert fixtures
    for path in fixtures:
        text = path.read_text(encoding="utf-8")
        kept = facts_json([extract(parse_text(str(path), text), budget=None)])
        monkeypatch.setattr(prose, "KEPT_TOKENS_CHARS", 0)
        rescanned = facts_json([extract(parse_text(str(path), text), budget=None)])
        monkeypatch.undo()
        assert kept == rescanned, path.name
