"""Resampled image rows kept across renders: a template's background photo is filtered once.

Role: ``cached_shader(key, build)`` -> a row shader that answers ``(x0, y, n)`` from memory when the same
image was drawn under the same device mapping before (the same card rendered again, or a batch of
cards that share a background), and otherwise asks the shader ``build()`` makes (built on first need)
and keeps its rows. Resampling is a pure function of the paint, the mapping and the span, so a kept
row is byte-identical to a recomputed one. A kept row charges the render's paint budget, at each use, what
computing it charged (a rotated image's filtered pixels, ``PAINT_WORK_FILTERED``: round twenty, a card of
rotated photos charged them drawn cold and nothing drawn again).

Bounded: at most ``LIMIT`` (pureog.caches) of rows in all, least recently used images dropped first. Safe under
threads (each shader keeps a reference to its own rows; the bookkeeping is approximate at worst).
Must not import style, layout, text or document.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

from pureog import caches
from pureog.limits import charge_paint, paint_work_left
from pureog.raster.sampling import OpaqueRow, Shader

# key -> span -> (the row, the paint work computing it charged: charged again at each use of the kept
# row, as each use of a row not kept computes it, so that a render's outcome never depends on what an
# earlier one kept)
_rows: OrderedDict[Hashable, dict[tuple[int, int, int], tuple[bytes, int]]] = OrderedDict()
_sizes: dict[Hashable, int] = {}
_total = 0
_lock = threading.Lock()
LIMIT = caches.limit("raster.shader_rows", 32 << 20)  # bytes of rows


def cached_shader(key: Hashable, build: Callable[[], Shader]) -> Shader:
    """A shader answering from the rows kept under ``key`` (which must determine every output byte)."""
    with _lock:
        rows = _rows.get(key)
        if rows is None:
            rows = _rows[key] = {}
            _sizes[key] = 0
        else:
            _rows.move_to_end(key)
    inner: list[Shader] = []

    def shader(x0: int, y: int, n: int) -> bytes:
        span = (x0, y, n)
        found = rows.get(span)
        if found is not None:
            if found[1]:
                charge_paint(found[1])
            return found[0]
        if not inner:
            inner.append(build())
        left = paint_work_left()
        out = inner[0](x0, y, n)
        work = 0 if left is None else left - (paint_work_left() or 0)
        if out[3::4] == b"\xff" * n:  # (once a row: later renders copy it without looking)
            out = OpaqueRow(out)
        rows[span] = (out, work)
        _account(key, len(out))
        return out

    return shader


def _account(key: Hashable, added: int) -> None:
    """Charge ``added`` bytes to ``key``; drop the least recently used images past the limit, and
    the rows of an image that alone exceeds it."""
    global _total
    with _lock:
        if key not in _sizes:
            return  # dropped meanwhile: its rows live on only in the shaders still drawing it
        _sizes[key] += added
        _total += added
        while _total > LIMIT.value and len(_rows) > 1:
            old, _ = _rows.popitem(last=False)
            _total -= _sizes.pop(old, 0)
        if _total > LIMIT.value:
            _rows[key].clear()
            _sizes[key] = 0
            _total = 0


def clear() -> None:
    """Forget every kept row (tests; memory checks)."""
    global _total
    with _lock:
        _rows.clear()
        _sizes.clear()
        _total = 0


caches.register("raster.shader_rows", _rows, _sizes, clear=clear)
