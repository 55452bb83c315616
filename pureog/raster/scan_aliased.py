"""Scan conversion without anti-aliasing: a path -> a full-or-empty :class:`Mask`, as tiny-skia fills
with ``anti_alias: false`` (resvg's raster images: ``fill_rect`` with the image pattern).

Two cases, as tiny-skia's ``fill_rect`` has them. Under the identity transform a rectangle is filled
as ``Rect::round()`` of its f32 edges (:func:`fill_rect_rounded`). Otherwise the rectangle becomes a path
(:func:`rasterize_aliased`): a pixel is painted when its centre is inside, with tiny-skia's tie rules:
an edge covers the scanlines
``round(y_top) .. round(y_bottom) - 1`` and a span the columns ``round(x_left) .. round(x_right) - 1``,
where ``round(v)`` is ``floor(v + 0.5)`` and crossings are taken at the scanline's centre
(``scan/path.rs``), the path's points first mapped in single precision as tiny-skia maps them
(:func:`mapped_f32`). The shapes drawn this way are few-sided (a transformed rectangle), so a plain
per-scanline crossing list is fast enough. Imports only :mod:`pureog.display`, :mod:`pureog.f32`,
:mod:`pureog.geometry`, :mod:`pureog.limits`, :mod:`pureog.path` and the raster's own flattening and
mask types; must not import style, layout, text or document.
"""

from __future__ import annotations

import math

from pureog.display import FillRule
from pureog.f32 import f32
from pureog.geometry import Affine
from pureog.limits import check_deadline
from pureog.path import Path, PathBuilder
from pureog.raster.flatten import Polyline
from pureog.raster.scan import Box, Mask


def _round(v: float) -> int:
    return math.floor(v + 0.5)


def axis_rect(path: Path) -> tuple[float, float, float, float] | None:
    """``(x, y, width, height)`` when ``path`` is exactly a ``rect_path`` (M, three L, Z), else None."""
    segs = path.segments
    if len(segs) != 5 or segs[0][0] != "M" or segs[4][0] != "Z" or any(s[0] != "L" for s in segs[1:4]):
        return None
    x0, y0, x1, y1, x2, y2, x3, y3 = (float(v) for s in segs[:4] for v in s[1:3])  # type: ignore[arg-type]
    if not (y1 == y0 and x2 == x1 and y3 == y2 and x3 == x0 and x1 > x0 and y2 > y0):
        return None
    return (x0, y0, x1 - x0, y2 - y0)


def fill_rect_rounded(rect: tuple[float, float, float, float], clip_box: Box) -> Mask | None:
    """tiny-skia's non-anti-aliased ``fill_rect`` under the identity transform: the f32 rectangle's
    ``Rect::round()``, whose "round" is ``floor(v) + 0.5`` cast to an integer (a floor for positive
    values, one more for negative ones) and whose width is ``right - left`` in f32: x 34.2 and width
    30 give 29.99999 there, so 29 columns, while x 21.2 gives 30. Width and height are at least 1."""
    x, y = f32(rect[0]), f32(rect[1])
    width, height = f32(f32(x + f32(rect[2])) - x), f32(f32(y + f32(rect[3])) - y)
    if not all(math.isfinite(v) for v in (x, y, width, height)):
        return None

    def round_down(v: float) -> int:
        return int(math.floor(v) + 0.5)  # Rust `as i32` truncates toward zero

    left, top = round_down(x), round_down(y)
    right, bottom = left + max(1, round_down(width)), top + max(1, round_down(height))
    cx0, cy0, cx1, cy1 = clip_box
    left, top, right, bottom = max(left, cx0), max(top, cy0), min(right, cx1), min(bottom, cy1)
    if right <= left or bottom <= top:
        return None
    row = b"\xff" * (right - left)
    return Mask(left, top, right - left, bottom - top, [row] * (bottom - top))


def _crossings(polylines: list[Polyline], y0: int, y1: int) -> dict[int, list[tuple[float, int]]]:
    """Per scanline in ``y0 .. y1 - 1``: (x at the scanline's centre, winding direction) of each edge."""
    rows: dict[int, list[tuple[float, int]]] = {}
    for poly in polylines:
        n = len(poly) >> 1
        for i in range(n):
            ax, ay = poly[2 * i], poly[2 * i + 1]
            j = (i + 1) % n
            bx, by = poly[2 * j], poly[2 * j + 1]
            if ay == by or not all(map(math.isfinite, (ax, ay, bx, by))):  # hostile input: no edge
                continue
            winding = 1 if by > ay else -1
            (tx, ty), (ux, uy) = ((ax, ay), (bx, by)) if by > ay else ((bx, by), (ax, ay))
            first, last = max(_round(ty), y0), min(_round(uy), y1)
            slope = (ux - tx) / (uy - ty)
            for row in range(first, last):
                rows.setdefault(row, []).append((tx + (row + 0.5 - ty) * slope, winding))
    return rows


def mapped_f32(path: Path, m: Affine) -> Path | None:
    """``path`` (straight segments only) mapped through ``m`` as tiny-skia's ``Transform::map_points``
    maps it before an aliased fill: in single precision, ``x * sx + tx`` without a skew (each operation
    rounded), so an edge that lands on a pixel centre in exact arithmetic falls where f32 puts it (a
    picture at x = 68 under ``scale(1.42)`` about x = 93: 57.5 exactly, 57.499996 in f32, which rounds
    to 57 and paints that column). None for a path with curves (left to :func:`flatten`)."""
    a, b, c, d, e, f = (f32(v) for v in (m.a, m.b, m.c, m.d, m.e, m.f))
    skew = b != 0.0 or c != 0.0

    def pt(x: float, y: float) -> tuple[float, float]:
        x, y = f32(x), f32(y)
        if skew:
            return (f32(f32(f32(x * a) + f32(y * c)) + e), f32(f32(f32(x * b) + f32(y * d)) + f))
        return (f32(f32(x * a) + e), f32(f32(y * d) + f))

    out = PathBuilder()
    for seg in path.segments:
        verb = seg[0]
        if verb == "M":
            out.move_to(*pt(float(seg[1]), float(seg[2])))  # type: ignore[arg-type]
        elif verb == "L":
            out.line_to(*pt(float(seg[1]), float(seg[2])))  # type: ignore[arg-type]
        elif verb == "Z":
            out.close()
        else:
            return None
    return out.build()


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


__all__ = ["axis_rect", "fill_rect_rounded", "rasterize_aliased"]
