"""Background image layers -> display-list fills with :class:`PatternPaint`, as Satori 0.29 draws them.

Satori turns each layer into an SVG ``<pattern>`` (``builder/background-image.ts``,
``gradient/{linear,radial,utils}.ts``) that fills the element's (rounded) border-box shape:
- the tile is ``background-size`` wide/high on a repeating axis and the whole box otherwise, its origin
  at the box corner plus ``background-position``; it always repeats (resvg patterns tile), so a
  non-repeating layer shifted by a position wraps around at the box size;
- a linear gradient is a ``<linearGradient>`` in objectBoundingBox units over a ``size`` rect: the CSS
  angle is turned into end points with Satori's ``calcNormalPoint`` (the gradient is then stretched
  with the box, as SVG's bbox units do); ``to <corner>`` is the unit diagonal;
- a radial gradient is a rect of the last stop colour under a circle/ellipse filled with a
  ``<radialGradient>`` in the shape's bbox units; repeating ones grow the shape to the farthest corner;
- stop offsets follow Satori's ``normalizeStops`` (px over the gradient length, except radial px stops,
  which are over the *element width*).
Layers paint bottom-up: the last listed first, the first listed on top.
Input: ComputedStyle + border-box Rect + radii -> display nodes. Imports no text or raster.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from pureog.color import TRANSPARENT, Color
from pureog.display import (
    BlendMode,
    Clip,
    ConicGradientPaint,
    FillPath,
    FilterQuality,
    GradientStop,
    Group,
    ImagePaint,
    LinearGradientPaint,
    Node,
    PatternPaint,
    RadialGradientPaint,
    SolidPaint,
    SpreadMethod,
)
from pureog.errors import ImageError, LimitError, StyleError
from pureog.geometry import Affine, Rect, round_half_away
from pureog.limits import charge_gradient_stops, charge_layers
from pureog.paint.box_areas import Sides, area, area_outline, border_widths
from pureog.paint.css_stops import Stop, hints_as_stops, premultiplied_mix
from pureog.paint.image import image_quality
from pureog.paint.radius import box_outline, corner_shapes
from pureog.path import Path, Radii, ellipse_path, rect_path
from pureog.records import mutable_record
from pureog.style.background_values import (
    BackgroundImage,
    BackgroundPosition,
    BackgroundRepeat,
    BackgroundSize,
    ColorStop,
    ConicGradient,
    ConicStop,
    LinearGradient,
    Offset,
    RadialGradient,
    UrlImage,
)
from pureog.style.computed import ComputedStyle
from pureog.style.css_background import CssPosition, CssRepeat, CssSize
from pureog.style.values import Percent, resolve_length, satori_length

if TYPE_CHECKING:
    from pureog.images.source import ResolvedImage

ImageResolver = Callable[[str, str], "ResolvedImage"]
"""``(src, where) -> image``: reads a CSS ``url()`` under the document's image policy."""


def _pick(values: tuple[object, ...], index: int) -> object | None:
    return values[index % len(values)] if values else None


def _stop_color(color: Color) -> Color:
    # resvg reads stop colours as 8-bit RGBA (alpha rounded to 1/255).
    return Color(color.r, color.g, color.b, int(color.a * 255 + 0.5) / 255)


# --------------------------------------------------------------------------- stops (normalizeStops)


