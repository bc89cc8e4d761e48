"""Start-up work shipped done: `re`'s compiled code and dataclasses' method code, for the interpreter that made them.

Why: a cold one-file run compiles ~95 regular expressions (word lists from
the vocabulary, date shapes, sentence cues; ~35 ms of ~200 ms) and its ~30
dataclasses have their __init__/__repr__/__eq__ written as source text and
compiled by `exec` (~15 ms); neither survives the process. For the same
input and interpreter build both give the same result every time: what
`re._compiler.compile` hands to `_sre.compile` is a list of integers, and the
dataclass methods are code objects, which marshal stores exactly as .pyc
files do.

`precompiled.marshal` holds both, recorded from runs over the fixtures and
stamped with the interpreter (version, `_sre.MAGIC`, bytecode tag).
`install()` makes `re` and `dataclasses` use a stored result when the stamp
matches and the input is stored, and do the work as usual otherwise: a
pattern or class changed since the file was built, a user's vocabulary, or
another interpreter only costs the usual compile, never a different result.

`python -m lorecheck.precompiled` rebuilds the file, the same bytes every
time (so a rebuild after a rebase is no spurious change); tests/test_precompiled.py
holds the stored results to fresh ones and says when a rebuild is due.
"""
from __future__ import annotations

import sys
from pathlib import Path

SHIPPED = Path(__file__).with_name("precompiled.marshal")
_installed = False
misses: list = []  # what was compiled as usual since install(): what a rebuild would add (capped)


def interpreter_stamp() -> str:
    """What the stored results depend on besides their inputs."""
    import _sre
    from importlib.util import MAGIC_NUMBER

    return repr((sys.version, sys.implementation.cache_tag, MAGIC_NUMBER, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT))


def compiled_parts(pattern, flags: int) -> tuple:
    """What re._compiler.compile hands to _sre.compile for a str or bytes pattern (flags as re._compile passes them)."""
    from re import _compiler, _parser

    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return int(flags | p.state.flags), [int(c) for c in code], p.state.groups - 1, dict(groupindex), tuple(indexgroup)


def dataclass_code(source: str):
    """The code object dataclasses' `exec(source, ...)` compiles its generated methods' source to."""
    return compile(source, "<string>", "exec")


def load(path: Path) -> dict | None:
    """{"patterns": {(pattern, flags): parts}, "dataclass_code": {source: code}} from a file this
    interpreter made; None if absent, torn or another interpreter's."""
    import marshal

    try:
        with open(path, "rb") as f:
            data = marshal.loads(f.read())  # not marshal.load(f): it reads the file in small pieces, ~60 ms here
        if data["interpreter"] != interpreter_stamp():
            return None
        if not (isinstance(data["patterns"], dict) and isinstance(data["dataclass_code"], dict)):
            return None
        return data
    except Exception:  # absent, torn or of another shape: work as usual
        return None


def _note_miss(what) -> None:
    if len(misses) < 1000:  # enough to say the file is stale; a big world's name patterns need no record
        misses.append(what)


def install() -> bool:
    """Serve `re` and `dataclasses` from the shipped results (once per process); False when not usable here."""
    global _installed
    if _installed:
        return True
    data = load(SHIPPED)
    if data is None:
        return False
    import _sre
    import builtins
    import dataclasses
    from re import _compiler

    patterns, codes = data["patterns"], data["dataclass_code"]
    original = _compiler.compile
    debug = _compiler.SRE_FLAG_DEBUG

    def compile_pattern(p, flags=0):
        if isinstance(p, (str, bytes)) and not flags & debug:
            hit = patterns.get((p, flags))
            if hit is not None:
                final_flags, code, groups, groupindex, indexgroup = hit
                return _sre.compile(p, final_flags, code, groups, groupindex, indexgroup)
            _note_miss((p, flags))
        return original(p, flags)

    def exec_dataclass_source(source, globals=None, locals=None):
        """dataclasses' only `exec`: the stored code object of the same source text, or the text itself."""
        code = codes.get(source) if isinstance(source, str) else None
        if code is None:
            _note_miss(source)
            code = source
        return builtins.exec(code, globals, locals)

    compile_pattern.original = original
    _compiler.compile = compile_pattern
    dataclasses.exec = exec_dataclass_source  # a module global shadows the builtin for dataclasses alone
    _installed = True
    return True


