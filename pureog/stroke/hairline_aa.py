"""Anti-aliased hairlines of any path: device-space segments -> tiny-skia's pixel blits, in order.

Role: resvg draws a stroke at most 1 device px wide as a hairline (tiny-skia ``treat_as_hairline``):
curves are cut into ``2^k`` lines (``hair_quad``/``hair_cubic``, after a chop at maximum curvature for
cubics whose control points leave the chord's cone), and each line is walked one pixel column (or row)
at a time in 16.16 fixed point, splitting a full pixel of coverage between the two pixels it straddles
(``do_anti_hairline`` with its HLine/Horish/VLine/Vertish blitters); the ends get the fraction of the
end pixel the line covers. Every blit composites on its own, so where segments meet pixels are blended
twice, as in the reference. A stroke thinner than 1 px is the same hairline with its paint's alpha
scaled by the width (``coverage``).

Input -> output: ``hairline_blits(segments, cap) -> list[PixelSpan]``, segments as
:class:`pureog.path.Path` segment tuples in device px. Ported from tiny-skia
0.8.3 ``scan/hairline.rs`` and ``scan/hairline_aa.rs`` (BSD-3-Clause, after Skia). Clipping to the
canvas is left to the caller's fill of each span. Imports only :mod:`pureog.f32` and :mod:`pureog.stroke.hairline` (for
``PixelSpan``); must not import style, layout, text, display or raster.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from pureog.f32 import f32
from pureog.stroke.hairline import PixelSpan

_MAX_CUBIC_LEVEL = 9
_MAX_QUAD_LEVEL = 5
_ONE = 1 << 16
_HALF = _ONE // 2

Pt = tuple[float, float]


def _fdot6(v: float) -> int:
    """``fdot6::from_f32``: ``(v * 64) as i32`` (truncation toward zero)."""
    s = v * 64.0
    if s != s:
        return 0
    return int(max(-2147483648.0, min(2147483647.0, s)))


def hairline_coverage(width: float) -> float | None:
    """tiny-skia's ``treat_as_hairline`` for an untransformed stroke: the coverage (0..1] the hairline
    is drawn with, or None when the stroke is wider than 1 px and is filled as an outline."""
    if width <= 0.0:
        return 1.0 if width == 0.0 else None
    return width if width <= 1.0 else None


def coverage_alpha(coverage: float) -> float:
    """The factor tiny-skia scales the paint's alpha by for a hairline of ``coverage`` < 1."""
    if coverage >= 1.0:
        return 1.0
    scale = int(coverage * 256.0)
    return ((255 * scale) >> 8) / 255.0


# --------------------------------------------------------------------------------- path walking


def hairline_blits(segments: Iterable[tuple[object, ...]], cap: str = "butt") -> list[PixelSpan]:
    """The blits of a hairline along ``segments`` (``M``/``L``/``Q``/``C``/``Z``); ``square`` and
    ``round`` caps push each open end out by 1/2 px and pi/8 px along its tangent, as tiny-skia does."""
    segs = [(str(seg[0]), [f32(float(v)) for v in seg[1:]]) for seg in segments]  # type: ignore[arg-type]
    out: list[PixelSpan] = []
    first: Pt = (0.0, 0.0)
    last: Pt = (0.0, 0.0)
    prev = "M"
    capped = cap in ("square", "round")
    outset = 0.5 if cap == "square" else 3.14159265 / 8.0
    for index, (verb, vals) in enumerate(segs):
        nxt = segs[index + 1][0] if index + 1 < len(segs) else None
        start: Pt = last
        if verb == "M":
            first = last = start = (vals[0], vals[1])
        elif verb in ("L", "Q", "C"):
            pts = [last] + [(vals[i], vals[i + 1]) for i in range(0, len(vals), 2)]
            end = pts[-1]
            if capped:
                _extend(pts, prev, nxt, outset)
            if verb == "L":
                _lines(pts, out)
            elif verb == "Q":
                _hair_quad(pts, out)
            else:
                _hair_cubic(pts, out)
            last, start = end, pts[0]
        elif verb == "Z":
            pts = [last, first]
            if capped and prev == "M":
                _extend(pts, prev, nxt, outset)
            _lines(pts, out)
            start = pts[0]
        if capped:
            if prev == "M" and verb in ("L", "Q", "C"):
                first = start  # the cap moved the subpath's start: close to the moved point
            prev = verb
    return out


