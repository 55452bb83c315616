"""Box shadows and text shadows -> display-list groups, as Satori's SVG + resvg draw them.

Input: the element's style, border box, radii and absolute matrix (or a text leaf's glyph nodes) ->
lists of display nodes. What Satori emits (builder/shadow.ts) and how we mirror it:
- box-shadow, per shadow from last to first (the first paints on top): the element's shape, moved by
  the offset and grown by the spread (the fill plus a stroke of twice the spread, made as tiny-skia
  makes it: square corners stay square, rounded ones follow the stroke's offset curves, holes
  included; a negative spread masks such a stroke out; a stroke at most 1 device px wide, a spread of
  at most 0.5 px, is tiny-skia's anti-aliased hairline), blurred with standard
  deviation blur/2 inside a filter region, coloured by ``feFlood`` + ``feComposite in`` (``out`` for
  inset, which keeps the colour where the blurred shape is not), then masked: outer shadows by
  "everything but the box", inset ones by the box. The group carries the element's opacity.
- The filter region is the object bounding box of the moved shape, widened on each side by
  ``blur^2/4 + spread``: for small blurs it is narrower than the Gaussian, and resvg cuts the shadow
  there, visibly (a 2px blur is cut 1px out). We pass the same region.
- text-shadow: one filter on the text's group, ``feDropShadow`` per shadow merged by ``feMerge``, in
  linear RGB (:class:`pureog.display.ShadowFilter`; the rasterizer does resvg's maths); its region is
  Satori's percentages of the measured text box, 1.1x, applied to the glyphs' bounding box.
Imports style values and geometry only; no raster.
"""

from __future__ import annotations

import math

from pureog.color import BLACK, WHITE, Color
from pureog.contour import ROUND_CORNERS
from pureog.display import Blur, Clip, DropShadow, FillPath, Group, Node, ShadowFilter, SolidPaint
from pureog.document.model import js_number_text
from pureog.geometry import IDENTITY, Affine, Rect
from pureog.jsnum import js_number, to_fixed
from pureog.limits import charge_layers
from pureog.paint.radius import box_outline
from pureog.paint.transform import rounded, turned_clips
from pureog.paint.usvg_bbox import satori_rounded_rect_bbox, satori_rounded_rect_path, transformed_bbox
from pureog.path import Path, Radii, clamp_radii, has_radius, rect_path, rounded_rect_path
from pureog.records import record
from pureog.style.shadow import BoxShadow, TextShadow


def spread_shape(rect: Rect, spread: float) -> Path:
    """The square-cornered border box grown (or shrunk) by ``spread``: a ``<rect>``'s stroke of twice
    the spread has mitred corners, so its outer (inner) edge is exactly this rectangle."""
    grown = Rect(rect.x - spread, rect.y - spread, rect.width + 2 * spread, rect.height + 2 * spread)
    if grown.width <= 0 or grown.height <= 0:
        return Path(())
    return rect_path(grown)


def spread_body(
    rect: Rect, radii: Radii, spread: float, color: Color, res_scale: float, matrix: Affine | None = None
) -> Node | None:
    """The shadow's shape before the blur, filled with ``color``; None when nothing is left.

    Satori grows a rounded shape by stroking its path (open, arcs as resvg's cubics) ``2 * spread``
    wide and shrinks it by masking out such a stroke. tiny-skia builds a stroke from offset curves,
    and where a corner's radius is smaller than the spread the inner offset turns inside out and
    its winding leaves holes (a lens around a small box), while an elliptical corner's offset is no
    ellipse: both are the stroke's own shape, so we stroke as tiny-skia does rather than grow radii.
    A stroke at most 1 device px wide (a spread of at most 0.5 px, ``matrix`` mapping the shape to the
    canvas) is no outline in tiny-skia but an anti-aliased hairline (``treat_as_hairline``), drawn
    with its width as coverage: rounded or square, the band is that hairline (:func:`_thin_band`).
    """
    radii = clamp_radii(rect, radii)
    if spread == 0:
        shape = rounded_rect_path(rect, radii)
        return None if shape.is_empty else FillPath(shape, SolidPaint(color))
    rounded_shape = has_radius(radii)
    outline = satori_rounded_rect_path(rect, radii) if rounded_shape else rect_path(rect)
    thin = _thin_band(outline, 2 * abs(spread), color if spread > 0 else BLACK, matrix)
    if thin is None and not rounded_shape:
        shape = spread_shape(rect, spread)
        return None if shape.is_empty else FillPath(shape, SolidPaint(color))
    if thin is None:
        from pureog.stroke import stroke_path  # noqa: PLC0415  (lazy: most shadows have no spread)

        band = stroke_path(outline, 2 * abs(spread), join="miter", cap="butt", miter_limit=4.0, res_scale=res_scale)
        thin = (FillPath(band, SolidPaint(color if spread > 0 else BLACK)),)
    fill = FillPath(outline, SolidPaint(color))
    if spread > 0:  # resvg fills the path, then strokes it
        return Group((fill, *thin))
    # Satori's second mask: the shape in white with its stroke in black over it
    return Group((fill,), mask=(FillPath(outline, SolidPaint(WHITE)), *thin))