def _normalize_stops(total_length: float, stops: tuple[ColorStop, ...], repeating: bool) -> list[Stop]:
    """Satori's ``normalizeStops``: offsets as fractions; first stop at 0, last at 1, gaps spread."""
    last_given = stops[-1].offset if stops else None
    total_pct = last_given.value if repeating and isinstance(last_given, Percent) else 100.0
    out: list[Stop] = []
    for stop in stops:
        if not out:
            out.append(Stop(0.0, stop.color))
            off = stop.offset
            if off is None or (isinstance(off, Percent) and off.value == 0) or off == 0:
                continue
        if stop.offset is None:
            offset = None
        elif isinstance(stop.offset, Percent):
            offset = stop.offset.value / total_pct if total_pct else math.inf
        else:
            offset = stop.offset / total_length if total_length else math.inf
        out.append(Stop(offset, stop.color, stop.hint))
    if not out:
        out.append(Stop(0.0, TRANSPARENT))
    last = out[-1]
    if last.offset != 1:
        if last.offset is None:
            last.offset = 1.0
        elif repeating:
            out[-1] = Stop(1.0, last.color)
        else:
            out.append(Stop(1.0, last.color))
    previous = 0
    following = 1
    for i, item in enumerate(out):
        if item.offset is None:
            following = max(following, i)
            while out[following].offset is None:
                following += 1
            lo, hi = out[previous].offset or 0.0, out[following].offset or 0.0
            item.offset = (hi - lo) / (following - previous) * (i - previous) + lo
        else:
            previous = i
    return hints_as_stops(out) if any(item.hint for item in out) else out


def _display_stops(stops: list[Stop]) -> tuple[GradientStop, ...]:
    """The stops as resvg reads Satori's ``<stop offset="...%">``: a non-finite offset (a length over a
    zero cycle, 0/0 or 5/0 in JavaScript, printed ``NaN%`` or ``Infinity%``) does not parse, and usvg's
    ``convert_stops`` gives such a stop the previous stop's offset (0 for the first)."""
    out = []
    previous = 0.0
    for s in stops:
        off = s.offset if s.offset is not None and math.isfinite(s.offset) else previous
        previous = off
        out.append(GradientStop(off, _stop_color(s.color)))
    return tuple(out)


# --------------------------------------------------------------------------- linear


def _direction_points(words: tuple[str, ...]) -> tuple[float, float, float, float]:
    x1 = y1 = x2 = y2 = 0.0
    if "top" in words:
        y1 = 1.0
    elif "bottom" in words:
        y2 = 1.0
    if "left" in words:
        x1 = 1.0
    elif "right" in words:
        x2 = 1.0
    if not (x1 or x2 or y1 or y2):
        y1 = 1.0
    return x1, y1, x2, y2


def _angle_points(rad: float, w: float, h: float) -> tuple[float, float, float, float, float]:
    """Satori's ``calcNormalPoint``: the CSS gradient line for an angle, as bbox fractions + length."""
    r = (h / w) ** 2
    full = 2 * math.pi
    v = (math.fmod(rad, full) + full) % full

    def solve(angle: float) -> tuple[float, float, float, float, float]:
        if angle == 0:
            return 0.0, h, 0.0, 0.0, h
        if angle == math.pi / 2:
            return 0.0, 0.0, w, 0.0, w
        if 0 < angle < math.pi / 2:
            tan = math.tan(angle)
            x1 = (r * w / 2 / tan - h / 2) / (tan + r / tan)
            y1 = tan * x1 + h
            a = (w / 2 / tan - h / 2) / (tan + 1 / tan)
            b = tan * a + h
            return x1, y1, abs(w / 2 - x1) + w / 2, h / 2 - abs(y1 - h / 2), 2 * math.hypot(w / 2 - a, h / 2 - b)
        if math.pi / 2 < angle < math.pi:
            tan = math.tan(angle)
            x1 = (h / 2 + r * w / 2 / tan) / (tan + r / tan)
            y1 = tan * x1
            a = (w / 2 / tan + h / 2) / (tan + 1 / tan)
            b = tan * a
            return x1, y1, abs(w / 2 - x1) + w / 2, h / 2 + abs(y1 - h / 2), 2 * math.hypot(w / 2 - a, h / 2 - b)
        x1, y1, x2, y2, length = solve(angle - math.pi)
        return x2, y2, x1, y1, length

    x1, y1, x2, y2, length = solve(v)
    return x1 / w, y1 / h, x2 / w, y2 / h, length


