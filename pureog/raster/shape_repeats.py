"""One render's table of the mask work its repeated shapes share (a grid of equal tiles).

Role: a card of equal boxes (the stat grid's 30 tiles, a row of tags or pills) draws the same shapes
again at other places: each box side is cut to the box's rounded outline, which resvg does in a layer
trimmed to the side (:mod:`pureog.raster.own_clip`), then multiplied into the side's coverage
(:func:`pureog.raster.blend.intersect`). Both results depend only on the masks' rows and their offsets
from each other, not on where the shape lies, so a render computes them once per distinct
(rows, offset) and answers the other tiles from this table, shifted to their place:

- :meth:`ShapeRepeats.trimmed_rect`: the rectangle resvg keeps of a shape's layer
  (:func:`~pureog.raster.own_clip.trimmed_rect`), relative to the shape;
- :meth:`ShapeRepeats.intersect`: a mask cut to a clip (up to :data:`KEPT_SIDE` px a side), as the
  rows over the two masks' common box. The rows list and its runs (``Mask.spans``, which the fill
  finds on first use) are shared by every mask the table gives for that entry: the second tile's
  fill reads the runs the first tile's fill found.
- :meth:`ShapeRepeats.fill_solid`: :func:`pureog.raster.blend.fill_solid` of such a shared cut. A fill
  changes only its mask's rectangle, each pixel there a function of its coverage, the colour and the
  pixel it met, so from an entry's second fill on each fill keeps the rectangle's pixels it met and
  left, and a later fill of the same entry and colour that meets the same pixels (the next tile of
  that colour: the tiles' white boxes drawn first are equal) writes what that one left instead of
  blending again. The rectangle is compared and written a line at a time, its columns when it is
  taller than wide, each line one strided slice of 32-bit pixels (a C-level compare and copy): the
  stat grid's 7 x 88 px border sides, 22 of 30 fills a render, ~60 -> ~15 us each.

Keys hold the rows themselves (bytes compare by content: two tiles' masks are equal rows in distinct
objects), and a kept fill is written only over the very pixels it met, so a hit is exact. The table
lives in the :class:`~pureog.raster.render._Renderer` of one render and is dropped with it: nothing
found in one render serves the next (bench/README.md, the thirty-second pass), but for the large cuts
of mask objects kept across renders (:mod:`pureog.raster.kept_cuts`). Imports
:mod:`pureog.raster.blend`, :mod:`pureog.raster.own_clip` and the mask type.
"""

from __future__ import annotations

from array import array
from typing import Literal

from pureog.raster import blend, mask_geometry
from pureog.raster.scan import Mask, RowRuns

Box = tuple[int, int, int, int]
_Cut = tuple[list[bytes | None], list[RowRuns | None]]
"""An intersection over the common box of its mask and clip: its rows and their runs."""

TABLE_MAX = 1024
"""Entries a render's table holds (each keeps its rows alive until the render ends); past that,
new shapes are worked out each time, as without the table."""
KEPT_SIDE = 256
"""Intersections wider or taller than this many px are not kept (a box side, a glyph, an icon are)."""
# the pixels as native 32-bit ints, one item a pixel (as raster/blend.py reads them)
_PIXEL: Literal["I", "L"] = "I" if array("I").itemsize == 4 else "L"
COMPOSITE_BYTES = 1 << 21
"""Bytes of pixels (met and left) a render's kept fills hold at most; past that, fills blend as without
them."""
COMPOSITE_FROM = 1
"""Fills of an entry after which its fills keep their pixels: a cut filled once (a clipped glyph, most
shapes) pays nothing for the replay."""
COMPOSITE_KEEP = 16
"""Colours an entry keeps fills for, and fills (pixels met) it keeps for one colour."""


