"""Stroke outlines: a :class:`~pureog.path.Path` plus stroke parameters -> the outline of the stroke.

Role: turns SVG/CSS strokes (borders, text decorations, debug boxes, ``-webkit-text-stroke``, SVG
``stroke``) into a plain path the rasterizer fills with the **non-zero** rule, so the display list never
needs a stroke primitive. Semantics follow SVG as resvg/tiny-skia implement them (SkStroke):

* joins ``miter`` (falls back to bevel past ``miter_limit``, measured as miter length / stroke width),
  ``round``, ``bevel``; caps ``butt``, ``round``, ``square``; zero-length subpaths draw a dot with
  round/square caps (an upright square, as Skia) and nothing with butt caps;
* dashes are applied first (:mod:`pureog.stroke.dash`).

Algorithm: curves are flattened first (Wang's formula for the chord error, plus a turning-angle bound
so that the offset outline stays within ``tolerance`` of the true offset curve at this half-width).
Each subpath then becomes Skia's "outer then reversed inner" outline: at a joint the outer side gets
the join geometry, the inner side goes through the pivot point. Filled with non-zero this equals the
union of one rectangle per segment plus the join wedges (the pivot detour makes the contour the exact
winding sum of those pieces), which is robust where offset curves self-intersect (stroke wider than
the curve's radius) without any intersection computation. Inside flattened curves the inner side uses
the offset lines' intersection instead of the pivot when that is provably safe, to keep edges few.
Vertices are placed where tiny-skia places them, not only the same shape: a miter between two lines
leaves the outer side the tip alone, square caps after a final line move points out to their corners
(:func:`_capped`), and a closed outline starts at its first segment's offset; a collinear vertex
elsewhere splits an edge, and each piece's fixed-point steps can cut another sub-sample row all along.
With ``res_scale`` (SVG strokes, border arcs) curves are instead offset as Skia does: each side of a
curve becomes quadratics fitted to the offset curve (:mod:`pureog.stroke.offset`), which bulge slightly
outwards; resvg's strokes show that bulge (a 4 px circle stroke: 42 -> 48 dB against the reference).
Glyph outlines (``-webkit-text-stroke``) keep the flattened method, which matches resvg better there
(tiny-skia's coarse quad flattening seems to cancel the bulge on small curves).

Input -> output: ``stroke_path(Path, width, *, join, cap, miter_limit, dashes, dash_offset, tolerance,
res_scale) -> Path``; ``offset_side(Path, distance, res_scale) -> Path`` (one side of such a stroke).
Imports :mod:`pureog.path`, :mod:`pureog.errors` and the stroke modules ``contours``, ``dash`` and
``offset``; must not import ``hairline`` or ``arc``, nor style, layout, text, display or raster.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from pureog import caches
from pureog.errors import PureogError
from pureog.path import Path, PathBuilder
from pureog.render_journal import NOTHING, Journal, recording, replay
from pureog.stroke.contours import SAME_POINT, Contour, Curve, Op, Pt, to_contours
from pureog.stroke.dash import dash_contours, dash_pattern
from pureog.stroke.linear import line_reduction
from pureog.stroke.offset import cubic_tangent, offset_cubic, quad_as_cubic_op

JOINS = ("miter", "round", "bevel")
CAPS = ("butt", "round", "square")

# Skia's SCALAR_NEARLY_ZERO (1 / 4096): joins whose normals differ less than this are straight.
_NEARLY_ZERO = 1.0 / 4096.0
_MAX_CURVE_STEPS = 256
_HALF_PI = math.pi / 2


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
    # The outline is a pure function of the arguments (paths hash once, when built): a warm render of a
    # card strokes the same border outlines again (a round-cornered border side: ~0.2 ms each, the stat
    # grid's 30 cards ~6 ms), so they are kept, up to _MEMO_MAX entries.
    key = (path, width, join, cap, miter_limit, None if dashes is None else tuple(dashes), dash_offset, tolerance,
           res_scale)
    found = _MEMO.get(key)
    if found is None:
        with recording() as charged:  # (its dashes: charged again when found kept, render_journal)
            stroked = _stroke(path, width, join, cap, miter_limit, dashes, dash_offset, tolerance, res_scale)
        if len(_MEMO) >= _MEMO_MAX.value:
            _MEMO.clear()
        _MEMO[key] = (stroked, charged[0])
        return stroked
    replay(key, found, found[1])
    return found[0]


_MEMO: dict[tuple[object, ...], tuple[Path, Journal]] = {}
_MEMO_MAX = caches.limit("stroke.outlines", 1024)  # stroked paths, with what stroking them charged


def _stroke(path: Path, width: float, join: str, cap: str, miter_limit: float, dashes: Sequence[float] | None,
            dash_offset: float, tolerance: float, res_scale: float | None) -> Path:
    """:func:`stroke_path` of valid arguments, computed."""
    contours = to_contours(path)
    pattern = dash_pattern(dashes)
    if pattern is not None:
        contours = dash_contours(contours, pattern, dash_offset, res_scale or 1.0)
    hw = width / 2
    tol = max(tolerance, 1e-4)
    inv_miter = 1.0 / miter_limit if miter_limit > 1.0 else 1.0
    out = PathBuilder()
    for k, contour in enumerate(contours):
        final = k == len(contours) - 1
        if res_scale is not None and any(len(c) > 2 for c in contour.curves):
            inv_res = 1.0 / (4.0 * res_scale) if res_scale > 0 else 0.25
            _stroke_contour_curves(contour, hw, join, cap, inv_miter, inv_res, out, final=final)
        else:
            _stroke_contour(contour, hw, join, cap, inv_miter, tol, out, final)
    return out.build()


def offset_side(path: Path, distance: float, res_scale: float = 1.0) -> Path:
    """The left-hand edge of ``path``'s stroke of width ``2 * distance`` (miter joins), each subpath's
    closed: on screen (y down) the inside of a clockwise outline, offset as tiny-skia offsets it (Skia's
    quadratics fitted within ``1 / (4 * res_scale)``, bulging outwards), not the exact parallel curve.
    Only smooth joins make it a plain region: at a sharp turn the inner side takes the stroker's detour
    through the corner point, which encloses a small square beyond it.

    Satori's content mask is a rectangle less such a stroke along the border box's outline: where the
    stroke's inner edge runs inside the rectangle (the rounded corners) it is this edge that cuts.

    Kept across renders (a pure function of its arguments): a round avatar's clip took ~0.5 ms of the
    blog card's display list a render (the curve offsetting and its f32 round trips)."""
    out = PathBuilder()
    if not (distance > 0 and math.isfinite(distance)):
        return out.build()
    key = ("side", path, distance, res_scale)  # (stroke_path's keys start with a Path)
    found = _MEMO.get(key)
    if found is None:
        inv_res = 1.0 / (4.0 * res_scale) if res_scale > 0 else 0.25
        for contour in to_contours(path):
            _stroke_contour_curves(contour, distance, "miter", "butt", 0.25, inv_res, out, left_only=True)
        found = (out.build(), NOTHING)  # (charges nothing)
        if len(_MEMO) >= _MEMO_MAX.value:
            _MEMO.clear()
        _MEMO[key] = found
    return found[0]


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


