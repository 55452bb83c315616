"""SVG element tree -> display-list nodes (vector, as resvg renders a nested SVG image).

Input: an :class:`~pureog.images.svg.tree.SvgNode` root and the rectangle it is drawn into (CSS px).
Output: a tuple of display nodes (Groups with transforms, opacity, clips, masks and filter graphs;
FillPaths).

This module walks the elements: ``svg`` (viewBox, width/height, preserveAspectRatio), ``g``, ``a``,
``switch`` (its first child that passes :mod:`.conditions`, which every element must), the shapes
(:mod:`.shape`), ``use`` (of any element or ``symbol``),
``image`` (:mod:`.image`, only where resvg keeps it), ``defs``; presentation attributes and ``style``
declarations (CSS from ``<style>`` applied by :mod:`.tree`) with SVG inheritance. Each element's
group effects are applied in resvg's order: ``filter`` (:mod:`.filters`), ``clip-path``
(:mod:`.clip`), ``mask`` (:mod:`.mask`), ``opacity``; shapes get their markers (:mod:`.marker`),
fills and strokes may be gradients or patterns (:mod:`.paint`, :mod:`.pattern`).
Not drawn: ``text`` in an SVG image (Next's resvg has no fonts), ``foreignObject`` and every element
rosvgtree does not know, with its subtree.
Imports :mod:`pureog.display`, :mod:`pureog.path`, :mod:`pureog.stroke`, :mod:`pureog.style.color`.
"""

from __future__ import annotations

import math
import re

from pureog.display import BlendMode, Clip, FilterGraph, Group, Node
from pureog.errors import ImageError, tolerate
from pureog.geometry import IDENTITY, Affine, Rect, round_half_away
from pureog.images.svg.bbox import object_bbox
from pureog.images.svg.clip import clips_of
from pureog.images.svg.conditions import KNOWN, passes, switch_child
from pureog.images.svg.context import (
    DEFAULTS,
    MAX_DRAW_NESTING,
    Context,
    charge,
    color,
    drawable,
    fold32,
    index,
    state,
)
from pureog.images.svg.glyphs import SvgFont, TextShaper
from pureog.images.svg.shape import SHAPES, paint_order, path_nodes, shape_nodes
from pureog.images.svg.transform import parse_svg_transform
from pureog.images.svg.tree import SvgNode
from pureog.images.svg.units import URL, length, opacity, parse_transform, screen_fit, view_box, view_box_transform
from pureog.limits import make_recursion_room
from pureog.path import rect_path
from pureog.records import replace

__all__ = ["SHAPES", "length", "parse_transform", "render_svg_root", "svg_root_size", "svg_size",
           "view_box_transform"]

NOT_RENDERED = frozenset({
    "defs", "linearGradient", "radialGradient", "clipPath", "mask", "symbol", "style", "title", "desc",
    "metadata", "pattern", "filter", "marker", "foreignObject", "script", "stop",
})


_BLEND_MODES = {mode.value: mode for mode in BlendMode}
_PAINT_SERVERS = frozenset({"linearGradient", "radialGradient", "pattern"})
_ROOM_AT = 32
"""Elements drawn within one another from which :func:`render_element` makes room on Python's stack."""


def _paint_given(text: str, which: str, st: dict[str, str], ctx: Context) -> bool:
    """Whether usvg resolves a fill or stroke from ``text`` (a colour, even transparent, or a paint server)."""
    text = text.strip()
    if text == "none":
        return False
    match = URL.match(text)
    if match:
        ref = ctx.ids.get(match.group(1).strip())
        return (ref is not None and ref.tag in _PAINT_SERVERS) or match.group(2).strip() not in ("", "none")
    return which == "fill" or color(text, st) is not None  # an unreadable fill is black, a stroke none


