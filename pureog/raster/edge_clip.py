"""tiny-skia's edge clipper: the segments of a path whose bounds leave the pixmap, cut to the pixmap.

Role: tiny-skia 0.8's anti-aliased fill (``scan/path_aa.rs``) checks whether the path's bounds, rounded
out to whole pixels, lie inside the pixmap's rectangle; when they do not, its edge builder sends every
segment through ``EdgeClipper`` (``edge_clipper.rs``, ``line_clipper.rs``) before building edges:
curves are chopped at their y and x extrema, each monotonic piece is chopped at the clip's top and
bottom (the parts outside are dropped) and at its left and right (the parts outside become vertical
lines on that side). The chopped pieces have other control points than the whole curve, so the fixed
point stepping of :mod:`pureog.raster.curve_edge` walks other polylines: the coverage along the
canvas edge depends on the cut. This module reproduces the clipper in its own arithmetic: f32 for the
chops (``path_geometry.rs``), f64 for the cubic's intercepts (``path64``: a cubic root solver and a
binary search), and returns the pieces for :mod:`pureog.raster.flatten` to step.

Segments are flat tuples of f32 device coordinates: 4 values a line, 6 a quadratic, 8 a cubic.
Written after tiny-skia 0.8.4 (BSD-3-Clause, after Skia). Imports :mod:`pureog.f32` and the f32 helpers of
:mod:`pureog.raster.curve_edge` (the edge builder it feeds).
"""

from __future__ import annotations

import math
import struct

from pureog.f32 import f32
from pureog.raster.curve_edge import interp, unit_quad_roots, valid_unit_divide

Seg = tuple[float, ...]
Rect = tuple[float, float, float, float]  # left, top, right, bottom

_FLT_EPSILON = 1.1920928955078125e-07
_DBL_EPSILON = 2.220446049250313e-16
_FLT_EPSILON_HALF = _FLT_EPSILON / 2.0
_FLT_EPSILON_CUBED = f32(_FLT_EPSILON * _FLT_EPSILON * _FLT_EPSILON)
_FLT_EPSILON_INVERSE = 1.0 / _FLT_EPSILON
_SCALAR_MAX = 3.402823466e38
_SCALAR_NEARLY_ZERO = 1.0 / 4096.0
_F32 = struct.Struct("<f")
_I32 = struct.Struct("<i")


# --- f32 helpers (path_geometry.rs) -----------------------------------------------------------------








def _chop_quad(p: Seg, t: float) -> list[float]:
    """``chop_quad_at``: the 5 points (flat) of the two halves at ``t``."""
    x01, y01 = interp(p[0], p[2], t), interp(p[1], p[3], t)
    x12, y12 = interp(p[2], p[4], t), interp(p[3], p[5], t)
    return [p[0], p[1], x01, y01, interp(x01, x12, t), interp(y01, y12, t), x12, y12, p[4], p[5]]


def _chop_cubic(p: Seg, t: float) -> list[float]:
    """``chop_cubic_at2``: the 7 points (flat) of the two halves at ``t``."""
    cols = []
    for k in (0, 1):
        p0, p1, p2, p3 = p[k], p[k + 2], p[k + 4], p[k + 6]
        ab, bc, cd = interp(p0, p1, t), interp(p1, p2, t), interp(p2, p3, t)
        abc, bcd = interp(ab, bc, t), interp(bc, cd, t)
        cols.append((p0, ab, abc, interp(abc, bcd, t), bcd, cd, p3))
    out: list[float] = []
    for x, y in zip(*cols, strict=True):
        out += (x, y)
    return out


