"""Time bounds for the hostile-input tests: CPU time, since wall time on a shared machine counts other
processes' work.

A bound is written in seconds of the machine the tests were measured on; a slower machine (CI's ran
one of them 1.34x slower: 9.1 s against 6.8) gets bounds scaled by how much slower it runs a fixed
pure-Python workload (:func:`machine_factor`, never below 1). A hang or a quadratic regression is many
times its bound, which no machine's factor hides."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

REFERENCE_WORKLOAD_SECONDS = 0.0166
""":func:`_workload`'s best CPU time of seven on the machine the bounds were measured on (2026-12-07)."""


def _workload() -> int:
    """Integer and float arithmetic, dict and bytearray writes: the kinds of work a render does in Python."""
    acc = 0
    table: dict[int, int] = {}
    row = bytearray(4096)
    for i in range(60_000):
        x = (i * 2654435761) & 0xFFFF
        acc += x * 3 >> 2
        f = x * 0.001 + 0.5
        table[x & 1023] = int(f * f) & 255
        row[i & 4095] = (acc ^ x) & 255
    return acc + sum(table.values()) + bytes(row).count(7)


@cache
def machine_factor() -> float:
    """How many times slower than the reference machine this one runs :func:`_workload` (at least 1): the
    best of seven runs, so that another process's burst does not count as the machine's speed."""
    best = float("inf")
    for _ in range(7):
        start = time.process_time()
        _workload()
        best = min(best, time.process_time() - start)
    return max(1.0, best / REFERENCE_WORKLOAD_SECONDS)


def scaled(seconds: float) -> float:
    """``seconds`` of the reference machine on this one (a bound an ad hoc timing reads)."""
    return seconds * machine_factor()


@contextmanager
def within_cpu(seconds: float) -> Iterator[None]:
    """Asserts the block used less than ``seconds`` of the reference machine's CPU time (scaled by
    :func:`machine_factor` on a slower one)."""
    bound = seconds * machine_factor()
    start = time.process_time()
    try:
        yield
    finally:  # also when the block raises: `with pytest.raises(...), within_cpu(...)` times the raising
        took = time.process_time() - start
        assert took < bound, f"took {took:.1f} s of CPU (bound {seconds} s x {machine_factor():.2f}, this machine)"


@contextmanager
def within_wall(seconds: float = 5.0) -> Iterator[None]:
    """Asserts the block ran within ``seconds`` of wall time (the limits exist to keep renders short;
    for the tests that bound a render a limit stops, not its CPU), scaled as :func:`within_cpu`'s."""
    bound = seconds * machine_factor()
    start = time.monotonic()
    try:
        yield
    finally:
        took = time.monotonic() - start
        assert took < bound, f"took {took:.1f} s (bound {seconds} s x {machine_factor():.2f}, this machine)"
