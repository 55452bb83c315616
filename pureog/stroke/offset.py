"""Skia's offset curves: one side of a cubic's stroke as quadratics, as tiny-skia's stroker makes them.

Role: a cubic (start point included), half the stroke width and a side -> outline steps (quadratics
as ``(x1, y1, x, y)``, or points) running along that side's offset, for :mod:`pureog.stroke.outline`.
They stay quadratic so that the fill steps them as tiny-skia's ``QuadraticEdge`` does.

tiny-skia (SkStroke) does not flatten curves before stroking: it approximates each side's offset curve
with quadratics whose control point is where the offset tangents at both ends meet, halving the
parameter range until the quad's midpoint is within ``inv_res`` (1 / (4 * resolution scale)) of the true
offset (``cubic_stroke``, ``stroke_close_enough``, ``intersect_ray``, ``sharp_angle`` ported from
tiny-skia's path/src/stroker.rs; curves are first split at their inflections). Such quads bulge outwards
(for a 45-degree piece of circle by 0.3 % of the radius), which is visible in resvg's output.
Cusps (Skia adds a round dot there) are not handled.

Input -> output: ``offset_cubic(curve, half_width, side, inv_res) -> list[Op]``; also
``cubic_tangent`` and ``quad_as_cubic_op``. Imports only :mod:`pureog.stroke.contours` (the point, curve
and op types); must not import the other stroke modules, nor style, layout, text, display or raster.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Callable

from pureog.errors import LimitError
from pureog.limits import MAX_PATH_POINTS
from pureog.stroke.contours import Curve, Op, Pt

_F32 = struct.Struct("<f")


def _f32(v: float) -> float:
    """``v`` rounded to single precision, as tiny-skia's ``f32`` arithmetic rounds each result."""
    try:
        return float(_F32.unpack(_F32.pack(v))[0])
    except OverflowError:  # beyond f32's range: Rust's `as f32` gives infinity
        return math.copysign(math.inf, v)

def _same(v: float) -> float:
    return v


_F32_STEPS = 2.0 ** -20
"""The offsetter's tests run in single precision, as tiny-skia's, where a single-precision step at the
curve's coordinates (about 2^-23 of them) stays well under the tolerance: past that (a dashed circle in
a viewBox of 1e-6, its tolerance 1e-9 user units) the subdivision would never converge (2^78 steps) and
double precision keeps it bounded."""

MAX_STROKE_PIECES = MAX_PATH_POINTS // 50
"""Subdivisions of one side of one curve's offset outline (10,000, some 0.8 s; a card's strokes need tens
to hundreds): each costs ~80 us, and the outline is a shape of at most MAX_PATH_POINTS (spec/limits.md)."""
_RECURSION_LIMITS = (5 * 3, 26 * 3)  # Skia's limits without / with tangents found


def _unit_quad_roots(a: float, b: float, c: float) -> list[float]:
    """Roots of a t^2 + b t + c in (0, 1), ascending, as Skia's find_unit_quad_roots."""

    def unit_divide(num: float, den: float) -> float | None:
        if num < 0:
            num, den = -num, -den
        if den == 0 or num == 0 or num >= den:
            return None
        r = num / den
        return r if 0.0 < r < 1.0 else None

    if a == 0:
        r = unit_divide(-c, b)
        return [] if r is None else [r]
    disc = b * b - 4 * a * c
    if disc < 0:
        return []
    root = math.sqrt(disc)
    q = -(b - root) / 2 if b < 0 else -(b + root) / 2
    out = [r for r in (unit_divide(q, a), unit_divide(c, q)) if r is not None]
    out.sort()
    if len(out) == 2 and out[0] == out[1]:
        out.pop()
    return out


def _cubic_inflections(c: Curve) -> list[float]:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = c
    ax, ay = x1 - x0, y1 - y0
    bx, by = x2 - 2 * x1 + x0, y2 - 2 * y1 + y0
    cx, cy = x3 + 3 * (x1 - x2) - x0, y3 + 3 * (y1 - y2) - y0
    return _unit_quad_roots(bx * cy - by * cx, ax * cy - ay * cx, ax * by - ay * bx)


