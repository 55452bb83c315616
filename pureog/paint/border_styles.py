"""Border styles Next cannot draw, as Chrome draws them: ``double``, ``groove``, ``ridge``, ``inset``,
``outset`` and ``dotted`` (a ``border`` shorthand with one of them throws in Next.js, so Chromium is the
reference, spec/differences.md).

Chrome's model (Blink's box border painter, measured against headless Chromium):
- each side owns the part of the border ring cut off by the diagonals from the outer corners to the
  inner (padding-edge) corners: mitred joins, also with rounded corners;
- ``double``: two stripes of ``round(w / 3)`` at the outer and inner edge (below 3 px: solid);
- ``groove``/``ridge``: an outer half of ``ceil(w / 2)`` and an inner half in a darker and a lighter
  shade; ``inset``/``outset``: the top and left sides in one shade, the bottom and right in the other;
- the shades are Blink's ``Color::Dark()``/``Light()`` (scale the channels so the largest moves by
  0.33); a colour darker than Blink's luminance threshold is lightened twice instead of darkened;
- ``dotted``: dots of diameter ``w`` (squares below 3 px), ``dashed`` next to them: dashes of ``2w``
  (``3w`` below 3 px); the gap between them is the one nearest ``w`` (``2w``) that fits a whole number
  along the side, as Skia's dash selection chooses it. On a rounded box, a side one of whose inner
  corners is rounded strokes the closed centre line instead, cut to its share of the ring
  (:mod:`pureog.paint.border_marks`), so its marks run on around the corners.

Input: ComputedStyle, border-box Rect, resolved radii -> display nodes. Must not import text, layout
or raster.
"""

from __future__ import annotations

import math

from pureog.color import Color
from pureog.contour import ROUND_CORNERS
from pureog.display import Clip, FillPath, FillRule, Group, Node, SolidPaint
from pureog.geometry import Rect, past_edge, segment_crossing
from pureog.paint.border_marks import rounded_marks, shaped_inset, side_share, uses_centre_line
from pureog.paint.radius import box_outline, inner_radii
from pureog.path import Path, PathBuilder, Radii, ellipse_path, has_radius, rect_path
from pureog.style.color_spaces import srgb_bytes_to_xyz
from pureog.style.values import BorderStyle

_SCALE = 255.99998  # Blink's nextafterf(256, 0): channel floats back to bytes by truncation
_MAX_MARKS = 4096
"""Dots or dashes per side at most (hostile input: a 0.01 px dotted border around a huge box); a side
that would need more is drawn as a solid band, which is what such a dense row looks like."""
_DARK_LUMINANCE = 0.014443844  # below it Blink lightens a "dark" shade instead of darkening it

Side = tuple[float, BorderStyle, Color]
_TOP, _RIGHT, _BOTTOM, _LEFT = range(4)


