"""Lossless WebP (VP8L) encoding: straight RGBA8 pixels -> WebP bytes that decode to exactly those pixels.

Role: an alternative to :mod:`pureog.raster.png`, usually smaller. Input -> output: ``width x height``
straight (un-premultiplied) RGBA8 rows (``Pixmap.to_straight_rgba()``) -> a RIFF ``WEBP`` file with one
``VP8L`` chunk (which carries alpha itself, so no ``VP8X`` chunk is needed).

The bitstream (the WebP lossless format, RFC 9649) uses a simple, fast subset of what libwebp does.
The image is coded one of two ways:

- indexed, when it has at most 256 colours (most cards: flat colours and anti-aliased text): the
  colour-indexing transform, with 2, 4 or 8 indices packed in a pixel when there are few colours.
  Measured on the example cards it is 20-35 % smaller than the predicted coding, which wins only on
  smooth grey gradients, by a few hundred bytes: not worth encoding twice;
- predicted, otherwise: the subtract-green transform (red and blue minus green), then the predictor
  transform on 32x32 tiles, each tile taking whichever of four predictors (left, top, the average of
  the two, the clamped gradient ``left + top - top-left``) leaves the cheapest residuals. The estimate
  counts only pixels that no copy could code: a linear-gradient background has noisy residuals
  whatever the predictor, but the gradient predictor's repeat from row to row, shifted by one pixel.

Either way the pixels are then coded as literals and LZ77 copies (backward references) from four
distances (the pixel to the left, above, above-left, above-right), plus, in the predicted coding, hits in
a 1024-entry colour cache (the residuals of anti-aliased text repeat; measured, a cache did not pay in
the indexed coding). One group of five canonical Huffman codes is built from the histograms (at most 15
bits long). Not used: the cross-colour transform, general LZ77 matching and meta Huffman codes (code
groups per region); each would save a little more on some images.

How it is fast in pure Python: the transforms, the search for copies and the cache's hashes run on whole
images at C speed, as byte strings and big-int "SWAR" arithmetic (each byte of one Python int is a lane:
subtraction and averages use 0x80 / 0x7F masks so that no borrow or carry crosses a lane; the clamp runs
in 2-byte lanes; "equals the pixel d back" is an XOR with the int shifted by d pixels, its four bytes
ORed together); copies are runs of zero flags, found by a regular expression. Python loops per run and
per literal pixel (the colour cache is a sequential state), not per copied pixel. Bits are strings of
"0" and "1" in stream order: each distinct token's code is built once, the codes of all tokens are joined
once, and ``int(s, 2)`` (linear time for base 2) turns them into bytes.
Output bytes are a pure function of the pixels. Must not import style, layout, text or document.
"""

from __future__ import annotations

import heapq
import re
import struct
import sys
from array import array
from collections import Counter
from collections.abc import Sequence
from functools import cached_property
from itertools import groupby

from pureog.errors import PureogError
from pureog.limits import check_deadline