def cubic_tangent(c: Curve, t: float) -> Pt:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = c
    if (t == 0.0 and c[0] == c[1]) or (t == 1.0 and c[2] == c[3]):
        dx, dy = (x2 - x0, y2 - y0) if t == 0.0 else (x3 - x1, y3 - y1)
        if dx == 0 and dy == 0:
            dx, dy = x3 - x0, y3 - y0
        return dx, dy
    u = 1 - t
    return (
        3 * (u * u * (x1 - x0) + 2 * u * t * (x2 - x1) + t * t * (x3 - x2)),
        3 * (u * u * (y1 - y0) + 2 * u * t * (y2 - y1) + t * t * (y3 - y2)),
    )


def _quad_at(q: tuple[Pt, Pt, Pt], t: float) -> Pt:
    u = 1 - t
    return (
        u * u * q[0][0] + 2 * u * t * q[1][0] + t * t * q[2][0],
        u * u * q[0][1] + 2 * u * t * q[1][1] + t * t * q[2][1],
    )


def _dist_sq(a: Pt, b: Pt) -> float:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def _pt_to_line_sq(p: Pt, a: Pt, b: Pt) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    den = dx * dx + dy * dy
    t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / den if den else -1.0
    if 0.0 <= t <= 1.0:
        return _dist_sq(p, (a[0] * (1 - t) + b[0] * t, a[1] * (1 - t) + b[1] * t))
    return _dist_sq(p, a)


