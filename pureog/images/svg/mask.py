"""SVG ``mask="url(#id)"`` -> luminance masks for :attr:`pureog.display.Group.mask` (isolated).

Input: the masked element, its object bounding box (or None), the context. Output: the masks to apply,
outermost first (a ``<mask>`` may itself carry a ``mask``: resvg applies that one to the content too,
with the same box), None when there is no mask, or False when the element must not be drawn.

usvg/resvg 0.29: maskUnits (objectBoundingBox by default) place the x/y/width/height region (default
-10%, -10%, 120%, 120%), which clips the mask's content (anti-aliased); maskContentUnits
(userSpaceOnUse by default) place the content, scaled and moved onto the box when objectBoundingBox.
The content is drawn with the mask element's own inherited style, then its luminance times alpha
(0.2125 r + 0.7154 g + 0.0721 b on premultiplied pixels) multiplies the element's finished layer. A
``mask`` naming something that is not a ``<mask>``, a mask without children or of no area makes usvg
skip the element entirely; objectBoundingBox units on an element without a box hide it (resvg clears
the layer). There is no ``mask-type`` in resvg 0.29 (always luminance).
Imports display, geometry, path and the renderer's helpers.
"""

from __future__ import annotations

from pureog.display import Clip, Group, Node
from pureog.geometry import IDENTITY, Affine, Rect
from pureog.images.svg.context import Context, draw_referenced, inherited_state, url_target
from pureog.images.svg.tree import SvgNode
from pureog.images.svg.units import length
from pureog.path import rect_path

Masks = list[tuple[Node, ...]]


def _mask(ref: SvgNode, bbox: Rect | None, ctx: Context, depth: int) -> Masks | bool:
    """The masks of one ``<mask>`` element (its own first, then those of its ``mask``); True: nothing
    drawn (the layer is cleared); False: usvg finds the mask invalid."""
    if ref.tag != "mask" or depth > 8 or ctx.draw is None:
        return False
    obb = (ref.attrs.get("maskUnits") or "").strip() != "userSpaceOnUse"
    content_obb = (ref.attrs.get("maskContentUnits") or "").strip() == "objectBoundingBox"
    bw, bh = (1.0, 1.0) if obb else (ctx.view_w, ctx.view_h)
    x = length(ref.attrs.get("x"), -0.1 * bw, bw)
    y = length(ref.attrs.get("y"), -0.1 * bh, bh)
    w = length(ref.attrs.get("width"), 1.2 * bw, bw)
    h = length(ref.attrs.get("height"), 1.2 * bh, bh)
    if not (w > 0 and h > 0):
        return False
    if not ref.children:
        return False
    inner: Masks | bool = []
    link = ref.attrs.get("mask")
    if link and link.strip() != "none":
        target, _ = url_target(link, ctx)
        if target is not None:
            inner = _mask(target, bbox, ctx, depth + 1)
            if inner is False:
                return False
    if obb or content_obb:
        if bbox is None or not (bbox.width > 0 and bbox.height > 0):
            return True
    if obb:
        assert bbox is not None
        x, y, w, h = x * bbox.width + bbox.x, y * bbox.height + bbox.y, w * bbox.width, h * bbox.height
    content_ts = Affine(bbox.width, 0.0, 0.0, bbox.height, bbox.x, bbox.y) if content_obb and bbox else IDENTITY
    saved = (ctx.matrix, ctx.images, ctx.extent, ctx.device32)
    ctx.busy.add(id(ref))
    ctx.matrix, ctx.images, ctx.extent = saved[0] @ content_ts, True, None
    if ctx.device32 is not None and not content_ts.is_identity:
        ctx.device32 = (*ctx.device32, content_ts)
    try:
        st = inherited_state(ref, ctx)
        nodes = draw_referenced(ctx, ref.children, st, 1.0)
    finally:
        ctx.matrix, ctx.images, ctx.extent, ctx.device32 = saved
        ctx.busy.discard(id(ref))
    content: tuple[Node, ...] = tuple(nodes) if content_ts.is_identity else (Group(tuple(nodes), transform=content_ts),)
    if not content:
        return True  # a mask that draws nothing hides everything
    own: tuple[Node, ...] = (Group(content, clip=Clip(rect_path(Rect(x, y, w, h)))),)
    if inner is True:
        return True
    assert isinstance(inner, list)
    return [own, *inner]


def masks_of(node: SvgNode, bbox: Rect | None, ctx: Context) -> Masks | None | bool:
    """The element's masks (see the module docstring); None: no mask; False: do not draw it."""
    text = node.attrs.get("mask")
    if not text or text.strip() == "none":
        return None
    ref, _ = url_target(text, ctx)
    if ref is None or id(ref) in ctx.busy:
        return None
    found = _mask(ref, bbox, ctx, 0)
    if found is True:
        return False
    if found is False:
        return False
    return found


def needs_bbox(node: SvgNode, ctx: Context) -> bool:
    """Whether the element's mask needs its object bounding box."""
    ref, _ = url_target(node.attrs.get("mask"), ctx)
    for _ in range(8):
        if ref is None or ref.tag != "mask":
            return False
        if (ref.attrs.get("maskUnits") or "").strip() != "userSpaceOnUse":
            return True
        if (ref.attrs.get("maskContentUnits") or "").strip() == "objectBoundingBox":
            return True
        ref, _ = url_target(ref.attrs.get("mask"), ctx)
    return False
