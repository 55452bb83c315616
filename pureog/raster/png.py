"""PNG encoding: :class:`Pixmap` (premultiplied RGBA8) -> PNG bytes (8-bit, straight alpha).

Role: the last pipeline stage. The colour type is the smallest that holds the frame exactly, chosen
with C-level checks on strided channel slices (no per-pixel Python):

- opaque and all grey (r = g = b: black or grey text on white, the commonest card): 8-bit greyscale;
- at most 256 distinct colours otherwise (flat card art: a background, a few text colours and their
  anti-aliasing levels) and ``palette="auto"`` (the default): indexed colour, a ``PLTE`` chunk (and
  ``tRNS`` for translucent colours, sorted first so that it stays short) and one byte a pixel. It
  decodes to exactly the RGBA the truecolour types below would give, is 26-37 % smaller on such
  cards and deflates faster (1 byte a pixel instead of 3), which pays for finding the palette. Where
  PLTE and tRNS are a quarter of the file or more, both are made and the smaller is kept (over the
  1,266 conformance reference images, 850 are indexed, 33 % smaller, and none grows);
- opaque colour: 8-bit RGB. Deflating 3 bytes a pixel instead of 4 is ~25 % faster and the files are
  ~10 % smaller than RGBA at the same zlib level (measured on the example and conformance cards);
- anything else: RGBA, un-premultiplied by :func:`~pureog.raster.pixmap.straight_rgba`.

Only rows that differ from the row above are converted (a repeated row is written with the Up
filter, all zeros). Which rows repeat is found in place (``bytearray.startswith`` at the row's offset:
a memcmp, no row copied), and the distinct rows are packed only when some row repeats, so that the
checks and conversions above are a few C-level operations on a buffer often much smaller than the
frame. Opaque greyscale and RGB scanlines are written straight from those RGBA rows, one strided slice
per channel and row into the final buffer (filter bytes included): no channel planes to extract and
interleave again, no per-row pieces to join (blog card: the encoder's own work 11 -> 5.5 ms, zlib's
10 ms unchanged), and piece by piece as the deflate's cut falls, each piece handed to a deflate helper
as soon as it is written (:mod:`pureog.raster.deflate`). The grey check looks at a strided sample
first: a frame with colour shows it there.

Counting colours and mapping each pixel to its palette index would cost a ``set()``/``dict`` step per
pixel (~30 ms for 1200x630, more than the deflate it saves), so :func:`_palette` does it with C-level
codecs instead: each channel plane is renumbered by ``bytes.translate`` (its values found by
translate's ``delete`` argument), then two planes at a time are paired into 16-bit codes, read as
UTF-16 text (UTF-32 where the codes would reach the surrogates) and numbered by a ``charmap``
encoding table, which maps every code to its index in one C loop and raises at the first code not
numbered yet. Planes are paired until one index plane is left, and the search stops as soon as a
pairing has more than 256 codes; the first of two pairings takes its chunks spread over the frame,
which meets the pairs of a frame with too many colours sooner (stat grid and effects cards: a third
of their chunks instead of a half), and a plane is translated to its codes only when a pairing first
reads them (a search that fails in its first pairing never translates the third plane). A sample of
4,096 pixels counted first (0.04-0.2 ms: it stops as soon as it passes 256 colours) turns photos and
gradients away before any of that; frames that pass it and still have too many colours lose 1-3 ms
(1200x630; measured on the bench cards), those that get a palette gain as much or more. Where helper
threads deflate and the sample already shows over :data:`_EARLY_ABOVE` colours (the stat grid 117,
effects 94; the Korean cards, whose palettes are found, 40-45), the RGB scanlines are written and
handed to the helpers before the search, which lets them take pieces in its pauses: on a free core
the search then costs no wall time of the deflate's (a palette found after all drops the stream:
~1 ms of scanlines written for nothing). (A palette frame's index scanlines handed to the helpers
during the search's last pairing instead, as its chunks are numbered, kept the bytes but not the
rendering thread's time: bench/README.md, forty-eighth pass.) The search is
at its floor with these tools (bench/README.md, the twenty-ninth pass: per pairing ~1.8 ns a pixel for
the UTF-16 join and decode and ~1.9 for the charmap).

A row equal to the one above gets filter type 2 (Up), which turns it into zeros at no cost; other rows
get filter 0 (None): for flat card art zlib finds the repeats itself, and per-byte Sub/Paeth filters
cost Python work per byte and, measured, gave *larger* files for card art. The scanlines are deflated
with ``zlib`` (level 6 by default, ``compress_level`` 0-9; long runs of repeated rows apart with
``Z_RLE``, each at least :data:`_RUN_BYTES`; a large frame's other rows cut into up to eight pieces that
deflate side by side on the rendering thread and helper threads where a CPU is free, the cut and so
the bytes the same however many threads there are: :mod:`pureog.raster.deflate`) or ``zopfli`` when
asked (slower,
smaller; deflating ourselves lets us pick the filters above) and pypng writes the chunks (this is the only
module that imports ``png``). Output bytes are a pure function of the pixels and the options: no
timestamps, no text chunks. Must not import style, layout, text or document.
"""

