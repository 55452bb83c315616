"""VP8 intra prediction and inverse transforms, bit-exact with libwebp (``dsp/dec.c``).

Planes are ``bytearray`` s with a one-pixel border above and to the left (and four spare columns on the
right of the luma plane), filled as libwebp fills its work buffer: 127 above the picture, 129 left of
it. Functions take the offset ``o`` of a block's top-left pixel and the plane's ``stride``, predict
into the plane, then add the residual of the inverse DCT (:func:`add_residual`), so later blocks
predict from reconstructed, not yet loop-filtered, pixels, as the format requires.

Speed: whole rows are written with slice assignment; true-motion rows and DC-only residuals go
through ``bytes.translate`` with a cached "add d and clamp" table; the 4x4 inverse DCT is unrolled.
Imports nothing from pureog.
"""

from __future__ import annotations

from functools import cache

# Prediction modes (libwebp's numbering; the 16x16 and chroma modes use the first four).
DC, TM, VE, HE, RD, VR, LD, VL, HD, HU = range(10)

_CLAMP_OFFSET = 1 << 17
_CLAMP = bytes(_CLAMP_OFFSET) + bytes(range(256)) + b"\xff" * _CLAMP_OFFSET
"""``_CLAMP[v + _CLAMP_OFFSET]`` is v clamped to 0..255, for any v an int16 residual can produce."""


@cache
def _add_table(delta: int) -> bytes:
    """A ``bytes.translate`` table adding ``delta`` (clamped to -255..255 by the caller) with clamping."""
    return bytes(min(255, max(0, v + delta)) for v in range(256))


def _add(delta: int) -> bytes:
    return _add_table(-255 if delta < -255 else 255 if delta > 255 else delta)


def _fill(plane: bytearray, o: int, stride: int, size: int, value: int) -> None:
    row = bytes((value,)) * size
    for y in range(size):
        plane[o + y * stride : o + y * stride + size] = row


def predict_block(plane: bytearray, o: int, stride: int, size: int, mode: int, has_top: bool,
                  has_left: bool) -> None:
    """16x16 luma or 8x8 chroma prediction. DC uses the edges that exist (none: 128), as libwebp
    remaps it; TM, V and H read the border values at the picture's edge."""
    top = plane[o - stride : o - stride + size]
    if mode == DC:
        shift = size.bit_length() - 1  # log2(size)
        left_sum = sum(plane[o - 1 : o - 1 + size * stride : stride])
        if has_top and has_left:
            value = (sum(top) + left_sum + size) >> (shift + 1)
        elif has_top:
            value = (sum(top) + (size >> 1)) >> shift
        elif has_left:
            value = (left_sum + (size >> 1)) >> shift
        else:
            value = 128
        _fill(plane, o, stride, size, value)
    elif mode == VE:
        for y in range(size):
            plane[o + y * stride : o + y * stride + size] = top
    elif mode == HE:
        for y in range(size):
            q = o + y * stride
            plane[q : q + size] = plane[q - 1 : q] * size
    else:  # TM: left + top - top-left, clamped
        corner = plane[o - stride - 1]
        for y in range(size):
            q = o + y * stride
            plane[q : q + size] = top.translate(_add(plane[q - 1] - corner))


def predict_4x4(plane: bytearray, o: int, stride: int, mode: int, top_right: bytes | bytearray) -> None:
    """One 4x4 luma block. ``top_right``: the four pixels above and to the right (libwebp repeats the
    macroblock's for the right column's lower blocks)."""
    above = o - stride
    x = plane[above - 1]
    a, b, c, d = plane[above : above + 4]
    e, f, g, h = top_right
    i, j, k, m = plane[o - 1 : o - 1 + 4 * stride : stride]
    if mode == DC:
        _fill(plane, o, stride, 4, (a + b + c + d + i + j + k + m + 4) >> 3)
        return
    if mode == TM:
        top = plane[above : above + 4]
        for y, left in enumerate((i, j, k, m)):
            plane[o + y * stride : o + y * stride + 4] = top.translate(_add(left - x))
        return
    rows: tuple[bytes, ...]
    if mode == VE:
        row = bytes(((x + 2 * a + b + 2) >> 2, (a + 2 * b + c + 2) >> 2, (b + 2 * c + d + 2) >> 2,
                     (c + 2 * d + e + 2) >> 2))
        rows = (row, row, row, row)
    elif mode == HE:
        rows = tuple(bytes((v,)) * 4 for v in ((x + 2 * i + j + 2) >> 2, (i + 2 * j + k + 2) >> 2,
                                             (j + 2 * k + m + 2) >> 2, (k + 3 * m + 2) >> 2))
    else:
        rows = _diagonal(mode, x, a, b, c, d, e, f, g, h, i, j, k, m)
    for y in range(4):
        plane[o + y * stride : o + y * stride + 4] = rows[y]


