"""A 3D rendering context (``transform-style: preserve-3d``, ``features: browser``): the planes of its
elements depth-sorted, and cut where they cross, as Chromium's compositor draws them.

Input: the context's planes in paint order, each an element's finished nodes (canvas px, as if
untransformed) with its accumulated 4x4 matrix into the plane of the context root's parent. Output: one
projected group per visible piece, back to front, each the plane's layer drawn only inside the piece's
polygon (:class:`pureog.display.Projection` ``polygon``).

The order is viz's (components/viz/service/display/bsp_tree.cc, draw_polygon.cc), rewritten here: each
plane's layer rectangle is mapped into the target's 3D space (cut at ``w`` = 0.00001, divided by ``w``),
its normal the mapped ``(0, 0, 1)`` refined by cross products of the mapped corners; a BSP tree is built
with the first polygon of each list as the splitter, a polygon whose corners all lie within 0.05 px of
the splitter's plane is coplanar (kept in paint order: earlier ones before the splitter, later ones
after), one with corners on both sides is cut in two; the walk draws the side away from the viewer
(who looks down -z) first. Imports the display list and :mod:`pureog.matrix3d`; no raster.
"""

from __future__ import annotations

import math

from pureog.display import Group, Node, Projection
from pureog.geometry import Rect
from pureog.matrix3d import W_EPSILON, Matrix4
from pureog.paint.bounds import effect_margin, node_bounds
from pureog.records import record

SPLIT_THRESHOLD = 0.05
"""How thick a plane is (px): viz's ``split_threshold``."""

MAX_CUTS = 2048
"""Cuts per context: past them a crossing plane is not cut but ordered by most of its corners (each
piece is a layer drawn again; a card's scene needs a handful, 2,000 crossing planes could need millions)."""

Point3 = tuple[float, float, float]


@record
class Plane:
    """One element's own paint in a 3D rendering context."""

    nodes: tuple[Node, ...]
    matrix: Matrix4


class _Polygon:
    __slots__ = ("points", "normal", "order")

    def __init__(self, points: list[Point3], normal: Point3, order: int) -> None:
        self.points = points
        self.normal = normal
        self.order = order


def _sub(a: Point3, b: Point3) -> Point3:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def _cross(a: Point3, b: Point3) -> Point3:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _mapped_polygon(m: Matrix4, rect: Rect, order: int) -> _Polygon | None:
    """The layer rectangle in the target's 3D space: cut where it goes behind the eye, divided by w."""
    corners = [(rect.x, rect.y), (rect.right, rect.y), (rect.right, rect.bottom), (rect.x, rect.bottom)]
    homogeneous = [m.apply(x, y) for x, y in corners]
    kept: list[tuple[float, float, float, float]] = []
    for i, p in enumerate(homogeneous):
        q = homogeneous[(i + 1) % 4]
        if p[3] >= W_EPSILON:
            kept.append(p)
        if (p[3] >= W_EPSILON) != (q[3] >= W_EPSILON):
            t = (W_EPSILON - p[3]) / (q[3] - p[3])
            kept.append(tuple(a + t * (b - a) for a, b in zip(p, q, strict=True)))  # type: ignore[arg-type]
    points = [(x / w, y / w, z / w) for x, y, z, w in kept]
    if len(points) < 3 or not all(math.isfinite(v) for p in points for v in p):
        return None
    # the plane's normal: (0, 0, 1) under the linear part (its sense), then from the corners (viz's
    # ConstructNormal: cross products of near-diagonal pairs about the first point)
    e = m.m
    sense = (e[2], e[6], e[10])
    n = (0.0, 0.0, 0.0)
    delta = len(points) // 2
    for i in range(1, len(points) - delta):
        c = _cross(_sub(points[i], points[0]), _sub(points[i + delta], points[0]))
        n = (n[0] + c[0], n[1] + c[1], n[2] + c[2])
    length = math.sqrt(n[0] ** 2 + n[1] ** 2 + n[2] ** 2)
    if length == 0.0:
        return None  # seen edge-on: nothing of it shows
    if n[0] * sense[0] + n[1] * sense[1] + n[2] * sense[2] < 0.0:
        length = -length
    return _Polygon(points, (n[0] / length, n[1] / length, n[2] / length), order)