def _extend(pts: list[Pt], prev: str, nxt: str | None, outset: float) -> None:
    """tiny-skia ``extend_pts``: move a subpath's first and last points out along their tangents."""
    n = len(pts)
    if prev == "M":
        first = pts[0]
        offset, controls = 0, n - 1
        tangent = (0.0, 0.0)
        while True:
            offset += 1
            tangent = (f32(first[0] - pts[offset][0]), f32(first[1] - pts[offset][1]))
            if tangent != (0.0, 0.0):
                break
            controls -= 1
            if controls == 0:
                break
        if tangent == (0.0, 0.0):
            tangent, controls = (1.0, 0.0), n - 1
        else:
            tangent = _normalized(tangent)
        offset = 0
        while True:
            pts[offset] = (f32(pts[offset][0] + f32(tangent[0] * outset)),
                           f32(pts[offset][1] + f32(tangent[1] * outset)))  # fmt: skip
            offset += 1
            controls += 1
            if controls >= n:
                break
    if nxt in ("M", "Z", None):
        last = pts[-1]
        offset, controls = n - 1, n - 1
        tangent = (0.0, 0.0)
        while True:
            offset -= 1
            tangent = (f32(last[0] - pts[offset][0]), f32(last[1] - pts[offset][1]))
            if tangent != (0.0, 0.0):
                break
            controls -= 1
            if controls == 0:
                break
        if tangent == (0.0, 0.0):
            tangent, controls = (-1.0, 0.0), n - 1
        else:
            tangent = _normalized(tangent)
        offset = n - 1
        while True:
            pts[offset] = (f32(pts[offset][0] + f32(tangent[0] * outset)),
                           f32(pts[offset][1] + f32(tangent[1] * outset)))  # fmt: skip
            offset -= 1
            controls += 1
            if controls >= n:
                break


def _normalized(v: Pt) -> Pt:
    length = math.hypot(v[0], v[1])
    return (f32(v[0] / length), f32(v[1] / length))


def _hair_quad(p: list[Pt], out: list[PixelSpan]) -> None:
    dx = abs(f32(f32(p[0][0] + p[2][0]) / 2) - p[1][0])
    dy = abs(f32(f32(p[0][1] + p[2][1]) / 2) - p[1][1])
    idx, idy = math.ceil(dx), math.ceil(dy)
    dist = idx + (idy >> 1) if idx > idy else idy + (idx >> 1)
    level = min((33 - (32 - dist.bit_length())) >> 1, _MAX_QUAD_LEVEL)
    lines = 1 << level
    ax = f32(f32(p[2][0] - f32(p[1][0] * 2)) + p[0][0])
    ay = f32(f32(p[2][1] - f32(p[1][1] * 2)) + p[0][1])
    bx, by = f32(f32(p[1][0] - p[0][0]) * 2), f32(f32(p[1][1] - p[0][1]) * 2)
    pts = [p[0]]
    dt = f32(1.0 / lines)
    t = 0.0
    for _ in range(1, lines):
        t = f32(t + dt)
        pts.append((f32(f32(f32(f32(ax * t) + bx) * t) + p[0][0]),
                    f32(f32(f32(f32(ay * t) + by) * t) + p[0][1])))  # fmt: skip
    pts.append(p[2])
    _lines(pts, out)


def _lt_90(p0: Pt, pivot: Pt, p2: Pt) -> bool:
    return (p0[0] - pivot[0]) * (p2[0] - pivot[0]) + (p0[1] - pivot[1]) * (p2[1] - pivot[1]) >= 0.0


def _hair_cubic(p: list[Pt], out: list[PixelSpan]) -> None:
    nice = (_lt_90(p[1], p[0], p[3]) and _lt_90(p[2], p[0], p[3]) and _lt_90(p[1], p[3], p[0])
            and _lt_90(p[2], p[3], p[0]))  # fmt: skip
    if nice:
        _hair_cubic2(p, out)
        return
    for piece in _chop_at_max_curvature(p):
        _hair_cubic2(piece, out)


def _cubic_segments(p: list[Pt]) -> int:
    third, two_thirds = f32(1.0 / 3.0), f32(2.0 / 3.0)
    diff = 0.0
    for k in (0, 1):
        p13 = f32(f32(third * p[3][k]) + f32(two_thirds * p[0][k]))
        p23 = f32(f32(third * p[0][k]) + f32(two_thirds * p[3][k]))
        diff = max(diff, abs(f32(p[1][k] - p13)), abs(f32(p[2][k] - p23)))
    tol = 0.125
    for i in range(_MAX_CUBIC_LEVEL):
        if diff < tol:
            return 1 << i
        tol *= 4.0
    return 1 << _MAX_CUBIC_LEVEL


