"""Hard gradient stops decided exactly as tiny-skia decides them: its single-precision parameter t.

Role: :mod:`pureog.raster.gradient` shades linear and simple radial gradients from a lookup table,
which places a colour edge within a fraction of a pixel of tiny-skia's (resvg's rasterizer in
Next.js). Where a hard stop's edge crosses pixel centres, that is not enough: tiny-skia computes t
per pixel in f32 and takes the later colour where ``t >= offset``, so rounding decides which side a
pixel on the edge lands on (an uneven staircase along a 45-degree checkerboard edge; a dot-grid dot of
three pixels, not four). :class:`HardStopPatch` finds the few pixels of a row whose t lies near a
colour discontinuity and recomputes them through tiny-skia's chain, step by step in f32:

1. the shader transform S: the paint's (usvg's ``from_bbox(bbox) * gradientTransform``, composed in
   f64) rounded to f32, concatenated with the canvas transform the path is filled with;
2. the gradient's own mapping to unit space (``points_to_unit``: the linear gradient's rotation,
   translation and scale; a radial gradient's translation and ``1/r`` scale), in f32;
3. the pipeline matrix ``concat(points_to_unit, invert(S))``;
4. per pixel: ``x + 0.5``, ``y + 0.5``, then ``x*sx + (y*kx + tx)`` (no fused multiply-add), and for
   a radial gradient ``sqrt(u*u + v*v)``; repeat and reflect wrap t in f32.

Transforms are tuples ``(sx, ky, kx, sy, tx, ty)``: tiny-skia's ``from_row`` order, which is also
:class:`~pureog.geometry.Affine`'s ``(a, b, c, d, e, f)``. An f32 operation is computed in f64 and
rounded once, which is exact for +, -, *, / and sqrt of f32 operands. Checked pixel for pixel against
Next.js on dot grids, checkerboards and random hard-stop tiles (about 3 million pixels).
Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
import operator
import re
from array import array
from bisect import bisect_right
from itertools import repeat

from pureog.display import GradientStop, LinearGradientPaint, RadialGradientPaint, SpreadMethod
from pureog.f32 import f32
from pureog.geometry import Affine
from pureog.limits import PAINT_WORK_EXACT_STOP, PAINT_WORK_STOP_LEVEL, PAINT_WORK_STOP_RANGE, charge_paint
from pureog.raster.gradient import _mix, color_at, normalized_stops

Transform = tuple[float, float, float, float, float, float]
IDENTITY: Transform = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


# --------------------------------------------------------------------------- tiny-skia's Transform


def _native(t: Affine) -> Transform:
    """An f64 matrix as tiny-skia holds it (each entry ``as f32``)."""
    return (f32(t.a), f32(t.b), f32(t.c), f32(t.d), f32(t.e), f32(t.f))


def concat(a: Transform, b: Transform) -> Transform:
    """tiny-skia's ``concat(a, b)``: ``b`` applied first. Without skew each product and sum is rounded
    to f32; with skew the pairs of products are summed in f64 (``mul_add_mul``) and rounded once."""
    if a == IDENTITY:
        return b
    if b == IDENTITY:
        return a
    asx, aky, akx, asy, atx, aty = a
    bsx, bky, bkx, bsy, btx, bty = b
    if aky == akx == bky == bkx == 0.0:
        return (f32(asx * bsx), 0.0, 0.0, f32(asy * bsy), f32(f32(asx * btx) + atx), f32(f32(asy * bty) + aty))
    return (f32(asx * bsx + akx * bky), f32(aky * bsx + asy * bky),
            f32(asx * bkx + akx * bsy), f32(aky * bkx + asy * bsy),
            f32(f32(asx * btx + akx * bty) + atx), f32(f32(aky * btx + asy * bty) + aty))  # fmt: skip


def invert(t: Transform) -> Transform | None:
    """tiny-skia's ``invert``: a scale-translate in f32, anything else by the adjugate in f64."""
    if t == IDENTITY:
        return t
    sx, ky, kx, sy, tx, ty = t
    if ky == 0.0 and kx == 0.0:
        if sx == 1.0 and sy == 1.0:
            return (1.0, 0.0, 0.0, 1.0, -tx, -ty)
        if sx == 0.0 or sy == 0.0:
            return None
        ix, iy = f32(1.0 / sx), f32(1.0 / sy)
        return (ix, 0.0, 0.0, iy, f32(-tx * ix), f32(-ty * iy))
    det = sx * sy - kx * ky
    if abs(f32(det)) <= (1.0 / 4096) ** 3:  # SCALAR_NEARLY_ZERO cubed
        return None
    inv = 1.0 / det
    out = (f32(sy * inv), f32(-ky * inv), f32(-kx * inv), f32(sx * inv),
           f32((kx * ty - sy * tx) * inv), f32((ky * tx - sx * ty) * inv))  # fmt: skip
    return out if all(map(math.isfinite, out)) else None