def _has_paint(st: dict[str, str], ctx: Context) -> bool:
    """usvg hides a path with neither fill nor stroke, and a hidden path gets no markers (flag-icons'
    stars are markers on such a path: Next draws none)."""
    if _paint_given(st.get("fill", "black"), "fill", st, ctx):
        return True
    return _paint_given(st.get("stroke", "none"), "stroke", st, ctx) and length(st.get("stroke-width"), 1.0) > 0


def _blend(node: SvgNode) -> BlendMode:
    """usvg's ``mix-blend-mode`` (an unknown value is normal)."""
    return _BLEND_MODES.get((node.attrs.get("mix-blend-mode") or "").strip(), BlendMode.NORMAL)


def uses_blending(root: SvgNode) -> bool:
    """Whether any element blends: resvg draws an SVG image into its own transparent pixmap, so the
    blending meets only the image's own paint (the drawing is then one isolated layer)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if _blend(node) is not BlendMode.NORMAL:
            return True
        stack.extend(node.children)
    return False


def _effects(node: SvgNode, children: list[Node], transform: Affine, ctx: Context) -> list[Node]:
    """The element's group (see :func:`_group_effects`), blended onto what is below it by its
    ``mix-blend-mode``, or isolated by ``isolation: isolate`` (usvg makes such a group a layer)."""
    out = _group_effects(node, children, transform, ctx)
    blend = _blend(node)
    isolate = (node.attrs.get("isolation") or "").strip() == "isolate"
    if out and (blend is not BlendMode.NORMAL or isolate):
        return [Group(tuple(out), blend=blend, layer=isolate)]
    return out


def _group_effects(node: SvgNode, children: list[Node], transform: Affine, ctx: Context) -> list[Node]:
    """The element's group: its children under filter, clip-path, mask and opacity (resvg's order),
    inside its transform."""
    attrs = node.attrs
    alpha = opacity(attrs.get("opacity"))
    if alpha <= 0.0:
        return []
    has_filter = "filter" in attrs and (attrs["filter"] or "").strip() not in ("", "none")
    has_mask = "mask" in attrs and (attrs["mask"] or "").strip() not in ("", "none")
    graphs: tuple[FilterGraph, ...] = ()
    masks: list[tuple[Node, ...]] = []
    if has_filter or has_mask:
        from pureog.images.svg import filters, mask  # noqa: PLC0415  (effects are rare: emoji sets, logos)

        bbox = None
        if (has_filter and filters.needs_bbox(node, ctx)) or (has_mask and mask.needs_bbox(node, ctx)):
            bbox = object_bbox(node, ctx)
        if has_filter:
            found = filters.filters_of(node, bbox, ctx)
            if found is None or found is True:
                return []  # usvg skips the element (invalid filter), or the filter draws nothing
            if found is not False:
                assert isinstance(found, tuple)
                graphs = found
                if ctx.device32 is not None:
                    device = fold32((*ctx.device32, transform))
                    graphs = tuple(replace(g, device=device) for g in graphs)
        if has_mask:
            saved, saved32 = ctx.matrix, ctx.device32
            ctx.matrix = saved @ transform
            if saved32 is not None:
                ctx.device32 = (*saved32, transform)
            try:
                found_masks = mask.masks_of(node, bbox, ctx)
            finally:
                ctx.matrix, ctx.device32 = saved, saved32
            if found_masks is False:
                return []
            if isinstance(found_masks, list):
                masks = found_masks
    if not children and not graphs:
        return []
    clips = clips_of(node, ctx)
    if clips is False:
        return []
    assert clips is None or isinstance(clips, list)
    clip = clips[0] if clips else None
    if clips and len(clips) > 1:
        # A clipPath clipped by another: the element's layer is cut by each in turn (after its filter,
        # before its mask and opacity), all in its user space, inside its transform.
        layered = _group_effects_clipped(children, clip, graphs, masks)
        for further in clips[1:]:
            layered = [Group(tuple(layered), clip=further, isolated=True)]
        return [Group(tuple(layered), transform=transform, opacity=alpha)]
    if not graphs and not masks:
        if transform.is_identity and clip is None and alpha >= 1.0:
            return children
        if clip is not None:
            # clip-path is in the element's user space, i.e. after its own transform.
            inner = Group(tuple(children), clip=clip, isolated=True)  # resvg clips the group's layer
            return [Group((inner,), transform=transform, opacity=alpha)]
        return [Group(tuple(children), transform=transform, opacity=alpha)]
    if not masks:
        return [Group(tuple(children), transform=transform, clip=clip, opacity=alpha, svg_filters=graphs)]
    content: tuple[Node, ...] = (Group(tuple(children), svg_filters=graphs),) if graphs else tuple(children)
    for extra in reversed(masks[1:]):
        content = (Group(content, mask=extra, isolated=True),)
    return [Group(content, transform=transform, clip=clip, opacity=alpha, mask=masks[0], isolated=True)]


def _group_effects_clipped(children: list[Node], clip: Clip | None, graphs: tuple[FilterGraph, ...],
                           masks: list[tuple[Node, ...]]) -> list[Node]:
    """The element's filter, first clip and masks on its children, without its transform and opacity
    (which :func:`_group_effects` puts outside the clips that follow)."""
    content: tuple[Node, ...] = (Group(tuple(children), svg_filters=graphs),) if graphs else tuple(children)
    content = (Group(content, clip=clip, isolated=True),)
    for extra in reversed(masks[1:]):
        content = (Group(content, mask=extra, isolated=True),)
    if masks:
        content = (Group(content, mask=masks[0], isolated=True),)
    return list(content)


def _viewport_clip(node: SvgNode, symbol: SvgNode, x: float, y: float, w: float, h: float,
                   ctx: Context) -> Clip | None:
    """usvg's ``get_clip_rect``: a symbol or nested svg is clipped to its viewport unless its overflow is
    visible or auto, or the viewport is the document's size."""
    if (symbol.attrs.get("overflow") or "").strip() in ("visible", "auto"):
        return None
    if not (w > 0 and h > 0):
        return None
    rw, rh = ctx.root_size
    if abs(w - rw) <= 1e-9 * max(1.0, rw) and abs(h - rh) <= 1e-9 * max(1.0, rh):
        return None
    return Clip(rect_path(Rect(x, y, w, h)))


