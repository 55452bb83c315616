"""A drop-shadow filter's pixels keyed by one native int each, when the source is one solid colour.

Role: for :mod:`pureog.raster.dropshadow`, which looks every pixel of a row up in its memo of output
pixels by a key ``(source pixel, shadow alpha, ..., [backdrop pixel])``. Text is drawn in one colour
onto a clear layer, so its premultiplied pixel is a function of its alpha (:func:`alpha_pixels` finds
that function, or that there is none); the key's bytes (the source alpha, each shadow's alpha, the
backdrop's four bytes) then fit one 2-, 4- or 8-byte code, written a plane at a time by strided copies
into a buffer read as native ints (:func:`row_codes`). A lookup of such an int (no tuple to build,
hash and compare) costs ~45 ns a pixel against ~100 for a 6-tuple: the text-shadow card's title (five
shadows) has 54k such pixels in its glyph rows. :class:`CodeTable` turns a code back into the key on
a miss, so the output bytes are the memo's, whichever way a pixel is looked up.
Must not import style, layout, text or document.
"""

from __future__ import annotations

import struct
import sys
import weakref
from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Literal

from pureog import caches
from pureog.raster.resvg_box import painted_rows

_BYTEORDER = sys.byteorder
_ALL_BYTES = bytes(range(256))
# the memoryview format of a native unsigned int 4 bytes wide ("H" is 2 and "Q" 8 everywhere)
_FOUR: Literal["I", "L"] = "I" if struct.calcsize("I") == 4 else "L"
_TABLE_LIMIT = 1 << 16  # codes kept per table (then cleared): ~6 MB at most


