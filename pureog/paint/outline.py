"""``outline`` (``features: browser``; Next.js draws none), as Chromium draws it.

The outline is a border drawn outside the border box: its inner edge is the border box grown by
``outlineOffset``, its outer edge that grown by ``outlineWidth``. Chromium rounds it along the box's
radii grown by the offset (and by the width outside), and paints its styles as it paints border
styles, so the ring is drawn by :func:`pureog.paint.border_styles.paint_chrome_border` around the
outer rectangle. ``auto`` is read as ``solid`` (style/property_parsers.py).
"""

from __future__ import annotations

from pureog.display import Node
from pureog.geometry import Rect
from pureog.paint.border_styles import paint_chrome_border
from pureog.path import Radii, has_radius
from pureog.style.computed import ComputedStyle
from pureog.style.values import BorderStyle


def paint_outline(style: ComputedStyle, rect: Rect, radii: Radii, aligned: bool = False) -> list[Node]:
    """The element's outline (``aligned``: drawn untransformed, on the canvas's pixel grid)."""
    width, offset = style.outline_width, style.outline_offset
    if style.outline_style in (BorderStyle.NONE, BorderStyle.HIDDEN) or width <= 0:
        return []
    grow = offset + width
    outer = Rect(rect.x - grow, rect.y - grow, rect.width + 2 * grow, rect.height + 2 * grow)
    if outer.width <= 2 * width or outer.height <= 2 * width:
        return []
    outer_radii: Radii = radii
    if has_radius(radii):
        outer_radii = tuple((max(0.0, rx + (grow)), max(0.0, ry + (grow))) if rx > 0 and ry > 0 else (0.0, 0.0)
                            for rx, ry in radii)  # type: ignore[assignment]
    color = style.outline_color if style.outline_color is not None else style.color
    side = (width, style.outline_style, color)
    return paint_chrome_border([side, side, side, side], outer, outer_radii, aligned=aligned)
