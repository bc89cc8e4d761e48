"""Benchmark lorecheck against the floor, in one run, on generated worlds.

    python3 bench/run.py [--lint-files 40] [--warm-files 1000] [--precommit-files 2000]
                         [--work DIR] [--profile] [--skip-precommit] [--big-world-mb 100]

Rows (printed as one table):
  floor         read every file + one compiled-regex pass over its text (same interpreter):
                the speed no linter in this language can beat
  lint -j1      full lint, one core, no cache: MiB/s, files/s, ratio to the floor, peak RSS
  lint -jN      the same with every core (the default past 64 files)
  cold          `lorecheck` on one small file, a new process each time (median of 5)
  fill/warm     a 1,000-file world linted once to fill the cache, then again unchanged
  pre-commit    5 named files checked against a 2,000-file world (10,000 with
                --precommit-files 10000) given as `world` in
                the configuration (skipped, with the reason, when lorecheck cannot do it yet);
                unchanged (the whole run is reused), then with one named file edited (on stdin;
                the median of 3 different edits)
  big world     with --big-world-mb: a world of that size linted cold with every core, then
                checked again on one core with its facts from the cache (peak memory)

Every lorecheck run is a child process: wall time, CPU time and peak RSS come
from os.wait4 on that child alone. CPU time is shown because shared machines
make wall time noisy. Worlds are generated once per seed and size under
--work (default /tmp/lorecheck-bench) and reused.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

FLOOR_RE = re.compile(r"\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|"
                      r"October|November|December)\s+(\d{3,4})\b|\b(1[0-9]{3})\b")
MiB = 2**20
TIMEOUT = 90.0  # seconds per lorecheck run (--timeout)


def world(work: Path, files: int, min_kb: float, max_kb: float, seed: int = 7) -> Path:
    """A generated world, made once and reused (its folder name says how it was made)."""
    out = work / f"world-{files}-{min_kb:g}-{max_kb:g}-s{seed}"
    if not (out / "MANIFEST.json").exists():
        shutil.rmtree(out, ignore_errors=True)
        t = time.perf_counter()
        generate(out, files, seed, min_kb, max_kb)
        print(f"  generated {out.name} in {time.perf_counter() - t:.1f}s", file=sys.stderr)
    return out


def documents(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in (".txt", ".md", ".wiki"))


def floor(root: Path) -> dict:
    """Read every file and run one compiled regex over its decoded text."""
    t = time.perf_counter()
    c = time.process_time()
    size = hits = 0
    paths = documents(root)
    for p in paths:
        data = p.read_bytes()
        size += len(data)
        hits += sum(1 for _ in FLOOR_RE.finditer(data.decode("utf-8")))
    return {"wall": time.perf_counter() - t, "cpu": time.process_time() - c, "bytes": size,
            "files": len(paths), "rss": None}


def run_child(args: list[str], cwd: Path | None = None, stdin: bytes | None = None,
              timeout: float = TIMEOUT) -> dict:
    """Run `python -m lorecheck ARGS` as a child; wall, CPU and peak RSS of that child alone."""
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "lorecheck", *args], cwd=cwd, env=env,
                            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if stdin is not None:
        proc.stdin.write(stdin)
        proc.stdin.close()
    deadline = t + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:  # a super-linear stage must not hang the benchmark
            proc.kill()
            _, status, usage = os.wait4(proc.pid, 0)
            proc.stderr.close()
            return {"wall": None, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss * 1024,
                    "summary": f"TIMED OUT after {timeout:.0f}s"}
        time.sleep(0.05)
    wall = time.perf_counter() - t
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"lorecheck {' '.join(args)} exited {code}:\n{err[-2000:]}")
    # on Linux wait4 reports the child together with its reaped children (pool workers): CPU is the total,
    # RSS the largest single process
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss * 1024,
            "summary": err.strip().splitlines()[-1] if err.strip() else ""}


def warm_facts(root: Path, cache_dir: Path, size: dict) -> tuple:
    """The cache alone: every file's facts from a warm cache, in process (hash + read + unpickle)."""
    from lorecheck.cache import FactCache
    from lorecheck.engine import collect_files
    from lorecheck.parallel import extract_all

    files, _ = collect_files([str(root)])
    cache = FactCache(cache_dir)
    t, c = time.perf_counter(), time.process_time()
    extract_all(files, jobs=1, cache=cache)
    return ("warm facts only (cache)", size["files"], size["bytes"], time.perf_counter() - t,
            time.process_time() - c, None, f"{cache.hits} hits, {cache.misses} misses")


