"""Coverage rows planned for an opaque colour over a varying destination (text over a gradient or a photo).

Role: :func:`pureog.raster.blend.fill_solid` walks such a row's nonzero runs pixel by pixel: a fully
covered pixel becomes the colour, a partly covered one is looked up by (colour, coverage, destination
pixel). A bold title's strokes are mostly inside (the blog card's 64 px title: 24.7k fully covered
pixels and 9.3k partial ones in 161 rows), and each inside pixel still cost a loop step. A row
:func:`plan` finds worth it is instead drawn as one select over its nonzero extent (big-int masks: the
destination where the coverage is below 255, the colour where it is 255) followed by its partial pixels
alone, listed once with their offsets and coverages. The select writes exactly what the per-pixel
steps wrote, and the partial pixels are written after it from destination pixels it left as they were
(a pixel is either inside or partial), so the order of the two changes nothing.

A plan depends on the coverage row alone and is kept on the mask beside its runs (``Mask.plans``), so a
kept mask (a joined text run, warm) plans each row once. The caches count a mask's coverage bytes, not
its plans, so a mask keeps plans of at most :data:`ROOM_PER_BYTE` times its coverage bytes
(:func:`plan_within`; a row past that is walked: the same pixels): a cache of masks then holds at
most that many times its budget more. Must not import style, layout, text or document.
"""

from __future__ import annotations

import re
from array import array
from itertools import compress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pureog.raster.scan import Mask

Plan = tuple[int, int, int, "array[int]", tuple[int, ...]]
"""A row's plan: its nonzero extent ``lo .. hi`` (pixels), the select mask over ``4 * (hi - lo)`` bytes
(0xff where the coverage is 255, little-endian), its partial pixels' offsets from ``lo`` and their
coverages shifted left by 32 (where :func:`pureog.raster.blend._fill` puts them in an edge key)."""

UNPLANNED: Plan = (0, 0, 0, array("I"), ())
"""A row not planned yet (in ``Mask.plans``; compared by identity)."""

MIN_INSIDE = 32
"""Fully covered pixels outside long insides a row needs for its plan: a fully covered pixel stepped
over costs the walk ~40 ns, the select ~1.5 us and ~5 ns a pixel of its extent (the blog title's rows:
~3.5 us for ~750 px); 32 measured best there of 16, 32 and 48."""

EXTENT_PER_INSIDE = 8
"""Pixels of extent a row's plan may cover for each of those fully covered pixels (see MIN_INSIDE)."""

ROOM_PER_BYTE = 6
"""Bytes of plans a mask may keep per byte of its coverage rows (the bench cards' masks keep up to 4.6:
the photo card's title; the blog's 2.5). A plan is ~4 bytes a pixel of its extent and ~12 a partial
pixel, so a mask of many narrow planned rows could otherwise keep over ten times its own size (hostile
round twelve)."""

_PLAN_OVERHEAD = 200  # bytes of a plan beside its select and offsets: the tuple, the int and array headers

_INSIDE = bytes(255 if v == 255 else 0 for v in range(256))  # 0xff where the coverage is full, else 0
_IS_PARTIAL = bytes(0 < v < 255 for v in range(256))  # 1 where the coverage is partial, else 0
_NONZERO = re.compile(rb"[^\x00]")
_LONG_INSIDE = re.compile(rb"\xff{8,}")  # (blend's _INSIDE: a run holding one is copied in slices)
_SHIFTED = [c << 32 for c in range(256)]


def plan(cov: bytes) -> Plan | None:
    """The plan of coverage row ``cov`` (a row with a nonzero pixel), or None where the walk costs less:
    fewer than :data:`MIN_INSIDE` fully covered pixels outside stretches of 8 or more, or an extent over
    :data:`EXTENT_PER_INSIDE` times as wide as those."""
    full = cov.count(255)
    if full < MIN_INSIDE:
        return None
    short = full - sum(map(len, _LONG_INSIDE.findall(cov)))  # (the walk copies long insides as slices)
    if short < MIN_INSIDE:
        return None
    first = _NONZERO.search(cov)
    assert first is not None, "a planned row has a nonzero pixel"
    lo = first.start()
    hi = len(cov.rstrip(b"\x00"))
    if short * EXTENT_PER_INSIDE < hi - lo:
        return None  # (a few strokes far apart: the select would cost more than their steps)
    extent = cov[lo:hi]
    inside = extent.translate(_INSIDE)
    select = bytearray(4 * (hi - lo))
    for channel in range(4):
        select[channel::4] = inside
    # (C-level: the partial pixels' offsets picked by compress, their coverages by deleting 0 and 255;
    # the shifted coverages are shared ints, the offsets an array: ~12 bytes a partial pixel kept)
    offsets = array("I", compress(range(hi - lo), extent.translate(_IS_PARTIAL)))
    return lo, hi, int.from_bytes(select, "little"), offsets, tuple(map(_SHIFTED.__getitem__,
                                                                           extent.translate(None, b"\x00\xff")))


def room(rows: list[bytes | None]) -> int:
    """The bytes of plans a mask of these coverage rows may keep (:data:`ROOM_PER_BYTE`)."""
    return ROOM_PER_BYTE * sum(len(row) for row in rows if row is not None)


def plan_within(cov: bytes, mask: Mask) -> Plan | None:
    """:func:`plan` of a row of ``mask``, kept only while the mask's ``plan_room`` (bytes) holds it (then
    taken from it): None otherwise, the row walked by its runs as an unplanned one is."""
    row_plan = plan(cov)
    if row_plan is not None:
        cost = 4 * (row_plan[1] - row_plan[0]) + 12 * len(row_plan[3]) + _PLAN_OVERHEAD
        if cost > mask.plan_room:
            return None
        mask.plan_room -= cost
    return row_plan