def _record(argv_sets: list[list[str]]) -> dict:
    """Every pattern and dataclass method source compiled while lorecheck runs on these argument lists."""
    import builtins
    import contextlib
    import dataclasses
    import io
    import re
    from re import _compiler

    global _installed
    if _installed:
        raise RuntimeError("stored results are already served in this process: record in a fresh interpreter")
    patterns: dict = {}
    sources: dict = {}
    original = _compiler.compile

    def recording_compile(p, flags=0):
        if isinstance(p, (str, bytes)) and not flags & _compiler.SRE_FLAG_DEBUG:
            patterns[(p, int(flags))] = None
        return original(p, flags)

    def recording_exec(source, globals=None, locals=None):
        if isinstance(source, str) and str((globals or {}).get("__name__", "")).startswith("lorecheck"):
            sources[source] = None  # lorecheck's own classes: other libraries' would make every start load more
        return builtins.exec(source, globals, locals)

    _compiler.compile = recording_compile
    dataclasses.exec = recording_exec
    _installed = True  # cli.main must not put the stored results in front of the recording
    re.purge()
    try:
        from .cli import main

        for argv in argv_sets:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                main(list(argv))
    finally:
        _compiler.compile = original
        del dataclasses.exec
        _installed = False
    return {"interpreter": interpreter_stamp(),
            "patterns": {key: compiled_parts(*key) for key in patterns},
            "dataclass_code": {source: dataclass_code(source) for source in sources}}


def build() -> dict:
    """One recording of what runs over the repository's fixtures (every format and report) compile: main() keeps
    what two of them share."""
    fixtures = Path(__file__).resolve().parents[2] / "fixtures"
    runs = [["--no-cache", str(p)] for p in sorted(fixtures.iterdir()) if p.is_dir()]
    runs += [["--no-cache", "--format", fmt, str(fixtures / "example-world")] for fmt in ("json", "sarif", "github")]
    return _record(runs)


def _recorded_with_seeds(*seeds: str) -> list[dict]:
    """build() in a fresh interpreter per seed (PYTHONHASHSEED), side by side, importing this same source tree."""
    import marshal
    import os
    import subprocess

    src = str(Path(__file__).resolve().parents[1])
    path = os.pathsep.join([src, *filter(None, [os.environ.get("PYTHONPATH")])])
    code = ("import marshal, sys\nfrom lorecheck.precompiled import build\n"
            "sys.stdout.buffer.write(marshal.dumps(build()))\n")
    children = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                                 env=dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=path)) for seed in seeds]
    outputs = [child.communicate()[0] for child in children]
    if any(child.returncode for child in children):
        raise SystemExit("recording failed (see above)")
    return [marshal.loads(out) for out in outputs]


def main() -> None:
    """Record twice under two fixed hash seeds and keep what both compiled, sorted (the order things are
    compiled in varies). A pattern another library builds from a set (markdown-it's terminator class, tokenize's
    string prefixes) is spelt in another order in every process: the file could never serve it, and it made
    every rebuild differ (a spurious change after a rebase)."""
    import marshal

    data, other = _recorded_with_seeds("1", "2")
    left_out = 0
    for part in ("patterns", "dataclass_code"):
        kept = {key: data[part][key] for key in sorted(data[part], key=repr) if key in other[part]}
        left_out += len(data[part]) - len(kept)
        data[part] = kept
    SHIPPED.write_bytes(marshal.dumps(data))
    print(f"{SHIPPED.name}: {len(data['patterns'])} patterns, {len(data['dataclass_code'])} dataclass methods "
          f"for Python {sys.version.split()[0]} ({left_out} left out: they vary from process to process)")


if __name__ == "__main__":
    main()