def supports(option: str) -> bool:
    out = subprocess.run([sys.executable, "-m", "lorecheck", "--help"], capture_output=True, text=True).stdout
    return option in out


def precommit_supported() -> str | None:
    """None if `world` in the configuration is honoured by lint(); else why the row is skipped."""
    import inspect

    from lorecheck import config, engine

    if "world" not in getattr(config.Config, "model_fields", {}):
        return "Config has no `world` setting"
    if "world" not in inspect.getsource(engine):
        return "engine.lint does not read config.world yet"
    return None


class _Rows(list):
    """Rows of the table, each also echoed to stderr at once: a long run shows progress."""

    def append(self, row) -> None:
        super().append(row)
        name, _, _, wall, cpu, rss, note = row
        print(f"  {name}: wall {wall if wall is None else round(wall, 3)}s cpu "  # noqa: E501
              f"{cpu if cpu is None else round(cpu, 3)}s {note}", file=sys.stderr, flush=True)


def fmt_rate(nbytes: int, seconds: float) -> str:
    return f"{nbytes / MiB / seconds:8.2f}" if seconds > 0 else "     inf"


def main() -> int:
    global TIMEOUT
    p = argparse.ArgumentParser(description="lorecheck benchmark")
    p.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "lorecheck-bench")
    p.add_argument("--lint-files", type=int, default=40, help="files in the throughput world (5-70 KB each)")
    p.add_argument("--warm-files", type=int, default=1000, help="files in the warm-cache world")
    p.add_argument("--warm-kb", type=float, nargs=2, default=(1, 2), metavar=("MIN", "MAX"))
    p.add_argument("--precommit-files", type=int, default=2000,
                   help="files in the pre-commit world (10000 for the full row: its one-time cache fill is slow)")
    p.add_argument("--precommit-kb", type=float, nargs=2, default=(1, 2), metavar=("MIN", "MAX"))
    p.add_argument("--skip-precommit", action="store_true")
    p.add_argument("--timeout", type=float, default=TIMEOUT, help="seconds before a lorecheck run is given up")
    p.add_argument("--profile", action="store_true", help="also print cProfile's top 15 of a one-core lint")
    p.add_argument("--big-world-mb", type=float, default=0, metavar="MB",
                   help="also lint a world of about this many MB (5-70 KB pages) cold with all cores, then "
                        "warm on one core, for peak memory (100 takes ~10 minutes on 2 cores)")
    a = p.parse_args()
    TIMEOUT = a.timeout
    import importlib.util
    if importlib.util.find_spec("lorecheck") is None:  # every row would time a failing child
        print(f"bench: lorecheck is not importable by {sys.executable}; run this script with the "
              "interpreter it is installed in (e.g. the project's venv python)", file=sys.stderr)
        return 2
    a.work.mkdir(parents=True, exist_ok=True)
    # an installed package has its bytecode compiled; a checkout run with PYTHONDONTWRITEBYTECODE may not
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(importlib.util.find_spec("lorecheck").origin)
                                                                 .parent)], capture_output=True)

    has_jobs, has_cache = supports("--jobs"), supports("--no-cache")
    if not (has_jobs and has_cache):
        print("note: lorecheck has no --jobs/--no-cache options: rows use its defaults", file=sys.stderr)
    jobs1 = ["--jobs", "1"] if has_jobs else []
    nocache = ["--no-cache"] if has_cache else []
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()

    rows = _Rows()  # name, files, bytes, wall, cpu, rss, note; echoed to stderr as they come
    lint_world = world(a.work, a.lint_files, 5, 70)
    fl = floor(lint_world)
    rows.append(("floor (read + 1 regex)", fl["files"], fl["bytes"], fl["wall"], fl["cpu"], None, ""))

    r = run_child([*jobs1, *nocache, str(lint_world)])
    rows.append(("lint -j1, no cache", fl["files"], fl["bytes"], r["wall"], r["cpu"], r["rss"], r["summary"]))
    lint_1core = r
    if has_jobs and cores > 1:
        r = run_child(["--jobs", str(cores), *nocache, str(lint_world)])
        rows.append((f"lint -j{cores}, no cache", fl["files"], fl["bytes"], r["wall"], r["cpu"], r["rss"],
                     "CPU summed over workers"))

    small = REPO / "fixtures" / "example-world" / "treaty_of_harl.txt"
    cold = [run_child([*nocache, str(small)]) for _ in range(5)]
    rows.append(("cold: 1 small file", 1, small.stat().st_size, statistics.median(c["wall"] for c in cold),
                 statistics.median(c["cpu"] for c in cold), max(c["rss"] for c in cold), "median of 5"))
    ver = [run_child(["--version"]) for _ in range(5)]
    rows.append(("cold: --version", 0, 0, statistics.median(c["wall"] for c in ver),
                 statistics.median(c["cpu"] for c in ver), max(c["rss"] for c in ver), "median of 5"))

    if has_cache:
        warm_world = world(a.work, a.warm_files, *a.warm_kb)
        wf = floor(warm_world)
        cache_dir = a.work / "cache-warm"
        shutil.rmtree(cache_dir, ignore_errors=True)
        r = run_child(["--cache-dir", str(cache_dir), str(warm_world)])
        rows.append((f"fill cache ({a.warm_files} files)", wf["files"], wf["bytes"], r["wall"], None, r["rss"],
                     "default jobs"))
        rows.append(warm_facts(warm_world, cache_dir, wf))
        r = run_child(["--cache-dir", str(cache_dir), str(warm_world)])
        rows.append((f"warm rerun ({a.warm_files} files)", wf["files"], wf["bytes"], r["wall"], r["cpu"], r["rss"],
                     "unchanged world" if r["wall"] else r["summary"]))
    else:
        rows.append(("warm rerun", 0, 0, None, None, None, "skipped: no cache options"))

    why = "skipped by --skip-precommit" if a.skip_precommit else precommit_supported()
    if why is None:
        pc_world = world(a.work, a.precommit_files, *a.precommit_kb)
        (pc_world / "lorecheck.toml").write_text('world = ["."]\n', encoding="utf-8")
        project = pc_world
        cache_dir = a.work / "cache-precommit"
        named = [str(x) for x in documents(pc_world)[:5]]
        fill = run_child(["--cache-dir", str(cache_dir), *named], cwd=project, timeout=3600)  # the world's facts
        print(f"  pre-commit world cache filled in {fill['wall'] or 0:.1f}s", file=sys.stderr)
        r = run_child(["--cache-dir", str(cache_dir), *named], cwd=project)
        rows.append((f"pre-commit: 5 of {a.precommit_files}", 5, sum(Path(n).stat().st_size for n in named),
                     r["wall"], r["cpu"], r["rss"],
                     "unchanged: run reused" if r["wall"] else r["summary"]))
        # the same, one named file edited (given on stdin, never written): the run cannot be reused.
        # Three different edits, the median run reported (one run on a shared machine is noise)
        runs = []
        for _ in range(3):
            scribe = "".join("bcdfghjklm"[int(c)] for c in str(time.time_ns())[-8:]).capitalize()  # unique: a new run
            edited = Path(named[0]).read_bytes() + f"\n{scribe} wrote that the fort fell on 3 May 1801.\n".encode()
            runs.append(run_child(["--cache-dir", str(cache_dir), "--stdin-filename", named[0], "-", *named[1:]],
                                  cwd=project, stdin=edited))
        r = sorted(runs, key=lambda x: x["wall"] if x["wall"] is not None else float("inf"))[1]
        rows.append(("pre-commit: 1 edited", 5, len(edited), r["wall"], r["cpu"], r["rss"],
                     "median of 3 edits; world facts from cache, checks run" if r["wall"] else r["summary"]))
    else:
        rows.append((f"pre-commit: 5 vs {a.precommit_files}", 0, 0, None, None, None, f"skipped: {why}"))

    if a.big_world_mb:
        big = world(a.work, max(1, round(a.big_world_mb * 1024 / 24.6)), 5, 70)  # 24.6 KB: the mean page
        bf = floor(big)
        cache_dir = a.work / "cache-big"
        shutil.rmtree(cache_dir, ignore_errors=True)
        r = run_child(["--cache-dir", str(cache_dir), str(big)], timeout=7200)
        rows.append((f"big world: cold, -j{cores}", bf["files"], bf["bytes"], r["wall"], r["cpu"], r["rss"],
                     "RSS: the largest process"))
        shutil.rmtree(cache_dir / "facts" / "runs", ignore_errors=True)  # check again, facts from the cache
        r = run_child([*jobs1, "--cache-dir", str(cache_dir), str(big)], timeout=7200)
        rows.append(("big world: warm, -j1", bf["files"], bf["bytes"], r["wall"], r["cpu"], r["rss"],
                     "facts from the cache, every check run"))

    floor_rate = fl["bytes"] / fl["wall"]
    print(f"\nlorecheck benchmark  python {sys.version.split()[0]}  cores {cores}  "
          f"load {os.getloadavg()[0]:.1f}\n")
    head = f"{'row':28} {'files':>6} {'MiB':>7} {'wall s':>8} {'cpu s':>8} {'MiB/s':>8} {'files/s':>8} " \
           f"{'floor/x':>8} {'RSS MiB':>8}  note"
    print(head)
    print("-" * len(head))
    for name, files, nbytes, wall, cpu, rss, note in rows:
        if wall is None:
            cpu_s = f"{cpu:8.1f}" if cpu is not None else f"{'-':>8}"
            print(f"{name:28} {'':>6} {'':>7} {'-':>8} {cpu_s} {'':>8} {'':>8} {'':>8} {'':>8}  {note}")
            continue
        rate = fmt_rate(nbytes, wall) if nbytes else f"{'':>8}"
        fps = f"{files / wall:8.1f}" if files and wall else f"{'':>8}"
        ratio = f"{floor_rate / (nbytes / wall):8.0f}" if nbytes and files > 1 and not name.startswith("floor") \
            else f"{'':>8}"
        print(f"{name:28} {files:6} {nbytes / MiB:7.2f} {wall:8.3f} "
              f"{cpu if cpu is not None else float('nan'):8.3f} {rate} {fps} {ratio} "
              f"{(rss or 0) / MiB:8.1f}  {note}")
    print("\nfloor/x: how many times slower than the floor (wall time). "
          f"One-core lint by CPU time: {fl['bytes'] / MiB / lint_1core['cpu']:.2f} MiB/s.")

    if a.profile:
        profile(lint_world)
    return 0


def profile(root: Path) -> None:
    """cProfile of an in-process one-core lint without cache: the top 15 by own time."""
    import cProfile
    import pstats

    from lorecheck import parallel
    from lorecheck.engine import lint

    parallel.configure(jobs=1, cache=False)
    prof = cProfile.Profile()
    prof.enable()
    lint([str(root)])
    prof.disable()
    print("\nprofile of a one-core lint, top 15 by own time:")
    pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(15)
    print("top 15 by cumulative time:")
    pstats.Stats(prof, stream=sys.stdout).sort_stats("cumulative").print_stats(15)


if __name__ == "__main__":
    raise SystemExit(main())
