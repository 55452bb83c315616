"""Painting replaced content: ``<img>`` and inline ``<svg>`` -> display nodes.

Input: the element's StyledNode, its layout Box and border-box radii. Output: display nodes drawn
between the element's background and its border (Satori's rect.ts order).

What Satori emits and we reproduce (builder/rect.ts, overflow.ts, content-mask.ts):

* the image goes into the content box; ``object-fit`` (contain, cover, scale-down; fill and none
  stretch) sizes it from its natural size, and ``object-position`` places it with Satori's formula
  ``x = pos - pos * drawn / box`` (the CSS one for percentages);
* it is clipped to the content box, rounded by the border-box radii less border and padding;
* an inline ``<svg>`` has no natural size in Satori, so it always fills the content box; its own
  viewBox and ``preserveAspectRatio`` then apply inside (resvg's nested-SVG image).

Raster images become a rectangle filled with an :class:`ImagePaint` (bicubic, as resvg draws
``<image>``); SVG images become a display-list subtree (resvg renders a nested SVG as vectors).
Imports :mod:`pureog.images` (when an image is painted: the pipeline imports this module for every
render), :mod:`pureog.display`, :mod:`pureog.style.computed`; no raster.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from pureog.contour import ROUND_CORNERS
from pureog.display import Clip, FillPath, FilterQuality, Group, ImagePaint, Node, single_fill
from pureog.document.model import Element
from pureog.errors import ImageError, PureogError
from pureog.f32 import f32
from pureog.geometry import Affine, Rect
from pureog.layout.boxes import Box
from pureog.paint.border import satori_border_path, side_radii
from pureog.paint.content_clip import mask_reach, stepped_region
from pureog.paint.radius import box_outline, corner_shapes, inner_radii
from pureog.paint.transform import rounded
from pureog.path import SQUARE_CORNERS, Radii, has_radius, rect_path, rounded_rect_path
from pureog.style.computed import ComputedStyle, StyledNode
from pureog.style.values import Percent, satori_holds_text

if TYPE_CHECKING:
    from pureog.images.source import ResolvedImage
    from pureog.text.fonts import FontLibrary


def _position(value: object, box: float) -> float:
    if isinstance(value, Percent):
        return box * value.value / 100.0
    return float(value) if isinstance(value, (int, float)) else 0.0


def fit_image(
    fit: str, position: tuple[object, object], content: Rect, natural_w: float, natural_h: float
) -> Rect:
    """Where the image is drawn: Satori's object-fit/object-position arithmetic (rect.ts)."""
    cw, ch = content.width, content.height
    nw = natural_w or cw
    nh = natural_h or ch
    if fit in ("contain", "cover", "scale-down") and nw > 0 and nh > 0 and cw > 0 and ch > 0:
        sx, sy = cw / nw, ch / nh
        if fit == "cover":
            scale = max(sx, sy)
        else:
            scale = min(sx, sy)
            if fit == "scale-down" and scale >= 1.0:
                scale = 1.0
        w, h = nw * scale, nh * scale
        px = _position(position[0], cw)
        py = _position(position[1], ch)
        return Rect(content.x + px - w * px / cw, content.y + py - h * py / ch, w, h)
    return content


def content_rect(box: Box) -> Rect:
    return Rect(box.content_x, box.content_y, box.content_width, box.content_height)


def picture_rect(style: ComputedStyle, box: Box) -> Rect:
    """The rectangle rect.ts fits the picture into: the border box less each side's border width and
    the padding of the element's style. Yoga lays a negative padding out as 0, but rect.ts subtracts
    the style's number, so ``padding: -8`` draws the picture 8 px past each content edge (the content
    mask still cuts it; mutant m04314). Otherwise the content box."""
    sides = (style.padding_top, style.padding_right, style.padding_bottom, style.padding_left)
    if not any(isinstance(pad, float) and pad < 0 for pad in sides):
        return content_rect(box)
    top, right, bottom, left = (
        box.border[i] + (pad if isinstance(pad, float) and pad < 0 else box.padding[i])
        for i, pad in enumerate(sides))
    return Rect(box.x + left, box.y + top, box.width - left - right, box.height - top - bottom)


