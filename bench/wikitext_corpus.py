"""Parse the 482 real Wikipedia WWII pages with the wikitext source and report coverage and time.

    python bench/wikitext_corpus.py [PAGES_DIR]

Reports parse errors (exceptions: must be none), source-error warnings, total and per-page
time, and for pages with {{Infobox military conflict}} how many yield a `date` FIELD with a
year and at least one combatant1 and one combatant2 item. Reads ../shared (never copied).
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from lorecheck.model import BlockKind
from lorecheck.sources import wikitext

PAGES = Path(__file__).resolve().parents[2] / "shared/eval/external/wikipedia-ww2-battles-wikitext/pages"
YEAR = re.compile(r"\b\d{3,4}\b")
MILITARY = re.compile(r"\{\{\s*infobox[ _]+military[ _]+(conflict|operation)", re.I)


def main(folder: Path) -> int:
    pages = sorted(folder.glob("*.wikitext"))
    total, worst, crashes, warned = 0.0, (0.0, ""), [], 0
    military = ok = 0
    misses = []
    for path in pages:
        text = path.read_text(encoding="utf-8")
        t0 = time.perf_counter()
        try:
            doc = wikitext.parse(str(path), text)
        except Exception as exc:  # the bench reports it; parse() itself must never raise
            crashes.append(f"{path.name}: {type(exc).__name__}: {exc}")
            continue
        dt = time.perf_counter() - t0
        total += dt
        worst = max(worst, (dt, path.name))
        warned += bool(doc.errors)
        if not MILITARY.search(text):
            continue
        military += 1
        fields = [b for b in doc.blocks if b.kind is BlockKind.FIELD]
        has_date = any(b.key == "date" and YEAR.search(b.text) for b in fields)
        has_c1 = any(b.key == "combatant1" for b in fields)
        has_c2 = any(b.key == "combatant2" for b in fields)
        if has_date and has_c1 and has_c2:
            ok += 1
        else:
            misses.append(f"{path.name}: date={has_date} c1={has_c1} c2={has_c2}")
    print(f"pages: {len(pages)}  exceptions: {len(crashes)}  pages with warnings: {warned}")
    print(f"time: total {total:.2f}s  max {worst[0]:.3f}s ({worst[1]})")
    if military:
        print(f"military infobox pages: {military}  date+combatant1+combatant2: {ok} ({100 * ok / military:.1f}%)")
    for line in crashes + misses:
        print("  " + line)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else PAGES))