def _thin_band(outline: Path, width: float, color: Color, matrix: Affine | None) -> tuple[Node, ...] | None:
    """The spread's stroke as tiny-skia draws one at most 1 device px wide: a hairline of ``width`` as
    coverage (user-space nodes through ``matrix``); None for a wider stroke, an outline."""
    from pureog.images.svg.hairline import hairline_stroke_nodes  # noqa: PLC0415  (rare: a spread <= 0.5 px)

    nodes = hairline_stroke_nodes(outline, width, "butt", None, 0.0, SolidPaint(color),
                                  matrix if matrix is not None else IDENTITY)
    if nodes is None:
        return None
    # one stroke in resvg: its coverage levels share one layer
    return (Group(tuple(nodes), composite=True),) if len(nodes) > 1 else tuple(nodes)


def box_shadows(
    shadows: tuple[BoxShadow, ...],
    rect: Rect,
    radii: Radii,
    matrix: Affine | None,
    opacity: float,
    clip: Clip | None = None,
    mask: tuple[Node, ...] | None = None,
    shape_masked: bool = False,
    content: tuple[Clip, ...] = (),
    outer_clips: tuple[Clip, ...] | None = None,
    inset_clips: tuple[Clip, ...] = (),
    shapes: tuple[float, float, float, float] = ROUND_CORNERS,
    taken: TakenFilters | None = None,
    content_cuts: tuple[tuple[Node, ...] | None, ...] = (),
    source_clips: tuple[Clip, ...] = (),
) -> tuple[list[Node], list[Node]]:
    """(outer shadows to paint before the box, inset shadows to paint after it).

    ``clip`` and ``mask`` are the element's own clip-path and maskImage (in the element's untransformed
    coordinates): Satori writes them on the shadow's shape inside the filter *and* on the box of the
    shadow's mask, both under the element's transform. ``shape_masked``: the shape carries a mask
    (its own or an ancestor's maskImage, or the content mask of an ancestor with overflow: hidden or a
    clip-path), whose default region, the shape's box +-10 %, crops the spread (see _mask_region).
    ``content``: bordered clipping ancestors' inner regions (canvas space, paint/content_clip.py), which
    Satori's mask puts on the shadow's shape and on its inset shadow too (turning with it as well).
    ``outer_clips``: for a moved element inside clipping ancestors (``clip`` is then the nearest
    ancestor's), the clips in effect from further out, outermost first (canvas space; None otherwise). Satori chains
    them on the nearest one's ``<clipPath clip-path>``, so they all turn with the shape too, and the
    untransformed ancestor clips cut nothing of the shadows (:attr:`Group.unclipped`).
    ``inset_clips``: for an unmoved element, its clipping ancestors' clips, outermost first, which Satori
    puts on the inset shadow's shape before the blur (the nearest one's ``<clipPath>`` chains the others):
    each clip's edge floods with the shadow colour (a moved element's: ``outer_clips``, turned).
    ``shapes``: the corners' ``cornerShape`` (features: browser): the shadow is the contoured box grown
    by its spread, radii grown alike, as Blink outsets a contoured rect for a shadow.
    ``taken``: the shadows whose filter a text child's text-shadow filter replaces (see
    :class:`TakenFilters`). ``content_cuts``: per ``content`` region, the luminance mask that also
    cuts it (canvas space; :attr:`ContentClip.cut`) or None. ``source_clips``: for an unmoved element,
    the clips of its clipping ancestors, outermost first (canvas space), which a taken outer shadow
    carries itself (see :func:`_under_text_filter`)."""
    outer: list[Node] = []
    inner: list[Node] = []
    if rect.width <= 0 or rect.height <= 0:
        return outer, inner
    charge_layers(len(shadows))  # the render's account: each is a group built and kept (spec/limits.md)
    m = rounded(matrix) if matrix is not None else None
    contoured = shapes != ROUND_CORNERS and has_radius(radii)
    shape = box_outline(rect, radii, shapes) if contoured else rounded_rect_path(rect, radii)
    device_shape = shape.transformed(m) if m is not None else shape
    own = clip is not None or mask is not None
    if m is not None:
        # Satori writes the clip-path and mask on the shadow's transformed shapes: they turn with it
        clip = Clip(clip.path.transformed(m), clip.fill_rule) if clip is not None else None
        mask = (Group(mask, transform=m),) if mask is not None else None
        content = tuple(Clip(c.path.transformed(m), c.fill_rule) for c in content)
        content_cuts = tuple(None if c is None else (Group(c, transform=m),) for c in content_cuts)
    cuts = [c for c in content_cuts if c is not None]
    if outer_clips is not None and m is not None:
        # a moved element's taken shadows: the clips from beyond the nearest, turned as on its shape,
        # cut their source and hole (the untransformed ones around the element cut nothing)
        source_clips = tuple(Clip(c.path.transformed(m), c.fill_rule) for c in outer_clips)
    for index in range(len(shadows) - 1, -1, -1):
        s = shadows[index]
        text_box = None if taken is None else taken.boxes.get(index)
        if s.color.is_transparent and text_box is None:
            continue  # (a taken one is drawn: its white shape goes through the text's filter, not its colour)
        if s.y_unwritten or s.x_unwritten:
            # y="NaN" or x="NaN" (BoxShadow.y_unwritten, x_unwritten): a <rect> at the canvas's top or left
            # edge, a rounded shape not at all
            if has_radius(radii):
                continue
            s = BoxShadow(-rect.x if s.x_unwritten else s.offset_x, -rect.y if s.y_unwritten else s.offset_y,
                          s.blur, s.spread, s.color, s.inset, s.blur_written, s.spread_text)
        spread = -s.spread if s.inset else s.spread
        # a spread that is no number (BoxShadow.spread_text): on an outer shadow Satori writes
        # stroke-width="NaN" (the text is truthy), which usvg replaces by its default width, 1: the shape
        # grown by half a pixel; an inset one's is negated first, and NaN is falsy: no stroke at all
        # (`spreadRadius < 0` is false too, so no shrinking mask). The region stays NaN (usvg's default).
        drawn_spread = (0.0 if s.inset else 0.5) if math.isnan(spread) else spread
        moved_rect = Rect(rect.x + s.offset_x, rect.y + s.offset_y, rect.width, rect.height)
        color = s.color if text_box is None else WHITE  # Satori's shape is white: its filter floods it
        if contoured:
            body = _contoured_body(moved_rect, radii, drawn_spread, shapes, color)
        else:
            body = spread_body(moved_rect, radii, drawn_spread, color, 1.0 if m is None else m.resolution_scale, m)
        if body is None:
            if not s.inset:
                continue
            body = FillPath(Path(()), SolidPaint(s.color))  # nothing to cut out: all inset colour
        # Satori writes each clip and mask on the shape's one <path> (fill and spread stroke): resvg
        # clips and masks its finished layer, so where the stroke overlaps the fill a partial mask
        # counts once (isolated), not once per fill
        if shape_masked:
            body = Group((body,), clip=Clip(rect_path(_mask_region(moved_rect))), isolated=True)
        if m is not None:
            body = Group((body,), transform=m)
        for inner_clip in content:
            body = Group((body,), clip=inner_clip, isolated=True)
        for ring_mask in cuts:
            body = Group((body,), mask=ring_mask, isolated=True)
        if own:
            body = Group((body,), clip=clip, mask=mask, isolated=True)
            if spread < 0:
                # Satori shrinks the shape with a mask (a stroked copy) that carries the clip-path and
                # maskImage as well: the source is clipped and masked twice, so along a clip-path's
                # edge the shape keeps c * c of a pixel and an inset shadow floods 1 - c * c there
                # (an ellipse's edge: more of the inset colour than 1 - c)
                if clip is not None:
                    body = Group((body,), clip=clip, isolated=True)
                if mask is not None:
                    body = Group((body,), mask=mask)
        region = _region(s, spread, radii, m, rect)
        std = deviation(s.blur)
        if s.inset:
            # the clip-path on the inset shadow's shape chains every clipping ancestor's clip (each
            # <clipPath> names the one further out in its clip-path): each cuts the source before the
            # blur, so the colour floods in along the edges of all of them, not the nearest one's only
            for c in reversed(inset_clips):
                body = Group((body,), clip=c)
            if outer_clips is not None and text_box is None:  # a moved element's, turned by its matrix as
                # on its shape (a taken one's go on in _under_text_filter)
                for c in reversed(source_clips):
                    body = Group((body,), clip=c)
        if s.inset and text_box is not None and taken is not None:
            hole_clips = tuple(c for c in (clip, *content) if c is not None)
            inner.append(_under_text_filter(body, taken, text_box, moved_rect, device_shape, m, opacity, hole_clips,
                                            mask, inset=True, source_clips=source_clips,
                                            unclipped=outer_clips is not None))
            continue
        if s.inset:
            blur = Blur(std, std, region, invert=True, flood_linear=True)
            node: Node = Group((Group((body,), blur=blur, opacity=opacity),), clip=Clip(device_shape))
            if own:
                node = Group((node,), clip=clip, mask=mask)
            for inner_clip in content:
                node = Group((node,), clip=inner_clip)
            for ring_mask in cuts:
                node = Group((node,), mask=ring_mask, isolated=True)
            inner.append(node if outer_clips is None else Group((turned_clips(node, outer_clips, m),), unclipped=True))
            continue
        # Satori clips and masks the shadow's shape by the ancestors' overflow, clip-path and maskImage
        # before blurring, and hides the result under the box carrying the same clips and masks:
        # Blur.cutout says exactly that (also unblurred: an ancestor's mask makes the hole partial).
        # The cut-out box carries the clip-path and the nearest content mask, each on its own; that mask's
        # rectangle carries the next one out as its mask, and so on: the whole chain cuts the hole (turned
        # twice by a moved element's matrix, the outer box's region can cut inside the nearest one's).
        hole_clips = tuple(c for c in (clip, *content) if c is not None)
        # ... and the nearest content mask's moved border ring (ContentClip.cut), which cuts the hole too
        hole_mask = mask
        if content_cuts and content_cuts[-1] is not None:
            hole_mask = content_cuts[-1] if mask is None else (Group(content_cuts[-1], mask=mask, isolated=True),)
        if text_box is not None and taken is not None:
            outer.append(_under_text_filter(body, taken, text_box, moved_rect, device_shape, m, opacity, hole_clips,
                                            hole_mask, source_clips=source_clips,
                                            unclipped=outer_clips is not None))
            continue
        # A moved element's nearest clip chains the ones from further out (<clipPath clip-path>), which
        # resvg turns with the box as well: they cut the hole too, and beyond them the blurred source
        # shows (alien seed 1608: a glow inside a clip-path box, left of a moved child's shadow).
        # (_under_text_filter's hole takes source_clips itself.)
        if outer_clips is not None:
            hole_clips = (*source_clips, *hole_clips)
        cut = Blur(std, std, region, cutout=device_shape, cutout_clips=hole_clips, cutout_mask=hole_mask,
                   flood_linear=True)
        if outer_clips is None:
            outer.append(Group((body,), blur=cut, opacity=opacity))
        else:  # the turned clips cut the source, and the hole stays within the nearest one
            shadow = Group((turned_clips(body, outer_clips, m),), blur=cut, opacity=opacity)
            outer.append(Group((shadow,), unclipped=True))
    return outer, inner