def _use(node: SvgNode, st: dict[str, str], ctx: Context, scale: float, transform: Affine,
         outer_matrix: Affine, outer32: tuple[Affine, ...] | None) -> tuple[list[Node], Affine] | None:
    """A ``use``: its children and the transform its group effects apply inside (usvg's use_node)."""
    ref = ctx.ids.get((node.attrs.get("href") or node.attrs.get("xlink:href") or "#")[1:])
    if ref is None or ctx.depth > 8:
        return None
    x, y = length(node.attrs.get("x"), 0.0, ctx.view_w), length(node.attrs.get("y"), 0.0, ctx.view_h)
    shift = Affine.translate(x, y)
    if ref.tag != "symbol":
        transform = transform @ shift
        ctx.matrix = outer_matrix @ transform
        if outer32 is not None:  # usvg folds the use's x/y into its group transform
            ctx.device32 = (*outer32, transform)
        if not drawable(ctx):  # hostile input, as above (x or y past float range)
            return None
        saved_size = ctx.use_size
        if ref.tag == "svg":  # the use's own width/height replace the svg's (each use resets both)
            a = node.attrs
            ctx.use_size = (length(a.get("width"), ctx.view_w, ctx.view_w) if "width" in a else None,
                            length(a.get("height"), ctx.view_h, ctx.view_h) if "height" in a else None)
        ctx.depth += 1
        try:
            return render_element(ref, st, ctx, scale), transform
        finally:
            ctx.depth -= 1
            ctx.use_size = saved_size
    w = length(node.attrs.get("width"), ctx.view_w, ctx.view_w)
    h = length(node.attrs.get("height"), ctx.view_h, ctx.view_h)
    vb = view_box(ref.attrs.get("viewBox"))
    inner = shift
    if vb and vb[2] > 0 and vb[3] > 0 and w > 0 and h > 0:
        inner = shift @ view_box_transform(vb, ref.attrs.get("preserveAspectRatio", ""), w, h)
    clip = _viewport_clip(node, ref, x, y, w, h, ctx)
    if clip is None:
        inner = transform @ inner  # usvg applies the use's own transform once more here (as Next draws it)
    ctx.matrix = outer_matrix @ transform @ inner
    if outer32 is not None:
        ctx.device32 = (*outer32, transform, inner)
    if not drawable(ctx):
        return None
    ctx.depth += 1
    try:
        children = [n for c in ref.children for n in render_element(c, state(ref, st), ctx, scale)]
    finally:
        ctx.depth -= 1
    if not children:
        return [], transform
    group: Node = Group(tuple(children), transform=inner)
    return [Group((group,), clip=clip, isolated=True) if clip is not None else group], transform


