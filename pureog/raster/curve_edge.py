"""tiny-skia's curve edges: a device-space Bézier -> the exact polyline its scan converter walks.

Role: resvg fills every curve through tiny-skia 0.8's edge builder, which does not flatten by a
tolerance: a cubic is chopped at its y extrema (``chop_cubic_at_y_extrema``, f32 arithmetic), each
y-monotonic piece is converted to 26.6 fixed point at the anti-aliasing scale (4x, so a unit is
1/256 px) and stepped by forward differencing in 16.16 (``CubicEdge``: ``2^shift`` steps with
``shift`` from the control points' distance to the chord); quadratics likewise (``QuadraticEdge``).
The line pieces between those fixed-point steps are what the scanline walker samples. This module
reproduces that arithmetic integer for integer and returns the step points as floats that are exact
multiples of 1/256 px, so :mod:`pureog.raster.scan` (which sets up 26.6 lines by truncating
``v * 256``, as tiny-skia's ``LineEdge`` does) sees the very same lines.

Input: the segment's device points (already transformed). Output: a flat ``[x0, y0, x1, y1, ...]``
from the first point to the last, in the segment's own direction. Ported from tiny-skia 0.8.3
``edge.rs`` and ``path_geometry.rs`` (BSD-3-Clause, after Skia). Imports only :mod:`pureog.f32`.
"""

from __future__ import annotations

import math
from array import array

from pureog.f32 import f32

# 1 << (SHIFT + 6): device px -> 26.6 fixed point in the 4x supersampled space.
_SCALE = 256.0
_AA_SHIFT = 2
_MAX_COEFF_SHIFT = 6


def _f32_list(values: tuple[float, ...]) -> list[float]:
    """Several values rounded to f32 at once (``array('f')`` does the rounding in C)."""
    try:
        return array("f", values).tolist()
    except OverflowError:
        return [f32(v) for v in values]


def _fdot6(v: float) -> int:
    """Rust ``(v * 256.0) as i32`` for an f32 ``v``: truncation toward zero, saturating, NaN -> 0."""
    s = v * _SCALE
    if s != s:
        return 0
    if s >= 2147483647.0:
        return 2147483647
    if s <= -2147483648.0:
        return -2147483648
    return int(s)


# --- chop_cubic_at_y_extrema (tiny-skia path_geometry.rs), f32 arithmetic -------------------------


def valid_unit_divide(numer: float, denom: float) -> float | None:
    """``valid_unit_divide``: numer / denom in f32 when it lies strictly inside (0, 1), else None."""
    if numer < 0.0:
        numer, denom = -numer, -denom
    if denom == 0.0 or numer == 0.0 or numer >= denom:
        return None
    r = f32(numer / denom)
    return r if 0.0 < r < 1.0 else None


def unit_quad_roots(a: float, b: float, c: float) -> list[float]:
    """``find_unit_quad_roots``: the roots in (0, 1) of a t^2 + b t + c (f32 inputs), sorted."""
    if a == 0.0:
        r = valid_unit_divide(-c, b)
        return [] if r is None else [r]
    dr = b * b - 4.0 * a * c  # in f64, as tiny-skia does to avoid overflow
    if dr < 0.0:
        return []
    root = f32(math.sqrt(dr))
    if not math.isfinite(root):
        return []
    q = f32(-f32(b - root) / 2.0) if b < 0.0 else f32(-f32(b + root) / 2.0)
    roots = [r for r in (valid_unit_divide(q, a), valid_unit_divide(c, q)) if r is not None]
    if len(roots) == 2:
        if roots[0] > roots[1]:
            roots.reverse()
        elif roots[0] == roots[1]:
            roots.pop()
    return roots


def _cubic_y_extrema(a: float, b: float, c: float, d: float) -> list[float]:
    if a <= b <= c <= d or a >= b >= c >= d:
        return []  # monotonic control points: the derivative keeps its sign, no extremum inside
    na = f32(f32(d - a) + f32(3.0 * f32(b - c)))
    nb = f32(2.0 * f32(f32(f32(a - b) - b) + c))
    nc = f32(b - a)
    return unit_quad_roots(na, nb, nc)