def _diagonal(mode: int, x: int, a: int, b: int, c: int, d: int, e: int, f: int, g: int, h: int, i: int,
              j: int, k: int, m: int) -> tuple[bytes, ...]:
    """The six directional 4x4 modes, rows of pixels from 3-tap (avg3) and 2-tap (avg2) averages of the
    edge: x top-left, a-d above, e-h above-right, i-m (no l) to the left."""

    def avg3(p: int, q: int, r: int) -> int:
        return (p + 2 * q + r + 2) >> 2

    def avg2(p: int, q: int) -> int:
        return (p + q + 1) >> 1

    if mode == RD:  # down-right
        s = (avg3(j, k, m), avg3(i, j, k), avg3(x, i, j), avg3(a, x, i), avg3(b, a, x), avg3(c, b, a),
             avg3(d, c, b))
        return tuple(bytes(s[3 - y : 7 - y]) for y in range(4))
    if mode == LD:  # down-left
        s = (avg3(a, b, c), avg3(b, c, d), avg3(c, d, e), avg3(d, e, f), avg3(e, f, g), avg3(f, g, h),
             avg3(g, h, h))
        return tuple(bytes(s[y : y + 4]) for y in range(4))
    if mode == VR:  # vertical-right
        return (bytes((avg2(x, a), avg2(a, b), avg2(b, c), avg2(c, d))),
                bytes((avg3(i, x, a), avg3(x, a, b), avg3(a, b, c), avg3(b, c, d))),
                bytes((avg3(j, i, x), avg2(x, a), avg2(a, b), avg2(b, c))),
                bytes((avg3(k, j, i), avg3(i, x, a), avg3(x, a, b), avg3(a, b, c))))
    if mode == VL:  # vertical-left
        return (bytes((avg2(a, b), avg2(b, c), avg2(c, d), avg2(d, e))),
                bytes((avg3(a, b, c), avg3(b, c, d), avg3(c, d, e), avg3(d, e, f))),
                bytes((avg2(b, c), avg2(c, d), avg2(d, e), avg3(e, f, g))),
                bytes((avg3(b, c, d), avg3(c, d, e), avg3(d, e, f), avg3(f, g, h))))
    if mode == HD:  # horizontal-down
        return (bytes((avg2(i, x), avg3(i, x, a), avg3(x, a, b), avg3(a, b, c))),
                bytes((avg2(j, i), avg3(j, i, x), avg2(i, x), avg3(i, x, a))),
                bytes((avg2(k, j), avg3(k, j, i), avg2(j, i), avg3(j, i, x))),
                bytes((avg2(m, k), avg3(m, k, j), avg2(k, j), avg3(k, j, i))))
    # HU: horizontal-up
    return (bytes((avg2(i, j), avg3(i, j, k), avg2(j, k), avg3(j, k, m))),
            bytes((avg2(j, k), avg3(j, k, m), avg2(k, m), avg3(k, m, m))),
            bytes((avg2(k, m), avg3(k, m, m), m, m)),
            bytes((m, m, m, m)))


def add_dc(plane: bytearray, o: int, stride: int, dc: int) -> None:
    """Add a DC-only inverse transform, ``(dc + 4) >> 3`` on all 16 pixels."""
    table = _add((dc + 4) >> 3)
    for y in range(4):
        q = o + y * stride
        plane[q : q + 4] = plane[q : q + 4].translate(table)


