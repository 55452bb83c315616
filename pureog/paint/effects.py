"""Putting an element's effects together: transform, box-shadow, filter, clip-path, text-shadow.

Input: one element's style, border box, radii, absolute matrix and its already-built fill and border
nodes -> the display nodes in Satori's order: outer shadows, then the box (fills filtered and clipped
by its own clip-path; border) inside the element's opacity group, then inset shadows; everything
drawn with the element's rounded absolute matrix except the shadows' blur and masks, which Satori
computes in canvas space. Children get the element's clips (overflow, clip-path) in canvas space.
:mod:`pureog.paint.build` calls these; imports no raster, text or layout internals. The clip-path and
shadow builders (and their style parsers) are imported only for elements that have those effects.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pureog.display import Clip, Group, Node
from pureog.geometry import Affine, Rect
from pureog.paint.bounds import node_bounds
from pureog.paint.content_clip import ContentClip, active, content_clipped
from pureog.paint.transform import compose, local_matrix, rounded, turned_clips, wrap
from pureog.path import Radii, has_radius, rect_path
from pureog.style.computed import ComputedStyle
from pureog.style.values import Overflow

if TYPE_CHECKING:
    from pureog.paint.shadow import TakenFilters


def element_matrix(style: ComputedStyle, rect: Rect, parent: Affine | None) -> Affine | None:
    return compose(parent, local_matrix(style, rect))


def filtered(style: ComputedStyle, nodes: list[Node], masked: bool = False, transformed: bool = False,
             boxes: Sequence[Rect | None] = ()) -> list[Node]:
    """``filter`` on each of an element's own shapes, one by one (Satori puts it on every shape), as
    :mod:`pureog.paint.filter` builds it; a filter that only links to missing filters hides them.

    ``masked``: Satori gives the shape the mask of an ancestor with ``overflow: hidden`` (or a
    clip-path or mask-image), whose region is usvg's default -10%/120% of the shape's bounding box:
    what a blur or drop shadow spreads beyond that is cut off. An ``<img>`` (a shape with clips of its
    own) always has such a mask, its own; Satori puts none on the shapes of a ``transformed`` element.
    ``boxes``: each node's object bounding box where it is not the drawn one (an emoji's ``<image>``, a
    rounded box's path: :func:`_rounded_boxes`), None where it is."""
    if not style.filter or not nodes:
        return nodes
    from pureog.style.filter import HIDDEN  # noqa: PLC0415

    if style.filter == HIDDEN:
        return []
    out: list[Node] = []
    for index, node in enumerate(nodes):
        # Satori writes a shape's clip-path (an <img>'s box) on the element that has the filter, and
        # resvg clips the filter's *result*: the shape's own clips go around the filter, not inside.
        clips: list[tuple[Clip, bool]] = []
        while isinstance(node, Group) and node.clip is not None and (
                node == Group(node.children, clip=node.clip) or
                node == Group(node.children, clip=node.clip, isolated=True)):
            # (a moved backgroundClip: text element's layers are one isolated clipped <g>)
            clips.append((node.clip, node.isolated))
            node = node.children[0] if len(node.children) == 1 else Group(node.children)
        # Several shapes under one clip (a backgroundClip: text element's layers, each a <rect> with its
        # own clip-path and filter in Satori): each layer is filtered on its own, then clipped. A group
        # filter would blend the layers first (hue-rotate in linearRGB differs) and draw a drop shadow
        # of the glyph-clipped whole over the text.
        parts = node.children if clips and isinstance(node, Group) and node == Group(node.children) else (node,)
        shapes = [_filtered_one(style, part, boxes[index] if boxes else None, bool(clips), masked, transformed)
                  for part in parts]
        node = shapes[0] if len(shapes) == 1 else Group(tuple(shapes))
        for clip, isolated in reversed(clips):
            node = Group((node,), clip=clip, isolated=isolated)
        out.append(node)
    return out