@record
class TakenFilters:
    """Satori names an element's ``i``-th box-shadow filter ``satori_s-<id>-<i>`` and the text-shadow
    filter of its child at index ``i`` ``satori_s-<id>-<i>`` too; usvg resolves both references to the
    later definition, the text's. So that shadow's white shape goes through the text's drop shadows
    (offsets, blurs, colours; the shape itself stays, under the shadow's box cut-out), in a region that
    is the text's percentages of the shape; inset shadows alike, inside the box. ``boxes``: shadow
    index -> the text's measured box."""

    shadows: tuple[TextShadow, ...]
    boxes: dict[int, Rect]
    transparent_text: bool = False


def _under_text_filter(body: Node, taken: TakenFilters, text_box: Rect, moved_rect: Rect, device_shape: Path,
                       m: Affine | None, opacity: float, hole_clips: tuple[Clip, ...] = (),
                       hole_mask: tuple[Node, ...] | None = None, inset: bool = False,
                       source_clips: tuple[Clip, ...] = (), unclipped: bool = False) -> Node:
    """A box shadow's shape drawn through the text-shadow filter that took its name (TakenFilters).

    An outer shadow's mask is the viewport in white with the box in black (the result shows outside
    the box); an inset shadow's is the box alone in white: inside the box, the white shape (moved by
    the shadow's offsets, shrunk by its spread) and the text's drop shadows of it show, not the
    inset shadow's colour around it. The box in the mask carries the shape's clips (``hole_clips``):
    with ``backgroundClip: text`` the glyphs', so the drop shadows show around the glyphs inside it;
    and its mask (``hole_mask``: the maskImage), as Satori writes the shape's mask on it too.
    ``source_clips``: the clipping ancestors' clips of an unmoved element. Satori writes the nearest
    one (chaining the others) on the shape inside the filter and on the mask's box, never on the
    filtered group: they cut the source and the hole, and the drop shadows show beyond them (outsider
    seed 3071: a text shadow's glow above an overflow-hidden row), so the group ignores the clips in
    effect (:attr:`Group.unclipped`) and carries these itself. ``unclipped``: so does a moved element's
    inside clipping ancestors (the nearest one's clip, turned by its matrix, is in ``hole_clips`` and on
    the shape; the further ones in ``source_clips``): the drop shadows show outside the untransformed
    clips (outsider seed 3130: the white shape of a skewed, scaled span spills out of an ellipse)."""
    bounds = rect_path(moved_rect).transformed(m).bounds() if m is not None else moved_rect
    sf = text_shadow_filter(taken.shadows, bounds, text_box, keep_source=not taken.transparent_text)
    for c in reversed(source_clips):
        body = Group((body,), clip=c)
    node = body if sf is None else Group((body,), shadow=sf)
    box: Node = FillPath(device_shape, SolidPaint(WHITE if inset else BLACK))
    for c in (*hole_clips, *source_clips):
        box = Group((box,), clip=c)
    if hole_mask is not None:
        box = Group((box,), mask=hole_mask, isolated=True)
    if inset:
        hole: tuple[Node, ...] = (box,)
    else:
        far = 1e7  # Satori's cut-out mask: the viewport in white, the box in black
        hole = (FillPath(rect_path(Rect(-far, -far, 2 * far, 2 * far)), SolidPaint(WHITE)), box)
    return Group((node,), mask=hole, isolated=True, opacity=opacity, unclipped=unclipped or bool(source_clips))