from __future__ import annotations

import codecs
import io
import struct
import zlib
from collections.abc import Callable

import png  # pypng: 1 ms to import

from pureog.errors import PureogError
from pureog.raster.deflate import DeflateStream, Piece, cut, helpers_free, started_stream, zlib_stream
from pureog.raster.pixmap import Pixmap, straight_rgba

Buffer = bytes | bytearray

COLOR_TYPE_GRAY = 0
COLOR_TYPE_RGB = 2
COLOR_TYPE_INDEXED = 3
COLOR_TYPE_RGBA = 6

#: the values of ``encode_png(palette=...)``: ``auto`` writes indexed colour when it is exact
PALETTE_MODES = ("auto", "never")

_ALL_BYTES = bytes(range(256))
_SURROGATES = 0xD8  # 16-bit codes from 0xD800 on are not single UTF-16 units
_CHUNK = 1 << 12  # pixels numbered per charmap call
_SAMPLES = 1 << 12  # pixels whose colours are counted first: over 256 there, and no palette is tried
_DENSER_ABOVE = 192  # colours in that sample above which a 4x denser one is counted (_few_colours)
_GREY_SAMPLE = 97  # every 97th pixel is checked for grey first (an odd step: not one column of a grid)
_RUN_BYTES = 1 << 14  # repeated rows deflated apart (Z_RLE) from this many bytes on (_segments)
_PACK_SHARE = 8  # the distinct rows are packed when at least 1/_PACK_SHARE of the rows repeat (encode_png)
# colours in the sample above which an opaque frame's RGB deflate begins before its palette search: over
# the conformance cards and real cards, 99 frames pass 80 and the sample: 89 fail the search, 10 find a palette
_EARLY_ABOVE = 80
_OVERHEAD = 4  # "auto" deflates both ways and keeps the smaller if PLTE and tRNS are 1/4 of the file or more


def _repeats(data: Buffer, stride: int) -> list[bool]:
    """Which rows equal the row above: ``startswith`` at the row's offset compares in place (memcmp),
    where slicing every row out to compare would copy the whole frame."""
    view = memoryview(data)
    return [offset > 0 and data.startswith(view[offset - stride : offset], offset)
            for offset in range(0, len(data), stride)]


def _distinct_rows(data: Buffer, stride: int, repeats: list[bool]) -> Buffer:
    """The rows that differ from the row above, packed (``data`` itself when no row repeats)."""
    if not any(repeats):
        return data
    view = memoryview(data)
    # A bytearray: its slices (rows, channel planes, palette codes) are assigned into the scanline and
    # pairing buffers below, and a bytearray takes a bytearray slice as it is, but copies a bytes
    # value into a temporary bytearray first (one more copy and allocation a row and channel).
    return bytearray().join([view[y * stride : (y + 1) * stride] for y, is_repeat in enumerate(repeats)
                             if not is_repeat])


