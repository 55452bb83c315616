"""Bounding boxes of paths as usvg 0.29 computes them (kurbo 0.9's curve extrema), float error included.

Role: points and cubics -> the box usvg's ``calc_bbox`` gives them: points widen it with
``if > max .. else if < min``, cubics by kurbo's ``bounding_box`` (the end points plus the curve at its
derivative's roots, found by kurbo's quadratic solver and evaluated term by term in its order). Python
floats are the same IEEE doubles and the same operations run in the same order, so the same ulps come
out: resvg truncates regions built on these boxes (``to_screen_rect``), where an ulp is a pixel.
Used by SVG object bounding boxes (:mod:`pureog.images.svg.pathdata`) and Satori's rounded-rectangle
boxes (:mod:`pureog.paint.usvg_bbox`). Imports nothing of pureog.
"""

from __future__ import annotations

import math

Point = tuple[float, float]


class Bounds:
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


__all__ = ["Bounds"]
