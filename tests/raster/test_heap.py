"""raster/heap.py: after keep_heap, a render's worth of freed buffers stays in glibc's heap, so the next
render does not fault its pages in again (the bench cards lost 2-7 ms a warm render to those faults)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import pureog
from pureog.raster import heap

# A fresh interpreter (its own malloc state): four canvas-sized buffers of a 1200x630 frame freed
# together, then made again; prints the minor page faults of making them again.
_CHILD = """
import resource, sys
from pureog.raster.heap import keep_heap
frame = 4 * 1200 * 630
if sys.argv[1] == "keep":
    keep_heap(frame)
def four():
    return [bytearray(frame) for _ in range(4)]
held = four()
del held
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
held = four()
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def _faults(mode: str) -> int:
    env = dict(os.environ, PUREOG_KEEP_HEAP="1")
    done = subprocess.run([sys.executable, "-c", _CHILD, mode], capture_output=True, text=True, env=env,
                          check=True)
    return int(done.stdout)


def _glibc() -> bool:
    try:
        return bool(os.confstr("CS_GNU_LIBC_VERSION"))
    except (AttributeError, ValueError, OSError):
        return False


@pytest.mark.skipif(not _glibc(), reason="glibc's heap trimming")
def test_freed_frames_stay_in_the_heap() -> None:
    pages = 4 * 4 * 1200 * 630 // 4096  # the four buffers' pages (~2,950)
    assert _faults("plain") > pages // 2  # glibc gave them back: every page faults in again
    assert _faults("keep") < pages // 10


def test_keep_heap_raises_once_and_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap, "_raised", 0)
    heap.keep_heap(4 * 1200 * 630)
    off = heap._raised == 1 << 62  # (turned off in this process)
    assert off or heap._raised == heap._FRAMES * 4 * 1200 * 630
    before = heap._raised
    heap.keep_heap(100)  # smaller frames change nothing
    assert heap._raised == before
    heap.keep_heap(1 << 40)  # a huge frame: at most glibc's cap
    assert off or heap._raised == heap._CAP.value == 32 << 20


def test_a_small_cache_budget_keeps_little_heap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap, "_raised", 0)
    monkeypatch.setattr(heap, "_enabled", True)
    try:
        pureog.set_cache_budget(30)  # a tenth of the default
        heap.keep_heap(1 << 40)
        assert heap._raised == (32 << 20) // 10
    finally:
        pureog.set_cache_budget(None)
