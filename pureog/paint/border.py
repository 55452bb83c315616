"""Borders exactly as Satori 0.29 draws them: a ComputedStyle + border box -> display-list fills.

Satori (builder/border.ts) walks the sides top, right, bottom, left and groups each run of consecutive
sides with the same width, style and colour; every run is ONE SVG ``<path>`` along the border-radius
outline (builder/border-radius.ts, partial outlines for partial runs), stroked with width ``2w``
(``stroke-dasharray: 2w w`` for dashed) and clipped to the border-box outline, so only the inner half
of the stroke shows. A partial outline starts and ends on the 45 degree points of its corner arcs
(``svgArcCenterOffset``, rounded to 1/1000 px), which is where differently coloured sides meet;
without radius, later runs simply paint over earlier ones at the corners.

We rebuild that exact geometry: the outline as Satori's path (arcs converted to cubics as resvg does),
stroked by :func:`pureog.stroke.stroke_path` (miter joins, butt caps, SVG dashes) and filled inside a
clip group. The common case, four identical solid sides with square corners, is filled directly as
the even-odd ring between the outline and the padding edge, which is the same shape and much cheaper
(round corners are the stroke's offset quadratics in resvg, so they are stroked). A stroke of at most
1 px (a border of at most 0.5 px) is a tiny-skia hairline (:mod:`pureog.paint.hairline`).

Input: ComputedStyle, border-box Rect, resolved radii -> list of display nodes.
Must not import text, layout internals or raster.
"""

from __future__ import annotations

import math

from pureog import caches
from pureog.color import TRANSPARENT, Color, UnreadableColor
from pureog.contour import ROUND_CORNERS
from pureog.display import Clip, FillPath, FillRule, Group, Node, SolidPaint
from pureog.errors import tolerated_count
from pureog.geometry import Affine, Rect
from pureog.paint.radius import corner_shapes, inner_radii, resolve_radii
from pureog.path import Path, PathBuilder, Radii, has_radius, rect_path, rounded_rect_path
from pureog.render_journal import Journal, recording, replay
from pureog.style.computed import ComputedStyle
from pureog.style.values import CHROME_BORDER_STYLES, BorderStyle

Side = tuple[float, BorderStyle, Color]


def border_sides(style: ComputedStyle) -> list[Side]:
    """(width, style, colour) of the top, right, bottom and left sides; a side whose colour is an
    unreadable ``color`` (currentColor) is transparent: resvg draws no stroke of an invalid colour."""
    return [
        (width, kind, TRANSPARENT if isinstance(color, UnreadableColor) else color)
        for width, kind, color in (
            (style.border_top_width, style.border_top_style, style.border_top_color),
            (style.border_right_width, style.border_right_style, style.border_right_color),
            (style.border_bottom_width, style.border_bottom_style, style.border_bottom_color),
            (style.border_left_width, style.border_left_style, style.border_left_color),
        )
    ]


_BORDERS: dict[tuple[object, ...], tuple[ComputedStyle, tuple[Node, ...], Journal]] = {}
"""Memo of :func:`paint_border` across renders: (style by identity, the entry holding it; rect, radii,
moved, res_scale, matrix) -> its nodes (frozen records). The cascade hands back the same style objects
render after render, and building a round-cornered border (Satori's open side paths with their arcs,
stroked and clipped) took the stat grid's 30 cards ~1.5 ms a warm render. Not memoized: a border whose
painting reported anything, or with a zero coordinate or radius of negative sign (-0.0 == 0.0 as a key);
bounded. Each entry holds what building it charged (dashes, hairline pixels: :mod:`pureog.render_journal`)."""
_BORDERS_MAX = 512