def _hair_cubic2(p: list[Pt], out: list[PixelSpan]) -> None:
    lines = _cubic_segments(p)
    if lines == 1:
        _lines([p[0], p[3]], out)
        return
    coeffs = []
    for k in (0, 1):
        p0, p1, p2, p3 = p[0][k], p[1][k], p[2][k], p[3][k]
        a = f32(f32(p3 + f32(3.0 * f32(p1 - p2))) - p0)
        b = f32(3.0 * f32(f32(p2 - f32(p1 * 2)) + p0))
        c = f32(3.0 * f32(p1 - p0))
        coeffs.append((a, b, c, p0))
    pts = [p[0]]
    dt = f32(1.0 / lines)
    t = 0.0
    for _ in range(1, lines):
        t = f32(t + dt)
        pts.append(tuple(f32(f32(f32(f32(f32(f32(a * t) + b) * t) + c) * t) + d)  # type: ignore[arg-type]
                         for a, b, c, d in coeffs))
    if all(math.isfinite(v) for q in pts for v in q):
        pts.append(p[3])
        _lines(pts, out)


def _chop_at_max_curvature(p: list[Pt]) -> list[list[Pt]]:
    coeff = [0.0, 0.0, 0.0, 0.0]
    for k in (0, 1):
        a = f32(p[1][k] - p[0][k])
        b = f32(f32(p[2][k] - f32(2.0 * p[1][k])) + p[0][k])
        c = f32(f32(p[3][k] + f32(3.0 * f32(p[1][k] - p[2][k]))) - p[0][k])
        for i, v in enumerate((f32(c * c), f32(f32(3.0 * b) * c), f32(f32(f32(2.0 * b) * b) + f32(c * a)),
                               f32(a * b))):  # fmt: skip
            coeff[i] = f32(coeff[i] + v)
    ts = [t for t in solve_unit_cubic(coeff) if 0.0 < t < 1.0]
    if not ts:
        return [p]
    ts = [min(max(t, 1.1920929e-07), 1.0 - 1.1920929e-07) for t in ts]
    pieces: list[list[Pt]] = []
    rest = p
    prev = 0.0
    for i, t in enumerate(ts):
        local = t if i == 0 else _unit_divide(f32(t - prev), f32(1.0 - prev))
        if local is None:
            pieces.append(rest)  # a degenerate remainder: tiny-skia keeps a clump at the end point
            return pieces + [[rest[3]] * 4]
        left, rest = _chop(rest, local)
        pieces.append(left)
        prev = t
    pieces.append(rest)
    return pieces


def _unit_divide(numer: float, denom: float) -> float | None:
    if numer < 0.0:
        numer, denom = -numer, -denom
    if denom == 0.0 or numer == 0.0 or numer >= denom:
        return None
    r = f32(numer / denom)
    return r if 0.0 < r < 1.0 else None


def _chop(p: list[Pt], t: float) -> tuple[list[Pt], list[Pt]]:
    def lerp(a: Pt, b: Pt) -> Pt:
        return (f32(a[0] + f32(f32(b[0] - a[0]) * t)), f32(a[1] + f32(f32(b[1] - a[1]) * t)))

    ab, bc, cd = lerp(p[0], p[1]), lerp(p[1], p[2]), lerp(p[2], p[3])
    abc, bcd = lerp(ab, bc), lerp(bc, cd)
    abcd = lerp(abc, bcd)
    return [p[0], ab, abc, abcd], [abcd, bcd, cd, p[3]]


