"""Generate a deterministic world of invented lore documents for benchmarking.

    python3 bench/generate.py OUT_DIR --files 1000 [--seed 7] [--min-kb 5 --max-kb 70]

Same seed and options, same bytes: benchmark numbers stay comparable across
commits. Every document is original invented fiction (wars, people, countries
built from syllables), written in the three input formats lorecheck reads:
wiki-paste `.txt` with an infobox, Markdown `.md` with YAML front matter, and
MediaWiki `.wiki` with `{{Infobox military conflict}}`. Each document carries
prose paragraphs dense with dates and a few planted contradictions (a start
date stated twice differently, impossible dates, a country on both sides, a
wrong stated duration), listed in OUT_DIR/MANIFEST.json.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "h", "k", "l", "m", "n", "p", "qu", "r", "s",
          "st", "t", "th", "v", "w", "z"]
NUCLEI = ["a", "e", "i", "o", "u", "ae", "ai", "ou", "y"]
CODAS = ["", "", "n", "r", "l", "s", "th", "nd", "rk", "m", "x"]
PLACES = ["ford", "mere", "holt", "wick", "barrow", "gate", "moor", "stead", "crag", "fen"]
WAR_KINDS = ["War of the {x}", "{x} War", "{x} Rebellion", "{x} Succession War", "Siege of {x}"]
VERBS_START = ["began", "broke out", "opened", "started"]
PARTICIPLES_START = ["begun", "broken out", "opened", "started"]
VERBS_END = ["ended", "came to an end", "was concluded", "closed"]
FILLER = [
    "The chroniclers of {p} wrote at length about the {adj} roads and the cost of grain that season.",
    "Supplies came slowly up the river, and the garrison at {p} rationed bread for weeks.",
    "Historians still debate whether {a} acted on orders or on a rumour carried by traders.",
    "Letters kept in the archive at {p} describe {adj} weather and the desertion of hired companies.",
    "The {adj} banners of {c} were seen along the ridge, though no attack followed.",
    "Envoys from {c} travelled to {p} twice without reaching any agreement.",
]
ADJ = ["muddy", "frozen", "long", "bitter", "quiet", "grey", "crowded", "narrow", "ruined"]


class Names:
    """Invented proper names from syllables, unique within one world."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def word(self, syllables: int | None = None) -> str:
        for attempt in range(1000):
            n = (syllables or self.rng.choice((2, 2, 3))) + (attempt > 50)  # one more syllable when crowded
            w = "".join(self.rng.choice(ONSETS) + self.rng.choice(NUCLEI) + self.rng.choice(CODAS)
                        for _ in range(n)).capitalize()
            if w not in self.used and 4 <= len(w) <= 12:
                self.used.add(w)
                return w
        raise RuntimeError("name space exhausted")

    def person(self) -> str:
        return f"{self.word(2)} {self.word()}"

    def place(self) -> str:
        return self.word(self.rng.choice((1, 2))) + self.rng.choice(PLACES)


def fmt_date(d: dt.date, style: int = 0) -> str:
    if style == 1:
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def rand_date(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=rng.randrange(max(1, (hi - lo).days)))


def duration_words(a: dt.date, b: dt.date) -> str:
    years = b.year - a.year
    months = b.month - a.month
    days = b.day - a.day
    if days < 0:
        months -= 1
        prev = (b.replace(day=1) - dt.timedelta(days=1))
        days += prev.day
    if months < 0:
        years -= 1
        months += 12
    parts = []
    for n, unit in ((years, "year"), (months, "month"), (days, "day")):
        if n:
            parts.append(f"{n} {unit}{'s' if n != 1 else ''}")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