def interp(v0: float, v1: float, t: float) -> float:
    """tiny-skia's ``interp`` in f32: ``v0 + (v1 - v0) * t``."""
    return f32(v0 + f32(f32(v1 - v0) * t))


def _chop_cubic(src: list[float], t: float) -> list[float]:
    """``chop_cubic_at2``: 7 points (flat x, y list) of the two halves at ``t``."""
    out: list[float] = []
    halves: list[list[float]] = [[], [], [], [], [], [], []]
    for k in (0, 1):
        p0, p1, p2, p3 = src[k], src[k + 2], src[k + 4], src[k + 6]
        ab = interp(p0, p1, t)
        bc = interp(p1, p2, t)
        cd = interp(p2, p3, t)
        abc = interp(ab, bc, t)
        bcd = interp(bc, cd, t)
        abcd = interp(abc, bcd, t)
        for i, v in enumerate((p0, ab, abc, abcd, bcd, cd, p3)):
            halves[i].append(v)
    for x, y in halves:
        out += (x, y)
    return out


def _chop_cubic_at_y_extrema(src: list[float]) -> list[list[float]]:
    """The y-monotonic pieces (8 floats each) of a cubic given as 8 f32 values."""
    ts = _cubic_y_extrema(src[1], src[3], src[5], src[7])
    if not ts:
        return [src]
    dst = _chop_cubic(src, ts[0])
    if len(ts) == 2:
        rest = dst[6:14]
        t = valid_unit_divide(f32(ts[1] - ts[0]), f32(1.0 - ts[0]))
        if t is None:  # a degenerate clump at the end point
            dst = dst[:14] + [rest[6], rest[7]] * 3
        else:
            dst = dst[:6] + _chop_cubic(rest, t)
    # Flatten the y extrema so that each piece is monotonic.
    dst[5] = dst[9] = dst[7]
    if len(ts) == 2:
        dst[11] = dst[15] = dst[13]
    return [dst[i * 6 : i * 6 + 8] for i in range(len(ts) + 1)]


# --- CubicEdge / QuadraticEdge (tiny-skia edge.rs), fixed point ----------------------------------


def _cheap_distance(dx: int, dy: int) -> int:
    dx, dy = abs(dx), abs(dy)
    return dx + (dy >> 1) if dx > dy else dy + (dx >> 1)


def _diff_to_shift(dx: int, dy: int, shift_aa: int) -> int:
    dist = (_cheap_distance(dx, dy) + (1 << 4)) >> (3 + shift_aa)
    return dist.bit_length() >> 1


def _cubic_steps(x0: int, y0: int, x1: int, y1: int, x2: int, y2: int, x3: int, y3: int) -> list[int]:
    """``CubicEdge`` on a monotonic piece in 26.6 (top to bottom): the 26.6 step points, flat."""
    # _diff_to_shift(_cubic_delta_from_line(x...), _cubic_delta_from_line(y...), 2) + 1, written out: four
    # calls a piece (a glyph has ~30 pieces, a new text rasterizes every glyph, bench/README.md,
    # fifty-ninth pass)
    dx = max(abs(((x0 * 8 - x1 * 15 + 6 * x2 + x3) * 19) >> 9), abs(((x0 + 6 * x1 - x2 * 15 + x3 * 8) * 19) >> 9))
    dy = max(abs(((y0 * 8 - y1 * 15 + 6 * y2 + y3) * 19) >> 9), abs(((y0 + 6 * y1 - y2 * 15 + y3 * 8) * 19) >> 9))
    shift = (((dx + (dy >> 1) if dx > dy else dy + (dx >> 1)) + (1 << 4)) >> 5).bit_length() >> 1
    shift = shift + 1 if shift < _MAX_COEFF_SHIFT else _MAX_COEFF_SHIFT
    up_shift = 6
    down_shift = shift + up_shift - 10
    if down_shift < 0:
        down_shift = 0
        up_shift = 10 - shift
    out = [x0, y0]
    cx, cy = x0 << 10, y0 << 10
    bx = (3 * (x1 - x0)) << up_shift
    qx = (3 * (x0 - x1 - x1 + x2)) << up_shift
    kx = (x3 + 3 * (x1 - x2) - x0) << up_shift
    by = (3 * (y1 - y0)) << up_shift
    qy = (3 * (y0 - y1 - y1 + y2)) << up_shift
    ky = (y3 + 3 * (y1 - y2) - y0) << up_shift
    cdx = bx + (qx >> shift) + (kx >> (2 * shift))
    cddx = 2 * qx + ((3 * kx) >> (shift - 1))
    cdddx = (3 * kx) >> (shift - 1)
    cdy = by + (qy >> shift) + (ky >> (2 * shift))
    cddy = 2 * qy + ((3 * ky) >> (shift - 1))
    cdddy = (3 * ky) >> (shift - 1)
    for _ in range((1 << shift) - 1):
        nx = cx + (cdx >> down_shift)
        cdx += cddx >> shift
        cddx += cdddx
        ny = cy + (cdy >> down_shift)
        cdy += cddy >> shift
        cddy += cdddy
        if ny < cy:  # finite fixed point is not always monotonic: pinned as tiny-skia does
            ny = cy
        out += (nx >> 10, ny >> 10)
        cx, cy = nx, ny
    last_y = y3 << 10
    out += (x3, (max(last_y, cy)) >> 10)
    return out