def _stop_fraction(offset: Offset | None, length: float, default: float) -> float:
    if offset is None:
        return default
    if isinstance(offset, Percent):
        return offset.value / 100
    return offset / length if length else default


def _linear_content(g: LinearGradient, iw: float, ih: float, css: bool = False) -> tuple[Node, ...]:
    if g.angle_deg is not None:
        x1, y1, x2, y2, length = _angle_points(g.angle_deg / 180 * math.pi, iw, ih)
    else:
        x1, y1, x2, y2 = _direction_points(g.to)
        length = math.hypot((x2 - x1) * iw, (y2 - y1) * ih)
    if g.repeating:
        # The gradient vector shrinks to [first stop, last stop]; spreadMethod=repeat cycles it.
        p1 = _stop_fraction(g.stops[0].offset, length, 0.0)
        p2 = _stop_fraction(g.stops[-1].offset, length, 1.0)
        dx, dy = x2 - x1, y2 - y1
        x1, y1, x2, y2 = x1 + dx * p1, y1 + dy * p1, x1 + dx * p2, y1 + dy * p2
        last = g.stops[-1].offset
        cycle = length if last is None else (last.value / 100 * length if isinstance(last, Percent) else last)
        stops = _normalize_stops(cycle, g.stops, True)
    else:
        stops = _normalize_stops(length, g.stops, False)
    paint = LinearGradientPaint(
        x1, y1, x2, y2, _display_stops(premultiplied_mix(stops) if css else stops),
        SpreadMethod.REPEAT if g.repeating else SpreadMethod.PAD,
        Affine(iw, 0.0, 0.0, ih, 0.0, 0.0),  # gradientUnits=objectBoundingBox over the size rect
    )  # fmt: skip
    return (FillPath(rect_path(Rect(0.0, 0.0, iw, ih)), paint),)


# --------------------------------------------------------------------------- radial


def _center(g: RadialGradient | ConicGradient, iw: float, ih: float) -> tuple[float, float]:
    """Satori's ``calcRadialGradient``: keywords set whichever axis they name, in slot order."""
    pos = [iw / 2, ih / 2]
    for slot, value in enumerate(g.position):
        if isinstance(value, str):
            if value == "center":
                pos[slot] = (iw, ih)[slot] / 2
            elif value in ("left", "right"):
                pos[0] = 0.0 if value == "left" else iw
            else:
                pos[1] = 0.0 if value == "top" else ih
        else:
            pos[slot] = satori_length(value, (iw, ih)[slot])  # Satori's lengthToNumber: value / 100 * size
    return pos[0], pos[1]


def _f2r(fx: float, fy: float) -> tuple[float, float]:
    """Ellipse radii through (fx, fy) with the aspect fx:fy (Satori's ``f2r``)."""
    ratio = fx / fy if fy != 0 else 1.0
    if fx == 0:
        return 0.0, 0.0
    ry = math.sqrt(fx * fx + fy * fy * ratio * ratio) / ratio
    return ry * ratio, ry


@mutable_record
class _Shape:
    rx: float
    ry: float
    ratio: float = 1.0