def _clipped(nodes: tuple[Node, ...], box: Box, radii: Radii, style: ComputedStyle) -> list[Node]:
    """Clip to the content box cut by Satori's content mask (:func:`mask_reach`: the border box less a
    band along each side, rounded with the border box; the stroke's inner edge is the concentric
    curve). The reach is each side's border + padding unless borders or paddings differ between sides
    of one run; where the reaches differ at a rounded corner the region steps there."""
    content = content_rect(box)
    reach = mask_reach(style, box, padding=True)
    own = reach == tuple(box.border[i] + box.padding[i] for i in range(4))
    if own and len(set(reach)) == 1 or not has_radius(radii):
        top, right, bottom, left = reach
        inner = inner_radii(radii, top, right, bottom, left) if has_radius(radii) else SQUARE_CORNERS
        masked = content if own else Rect(box.x, box.y, box.width, box.height).inset(top, right, bottom, left)
        if has_radius(inner) and own:
            # One clip: the rounded content box lies inside the content rect, and a second anti-aliased
            # clip along the same straight edges would square their coverage (visible under a scale).
            if top > 0:
                # Satori's mask strokes the border box's outline 2 * (border + padding) wide: its round
                # corners are the stroke's inner edge as tiny-skia offsets it, not the inner radii's arcs
                # (a bordered round avatar: up to 36/255 along its inner edge; a flat elliptical corner,
                # 60x24 px inside a 20 px border: its offset spans the corner, the inner radii's 40x4 arc
                # does not)
                outline = Rect(box.x, box.y, box.width, box.height)
                line = satori_border_path(outline, side_radii(style, outline, radii), (True,) * 4)
                from pureog.stroke.outline import offset_side  # noqa: PLC0415  (strokes load on use)

                offset = Group(nodes, clip=Clip(offset_side(line, top)))
                if all(rx > 0 and ry > 0 for rx, ry in radii):
                    return [offset]
                # At a square corner the stroke's inner side detours through the corner point, enclosing
                # a border-wide square beyond the content box, which the stroke itself covers in
                # Satori's mask: the content rect cuts it off
                return [Group((offset,), clip=Clip(rect_path(content)))]
            return [Group(nodes, clip=Clip(rounded_rect_path(content, inner)))]
        x0, y0 = max(content.x, masked.x), max(content.y, masked.y)
        x1, y1 = min(content.right, masked.right), min(content.bottom, masked.bottom)
        clipped = Group(nodes, clip=Clip(rect_path(Rect(x0, y0, max(0.0, x1 - x0), max(0.0, y1 - y0)))))
        cut = None if has_radius(radii) or all(v == round(v) for v in (x0, y0, x1, y1)) \
            else _square_ring_cut(style, box, reach)
        return [clipped if cut is None else Group((clipped,), mask=cut, isolated=True)]
    region = stepped_region(Rect(box.x, box.y, box.width, box.height), radii, reach, content)
    return [Group(nodes, clip=Clip(region))]


def _square_ring_cut(style: ComputedStyle, box: Box,
                     reach: tuple[float, float, float, float]) -> tuple[Node, ...] | None:
    """Satori's content mask of a square-cornered ``<img>`` beyond its white content rectangle: the
    black ring it strokes along the border box, each run of equal sides twice the run's border +
    padding wide (a hairline at most 1 px wide, as resvg draws it). Where the content edge lies off the
    pixel grid, the rectangle's edge pixel and the ring share it, and resvg's mask there is the
    rectangle's coverage less the ring's (a 0.5 px left border: 1/8 of the column, not 1/2); None
    without a ring."""
    from pureog.color import BLACK  # noqa: PLC0415  (fractional bordered pictures only)
    from pureog.display import SolidPaint  # noqa: PLC0415
    from pureog.paint.border import border_runs  # noqa: PLC0415
    from pureog.paint.content_clip import ring_cut  # noqa: PLC0415
    from pureog.paint.hairline import hairline_path_nodes  # noqa: PLC0415
    from pureog.stroke import stroke_path  # noqa: PLC0415

    sides = [(box.border[i], getattr(style, f"border_{name}_style"), getattr(style, f"border_{name}_color"))
             for i, name in enumerate(("top", "right", "bottom", "left"))]
    outline = Rect(box.x, box.y, box.width, box.height)
    black: list[Node] = []
    for partial, _ in border_runs(sides):
        width = 2 * reach[max(i for i in range(4) if partial[i])]
        if width <= 0:
            continue
        line = satori_border_path(outline, SQUARE_CORNERS, partial)
        if width <= 1.0:  # resvg strokes it as a hairline
            black.extend(hairline_path_nodes(line, 0.0, 0.0, BLACK, width))
        else:
            ring = stroke_path(line, width, join="miter", cap="butt", miter_limit=4.0)
            if not ring.is_empty:
                black.append(FillPath(ring, SolidPaint(BLACK)))
    if not black:
        return None
    white, *_ = ring_cut(rect_path(outline))
    return (white, *black)