def _flatten(contour: Contour, hw: float, tol: float) -> tuple[list[Pt], list[bool]]:
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
        if abs(lx - first[0]) <= SAME_POINT and abs(ly - first[1]) <= SAME_POINT:
            pts.pop()
            corner.pop()
        corner[0] = True
    return pts, corner


def _add_point(pts: list[Pt], corner: list[bool], p: Pt, is_corner: bool) -> None:
    lx, ly = pts[-1]
    if abs(p[0] - lx) <= SAME_POINT and abs(p[1] - ly) <= SAME_POINT:
        corner[-1] = corner[-1] or is_corner
        return
    pts.append(p)
    corner.append(is_corner)


# ------------------------------------------------------------------------------------------- outline


# tiny-skia turns every round cap, round join and dot into conics (a quarter circle has weight
# sqrt(2)/2) and each conic at once into quadratics within 0.25 px of the conic, but never fewer than
# two per conic (path_geometry.rs, compute_quad_pow2). The quadratics bulge a little outside the
# circle; on a 1.5 px stroke that decides a cap's edge pixels, so we build the same quadratics.
_CONIC_TOLERANCE = 0.25
_QUADRANT_WEIGHT = math.sqrt(0.5)


def _conic_arc(out: list[Op], cx: float, cy: float, r: float, start: float, sweep: float) -> None:
    """Quadratics of a circular arc from angle ``start`` over ``sweep``, as tiny-skia builds it
    (``Conic::build_unit_arc``: one conic per whole quadrant from the start, then the remainder)."""
    sign = 1.0 if sweep >= 0 else -1.0
    remaining = abs(sweep)
    a = start
    while remaining > 1e-9:
        theta = min(_HALF_PI, remaining)
        if theta < 1e-6:
            break  # tiny-skia drops a remainder whose off-curve point equals the quadrant point
        half = theta / 2
        weight = _QUADRANT_WEIGHT if theta >= _HALF_PI - 1e-9 else math.cos(half)
        mid = a + sign * half
        reach = r / math.cos(half)
        b = a + sign * theta
        p0 = (cx + r * math.cos(a), cy + r * math.sin(a))
        p1 = (cx + reach * math.cos(mid), cy + reach * math.sin(mid))
        p2 = (cx + r * math.cos(b), cy + r * math.sin(b))
        out.extend(_conic_quads(p0, p1, p2, weight))
        remaining -= theta
        a = b