def _nested_svg(node: SvgNode, st: dict[str, str], ctx: Context, scale: float, own: Affine) -> list[Node]:
    """A nested ``<svg>``'s content, as usvg 0.29's ``convert_svg`` builds it inside the group the element
    already got (its transform ``own``, opacity, clip-path, mask, filter): the element's group is made
    once more around the content, again with ``own`` (so Next applies a nested svg's transform, opacity
    and filter twice), and with x/y and the viewBox mapping; with a viewport clip (width and height both
    set, overflow not visible/auto) that inner group sits in a clipped group that repeats ``own`` too.
    Percentages inside resolve against the viewBox, else against the viewport's x, y, width, height; so do
    those of the viewport clip's own x, y, width and height (a 50% wide svg without a viewBox clips at 25%)."""
    a = node.attrs
    use_w, use_h = ctx.use_size
    w = length(a.get("width"), ctx.view_w, ctx.view_w) if use_w is None else use_w
    h = length(a.get("height"), ctx.view_h, ctx.view_h) if use_h is None else use_h
    x, y = length(a.get("x"), 0.0, ctx.view_w), length(a.get("y"), 0.0, ctx.view_h)
    vb = view_box(a.get("viewBox"))
    inner = Affine.translate(x, y)
    if vb and vb[2] > 0 and vb[3] > 0 and w > 0 and h > 0:
        inner = inner @ view_box_transform(vb, a.get("preserveAspectRatio", ""), w, h)
    view = (vb[2], vb[3]) if vb else ((w, h) if w > 0 and h > 0 else (ctx.view_w, ctx.view_h))
    saved, saved32, saved_view = ctx.matrix, ctx.device32, (ctx.view_w, ctx.view_h)
    viewport = None
    if use_w is not None or use_h is not None or ("width" in a and "height" in a):
        # usvg measures the clip with the new view (its percentages are of it); a use's size still wins
        ctx.view_w, ctx.view_h = view
        clip_w = length(a.get("width"), view[0], view[0]) if use_w is None else use_w
        clip_h = length(a.get("height"), view[1], view[1]) if use_h is None else use_h
        viewport = _viewport_clip(node, node, length(a.get("x"), 0.0, view[0]), length(a.get("y"), 0.0, view[1]),
                                  clip_w, clip_h, ctx)
        ctx.view_w, ctx.view_h = saved_view
    content = own @ inner
    ctx.matrix = saved @ content
    if saved32 is not None:
        ctx.device32 = (*saved32, own, inner)
    if not drawable(ctx):
        return []
    ctx.view_w, ctx.view_h = view
    try:
        det = abs(content.a * content.d - content.b * content.c)
        kids = [n for c in node.children for n in render_element(c, st, ctx, scale * math.sqrt(det) or scale)]
    finally:
        ctx.view_w, ctx.view_h = saved_view
        ctx.matrix, ctx.device32 = saved, saved32
    if viewport is None:
        return _effects(node, kids, content, ctx)
    ctx.matrix = saved @ own
    if saved32 is not None:
        ctx.device32 = (*saved32, own)
    try:
        out = _effects(node, kids, inner, ctx)
    finally:
        ctx.matrix, ctx.device32 = saved, saved32
    return [Group((Group(tuple(out), clip=viewport, isolated=True),), transform=own)] if out else []