def paint_chrome_border(sides: list[Side], rect: Rect, radii: Radii,
                        shapes: tuple[float, float, float, float] = ROUND_CORNERS,
                        aligned: bool = False) -> list[Node]:
    """Every side of a border that uses at least one of the shorthand-only styles
    (:data:`~pureog.style.values.CHROME_BORDER_STYLES`), as Chrome paints it; also a dashed or
    multi-coloured border around corners with ``shapes`` (``cornerShape``, features: browser), whose
    edges and centre line are then the contoured box's (:func:`pureog.paint.radius.box_outline`).
    ``aligned``: the box is drawn untransformed, on the canvas's pixel grid.

    A rounded box whose sides are all bands that Blink paints along its rounded path is painted side
    by side (:mod:`pureog.paint.border_sides`). Otherwise stripes of the same extent and colour on
    several sides are one ring clipped to the union of their sides' shares, so that no seam shows
    along the diagonals between them."""
    widths = tuple(side[0] for side in sides)
    if shapes == ROUND_CORNERS and _painted_by_path(sides, radii):
        from pureog.paint.border_sides import paint_sides  # noqa: PLC0415

        return paint_sides(sides, rect, radii,
                           lambda index: _bands(sides[index][1], widths, index, sides[index][2], True, True),
                           aligned)
    Insets = tuple[float, ...]
    stripes: dict[tuple[Insets, Insets, Color], PathBuilder] = {}  # (from, to, colour) -> its sides' shares
    sides_of_extent: dict[tuple[Insets, Insets], set[int]] = {}
    marks: list[Node] = []
    centred: dict[tuple[BorderStyle, float, float, Color], tuple[Path, PathBuilder]] = {}
    for index, (width, style, color) in enumerate(sides):
        if width <= 0 or color.is_transparent or style in (BorderStyle.NONE, BorderStyle.HIDDEN):
            continue
        if style in (BorderStyle.DOTTED, BorderStyle.DASHED) and _mark_count(rect, index, width) > _MAX_MARKS:
            style = BorderStyle.SOLID
        if style in (BorderStyle.DOTTED, BorderStyle.DASHED) and has_radius(radii) \
                and uses_centre_line(widths, radii, index):
            # along the closed centre line, cut to the side's share; sides of one width, style and
            # colour draw the same marks, so they share one clip (no seam where they meet)
            thickness = max(width, widths[(index + 1) % 4], widths[(index + 3) % 4])
            key = (style, width, thickness, color)
            if key not in centred:
                centred[key] = (rounded_marks(rect, widths, radii, index, style, shapes), PathBuilder())
            # Blink's side polygon is drawn for round corners; around shaped ones the corner diagonal
            # carried on (which keeps a concave corner's marks) matched Chromium better
            centred[key][1].extend(side_share(rect, widths, radii, index) if shapes == ROUND_CORNERS
                                   else _wedge(rect, widths, radii, index))
            continue
        if style in (BorderStyle.DOTTED, BorderStyle.DASHED):
            # corner dots are drawn whole by both sides, as Chrome draws them
            path = (_dots(rect, widths, radii, index, width) if style is BorderStyle.DOTTED
                    else _dashes(rect, index, width))
            if not path.is_empty:
                mark: Node = FillPath(path, SolidPaint(color), analytic=True)
                mitred = [_colours_differ(sides, index, (index + step) % 4) for step in (3, 1)]
                if any(mitred):
                    mark = Group((mark,), clip=Clip(_mitre_clip(rect, widths, index, mitred[0], mitred[1])))
                marks.append(mark)
            continue
        for start, end, shade in _bands(style, widths, index, color, has_radius(radii)):
            stripes.setdefault((start, end, shade), PathBuilder()).extend(_wedge(rect, widths, radii, index))
            sides_of_extent.setdefault((start, end), set()).add(index)
    drawn = {index for index, side in enumerate(sides) if side[0] > 0}
    nodes: list[Node] = []
    for (start, end, shade), wedges in stripes.items():
        ring = FillPath(_ring(rect, radii, start, end, shapes), SolidPaint(shade), FillRule.EVENODD)
        if sides_of_extent.pop((start, end), set()) >= drawn:
            # a ring all sides share: its first colour goes down whole and the others are clipped over
            # it, so a corner diagonal mixes the two colours half and half as Chrome's does
            nodes.append(ring)
        else:
            nodes.append(Group((ring,), clip=Clip(wedges.build())))
    dashed: list[Node] = []
    for (_, _, _, color), (path, wedges) in centred.items():
        if not path.is_empty:
            dashed.append(Group((FillPath(path, SolidPaint(color), analytic=True),), clip=Clip(wedges.build())))
    if marks:
        dashed.append(Group(tuple(marks), clip=Clip(box_outline(rect, radii, shapes))))
    if dashed and has_radius(radii):
        # Blink clips a rounded border's sides to the ring between its outer and inner edges
        zero = (0.0, 0.0, 0.0, 0.0)
        dashed = [Group(tuple(dashed), clip=Clip(_ring(rect, radii, zero, widths, shapes), FillRule.EVENODD))]
    return nodes + dashed


# --------------------------------------------------------------------------- shades


def _channels(color: Color) -> tuple[float, float, float]:
    return (color.r / 255, color.g / 255, color.b / 255)


