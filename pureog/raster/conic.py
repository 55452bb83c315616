"""Conic gradients -> rows of premultiplied RGBA8 pixels, as Chrome draws ``conic-gradient()``.

Role: a :class:`~pureog.display.ConicGradientPaint` plus the inverse device transform -> a row shader
(see :mod:`pureog.raster.shade`). Each device pixel centre is mapped into the paint's space; its angle
around the centre (0 up, clockwise, less ``start_deg``) in turns picks a colour from a table of
``_STEPS`` entries per turn built once per paint, interpolated in premultiplied sRGB (Blink asks Skia
for premultiplied interpolation of CSS gradients). A repeating gradient folds the turn into its
period first. Chrome's sweep gradient has no anti-aliasing at hard stops either; its dithering (a
+-0.5/255 pattern) is not reproduced. Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from pureog import caches
from pureog.display import ConicGradientPaint
from pureog.geometry import Affine
from pureog.limits import PAINT_WORK_SHADED_CONIC, charge_paint

Shader = Callable[[int, int, int], bytes]

_STEPS = 4096
"""Table entries per turn (0.09 degree each): finer than a pixel at 650 px from the centre."""


def conic_shader(paint: ConicGradientPaint, inv: Affine) -> Shader | None:
    """The row shader of ``paint``; None when it has no stops."""
    if not paint.stops:
        return None
    table = _table(paint)
    a, b, c, d = inv.a, inv.b, inv.c, inv.d
    ex, ey = inv.e - paint.cx, inv.f - paint.cy
    start = paint.start_deg / 360.0
    start = start - math.floor(start) if math.isfinite(start) else 0.0  # hostile input: from 1e308turn
    atan2, floor, tau = math.atan2, math.floor, 2.0 * math.pi
    last = _STEPS - 1

    def shader(x0: int, y: int, n: int) -> bytes:
        charge_paint(n * PAINT_WORK_SHADED_CONIC)  # an angle a pixel in Python (spec/limits.md)
        py = y + 0.5
        # the paint-space offset from the centre of pixel x0, and its step per pixel
        dx, dy = a * (x0 + 0.5) + c * py + ex, b * (x0 + 0.5) + d * py + ey
        out = []
        for _ in range(n):
            turn = atan2(dx, -dy) / tau - start  # 0 up, a quarter turn to the right, ...
            index = floor((turn - floor(turn)) * _STEPS)
            out.append(table[index if index <= last else last])
            dx += a
            dy += b
        return b"".join(out)

    return shader


_TABLES: dict[tuple[object, ...], list[bytes]] = {}
_MAX_TABLES = 64


def _table(paint: ConicGradientPaint) -> list[bytes]:
    """The colour at each of ``_STEPS`` positions of one turn (premultiplied RGBA8 pixels), kept per
    stop list: a tiled or repeated gradient asks for the same table once per tile."""
    key = (paint.stops, paint.repeating)
    table = _TABLES.get(key)
    if table is None:
        floor = math.floor
        table = [bytes(max(0, min(255, floor(v + 0.5))) for v in paint.premultiplied_at((i + 0.5) / _STEPS))
                 for i in range(_STEPS)]
        if len(_TABLES) >= _MAX_TABLES:
            _TABLES.clear()
        _TABLES[key] = table
    return table


__all__ = ["conic_shader"]


caches.register("raster.conic_tables", _TABLES)