def _filtered_one(style: ComputedStyle, node: Node, box: Rect | None, clipped: bool, masked: bool,
                  transformed: bool) -> Node:
    """One shape under ``filter`` (see :func:`filtered`); ``box``: its object bounding box if not the drawn
    one; ``clipped``: the shape had clips of its own (taken off, the caller puts them back around)."""
    from pureog.paint.filter import filter_groups  # noqa: PLC0415
    from pureog.paint.usvg_bbox import translated_paths_bbox  # noqa: PLC0415

    node, opacity = _opacity_outside(node)
    # usvg's box of the outline as Satori writes it (text: absolute one-decimal points), else the union
    bb = box or (_image_rect(node) if clipped else None) or translated_paths_bbox(node) or node_bounds(node)
    node = filter_groups(style.filter, node, bb)
    if opacity < 1.0:
        node = Group((node,), opacity=opacity)
    spreads = any(f.name in ("blur", "drop-shadow") for f in style.filter)
    if spreads and bb is not None and (masked or clipped) and not transformed:
        region = Rect(bb.x - 0.1 * bb.width, bb.y - 0.1 * bb.height, 1.2 * bb.width, 1.2 * bb.height)
        node = Group((node,), clip=Clip(rect_path(region)))
    return node


def _rounded_boxes(fills: list[Node], rect: Rect, radii: Radii) -> tuple[Rect | None, ...]:
    """For each fill that is the element's rounded box, usvg's bounding box of the path Satori writes
    for it (:func:`pureog.paint.usvg_bbox.satori_rounded_rect_bbox`), else None. Its arcs' cubics put
    a side a few ulps off (x 395.99999999999994, width 80.00000000000006 for a box at 396..476), and
    resvg truncates the filter region built on it: a ``blur()`` region (-100%/200%), which ends at the
    box's right edge, ends a pixel early (stranger seed 1277)."""
    from pureog.display import FillPath  # noqa: PLC0415
    from pureog.paint.usvg_bbox import satori_rounded_rect_bbox  # noqa: PLC0415
    from pureog.path import clamp_radii  # noqa: PLC0415

    def box(node: Node) -> Rect | None:
        if not isinstance(node, FillPath) or node.path.is_empty:
            return None
        b = node.path.bounds()
        if max(abs(b.x - rect.x), abs(b.y - rect.y), abs(b.right - rect.right), abs(b.bottom - rect.bottom)) > 1e-9:
            return None  # (not the box's outline: a background layer of its own size)
        return satori_rounded_rect_bbox(rect, clamp_radii(rect, radii))

    return tuple(box(node) for node in fills)


def _opacity_outside(node: Node) -> tuple[Node, float]:
    """A node whose paint is one opacity group (a text's glyphs, drawn with the element's opacity), as
    the group's content and that opacity. Satori writes the opacity on the element that carries the
    filter (the text's ``<path opacity style="filter: ...">``), and SVG applies the filter first: a
    drop shadow then lies under the opaque glyphs and the whole fades, so none of it shows through
    them."""
    inner = node
    while isinstance(inner, Group) and len(inner.children) == 1 and inner == Group(inner.children):
        inner = inner.children[0]
    if isinstance(inner, Group) and 0.0 < inner.opacity < 1.0 and inner == Group(inner.children, opacity=inner.opacity):
        return Group(inner.children), inner.opacity
    return node, 1.0


def _image_rect(node: Node) -> Rect | None:
    """The exact rectangle of a raster ``<img>``'s picture (Satori's ``<image>`` attributes, resvg's
    bounding box), which the drawn pixels only approximate (they cover whole pixels)."""
    from pureog.display import FillPath, ImagePaint

    if not isinstance(node, FillPath) or not isinstance(node.paint, ImagePaint):
        return None
    t, image = node.paint.transform, node.paint.image
    if t.b != 0.0 or t.c != 0.0:
        return None
    return Rect(t.e, t.f, t.a * image.width, t.d * image.height)


