"""Border radii: resolve a ComputedStyle's corner radii against a box the way Satori 0.29 does.

Satori does not scale all radii by one factor (CSS Backgrounds §5.5); it resolves each edge's pair on
its own (``resolveSize`` in builder/border-radius.ts) and, for radii written as one absolute value,
keeps the corner circular by taking the smaller of its two resolved radii. We follow it, because the
corners are visible in every rounded card. Input: ComputedStyle + box size -> :data:`pureog.path.Radii`.
"""

from __future__ import annotations

from pureog import caches
from pureog.contour import ROUND_CORNERS, contoured_rect_path
from pureog.geometry import Rect
from pureog.path import Path, Radii, has_radius, rounded_rect_path
from pureog.style.computed import ComputedStyle, CornerRadius, RadiusPair
from pureog.style.values import Percent, satori_length

_NO_CORNER = (0.0, 0.0)  # a corner's computed radius when none is set
_SQUARE: Radii = ((0.0, 0.0),) * 4


def _resolve_corner(corner: CornerRadius, width: float, height: float) -> tuple[list[float], bool]:
    h, v = corner
    # Satori's single value: one word, not a percentage (a written pair never is, computed.RadiusPair)
    single = h == v and not isinstance(h, Percent) and not isinstance(corner, RadiusPair)
    return [min(satori_length(h, width), width), min(satori_length(v, height), height)], single


def _resolve_pair(a: float, b: float, limit: float) -> tuple[float, float]:
    if limit < a + b:
        half = limit / 2
        if half < a and half < b:
            return half, half
        if half < a:
            return limit - b, b
        if half < b:
            return a, limit - a
    return a, b


def resolve_radii(style: ComputedStyle, width: float, height: float, *, sides: bool = False) -> Radii:
    """Corner radii (top-left, top-right, bottom-right, bottom-left) in px for a box of this size.

    Satori draws a box whose corners all have a radius of 0 on one axis as a plain rectangle (all radii
    0), but strokes its border sides with the radii as resolved (``sides``: its ``partialSides`` path,
    where a corner of ``0px / 16px`` is a 16 px straight line that belongs to the next side)."""
    top_left, top_right = style.border_top_left_radius, style.border_top_right_radius
    bottom_right, bottom_left = style.border_bottom_right_radius, style.border_bottom_left_radius
    if not sides and top_left == top_right == bottom_right == bottom_left == _NO_CORNER \
            and width >= 0.0 and height >= 0.0:
        # Most elements have no radius: each corner would resolve to 0 px (min(0, size) with a size
        # of at least 0), which the test below turns into the same square corners.
        return _SQUARE
    if not (width and height):  # (a zero size is no key: -0.0 and 0.0 are equal keys but may resolve apart)
        return _resolved(style, width, height, sides)
    # Kept per style object and size: the cascade hands back the same style render after render and for
    # equal declarations, so the stat grid's 30 rounded tiles resolve once (~0.3 ms of its 2.3 ms
    # display list a warm render: four corners, four edge pairs, each a few calls).
    key = (id(style), width, height, sides)
    hit = _KEPT.get(key)
    if hit is not None and hit[0] is style:
        return hit[1]
    radii = _resolved(style, width, height, sides)
    if len(_KEPT) >= _KEPT_MAX:
        _KEPT.clear()
    _KEPT[key] = (style, radii)  # the entry holds the style: no other object takes its id meanwhile
    return radii


_KEPT: dict[tuple[int, float, float, bool], tuple[ComputedStyle, Radii]] = {}
_KEPT_MAX = 1024


def _resolved(style: ComputedStyle, width: float, height: float, sides: bool) -> Radii:
    """:func:`resolve_radii` past its square-corner test."""
    top_left, top_right = style.border_top_left_radius, style.border_top_right_radius
    bottom_right, bottom_left = style.border_bottom_right_radius, style.border_bottom_left_radius
    tl, tl_single = _resolve_corner(top_left, width, height)
    tr, tr_single = _resolve_corner(top_right, width, height)
    br, br_single = _resolve_corner(bottom_right, width, height)
    bl, bl_single = _resolve_corner(bottom_left, width, height)
    if not sides and not any(c[0] and c[1] for c in (tl, tr, br, bl)):
        return _SQUARE
    tl[0], tr[0] = _resolve_pair(tl[0], tr[0], width)
    bl[0], br[0] = _resolve_pair(bl[0], br[0], width)
    tl[1], bl[1] = _resolve_pair(tl[1], bl[1], height)
    tr[1], br[1] = _resolve_pair(tr[1], br[1], height)
    for corner, single in ((tl, tl_single), (tr, tr_single), (br, br_single), (bl, bl_single)):
        if single:
            corner[0] = corner[1] = min(corner)
    return ((tl[0], tl[1]), (tr[0], tr[1]), (br[0], br[1]), (bl[0], bl[1]))


def satori_corner_radii(corners: tuple[CornerRadius, ...], width: float, height: float) -> Radii | None:
    """Satori's ``radius()`` on four corners (top-left, top-right, bottom-right, bottom-left) of a box
    of this size (a clip-path's rounded ``inset()``): each radius capped by the box's size, each edge's
    pair resolved on its own, single lengths made circular. None where every corner has a zero radius
    on one axis: Satori writes no path at all."""
    resolved = [_resolve_corner(corner, width, height) for corner in corners]
    tl, tr, br, bl = (c for c, _ in resolved)
    if not any(c[0] and c[1] for c in (tl, tr, br, bl)):
        return None
    tl[0], tr[0] = _resolve_pair(tl[0], tr[0], width)
    bl[0], br[0] = _resolve_pair(bl[0], br[0], width)
    tl[1], bl[1] = _resolve_pair(tl[1], bl[1], height)
    tr[1], br[1] = _resolve_pair(tr[1], br[1], height)
    for corner, single in resolved:
        if single:
            corner[0] = corner[1] = min(corner)
    return ((tl[0], tl[1]), (tr[0], tr[1]), (br[0], br[1]), (bl[0], bl[1]))


def inner_radii(radii: Radii, top: float, right: float, bottom: float, left: float) -> Radii:
    """Radii of the padding edge: each outer radius shrunk by the adjacent border widths."""
    (tlx, tly), (trx, try_), (brx, bry), (blx, bly) = radii
    return (
        (max(0.0, tlx - left), max(0.0, tly - top)),
        (max(0.0, trx - right), max(0.0, try_ - top)),
        (max(0.0, brx - right), max(0.0, bry - bottom)),
        (max(0.0, blx - left), max(0.0, bly - bottom)),
    )


def corner_shapes(style: ComputedStyle) -> tuple[float, float, float, float]:
    """The corners' curvatures (``cornerShape``, features: browser; 2 = round), as radii are ordered."""
    return (style.corner_top_left_shape, style.corner_top_right_shape, style.corner_bottom_right_shape,
            style.corner_bottom_left_shape)


def box_outline(rect: Rect, radii: Radii, shapes: tuple[float, float, float, float] = ROUND_CORNERS) -> Path:
    """A box's outline: rounded corners, or superellipse ones where ``cornerShape`` says so."""
    if shapes == ROUND_CORNERS or not has_radius(radii):
        return rounded_rect_path(rect, radii)
    return contoured_rect_path(rect, radii, shapes)


caches.register("paint.radii", _KEPT)