def _radius(g: RadialGradient, cx: float, cy: float, iw: float, ih: float) -> _Shape:
    circle = g.shape == "circle"
    dx = (abs(iw - cx), abs(cx))
    dy = (abs(ih - cy), abs(cy))
    first = g.size[0]
    if not any(isinstance(s, str) for s in g.size):
        if circle:
            r = satori_length(first, iw)  # type: ignore[arg-type]
            shape = _Shape(r, r)
        else:
            shape = _Shape(satori_length(g.size[0], iw), satori_length(g.size[1], ih))  # type: ignore[arg-type]
    elif first in ("farthest-side", "closest-side"):
        pick = max if first == "farthest-side" else min
        if circle:
            r = pick(*dx, *dy)
            shape = _Shape(r, r)
        else:
            shape = _Shape(pick(dx), pick(dy))
    else:
        pick = max if first == "farthest-corner" else min
        fx, fy = pick(dx), pick(dy)
        if circle:
            r = math.hypot(fx, fy)
            shape = _Shape(r, r)
        else:
            shape = _Shape(*_f2r(fx, fy))
    if g.repeating:  # Satori's patchSpread: the shape must reach the farthest corner
        mfx, mfy = max(dx), max(dy)
        if circle:
            mr = math.hypot(mfx, mfy)
            shape.ratio = mr / shape.rx if shape.rx else math.inf
            if shape.ratio > 1:
                shape.rx = shape.ry = mr
        else:
            mrx, mry = _f2r(mfx, mfy)
            shape.ratio = max(mrx / shape.rx if shape.rx else math.inf, mry / shape.ry if shape.ry else math.inf)
            if shape.ratio > 1:
                shape.rx *= shape.ratio
                shape.ry *= shape.ratio
    return shape


def _radial_content(g: RadialGradient, iw: float, ih: float, box_width: float, path: str,
                    css: bool) -> tuple[Node, ...]:  # fmt: skip
    cx, cy = _center(g, iw, ih)
    if css:
        return _css_radial_content(g, cx, cy, iw, ih)
    svg_mask = not css
    last = g.stops[-1].offset
    total = last if g.repeating and last is not None and not isinstance(last, Percent) else box_width
    stops = _normalize_stops(total, g.stops, g.repeating)
    shape = _radius(g, cx, cy, iw, ih)
    r = 0.5
    spread = SpreadMethod.PAD
    if g.repeating:
        spread = SpreadMethod.REPEAT
        if last is None:
            raise StyleError("a repeating radial gradient needs a position on its last stop", path=path)
        if isinstance(last, Percent):
            r = last.value * min(ih / iw, 1.0) / shape.ratio / 100
        else:
            diameter = 2 * shape.rx
            r = last / diameter if diameter else 0.0
    nodes: list[Node] = [FillPath(rect_path(Rect(0.0, 0.0, iw, ih)), SolidPaint(_stop_color(stops[-1].color)))]
    if shape.rx > 0 and shape.ry > 0 and r > 0 and math.isfinite(r):
        bbox = Affine(2 * shape.rx, 0.0, 0.0, 2 * shape.ry, cx - shape.rx, cy - shape.ry)
        paint = RadialGradientPaint(0.5, 0.5, r, _display_stops(stops), spread, bbox)
        ellipse = FillPath(ellipse_path(cx, cy, shape.rx, shape.ry), paint)
        # Satori's <mask> of the tile's rectangle on the shape (svg_mask: resvg may leave it empty)
        nodes.append(Group((ellipse,), clip=Clip(rect_path(Rect(0.0, 0.0, iw, ih))), svg_mask=svg_mask))
    elif g.repeating and shape.rx > 0 and shape.ry > 0 and r == 0.0:
        # A zero-size shape (`circle closest-side at top left`, `circle 0px`) has an infinite patchSpread
        # ratio, so Satori writes the gradient's radius as 0%; SVG paints a radialGradient with r = 0 in
        # its last stop's colour, over the rectangle already filled with it (translucent: twice the alpha)
        solid = FillPath(ellipse_path(cx, cy, shape.rx, shape.ry), SolidPaint(_stop_color(stops[-1].color)))
        nodes.append(Group((solid,), clip=Clip(rect_path(Rect(0.0, 0.0, iw, ih))), svg_mask=svg_mask))
    return tuple(nodes)