def render_element(node: SvgNode, st: dict[str, str], ctx: Context, scale: float) -> list[Node]:
    """The display nodes of one element (and its subtree) in its parent's user space; nothing past
    :data:`MAX_DRAW_NESTING` levels (the tree's own nesting and the content that references draw
    within it, together)."""
    if ctx.level >= MAX_DRAW_NESTING:
        return []
    if ctx.level == _ROOM_AT:  # deep: make room on Python's stack (a dozen frames a level at most)
        make_recursion_room()
    ctx.level += 1
    try:
        return _render_element(node, st, ctx, scale)
    finally:
        ctx.level -= 1


def _render_element(node: SvgNode, st: dict[str, str], ctx: Context, scale: float) -> list[Node]:
    tag = node.tag
    if tag == "text" and (ctx.shaper is None or ctx.root_font is None):
        # Next's resvg has no fonts: the image is drawn without its text (a warning; strict refuses it)
        tolerate(f"{ctx.where}: <text> in an SVG image is not drawn, as Next.js draws none (its resvg has no "
                 "fonts); convert it to <path>", error=ImageError)
        return []
    if tag in NOT_RENDERED or tag not in KNOWN or node.attrs.get("display", "").strip() == "none" or not passes(node):
        return []  # rosvgtree drops elements it does not know (``desc``, ``foo``) with their subtrees
    if tag == "image" and not ctx.images:
        return []
    charge(ctx, 10)  # hostile input: every drawn element, <use> copies included
    st = state(node, st)
    parsed = parse_svg_transform(node.attrs.get("transform"))
    if parsed is None:  # usvg does not render an element whose transform does not parse
        return []
    transform = parsed
    local_scale = scale * math.sqrt(abs(transform.a * transform.d - transform.b * transform.c)) or scale
    outer_matrix = ctx.matrix
    outer32 = ctx.device32
    ctx.matrix = outer_matrix @ transform
    if outer32 is not None and not transform.is_identity:
        ctx.device32 = (*outer32, transform)
    if not drawable(ctx):  # hostile input: transforms past float range draw nothing
        ctx.matrix = outer_matrix
        ctx.device32 = outer32
        return []
    try:
        if tag == "use":
            used = _use(node, st, ctx, local_scale, transform, outer_matrix, outer32)
            if used is None:
                return []
            children, transform = used
            ctx.matrix = outer_matrix @ transform
        elif tag in SHAPES:
            if st.get("visibility", "visible") in ("hidden", "collapse"):
                return []
            children, path = shape_nodes(node, st, ctx, local_scale)
            if path is not None and any(st.get(k, "none").strip() not in ("", "none")
                                        for k in ("marker-start", "marker-mid", "marker-end")) and _has_paint(st, ctx):
                from pureog.images.svg.marker import marker_nodes  # noqa: PLC0415  (markers are rare)

                markers = marker_nodes(node, path, st, ctx, local_scale)
                # usvg puts the markers after the path only when they come last in paint-order, else under it
                children = children + markers if paint_order(st.get("paint-order"))[2] == "markers" else \
                    markers + children
        elif tag == "text":
            from pureog.images.svg.text import inherited_font, text_nodes  # noqa: PLC0415  (inline SVG text is rare)

            assert ctx.shaper is not None and ctx.root_font is not None
            font = inherited_font(node, ctx, ctx.root_font)
            children = text_nodes(node, st, ctx, ctx.shaper, ctx.root_font, font, state,
                                  lambda owner, path, owner_st: path_nodes(owner, path, owner_st, ctx, local_scale))
        elif tag == "image":
            if st.get("visibility", "visible") in ("hidden", "collapse"):
                return []
            from pureog.images.svg.image import image_nodes  # noqa: PLC0415  (images in SVG are rare)

            children = image_nodes(node, ctx)
        elif tag == "svg":
            children = _nested_svg(node, st, ctx, local_scale, transform)
        else:  # g, a, switch (its first child that passes)
            kids = node.children if tag != "switch" else [c for c in (switch_child(node),) if c is not None]
            children = [n for c in kids for n in render_element(c, st, ctx, local_scale)]
        ctx.matrix = outer_matrix
        ctx.device32 = outer32
        return _effects(node, children, transform, ctx)
    finally:
        ctx.matrix = outer_matrix
        ctx.device32 = outer32


