"""Keeps glibc's malloc from handing a render's memory back to the kernel after every render.

Role: called by :func:`pureog.raster.render.render` with the frame's size before it allocates the
canvas. Why: a warm render allocates and frees a few frame-sized buffers (the canvas, a layer, the PNG
encoder's rows, planes and scanlines: ~10 MB at 1200x630). glibc serves them from the top of its heap
and, when they are freed, gives that top back to the kernel as soon as it exceeds ``trim_threshold``
(glibc raises it to twice the largest block it has unmapped so far, 6 MB after a 1200x630 canvas).
The next render then touches every page again: 1,400-2,100 minor faults (~2.5 us each here, plus the
kernel zeroing the page) on the stat grid, photo, emoji, text-shadow and Korean title bench cards,
2-5 ms of their 15-45 ms (bench/README.md, twenty-fourth pass). The library cannot call ``mallopt``,
but glibc moves both thresholds itself when a block it had mapped is freed (its "dynamic mmap
threshold": ``mmap_threshold`` = that block's size, ``trim_threshold`` = twice it, for blocks up to
32 MB). So :func:`keep_heap` allocates and frees one untouched block of three frames (``bytes(n)`` is
``calloc``: a fresh mapping, zero pages never written) once per larger frame size: what a process
that once decoded a large image gets anyway. Afterwards up to twice that much free memory stays in
the heap for the next render instead of going back and being faulted in again (peak memory is
unchanged; the resident size stays at the peak). Elsewhere (musl, macOS, Windows) it is a map and an
unmap, harmless; under Pyodide it is skipped (a WebAssembly memory never shrinks).
``PUREOG_KEEP_HEAP=0`` turns it off. The memory so kept is a cache like the others: its bound
(``raster.kept_heap``, at most 32 MB) shrinks with :func:`pureog.set_cache_budget`, so a small sandbox
keeps little. Must not import style, layout, text or document.
"""

from __future__ import annotations

import os
import sys
import threading

from pureog import caches

# glibc's DEFAULT_MMAP_THRESHOLD_MAX (64-bit): freeing a larger block moves nothing; scaled by the budget
_CAP = caches.limit("raster.kept_heap", 32 << 20)
_FLOOR = 8 << 20  # at least this much: a 1200x630 render's canvas plus the PNG encoder's temporaries
_FRAMES = 3  # the block in frames: the canvas, a layer or two and the encoder's buffers are freed together

_lock = threading.Lock()
_raised = 0  # the largest block freed so far (bytes); 0 also before the first render
_enabled: bool | None = None  # decided on first use (environment, platform)


def keep_heap(frame_bytes: int) -> None:
    """Raises glibc's trim threshold (once per larger ``frame_bytes``) so that freeing a render's buffers
    keeps them in the heap for the next render."""
    global _raised
    want = min(_CAP.value, max(_FLOOR, _FRAMES * frame_bytes))
    if want <= _raised:  # the common case: one comparison a render
        return
    with _lock:
        if want <= _raised:
            return
        if not _allowed():
            _raised = 1 << 62  # off: every later call returns at the first comparison
            return
        block = bytes(want)  # calloc above the mmap threshold: mapped, never written, then unmapped
        del block
        _raised = want


def _allowed() -> bool:
    global _enabled
    if _enabled is None:
        _enabled = sys.platform != "emscripten" and os.environ.get("PUREOG_KEEP_HEAP", "").strip() != "0"
    return _enabled
