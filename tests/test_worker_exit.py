"""A lorecheck killed outright (a CI timeout, SIGKILL) leaves no extraction workers behind."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import child_env, generate_world

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads process children from /proc (Linux)")


def _children(pid: int) -> set[int]:
    try:
        return {int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}
    except OSError:
        return set()


def _running(pid: int) -> bool:
    """Alive and not a zombie waiting to be reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _until(condition, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def test_workers_leave_when_lorecheck_is_killed(tmp_path):
    world = generate_world(tmp_path / "world", files=400, seed=5)
    proc = subprocess.Popen([sys.executable, "-m", "lorecheck", "--jobs", "2", "--no-cache", "--format", "json",
                             str(world)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=child_env())
    workers: set[int] = set()
    try:
        assert _until(lambda: len(_children(proc.pid)) >= 2 or proc.poll() is not None, 60)
        workers = _children(proc.pid)
        assert proc.poll() is None and workers, "lorecheck ended before its pool started: make the world larger"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert _until(lambda: not any(_running(w) for w in workers), 20), "workers outlived their lorecheck"
    finally:
        if proc.poll() is None:
            proc.kill()
        for w in workers:
            if _running(w):
                os.kill(w, signal.SIGKILL)


def test_a_worker_started_after_its_lorecheck_died_leaves_at_once():
    """The race the test above can hit under load: lorecheck killed between a worker's fork and its
    initializer. The worker must compare with the pid the pool was started from, not adopt its new parent."""
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # a pid that is not this worker's parent
    code = ("import time; from lorecheck.parallel import _warm_worker; "
            f"_warm_worker({gone.pid}); time.sleep(60)")
    worker = subprocess.Popen([sys.executable, "-c", code], env=child_env(), stderr=subprocess.PIPE, text=True)
    try:
        assert worker.wait(timeout=30) == 1
        assert worker.stderr.read() == ""  # left through the watch, not a crash
    finally:
        if worker.poll() is None:
            worker.kill()
