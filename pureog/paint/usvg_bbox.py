"""The object bounding box resvg computes for Satori's rounded-rectangle path, float error included.

Role: a border box, its corner radii and an offset -> the bounding box Next's resvg (usvg 0.29 with
svgtypes 0.10 and kurbo 0.9) gives the path Satori writes for it (builder/border-radius.ts:
``M{left + tl},{top} h.. a.. v.. a.. h.. a.. v.. a..``), as a :class:`Rect`.

Why it matters: a filter region in objectBoundingBox units (Satori's box shadows) is this box, and
resvg turns it into pixels by *truncating* x and y (``to_screen_rect``). svgtypes converts each arc
into kurbo cubics whose end points come from ``sin``/``cos`` samples, and usvg's bounding box adds
each cubic's extrema found by a quadratic solver: at a corner the extremum lies at the curve's end and
evaluates a few ulps inside or outside the exact side. 23.999999999999996 truncates to 23, so the
region starts one pixel early and, keeping its rounded width, ends one pixel early: a blur-free box
shadow on a rounded box loses its last column and row in Next (measured with its resvg: a filter of
one ``feFlood`` over ``rx=8`` spans 23..122 for a shape at 24..123; the same outline written with
cubics spans 24..123). Python floats are the same IEEE doubles and the same operations are done in the
same order, so the same ulps come out.

Imports geometry only; no raster.
"""

from __future__ import annotations

import math

from pureog.geometry import Affine, Rect
from pureog.path import Path, PathBuilder, Radii

_TAU = 2.0 * math.pi
_HALF_PI = math.pi / 2.0
Point = tuple[float, float]


def satori_rounded_rect_bbox(rect: Rect, radii: Radii, dx: float = 0.0, dy: float = 0.0) -> Rect:
    """usvg's bbox of Satori's path for ``rect`` with (resolved) ``radii``, shifted by (dx, dy) as
    Satori's box shadow shifts it (only the absolute ``M`` moves; the relative segments follow)."""
    start, pieces = _satori_pieces(rect, radii, dx, dy)
    box = _Bounds(*start)
    for piece in pieces:
        if len(piece) == 1:
            box.add_point(*piece[0])
        else:
            box.add_cubic(*piece)
    return Rect(box.min_x, box.min_y, box.max_x - box.min_x, box.max_y - box.min_y)


def satori_rounded_rect_path(rect: Rect, radii: Radii, dx: float = 0.0, dy: float = 0.0) -> Path:
    """Satori's rounded-rectangle path as resvg holds it: lines and kurbo's arc cubics, left open
    (Satori writes no ``Z``), shifted by (dx, dy). Its stroke is a box shadow's spread."""
    start, pieces = _satori_pieces(rect, radii, dx, dy)
    b = PathBuilder().move_to(*start)
    for piece in pieces:
        if len(piece) == 1:
            b.line_to(*piece[0])
        else:
            (x1, y1), (x2, y2), (x, y) = piece[1:]
            b.cubic_to(x1, y1, x2, y2, x, y)
    return b.build()


def _satori_pieces(rect: Rect, radii: Radii, dx: float, dy: float) -> tuple[Point, list[tuple[Point, ...]]]:
    """The start point and the pieces of Satori's path (``(end,)`` a line, ``(start, c1, c2, end)``
    a cubic), computed with Satori's relative arithmetic and svgtypes' arc conversion."""
    (tl0, tl1), (tr0, tr1), (br0, br1), (bl0, bl1) = radii
    w, h = rect.width, rect.height
    # (kind, relative x, relative y, arc radii) in Satori's order and arithmetic
    steps: tuple[tuple[str, float, float, Point], ...] = (
        ("h", w - tl0 - tr0, 0.0, (0.0, 0.0)),
        ("a", tr0, tr1, (tr0, tr1)),
        ("v", 0.0, h - tr1 - br1, (0.0, 0.0)),
        ("a", -br0, br1, (br0, br1)),
        ("h", br0 + bl0 - w, 0.0, (0.0, 0.0)),
        ("a", -bl0, -bl1, (bl0, bl1)),
        ("v", 0.0, bl1 + tl1 - h, (0.0, 0.0)),
        ("a", tl0, -tl1, (tl0, tl1)),
    )
    x, y = (rect.x + tl0) + dx, rect.y + dy
    start = (x, y)
    pieces: list[tuple[Point, ...]] = []
    for kind, rx_, ry_, (arc_rx, arc_ry) in steps:
        if kind == "h":
            x = rx_ + x
            pieces.append(((x, y),))
        elif kind == "v":
            y = ry_ + y
            pieces.append(((x, y),))
        else:
            to = (rx_ + x, ry_ + y)
            cubics = _arc_to_cubics((x, y), to, arc_rx, arc_ry)
            if cubics is None:  # kurbo: a straight line
                x, y = to
                pieces.append(((x, y),))
                continue
            p0 = (x, y)
            for c1, c2, end in cubics:
                pieces.append((p0, c1, c2, end))
                p0 = end
            x, y = p0
    return start, pieces