def paint_border(style: ComputedStyle, rect: Rect, radii: Radii, path: str = "", moved: bool = False,
                 res_scale: float = 1.0, matrix: Affine | None = None, browser: bool = False) -> list[Node]:
    """The element's border, painted over its background (``path`` is the element path, unused;
    ``moved``: the element or an ancestor is transformed, so its strokes do not lie on canvas rows;
    ``res_scale``: the transform's stretch, at which resvg offsets the corner arcs and measures dashes;
    ``matrix``: that transform (rounded as drawn), which decides whether a thin side is a hairline;
    ``browser``: features: browser, where a dashed side is drawn as Chrome draws it)."""
    if not (style.border_top_width > 0 or style.border_right_width > 0 or style.border_bottom_width > 0
            or style.border_left_width > 0):
        return []  # most elements: no side is wide enough to draw (the test below, without building sides)
    sides = border_sides(style)
    if not any(w > 0 and not c.is_transparent for w, _, c in sides) or rect.width <= 0 or rect.height <= 0:
        return []
    numbers = (rect.x, rect.y, *radii[0], *radii[1], *radii[2], *radii[3])
    if any(v == 0.0 and math.copysign(1.0, v) < 0.0 for v in numbers):
        return _painted_border(style, sides, rect, radii, moved, res_scale, matrix, browser)
    key = (id(style), rect.x, rect.y, rect.width, rect.height, radii, moved, res_scale, matrix, browser)
    hit = _BORDERS.get(key)
    if hit is not None and hit[0] is style:
        replay(key, hit, hit[2])  # what building it charged (dashes, hairlines), once a render
        return list(hit[1])
    tolerated = tolerated_count()
    with recording() as charged:
        nodes = _painted_border(style, sides, rect, radii, moved, res_scale, matrix, browser)
    if tolerated_count() == tolerated:
        if len(_BORDERS) >= _BORDERS_MAX:
            _BORDERS.clear()
        _BORDERS[key] = (style, tuple(nodes), charged[0])
    return nodes


def _painted_border(style: ComputedStyle, sides: list[Side], rect: Rect, radii: Radii, moved: bool,
                    res_scale: float, matrix: Affine | None, browser: bool = False) -> list[Node]:
    """:func:`paint_border` of a border with a visible side."""
    first = sides[0]
    shapes = corner_shapes(style) if has_radius(radii) else ROUND_CORNERS
    if shapes != ROUND_CORNERS or any(side[1] in CHROME_BORDER_STYLES or (browser and side[1] is BorderStyle.DASHED)
                                      for side in sides):
        # styles Next refuses, with features: browser dashes (Satori's are spaced otherwise), and corners
        # with shapes (features: browser): Chrome's drawing, whose modules load on use
        from pureog.paint.border_styles import paint_chrome_border  # noqa: PLC0415

        return paint_chrome_border(sides, rect, radii, shapes, aligned=not moved)
    # The even-odd ring is the stroke's exact shape only with square corners: round ones are the
    # stroke's offset quadratics in resvg, and a border of at most 0.5 px is a hairline.
    if all(side == first for side in sides) and first[1] != BorderStyle.DASHED and not has_radius(radii) \
            and first[0] > 0.5 and not _thin_on_canvas(first[0], matrix):
        return _uniform_ring(rect, radii, first[0], first[2])
    from pureog.stroke import stroke_path  # noqa: PLC0415  (lazy: most borders are one solid ring)

    outline = rounded_rect_path(rect, radii)
    run_radii = side_radii(style, rect, radii)
    fills: list[Node] = []
    for partial, (width, border_style, color) in border_runs(sides):
        if width <= 0 or color.is_transparent:
            continue
        line = satori_border_path(rect, run_radii, partial)
        dashes = (2 * width, width) if border_style == BorderStyle.DASHED else None
        if matrix is not None and (matrix.b != 0.0 or matrix.c != 0.0 or matrix.a != 1.0 or matrix.d != 1.0
                                   or not matrix.e.is_integer() or not matrix.f.is_integer()):
            # Scaled, rotated or skewed: tiny-skia takes the stroke for a hairline only when its width
            # mapped by the matrix is at most 1 px by fast_len (a 1 px stroke turned 4 degrees is not
            # one: an ordinary stroke's outline), and then draws it in device pixels (under scaleY(0.16)
            # a 1 px hairline row in device space at 58 % coverage, not a local one squashed); moved by
            # a fraction of a pixel, the hairline is walked on the device's pixels too, not drawn on the
            # local ones and shifted (translate(0.5px, 0.25px): 34 dB so)
            from pureog.images.svg.hairline import hairline_stroke_nodes  # noqa: PLC0415

            hair = hairline_stroke_nodes(line, 2 * width, "butt", dashes, 0.0, SolidPaint(color), matrix)
            if hair is not None:
                # one stroke in resvg, however many coverage levels: the pieces share one layer, so
                # none is trimmed as a one-row shape of its own (render.py, trim.thin_shape_trim)
                if hair:  # (none: the side maps to no pixel row or column, e.g. under scale(0))
                    fills.append(Group(tuple(hair), composite=True) if len(hair) > 1 else hair[0])
                continue
        elif 2 * width <= 1.0:  # a stroke of at most 1 px: resvg draws a hairline
            from pureog.paint.hairline import hairline_path_nodes  # noqa: PLC0415

            if dashes is not None:
                # tiny-skia dashes the path first, then takes the thin stroke for a hairline all the
                # same (a 0.5 px dashed border: 1 px dashes of 1 px gaps, anti-aliased as hairlines)
                from pureog.stroke import dash_path  # noqa: PLC0415

                line = dash_path(line, dashes, 0.0, res_scale)
            fills.extend(hairline_path_nodes(line, 0.0, 0.0, color, 2 * width))
            continue
        # res_scale: offset the corner arcs as tiny-skia does (quads bulging outwards), as resvg draws them.
        stroke = stroke_path(
            line, 2 * width, join="miter", cap="butt", miter_limit=4.0, dashes=dashes, res_scale=res_scale
        )
        if stroke.is_empty:
            continue
        bounds = stroke.bounds()
        if not moved and bounds.y < 0.0 < bounds.y + bounds.height <= 1.0:
            # A 1 px side on the canvas's top edge: half its 2 px stroke lies above the canvas. resvg
            # trims the clipped path's layer to its pixels, one row here, and tiny-skia keeps only the
            # first two pixels of a one-row layer (measured; the same bug cuts any one-row layer)
            first_two = rect_path(Rect(math.floor(bounds.x), 0.0, 2.0, 1.0))
            fills.append(Group((FillPath(stroke, SolidPaint(color)),), clip=Clip(first_two)))
            continue
        fills.append(FillPath(stroke, SolidPaint(color)))
    if not fills:
        return []
    return [Group(tuple(fills), clip=Clip(outline))]


