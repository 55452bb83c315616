"""A rounded border whose sides are all bands (solid, double, inset, outset, groove, ridge) painted one
side at a time, as Blink's box border painter paints a rounded box (its path model, measured against
headless Chromium; spec/differences.md: the border styles Next refuses).

Blink clips the whole border to the ring between the outer and inner rounded rectangles, then paints
each side in its paint order (translucent sides first, then by style, then top, bottom, right, left),
each under the clip of its side polygon (the outer edge and the two corner diagonals). At a corner
whose two sides draw the same colour the polygon's diagonal is a *hard* miter: an aliased clip, which
gives each pixel to one side whole (no seam); where the colours differ it is a *soft* one, anti-aliased.
A groove or ridge side is the whole ring in its outer shade, then the ring inside the centre line in
the inner shade over it (``DrawRidgeGrooveBoxSideFromPath``): so the anti-aliased inner edge is two
coats, and the centre line an edge of the top coat only.

Here a side is a group of its stripes (even-odd rings), clipped to its polygon; a hard miter's clip is
the polygon's pixel-centre staircase (whole pixels, so its anti-aliased coverage is exact), built only
when the border lies on the canvas's pixel grid (no transform).

Input: the sides, border-box Rect, radii, each side's stripes -> display nodes. Must not import text,
layout or raster.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from pureog.color import Color
from pureog.display import Clip, FillPath, FillRule, Group, Node, SolidPaint
from pureog.geometry import Rect, past_edge, segment_crossing
from pureog.paint.radius import inner_radii
from pureog.path import Path, PathBuilder, Radii, clamp_radii
from pureog.style.values import BorderStyle

Side = tuple[float, BorderStyle, Color]
Insets = tuple[float, ...]
Stripe = tuple[Insets, Insets, Color]
Point = tuple[float, float]

_TOP, _RIGHT, _BOTTOM, _LEFT = range(4)
_MAX_CONIC_HALVINGS = 5  # Skia's kMaxConicToQuadPOW2
_MAX_STAIR_ROWS = 16384
"""Rows of a hard miter's staircase at most (a huge box): beyond, the side keeps its anti-aliased
polygon, which differs from Chrome's only on the diagonal's pixels."""

# Blink's paint order of sides of one opacity (ComplexBorderInfo): styles by priority, then sides
_STYLE_PRIORITY = {BorderStyle.INSET: 2, BorderStyle.GROOVE: 2, BorderStyle.OUTSET: 1, BorderStyle.RIDGE: 1,
                   BorderStyle.DOTTED: 3, BorderStyle.DASHED: 4, BorderStyle.SOLID: 5, BorderStyle.DOUBLE: 6}
_SIDE_PRIORITY = (0, 2, 1, 3)  # top, right, bottom, left: top and bottom first
_SHADED = frozenset((BorderStyle.INSET, BorderStyle.OUTSET, BorderStyle.GROOVE, BorderStyle.RIDGE))


def paint_sides(sides: Sequence[Side], rect: Rect, radii: Radii, stripes: Callable[[int], list[Stripe]],
                aligned: bool) -> list[Node]:
    """Each drawn side's ``stripes`` (its rings, (from insets, to insets, colour), in painting order)
    clipped to its side polygon, sides in Blink's order; ``aligned``: the box is drawn on the canvas's
    pixel grid, so hard miters can be exact."""
    widths = tuple(side[0] for side in sides)
    drawn = [index for index, side in enumerate(sides) if _renders(side)]
    drawn.sort(key=lambda i: (sides[i][2].a, _STYLE_PRIORITY.get(sides[i][1], 0), _SIDE_PRIORITY[i]))
    nodes: list[Node] = []
    for index in drawn:
        fills: list[Node] = [FillPath(_ring(rect, radii, start, end), SolidPaint(colour), FillRule.EVENODD,
                                      analytic=True) for start, end, colour in stripes(index)]
        hard = (_colours_match(sides, index, (index + 3) % 4), _colours_match(sides, index, (index + 1) % 4))
        if not aligned or not any(hard):
            nodes.append(Group(tuple(fills), clip=Clip(_polygon(_region(rect, widths, radii, index, True, True)))))
            continue
        stairs = _staircase(_region(rect, widths, radii, index, hard[0], hard[1]))
        if stairs is None:
            nodes.append(Group(tuple(fills), clip=Clip(_polygon(_region(rect, widths, radii, index, True, True)))))
            continue
        node: Node = Group(tuple(fills), clip=Clip(stairs))
        if not all(hard):  # Blink's two clips: the soft miter's anti-aliased, the hard one's aliased
            node = Group((node,), clip=Clip(_polygon(_region(rect, widths, radii, index, not hard[0], not hard[1]))))
        nodes.append(node)
    return nodes


def _ring(rect: Rect, radii: Radii, start: Insets, end: Insets) -> Path:
    """The ring between the box's rounded rectangles inset by ``start`` and by ``end`` (per side)."""
    return PathBuilder().extend(_inset(rect, radii, start)).extend(_inset(rect, radii, end)).build()


