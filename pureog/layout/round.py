"""Pixel-grid snapping exactly as Yoga 3 does it (point scale factor 1), and the result tree.

Input: a laid-out :class:`~pureog.layout.tree.WorkNode` tree (float positions and sizes).
Output: the same tree snapped, then converted to frozen :class:`~pureog.layout.node.LayoutResult`s.

Yoga's rule (``roundLayoutResultsToPixelGrid``): a box's *relative* left/top are rounded on their
own, while its width/height are ``round(absolute right) - round(absolute left)`` computed from the
unrounded absolute edges, so adjacent boxes never leave gaps. Boxes with a measure function (text)
round differently so text is never cut: positions are floored, and a fractional size is ceiled.
Satori then sums the rounded relative positions down the tree, so a box's canvas position can differ
by a pixel from its rounded absolute edge; :mod:`pureog.layout.boxes` reproduces that sum.

Imports only :mod:`pureog.layout.tree` and :mod:`pureog.layout.node`.
"""

from __future__ import annotations

import math

from pureog.f32 import f32_memo as f32  # layout's values repeat (pureog/f32.py)
from pureog.layout.node import LayoutResult
from pureog.layout.tree import BOTTOM, LEFT, NAN, RIGHT, TOP, WorkNode, inexact_equals
from pureog.style.values import Display

# Enum members bound once: reading one through its class costs ~100 ns in CPython 3.11 (the
# enum metaclass), a module global ~10 ns, and the loops below test them per item and pass.
_DISPLAY_CONTENTS = Display.CONTENTS


def round_value_to_pixel_grid(value: float, force_ceil: bool, force_floor: bool) -> float:
    """Snap one value to whole px (Yoga's ``roundValueToPixelGrid`` with scale 1)."""
    if value != value or value in (math.inf, -math.inf):
        return NAN  # C's fmod(inf, 1) is NaN, and so is the rounded value (Yoga reports it so)
    fraction = math.fmod(value, 1.0)
    if fraction == 0.0:  # a whole value (every edge of the stat grid): inexact_equals(0, 0), without the call
        return value - fraction
    if fraction < 0:
        fraction += 1.0  # fmod keeps the sign; we want value - fraction == floor(value)
    if inexact_equals(fraction, 0.0):
        return value - fraction
    if inexact_equals(fraction, 1.0):
        return value - fraction + 1.0
    if force_ceil:
        return value - fraction + 1.0
    if force_floor:
        return value - fraction
    return value - fraction + (1.0 if fraction > 0.5 or inexact_equals(fraction, 0.5) else 0.0)


def round_to_pixel_grid(node: WorkNode, absolute_left: float, absolute_top: float) -> None:
    """Snap ``node`` and its subtree; ``absolute_*``: unrounded position of the parent's box."""
    abs_left, abs_top = snap_to_pixel_grid(node, absolute_left, absolute_top)
    for child in node.tree_children:
        round_to_pixel_grid(child, abs_left, abs_top)