class _CurveOffsetter:
    """One side of one cubic as Skia's quads (``cubic_stroke`` and its helpers)."""

    def __init__(self, c: Curve, hw: float, side: float, inv_res: float) -> None:
        self.c = c
        self.hw = hw
        self.side = side  # +1: the left (+normal) side, -1: the right side
        self.inv_res = inv_res
        self.ops: list[Op] = []
        self.splits = 0  # subdivisions so far (bounded: MAX_STROKE_PIECES)
        self.found_tangents = False
        self.depth = 0
        reach = max(abs(v) for p in c for v in p)
        self.f: Callable[[float], float] = _f32 if reach * _F32_STEPS < inv_res else _same

    def perp_ray(self, t: float) -> tuple[Pt, Pt, Pt]:
        """(point on the curve, its offset point, a point along the tangent from the offset point)."""
        c = self.c
        u = 1 - t
        tp = (
            u * u * u * c[0][0] + 3 * u * u * t * c[1][0] + 3 * u * t * t * c[2][0] + t * t * t * c[3][0],
            u * u * u * c[0][1] + 3 * u * u * t * c[1][1] + 3 * u * t * t * c[2][1] + t * t * t * c[3][1],
        )
        dx, dy = cubic_tangent(c, t)
        if dx == 0 and dy == 0:
            dx, dy = c[3][0] - c[0][0], c[3][1] - c[0][1]
        length = math.hypot(dx, dy)
        if length > 0 and math.isfinite(length):
            dx, dy = dx * self.hw / length, dy * self.hw / length
        else:
            dx, dy = self.hw, 0.0
        on = (tp[0] - self.side * dy, tp[1] + self.side * dx)
        return tp, on, (on[0] + dx, on[1] + dy)

    def intersect(self, q: list[Pt], ts: Pt, te: Pt, want_ctrl: bool) -> tuple[str, bool]:
        """Skia's intersect_ray: ("quad" | "degenerate" | "split", opposite tangents).

        In tiny-skia's single precision, each operation rounded to f32: where the end tangents are
        exactly perpendicular (every quarter circle: SVG arcs, icon strokes), double precision puts the
        control point an ulp off the corner and :func:`_sharp_angle` then splits a quad that
        tiny-skia keeps whole (a visibly different outer edge on small strokes). ``self.f``: see
        :data:`_F32_STEPS`."""
        f = self.f
        sx, sy, ex, ey = f(q[0][0]), f(q[0][1]), f(q[2][0]), f(q[2][1])
        tsx, tsy = f(ts[0]), f(ts[1])
        ax, ay = f(tsx - sx), f(tsy - sy)
        bx, by = f(f(te[0]) - ex), f(f(te[1]) - ey)
        denom = f(f(ax * by) - f(ay * bx))
        if denom == 0 or not math.isfinite(denom):
            return "degenerate", f(f(ax * bx) + f(ay * by)) < 0
        abx, aby = f(sx - ex), f(sy - ey)
        numer_a = f(f(bx * aby) - f(by * abx))
        numer_b = f(f(ax * aby) - f(ay * abx))
        if (numer_a >= 0) == (numer_b >= 0):
            start, end = q[0], q[2]
            d1 = _pt_to_line_sq(start, end, te)
            d2 = _pt_to_line_sq(end, start, ts)
            if max(d1, d2) <= self.inv_res * self.inv_res:
                return "degenerate", False
            return "split", False
        numer_a = f(numer_a / denom)
        if numer_a > f(numer_a - 1.0):
            if want_ctrl:
                rest = f(1.0 - numer_a)
                q[1] = (f(f(sx * rest) + f(tsx * numer_a)), f(f(sy * rest) + f(tsy * numer_a)))
            return "quad", False
        return "degenerate", f(f(ax * bx) + f(ay * by)) < 0

    def close_enough(self, q: list[Pt], ray: tuple[Pt, Pt]) -> str:
        """Skia's stroke_close_enough: is the quad within tolerance of the offset at mid t?"""
        quad = (q[0], q[1], q[2])
        mid = _quad_at(quad, 0.5)
        tol = self.inv_res
        if _dist_sq(ray[0], mid) <= tol * tol:
            return "split" if _sharp_angle(quad, self.f) else "quad"
        xs = [p[0] for p in quad]
        ys = [p[1] for p in quad]
        px, py = ray[0]
        if px + tol < min(xs) or px - tol > max(xs) or py + tol < min(ys) or py - tol > max(ys):
            return "split"
        vx, vy = ray[1][0] - ray[0][0], ray[1][1] - ray[0][1]
        r = [(p[1] - ray[0][1]) * vx - (p[0] - ray[0][0]) * vy for p in quad]
        roots = _unit_quad_roots(r[2] + r[0] - 2 * r[1], 2 * (r[1] - r[0]), r[0])
        if len(roots) != 1:
            return "split"
        hit = _quad_at(quad, roots[0])
        error = tol * (1.0 - abs(roots[0] - 0.5) * 2.0)
        if _dist_sq(ray[0], hit) <= error * error:
            return "split" if _sharp_angle(quad, self.f) else "quad"
        return "split"

    def stroke(self, t0: float, t1: float, q: list[Pt], tangents: list[Pt], have: list[bool]) -> bool:
        """Skia's cubic_stroke over [t0, t1]; ``q``/``tangents``/``have`` carry shared end points."""
        mid_t = (t0 + t1) / 2
        if not have[0]:
            _, q[0], tangents[0] = self.perp_ray(t0)
            have[0] = True
        if not have[1]:
            _, q[2], tangents[1] = self.perp_ray(t1)
            have[1] = True
        if not self.found_tangents:
            kind, _ = self.intersect(q, tangents[0], tangents[1], False)
            if kind != "quad":
                near = _dist_sq(q[0], q[2]) <= self.inv_res * self.inv_res
                if kind == "degenerate" or near:
                    _, on_mid, _ = self.perp_ray(mid_t)
                    if _pt_to_line_sq(on_mid, q[0], q[2]) < self.inv_res * self.inv_res:
                        self.ops.append(q[2])
                        return True
            else:
                self.found_tangents = True
        if self.found_tangents:
            kind, opposite = self.intersect(q, tangents[0], tangents[1], True)
            if kind == "quad":
                tp, on_mid, _ = self.perp_ray(mid_t)
                kind = self.close_enough(q, (on_mid, tp))
            if kind == "quad":
                (x0, y0), (x1, y1), (x2, y2) = q
                self.ops.append((q[1][0], q[1][1], q[2][0], q[2][1]))  # a quadratic: tiny-skia fills it as one
                return True
            if kind == "degenerate" and not opposite:
                self.ops.append(q[2])
                return True
        if not math.isfinite(q[2][0]):
            return False
        self.splits += 1
        if self.splits > MAX_STROKE_PIECES:
            # an offset far wider than the curve (stroke-width 1e8 on a 100 px curve) splits millions of
            # times to stay within tolerance (Skia's depth limits bound each branch, not their number)
            raise LimitError(f"a stroke's outline needs more than {MAX_STROKE_PIECES:,} pieces")
        self.depth += 1
        if self.depth > _RECURSION_LIMITS[self.found_tangents]:
            return False
        if not (t0 < mid_t < t1):
            self.ops.append(q[2])
            self.depth -= 1
            return True
        first = [q[0], q[1], q[1]]
        if not self.stroke(t0, mid_t, first, [tangents[0], tangents[0]], [True, False]):
            return False
        second = [first[2], q[1], q[2]]
        # The second half starts where the first ended (Skia shares the mid point's ray).
        _, mid_on, mid_tan = self.perp_ray(mid_t)
        second[0] = mid_on
        if not self.stroke(mid_t, t1, second, [mid_tan, tangents[1]], [True, True]):
            return False
        self.depth -= 1
        return True