def _thin_on_canvas(width: float, matrix: Affine | None) -> bool:
    """Whether a transform draws a border ``width`` less than 1 px thick on some axis. resvg strokes
    the side 2 * width wide and clips it to the box, each anti-aliased on its own, and multiplies the
    two coverages: where the clip's edge and the stroke's inner edge fall in one pixel (a side under
    1 px), that is not the coverage of the even-odd ring, which is their exact intersection (under
    scaleY(0.26) a 1 px side covers 1/8 of its row in resvg, 1/4 as a ring)."""
    if matrix is None:
        return False
    return width * min(math.hypot(matrix.a, matrix.b), math.hypot(matrix.c, matrix.d)) < 1.0


def border_has_area(style: ComputedStyle, rect: Rect, radii: Radii) -> bool:
    """Whether one of Satori's border ``<path>``s has a bounding box with both a width and a height.

    resvg clips and masks a group only when its content has a bounding box, and a straight line (one
    side without radius) gives none: a transformed element whose only own shapes are such sides shows
    them with its ``<g clip-path mask>`` ignored (measured against Next).
    """
    return bool(border_object_boxes(style, rect, radii))


def border_object_boxes(style: ComputedStyle, rect: Rect, radii: Radii) -> list[Rect]:
    """The bounding boxes (element space) of Satori's border ``<path>``s that have one: a width and a
    height; a straight side has none and counts for nothing in its group's box (:func:`border_has_area`)."""
    boxes: list[Rect] = []
    run_radii = side_radii(style, rect, radii)
    for partial, (width, _, _) in border_runs(border_sides(style)):
        if width > 0:
            bounds = satori_border_path(rect, run_radii, partial).bounds()
            if bounds.width > 0 and bounds.height > 0:
                boxes.append(bounds)
    return boxes


def side_radii(style: ComputedStyle, rect: Rect, radii: Radii) -> Radii:
    """The radii of Satori's side paths: the box's, or where those are all 0 because no corner is round
    on both axes, the radii as resolved (a ``0px / 16px`` corner's 16 px line is drawn by the side it
    follows, at that side's width: a wider neighbour side stops short of the corner)."""
    if has_radius(radii):
        return radii
    return resolve_radii(style, rect.width, rect.height, sides=True)


def _uniform_ring(rect: Rect, radii: Radii, width: float, color: Color) -> list[Node]:
    if color.is_transparent:
        return []
    inner_rect = rect.inset(width, width, width, width)
    outer = rounded_rect_path(rect, radii)
    inner = rounded_rect_path(inner_rect, inner_radii(radii, width, width, width, width))
    ring = PathBuilder().extend(outer).extend(inner).build()
    return [FillPath(ring, SolidPaint(color), FillRule.EVENODD)]


def border_runs(sides: list[Side]) -> list[tuple[tuple[bool, bool, bool, bool], Side]]:
    """Satori's grouping: runs of equal consecutive sides, top first, never wrapping past the left side
    (its start-rotation loop never runs), each with the side flags of its partial outline."""
    runs: list[tuple[tuple[bool, bool, bool, bool], Side]] = []
    partial = [False] * 4
    for i in range(4):
        partial[i] = True
        if sides[i] != sides[(i + 1) % 4]:
            runs.append((tuple(partial), sides[i]))  # type: ignore[arg-type]
            partial = [False] * 4
    if any(partial):
        runs.append((tuple(partial), sides[3]))  # type: ignore[arg-type]
    return runs