def _contoured_body(rect: Rect, radii: Radii, spread: float, shapes: tuple[float, float, float, float],
                    color: Color) -> Node | None:
    """A shadow's shape for corners with ``cornerShape``: the box and its radii grown by the spread."""
    grown = Rect(rect.x - spread, rect.y - spread, rect.width + 2 * spread, rect.height + 2 * spread)
    if grown.width <= 0 or grown.height <= 0:
        return None
    grown_radii = tuple((max(0.0, rx + spread), max(0.0, ry + spread)) for rx, ry in radii)
    return FillPath(box_outline(grown, grown_radii, shapes), SolidPaint(color))  # type: ignore[arg-type]


def deviation(blur: float) -> float:
    """The Gaussian's standard deviation for a CSS blur radius: half of it (CSS Backgrounds), and 0 for
    a negative radius, which Satori writes as a negative ``stdDeviation`` and usvg reads as 0 (no blur;
    the filter region still grows by blur^2 / 4, :func:`_region`)."""
    return max(blur, 0.0) / 2.0


def _mask_region(box: Rect) -> Rect:
    """usvg's default mask region: the masked element's object bounding box (the shape's fill, without
    the stroke that grows it by the spread) grown by 10 % of its size on every side. A spread beyond
    that is cut off before the blur (measured: a 5 px spread on a 39 x 24 box keeps 3.9 and 2.4 px)."""
    return Rect(box.x - 0.1 * box.width, box.y - 0.1 * box.height, 1.2 * box.width, 1.2 * box.height)


