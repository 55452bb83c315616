"""tiny-skia 0.8.3's limit on an SVG mask's region clip, which Next.js's resvg-wasm hits (Group.svg_mask).

resvg 0.29-0.30 draws a masked element into a layer trimmed to its paint (``trim_transparency``:
raster/trim.py's kept rectangle, a pixel more on each side, two past the right edge), then renders the
``<mask>`` into a pixmap of that size whose region (``-10%``/``120%`` of the element's bounding box, so
it always holds the trimmed paint) is first set as a clip with ``ClipMask::set_path``. tiny-skia 0.8.3
fills that path anti-aliased only while its bounds clipped to the pixmap stay below 8,192 px (its
supersampled 16.16 fixed point); past that it falls back to a fill that leaves the clip mask empty
(fixed in tiny-skia 0.8.4: "ClipMasks larger than 8191x8191 pixels"). An empty clip empties the mask,
and the element vanishes. Satori masks the shape of every radial gradient with such a mask, so a
radial gradient whose shape covers 8,192 px or more of its pattern tile (a box 8,192 px wide, or a
4,200 px one drawn at scale 2) shows only the rectangle of its last stop's colour in Next.js.

Measured against Next.js 16.4.6: a farthest-corner circle on a box 8,190 px wide draws, on one 8,192 px
wide it does not; a 4,000 px circle on an 8,500 px box draws (8,000 px of paint), a 4,100 px one does
not; a 100 px circle anywhere on it draws; a 4,100 px circle on a 4,000 px box draws (the layer is the
tile's pixmap).

Imports only the display records, geometry, paths' bounds and the layer trim; no style or text.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from pureog.display import FillPath, Group
from pureog.geometry import Affine
from pureog.raster.path_mask import path_bounds
from pureog.raster.trim import Box

SIDE_LIMIT = 8192
"""A trimmed layer this many device pixels wide or tall gets an empty mask region clip."""

_TRIM_MARGIN = 3
"""The trim keeps up to this many pixels more than the paint (one before it, two past its right edge)."""


def may_vanish(extent: Box) -> bool:
    """Whether a layer of ``extent`` (the pixmap the group is drawn on) can be trimmed to 8,192 px a side:
    almost every pattern tile and canvas is smaller, and then nothing needs measuring."""
    return extent[2] - extent[0] >= SIDE_LIMIT or extent[3] - extent[1] >= SIDE_LIMIT


def vanishes(kept: Box | None) -> bool:
    """Whether the mask of a group whose layer resvg trims to ``kept`` is left empty."""
    return kept is not None and (kept[2] - kept[0] >= SIDE_LIMIT or kept[3] - kept[1] >= SIDE_LIMIT)


def reach(g: Group, m: Affine, extent: Box) -> Box | None:
    """The trimmed layer by geometry, without drawing: the device bounds of ``g``'s fills under ``m``
    (their outlines', transparent paint included) within ``extent``, with the trim's margins. For a pixmap
    only part of which is drawn (a pattern tile too large to render whole: raster/tile_window.py)."""
    x0 = y0 = math.inf
    x1 = y1 = -math.inf
    stack: list[tuple[Group, Affine]] = [(g, m)]
    while stack:
        group, gm = stack.pop()
        for child in group.children:
            if isinstance(child, Group):
                stack.append((child, gm if child.transform.is_identity else gm @ child.transform))
                continue
            assert isinstance(child, FillPath)
            bx0, by0, bx1, by1 = path_bounds(child.path)
            for px, py in ((bx0, by0), (bx1, by0), (bx0, by1), (bx1, by1)):
                dx, dy = gm.apply(px, py)
                x0, y0, x1, y1 = min(x0, dx), min(y0, dy), max(x1, dx), max(y1, dy)
    if not x1 > x0 or not y1 > y0:
        return None
    ex0, ey0, ex1, ey1 = extent
    box = (max(math.floor(x0) - 1, ex0), max(math.floor(y0) - 1, ey0),
           min(math.ceil(x1) + 2, ex1), min(math.ceil(y1) + 2, ey1))  # fmt: skip
    return box if box[2] > box[0] and box[3] > box[1] else None


def group_vanishes(g: Group, m: Affine, extent: Box, canvas: Box,
                   measure: Callable[[Group, Affine], Box | None]) -> bool:  # fmt: skip
    """Whether resvg draws nothing of ``g`` (a :attr:`Group.svg_mask` group) drawn under ``m`` on a pixmap
    of ``extent`` (device box) of which the renderer holds ``canvas``. ``measure(group, m)`` draws the
    group's children into a layer and returns resvg's trimmed rectangle of it (exact where the gradient
    fades to transparent); used when the renderer holds the whole pixmap."""
    if not may_vanish(extent):
        return False
    if not vanishes(reach(g, m, extent)):
        return False  # its outlines already stay within 8,192 px a side: its paint does too
    if extent != canvas:
        return True  # only a window of the tile is drawn here: judged by the outlines
    return vanishes(measure(g, m))


__all__ = ["SIDE_LIMIT", "group_vanishes", "may_vanish", "reach", "vanishes"]
