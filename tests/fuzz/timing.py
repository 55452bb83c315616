"""Time bounds for the hostile-input tests: CPU time, since wall time on a shared machine counts other
processes' work."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def within_cpu(seconds: float) -> Iterator[None]:
    """Asserts the block used less than ``seconds`` of this process's CPU time."""
    start = time.process_time()
    try:
        yield
    finally:  # also when the block raises: `with pytest.raises(...), within_cpu(...)` times the raising
        took = time.process_time() - start
        assert took < seconds, f"took {took:.1f} s of CPU"


@contextmanager
def within_wall(seconds: float = 5.0) -> Iterator[None]:
    """Asserts the block ran within ``seconds`` of wall time (the limits exist to keep renders short;
    for the tests that bound a render a limit stops, not its CPU)."""
    start = time.monotonic()
    try:
        yield
    finally:
        took = time.monotonic() - start
        assert took < seconds, f"took {took:.1f} s"