def _region(s: BoxShadow, spread: float, radii: Radii, m: Affine | None, rect: Rect) -> Rect:
    """The filter region Satori writes (percentages of the element size) applied to the moved shape's
    bounding box as resvg computes it (paint/usvg_bbox.py), in canvas space."""
    grow = s.blur * s.blur / 4.0 + spread
    w, h = rect.width, rect.height
    dx = s.offset_x if s.inset else 0.0
    dy = s.offset_y if s.inset else 0.0
    if s.spread_text:
        left, right, top, bottom = _text_spread_sides(s, w, h)
    else:
        left = min(-grow - dx, 0.0)
        right = max(grow + w - dx, w)
        top = min(-grow - dy, 0.0)
        bottom = max(grow + h - dy, h)
    # The whole chain is resvg's to the last bit, as it decides whole pixels: the bounding box with its
    # float error (through the shape's transform as usvg maps a box: its corners), the percentages
    # Satori prints and usvg divides by 100, and calc_region's rectangle mapped by the bbox transform
    # (right = w * (fx + fw) + x, not x0 + w * fw: 72 * 1.0069444444444444 is 72.49999999999999 and
    # rounds to 72 rows where 72.5 would give 73).
    bb = satori_rounded_rect_bbox(rect, clamp_radii(rect, radii), s.offset_x, s.offset_y)
    if m is not None:
        bb = transformed_bbox(bb, m)
    fx, fw = left / w * 100.0 / 100.0, (right - left) / w * 100.0 / 100.0
    fy, fh = top / h * 100.0 / 100.0, (bottom - top) / h * 100.0 / 100.0
    if not s.blur_written:  # x="NaN%": usvg's default region, the bounding box grown by 10 % a side
        fx, fw, fy, fh = -0.1, 1.2, -0.1, 1.2
    # an attribute of NaN% (a spread text that is no number with the blur's share) takes usvg's default
    fx, fy = (-0.1 if math.isnan(fx) else fx), (-0.1 if math.isnan(fy) else fy)
    fw, fh = (1.2 if math.isnan(fw) else fw), (1.2 if math.isnan(fh) else fh)
    x0, x1 = bb.width * fx + bb.x, bb.width * (fx + fw) + bb.x
    y0, y1 = bb.height * fy + bb.y, bb.height * (fy + fh) + bb.y
    return Rect(x0, y0, x1 - x0, y1 - y0)


