"""PNG row filters undone for a band of rows at once, along anti-diagonals, with big-integer lanes.

The Average and Paeth filters predict each byte from the reconstructed byte to its left (``a``), the one
above (``b``) and the one above-left (``c``), so a row cannot be undone with C-level primitives: pureog
used to run a Python loop per byte (~180 ns: a 4000x4000 RGBA image whose rows all use Paeth, a 60 KB
file, took 12-17 s). Pixels on one anti-diagonal of a band (``x + y = k``) depend only on the two
diagonals before, so each diagonal is undone in one step for every row of the band together: its bytes
are gathered with strided slices (the diagonal is an arithmetic progression in the scanline buffer),
spread into 16-bit lanes of one Python integer (``bpp`` lanes per row, a lane of headroom for the
signed differences), and every filter's predictor is computed lane-wise with a few dozen integer
operations (SWAR), the row's filter type choosing the predictor through masks. A band of 256 rows runs
~7x faster than the per-byte loop (26 ns a byte); bit-identical to it by construction (the same
integer formulas, PNG spec 9.2-9.4), checked against it on random rows in tests/images.

Lane layout of a band of ``R`` rows: lane ``(r + 1) * bpp + channel`` holds row ``r``'s byte; lanes
``0 .. bpp-1`` hold the row above the band (``prev``), at the pixel one to the right of the diagonal,
so that its ``b`` and ``c`` reach row 0 by the same one-row shift as every other row's.
Imports nothing from pureog.
"""

from __future__ import annotations


def _lanes(count: int, value: int) -> int:
    return int.from_bytes(value.to_bytes(2, "little") * count, "little")


def _type_mask(types: bytes, kind: int, bpp: int) -> int:
    """All-ones low bytes in the lanes of the rows filtered with ``kind`` (row -1's lanes are zero)."""
    lanes = bytearray(2 * bpp) + b"".join(b"\xff\x00" * bpp if t == kind else bytes(2 * bpp) for t in types)
    return int.from_bytes(lanes, "little")


def unfilter_band(raw: bytes, offset: int, width_bytes: int, rows: int, bpp: int, prev: bytes) -> list[bytes]:
    """The ``rows`` scanlines starting at ``offset`` of ``raw`` (each a filter byte then ``width_bytes``),
    unfiltered below ``prev`` (the reconstructed row above, zeros for the first). Filter bytes must be
    0-4 and the rows complete (the caller checks both)."""
    stride = width_bytes + 1
    width = width_bytes // bpp  # pixels: 1-byte "pixels" for bit depths under 8, as PNG's filters see them
    lanes = (rows + 1) * bpp
    size = 2 * lanes
    row_bits = 16 * bpp
    full = (1 << (16 * lanes)) - 1
    one, k256, k512 = _lanes(lanes, 1), _lanes(lanes, 256), _lanes(lanes, 512)
    low8, low9 = _lanes(lanes, 255), _lanes(lanes, 511)
    types = bytes(raw[offset + y * stride] for y in range(rows))
    sub, up, avg, paeth = (_type_mask(types, kind, bpp) for kind in (1, 2, 3, 4))
    above = bytearray(2 * len(prev) + 2 * bpp)  # prev spread into lanes, one pixel of zeros past its end
    above[0 : 2 * len(prev) : 2] = prev
    out = bytearray(rows * width_bytes)
    step_in = stride - bpp  # along a diagonal: one row down, one pixel left
    step_out = max(1, width_bytes - bpp)  # a one-pixel-wide image has one row per diagonal
    last = int.from_bytes(above[0 : 2 * bpp], "little")  # diagonal -1: row -1 at x = 0
    before = 0  # diagonal -2: row -1 at x = -1
    for k in range(width + rows - 1):
        lo = max(0, k - width + 1)
        count = min(rows - 1, k) - lo + 1
        first = 2 * bpp * (lo + 1)  # the byte of row lo's first lane
        end = first + 2 * bpp * count
        spread = bytearray(size)
        src = offset + lo * stride + 1 + (k - lo) * bpp
        for ch in range(bpp):
            at = src + ch
            spread[first + 2 * ch : end : 2 * bpp] = raw[at : at + step_in * (count - 1) + 1 : step_in]
        x = int.from_bytes(spread, "little")
        a = last
        b = (last << row_bits) & full
        c = (before << row_bits) & full
        # |b - c|, |a - c|, |a + b - 2c| with a bias per lane (no borrow crosses a lane): a biased value
        # d + 256 at or past 256 loses its bias by XOR 256, one below is 256 - d = (d ^ 255) + 1.
        d = b + k256 - c
        sign = (d >> 8) & one
        pa = (d ^ (low8 + sign)) + (one ^ sign)
        d = a + k256 - c
        sign = (d >> 8) & one
        pb = (d ^ (low8 + sign)) + (one ^ sign)
        d = a + b + k512 - c - c
        sign = (d >> 9) & one
        pc = (d ^ (low9 + sign)) + (one ^ sign)
        # Paeth's ties: a if pa <= pb and pa <= pc, else b if pb <= pc, else c (bit 9 of 512 + difference)
        take_a = ((pb + k512 - pa) >> 9) & ((pc + k512 - pa) >> 9) & one
        take_b = ((pc + k512 - pb) >> 9) & (one ^ take_a)
        take_c = one ^ take_a ^ take_b
        predictor = (a & ((take_a << 8) - take_a)) | (b & ((take_b << 8) - take_b)) | (c & ((take_c << 8) - take_c))
        predicted = (predictor & paeth) | (((a + b) >> 1) & avg) | (a & sub) | (b & up)
        on = ((1 << (row_bits * count)) - 1) << (8 * first)
        result = (x + predicted) & low8 & on
        done = result.to_bytes(size, "little")
        dst = lo * width_bytes + (k - lo) * bpp
        for ch in range(bpp):
            at = dst + ch
            out[at : at + step_out * (count - 1) + 1 : step_out] = done[first + 2 * ch : end : 2 * bpp]
        if k + 1 < width:  # row -1 on this diagonal: prev's pixel at x = k + 1
            result |= int.from_bytes(above[2 * bpp * (k + 1) : 2 * bpp * (k + 2)], "little")
        before, last = last, result
    return [bytes(out[y * width_bytes : (y + 1) * width_bytes]) for y in range(rows)]
