"""Path stroking: a :class:`~pureog.path.Path` plus stroke parameters -> the outline of the stroke.

Role: turns SVG/CSS strokes (borders, text decorations, debug boxes, ``-webkit-text-stroke``, SVG
``stroke``) into a plain path the rasterizer fills with the **non-zero** rule, so the display list never
needs a stroke primitive. Semantics follow SVG as resvg/tiny-skia implement them (SkStroke, SkDashPath):

* joins ``miter`` (falls back to bevel past ``miter_limit``, measured as miter length / stroke width),
  ``round``, ``bevel``; caps ``butt``, ``round``, ``square``; zero-length subpaths draw a dot with
  round/square caps (an upright square, as Skia) and nothing with butt caps;
* dashes restart on every subpath; an odd-length array is repeated; negative values or a zero sum
  disable dashing; lengths are measured the way Skia's ``ContourMeasure`` measures them (chords of
  curves subdivided to a 0.5 px "cheap distance"), so dash phases along curves match the reference;
  on a closed subpath the last dash is joined to the first one (Skia's skip-first-segment rule).

Algorithm: curves are flattened first (Wang's formula for the chord error, plus a turning-angle bound
so that the offset outline stays within ``tolerance`` of the true offset curve at this half-width).
Each subpath then becomes Skia's "outer then reversed inner" outline: at a joint the outer side gets
the join geometry, the inner side goes through the pivot point. Filled with non-zero this equals the
union of one rectangle per segment plus the join wedges (the pivot detour makes the contour the exact
winding sum of those pieces), which is robust where offset curves self-intersect (stroke wider than
the curve's radius) without any intersection computation. Inside flattened curves the inner side uses
the offset lines' intersection instead of the pivot when that is provably safe, to keep edges few.
With ``res_scale`` (SVG strokes, border arcs) curves are instead offset as Skia does: each side of a
curve becomes quadratics fitted to the offset curve (``pureog.curve_offset``), which bulge slightly
outwards; resvg's strokes show that bulge (a 4 px circle stroke: 42 -> 48 dB against the reference).
Glyph outlines (``-webkit-text-stroke``) keep the flattened method, which matches resvg better there
(tiny-skia's coarse quad flattening seems to cancel the bulge on small curves).

Also here: :func:`arc_to_cubics`, SVG's elliptical arc as cubic Béziers the way resvg converts them
(kurbo's subdivision), needed by Satori's border paths and by SVG path data.

Imports only :mod:`pureog.path`, :mod:`pureog.curve_offset` and :mod:`pureog.errors`; no style, layout,
text or raster.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from pureog.curve_offset import cubic_tangent, offset_cubic, quad_as_cubic_op
from pureog.errors import PureogError
from pureog.path import Path, PathBuilder, Segment

Pt = tuple[float, float]
Curve = tuple[Pt, ...]
"""A segment as its points: 2 (line), 3 (quadratic) or 4 (cubic), start point included."""

JOINS = ("miter", "round", "bevel")
CAPS = ("butt", "round", "square")

# Skia's SCALAR_NEARLY_ZERO (1 / 4096): joins whose normals differ less than this are straight.
_NEARLY_ZERO = 1.0 / 4096.0
# Points closer than this are one point (zero-length segments are dropped, as Skia does).
_SAME_POINT = 1e-9
# Skia's ContourMeasure subdivides curves until control points are within this of the chord.
_MEASURE_TOLERANCE = 0.5
_MAX_MEASURE_DEPTH = 20
_MAX_CURVE_STEPS = 256
_MAX_DASHES = 1_000_000
_HALF_PI = math.pi / 2


@dataclass(slots=True)
class _Contour:
    curves: list[Curve]
    closed: bool


# --------------------------------------------------------------------------------------------- public


def stroke_path(
    path: Path,
    width: float,
    *,
    join: str = "miter",
    cap: str = "butt",
    miter_limit: float = 4.0,
    dashes: Sequence[float] | None = None,
    dash_offset: float = 0.0,
    tolerance: float = 0.05,
    res_scale: float | None = None,
) -> Path:
    """The outline of ``path`` stroked with ``width`` (CSS px), to be filled with the non-zero rule.

    ``tolerance`` bounds the distance (in path units) between the returned outline and the exact one;
    divide it by the drawing scale when the result will be drawn scaled up. (tiny-skia approximates
    offset curves by quadratics and flattens those coarsely; on glyph outlines a coarse 0.2 px
    matches resvg better, on border arcs 0.05 does, so callers choose.)

    ``res_scale`` (the drawing scale) offsets curves as tiny-skia does instead: quadratics fitted to
    the offset curve within ``1 / (4 * res_scale)``, bulging outwards exactly as resvg's strokes do.
    """
    if join not in JOINS:
        raise PureogError(f"stroke join must be one of {', '.join(JOINS)}, got {join!r}")
    if cap not in CAPS:
        raise PureogError(f"stroke cap must be one of {', '.join(CAPS)}, got {cap!r}")
    if not (width > 0 and math.isfinite(width)):
        return Path(())
    contours = _contours(path)
    pattern = _dash_pattern(dashes)
    if pattern is not None:
        contours = _dash(contours, pattern, dash_offset)
    hw = width / 2
    tol = max(tolerance, 1e-4)
    inv_miter = 1.0 / miter_limit if miter_limit > 1.0 else 1.0
    out = PathBuilder()
    for contour in contours:
        if res_scale is not None and any(len(c) > 2 for c in contour.curves):
            inv_res = 1.0 / (4.0 * res_scale) if res_scale > 0 else 0.25
            _stroke_contour_curves(contour, hw, join, cap, inv_miter, inv_res, out)
        else:
            _stroke_contour(contour, hw, join, cap, inv_miter, tol, out)
    return out.build()


def dash_path(path: Path, dashes: Sequence[float], dash_offset: float = 0.0) -> Path:
    """The dashes of ``path`` as open subpaths (SVG semantics, as :func:`stroke_path` applies them);
    ``path`` itself when the dash array disables dashing."""
    pattern = _dash_pattern(dashes)
    if pattern is None:
        return path
    b = PathBuilder()
    for contour in _dash(_contours(path), pattern, dash_offset):
        b.move_to(*contour.curves[0][0])
        for c in contour.curves:
            if len(c) == 2:
                b.line_to(*c[1])
            elif len(c) == 3:
                b.quad_to(*c[1], *c[2])
            else:
                b.cubic_to(*c[1], *c[2], *c[3])
    return b.build()


def arc_to_cubics(
    x0: float,
    y0: float,
    rx: float,
    ry: float,
    x_rotation_deg: float,
    large_arc: bool,
    sweep: bool,
    x: float,
    y: float,
    tolerance: float = 0.1,
) -> list[Segment]:
    """SVG's ``A`` command from (x0, y0) as ``C`` segments (or one ``L`` for a degenerate arc).

    Center parameterization as in SVG 1.1 F.6.5/F.6.6 (radii scaled up when too small); the number of
    cubics per sweep follows kurbo's ``Arc::append_iter``, which resvg uses with tolerance 0.1.
    """
    rx, ry = abs(rx), abs(ry)
    if rx <= 1e-5 or ry <= 1e-5 or (x0 == x and y0 == y):
        return [("L", x, y)]
    phi = math.radians(x_rotation_deg)
    cos_phi, sin_phi = math.cos(phi), math.sin(phi)
    hx, hy = (x0 - x) / 2, (y0 - y) / 2
    x1p = cos_phi * hx + sin_phi * hy
    y1p = -sin_phi * hx + cos_phi * hy
    lam = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry)
    if lam > 1:
        s = math.sqrt(lam)
        rx, ry = rx * s, ry * s
    num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p
    den = rx * rx * y1p * y1p + ry * ry * x1p * x1p
    coef = math.sqrt(max(0.0, num / den)) if den > 0 else 0.0
    if large_arc == sweep:
        coef = -coef
    cxp = coef * rx * y1p / ry
    cyp = -coef * ry * x1p / rx
    cx = cos_phi * cxp - sin_phi * cyp + (x0 + x) / 2
    cy = sin_phi * cxp + cos_phi * cyp + (y0 + y) / 2
    theta1 = math.atan2((y1p - cyp) / ry, (x1p - cxp) / rx)
    theta2 = math.atan2((-y1p - cyp) / ry, (-x1p - cxp) / rx)
    delta = theta2 - theta1
    if sweep and delta < 0:
        delta += 2 * math.pi
    elif not sweep and delta > 0:
        delta -= 2 * math.pi
    scaled_err = max(rx, ry) / tolerance
    n_err = max((1.1163 * scaled_err) ** (1.0 / 6.0), 3.999_999)
    n = max(1, math.ceil(n_err * abs(delta) / (2 * math.pi)))
    step = delta / n
    arm = 4.0 / 3.0 * math.tan(step / 4)
    out: list[Segment] = []
    angle = theta1
    for i in range(n):
        a0, a1 = angle, angle + step
        c0, s0, c1, s1 = math.cos(a0), math.sin(a0), math.cos(a1), math.sin(a1)
        # Points on the unrotated ellipse, then rotated by phi around the centre.
        p1 = (rx * (c0 - arm * s0), ry * (s0 + arm * c0))
        p2 = (rx * (c1 + arm * s1), ry * (s1 - arm * c1))
        p3 = (rx * c1, ry * s1)
        pts = [(cx + cos_phi * px - sin_phi * py, cy + sin_phi * px + cos_phi * py) for px, py in (p1, p2, p3)]
        if i == n - 1:
            pts[2] = (x, y)
        out.append(("C", pts[0][0], pts[0][1], pts[1][0], pts[1][1], pts[2][0], pts[2][1]))
        angle = a1
    return out


# ------------------------------------------------------------------------------------------ contours


def _contours(path: Path) -> list[_Contour]:
    """Subpaths as lists of curves; a subpath with only a move draws nothing."""
    out: list[_Contour] = []
    curves: list[Curve] = []
    start: Pt = (0.0, 0.0)
    cur: Pt = (0.0, 0.0)
    pending_move = True

    def flush(closed: bool) -> None:
        nonlocal curves
        if curves:
            out.append(_Contour(curves, closed))
        curves = []

    for seg in path.segments:
        verb = seg[0]
        if verb == "M":
            flush(False)
            start = cur = (float(seg[1]), float(seg[2]))  # type: ignore[arg-type]
            pending_move = False
            continue
        if verb == "Z":
            if not pending_move and not curves:
                # "M x y Z": a zero-length closed subpath (a dot with round/square caps).
                curves.append((start, start))
            flush(True)
            cur = start
            continue
        if verb == "L":
            end: Pt = (float(seg[1]), float(seg[2]))  # type: ignore[arg-type]
            curves.append((cur, end))
        elif verb == "Q":
            end = (float(seg[3]), float(seg[4]))  # type: ignore[arg-type]
            curves.append((cur, (float(seg[1]), float(seg[2])), end))  # type: ignore[arg-type]
        elif verb == "C":
            end = (float(seg[5]), float(seg[6]))  # type: ignore[arg-type]
            c1 = (float(seg[1]), float(seg[2]))  # type: ignore[arg-type]
            c2 = (float(seg[3]), float(seg[4]))  # type: ignore[arg-type]
            curves.append((cur, c1, c2, end))
        else:
            continue
        pending_move = False
        cur = end
    flush(False)
    return out


def _point_at(c: Curve, t: float) -> Pt:
    pts = list(c)
    while len(pts) > 1:
        pts = [(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t) for a, b in zip(pts, pts[1:], strict=False)]
    return pts[0]


def _split(c: Curve, t: float) -> tuple[Curve, Curve]:
    """de Casteljau: the parts of ``c`` before and after ``t``."""
    left: list[Pt] = [c[0]]
    right: list[Pt] = [c[-1]]
    pts = list(c)
    while len(pts) > 1:
        pts = [(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t) for a, b in zip(pts, pts[1:], strict=False)]
        left.append(pts[0])
        right.append(pts[-1])
    return tuple(left), tuple(reversed(right))


def _sub_curve(c: Curve, t0: float, t1: float) -> Curve:
    if t1 < 1.0:
        c = _split(c, t1)[0]
        t0 = t0 / t1 if t1 > 0 else 0.0
    if t0 > 0.0:
        c = _split(c, t0)[1]
    return c


# --------------------------------------------------------------------------------------------- dashes


def _dash_pattern(dashes: Sequence[float] | None) -> list[float] | None:
    """SVG stroke-dasharray: None when dashing is off (no values, a negative one, or a zero sum)."""
    if not dashes:
        return None
    values = [float(v) for v in dashes]
    if any(v < 0 or not math.isfinite(v) for v in values) or sum(values) <= 0:
        return None
    if len(values) % 2:
        values = values * 2
    return values


def _too_curvy(c: Curve) -> bool:
    if len(c) == 3:
        (x0, y0), (x1, y1), (x2, y2) = c
        dx = x1 / 2 - (x0 + x2) / 4
        dy = y1 / 2 - (y0 + y2) / 4
        return max(abs(dx), abs(dy)) > _MEASURE_TOLERANCE
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = c
    d1 = max(abs(x0 + (x3 - x0) / 3 - x1), abs(y0 + (y3 - y0) / 3 - y1))
    d2 = max(abs(x0 + (x3 - x0) * 2 / 3 - x2), abs(y0 + (y3 - y0) * 2 / 3 - y2))
    return d1 > _MEASURE_TOLERANCE or d2 > _MEASURE_TOLERANCE


def _measure_curve(
    c: Curve, t0: float, t1: float, depth: int, index: int, dist: float, table: list[tuple[float, int, float]]
) -> float:
    """Skia's compute_quad_segs / compute_cubic_segs: chord lengths of halved curves."""
    if depth < _MAX_MEASURE_DEPTH and _too_curvy(c):
        a, b = _split(c, 0.5)
        mid = (t0 + t1) / 2
        dist = _measure_curve(a, t0, mid, depth + 1, index, dist, table)
        return _measure_curve(b, mid, t1, depth + 1, index, dist, table)
    d = math.hypot(c[-1][0] - c[0][0], c[-1][1] - c[0][1])
    if d > 0:
        dist += d
        table.append((dist, index, t1))
    return dist