def svg_size(root: SvgNode) -> tuple[float, float]:
    """The SVG's own size (usvg): width/height, else the viewBox's, else 100 x 100."""
    vb = view_box(root.attrs.get("viewBox"))
    vw, vh = (vb[2], vb[3]) if vb else (100.0, 100.0)
    w_text, h_text = root.attrs.get("width"), root.attrs.get("height")
    w = length(w_text, vw, vw) if w_text not in (None, "null", "auto") else vw
    h = length(h_text, vh, vh) if h_text not in (None, "null", "auto") else vh
    return (w if w > 0 else vw, h if h > 0 else vh)


def _is_percent(text: str | None) -> bool:
    """usvg reads a missing or unparsable width/height (Satori writes ``NaN``, ``Infinity``) as 100%."""
    if text is None:
        return True
    text = text.strip()
    if text.endswith("%"):
        return True
    try:
        value = float(re.sub(r"(px|pt|pc|mm|cm|in|em|ex)$", "", text))
    except ValueError:
        return True
    return not math.isfinite(value)


def _content_extent(root: SvgNode, ids: dict[str, SvgNode], parents: dict[int, SvgNode], shaper: TextShaper | None,
                    root_font: SvgFont | None) -> tuple[float, float] | None:
    """(right, bottom) of everything drawn, in root user units: usvg 0.29 makes that the size and
    viewBox (from 0, 0) of an SVG that has no viewBox and a percentage (or invalid) width or height."""
    ctx = Context(ids, 100.0, 100.0, "", extent=[0.0, 0.0], parents=parents, draw=render_element, shaper=shaper,
                  root_font=root_font)
    # the root's own transform is its group's (see render_svg_root): the content is measured through it
    own = parse_svg_transform(root.attrs.get("transform"))
    if own is None:
        return None
    ctx.matrix = own
    st = state(root, dict(DEFAULTS))
    for child in root.children:
        render_element(child, st, ctx, 1.0)
    right, bottom = ctx.extent  # type: ignore[misc]
    return (right, bottom) if right > 0 and bottom > 0 else None


def _geometry(root: SvgNode, ids: dict[str, SvgNode], parents: dict[int, SvgNode], shaper: TextShaper | None = None,
              root_font: SvgFont | None = None) -> tuple[float, float, tuple[float, float, float, float] | None]:
    """The tree's size and viewBox as usvg resolves them (the content's extent without a viewBox and
    with a percentage size)."""
    width, height = svg_size(root)
    vb = view_box(root.attrs.get("viewBox"))
    if not (vb and vb[2] > 0 and vb[3] > 0) and (
        _is_percent(root.attrs.get("width")) or _is_percent(root.attrs.get("height"))
    ):
        extent = _content_extent(root, ids, parents, shaper, root_font)
        if extent is not None:
            width, height = extent
            vb = (0.0, 0.0, width, height)
    return width, height, vb