def _scaled(color: Color, multiplier: float) -> Color:
    r, g, b = (min(255, int(c * multiplier * _SCALE)) for c in _channels(color))
    return Color(r, g, b, color.a)


def dark(color: Color) -> Color:
    """Blink's ``Color::Dark()``: the largest channel ``v`` becomes ``v - 0.33`` (black: dark grey)."""
    v = max(_channels(color))
    if v == 0.0:
        return Color(64, 64, 64, color.a)
    return _scaled(color, max(0.0, (v - 0.33) / v))


def light(color: Color) -> Color:
    """Blink's ``Color::Light()``: the largest channel ``v`` becomes ``min(1, v + 0.33)``."""
    v = max(_channels(color))
    if v == 0.0:
        return Color(84, 84, 84, color.a)
    return _scaled(color, min(1.0, v + 0.33) / v)


def shades(color: Color) -> tuple[Color, Color]:
    """(shadowed, lit) shades of ``color`` for groove, ridge, inset and outset."""
    luminance = srgb_bytes_to_xyz(color.r, color.g, color.b)[1]  # CIE Y: the relative luminance
    if luminance < _DARK_LUMINANCE:
        lit_once = light(color)
        return lit_once, light(lit_once)
    return dark(color), light(color)


# --------------------------------------------------------------------------- geometry


def _bands(style: BorderStyle, widths: tuple[float, ...], index: int, color: Color, rounded: bool = False,
           layered: bool = False) -> list[tuple[tuple[float, ...], tuple[float, ...], Color]]:
    """(start insets, end insets, colour) of the side's stripes, in painting order; insets per side,
    from the outer edge. ``layered``: a groove or ridge is its whole ring in the outer shade under the
    inner half (Blink's rounded path), not two halves side by side."""
    zero = (0.0, 0.0, 0.0, 0.0)
    if style is BorderStyle.DOUBLE and widths[index] >= 3:
        stripe = tuple(float(math.floor(w / 3 + 0.5)) for w in widths)
        return [(zero, stripe, color), (tuple(w - s for w, s in zip(widths, stripe, strict=True)), widths, color)]
    top_left = index in (_TOP, _LEFT)
    if style in (BorderStyle.INSET, BorderStyle.OUTSET):
        shadowed, lit = shades(color)
        dark_side = top_left == (style is BorderStyle.INSET)
        return [(zero, widths, shadowed if dark_side else lit)]
    if style in (BorderStyle.GROOVE, BorderStyle.RIDGE) and widths[index] > 1:
        shadowed, lit = shades(color)
        outer_dark = top_left == (style is BorderStyle.GROOVE)
        outer, inner = (shadowed, lit) if outer_dark else (lit, shadowed)
        # the outer half: ceil(w / 2) as a line (DrawRidgeOrGrooveBoxSide's (y1 + y2 + 1) / 2); on a
        # rounded box Blink clips at its centre line instead, half the width truncated to whole px
        half = tuple(float(int(w / 2) if rounded else math.ceil(w / 2)) for w in widths)
        if layered:  # Blink's rounded path: the whole ring in the outer shade, the inner half over it
            return [(zero, widths, outer), (half, widths, inner)]
        return [(zero, half, outer), (half, widths, inner)]
    return [(zero, widths, color)]  # solid, and double below 3 px or a 1 px groove: Chrome draws them solid


def _painted_by_path(sides: list[Side], radii: Radii) -> bool:
    """Whether Blink paints every drawn side of this box along its rounded path (``PaintSide``'s
    ``use_path``): a rounded box whose sides are bands (no dots or dashes), each with inner detail
    (double, groove, ridge) or a rounded inner corner at one of its ends; not four sides of one solid
    or double style and colour, which Blink draws at once (``PaintBorderFastPath``)."""
    if not has_radius(radii):
        return False
    if all(side[1:] == sides[0][1:] for side in sides) and sides[0][1] in (BorderStyle.SOLID, BorderStyle.DOUBLE) \
            and all(side[0] > 0 for side in sides) and not sides[0][2].is_transparent:
        return False
    widths = tuple(side[0] for side in sides)
    inner = inner_radii(radii, *widths)
    for index, (width, style, color) in enumerate(sides):
        if width <= 0 or color.is_transparent or style in (BorderStyle.NONE, BorderStyle.HIDDEN):
            continue
        if style in (BorderStyle.DOTTED, BorderStyle.DASHED):
            return False
        if style not in (BorderStyle.DOUBLE, BorderStyle.GROOVE, BorderStyle.RIDGE) \
                and inner[index] == (0.0, 0.0) and inner[(index + 1) % 4] == (0.0, 0.0):
            return False
    return True