@dataclass(slots=True)
class _Measure:
    curves: list[Curve]
    table: list[tuple[float, int, float]]  # (distance at the end, curve index, t at the end)
    distances: list[float]
    length: float

    def locate(self, d: float) -> tuple[int, float]:
        """(curve index, t) at arc length ``d`` (Skia's distance_to_segment)."""
        i = min(bisect_left(self.distances, d), len(self.table) - 1)
        end_d, index, end_t = self.table[i]
        start_t = start_d = 0.0
        if i > 0:
            start_d = self.table[i - 1][0]
            if self.table[i - 1][1] == index:
                start_t = self.table[i - 1][2]
        span = end_d - start_d
        t = start_t + (end_t - start_t) * (d - start_d) / span if span > 0 else end_t
        return index, min(1.0, max(0.0, t))


def _measure(contour: _Contour) -> _Measure:
    curves = list(contour.curves)
    if contour.closed and curves[-1][-1] != curves[0][0]:
        curves.append((curves[-1][-1], curves[0][0]))
    table: list[tuple[float, int, float]] = []
    dist = 0.0
    for index, c in enumerate(curves):
        if len(c) == 2:
            d = math.hypot(c[1][0] - c[0][0], c[1][1] - c[0][1])
            if d > 0:
                dist += d
                table.append((dist, index, 1.0))
        else:
            dist = _measure_curve(c, 0.0, 1.0, 0, index, dist, table)
    return _Measure(curves, table, [row[0] for row in table], dist)