def _quad_steps(x0: int, y0: int, x1: int, y1: int, x2: int, y2: int) -> list[int]:
    """``QuadraticEdge`` on a monotonic piece in 26.6 (top to bottom): the 26.6 step points, flat."""
    shift = _diff_to_shift(((x1 << 1) - x0 - x2) >> 2, ((y1 << 1) - y0 - y2) >> 2, _AA_SHIFT)
    shift = 1 if shift == 0 else min(shift, _MAX_COEFF_SHIFT)
    a = (x0 - x1 - x1 + x2) << 9  # fdot6_to_fixed_div2: half the real value
    b = (x1 - x0) << 10
    qx, qdx, qddx = x0 << 10, b + (a >> shift), a >> (shift - 1)
    a = (y0 - y1 - y1 + y2) << 9
    b = (y1 - y0) << 10
    qy, qdy, qddy = y0 << 10, b + (a >> shift), a >> (shift - 1)
    curve_shift = shift - 1
    out = [x0, y0]
    for _ in range((1 << shift) - 1):
        qx += qdx >> curve_shift
        qdx += qddx
        qy += qdy >> curve_shift
        qdy += qddy
        out += (qx >> 10, qy >> 10)
    out += (x2, y2)
    return out


def _oriented(steps: list[int], reversed_: bool) -> list[float]:
    pts = [v / _SCALE for v in steps]
    if not reversed_:
        return pts
    out: list[float] = []
    for i in range(len(pts) - 2, -1, -2):
        out += (pts[i], pts[i + 1])
    return out


def cubic_points(x0: float, y0: float, x1: float, y1: float, x2: float, y2: float, x3: float, y3: float) -> list[float]:
    """The polyline tiny-skia's scan converter walks for this device-space cubic."""
    src = _f32_list((x0, y0, x1, y1, x2, y2, x3, y3))
    out: list[float] = []
    for piece in _chop_cubic_at_y_extrema(src):
        out += cubic_piece_points(piece)
    return out


def cubic_fixed(xs: list[int], ys: list[int], x0: float, y0: float, x1: float, y1: float, x2: float, y2: float,
                x3: float, y3: float) -> None:
    """:func:`cubic_points` in 1/256 px (the step points before their division by 256, which
    :func:`pureog.raster.scan.rasterize` multiplies back), appended to ``xs`` and ``ys``. The caller
    makes sure every value lies in ``[0, 2^22)`` (``_fdot6`` is then ``int(v * 256)``: the f32 roundings
    and the chop's interpolations stay within the control points' range)."""
    for piece in _chop_cubic_at_y_extrema(_f32_list((x0, y0, x1, y1, x2, y2, x3, y3))):
        p0, p1, p2, p3, p4, p5, p6, p7 = [int(v * _SCALE) for v in piece]
        if p1 > p7:  # stepped top to bottom, then read backwards (:func:`_oriented`)
            steps = _cubic_steps(p6, p7, p4, p5, p2, p3, p0, p1)
            xs += steps[-2::-2]
            ys += steps[-1::-2]
        else:
            steps = _cubic_steps(p0, p1, p2, p3, p4, p5, p6, p7)
            xs += steps[0::2]
            ys += steps[1::2]


