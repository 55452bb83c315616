"""Pattern tiles too large for a pixmap, rendered only where they are seen (geometry only).

resvg renders a pattern's whole tile (tiny-skia allocates up to 4 GB); pureog's pixmaps stop at
:data:`pureog.raster.pixmap.MAX_SIDE_PX` per side, so a tile over that (a gradient on a box 100,000 px
tall) is rendered as the window of the repeated plane that the fill samples (raster/render.py
``pattern_tile.pattern_tile_shader``), and a tile tiny-skia itself could not allocate is skipped as resvg skips it.
"""

from __future__ import annotations

import math

from pureog.geometry import Affine
from pureog.raster.pixmap import MAX_SIDE_PX

_U32_MAX = (1 << 32) - 1


def unallocatable(width: int, height: int) -> bool:
    """Whether resvg-wasm's tiny-skia refuses a ``width x height`` pixmap: the size saturates to u32
    and its byte length must fit the 32-bit ``usize`` of wasm32 (``Pixmap::new`` returns None). A
    tile of 11 billion px (a float32 residue in a layout) is skipped so, not an error."""
    width, height = min(width, _U32_MAX), min(height, _U32_MAX)
    return width * 4 > _U32_MAX or (height - 1) * ((width * 4) & _U32_MAX) + width * 4 > _U32_MAX


TILE_WINDOW_PIXELS = 36_000_000
"""Tiles with more pixels than the largest canvas are rendered only where they are seen."""
WINDOW_MARGIN = 3
"""Pixels kept around the seen part of a windowed tile: bicubic sampling reads two beyond a pixel."""


def tile_window(inv: Affine, tw: int, th: int, view: tuple[int, int, int, int] | None
                 ) -> tuple[tuple[int, int, int, int], tuple[int, int]] | None:
    """The part of the plane of repeated ``tw`` x ``th`` tiles that the device rectangle ``view``
    samples, as ``(x, y, width, height)`` in tile pixels from the corner of repetition (``kx``, ``ky``)
    (it may reach into the next repetitions). Only a side over the pixmap limit is cut (both when the
    tile's area is over its limit); a side kept whole repeats as before. None when the part is still too
    large."""
    if view is None:
        return None
    vx0, vy0, vx1, vy1 = view
    corners = [inv.apply(x, y) for x in (vx0, vx1) for y in (vy0, vy1)]
    too_many = tw * th > TILE_WINDOW_PIXELS
    (x0, width, kx) = axis_window(min(c[0] for c in corners), max(c[0] for c in corners), tw, too_many)
    (y0, height, ky) = axis_window(min(c[1] for c in corners), max(c[1] for c in corners), th, too_many)
    if width > MAX_SIDE_PX or height > MAX_SIDE_PX or width * height > TILE_WINDOW_PIXELS:
        return None
    return (x0, y0, width, height), (kx, ky)


def axis_window(lo: float, hi: float, size: int, too_many: bool) -> tuple[int, int, int]:
    """One side of :func:`tile_window`: (start in the repetition, length, repetition) of the seen part
    of a tile side of ``size`` px seen from ``lo`` to ``hi``; the whole side when it fits a pixmap (and
    the tile's area does)."""
    if size <= MAX_SIDE_PX and not too_many:
        return 0, size, 0
    start, end = math.floor(lo) - WINDOW_MARGIN, math.ceil(hi) + WINDOW_MARGIN
    k = start // size
    return start - k * size, end - start, k


def window_shifts(start: int, length: int, size: int) -> range:
    """The repetitions of a tile side (as multiples of ``size``) that a window from ``start`` covers."""
    return range(0, start + length, size)