def _inset(rect: Rect, radii: Radii, insets: Insets) -> Path:
    top, right, bottom, left = insets
    inner = Rect(rect.x + left, rect.y + top, max(0.0, rect.width - left - right),
                 max(0.0, rect.height - top - bottom))
    return skia_rrect(inner, inner_radii(radii, top, right, bottom, left))


def skia_rrect(rect: Rect, radii: Radii) -> Path:
    """A rounded rectangle as Skia fills it: ``SkPath::addRRect`` makes each corner a conic of weight
    sqrt(1/2), which Skia's edge builder turns into 2^k quadratics (``SkConic::computeQuadPOW2`` at a
    tolerance of 1/4 px, the conic halved k times, each half's control points kept as a quadratic's).
    Filled with Skia's analytic coverage, the curves' anti-aliased pixels come out as Chromium's; the
    elliptical arcs of :func:`pureog.path.rounded_rect_path` (kurbo's cubics) differ by up to 1/4 px."""
    x0, y0, x1, y1 = rect.x, rect.y, rect.x + rect.width, rect.y + rect.height
    (tlx, tly), (trx, try_), (brx, bry), (blx, bly) = (
        (rx, ry) if rx > 0 and ry > 0 else (0.0, 0.0) for rx, ry in clamp_radii(rect, radii))
    builder = PathBuilder().move_to(x0 + tlx, y0)
    corners = (((x1 - trx, y0), (x1, y0), (x1, y0 + try_)), ((x1, y1 - bry), (x1, y1), (x1 - brx, y1)),
               ((x0 + blx, y1), (x0, y1), (x0, y1 - bly)), ((x0, y0 + tly), (x0, y0), (x0 + tlx, y0)))
    for start, corner, end in corners:
        builder.line_to(*start)
        if start != end:
            for control, to in _conic_quads(start, corner, end):
                builder.quad_to(*control, *to)
    return builder.close().build()


def _conic_quads(p0: Point, p1: Point, p2: Point) -> list[tuple[Point, Point]]:
    """(control, end) of the quadratics standing for the quarter-ellipse conic p0, p1, p2."""
    weight = math.sqrt(0.5)
    k = (weight - 1.0) / (4.0 * (weight + 1.0))
    error = math.hypot(k * (p0[0] - 2.0 * p1[0] + p2[0]), k * (p0[1] - 2.0 * p1[1] + p2[1]))
    halvings = 0
    while halvings < _MAX_CONIC_HALVINGS and error > 0.25:
        error *= 0.25
        halvings += 1
    conics = [(p0, p1, p2, weight)]
    for _ in range(halvings):
        halves = []
        for a, b, c, w in conics:
            scale = 1.0 / (1.0 + w)
            half_weight = math.sqrt(0.5 + 0.5 * w)
            wb = (w * b[0], w * b[1])
            middle = ((a[0] + 2.0 * wb[0] + c[0]) * scale * 0.5, (a[1] + 2.0 * wb[1] + c[1]) * scale * 0.5)
            halves.append((a, ((a[0] + wb[0]) * scale, (a[1] + wb[1]) * scale), middle, half_weight))
            halves.append((middle, ((wb[0] + c[0]) * scale, (wb[1] + c[1]) * scale), c, half_weight))
        conics = halves
    return [(b, c) for _, b, c, _ in conics]


def _renders(side: Side) -> bool:
    width, style, color = side
    return width > 0 and not color.is_transparent and style not in (BorderStyle.NONE, BorderStyle.HIDDEN)