def _css_radial_content(g: RadialGradient, cx: float, cy: float, iw: float, ih: float) -> tuple[Node, ...]:
    """A radial gradient as CSS draws it: stop positions along the ray to the ending shape, percentages
    of it (Satori measures px against the box width, and a repeating gradient's percentages against
    the box's aspect), and one fill of the tile, the last colour padded beyond the shape (Satori fills
    the tile with the last colour under the shape, which shows through a translucent stop). A
    repeating one repeats its stops from the centre to its last stop (as Satori does; CSS repeats from
    the first stop, the same when it is at 0)."""
    shape = _radius(g, cx, cy, iw, ih)
    span, radius, spread = shape.rx, 0.5, SpreadMethod.PAD
    if g.repeating:
        last = g.stops[-1].offset
        span = last.value / 100 * shape.rx if isinstance(last, Percent) else shape.rx if last is None else last
        radius, spread = (0.5 * span / shape.rx if shape.rx > 0 else 0.0), SpreadMethod.REPEAT
    stops = premultiplied_mix(_normalize_stops(span, g.stops, g.repeating))
    tile = rect_path(Rect(0.0, 0.0, iw, ih))
    if not (shape.rx > 0 and shape.ry > 0 and radius > 0 and math.isfinite(radius)):
        return (FillPath(tile, SolidPaint(_stop_color(stops[-1].color))),)
    bbox = Affine(2 * shape.rx, 0.0, 0.0, 2 * shape.ry, cx - shape.rx, cy - shape.ry)
    return (FillPath(tile, RadialGradientPaint(0.5, 0.5, radius, _display_stops(stops), spread, bbox)),)


# --------------------------------------------------------------------------- conic


def _conic_content(g: ConicGradient, iw: float, ih: float) -> tuple[Node, ...]:
    """The gradient box filled with a conic paint (Chrome's drawing; Next.js refuses conics)."""
    cx, cy = _center(g, iw, ih)
    stops = tuple(GradientStop(offset, _stop_color(color)) for offset, color in _fixed_up(g.stops))
    paint = ConicGradientPaint(cx, cy, g.start_deg, stops, g.repeating)
    return (FillPath(rect_path(Rect(0.0, 0.0, iw, ih)), paint),)


def _fixed_up(stops: tuple[ConicStop, ...]) -> list[tuple[float, Color]]:
    """CSS Images 4's colour-stop fixup: a missing first / last position is 0 / 1 turn, a position
    below an earlier one is raised to it, and runs without positions are spread evenly between."""
    positions: list[float | None] = [s.offset for s in stops]
    if positions[0] is None:
        positions[0] = 0.0
    if positions[-1] is None:
        positions[-1] = 1.0
    highest = -math.inf
    for i, p in enumerate(positions):
        if p is not None:
            highest = max(highest, p)
            positions[i] = highest
    i = 0
    while i < len(positions):
        if positions[i] is not None:
            i += 1
            continue
        j = i
        while positions[j] is None:
            j += 1
        before, after = positions[i - 1], positions[j]
        assert before is not None and after is not None
        for k in range(i, j):
            positions[k] = before + (after - before) * (k - i + 1) / (j - i + 1)
        i = j
    return [(p if p is not None else 0.0, s.color) for p, s in zip(positions, stops, strict=True)]


# --------------------------------------------------------------------------- layers


def _gradient_size(size: BackgroundSize | None, w: float, h: float) -> tuple[float, float] | None:
    """Tile content size for a gradient (None: Satori ends up with NaN and draws nothing)."""
    if size is None or size.keyword is not None:
        return w, h
    if size.dropped:
        return None
    values = [resolve_length(v, (w, h)[i]) for i, v in enumerate(size.values[:2])]
    if not values:
        return w, h
    if len(values) < 2:
        return None
    return values[0], values[1]


def _offsets(position: BackgroundPosition | None, w: float, h: float) -> tuple[float | None, float | None]:
    """The layer's x and y offsets; None where the position has no value for the axis (keywords are
    dropped: ``center`` has none, ``right 10px`` only x), which Satori writes as NaN."""
    if position is None:
        return 0.0, 0.0
    values = position.values
    x = resolve_length(values[0], w) if len(values) > 0 else None
    y = resolve_length(values[1], h) if len(values) > 1 else None
    return x, y