def _inset_path(rect: Rect, radii: Radii, insets: tuple[float, ...],
                shapes: tuple[float, float, float, float] = ROUND_CORNERS) -> Path:
    top, right, bottom, left = insets
    inner = Rect(rect.x + left, rect.y + top, max(0.0, rect.width - left - right),
                 max(0.0, rect.height - top - bottom))
    if not has_radius(radii):
        return rect_path(inner)
    if shapes != ROUND_CORNERS and any(insets):
        # a shaped corner's inner edges keep the border's thickness along the curve (Blink)
        points = shaped_inset(rect, radii, shapes, insets)
        builder = PathBuilder().move_to(*points[0])
        for x, y in points[1:]:
            builder.line_to(x, y)
        return builder.close().build()
    return box_outline(inner, inner_radii(radii, top, right, bottom, left), shapes)


def _ring(rect: Rect, radii: Radii, start: tuple[float, ...], end: tuple[float, ...],
          shapes: tuple[float, float, float, float] = ROUND_CORNERS) -> Path:
    return PathBuilder().extend(_inset_path(rect, radii, start, shapes)).extend(
        _inset_path(rect, radii, end, shapes)).build()


def _wedge(rect: Rect, widths: tuple[float, ...], radii: Radii, index: int) -> Path:
    """The side's share of the box: its outer edge and the two corner diagonals (outer corner to inner
    corner) carried on past the padding edge, as deep as a rounded corner reaches, meeting if they cross."""
    top, right, bottom, left = widths
    x0, y0, x1, y1 = rect.x, rect.y, rect.x + rect.width, rect.y + rect.height
    depth = max(max(r) for r in radii) + max(widths) + 1.0
    # (outer corner, inner corner) of each corner, clockwise from the top left
    corners = (((x0, y0), (x0 + left, y0 + top)), ((x1, y0), (x1 - right, y0 + top)),
               ((x1, y1), (x1 - right, y1 - bottom)), ((x0, y1), (x0 + left, y1 - bottom)))
    (a_out, a_in), (b_out, b_in) = corners[index], corners[(index + 1) % 4]
    a_far = past_edge(a_out, a_in, depth, index in (_TOP, _BOTTOM))
    b_far = past_edge(b_out, b_in, depth, index in (_TOP, _BOTTOM))
    meet = segment_crossing(a_out, a_far, b_out, b_far)
    builder = PathBuilder().move_to(*a_out).line_to(*b_out)
    if meet is not None:
        builder.line_to(*meet)
    else:
        builder.line_to(*b_far).line_to(*a_far)
    return builder.close().build()


def best_gap(length: float, dash: float, gap: float) -> float:
    """Skia's dash selection for an open side: of the two whole numbers of dashes around
    ``length / (dash + gap)``, the one whose gap is nearest ``gap``."""
    fewer = math.floor((length + gap) / (dash + gap))
    more = fewer + 1
    fewer_gap = (length - fewer * dash) / (fewer - 1) if fewer > 1 else math.inf
    more_gap = (length - more * dash) / (more - 1)
    if more_gap <= 0 or abs(fewer_gap - gap) < abs(more_gap - gap):
        return fewer_gap
    return more_gap


def _colours_differ(sides: list[Side], index: int, other: int) -> bool:
    """Whether Blink mitres side ``index`` at its corner with ``other``: the neighbour is drawn, in
    another colour (a soft miter, ``ComputeMiter``)."""
    width, style, color = sides[other]
    return width > 0 and not color.is_transparent and style not in (BorderStyle.NONE, BorderStyle.HIDDEN) \
        and color != sides[index][2]