def element_nodes(
    style: ComputedStyle,
    rect: Rect,
    radii: Radii,
    matrix: Affine | None,
    opacity: float,
    fills: list[Node],
    border: list[Node],
    mask: tuple[Node, ...] | None = None,
    masked: bool = False,
    ancestor_clip: Clip | None = None,
    inherited_mask: tuple[Node, ...] | None = None,
    content_clips: tuple[ContentClip, ...] = (),
    outer_clips: tuple[Clip, ...] = (),
    object_boxes: tuple[Rect, ...] | None = None,
    taken: TakenFilters | None = None,
    text_clip: Clip | None = None,
    picture_box: Rect | None = None,
) -> list[Node]:
    """The element's own painting (shadows, fills, border) in Satori's order; ``mask`` is its
    maskImage (see :func:`pureog.paint.mask.mask_nodes`), ``inherited_mask`` the nearest ancestor's
    (Satori's ``_inheritedMaskId``: a descendant's own shapes carry it, the element's own replaces it);
    ``masked``: inside an ancestor's mask (see :func:`filtered`; Satori leaves the mask off the shapes of
    transformed elements); ``ancestor_clip``: the nearest ancestor's overflow: hidden or clip-path clip
    (canvas space) when inside one, which Satori puts on the element's own shapes instead of the
    element's clip-path (that one then clips only its children); ``content_clips``: bordered clipping
    ancestors' inner regions, on every shape but an unmoved element's border, unless the element has
    its own maskImage (see :mod:`pureog.paint.content_clip`); ``outer_clips``: the clips in effect from
    beyond the nearest clipping ancestor (outermost first), which a moved element's shadow turns too;
    ``object_boxes``: the element-space boxes of its background and picture shapes, a declared
    transparent background's included (see :func:`mask_region`; None: unknown, nothing is cut);
    ``taken``: box shadows whose filter a text child's text-shadow filter replaces (paint/shadow.py);
    ``text_clip``: the glyphs of a ``backgroundClip: text`` element (canvas space), which Satori writes
    as the clip-path of its box shadows' shapes and of their cut-out boxes; ``picture_box``: the
    rectangle of Satori's ``<image>`` when ``fills`` ends with the element's SVG picture."""
    boxes = _rounded_boxes(fills, rect, radii) if style.filter and has_radius(radii) else ()
    if style.filter and picture_box is not None and fills:
        # An SVG picture (inline <svg>, <img> of SVG) is one <image> for resvg, whose bounding box is
        # its rectangle, not its shapes' extent: a drop shadow's region (-100%/200%) ends at its right
        # and bottom edges, which the shapes' box would put at the shapes' own.
        boxes = (*(boxes or (None,) * (len(fills) - 1))[: len(fills) - 1], picture_box)
    fills = wrap(filtered(style, fills, masked, matrix is not None, boxes), matrix)
    clip = None
    clipped = ancestor_clip is not None
    if style.clip_path is not None and not clipped:
        from pureog.paint.clip import clip_shape  # noqa: PLC0415

        clip = clip_shape(style.clip_path, rect)
    elif style.clip_path_unread and matrix is not None and not clipped and style.overflow != Overflow.HIDDEN:
        # An image whose clipPath Satori cannot read: the moved one is still wrapped in <g clip-path=
        # "url(#satori_cp-id)">, and for an image that id is its overflow clip (builder/overflow.ts: the
        # id falls back to satori_cp when no shape is written), the border box rounded by the radii,
        # unmoved (it takes the matrix only with overflow: hidden): the sheared or turned picture, its
        # backgrounds and border are cut at the box as it was before the transform.
        from pureog.paint.box import clip_for  # noqa: PLC0415

        clip = clip_for(rect, radii)
    # Satori's style.transform is inherited: "moved" is its truthiness, an own or an ancestor's transform.
    moved = matrix is not None
    # the content regions of bordered clipping ancestors, unless the element has its own maskImage
    regions = content_clips if mask is None else ()
    fills = content_clipped(fills, regions)
    mask = mask if mask is not None else inherited_mask
    if mask is not None and fills and not moved:
        # one mask per background layer and per image (each a masked SVG element in Satori); the
        # border carries none. Before the clip groups them: each layer is masked on its own.
        fills = [Group((f,), mask=mask, isolated=True) for f in fills]
    if text_clip is not None:
        # backgroundClip: text: Satori's shapes take the glyph clip (satori_bct) as their one clip-path,
        # in place of the element's clip-path (builder/rect.ts currentClipPath): that one clips only the
        # children (the text), not the backgrounds already cut to the glyphs.
        clip = None
    if clip is not None and fills and not moved:  # an unmoved element's border is not clipped
        fills = [Group(tuple(fills), clip=clip)]
    # an unmoved element's border carries no mask; a moved one's is in the masked <g>
    moved_border = content_clipped(wrap(border, matrix), regions) if moved else border
    if moved and moved_border and ancestor_clip is not None:
        # Each side's border-box clip chains the nearest clipping ancestor's clip-path, read in the
        # side's transformed space: resvg turns that clip by the element's matrix once more.
        m = rounded(matrix) if matrix is not None else None
        moved_border = [turned_clips(Group(tuple(moved_border)), (*outer_clips, ancestor_clip), m)]
    own = fills + moved_border
    own_clip = clip if moved else None
    own_mask = mask if moved else None
    if own and moved and (masked or mask is not None):
        # the <g>'s mask (an ancestor's content mask or a maskImage) cuts at its region
        own = _in_mask_region(own, style, rect, radii, matrix, object_boxes)
    # resvg clips and masks a group only when its content has a bounding box: the background <rect>
    # (drawn, or declared transparent: object_boxes), the picture, or a border path with an area
    boxed = bool(fills) or bool(object_boxes)
    if moved and border and not boxed and not _border_has_area(style, rect, radii):
        # Only straight single-side borders: Satori's <g clip-path mask> around them has no bounding
        # box, so resvg ignores its clip-path and mask (the ancestors' clip, the content mask, the
        # element's own). What cuts them is each side's own border-box clip, which Satori chains to
        # the nearest clipping ancestor's: in the side's transformed space, so those clips turn too.
        chain = (*outer_clips, ancestor_clip) if ancestor_clip is not None else ()
        m = rounded(matrix) if matrix is not None else None
        own = [Group((turned_clips(Group(tuple(wrap(border, matrix))), chain, m),), unclipped=True)]
    elif own and (own_clip is not None or own_mask is not None) and (boxed or _border_has_area(style, rect, radii)):
        # A moved element's fills, image and border go together in one <g clip-path mask> (which
        # resvg ignores when the group has no bounding box: only straight single-side borders in it).
        own = [Group(tuple(own), clip=own_clip, mask=own_mask, isolated=True)]
    elif own and moved and clipped:
        # ... whose clip-path is an ancestor's: the ancestor's clip cuts the group's layer.
        own = [Group(tuple(own), composite=True)]
    out: list[Node] = []
    inner: list[Node] = []
    if style.box_shadow:
        from pureog.paint.radius import corner_shapes  # noqa: PLC0415
        from pureog.paint.shadow import box_shadows  # noqa: PLC0415

        # Satori puts the element's clip-path and mask on the shadow's shape and on its box cut-out too.
        # Inside an ancestor's clip that clip-path is the ancestor's, and on a moved element's shape,
        # which carries the transform as well, resvg transforms it a second time.
        shadow_clip = clip if clip is not None or not moved else ancestor_clip
        if text_clip is not None:
            # The glyph clip (satori_bct) is on the shadow's shape as well. Its glyph paths carry the text's
            # transform (the element's, inherited), and on a moved shape resvg turns the clip by the shape's
            # transform once more (box_shadows applies that one): the glyphs are turned twice.
            shadow_clip = text_clip
            if matrix is not None:
                shadow_clip = Clip(text_clip.path.transformed(rounded(matrix)), text_clip.fill_rule)
        outer, inner = box_shadows(style.box_shadow, rect, radii, matrix, opacity, shadow_clip, mask,
                                   shape_masked=masked or mask is not None,
                                   content=tuple(region.clip for region in active(regions)),
                                   content_cuts=tuple(region.cut for region in active(regions)),
                                   outer_clips=outer_clips if moved and clipped and clip is None else None,
                                   inset_clips=(*outer_clips, ancestor_clip)
                                   if not moved and clip is None and ancestor_clip is not None else (),
                                   shapes=corner_shapes(style), taken=taken,
                                   source_clips=(*outer_clips, ancestor_clip)
                                   if taken is not None and not moved and ancestor_clip is not None else ())
        out.extend(outer)
    if own:
        out.append(Group(tuple(own), opacity=opacity) if opacity < 1.0 else Group(tuple(own)))
    out.extend(inner)
    return out