def _conic_quads(p0: Pt, p1: Pt, p2: Pt, w: float) -> list[Op]:
    """tiny-skia's ``AutoConicToQuads`` with its tolerance: 2**n quadratics by halving the conic."""
    k = (w - 1.0) / (4.0 * (w + 1.0))
    error = abs(k) * math.hypot(p0[0] - 2.0 * p1[0] + p2[0], p0[1] - 2.0 * p1[1] + p2[1])
    pow2 = 0
    while pow2 < 4 and error > _CONIC_TOLERANCE:
        error *= 0.25
        pow2 += 1
    conics = [(p0, p1, p2, w)]
    for _ in range(max(pow2, 1)):
        halves = []
        for q0, q1, q2, cw in conics:
            scale = 1.0 / (1.0 + cw)
            mid = ((q0[0] + 2.0 * cw * q1[0] + q2[0]) * scale * 0.5, (q0[1] + 2.0 * cw * q1[1] + q2[1]) * scale * 0.5)
            first = ((q0[0] + cw * q1[0]) * scale, (q0[1] + cw * q1[1]) * scale)
            second = ((cw * q1[0] + q2[0]) * scale, (cw * q1[1] + q2[1]) * scale)
            half_w = math.sqrt(0.5 + cw * 0.5)
            halves += [(q0, first, mid, half_w), (mid, second, q2, half_w)]
        conics = halves
    return [(c[1][0], c[1][1], c[2][0], c[2][1]) for c in conics]


def _reversed_ops(ops: list[Op]) -> list[Op]:
    """The same outline walked backwards (ops[0] is the start point)."""
    out: list[Op] = [ops[-1][-2:]]
    for k in range(len(ops) - 1, 0, -1):
        op = ops[k]
        px, py = ops[k - 1][-2:]
        if len(op) == 2:
            out.append((px, py))
        elif len(op) == 4:
            out.append((op[0], op[1], px, py))
        else:
            out.append((op[2], op[3], op[0], op[1], px, py))
    return out


def _emit(ops: list[Op], out: PathBuilder) -> None:
    out.move_to(ops[0][-2], ops[0][-1])
    for op in ops[1:]:
        if len(op) == 2:
            out.line_to(op[0], op[1])
        elif len(op) == 4:
            out.quad_to(*op)
        else:
            out.cubic_to(*op)
    out.close()


def _dot(p: Pt, hw: float, cap: str, out: PathBuilder) -> None:
    x, y = p
    if cap == "round":
        ops: list[Op] = [(x + hw, y)]
        _conic_arc(ops, x, y, hw, 0.0, -2 * math.pi)
        _emit(ops, out)
    elif cap == "square":
        _emit([(x + hw, y + hw), (x + hw, y - hw), (x - hw, y - hw), (x - hw, y + hw)], out)


def _cap(ops: list[Op], p: Pt, ux: float, uy: float, hw: float, cap: str, replace: bool = False) -> None:
    """From the left offset of ``p`` around its end (direction ``u``) to the right offset.

    ``replace``: a square cap moves the left side's last point out to the cap's corner instead of
    adding a side piece (its last curve then ends there), and stops at the other corner, where the
    reversed right side runs on: tiny-skia's square capper when Skia hands it the other side
    (``set_last_point``; see :func:`_capped`)."""
    x, y = p
    nx, ny = -uy * hw, ux * hw
    if cap == "square" and replace and ops:
        last = ops[-1]
        ops[-1] = (*last[:-2], x + nx + ux * hw, y + ny + uy * hw)
        ops.append((x - nx + ux * hw, y - ny + uy * hw))
        return
    if cap == "square":
        ops.append((x + nx + ux * hw, y + ny + uy * hw))
        ops.append((x - nx + ux * hw, y - ny + uy * hw))
    elif cap == "round":
        _conic_arc(ops, x, y, hw, math.atan2(ny, nx), -math.pi)
    ops.append((x - nx, y - ny))


