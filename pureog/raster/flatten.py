"""Path flattening: a :class:`pureog.path.Path` plus an :class:`Affine` -> closed polylines in device px.

Role: first stage of rasterizing a fill or clip. Curves are transformed first (Béziers are affine
invariant, so mapping the control points is exact) and then replaced by the polyline tiny-skia's scan
converter walks for them (:mod:`pureog.raster.curve_edge`: chopped at y extrema, stepped in fixed
point), so curve edges are covered sample for sample as resvg covers them. ``C`` segments are
tiny-skia cubics (resvg hands it every SVG curve as a cubic), ``Q`` segments tiny-skia quadratics
(what its stroker emits).

Every subpath is returned closed (fills close open subpaths implicitly). Output: a list of flat float
lists ``[x0, y0, x1, y1, ...]``, one per subpath with at least two points.
Must not import style, layout, text or document.
"""

from __future__ import annotations

from pureog.geometry import Affine
from pureog.path import Path
from pureog.raster.curve_edge import cubic_points, quad_points

Polyline = list[float]


def flatten(path: Path, m: Affine) -> list[Polyline]:
    """Closed device-space polylines of ``path`` mapped through ``m``."""
    a, b, c, d, e, f = m.a, m.b, m.c, m.d, m.e, m.f
    out: list[Polyline] = []
    cur: Polyline = []
    # Current point in device space; start point of the subpath for "Z".
    px = py = 0.0
    sx = sy = 0.0
    for seg in path.segments:
        verb = seg[0]
        if verb == "L":
            x, y = seg[1], seg[2]
            px = a * x + c * y + e  # type: ignore[operator]
            py = b * x + d * y + f  # type: ignore[operator]
            if not cur:
                cur = [sx, sy]
            cur += (px, py)
        elif verb == "M":
            if len(cur) >= 4:
                out.append(cur)
            x, y = seg[1], seg[2]
            px = sx = a * x + c * y + e  # type: ignore[operator]
            py = sy = b * x + d * y + f  # type: ignore[operator]
            cur = [px, py]
        elif verb == "Q":
            x1, y1, x2, y2 = seg[1:5]
            qx = a * x1 + c * y1 + e  # type: ignore[operator]
            qy = b * x1 + d * y1 + f  # type: ignore[operator]
            ex = a * x2 + c * y2 + e  # type: ignore[operator]
            ey = b * x2 + d * y2 + f  # type: ignore[operator]
            if not cur:
                cur = [sx, sy]
            cur += quad_points(px, py, qx, qy, ex, ey)
            px, py = ex, ey
        elif verb == "C":
            x1, y1, x2, y2, x3, y3 = seg[1:7]
            c1x = a * x1 + c * y1 + e  # type: ignore[operator]
            c1y = b * x1 + d * y1 + f  # type: ignore[operator]
            c2x = a * x2 + c * y2 + e  # type: ignore[operator]
            c2y = b * x2 + d * y2 + f  # type: ignore[operator]
            ex = a * x3 + c * y3 + e  # type: ignore[operator]
            ey = b * x3 + d * y3 + f  # type: ignore[operator]
            if not cur:
                cur = [sx, sy]
            cur += cubic_points(px, py, c1x, c1y, c2x, c2y, ex, ey)
            px, py = ex, ey
        elif verb == "Z":
            if len(cur) >= 4:
                out.append(cur)
            cur = []
            px, py = sx, sy
    if len(cur) >= 4:
        out.append(cur)
    return out


def bounds(polylines: list[Polyline]) -> tuple[float, float, float, float] | None:
    """``(x0, y0, x1, y1)`` of all points, or None when there are none."""
    if not polylines:
        return None
    xs = [min(p[0::2]) for p in polylines]
    ys = [min(p[1::2]) for p in polylines]
    xe = [max(p[0::2]) for p in polylines]
    ye = [max(p[1::2]) for p in polylines]
    return (min(xs), min(ys), max(xe), max(ye))
