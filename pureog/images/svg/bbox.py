"""The object bounding box of an SVG element, as resvg computes it for objectBoundingBox units.

Input: an element, the context. Output: the union of its content's bounding boxes in the element's own
user space (inside its ``transform``), or None when it has no geometry. resvg returns it from drawing
the group: paths give their tight curve bounds (fill geometry, strokes not included), nested groups
their boxes mapped by their transforms (the mapped corners' bounds), images their viewport. Computed
only when a mask, filter or pattern asks for it (the common path never walks this).
Imports geometry and the renderer's helpers.
"""

from __future__ import annotations

from pureog.geometry import Affine, Rect
from pureog.images.svg.conditions import KNOWN, passes, switch_child
from pureog.images.svg.context import Context, charge, href
from pureog.images.svg.pathdata import tight_bounds
from pureog.images.svg.shape import SHAPES, shape_path
from pureog.images.svg.transform import parse_svg_transform
from pureog.images.svg.tree import SvgNode
from pureog.images.svg.units import USVG_FONT_SIZE, length, view_box, view_box_transform

Bounds = tuple[float, float, float, float]
_SKIPPED = frozenset({
    "defs", "linearGradient", "radialGradient", "clipPath", "mask", "symbol", "style", "title", "desc",
    "metadata", "pattern", "filter", "marker", "foreignObject", "script", "stop", "text",
})


def _union(a: Bounds | None, b: Bounds | None) -> Bounds | None:
    if a is None:
        return b
    if b is None:
        return a
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _mapped(b: Bounds | None, m: Affine) -> Bounds | None:
    if b is None or m.is_identity:
        return b
    pts = [m.apply(x, y) for x, y in ((b[0], b[1]), (b[2], b[1]), (b[0], b[3]), (b[2], b[3]))]
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return (min(xs), min(ys), max(xs), max(ys))


def _content(node: SvgNode, ctx: Context, depth: int) -> Bounds | None:
    """The bounds of what ``node`` draws, in its own user space (inside its transform)."""
    if depth > 32:
        return None
    tag = node.tag
    # Each element measured costs the drawing budgets a unit, a shape its segments more (~40 us a small
    # shape): an element's box is measured again for every group around it that asks for one, so 32
    # nested groups clipped in objectBoundingBox units measured 4,000 rects 32 times, uncharged (~4.7 s an
    # image, and again for each placement of it: 4 backgrounds past 90 s). Round seventeen.
    charge(ctx, 1)
    if tag in SHAPES:
        path = shape_path(node, ctx, length(node.attrs.get("font-size"), USVG_FONT_SIZE))
        charge(ctx, len(path.segments))
        return None if path.is_empty else tight_bounds(path, Affine(1, 0, 0, 1, 0, 0))
    if tag == "image":
        if not ctx.images:
            return None
        x, y = length(node.attrs.get("x"), 0.0, ctx.view_w), length(node.attrs.get("y"), 0.0, ctx.view_h)
        w, h = length(node.attrs.get("width"), 0.0, ctx.view_w), length(node.attrs.get("height"), 0.0, ctx.view_h)
        return (x, y, x + w, y + h) if w > 0 and h > 0 else None
    if tag == "use":
        ref = href(node, ctx)
        if ref is None or ref.tag in _SKIPPED - {"symbol"}:
            return None
        inner = _content(ref, ctx, depth + 1) if ref.tag == "symbol" else _element(ref, ctx, depth + 1)
        if ref.tag == "symbol":
            vb = view_box(ref.attrs.get("viewBox"))
            if vb and vb[2] > 0 and vb[3] > 0:
                w = length(node.attrs.get("width"), vb[2], ctx.view_w)
                h = length(node.attrs.get("height"), vb[3], ctx.view_h)
                inner = _mapped(inner, view_box_transform(vb, ref.attrs.get("preserveAspectRatio"), w, h))
        shift = Affine.translate(length(node.attrs.get("x"), 0.0, ctx.view_w),
                                 length(node.attrs.get("y"), 0.0, ctx.view_h))
        return _mapped(inner, shift)
    out: Bounds | None = None
    kids = node.children if tag != "switch" else [c for c in (switch_child(node),) if c is not None]
    for child in kids:
        out = _union(out, _element(child, ctx, depth + 1))
    if tag == "svg":
        vb = view_box(node.attrs.get("viewBox"))
        w = length(node.attrs.get("width"), ctx.view_w, ctx.view_w)
        h = length(node.attrs.get("height"), ctx.view_h, ctx.view_h)
        m = Affine.translate(length(node.attrs.get("x"), 0.0, ctx.view_w), length(node.attrs.get("y"), 0.0, ctx.view_h))
        if vb and vb[2] > 0 and vb[3] > 0:
            m = m @ view_box_transform(vb, node.attrs.get("preserveAspectRatio"), w, h)
        out = _mapped(out, m)
    return out


def _element(node: SvgNode, ctx: Context, depth: int) -> Bounds | None:
    """The bounds of a child element in its parent's user space (its transform applied)."""
    if node.tag in _SKIPPED or node.tag not in KNOWN or (node.attrs.get("display") or "").strip() == "none" \
            or not passes(node):
        return None
    transform = parse_svg_transform(node.attrs.get("transform"))
    if transform is None:
        return None
    return _mapped(_content(node, ctx, depth), transform)


def object_bbox(node: SvgNode, ctx: Context) -> Rect | None:
    """The element's object bounding box in the space its group effects apply in (inside its transform;
    for ``use``, inside its x/y shift; for a nested ``svg``, inside its viewport mapping), or None."""
    if node.tag == "use":
        shift = Affine.translate(-length(node.attrs.get("x"), 0.0, ctx.view_w),
                                 -length(node.attrs.get("y"), 0.0, ctx.view_h))
        b = _mapped(_content(node, ctx, 0), shift)
    elif node.tag == "svg":
        b = None
        for child in node.children:
            b = _union(b, _element(child, ctx, 1))
    else:
        b = _content(node, ctx, 0)
    if b is None:
        return None
    return Rect(b[0], b[1], b[2] - b[0], b[3] - b[1])