def solve_unit_cubic(coeff: Sequence[float]) -> list[float]:
    """Roots of ``c0 t^3 + c1 t^2 + c2 t + c3`` clamped to [0, 1] (tiny-skia ``solve_cubic_poly``)."""
    if abs(coeff[0]) <= 1.0 / 4096:
        return _quad_roots(coeff[1], coeff[2], coeff[3])
    inva = f32(1.0 / coeff[0])
    a, b, c = f32(coeff[1] * inva), f32(coeff[2] * inva), f32(coeff[3] * inva)
    q = (a * a - b * 3.0) / 9.0
    r = (2.0 * a * a * a - 9.0 * a * b + 27.0 * c) / 54.0
    q3 = q * q * q
    adiv3 = a / 3.0
    if r * r - q3 < 0.0:
        theta = math.acos(max(-1.0, min(1.0, r / math.sqrt(q3))))
        neg2 = -2.0 * math.sqrt(q)
        pi = 3.14159265
        roots = sorted(f32(min(max(neg2 * math.cos(x) - adiv3, 0.0), 1.0))
                       for x in (theta / 3.0, (theta + 2.0 * pi) / 3.0, (theta - 2.0 * pi) / 3.0))  # fmt: skip
        # tiny-skia's collapse_duplicates3 truncates rather than removes: [0, 0, 0.6] (two roots clamped
        # to 0) keeps only [0], so a cubic's one interior root of curvature is lost (Skia shifts it down)
        if roots[0] == roots[1]:
            return roots[:1]
        return roots[:2] if roots[1] == roots[2] else roots
    big = abs(r) + math.sqrt(r * r - q3)
    big = big ** 0.3333333
    if r > 0.0:
        big = -big
    if big != 0.0:
        big += q / big
    return [f32(min(max(big - adiv3, 0.0), 1.0))]


def _quad_roots(a: float, b: float, c: float) -> list[float]:
    if a == 0.0:
        r = _unit_divide(-c, b)
        return [] if r is None else [r]
    dr = b * b - 4.0 * a * c
    if dr < 0.0:
        return []
    root = f32(math.sqrt(dr))
    q = f32(-f32(b - root) / 2.0) if b < 0.0 else f32(-f32(b + root) / 2.0)
    roots = [r for r in (_unit_divide(q, a), _unit_divide(c, q)) if r is not None]
    roots.sort()
    if len(roots) == 2 and roots[0] == roots[1]:
        roots.pop()
    return roots


# ------------------------------------------------------------------------------- one line each


# tiny-skia clips each line to what fixed point holds and to the canvas (outset by 1 px) before
# walking it; the canvas is not known here, so lines are clipped to the largest canvas pureog draws,
# which keeps a hostile coordinate from walking billions of pixel columns.
_CLIP = (-1.0, -1.0, 16385.0, 16385.0)


def _clip_line(ax: float, ay: float, bx: float, by: float) -> tuple[float, float, float, float] | None:
    """The part of the segment inside :data:`_CLIP` (Liang-Barsky), or None."""
    if not all(math.isfinite(v) for v in (ax, ay, bx, by)):
        return None
    x0, y0, x1, y1 = _CLIP
    if x0 <= min(ax, bx) and max(ax, bx) <= x1 and y0 <= min(ay, by) and max(ay, by) <= y1:
        return ax, ay, bx, by
    dx, dy = bx - ax, by - ay
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, ax - x0), (dx, x1 - ax), (-dy, ay - y0), (dy, y1 - ay)):
        if p == 0.0:
            if q < 0.0:
                return None
            continue
        r = q / p
        if p < 0.0:
            t0 = max(t0, r)
        else:
            t1 = min(t1, r)
        if t0 > t1:
            return None
    return ax + t0 * dx, ay + t0 * dy, ax + t1 * dx, ay + t1 * dy


def _lines(points: Sequence[Pt], out: list[PixelSpan]) -> None:
    for i in range(len(points) - 1):
        (ax, ay), (bx, by) = points[i], points[i + 1]
        clipped = _clip_line(ax, ay, bx, by)
        if clipped is not None:
            ax, ay, bx, by = clipped
            _anti_hairline(_fdot6(ax), _fdot6(ay), _fdot6(bx), _fdot6(by), out)


def _small_scale(value: int, dot6: int) -> int:
    return (value * dot6) >> 6