def _opaque_grey(data: Buffer, sample: int) -> bool:
    """Whether every pixel is opaque grey (r = g = b), given it is opaque: a strided sample first, as
    most frames with colour show it in a few hundred pixels, then the whole frame."""
    step = 4 * sample
    if not data[0::step] == data[1::step] == data[2::step]:
        return False
    return data[0::4] == data[1::4] == data[2::4]


def _opaque_scanlines(rows: Buffer, width: int, repeats: list[bool], channels: int,
                      planes: list[Buffer] | None = None, packed: bool = True) -> bytearray:
    """The filtered scanlines of an opaque frame (premultiplied = straight) as greyscale (``channels``
    1: the red channel) or RGB (3), written straight from ``rows`` (the distinct rows, RGBA, or with
    ``packed`` False the whole frame) or from their channel ``planes`` when the palette search has made
    them (:func:`_opaque_writer`)."""
    out = bytearray((channels * width + 1) * len(repeats))
    _opaque_writer(out, rows, width, repeats, channels, planes, packed)(0, len(out))
    return out


def _opaque_writer(out: bytearray, rows: Buffer, width: int, repeats: list[bool], channels: int,
                   planes: list[Buffer] | None, packed: bool) -> Callable[[int, int], None]:
    """What writes the scanlines of :func:`_opaque_scanlines` into ``out`` (zeroed) from byte ``start``
    to byte ``end`` (row boundaries), so that the deflate can take each piece as soon as it is written
    (:func:`pureog.raster.deflate.zlib_stream`): one slice per channel and row into the final buffer,
    no planes to interleave first, no per-row pieces to join. A repeated row is filter 2 (Up) and
    zeros (the buffer starts zeroed), the others filter 0 (None) and the row's channel values."""
    stride = 4 * width
    line = channels * width + 1

    def write(start: int, end: int) -> None:
        first = start // line
        row = first - sum(repeats[:first])  # distinct rows written before
        for y in range(first, end // line):
            o = y * line
            if repeats[y]:
                out[o] = 2
                continue
            if planes is None:
                at = (row if packed else y) * stride
                for channel in range(channels):
                    out[o + 1 + channel : o + line : channels] = rows[at + channel : at + stride : 4]
            else:
                at = row * width
                for channel, plane in enumerate(planes):
                    out[o + 1 + channel : o + line : channels] = plane[at : at + width]
            row += 1

    return write


# --- the exact palette ----------------------------------------------------------------------------


class _Codes:
    """A plane of small codes (``codes[0] == 0``) and, for each code, the channel values it stands for.

    A renumbered channel plane keeps its plane and translation table and translates on first use of
    ``codes``: a search that fails in its first pairing never translates the plane paired last."""

    __slots__ = ("_codes", "_plane", "_table", "channels", "values")

    def __init__(self, codes: Buffer | None, channels: tuple[int, ...], values: list[tuple[int, ...]],
                 plane: Buffer = b"", table: bytes = b"") -> None:
        self._codes = codes
        self._plane, self._table = plane, table
        self.channels = channels
        self.values = values

    @property
    def codes(self) -> Buffer:
        if self._codes is None:
            self._codes = self._plane.translate(self._table)
        return self._codes


def _renumbered(plane: Buffer, channel: int) -> _Codes:
    """``plane`` with its values numbered 0, 1, ... (its first pixel's value first, then ascending),
    translated when its codes are first read."""
    present = _ALL_BYTES.translate(None, _ALL_BYTES.translate(None, plane))  # the values that occur
    first = plane[0]
    order = bytes((first,)) + present.replace(bytes((first,)), b"")
    table = bytearray(256)
    for code, value in enumerate(order):
        table[value] = code
    return _Codes(None, (channel,), [(value,) for value in order], plane, bytes(table))


def _spread(count: int) -> list[int]:
    """``range(count)`` in bit-reversed order (0, 8, 4, 12, 2, ... for 16): every stretch of the list
    samples the whole range evenly, each time twice as densely."""
    # Built by doubling (the bit-reversed order of 2k numbers is that of k, doubled, then each plus
    # one): a list step a number, where reversing each number's bit string cost ~0.5 us a number
    # (~30-50 us a palette search, once a frame).
    order = [0]
    while len(order) < count:
        order = [2 * r for r in order] + [2 * r + 1 for r in order]
    return [r for r in order if r < count]


def _paired(high: _Codes, low: _Codes, limit: int, spread: bool = False,
            pause: Callable[[], None] | None = None) -> _Codes | None:
    """One code for each distinct (high, low) pair, numbered in order of first occurrence (in pixel
    order, or with ``spread`` in the order :func:`_spread` takes the chunks); None if there are more
    than ``limit``."""
    # One character per pixel, high * 256 + low: two bytes of UTF-16, unless high codes reach the
    # surrogates (over 216 values in every plane left, rare): then four of UTF-32, which passes them.
    wide = len(high.values) > _SURROGATES
    unit, encoding, errors = (4, "utf-32-be", "surrogatepass") if wide else (2, "utf-16-be", "strict")
    numbered = "\0"  # the first pixel's pair is (0, 0): a charmap table's first entry must be U+0000
    table = codecs.charmap_build(numbered)
    chunks = range(0, len(high.codes), _CHUNK)
    out: list[bytes] = [b""] * len(chunks)
    joined = bytearray(unit * _CHUNK)
    for index in _spread(len(chunks)) if spread else range(len(chunks)):
        if pause is not None:  # helpers deflating meanwhile take the GIL here (DeflateStream.pause)
            pause()
        start = chunks[index]
        codes = high.codes[start : start + _CHUNK]
        if len(codes) * unit != len(joined):
            joined = bytearray(unit * len(codes))
        joined[unit - 2 :: unit] = codes
        joined[unit - 1 :: unit] = low.codes[start : start + _CHUNK]
        text = joined.decode(encoding, errors)
        done: list[bytes] = []
        while True:
            try:
                done.append(codecs.charmap_encode(text, "strict", table)[0])
                break
            except UnicodeEncodeError as error:  # codes not numbered yet: keep what came before them,
                done.append(codecs.charmap_encode(text[: error.start], "strict", table)[0])
                new = "".join(dict.fromkeys(text[error.start : error.end]))  # number them,
                if len(numbered) + len(new) > limit or "\ufffe" in new:  # U+FFFE: "unmapped" in a table
                    return None
                numbered += new
                table = codecs.charmap_build(numbered)
                text = text[error.start :]  # and go on from them
        out[index] = done[0] if len(done) == 1 else b"".join(done)
    values = [high.values[ord(c) >> 8] + low.values[ord(c) & 255] for c in numbered]
    return _Codes(b"".join(out), high.channels + low.channels, values)


def _few_colours(rgba: Buffer) -> bool:
    """False if a sample of the pixels already has over 256 colours (a photo, a gradient): a cheap
    first test (:func:`_sampled_colours`)."""
    return _sampled_colours(rgba) <= 256


def _sampled_colours(rgba: Buffer) -> int:
    """The colours a sample of the pixels has, 257 for any number over 256. Premultiplying keeps
    colours apart, so premultiplied pixels count the same.

    The sample is every ``len // 4096``-th pixel; one that comes close to the limit (over
    ``_DENSER_ABOVE`` colours) is made 4x as dense: the emoji card's frame shows 248 colours in the
    first and over 256 in the second, and a palette search that fails costs ~2.5 ms. Frames far under
    the limit (card art: 20-120) stop at the first. Both are counted a piece at a time, each piece the
    pixels between the ones counted so far (:func:`_sample_pieces`), and the count stops as soon as it
    passes 256: a photo or a gradient shows that in the first quarter of the sample (0.05 ms instead of
    0.2), the emoji frame in the first half of the denser one (8,192 pixels counted instead of 20,480,
    ~0.35 ms instead of ~0.9). Only a frame with over 256 colours is turned away, so the output never
    changes."""
    pixels = memoryview(rgba).cast("I")
    step = max(1, len(pixels) // _SAMPLES)
    seen: set[int] = set()
    for start, stride in _sample_pieces(step, dense=False):
        seen.update(pixels[start::stride])
        if len(seen) > 256:
            return 257
    if len(seen) > _DENSER_ABOVE and len(pixels) > _SAMPLES:
        for start, stride in _sample_pieces(step, dense=True):
            seen.update(pixels[start::stride])
            if len(seen) > 256:
                return 257
    return len(seen)


def _sample_pieces(step: int, dense: bool) -> list[tuple[int, int]]:
    """``(start, stride)`` slices of the pixels. With ``dense`` False, the pixels ``0, step, 2 * step,
    ...`` in three pieces: every ``4 * step``-th pixel, then the ones halfway between, then the rest.
    With ``dense`` True, the pixels between those at a quarter of ``step`` (the halves first, then the
    quarters; every pixel between them when ``step`` is under 4)."""
    if not dense:
        return [(0, 4 * step), (2 * step, 4 * step), (step, 2 * step)]
    quarter = step // 4
    offsets = (2 * quarter, quarter, 3 * quarter) if quarter else range(1, step)
    return [(offset, step) for offset in offsets]


def _palette(planes: list[Buffer], pause: Callable[[], None] | None = None) -> tuple[Buffer, bytes, bytes] | None:
    """The frame as palette indices, its ``PLTE`` and ``tRNS`` data; None if it has over 256 colours.

    ``planes`` are 3 (RGB) or 4 (RGBA) channel planes. Exact: index ``i`` of the result stands for
    exactly the channel values of every pixel that has it. ``pause``, when given, is called between
    chunks of the search (a deflate under way on helper threads lets them take the GIL there:
    :meth:`pureog.raster.deflate.DeflateStream.pause`)."""
    streams = [_renumbered(plane, channel) for channel, plane in enumerate(planes)]
    # Three planes with more than one value each, none over 216: the first of the two pairings takes
    # its chunks spread over the frame. A frame with too many colours has too many pairs there too,
    # and spread chunks meet them sooner (stat grid, 269 colours: after 35 of 108 chunks, not 54;
    # effects 45 of 125, not 66). Its numbering differs, but the last pairing's, in pixel order, is
    # the palette's and numbers the colours by first occurrence all the same; and as no plane reaches
    # the surrogates, no pairing here is UTF-32 (where a code U+FFFE would turn the palette away).
    spread = len(planes) == 3 and all(1 < len(s.values) <= _SURROGATES for s in streams)
    while len(streams) > 1:
        streams.sort(key=lambda s: len(s.values))  # stable: the order is a function of the pixels
        high, low = streams[0], streams[1]
        if len(high.values) == 1:
            paired: _Codes | None = _Codes(low.codes, high.channels + low.channels,
                                           [high.values[0] + value for value in low.values])
        else:
            paired = _paired(high, low, 256, spread and len(streams) > 2, pause)
        if paired is None:
            return None
        streams[:2] = [paired]
    (final,) = streams
    order = sorted(range(len(final.channels)), key=final.channels.__getitem__)
    colours = [bytes(value[i] for i in order) for value in final.values]  # RGB(A) in channel order
    indices = final.codes
    if len(planes) == 4:
        # translucent colours first, so that tRNS (their alphas) stops at the last of them
        ranked = sorted(range(len(colours)), key=lambda i: colours[i][3] == 255)
        if ranked != sorted(ranked):
            table = bytearray(256)
            for new, old in enumerate(ranked):
                table[old] = new
            indices = indices.translate(table)
            colours = [colours[i] for i in ranked]
        alphas = bytes(colour[3] for colour in colours).rstrip(b"\xff")
        return indices, b"".join(colour[:3] for colour in colours), alphas
    return indices, b"".join(colours), b""


# --- scanlines and chunks ---------------------------------------------------------------------------


def _scanlines(pixels: Buffer, repeats: list[bool], line: int) -> bytes:
    """The filtered scanlines: ``pixels`` holds the distinct rows, ``line`` bytes each; a repeated row
    gets the Up filter (all zeros), the others filter None."""
    repeated = b"\x02" + bytes(line)
    out: list[Buffer] = []
    k = 0
    for is_repeat in repeats:
        if is_repeat:
            out.append(repeated)
        else:
            out.append(b"\x00")
            out.append(pixels[k : k + line])
            k += line
    return b"".join(out)


def zopfli_compress() -> Callable[[bytes], bytes]:
    """``zopfli.zlib.compress``, or a :class:`PureogError` saying how to install it."""
    try:
        import zopfli.zlib  # optional extra, imported lazily
    except ImportError as exc:
        raise PureogError(
            "zopfli compression requested but the 'zopfli' package is not installed "
            "(pip install zopfli, or pip install 'pureog[zopfli]'), or pass zopfli=False"
        ) from exc
    compress: Callable[[bytes], bytes] = zopfli.zlib.compress
    return compress


def _deflate(raw: Buffer, repeats: list[bool], compress_level: int, use_zopfli: bool,
             write: Callable[[int, int], None] | None = None) -> bytes:
    """The zlib stream of the scanlines ``raw`` (one line a row; ``repeats``: the rows written as Up
    zeros): one piece, or the runs of repeated rows apart and a large frame's other rows cut into
    pieces, deflated side by side on the threads the process has to spare (:mod:`pureog.raster.deflate`;
    the same bytes however many there are). ``write(start, end)``, when given, writes ``raw`` first,
    piece by piece as the deflate takes them (:func:`~pureog.raster.deflate.zlib_stream`)."""
    if write is not None and (use_zopfli or not compress_level):
        write(0, len(raw))
    if use_zopfli:
        return bytes(zopfli_compress()(bytes(raw)))
    if not compress_level:
        return zlib.compress(raw, 0)
    pieces = _pieces(len(raw), repeats)
    if len(pieces) == 1:
        if write is not None:
            write(0, len(raw))
        return zlib.compress(raw, compress_level)
    return zlib_stream(raw, pieces, compress_level, write)


def _pieces(size: int, repeats: list[bool]) -> list[Piece]:
    """The pieces :func:`_deflate` deflates ``size`` bytes of scanlines in (at a level above 0)."""
    line = size // len(repeats)
    # Every run of repeated rows of _RUN_BYTES or more apart, however few of the bytes the runs hold:
    # level 6 deflates their zeros at ~2 ns a byte (it enters each into its hash chains), Z_RLE at
    # ~0.45, and the rows after a run are primed with the 32 KB before them (~35 us), which pays from
    # ~23 KB of run on. (Until the forty-fourth pass only frames whose runs held half the bytes were
    # cut so: the stat grid's 17 runs, 42 % of its bytes, went through level 6 with the rest; now its
    # encode is ~1.2 ms less and its PNG 2.3 % smaller, bench/README.md.)
    return cut(_segments(repeats, line), line)


def _segments(repeats: list[bool], line: int) -> list[Piece]:
    """``(start, end, zeros)`` byte ranges of the scanlines: each run of repeated rows of at least
    ``_RUN_BYTES`` (all zeros but the filter bytes) on its own, the rows between them together."""
    segments: list[Piece] = []
    start = 0  # of the plain rows not yet in a segment
    y = 0
    count = len(repeats)
    while y < count:
        if not repeats[y]:
            y += 1
            continue
        end = y
        while end < count and repeats[end]:
            end += 1
        if (end - y) * line >= _RUN_BYTES:
            if start < y:
                segments.append(Piece(start * line, y * line, False))
            segments.append(Piece(y * line, end * line, True))
            start = end
        y = end
    if start < count:
        segments.append(Piece(start * line, count * line, False))
    return segments


def _chunks(pixmap: Pixmap, color_type: int, idat: bytes, plte: bytes = b"", trns: bytes = b"") -> bytes:
    ihdr = struct.pack(">IIBBBBB", pixmap.width, pixmap.height, 8, color_type, 0, 0, 0)
    chunks = [(b"IHDR", ihdr)]
    if plte:
        chunks.append((b"PLTE", plte))
    if trns:
        chunks.append((b"tRNS", trns))
    chunks += [(b"IDAT", idat), (b"IEND", b"")]
    out = io.BytesIO()
    png.write_chunks(out, chunks)
    return out.getvalue()


def check_png_options(compress_level: object, zopfli: object, palette: object) -> None:
    """A :class:`PureogError` unless the options are ``encode_png``'s."""
    if isinstance(compress_level, bool) or not isinstance(compress_level, int) or not 0 <= compress_level <= 9:
        raise PureogError(f"compress_level must be an integer from 0 to 9, got {compress_level!r}")
    if not isinstance(zopfli, bool):
        raise PureogError(f"zopfli must be True or False, got {zopfli!r}")
    if palette not in PALETTE_MODES:
        raise PureogError(f"palette must be one of {', '.join(PALETTE_MODES)}, got {palette!r}")


def encode_png(pixmap: Pixmap, *, compress_level: int = 6, zopfli: bool = False, palette: str = "auto") -> bytes:
    """PNG bytes of ``pixmap``: 8-bit greyscale, indexed, RGB or RGBA (straight alpha), deterministic.

    ``compress_level``: zlib's, 0 (stored) to 9 (smallest); ``zopfli``: deflate with zopfli instead
    (the optional ``zopfli`` package; much slower, a few % smaller); ``palette``: ``"auto"`` writes
    indexed colour when the frame has at most 256 colours and is not opaque grey (exact: it decodes to
    the same RGBA); where PLTE and tRNS are a quarter of that file or more (a small image, a gradient)
    the truecolour file is made too and the smaller kept. ``"never"`` keeps truecolour."""
    check_png_options(compress_level, zopfli, palette)
    if pixmap.width <= 0 or pixmap.height <= 0:
        raise PureogError(f"cannot encode an empty {pixmap.width}x{pixmap.height} image as PNG")
    width = pixmap.width
    repeats = _repeats(pixmap.data, pixmap.stride)
    # The checks below need only the distinct rows, packed when a fair share of rows repeats (card art);
    # a frame with a few repeated rows (a photo: 1 of 630) is read in place, not copied for them
    # (~0.3 ms and a new frame-sized buffer), and packed only for a palette or a translucent frame.
    few = sum(repeats) * _PACK_SHARE < len(repeats)
    rows = pixmap.data if few else _distinct_rows(pixmap.data, pixmap.stride, repeats)
    smaller = None
    # (compared with a row of 255s, a memcmp: ``count(255)`` runs a byte at a time, ~0.3 ms a frame)
    if rows[3::4] == b"\xff" * (len(rows) >> 2):
        # Opaque (premultiplied == straight): greyscale, or RGB unless a palette holds the frame
        if _opaque_grey(rows, _GREY_SAMPLE):
            return _chunks(pixmap, COLOR_TYPE_GRAY, _opaque_deflate(rows, width, repeats, 1, None, not few,
                                                                    compress_level, zopfli))
        planes = None
        sampled = _sampled_colours(rows) if palette == "auto" else 257
        if sampled <= 256:
            if few:
                rows, few = _distinct_rows(pixmap.data, pixmap.stride, repeats), False
            early = _early_rgb(rows, width, repeats, compress_level, zopfli) if sampled > _EARLY_ABOVE else None
            try:
                planes = [rows[0::4], rows[1::4], rows[2::4]]
                smaller = _indexed(pixmap, planes, repeats, compress_level, zopfli,
                                   None if early is None else early.pause)
            except BaseException:
                if early is not None:
                    early.abandon()
                raise
            if smaller is not None and smaller[1]:
                if early is not None:
                    early.abandon()
                return smaller[0]
            if early is not None:
                image = _chunks(pixmap, COLOR_TYPE_RGB, early.finish())
                return smaller[0] if smaller is not None and len(smaller[0]) < len(image) else image
        image = _chunks(pixmap, COLOR_TYPE_RGB, _opaque_deflate(rows, width, repeats, 3, planes, not few,
                                                                compress_level, zopfli))
    else:
        if few:
            rows = _distinct_rows(pixmap.data, pixmap.stride, repeats)
        pixels = straight_rgba(rows, width)
        if palette == "auto" and _few_colours(rows):
            smaller = _indexed(pixmap, [pixels[c::4] for c in range(4)], repeats, compress_level, zopfli)
            if smaller is not None and smaller[1]:
                return smaller[0]
        scanlines = _scanlines(pixels, repeats, 4 * width)
        image = _chunks(pixmap, COLOR_TYPE_RGBA, _deflate(scanlines, repeats, compress_level, zopfli))
    return smaller[0] if smaller is not None and len(smaller[0]) < len(image) else image


def _opaque_deflate(rows: Buffer, width: int, repeats: list[bool], channels: int, planes: list[Buffer] | None,
                    packed: bool, compress_level: int, use_zopfli: bool) -> bytes:
    """The deflated scanlines of an opaque frame (:func:`_opaque_scanlines`), written piece by piece
    as the deflate takes them: on a free core the first pieces deflate while the others are written."""
    raw = bytearray((channels * width + 1) * len(repeats))
    return _deflate(raw, repeats, compress_level, use_zopfli,
                    _opaque_writer(raw, rows, width, repeats, channels, planes, packed))


def _early_rgb(rows: Buffer, width: int, repeats: list[bool], compress_level: int,
               use_zopfli: bool) -> DeflateStream | None:
    """The RGB scanlines of the distinct ``rows`` written and their deflate begun on the helper threads,
    for a frame whose palette search will likely fail (:data:`_EARLY_ABOVE`): the helpers deflate while
    the search runs, instead of after it (the stat grid and effects cards: ~2 ms of search). None
    where that cannot help: no helpers, one piece, zopfli or level 0 (then nothing is written)."""
    if use_zopfli or not compress_level or not helpers_free():
        return None
    size = (3 * width + 1) * len(repeats)
    pieces = _pieces(size, repeats)
    if len(pieces) < 2:
        return None
    raw = bytearray(size)  # (a 1200x630 frame's: 2.3 MB, made only where a helper will deflate it)
    return started_stream(raw, pieces, compress_level, _opaque_writer(raw, rows, width, repeats, 3, None, True))


def _indexed(pixmap: Pixmap, planes: list[Buffer], repeats: list[bool], compress_level: int,
             use_zopfli: bool, pause: Callable[[], None] | None = None) -> tuple[bytes, bool] | None:
    """The indexed-colour file, and whether to keep it without making the truecolour one too (its PLTE
    and tRNS are under a quarter of it); None if the frame has over 256 colours."""
    indexed = _palette(planes, pause)
    if indexed is None:
        return None
    indices, plte, trns = indexed
    raw = _scanlines(indices, repeats, pixmap.width)
    image = _chunks(pixmap, COLOR_TYPE_INDEXED, _deflate(raw, repeats, compress_level, use_zopfli), plte, trns)
    return image, _OVERHEAD * (len(plte) + len(trns)) < len(image)