def _url_size(size: BackgroundSize | None, w: float, h: float, nw: float, nh: float,
              repeat: BackgroundRepeat) -> tuple[float, float]:  # fmt: skip
    """Satori's url() sizing: cover/contain scale the natural size; ``auto`` keeps the ratio; an
    explicit value of 0 or a missing one falls back to the natural size on that axis.

    ``auto`` next to a length with a unit (``50px auto``) makes Satori's image size NaN: unrepeated,
    resvg draws the image at its natural size; repeated, the pattern's tile is NaN and Next.js draws
    nothing (plainly broken), so pureog keeps the ratio as CSS does (spec/differences.md)."""
    if not (nw and nh):
        return w, h
    if size is None:
        return nw, nh
    if size.nan_with_unit and repeat is BackgroundRepeat.NO_REPEAT:
        return nw, nh
    if size.satori_unread:
        return nw, nh  # `Cover`: Satori reads no size, the image keeps its natural size
    if size.keyword in ("cover", "contain"):
        pick = max if size.keyword == "cover" else min
        scale = pick(w / nw, h / nh)
        return nw * scale, nh * scale
    if size.keyword == "auto":
        if size.values and size.auto_width and not size.auto_height:
            height = resolve_length(size.values[0], h)
            return nw / nh * height, height
        if size.values and size.auto_height and not size.auto_width:
            width = resolve_length(size.values[0], w)
            return width, nh / nw * width
        return nw, nh
    values = [resolve_length(v, (w, h)[i]) for i, v in enumerate(size.values[:2])]
    width = values[0] if len(values) > 0 and values[0] else nw
    height = values[1] if len(values) > 1 and values[1] else nh
    return width, height


def resolve_url(image: UrlImage, path: str, resolve: ImageResolver) -> ResolvedImage | None:
    """The layer's image, or None where it draws nothing (data Satori resolves without a size)."""
    try:
        resolved = resolve(image.url, f"backgroundImage url() at {path}")
    except ImageError as exc:
        raise ImageError(exc.message, path=path) from None
    return resolved if resolved.drawable else None


def url_content(resolved: ResolvedImage, rw: float, rh: float, path: str, quality: FilterQuality,
                whole_pixel_svg: bool = True) -> tuple[Node, ...] | None:
    """The image drawn at ``rw`` x ``rh`` from the tile's origin (None: bytes nothing decodes).
    ``whole_pixel_svg``: an SVG at its size rounded to whole pixels, as resvg draws a pattern's SVG."""
    from pureog.images.decode import drawable_raster  # noqa: PLC0415  (lazy: image support loads on use)
    from pureog.images.sniff import ImageFormat  # noqa: PLC0415

    if resolved.format == ImageFormat.SVG:
        from pureog.images.svg.draw import svg_document_nodes  # noqa: PLC0415

        # resvg draws a pattern's SVG <image> at its size rounded to whole pixels (half away from zero):
        # in Next.js a 50 x 32.5 tile draws its picture exactly as a 50 x 33 one, on the 32.5 px grid.
        if whole_pixel_svg:
            rw, rh = float(round_half_away(rw)), float(round_half_away(rh))
        return tuple(svg_document_nodes(resolved.data, Rect(0.0, 0.0, rw, rh), path))
    pixels = drawable_raster(resolved, f"backgroundImage url() at {path}", path)
    if pixels is None:  # bytes resvg cannot decode: the layer draws nothing
        return None
    # resvg fills an <image> without anti-aliasing (see paint/image.py): whole pixels at the tile's
    # device scale; the pixels map to the exact size.
    paint = ImagePaint(pixels, Affine(rw / pixels.width, 0.0, 0.0, rh / pixels.height, 0.0, 0.0), quality=quality)
    return (FillPath(rect_path(Rect(0.0, 0.0, rw, rh)), paint, anti_alias=False),)