def _anti_hairline(x0: int, y0: int, x1: int, y1: int, out: list[PixelSpan]) -> None:
    """``do_anti_hairline`` (no clip) in 26.6 fixed point."""
    if abs(x1 - x0) > 511 * 64 or abs(y1 - y0) > 511 * 64:
        hx, hy = (x0 >> 1) + (x1 >> 1), (y0 >> 1) + (y1 >> 1)
        _anti_hairline(x0, y0, hx, hy, out)
        _anti_hairline(hx, hy, x1, y1, out)
        return
    horizontal = abs(x1 - x0) > abs(y1 - y0)
    if horizontal:
        if x0 > x1:
            x0, y0, x1, y1 = x1, y1, x0, y0
        a0, a1, b0, b1 = x0, x1, y0, y1
    else:
        if y0 > y1:
            x0, y0, x1, y1 = x1, y1, x0, y0
        a0, a1, b0, b1 = y0, y1, x0, x1
        if a0 == a1 and b0 == b1:
            return  # zero length
    istart, istop = a0 >> 6, (a1 + 63) >> 6
    fstart = b0 << 10
    if b0 == b1:
        slope = 0
        straight = True
    else:
        num = (b1 - b0) << 16
        den = a1 - a0
        quotient = abs(num) // abs(den)  # fdot16::fast_div: integer division truncating toward zero
        slope = quotient if (num >= 0) == (den > 0) else -quotient
        fstart += (slope * (32 - (a0 & 63)) + 32) >> 6
        straight = False
    if istop - istart == 1:
        scale_start, scale_stop = a1 - a0, 0
    else:
        scale_start, scale_stop = 64 - (a0 & 63), a1 & 63
    if istop <= istart:
        return
    blit = _blit_straight if straight else _blit_slanted
    fstart = blit(horizontal, istart, fstart, slope, scale_start, out)
    istart += 1
    full = istop - istart - (1 if scale_stop > 0 else 0)
    for i in range(istart, istart + max(full, 0)):
        fstart = blit(horizontal, i, fstart, slope, 64, out)
    if scale_stop > 0:
        blit(horizontal, istop - 1, fstart, slope, scale_stop, out)


def _blit_straight(horizontal: bool, i: int, f: int, _slope: int, mod64: int, out: list[PixelSpan]) -> int:
    """HLine / VLine: the column (row) ``i`` split between the two pixels around ``f``."""
    f = max(f + _HALF, 0)
    j = f >> 16
    a = (f >> 8) & 0xFF
    near = _small_scale(a, mod64) if mod64 < 64 else a
    far = _small_scale(255 - a, mod64) if mod64 < 64 else 255 - a
    if horizontal:
        if near:
            out.append((i, j, 1, 1, near))
        if far and j >= 1:
            out.append((i, j - 1, 1, 1, far))
    else:
        if near:
            out.append((j, i, 1, 1, near))
        if far:
            out.append((max(j, 1) - 1, i, 1, 1, far))
    return f - _HALF


def _blit_slanted(horizontal: bool, i: int, f: int, slope: int, mod64: int, out: list[PixelSpan]) -> int:
    """Horish / Vertish: two pixels across the line at column (row) ``i``, then step by ``slope``."""
    f = max(f + _HALF, 0)
    j = f >> 16
    a = (f >> 8) & 0xFF
    first = _small_scale(255 - a, mod64) if mod64 < 64 else 255 - a
    second = _small_scale(a, mod64) if mod64 < 64 else a
    k = max(j, 1) - 1
    if horizontal:
        if first:
            out.append((i, k, 1, 1, first))
        if second:
            out.append((i, k + 1, 1, 1, second))
    else:
        if first:
            out.append((k, i, 1, 1, first))
        if second:
            out.append((k + 1, i, 1, 1, second))
    return f + slope - _HALF


def merged_blits(blits: Iterable[PixelSpan], opacity: float = 1.0) -> dict[int, list[tuple[int, int, int, int]]]:
    """The blits of a paint with alpha ``opacity`` folded into one alpha (0..255) per pixel, as
    rectangles grouped by that alpha.

    Every blit of a hairline paints the same colour source-over, so the blends a pixel receives,
    alphas ``a1, a2, ...`` (coverage times the paint's alpha), equal one blend of alpha
    ``1 - (1 - a1)(1 - a2)...`` (up to 8-bit rounding); pixels of one alpha on a row become one run.
    Drawing one fill per alpha instead of one per blit keeps thin outlines of large text cheap."""
    keep: dict[tuple[int, int], float] = {}
    for x, y, w, h, alpha in blits:
        a = alpha / 255 * opacity
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                keep[(xx, yy)] = keep.get((xx, yy), 1.0) * (1.0 - a)
    by_alpha: dict[int, list[tuple[int, int, int, int]]] = {}
    run: tuple[int, int, int, int] | None = None  # x, y, width, alpha
    for (x, y), remaining in sorted(keep.items(), key=lambda item: (item[0][1], item[0][0])):
        alpha = int((1.0 - remaining) * 255 + 0.5)
        if alpha <= 0:
            continue
        if run is not None and run[1] == y and run[0] + run[2] == x and run[3] == alpha:
            run = (run[0], y, run[2] + 1, alpha)
            continue
        if run is not None:
            by_alpha.setdefault(run[3], []).append((run[0], run[1], run[2], 1))
        run = (x, y, 1, alpha)
    if run is not None:
        by_alpha.setdefault(run[3], []).append((run[0], run[1], run[2], 1))
    return by_alpha