def snap_to_pixel_grid(node: WorkNode, absolute_left: float, absolute_top: float,
                       text_rounding: bool = True) -> tuple[float, float]:
    """Snap ``node`` alone (its subtree is snapped with the position returned: the node's own unrounded
    absolute position); ``absolute_*``: unrounded position of the parent's box. A node's snapping reads
    only its own values and its parent's unrounded position, so a caller may snap each node as it
    walks down the tree (:func:`pureog.layout.boxes.layout_tree` builds the boxes in the same walk).
    ``text_rounding=False``: a node with a measure function is snapped as any box (a browser's pixel
    snapping of its layout units, ``features: browser``), not floored and ceiled as Yoga snaps text."""
    # NaN stays NaN (Yoga reports it too, e.g. for hidden boxes in reverse-wrapped containers).
    if node.style.display is _DISPLAY_CONTENTS:
        # Yoga zeroes a contents box's layout before rounding; rounding still turns its size into
        # NaN when its parent's position is NaN, and Satori reports that.
        node.position = [0.0, 0.0, 0.0, 0.0]
        node.dimension = [0.0, 0.0]
    left = node.position[LEFT]
    top = node.position[TOP]
    width = node.dimension[0]
    height = node.dimension[1]
    abs_left = absolute_left + left
    abs_top = absolute_top + top
    right = abs_left + width
    bottom = abs_top + height
    # Every edge a whole number (the stat grid's 155 boxes: all of them): each rounding below is the
    # identity but for the sign of a zero (``value - fmod(value, 1)``: -0.0 becomes 0.0, as ``+ 0.0``
    # does), and no size is fractional. ``x % 1.0`` is 0 exactly for finite whole x (NaN for NaN and
    # the infinities, which take the general path). This runs once a node: ~10 calls less each.
    if (left % 1.0 == 0.0 and top % 1.0 == 0.0 and abs_left % 1.0 == 0.0 and abs_top % 1.0 == 0.0
            and right % 1.0 == 0.0 and bottom % 1.0 == 0.0
            and -8388608.0 < abs_left < 8388608.0 and -8388608.0 < right < 8388608.0
            and -8388608.0 < abs_top < 8388608.0 and -8388608.0 < bottom < 8388608.0):
        position = node.position
        position[LEFT] = left + 0.0
        position[TOP] = top + 0.0
        node.dimension[0] = (right + 0.0) - (abs_left + 0.0)  # _snapped_size of whole edges in range
        node.dimension[1] = (bottom + 0.0) - (abs_top + 0.0)
        return abs_left, abs_top
    text = text_rounding and node.measure is not None
    fractional_width = _has_fraction(width)
    fractional_height = _has_fraction(height)
    node.position[LEFT] = round_value_to_pixel_grid(left, False, text)
    node.position[TOP] = round_value_to_pixel_grid(top, False, text)
    # Yoga returns each snapped edge as a float and subtracts the two in float.
    node.dimension[0] = _snapped_size(
        round_value_to_pixel_grid(right, text and fractional_width, text and not fractional_width),
        round_value_to_pixel_grid(abs_left, False, text),
    )
    node.dimension[1] = _snapped_size(
        round_value_to_pixel_grid(bottom, text and fractional_height, text and not fractional_height),
        round_value_to_pixel_grid(abs_top, False, text),
    )
    return abs_left, abs_top


def _snapped_size(end: float, start: float) -> float:
    """``f32(f32(end) - f32(start))`` of two snapped edges. Snapped edges are whole numbers (or NaN):
    below 2**23 in magnitude they and their difference are float32 already, so the three roundings
    are the identity (a box's two edges: ~900 f32 calls a stat-grid layout)."""
    if -8388608.0 < end < 8388608.0 and -8388608.0 < start < 8388608.0:
        return end - start
    return f32(f32(end) - f32(start))


def _has_fraction(size: float) -> bool:
    if size in (math.inf, -math.inf):
        return True  # fmod(inf, 1) is NaN in C, which equals neither 0 nor 1
    fraction = math.fmod(size, 1.0)
    if fraction == 0.0:
        return False  # a whole size: inexact_equals(0, 0), without the call
    return not inexact_equals(fraction, 0.0) and not inexact_equals(fraction, 1.0)


def to_result(node: WorkNode) -> LayoutResult:
    """Freeze a (snapped) work node into a :class:`LayoutResult` tree."""
    if node.style.display is _DISPLAY_CONTENTS:
        # A contents box generates no box; Yoga reports it as 0x0 at 0,0 (snapped like any box).
        return LayoutResult(
            node.position[LEFT] + 0.0,
            node.position[TOP] + 0.0,
            node.dimension[0] + 0.0,
            node.dimension[1] + 0.0,
            (0.0, 0.0, 0.0, 0.0),
            (0.0, 0.0, 0.0, 0.0),
            (0.0, 0.0, 0.0, 0.0),
            tuple(to_result(child) for child in node.tree_children),
            node.source.key,
        )
    position, dimension = node.position, node.dimension
    border, padding, margin = node.layout_border, node.layout_padding, node.layout_margin
    # (runs once a node: the edges reordered in place, not through a helper; ~1 us less a node)
    return LayoutResult(
        position[LEFT] + 0.0,
        position[TOP] + 0.0,
        dimension[0] + 0.0,
        dimension[1] + 0.0,
        (border[TOP], border[RIGHT], border[BOTTOM], border[LEFT]),
        (padding[TOP], padding[RIGHT], padding[BOTTOM], padding[LEFT]),
        (margin[TOP], margin[RIGHT], margin[BOTTOM], margin[LEFT]),
        tuple([to_result(child) for child in node.tree_children]),
        node.source.key,
    )
