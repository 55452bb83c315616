"""Baseline JPEG (JFIF) encoding: premultiplied RGBA8 pixels -> JPEG bytes.

Role: an alternative to :mod:`pureog.raster.png` for photographic cards. Input -> output: the
``width x height`` premultiplied RGBA8 rows of a :class:`~pureog.raster.pixmap.Pixmap` (``pixmap.data``,
exactly what :func:`~pureog.raster.png.encode_png` receives) -> a baseline, Huffman-coded, 3-component
YCbCr JFIF file. JPEG has no alpha, so the pixels are composited over an opaque ``background``.

What libjpeg does, and so what we do (quality numbers mean what users of libjpeg, Pillow and
ImageMagick expect):

- colour conversion with libjpeg's 16-bit fixed-point JFIF formulas (identical Y, Cb and Cr bytes);
- 4:2:0 chroma as the rounded mean of each 2x2 square (libjpeg's alternating 1, 2 bias), or 4:4:4;
- edges padded to whole MCUs by repeating the last column and row;
- the quantization tables of ITU-T T.81 Annex K scaled by ``quality`` exactly as ``jpeg_set_quality``;
- the floating-point AAN DCT (libjpeg's ``jfdctflt``), with the AAN output scale folded into the
  quantization divisors and coefficients rounded to nearest;
- the Annex K Huffman tables (no optimization pass), one interleaved scan, no restart markers.

How it is fast enough in pure Python (1200x630 in about half a second, much less for flat cards):

1. whole-image steps run at C speed on byte strings: compositing, colour conversion and chroma
   downsampling are ``bytes.translate`` lookups and big-int "SWAR" arithmetic (many small integers in
   the lanes of one Python int, added in one operation; the lanes are wide enough that no carry can
   cross into the next lane), and each band of 8 rows is reordered into contiguous 64-byte blocks with
   64 strided slice assignments;
2. the per-block work (DCT, quantization, run-length and Huffman coding) is one function whose
   values live in local variables; quantization and the zigzag scan are ``map``/``itemgetter`` calls,
   and every (run, value) pair is one dict lookup giving its Huffman code and value bits as one int;
3. identical blocks are coded once: a card's flat backgrounds repeat the same block thousands of times,
   and a block's AC bits and quantized DC depend only on its 64 bytes;
4. bits are collected in a Python int flushed every few kilobits, and the 0xFF byte stuffing is one
   ``bytes.replace`` at the end.

Output bytes are a pure function of the pixels and the options. Must not import style, layout, text or
document.
"""

from __future__ import annotations

import operator
import struct
from collections.abc import Callable, Sequence

from pureog.errors import PureogError
from pureog.limits import check_deadline

SUBSAMPLINGS = ("4:2:0", "4:4:4")

# Annex K.1 quantization tables, natural (row-major) order: luminance, then chrominance.
_BASE_QUANT = (
    (16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
     14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
     18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
     49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99),
    (17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99,
     24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99) + (99,) * 32,
)