def mask_region(style: ComputedStyle, rect: Rect, radii: Radii, matrix: Affine,
                object_boxes: tuple[Rect, ...]) -> Rect | None:
    """The region of the mask on a moved element's ``<g clip-path mask>`` (canvas space), None when the
    group has no bounding box. usvg's default mask region is -10 %/120 % of the masked group's bounding
    box, which resvg gathers from its children's own boxes (``object_boxes``: backgrounds, the picture;
    the border paths that have an area), each carried through the element's matrix by its corners; a
    straight border side has none, so per-side borders of a picture reach past the region."""
    boxes = [*object_boxes, *_border_boxes(style, rect, radii)]
    if not boxes:
        return None
    m = rounded(matrix)
    xs: list[float] = []
    ys: list[float] = []
    for b in boxes:
        for x, y in ((b.x, b.y), (b.right, b.y), (b.x, b.bottom), (b.right, b.bottom)):
            px, py = m.apply(x, y)
            xs.append(px)
            ys.append(py)
    x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
    w, h = x1 - x0, y1 - y0
    return Rect(x0 - 0.1 * w, y0 - 0.1 * h, 1.2 * w, 1.2 * h)


def _in_mask_region(own: list[Node], style: ComputedStyle, rect: Rect, radii: Radii, matrix: Affine | None,
                    object_boxes: tuple[Rect, ...] | None) -> list[Node]:
    """``own`` cut to :func:`mask_region` where it reaches past it (None boxes or matrix: uncut)."""
    if object_boxes is None or matrix is None:
        return own
    region = mask_region(style, rect, radii, matrix, object_boxes)
    if region is None:
        return own
    # plain: a filter's blur or drop shadow paints beyond the shapes' boxes, and the region cuts it.
    # The region cuts nothing only where it covers whole every pixel the shapes touch: resvg draws it
    # anti-aliased (tiny-skia's quarter-pixel supersampling), so a region edge that falls inside a pixel
    # the shapes' own anti-aliased edge touches scales that pixel once more, although the shapes lie
    # inside the region (a 1 px line moved half a pixel: region 15.4..16.6 keeps half of pixels 15, 16).
    bounds = node_bounds(Group(tuple(own)), plain=True)
    if bounds is not None and (math.floor(bounds.x) >= region.x and math.floor(bounds.y) >= region.y
                               and math.ceil(bounds.right) <= region.right
                               and math.ceil(bounds.bottom) <= region.bottom):
        return own
    return [Group(tuple(own), clip=Clip(rect_path(region)))]