def _scale(s: float) -> Transform:
    return (s, 0.0, 0.0, s, 0.0, 0.0)


def _translate(x: float, y: float) -> Transform:
    return (1.0, 0.0, 0.0, 1.0, x, y)


def linear_points_to_unit(x1: float, y1: float, x2: float, y2: float) -> Transform:
    """tiny-skia's linear ``points_to_unit_ts``: (x1, y1) -> 0, (x2, y2) -> 1 along x."""
    sx, sy = f32(x1), f32(y1)
    vx, vy = f32(f32(x2) - sx), f32(f32(y2) - sy)
    mag = f32(math.sqrt(f32(f32(vx * vx) + f32(vy * vy))))
    inv = f32(1.0 / mag) if mag != 0.0 else 0.0
    sin, cos = -f32(vy * inv), f32(vx * inv)
    cos_inv = f32(1.0 - cos)
    ts = (cos, sin, -sin, cos, f32(f32(sin * sy) + f32(cos_inv * sx)), f32(f32(-sin * sx) + f32(cos_inv * sy)))
    ts = concat(_translate(-sx, -sy), ts)
    return concat(_scale(inv), ts)


def radial_points_to_unit(cx: float, cy: float, r: float) -> Transform:
    """A simple radial gradient's mapping: the centre -> 0, the circle -> distance 1."""
    inv = f32(1.0 / f32(r))
    return concat(_scale(inv), _translate(-f32(cx), -f32(cy)))


# --------------------------------------------------------------------------- the patch


def _t_linear(m: Transform, x: int, y: int) -> float:
    sx, _ky, kx, _sy, tx, _ty = m
    return f32(f32((x + 0.5) * sx) + f32(f32((y + 0.5) * kx) + tx))


def _t_radial(m: Transform, x: int, y: int) -> float:
    sx, ky, kx, sy, tx, ty = m
    px, py = x + 0.5, y + 0.5  # exact in f32 for any pixel index a pixmap can have
    u = f32(f32(px * sx) + f32(f32(py * kx) + tx))
    v = f32(f32(px * ky) + f32(f32(py * sy) + ty))
    return f32(math.sqrt(f32(f32(u * u) + f32(v * v))))


def _wrapped(t: float, spread: SpreadMethod) -> float:
    """tiny-skia's repeat / reflect stages (pad leaves t alone: the stop search clamps it)."""
    if spread is SpreadMethod.REPEAT:
        return min(1.0, max(0.0, f32(t - math.floor(t))))
    if spread is SpreadMethod.REFLECT:
        u = f32(t - 1.0)
        return min(1.0, max(0.0, abs(f32(f32(u - f32(2.0 * math.floor(f32(u * 0.5)))) - 1.0))))
    return t