def _mitre_clip(rect: Rect, widths: tuple[float, ...], index: int, first: bool, second: bool) -> Path:
    """Blink's clip of a dotted or dashed side drawn as a line (``ClipBorderSidePolygon``): cut along
    the corner's diagonal (outer corner to inner corner) at a mitred end, the whole corner square at
    the other."""
    top, right, bottom, left = widths
    x0, y0, x1, y1 = rect.x, rect.y, rect.x + rect.width, rect.y + rect.height
    outer = ((x0, y0), (x1, y0), (x1, y1), (x0, y1))
    inner = ((x0 + left, y0 + top), (x1 - right, y0 + top), (x1 - right, y1 - bottom), (x0 + left, y1 - bottom))
    horizontal = index in (_TOP, _BOTTOM)
    a, b = index, (index + 1) % 4

    def square(k: int) -> tuple[float, float]:  # the corner square's vertex across from the outer edge
        return (outer[k][0], inner[k][1]) if horizontal else (inner[k][0], outer[k][1])

    points = [outer[a]] + ([] if first else [square(a)]) + [inner[a], inner[b]] + ([] if second else [square(b)])
    builder = PathBuilder().move_to(*points[0])
    for x, y in [*points[1:], outer[b]]:
        builder.line_to(x, y)
    return builder.close().build()


def _dots(rect: Rect, widths: tuple[float, ...], radii: Radii, index: int, width: float) -> Path:
    """Chrome's dots along one side drawn as a line (square inner corners): round dots wider than 3 px
    as :func:`_round_dots`; thinner ones centred on the middle line from corner to corner (both end
    dots on the corners), as many as Skia's gap selection fits."""
    if width > 3:
        return _round_dots(rect, index, width)
    return _thin_dots(rect, index, width)


def _thin_dots(rect: Rect, index: int, thickness: float) -> Path:
    """Blink's ``DrawLine`` of a dotted side of at most 3 px: square dots on whole pixels, ``w`` on and
    ``w`` off from the start of the side (not fitted: a line of at most ``2w`` is solid, one of at most
    ``3w`` holds two shrunk dots), with ``EnforceDotsAtEndpoints`` moving a pixel between the first
    gaps and dots so that both ends of the side get a whole dot."""
    width = max(1, round(thickness))
    horizontal = index in (_TOP, _BOTTOM)
    x0, y0, x1, y1 = rect.x, rect.y, rect.x + rect.width, rect.y + rect.height
    strip = {_TOP: y0, _BOTTOM: y1 - width, _LEFT: x0, _RIGHT: x1 - width}[index]
    across = strip + width // 2  # the line's middle as Blink's int arithmetic places it
    start, end = (x0, x1) if horizontal else (y0, y1)
    length = round(end - start)
    if length <= 0:
        return Path(())
    dash = gap = float(width)
    if length <= 2 * width:
        dash, gap = float(length), 0.0
    elif length <= 3 * width:
        dash = gap = width * length / (3 * width)
    pieces: list[tuple[float, float]] = []
    if gap > 0:
        start, end = _enforce_end_dots(start, end, length, width, pieces)
    at = start
    while at < end:
        pieces.append((at, min(at + dash, end)))
        if gap <= 0:
            break
        at += dash + gap
    low = across - width // 2
    builder = PathBuilder()
    for a, b in pieces:
        builder.extend(rect_path(Rect(a, low, b - a, width) if horizontal else Rect(low, a, width, b - a)))
    return builder.build()