def _text_spread_sides(s: BoxShadow, w: float, h: float) -> tuple[float, float, float, float]:
    """The region's sides of an outer shadow whose spread css-box-shadow kept as text (``0 0 0 5 red``):
    Satori's ``blur * blur / 4 + spread`` then joins the number and the text (``"0" + "5"`` is
    ``"05"``), its negation reads that back as a number (5), and ``grow + width`` joins again
    (``"05" + 60`` is ``"0560"``: 560, a region far past the shadow; with ``1.5`` it is ``"01.560"``,
    1.56, so the region ends at the box and cuts the shadow's right and bottom). NaN where JavaScript
    reads no number (``"0-3"``), as ``Math.min``/``Math.max`` pass it on."""
    grow = js_number_text(s.blur * s.blur / 4.0) + s.spread_text
    near = -js_number(grow)
    left, top = _js_min(near, 0.0), _js_min(near, 0.0)
    right = _js_max(js_number(grow + js_number_text(w)), w)
    bottom = _js_max(js_number(grow + js_number_text(h)), h)
    return left, right, top, bottom


def _js_min(a: float, b: float) -> float:
    return math.nan if math.isnan(a) else min(a, b)


def _js_max(a: float, b: float) -> float:
    return math.nan if math.isnan(a) else max(a, b)


