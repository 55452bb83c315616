"""Path flattening: a :class:`pureog.path.Path` plus an :class:`Affine` -> closed polylines in device px.

Role: first stage of rasterizing a fill or clip. Curves are transformed first (Béziers are affine
invariant, so mapping the control points is exact) and then replaced by the polyline tiny-skia's scan
converter walks for them (:mod:`pureog.raster.curve_edge`: chopped at y extrema, stepped in fixed
point), so curve edges are covered sample for sample as resvg covers them. ``C`` segments are
tiny-skia cubics (resvg hands it every SVG curve as a cubic), ``Q`` segments tiny-skia quadratics
(what its stroker emits).

Every subpath is returned closed (fills close open subpaths implicitly). Output: a list of flat float
lists ``[x0, y0, x1, y1, ...]``, one per subpath with at least two points.

:func:`flatten_fixed` is :func:`flatten` for a glyph (a translation, every number in ``[0, 2^22)`` px),
in the integers the scan converter makes of the floats (1/256 px), with their bounds.

:func:`flatten_clipped` is the same for a fill drawn straight onto a pixmap: when the path's bounds,
rounded out, leave the pixmap, tiny-skia cuts every segment to it first (:mod:`pureog.raster.edge_clip`)
and steps the pieces; those come back as open polylines, one per piece.
Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
import operator
from array import array

from pureog.errors import LimitError
from pureog.f32 import f32
from pureog.geometry import Affine
from pureog.limits import MAX_PATH_POINTS, PAINT_WORK_CUT_SEGMENT, charge_paint
from pureog.path import Path
from pureog.raster.curve_edge import cubic_fixed, cubic_piece_points, cubic_points, quad_piece_points, quad_points
from pureog.raster.edge_clip import Seg, clip_segment

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


FixedPolyline = tuple[list[int], list[int], list[float] | None]
"""A polyline in 1/256 px: its x and y numbers, and its points as :func:`flatten` gives them (doubles,
flat) when it has no curve (the rasterizer's rectangle test reads those), else None."""

_FIXED_TOP = float(1 << 22)  # px: the numbers flatten_fixed takes (and 256 times them an exact int below 2^31)


def flatten_fixed(path: Path, m: Affine, span: tuple[float, float, float, float] | None
                  ) -> tuple[list[FixedPolyline], tuple[float, float, float, float]] | None:  # fmt: skip
    """:func:`flatten`'s polylines as the numbers :func:`pureog.raster.scan.rasterize` makes of them
    (``int(v * 256)`` of each coordinate; a curve's step points are those integers before their division
    by 256) and their bounds (:func:`bounds`), without the round trip through floats; None when it does
    not apply: ``m`` not a translation, ``span`` (the local bounds of every number of the path, control
    points included: :func:`pureog.raster.glyph_shift.span`) missing, or any mapped number outside
    ``[0, 2^22)`` px or not finite, or a quadratic (then :func:`flatten`). Exact: the integers are those
    ``int(v * 256)`` gives the floats (for ``0 <= v``, the floor; a step point is a multiple of 1/256,
    so multiplied back exactly), and the bounds the same floor and ceiling: a double point is taken
    itself, a step point as its integer over 256, exactly its float."""
    if span is None or not (m.a == 1.0 and m.d == 1.0 and m.b == 0.0 and m.c == 0.0):
        return None
    a, b, c, d, e, f = m.a, m.b, m.c, m.d, m.e, m.f
    # mapped as flatten maps them (the same expressions): a rounded sum is monotonic, so the ends of
    # the span bound every mapped number
    if not (0.0 <= span[0] + e and span[1] + e < _FIXED_TOP and 0.0 <= span[2] + f and span[3] + f < _FIXED_TOP):
        return None  # (NaN too)
    out: list[FixedPolyline] = []
    xs: list[int] = []
    ys: list[int] = []
    dx: list[float] = []  # the polyline's double points (not stepped): the bounds read them as floats
    dy: list[float] = []
    curved = False
    lo_x: list[float] = []  # each kept polyline's least and greatest coordinates
    lo_y: list[float] = []
    hi_x: list[float] = []
    hi_y: list[float] = []
    px = py = sx = sy = 0.0

    def keep(xs: list[int], ys: list[int], dx: list[float], dy: list[float], curved: bool) -> None:
        out.append((xs, ys, None if curved else [v for pt in zip(dx, dy, strict=True) for v in pt]))
        lo_x.append(min(min(dx), min(xs) / 256.0))  # (a truncated double point's floor is its own)
        lo_y.append(min(min(dy), min(ys) / 256.0))
        hi_x.append(max(max(dx), max(xs) / 256.0))
        hi_y.append(max(max(dy), max(ys) / 256.0))

    try:
        for seg in path.segments:
            verb = seg[0]
            if verb == "L" or verb == "C":
                if not xs:
                    xs, ys, dx, dy, curved = [int(sx * 256.0)], [int(sy * 256.0)], [sx], [sy], False
                if verb == "L":
                    x, y = seg[1], seg[2]
                    px = a * x + c * y + e  # type: ignore[operator]
                    py = b * x + d * y + f  # type: ignore[operator]
                    xs.append(int(px * 256.0))
                    ys.append(int(py * 256.0))
                    dx.append(px)
                    dy.append(py)
                    continue
                x1, y1, x2, y2, x3, y3 = seg[1:7]
                ex = a * x3 + c * y3 + e  # type: ignore[operator]
                ey = b * x3 + d * y3 + f  # type: ignore[operator]
                cubic_fixed(xs, ys, px, py, a * x1 + c * y1 + e, b * x1 + d * y1 + f,  # type: ignore[operator]
                            a * x2 + c * y2 + e, b * x2 + d * y2 + f, ex, ey)  # type: ignore[operator]
                px, py = ex, ey
                curved = True
            elif verb == "M" or verb == "Z":
                if len(xs) >= 2:
                    keep(xs, ys, dx, dy, curved)
                if verb == "M":
                    x, y = seg[1], seg[2]
                    px = sx = a * x + c * y + e  # type: ignore[operator]
                    py = sy = b * x + d * y + f  # type: ignore[operator]
                    xs, ys, dx, dy, curved = [int(px * 256.0)], [int(py * 256.0)], [px], [py], False
                else:
                    xs, ys = [], []
                    px, py = sx, sy
            elif verb == "Q":
                return None
    except (ValueError, OverflowError):  # a NaN or an infinity the span's ends did not show
        return None
    if len(xs) >= 2:
        keep(xs, ys, dx, dy, curved)
    if not out:
        return None
    return out, (min(lo_x), min(lo_y), max(hi_x), max(hi_y))


def _device_segments(path: Path, m: Affine, baked: bool = False) -> list[Seg]:
    """The path's segments in f32 device coordinates as tiny-skia's ``PathEdgeIter`` yields them:
    lines, quadratics and cubics, every contour closed by a line back to its start. ``baked``: ``m`` is
    a translation Satori writes into the path's numbers (see :func:`flatten_clipped`)."""
    segments = path.segments
    xs = [v for seg in segments for v in seg[1::2]]
    ys = [v for seg in segments for v in seg[2::2]]
    try:
        mx, my = _device_points(xs, ys, m, baked)  # type: ignore[arg-type]
    except OverflowError:  # a number past any float (an int from a hand-made path): point by point
        mapped = [_device_point(x, y, m, baked) for x, y in zip(xs, ys, strict=True)]  # type: ignore[arg-type]
        mx, my = [x for x, _ in mapped], [y for _, y in mapped]
    out: list[Seg] = []
    cur = start = (0.0, 0.0)
    open_ = False
    at = 0  # the segment's first point in mx, my
    for seg in segments:
        verb = seg[0]
        count = (len(seg) - 1) // 2
        if verb in ("M", "Z"):
            if open_ and cur != start:
                out.append((*cur, *start))
            open_ = False
            if verb == "M":
                cur = start = (mx[at], my[at])
            else:
                cur = start
            at += count
            continue
        flat: list[float] = [*cur]
        for i in range(at, at + count):
            flat += (mx[i], my[i])
        at += count
        out.append(tuple(flat))
        cur = (flat[-2], flat[-1])
        open_ = True
    if open_ and cur != start:
        out.append((*cur, *start))
    return out


def _device_points(xs: list[float], ys: list[float], m: Affine, baked: bool) -> tuple[list[float], list[float]]:
    """:func:`_device_point` of every point, a list at a time: an array of C floats rounds a list of
    doubles to f32 at once (a text node's one path of 700 glyphs of 500 segments each was mapped a
    coordinate at a time, ten f32 round trips a point: ~5 us a segment)."""
    if baked:
        ex, fy = m.e, m.f
        return array("f", [x + ex for x in xs]).tolist(), array("f", [y + fy for y in ys]).tolist()
    a, b, c, d, e, f = (f32(v) for v in (m.a, m.b, m.c, m.d, m.e, m.f))
    px, py = array("f", xs), array("f", ys)
    add = operator.add
    xa, yc = array("f", [x * a for x in px]), array("f", [y * c for y in py])
    xb, yd = array("f", [x * b for x in px]), array("f", [y * d for y in py])
    mx = array("f", [v + e for v in array("f", map(add, xa, yc))]).tolist()
    my = array("f", [v + f for v in array("f", map(add, xb, yd))]).tolist()
    return mx, my


def _device_point(x: float, y: float, m: Affine, baked: bool) -> tuple[float, float]:
    """One point mapped as tiny-skia maps it: its f32 coordinates by the f32 transform, each product and
    sum rounded (``Transform::map_points``: along a cut the pieces' control points depend on those
    ulps); ``baked``: offset in doubles and read as f32, as resvg parses absolute numbers in SVG text."""
    if baked:
        return (f32(x + m.e), f32(y + m.f))
    a, b, c, d, e, f = (f32(v) for v in (m.a, m.b, m.c, m.d, m.e, m.f))
    x, y = f32(x), f32(y)
    return (f32(f32(f32(x * a) + f32(y * c)) + e), f32(f32(f32(x * b) + f32(y * d)) + f))


def flatten_clipped(path: Path, m: Affine, clip: tuple[int, int, int, int],
                    baked: bool = False) -> tuple[list[Polyline], bool]:  # fmt: skip
    """``(polylines, closed)``: :func:`flatten`'s closed polylines when the path's bounds (every point,
    control points too, rounded out to whole pixels) lie inside ``clip``; else the open polylines of
    the pieces tiny-skia's edge clipper cuts from it (``scan/path_aa.rs``: ``path_contained_in_clip``).

    ``baked``: ``m`` is a translation that Satori writes into the path's numbers (a glyph outside any
    transform, at absolute coordinates in its SVG): each point is offset in doubles and then rounded to
    f32, as resvg parses it and tiny-skia draws it without a transform. Mapped by an f32 translation
    instead, a point may land an ulp away, and a curve cut at the canvas edge then gives other pieces
    (the top of an ``f`` in the last row of a 3 px canvas: 48 instead of 16 in one pixel)."""
    kept = _near_contours(path, m, clip)
    if kept is not None:
        # contours far outside were left out: the path leaves the clip, so it is cut (below) as tiny-skia
        # cuts it, and what the clipper made of those contours (lines pushed onto the clip's left side,
        # each contour's cancelling itself; nothing above, below or right) covers nothing
        charge_paint(len(kept.segments) * PAINT_WORK_CUT_SEGMENT)
        segs = _device_segments(kept, m, baked)
        return _cut(segs, clip), False
    segs = _device_segments(path, m, baked)
    if not segs:
        return [], True
    xs = [v for s in segs for v in s[0::2]]
    ys = [v for s in segs for v in s[1::2]]
    x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
    cx0, cy0, cx1, cy1 = clip
    if not all(map(math.isfinite, (x0, y0, x1, y1))) or (
        math.floor(x0) >= cx0 and math.floor(y0) >= cy0 and math.ceil(x1) <= cx1 and math.ceil(y1) <= cy1
    ):
        return flatten(path, m), True
    charge_paint(len(segs) * PAINT_WORK_CUT_SEGMENT)
    return _cut(segs, clip), False


def _cut(segs: list[Seg], clip: tuple[int, int, int, int]) -> list[Polyline]:
    """The open polylines of the pieces of ``segs`` within ``clip`` (tiny-skia's edge clipper)."""
    cx0, cy0, cx1, cy1 = clip
    rect = (float(cx0), float(cy0), float(cx1), float(cy1))
    out: list[Polyline] = []
    values = 0  # the points' coordinates so far: the shape's point limit is checked as it grows
    for s in segs:
        for piece in clip_segment(s, rect):
            n = len(piece)
            if n == 4:
                out.append(list(piece))
                values += 4
            else:
                points = quad_piece_points(piece) if n == 6 else cubic_piece_points(piece)
                out.append(points)
                values += len(points)
        if values > 2 * MAX_PATH_POINTS:
            raise LimitError(f"a shape flattened to more than {MAX_PATH_POINTS:,} points")
    return out


NEAR_CONTOURS_FROM = 64
"""Segments from which :func:`flatten_clipped` looks for contours far outside the clip (a text node's
stroke, one path of every glyph's stroked outline, runs far below a small canvas)."""


def _near_contours(path: Path, m: Affine, clip: tuple[int, int, int, int]) -> Path | None:
    """``path`` without its contours whose points (their local bounds' corners mapped by ``m``: a
    superset) stay more than two pixels outside ``clip``; None when there is none to leave out. Each
    contour is closed (:func:`_device_segments`), so what tiny-skia's clipper makes of one wholly
    outside covers no pixel: 19,000 characters stroked 200 px wide were mapped point by point in f32
    and cut to nothing, over a minute."""
    segments = path.segments
    if len(segments) < NEAR_CONTOURS_FROM:
        return None
    cx0, cy0, cx1, cy1 = clip[0] - 2, clip[1] - 2, clip[2] + 2, clip[3] + 2
    kept: list[object] = []
    start = 0
    dropped = False
    for end in range(1, len(segments) + 1):
        if end < len(segments) and segments[end][0] != "M":
            continue
        xs = [v for seg in segments[start:end] for v in seg[1::2]]
        ys = [v for seg in segments[start:end] for v in seg[2::2]]
        if xs:
            x0, x1 = float(min(xs)), float(max(xs))  # type: ignore[type-var, arg-type]
            y0, y1 = float(min(ys)), float(max(ys))  # type: ignore[type-var, arg-type]
            px = (m.a * x0 + m.c * y0, m.a * x0 + m.c * y1, m.a * x1 + m.c * y0, m.a * x1 + m.c * y1)
            py = (m.b * x0 + m.d * y0, m.b * x0 + m.d * y1, m.b * x1 + m.d * y0, m.b * x1 + m.d * y1)
            if (max(px) + m.e < cx0 or min(px) + m.e > cx1 or max(py) + m.f < cy0 or min(py) + m.f > cy1):
                dropped = True
                start = end
                continue
        kept.extend(segments[start:end])
        start = end
    return Path(tuple(kept)) if dropped else None  # type: ignore[arg-type]


def bounds(polylines: list[Polyline]) -> tuple[float, float, float, float] | None:
    """``(x0, y0, x1, y1)`` of all points, or None when there are none."""
    if not polylines:
        return None
    xs = [min(p[0::2]) for p in polylines]
    ys = [min(p[1::2]) for p in polylines]
    xe = [max(p[0::2]) for p in polylines]
    ye = [max(p[1::2]) for p in polylines]
    return (min(xs), min(ys), max(xe), max(ye))