def transformed_bbox(box: Rect, m: Affine) -> Rect:
    """usvg's ``PathBbox::transform``: the box as a rectangle path through ``m``, then that path's
    bounding box (the corners' extent: looser than the turned shape's own bounds)."""
    right, bottom = box.x + box.width, box.y + box.height
    corners = ((box.x, box.y), (right, box.y), (right, bottom), (box.x, bottom))
    mapped = [m.apply(x, y) for x, y in corners]
    out = _Bounds(*mapped[0])
    for x, y in mapped:
        out.add_point(x, y)
    return Rect(out.min_x, out.min_y, out.max_x - out.min_x, out.max_y - out.min_y)


class _Bounds:
    """usvg 0.29's ``calc_bbox``: points widen the box by ``if > max .. else if < min``, cubics by
    kurbo's ``bounding_box`` (end points plus the curve at its derivative's roots)."""

    __slots__ = ("max_x", "max_y", "min_x", "min_y")

    def __init__(self, x: float, y: float) -> None:
        self.min_x = self.max_x = x
        self.min_y = self.max_y = y

    def add_point(self, x: float, y: float) -> None:
        if x > self.max_x:
            self.max_x = x
        elif x < self.min_x:
            self.min_x = x
        if y > self.max_y:
            self.max_y = y
        elif y < self.min_y:
            self.min_y = y

    def add_cubic(self, p0: Point, p1: Point, p2: Point, p3: Point) -> None:
        x0, x1 = min(p0[0], p3[0]), max(p0[0], p3[0])
        y0, y1 = min(p0[1], p3[1]), max(p0[1], p3[1])
        for t in _extrema(p0, p1, p2, p3):
            px, py = _eval_cubic(p0, p1, p2, p3, t)
            x0, y0, x1, y1 = min(x0, px), min(y0, py), max(x1, px), max(y1, py)
        self.min_x = min(self.min_x, x0)
        self.max_x = max(self.max_x, x1)
        self.min_y = min(self.min_y, y0)
        self.max_y = max(self.max_y, y1)


def _arc_to_cubics(start: Point, end: Point, rx: float, ry: float) -> list[tuple[Point, Point, Point]] | None:
    """kurbo 0.9's ``Arc::from_svg_arc`` + ``to_cubic_beziers(0.1)`` for Satori's arcs (no rotation,
    small arc, sweep 1); None where kurbo sees a straight line."""
    if abs(rx) <= 1e-5 or abs(ry) <= 1e-5 or start == end:
        return None
    rx, ry = abs(rx), abs(ry)
    sin_phi, cos_phi = 0.0, 1.0  # x_rotation 0: (0 % 2pi).sin_cos()
    hd_x, hd_y = (start[0] - end[0]) * 0.5, (start[1] - end[1]) * 0.5
    hs_x, hs_y = (start[0] + end[0]) * 0.5, (start[1] + end[1]) * 0.5
    px = cos_phi * hd_x + sin_phi * hd_y
    py = -sin_phi * hd_x + cos_phi * hd_y
    rf = px * px / (rx * rx) + py * py / (ry * ry)
    if rf > 1.0:
        scale = math.sqrt(rf)
        rx *= scale
        ry *= scale
    rxry, rxpy, rypx = rx * ry, rx * py, ry * px
    sum_of_sq = rxpy * rxpy + rypx * rypx
    coe = 1.0 * math.sqrt(abs((rxry * rxry - sum_of_sq) / sum_of_sq))  # large_arc 0 != sweep 1: +1
    tcx, tcy = coe * rxpy / ry, -coe * rypx / rx
    cx = cos_phi * tcx - sin_phi * tcy + hs_x
    cy = sin_phi * tcx + cos_phi * tcy + hs_y
    start_angle = math.atan2((py - tcy) / ry, (px - tcx) / rx)
    sweep = math.fmod(math.atan2((-py - tcy) / ry, (-px - tcx) / rx) - start_angle, _TAU)
    if sweep < 0.0:
        sweep += _TAU
    n_err = max((1.1163 * (max(rx, ry) / 0.1)) ** (1.0 / 6.0), 3.999_999)
    n = math.ceil(n_err * abs(sweep) * (1.0 / _TAU))
    step = sweep / n
    arm = (4.0 / 3.0) * math.tan(abs(0.25 * step)) * math.copysign(1.0, sweep)
    angle0 = start_angle
    p0 = _sample(rx, ry, angle0)
    out = []
    for _ in range(int(n)):
        angle1 = angle0 + step
        t0 = _sample(rx, ry, angle0 + _HALF_PI)
        p1 = (p0[0] + arm * t0[0], p0[1] + arm * t0[1])
        p3 = _sample(rx, ry, angle1)
        t1 = _sample(rx, ry, angle1 + _HALF_PI)
        p2 = (p3[0] - arm * t1[0], p3[1] - arm * t1[1])
        out.append(((cx + p1[0], cy + p1[1]), (cx + p2[0], cy + p2[1]), (cx + p3[0], cy + p3[1])))
        angle0, p0 = angle1, p3
    return out