def _hard_levels(stops: tuple[GradientStop, ...]) -> tuple[float, ...]:
    """The offsets where the colour jumps (two stops at one offset, different colours)."""
    return tuple(sorted({b.offset for a, b in zip(stops, stops[1:], strict=False)
                         if a.offset == b.offset and a.color != b.color}))  # fmt: skip


STEEP_SEGMENT = 16.0
"""A colour change across a stop segment narrower than this many table margins (in t) is redone
exactly too: the table's error of up to one margin in t is then more than 1/16 of the change (a 1 px
ramp from whitesmoke to orange 185 px along came out 41 % / 59 %, not tiny-skia's even mix)."""


def _steep_levels(stops: tuple[GradientStop, ...], margin: float) -> tuple[float, ...]:
    """Levels along each short segment with a colour change (not a hard stop), at most 2 margins
    apart, so that every pixel whose t lies within the segment is picked (:meth:`_candidates`)."""
    out: list[float] = []
    for a, b in zip(stops, stops[1:], strict=False):
        gap = b.offset - a.offset
        if 0.0 < gap < STEEP_SEGMENT * margin and a.color != b.color:
            steps = max(1, math.ceil(gap / (2.0 * margin)))
            out += [a.offset + gap * i / steps for i in range(steps + 1)]
    return tuple(out)


_ROWS_KEPT = 64
"""Rows of a linear gradient's patch kept for the rows that share their t (:meth:`HardStopPatch._recoloured`)."""

_DENSE_ROW = 8
"""A row whose t spans more discontinuities than this many a pixel (a repeating gradient's period far below
a pixel) is redone whole, every pixel through tiny-skia's f32 chain (what it draws there), instead of its
levels being listed period by period and each turned into a range of pixels: a period of 0.0002 px lists
6 million levels a row (a unit of the paint budget's 8 each, but ~1-4 us each in Python: one full-canvas
fill took 25 s before the budget stopped it). Cards' hard stops have at most a level or two a pixel."""


def _runs(picked: list[tuple[float, float]], x0: int, n: int) -> list[tuple[int, int]]:
    """The pixels (indices ``x0 .. x0+n-1``) whose centres lie in any of the ``picked`` ranges, as sorted
    runs ``[a, b)`` that neither overlap nor touch: marked in a row of flags, read back as runs."""
    floor, ceil = math.floor, math.ceil
    end = x0 + n
    marks = bytearray(n)
    ones = memoryview(b"\x01" * n)
    for lo, hi in picked:
        a, b = max(x0, floor(lo - 0.5)), min(end, ceil(hi - 0.5) + 1)
        if a < b:
            marks[a - x0 : b - x0] = ones[: b - a]
    return [(x0 + m.start(), x0 + m.end()) for m in _MARKED.finditer(marks)]


_MARKED = re.compile(b"\x01+")


def _linear_runs(levels: list[float], margin: float, a1: float, b1: float, x0: int, n: int) -> list[tuple[int, int]]:
    """:func:`_runs` of a linear gradient's row, t = a1 x + b1, near the sorted ``levels``: each level's
    pixels are as wide as the next one's, so the runs come in order of the levels (reversed where t falls
    along the row) and a run ends where the next one starts past it; worked out a list at a time (a
    row of 1 px stripes has a level every pixel)."""
    if a1 < 0.0:
        levels = levels[::-1]
    floor, ceil = math.floor, math.ceil
    lo = [(h - margin - b1) / a1 for h in levels]
    hi = [(h + margin - b1) / a1 for h in levels]
    if a1 < 0.0:
        lo, hi = hi, lo
    starts = [floor(c - 0.5) for c in lo]
    ends = [ceil(c - 0.5) + 1 for c in hi]
    end = x0 + n
    runs: list[tuple[int, int]] = []
    last = len(starts) - 1
    breaks = [i for i in range(last) if starts[i + 1] > ends[i]]
    first = 0
    for i in [*breaks, last]:
        a, b = max(x0, starts[first]), min(end, max(ends[first : i + 1]))
        if a < b:
            runs.append((a, b))
        first = i + 1
    return runs