MAX_SIDE = 16384  # the 14-bit size fields of the VP8L header
_TILE_BITS = 5  # predictor tiles of 32x32 pixels
_MODES = (1, 2, 7, 12)  # the predictors tried (VP8L numbers): left, top, average of both, clamped gradient
_BLACK = b"\x00\x00\x00\xff"  # the prediction of the top-left pixel: opaque black (BGRA)
_MAX_COPY = 4096  # the longest backward reference
_MIN_COPY = 2  # shorter matches are coded as literals
_MAX_CODE_LENGTH = 15
_MAX_CODE_LENGTH_CODE_LENGTH = 7
_CODE_LENGTH_ORDER = (17, 18, 0, 1, 2, 3, 4, 5, 16, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
_LITERALS = 256
_LENGTH_CODES = 24
_DISTANCE_CODES = 40
_CACHE_BITS = 10  # the colour cache of the predicted coding: 1024 entries
_CACHE_MULTIPLIER = 0x1E35A7BD  # the cache's hash: (ARGB * this mod 2**32) >> (32 - bits)
_LEFT_CODE = 2  # the distance code of the previous pixel
# Tokens: a literal pixel is its ARGB word; larger tokens are tagged cache hits and copies.
_CACHE_TOKEN = 1 << 32  # ``_CACHE_TOKEN | index``
_COPY_TOKEN = 1 << 33  # ``_COPY_TOKEN | distance code << 16 | length``

# A residual byte's rough cost in bits, 0 for an exact prediction and growing with the magnitude of the
# signed residual (at most 27, so 32 rows of it fit a 16-bit lane in _tile_costs).
_COST = bytes(3 * (2 * min(v, 256 - v)).bit_length() for v in range(256))
_MATCHES = re.compile(rb"\x00{%d,}" % _MIN_COPY)  # runs of "equals the pixel d back" flags
_WORD = next(code for code in "IL" if array(code).itemsize == 4)  # the array type of 32-bit words


def encode_webp_lossless(width: int, height: int, rgba: bytes | bytearray) -> bytes:
    """Lossless WebP bytes of ``width x height`` straight RGBA8 pixels, deterministic.

    ``rgba``: rows top first, 4 bytes a pixel, colour not premultiplied (``Pixmap.to_straight_rgba()``);
    a decoder returns exactly these bytes (fully transparent pixels keep their colour too)."""
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
        raise PureogError(f"cannot encode a {width}x{height} image as WebP (1 to {MAX_SIDE} px a side)")
    if len(rgba) != width * height * 4:
        raise ValueError("rgba has the wrong length")  # programming error, not user input

    rgba = bytes(rgba)
    bgra = bytearray(rgba)  # the byte order of little-endian ARGB words, as the format numbers channels
    bgra[0::4] = rgba[2::4]
    bgra[2::4] = rgba[0::4]
    pixels = bytes(bgra)
    palette = set(_words(pixels))
    if len(palette) <= 256:
        coded = _indexed(pixels, width, height, sorted(palette))
    else:
        coded = _predicted(pixels, width, height)
    alpha_used = rgba[3::4].count(255) != width * height  # a hint for decoders
    bits = "".join((_lsb(0x2F, 8), _lsb(width - 1, 14), _lsb(height - 1, 14), _lsb(alpha_used, 1), _lsb(0, 3), coded))
    payload = int(bits[::-1], 2).to_bytes((len(bits) + 7) // 8, "little")  # bit i of the stream = bit i
    padding = b"\x00" * (len(payload) % 2)  # RIFF chunks have an even size; the padding is not counted
    return b"".join((b"RIFF", struct.pack("<I", 12 + len(payload) + len(padding)), b"WEBP",
                     b"VP8L", struct.pack("<I", len(payload)), payload, padding))


def _lsb(value: int, count: int) -> str:
    """``count`` bits of ``value`` in stream order: VP8L packs fields least significant bit first."""
    return format(value, f"0{count}b")[::-1] if count else ""


def _predicted(pixels: bytes, width: int, height: int) -> str:
    """The transforms and image of the predicted coding: subtract green, then a predictor per tile."""
    lanes = _Lanes(len(pixels))
    green = bytearray(len(pixels))
    green[0::4] = green[2::4] = pixels[1::4]
    subtracted = lanes.store(lanes.sub(lanes.load(pixels), lanes.load(green)))  # red - green, blue - green
    residuals, modes = _predict(subtracted, width, height, lanes)
    mode_image = bytearray(4 * len(modes))
    mode_image[1::4] = bytes(modes)  # a tile's mode is the green channel of its pixel
    return "".join((
        "1", _lsb(2, 2),  # a transform: subtract green (no data)
        "1", _lsb(0, 2), _lsb(_TILE_BITS - 2, 3),  # a transform: the predictor, with the tiles' modes
        _image(bytes(mode_image), -(-width >> _TILE_BITS), main=False),
        "0",  # no more transforms
        _image(residuals, width, main=True, cache_bits=_CACHE_BITS),
    ))


def _indexed(pixels: bytes, width: int, height: int, palette: list[int]) -> str:
    """The transform and image of the indexed coding (at most 256 colours): each pixel becomes its
    colour's index; with at most 16 colours, 2, 4 or 8 indices are packed in one pixel's green byte."""
    index = {colour: i for i, colour in enumerate(palette)}
    indices = bytes(map(index.__getitem__, _words(pixels)))  # C-level lookups, no Python per pixel
    width_bits = 0 if len(palette) > 16 else 1 if len(palette) > 4 else 2 if len(palette) > 2 else 3
    group = 1 << width_bits
    packed_width = -(-width // group)
    if width_bits:
        size = 8 >> width_bits  # bits of one index
        padding = bytes(packed_width * group - width)
        padded = b"".join(indices[o : o + width] + padding for o in range(0, len(indices), width))
        packed = 0
        for j in range(group):  # the j-th index of each group goes to bits j * size.. of the byte
            shift = bytes((v << j * size) & 255 for v in range(256))
            packed |= int.from_bytes(padded[j::group].translate(shift), "little")
        indices = packed.to_bytes(packed_width * height, "little")
    image = bytearray(4 * len(indices))
    image[1::4] = indices
    table = b"".join(struct.pack("<I", colour) for colour in palette)
    deltas = _Lanes(len(table))  # the palette is sent as the differences of neighbouring entries
    return "".join((
        "1", _lsb(3, 2), _lsb(len(palette) - 1, 8),  # a transform: colour indexing, with the palette
        _image(deltas.store(deltas.sub(deltas.load(table), deltas.load(bytes(4) + table[:-4]))),
               len(palette), main=False),
        "0",  # no more transforms
        _image(bytes(image), packed_width, main=True),
    ))


def _words(pixels: bytes) -> array[int]:
    """BGRA bytes -> ARGB words."""
    words = array(_WORD, pixels)
    if sys.byteorder == "big":
        words.byteswap()
    return words


# ---------------------------------------------------------------------------------------------------
# Whole-image arithmetic (see the module docstring).


class _Lanes:
    """Bytewise arithmetic on ``size``-byte strings held as little-endian ints, one lane per byte (or
    per 2 or 4 bytes), and the masks it needs, made once per image."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.high = int.from_bytes(b"\x80" * size, "little")  # bit 7 of every byte
        self.ones = self.high >> 7  # 0x01 in every byte
        self.low = self.high - self.ones  # 0x7F in every byte

    @cached_property
    def even(self) -> int:
        """0x00FF in every 2-byte lane."""
        return int.from_bytes(b"\xff\x00" * (self.size // 2), "little")

    @cached_property
    def first(self) -> int:
        """0x80 in the first byte of every 4-byte word."""
        return int.from_bytes(b"\x80\x00\x00\x00" * (self.size // 4), "little")

    def load(self, data: bytes | bytearray) -> int:
        """The lanes of ``data``."""
        return int.from_bytes(data, "little")

    def store(self, value: int) -> bytes:
        """The ``size`` bytes of the lanes of ``value``."""
        return value.to_bytes(self.size, "little")

    def sub(self, a: int, b: int) -> int:
        """``(a - b) mod 256`` in each byte. ``(a | 0x80) - (b & 0x7F)`` cannot borrow from the next
        lane; the XOR then sets bit 7 to what it should be, ``a7 ^ b7 ^ borrow``."""
        high = self.high
        return ((a | high) - (b & self.low)) ^ ((a ^ b) & high ^ high)

    def average(self, a: int, b: int) -> int:
        """``(a + b) >> 1`` in each byte: the common bits plus half the others (the 0x7F mask drops the
        bit that the shift brings in from the next lane)."""
        return (a & b) + ((a ^ b) >> 1 & self.low)

    def gradient(self, left: int, top: int, top_left: int) -> int:
        """``clamp(left + top - top_left, 0, 255)`` in each byte. Even and odd bytes are done apart, in
        2-byte lanes: ``left + top + 256 - top_left`` is 1..766, and its high byte (0, 1 or 2) says
        "below 0", "in range: the low byte" or "above 255"."""
        even = self.even
        one = self.ones & even  # 0x0001 in every 2-byte lane
        out = 0
        for shift in (0, 8):
            total = (left >> shift & even) + (top >> shift & even) + (one << 8) - (top_left >> shift & even)
            high = total >> 8 & even
            in_range = (high & one) * 0xFF
            above = (high >> 1 & one) * 0xFF
            out |= ((total & in_range) | above) << shift
        return out

    def nonzero(self, a: int) -> int:
        """Bit 7 of each byte set where the byte is not zero (and the other bits garbage)."""
        return a | ((a & self.low) + self.low)


def _differences(pixels: int, distance: int) -> int:
    """The pixels (words of a little-endian int) XOR the pixels ``distance`` before them (the first
    ones XOR zero), with the first byte of each word ORing its four bytes: zero where the two pixels
    are equal. The other three bytes of each word are garbage."""
    x = pixels ^ pixels << 32 * distance
    return x | x >> 8 | x >> 16 | x >> 24


# ---------------------------------------------------------------------------------------------------
# The predictor transform.


def _neighbours(pixels: bytes, width: int) -> tuple[bytes, bytes, bytes]:
    """Each pixel's left, top and top-left neighbours, with VP8L's edge rules built in: on the top row
    all three are the left pixel, on the left column the top pixel, and at the top-left corner opaque
    black. The predictors used then need no special case at the edges."""
    stride = 4 * width
    rows = [pixels[o : o + stride] for o in range(0, len(pixels), stride)]
    left_rows = [(rows[y - 1][:4] if y else _BLACK) + row[:-4] for y, row in enumerate(rows)]
    left = b"".join(left_rows)
    top = left_rows[0] + pixels[:-stride]
    top_left = left_rows[0] + b"".join(row[:4] + row[:-4] for row in rows[:-1])
    return left, top, top_left


def _predict(pixels: bytes, width: int, height: int, lanes: _Lanes) -> tuple[bytes, list[int]]:
    """The predictor transform: the residuals (pixel - prediction, bytewise) and each tile's mode.

    Every candidate predictor's residuals are computed for the whole image; each tile then takes the
    candidate with the smallest estimated cost, and its rows are copied from that candidate."""
    check_deadline()  # the render's timeout (pureog/limits.py)
    value = lanes.load(pixels)
    left, top, top_left = (lanes.load(plane) for plane in _neighbours(pixels, width))
    predictions = (left, top, lanes.average(left, top), lanes.gradient(left, top, top_left))
    residuals = [lanes.sub(value, prediction) for prediction in predictions]
    candidates = [lanes.store(r) for r in residuals]
    costs = [_tile_costs(_literal_costs(r, c, width, lanes), width, height)
             for r, c in zip(residuals, candidates, strict=True)]
    best = [min(range(len(tile)), key=tile.__getitem__) for tile in zip(*costs, strict=True)]  # first on ties

    tile = 1 << _TILE_BITS
    stride = 4 * width
    span = 4 * tile
    tiles_wide = -(-width // tile)
    out: list[bytes] = []
    for band, y0 in enumerate(range(0, height, tile)):
        segments = []  # (candidate, first byte, end byte) of each run of tiles with one predictor
        x = 0
        for k, run in groupby(best[band * tiles_wide : (band + 1) * tiles_wide]):
            count = len(list(run))
            segments.append((candidates[k], x * span, min((x + count) * span, stride)))
            x += count
        for o in range(y0 * stride, min(y0 + tile, height) * stride, stride):
            out += [candidate[o + a : o + b] for candidate, a, b in segments]
    return b"".join(out), [_MODES[k] for k in best]


def _literal_costs(residuals: int, data: bytes, width: int, lanes: _Lanes) -> bytes:
    """Each residual byte's estimated cost (``data`` are the bytes of ``residuals``), or 0 where a copy
    could code its pixel: where it equals its left, top, top-left or top-right neighbour."""
    literal = lanes.first
    for distance in _distances(width, len(data) // 4):
        literal &= lanes.nonzero(_differences(residuals, distance))
    mask = (literal >> 7) * 0xFFFFFFFF  # all ones in the words of the pixels no copy covers
    return lanes.store(lanes.load(data.translate(_COST)) & mask)


def _tile_costs(costs: bytes, width: int, height: int) -> list[int]:
    """The sum of ``costs`` (a byte per channel and pixel) over each tile, tile rows top first.

    The rows of a band of tiles are added as 2-byte lanes of big ints (at most 32 x 27: no overflow),
    leaving one column sum per lane; a tile's cost is then the sum of its columns."""
    tile = 1 << _TILE_BITS
    stride = 4 * width
    span = 4 * tile
    wide = bytearray(2 * len(costs))
    wide[0::2] = costs
    out: list[int] = []
    for y0 in range(0, height, tile):
        rows = range(y0, min(y0 + tile, height))
        total = sum(int.from_bytes(wide[2 * y * stride : 2 * (y + 1) * stride], "little") for y in rows)
        columns = total.to_bytes(2 * stride, "little")
        low, high = columns[0::2], columns[1::2]
        out += [sum(low[x : x + span]) + 256 * sum(high[x : x + span]) for x in range(0, stride, span)]
    return out


# ---------------------------------------------------------------------------------------------------
# Entropy coding.


def _distances(width: int, count: int) -> dict[int, int]:
    """The copy distances tried, in pixels -> their VP8L distance codes (2: the pixel to the left,
    1: above, 3: above-left, 4: above-right); a distance two neighbours share keeps the first code."""
    distances: dict[int, int] = {}
    for code, distance in ((2, 1), (1, width), (3, width + 1), (4, width - 1)):
        if 0 < distance < count:
            distances.setdefault(distance, code)
    return distances


def _image(pixels: bytes, width: int, *, main: bool, cache_bits: int = 0) -> str:
    """The bits of an entropy-coded image of BGRA ``pixels``: the colour cache size, (for the main
    image) no meta codes, the five prefix codes, then the tokens."""
    check_deadline()
    tokens = _tokens(pixels, width, cache_bits)
    counts = Counter(tokens)
    green = [0] * (_LITERALS + _LENGTH_CODES + (1 << cache_bits if cache_bits else 0))
    red, blue, alpha = [0] * _LITERALS, [0] * _LITERALS, [0] * _LITERALS
    distance = [0] * _DISTANCE_CODES
    for token, count in counts.items():
        if token < _CACHE_TOKEN:
            alpha[token >> 24] += count
            red[token >> 16 & 255] += count
            green[token >> 8 & 255] += count
            blue[token & 255] += count
        elif token < _COPY_TOKEN:
            green[_LITERALS + _LENGTH_CODES + token - _CACHE_TOKEN] += count
        else:
            green[_LITERALS + _prefix(token & 0xFFFF)[0]] += count
            distance[_prefix(token >> 16 & 0xFFFF)[0]] += count
    headers, (green_codes, red_codes, blue_codes, alpha_codes, distance_codes) = zip(
        *(_prefix_code(histogram) for histogram in (green, red, blue, alpha, distance)), strict=True)

    table: dict[int, str] = {}
    for token in counts:
        if token < _CACHE_TOKEN:  # green, red, blue, alpha
            table[token] = (green_codes[token >> 8 & 255] + red_codes[token >> 16 & 255]
                            + blue_codes[token & 255] + alpha_codes[token >> 24])
        elif token < _COPY_TOKEN:
            table[token] = green_codes[_LITERALS + _LENGTH_CODES + token - _CACHE_TOKEN]
        else:  # the length's prefix symbol and extra bits, then the distance code's (no extra bits)
            symbol, extra_bits, extra = _prefix(token & 0xFFFF)
            table[token] = (green_codes[_LITERALS + symbol] + _lsb(extra, extra_bits)
                            + distance_codes[_prefix(token >> 16 & 0xFFFF)[0]])
    cache_info = "1" + _lsb(cache_bits, 4) if cache_bits else "0"
    return "".join((cache_info, "0" if main else "", *headers, *map(table.__getitem__, tokens)))


def _tokens(pixels: bytes, width: int, cache_bits: int) -> list[int]:
    """The pixels as tokens: literal ARGB words, colour cache hits and copies (see _COPY_TOKEN).

    For each distance, the pixels equal to the one that far back are flagged (SWAR, see
    :func:`_differences`) and runs of them found by a regular expression. The tokens then come
    greedily: at each position, the copy that reaches furthest, else literals up to where the next
    match starts. With a colour cache, each literal is looked up in it first; the decoder inserts
    every pixel it makes into the cache, so copies update it too (C-level ``dict.update``), except
    copies of the previous pixel, which is in the cache already."""
    words = _words(pixels)
    value = int.from_bytes(pixels, "little")
    matches: list[tuple[int, int, int]] = []  # (first, end, code): pixels first..end - 1 can be copied
    for distance, code in _distances(width, len(words)).items():
        differences = _differences(value, distance).to_bytes(len(pixels) + 4 * distance, "little")
        flags = differences[4 * distance : len(pixels) : 4]  # zero: the pixel equals the one that far back
        matches += [(m.start() + distance, m.end() + distance, code) for m in _MATCHES.finditer(flags)]
    matches.sort()

    indices = _cache_indices(pixels, cache_bits) if cache_bits else None
    cache = dict.fromkeys(range(1 << cache_bits), 0)  # the decoder's cache starts zeroed
    tokens: list[int] = []
    append = tokens.append
    position = reach = code = upcoming = 0
    while position < len(words):
        while upcoming < len(matches) and matches[upcoming][0] <= position:
            _, end, match_code = matches[upcoming]
            if end > reach:
                reach, code = end, match_code
            upcoming += 1
        if reach - position >= _MIN_COPY:
            for start in range(position, reach, _MAX_COPY):
                append(_COPY_TOKEN | code << 16 | min(_MAX_COPY, reach - start))
            if indices is not None and code != _LEFT_CODE:
                cache.update(zip(indices[position:reach], words[position:reach], strict=True))
            position = reach
            continue
        stop = matches[upcoming][0] if upcoming < len(matches) else len(words)
        if indices is None:
            tokens += words[position:stop]
        else:
            for pixel, index in zip(words[position:stop], indices[position:stop], strict=True):  # hot loop
                if cache[index] == pixel:
                    append(_CACHE_TOKEN | index)
                else:
                    cache[index] = pixel
                    append(pixel)
        position = stop
    return tokens


def _cache_indices(pixels: bytes, bits: int) -> array[int]:
    """Each pixel's colour cache index, ``(ARGB * 0x1E35A7BD mod 2**32) >> (32 - bits)`` (8 < bits <= 16),
    for all pixels at once: the words are spread into 8-byte lanes (the products stay below 2**62), the
    whole int is multiplied and shifted, and the low ``bits`` of each lane are the index."""
    count = len(pixels) // 4
    lanes = bytearray(8 * count)
    for k in range(4):
        lanes[k::8] = pixels[k::4]
    hashed = (int.from_bytes(lanes, "little") * _CACHE_MULTIPLIER >> (32 - bits)).to_bytes(8 * count, "little")
    out = bytearray(2 * count)
    out[0::2] = hashed[0::8]
    out[1::2] = hashed[1::8].translate(bytes(v & ((1 << (bits - 8)) - 1) for v in range(256)))
    indices = array("H", out)
    if sys.byteorder == "big":
        indices.byteswap()
    return indices


def _prefix(value: int) -> tuple[int, int, int]:
    """A length or distance code (>= 1) -> (prefix symbol, number of extra bits, extra bits)."""
    if value <= 4:
        return value - 1, 0, 0
    v = value - 1
    extra_bits = v.bit_length() - 2
    return 2 * extra_bits + 2 + (v >> extra_bits & 1), extra_bits, v & ((1 << extra_bits) - 1)


def _prefix_code(histogram: Sequence[int]) -> tuple[str, list[str]]:
    """The bits that describe a prefix code for ``histogram``, and each symbol's code (stream order).

    Up to two used symbols below 256 take the short "simple code" form (a lone symbol costs no bits at
    all); any other histogram gets Huffman code lengths, sent with the code-length code."""
    used = [symbol for symbol, count in enumerate(histogram) if count]
    if len(used) <= 2 and all(symbol < _LITERALS for symbol in used):
        symbols = used or [0]
        first = symbols[0]
        header = "1" + _lsb(len(symbols) - 1, 1) + ("0" + _lsb(first, 1) if first < 2 else "1" + _lsb(first, 8))
        lengths = [0] * len(histogram)
        if len(symbols) == 2:
            header += _lsb(symbols[1], 8)
            lengths[first] = lengths[symbols[1]] = 1
        return header, _canonical(lengths)
    lengths = _code_lengths(histogram, _MAX_CODE_LENGTH)
    return "0" + _code_lengths_bits(lengths), _canonical(lengths)


def _code_lengths_bits(lengths: list[int]) -> str:
    """The "normal" description of code ``lengths``: run-length coded with symbols 0-15 (a length),
    16 (repeat the previous length 3-6 times), 17 and 18 (3-10, 11-138 zeros), themselves Huffman coded
    with a code whose 3-bit lengths come first, in the format's order."""
    runs = _length_runs(lengths)
    histogram = [0] * len(_CODE_LENGTH_ORDER)
    for symbol, _, _ in runs:
        histogram[symbol] += 1
    code_lengths = _code_lengths(histogram, _MAX_CODE_LENGTH_CODE_LENGTH)
    codes = _canonical(code_lengths)
    ordered = [code_lengths[symbol] for symbol in _CODE_LENGTH_ORDER]
    count = len(ordered)
    while count > 4 and not ordered[count - 1]:
        count -= 1
    return "".join((
        _lsb(count - 4, 4), *(_lsb(length, 3) for length in ordered[:count]),
        "0",  # lengths for the whole alphabet follow (no "max_symbol")
        *(codes[symbol] + _lsb(extra, extra_bits) for symbol, extra, extra_bits in runs),
    ))


def _length_runs(lengths: list[int]) -> list[tuple[int, int, int]]:
    """Code lengths as (symbol, extra bits, number of extra bits) for :func:`_code_lengths_bits`."""
    out: list[tuple[int, int, int]] = []
    for length, run in groupby(lengths):
        count = len(list(run))
        if length == 0:
            while count >= 11:
                chunk = min(count, 138)
                out.append((18, chunk - 11, 7))
                count -= chunk
            if count >= 3:
                out.append((17, count - 3, 3))
                count = 0
        else:
            out.append((length, 0, 0))  # 16 repeats the previous non-zero length: send it once first
            count -= 1
            while count >= 3:
                chunk = min(count, 6)
                out.append((16, chunk - 3, 2))
                count -= chunk
        out += [(length, 0, 0)] * count
    return out


def _code_lengths(histogram: Sequence[int], limit: int) -> list[int]:
    """Huffman code lengths (0 for unused symbols) of at most ``limit`` bits, for two symbols or more.

    A lone symbol gets a partner so that the code is a complete tree, as decoders require. When the
    tree is too deep, small counts are raised to a floor, doubled until it fits (as libwebp does).
    Ties are broken by symbol number, so the result is deterministic."""
    weights = {symbol: count for symbol, count in enumerate(histogram) if count}
    if len(weights) < 2:
        weights[1 if 0 in weights else 0] = 1
    floor = 1
    while True:
        heap = [(max(count, floor), symbol, [symbol]) for symbol, count in weights.items()]
        heapq.heapify(heap)
        depth = dict.fromkeys(weights, 0)
        order = len(histogram)  # merged nodes come after the leaves of equal weight
        while len(heap) > 1:
            weight_a, _, a = heapq.heappop(heap)
            weight_b, _, b = heapq.heappop(heap)
            for symbol in a + b:
                depth[symbol] += 1
            heapq.heappush(heap, (weight_a + weight_b, order, a + b))
            order += 1
        if max(depth.values()) <= limit:
            break
        floor *= 2
    lengths = [0] * len(histogram)
    for symbol, length in depth.items():
        lengths[symbol] = length
    return lengths


def _canonical(lengths: Sequence[int]) -> list[str]:
    """Each symbol's canonical Huffman code as a string of bits in stream order (most significant bit
    first, as in DEFLATE): shorter codes first, then by symbol."""
    codes = [""] * len(lengths)
    code = previous = 0
    for length, symbol in sorted((length, symbol) for symbol, length in enumerate(lengths) if length):
        code <<= length - previous
        previous = length
        codes[symbol] = format(code, f"0{length}b")
        code += 1
    return codes
