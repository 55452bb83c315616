"""SVG ``<pattern>`` -> :class:`~pureog.display.PatternPaint`, as usvg converts and resvg draws it.

Input: the pattern element, the painted shape's bounding box (user units), the context. Output: the
paint, or None when usvg finds the pattern invalid (no children along the href chain, no area, a box
of no area under objectBoundingBox units), where the fill falls back.

usvg: x/y/width/height, patternUnits (objectBoundingBox by default), patternContentUnits
(userSpaceOnUse), patternTransform, viewBox and preserveAspectRatio are read along the ``href`` chain;
the children come from the first pattern of the chain that has any. resvg renders the tile's content
at the device scale: with a viewBox, fitted into the tile's size; else with objectBoundingBox content
units, scaled by the box's size (its x and y are ignored, as resvg does). The children inherit the
pattern element's own style (not the shape's). Imports display, geometry and the renderer's helpers.
"""

from __future__ import annotations

import math

from pureog.display import Group, Node, PatternPaint
from pureog.geometry import IDENTITY, Affine, Rect
from pureog.images.svg.context import Context, draw_referenced, fold32, href, inherited_state
from pureog.images.svg.paint import linked_attr
from pureog.images.svg.transform import paint_transform, parse_svg_transform
from pureog.images.svg.tree import SvgNode
from pureog.images.svg.units import length, view_box, view_box_transform


def _with_children(node: SvgNode, ctx: Context) -> SvgNode | None:
    cur: SvgNode | None = node
    for _ in range(16):
        if cur is None or cur.tag != "pattern":
            return None
        if cur.children:
            return cur
        cur = href(cur, ctx)
    return None


def pattern_paint(node: SvgNode, bbox: Rect, ctx: Context, opacity: float = 1.0) -> PatternPaint | None:
    source = _with_children(node, ctx)
    if source is None or id(node) in ctx.busy or ctx.draw is None:
        return None
    obb = (linked_attr(node, "patternUnits", ctx) or "").strip() != "userSpaceOnUse"
    content_obb = (linked_attr(node, "patternContentUnits", ctx) or "").strip() == "objectBoundingBox"
    if obb:
        if not (bbox.width > 0 and bbox.height > 0):
            return None  # usvg: a pattern in objectBoundingBox units needs a shape with an area
        bw = bh = 1.0
    else:
        bw, bh = ctx.view_w, ctx.view_h
    x = length(linked_attr(node, "x", ctx), 0.0, bw)
    y = length(linked_attr(node, "y", ctx), 0.0, bh)
    w = length(linked_attr(node, "width", ctx), 0.0, bw)
    h = length(linked_attr(node, "height", ctx), 0.0, bh)
    if obb:
        x, y, w, h = x * bbox.width + bbox.x, y * bbox.height + bbox.y, w * bbox.width, h * bbox.height
    if not (w > 0 and h > 0 and math.isfinite(w + h + x + y)):
        return None
    transform = paint_transform(parse_svg_transform(linked_attr(node, "patternTransform", ctx)) or IDENTITY)
    vb = view_box(linked_attr(node, "viewBox", ctx))
    if vb is not None and vb[2] > 0 and vb[3] > 0:
        content = view_box_transform(vb, linked_attr(node, "preserveAspectRatio", ctx), w, h)
    elif content_obb:
        content = Affine.scale(bbox.width, bbox.height)
    else:
        content = IDENTITY
    # Hairlines inside the tile are decided on the tile's pixels: the tile is drawn at the device scale.
    device32 = fold32(ctx.device32) if ctx.device32 is not None else None
    full = (ctx.device or IDENTITY) @ ctx.matrix @ transform
    sx, sy = full.scale_factors
    saved = (ctx.matrix, ctx.device, ctx.images, ctx.device32, ctx.extent)
    ctx.busy.add(id(node))
    ctx.matrix, ctx.images, ctx.device32, ctx.extent = IDENTITY, True, None, None
    ctx.device = Affine.scale(sx, sy) @ content if ctx.device is not None else None
    try:
        st = inherited_state(source, ctx)
        nodes: list[Node] = draw_referenced(ctx, source.children, st, max(sx, sy, 1e-6))
    finally:
        ctx.matrix, ctx.device, ctx.images, ctx.device32, ctx.extent = saved
        ctx.busy.discard(id(node))
    if not nodes:
        return None
    children: tuple[Node, ...] = tuple(nodes) if content.is_identity else (Group(tuple(nodes), transform=content),)
    return PatternPaint(x, y, w, h, children, transform, device32, opacity)