class HardStopPatch:
    """The pixels near a gradient's colour discontinuities, recoloured with tiny-skia's f32 t (and those
    on a stop segment too short for the caller's table: :data:`STEEP_SEGMENT`)."""

    __slots__ = ("_matrix", "_radial", "_spread", "_stops", "_offsets", "_flat", "_levels", "_wrap_jump", "_rows",
                 "margin")

    def __init__(self, matrix: Transform, radial: bool, spread: SpreadMethod, stops: tuple[GradientStop, ...],
                 levels: tuple[float, ...], wrap_jump: bool, margin: float) -> None:  # fmt: skip
        self._matrix = matrix
        self._radial = radial
        self._spread = spread
        self._stops = stops
        self._offsets = [s.offset for s in stops]
        # the colour of t between stops j-1 and j (j: the first offset past t) where both have one colour
        self._flat: list[bytes | None] = [None] + [
            color_at((a, a), 0.0) if a.color == b.color else None for a, b in zip(stops, stops[1:], strict=False)
        ] + [None]
        self._rows: dict[tuple[int, int, float, float], list[tuple[int, bytes]]] = {}
        self._levels = levels
        self._wrap_jump = wrap_jump
        self.margin = margin
        """How far (in t) the caller's shading may be from tiny-skia's: pixels nearer a stop are redone."""

    @classmethod
    def of(cls, paint: LinearGradientPaint | RadialGradientPaint, device: Affine,
           margin: float) -> HardStopPatch | None:  # fmt: skip
        """The patch for ``paint`` filled under ``device``; None without hard stops (nothing to redo) or
        where tiny-skia's matrix does not invert (then it draws nothing, as the caller does)."""
        if not paint.stops:
            return None
        # usvg's stops as tiny-skia compares them: clamped, non-decreasing, then `as f32` (usvg nudges
        # the earlier of two equal offsets down by f64's epsilon, which f32 rounds away again)
        stops = tuple(GradientStop(f32(s.offset), s.color) for s in normalized_stops(paint.stops))
        levels = tuple(sorted(set(_hard_levels(stops) + _steep_levels(stops, margin))))
        wrap_jump = paint.spread is SpreadMethod.REPEAT and stops[0].color != stops[-1].color
        if not levels and not wrap_jump:
            return None
        inverse = invert(concat(_native(device), _native(paint.transform)))
        if inverse is None:
            return None
        if isinstance(paint, LinearGradientPaint):
            unit = linear_points_to_unit(paint.x1, paint.y1, paint.x2, paint.y2)
        else:
            unit = radial_points_to_unit(paint.cx, paint.cy, paint.r)
        return cls(concat(unit, inverse), isinstance(paint, RadialGradientPaint), paint.spread, stops, levels,
                   wrap_jump, margin)  # fmt: skip

    def apply(self, row: bytes, x0: int, y: int, n: int) -> bytes:
        """``row`` (pixels ``x0 .. x0+n`` of device row ``y``) with its pixels near a stop recoloured."""
        spans = self._recoloured(x0, y, n)
        if not spans:
            return row
        pieces: list[bytes] = []
        at = 0
        for start, colours in spans:
            o = 4 * (start - x0)
            pieces += (row[at:o], colours)
            at = o + len(colours)
        pieces.append(row[at:])
        return b"".join(pieces)

    def _recoloured(self, x0: int, y: int, n: int) -> list[tuple[int, bytes]]:
        """The row's runs of pixels near a stop, each with its pixels as tiny-skia colours them. A linear
        gradient's row depends on ``y`` only through its t at the row's start (the f64 one that picks
        the pixels and the f32 one they are coloured by): rows that share both (every row of a gradient
        across the canvas, ``90deg`` stripes) are worked out once (:data:`_ROWS_KEPT`); a row worked out
        is charged what it costs (:data:`~pureog.limits.PAINT_WORK_EXACT_STOP` a pixel), a row reused a
        unit a pixel, as a filled pixel."""
        sx, ky, kx, sy, tx, ty = self._matrix
        key = None
        if not self._radial:
            key = (x0, n, kx * (y + 0.5) + tx, f32(f32((y + 0.5) * kx) + tx))
            kept = self._rows.get(key)
            if kept is not None:
                charge_paint(sum(len(c) for _, c in kept) // 4)
                return kept
        spans = self._candidates(x0, y, n)
        if spans:
            # each pixel, and each run for its setting up (a row of 1 px ramps: a run of two pixels a
            # period), the render's paint budget (spec/limits.md)
            charge_paint((sum(b - a for a, b in spans) + len(spans)) * PAINT_WORK_EXACT_STOP)
        colours = self._colours([x for a, b in spans for x in range(a, b)], y)
        out: list[tuple[int, bytes]] = []
        at = 0
        for a, b in spans:
            out.append((a, b"".join(colours[at : at + b - a])))
            at += b - a
        if key is not None:
            if len(self._rows) >= _ROWS_KEPT:
                self._rows.clear()
            self._rows[key] = out
        return out

    def _colours(self, xs: list[int], y: int) -> list[bytes]:
        """Pixels ``xs`` of row ``y`` as tiny-skia colours them: t in f32, wrapped, looked up (a row's
        runs together: a row of 1 px ramps has a run of two pixels a period)."""
        # x * sx + (y * kx + tx) (and the radial v), each product and sum rounded to f32 as _t_linear and
        # _t_radial round them: an array of C floats rounds a list of f64 values to f32 at once (an f32
        # operation computed in f64 and rounded once is exact)
        sx, ky, kx, sy, tx, ty = self._matrix
        add = operator.add
        centres = [x + 0.5 for x in xs]
        c = f32(f32((y + 0.5) * kx) + tx)
        us = array("f", map(add, array("f", [p * sx for p in centres]), repeat(c)))
        if self._radial:
            cv = f32(f32((y + 0.5) * sy) + ty)
            vs = array("f", map(add, array("f", [p * ky for p in centres]), repeat(cv)))
            mul = operator.mul
            squares = array("f", map(add, array("f", map(mul, us, us)), array("f", map(mul, vs, vs))))
            ts = array("f", map(math.sqrt, squares)).tolist()
        else:
            ts = us.tolist()
        spread = self._spread
        if spread is SpreadMethod.REPEAT:
            ts = [min(1.0, max(0.0, u)) for u in array("f", map(operator.sub, ts, map(math.floor, ts))).tolist()]
        elif spread is SpreadMethod.REFLECT:
            ts = [_wrapped(t, spread) for t in ts]
        stops, offsets, flat = self._stops, self._offsets, self._flat
        first, inside = offsets[0], len(stops)
        out: list[bytes] = []
        for t, j in zip(ts, map(bisect_right, repeat(offsets), ts), strict=True):
            if t <= first or j == inside:
                out.append(color_at(stops, t, offsets))
                continue
            colour = flat[j]
            if colour is None:  # color_at between stops j-1 and j, found already
                c0, c1 = stops[j - 1], stops[j]
                colour = _mix(c0, c1, (t - c0.offset) / (c1.offset - c0.offset))
            out.append(colour)
        return out

    def _level_count(self, lo: float, hi: float) -> int:
        """How many discontinuities :meth:`_stop_levels` would list within [lo, hi] (at most)."""
        if self._spread is SpreadMethod.PAD:
            return len(self._levels)
        periods = math.ceil(hi) - math.floor(lo) + 3
        return periods * (len(self._levels) + 1) * (2 if self._spread is SpreadMethod.REFLECT else 1)

    def _stop_levels(self, lo: float, hi: float) -> list[float]:
        """The discontinuities' t values (with their repeated or mirrored copies) within [lo, hi]."""
        if self._spread is SpreadMethod.PAD:
            return [h for h in self._levels if lo <= h <= hi]
        out: list[float] = []
        periods = range(math.floor(lo) - 1, math.ceil(hi) + 2)
        # each level in each period a row's t spans (a period far below a pixel spans thousands)
        charge_paint(len(periods) * (len(self._levels) + 1) * PAINT_WORK_STOP_LEVEL)
        for k in periods:
            if self._spread is SpreadMethod.REPEAT:
                out += [h + k for h in self._levels]
                if self._wrap_jump:
                    out.append(float(k))
            else:
                out += [h + 2 * k for h in self._levels] + [2 * k - h for h in self._levels]
        return [v for v in out if lo <= v <= hi]

    def _candidates(self, x0: int, y: int, n: int) -> list[tuple[int, int]]:
        """Runs ``[a, b)`` of the row's pixels whose t (in f64) lies within the margin of a discontinuity,
        sorted and apart (a period of 2 px has a level a pixel: they were gathered into a set one
        pixel at a time, ~10 us a pixel)."""
        sx, ky, kx, sy, tx, ty = self._matrix
        yc = y + 0.5
        a1, b1 = sx, kx * yc + tx  # t = a1 x + b1 (linear), |(a1 x + b1, a2 x + b2)| (radial)
        a2, b2 = ky, sy * yc + ty
        first, last = x0 + 0.5, x0 + n - 0.5
        margin = self.margin

        if not self._radial:
            t0, t1 = a1 * first + b1, a1 * last + b1
            if self._level_count(min(t0, t1) - margin, max(t0, t1) + margin) > _DENSE_ROW * n:
                return [(x0, x0 + n)]
            levels = sorted(self._stop_levels(min(t0, t1) - margin, max(t0, t1) + margin))
            if not levels:
                return []
            if a1 == 0.0:
                return [(x0, x0 + n)]
            charge_paint(len(levels) * PAINT_WORK_STOP_RANGE)
            return _linear_runs(levels, margin, a1, b1, x0, n)
        qa, qb, qc = a1 * a1 + a2 * a2, a1 * b1 + a2 * b2, b1 * b1 + b2 * b2  # t^2 = qa x^2 + 2 qb x + qc
        if qa == 0.0:
            return []
        nearest = math.sqrt(max(0.0, qc - qb * qb / qa))
        farthest = max(math.hypot(a1 * first + b1, a2 * first + b2), math.hypot(a1 * last + b1, a2 * last + b2))

        # each level's circles h +- margin cross the row where qa x^2 + 2 qb x + qc = r^2 (worked out a
        # list at a time: 1 px rings have a level or two a pixel)
        if self._level_count(nearest - margin, farthest + margin) > _DENSE_ROW * n:
            return [(x0, x0 + n)]
        levels = self._stop_levels(nearest - margin, farthest + margin)
        qbb, sqrt = qb * qb, math.sqrt
        outer = [(h, qbb - qa * (qc - (h + margin) * (h + margin))) for h in levels]
        outer = [(h, sqrt(d)) for h, d in outer if d >= 0.0]
        inner = [qbb - qa * (qc - (h - margin) * (h - margin)) if h > margin else -1.0 for h, _ in outer]
        picked: list[tuple[float, float]] = []
        for (_, so), di in zip(outer, inner, strict=True):
            if di < 0.0:  # the row misses the inner circle: one range across it
                picked.append(((-qb - so) / qa, (-qb + so) / qa))
            else:
                si = sqrt(di)
                picked += (((-qb - so) / qa, (-qb - si) / qa), ((-qb + si) / qa, (-qb + so) / qa))
        charge_paint(len(picked) * PAINT_WORK_STOP_RANGE)  # most levels make two ranges
        return _runs(picked, x0, n)


__all__ = ["HardStopPatch", "concat", "invert", "linear_points_to_unit", "radial_points_to_unit"]