def _capped(left: list[Op], right: list[Op], end: Pt, eu: tuple[float, float], start: Pt,
            su: tuple[float, float], hw: float, cap: str, last_line: bool, final: bool) -> list[Op]:
    """The outline of an open contour: ``left`` forward, the end cap, ``right`` reversed, the start cap.

    Vertices go where tiny-skia puts them, since a collinear vertex splits an edge and the rasterizer
    steps each piece from its own fixed-point ends (a side cut on sub-sample boundaries then differs by
    a sample row, 16/255, all along). Skia tells its square capper about the other side (so it moves a
    point instead of adding one) when the contour's last segment is a line: for the end cap only on the
    path's ``final`` contour (a move_to finishes the one before as if it ended in a curve), for the start
    cap whenever (it reads the last segment's flag too). The end cap then has neither offset of the end
    point as a vertex; the start cap keeps the right one and moves the left one out to the cap's corner
    (the first left segment, curve or line, starts there)."""
    ops = left
    _cap(ops, end, eu[0], eu[1], hw, cap, replace=last_line and final)
    ops.extend(_reversed_ops(right)[1:])
    x, y = start
    ux, uy = su
    if cap == "square" and last_line:
        nx, ny = -uy * hw, ux * hw  # the left offset
        corner_left = (x + nx - ux * hw, y + ny - uy * hw)
        corner_right = (x - nx - ux * hw, y - ny - uy * hw)
        return [corner_right, corner_left, *ops[1:]]
    _cap(ops, start, -ux, -uy, hw, cap)
    ops.pop()  # the start cap ends where the outline started
    return ops


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
    lines: tuple[bool, bool] = (False, False),
) -> None:
    """Add the joint at ``p`` between unit directions ``a`` and ``b`` (with segment lengths).

    ``lines``: whether the segments before and after ``p`` are straight lines. A miter between lines
    gives the outer side the tip alone, as tiny-skia's miter joiner does: the line before ends at the
    tip (``set_last_point``) and the line after starts there, so the offsets of ``p`` are no vertices
    (a collinear vertex splits an edge, and the rasterizer's fixed-point steps differ on each piece)."""
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
    nearly_180 = 1.0 + dot <= _NEARLY_ZERO
    cos_half = math.sqrt(max(0.0, (1.0 + dot) / 2))
    miter = not smooth and not nearly_180 and join == "miter" and cos_half >= inv_miter
    if not (miter and lines[0]):
        outer.append((x + s * nax, y + s * nay))
    if not smooth and not nearly_180:
        if miter:
            mx, my = nax + nbx, nay + nby
            ml = math.hypot(mx, my)
            scale = hw / cos_half / ml
            outer.append((x + s * mx * scale, y + s * my * scale))
        elif join == "round":
            start = math.atan2(s * nay, s * nax)
            _conic_arc(outer, x, y, hw, start, -s * math.acos(max(-1.0, min(1.0, dot))))
    if not smooth and join == "round" and nearly_180:
        start = math.atan2(s * nay, s * nax)
        _conic_arc(outer, x, y, hw, start, -s * math.pi)
    if not (miter and lines[1]):
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
    contour: Contour, hw: float, join: str, cap: str, inv_miter: float, tol: float, out: PathBuilder,
    last: bool = True,
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
    # Which joints are between lines (tiny-skia's vertex structure, see _join); a flattened curve's
    # pieces are curves there, so only an all-line contour says so.
    line = all(len(c) == 2 for c in contour.curves)
    if closed:
        for v in range(n):
            # the outline starts at the first segment's offset (tiny-skia's move_to), so the first
            # joint keeps the point after it
            _join(left, right, pts[v], dirs[v - 1], dirs[v], hw, join, inv_miter, not corner[v], (line, line and v > 0))
        _emit(left, out)
        _emit(_reversed_ops(right), out)
        return
    x, y = pts[0]
    ux, uy, _ = dirs[0]
    left.append((x - uy * hw, y + ux * hw))
    right.append((x + uy * hw, y - ux * hw))
    for v in range(1, n - 1):
        _join(left, right, pts[v], dirs[v - 1], dirs[v], hw, join, inv_miter, not corner[v], (line, line))
    x, y = pts[-1]
    ux, uy, _ = dirs[-1]
    left.append((x - uy * hw, y + ux * hw))
    right.append((x + uy * hw, y - ux * hw))
    sx, sy, _ = dirs[0]
    last_line = len(contour.curves[-1]) == 2
    _emit(_capped(left, right, pts[-1], (ux, uy), pts[0], (sx, sy), hw, cap, last_line, last), out)