def _push_dash(m: _Measure, start_d: float, stop_d: float, out: list[Curve]) -> None:
    """Append the curves between two arc lengths to ``out`` (Skia's push_segment)."""
    start_d = max(start_d, 0.0)
    stop_d = min(stop_d, m.length)
    if not start_d <= stop_d or not m.table:
        return
    ia, ta = m.locate(start_d)
    ib, tb = m.locate(stop_d)
    curves = m.curves
    if ia == ib:
        if ta == tb:
            p = _point_at(curves[ia], ta)
            out.append((p, p))
        else:
            out.append(_sub_curve(curves[ia], ta, tb))
        return
    if ta < 1.0:
        out.append(_sub_curve(curves[ia], ta, 1.0))
    out.extend(curves[ia + 1 : ib])
    if tb > 0.0:
        out.append(_sub_curve(curves[ib], 0.0, tb))
    else:
        out.append((curves[ib][0], curves[ib][0]))


def _dash(contours: list[_Contour], pattern: list[float], offset: float) -> list[_Contour]:
    total = sum(pattern)
    # Normalise the offset into [0, total) ("flipping" negative phases) and find the first interval.
    if offset < 0:
        offset = -offset
        if offset > total:
            offset %= total
        offset = total - offset
        if offset == total:
            offset = 0.0
    elif offset >= total:
        offset %= total
    first_index, first_len = 0, pattern[0]
    rest = offset
    for i, gap in enumerate(pattern):
        if rest > gap or (rest == gap and gap != 0):
            rest -= gap
        else:
            first_index, first_len = i, gap - rest
            break
    out: list[_Contour] = []
    dash_count = 0.0
    for contour in contours:
        m = _measure(contour)
        if not m.table:
            continue
        dash_count += m.length * (len(pattern) // 2) / total
        if dash_count > _MAX_DASHES:
            return contours  # Skia gives up dashing (and draws solid) past a million dashes
        skip_first = contour.closed
        added = False
        index, d_len, distance = first_index, first_len, 0.0
        current: list[Curve] = []
        while distance < m.length:
            added = False
            if index % 2 == 0 and not skip_first:
                added = True
                current = []
                _push_dash(m, distance, distance + d_len, current)
                if current:
                    out.append(_Contour(current, False))
            distance += d_len
            skip_first = False
            index = (index + 1) % len(pattern)
            d_len = pattern[index]
        if contour.closed and first_index % 2 == 0 and first_len >= 0:
            if added and out and out[-1].curves is current:
                _push_dash(m, 0.0, first_len, current)  # the last dash runs on into the first
            else:
                current = []
                _push_dash(m, 0.0, first_len, current)
                if current:
                    out.append(_Contour(current, False))
    return out


# ------------------------------------------------------------------------------------------ flatten


def _curve_steps(c: Curve, hw: float, tol: float) -> int:
    """Chords for a curve: chord error <= tol (Wang) and turning per chord small enough that the
    offset polyline stays within tol of the offset curve at half-width ``hw``."""
    if len(c) == 3:
        (x0, y0), (x1, y1), (x2, y2) = c
        ddx, ddy = x0 - 2 * x1 + x2, y0 - 2 * y1 + y2
        n = math.sqrt(math.hypot(ddx, ddy) / (4 * tol))
        turn = _angle(x1 - x0, y1 - y0, x2 - x1, y2 - y1)
    else:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = c
        ax, ay = x0 - 2 * x1 + x2, y0 - 2 * y1 + y2
        bx, by = x1 - 2 * x2 + x3, y1 - 2 * y2 + y3
        n = math.sqrt(0.75 * math.sqrt(max(ax * ax + ay * ay, bx * bx + by * by)) / tol)
        turn = _angle(x1 - x0, y1 - y0, x2 - x1, y2 - y1) + _angle(x2 - x1, y2 - y1, x3 - x2, y3 - y2)
    if hw > tol and turn > 0:
        max_turn = 2 * math.acos(1 - tol / hw)
        n = max(n, turn / max_turn)
    return max(1, min(_MAX_CURVE_STEPS, math.ceil(n)))


def _angle(ax: float, ay: float, bx: float, by: float) -> float:
    if (ax == 0 and ay == 0) or (bx == 0 and by == 0):
        return 0.0
    return abs(math.atan2(ax * by - ay * bx, ax * bx + ay * by))


def _flatten(contour: _Contour, hw: float, tol: float) -> tuple[list[Pt], list[bool]]:
    """Points of the contour and, per point, whether it is a real joint (not inside a curve).
    Zero-length segments are dropped; a closed contour does not repeat its first point."""
    first = contour.curves[0][0]
    pts: list[Pt] = [first]
    corner: list[bool] = [True]
    for c in contour.curves:
        if len(c) > 2:
            n = _curve_steps(c, hw, tol)
            if len(c) == 3:
                (x0, y0), (x1, y1), (x2, y2) = c
                for i in range(1, n):
                    t = i / n
                    u = 1 - t
                    w0, w1, w2 = u * u, 2 * u * t, t * t
                    p = (w0 * x0 + w1 * x1 + w2 * x2, w0 * y0 + w1 * y1 + w2 * y2)
                    _add_point(pts, corner, p, False)
            else:
                (x0, y0), (x1, y1), (x2, y2), (x3, y3) = c
                for i in range(1, n):
                    t = i / n
                    u = 1 - t
                    w0, w1, w2, w3 = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
                    p = (w0 * x0 + w1 * x1 + w2 * x2 + w3 * x3, w0 * y0 + w1 * y1 + w2 * y2 + w3 * y3)
                    _add_point(pts, corner, p, False)
        _add_point(pts, corner, c[-1], True)
    if contour.closed and len(pts) > 1:
        lx, ly = pts[-1]
        if abs(lx - first[0]) <= _SAME_POINT and abs(ly - first[1]) <= _SAME_POINT:
            pts.pop()
            corner.pop()
        corner[0] = True
    return pts, corner


def _add_point(pts: list[Pt], corner: list[bool], p: Pt, is_corner: bool) -> None:
    lx, ly = pts[-1]
    if abs(p[0] - lx) <= _SAME_POINT and abs(p[1] - ly) <= _SAME_POINT:
        corner[-1] = corner[-1] or is_corner
        return
    pts.append(p)
    corner.append(is_corner)


# ------------------------------------------------------------------------------------------- outline

Op = tuple[float, ...]
"""An outline step: ``(x, y)`` line to a point, or ``(x1, y1, x2, y2, x, y)`` a cubic."""


def _arc(out: list[Op], cx: float, cy: float, r: float, start: float, sweep: float) -> None:
    """Cubics of a circular arc from angle ``start`` over ``sweep`` (the start point is not added)."""
    n = max(1, math.ceil(abs(sweep) / _HALF_PI - 1e-9))
    step = sweep / n
    k = 4.0 / 3.0 * math.tan(step / 4) * r
    a = start
    ca, sa = math.cos(a), math.sin(a)
    for _ in range(n):
        b = a + step
        cb, sb = math.cos(b), math.sin(b)
        out.append(
            (
                cx + r * ca - k * sa,
                cy + r * sa + k * ca,
                cx + r * cb + k * sb,
                cy + r * sb - k * cb,
                cx + r * cb,
                cy + r * sb,
            )
        )
        a, ca, sa = b, cb, sb


def _reversed_ops(ops: list[Op]) -> list[Op]:
    """The same outline walked backwards (ops[0] is the start point)."""
    out: list[Op] = [ops[-1][-2:]]
    for k in range(len(ops) - 1, 0, -1):
        op = ops[k]
        px, py = ops[k - 1][-2:]
        if len(op) == 2:
            out.append((px, py))
        else:
            out.append((op[2], op[3], op[0], op[1], px, py))
    return out


def _emit(ops: list[Op], out: PathBuilder) -> None:
    out.move_to(ops[0][-2], ops[0][-1])
    for op in ops[1:]:
        if len(op) == 2:
            out.line_to(op[0], op[1])
        else:
            out.cubic_to(*op)
    out.close()


def _dot(p: Pt, hw: float, cap: str, out: PathBuilder) -> None:
    x, y = p
    if cap == "round":
        ops: list[Op] = [(x + hw, y)]
        _arc(ops, x, y, hw, 0.0, -2 * math.pi)
        _emit(ops, out)
    elif cap == "square":
        _emit([(x + hw, y + hw), (x + hw, y - hw), (x - hw, y - hw), (x - hw, y + hw)], out)


def _cap(ops: list[Op], p: Pt, ux: float, uy: float, hw: float, cap: str) -> None:
    """From the left offset of ``p`` around its end (direction ``u``) to the right offset."""
    x, y = p
    nx, ny = -uy * hw, ux * hw
    if cap == "square":
        ops.append((x + nx + ux * hw, y + ny + uy * hw))
        ops.append((x - nx + ux * hw, y - ny + uy * hw))
    elif cap == "round":
        _arc(ops, x, y, hw, math.atan2(ny, nx), -math.pi)
    ops.append((x - nx, y - ny))


def _join(
    left: list[Op],
    right: list[Op],
    p: Pt,
    a: tuple[float, float, float],
    b: tuple[float, float, float],
    hw: float,
    join: str,
    inv_miter: float,
    smooth: bool,
) -> None:
    """Add the joint at ``p`` between unit directions ``a`` and ``b`` (with segment lengths)."""
    x, y = p
    ax, ay, alen = a
    bx, by, blen = b
    nax, nay = -ay * hw, ax * hw
    nbx, nby = -by * hw, bx * hw
    dot = ax * bx + ay * by
    if 1.0 - dot <= _NEARLY_ZERO:
        left.append((x + nax, y + nay))
        left.append((x + nbx, y + nby))
        right.append((x - nax, y - nay))
        right.append((x - nbx, y - nby))
        return
    cross = ax * by - ay * bx
    # Turning towards the +normal side makes that side the inner one.
    s = -1.0 if cross > 0 else 1.0
    outer, inner = (right, left) if s < 0 else (left, right)
    outer.append((x + s * nax, y + s * nay))
    nearly_180 = 1.0 + dot <= _NEARLY_ZERO
    cos_half = math.sqrt(max(0.0, (1.0 + dot) / 2))
    if not smooth and not nearly_180:
        if join == "miter" and cos_half >= inv_miter:
            mx, my = nax + nbx, nay + nby
            ml = math.hypot(mx, my)
            scale = hw / cos_half / ml
            outer.append((x + s * mx * scale, y + s * my * scale))
        elif join == "round":
            start = math.atan2(s * nay, s * nax)
            _arc(outer, x, y, hw, start, -s * math.acos(max(-1.0, min(1.0, dot))))
    if not smooth and join == "round" and nearly_180:
        start = math.atan2(s * nay, s * nax)
        _arc(outer, x, y, hw, start, -s * math.pi)
    outer.append((x + s * nbx, y + s * nby))
    # Inner side: through the pivot (exact union, Skia's handle_inner_join), or, inside a curve where
    # the offset lines meet well within both segments, through their intersection.
    if smooth and cos_half > 0.1:
        reach = hw * math.sqrt(max(0.0, 1.0 - cos_half * cos_half)) / cos_half
        if reach <= 0.5 * min(alen, blen):
            mx, my = nax + nbx, nay + nby
            scale = hw / cos_half / math.hypot(mx, my)
            inner.append((x - s * mx * scale, y - s * my * scale))
            return
    inner.append((x - s * nax, y - s * nay))
    inner.append((x, y))
    inner.append((x - s * nbx, y - s * nby))


def _stroke_contour(
    contour: _Contour, hw: float, join: str, cap: str, inv_miter: float, tol: float, out: PathBuilder
) -> None:
    pts, corner = _flatten(contour, hw, tol)
    closed = contour.closed
    n = len(pts)
    if n < 2:
        _dot(pts[0], hw, cap, out)
        return
    count = n if closed else n - 1
    dirs: list[tuple[float, float, float]] = []
    for i in range(count):
        (x0, y0), (x1, y1) = pts[i], pts[(i + 1) % n]
        dx, dy = x1 - x0, y1 - y0
        length = math.hypot(dx, dy)
        dirs.append((dx / length, dy / length, length))
    left: list[Op] = []
    right: list[Op] = []
    if closed:
        for v in range(n):
            _join(left, right, pts[v], dirs[v - 1], dirs[v], hw, join, inv_miter, not corner[v])
        _emit(left, out)
        _emit(_reversed_ops(right), out)
        return
    x, y = pts[0]
    ux, uy, _ = dirs[0]
    left.append((x - uy * hw, y + ux * hw))
    right.append((x + uy * hw, y - ux * hw))
    for v in range(1, n - 1):
        _join(left, right, pts[v], dirs[v - 1], dirs[v], hw, join, inv_miter, not corner[v])
    x, y = pts[-1]
    ux, uy, _ = dirs[-1]
    left.append((x - uy * hw, y + ux * hw))
    right.append((x + uy * hw, y - ux * hw))
    ops = left
    _cap(ops, pts[-1], ux, uy, hw, cap)
    ops.extend(_reversed_ops(right)[1:])
    sx, sy, _ = dirs[0]
    _cap(ops, pts[0], -sx, -sy, hw, cap)
    ops.pop()  # the start cap ends where the outline started
    _emit(ops, out)


def _piece_dirs(c: Curve) -> tuple[tuple[float, float, float], tuple[float, float, float]] | None:
    """Unit start and end directions of a line or cubic (with its chord length), None if it has none."""
    if len(c) == 2:
        dx, dy = c[1][0] - c[0][0], c[1][1] - c[0][1]
        length = math.hypot(dx, dy)
        if length <= _SAME_POINT:
            return None
        d = (dx / length, dy / length, length)
        return d, d
    sx, sy = cubic_tangent(c, 0.0)
    ex, ey = cubic_tangent(c, 1.0)
    sl, el = math.hypot(sx, sy), math.hypot(ex, ey)
    if sl <= _SAME_POINT or el <= _SAME_POINT:
        return None
    chord = math.hypot(c[-1][0] - c[0][0], c[-1][1] - c[0][1])
    return (sx / sl, sy / sl, chord), (ex / el, ey / el, chord)


def _stroke_contour_curves(
    contour: _Contour, hw: float, join: str, cap: str, inv_miter: float, inv_res: float, out: PathBuilder
) -> None:
    """Like :func:`_stroke_contour`, but curves keep their shape: each side of a curve is offset into
    Skia's quadratics (:func:`_offset_cubic`) and joins go only between the original segments."""
    pieces: list[Curve] = []
    for c in contour.curves:
        if len(c) == 3:  # a quadratic, raised to the same curve as a cubic
            x1, y1, x2, y2, x3, y3 = quad_as_cubic_op(c[0], c[1], c[2])
            c = (c[0], (x1, y1), (x2, y2), (x3, y3))
        pieces.append(c)
    if contour.closed and pieces and math.dist(pieces[-1][-1], pieces[0][0]) > _SAME_POINT:
        pieces.append((pieces[-1][-1], pieces[0][0]))
    kept: list[tuple[Curve, tuple[float, float, float], tuple[float, float, float]]] = []
    for c in pieces:
        dirs = _piece_dirs(c)
        if dirs is None:
            if len(c) == 4 and math.dist(c[0], c[3]) > _SAME_POINT:  # a curve without usable tangents
                c = (c[0], c[3])
                dirs = _piece_dirs(c)
            if dirs is None:
                continue
        kept.append((c, dirs[0], dirs[1]))
    if not kept:
        _dot(contour.curves[0][0], hw, cap, out)
        return
    left: list[Op] = []
    right: list[Op] = []

    def body(c: Curve) -> None:
        if len(c) == 4:
            left.extend(offset_cubic(c, hw, 1.0, inv_res))
            right.extend(offset_cubic(c, hw, -1.0, inv_res))

    if contour.closed:
        for i, (c, start, _end) in enumerate(kept):
            _join(left, right, c[0], kept[i - 1][2], start, hw, join, inv_miter, False)
            body(c)
        _emit(left, out)
        _emit(_reversed_ops(right), out)
        return
    c0, (ux, uy, _), _ = kept[0]
    x, y = c0[0]
    left.append((x - uy * hw, y + ux * hw))
    right.append((x + uy * hw, y - ux * hw))
    for i, (c, start, _end) in enumerate(kept):
        if i > 0:
            _join(left, right, c[0], kept[i - 1][2], start, hw, join, inv_miter, False)
        body(c)
    last, _, (ex, ey, _) = kept[-1]
    x, y = last[-1]
    left.append((x - ey * hw, y + ex * hw))
    right.append((x + ey * hw, y - ex * hw))
    ops = left
    _cap(ops, last[-1], ex, ey, hw, cap)
    ops.extend(_reversed_ops(right)[1:])
    _cap(ops, c0[0], -ux, -uy, hw, cap)
    ops.pop()
    _emit(ops, out)


# ------------------------------------------------------------------------------------------ hairlines

PixelSpan = tuple[int, int, int, int, int]
"""``(x, y, width, height, alpha 0..255)``: a pixel-aligned rectangle blended with that coverage."""


def hairline_spans(points: Sequence[Pt], closed: bool = False, cap: str = "butt") -> list[PixelSpan] | None:
    """tiny-skia's anti-aliased hairline for a polyline of horizontal and vertical segments.

    resvg draws strokes at most 1 device px wide as hairlines (``treat_as_hairline``): each segment
    separately, a 1 px band split between the two rows (columns) it straddles, end pixels scaled by
    their 1/64 px overlap, and no joins, so corners of a rectangle come out notched on one side and
    doubled on the other. The reference's debug boxes and thin decorations look exactly like that,
    which an area-filled 1 px stroke cannot reproduce. Returns None when a segment is diagonal
    (callers then stroke normally). Square caps extend open ends by 1/2 px, round ones by pi/8.
    """
    pts = list(points)
    if closed and len(pts) > 1 and pts[0] != pts[-1]:
        pts.append(pts[0])
    if len(pts) < 2:
        return []
    if cap != "butt" and not closed:
        out_by = 0.5 if cap == "square" else math.pi / 8
        pts[0] = _extend(pts[0], pts[1], out_by)
        pts[-1] = _extend(pts[-1], pts[-2], out_by)
    spans: list[PixelSpan] = []
    for (ax, ay), (bx, by) in zip(pts, pts[1:], strict=False):
        x0, y0, x1, y1 = int(ax * 64), int(ay * 64), int(bx * 64), int(by * 64)
        if y0 == y1 and x0 != x1:
            _hairline_axis(x0, x1, y0, False, spans)
        elif x0 == x1 and y0 != y1:
            _hairline_axis(y0, y1, x0, True, spans)
        elif x0 != x1 or y0 != y1:
            return None
    return spans


def _extend(p: Pt, toward: Pt, by: float) -> Pt:
    dx, dy = p[0] - toward[0], p[1] - toward[1]
    length = math.hypot(dx, dy)
    if length == 0:
        return (p[0] + by, p[1])
    return (p[0] + dx / length * by, p[1] + dy / length * by)


def _hairline_axis(a0: int, a1: int, across: int, vertical: bool, out: list[PixelSpan]) -> None:
    """One horizontal (or, with ``vertical``, vertical) hairline in 26.6 fixed point."""
    if a0 > a1:
        a0, a1 = a1, a0
    start, stop = a0 >> 6, (a1 + 63) >> 6
    if stop - start == 1:
        scale_start, scale_stop = a1 - a0, 0
    else:
        scale_start, scale_stop = 64 - (a0 & 63), a1 & 63
    f = (across << 10) + 0x8000
    lower = f >> 16
    alpha = (f >> 8) & 0xFF

    def emit(pos: int, length: int, scale: int) -> None:
        for row, a in ((lower, alpha), (lower - 1, 255 - alpha)):
            value = (a * scale) >> 6
            if value and row >= 0:
                out.append((row, pos, 1, length, value) if vertical else (pos, row, length, 1, value))

    emit(start, 1, scale_start)
    full = stop - (start + 1) - (1 if scale_stop > 0 else 0)
    if full > 0:
        emit(start + 1, full, 64)
    if scale_stop > 0:
        emit(stop - 1, 1, scale_stop)