def _chop_quad_at_extrema(src: Seg, k: int) -> list[Seg]:
    """``chop_quad_at_{x,y}_extrema`` (``k`` 0: x, 1: y): 1 or 2 pieces monotonic in that axis."""
    a, b, c = src[k], src[k + 2], src[k + 4]
    ab = f32(a - b)
    bc = f32(b - c)
    if (ab < 0.0 and -bc < 0.0) or (ab >= 0.0 and bc < 0.0) or ab == 0.0:  # not monotonic
        t = valid_unit_divide(ab, f32(f32(ab - b) + c))
        if t is not None:
            d = _chop_quad(src, t)
            d[2 + k] = d[6 + k] = d[4 + k]  # flatten the double extremum
            return [tuple(d[0:6]), tuple(d[4:10])]
        b = a if abs(ab) < abs(bc) else c
    out = list(src)
    out[2 + k] = b
    return [tuple(out)]


def _cubic_extrema(a: float, b: float, c: float, d: float) -> list[float]:
    """``find_cubic_extrema``: where a cubic's coordinate turns, in (0, 1). No shortcut for monotonic
    control points: f32 roots can still fall inside (a quarter circle's end tangent gives 0.99999994,
    and the chop there changes the pieces the clipper cuts next)."""
    na = f32(f32(d - a) + f32(3.0 * f32(b - c)))
    nb = f32(2.0 * f32(f32(f32(a - b) - b) + c))
    nc = f32(b - a)
    return unit_quad_roots(na, nb, nc)


def _chop_cubic_at_extrema(src: Seg, k: int) -> list[Seg]:
    """``chop_cubic_at_{x,y}_extrema``: 1 to 3 pieces monotonic in axis ``k``, the extrema flattened."""
    ts = _cubic_extrema(src[k], src[k + 2], src[k + 4], src[k + 6])
    if not ts:
        return [src]
    dst = _chop_cubic(src, ts[0])
    if len(ts) == 2:
        t = valid_unit_divide(f32(ts[1] - ts[0]), f32(1.0 - ts[0]))
        rest = tuple(dst[6:14])
        if t is None:  # a degenerate clump at the end point
            dst = dst[:14] + [rest[6], rest[7]] * 3
        else:
            dst = dst[:6] + _chop_cubic(rest, t)
    dst[4 + k] = dst[8 + k] = dst[6 + k]
    if len(ts) == 2:
        dst[10 + k] = dst[14 + k] = dst[12 + k]
    return [tuple(dst[i * 6 : i * 6 + 8]) for i in range(len(ts) + 1)]


# --- path64: f64 intercepts of a cubic ---------------------------------------------------------------


def _f32_bits(x: float) -> int:
    """``f32_as_2s_compliment``: an f32's bits as an int that orders like the float."""
    try:
        v: int = _I32.unpack(_F32.pack(x))[0]
    except OverflowError:
        v = _I32.unpack(_F32.pack(math.copysign(math.inf, x)))[0]
    if v < 0:
        v = -(v & 0x7FFFFFFF)
    return v


def _almost_dequal_ulps(a: float, b: float) -> bool:
    if abs(a) < _SCALAR_MAX and abs(b) < _SCALAR_MAX:
        ia, ib = _f32_bits(a), _f32_bits(b)
        return ia < ib + 16 and ib < ia + 16
    return abs(a - b) / max(abs(a), abs(b)) < _FLT_EPSILON * 16.0


def _approx_zero(x: float) -> bool:
    return abs(x) < _DBL_EPSILON


def _zero_compared_to(x: float, other: float) -> bool:
    return x == 0.0 or abs(x) < abs(other * _FLT_EPSILON)


def _quad_roots_real(a: float, b: float, c: float) -> list[float]:
    def handle_zero() -> list[float]:
        if _approx_zero(b):
            return [0.0] if c == 0.0 else []
        return [-c / b]

    if a == 0.0:
        return handle_zero()
    p = b / (2.0 * a)
    q = c / a
    if _approx_zero(a) and (abs(p) > _FLT_EPSILON_INVERSE or abs(q) > _FLT_EPSILON_INVERSE):
        return handle_zero()
    p2 = p * p
    if not _almost_dequal_ulps(p2, q) and p2 < q:
        return []
    sqrt_d = math.sqrt(p2 - q) if p2 > q else 0.0
    s0, s1 = sqrt_d - p, -sqrt_d - p
    return [s0] if _almost_dequal_ulps(s0, s1) else [s0, s1]