def _js_round(value: float) -> float:
    return math.floor(value + 0.5)


def _arc_center_offset(rx: float, ry: float) -> float:
    """``svgArcCenterOffset``: the 45 degree point of an elliptical corner, rounded to 1/1000."""
    if _js_round(rx * 1000) == 0 and _js_round(ry * 1000) == 0:
        return 0.0
    return _js_round(rx * ry / math.sqrt(rx * rx + ry * ry) * 1000) / 1000


class _Pen:
    """A tiny SVG path writer with a current point (absolute A, relative h/v/a)."""

    def __init__(self) -> None:
        self.b = PathBuilder()
        self.x = self.y = 0.0

    def move(self, x: float, y: float) -> None:
        self.b.move_to(x, y)
        self.x, self.y = x, y

    def line_rel(self, dx: float, dy: float) -> None:
        self.b.line_to(self.x + dx, self.y + dy)
        self.x += dx
        self.y += dy

    def arc(self, rx: float, ry: float, x: float, y: float) -> None:
        from pureog.stroke import arc_to_cubics  # noqa: PLC0415  (see paint_border)

        segs = arc_to_cubics(self.x, self.y, rx, ry, 0.0, False, True, x, y)
        for seg in segs:
            if seg[0] == "L":
                self.b.line_to(seg[1], seg[2])  # type: ignore[arg-type]
            else:
                self.b.cubic_to(*seg[1:])  # type: ignore[arg-type]
        # usvg goes on from the last point it pushed (kurbo's sample of the ellipse, not the given end)
        self.x, self.y = segs[-1][-2], segs[-1][-1]  # type: ignore[assignment]


def satori_border_path(rect: Rect, radii: Radii, partial: tuple[bool, ...]) -> Path:
    """The open outline Satori strokes for the sides flagged in ``partial`` (top, right, bottom, left)."""
    left, top, width, height = rect.x, rect.y, rect.width, rect.height
    tl, tr, br, bl = radii
    corners = (tl, tr, br, bl)

    def arc_points(i: int) -> tuple[tuple[float, float], tuple[float, float]]:
        """(45 degree point of corner i, where that corner's arc meets side i), corners from top-left."""
        c0 = _arc_center_offset(*corners[i])
        if i == 0:
            return (left + tl[0] - c0, top + tl[1] - c0), (left + tl[0], top)
        if i == 1:
            return (left + width - tr[0] + c0, top + tr[1] - c0), (left + width, top + tr[1])
        if i == 2:
            return (left + width - br[0] + c0, top + height - br[1] + c0), (left + width - br[0], top + height)
        return (left + bl[0] - c0, top + height - bl[1] + c0), (left, top + height - bl[1])

    # Side i: its straight part, then the full arc of the corner that follows it (Satori's T, R, B, L).
    straights = (
        (width - tl[0] - tr[0], 0.0),
        (0.0, height - tr[1] - br[1]),
        (br[0] + bl[0] - width, 0.0),
        (0.0, bl[1] + tl[1] - height),
    )
    arc_after = ((tr, (tr[0], tr[1])), (br, (-br[0], br[1])), (bl, (-bl[0], -bl[1])), (tl, (tl[0], -tl[1])))
    # The corner *before* side i is corner i in arc_points' numbering and arc_after[(i + 3) % 4].
    if True not in partial:
        raise ValueError("a border run has at least one side")  # programming error
    start = 0
    if False in partial:
        start = partial.index(False)
        while not partial[start]:
            start = (start + 1) % 4
    pen = _Pen()
    mid, end = arc_points(start)
    pen.move(*mid)
    (rx, ry), _ = arc_after[(start + 3) % 4]
    pen.arc(rx, ry, *end)
    length = 0
    while length < 4 and partial[(start + length) % 4]:
        length += 1
    for k in range(length):
        side = (start + k) % 4
        pen.line_rel(*straights[side])
        if k < length - 1:
            (rx, ry), (dx, dy) = arc_after[side]
            pen.arc(rx, ry, pen.x + dx, pen.y + dy)
    last = (start + length) % 4
    (rx, ry), _ = arc_after[(last + 3) % 4]
    pen.arc(rx, ry, *arc_points(last)[0])
    return pen.b.build()


caches.register("paint.borders", _BORDERS)