def image_quality(style: ComputedStyle) -> FilterQuality:
    """How the element's raster images resample: nearest for ``imageRendering: pixelated`` or
    ``crisp-edges`` (features: browser; Chromium draws both as nearest neighbour), else resvg's bicubic."""
    return FilterQuality.NEAREST if style.image_rendering in ("pixelated", "crisp-edges") else FilterQuality.BICUBIC


def _raster(image: ResolvedImage, target: Rect, where: str, quality: FilterQuality = FilterQuality.BICUBIC,
            path: str | None = None, chromium: bool = False) -> tuple[Node, ...]:
    # resvg fills the picture's rectangle without anti-aliasing (whole pixels; the rasterizer rounds it
    # as tiny-skia does, raster/scan_aliased.py); the pixels stay mapped to the exact rectangle. The
    # soft edge of a rotated picture comes only from the clip around it.
    if not (0.0 < target.width < math.inf and 0.0 < target.height < math.inf):
        return ()
    from pureog.images.decode import drawable_raster  # noqa: PLC0415  (image support loads on use)

    pixels = drawable_raster(image, where, path)
    if pixels is None:  # bytes resvg cannot decode: the box stays, the picture is not drawn
        return ()
    if chromium and quality is FilterQuality.BICUBIC:  # Chromium's shrinking: a mipmap level, bilinear
        from pureog.paint.image_mipmap import chromium_level  # noqa: PLC0415

        level = chromium_level(pixels, target.width, target.height)
        if level is not None:
            shrunk, filtering = level
            transform = Affine(target.width / shrunk.width, 0.0, 0.0, target.height / shrunk.height, target.x,
                               target.y)
            return (FillPath(rect_path(target), ImagePaint(shrunk, transform, quality=filtering), anti_alias=False),)
    transform = Affine(_resvg_scale(target.x, target.width, pixels.width), 0.0, 0.0,
                       _resvg_scale(target.y, target.height, pixels.height), target.x, target.y)
    return (FillPath(rect_path(target), ImagePaint(pixels, transform, quality=quality), anti_alias=False),)



def _resvg_scale(start: float, length: float, pixels: int) -> float:
    """resvg's pattern scale for a picture ``length`` long from ``start`` (one axis), in f32: usvg's view
    box and then image_rect are rectangles of left and right edges (tiny-skia ``NonZeroRect``), so the
    length is ``right - left`` of f32 sums, twice, and the scale that length over the pixels. A picture
    at its own size thus keeps a scale of exactly 1 (and tiny-skia samples it nearest) only where
    ``start + length`` is exact in f32: at y = 2.4193548 a 32 px picture is 31.9999986 px tall, and
    resvg filters it bicubically (a hard edge in it softened; sampled nearest, 38.3 dB against Next).
    Only a picture at its own size is decided so (nearest or bicubic); a scaled one keeps its f64 scale."""
    if length != pixels:  # scaled anyway: bicubic either way (the f32 scale is left to the f64 one)
        return length / pixels
    left = f32(start)
    size = f32(f32(left + f32(length)) - left)  # the view box's width()
    size = f32(f32(left + size) - left)  # image_rect: new_size.to_non_zero_rect(x, y).width()
    return f32(size / pixels)

