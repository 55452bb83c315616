"""The four inverse transforms of WebP lossless (VP8L), applied to ARGB pixels.

Input: row-major 32-bit ARGB pixels (alpha in the top byte) in an ``array`` and the transform's side
data as decoded by :mod:`.webp_lossless`. Output: the pixels transformed back (in place, but for colour
indexing, which widens the rows), bit-exact with libwebp (``dsp/lossless.c``): the predictor transform
with its 14 modes (the unused values 14 and 15 act as mode 0, as in libwebp), the cross-colour
transform, add-green (the inverse of subtract-green) and colour indexing with pixel bundling.

Speed: a per-channel add or average of two pixels is two masked adds on the packed int; predictor
modes that only read the row above are one ``map`` over the run, and modes 12 and 13 look their
channels up in 64-128 KB tables; the modes that read the pixel just decoded, and the cross-colour
transform, remain per-pixel Python loops (documented hot loops).
Imports only :mod:`pureog.limits`.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import chain, repeat

from pureog import caches
from pureog.limits import check_deadline

UINT32 = "I" if array("I").itemsize == 4 else "L"
"""The ``array`` type code of the pixel buffers: 4 bytes a pixel, where a list would take ~40."""
ARGB_BLACK = 0xFF000000
_AG = 0xFF00FF00
_RB = 0x00FF00FF


def add_pixels(a: int, b: int) -> int:
    """Per-channel sum mod 256."""
    return (((a & _AG) + (b & _AG)) & _AG) | (((a & _RB) + (b & _RB)) & _RB)


def _average2(a: int, b: int) -> int:
    """Per-channel floor average (libwebp's Average2)."""
    return (((a ^ b) & 0xFEFEFEFE) >> 1) + (a & b)


def _clamp(v: int) -> int:
    return 0 if v < 0 else 255 if v > 255 else v


# _HALF[a << 8 | b]: a channel of mode 13, a + (a - b) / 2 clamped, the division truncating toward zero
# as C's does. _FULL[c << 9 | (d + 255)]: a channel of mode 12, c + d clamped.
_HALF = bytes(_clamp(a + int((a - b) / 2)) for a in range(256) for b in range(256))
_FULL = bytes(_clamp(c + d - 255) for c in range(256) for d in range(512))


def _predict_run(pix: array[int], start: int, end: int, width: int, mode: int) -> None:
    """Undo prediction for pixels ``start..end-1`` of one row below the first (not its first pixel).

    ``window[k]``, ``window[k + 1]``, ``window[k + 2]`` are the top-left, top and top-right neighbours
    of the run's k-th pixel (the top-right of a row's last pixel is the row's first pixel, which a flat
    buffer gives for free). Modes that only look at the row above are one vectorized pass; the others
    depend on the pixel just decoded (documented hot loop, one pixel at a time)."""
    n = end - start
    window = pix[start - width - 1 : end - width + 1]
    residuals = pix[start:end]
    if mode not in (1, 5, 6, 7, 10, 11, 12, 13):
        predictions: Iterable[int]
        if mode == 2:
            predictions = window[1 : n + 1]
        elif mode == 3:
            predictions = window[2 : n + 2]
        elif mode == 4:
            predictions = window[:n]
        elif mode == 8:
            predictions = map(_average2, window[:n], window[1 : n + 1])
        elif mode == 9:
            predictions = map(_average2, window[1 : n + 1], window[2 : n + 2])
        else:  # 0, and 14 and 15 which libwebp treats as 0
            predictions = repeat(ARGB_BLACK, n)
        pix[start:end] = array(UINT32, map(add_pixels, residuals, predictions))
        return
    out = []
    left = pix[start - 1]
    for r, tl, t, tr in zip(residuals, window, window[1:], window[2:], strict=False):  # the first is shortest
        if mode == 1:
            p = left
        elif mode == 5:
            p = _average2(_average2(left, tr), t)
        elif mode == 6:
            p = _average2(left, tl)
        elif mode == 7:
            p = _average2(left, t)
        elif mode == 10:
            p = _average2(_average2(left, tl), _average2(t, tr))
        elif mode == 11:  # select: top or left, whichever is closer to the gradient left + top - top-left
            distance = 0
            for shift in (0, 8, 16, 24):
                c = (tl >> shift) & 255
                distance += abs(((left >> shift) & 255) - c) - abs(((t >> shift) & 255) - c)
            p = t if distance <= 0 else left
        elif mode == 12:  # left + top - top-left, each channel clamped
            p = (_FULL[((left >> 15) & 0x1FE00) | ((t >> 24) - (tl >> 24) + 255)] << 24
                 | _FULL[((left >> 7) & 0x1FE00) | (((t >> 16) & 255) - ((tl >> 16) & 255) + 255)] << 16
                 | _FULL[((left << 1) & 0x1FE00) | (((t >> 8) & 255) - ((tl >> 8) & 255) + 255)] << 8
                 | _FULL[((left << 9) & 0x1FE00) | ((t & 255) - (tl & 255) + 255)])
        else:  # 13: a = average(left, top), then a + (a - top-left) / 2, each channel clamped
            a = (((left ^ t) & 0xFEFEFEFE) >> 1) + (left & t)
            p = (_HALF[((a >> 16) & 0xFF00) | (tl >> 24)] << 24
                 | _HALF[((a >> 8) & 0xFF00) | ((tl >> 16) & 255)] << 16
                 | _HALF[(a & 0xFF00) | ((tl >> 8) & 255)] << 8
                 | _HALF[((a << 8) & 0xFF00) | (tl & 255)])
        left = (((r & _AG) + (p & _AG)) & _AG) | (((r & _RB) + (p & _RB)) & _RB)
        out.append(left)
    pix[start:end] = array(UINT32, out)


def undo_predictor(pix: array[int], width: int, height: int, bits: int, modes: Sequence[int]) -> None:
    """The predictor transform: ``modes`` holds one pixel per ``2**bits`` square tile, its mode in the
    green byte. The first row predicts from the left (its first pixel from opaque black), the first
    column from above."""
    left = pix[0] = add_pixels(pix[0], ARGB_BLACK)
    for i in range(1, width):
        left = pix[i] = add_pixels(pix[i], left)
    tiles_per_row = -(-width // (1 << bits))
    for y in range(1, height):
        row = y * width
        pix[row] = add_pixels(pix[row], pix[row - width])
        tile_row = (y >> bits) * tiles_per_row
        x = 1
        while x < width:
            x_end = min(width, ((x >> bits) + 1) << bits)
            _predict_run(pix, row + x, row + x_end, width, (modes[tile_row + (x >> bits)] >> 8) & 15)
            x = x_end
        check_deadline()


@lru_cache(maxsize=256)
def _delta_table(multiplier: int) -> tuple[int, ...]:
    """``(multiplier * colour) >> 5`` for each byte colour, both read as signed 8-bit values."""
    m = multiplier - 256 if multiplier > 127 else multiplier
    return tuple((m * (c - 256 if c > 127 else c)) >> 5 for c in range(256))


def undo_cross_color(pix: array[int], width: int, height: int, bits: int, codes: Sequence[int]) -> None:
    """The cross-colour transform: per tile, red gets a multiple of green added back and blue
    multiples of green and of the restored red (multipliers in the tile pixel's bytes)."""
    tile = 1 << bits
    tiles_per_row = -(-width // tile)
    for y in range(height):
        row = y * width
        tile_row = (y >> bits) * tiles_per_row
        for tx in range(tiles_per_row):
            code = codes[tile_row + tx]
            green_to_red = _delta_table(code & 255)
            green_to_blue = _delta_table((code >> 8) & 255)
            red_to_blue = _delta_table((code >> 16) & 255)
            for i in range(row + tx * tile, row + min(width, (tx + 1) * tile)):
                p = pix[i]
                g = (p >> 8) & 255
                r = (((p >> 16) & 255) + green_to_red[g]) & 255
                b = ((p & 255) + green_to_blue[g] + red_to_blue[r]) & 255
                pix[i] = (p & _AG) | (r << 16) | b
        check_deadline()


def undo_subtract_green(pix: array[int], width: int) -> None:
    """Add green back to red and blue (mod 256), a row at a time (no full-size temporary list)."""
    for start in range(0, len(pix), width):
        row = pix[start : start + width]
        pix[start : start + width] = array(UINT32, [(p & _AG) | (((p & _RB) + ((p >> 8) & 255) * 0x10001) & _RB)
                                                    for p in row])


def expand_palette(deltas: Sequence[int], bits: int) -> list[int]:
    """The colour table from its delta-coded pixels, padded with transparent black to the
    ``2**(8 >> bits)`` entries an index of that many bits can name (libwebp's ExpandColorMap)."""
    palette = list(deltas)
    for i in range(1, len(palette)):
        palette[i] = add_pixels(palette[i], palette[i - 1])
    size = 1 << (8 >> bits)
    return (palette + [0] * size)[:size]


def undo_color_indexing(pix: array[int], width: int, height: int, bits: int, palette: Sequence[int]) -> array[int]:
    """Colour indexing: each packed pixel's green byte holds ``2**bits`` indices of ``8 >> bits`` bits
    (lowest first); the result is ``width`` pixels a row, looked up in ``palette``."""
    out = array(UINT32)
    if bits == 0:
        for start in range(0, len(pix), width):
            out.extend([palette[(p >> 8) & 255] for p in pix[start : start + width]])
        return out
    per_byte = 1 << bits
    index_bits = 8 >> bits
    mask = (1 << index_bits) - 1
    # The colours one green byte expands to, for each of its 256 values.
    expansion = [tuple(palette[(g >> (k * index_bits)) & mask] for k in range(per_byte)) for g in range(256)]
    packed_width = -(-width // per_byte)
    for y in range(height):
        greens = [(p >> 8) & 255 for p in pix[y * packed_width : (y + 1) * packed_width]]
        out.extend(list(chain.from_iterable(map(expansion.__getitem__, greens)))[:width])
    return out


caches.register("images.webp_tables", _delta_table)
