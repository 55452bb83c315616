"""Rectangles whose corners are superellipse quadrants: CSS ``corner-shape`` (CSS Borders 4) as Blink
draws it (``features: browser``).

A corner's shape is a curvature, the exponent of a superellipse quadrant: 2 is round, 4 squircle, 1
bevel (a straight diagonal), 1000 square (the box's own corner), below 1 concave (0.5 scoop, 0.001
notch). Blink (path_builder.cc ``AddCurvedCorner``) draws a convex corner that is neither round nor
straight as two cubic Béziers meeting at the quadrant's 45 degree point, whose control points come
from a fitted formula of the curvature (``_half_corner_cubic``); a concave corner is the convex
corner of the inverse curvature drawn towards the corner's centre instead of its outer point. Radii
are clamped as CSS clamps them (:func:`pureog.path.clamp_radii`).
"""

from __future__ import annotations

import math

from pureog.geometry import Rect
from pureog.path import KAPPA, Path, PathBuilder, Radii, clamp_radii

ROUND = 2.0
BEVEL = 1.0
STRAIGHT = 1000.0
NOTCH = 1.0 / STRAIGHT
ROUND_CORNERS = (ROUND, ROUND, ROUND, ROUND)

_FIT = (1.2430920942724248, 2.010479023614843, 0.32922901179443753, 0.2823023142212073, 1.3473704261055421,
        2.9149468637949814, 0.9106507102917086)
"""Blink's fitted constants for the half-corner Bézier (``ApproximateSuperellipseHalfCornerAsBezierCurve``)."""

Point = tuple[float, float]


def clamp_curvature(curvature: float) -> float:
    return min(max(curvature, NOTCH), STRAIGHT)


def contoured_rect_path(r: Rect, radii: Radii, curvatures: tuple[float, float, float, float]) -> Path:
    """The rectangle with corners of the given radii and curvatures (top-left, top-right,
    bottom-right, bottom-left), clockwise from the top-right corner's start, as Blink builds it."""
    (tlx, tly), (trx, try_), (brx, bry), (blx, bly) = (
        (rx, ry) if rx > 0 and ry > 0 else (0.0, 0.0) for rx, ry in clamp_radii(r, radii))
    x0, y0, x1, y1 = r.x, r.y, r.right, r.bottom
    tl, tr, br, bl = (clamp_curvature(c) for c in curvatures)
    # each corner as (start, outer, end, centre): the corner's box, from the side before it, clockwise
    corners = (
        (((x1 - trx, y0), (x1, y0), (x1, y0 + try_), (x1 - trx, y0 + try_)), tr),
        (((x1, y1 - bry), (x1, y1), (x1 - brx, y1), (x1 - brx, y1 - bry)), br),
        (((x0 + blx, y1), (x0, y1), (x0, y1 - bly), (x0 + blx, y1 - bly)), bl),
        (((x0, y0 + tly), (x0, y0), (x0 + tlx, y0), (x0 + tlx, y0 + tly)), tl),
    )
    builder = PathBuilder().move_to(*corners[0][0][0])
    for vertices, curvature in corners:
        _corner(builder, vertices, curvature)
    return builder.close().build()


def _corner(b: PathBuilder, vertices: tuple[Point, Point, Point, Point], curvature: float) -> None:
    start, outer, end, centre = vertices
    if curvature < 1.0:  # concave: the convex corner of the inverse curvature, bulging to the centre
        start, outer, end, centre = start, centre, end, outer
        curvature = 1.0 / curvature
    b.line_to(*start)
    if start == end:
        return
    if curvature >= STRAIGHT:
        b.line_to(*outer)
        b.line_to(*end)
    elif curvature == BEVEL:
        b.line_to(*end)
    elif curvature == ROUND:  # (Skia's conic of weight sqrt(2)/2; the cubic quarter ellipse)
        b.cubic_to(*_lerp(start, outer, KAPPA), *_lerp(end, outer, KAPPA), *end)
    else:
        p1, p2, p3 = _half_corner_cubic(curvature)

        def at(x: float, y: float) -> Point:  # the corner's unit square: x along start->outer, y to start
            return (centre[0] + (outer[0] - start[0]) * x + (start[0] - centre[0]) * y,
                    centre[1] + (outer[1] - start[1]) * x + (start[1] - centre[1]) * y)

        b.cubic_to(*at(*p1), *at(*p2), *at(*p3))
        b.cubic_to(*at(p2[1], p2[0]), *at(p1[1], p1[0]), *end)


def _lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def _half_corner_cubic(curvature: float) -> tuple[Point, Point, Point]:
    """Control points and end of the cubic from (0, 1) to the superellipse's 45 degree point, in the
    corner's unit square (a convex curvature), by Blink's fit."""
    p = _FIT
    s = math.log2(curvature)
    slope = p[0] + (p[6] - p[0]) * 0.5 * (1 + math.tanh(p[5] * (s - p[1])))
    base = 1 / (1 + math.exp(-slope * (0 - p[1])))
    logistic = 1 / (1 + math.exp(-slope * (s - p[1])))
    a = (logistic - base) / (1 - base)
    bend = p[2] * math.exp(-p[3] * s ** p[4])
    half = 0.5 ** (1 / curvature)
    return (a, 1.0), (half - bend, half + bend), (half, half)