# The zigzag scan as natural indices (8 * row + column): diagonals of constant row + column, walked
# up and to the right on even diagonals, down and to the left on odd ones.
_ZIGZAG = tuple(sorted(range(64), key=lambda n: (n // 8 + n % 8, n // 8 if (n // 8 + n % 8) % 2 else n % 8)))

# AAN's DCT leaves output (u, v) scaled by 8 * _AAN[u] * _AAN[v] (libjpeg's aanscalefactor).
_AAN = (1.0, 1.387039845, 1.306562965, 1.175875602, 1.0, 0.785694958, 0.541196100, 0.275899379)


def _ac_symbols(head: bytes) -> bytes:
    """An Annex K.3 AC symbol list from its irregular head (the commonest symbols, in the standard's
    order): the standard continues with every other (run, size) symbol in ascending order."""
    every = [0x00, 0xF0] + [run << 4 | size for run in range(16) for size in range(1, 11)]
    rest = sorted(set(every) - set(head))
    return head + bytes(rest)


# Annex K.3 Huffman tables as (number of codes of each length 1..16, symbols in code order).
_DC_LUMA = (bytes((0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0)), bytes(range(12)))
_DC_CHROMA = (bytes((0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0)), bytes(range(12)))
_AC_LUMA = (
    bytes((0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7D)),
    _ac_symbols(bytes.fromhex(
        "01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a16")),
)
_AC_CHROMA = (
    bytes((0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77)),
    _ac_symbols(bytes.fromhex(
        "000102031104052131061241510761711322328108144291a1b1c109233352f0156272d10a162434e125f1")),
)

# Colour conversion (libjpeg jccolor.c): each output byte is (sum of three per-channel table values)
# >> 16. Negative weights are applied to (255 - channel) so every table value is >= 0, the constant
# terms (128 for chroma, the rounding) are folded into the blue table, and every sum stays below 2**24.
_ONE_HALF = 1 << 15


def _fix(x: float) -> int:
    """``x`` in libjpeg's 16-bit fixed point (``FIX``)."""
    return int(x * 65536 + 0.5)


def _table(weight: int, *, inverted: bool = False, constant: int = 0) -> tuple[int, ...]:
    """channel value -> ``weight * value`` (or ``weight * (255 - value)``) + ``constant``."""
    return tuple(weight * (255 - v if inverted else v) + constant for v in range(256))


_YCC_TABLES = (
    (_table(_fix(0.299)), _table(_fix(0.587)), _table(_fix(0.114), constant=_ONE_HALF)),
    (_table(_fix(0.16874), inverted=True), _table(_fix(0.33126), inverted=True),
     _table(_fix(0.5), constant=(128 << 16) + _ONE_HALF - 1 - 255 * (_fix(0.16874) + _fix(0.33126)))),
    (_table(_fix(0.5)), _table(_fix(0.41869), inverted=True), _table(
        _fix(0.08131), inverted=True, constant=(128 << 16) + _ONE_HALF - 1 - 255 * (_fix(0.41869) + _fix(0.08131)))),
)
# A table value as three translate() tables, one per byte (little-endian).
_YCC_BYTE_TABLES = tuple(
    tuple(tuple(bytes((t >> shift) & 255 for t in table) for shift in (0, 8, 16)) for table in tables)
    for tables in _YCC_TABLES
)
_SATURATE = bytes((0, 255)) + bytes(254)  # high byte of a 2-byte lane sum (0 or 1) -> 0 or 255


def encode_jpeg(width: int, height: int, rgba: bytes | bytearray, *, quality: int = 90,
                subsampling: str = "4:2:0", background: tuple[int, int, int] = (255, 255, 255)) -> bytes:
    """JPEG bytes of ``width x height`` premultiplied RGBA8 pixels (``Pixmap.data``), deterministic.

    ``rgba``: rows top first, 4 bytes a pixel, colour premultiplied by alpha (each channel <= alpha).
    Translucent pixels are composited over the opaque sRGB ``background`` (JPEG has no alpha).
    ``quality`` 1..100 scales the standard tables as libjpeg does; ``subsampling`` is ``"4:2:0"``
    (chroma at half resolution both ways, the usual choice) or ``"4:4:4"`` (full resolution: sharper
    coloured text, larger files).
    """
    if not (0 < width <= 65535 and 0 < height <= 65535):
        raise PureogError(f"cannot encode a {width}x{height} image as JPEG")
    if len(rgba) != width * height * 4:
        raise ValueError("rgba has the wrong length")  # programming error, not user input
    if isinstance(quality, bool) or not isinstance(quality, int) or not 1 <= quality <= 100:
        raise PureogError(f"JPEG quality must be an integer from 1 to 100, got {quality!r}")
    if subsampling not in SUBSAMPLINGS:
        raise PureogError(f"JPEG subsampling must be one of {', '.join(SUBSAMPLINGS)}, got {subsampling!r}")
    if len(background) != 3 or not all(isinstance(c, int) and 0 <= c <= 255 for c in background):
        raise PureogError(f"JPEG background must be three integers from 0 to 255, got {background!r}")

    half = subsampling == "4:2:0"
    mcu = 16 if half else 8
    padded_width = -(-width // mcu) * mcu
    padded_height = -(-height // mcu) * mcu
    red, green, blue = (
        _pad(plane, width, height, padded_width, padded_height) for plane in _opaque_planes(rgba, background)
    )
    luma, cb, cr = (_weighted_sum((red, green, blue), tables) for tables in _YCC_BYTE_TABLES)
    if half:
        cb = _downsample(cb, padded_width, padded_height)
        cr = _downsample(cr, padded_width, padded_height)
    chroma_width = padded_width // 2 if half else padded_width

    quant = [_quant_table(base, quality) for base in _BASE_QUANT]
    header = b"".join((
        b"\xff\xd8",
        _segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"),  # v1.1, 1:1 aspect, no thumbnail
        _segment(0xDB, b"".join(bytes((i,)) + bytes(table[n] for n in _ZIGZAG) for i, table in enumerate(quant))),
        _segment(0xC0, struct.pack(">BHHB", 8, height, width, 3)
                 + bytes((1, 0x22 if half else 0x11, 0, 2, 0x11, 1, 3, 0x11, 1))),
        _segment(0xC4, b"".join(bytes((cls << 4 | i,)) + counts + symbols for cls, i, (counts, symbols) in (
            (0, 0, _DC_LUMA), (1, 0, _AC_LUMA), (0, 1, _DC_CHROMA), (1, 1, _AC_CHROMA)))),
        _segment(0xDA, bytes((3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0))),
    ))
    luma_coder = _BlockCoder(quant[0], _DC_LUMA, _AC_LUMA)
    chroma_coder = _BlockCoder(quant[1], _DC_CHROMA, _AC_CHROMA)
    scan = _scan(
        _bands(luma, padded_width), _bands(cb, chroma_width), _bands(cr, chroma_width),
        luma_coder, chroma_coder, half,
    )
    return header + scan.replace(b"\xff", b"\xff\x00") + b"\xff\xd9"


def _segment(marker: int, payload: bytes) -> bytes:
    """A marker segment: 0xFF, the marker, the length (counting itself), the payload."""
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def _quant_table(base: Sequence[int], quality: int) -> tuple[int, ...]:
    """``base`` scaled for ``quality`` as libjpeg's ``jpeg_set_quality`` (baseline: 1..255)."""
    scale = 5000 // quality if quality < 50 else 200 - 2 * quality
    return tuple(min(255, max(1, (q * scale + 50) // 100)) for q in base)


# ---------------------------------------------------------------------------------------------------
# Whole-image steps on byte planes (C speed, see the module docstring).


def _widen(plane: bytes, lane: int) -> int:
    """The bytes of ``plane`` as the low bytes of ``lane``-byte lanes of one little-endian int."""
    lanes = bytearray(lane * len(plane))
    lanes[::lane] = plane
    return int.from_bytes(lanes, "little")


def _opaque_planes(rgba: bytes | bytearray, background: tuple[int, int, int]) -> tuple[bytes, bytes, bytes]:
    """The red, green and blue planes of the premultiplied pixels composited over ``background``:
    ``c + background * (255 - a) / 255``, rounded, saturating at 255 should a channel exceed alpha."""
    rgba = bytes(rgba)
    planes = (rgba[0::4], rgba[1::4], rgba[2::4])
    alpha = rgba[3::4]
    if alpha.count(255) == len(alpha):
        return planes  # opaque: nothing shows through
    n = len(alpha)
    out = []
    for plane, under in zip(planes, background, strict=True):
        behind = alpha.translate(bytes((under * (255 - a) + 127) // 255 for a in range(256)))
        total = (_widen(plane, 2) + _widen(behind, 2)).to_bytes(2 * n, "little")  # lanes <= 510
        out.append((int.from_bytes(total[0::2], "little")
                    | int.from_bytes(total[1::2].translate(_SATURATE), "little")).to_bytes(n, "little"))
    return out[0], out[1], out[2]


def _pad(plane: bytes, width: int, height: int, padded_width: int, padded_height: int) -> bytes:
    """``plane`` grown to the padded size by repeating its last column and last row."""
    if (width, height) == (padded_width, padded_height):
        return plane
    extra = padded_width - width
    rows = [plane[o : o + width] + plane[o + width - 1 : o + width] * extra for o in range(0, len(plane), width)]
    rows += [rows[-1]] * (padded_height - height)
    return b"".join(rows)


def _weighted_sum(planes: tuple[bytes, bytes, bytes], tables: tuple[tuple[bytes, ...], ...]) -> bytes:
    """Per pixel ``(sum of table[channel value]) >> 16`` for three channels, in 4-byte lanes.

    Each table value (< 2**24) is looked up as three byte tables into the low three bytes of its lane;
    the sums stay below 2**24, so byte 2 of each lane is the result."""
    n = len(planes[0])
    total = 0
    for plane, byte_tables in zip(planes, tables, strict=True):
        lanes = bytearray(4 * n)
        for k, table in enumerate(byte_tables):
            lanes[k::4] = plane.translate(table)
        total += int.from_bytes(lanes, "little")
    return total.to_bytes(4 * n, "little")[2::4]


def _downsample(plane: bytes, width: int, height: int) -> bytes:
    """The mean of each 2x2 square, rounded with libjpeg's alternating bias of 1 and 2 (even sizes).

    The four samples are added in 2-byte lanes (sums < 1024); shifting the whole int right by 2 lets
    the next lane's low bits into the top of each lane, but only the low byte is kept."""
    top = b"".join(plane[o : o + width] for o in range(0, len(plane), 2 * width))
    bottom = b"".join(plane[o : o + width] for o in range(width, len(plane), 2 * width))
    n = len(top) // 2
    bias = int.from_bytes(b"\x01\x00\x02\x00" * (n // 2), "little")
    total = _widen(top[0::2], 2) + _widen(top[1::2], 2) + _widen(bottom[0::2], 2) + _widen(bottom[1::2], 2)
    return ((total + bias) >> 2).to_bytes(2 * n, "little")[0::2]


def _bands(plane: bytes, width: int) -> list[bytes]:
    """Each band of 8 rows of ``plane`` as its 8x8 blocks, 64 contiguous bytes each, left to right."""
    bands = []
    band_size = 8 * width
    for top in range(0, len(plane), band_size):
        band = bytearray(band_size)
        for r in range(8):
            row = plane[top + r * width : top + (r + 1) * width]
            for c in range(8):
                band[8 * r + c :: 64] = row[c::8]  # column c of row r of every block in the band
        bands.append(bytes(band))
    return bands


# ---------------------------------------------------------------------------------------------------
# Entropy coding.


def _huffman_codes(table: tuple[bytes, bytes]) -> dict[int, tuple[int, int]]:
    """symbol -> (canonical code, length) of a Huffman table given as (counts per length, symbols)."""
    counts, symbols = table
    codes = {}
    code = k = 0
    for length, count in enumerate(counts, start=1):
        for _ in range(count):
            codes[symbols[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


def _value_bits(value: int) -> tuple[int, int]:
    """(size category, the value's bits): negative values are sent as value - 1 in ``size`` bits."""
    size = abs(value).bit_length()
    return size, (value if value >= 0 else value + (1 << size) - 1)


class _ValueCodes(dict[int, tuple[int, int]]):
    """value -> (bits, length) of the Huffman code of symbol ``run << 4 | size(value)`` followed by the
    value's ``size`` bits, as one bit string. Entries are made on first use: an image needs a few
    hundred of the 16 x 2046 AC (run, value) pairs."""

    def __init__(self, codes: dict[int, tuple[int, int]], run: int = 0) -> None:
        super().__init__()
        self.codes = codes
        self.run = run

    def __missing__(self, value: int) -> tuple[int, int]:
        size, bits = _value_bits(value)
        code, length = self.codes[self.run << 4 | size]
        entry = self[value] = (code << size | bits, length + size)
        return entry


class _BlockCoder:
    """Codes 8x8 blocks of one quantization and Huffman table pair, remembering the blocks seen."""

    _MAX_CACHED = 8192  # bounds the memory a large, busy image can take (a few MB)

    def __init__(self, quant: Sequence[int], dc_table: tuple[bytes, bytes], ac_table: tuple[bytes, bytes]) -> None:
        # The DCT below leaves coefficient (u, v) at index 8 * v + u, scaled by 8 * _AAN[u] * _AAN[v]:
        # the divisors undo that scale, quantize, and come in zigzag order like the gathered coefficients.
        transposed = [8 * (n % 8) + n // 8 for n in _ZIGZAG]
        self.divisors = tuple(1.0 / (quant[n] * _AAN[n // 8] * _AAN[n % 8] * 8.0) for n in _ZIGZAG)
        self.zigzag: Callable[[Sequence[float]], tuple[float, ...]] = operator.itemgetter(*transposed)
        self.dc_codes = _ValueCodes(_huffman_codes(dc_table))  # DC differences: the symbol is the size
        codes = _huffman_codes(ac_table)
        self.ac_codes = [_ValueCodes(codes, run) for run in range(16)]
        self.eob = codes[0x00]
        self.zrl = codes[0xF0]
        self.cache: dict[bytes, tuple[int, int, int]] = {}

    def code(self, block: bytes) -> tuple[int, int, int]:
        """(quantized DC, AC bits, their length) of ``block`` (64 bytes, rows of 8 samples)."""
        coded = self.cache.get(block)
        if coded is None:
            if len(self.cache) >= self._MAX_CACHED:
                self.cache.clear()
            coded = self.cache[block] = _code_block(block, self)
        return coded


def _dct8(d0: float, d1: float, d2: float, d3: float, d4: float, d5: float, d6: float, d7: float) \
        -> tuple[float, float, float, float, float, float, float, float]:
    """One 8-point AAN forward DCT (libjpeg jfdctflt.c), unscaled: the divisors fold the scale in."""
    t0 = d0 + d7
    t7 = d0 - d7
    t1 = d1 + d6
    t6 = d1 - d6
    t2 = d2 + d5
    t5 = d2 - d5
    t3 = d3 + d4
    t4 = d3 - d4
    t10 = t0 + t3
    t13 = t0 - t3
    t11 = t1 + t2
    t12 = t1 - t2
    z1 = (t12 + t13) * 0.707106781
    t10b = t4 + t5
    t12b = t6 + t7
    z5 = (t10b - t12b) * 0.382683433
    z2 = 0.541196100 * t10b + z5
    z4 = 1.306562965 * t12b + z5
    z3 = (t5 + t6) * 0.707106781
    z11 = t7 + z3
    z13 = t7 - z3
    return (t10 + t11, z11 + z4, t13 + z1, z13 - z2, t10 - t11, z13 + z2, t13 - z1, z11 - z4)


def _code_block(block: bytes, coder: _BlockCoder) -> tuple[int, int, int]:
    """The DCT, quantization and AC coding of one block: the hot loop of the encoder.

    Written for CPython speed: straight-line arithmetic on locals (no per-sample calls or indexing),
    the rows collected as tuples so ``zip(*rows)`` transposes them in C, and quantization, rounding
    and the zigzag scan done by ``map``/``itemgetter`` at C speed."""
    # AAN's forward DCT (libjpeg jfdctflt.c) on the rows, then down the columns (zip(*rows) transposes
    # in C); the -1024 is the level shift by 128 x 8, applied to the DC term once.
    rows = [_dct8(*block[i : i + 8]) for i in range(0, 64, 8)]
    coefficients: list[float] = []
    for column in zip(*rows, strict=True):
        coefficients += _dct8(*column)
    coefficients[0] -= 8192.0  # the DC term of a block shifted by 128: 1024 per row times the column gain 8
    quantized = tuple(map(round, map(operator.mul, coder.zigzag(coefficients), coder.divisors)))
    left = 64 - quantized.count(0) - (quantized[0] != 0)  # nonzero AC coefficients still to code
    bits = length = run = 0
    if left:
        ac_codes = coder.ac_codes
        zrl_bits, zrl_length = coder.zrl
        for value in quantized[1:]:
            if not value:
                run += 1
                continue
            while run > 15:
                bits = bits << zrl_length | zrl_bits
                length += zrl_length
                run -= 16
            code, size = ac_codes[run][value]
            bits = bits << size | code
            length += size
            run = 0
            left -= 1
            if not left:
                break
    if not quantized[63]:
        eob_bits, eob_length = coder.eob  # the rest of the block is zeros
        bits = bits << eob_length | eob_bits
        length += eob_length
    return quantized[0], bits, length


def _scan(luma: list[bytes], cb: list[bytes], cr: list[bytes], luma_coder: _BlockCoder,
          chroma_coder: _BlockCoder, half: bool) -> bytes:
    """The entropy-coded data of one interleaved scan (before byte stuffing), padded with 1 bits.

    An MCU is 2x2 luma blocks then one Cb and one Cr block (4:2:0), or one block of each (4:4:4)."""
    out = bytearray()
    acc = nbits = 0
    last = [0, 0, 0]  # each component's previous DC: DC is coded as a difference
    luma_slot = (luma_coder.code, luma_coder.dc_codes, 0)
    slots = ((luma_slot,) * (4 if half else 1)
             + ((chroma_coder.code, chroma_coder.dc_codes, 1), (chroma_coder.code, chroma_coder.dc_codes, 2)))
    for my, (cb_band, cr_band) in enumerate(zip(cb, cr, strict=True)):
        check_deadline()  # the render's timeout (pureog/limits.py)
        if half:
            upper, lower = luma[2 * my], luma[2 * my + 1]
        for o in range(0, len(cb_band), 64):
            blocks: tuple[bytes, ...]
            if half:
                lo = 2 * o
                blocks = (upper[lo : lo + 64], upper[lo + 64 : lo + 128], lower[lo : lo + 64],
                          lower[lo + 64 : lo + 128], cb_band[o : o + 64], cr_band[o : o + 64])
            else:
                blocks = (luma[my][o : o + 64], cb_band[o : o + 64], cr_band[o : o + 64])
            for (code, dc_codes, component), block in zip(slots, blocks, strict=True):
                dc, ac_bits, ac_length = code(block)
                dc_bits, dc_length = dc_codes[dc - last[component]]
                last[component] = dc
                acc = (acc << dc_length | dc_bits) << ac_length | ac_bits
                nbits += dc_length + ac_length
            if nbits > 1024:  # flush whole bytes, keeping the int small
                keep = nbits & 7
                out += (acc >> keep).to_bytes(nbits >> 3, "big")
                acc &= (1 << keep) - 1
                nbits = keep
    pad = -nbits % 8
    acc = acc << pad | ((1 << pad) - 1)
    out += acc.to_bytes((nbits + pad) >> 3, "big")
    return bytes(out)