def quad_as_cubic_op(p0: Pt, p1: Pt, p2: Pt) -> Op:
    """The quadratic p0-p1-p2 as the same curve in cubic form (degree elevation)."""
    (x0, y0), (x1, y1), (x2, y2) = p0, p1, p2
    return (x0 + 2 / 3 * (x1 - x0), y0 + 2 / 3 * (y1 - y0), x2 + 2 / 3 * (x1 - x2), y2 + 2 / 3 * (y1 - y2), x2, y2)


def _sharp_angle(q: tuple[Pt, Pt, Pt], f: Callable[[float], float]) -> bool:
    """Skia's sharp_angle in the offsetter's precision ``f`` (``set_length`` scales through f64)."""
    cx, cy = f(q[1][0]), f(q[1][1])
    sx, sy = f(cx - f(q[0][0])), f(cy - f(q[0][1]))
    lx, ly = f(cx - f(q[2][0])), f(cy - f(q[2][1]))
    s_len = f(f(sx * sx) + f(sy * sy))
    l_len = f(f(lx * lx) + f(ly * ly))
    if s_len > l_len:
        sx, sy, lx, ly = lx, ly, sx, sy
        l_len = s_len
    length = math.hypot(sx, sy)
    if length == 0 or l_len == 0:
        return False
    scale = f(l_len / length)
    sx, sy = f(sx * scale), f(sy * scale)
    if not (math.isfinite(sx) and math.isfinite(sy)) or (sx == 0 and sy == 0):
        return False
    return f(f(sx * lx) + f(sy * ly)) > 0


def offset_cubic(c: Curve, hw: float, side: float, inv_res: float) -> list[Op]:
    """Ops (cubics holding Skia's quads, or points) from the offset start of ``c`` to its offset end."""
    ts = [0.0, *_cubic_inflections(c), 1.0]
    ops: list[Op] = []
    for t0, t1 in zip(ts, ts[1:], strict=False):
        off = _CurveOffsetter(c, hw, side, inv_res)
        if not off.stroke(t0, t1, [c[0], c[0], c[0]], [c[0], c[0]], [False, False]):
            _, end, _ = off.perp_ray(t1)
            off.ops.append(end)
        ops.extend(off.ops)
    return ops


__all__ = ["offset_cubic", "cubic_tangent", "quad_as_cubic_op"]