def alpha_pixels(rows: Sequence[bytes | bytearray], width: int, alpha: bytes | bytearray) -> bytes | None:
    """The premultiplied source pixel for each alpha value (256 x 4 bytes, RGBA), if every pixel of
    ``rows`` (RGBA rows of ``width`` pixels; ``alpha`` their alpha plane) is the one its alpha gives;
    None otherwise (a gradient, an emoji, glyphs of two colours).

    C-level steps: the alpha values present, one ``find`` each for the pixel that shows it, then each
    colour plane compared with the alpha plane translated by the table found, over the rows with
    alpha only (~0.2 ms for the 100k painted pixels of a 96 px title)."""
    # The first and last painted byte: the painted rows by bisection (memcmps in place), then one strip
    # of each end row (stripping the whole plane walked and copied ~200 KB twice: ~0.15 ms a title).
    band = painted_rows((alpha,), width, len(alpha) // width) if width else None
    if band is None:
        i0 = i1 = r0 = r1 = 0  # no alpha at all: the rows' other bytes are checked below
    else:
        r0, r1 = band
        i0 = r0 * width + width - len(alpha[r0 * width : (r0 + 1) * width].lstrip(b"\x00"))
        i1 = (r1 - 1) * width + len(alpha[(r1 - 1) * width : r1 * width].rstrip(b"\x00"))
    # clear pixels must be all zero bytes (premultiplied clear): the rows without alpha, then the
    # pixels of the others outside the painted span
    # (clear tests by comparing with zeros: one memcmp, ~8x faster than bytes.count's byte loop)
    clear = bytes(4 * width)
    if any(row != clear for row in (*rows[:r0], *rows[r1:])):
        return None
    source = b"".join(rows[r0:r1])
    alpha = alpha[r0 * width : r1 * width]
    i0, i1 = i0 - r0 * width, i1 - r0 * width
    if source[: 4 * i0] != bytes(4 * i0) or source[4 * i1 :] != bytes(len(source) - 4 * i1):
        return None
    span, pixels = alpha[i0:i1], source[4 * i0 : 4 * i1]
    present = _ALL_BYTES.translate(None, _ALL_BYTES.translate(None, span))  # the alpha values there
    table = bytearray(1024)
    table[3::4] = _ALL_BYTES
    found = [(a, span.find(a)) for a in present]  # (a memchr each, up to the value's first pixel)
    for channel in range(3):
        plane = pixels[channel::4]
        values = bytearray(256)
        for a, at in found:
            values[a] = plane[at]
        if span.translate(values) != plane:
            return None
        table[channel::4] = values
    return bytes(table)


def code_size(count: int) -> int:
    """The code width (2, 4 or 8 bytes) for ``count`` key bytes, 0 when they do not fit."""
    return next((size for size in (2, 4, 8) if count <= size), 0)


def row_codes(size: int, source_alpha: bytes | bytearray, alphas: Sequence[bytes | bytearray],
              backdrop: bytes | bytearray | None = None) -> memoryview:
    """One native int a pixel: from byte 0 (in memory) each shadow's alpha (``alphas``, one plane each),
    the last shadow's first, then the source pixel's alpha (``source_alpha``), then the backdrop
    pixel's four bytes (RGBA).

    Why that order: a code is read as a Python int a pixel, and the most common pixels get the
    smallest ints. Where the source is clear (outside the glyphs: three quarters of a text shadow's
    glyph rows) a one-shadow code is the shadow's alpha alone, under 256, an int CPython keeps made
    (no allocation a pixel); where only the last listed shadows paint (wide glows tend to come last in
    a stack: the text-shadow card's title, 34k of its 50k glyph-row pixels) the 8-byte code stays under
    2^30, one digit to make and hash, where the source alpha in byte 0 put every shadow above bit 8."""
    codes = bytearray(size * len(source_alpha))
    count = len(alphas)
    for i, plane in enumerate(alphas):
        codes[count - 1 - i :: size] = plane
    codes[count::size] = source_alpha
    if backdrop is not None:
        base = 1 + len(alphas)
        for channel in range(4):
            codes[base + channel :: size] = backdrop[channel::4]
    view = memoryview(codes)
    return view.cast("H") if size == 2 else view.cast(_FOUR) if size == 4 else view.cast("Q")


class CodeTable(dict[int, bytes]):
    """A code of :func:`row_codes` -> ``memo[key]``, the key ``(source pixel, alphas...[, backdrop
    pixel])`` with pixels as native ints, the source pixel read from ``pixels`` (:func:`alpha_pixels`)."""

    def __init__(self, memo: Mapping[tuple[int, ...], bytes], pixels: bytes, shadows: int, size: int,
                 backdrop: bool) -> None:
        super().__init__()
        self.memo = memo
        self.pixels = [int.from_bytes(pixels[i : i + 4], _BYTEORDER) for i in range(0, 1024, 4)]
        self.shadows = shadows
        self.size = size
        self.backdrop = backdrop

    def __missing__(self, code: int) -> bytes:
        raw = code.to_bytes(self.size, _BYTEORDER)  # the code's bytes in memory order
        n = 1 + self.shadows
        key = (self.pixels[raw[n - 1]], *reversed(raw[: n - 1]))  # (row_codes: the shadows last one first)
        if self.backdrop:
            key = (*key, int.from_bytes(raw[n : n + 4], _BYTEORDER))
        if len(self) >= _TABLE_LIMIT:
            self.clear()
        value = self[code] = self.memo[key]
        return value


# The 16-bit code tables' lists (joined_pixels), by the table's id: each holds 65,536 references (512 KB on a
# 64-bit build), charged that much; the table itself is held weakly (a dropped table's list waits for
# the budget's next clearing, and a new table at a reused id is told apart by the reference).
_DENSE_BYTES = 8 << 16
_DENSE: caches.Budgeted[int, tuple[weakref.ref[Mapping[int, bytes]], list[bytes]]] = caches.budgeted(
    "raster.shadow_dense_codes", 32 * _DENSE_BYTES)


def joined_pixels(table: Mapping[int, bytes], codes: memoryview) -> bytes:
    """``b"".join(table[code] for code in codes)``: the output pixels (4 bytes each) of a row's codes.

    Why a list: 16-bit codes (``codes.format == "H"``: a pair of glows' alphas, one shadow's and the
    source's) index a list of 65,536 entries copied from ``table``, where a dict probe hashes the code
    and searches its slots; ``itemgetter`` reads every index into a tuple at once (no call a pixel
    through ``map``) that ``join`` takes as it is: ~30 against ~45 ns a pixel, ~0.7 ms a render of the
    text-shadow card's ~75k such pixels. An entry not copied yet is ``b""``, so the joined length
    tells whether a code was missed; the row's missing codes are then read from ``table`` (whose
    ``__missing__`` computes them) and the row joined again. Wider codes are looked up in the dict."""
    n = len(codes)
    if codes.format != "H" or n < 2:  # (itemgetter of one index gives the item, not a tuple)
        return b"".join(map(table.__getitem__, codes))
    entry = _DENSE.get(id(table))
    if entry is None or entry[0]() is not table:
        entry = _DENSE.keep(id(table), (weakref.ref(table), [b""] * 65536), _DENSE_BYTES)
    items = entry[1]
    fetch = itemgetter(*codes)
    out = b"".join(fetch(items))
    if len(out) != 4 * n:
        for code in set(codes):
            if not items[code]:
                items[code] = table[code]
        out = b"".join(fetch(items))
    return out


__all__ = ["CodeTable", "alpha_pixels", "code_size", "joined_pixels", "row_codes"]
