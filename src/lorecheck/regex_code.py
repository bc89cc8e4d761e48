"""Regular expressions shipped already compiled to `re`'s code, for the interpreter that compiled them.

Why: a cold one-file run compiles ~100 patterns (word lists from the
vocabulary, date shapes, sentence cues), ~40 ms of its ~200 ms; `re` keeps
compiled patterns only for the life of a process. What `re._compiler.compile`
makes of a pattern is a list of integers handed to `_sre.compile`; for the
same pattern, flags and interpreter build it is always the same list.
`regex_code.marshal` holds those lists for the patterns a run over the
fixtures compiles, stamped with the interpreter (version, `_sre.MAGIC`);
`install()` makes `re` use a stored list when the stamp matches and the
(pattern, flags) is stored, and compile as usual otherwise, so a pattern
changed since the file was built, a user's vocabulary or another interpreter
only costs the compile. The pattern objects are the ones `re` would make.

`python -m lorecheck.regex_code` rebuilds the file (tests/test_regex_code.py
says when it is due: its stored code must equal a fresh compile, and it must
cover most of what a cold run compiles).
"""
from __future__ import annotations

import sys
from pathlib import Path

SHIPPED = Path(__file__).with_name("regex_code.marshal")
_installed = False
misses: list = []  # (pattern, flags) compiled as usual since install(): what a rebuild would add


def interpreter_stamp() -> str:
    """What the stored code depends on besides the pattern and its flags."""
    import _sre

    return repr((sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT))


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


def load_table(path: Path) -> dict | None:
    """{(pattern, flags): parts} from a file built by this interpreter; None if absent, torn or another's."""
    import marshal

    try:
        with open(path, "rb") as f:
            data = marshal.loads(f.read())  # not marshal.load(f): it reads the file in small pieces, ~60 ms here
        if data["interpreter"] != interpreter_stamp() or not isinstance(data["patterns"], dict):
            return None
        return data["patterns"]
    except Exception:  # absent, torn or of another shape: compile as usual
        return None


def install() -> bool:
    """Serve `re` from the shipped code (once per process); False when the file is absent or of another interpreter."""
    global _installed
    if _installed:
        return True
    table = load_table(SHIPPED)
    if table is None:
        return False
    import _sre
    from re import _compiler

    original = _compiler.compile
    debug = _compiler.SRE_FLAG_DEBUG

    def compile(p, flags=0):
        if isinstance(p, (str, bytes)) and not flags & debug:
            hit = table.get((p, flags))
            if hit is not None:
                final_flags, code, groups, groupindex, indexgroup = hit
                return _sre.compile(p, final_flags, code, groups, groupindex, indexgroup)
            if len(misses) < 1000:  # enough to say the file is stale; a big world's name patterns need no record
                misses.append((p, flags))
        return original(p, flags)

    compile.original = original
    _compiler.compile = compile
    _installed = True
    return True


def _record(argv_sets: list[list[str]]) -> dict:
    """Every str/bytes pattern compiled while lorecheck runs on these argument lists (in this process)."""
    import contextlib
    import io
    import re
    from re import _compiler

    global _installed
    if _installed:
        raise RuntimeError("re already serves stored code in this process: record in a fresh interpreter")
    seen: dict = {}
    original = _compiler.compile

    def recording(p, flags=0):
        if isinstance(p, (str, bytes)) and not flags & _compiler.SRE_FLAG_DEBUG:
            seen[(p, int(flags))] = None
        return original(p, flags)

    _compiler.compile = recording
    _installed = True  # cli.main must not put the stored code in front of the recording
    re.purge()
    try:
        from .cli import main

        for argv in argv_sets:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                main(list(argv))
    finally:
        _compiler.compile = original
        _installed = False
    return {key: compiled_parts(*key) for key in seen}


def build() -> dict:
    """The content of SHIPPED: the patterns of runs over the repository's fixtures (every format)."""
    fixtures = Path(__file__).resolve().parents[2] / "fixtures"
    runs = [["--no-cache", str(p)] for p in sorted(fixtures.iterdir()) if p.is_dir()]
    runs += [["--no-cache", "--format", fmt, str(fixtures / "example-world")] for fmt in ("json", "sarif", "github")]
    return {"interpreter": interpreter_stamp(), "patterns": _record(runs)}


def main() -> None:
    import marshal

    data = build()
    SHIPPED.write_bytes(marshal.dumps(data))
    print(f"{SHIPPED.name}: {len(data['patterns'])} patterns for {sys.version.split()[0]}")


if __name__ == "__main__":  # `python -m lorecheck.regex_code`, in a fresh interpreter (modules not yet imported)
    from lorecheck.regex_code import main as _main  # the module cli.main sees, not this __main__ copy

    _main()
