"""Scan conversion without anti-aliasing: closed device-space polylines -> a full-or-empty :class:`Mask`.

Role: the fill resvg uses where its paint is not anti-aliased (a raster image drawn under a transform:
tiny-skia's ``fill_rect`` with a transform becomes ``fill_path`` with ``anti_alias: false``). A pixel is
painted when its centre is inside the path, with tiny-skia's tie rules: an edge covers the scanlines
``round(y_top) .. round(y_bottom) - 1`` and a span the columns ``round(x_left) .. round(x_right) - 1``,
where ``round(v)`` is ``floor(v + 0.5)`` and crossings are taken at the scanline's centre
(``scan/path.rs``). The shapes drawn this way are few-sided (a transformed rectangle), so a plain
per-scanline crossing list is fast enough. Imports only :mod:`pureog.display`, :mod:`pureog.limits`
and the raster's own flattening and mask types; must not import style, layout, text or document.
"""

from __future__ import annotations

import math

from pureog.display import FillRule
from pureog.limits import check_deadline
from pureog.raster.flatten import Polyline
from pureog.raster.scan import Box, Mask


def _round(v: float) -> int:
    return math.floor(v + 0.5)


def _crossings(polylines: list[Polyline], y0: int, y1: int) -> dict[int, list[tuple[float, int]]]:
    """Per scanline in ``y0 .. y1 - 1``: (x at the scanline's centre, winding direction) of each edge."""
    rows: dict[int, list[tuple[float, int]]] = {}
    for poly in polylines:
        n = len(poly) >> 1
        for i in range(n):
            ax, ay = poly[2 * i], poly[2 * i + 1]
            j = (i + 1) % n
            bx, by = poly[2 * j], poly[2 * j + 1]
            if ay == by or not (math.isfinite(ay) and math.isfinite(by)):
                continue
            winding = 1 if by > ay else -1
            (tx, ty), (ux, uy) = ((ax, ay), (bx, by)) if by > ay else ((bx, by), (ax, ay))
            first, last = max(_round(ty), y0), min(_round(uy), y1)
            slope = (ux - tx) / (uy - ty)
            for row in range(first, last):
                rows.setdefault(row, []).append((tx + (row + 0.5 - ty) * slope, winding))
    return rows


def rasterize_aliased(polylines: list[Polyline], fill_rule: FillRule, clip_box: Box) -> Mask | None:
    """Pixels whose centre lies inside the polylines (``fill_rule``), limited to ``clip_box``."""
    check_deadline()
    cx0, cy0, cx1, cy1 = clip_box
    if cx1 <= cx0 or cy1 <= cy0:
        return None
    evenodd = fill_rule == FillRule.EVENODD
    width = cx1 - cx0
    rows_out: list[bytes | None] = [None] * (cy1 - cy0)
    any_row = False
    for row, crossings in _crossings(polylines, cy0, cy1).items():
        crossings.sort()
        line = bytearray(width)
        inside = 0
        start = 0.0
        for x, winding in crossings:
            was = (inside & 1) if evenodd else inside != 0
            inside += winding
            now = (inside & 1) if evenodd else inside != 0
            if now and not was:
                start = x
            elif was and not now:
                a, b = max(_round(start), cx0), min(_round(x), cx1)
                if b > a:
                    line[a - cx0 : b - cx0] = b"\xff" * (b - a)
        if any(line):
            rows_out[row - cy0] = bytes(line)
            any_row = True
    if not any_row:
        return None
    return Mask(cx0, cy0, width, cy1 - cy0, rows_out)


__all__ = ["rasterize_aliased"]