def _svg_image(image: ResolvedImage, target: Rect, where: str, outer: Affine | None) -> tuple[Node, ...]:
    from pureog.images.svg.draw import svg_document_nodes  # noqa: PLC0415  (lazy: SVG support loads on use)

    return svg_document_nodes(image.data, target, where, outer)


def offsets_as_text(style: ComputedStyle) -> bool:
    """Whether rect.ts's sums of border width and padding on a side are text: it adds them as
    ``(border || 0) + (padding || 0)``, and a percentage padding or a length Satori keeps as the
    author's text (:class:`~pureog.style.values.SatoriText`: ``0.5Em``, a border width of ``5%``) is a
    string in its style, so the sum concatenates. The content box's size is then NaN, and resvg drops
    an ``<image>`` of NaN width or height: the picture is not drawn, the box around it is."""
    return any(map(satori_holds_text, (
        style.padding_top, style.padding_right, style.padding_bottom, style.padding_left,
        style.border_top_width, style.border_right_width, style.border_bottom_width, style.border_left_width)))


def replaced_frame(node: StyledNode, box: Box) -> Rect | None:
    """The rectangle of Satori's ``<image>`` for an ``<img>`` or inline ``<svg>`` (its x, y, width and
    height: the content box, sized and placed by object-fit for an ``<img>``), which is its bounding
    box for resvg; None for other elements and images that could not be read."""
    if offsets_as_text(node.style):
        return None
    content = picture_rect(node.style, box)
    if node.element.type == "svg":
        return content
    image = node.element.attribute("src") if node.element.type == "img" else None
    from pureog.images.source import ResolvedImage  # noqa: PLC0415  (image support loads on use)

    if not isinstance(image, ResolvedImage):
        return None
    style = node.style
    return fit_image(style.object_fit, style.object_position, content, image.width, image.height)


def _mask_region(target: Rect, content: Rect) -> Rect | None:
    """The region of Satori's content mask around an unmoved ``<image>``, where it can cut more than
    the content-box clip; None where it cannot (``fill``, ``cover``).

    The ``<mask>`` has the default objectBoundingBox units, so resvg limits it to the image's rectangle
    grown by 10 % of its size on each side (x, y = -10 %, width, height = 120 %, anti-aliased). Under
    ``objectFit: contain`` (or ``none``, ``scale-down``) it cuts an SVG picture's overflow (a ``slice``
    viewBox, paths outside the viewBox) short of the content box, and a raster picture under a pixel
    thin, whose fill covers a whole pixel row, to the region's coverage of that row."""
    dx, dy = 0.1 * target.width, 0.1 * target.height
    region = Rect(target.x - dx, target.y - dy, target.width + 2 * dx, target.height + 2 * dy)
    if (region.x <= content.x and region.y <= content.y and region.right >= content.right
            and region.bottom >= content.bottom):
        return None
    return region