def add_residual(plane: bytearray, o: int, stride: int, coeffs: list[int]) -> None:
    """Add the inverse DCT of ``coeffs`` (row-major, dequantized) to a 4x4 block: libwebp's
    TransformOne, a vertical then a horizontal pass with the multipliers 20091/65536 + 1 and
    35468/65536, results rounded by ``+ 4 >> 3``."""
    tmp: list[int] = []
    for i in range(4):  # vertical pass, one column of frequencies at a time
        c0, c4, c8, c12 = coeffs[i], coeffs[4 + i], coeffs[8 + i], coeffs[12 + i]
        a = c0 + c8
        b = c0 - c8
        c = ((c4 * 35468) >> 16) - (((c12 * 20091) >> 16) + c12)
        d = (((c4 * 20091) >> 16) + c4) + ((c12 * 35468) >> 16)
        tmp += (a + d, b + c, b - c, a - d)
    clamp = _CLAMP
    for y in range(4):  # horizontal pass, one output row at a time
        t0, t1, t2, t3 = tmp[y], tmp[4 + y], tmp[8 + y], tmp[12 + y]
        dc = t0 + 4 + _CLAMP_OFFSET * 8  # the offset makes the clamp table's index non-negative
        a = dc + t2
        b = dc - t2
        c = ((t1 * 35468) >> 16) - (((t3 * 20091) >> 16) + t3)
        d = (((t1 * 20091) >> 16) + t1) + ((t3 * 35468) >> 16)
        q = o + y * stride
        p0, p1, p2, p3 = plane[q : q + 4]
        plane[q : q + 4] = bytes((clamp[p0 + ((a + d) >> 3)], clamp[p1 + ((b + c) >> 3)],
                                  clamp[p2 + ((b - c) >> 3)], clamp[p3 + ((a - d) >> 3)]))


def add_ac3(plane: bytearray, o: int, stride: int, coeffs: list[int]) -> None:
    """:func:`add_residual` for a block whose only non-zero coefficients are 0, 1 and 4 (its first three in
    zigzag order; libwebp's TransformAC3): the same sums, with the vertical pass's zero terms left out.
    Row y adds ``dc_y + d1, dc_y + c1, dc_y - c1, dc_y - d1`` (each ``>> 3``), where ``dc_y`` is the first
    column's vertical result (plus the rounding 4) and c1, d1 the horizontal multipliers of coefficient 1."""
    c0, c1, c4 = coeffs[0], coeffs[1], coeffs[4]
    c = (c4 * 35468) >> 16
    d = ((c4 * 20091) >> 16) + c4
    c1, d1 = (c1 * 35468) >> 16, ((c1 * 20091) >> 16) + c1
    clamp = _CLAMP
    q = o
    for dc in (c0 + d, c0 + c, c0 - c, c0 - d):
        dc += 4 + _CLAMP_OFFSET * 8
        p0, p1, p2, p3 = plane[q : q + 4]
        plane[q : q + 4] = bytes((clamp[p0 + ((dc + d1) >> 3)], clamp[p1 + ((dc + c1) >> 3)],
                                  clamp[p2 + ((dc - c1) >> 3)], clamp[p3 + ((dc - d1) >> 3)]))
        q += stride


def inverse_wht(dc: list[int]) -> list[int]:
    """The inverse Walsh-Hadamard transform of the Y2 block: the DC coefficient of each of the 16 luma
    blocks (int16, as libwebp stores them)."""
    tmp = [0] * 16
    for i in range(4):
        a0 = dc[i] + dc[12 + i]
        a1 = dc[4 + i] + dc[8 + i]
        a2 = dc[4 + i] - dc[8 + i]
        a3 = dc[i] - dc[12 + i]
        tmp[i] = a0 + a1
        tmp[8 + i] = a0 - a1
        tmp[4 + i] = a3 + a2
        tmp[12 + i] = a3 - a2
    out = [0] * 16
    for i in range(4):
        base = 4 * i
        d = tmp[base] + 3
        a0 = d + tmp[base + 3]
        a1 = tmp[base + 1] + tmp[base + 2]
        a2 = tmp[base + 1] - tmp[base + 2]
        a3 = d - tmp[base + 3]
        out[base] = (a0 + a1) >> 3
        out[base + 1] = (a3 + a2) >> 3
        out[base + 2] = (a0 - a1) >> 3
        out[base + 3] = (a3 - a2) >> 3
    return [((v + 32768) & 0xFFFF) - 32768 for v in out]