class ShapeRepeats:
    """The tables of one render (see the module docstring)."""

    __slots__ = ("_composite_bytes", "_composites", "_cuts", "_trims")

    def __init__(self) -> None:
        self._trims: dict[tuple[object, ...], Box | None] = {}
        self._cuts: dict[tuple[object, ...], _Cut | None] = {}
        # id of a kept cut's rows list -> its fills (the list is held there and by its entry in _cuts,
        # so its id is not reused while the render lasts)
        self._composites: dict[int, _Fills] = {}
        self._composite_bytes = 0

    def trimmed_rect(self, shape: Mask, canvas: Box) -> Box | None:
        """:func:`~pureog.raster.own_clip.trimmed_rect` of ``shape`` within ``canvas``."""
        # (a tuple of the rows: their hashes are kept by the bytes objects, a kept mask's from render to
        # render, and a hit compares equal rows of two tiles by memcmp)
        key = (shape.width, *shape.rows)
        found = self._trims.get(key, _NOT_KEPT_RECT)
        if found is _NOT_KEPT_RECT:
            # worked out on an unbounded canvas, so that the entry holds for a shape anywhere
            from pureog.raster.own_clip import trimmed_rect  # noqa: PLC0415  (clip groups only: loads on use)
            found = trimmed_rect(Mask(0, 0, shape.width, shape.height, shape.rows), _UNBOUNDED)
            if len(self._trims) < TABLE_MAX:
                self._trims[key] = found
        if found is None:
            return None
        left, top, right, bottom = found
        x, y = shape.x, shape.y
        cx0, cy0, cx1, cy1 = canvas
        return (max(x + left, cx0), max(y + top, cy0), min(x + right, cx1), min(y + bottom, cy1))

    def intersect(self, mask: Mask, clip: Mask) -> Mask | None:
        """:func:`~pureog.raster.blend.intersect` of ``mask`` and ``clip``."""
        # Both cut to their common box first (what intersect does first): the product depends on those
        # rows only, and a glyph inside a card's clip then keys its own rows, not the card's.
        box = (max(mask.x, clip.x), max(mask.y, clip.y),
               min(mask.x + mask.width, clip.x + clip.width), min(mask.y + mask.height, clip.y + clip.height))
        m = mask_geometry.crop(mask, box)
        c = mask_geometry.crop(clip, box)
        if m is None or c is None:
            return None
        if m.width > KEPT_SIDE or m.height > KEPT_SIDE:
            # (large shapes seldom repeat within a render, and hashing their rows costs; across renders
            # a template's are the same mask objects: raster/kept_cuts.py)
            from pureog.raster import kept_cuts  # noqa: PLC0415  (large clipped shapes only: loads on use)
            return kept_cuts.kept_cut(mask, clip, lambda: blend.intersect(m, c))
        crossings = blend.cut_crossings(mask, clip, m.width, m.height)
        key = (m.width, m.height, crossings, *m.rows, *c.rows)
        found = self._cuts.get(key, _NOT_KEPT_CUT)
        if found is _NOT_KEPT_CUT:
            cut = blend.intersect(Mask(m.x, m.y, m.width, m.height, m.rows, crossings=mask.crossings),
                                  Mask(c.x, c.y, c.width, c.height, c.rows, crossings=clip.crossings))
            if len(self._cuts) < TABLE_MAX:
                self._cuts[key] = None if cut is None else (cut.rows, _spans(cut))
                if cut is not None:
                    self._composites[id(cut.rows)] = _Fills(cut.rows)
            return cut
        if found is None:
            return None
        rows, spans = found
        return Mask(m.x, m.y, m.width, m.height, rows, spans, crossings)

    def fill_solid(self, data: bytearray, stride: int, mask: Mask, color: tuple[int, int, int, int]) -> None:
        """:func:`~pureog.raster.blend.fill_solid` of ``mask`` (which must lie inside the buffer): for a
        cut this table gave, written from an earlier fill of it over the same pixels when there is one."""
        rows = mask.rows
        entry = self._composites.get(id(rows))
        if entry is None or entry.rows is not rows or color[3] == 0:
            blend.fill_solid(data, stride, mask, color)
            return
        entry.fills += 1
        if entry.fills <= COMPOSITE_FROM:
            blend.fill_solid(data, stride, mask, color)
            return
        # The mask's rectangle as lines of native 32-bit pixels, its columns when it is taller than
        # wide (a box's side: 7 columns instead of 88 rows), each one strided slice: a line is compared
        # and written by one C-level call.
        width, height = mask.width, mask.height
        line = stride >> 2
        first = mask.y * line + mask.x
        if width < height:
            starts = range(first, first + width)
            span, step = (height - 1) * line + 1, line
        else:
            starts = range(first, first + height * line, line)
            span, step = width, 1
        with memoryview(data) as view, view.cast(_PIXEL) as pixels:
            earlier = entry.kept.get(color)
            if earlier is not None:
                for met, left in earlier:
                    if all(pixels[a : a + span : step].tobytes() == m for a, m in zip(starts, met, strict=True)):
                        for a, px in zip(starts, left, strict=True):
                            pixels[a : a + span : step] = px
                        return
            met = [pixels[a : a + span : step].tobytes() for a in starts]
        blend.fill_solid(data, stride, mask, color)
        size = 4 * width * height
        if (self._composite_bytes + 2 * size > COMPOSITE_BYTES or len(entry.kept) >= COMPOSITE_KEEP
                or earlier is not None and len(earlier) >= COMPOSITE_KEEP):
            return
        with memoryview(data) as view, view.cast(_PIXEL) as pixels:
            left = [memoryview(pixels[a : a + span : step].tobytes()).cast(_PIXEL) for a in starts]
        entry.kept.setdefault(color, []).append((met, left))
        self._composite_bytes += 2 * size


class _Fills:
    """A kept cut's fills in one render (:meth:`ShapeRepeats.fill_solid`): its rows list (which holds its
    id), how many fills it had, and per colour the pixels each kept fill met and left, a line each."""

    __slots__ = ("fills", "kept", "rows")

    def __init__(self, rows: list[bytes | None]) -> None:
        self.rows = rows
        self.fills = 0
        self.kept: dict[tuple[int, int, int, int], list[tuple[list[bytes], list[memoryview]]]] = {}


def _spans(mask: Mask) -> list[RowRuns | None]:
    """The mask's runs list, made empty now so that every mask sharing its rows shares it too."""
    if mask.spans is None:
        mask.spans = [None] * mask.height
    return mask.spans


# "not in the table" (compared by identity: a lookup hashes the long key once)
_NOT_KEPT_RECT: Box = (0, 0, -1, -1)
_NOT_KEPT_CUT: _Cut = ([], [])
# trimmed_rect's canvas for a table entry: wider than any shape (the real canvas is applied after)
_UNBOUNDED: Box = (-(1 << 30), -(1 << 30), 1 << 30, 1 << 30)