def _push_valid_ts(s: list[float]) -> list[float]:
    t: list[float] = []
    for v in s:
        if v > -_DBL_EPSILON and v < 1.0 + _DBL_EPSILON:
            v = max(0.0, min(1.0, v))
            if not any(_approx_zero(u - v) for u in t):
                t.append(v)
    return t


def _quad_roots_valid_t(a: float, b: float, c: float) -> list[float]:
    return _push_valid_ts(_quad_roots_real(a, b, c))


def _cube_root(x: float) -> float:
    if abs(x) < _FLT_EPSILON_CUBED:
        return 0.0
    d = abs(x)
    hi = struct.unpack("<II", struct.pack("<d", d))[1]
    a: float = struct.unpack("<d", struct.pack("<II", 0, hi // 3 + 715094163))[0]
    for _ in range(3):  # Halley's iterations
        a3 = a * a * a
        a = a * (a3 + d + d) / (a3 + a3 + d)
    return -a if x < 0.0 else a


def _cubic_roots_real(a: float, b: float, c: float, d: float) -> list[float]:
    if _approx_zero(a) and _zero_compared_to(a, b) and _zero_compared_to(a, c) and _zero_compared_to(a, d):
        return _quad_roots_real(b, c, d)
    if _zero_compared_to(d, a) and _zero_compared_to(d, b) and _zero_compared_to(d, c):
        q0 = _quad_roots_real(a, b, c)
        if any(_approx_zero(v) for v in q0):
            return q0
        return [*q0, 0.0]
    if _approx_zero(a + b + c + d):
        q1 = _quad_roots_real(a, a + b, -d)
        if any(_almost_dequal_ulps(v, 1.0) for v in q1):
            return q1
        return [*q1, 1.0]
    inv_a = 1.0 / a
    a, b, c = b * inv_a, c * inv_a, d * inv_a
    a2 = a * a
    q = (a2 - b * 3.0) / 9.0
    r = (2.0 * a2 * a - 9.0 * a * b + 27.0 * c) / 54.0
    r2 = r * r
    q3 = q * q * q
    adiv3 = a / 3.0
    s: list[float] = []
    if r2 - q3 < 0.0:  # three real roots
        ratio = r / math.sqrt(q3)
        theta = math.acos(max(-1.0, min(1.0, ratio)) if ratio == ratio else 1.0)
        neg2_root_q = -2.0 * math.sqrt(q)
        s.append(neg2_root_q * math.cos(theta / 3.0) - adiv3)
        rr = neg2_root_q * math.cos((theta + 2.0 * math.pi) / 3.0) - adiv3
        if not _almost_dequal_ulps(s[0], rr):
            s.append(rr)
        rr = neg2_root_q * math.cos((theta - 2.0 * math.pi) / 3.0) - adiv3
        if not _almost_dequal_ulps(s[0], rr) and (len(s) == 1 or not _almost_dequal_ulps(s[1], rr)):
            s.append(rr)
    else:  # one real root
        aa = _cube_root(abs(r) + math.sqrt(r2 - q3))
        if r > 0.0:
            aa = -aa
        if aa != 0.0:
            aa += q / aa
        rr = aa - adiv3
        s.append(rr)
        if _almost_dequal_ulps(rr, q3):
            rr = -aa / 2.0 - adiv3
            if not _almost_dequal_ulps(s[0], rr):
                s.append(rr)
    return s


def _cubic_roots_valid_t(a: float, b: float, c: float, d: float) -> list[float]:
    s = _cubic_roots_real(a, b, c, d)
    t = _push_valid_ts(s)
    for v in s:
        if not v < 1.0 + _DBL_EPSILON and (1.0 - v) * (1.00005 - v) <= 0.0:
            if not any(_approx_zero(u - 1.0) for u in t):
                t.append(1.0)
        elif not v > -_DBL_EPSILON and (-0.00005 - v) * (0.0 - v) <= 0.0:
            if not any(_approx_zero(u) for u in t):
                t.append(0.0)
    return t


def _coefficients(a: float, b: float, c: float, d: float) -> tuple[float, float, float, float]:
    ca = d
    cb = c * 3.0
    cc = b * 3.0
    ca -= a - cc + cb
    cb += 3.0 * a - 2.0 * cc
    cc -= 3.0 * a
    return ca, cb, cc, a


class _Cubic64:
    """``Cubic64``: a cubic in f64 with tiny-skia's intercept search."""

    def __init__(self, p: Seg) -> None:
        self.p = p

    def at(self, t: float) -> tuple[float, float]:
        p = self.p
        if t == 0.0:
            return p[0], p[1]
        if t == 1.0:
            return p[6], p[7]
        one_t = 1.0 - t
        one_t2 = one_t * one_t
        a = one_t2 * one_t
        b = 3.0 * one_t2 * t
        t2 = t * t
        c = 3.0 * one_t * t2
        d = t2 * t
        return (a * p[0] + b * p[2] + c * p[4] + d * p[6], a * p[1] + b * p[3] + c * p[5] + d * p[7])

    def inflections(self) -> list[float]:
        p = self.p
        ax, ay = p[2] - p[0], p[3] - p[1]
        bx, by = p[4] - 2.0 * p[2] + p[0], p[5] - 2.0 * p[3] + p[1]
        cx = p[6] + 3.0 * (p[2] - p[4]) - p[0]
        cy = p[7] + 3.0 * (p[3] - p[5]) - p[1]
        return _quad_roots_valid_t(bx * cy - by * cx, ax * cy - ay * cx, ax * by - ay * bx)

    def binary_search(self, lo: float, hi: float, target: float, k: int) -> float:
        t = (lo + hi) / 2.0
        step = (t - lo) / 2.0
        pt = self.at(t)
        dist = pt[k] - target
        while True:
            prior_t = max(lo, t - step)
            less = self.at(prior_t)
            if less[0] - pt[0] < _FLT_EPSILON_HALF and less[1] - pt[1] < _FLT_EPSILON_HALF:
                return -1.0
            less_dist = less[k] - target
            last_step = step
            step /= 2.0
            if (dist > less_dist) if dist > 0.0 else (dist < less_dist):
                t = prior_t
            else:
                next_t = t + last_step
                if next_t > hi:
                    return -1.0
                more = self.at(next_t)
                if more[0] - pt[0] < _FLT_EPSILON_HALF and more[1] - pt[1] < _FLT_EPSILON_HALF:
                    return -1.0
                more_dist = more[k] - target
                if (dist <= more_dist) if dist > 0.0 else (dist >= more_dist):
                    continue
                t = next_t
            pt = self.at(t)
            dist = pt[k] - target
            if _approx_zero(pt[k] - target):
                break
        return t

    def intercepts(self, target: float, k: int) -> list[float]:
        """``horizontal_intersect`` (k = 1) / ``vertical_intersect`` (k = 0)."""
        p = self.p
        a, b, c, d = _coefficients(p[k], p[k + 2], p[k + 4], p[k + 6])
        roots = _cubic_roots_valid_t(a, b, c, d - target)
        for r in roots:
            if not _approx_zero(self.at(r)[k] - target):
                ts = sorted([*_quad_roots_valid_t(*_extrema_coeffs(p, k)), *self.inflections(), 0.0, 1.0])
                found: list[float] = []
                for lo, hi in zip(ts, ts[1:], strict=False):
                    if lo == hi:
                        continue
                    nt = self.binary_search(lo, hi, target, k)
                    if nt >= 0.0:
                        if len(found) >= 3:
                            return []
                        found.append(nt)
                return found
        return roots

    def chop(self, t: float) -> list[float]:
        """``chop_at``: 7 points (flat, rounded to f32 as ``to_point`` does)."""
        p = self.p
        out: list[list[float]] = []
        for k in (0, 1):
            p0, p1, p2, p3 = p[k], p[k + 2], p[k + 4], p[k + 6]
            if t == 0.5:
                col = [p0, (p0 + p1) / 2.0, (p0 + 2.0 * p1 + p2) / 4.0, (p0 + 3.0 * (p1 + p2) + p3) / 8.0,
                       (p1 + 2.0 * p2 + p3) / 4.0, (p2 + p3) / 2.0, p3]  # fmt: skip
            else:
                ab, bc, cd = p0 + (p1 - p0) * t, p1 + (p2 - p1) * t, p2 + (p3 - p2) * t
                abc, bcd = ab + (bc - ab) * t, bc + (cd - bc) * t
                col = [p0, ab, abc, abc + (bcd - abc) * t, bcd, cd, p3]
            out.append(col)
        flat: list[float] = []
        for x, y in zip(out[0], out[1], strict=True):
            flat += (f32(x), f32(y))
        return flat


def _extrema_coeffs(p: Seg, k: int) -> tuple[float, float, float]:
    a, b, c, d = p[k], p[k + 2], p[k + 4], p[k + 6]
    return (d - a + 3.0 * (b - c), 2.0 * (a - b - b + c), b - a)


def _mono_cubic_closest_t(v: tuple[float, float, float, float], x: float) -> float:
    t = 0.5
    best_t = t
    step = 0.25
    d = v[0]
    a = f32(f32(v[3] + f32(3.0 * f32(v[1] - v[2]))) - d)
    b = f32(3.0 * f32(f32(f32(v[2] - v[1]) - v[1]) + d))
    c = f32(3.0 * f32(v[1] - d))
    x = f32(x - d)
    closest = _SCALAR_MAX
    while True:
        loc = f32(f32(f32(f32(f32(a * t) + b) * t) + c) * t)
        dist = abs(f32(loc - x))
        if closest > dist:
            closest = dist
            best_t = t
        last_t = t
        t = f32(t + step) if loc < x else f32(t - step)
        step = f32(step * 0.5)
        if not (closest > 0.25 and last_t != t):
            break
    return best_t


def _chop_mono_cubic_at(src: Seg, value: float, k: int) -> list[float]:
    """``chop_mono_cubic_at_{x,y}`` of edge_clipper.rs: the f64 intercept, else the closest t."""
    cubic = _Cubic64(src)
    roots = cubic.intercepts(value, k)
    if roots:
        return cubic.chop(roots[0])
    return _chop_cubic(src, _mono_cubic_closest_t((src[k], src[k + 2], src[k + 4], src[k + 6]), value))


# --- the clipper -------------------------------------------------------------------------------------


def _pin(v: float, a: float, b: float) -> float:
    lo, hi = (a, b) if a <= b else (b, a)
    return lo if v < lo else hi if v > hi else v


def _sect_with_horizontal(p: Seg, y: float) -> float:
    if abs(f32(p[3] - p[1])) <= _SCALAR_NEARLY_ZERO:
        return f32(f32(p[0] + p[2]) * 0.5)
    return f32(_pin(p[0] + (y - p[1]) * (p[2] - p[0]) / (p[3] - p[1]), p[0], p[2]))


def _sect_clamp_with_vertical(p: Seg, x: float) -> float:
    if abs(f32(p[2] - p[0])) <= _SCALAR_NEARLY_ZERO:
        y = f32(f32(p[1] + p[3]) * 0.5)
    else:
        y = f32(p[1] + (x - p[0]) * (p[3] - p[1]) / (p[2] - p[0]))
    return _pin(y, p[1], p[3])


def _clip_line(src: Seg, clip: Rect, out: list[Seg]) -> None:
    """``line_clipper::clip``: 0 to 3 lines within the clip in y, vertical outside it in x."""
    left, top, right, bottom = clip
    pts = [[src[0], src[1]], [src[2], src[3]]]
    i0, i1 = (0, 1) if src[1] < src[3] else (1, 0)
    if pts[i1][1] <= top or pts[i0][1] >= bottom:
        return
    tmp = [list(pts[0]), list(pts[1])]
    if pts[i0][1] < top:
        tmp[i0] = [_sect_with_horizontal(src, top), top]
    if tmp[i1][1] > bottom:
        tmp[i1] = [_sect_with_horizontal(src, bottom), bottom]
    i0, i1, reverse = (0, 1, False) if src[0] < src[2] else (1, 0, True)
    t = (tmp[0][0], tmp[0][1], tmp[1][0], tmp[1][1])
    if tmp[i1][0] <= left:
        res = [[left, tmp[0][1]], [left, tmp[1][1]]]
        reverse = False
    elif tmp[i0][0] >= right:
        res = [[right, tmp[0][1]], [right, tmp[1][1]]]
        reverse = False
    else:
        res = []
        if tmp[i0][0] < left:
            res += ([left, tmp[i0][1]], [left, _sect_clamp_with_vertical(t, left)])
        else:
            res.append(tmp[i0])
        if tmp[i1][0] > right:
            res += ([right, _sect_clamp_with_vertical(t, right)], [right, tmp[i1][1]])
        else:
            res.append(tmp[i1])
    if reverse:
        res.reverse()
    for a, b in zip(res, res[1:], strict=False):
        out.append((a[0], a[1], b[0], b[1]))


def _vline(x: float, y0: float, y1: float, reverse: bool) -> Seg:
    return (x, y1, x, y0) if reverse else (x, y0, x, y1)


def _reversed(p: list[float]) -> Seg:
    out: list[float] = []
    for i in range(len(p) - 2, -1, -2):
        out += (p[i], p[i + 1])
    return tuple(out)


def _chop_mono_quad_at(c0: float, c1: float, c2: float, target: float) -> float | None:
    a = f32(f32(f32(c0 - c1) - c1) + c2)
    b = f32(2.0 * f32(c1 - c0))
    c = f32(c0 - target)
    roots = unit_quad_roots(a, b, c)
    return roots[0] if roots else None


def _chop_quad_in_y(clip: Rect, p: list[float]) -> None:
    top, bottom = clip[1], clip[3]
    if p[1] < top:
        t = _chop_mono_quad_at(p[1], p[3], p[5], top)
        if t is not None:
            tmp = _chop_quad(tuple(p), t)
            tmp[5] = top
            tmp[7] = max(tmp[7], top)
            p[0:4] = tmp[4:8]
        else:
            for i in (1, 3, 5):
                p[i] = max(p[i], top)
    if p[5] > bottom:
        t = _chop_mono_quad_at(p[1], p[3], p[5], bottom)
        if t is not None:
            tmp = _chop_quad(tuple(p), t)
            tmp[3] = min(tmp[3], bottom)
            tmp[5] = bottom
            p[2:6] = tmp[2:6]
        else:
            for i in (1, 3, 5):
                p[i] = min(p[i], bottom)


def _clip_mono_quad(src: Seg, clip: Rect, out: list[Seg]) -> None:
    left, top, right, bottom = clip
    reverse = src[1] > src[5]
    p = list(_reversed(list(src))) if reverse else list(src)
    if p[5] <= top or p[1] >= bottom:
        return
    _chop_quad_in_y(clip, p)
    if p[0] > p[4]:
        p[0:2], p[4:6] = p[4:6], p[0:2]
        reverse = not reverse

    def push(q: list[float]) -> None:
        out.append(_reversed(q) if reverse else tuple(q))

    if p[4] <= left:
        out.append(_vline(left, p[1], p[5], reverse))
        return
    if p[0] >= right:
        out.append(_vline(right, p[1], p[5], reverse))
        return
    if p[0] < left:
        t = _chop_mono_quad_at(p[0], p[2], p[4], left)
        if t is None:
            out.append(_vline(left, p[1], p[5], reverse))
            return
        tmp = _chop_quad(tuple(p), t)
        out.append(_vline(left, tmp[1], tmp[5], reverse))
        tmp[4] = left
        tmp[6] = max(tmp[6], left)
        p[0:4] = tmp[4:8]
    if p[4] > right:
        t = _chop_mono_quad_at(p[0], p[2], p[4], right)
        if t is not None:
            tmp = _chop_quad(tuple(p), t)
            tmp[2] = min(tmp[2], right)
            tmp[4] = right
            push(tmp[0:6])
            out.append(_vline(right, tmp[5], tmp[9], reverse))
        else:
            p[2] = min(p[2], right)
            p[4] = min(p[4], right)
            push(p)
    else:
        push(p)


def _chop_cubic_in_y(clip: Rect, p: list[float]) -> None:
    top, bottom = clip[1], clip[3]
    if p[1] < top:
        tmp = _chop_mono_cubic_at(tuple(p), top, 1)
        if tmp[7] < top and tmp[9] < top and tmp[11] < top:
            tmp = _chop_mono_cubic_at(tuple(tmp[6:14]), top, 1)
        tmp[7] = top
        tmp[9] = max(tmp[9], top)
        p[0:6] = tmp[6:12]
    if p[7] > bottom:
        tmp = _chop_mono_cubic_at(tuple(p), bottom, 1)
        tmp[7] = bottom
        tmp[5] = min(tmp[5], bottom)
        p[2:8] = tmp[2:8]


def _clip_mono_cubic(src: Seg, clip: Rect, out: list[Seg]) -> None:
    left, top, right, bottom = clip
    reverse = src[1] > src[7]
    p = list(_reversed(list(src))) if reverse else list(src)
    if p[7] <= top or p[1] >= bottom:
        return
    _chop_cubic_in_y(clip, p)
    if p[0] > p[6]:
        p = list(_reversed(p))
        reverse = not reverse
    if p[6] <= left:
        out.append(_vline(left, p[1], p[7], reverse))
        return
    if p[0] >= right:
        out.append(_vline(right, p[1], p[7], reverse))
        return
    if p[0] < left:
        tmp = _chop_mono_cubic_at(tuple(p), left, 0)
        out.append(_vline(left, tmp[1], tmp[7], reverse))
        tmp[6] = left
        tmp[8] = max(tmp[8], left)
        p[0:6] = tmp[6:12]
    if p[6] > right:
        tmp = _chop_mono_cubic_at(tuple(p), right, 0)
        tmp[6] = right
        tmp[4] = min(tmp[4], right)
        q = tmp[0:8]
        out.append(_reversed(q) if reverse else tuple(q))
        out.append(_vline(right, tmp[7], tmp[13], reverse))
    else:
        out.append(_reversed(p) if reverse else tuple(p))


def clip_segment(seg: Seg, clip: Rect) -> list[Seg]:
    """The pieces tiny-skia's ``EdgeClipper`` makes of one segment (f32 values) against ``clip``."""
    out: list[Seg] = []
    left, top, right, bottom = clip
    if len(seg) == 4:
        _clip_line(seg, clip, out)
        return out
    ys = seg[1::2]
    if max(ys) <= top or min(ys) >= bottom:
        return out
    if len(seg) == 6:
        for piece in _chop_quad_at_extrema(seg, 1):
            for mono in _chop_quad_at_extrema(piece, 0):
                _clip_mono_quad(mono, clip, out)
        return out
    limit = float(1 << 22)
    xs = seg[0::2]
    if min(xs) < -limit or min(ys) < -limit or max(xs) > limit or max(ys) > limit:
        _clip_line((seg[0], seg[1], seg[6], seg[7]), clip, out)  # too big for reliable float maths
        return out
    for piece in _chop_cubic_at_extrema(seg, 1):
        for mono in _chop_cubic_at_extrema(piece, 0):
            _clip_mono_cubic(mono, clip, out)
    return out
