"""The blur budget checked before rendering (spec/limits.md): filter regions a render certainly
charges to the budget (:func:`pureog.limits.blur_pixel_budget`) fail at once instead of after minutes of
blurring."""

from __future__ import annotations

import math

from pureog.display import Group
from pureog.errors import LimitError
from pureog.geometry import IDENTITY, Affine
from pureog.limits import blur_pixel_budget

BLUR_REGION_COPY = 16
"""Region pixels a box blur's region is charged as one worked pixel (raster/render_filters.py
``_box_blur_work``): every pixel of it is copied out, split into its four channel planes, joined and
written back (C-speed slices, ~10 ns a pixel); its passes are charged the pixels they work on."""


def blur_budget_exceeded(budget: int, path: str | None = None) -> LimitError:
    return LimitError(f"shadows, blurs and filters cover more than {budget:,} pixels in all (spec/limits.md)",
                      path=path)


def check_blur_budget(root: Group, width: int, height: int, sources: dict[int, str] | None = None) -> None:
    """Fail at once where the render would fail after minutes: the filter regions that rendering
    certainly charges to the blur budget (raster/render.py ``_Renderer._spend_blur``: region blurs of groups that
    draw, outside any clip or mask, which could make a group draw nothing) already exceed it. The error
    names the element the last counted region belongs to (``sources``: DisplayList.sources)."""
    total = 0
    budget = blur_pixel_budget(width, height)
    names = sources or {}
    stack: list[tuple[Group, Affine, str | None]] = [(root, IDENTITY, None)]
    while stack:
        g, parent, path = stack.pop()
        path = names.get(id(g), path)
        if g.opacity <= 0.0 or g.clip is not None or g.mask is not None or g.svg_filters:
            continue
        # composed only when asked for: most groups are a glyph's (a translation over one fill), which
        # need no map (the stat grid: 380 of 381 groups)
        m = parent if g.transform.is_identity else None
        if g.backdrop is not None and any(isinstance(step, float) for step in g.backdrop.steps):
            m = parent @ g.transform if m is None else m
            # a backdrop blur is charged at least its shape's canvas box (its padding comes on top)
            found = g.backdrop.shape.path.transformed(m).bounds()
            if found is not None:
                x0, y0 = max(0, math.floor(found.x)), max(0, math.floor(found.y))
                x1, y1 = min(width, math.ceil(found.right)), min(height, math.ceil(found.bottom))
                total += max(0, x1 - x0) * max(0, y1 - y0)
                if total > budget:
                    raise blur_budget_exceeded(budget, path)
        if not g.children:
            continue
        # a blur's region once; a drop-shadow filter's (text shadows) once a shadow (render_filters.shadowed)
        region, planes = ((g.blur.region, 1) if g.blur is not None and g.blur.region is not None else
                          (g.shadow.region, max(1, len(g.shadow.shadows))) if g.shadow is not None else (None, 0))
        if region is not None:
            from pureog.raster.filter import region_box  # noqa: PLC0415  (effects load on use)

            m = parent @ g.transform if m is None else m
            box = region_box(region, m, width, height)
            if box is not None:
                area = (box[2] - box[0]) * (box[3] - box[1]) * planes
                blur = g.blur
                if blur is not None and region is blur.region and _box_blurred(blur.std_dev_x, blur.std_dev_y, m):
                    area = -(-area // BLUR_REGION_COPY)  # its passes' pixels depend on the paint
                total += area
                if total > budget:
                    raise blur_budget_exceeded(budget, path)
        for child in g.children:
            if isinstance(child, Group):
                m = parent @ g.transform if m is None else m
                stack.append((child, m, path))


def _box_blurred(std_dev_x: float, std_dev_y: float, m: Affine) -> bool:
    """Whether a blur drawn under ``m`` runs resvg's box passes (a device deviation of 2 px or more), which
    are charged the pixels they work on, the region only its copy (raster/render_filters.py
    ``_box_blur_work``)."""
    scale_x, scale_y = m.scale_factors
    return max(scale_x * std_dev_x, scale_y * std_dev_y) >= 2.0