def _piece_dirs(c: Curve) -> tuple[tuple[float, float, float], tuple[float, float, float]] | None:
    """Unit start and end directions of a line or cubic (with its chord length), None if it has none."""
    if len(c) == 2:
        dx, dy = c[1][0] - c[0][0], c[1][1] - c[0][1]
        length = math.hypot(dx, dy)
        if length <= SAME_POINT:
            return None
        d = (dx / length, dy / length, length)
        return d, d
    sx, sy = cubic_tangent(c, 0.0)
    ex, ey = cubic_tangent(c, 1.0)
    sl, el = math.hypot(sx, sy), math.hypot(ex, ey)
    if sl <= SAME_POINT or el <= SAME_POINT:
        return None
    chord = math.hypot(c[-1][0] - c[0][0], c[-1][1] - c[0][1])
    return (sx / sl, sy / sl, chord), (ex / el, ey / el, chord)


def _stroke_contour_curves(
    contour: Contour, hw: float, join: str, cap: str, inv_miter: float, inv_res: float, out: PathBuilder,
    left_only: bool = False, final: bool = True,
) -> None:
    """Like :func:`_stroke_contour`, but curves keep their shape: each side of a curve is offset into
    Skia's quadratics (:func:`~pureog.stroke.offset.offset_cubic`) and joins go only between the original
    segments. ``left_only``: emit the left side alone, closed (see :func:`offset_side`)."""
    pieces: list[Curve] = []
    for c in contour.curves:
        if len(c) == 3:  # a quadratic, raised to the same curve as a cubic
            x1, y1, x2, y2, x3, y3 = quad_as_cubic_op(c[0], c[1], c[2])
            c = (c[0], (x1, y1), (x2, y2), (x3, y3))
        pieces.append(c)
    if contour.closed and pieces and math.dist(pieces[-1][-1], pieces[0][0]) > SAME_POINT:
        pieces.append((pieces[-1][-1], pieces[0][0]))
    # Each piece with the join before it: a nearly straight cubic is stroked as tiny-skia strokes it,
    # as lines through its points of greatest curvature, those after the first joined round.
    lined: list[tuple[Curve, str]] = []
    for c in pieces:
        corners = line_reduction(c) if len(c) == 4 else None
        if corners is None:
            lined.append((c, join))
            continue
        at = c[0]
        for k, p in enumerate(corners):
            lined.append(((at, p), join if k == 0 else "round"))
            at = p
    kept: list[tuple[Curve, tuple[float, float, float], tuple[float, float, float], str]] = []
    for c, join_before in lined:
        dirs = _piece_dirs(c)
        if dirs is None:
            if len(c) == 4 and math.dist(c[0], c[3]) > SAME_POINT:  # a curve without usable tangents
                c = (c[0], c[3])
                dirs = _piece_dirs(c)
            if dirs is None:
                continue
        kept.append((c, dirs[0], dirs[1], join_before))
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
        for i, (c, start, _end, join_before) in enumerate(kept):
            lines = (len(kept[i - 1][0]) == 2, i > 0 and len(c) == 2)
            _join(left, right, c[0], kept[i - 1][2], start, hw, join_before, inv_miter, False, lines)
            body(c)
        _emit(left, out)
        if not left_only:
            _emit(_reversed_ops(right), out)
        return
    c0, (ux, uy, _), _, _ = kept[0]
    x, y = c0[0]
    left.append((x - uy * hw, y + ux * hw))
    right.append((x + uy * hw, y - ux * hw))
    for i, (c, start, _end, join_before) in enumerate(kept):
        if i > 0:
            lines = (len(kept[i - 1][0]) == 2, len(c) == 2)
            _join(left, right, c[0], kept[i - 1][2], start, hw, join_before, inv_miter, False, lines)
        body(c)
    last, _, (ex, ey, _), _ = kept[-1]
    x, y = last[-1]
    left.append((x - ey * hw, y + ex * hw))
    right.append((x + ey * hw, y - ex * hw))
    if left_only:
        _emit(left, out)
        return
    _emit(_capped(left, right, last[-1], (ex, ey), c0[0], (ux, uy), hw, cap, len(last) == 2, final), out)


caches.register("stroke.outline", _MEMO)