def _url_layer(image: UrlImage, size: BackgroundSize | None, repeat: BackgroundRepeat, rect: Rect,
               off_x: float | None, off_y: float | None, path: str, resolve: ImageResolver,
               quality: FilterQuality = FilterQuality.BICUBIC,
               viewport: tuple[float, float] | None = None) -> PatternPaint | None:  # fmt: skip
    """A ``<pattern patternUnits=userSpaceOnUse>`` holding the ``<image>`` at the resolved size
    (``quality``: its resampling, nearest for ``imageRendering: pixelated`` with features: browser).

    A missing offset is ``x="NaN"`` on that pattern, which resvg drops: the tile starts at 0 of the
    canvas on that axis, not at the box (``backgroundPosition: center`` draws the image from the
    canvas corner, cut by the box, as Next.js does)."""
    resolved = resolve_url(image, path, resolve)
    if resolved is None:
        return None
    rw, rh = _url_size(size, rect.width, rect.height, resolved.width, resolved.height, repeat)
    if not (rw > 0 and rh > 0):
        return None
    content = url_content(resolved, rw, rh, path, quality)
    if content is None:
        return None
    # A non-repeating axis gets a '100%' tile in Satori, which resvg reads as the canvas size: the
    # image is cut at the canvas width from the tile's start and repeats one canvas away (a copy can
    # reach into a box that runs past the canvas edge); in a mask too (the copy one canvas up of a
    # tile placed below the box shows in it: backgrounds/mask-url-repeat-x-canvas-tile). Without a
    # viewport (a caller that knows no canvas), a tile wide enough that no second copy reaches the box.
    x = rect.x + off_x if off_x is not None else 0.0
    y = rect.y + off_y if off_y is not None else 0.0
    if viewport is not None:
        tile_w = rw if repeat.x else viewport[0]
        tile_h = rh if repeat.y else viewport[1]
    else:
        tile_w = rw if repeat.x else (rect.width + abs(off_x) if off_x is not None else abs(rect.right)) + rw
        tile_h = rh if repeat.y else (rect.height + abs(off_y) if off_y is not None else abs(rect.bottom)) + rh
    return PatternPaint(x, y, tile_w, tile_h, content)


def _through_box_units(length: float, box: float) -> float:
    """``length`` written as a share of ``box`` (JavaScript's f64 division, printed in full) and read back
    by resvg multiplied by ``box`` in f64."""
    return length / box * box if box else length


def gradient_content(image: LinearGradient | RadialGradient | ConicGradient, iw: float, ih: float,
                     box_width: float, path: str, *, css: bool = False) -> tuple[Node, ...]:
    """A gradient image drawn at ``iw`` x ``ih`` from the tile's origin. ``css``: a radial gradient as
    CSS draws it (a layer read as CSS reads it), else as Next.js does (its shape masked as resvg masks
    it: :attr:`Group.svg_mask`)."""
    if isinstance(image, LinearGradient):
        return _linear_content(image, iw, ih, css)
    if isinstance(image, ConicGradient):
        return _conic_content(image, iw, ih)
    return _radial_content(image, iw, ih, box_width, path, css)


