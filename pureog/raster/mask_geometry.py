"""Coverage masks cut to a box and split at their clear gaps: geometry only, no colour.

Role: ``crop(mask, box)`` (every fill asks it for the part of a mask inside the pixmap or a clip box)
and ``split_gaps(mask)`` (a mask as disjoint boxes holding all its coverage, so that fills skip the
wide clear gaps of a box shadow cut out under its box). Imports only :mod:`pureog.raster.scan`.
"""

from __future__ import annotations

from pureog.raster.scan import Mask


def crop(mask: Mask, box: tuple[int, int, int, int]) -> Mask | None:
    """``mask`` limited to the device box (x0, y0, x1, y1); None when nothing is left."""
    mx, my = mask.x, mask.y
    mx1, my1 = mx + mask.width, my + mask.height
    bx0, by0, bx1, by1 = box
    if bx0 <= mx < mx1 <= bx1 and by0 <= my < my1 <= by1:
        return mask  # inside the box (a glyph on the canvas: every fill asks), no min/max needed
    x0 = max(mx, bx0)
    y0 = max(my, by0)
    x1 = min(mx1, bx1)
    y1 = min(my1, by1)
    if x1 <= x0 or y1 <= y0:
        return None
    if (x0, y0, x1, y1) == (mx, my, mx1, my1):
        return mask
    a = x0 - mask.x
    b = x1 - mask.x
    rows: list[bytes | None] = []
    last: bytes | None = None
    cut: bytes | None = None
    for r in mask.rows[y0 - mask.y : y1 - mask.y]:
        if r is not last:  # (a row object repeated, as complement() repeats them, is cut once)
            last = r
            cut = None if r is None else r[a:b]
        rows.append(cut)
    return Mask(x0, y0, x1 - x0, y1 - y0, rows)


def split_gaps(mask: Mask, gap: int = 64) -> list[Mask]:
    """``mask`` as masks over disjoint boxes that hold all its coverage: runs of rows with a clear gap of
    ``gap`` pixels or more split there into a left and a right box (a box shadow cut out under its
    box), the other rows as they are. Coverage 0 changes no pixel of a fill, so filling the parts is
    filling the mask, without the per-pixel work on the gaps."""
    zeros = bytes(gap)
    parts: list[Mask] = []
    # the current run: its first row, whether it is split, and for a split one the left box's
    # [l0, l1) and the right box's [r0, r1) (each the union of its rows' sides, kept apart)
    start, split, l0, l1, r0, r1 = 0, False, 0, 0, 0, 0

    def close(end: int) -> None:
        if end <= start:
            return
        rows = mask.rows[start:end]
        if not split:
            parts.append(Mask(mask.x, mask.y + start, mask.width, end - start, rows))
            return
        for a, b in ((l0, l1), (r0, r1)):
            parts.append(Mask(mask.x + a, mask.y + start, b - a, end - start,
                              [None if r is None else r[a:b] for r in rows]))

    last: bytes | None = None
    for i, row in enumerate(mask.rows):
        if row is None:
            continue  # (empty in any box)
        if row == last:
            # the row before again (a box shadow's long sides): its gap is in the run's boxes already
            continue
        last = row
        g0 = row.find(zeros)
        g1 = -1
        if g0 >= 0:
            rest = row[g0:].lstrip(b"\x00")
            g1 = len(row) - len(rest)
            if not rest or not row[:g0].strip(b"\x00"):
                g0 = -1  # the gap is the row's clear end or start: nothing to split
        if g0 < 0:
            if split:
                close(i)
                start, split = i, False
            continue
        if split and max(l1, g0) <= min(r0, g1):
            l1, r0 = max(l1, g0), min(r0, g1)
            continue
        close(i)
        start, split, l0, l1, r0, r1 = i, True, 0, g0, g1, len(row)
    close(len(mask.rows))
    return parts
