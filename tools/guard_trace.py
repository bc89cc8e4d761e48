"""python tools/guard_trace.py TRACE.jsonl [lorecheck arguments...]: run lorecheck and record every guard of the
checks that drops something (a `continue`, a bare or None or empty `return` in checks/*.py and world.py), with
the locations of the facts in scope, one JSON line per drop (appended to TRACE.jsonl).

A measuring aid, not part of lorecheck: it tells which guards cost findings. Classify the drops against an
answer key's lines (session 28 did, over every open corpus: no guard but one dropped mostly true findings).
LORECHECK_TRACE_DUMP=PREFIX also writes the locals of the guards whose name starts with PREFIX."""
from __future__ import annotations

import ast
import json
import os
import sys
from pathlib import Path

import lorecheck

_HERE = Path(lorecheck.__file__).parent
_FILES = [*sorted((_HERE / "checks").glob("*.py")), _HERE / "world.py"]
_GUARDS: dict[str, dict[int, tuple[str, bool]]] = {}  # file -> line -> (guard name, a return)
_OUT = None


def _dropping(node) -> bool | None:
    """True for a `return` that gives nothing (None, [], ()), False for a `continue`, None for anything else."""
    if isinstance(node, ast.Continue):
        return False
    if isinstance(node, ast.Return):
        value = node.value
        if value is None or isinstance(value, ast.Constant) and value.value is None or \
                isinstance(value, (ast.List, ast.Tuple, ast.Set)) and not value.elts:
            return True
    return None


def _guard_lines(path: Path) -> dict[int, tuple[str, bool]]:
    """line -> (the guard's name: module, function, line, its condition and comment; whether it is a return)."""
    source = path.read_text()
    lines = source.splitlines()
    tree = ast.parse(source)
    found: dict[int, tuple[str, bool]] = {}

    def visit(node, func, test):
        for child in ast.iter_child_nodes(node):
            f, t = func, test
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                f, t = child.name, None
            elif isinstance(child, ast.If):
                t = ast.get_source_segment(source, child.test)
            returning = _dropping(child)
            if returning is not None:
                comment = lines[child.lineno - 1].partition("#")[2].strip()
                found[child.lineno] = (f"{path.stem}:{func}:{child.lineno}: "
                                       f"if {' '.join((test or '').split())[:110]}"
                                       + (f"  # {comment[:60]}" if comment else ""), returning)
            visit(child, f, t)

    visit(tree, "<module>", None)
    return found


def _fact(value) -> tuple | None:
    """A fact's locations (path, line), or None when the value is no fact."""
    if isinstance(value, type):
        return None
    try:
        span = getattr(value, "span", None)
        if span is not None and hasattr(span, "line") and hasattr(span, "path"):
            return ((str(span.path), int(span.line)),)
        if hasattr(value, "predicate") and hasattr(value, "line") and hasattr(value, "path"):
            date_line = getattr(value, "date_line", None)
            return tuple(sorted({(str(value.path), int(value.line)), (str(value.path), int(date_line or value.line))}))
    except (TypeError, ValueError):
        pass
    return None


def _facts(frame) -> list:
    out: set = set()
    for value in frame.f_locals.values():
        for v in (value if isinstance(value, tuple) and len(value) <= 4 else (value,)):
            fact = _fact(v)
            if fact is not None:
                out.add(fact)
    return sorted(out)


def _local(frame, event, arg):
    if event == "line":
        found = _GUARDS[frame.f_code.co_filename].get(frame.f_lineno)
        if found is not None:
            guard, returning = found
            facts = _facts(frame)
            caller = frame.f_back
            if returning and len(facts) < 2 and caller is not None and caller.f_code.co_filename in _GUARDS:
                facts = sorted(set(facts) | set(_facts(caller)))  # a helper's drop: its caller holds the pair
            if facts:
                _OUT.write(json.dumps({"guard": guard, "facts": facts}) + "\n")
                dump = os.environ.get("LORECHECK_TRACE_DUMP")
                if dump and guard.startswith(dump):
                    _OUT.write(repr({k: r for k, r in ((k, repr(v)) for k, v in frame.f_locals.items())
                                     if len(r) < 1500}) + "\n")
    return _local


def _global(frame, event, arg):
    if frame.f_code.co_filename in _GUARDS:
        return _local
    return None


def install(target: str) -> None:
    """Trace the checks from here on, appending to the file `target`."""
    global _OUT
    for path in _FILES:
        _GUARDS[str(path)] = _guard_lines(path)
    _OUT = open(target, "a", buffering=1)
    sys.settrace(_global)


if __name__ == "__main__":
    from lorecheck.cli import main

    install(sys.argv[1])
    sys.exit(main(sys.argv[2:]))


def tracing() -> bool:
    return _OUT is not None


def dropped(guard: str, *facts) -> None:
    """An explicit trace point: a candidate (two facts that disagree) a condition drops."""
    found = sorted({f for f in map(_fact, facts) if f is not None})
    _OUT.write(json.dumps({"guard": "explicit:" + guard, "facts": found}) + "\n")
