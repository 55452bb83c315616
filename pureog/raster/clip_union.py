"""The union of a clip's shapes as resvg makes it: each shape clears its coverage from a full mask in turn
(``keep = keep * (255 - a) / 255``, rounded), and the union is what is cleared.

Input: the shapes' coverage masks. Output: one :class:`~pureog.raster.scan.Mask` over their common box. A
shape's row over a fully kept stretch is its own coverage (``255 - a`` kept, exactly); a row over what earlier
shapes cleared keeps it where the shape's coverage is 0 and clears it where it is 255 (one big-int AND a row)
and looks its partial pixels up in a 64 KB table. Each shape's pixels walked are charged to the paint budget
as filled pixels, and each pair looked up as a product (``PAINT_WORK_PRODUCT``, what ``blend._product``
charges a pair). Round seventeen: the rows were walked pixel by pixel in Python (~0.25 us a pixel a shape) and
charged nothing but the clip's box, so SVG shapes clipped by chains of two-shape clipPaths (a clipPath
carrying a ``clip-path``, eight links) ran past 60 s (tests/fuzz/test_paint_budget.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat

from pureog.limits import PAINT_WORK_PRODUCT, charge_paint
from pureog.raster.scan import Mask

_COMPLEMENT = bytes(range(255, -1, -1))  # v -> 255 - v (a translate table)


def _clear_step(keep: int, a: int) -> int:
    """``keep`` after a shape of coverage ``a`` cleared it (resvg's rounded ``keep * (255 - a) / 255``)."""
    v = keep * (255 - a) + 128
    return (v + (v >> 8)) >> 8


# _clear_step's formula inlined over ``b = 255 - a``: a third of the time of 65,536 calls (~3 ms at import)
_TABLE = bytes([((v := k * b + 128) + (v >> 8)) >> 8 for k in range(256) for b in range(255, -1, -1)])
"""``_TABLE[keep << 8 | a]``: :func:`_clear_step` of every pair (tests/raster/test_clip_union.py)."""


def cleared_union(masks: Sequence[Mask]) -> Mask | None:
    """The union of ``masks``' coverages as resvg makes a clip of several shapes."""
    if len(masks) <= 1:
        return masks[0] if masks else None
    x0, y0 = min(k.x for k in masks), min(k.y for k in masks)
    x1, y1 = max(k.x + k.width for k in masks), max(k.y + k.height for k in masks)
    w = x1 - x0
    full = bytes([255]) * w
    walked = looked_up = 0
    rows: list[bytes | None] = []
    for y in range(y0, y1):
        keep: bytearray | None = None
        for k in masks:
            row = k.rows[y - k.y] if k.y <= y < k.y + k.height else None
            if row is None:
                continue
            if keep is None:
                keep = bytearray(full)
            off = k.x - x0
            end = off + len(row)
            part = keep[off:end]
            walked += len(row)
            if part == full[: len(row)]:  # nothing cleared there yet: what is kept is 255 - a
                keep[off:end] = row.translate(_COMPLEMENT)
            else:
                keep[off:end], n = _cleared(bytes(part), row)
                looked_up += n
        rows.append(None if keep is None else bytes(keep).translate(_COMPLEMENT))
    charge_paint(walked + looked_up * PAINT_WORK_PRODUCT)
    return Mask(x0, y0, w, y1 - y0, rows)


def _cleared(keep: bytes, row: bytes) -> tuple[bytes, int]:
    """``keep`` after a shape's coverage ``row`` cleared it, and how many pairs were looked up. Where
    ``row`` is 0 the keep stays and where it is 255 nothing is kept (one big-int AND for the row); only
    its partial pixels (a shape's edges) are looked up, one by one when they are few."""
    n = len(row)
    partial = row.translate(_PARTIAL)
    count = partial.count(1)
    if count * 8 >= n:
        return bytes(map(_TABLE.__getitem__, map(int.__or__, map(int.__lshift__, keep, repeat(8)), row))), n
    stays = int.from_bytes(row.translate(_ZERO_KEEPS), "little")
    out = bytearray((int.from_bytes(keep, "little") & stays).to_bytes(n, "little"))
    i = partial.find(1)
    while i >= 0:
        out[i] = _TABLE[keep[i] << 8 | row[i]]
        i = partial.find(1, i + 1)
    return bytes(out), count


_PARTIAL = bytes([0]) + bytes([1]) * 254 + bytes([0])  # a -> 1 where 0 < a < 255
_ZERO_KEEPS = bytes([255]) + bytes(255)  # a -> 0xff where a shape leaves the keep as it was (a == 0)