def _border_boxes(style: ComputedStyle, rect: Rect, radii: Radii) -> list[Rect]:
    from pureog.paint.border import border_object_boxes  # noqa: PLC0415

    return border_object_boxes(style, rect, radii)


def _border_has_area(style: ComputedStyle, rect: Rect, radii: Radii) -> bool:
    from pureog.paint.border import border_has_area  # noqa: PLC0415

    return border_has_area(style, rect, radii)


def children_clips(style: ComputedStyle, rect: Rect, overflow_clip: Clip | None, matrix: Affine | None) -> list[Clip]:
    """The clips an element puts on its children, in canvas space (outermost first)."""
    clips: list[Clip] = []
    if style.clip_path is not None:
        from pureog.paint.clip import clip_shape  # noqa: PLC0415

        clips.append(clip_shape(style.clip_path, rect))
    if overflow_clip is not None:
        if matrix is not None:  # satori_cp's rect carries the matrix (a transform usvg keeps unless identity)
            moved = rounded(matrix)
            # unless usvg finds it invalid (a zero get_scale: scale(0.004) is written matrix(0,0,0,0,e,f)):
            # it then drops the rect with its group, and the clip-path keeps nothing (clip.shapeless)
            kept = not moved.is_identity and 0.0 not in moved.scale_factors
            overflow_clip = Clip(overflow_clip.path.transformed(moved), overflow_clip.fill_rule, moved=kept)
        clips.append(overflow_clip)
    return clips


