"""Running one case under limits: a forked worker process with an address-space cap and a deadline.

A :class:`Worker` keeps one warm process (pureog imported before the fork) and feeds it cases over a
pipe; a case that uses more than ``time_limit`` seconds of the worker's CPU time (or, for a worker that
hangs without computing, ``HANG_FACTOR`` times that in wall-clock time) is killed and the worker
respawned (outcome ``timeout``). CPU time, read from ``/proc``, keeps the verdict true on a busy
machine, where a niced campaign's wall-clock time says more about the other processes than about the
case; without ``/proc`` the wall clock decides. ``RLIMIT_AS`` caps the worker's memory at
``memory_limit`` above the address space it inherits at the fork, so a blow-up shows as ``MemoryError``
(outcome ``memory``) instead of taking the machine down; a worker that dies outright is ``crash``.
Workers are recycled every ``RECYCLE`` cases so that pureog's caches never add up to a false ``memory``.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import time
import traceback
import warnings
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

OUTCOMES = ("ok", "error", "exception", "timeout", "memory", "crash")
"""ok: returned; error: raised PureogError (a pass); the others are defects."""

RECYCLE = 300
HANG_FACTOR = 6.0
"""A case may take this many times the time limit in wall-clock time before it counts as hung."""
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of process ``pid`` so far, or None where ``/proc`` cannot tell."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime (fields 14 and 15)
    except (OSError, IndexError, ValueError):
        return None


@dataclass(frozen=True, slots=True)
class Outcome:
    kind: str
    signature: str = ""
    """What makes two defects the same: the exception type and innermost pureog function."""
    detail: str = ""
    seconds: float = 0.0

    @property
    def defect(self) -> bool:
        return self.kind not in ("ok", "error")


def _signature(exc: BaseException) -> str:
    # The innermost frame in pureog (or the target when pureog never ran) names where it escaped;
    # line numbers are left out so that signatures survive edits.
    inner = {"pureog": "", "fuzz": ""}
    for frame in traceback.extract_tb(exc.__traceback__):
        parts = frame.filename.replace(os.sep, "/").split("/")
        for package in inner:
            if package in parts:
                inner[package] = "/".join(parts[len(parts) - 1 - parts[::-1].index(package):]) + ":" + frame.name
    return f"{type(exc).__name__} at {inner['pureog'] or inner['fuzz']}"


def run_case(target: Any, case: Any) -> Outcome:
    """Run ``target.execute(case)`` in this process and classify what happened (no limits)."""
    from pureog.errors import PureogError  # noqa: PLC0415

    start = time.perf_counter()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            target.execute(case)
        outcome = Outcome("ok")
    except MemoryError:
        outcome = Outcome("memory", "MemoryError")
    except PureogError as exc:
        outcome = Outcome("error", type(exc).__name__, str(exc)[:300])
    except Exception as exc:  # the defects the harness exists to find
        outcome = Outcome("exception", _signature(exc), f"{type(exc).__name__}: {str(exc)[:300]}")
    return Outcome(outcome.kind, outcome.signature, outcome.detail, time.perf_counter() - start)


def _held_address_space() -> int:
    """The bytes of address space this process holds (``VmSize``; 0 without ``/proc``). A forked worker
    inherits its parent's: a long test run's pytest process, grown by worker threads' arenas and the
    renders before, held most of a fixed 1 GB cap, and its forked workers died of SIGSEGV where the
    stack could not grow (deep recursion in a fuzz regression case). The cap is this plus the budget."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def _serve(conn: Connection, memory_limit: int) -> None:
    from fuzz.targets import all_targets  # noqa: PLC0415

    if memory_limit:
        cap = _held_address_space() + memory_limit
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    targets = all_targets()
    while True:
        message = conn.recv()
        if message is None:
            return
        name, case = message
        outcome = run_case(targets[name], case)
        conn.send(outcome)
        if outcome.kind == "memory":
            return  # the heap may be fragmented or half-built: start afresh


class Worker:
    """One worker process, respawned after a timeout, a memory outcome, a crash or ``RECYCLE`` cases."""

    def __init__(self, *, time_limit: float = 10.0, memory_limit: int = 1 << 30) -> None:
        self.time_limit = time_limit
        self.memory_limit = memory_limit
        self._process: Any = None
        self._conn: Connection | None = None
        self._served = 0

    def _start(self) -> None:
        import fuzz.targets  # noqa: F401, PLC0415
        import pureog.pipeline  # noqa: F401, PLC0415  (warm before the fork: each case starts fast)

        context = multiprocessing.get_context("fork")
        parent, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child, self.memory_limit), daemon=True)
        self._process.start()
        child.close()
        self._conn = parent
        self._served = 0

    def stop(self) -> None:
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join()
        if self._conn is not None:
            self._conn.close()
        self._process = None
        self._conn = None

    def run(self, target: str, case: Any) -> Outcome:
        if self._process is None or self._served >= RECYCLE or not self._process.is_alive():
            self.stop()
            self._start()
        assert self._conn is not None
        self._served += 1
        start = time.perf_counter()
        try:
            self._conn.send((target, case))
            if not self._answered(start):
                self.stop()
                return Outcome("timeout", "timeout", f"over {self.time_limit:g} s", time.perf_counter() - start)
            outcome: Outcome = self._conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            process = self._process
            self.stop()
            code = process.exitcode if process is not None else None
            return Outcome("crash", f"crash {code}", f"worker exit code {code}", time.perf_counter() - start)
        if outcome.kind == "memory":
            self.stop()
        return outcome

    def _answered(self, start: float) -> bool:
        """Wait for the worker's answer; False once the case is over its CPU (or hang) limit."""
        assert self._conn is not None and self._process is not None
        cpu_start = _cpu_seconds(self._process.pid)
        if cpu_start is None:
            return bool(self._conn.poll(self.time_limit))
        while not self._conn.poll(min(0.25, self.time_limit)):
            cpu = _cpu_seconds(self._process.pid)
            if cpu is None:  # the process died: recv() will report the crash
                return True
            if cpu - cpu_start > self.time_limit or time.perf_counter() - start > HANG_FACTOR * self.time_limit:
                return False
        return True

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
