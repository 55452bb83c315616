"""Painting one element's own box: its background colour and overflow clip, as display nodes.

Borders live in :mod:`pureog.paint.border`. Input: ComputedStyle + border-box Rect -> display nodes.
Imports no text or raster.
"""

from __future__ import annotations

from pureog.contour import ROUND_CORNERS
from pureog.display import Clip, FillPath, Node, SolidPaint
from pureog.geometry import Rect
from pureog.paint.box_areas import area_outline, border_widths
from pureog.paint.radius import box_outline, corner_shapes
from pureog.path import Radii, has_radius, rect_path
from pureog.style.computed import ComputedStyle


def paint_background(style: ComputedStyle, rect: Rect, radii: Radii,
                     padding: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)) -> list[Node]:
    """The background colour over the border box, or, where ``background-clip`` is read as CSS reads
    it (a box per layer), over the bottom layer's box (CSS Backgrounds 3, section 3.7)."""
    color = style.background_color
    if color is None or color.is_transparent or rect.width <= 0 or rect.height <= 0:
        return []
    clips = style.background_clip
    if isinstance(clips, tuple):
        bottom = clips[(max(1, len(style.background_image)) - 1) % len(clips)]
        shape = area_outline(bottom, rect, radii, corner_shapes(style), border_widths(style), padding)
        return [] if shape is None else [FillPath(shape, SolidPaint(color))]
    return [FillPath(box_outline(rect, radii, corner_shapes(style)), SolidPaint(color))]


def clip_for(rect: Rect, radii: Radii, shapes: tuple[float, float, float, float] = ROUND_CORNERS) -> Clip:
    """The clip an element with ``overflow: hidden`` puts on its children (its border box; ``shapes``:
    its corner shapes, features: browser)."""
    return Clip(box_outline(rect, radii, shapes) if has_radius(radii) else rect_path(rect))
