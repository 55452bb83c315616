"""Exact-area scan conversion: closed device-space polylines -> each pixel's covered area, for glyphs
drawn as Chromium draws text on Linux.

Role: ``area_mask(polylines, fill_rule, clip_box) -> Mask | None``. Where :mod:`pureog.raster.scan`
reproduces tiny-skia's 4x4 supersampling (resvg: Next.js's glyphs, coverage in steps of a quarter
pixel across an edge), Chromium's glyph coverage is the exact area of each pixel inside the outline in
1/256ths (Skia's analytic anti-aliasing, of edges :mod:`pureog.raster.aaa_edges` builds; FreeType's
rasterizer gives the same of the unsnapped outline). The two differ by up to ~1/8 of a pixel on most edge
pixels, which alone puts 3-7 % of a text card's pixels more than 8/255 off a Chromium screenshot.

Algorithm (the signed-area accumulation FreeType's "gray" rasterizer and font-rs use): every edge adds,
for each pixel row it crosses, the height it spans there to an accumulation row, split between the
column it crosses (the share of that pixel right of the edge) and the next one; a running sum along the
row is then each pixel's signed covered area. Nonzero clamps its magnitude to one pixel, even-odd
folds it, as FreeType does; a byte is the area in 1/256ths, 256 clamped to 255. Overlapping contours
of one direction saturate rather than count windings per sample, as in FreeType.

Performance: glyph masks are small and cached by the caller (:mod:`pureog.raster.path_mask`); the
running sums use ``itertools.accumulate`` (a C loop) per row.
Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
from itertools import accumulate

from pureog.display import FillRule
from pureog.limits import PAINT_WORK_CROSSING, charge_paint, paint_budget_exceeded, paint_work_left
from pureog.raster.flatten import Polyline, bounds
from pureog.raster.mask_geometry import crop
from pureog.raster.scan import Mask

Box = tuple[int, int, int, int]

_ROW_WORK = 4 * PAINT_WORK_CROSSING
"""An edge's crossing of a pixel row, as four quarter-pixel scanlines."""

MAX_SIDE = 512
"""px: the largest mask side drawn by area (the accumulation rows hold a float a pixel); callers draw
larger shapes with the supersampling scan converter."""


def area_mask(polylines: list[Polyline], fill_rule: FillRule, clip_box: Box) -> Mask | None:
    """Coverage of the closed polylines' interior within ``clip_box`` (x0, y0, x1, y1), as exact pixel
    areas (see the module docstring); None when nothing is covered or the shape is wider or taller than
    :data:`MAX_SIDE` (see :func:`fits`)."""
    bb = bounds(polylines)
    if bb is None:
        return None
    fx0, fy0, fx1, fy1 = bb
    if not (fx0 == fx0 and fy0 == fy0 and fx1 == fx1 and fy1 == fy1):
        return None
    x0, y0 = math.floor(fx0), math.floor(fy0)
    x1, y1 = math.ceil(fx1), math.ceil(fy1)
    width, height = x1 - x0, y1 - y0
    if width <= 0 or height <= 0 or width > MAX_SIDE or height > MAX_SIDE:
        return None
    stride = width + 2  # one spare column takes the share right of an edge on the last pixel
    acc = [0.0] * (stride * height)
    # Each pixel row an edge crosses is charged to the paint budget as the supersampling scan converter
    # charges its four sub-row crossings (limits.PAINT_WORK_CROSSING each; ~0.6 us here), checked as they
    # are made: a glyph of 10,000 tall bars at one place, 480 px high, crossed 9.6 million rows in 6.9 s
    # uncharged where the same glyph drawn as Next draws it stops at the paint budget.
    left = paint_work_left()
    room = -1 if left is None else left // _ROW_WORK
    crossed = 0
    for line in polylines:
        n = len(line)
        if n < 6:
            continue
        px, py = line[n - 2] - x0, line[n - 1] - y0
        for i in range(0, n, 2):
            qx, qy = line[i] - x0, line[i + 1] - y0
            if py != qy:
                crossed += _accumulate_edge(acc, stride, px, py, qx, qy)
                if crossed > room >= 0:
                    raise paint_budget_exceeded()
            px, py = qx, qy
    charge_paint(crossed * _ROW_WORK)
    rows = _coverage_rows(acc, stride, width, height, fill_rule)
    if all(row is None for row in rows):
        return None
    return crop(Mask(x0, y0, width, height, rows), clip_box)


def fits(polylines: list[Polyline]) -> bool:
    """Whether :func:`area_mask` draws these polylines (their box within :data:`MAX_SIDE` a side)."""
    bb = bounds(polylines)
    return bb is not None and bb[2] - bb[0] < MAX_SIDE - 1 and bb[3] - bb[1] < MAX_SIDE - 1


def _accumulate_edge(acc: list[float], stride: int, x0: float, y0: float, x1: float, y1: float) -> int:
    """Add one edge's signed area to the accumulation rows (coordinates relative to the mask); the
    number of rows it crosses."""
    sign = 1.0
    if y0 > y1:  # walk downwards; the sign keeps the edge's direction
        x0, y0, x1, y1 = x1, y1, x0, y0
        sign = -1.0
    dxdy = (x1 - x0) / (y1 - y0)
    row = math.floor(y0)
    last = math.ceil(y1)
    while row < last:
        ya = y0 if y0 > row else float(row)
        yb = y1 if y1 < row + 1 else float(row + 1)
        if yb > ya:
            xa = x0 + (ya - y0) * dxdy
            xb = x0 + (yb - y0) * dxdy
            _accumulate_span(acc, row * stride, xa, xb, (yb - ya) * sign)
        row += 1
    return last - math.floor(y0)


def _accumulate_span(acc: list[float], base: int, xa: float, xb: float, dy: float) -> None:
    """One edge's piece within a pixel row, from x ``xa`` to ``xb`` over the signed height ``dy``: each
    column it crosses gets the share of its height right of the edge, the next column the rest (so the
    running sum carries the full height to every pixel further right)."""
    if xa > xb:
        xa, xb = xb, xa
    col = math.floor(xa)
    end = math.floor(xb)
    if col == end or xb == end:  # within one column (or ending on its right boundary)
        mid = (xa + xb) * 0.5 - col
        acc[base + col] += dy * (1.0 - mid)
        acc[base + col + 1] += dy * mid
        return
    per_x = dy / (xb - xa)
    left = xa
    while col <= end:
        right = xb if xb < col + 1 else float(col + 1)
        if right > left:
            part = (right - left) * per_x
            mid = (left + right) * 0.5 - col
            acc[base + col] += part * (1.0 - mid)
            acc[base + col + 1] += part * mid
        left = right
        col += 1


def _coverage_rows(acc: list[float], stride: int, width: int, height: int,
                   fill_rule: FillRule) -> list[bytes | None]:  # fmt: skip
    """The running sums of each accumulation row as coverage bytes (FreeType's 1/256ths, 256 -> 255)."""
    even_odd = fill_rule == FillRule.EVENODD
    rows: list[bytes | None] = []
    for r in range(height):
        sums = accumulate(acc[r * stride:r * stride + width])
        if even_odd:
            row = bytes(_even_odd_byte(v) for v in sums)
        else:
            row = bytes(min(255, int(abs(v) * 256.0)) for v in sums)
        rows.append(row if row.count(0) != width else None)
    return rows


def _even_odd_byte(area: float) -> int:
    """FreeType's even-odd fold of a signed area (in pixels) to a coverage byte."""
    units = int(abs(area) * 256.0) & 511
    if units > 256:
        units = 512 - units
    return min(255, units)