def svg_root_size(root: SvgNode) -> tuple[float, float]:
    """The size usvg gives an SVG document (an ``<image>``'s natural size)."""
    ids: dict[str, SvgNode] = {}
    parents: dict[int, SvgNode] = {}
    index(root, ids, parents)
    width, height, _ = _geometry(root, ids, parents)
    return width, height


def render_svg_root(root: SvgNode, target: Rect, where: str, drawn_with: Affine | None = None,
                    shaper: TextShaper | None = None, root_font: SvgFont | None = None,
                    aspect: str = "none") -> tuple[Node, ...]:
    """Draw ``root`` as resvg draws it for an ``<image>`` box ``target`` with preserveAspectRatio
    ``aspect`` (Satori's ``<img>`` and inline ``<svg>``: ``none``; emoji: the default meet).

    ``drawn_with`` is the matrix the nodes will be drawn with (the element's transform): resvg decides
    hairlines on device pixels, so they are computed through it. ``shaper`` and ``root_font``: the
    document's fonts and the ``<svg>`` element's CSS font, with which an inline ``<svg>``'s text is drawn."""
    ids: dict[str, SvgNode] = {}
    parents: dict[int, SvgNode] = {}
    index(root, ids, parents)
    width, height, vb = _geometry(root, ids, parents, shaper, root_font)
    if not passes(root):  # usvg: a root that fails its conditions is an empty tree of its size
        return ()
    if width <= 0 or height <= 0 or target.width <= 0 or target.height <= 0:
        return ()
    # resvg draws an SVG image at its size rounded to whole pixels (usvg ``to_screen_size``): the tree's
    # viewBox (its size when it has none) is fitted into that with the root's preserveAspectRatio, and
    # that is fitted into the <image> box, whose size is rounded too (units.screen_fit). With a
    # fractional size the fits leave margins: the content sits a little off where a direct stretch puts it.
    screen_w, screen_h = max(1, round_half_away(width)), max(1, round_half_away(height))
    target = screen_fit(target, screen_w, screen_h, aspect)
    view_w, view_h = width, height
    if vb and vb[2] > 0 and vb[3] > 0:
        view_w, view_h = vb[2], vb[3]
    else:
        vb = (0.0, 0.0, width, height)
    inner = view_box_transform(vb, root.attrs.get("preserveAspectRatio", ""), screen_w, screen_h)
    outer = Affine(target.width / screen_w, 0.0, 0.0, target.height / screen_h, target.x, target.y)
    m = outer @ inner
    device32 = (outer, inner) if drawn_with is None else (drawn_with, outer, inner)
    ctx = Context(ids, view_w, view_h, where, device=m if drawn_with is None else drawn_with @ m, parents=parents,
                  draw=render_element, root_size=(width, height), device32=device32, shaper=shaper,
                  root_font=root_font)
    if not drawable(ctx):  # hostile input: a viewBox far below a pixel maps past float range
        return ()
    # usvg converts the root element as a group too: its own transform applies inside the viewBox mapping
    # (one that does not parse, or scales to nothing, leaves the tree empty)
    own = parse_svg_transform(root.attrs.get("transform"))
    if own is None:
        return ()
    ctx.matrix = own
    if not own.is_identity:
        ctx.device32 = (*device32, own)
    if not drawable(ctx):
        return ()
    st = state(root, dict(DEFAULTS))
    full = m @ own
    scale = math.sqrt(abs(full.a * full.d - full.b * full.c)) or 1.0
    children = [n for c in root.children for n in render_element(c, st, ctx, scale)]
    ctx.matrix, ctx.device32 = IDENTITY, device32
    layer = uses_blending(root)
    if any(k in root.attrs for k in ("filter", "mask", "clip-path", "mix-blend-mode", "isolation")):
        children = _effects(root, children, own, ctx)  # the root's opacity included
        return (Group(tuple(children), transform=m, layer=layer),) if children else ()
    if not children:
        return ()
    return (Group(tuple(children), transform=full, opacity=opacity(root.attrs.get("opacity")), layer=layer),)