def clip_children(children: list[Node], clips: list[Clip]) -> list[Node]:
    """Children inside the element's clips (its maskImage is on each child's own shapes instead:
    ``inherited_mask`` of :func:`element_nodes` and :func:`text_nodes`)."""
    for clip in reversed(clips):
        children = [Group(tuple(children), clip=clip)]
    return children


def text_nodes(
    style: ComputedStyle, glyphs: list[Node], box: Rect, matrix: Affine | None, masked: bool = False,
    inherited_mask: tuple[Node, ...] | None = None, content_clips: tuple[ContentClip, ...] = (),
    object_box: Rect | None = None, decorations: list[Node] | None = None, images: list[Node] | None = None,
    image_frames: tuple[Rect, ...] = (), image_clips: tuple[Clip, ...] = (), fill_box: Rect | None = None,
) -> list[Node]:
    """A text leaf: shadows under the glyphs, the filter, then the element's matrix (``masked``: see
    :func:`filtered`; ``inherited_mask``: the nearest ancestor's maskImage, on one ``<g>`` around the
    text's paths in Satori, so the glyphs and their stroke are masked together, as are
    ``content_clips``, inside the shadow filter). ``object_box``: the glyphs' SVG object bounding box
    when it differs from their painted box (decoration lines by their centre line), which the
    text-shadow region is measured on. ``decorations``: the text's lines, which Satori writes beside
    the glyphs' ``<g mask>`` and without their CSS filter (text/index.ts): only the matrix, the clips
    they carry and the text shadow reach them. ``images``: its emoji, filtered one by one in their
    ``image_frames`` (each an ``<image>`` with the filter in Satori) but not masked. ``image_clips``:
    the clipping ancestors' clips (canvas space, outermost first), which Satori writes on each moved
    ``<image>`` beside its transform, so resvg turns them by the matrix once more. ``fill_box``: the
    glyphs' box without their stroke, which the CSS filter's region is measured on."""
    if style.text_shadow and decorations and not glyphs and (object_box is None or object_box.height <= 0.0):
        # Satori's text-shadow <g filter> then holds the decoration lines alone: lines at one height give
        # resvg no bounding box with an area, so the filter region (a share of that box) fails and resvg
        # draws nothing of the group, neither the lines nor their shadows (emoji-only text: the pictures
        # are outside it). Lines of several text lines (``object_box``: their centre lines) have one.
        decorations = None
    if decorations and matrix is not None and image_clips:
        from pureog.paint.clip import shapeless  # noqa: PLC0415  (clip-path's modules load on use)

        if any(shapeless(c) for c in image_clips):
            # the moved lines escape the ancestors' clips (paint/text.py), but not one that keeps no
            # shape: resvg then draws nothing of the element (outsider paint generator p05022)
            decorations = None
    boxes = (fill_box,) if fill_box is not None else ()
    nodes = filtered(style, [Group(tuple(glyphs))], masked, boxes=boxes) if glyphs and style.filter else glyphs
    nodes = wrap(nodes, matrix)
    if masked and matrix is None and glyphs and not style.filter:
        nodes = _in_glyph_mask_region(nodes)
    if inherited_mask is not None and nodes:
        nodes = [Group(tuple(nodes), mask=inherited_mask, isolated=True)]
    if active(content_clips) and nodes:
        nodes = content_clipped([Group(tuple(nodes))], content_clips)
    pictures: list[list[Node]] = []
    if images:  # emoji <image>s: filtered and moved like the glyphs, never masked (builder/text.ts)
        for i, image in enumerate(images):
            frames = image_frames[i : i + 1] if image_frames else ()
            moved = wrap(filtered(style, [image], masked, boxes=frames) if style.filter else [image], matrix)
            if matrix is not None and image_clips:
                moved = [Group((turned_clips(Group(tuple(moved)), image_clips, rounded(matrix)),), unclipped=True)]
            pictures.append(moved)
    if decorations:
        nodes = nodes + wrap(decorations, matrix)
    if not style.text_shadow:
        return [node for picture in pictures for node in picture] + nodes
    # Satori's filter sits outside the text's transform: shadows are offset and blurred on the canvas.
    # Each emoji <image> is written, as it is met, in a <g filter> of its own (the same filter, its
    # region a share of the picture's box), before the one <g filter> of the glyphs and the decoration
    # lines: the lines and the glyphs' shadows cross over the pictures (text/index.ts, builder/text.ts).
    out = [node for i, picture in enumerate(pictures)
           for node in _text_shadowed(style, picture, box, image_frames[i] if image_frames else None, matrix)]
    return out + _text_shadowed(style, nodes, box, object_box, matrix)