def _enforce_end_dots(start: float, end: float, length: int, width: int,
                      pieces: list[tuple[float, float]]) -> tuple[float, float]:
    """Blink's ``EnforceDotsAtEndpoints``: the start and end dots it draws itself (into ``pieces``) and
    the dashed line's new ends."""
    mod_4, mod_6 = length % 4, length % 6
    start_dot = end_dot = False
    start_growth = start_offset = end_growth = 0
    if (width == 1 and length % 2 == 0) or (width == 3 and mod_6 == 0):
        start_dot, start_growth, start_offset = True, 1, 1
    if (width == 2 and mod_4 in (0, 1)) or (width == 3 and mod_6 in (1, 2)):
        start_dot, start_offset = True, -1
    if (width == 2 and mod_4 == 0) or (width == 3 and mod_6 == 1):
        end_dot = True
    if (width == 2 and mod_4 == 3) or (width == 3 and mod_6 in (4, 5)):
        start_dot, start_offset = True, 1
    if width == 3 and mod_6 == 5:
        end_dot = True
    elif width == 3 and mod_6 == 0:
        end_dot, end_growth = True, 1
    if start_dot:
        pieces.append((start, start + width + start_growth))
        start += 2 * width + start_offset
    if end_dot:
        pieces.append((end - width - end_growth, end))
        end -= width + end_growth + 1
    return start, end


def _round_dots(rect: Rect, index: int, width: float) -> Path:
    """Blink's ``DrawLine`` of a dotted side wider than 3 px: the line along the whole side at its
    middle, the gap fitted to the side's length (an open line: a dot at each end), the dots (zero-length
    dashes with round caps, one every ``gap + w - 0.01``) from half a dot in from each end, so the end
    dots lie whole inside the side's extent."""
    horizontal = index in (_TOP, _BOTTOM)
    length = rect.width if horizontal else rect.height
    start = (rect.x if horizontal else rect.y) + width / 2
    end = (rect.x + rect.width if horizontal else rect.y + rect.height) - width / 2
    middle = {_TOP: rect.y + width / 2, _BOTTOM: rect.y + rect.height - width / 2,
              _LEFT: rect.x + width / 2, _RIGHT: rect.x + rect.width - width / 2}[index]
    if length < 2 * width:
        positions = [start]  # no room for two dots: Blink draws one
    else:
        step = best_gap(float(round(length)), width, width) + width - 1.0e-2
        positions = [start + k * step for k in range(int((end - start) / step + 1e-9) + 1)] if step > 0 else [start]
    builder = PathBuilder()
    for at in positions:
        cx, cy = (at, middle) if horizontal else (middle, at)
        builder.extend(ellipse_path(cx, cy, width / 2, width / 2))
    return builder.build()


def _mark_count(rect: Rect, index: int, width: float) -> float:
    """About how many dots or dashes the side holds (at least one per two widths of its length)."""
    length = rect.width if index in (_TOP, _BOTTOM) else rect.height
    return length / (2 * width) if width > 0 else math.inf


def _dashes(rect: Rect, index: int, width: float) -> Path:
    """Chrome's dashes along the side's middle line, corner to corner (Blink's ``DrawLine``): ``2w``
    long (``3w`` below 3 px), the gap nearest ``w`` (``2w``) that fits a whole number of them in the
    side's length rounded to px; a side of at most two dashes is solid, one of at most two dashes and
    a gap holds two, shrunk in proportion; the last dash is cut at the end of the side."""
    horizontal = index in (_TOP, _BOTTOM)
    length = float(round(rect.width if horizontal else rect.height))
    dash, gap = (2 * width, width) if width >= 3 else (3 * width, 2 * width)
    if length <= 2 * dash:
        dash, gap = length, 0.0
    elif length <= 2 * dash + gap:
        scale = length / (2 * dash + gap)
        dash, gap = dash * scale, gap * scale
    else:
        gap = best_gap(length, dash, gap)
    middle = {_TOP: rect.y + width / 2, _BOTTOM: rect.y + rect.height - width / 2,
              _LEFT: rect.x + width / 2, _RIGHT: rect.x + rect.width - width / 2}[index]
    start = rect.x if horizontal else rect.y
    end = (rect.x + rect.width) if horizontal else (rect.y + rect.height)
    builder = PathBuilder()
    at = start
    while at < end - 1e-9:
        run = min(dash, end - at)
        builder.extend(rect_path(Rect(at, middle - width / 2, run, width) if horizontal
                                 else Rect(middle - width / 2, at, width, run)))
        if gap <= 0:
            break
        at += dash + gap
    return builder.build()


__all__ = ["best_gap", "dark", "light", "paint_chrome_border", "shades"]