class War:
    """One invented conflict with everything a document about it states."""

    def __init__(self, rng: random.Random, names: Names, countries: list[str]):
        self.rng = rng
        self.title = rng.choice(WAR_KINDS).format(x=names.word())
        year = rng.randrange(1100, 1900)
        self.start = rand_date(rng, dt.date(year, 1, 1), dt.date(year, 12, 28))
        self.end = rand_date(rng, self.start + dt.timedelta(days=200), self.start + dt.timedelta(days=2500))
        sides = rng.sample(countries, rng.randrange(4, min(9, len(countries))))
        cut = len(sides) // 2
        self.side1, self.side2 = sides[:cut], sides[cut:]
        self.leaders1 = [names.person() for _ in range(rng.randrange(2, 4))]
        self.leaders2 = [names.person() for _ in range(rng.randrange(2, 4))]
        self.places = [names.place() for _ in range(6)]
        self.dead = [(rng.randrange(1000, 60000), rng.randrange(100, 20000)) for _ in range(2)]
        self.planted: list[dict] = []

    def plant(self, kind: str, detail: str) -> None:
        self.planted.append({"kind": kind, "detail": detail})

    def any_date(self) -> dt.date:
        return rand_date(self.rng, self.start, self.end)

    def sentence(self) -> str:
        """One prose sentence with one or two dates in it."""
        r = self.rng
        d = self.any_date()
        a, b = r.choice(self.leaders1 + self.leaders2), r.choice(self.places)
        c = r.choice(self.side1 + self.side2)
        style = r.randrange(2)
        forms = [
            f"On {fmt_date(d, style)}, {a} led the army of {c} across the river at {b}.",
            f"In {MONTHS[d.month - 1]} {d.year} the garrison of {b} surrendered to {c}.",
            f"By the end of {MONTHS[d.month - 1]} {d.year}, {c} had lost most of its cavalry.",
            f"The siege of {b} lasted from {fmt_date(d)} to {fmt_date(d + dt.timedelta(days=r.randrange(5, 90)))}.",
            f"{a} signed a truce at {b} on {fmt_date(d, style)}, but it was broken within a month.",
            f"In early {d.year} {c} raised new levies, and in mid-{d.year} they marched on {b}.",
            f"{a} was wounded at {b} on {fmt_date(d)}.",
            r.choice(FILLER).format(p=b, a=a, c=c, adj=r.choice(ADJ)),
        ]
        return r.choice(forms)

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randrange(4, 9)))

    def contradictions(self) -> list[str]:
        """Planted mistakes, as prose sentences."""
        r = self.rng
        out = []
        wrong = self.start + dt.timedelta(days=r.choice((-9, -30, 12, 40)))
        out.append(f"The {self.title} is generally said to have {r.choice(PARTICIPLES_START)} on {fmt_date(wrong)}.")
        self.plant("conflicting-date", f"start {self.start} vs {wrong}")
        if r.random() < 0.6:
            y = self.any_date().year
            m, day = r.choice(((11, 31), (2, 30), (4, 31), (6, 31), (9, 31)))
            out.append(f"On {day} {MONTHS[m - 1]} {y} the fleet of {r.choice(self.side2)} burned the stores at "
                       f"{r.choice(self.places)}.")
            self.plant("invalid-date", f"{day} {MONTHS[m - 1]} {y}")
        if r.random() < 0.4:
            turncoat = r.choice(self.side1)
            out.append(f"In {self.any_date().year} {turncoat} changed sides and joined {self.side2[0]}.")
            self.plant("side-conflict", turncoat)
        return out


def body_paragraphs(war: War, target: int) -> list[tuple[str | None, str]]:
    """(heading or None, paragraph) pairs until about `target` characters."""
    r = war.rng
    out: list[tuple[str | None, str]] = []
    lead = (f"The {war.title} was fought between {' and '.join(war.side1)} on one side "
            f"and {' and '.join(war.side2)} on the other. "
            f"It {r.choice(VERBS_START)} on {fmt_date(war.start)} and {r.choice(VERBS_END)} on {fmt_date(war.end)}.")
    out.append((None, lead))
    planted = war.contradictions()
    size = len(lead)
    section = 0
    while size < target:
        heading = None
        if len(out) % 4 == 1:
            section += 1
            y = war.any_date().year
            heading = r.choice([f"Campaign of {y}", f"The {r.choice(war.places)} front ({y}–{y + 1})",
                                f"Aftermath", f"Course of the war", f"Operations in {r.choice(war.places)}"])
        text = war.paragraph()
        if planted and r.random() < 0.3:
            text += " " + planted.pop()
        out.append((heading, text))
        size += len(text) + (len(heading) if heading else 0) + 2
    for p in planted:
        out.append((None, p))
    return out


