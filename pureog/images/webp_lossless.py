"""WebP lossless (VP8L) decoder: a VP8L bitstream -> row-major 32-bit ARGB pixels, as libwebp decodes it.

Covers the whole format (RFC 9649 section 3): the image header, transforms (read here, undone by
:mod:`.webp_transforms`), the colour cache, meta prefix codes (an entropy image choosing one of many
groups of five prefix codes per tile), and the entropy-coded pixels: literals, LZ77 backward references
with the 120-entry distance map, colour-cache hits. :func:`decode_vp8l_alpha` decodes the headerless
stream an ``ALPH`` chunk holds and keeps its green channel.

Speed: bits are read LSB-first from an int window refilled 64 bits at a time, so one pixel needs at
most one refill; prefix codes decode through flat lookup tables (8-bit root, second level for longer
codes), one list lookup a symbol; pixels live in a 4-byte-per-pixel ``array`` and backward references
copy slices of it. The pixel loop is a documented per-symbol Python hot loop.
Untrusted input: every size is checked before allocating (:func:`pureog.binary.check_size`), codes
must be complete prefix codes as libwebp requires, the prefix tables of one image are bounded in total
(:data:`MAX_TABLE_ENTRIES`), backward references must stay inside the image, and reading past the end
of the data is an :class:`ImageError` (found at the latest at the end of each row).
Imports :mod:`.webp_transforms`, :mod:`pureog.binary`, :mod:`pureog.limits` and :mod:`pureog.errors`.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Sequence

from pureog.binary import check_size
from pureog.errors import ImageError
from pureog.images.webp_transforms import (
    UINT32,
    expand_palette,
    undo_color_indexing,
    undo_cross_color,
    undo_predictor,
    undo_subtract_green,
)
from pureog.limits import check_deadline

MAX_TABLE_ENTRIES = 1 << 23
"""Prefix-code lookup entries one image may build (all its code groups together): a hostile stream of
many tiny code groups would otherwise turn a few bits each into hundreds of table entries. libwebp's
encoder writes at most a few thousand groups, well under this."""

_ROOT_BITS = 8
_POINTER = 1 << 28
"""Root-table entries at or above this point to a second-level table: ``_POINTER | offset << 8 |
root_bits << 4 | sub_bits``; other entries are ``symbol << 4 | code_length``."""
_CODE_LENGTH_ORDER = (17, 18, 0, 1, 2, 3, 4, 5, 16, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
_LITERALS = 256
_LENGTH_CODES = 24
_DISTANCE_CODES = 40
# The distance map: codes 1..120 name nearby pixels as (dy << 4) | (8 - dx).
_DISTANCE_MAP = (
    0x18, 0x07, 0x17, 0x19, 0x28, 0x06, 0x27, 0x29, 0x16, 0x1A, 0x26, 0x2A, 0x38, 0x05, 0x37, 0x39, 0x15, 0x1B,
    0x36, 0x3A, 0x25, 0x2B, 0x48, 0x04, 0x47, 0x49, 0x14, 0x1C, 0x35, 0x3B, 0x46, 0x4A, 0x24, 0x2C, 0x58, 0x45,
    0x4B, 0x34, 0x3C, 0x03, 0x57, 0x59, 0x13, 0x1D, 0x56, 0x5A, 0x23, 0x2D, 0x44, 0x4C, 0x55, 0x5B, 0x33, 0x3D,
    0x68, 0x02, 0x67, 0x69, 0x12, 0x1E, 0x66, 0x6A, 0x22, 0x2E, 0x54, 0x5C, 0x43, 0x4D, 0x65, 0x6B, 0x32, 0x3E,
    0x78, 0x01, 0x77, 0x79, 0x53, 0x5D, 0x11, 0x1F, 0x64, 0x6C, 0x42, 0x4E, 0x76, 0x7A, 0x21, 0x2F, 0x75, 0x7B,
    0x31, 0x3F, 0x63, 0x6D, 0x52, 0x5E, 0x00, 0x74, 0x7C, 0x41, 0x4F, 0x10, 0x20, 0x62, 0x6E, 0x30, 0x73, 0x7D,
    0x51, 0x5F, 0x40, 0x72, 0x7E, 0x61, 0x6F, 0x50, 0x71, 0x7F, 0x60, 0x70,
)
_PREDICTOR, _CROSS_COLOR, _SUBTRACT_GREEN, _COLOR_INDEXING = range(4)

# A prefix code as its lookup table and the mask of its root index.
Code = tuple[list[int], int]


def _fail(message: str) -> ImageError:
    return ImageError(f"invalid WebP: {message}")


class _Bits:
    """LSB-first bit reader. Past the end it reads zeros; :meth:`check` raises once that happened."""

    __slots__ = ("data", "pos", "val", "nb", "total")

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.total = len(data) * 8
        self.pos = 0
        self.val = 0
        self.nb = 0

    def read(self, count: int) -> int:
        if self.nb < count:
            self.val |= int.from_bytes(self.data[self.pos : self.pos + 8], "little") << self.nb
            self.pos += 8
            self.nb += 64
        value = self.val & ((1 << count) - 1)
        self.val >>= count
        self.nb -= count
        return value

    def symbol(self, code: Code) -> int:
        if self.nb < 32:
            self.val |= int.from_bytes(self.data[self.pos : self.pos + 8], "little") << self.nb
            self.pos += 8
            self.nb += 64
        table, mask = code
        entry = table[self.val & mask]
        if entry >= _POINTER:
            entry = table[((entry >> 8) & 0xFFFFF) + ((self.val >> ((entry >> 4) & 15)) & ((1 << (entry & 15)) - 1))]
        self.val >>= entry & 15
        self.nb -= entry & 15
        return entry >> 4

    def check(self) -> None:
        if self.pos * 8 - self.nb > self.total:
            raise _fail("lossless data is truncated")


class _Budget:
    """Prefix-table entries still allowed for this image (:data:`MAX_TABLE_ENTRIES`)."""

    __slots__ = ("left",)

    def __init__(self) -> None:
        self.left = MAX_TABLE_ENTRIES

    def spend(self, entries: int) -> None:
        self.left -= entries
        if self.left < 0:
            raise ImageError("WebP lossless image has too many prefix codes")


def _reverse(code: int, length: int) -> int:
    return int(f"{code:0{length}b}"[::-1], 2)


def _build_code(lengths: dict[int, int], budget: _Budget | None) -> Code:
    """The lookup table of the canonical prefix code with ``lengths`` (symbol -> length > 0). As libwebp,
    one symbol makes a zero-bit code and any other code must be complete. ``budget`` None: validate
    only (a code group the entropy image never uses)."""
    if not lengths:
        raise _fail("empty prefix code")
    if len(lengths) == 1:
        (symbol,) = lengths
        return ([symbol << 4], 0)
    if sum(1 << (15 - n) for n in lengths.values()) != 1 << 15:
        raise _fail("incomplete or over-subscribed prefix code")
    if budget is None:
        return ([], 0)
    ordered = sorted((n, s) for s, n in lengths.items())
    max_len = ordered[-1][0]
    root = min(max_len, _ROOT_BITS)
    table = [0] * (1 << root)
    long_codes: dict[int, list[tuple[int, int, int]]] = {}
    code = 0
    previous = ordered[0][0]
    for n, symbol in ordered:
        code <<= n - previous
        previous = n
        rev = _reverse(code, n)
        code += 1
        if n <= root:
            table[rev :: 1 << n] = [symbol << 4 | n] * (1 << (root - n))
        else:
            long_codes.setdefault(rev & ((1 << root) - 1), []).append((rev >> root, n, symbol))
    for prefix, entries in long_codes.items():
        sub_bits = max(n for _, n, _ in entries) - root
        offset = len(table)
        table += [0] * (1 << sub_bits)
        for rest, n, symbol in entries:
            table[offset + rest : offset + (1 << sub_bits) : 1 << (n - root)] = (
                [symbol << 4 | n] * (1 << (sub_bits - n + root)))
        table[prefix] = _POINTER | offset << 8 | root << 4 | sub_bits
    budget.spend(len(table))
    return (table, (1 << root) - 1)


def _read_code(bits: _Bits, alphabet: int, budget: _Budget | None) -> Code:
    """One prefix code: the "simple" form (one or two symbols of up to 8 bits) or code lengths that are
    themselves prefix-coded, with run-length codes 16 (repeat the last non-zero length), 17 and 18
    (runs of zeros)."""
    lengths: dict[int, int] = {}
    if bits.read(1):
        count = bits.read(1) + 1
        for k in range(count):
            symbol = bits.read(8 if k or bits.read(1) else 1)
            if symbol < alphabet:  # libwebp ignores symbols outside the alphabet
                lengths[symbol] = 1
    else:
        code_lengths = {}
        for k in range(bits.read(4) + 4):
            n = bits.read(3)
            if n:
                code_lengths[_CODE_LENGTH_ORDER[k]] = n
        length_code = _build_code(code_lengths, _Budget())
        limit = alphabet
        if bits.read(1):
            limit = 2 + bits.read(2 + 2 * bits.read(3))
            if limit > alphabet:
                raise _fail("prefix code has too many lengths")
        symbol = 0
        previous = 8
        while symbol < alphabet and limit > 0:
            limit -= 1
            n = bits.symbol(length_code)
            if n < 16:
                if n:
                    lengths[symbol] = previous = n
                symbol += 1
                continue
            repeat = bits.read((2, 3, 7)[n - 16]) + (3, 3, 11)[n - 16]
            if symbol + repeat > alphabet:
                raise _fail("prefix code lengths overflow the alphabet")
            if n == 16:
                for s in range(symbol, symbol + repeat):
                    lengths[s] = previous
            symbol += repeat
    bits.check()
    return _build_code(lengths, budget)


def _subsample(size: int, bits: int) -> int:
    return (size + (1 << bits) - 1) >> bits


def _prefix_value(symbol: int, bits: _Bits) -> int:
    """A length or distance from its prefix symbol and extra bits."""
    if symbol < 4:
        return symbol + 1
    extra = (symbol - 2) >> 1
    return ((2 + (symbol & 1)) << extra) + bits.read(extra) + 1


def _read_groups(bits: _Bits, width: int, height: int, cache_bits: int, meta: bool,
                 budget: _Budget) -> tuple[list[tuple[Code, ...]], list[int] | None, int]:
    """The prefix-code groups of an image: with ``meta``, an entropy image names a group per tile of
    ``2**tile_bits`` pixels. Returns the groups, the tile -> group map (None: one group) and
    ``tile_bits``."""
    tiles: list[int] | None = None
    tile_bits = 0
    count = 1
    if meta and bits.read(1):
        tile_bits = bits.read(3) + 2
        entropy = _decode_image(bits, _subsample(width, tile_bits), _subsample(height, tile_bits), budget)
        tiles = [(p >> 8) & 0xFFFF for p in entropy]
        count = max(tiles) + 1
    used = set(tiles) if tiles is not None else {0}
    alphabets = (_LITERALS + _LENGTH_CODES + ((1 << cache_bits) if cache_bits else 0), _LITERALS, _LITERALS,
                 _LITERALS, _DISTANCE_CODES)
    groups: list[tuple[Code, ...]] = []
    for index in range(count):
        keep = budget if index in used else None  # unused groups are read and checked, never built
        groups.append(tuple(_read_code(bits, size, keep) for size in alphabets))
        check_deadline()
    return groups, tiles, tile_bits


def _decode_image(bits: _Bits, width: int, height: int, budget: _Budget) -> array[int]:
    """An entropy-coded image without transforms or meta codes: the side images (predictor modes,
    colour multipliers, palette, entropy image)."""
    cache_bits = _read_cache_bits(bits)
    groups, _, _ = _read_groups(bits, width, height, cache_bits, False, budget)
    return _decode_pixels(bits, width, height, groups, None, 0, cache_bits)


def _read_cache_bits(bits: _Bits) -> int:
    if not bits.read(1):
        return 0
    cache_bits = bits.read(4)
    if not 1 <= cache_bits <= 11:
        raise _fail("bad colour cache size")
    return cache_bits


def _decode_pixels(bits: _Bits, width: int, height: int, groups: list[tuple[Code, ...]], tiles: list[int] | None,
                   tile_bits: int, cache_bits: int) -> array[int]:
    """The entropy-coded pixels (documented hot loop: a few table lookups per pixel)."""
    total = width * height
    pix = array(UINT32, [0]) * total
    caching = cache_bits > 0
    cache = [0] * (1 << cache_bits)
    cache_shift = 32 - cache_bits
    cache_limit = _LITERALS + _LENGTH_CODES
    tiles_per_row = _subsample(width, tile_bits)
    tile_mask = (1 << tile_bits) - 1 if tiles is not None else -1  # -1: only at x == 0
    data = bits.data
    total_bits = bits.total
    pos, val, nb = bits.pos, bits.val, bits.nb
    i = x = y = 0
    (gt, gm), (rt, rm), (bt, bm), (at, am), dist_code = groups[0]
    while i < total:
        if x & tile_mask == 0:
            group = groups[tiles[(y >> tile_bits) * tiles_per_row + (x >> tile_bits)]] if tiles is not None \
                else groups[0]
            (gt, gm), (rt, rm), (bt, bm), (at, am), dist_code = group
        if nb < 64:  # one refill covers any pixel: four 15-bit codes, or a copy's 58 bits
            val |= int.from_bytes(data[pos : pos + 8], "little") << nb
            pos += 8
            nb += 64
        e = gt[val & gm]
        if e >= _POINTER:
            e = gt[((e >> 8) & 0xFFFFF) + ((val >> ((e >> 4) & 15)) & ((1 << (e & 15)) - 1))]
        val >>= e & 15
        nb -= e & 15
        green = e >> 4
        if green < _LITERALS:
            e = rt[val & rm]
            if e >= _POINTER:
                e = rt[((e >> 8) & 0xFFFFF) + ((val >> ((e >> 4) & 15)) & ((1 << (e & 15)) - 1))]
            val >>= e & 15
            nb -= e & 15
            red = e >> 4
            e = bt[val & bm]
            if e >= _POINTER:
                e = bt[((e >> 8) & 0xFFFFF) + ((val >> ((e >> 4) & 15)) & ((1 << (e & 15)) - 1))]
            val >>= e & 15
            nb -= e & 15
            blue = e >> 4
            e = at[val & am]
            if e >= _POINTER:
                e = at[((e >> 8) & 0xFFFFF) + ((val >> ((e >> 4) & 15)) & ((1 << (e & 15)) - 1))]
            val >>= e & 15
            nb -= e & 15
            argb = (e >> 4) << 24 | red << 16 | green << 8 | blue
            pix[i] = argb
            if caching:
                cache[((argb * 0x1E35A7BD) & 0xFFFFFFFF) >> cache_shift] = argb
            i += 1
            x += 1
        elif green < cache_limit:
            bits.pos, bits.val, bits.nb = pos, val, nb
            length = _prefix_value(green - _LITERALS, bits)
            code = _prefix_value(bits.symbol(dist_code), bits)
            pos, val, nb = bits.pos, bits.val, bits.nb
            if code > 120:
                dist = code - 120
            else:
                offset = _DISTANCE_MAP[code - 1]
                dist = max(1, (offset >> 4) * width + 8 - (offset & 15))
            if dist > i or length > total - i:
                raise _fail("backward reference outside the image")
            start = i - dist
            if dist >= length:
                pix[i : i + length] = pix[start : start + length]
            else:  # overlapping: the last ``dist`` pixels repeat
                pix[i : i + length] = (pix[start:i] * (length // dist + 1))[:length]
            if caching:
                for argb in pix[i : i + length]:
                    cache[((argb * 0x1E35A7BD) & 0xFFFFFFFF) >> cache_shift] = argb
            i += length
            x += length
            if x >= width:
                y += x // width
                x %= width
                check_deadline()
                if pos * 8 - nb > total_bits:
                    break
            if x & tile_mask and tiles is not None:  # a copy can end inside a tile
                group = groups[tiles[(y >> tile_bits) * tiles_per_row + (x >> tile_bits)]]
                (gt, gm), (rt, rm), (bt, bm), (at, am), dist_code = group
            continue
        else:  # a colour-cache code (only in the alphabet when there is a cache)
            argb = pix[i] = cache[green - cache_limit]
            # Re-inserted as libwebp does: a never-written slot holds 0, whose own slot is 0.
            cache[((argb * 0x1E35A7BD) & 0xFFFFFFFF) >> cache_shift] = argb
            i += 1
            x += 1
        if x == width:
            x = 0
            y += 1
            if pos * 8 - nb > total_bits:
                break
            check_deadline()
    bits.pos, bits.val, bits.nb = pos, val, nb
    bits.check()
    return pix


def _decode_stream(bits: _Bits, width: int, height: int) -> array[int]:
    """A level-0 image stream (transforms, colour cache, meta codes, pixels) with its transforms undone."""
    budget = _Budget()
    transforms: list[tuple[int, int, int, Sequence[int]]] = []  # (type, width at that stage, bits, data)
    seen: set[int] = set()
    xsize = width
    while bits.read(1):
        kind = bits.read(2)
        if kind in seen:
            raise _fail("repeated transform")
        seen.add(kind)
        if kind in (_PREDICTOR, _CROSS_COLOR):
            tile_bits = bits.read(3) + 2
            tile_data = _decode_image(bits, _subsample(xsize, tile_bits), _subsample(height, tile_bits), budget)
            transforms.append((kind, xsize, tile_bits, tile_data))
        elif kind == _COLOR_INDEXING:
            colors = bits.read(8) + 1
            pack_bits = 0 if colors > 16 else 1 if colors > 4 else 2 if colors > 2 else 3
            palette = expand_palette(_decode_image(bits, colors, 1, budget), pack_bits)
            transforms.append((kind, xsize, pack_bits, palette))
            xsize = _subsample(xsize, pack_bits)
        else:
            transforms.append((kind, xsize, 0, []))
    cache_bits = _read_cache_bits(bits)
    groups, tiles, tile_bits = _read_groups(bits, xsize, height, cache_bits, True, budget)
    pix = _decode_pixels(bits, xsize, height, groups, tiles, tile_bits, cache_bits)
    for kind, stage_width, transform_bits, side in reversed(transforms):
        if kind == _PREDICTOR:
            undo_predictor(pix, stage_width, height, transform_bits, side)
        elif kind == _CROSS_COLOR:
            undo_cross_color(pix, stage_width, height, transform_bits, side)
        elif kind == _SUBTRACT_GREEN:
            undo_subtract_green(pix, stage_width)
        else:
            pix = undo_color_indexing(pix, stage_width, height, transform_bits, side)
    return pix


def vp8l_size(data: bytes) -> tuple[int, int]:
    """Width and height from a VP8L header (signature byte 0x2F, 14-bit sizes, version 0)."""
    if len(data) < 5 or data[0] != 0x2F:
        raise _fail("bad lossless signature")
    header = int.from_bytes(data[1:5], "little")
    if header >> 29:
        raise _fail("unknown lossless version")
    return (header & 0x3FFF) + 1, ((header >> 14) & 0x3FFF) + 1


def decode_vp8l(data: bytes) -> tuple[int, int, array[int]]:
    """A ``VP8L`` chunk's payload -> (width, height, row-major ARGB ints)."""
    width, height = vp8l_size(data)
    check_size(width, height, what="WebP")
    bits = _Bits(data)
    bits.read(8 + 14 + 14 + 1 + 3)  # the header just read
    return width, height, _decode_stream(bits, width, height)


def decode_vp8l_alpha(data: bytes, width: int, height: int) -> bytes:
    """A lossless-compressed alpha plane: a headerless VP8L stream of the frame's size whose green
    channel is the alpha (before the ALPH chunk's filter is undone)."""
    return argb_to_bytes(_decode_stream(_Bits(data), width, height))[1::4]


def argb_to_bytes(pix: array[int]) -> bytes:
    """ARGB ints -> their little-endian bytes (B, G, R, A per pixel)."""
    if sys.byteorder == "big":
        pix = array(UINT32, pix)
        pix.byteswap()
    return pix.tobytes()


def argb_to_rgba(pix: array[int]) -> bytes:
    """ARGB ints -> straight RGBA8 bytes."""
    bgra = argb_to_bytes(pix)
    out = bytearray(len(bgra))
    out[0::4] = bgra[2::4]
    out[1::4] = bgra[1::4]
    out[2::4] = bgra[0::4]
    out[3::4] = bgra[3::4]
    return bytes(out)
