"""resvg's clip of a shape clipped on its own: the clip path is filled into the shape's trimmed layer.

Role: Satori gives every shape its own ``clip-path`` (the border runs of a box each get the box's
outline, the shapes under ``overflow: hidden`` the container's). resvg 0.29 renders such a shape into a
canvas-sized layer, trims the layer to the shape's pixels (``trim_transparency``, see
:mod:`pureog.raster.trim`) and only then fills the clip path into a mask *of the trimmed layer's size*.
When the clip path's bounds leave that small pixmap, tiny-skia cuts its segments to it first
(:mod:`pureog.raster.edge_clip`): a curve is chopped at its extrema and at the layer's edges, the
pieces are stepped on other polylines, and the clip's coverage along the curve changes by up to 1/16
of a pixel, inside the layer as well as at its edges. A 1 px border whose sides differ in colour on a
fully rounded 32 px box: the top run's layer is 7 rows tall, the circle it is clipped to is cut there,
and the top run's pixels come out fully opaque where the whole ring's are 81 % (measured with Next's
resvg on Satori's SVG). A clip of straight lines only is cut exactly, so it is left alone.

:func:`own_clip_mask` gives the clip mask resvg applies to one anti-aliased shape; the renderer
(:mod:`pureog.raster.render`) asks for it for the shapes drawn straight under a clip group in a
Next.js document.
Imports raster helpers only; no style, layout or text.
"""

from __future__ import annotations

from collections.abc import Callable

from pureog.display import Clip, FillPath
from pureog.geometry import Affine
from pureog.raster import blend
from pureog.raster.path_mask import clip_mask, path_bounds, path_mask
from pureog.raster.scan import Mask

Box = tuple[int, int, int, int]


def trimmed_rect(shape: Mask, canvas: Box) -> Box | None:
    """The rectangle resvg keeps of a layer holding only ``shape``'s coverage (its rows first and last
    with paint; the columns of the rows above the last one and the last one's first pixel; one pixel
    more a side, two past the right edge), within ``canvas``; None when nothing is painted."""
    # Each distinct row is stripped once: a box side's rows repeat (the stat grid's 30 border runs are
    # 88 rows of ~12 distinct ones), and stripping every row was ~1 ms of that card's raster.
    rows = shape.rows
    painted = {row for row in set(rows) if row and row.strip(b"\x00")}
    if not painted:
        return None
    top = 0
    while rows[top] not in painted:
        top += 1
    bottom = len(rows) - 1
    while rows[bottom] not in painted:
        bottom -= 1
    last = rows[bottom]
    assert last is not None  # (a painted row)
    # left: the first painted pixel of any painted row; right: the last painted pixel of the painted
    # rows above the last one, or the last row's first painted pixel when it is the only one
    left = min(len(row) - len(row.lstrip(b"\x00")) for row in painted)
    right = len(last) - len(last.lstrip(b"\x00"))
    above = painted.intersection(rows[top:bottom])
    if above:
        right = max(right, max(len(row.rstrip(b"\x00")) for row in above) - 1)
    cx0, cy0, cx1, cy1 = canvas
    x, y = shape.x, shape.y
    return (max(x + left - 1, cx0), max(y + top - 1, cy0), min(x + right + 2, cx1), min(y + bottom + 2, cy1))


def _has_curves(clip: Clip) -> bool:
    paths = [path for path, _rule in clip.parts] if clip.parts else [clip.path]
    return any(seg[0] in ("C", "Q") for path in paths for seg in path.segments)


def _inside(clip: Clip, m: Affine, rect: Box) -> bool:
    """Whether the clip path's device bounds (its local bounds' corners mapped) lie inside ``rect``."""
    x0, y0, x1, y1 = path_bounds(clip.path)
    xs = [m.a * x + m.c * y + m.e for x in (x0, x1) for y in (y0, y1)]
    ys = [m.b * x + m.d * y + m.f for x in (x0, x1) for y in (y0, y1)]
    return min(xs) >= rect[0] and min(ys) >= rect[1] and max(xs) <= rect[2] and max(ys) <= rect[3]


def own_clip_mask(node: FillPath, m: Affine, clip: Clip, clip_m: Affine, outer: Mask | None,
                  applied: Mask | None, canvas: Box,
                  trim: Callable[[Mask, Box], Box | None] | None = None) -> Mask | None:
    """The clip mask resvg applies to ``node`` (drawn under ``m``), clipped by ``clip`` (under
    ``clip_m``) within the clips ``outer`` around it; ``applied`` (that clip filled into the canvas,
    intersected with ``outer``) where the trimmed layer holds the whole clip path or the path is
    straight."""
    if not _has_curves(clip):
        return applied
    shape = path_mask(node.path, node.fill_rule, m, canvas, canvas)
    if shape is None:
        return applied
    rect = (trim or trimmed_rect)(shape, canvas)
    if rect is None:
        return applied
    return layer_clip_mask(clip, clip_m, outer, applied, rect)


def layer_clip_mask(clip: Clip, clip_m: Affine, outer: Mask | None, applied: Mask | None, rect: Box) -> Mask | None:
    """The clip mask resvg applies to a layer it trimmed to ``rect``: ``clip`` (under ``clip_m``) filled
    into a pixmap of that rectangle, intersected with the clips ``outer`` around it; ``applied`` (the
    clip filled into the canvas, intersected with ``outer``) where the rectangle holds the whole clip
    path or the path is straight."""
    if not _has_curves(clip) or _inside(clip, clip_m, rect):
        return applied
    box = rect if outer is None else (max(rect[0], outer.x), max(rect[1], outer.y),
                                      min(rect[2], outer.x + outer.width), min(rect[3], outer.y + outer.height))
    if box[2] <= box[0] or box[3] <= box[1]:
        return None
    # filled into the trimmed pixmap in its own coordinates (resvg shifts the transform by its origin)
    kx, ky = rect[0], rect[1]
    local = clip_mask(clip, Affine.translate(-kx, -ky) @ clip_m, (box[0] - kx, box[1] - ky, box[2] - kx, box[3] - ky),
                      (0, 0, rect[2] - kx, rect[3] - ky))
    own = None if local is None else Mask(local.x + kx, local.y + ky, local.width, local.height, local.rows)
    if own is None or outer is None:
        return own
    return blend.intersect(own, outer)
