"""Painting one element's own box: background colour and borders, as display-list fills.

Satori draws a border as a stroke of twice the width centred on the border-box outline and clipped to
it; for solid borders that is exactly the ring between the outer rounded rectangle and the same shape
inset by the border widths, which is what we fill (even-odd), one ring per run of sides that share a
colour. Input: ComputedStyle + border-box Rect -> tuple of display nodes. Imports no text or raster.
"""

from __future__ import annotations

from pureog.color import Color
from pureog.display import Clip, FillPath, FillRule, Group, Node, SolidPaint
from pureog.errors import StyleError
from pureog.geometry import Rect
from pureog.paint.radius import inner_radii, resolve_radii
from pureog.path import PathBuilder, Radii, has_radius, rect_path, rounded_rect_path
from pureog.style.computed import ComputedStyle
from pureog.style.values import BorderStyle


def box_outline(style: ComputedStyle, rect: Rect) -> tuple[Radii, object]:
    """The border-box radii and outline path of an element."""
    radii = resolve_radii(style, rect.width, rect.height)
    return radii, rounded_rect_path(rect, radii)


def paint_background(style: ComputedStyle, rect: Rect, radii: Radii) -> list[Node]:
    color = style.background_color
    if color.is_transparent or rect.width <= 0 or rect.height <= 0:
        return []
    return [FillPath(rounded_rect_path(rect, radii), SolidPaint(color))]


def _border_sides(style: ComputedStyle) -> list[tuple[float, BorderStyle, Color]]:
    return [
        (style.border_top_width, style.border_top_style, style.border_top_color),
        (style.border_right_width, style.border_right_style, style.border_right_color),
        (style.border_bottom_width, style.border_bottom_style, style.border_bottom_color),
        (style.border_left_width, style.border_left_style, style.border_left_color),
    ]


def paint_border(style: ComputedStyle, rect: Rect, radii: Radii, path: str) -> list[Node]:
    sides = _border_sides(style)
    if not any(w > 0 for w, _, _ in sides) or rect.width <= 0 or rect.height <= 0:
        return []
    for width, border_style, _ in sides:
        if width > 0 and border_style == BorderStyle.DASHED:
            raise StyleError("dashed borders are not supported yet", path=f"{path}.style.borderStyle")
    top, right, bottom, left = (w for w, _, _ in sides)
    inner_rect = rect.inset(top, right, bottom, left)
    outer = rounded_rect_path(rect, radii)
    inner = rounded_rect_path(inner_rect, inner_radii(radii, top, right, bottom, left))
    ring = PathBuilder().extend(outer).extend(inner).build()
    colors = {c for w, _, c in sides if w > 0}
    if len(colors) == 1:
        (color,) = colors
        return [FillPath(ring, SolidPaint(color), FillRule.EVENODD)] if not color.is_transparent else []
    # Sides of different colours: each side owns the trapezoid between its outer edge and the padding
    # box's corners (CSS's corner split), intersected with the ring. The outer corners are pushed 1 px
    # outwards so the clip never trims the ring's anti-aliased outer edge.
    nodes: list[Node] = []
    x0, y0, x1, y1 = rect.x - 1, rect.y - 1, rect.right + 1, rect.bottom + 1
    ix0, iy0, ix1, iy1 = inner_rect.x, inner_rect.y, inner_rect.right, inner_rect.bottom
    trapezoids = (
        ((x0, y0), (x1, y0), (ix1, iy0), (ix0, iy0)),
        ((x1, y0), (x1, y1), (ix1, iy1), (ix1, iy0)),
        ((x1, y1), (x0, y1), (ix0, iy1), (ix1, iy1)),
        ((x0, y1), (x0, y0), (ix0, iy0), (ix0, iy1)),
    )
    for (width, _, color), quad in zip(sides, trapezoids, strict=False):
        if width <= 0 or color.is_transparent:
            continue
        b = PathBuilder().move_to(*quad[0])
        for point in quad[1:]:
            b.line_to(*point)
        clip = Clip(b.close().build())
        nodes.append(Group((FillPath(ring, SolidPaint(color), FillRule.EVENODD),), clip=clip))
    return nodes


def clip_for(rect: Rect, radii: Radii) -> Clip:
    """The clip an element with ``overflow: hidden`` puts on its children (its border box)."""
    return Clip(rounded_rect_path(rect, radii) if has_radius(radii) else rect_path(rect))