def text_shadow_filter(shadows: tuple[TextShadow, ...], bounds: Rect, text_box: Rect,
                       keep_source: bool = True) -> ShadowFilter | None:
    """Satori's ``buildDropShadow`` filter for a text leaf whose painted nodes have ``bounds``.

    The region is written as percentages (``toFixed(2)``) of Satori's measured text box, and resvg
    applies them to the object bounding box of the filtered group: the glyph outlines' ``bounds``.
    ``keep_source``: False for transparent text, whose filter draws the shadows alone (Satori's
    primitives in place of ``feDropShadow``); the filter is then never left out, as it hides the
    black glyphs its source is filled with.
    """
    # A transparent shadow still counts: its feDropShadow result holds a copy of the text, and feMerge
    # stacks one copy per shadow (text with opacity, or anti-aliased edges, show it). With a single
    # transparent shadow the filter draws the text once, as no filter would; not for transparent
    # text, where it draws nothing (martian paint generator seed 128).
    if keep_source and all(s.color.is_transparent for s in shadows) and len(shadows) < 2:
        return None
    if text_box.width < 0 or text_box.height < 0 or bounds.width <= 0 or bounds.height <= 0:
        return None
    charge_layers(len(shadows))  # the render's account (spec/limits.md)
    left, top, width, height = _text_region(shadows, text_box)
    region = Rect(
        bounds.x + bounds.width * left / 100.0,
        bounds.y + bounds.height * top / 100.0,
        bounds.width * width / 100.0,
        bounds.height * height / 100.0,
    )
    return ShadowFilter(tuple(DropShadow(s.offset_x, s.offset_y, deviation(s.blur), s.color) for s in shadows), region,
                        keep_source=keep_source)


def _to_fixed_2(value: float) -> float:
    """JavaScript's ``Number(value.toFixed(2))``."""
    return to_fixed(value, 2)


def _text_region(shadows: tuple[TextShadow, ...], box: Rect) -> tuple[float, float, float, float]:
    """Satori's region percentages (x, y, width, height): all shadows' extents, times 1.1."""
    w, h = box.width, box.height
    left, right, top, bottom = 0.0, w, 0.0, h
    for s in shadows:
        grow = s.blur * s.blur / 4.0
        left = min(s.offset_x - grow, left)
        right = max(s.offset_x + grow + w, right)
        top = min(s.offset_y - grow, top)
        bottom = max(s.offset_y + grow + h, bottom)
    scale = 1.1
    # A text box of no width or height (``lineHeight: 0``): Satori divides by zero and writes
    # `-Infinity%`, `Infinity%` or `NaN%`, which resvg cannot read and replaces by the default filter
    # region on that axis (-10 %, 120 %): Next still draws the shadows, in that region.
    x, rw = (_to_fixed_2(left / w * 100 * scale), _to_fixed_2((right - left) / w * 100 * scale)) if w > 0 \
        else (-10.0, 120.0)
    y, rh = (_to_fixed_2(top / h * 100 * scale), _to_fixed_2((bottom - top) / h * 100 * scale)) if h > 0 \
        else (-10.0, 120.0)
    return x, y, rw, rh


__all__ = ["TakenFilters", "box_shadows", "deviation", "text_shadow_filter", "spread_shape"]
