"""SVG ``clip-path="url(#id)"`` -> a :class:`~pureog.display.Clip` (the union of the clipPath's shapes).

Input: the element with the attribute, the context. Output: the Clip (in the element's user space,
after its transform), None for no clip, or False when it clips everything away. Shapes (and ``use``
of shapes) inside the clipPath are united with their transforms; ``clip-rule`` evenodd on any makes
the union evenodd. Imports display, path and the renderer's helpers.
"""

from __future__ import annotations

from pureog.display import Clip, FillRule
from pureog.geometry import Affine
from pureog.images.svg.context import Context, sane_bounds, url_target
from pureog.images.svg.shape import SHAPES, shape_path
from pureog.images.svg.tree import SvgNode
from pureog.images.svg.units import USVG_FONT_SIZE, length, parse_transform
from pureog.path import PathBuilder


def clip_of(node: SvgNode, ctx: Context) -> Clip | None | bool:
    """The Clip of a ``clip-path`` attribute; False when it clips everything away."""
    text = node.attrs.get("clip-path")
    if not text or text.strip() == "none":
        return None
    ref, _ = url_target(text, ctx)
    if ref is None or ref.tag != "clipPath":
        return None
    base = parse_transform(ref.attrs.get("transform"))
    pb = PathBuilder()
    rule = FillRule.NONZERO
    for child in ref.children:
        target = child
        if child.tag == "use":
            href = child.attrs.get("href") or child.attrs.get("xlink:href") or ""
            target = ctx.ids.get(href[1:], child) if href.startswith("#") else child
        if target.tag not in SHAPES or child.attrs.get("display") == "none":
            continue
        path = shape_path(target, ctx, USVG_FONT_SIZE)
        if not sane_bounds(path):
            continue  # hostile input: a clip shape past float range clips as if absent
        m = base @ parse_transform(child.attrs.get("transform"))
        if target is not child:
            m = m @ Affine.translate(length(child.attrs.get("x"), 0.0), length(child.attrs.get("y"), 0.0))
            m = m @ parse_transform(target.attrs.get("transform"))
        pb.extend(path if m.is_identity else path.transformed(m))
        if (child.attrs.get("clip-rule") or ref.attrs.get("clip-rule")) == "evenodd":
            rule = FillRule.EVENODD
    built = pb.build()
    if built.is_empty:
        return False
    return Clip(built, rule)