def _sample(rx: float, ry: float, angle: float) -> Point:
    """kurbo's ``sample_ellipse`` with no rotation (``rotate_pt`` by 0 keeps u and v, signs aside:
    ``u * 1 - v * 0`` and ``u * 0 + v * 1``)."""
    u, v = rx * math.cos(angle), ry * math.sin(angle)
    return (u * 1.0 - v * 0.0, u * 0.0 + v * 1.0)


def _extrema(p0: Point, p1: Point, p2: Point, p3: Point) -> list[float]:
    """kurbo's ``CubicBez::extrema``: the derivative's roots strictly inside (0, 1), per axis."""
    out: list[float] = []
    for axis in (0, 1):
        d0, d1, d2 = p1[axis] - p0[axis], p2[axis] - p1[axis], p3[axis] - p2[axis]
        a = d0 - 2.0 * d1 + d2
        b = 2.0 * (d1 - d0)
        out.extend(t for t in _solve_quadratic(d0, b, a) if 0.0 < t < 1.0)
    return sorted(out)


def _solve_quadratic(c0: float, c1: float, c2: float) -> list[float]:
    """kurbo's ``solve_quadratic`` (c0 + c1 x + c2 x^2 = 0), numerically as it does it."""
    with_inf = c2 == 0.0
    sc0 = math.inf if with_inf else c0 * (1.0 / c2)
    sc1 = math.inf if with_inf else c1 * (1.0 / c2)
    if not (math.isfinite(sc0) and math.isfinite(sc1)):
        if c1 == 0.0:
            return [0.0] if c0 == 0.0 else []
        root = -c0 / c1
        return [root] if math.isfinite(root) else []
    arg = sc1 * sc1 - 4.0 * sc0
    if not math.isfinite(arg):
        root1 = -sc1
    elif arg < 0.0:
        return []
    elif arg == 0.0:
        return [-0.5 * sc1]
    else:
        root1 = -0.5 * (sc1 + math.copysign(math.sqrt(arg), sc1))
    root2 = sc0 / root1 if root1 != 0.0 else math.inf
    if not math.isfinite(root2):
        return [root1]
    return [root1, root2] if root2 > root1 else [root2, root1]


def _eval_cubic(p0: Point, p1: Point, p2: Point, p3: Point, t: float) -> Point:
    """kurbo's ``CubicBez::eval``, term by term in its order."""
    mt = 1.0 - t
    a, b, c = mt * mt * mt, mt * mt * 3.0, mt * 3.0
    return (
        p0[0] * a + (p1[0] * b + (p2[0] * c + p3[0] * t) * t) * t,
        p0[1] * a + (p1[1] * b + (p2[1] * c + p3[1] * t) * t) * t,
    )


__all__ = ["satori_rounded_rect_bbox", "transformed_bbox"]