def _split(splitter: _Polygon, polygon: _Polygon, cut: bool) -> tuple[_Polygon | None, _Polygon | None, bool]:
    """``(front, back, coplanar)``: ``polygon`` on the splitter's sides, cut in two when it crosses
    (without ``cut``, past the budget, it goes whole to the side most of its corners are on)."""
    (ox, oy, oz), (nx, ny, nz) = splitter.points[0], splitter.normal
    d = [(p[0] - ox) * nx + (p[1] - oy) * ny + (p[2] - oz) * nz for p in polygon.points]
    low, high = min(d), max(d)
    if high <= SPLIT_THRESHOLD and low >= -SPLIT_THRESHOLD:  # coplanar: paint order decides
        return (polygon, None, True) if polygon.order >= splitter.order else (None, polygon, True)
    if low >= -SPLIT_THRESHOLD:
        return polygon, None, False
    if high <= SPLIT_THRESHOLD:
        return None, polygon, False
    d = [0.0 if abs(v) <= SPLIT_THRESHOLD else v for v in d]
    if not cut:
        return (polygon, None, False) if sum(d) >= 0.0 else (None, polygon, False)
    front: list[Point3] = []
    back: list[Point3] = []
    n = len(d)
    for i in range(n):
        p, dp = polygon.points[i], d[i]
        q, dq = polygon.points[(i + 1) % n], d[(i + 1) % n]
        if dp >= 0.0:
            front.append(p)
        if dp <= 0.0:
            back.append(p)
        if (dp > 0.0 and dq < 0.0) or (dp < 0.0 and dq > 0.0):
            t = dp / (dp - dq)
            c = (p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1]), p[2] + t * (q[2] - p[2]))
            front.append(c)
            back.append(c)
    return (_Polygon(front, polygon.normal, polygon.order) if len(front) >= 3 else None,
            _Polygon(back, polygon.normal, polygon.order) if len(back) >= 3 else None, False)


def _back_to_front(polygons: list[_Polygon]) -> list[_Polygon]:
    """The BSP tree of ``polygons`` (the first of each list splits the rest) walked back to front; built
    and walked with an explicit stack (a context may hold thousands of planes in a row)."""
    out: list[_Polygon] = []
    cuts = MAX_CUTS
    stack: list[list[_Polygon] | _Polygon] = [polygons]
    while stack:
        item = stack.pop()
        if isinstance(item, _Polygon):
            out.append(item)
            continue
        if not item:
            continue
        node = item[0]
        front: list[_Polygon] = []
        back: list[_Polygon] = []
        before: list[_Polygon] = []  # coplanar, earlier in paint order
        after: list[_Polygon] = []
        for polygon in item[1:]:
            f, b, coplanar = _split(node, polygon, cuts > 0)
            if coplanar:
                (after if f is not None else before).append(f or b)  # type: ignore[arg-type]
                continue
            if f is not None and b is not None:
                cuts -= 1
            if f is not None:
                front.append(f)
            if b is not None:
                back.append(b)
        # the viewer looks down -z: in front of the node's plane when its normal points up z
        first, last = (back, front) if node.normal[2] > 0.0 else (front, back)
        stack.append(last)
        stack.extend(reversed(after))
        stack.append(node)
        stack.extend(reversed(before))
        stack.append(first)
    return out


def layer_bounds(nodes: tuple[Node, ...]) -> Rect | None:
    """What a plane's layer spans (its paint, effects included)."""
    bounds = node_bounds(Group(nodes))
    if bounds is None:
        return None
    pad = effect_margin(Group(nodes))
    return Rect(bounds.x - pad, bounds.y - pad, bounds.width + 2 * pad, bounds.height + 2 * pad)


def sorted_planes(planes: list[Plane]) -> list[Node]:
    """The context's planes as projected groups, depth-sorted and cut as Chromium draws them (in the
    plane of the context root's parent)."""
    polygons: list[_Polygon] = []
    bounds: list[Rect | None] = []
    for order, plane in enumerate(planes):
        rect = layer_bounds(plane.nodes)
        bounds.append(rect)
        polygon = _mapped_polygon(plane.matrix, rect, order) if rect is not None else None
        if polygon is not None:
            polygons.append(polygon)
    ordered = _back_to_front(polygons)
    out: list[Node] = []
    for polygon in ordered:
        plane, rect = planes[polygon.order], bounds[polygon.order]
        assert rect is not None
        outline = tuple((x, y) for x, y, _ in polygon.points)
        out.append(Group((Group(plane.nodes),), projection=Projection(plane.matrix.flatten(), rect, outline)))
    return out


__all__ = ["MAX_CUTS", "SPLIT_THRESHOLD", "Plane", "layer_bounds", "sorted_planes"]