def render_txt(war: War, paras) -> str:
    r = war.rng
    lines = [war.title, f"Infobox collage for the {war.title}",
             f"Scenes from the war at {', '.join(war.places[:3])}",
             f"Date {fmt_date(war.start)} ({war.start.isoformat()}) – {fmt_date(war.end)} ({war.end.isoformat()})"]
    stated_end = war.end
    if r.random() < 0.3:
        stated_end = war.end + dt.timedelta(days=r.choice((31, 45)))
        war.plant("duration", f"stated duration measured to {stated_end}")
    lines += [f"({duration_words(war.start, stated_end)})", f"Location lowlands of {war.places[0]} and {war.places[1]}",
              f"{war.side1[0]} victory", ""]
    lines += [f"Flag of {c} {c}" for c in war.side1] + ["", ""]
    lines += [f"Flag of {c} {c}" for c in war.side2] + ["", "Commanders and leaders", f"{war.side1[0]} leaders", ""]
    lines += [f"Flag of {war.side1[0]} {p}" for p in war.leaders1] + ["", f"{war.side2[0]} leaders", ""]
    lines += [f"Flag of {war.side2[0]} {p}" for p in war.leaders2] + ["", "Casualties and losses"]
    for mil, civ in war.dead:
        lines += ["Military dead:", f"{mil:,}", "Civilian dead:", f"{civ:,}", "Total dead:", f"{mil + civ:,}"]
    lines.append("")
    for heading, text in paras:
        if heading:
            lines += [heading, ""]
        lines += [text, ""]
    return "\n".join(lines)


def render_md(war: War, paras) -> str:
    fm = ["---", f"title: {war.title}", "type: war", f"start: {war.start.isoformat()}",
          f"end: {war.end.isoformat()}", "sides:", "  side_a:"]
    fm += [f"    - {c}" for c in war.side1] + ["  side_b:"] + [f"    - {c}" for c in war.side2]
    fm += ["aliases:", f"  - \"{war.title.split()[-1]}\"", "---", "", f"# {war.title}", ""]
    for heading, text in paras:
        if heading:
            fm += [f"## {heading}", ""]
        fm += [text, ""]
    return "\n".join(fm)


def render_wiki(war: War, paras) -> str:
    s, e = war.start, war.end
    side = lambda cs: "<br />".join(f"{{{{flag|{c}}}}} [[{c}]]" for c in cs)  # noqa: E731
    lines = ["{{Infobox military conflict", f"| conflict    = {war.title}",
             f"| date        = {{{{start date|{s.year}|{s.month}|{s.day}}}}} – {{{{end date|{e.year}|{e.month}|{e.day}}}}}",
             f"| place       = {war.places[0]}", f"| result      = {war.side1[0]} victory",
             f"| combatant1  = {side(war.side1)}", f"| combatant2  = {side(war.side2)}",
             f"| commander1  = {'<br />'.join(war.leaders1)}", f"| commander2  = {'<br />'.join(war.leaders2)}",
             f"| casualties1 = {war.dead[0][0]:,} killed", f"| casualties2 = {war.dead[1][0]:,} killed", "}}", ""]
    first = True
    for heading, text in paras:
        if heading:
            lines += [f"== {heading} ==", ""]
        if first:
            text = text.replace(war.title, f"'''{war.title}'''", 1)
            first = False
        lines += [text, ""]
    lines.append("[[Category:Invented wars]]")
    return "\n".join(lines)


RENDER = {".txt": render_txt, ".md": render_md, ".wiki": render_wiki}


def generate(out: Path, files: int, seed: int = 7, min_kb: float = 5, max_kb: float = 70) -> dict:
    """Write `files` documents under `out` (in subfolders of 100); return the manifest."""
    rng = random.Random(seed)
    names = Names(rng)
    countries = [names.word() for _ in range(max(12, files // 20))]
    manifest = {"seed": seed, "files": {}}
    total = 0
    for i in range(files):
        ext = rng.choices((".txt", ".md", ".wiki"), (5, 3, 2))[0]
        war = War(rng, names, countries)
        target = int(1024 * min_kb * (max_kb / min_kb) ** rng.random())  # log-uniform size
        paras = body_paragraphs(war, target)
        text = RENDER[ext](war, paras)
        rel = f"part{i // 100:03d}/doc{i:05d}{ext}"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        total += len(data)
        manifest["files"][rel] = war.planted
    manifest["bytes"] = total
    (out / "MANIFEST.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path)
    p.add_argument("--files", type=int, default=100)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--min-kb", type=float, default=5)
    p.add_argument("--max-kb", type=float, default=70)
    a = p.parse_args()
    m = generate(a.out, a.files, a.seed, a.min_kb, a.max_kb)
    print(f"{len(m['files'])} files, {m['bytes'] / 2**20:.1f} MiB in {a.out}")


if __name__ == "__main__":
    main()
