"""Painting order: the laid-out, styled tree -> one :class:`DisplayList`.

Walks the layout boxes in document order (Satori has no z-index: later elements paint on top). For each
element: its own box (background colour and images, replaced content, border) inside a group carrying
the opacity accumulated down the tree (Satori multiplies opacity into every descendant and applies it
per element, not per subtree), with its shadows, filter, clip-path and transform (paint/effects.py);
then its children, clipped to the border box when ``overflow: hidden`` (their non-border shapes also
to the padding box, :mod:`pureog.paint.content_clip`). Text leaves become glyph
outlines (see :mod:`pureog.paint.text`). ``display: none`` elements paint nothing.

The builders of features a card may not use (background images, masks, debug outlines; shadows and
clip paths in paint/effects.py) are imported when the first element needs them: their modules and the
style value classes they bring cost import time on every cold start otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pureog.display import BackdropFilter, BlendMode, Clip, DisplayList, Group, Node
from pureog.errors import LimitError
from pureog.geometry import Affine, Rect
from pureog.layout.boxes import Box
from pureog.lazy_re import deferred
from pureog.limits import check_deadline
from pureog.paint import effects as fx
from pureog.paint.border import border_has_area, border_runs, paint_border, satori_border_path, side_radii
from pureog.paint.box import clip_for, paint_background
from pureog.paint.content_clip import (
    ContentClip,
    content_clipped,
    mask_reach,
    ring_cut,
    stepped_region,
    turned_chain,
)
from pureog.paint.hairline import tiny_pixmap
from pureog.paint.image import paint_replaced, replaced_frame
from pureog.paint.radius import corner_shapes, inner_radii, resolve_radii
from pureog.paint.stacking import Stacking, StackPosition, backdrop_steps, forms_context, place, seal
from pureog.paint.text import TextPainter, without_glyphs
from pureog.paint.transform import exact_matrices, rounded, wrap
from pureog.path import SQUARE_CORNERS, Path, Radii, Segment, has_radius, rect_path
from pureog.records import record, replace
from pureog.style.computed import ComputedStyle, StyledNode, StyledText
from pureog.style.values import BorderStyle, Display, Overflow

if TYPE_CHECKING:
    from pureog.matrix3d import Matrix4
    from pureog.paint.background import ImageResolver
    from pureog.paint.context3d import Plane
    from pureog.paint.shadow import TakenFilters


@record
class PaintContext:
    """What painting needs besides the boxes: text layout, CSS ``url()`` images, the debug switch."""

    text: TextPainter
    resolve_image: ImageResolver
    debug: bool = False
    browser: bool = False
    """``features: browser``: stacking contexts (zIndex, mixBlendMode, isolation; paint/stacking.py)."""
    viewport: tuple[float, float] | None = None
    """The canvas size, which resvg gives a ``100%`` pattern tile (set by :func:`build_display_list`)."""
    sources: dict[int, str] | None = None
    """Collects :attr:`pureog.display.DisplayList.sources` (set by :func:`build_display_list`)."""


def build_display_list(root: Box, width: int, height: int, context: PaintContext) -> DisplayList:
    nodes: list[Node] = []
    sources: dict[int, str] = {}
    context = replace(context, viewport=(float(width), float(height)), sources=sources)
    canvas = Stacking() if context.browser else None  # the root stacking context (features: browser)
    with tiny_pixmap(width, height), exact_matrices(context.browser):  # (tiny: hairlines dropped on 1-2 px canvases)
        _paint_box(root, 1.0, context, nodes, None, None, stack=None if canvas is None else StackPosition(canvas))
    if canvas is not None:
        nodes = canvas.around(nodes)
    return DisplayList(width, height, Group(tuple(nodes)), trims_layers=not context.browser, sources=sources)


def _name_nodes(context: PaintContext, nodes: list[Node], start: int, path: str) -> None:
    """Record ``path`` for the nodes from ``start`` on (DisplayList.sources). A descendant's nodes were
    named first, by its own call, so the innermost element keeps its name."""
    sources = context.sources
    if sources is not None:
        for node in nodes[start:]:
            sources.setdefault(id(node), path)


def drawn_opacity(opacity: float) -> float:
    """The opacity an element is drawn with. The accumulated opacity is NaN at and below an element with
    a percentage opacity (style/property_parsers.py): Satori writes opacity="NaN" there (its numbers times the
    text "50%"), which resvg cannot read, so it draws that whole subtree opaque, whatever the
    descendants' own opacity. Above 1 (Satori's product of unclamped numbers: 0.5 x 1.5 x 3) resvg
    draws 1."""
    return 1.0 if opacity != opacity else min(1.0, opacity)


def _percent_opacity_below(box: Box) -> bool:
    """Whether a descendant of ``box`` has a percentage opacity (NaN): Satori does not multiply it by the
    inherited opacity, so it is drawn (opaque) even under an ``opacity: 0`` ancestor."""
    for child in box.children:
        source = child.source
        if isinstance(source, StyledNode) and source.style.opacity != source.style.opacity:
            return True
        if _percent_opacity_below(child):
            return True
    return False


def _decorated_text_below(box: Box) -> bool:
    """Whether a displayed text of ``box``'s subtree has decoration lines: Satori's decoration lines
    carry no opacity (builder/text.ts skips only the glyphs at opacity 0), so they are drawn, opaque,
    under an ``opacity: 0`` element too."""
    for child in box.children:
        source = child.source
        if isinstance(source, StyledText):
            if source.text and source.style.text_decoration_line:
                return True
        elif isinstance(source, StyledNode) and source.style.display == Display.NONE:
            continue
        if _decorated_text_below(child):
            return True
    return False


def _text_box(box: Box) -> Box:
    """Where a box's text is laid out and drawn: its exact layout where a browser is the reference
    (``features: browser``: :attr:`Box.exact`, the glyphs snapped by the rasterizer as Skia snaps
    them), else the box Yoga snapped (Satori draws the text at it)."""
    exact = box.exact
    if exact is None:
        return box
    return replace(box, x=exact[0], y=exact[1], width=exact[2], height=exact[3])


def _paint_box(
    box: Box,
    inherited_opacity: float,
    context: PaintContext,
    out: list[Node],
    container_width: float | None = None,
    matrix: Affine | None = None,  # the parent's absolute transform (paint/effects.py)
    masked: bool = False,  # under an ancestor's mask whose region cuts (overflow, clip-path, maskImage)
    ancestor_clip: Clip | None = None,  # the nearest ancestor's overflow/clip-path clip (_inheritedClipPathId)
    inherited_mask: tuple[Node, ...] | None = None,  # the nearest ancestor's maskImage (_inheritedMaskId)
    content_clips: tuple[ContentClip, ...] = (),  # bordered clipping ancestors' inner regions (content_clip.py)
    outer_clips: tuple[Clip, ...] = (),  # the clips in effect beyond the nearest clipping ancestor's
    stack: StackPosition | None = None,  # features: browser: the stacking context (paint/stacking.py)
    eye: Matrix4 | None = None,  # features: browser: the parent's perspective (paint/transform3d.py)
) -> None:
    check_deadline()  # the render's timeout (pureog/limits.py)
    source = box.source
    if isinstance(source, StyledText):  # container_width: its element's content width (text-overflow)
        start = len(out)
        text = context.text
        painted = text.paint(source, _text_box(box), drawn_opacity(inherited_opacity), container_width, matrix)
        if inherited_mask == ():
            # Satori's mask of a box without area holds only rects of no size, which usvg drops: a mask
            # without children makes usvg skip the glyphs' <g mask> whole, so it holds no part of the
            # text-shadow group's box either (alien paint generator seed 1412: the shadowed decoration
            # line of a display: contents element's masked text is then lost with its shadows)
            painted = without_glyphs(painted)
        try:
            out.extend(fx.text_nodes(source.style, painted.glyphs, painted.measured, matrix, masked, inherited_mask,
                                     content_clips, painted.object_box, painted.lines, painted.images,
                                     painted.image_frames,
                                     (*outer_clips, ancestor_clip) if ancestor_clip is not None else (),
                                     painted.fill_box))
        except LimitError as err:  # the render's shadows (spec/limits.md): named by the text
            raise LimitError(err.message, path=err.path or source.path) from None
        if context.debug:  # Satori's debug boxes sit outside the text's filter and opacity
            out.extend(text.debug_boxes(source, box, container_width, matrix))  # canvas space
        _name_nodes(context, out, start, source.path)
        return
    if not isinstance(source, StyledNode):  # the canvas root that layout adds around the element
        for child in box.children:
            _paint_box(child, inherited_opacity, context, out, None, matrix, masked, ancestor_clip, inherited_mask,
                       content_clips, outer_clips, stack, eye)
        return
    style = source.style
    if style.display == Display.NONE:
        return
    opacity = inherited_opacity * style.opacity  # NaN below a percentage opacity (drawn_opacity)
    # A percentage below restarts it: paint on. With debug on, Satori outlines the element and its
    # descendants even at opacity 0 (the outlines sit outside the opacity group): paint on, invisibly.
    # (features: browser: an opacity of 0 hides the whole subtree, as in CSS.)
    if opacity <= 0.0 and not context.debug and (stack is not None or (not _percent_opacity_below(box)
                                                                       and not _decorated_text_below(box))):
        return
    fade = 1.0
    if stack is not None and style.opacity < 1.0:
        # features: browser: CSS's group opacity, the element and its descendants painted into one layer
        # that is then faded (seal), so overlapping descendants hide each other as they do opaque;
        # Satori multiplies the opacity into every shape instead (each shows through the ones below)
        fade, opacity = style.opacity, inherited_opacity
    args = (box, source, opacity, context, container_width, matrix, masked, ancestor_clip, inherited_mask,
            content_clips, outer_clips)
    if stack is not None and style.transform_style == "preserve-3d":  # features: browser
        from pureog.paint.transform3d import preserves_3d  # noqa: PLC0415

        if preserves_3d(style):  # a 3D rendering context: its planes depth-sorted (paint/context3d.py)
            _paint_context3d(box, source, opacity, context, container_width, matrix, content_clips, stack, eye, out)
            return
    if stack is not None and any(getattr(op, "is_3d", False) for op in style.transform):  # features: browser
        _paint_projected(box, source, opacity, context, container_width, matrix, content_clips, stack, eye, out,
                         fade)
        return
    if stack is not None and forms_context(style):  # its own stacking context: built apart, then placed
        inner = Stacking()
        own: list[Node] = []
        if _group_effects(style):  # features: browser: filter, clip-path, mask on the whole group (CSS)
            args = (box, _without_group_effects(source), *args[2:])
        _paint_element(*args, own, StackPosition(inner, root=True))
        _name_nodes(context, own, 0, source.path)
        own = _group_filter(style, own)
        own = _group_cut(style, box, matrix, context, own)
        sealed = seal(style, own, inner, _backdrop(style, box, matrix), fade)
        _name_nodes(context, sealed, 0, source.path)
        place(style, sealed, stack, out)
        return
    start = len(out)
    _paint_element(*args, out, stack)
    if stack is not None:  # (without stacking contexts, _paint_element names its own nodes)
        _name_nodes(context, out, start, source.path)


def _paint_projected(box: Box, source: StyledNode, opacity: float, context: PaintContext,
                     container_width: float | None, matrix: Affine | None, content_clips: tuple[ContentClip, ...],
                     stack: StackPosition, eye: Matrix4 | None, out: list[Node], fade: float = 1.0) -> None:
    """An element with a 3D transform (``features: browser``): a stacking context painted in its own
    plane as if nothing moved it (so Satori's per-shape clips of the ancestors stay outside), then
    flattened into its parent's plane under its 4x4 matrix (:mod:`pureog.paint.transform3d`), drawn with
    the parent's 2D matrix and inside the ancestors' clips; ``fade``: its group opacity."""
    from pureog.paint.transform3d import element_matrix4, hidden, projected  # noqa: PLC0415

    style = source.style
    m4 = element_matrix4(style, Rect(box.x, box.y, box.width, box.height), eye)
    if hidden(style, m4):  # backfaceVisibility: hidden, turned away: nothing of it is drawn
        return
    inner = Stacking()
    own: list[Node] = []
    _paint_element(box, _without_group_effects(source), opacity, context, container_width, None, False, None, None,
                   (), (), own, StackPosition(inner, root=True))
    own = _group_filter(style, own)
    own = _group_cut(style, box, None, context, own)
    nodes = content_clipped(wrap(projected(seal(style, own, inner, None, fade), m4), matrix), content_clips)
    place(style, nodes, stack, out)


def _paint_context3d(box: Box, source: StyledNode, opacity: float, context: PaintContext,
                     container_width: float | None, matrix: Affine | None, content_clips: tuple[ContentClip, ...],
                     stack: StackPosition, eye: Matrix4 | None, out: list[Node]) -> None:
    """The root of a 3D rendering context (``transformStyle: preserve-3d``, ``features: browser``): its
    own plane and those of its 3D descendants, each under its accumulated 4x4 matrix, depth-sorted and
    cut where they cross (:mod:`pureog.paint.context3d`), then placed as :func:`_paint_projected` places
    one flattened element."""
    from pureog.paint.context3d import sorted_planes  # noqa: PLC0415
    from pureog.paint.transform3d import element_matrix4  # noqa: PLC0415

    planes: list[Plane] = []
    m4 = element_matrix4(source.style, Rect(box.x, box.y, box.width, box.height), eye)
    _collect_planes(box, source, opacity, context, container_width, m4, planes)
    pieces = sorted_planes(planes)
    if context.sources is not None:  # a limit met drawing a piece names the plane's element, not an ancestor
        paths = {id(plane.nodes): path for plane in planes if (path := context.sources.get(id(plane.nodes[0])))}
        for piece in pieces:
            inner = piece.children[0] if isinstance(piece, Group) and piece.children else None
            path = paths.get(id(inner.children)) if isinstance(inner, Group) else None
            if path is not None:
                context.sources.setdefault(id(piece), path)
    place(source.style, content_clipped(wrap(pieces, matrix), content_clips), stack, out)


def _collect_planes(box: Box, source: StyledNode, opacity: float, context: PaintContext,
                    container_width: float | None, m4: Matrix4, planes: list[Plane]) -> None:
    """The planes of a preserve-3d element in paint order: its own paint with the children that stay in
    its plane, each child with a transform or preserve-3d under ``m4`` composed with the child's matrix
    (a preserve-3d child recursively, another flattened whole), and the children painted after such a
    child as another plane of the element's (Chromium's later layer: over a coplanar earlier one)."""
    from pureog.paint.transform3d import element_matrix4, eye, hidden, preserves_3d  # noqa: PLC0415

    style = source.style
    children = list(box.children)
    members = {id(c) for c in children if _in_context(c) and not source.inline_context}
    own_hidden = hidden(style, m4)  # backfaceVisibility: hidden hides this plane only; children have their own
    child_eye = eye(style, Rect(box.x, box.y, box.width, box.height))
    run: list[Box] = []  # the element's own box, then the children in its plane up to the next member
    first = True
    for child in [*children, None]:
        if child is not None and id(child) not in members:
            run.append(child)
            continue
        if not own_hidden and (first or run):
            kept = {id(c) for c in run}
            _add_plane(box, source, opacity, context, container_width, m4, planes,
                       frozenset(id(c) for c in children if id(c) not in kept), paint_own=first)
        first, run = False, []
        if child is None:
            break
        child_source = child.source
        assert isinstance(child_source, StyledNode)
        if not child_source.style.opacity > 0.0:
            continue  # (its planes fade as one group: _add_plane; a preserve-3d element is opaque)
        m = m4 @ element_matrix4(child_source.style, Rect(child.x, child.y, child.width, child.height), child_eye)
        if preserves_3d(child_source.style):
            _collect_planes(child, child_source, opacity, context, box.content_width, m, planes)
        elif not hidden(child_source.style, m):
            _add_plane(child, child_source, opacity, context, box.content_width, m, planes, frozenset())


def _in_context(child: Box) -> bool:
    """Whether a child of a preserve-3d element is a plane of its own: it has a transform (Chromium gives
    it a layer) or preserve-3d."""
    from pureog.paint.transform3d import preserves_3d  # noqa: PLC0415

    source = child.source
    return (isinstance(source, StyledNode) and source.style.display != Display.NONE
            and (bool(source.style.transform) or preserves_3d(source.style)))


def _add_plane(box: Box, source: StyledNode, opacity: float, context: PaintContext, container_width: float | None,
               m4: Matrix4, planes: list[Plane], skip: frozenset[int], paint_own: bool = True) -> None:
    """One element painted in its own plane (its transform left to ``m4``), a stacking context;
    ``paint_own`` False: only its children not in ``skip``."""
    from pureog.paint.context3d import Plane  # noqa: PLC0415

    style = source.style
    inner = Stacking()
    own: list[Node] = []
    flat = _without_group_effects(source)
    flat = replace(flat, style=replace(flat.style, transform=()))
    _paint_element(box, flat, opacity, context, container_width, None, False, None, None, (), (), own,
                   StackPosition(inner, root=True), skip, paint_own)
    # the plane's element and its descendants in it are filtered, cut and fade as one group (CSS)
    if paint_own:
        own = _group_filter(style, own)
        own = _group_cut(style, box, None, context, own)
    nodes = seal(style, own, inner, None, min(1.0, style.opacity) if paint_own else 1.0)
    if nodes:
        _name_nodes(context, nodes, 0, source.path)  # a limit met drawing the plane names the element
        planes.append(Plane(tuple(nodes), m4))


def _group_effects(style: ComputedStyle) -> bool:
    """Whether the element has an effect CSS applies to its whole group (features: browser)."""
    return bool(style.filter) or style.clip_path is not None or bool(style.mask_image)


def _without_group_effects(source: StyledNode) -> StyledNode:
    """The element without its ``filter``, ``clipPath`` and ``maskImage`` (features: browser), which
    CSS applies to the element's whole group, in that order (:func:`_group_filter`, :func:`_group_cut`):
    Satori filters, clips and masks each shape (an unmoved element's border unclipped and unmasked, each
    child masked on its own). Its text children carry no filter (style/cascade.py)."""
    style = source.style
    if not _group_effects(style):
        return source
    return replace(source, style=replace(style, filter=(), clip_path=None, mask_image=()))


def _group_cut(style: ComputedStyle, box: Box, matrix: Affine | None, context: PaintContext,
               nodes: list[Node]) -> list[Node]:
    """A stacking context's (filtered) group cut by the element's ``clipPath`` and masked by its
    ``maskImage`` (features: browser), in CSS's order: filter, clipping, masking, opacity; so its
    border, shadows and descendants are cut with it, and a drop shadow outside the clip shape too."""
    if style.clip_path is None and not style.mask_image:
        return nodes
    rect = Rect(box.x, box.y, box.width, box.height)
    if style.clip_path is not None:
        from pureog.paint.clip import clip_shape  # noqa: PLC0415

        try:
            clip = clip_shape(style.clip_path, rect)
        except LimitError as err:  # the render's clip shape points (spec/limits.md): named by the element
            raise LimitError(err.message, path=err.path or getattr(box.source, "path", None)) from None
        if matrix is not None:
            clip = Clip(clip.path.transformed(rounded(matrix)), clip.fill_rule)
        nodes = [Group(tuple(nodes), clip=clip)]
    if style.mask_image:
        from pureog.paint.mask import mask_nodes  # noqa: PLC0415

        mask = mask_nodes(style, rect, getattr(box.source, "path", ""), context.resolve_image, context.viewport)
        if mask is not None:
            nodes = [Group(tuple(nodes), mask=tuple(wrap(list(mask), matrix)), isolated=True)]
    return nodes


def _group_filter(style: ComputedStyle, nodes: list[Node]) -> list[Node]:
    """A stacking context's finished nodes under the element's ``filter`` as CSS applies it (features:
    browser, :mod:`pureog.paint.css_filter`)."""
    if not style.filter or not nodes:
        return nodes
    from pureog.paint.css_filter import group_filtered  # noqa: PLC0415  (rare: loads on use)

    return group_filtered(style.filter, nodes)


def _taken_filters(box: Box, style: ComputedStyle, context: PaintContext) -> TakenFilters | None:
    """The element's box shadows whose filter name its text children's text-shadow filters take
    (paint/shadow.py TakenFilters): the child at index ``i`` (its path's last ``children[i]``, or a
    lone text child's ``children``: 0) takes the ``i``-th shadow's."""
    boxes: dict[int, Rect] = {}
    for child in box.children:
        source = child.source
        if not isinstance(source, StyledText) or not source.text:
            continue
        match = _CHILD_INDEX.search(source.path)
        index = int(match.group(1)) if match and match.group(1) is not None else 0
        if index < len(style.box_shadow):
            boxes[index] = context.text.measured(source, child, box.content_width)
    if not boxes:
        return None
    from pureog.paint.shadow import TakenFilters  # noqa: PLC0415

    return TakenFilters(style.text_shadow, boxes, style.color.is_transparent)


_CHILD_INDEX = deferred(r"\.children(?:\[(\d+)\])?$")


def _paint_element(
    box: Box,
    source: StyledNode,
    opacity: float,
    context: PaintContext,
    container_width: float | None,
    matrix: Affine | None,
    masked: bool,
    ancestor_clip: Clip | None,
    inherited_mask: tuple[Node, ...] | None,
    content_clips: tuple[ContentClip, ...],
    outer_clips: tuple[Clip, ...],
    out: list[Node],
    stack: StackPosition | None,
    skip: frozenset[int] = frozenset(),  # children painted elsewhere (a 3D rendering context's planes)
    paint_own: bool = True,  # False: the children only (a later plane of a preserve-3d element)
) -> None:
    """An element's own box, then its children (see :func:`_paint_box` for the arguments).

    Without stacking contexts (``stack`` None) it names the nodes it adds for DisplayList.sources:
    its own, the clip groups around its children, else its inline lines; its children's own calls
    named their nodes first. (Naming all it added, as :func:`_paint_box` does with a stack, probed
    each node again at every ancestor: the stat grid's 1,634 probes a render for 753 nodes.)"""
    style = source.style
    own_start = len(out)
    rect = Rect(box.x, box.y, box.width, box.height)
    radii = resolve_radii(style, rect.width, rect.height)
    matrix = fx.element_matrix(style, rect, matrix)
    fills = paint_background(style, rect, radii, box.padding)
    if style.background_image:  # gradient and url() layers, over the colour
        from pureog.paint.background import paint_background_images  # noqa: PLC0415

        fills = fills + paint_background_images(style, rect, radii, source.path, context.resolve_image,
                                                context.viewport, box.padding)
        if any(mode is not BlendMode.NORMAL for mode in style.background_blend_mode):
            fills = [Group(tuple(fills), layer=True)]  # the layers blend with each other and the colour only
    # <img>/<svg> content, between background and border
    replaced = paint_replaced(source, box, radii, matrix, context.text.fonts,
                              region_cuts=ancestor_clip is None and inherited_mask is None, chromium=context.browser)
    # the element's shapes' boxes for resvg (a moved element's <g>: effects.element_nodes). A declared
    # transparent background paints nothing, but Satori's <rect fill="transparent"> has a box; so has its
    # <rect> of a background layer whose pattern resvg draws nothing of (a NaN tile).
    declared = style.background_color is not None or bool(style.background_image)
    painted_rect = bool(fills) or (declared and rect.width > 0 and rect.height > 0)
    frame = _frame(source, box, replaced)
    object_boxes = ((rect,) if painted_rect else ()) + frame
    clipped = ancestor_clip is not None
    if replaced and clipped and style.clip_path is not None and matrix is None:
        # Satori's unmoved <image> keeps the element's own clip-path (satori_cp, nested in the
        # ancestor's) even inside an ancestor's clip, where the element's other shapes take the
        # ancestor's only. A moved one (own or ancestor transform) has its radius clip instead.
        from pureog.paint.clip import clip_shape  # noqa: PLC0415

        try:
            replaced = [Group(tuple(replaced), clip=clip_shape(style.clip_path, rect))]
        except LimitError as err:  # the render's clip shape points (spec/limits.md): named by the element
            raise LimitError(err.message, path=err.path or source.path) from None
    fills = fills + replaced
    glyph_clip = None
    moved_text = matrix is not None and style.background_clip == "text"
    if (fills or style.box_shadow or moved_text) and style.background_clip == "text":  # BackgroundClip.TEXT
        # Satori clips the element's backgrounds to the glyphs of all the text inside it: each layer's
        # <rect> on its own, but a moved element (its style.transform, its own or inherited) wraps them in
        # one clipped <g> (builder/rect.ts), whose finished layer resvg clips: a colour under a gradient
        # leaves no fringe at the anti-aliased glyph edges. Its box shadows' shapes take that clip too.
        glyph_clip = Clip(_local_glyphs(box, context.text, matrix))
    if fills and glyph_clip is not None:
        fills = [Group(tuple(fills), clip=glyph_clip, isolated=matrix is not None)]
    try:
        border = paint_border(style, rect, radii, source.path, moved=matrix is not None,
                              res_scale=1.0 if matrix is None else matrix.resolution_scale,
                              matrix=None if matrix is None else rounded(matrix), browser=context.browser)
    except LimitError as err:  # the render's dashes (spec/limits.md): named by the element
        raise LimitError(f"border: {err.message}", path=err.path or source.path) from None
    if border and moved_text and fills:
        # ... and a moved one's border is in that <g> too: only where it crosses the glyphs does it show
        text_group = fills[0]
        assert isinstance(text_group, Group)
        fills, border = [replace(text_group, children=(*text_group.children, *border))], []
    elif border and moved_text and glyph_clip is not None and border_has_area(style, rect, radii):
        # with no background the <g> holds the border alone (rect.ts wraps whatever the element draws),
        # so without text (an empty clip) it is gone; a border without area gives resvg no box to clip
        fills, border = [Group(tuple(border), clip=glyph_clip, isolated=True)], []
    if style.outline_style is not BorderStyle.NONE:  # features: browser only (Next.js draws no outlines)
        from pureog.paint.outline import paint_outline  # noqa: PLC0415

        try:
            border = border + paint_outline(style, rect, radii, aligned=matrix is None)
        except LimitError as err:  # the render's dashes (spec/limits.md): named by the element
            raise LimitError(f"outline: {err.message}", path=err.path or source.path) from None
    mask = None
    if style.mask_image:  # hides the element and its children
        from pureog.paint.mask import mask_nodes  # noqa: PLC0415

        mask = mask_nodes(style, rect, source.path, context.resolve_image, context.viewport)
    # shadows, filter, clip-path and the element's transform (paint/effects.py)
    taken = _taken_filters(box, style, context) if style.box_shadow and style.text_shadow else None
    # the picture's <image> rectangle, its filter's bounding box (the last fill, unless regrouped)
    picture_box = frame[0] if frame and len(replaced) == 1 and glyph_clip is None and _svg_picture(source) else None
    if paint_own:
        try:
            out.extend(fx.element_nodes(style, rect, radii, matrix, drawn_opacity(opacity), fills, border, mask,
                                        masked, ancestor_clip, inherited_mask, content_clips, outer_clips,
                                        object_boxes, taken, glyph_clip, picture_box))
        except LimitError as err:  # the render's shadows (spec/limits.md): named by the element
            raise LimitError(err.message, path=err.path or source.path) from None
    if context.debug and paint_own:  # Satori's #ff5757 element outline, after the element's own box, at full opacity
        from pureog.paint.debug import element_box  # noqa: PLC0415

        out.extend(element_box(rect, matrix))  # canvas space: the matrix decides how its lines draw
    naming = stack is None and context.sources is not None
    if naming:
        _name_nodes(context, out, own_start, source.path)
    # An <svg>'s children are SVG content (paint_replaced draws them) and, as in Satori, also elements
    # laid out inside it: their CSS boxes and text paint like any element's (usually nothing).
    children: list[Node] = []
    lines_start = -1  # where its inline lines begin in ``children`` (named below)
    # Satori masks the shapes of the descendants of such an element (its _inheritedMaskId), and usvg cuts
    # what they paint at the mask's default region (-10 %/120 % of a shape's box). Not so for satori_om
    # of an element inside another mask: that mask's content rect carries the outer mask, a group, and
    # resvg draws groups into a mask without the region's clip (resvg 0.29 render_group_impl: draw_pixmap
    # with no clip mask), so nothing cuts the descendants' blurs and spreads at it.
    if style.mask_image:  # satori_mi: its content is the mask image's plain rect
        masked = True
    elif style.overflow == Overflow.HIDDEN or style.clip_path is not None:
        masked = ancestor_clip is None and inherited_mask is None
    if mask is not None:
        inherited_mask = mask
    elif inherited_mask is not None and style.overflow == Overflow.HIDDEN and matrix is not None:
        # satori_om of a moved overflow: hidden element: its content rect carries the element's matrix
        # and the ancestor's mask, which resvg then reads in that rect's transformed space.
        inherited_mask = (Group(inherited_mask, transform=rounded(matrix)),)
    # Satori's satori_cp clips the children to the border box; its content mask (satori_om, the box
    # inset by the borders) cuts their non-border shapes only (paint/content_clip.py).
    overflow_clip = clip_for(rect, radii, corner_shapes(style)) if style.overflow == Overflow.HIDDEN else None
    if overflow_clip is not None and context.browser and any(box.border):
        # features: browser: CSS clips the content at the padding box, its corners the inner radii (Satori
        # clips at the border box and masks the children's non-border shapes with its content mask)
        top, right, bottom, left = box.border
        overflow_clip = clip_for(rect.inset(top, right, bottom, left), inner_radii(radii, top, right, bottom, left),
                                 corner_shapes(style))
    # With a clip-path as well, satori_cp is the clip-path alone: the overflow box reaches the
    # children only as the content mask (its border box inset by the borders, square unless bordered).
    both = overflow_clip is not None and style.clip_path is not None
    try:
        clips = fx.children_clips(style, rect, None if both else overflow_clip, matrix)
    except LimitError as err:  # the render's clip shape points (spec/limits.md): named by the element
        raise LimitError(err.message, path=err.path or source.path) from None
    if clips and style.background_clip == "text":
        # Satori's overflow clip and clip-path shape of a background-clip: text element are drawn inside
        # its satori_bct clip (the glyph outlines; builder/overflow.ts and clip-path.ts both take it as
        # their clip-path): an emoji <image> (no glyph outline) or a child's box there is cut away, and
        # the glyphs themselves are cut by their own outlines (their edges thin: martian seed 77).
        # Its glyph <path> carries the text's matrix, as satori_cp's rect does (children_clips).
        clips.insert(0, Clip(Path(tuple(_descendant_glyphs(box, context.text, matrix)))))
    if clips:  # satori_cp: the clip-path shape when there is one, else the overflow box
        if ancestor_clip is not None:
            outer_clips = (*outer_clips, ancestor_clip)
        # a backgroundClip: text element's clip-path (or overflow box) sits inside its glyph clip: Satori
        # nests them in one satori_cp, which a moved descendant's shapes turn as a whole (ceres seed 110)
        outer_clips = (*outer_clips, *clips[1:]) if style.background_clip == "text" else outer_clips
        ancestor_clip = clips[0]
    if style.mask_image:  # the children's mask is the maskImage alone (satori_mi replaces satori_om)
        content_clips = ()
    elif clips and not context.browser:  # (features: browser: the overflow clip is the padding box)
        content_clips = _content_chain(style, box, rect, radii, matrix, content_clips)
    child_stack = None
    if stack is not None:  # the clips between the stacking context and the children (lifted ones keep them)
        chain = () if stack.root else stack.chain
        child_stack = StackPosition(stack.context, (*chain, tuple(clips)) if clips else chain)
    child_eye = None
    if stack is not None and style.perspective is not None:  # its perspective (features: browser)
        from pureog.paint.transform3d import eye  # noqa: PLC0415

        child_eye = eye(style, rect)
    svg_container = source.element.type in _SVG_CONTAINERS
    for child in box.children:
        if skip and id(child) in skip:
            continue
        if svg_container and isinstance(child.source, StyledNode) and child.source.element.type == "text":
            continue  # an SVG <text> is drawn by paint_replaced only (Next.js throws on it; Chromium)
        _paint_box(child, opacity, context, children, box.content_width, matrix, masked, ancestor_clip, inherited_mask,
                   content_clips, outer_clips, child_stack, child_eye)
    if source.inline_context:  # its lines (spec/inline.md): the children have no boxes of their own
        inline = context.text.inline().paint(source, _text_box(box))
        if inline and drawn_opacity(opacity) < 1.0:
            inline = [Group(tuple(inline), opacity=drawn_opacity(opacity))]
        lines_start = len(children)
        children.extend(wrap(inline, matrix))
    if stack is not None and stack.root:  # the context's lifted descendants, under and over its flow
        children = stack.context.around(children)
    if children:
        start = len(out)
        out.extend(fx.clip_children(children, clips))
        if naming and clips:  # the new clip groups (the children's own nodes are named)
            _name_nodes(context, out, start, source.path)
        elif naming and lines_start >= 0:  # its inline lines, unclipped (in ``out`` as in ``children``)
            _name_nodes(context, out, start + lines_start, source.path)


_SVG_CONTAINERS = frozenset({"svg", "g", "a", "switch", "symbol", "defs"})
"""Elements whose ``<text>`` children are SVG text (laid out as boxes too, as Satori lays out an
``<svg>``'s children, but not painted as CSS text)."""


def _frame(source: StyledNode, box: Box, replaced: list[Node]) -> tuple[Rect, ...]:
    """The picture's rectangle of a painted ``<img>``/``<svg>`` (paint/image.py), else nothing."""
    if not replaced:
        return ()
    frame = replaced_frame(source, box)
    return (frame,) if frame is not None else ()


def _svg_picture(source: StyledNode) -> bool:
    """Whether the element's picture is SVG (an inline ``<svg>``, an ``<img>`` of SVG): drawn as shapes,
    whose extent is not the box resvg gives its ``<image>`` (a raster picture's is, exactly)."""
    if source.element.type == "svg":
        return True
    image = source.element.attribute("src") if source.element.type == "img" else None
    from pureog.images.sniff import ImageFormat  # noqa: PLC0415  (image support loads on use)
    from pureog.images.source import ResolvedImage  # noqa: PLC0415

    return isinstance(image, ResolvedImage) and image.format == ImageFormat.SVG


def _backdrop(style: ComputedStyle, box: Box, matrix: Affine | None) -> BackdropFilter | None:
    """The element's backdrop filter on its (rounded, transformed) border box, if it has one
    (``matrix``: the parent's absolute transform)."""
    steps = backdrop_steps(style.backdrop_filter) if style.backdrop_filter else ()
    if not steps:
        return None
    rect = Rect(box.x, box.y, box.width, box.height)
    shape = clip_for(rect, resolve_radii(style, rect.width, rect.height))
    matrix = fx.element_matrix(style, rect, matrix)
    if matrix is not None:
        shape = Clip(shape.path.transformed(rounded(matrix)), shape.fill_rule)
    return BackdropFilter(shape, steps)


def _content_chain(style: ComputedStyle, box: Box, rect: Rect, radii: Radii, matrix: Affine | None,
                   chain: tuple[ContentClip, ...]) -> tuple[ContentClip, ...]:
    """The content masks (satori_om) a clipping element's children carry: the ancestors' chain, moved
    once more by the element's matrix when its own mask rectangle carries it (overflow: hidden; see
    :func:`turned_chain`), then the element's own region."""
    moved = matrix if style.overflow == Overflow.HIDDEN else None
    if moved is not None and chain:
        chain = turned_chain(chain, rounded(moved))
    if any(box.border) or style.clip_path is not None:
        # A clip-path makes satori_om too (layout.ts: overflow hidden or a clip-path), so children are
        # also cut at the box where the clip-path shape reaches past it.
        return (*chain, _content_clip(style, box, rect, radii if any(box.border) else SQUARE_CORNERS, matrix))
    # An unbordered overflow: hidden box: its overflow clip cuts as much (the same box, rounded), but
    # the region stays in the chain, which a moved clipping descendant turns away from that clip.
    clip = clip_for(rect, SQUARE_CORNERS)
    if moved is not None:
        clip = Clip(clip.path.transformed(rounded(moved)), clip.fill_rule)
    return (*chain, ContentClip(clip, implied=True))


def _content_clip(style: ComputedStyle, box: Box, rect: Rect, radii: Radii, matrix: Affine | None) -> ContentClip:
    """satori_om of a bordered clipping element: its border box inset by the border widths, its round
    corners cut by the inner edge of the stroke along the border box that Satori draws into the mask (as
    tiny-skia offsets it, about the inner radii); it turns with the element only with overflow: hidden
    (a clip-path's does not). A moved element's is its plain rectangle and its moved ring as such
    (:attr:`ContentClip.cut`), as resvg composes the mask."""
    top, right, bottom, left = box.border
    inner = rect.inset(top, right, bottom, left)
    cut = _moved_ring(style, box, rect, radii, rounded(matrix)) if matrix is not None else None
    if cut is None and style.clip_path is not None and has_radius(radii):
        # satori_cp is then the clip-path shape, not the rounded border box, so nothing cuts outside
        # the border box's round corners but the ring itself: where the inset rectangle's corner lies
        # outside the rounded outline farther than the ring reaches (a thin border, a large radius),
        # the children show there in Next. The mask is then the rectangle less the ring, as drawn.
        cut = _moved_ring(style, box, rect, radii, Affine(), unmoved=True)
    if cut is not None:
        # Moved: Satori's mask is its plain white rectangle (carrying the matrix only with overflow:
        # hidden) less the black border ring, which carries the matrix always. A clip-path's unmoved
        # rectangle is cut by the moved ring; where rectangle and ring share an anti-aliased edge, the
        # mask is the product of both coverages (a seam under the children's edges).
        white = rect_path(inner)
        if style.overflow == Overflow.HIDDEN and matrix is not None:
            white = white.transformed(rounded(matrix))
        return ContentClip(Clip(white), cut=cut)
    reach = mask_reach(style, box, padding=False)
    if has_radius(radii) and len(set(reach)) > 1:
        # sides of different reach step at each rounded corner's 45-degree point (content_clip.py)
        region = Clip(stepped_region(rect, radii, reach, inner))
        if matrix is not None and style.overflow == Overflow.HIDDEN:
            return ContentClip(Clip(region.path.transformed(rounded(matrix)), region.fill_rule))
        return ContentClip(region)
    inner_r = inner_radii(radii, top, right, bottom, left)
    clip = clip_for(inner, inner_r)
    if all(rx > 0 and ry > 0 for rx, ry in radii) and reach[0] > 0:
        # Satori's mask is the inner rectangle less a stroke 2 * border wide along the border box's
        # outline: round corners are cut by that stroke's inner edge, tiny-skia's offset quadratics
        # (which bulge), not by the inner radii's exact arcs (a 32 px icon's corners: up to 32/255).
        # With every corner round the stroke's inner edge is one smooth region (offset_side).
        from pureog.stroke.outline import offset_side  # noqa: PLC0415  (strokes load on use)

        clip = Clip(offset_side(satori_border_path(rect, side_radii(style, rect, radii), (True,) * 4), reach[0]))
    if matrix is not None and style.overflow == Overflow.HIDDEN:
        return ContentClip(Clip(clip.path.transformed(rounded(matrix)), clip.fill_rule))
    return ContentClip(clip, inner, inner_r)


def _moved_ring(style: ComputedStyle, box: Box, rect: Rect, radii: Radii, m: Affine,
                unmoved: bool = False) -> tuple[Node, ...] | None:
    """Satori's border(asContentMask) ring under the element's matrix ``m`` (canvas space), as a mask
    that keeps all but the ring: each run of equal sides stroked along its open outline, twice the
    run's last border wide (miter joins, butt caps), as tiny-skia strokes it; None without a ring or
    when ``m`` moves nothing (``unmoved``: wanted all the same)."""
    if m.is_identity and not unmoved:
        return None
    from pureog.stroke import stroke_path  # noqa: PLC0415  (rare: moved bordered clip-path elements)

    sides = [(box.border[i], getattr(style, f"border_{name}_style"), getattr(style, f"border_{name}_color"))
             for i, name in enumerate(("top", "right", "bottom", "left"))]
    run_radii = side_radii(style, rect, radii)
    rings: list[Path] = []
    for partial, (width, _, _) in border_runs(sides):
        if width <= 0:
            continue
        line = satori_border_path(rect, run_radii, partial)
        ring = stroke_path(line, 2 * width, join="miter", cap="butt", miter_limit=4.0, res_scale=m.resolution_scale)
        if not ring.is_empty:
            rings.append(ring.transformed(m))
    if not rings:
        return None
    white, *_ = ring_cut(rings[0])
    return (white, *(black for ring in rings for black in ring_cut(ring)[1:]))


def _local_glyphs(box: Box, text: TextPainter, matrix: Affine | None) -> Path:
    """The glyph clip of a ``backgroundClip: text`` element in its own space (its shapes' transform,
    ``matrix``, still to come). Satori's clip paths carry each text's whole matrix, written rounded once
    (``toFixed(2)``): composed here as written and taken back through the element's written matrix,
    not rounded piece by piece (a turned text in a scaled element drifted by a pixel: ceres seed 69)."""
    if matrix is None:
        return Path(tuple(_descendant_glyphs(box, text)))
    try:
        back = rounded(matrix).inverse()
    except ZeroDivisionError:  # a flattened element draws nothing its clip could show
        return Path(tuple(_descendant_glyphs(box, text)))
    return Path(tuple(_descendant_glyphs(box, text, matrix))).transformed(back)


def _descendant_glyphs(box: Box, text: TextPainter, matrix: Affine | None = None) -> list[Segment]:
    """Outlines of every text leaf under ``box``, in canvas px, moved by the transforms of the elements
    between ``box`` and the text (``matrix``: those above, relative to ``box``), as Satori's text paths
    carry them into the clip. ``display: none`` subtrees are excluded, and so are descendants with
    ``backgroundClip: text`` of their own: Satori's layout starts a new clip path for such an element,
    which its text then joins instead of the ancestor's."""
    segments: list[Segment] = []
    for child in box.children:
        source = child.source
        if isinstance(source, StyledText):
            outline = text.outline(source, child, box.content_width)
            if matrix is not None and outline:
                outline = list(Path(tuple(outline)).transformed(rounded(matrix)).segments)
            segments.extend(outline)
        elif not (isinstance(source, StyledNode) and (source.style.display == Display.NONE
                                                       or source.style.background_clip == "text")):
            below = matrix
            if isinstance(source, StyledNode):
                below = fx.element_matrix(source.style, Rect(child.x, child.y, child.width, child.height), matrix)
            segments.extend(_descendant_glyphs(child, text, below))
    return segments