def _layer(style: ComputedStyle, index: int, image: BackgroundImage, rect: Rect, path: str,
           resolve: ImageResolver, viewport: tuple[float, float] | None, edges: tuple[Sides, Sides],
           ) -> PatternPaint | None:  # fmt: skip
    w, h = rect.width, rect.height
    size = _pick(style.background_size, index)
    repeat = _pick(style.background_repeat, index) or BackgroundRepeat.REPEAT
    position = _pick(style.background_position, index)
    origin = _pick(style.background_origin, index)
    if (isinstance(size, CssSize) or isinstance(repeat, CssRepeat) or isinstance(position, CssPosition)
            or origin is not None):
        # read as CSS reads it (a background shorthand Next.js throws on, or features: browser)
        from pureog.paint.background_css import css_layer  # noqa: PLC0415

        positioning = area(str(origin or "padding-box"), rect, *edges)
        return css_layer(style, image, size, repeat, position, rect, positioning, path, resolve)
    assert isinstance(repeat, BackgroundRepeat)
    if isinstance(image, LinearGradient) and image.colour_layer:
        # Satori's colour layer is one rect the box's size at its corner: size, position, repeat unread
        return PatternPaint(rect.x, rect.y, w, h, gradient_content(image, w, h, w, path))
    off_x, off_y = _offsets(position, w, h)  # type: ignore[arg-type]
    if isinstance(image, UrlImage):
        quality = image_quality(style)
        return _url_layer(image, size, repeat, rect, off_x, off_y, path, resolve, quality,  # type: ignore[arg-type]
                          viewport)
    dims = _gradient_size(size, w, h)  # type: ignore[arg-type]
    if dims is None:
        return None
    iw, ih = dims
    if not (iw > 0 and ih > 0):
        return None
    content = gradient_content(image, iw, ih, w, path)
    # Satori writes the tile in the box's units (iw / w) and resvg multiplies it back by the box in f64:
    # 21.5 / 148 * 148 is 21.499999999999996, whose pixmap rounds to 21 px, not 22 (the repetition's
    # period; a tile 22 px apart draws a seam of the next one's start into every repetition)
    tile_w = _through_box_units(iw, w) if repeat.x else w
    tile_h = _through_box_units(ih, h) if repeat.y else h
    # A gradient's pattern is in the box's units, where resvg reads a NaN offset as 0: the box corner.
    return PatternPaint(rect.x + (off_x or 0.0), rect.y + (off_y or 0.0), tile_w, tile_h, content)


def paint_background_images(style: ComputedStyle, rect: Rect, radii: Radii, path: str, resolve: ImageResolver,
                            viewport: tuple[float, float] | None = None,
                            padding: Sides = (0.0, 0.0, 0.0, 0.0)) -> list[Node]:  # fmt: skip
    """One fill per layer, last-listed layer first (Satori's order), of the border-box shape, or of the
    box CSS's ``background-clip`` names for the layer where it is read as CSS reads it.

    ``resolve(src, where)`` reads ``url()`` images under the document's image policy; ``viewport`` is the
    canvas size (the tile of a non-repeating ``url()`` axis); ``padding``: the element's px per side."""
    if not style.background_image or rect.width <= 0 or rect.height <= 0:
        return []
    where = f"{path}.style.backgroundImage"
    charge_layers(len(style.background_image), where)  # the render's account (spec/limits.md)
    # each layer's stops are resolved and kept for each element (an alias shares thousands among 2,000)
    charge_gradient_stops(sum(len(layer.stops) for layer in style.background_image
                              if not isinstance(layer, UrlImage)), where)
    shapes = corner_shapes(style)
    shape: Path | None = box_outline(rect, radii, shapes)
    edges = (border_widths(style), padding)
    clips = style.background_clip if isinstance(style.background_clip, tuple) else None
    nodes: list[Node] = []
    for index in range(len(style.background_image) - 1, -1, -1):
        try:
            paint = _layer(style, index, style.background_image[index], rect, where, resolve, viewport, edges)
        except LimitError as err:  # the stops a colour hint or a premultiplied span adds (spec/limits.md)
            raise LimitError(err.message, path=err.path or where) from None
        if clips is not None:  # CSS's box per layer, the list repeated over the layers
            shape = area_outline(clips[index % len(clips)], rect, radii, shapes, *edges)
        if paint is not None and shape is not None:
            fill = FillPath(shape, paint)
            modes = style.background_blend_mode  # features: browser; normal otherwise
            mode = modes[index % len(modes)]
            nodes.append(fill if mode is BlendMode.NORMAL else Group((fill,), blend=mode))
    return nodes


__all__ = ["paint_background_images"]
