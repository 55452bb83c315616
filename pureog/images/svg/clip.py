"""SVG ``clip-path="url(#id)"`` -> :class:`~pureog.display.Clip` s (each the union of a clipPath's shapes).

Input: the element with the attribute, the context. Output: the Clips (in the element's user space,
after its transform: the clipPath's own, then those of a ``clip-path`` on the clipPath, to intersect),
None for no clip, or False when they clip everything away. ``clipPathUnits="objectBoundingBox"`` maps
the shapes onto the element's object bounding box. Shapes (and ``use``
of shapes, or of such ``use`` chains) inside the clipPath are united with their transforms, each
filled under its own ``clip-rule`` (the Clip's parts: resvg clears each shape's coverage in turn, so
opposite windings do not cancel). Imports display, path and the renderer's helpers.
"""

from __future__ import annotations

from pureog.display import Clip, FillRule
from pureog.geometry import Affine
from pureog.images.svg.conditions import passes
from pureog.images.svg.context import Context, charge, sane_bounds, url_target
from pureog.images.svg.shape import SHAPES, shape_path
from pureog.images.svg.tree import SvgNode
from pureog.images.svg.units import USVG_FONT_SIZE, length, parse_transform
from pureog.path import Path, PathBuilder

_MAX_CLIP_CHAIN = 8
"""``clip-path`` links followed from a clipPath to the next (a longer chain, or a cycle, is hostile input)."""


def clips_of(node: SvgNode, ctx: Context) -> list[Clip] | None | bool:
    """The Clips of a ``clip-path`` attribute, outermost first: the clipPath's own, then those of the
    ``clip-path`` the clipPath itself carries (resvg clears its clip layer by that one too, in the
    element's user space: the region is their intersection); None for no clip, False when they clip
    everything away."""
    text = node.attrs.get("clip-path")
    if not text or text.strip() == "none":
        return None
    ref, _ = url_target(text, ctx)
    clips: list[Clip] = []
    seen: set[int] = set()
    while ref is not None and ref.tag == "clipPath" and id(ref) not in seen and len(seen) < _MAX_CLIP_CHAIN:
        seen.add(id(ref))
        one = _clip(node, ref, ctx)
        if one is False:
            return False
        assert isinstance(one, Clip)
        clips.append(one)
        link = ref.attrs.get("clip-path")
        if not link or link.strip() == "none":
            break
        ref, _ = url_target(link, ctx)
    return clips or None


def _clip(node: SvgNode, ref: SvgNode, ctx: Context) -> Clip | bool:
    """The Clip of the clipPath ``ref`` applied to ``node``; False when it clips everything away."""
    base = parse_transform(ref.attrs.get("transform"))
    if (ref.attrs.get("clipPathUnits") or "").strip() == "objectBoundingBox":
        # The shapes are fractions of the element's object bounding box: usvg maps them onto it
        # after the clipPath's own transform; an element without an area has nothing to clip to.
        from pureog.images.svg.bbox import object_bbox  # noqa: PLC0415  (bounding-box units are rare)

        box = object_bbox(node, ctx)
        if box is None or not (box.width > 0 and box.height > 0):
            return False
        base = base @ Affine(box.width, 0.0, 0.0, box.height, box.x, box.y)
    pb = PathBuilder()
    evenodd = [False]
    parts: list[tuple[Path, FillRule]] = []
    for child in ref.children:
        _add_shape(child, base, ref.attrs.get("clip-rule"), ctx, pb, evenodd, 0, parts)
    built = pb.build()
    if built.is_empty:
        return False
    if len(parts) > 1:  # resvg clears each shape's coverage on its own: a union, whatever their windings
        return Clip(built, FillRule.EVENODD if evenodd[0] else FillRule.NONZERO, tuple(parts))
    return Clip(built, FillRule.EVENODD if evenodd[0] else FillRule.NONZERO)


_MAX_USE_CHAIN = 32
"""``use`` of ``use`` links followed inside a clipPath (rosvgtree drops recursive links; a longer chain
is hostile input)."""


def _add_shape(child: SvgNode, m: Affine, rule: str | None, ctx: Context, pb: PathBuilder, evenodd: list[bool],
               depth: int, parts: list[tuple[Path, FillRule]]) -> None:
    """One clipPath child into the union: a shape, or a ``use`` of a shape or of another such ``use``
    (rosvgtree copies the linked element into the ``use``, and usvg converts a ``use``'s copy with the
    clipPath's rules again: shapes and ``use`` only, so a ``use`` of a ``g`` adds nothing)."""
    if child.attrs.get("display") == "none" or not passes(child):
        return
    m = m @ parse_transform(child.attrs.get("transform"))
    rule = child.attrs.get("clip-rule") or rule  # the linked copy inherits the use's
    if child.tag == "use":
        href = child.attrs.get("href") or child.attrs.get("xlink:href") or ""
        target = ctx.ids.get(href[1:]) if href.startswith("#") else None
        if target is None or target is child or depth >= _MAX_USE_CHAIN:
            return
        m = m @ Affine.translate(length(child.attrs.get("x"), 0.0), length(child.attrs.get("y"), 0.0))
        _add_shape(target, m, rule, ctx, pb, evenodd, depth + 1, parts)
        return
    if child.tag not in SHAPES:
        return
    path = shape_path(child, ctx, USVG_FONT_SIZE)
    # charged as a drawn element and its segments (hostile input: each element clipped builds its clip
    # chain's shapes again, eight links of any number of shapes; round seventeen, uncharged, 200 rects
    # clipped by chains of two-shape clipPaths, drawn 20 times, built 64,000 shapes: ~9 s)
    charge(ctx, 10 + len(path.segments))
    if not sane_bounds(path):
        return  # hostile input: a clip shape past float range clips as if absent
    placed = path if m.is_identity else path.transformed(m)
    pb.extend(placed)
    parts.append((placed, FillRule.EVENODD if rule == "evenodd" else FillRule.NONZERO))
    if rule == "evenodd":
        evenodd[0] = True