def cubic_piece_points(piece: list[float] | tuple[float, ...]) -> list[float]:
    """``CubicEdge`` of a piece the edge builder already chopped (8 f32 values, monotonic in y)."""
    p = [_fdot6(v) for v in piece]
    if p[1] > p[7]:  # the edge runs top to bottom: swap the ends, step, then restore the direction
        return _oriented(_cubic_steps(p[6], p[7], p[4], p[5], p[2], p[3], p[0], p[1]), True)
    return _oriented(_cubic_steps(*p), False)


def monotonic_steps(piece: list[float] | tuple[float, ...]) -> list[int]:
    """The step points (1/256 px, flat ``[x0, y0, ...]``, top to bottom) of a y-monotonic quadratic (6
    f32 values) or cubic (8) as Skia's ``SkQuadraticEdge`` / ``SkCubicEdge`` walk it at the 4x
    anti-aliasing scale, whichever way the piece runs (Skia's analytic AA steps its curves so too)."""
    p = [_fdot6(v) for v in piece]
    if len(p) == 6:
        return _quad_steps(p[4], p[5], p[2], p[3], p[0], p[1]) if p[1] > p[5] else _quad_steps(*p)
    return _cubic_steps(p[6], p[7], p[4], p[5], p[2], p[3], p[0], p[1]) if p[1] > p[7] else _cubic_steps(*p)


def chop_quad_at_y_extrema(src: list[float]) -> list[list[float]]:
    """A quadratic (6 f32 values) cut at its y extremum: the y-monotonic pieces the edge builder steps."""
    return _chop_quad_at_y_extrema(src)


def chop_cubic_at_y_extrema(src: list[float]) -> list[list[float]]:
    """A cubic (8 f32 values) cut at its y extrema: the y-monotonic pieces the edge builder steps."""
    return _chop_cubic_at_y_extrema(src)


def f32_points(values: tuple[float, ...]) -> list[float]:
    """Device coordinates rounded to f32, as the edge builders read them."""
    return _f32_list(values)


def _chop_quad_at_y_extrema(src: list[float]) -> list[list[float]]:
    a, b, c = src[1], src[3], src[5]
    ab = f32(a - b)
    bc = f32(b - c)
    if ab < 0.0:
        bc = -bc
    if ab == 0.0 or bc < 0.0:  # not monotonic
        t = valid_unit_divide(ab, f32(f32(ab - b) + c))
        if t is not None:
            p0x, p0y, p1x, p1y, p2x, p2y = src
            p01x, p01y = interp(p0x, p1x, t), interp(p0y, p1y, t)
            p12x, p12y = interp(p1x, p2x, t), interp(p1y, p2y, t)
            mx, my = interp(p01x, p12x, t), interp(p01y, p12y, t)
            # flatten the double extremum: both control points at the split's y
            return [[p0x, p0y, p01x, my, mx, my], [mx, my, p12x, my, p2x, p2y]]
        b = a if abs(ab) < abs(bc) else c
        return [[src[0], a, src[2], b, src[4], c]]
    return [src]


def quad_points(x0: float, y0: float, x1: float, y1: float, x2: float, y2: float) -> list[float]:
    """The polyline tiny-skia's scan converter walks for this device-space quadratic."""
    src = _f32_list((x0, y0, x1, y1, x2, y2))
    out: list[float] = []
    for piece in _chop_quad_at_y_extrema(src):
        out += quad_piece_points(piece)
    return out


def quad_piece_points(piece: list[float] | tuple[float, ...]) -> list[float]:
    """``QuadraticEdge`` of a piece the edge builder already chopped (6 f32 values, monotonic in y)."""
    p = [_fdot6(v) for v in piece]
    if p[1] > p[5]:
        return _oriented(_quad_steps(p[4], p[5], p[2], p[3], p[0], p[1]), True)
    return _oriented(_quad_steps(*p), False)