def _colours_match(sides: Sequence[Side], index: int, other: int) -> bool:
    """Blink's ``ColorsMatchAtCorner``: the neighbour is drawn in the same colour, and the side's style
    does not shade its two ends differently (inset, outset, groove and ridge change shade at the top
    right and bottom left corners)."""
    if not _renders(sides[other]) or sides[other][2] != sides[index][2]:
        return False
    return not (sides[index][1] in _SHADED and {index, other} in ({_TOP, _RIGHT}, {_BOTTOM, _LEFT}))


def _region(rect: Rect, widths: tuple[float, ...], radii: Radii, index: int, cut_a: bool,
            cut_b: bool) -> list[Point]:
    """Side ``index``'s polygon: its outer edge, cut at its first (``cut_a``) and second (``cut_b``)
    corner along the diagonal from the outer corner through the inner one, as deep as a rounded corner
    reaches; an end not cut runs on past the box (the other clip cuts it)."""
    top, right, bottom, left = widths
    x0, y0, x1, y1 = rect.x, rect.y, rect.x + rect.width, rect.y + rect.height
    depth = max(max(r) for r in radii) + max(widths) + 1.0
    corners = (((x0, y0), (x0 + left, y0 + top)), ((x1, y0), (x1 - right, y0 + top)),
               ((x1, y1), (x1 - right, y1 - bottom)), ((x0, y1), (x0 + left, y1 - bottom)))
    (a_out, a_in), (b_out, b_in) = corners[index], corners[(index + 1) % 4]
    ux, uy = ((1.0, 0.0), (0.0, 1.0), (-1.0, 0.0), (0.0, -1.0))[index]  # along the side, clockwise
    nx, ny = -uy, ux  # inward
    if cut_a:
        a_far = past_edge(a_out, a_in, depth, index in (_TOP, _BOTTOM))
    else:
        a_out = (a_out[0] - ux * depth, a_out[1] - uy * depth)
        a_far = (a_out[0] + nx * depth, a_out[1] + ny * depth)
    if cut_b:
        b_far = past_edge(b_out, b_in, depth, index in (_TOP, _BOTTOM))
    else:
        b_out = (b_out[0] + ux * depth, b_out[1] + uy * depth)
        b_far = (b_out[0] + nx * depth, b_out[1] + ny * depth)
    meet = segment_crossing(a_out, a_far, b_out, b_far) if cut_a and cut_b else None
    return [a_out, b_out, meet] if meet is not None else [a_out, b_out, b_far, a_far]


def _polygon(points: list[Point]) -> Path:
    builder = PathBuilder().move_to(*points[0])
    for x, y in points[1:]:
        builder.line_to(x, y)
    return builder.close().build()


def _staircase(points: list[Point]) -> Path | None:
    """The pixels whose centres the convex polygon ``points`` holds, as whole-pixel rectangles (Skia's aliased
    fill: on row ``y`` the pixels from ``round(left)`` up to ``round(right)``, the edges taken at the
    row's centre); None when it spans too many rows."""
    top = math.floor(min(y for _, y in points))
    bottom = math.ceil(max(y for _, y in points))
    if bottom - top > _MAX_STAIR_ROWS:
        return None
    edges = list(zip(points, points[1:] + points[:1], strict=True))
    builder = PathBuilder()
    run: tuple[int, int, int] | None = None  # (first row, left, right) of rows with one span

    def flush(end_row: int) -> None:
        if run is not None and run[2] > run[1]:
            first, left, right = run
            builder.move_to(left, first).line_to(right, first).line_to(right, end_row) \
                .line_to(left, end_row).close()

    for row in range(top, bottom):
        centre = row + 0.5
        xs = [ax + (centre - ay) * (bx - ax) / (by - ay)
              for (ax, ay), (bx, by) in edges if (ay <= centre < by) or (by <= centre < ay)]
        span = (math.floor(min(xs) + 0.5), math.floor(max(xs) + 0.5)) if len(xs) >= 2 else (0, 0)
        if run is None or (run[1], run[2]) != span:
            flush(row)
            run = (row, *span)
    flush(bottom)
    return builder.build()


__all__ = ["paint_sides"]

