"""A glyph outline's edges as Skia's analytic anti-aliasing (AAA) walks them: for Chromium's text.

Role: ``aaa_polylines(path, m) -> [Polyline]``, closed device-space polylines for
:func:`pureog.raster.area_scan.area_mask`. Chromium loads web fonts through Skia's Fontations
backend, which makes every glyph mask from the glyph's path (``forceGenerateImageFromPath``), and
Skia fills a path that small with its analytic rasterizer: the exact area of each pixel under the
edges (what :mod:`area_scan` computes), but of edges whose geometry AAA has already moved
(``SkAnalyticEdge``):

* a line's ends keep their x (in 1/256 px) and have their y rounded to the nearest quarter pixel;
* a curve is cut at its y extrema and stepped as the supersampler steps it at the 4x scale
  (:func:`pureog.raster.curve_edge.monotonic_steps`); its first and last points are snapped as a
  line's, and each step between them too, except that a step over 2 px tall puts its point on the
  nearest whole-pixel row instead, slid along the step's own slope from the previous snapped point
  (quadratics only; a cubic's steps are quarter-snapped).

Near-horizontal curve pieces, the tops and bottoms of round letters, are where the difference shows:
up to 1/8 px of height on those rows, ~25/255 of a pixel's coverage. Must not import style, layout,
text or document.
"""

from __future__ import annotations

import math

from pureog.geometry import Affine
from pureog.path import Path
from pureog.raster.curve_edge import chop_cubic_at_y_extrema, chop_quad_at_y_extrema, f32_points, monotonic_steps

Polyline = list[float]

_UNIT = 1.0 / 256.0  # the edge builder's fixed-point step at the 4x scale: 26.6 of a quarter pixel
_STEEP = 2.0  # px: a quadratic's step at least this tall is snapped to a whole-pixel row


def _snap_y(y: float) -> float:
    """SkAnalyticEdge's ``SnapY``: to the nearest quarter pixel, halves up."""
    return math.floor(y * 4.0 + 0.5) / 4.0


def _fixed(v: float) -> float:
    """A device coordinate as the edge builder reads it: 1/256 px, truncated toward zero."""
    return int(v * 256.0) * _UNIT


def _snapped_steps(piece: list[float], quadratic: bool) -> list[float]:
    """The snapped points of one y-monotonic curve piece, top to bottom, flat."""
    steps = monotonic_steps(piece)
    xs = [v * _UNIT for v in steps[0::2]]
    ys = [v * _UNIT for v in steps[1::2]]
    last_y = _snap_y(ys[-1])
    sx, sy = xs[0], _snap_y(ys[0])
    out = [sx, sy]
    for i in range(1, len(xs) - 1):
        nx, ny = xs[i], ys[i]
        if quadratic and abs(ny - ys[i - 1]) >= _STEEP:
            snapped_y = min(last_y, math.floor(ny + 0.5))
            snapped_x = nx if ny == sy else nx - (nx - sx) / (ny - sy) * (ny - snapped_y)
        else:
            snapped_y = min(last_y, _snap_y(ny)) if quadratic else _snap_y(ny)
            snapped_x = nx
        out += (snapped_x, snapped_y)
        sx, sy = snapped_x, snapped_y
    out += (xs[-1], last_y)
    return out


def _curve(src: list[float], quadratic: bool) -> list[float]:
    """A curve's snapped points in its own direction, without its first point."""
    pieces = chop_quad_at_y_extrema(src) if quadratic else chop_cubic_at_y_extrema(src)
    out: list[float] = []
    for piece in pieces:
        pts = _snapped_steps(piece, quadratic)
        if piece[1] > piece[-1]:  # stepped top to bottom: back to the piece's own direction
            pts = [v for i in range(len(pts) - 2, -1, -2) for v in (pts[i], pts[i + 1])]
        out += pts[2:]
    return out


def aaa_polylines(path: Path, m: Affine) -> list[Polyline]:
    """Closed device-space polylines of ``path`` under ``m`` with AAA's edge geometry."""
    a, b, c, d, e, f = m.a, m.b, m.c, m.d, m.e, m.f
    coords: list[float] = [v for seg in path.segments for v in seg[1:]]  # type: ignore[misc]
    xs, ys = coords[0::2], coords[1::2]
    # every point mapped, then rounded to f32 at once (the edge builder reads f32 device points)
    flat = f32_points(tuple(v for x, y in zip(xs, ys, strict=True) for v in (a * x + c * y + e, b * x + d * y + f)))
    out: list[Polyline] = []
    cur: Polyline = []
    px = py = sx = sy = 0.0  # the current point and the subpath's start, device px (f32)
    at = 0  # the segment's first point in ``flat``
    for seg in path.segments:
        verb = seg[0]
        pts = flat[at:at + len(seg) - 1]
        at += len(seg) - 1
        if verb == "M":
            if len(cur) >= 4:
                out.append(cur)
            px, py = sx, sy = pts[0], pts[1]
            cur = [_fixed(px), _snap_y(_fixed(py))]
            continue
        if verb == "Z":
            if len(cur) >= 4:
                out.append(cur)
            cur = []
            px, py = sx, sy
            continue
        if not cur:
            cur = [_fixed(sx), _snap_y(_fixed(sy))]
        if verb == "L":
            px, py = pts[0], pts[1]
            cur += (_fixed(px), _snap_y(_fixed(py)))
        elif verb in ("Q", "C"):
            cur += _curve([px, py, *pts], verb == "Q")
            px, py = pts[-2], pts[-1]
    if len(cur) >= 4:
        out.append(cur)
    return out
