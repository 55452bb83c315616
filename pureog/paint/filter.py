"""CSS filter functions -> display-list filters, as usvg 0.29 converts them for resvg.

Input: an element's filter functions (:mod:`pureog.style.filter`) and one of its shapes (a display
node in the element's local coordinates) -> that shape wrapped in one group per function, innermost
first, each group filtering what the inner ones made. Imports no raster, text or layout internals.

What usvg does with ``filter: f1 f2 ...`` on a shape: one SVG filter per function, applied in order to
the shape's layer, every one with its own region in units of the shape's bounding box (the bounding box
of its paint before any filter). ``blur()`` and ``drop-shadow()`` get -100%/200% (so the region ends at
the box's right and bottom edges, unless resvg's ``fit_to_rect`` moves it right; see
:class:`pureog.display.Filter`), the colour functions -10%/120%. Each result is cut to its region:
``blur(6px) brightness(1)`` loses the blur beyond 10% of the box. The colour functions become:

=============  ===================================================================================
brightness(a)  ``feFuncRGB type=linear slope=a``
contrast(a)    ``linear slope=a intercept=0.5 - a/2``
invert(a)      ``table a 1-a`` (a capped at 1)
opacity(a)     ``feFuncA table 0 a`` (a capped at 1)
grayscale(a)   the Filter Effects matrix with usvg's coefficients 0.2126/0.7152/0.0722 (a capped at 1)
sepia(a)       the Filter Effects sepia matrix (a capped at 1)
saturate(a)    svgfilters' saturate matrix (coefficients 0.213/0.715/0.072), alpha untouched
hue-rotate(d)  svgfilters' hue-rotate matrix, alpha untouched
=============  ===================================================================================
"""

from __future__ import annotations

import math

from pureog.display import (
    Blur,
    ColorMatrix,
    ComponentTransfer,
    DropShadow,
    Filter,
    Group,
    LinearTransfer,
    Node,
    TableTransfer,
)
from pureog.geometry import Rect
from pureog.style.filter import FilterFunction

_ALPHA_ROW = (0.0, 0.0, 0.0, 1.0, 0.0)


def _grayscale(amount: float) -> ColorMatrix:
    k = 1.0 - min(amount, 1.0)
    return ColorMatrix((
        0.2126 + 0.7874 * k, 0.7152 - 0.7152 * k, 0.0722 - 0.0722 * k, 0.0, 0.0,
        0.2126 - 0.2126 * k, 0.7152 + 0.2848 * k, 0.0722 - 0.0722 * k, 0.0, 0.0,
        0.2126 - 0.2126 * k, 0.7152 - 0.7152 * k, 0.0722 + 0.9278 * k, 0.0, 0.0,
        *_ALPHA_ROW,
    ))  # fmt: skip


def _sepia(amount: float) -> ColorMatrix:
    k = 1.0 - min(amount, 1.0)
    return ColorMatrix((
        0.393 + 0.607 * k, 0.769 - 0.769 * k, 0.189 - 0.189 * k, 0.0, 0.0,
        0.349 - 0.349 * k, 0.686 + 0.314 * k, 0.168 - 0.168 * k, 0.0, 0.0,
        0.272 - 0.272 * k, 0.534 - 0.534 * k, 0.131 + 0.869 * k, 0.0, 0.0,
        *_ALPHA_ROW,
    ))  # fmt: skip


def _saturate(amount: float) -> ColorMatrix:
    v = max(amount, 0.0)
    return ColorMatrix((
        0.213 + 0.787 * v, 0.715 - 0.715 * v, 0.072 - 0.072 * v, 0.0, 0.0,
        0.213 - 0.213 * v, 0.715 + 0.285 * v, 0.072 - 0.072 * v, 0.0, 0.0,
        0.213 - 0.213 * v, 0.715 - 0.715 * v, 0.072 + 0.928 * v, 0.0, 0.0,
        *_ALPHA_ROW,
    ))  # fmt: skip


def _hue_rotate(degrees: float) -> ColorMatrix:
    angle = math.radians(degrees)
    a1, a2 = math.cos(angle), math.sin(angle)
    return ColorMatrix((
        0.213 + 0.787 * a1 - 0.213 * a2, 0.715 - 0.715 * a1 - 0.715 * a2, 0.072 - 0.072 * a1 + 0.928 * a2, 0.0, 0.0,
        0.213 - 0.213 * a1 + 0.143 * a2, 0.715 + 0.285 * a1 + 0.140 * a2, 0.072 - 0.072 * a1 - 0.283 * a2, 0.0, 0.0,
        0.213 - 0.213 * a1 - 0.787 * a2, 0.715 - 0.715 * a1 + 0.715 * a2, 0.072 + 0.928 * a1 + 0.072 * a2, 0.0, 0.0,
        *_ALPHA_ROW,
    ))  # fmt: skip


def color_op(f: FilterFunction) -> ColorMatrix | ComponentTransfer:
    """The filter primitive of a colour function (see the module's table)."""
    a = f.amount
    if f.name == "brightness":
        return ComponentTransfer(rgb=LinearTransfer(a, 0.0))
    if f.name == "contrast":
        return ComponentTransfer(rgb=LinearTransfer(a, -(0.5 * a) + 0.5))
    if f.name == "invert":
        a = min(a, 1.0)
        return ComponentTransfer(rgb=TableTransfer((a, 1.0 - a)))
    if f.name == "opacity":
        return ComponentTransfer(alpha=TableTransfer((0.0, min(a, 1.0))))
    if f.name == "grayscale":
        return _grayscale(a)
    if f.name == "sepia":
        return _sepia(a)
    if f.name == "saturate":
        return _saturate(a)
    if f.name == "hue-rotate":
        return _hue_rotate(a)
    raise ValueError(f"not a colour filter function: {f.name}")


def _spread_region(bb: Rect) -> Rect:
    """usvg's region for blur() and drop-shadow(): x, y -100%, width, height 200% of the bounding box,
    so it ends at the box's right and bottom edges unless resvg moves it right (see Filter)."""
    return Rect(bb.x - bb.width, bb.y - bb.height, 2.0 * bb.width, 2.0 * bb.height)


def filter_groups(functions: tuple[FilterFunction, ...], node: Node, bb: Rect | None) -> Node:
    """``node`` (bounding box ``bb``, local coordinates) under each filter function in turn."""
    for f in functions:
        if bb is None:
            break  # nothing painted: no region, nothing to filter
        if f.name == "blur":
            if f.amount > 0:
                node = Group((node,), blur=Blur(f.amount, f.amount, _spread_region(bb)))
            continue
        if f.name == "drop-shadow":
            op: ColorMatrix | ComponentTransfer | DropShadow = DropShadow(f.dx, f.dy, f.amount, f.color)
            region = _spread_region(bb)
        else:
            op = color_op(f)
            region = Rect(bb.x - 0.1 * bb.width, bb.y - 0.1 * bb.height, 1.2 * bb.width, 1.2 * bb.height)
        node = Group((node,), filter=Filter(op, region))
    return node


__all__ = ["color_op", "filter_groups"]
