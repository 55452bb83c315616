"""An element's border, padding and content boxes, and their rounded outlines, for background layers.

Role: CSS Backgrounds 3's ``background-origin`` (section 3.8: the box a layer is positioned and sized
in) and ``background-clip`` (3.7: the box its paint is clipped to) where a layer is read as CSS reads
it: with ``features: browser``, and where a ``background`` shorthand Next.js throws on set them (the
gradient-border trick, ``linear-gradient(#fff, #fff) padding-box, linear-gradient(...) border-box``:
style/css_background.py). Satori paints every layer over the border box. The inner boxes' corners are
the border box's radii shrunk by the borders (and paddings) beside them (section 5.3, as
:func:`~pureog.paint.radius.inner_radii` computes the padding edge's).

Input: the border box, its radii and corner shapes, the borders' and paddings' px per side (top,
right, bottom, left). Imports no text or raster.
"""

from __future__ import annotations

from pureog.geometry import Rect
from pureog.paint.radius import box_outline, inner_radii
from pureog.path import Path, Radii
from pureog.style.computed import ComputedStyle

Sides = tuple[float, float, float, float]


def border_widths(style: ComputedStyle) -> Sides:
    """The border's widths per side (top, right, bottom, left), as the style gives them."""
    return (style.border_top_width, style.border_right_width, style.border_bottom_width, style.border_left_width)


def box_inset(kind: str, borders: Sides, padding: Sides) -> Sides:
    """How far the box ``kind`` (border-box, padding-box, content-box) lies inside the border box, per side."""
    if kind == "padding-box":
        return borders
    if kind == "content-box":
        return (borders[0] + padding[0], borders[1] + padding[1], borders[2] + padding[2], borders[3] + padding[3])
    return (0.0, 0.0, 0.0, 0.0)


def area(kind: str, rect: Rect, borders: Sides, padding: Sides) -> Rect:
    """The box ``kind`` of the element whose border box is ``rect``."""
    top, right, bottom, left = box_inset(kind, borders, padding)
    return rect.inset(top, right, bottom, left)


def area_outline(kind: str, rect: Rect, radii: Radii, shapes: tuple[float, float, float, float],
                 borders: Sides, padding: Sides) -> Path | None:
    """The outline of the box ``kind``, its corners rounded as the border box's less the inset beside
    them; None where the box is empty (a layer clipped to it paints nothing)."""
    inset = box_inset(kind, borders, padding)
    box = rect.inset(*inset)
    if not (box.width > 0 and box.height > 0):
        return None
    return box_outline(box, inner_radii(radii, *inset) if any(inset) else radii, shapes)