def paint_replaced(node: StyledNode, box: Box, radii: Radii, matrix: Affine | None = None,
                   fonts: FontLibrary | None = None, region_cuts: bool = True, chromium: bool = False) -> list[Node]:
    """Display nodes for an ``<img>`` or inline ``<svg>`` element (empty for other elements); ``matrix``:
    the element's absolute transform, which SVG content needs to find its hairlines in device pixels;
    ``fonts``: the document's, for an inline ``<svg>``'s ``<text>``; ``chromium``: Chromium is the
    reference (features: browser, an image in a line), which shrinks a picture through its mipmap levels
    (:mod:`pureog.paint.image_mipmap`). ``region_cuts``: whether the
    content mask's region cuts the picture (:func:`_mask_region`). Not inside an ancestor's overflow,
    clip-path or maskImage: Satori's content-mask rect then carries that ancestor's mask, which makes it
    a group, and resvg draws a mask's groups without the region's clip (resvg 0.29 render_group_impl:
    draw_pixmap with no clip mask), so a ``slice`` picture's overflow shows up to the content box
    (paintimg seed 100395)."""
    kind = node.element.type
    if kind not in ("img", "svg"):
        return []
    content = content_rect(box)
    if content.width <= 0 or content.height <= 0 or offsets_as_text(node.style):
        return []
    style = node.style
    outer = rounded(matrix) if matrix is not None else None  # as wrap() will draw the nodes
    region: Rect | None = None  # an SVG picture's mask region (see _mask_region)
    try:
        if kind == "svg":
            from pureog.images.svg.draw import inline_svg_nodes  # noqa: PLC0415

            shaper = font = None
            if fonts is not None and _has_text(node.element):
                from pureog.paint.svg_text import root_font, text_shaper  # noqa: PLC0415  (SVG text is rare)

                shaper, font = text_shaper(fonts), root_font(style)
            nodes = inline_svg_nodes(node.element, style.color, picture_rect(style, box), outer, shaper, font)
        else:
            from pureog.images.sniff import ImageFormat  # noqa: PLC0415  (image support loads on use)
            from pureog.images.source import ResolvedImage  # noqa: PLC0415

            image = node.element.attribute("src")
            if not isinstance(image, ResolvedImage):
                raise ImageError("the image source was not resolved (render through pureog.render_png)")
            if not image.drawable:  # Next's resvg draws nothing of it; the box is painted as usual
                return []
            target = fit_image(style.object_fit, style.object_position, picture_rect(style, box), image.width,
                               image.height)
            if image.format == ImageFormat.SVG:
                nodes = _svg_image(image, target, f"<img> at {node.path}", outer)
            else:
                nodes = _raster(image, target, f"<img> at {node.path}", image_quality(style), node.path, chromium)
            region = _mask_region(target, content) if region_cuts else None
    except PureogError as exc:
        if exc.path is None:
            raise type(exc)(exc.message, path=node.path) from None
        raise
    if not nodes:
        return []
    if not _one_fill(nodes):
        # resvg draws an SVG picture (an <img> of SVG, an inline <svg>: both Satori <image>s) into a
        # pixmap of its own and clips and masks that: where the clip's anti-aliased edge crosses
        # stacked shapes, the lower ones do not show through (an ellipse clip-path's edge: alpha 32 of
        # purple in Next, 60 of purple over pink when each shape is clipped)
        nodes = (Group(nodes, composite=True),)
    shapes = corner_shapes(style)
    if shapes != ROUND_CORNERS and has_radius(radii):  # cornerShape (features: browser): Chromium's clip
        top, right, bottom, left = (box.border[i] + box.padding[i] for i in range(4))
        inner = inner_radii(radii, top, right, bottom, left)
        return [Group(nodes, clip=Clip(box_outline(content, inner, shapes)))]
    if style.mask_image and matrix is None:
        # Satori crops the picture to the content box with a mask, which the element's own maskImage
        # replaces: the picture is then cut only by the border box (its clip-path), so an objectFit that
        # overflows shows under the border.
        return [Group(nodes, clip=Clip(rounded_rect_path(Rect(box.x, box.y, box.width, box.height), radii)))]
    if matrix is not None:
        # Satori's moved <image> (its own transform or an ancestor's) has neither the content mask nor
        # satori_cp: its clip-path is the border box (satori_brc, rounded by the radii) in its own
        # frame, so a cover picture shows under a translucent border.
        return [Group(nodes, clip=Clip(rounded_rect_path(Rect(box.x, box.y, box.width, box.height), radii)))]
    if region is not None:
        nodes = (Group(nodes, clip=Clip(rect_path(region))),)
    if style.clip_path is not None and not any(box.border) and not any(box.padding):
        # Satori clips an unmoved <image> with its satori_cp clip, which is the clip-path shape when
        # the element has one, not the rounded border box: the corners then come only from the
        # content mask, which strokes border + padding (none here) along the rounded box.
        return _clipped(nodes, box, SQUARE_CORNERS, style)
    return _clipped(nodes, box, radii, style)


def _one_fill(nodes: tuple[Node, ...]) -> bool:
    """Whether ``nodes`` draw a single fill (clipping it alone is then exact)."""
    return len(nodes) == 1 and (isinstance(nodes[0], FillPath) or single_fill(nodes[0]))


def _has_text(element: Element) -> bool:
    """Whether an inline ``<svg>`` holds a ``<text>`` element anywhere."""
    stack = [element]
    while stack:
        current = stack.pop()
        if current.type == "text":
            return True
        stack.extend(c for c in current.children if isinstance(c, Element))
    return False