def _in_glyph_mask_region(nodes: list[Node]) -> list[Node]:
    """Unmoved glyphs under an ancestor's content mask (satori_om / satori_mi, ``masked``), cut to that
    mask's region: usvg's default -10 %/120 % of the ``<g mask>``'s bounding box, the glyph outlines as
    Satori writes them. resvg draws the region anti-aliased, so where its edge falls inside a pixel the
    glyphs' own anti-aliased edge touches, that pixel is scaled once more although the glyphs lie inside
    the region: only outlines narrower or shorter than 10 px, whose 10 % margin does not reach the pixel
    edge (a ``|`` between figures drawn as its own span: its 1.3 px stem's left column 0.39 covered in
    Next, 0.5 unmasked). A box of no area is left as it is (filtered text: :func:`filtered` cuts it)."""
    from pureog.paint.usvg_bbox import translated_paths_bbox  # noqa: PLC0415

    group = Group(tuple(nodes))
    bb = translated_paths_bbox(group) or node_bounds(group, plain=True)
    drawn = node_bounds(group, plain=True)
    if bb is None or drawn is None or bb.width <= 0.0 or bb.height <= 0.0:
        return nodes
    region = Rect(bb.x - 0.1 * bb.width, bb.y - 0.1 * bb.height, 1.2 * bb.width, 1.2 * bb.height)
    if (math.floor(drawn.x) >= region.x and math.floor(drawn.y) >= region.y
            and math.ceil(drawn.right) <= region.right and math.ceil(drawn.bottom) <= region.bottom):
        return nodes
    return [Group(tuple(nodes), clip=Clip(rect_path(region)))]


def _text_shadowed(style: ComputedStyle, nodes: list[Node], box: Rect, object_box: Rect | None,
                   matrix: Affine | None) -> list[Node]:
    """``nodes`` in Satori's text-shadow ``<g filter>``, its region a share of their bounding box
    (``object_box`` under ``matrix`` when given; ``box``: the measured text, which sets the shares)."""
    if not nodes:
        return nodes
    from pureog.paint.shadow import text_shadow_filter  # noqa: PLC0415

    bounds: Rect | None
    if object_box is not None:  # drawn under the element's (rounded) matrix, as the nodes are
        box_path = rect_path(object_box)
        bounds = (box_path.transformed(rounded(matrix)) if matrix is not None else box_path).bounds()
    else:
        bounds = node_bounds(Group(tuple(nodes)))
    # Satori's shadow-only filter for transparent text (its glyphs are filled black for their alpha,
    # paint/text.py): the shadows show, the glyphs and pictures do not.
    transparent = style.color.is_transparent
    shadow = text_shadow_filter(style.text_shadow, bounds, box, keep_source=not transparent) \
        if bounds is not None else None
    return [Group(tuple(nodes), shadow=shadow)] if shadow is not None else nodes


__all__ = ["element_matrix", "element_nodes", "children_clips", "clip_children", "text_nodes", "filtered"]
