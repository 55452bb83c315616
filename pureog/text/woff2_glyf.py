"""WOFF2's table transforms undone: ``glyf``/``loca`` from the seven glyph streams, ``hmtx`` from its
reduced form (W3C WOFF 2.0, sections 5.1 to 5.4).

Input: the transformed table bytes out of the WOFF2 Brotli stream. Output: ordinary TrueType ``glyf``
and ``loca`` tables (glyphs re-encoded with run-length flags and the shortest coordinate forms, padded
to 4 bytes, or 2 for short offsets), the glyphs' ``xMin`` values (the transformed ``hmtx`` derives its
left side bearings from them), and a plain ``hmtx``. Every stream read is bounds-checked, every count
checked against what it indexes, and any damage is a :class:`~pureog.errors.FontError` (the caller adds
the font's path). The per-point loop indexes its own bytes after checking the whole glyph's bounds,
as :mod:`pureog.binary` allows hot loops to. Used only by :mod:`pureog.text.woff2`; imports
:mod:`pureog.binary` and :mod:`pureog.errors`; must not import fontTools, layout, paint or raster.
"""

from __future__ import annotations

import struct
from typing import NoReturn

from pureog.binary import Reader
from pureog.errors import FontError

_GLYF_HEADER = struct.Struct(">HHHHIIIIIII")
_BBOX = struct.Struct(">hhhh")
_GLYPH_HEADER = struct.Struct(">hhhhh")

# Composite glyph component flags (OpenType glyf).
_ARGS_ARE_WORDS = 0x0001
_HAVE_SCALE = 0x0008
_MORE_COMPONENTS = 0x0020
_HAVE_XY_SCALE = 0x0040
_HAVE_2X2 = 0x0080
_HAVE_INSTRUCTIONS = 0x0100
# Simple glyph point flags.
_ON_CURVE = 0x01
_X_SHORT = 0x02
_Y_SHORT = 0x04
_REPEAT = 0x08
_X_SAME_OR_POSITIVE = 0x10
_Y_SAME_OR_POSITIVE = 0x20
_OVERLAP_SIMPLE = 0x40


def _fail(message: str) -> NoReturn:
    raise FontError(f"invalid WOFF2 font: {message}")


class _Stream:
    """A cursor over one of the glyph streams: bytes and 255UInt16 values, bounds-checked."""

    __slots__ = ("data", "pos", "name")

    def __init__(self, data: bytes, name: str) -> None:
        self.data = data
        self.pos = 0
        self.name = name

    def take(self, count: int) -> bytes:
        start = self.pos
        if start + count > len(self.data):
            _fail(f"the glyf {self.name} stream is truncated")
        self.pos = start + count
        return self.data[start : self.pos]

    def u255(self) -> int:
        """A 255UInt16 (WOFF2 section 4.1): one byte below 253, else a code and one or two bytes."""
        code = self.take(1)[0]
        if code < 253:
            return code
        if code == 253:
            high, low = self.take(2)
            return high << 8 | low
        return self.take(1)[0] + (253 if code == 255 else 506)


def reconstruct_glyf(data: bytes, limit: int) -> tuple[bytes, bytes, list[int], int]:
    """The transformed ``glyf`` -> (glyf, loca, xMin per glyph, indexToLocFormat). The glyf table may
    take at most ``limit`` bytes."""
    reader = Reader(data, what="WOFF2 font", error=FontError)
    _version, options, count, index_format, *sizes = reader.unpack(_GLYF_HEADER, "the glyf transform header")
    if index_format > 1:
        _fail(f"the glyf transform has index format {index_format}")
    names = ("nContour", "nPoints", "flag", "glyph", "composite", "bbox", "instruction")
    contours_raw, points, flags, glyphs, composites, bboxes, instructions = (
        _Stream(reader.take(size, f"the glyf {name} stream"), name) for size, name in zip(sizes, names, strict=True)
    )
    overlap = reader.take((count + 7) >> 3, "the overlapSimple bitmap") if options & 1 else b""
    if len(contours_raw.data) < 2 * count:
        _fail("the glyf nContour stream is truncated")
    contours = struct.unpack_from(f">{count}h", contours_raw.data)
    bitmap = bboxes.take(4 * ((count + 31) >> 5))
    glyf = bytearray()
    offsets = []
    x_mins = []
    pad = 4 if index_format else 2
    for gid in range(count):
        offsets.append(len(glyf))
        n = contours[gid]
        has_bbox = bitmap[gid >> 3] & (0x80 >> (gid & 7))
        if n == 0:
            if has_bbox:
                _fail(f"empty glyph {gid} has a bounding box")
            x_mins.append(0)
            continue
        if n > 0:
            simple_overlap = bool(overlap) and bool(overlap[gid >> 3] & (0x80 >> (gid & 7)))
            glyph, x_min = _simple_glyph(n, points, flags, glyphs, instructions, bboxes if has_bbox else None,
                                         simple_overlap, gid)
        elif n == -1:
            if not has_bbox:
                _fail(f"composite glyph {gid} has no bounding box")
            glyph, x_min = _composite_glyph(composites, glyphs, instructions, bboxes)
        else:
            _fail(f"glyph {gid} has {n} contours")
        glyf += glyph
        glyf += b"\0" * (-len(glyph) % pad)
        x_mins.append(x_min)
        if len(glyf) > limit:
            _fail(f"its glyphs take more than {limit:,} bytes")
    offsets.append(len(glyf))
    if index_format:
        loca = struct.pack(f">{count + 1}I", *offsets)
    else:
        if offsets[-1] > 0x1FFFE:
            _fail("its glyphs do not fit the short loca format")
        loca = struct.pack(f">{count + 1}H", *(offset >> 1 for offset in offsets))
    return bytes(glyf), loca, x_mins, index_format


def _simple_glyph(contours: int, points: _Stream, flag_stream: _Stream, glyphs: _Stream, instructions: _Stream,
                  bboxes: _Stream | None, overlap: bool, gid: int) -> tuple[bytes, int]:
    ends = []
    total = 0
    for _ in range(contours):
        total += points.u255()
        ends.append(total - 1)
    if total > 0xFFFF:
        _fail(f"glyph {gid} has {total:,} points")
    if ends[0] < 0:  # endPtsOfContours are unsigned: a first contour needs a point
        _fail(f"glyph {gid} starts with an empty contour")
    flags = flag_stream.take(total)
    # One bounds check for the whole glyph: a point takes at most 4 bytes of triplet data, so when
    # 4 * total bytes are there, the loop below may index freely; else each point checks.
    stream, at = glyphs.data, glyphs.pos
    end = len(stream)
    checked = at + 4 * total <= end
    out_flags = bytearray()
    xs = bytearray()
    ys = bytearray()
    x = y = 0
    x_min = y_min = 32767
    x_max = y_max = -32768
    for flag in flags:
        on_curve = 0 if flag & 0x80 else _ON_CURVE
        flag &= 0x7F
        # The triplet encoding (WOFF2 section 5.2): how many bytes, and how they split into dx, dy.
        if flag < 84:
            if not checked and at >= end:
                _fail(f"the glyf glyph stream is truncated (glyph {gid})")
            b0 = stream[at]
            at += 1
            if flag < 10:
                dx = 0
                dy = ((flag & 14) << 7) + b0
            elif flag < 20:
                dx = (((flag - 10) & 14) << 7) + b0
                dy = 0
            else:
                nibbles = flag - 20
                dx = 1 + (nibbles & 0x30) + (b0 >> 4)
                dy = 1 + ((nibbles & 0x0C) << 2) + (b0 & 0x0F)
        elif flag < 120:
            if not checked and at + 2 > end:
                _fail(f"the glyf glyph stream is truncated (glyph {gid})")
            index = flag - 84
            dx = 1 + ((index // 12) << 8) + stream[at]
            dy = 1 + (((index % 12) >> 2) << 8) + stream[at + 1]
            at += 2
        elif flag < 124:
            if not checked and at + 3 > end:
                _fail(f"the glyf glyph stream is truncated (glyph {gid})")
            middle = stream[at + 1]
            dx = (stream[at] << 4) + (middle >> 4)
            dy = ((middle & 0x0F) << 8) + stream[at + 2]
            at += 3
        else:
            if not checked and at + 4 > end:
                _fail(f"the glyf glyph stream is truncated (glyph {gid})")
            dx = (stream[at] << 8) + stream[at + 1]
            dy = (stream[at + 2] << 8) + stream[at + 3]
            at += 4
        # The sign bits: bit 0 of the flag for x, bit 1 for y (1 = positive), where a delta exists.
        if flag < 10:
            if not flag & 1:
                dy = -dy
        elif flag < 20:
            if not flag & 1:
                dx = -dx
        else:
            if not flag & 1:
                dx = -dx
            if not flag & 2:
                dy = -dy
        x += dx
        y += dy
        if not (-32768 <= x <= 32767 and -32768 <= y <= 32767):
            _fail(f"glyph {gid} has a point out of range")
        if x < x_min:
            x_min = x
        if x > x_max:
            x_max = x
        if y < y_min:
            y_min = y
        if y > y_max:
            y_max = y
        point = on_curve
        if dx == 0:
            point |= _X_SAME_OR_POSITIVE
        elif -256 < dx < 256:
            point |= _X_SHORT | (_X_SAME_OR_POSITIVE if dx > 0 else 0)
            xs.append(abs(dx))
        elif -32768 <= dx <= 32767:
            xs += struct.pack(">h", dx)
        else:
            _fail(f"glyph {gid} has a point out of range")
        if dy == 0:
            point |= _Y_SAME_OR_POSITIVE
        elif -256 < dy < 256:
            point |= _Y_SHORT | (_Y_SAME_OR_POSITIVE if dy > 0 else 0)
            ys.append(abs(dy))
        elif -32768 <= dy <= 32767:
            ys += struct.pack(">h", dy)
        else:
            _fail(f"glyph {gid} has a point out of range")
        out_flags.append(point)
    glyphs.pos = at
    if total == 0:
        x_min = y_min = x_max = y_max = 0
    if bboxes is not None:
        x_min, y_min, x_max, y_max = struct.unpack(">hhhh", bboxes.take(8))
    if overlap and out_flags:
        out_flags[0] |= _OVERLAP_SIMPLE
    program = instructions.take(glyphs.u255())
    header = _GLYPH_HEADER.pack(contours, x_min, y_min, x_max, y_max)
    body = struct.pack(f">{contours}HH", *ends, len(program))
    return header + body + program + _run_lengths(out_flags) + xs + ys, x_min


def _run_lengths(flags: bytearray) -> bytes:
    """Point flags with runs of equal flags folded into flag | REPEAT, count - 1 (at most 255)."""
    out = bytearray()
    at = 0
    size = len(flags)
    while at < size:
        flag = flags[at]
        run = 1
        while at + run < size and run < 256 and flags[at + run] == flag:
            run += 1
        if run > 2:  # two equal flags cost two bytes either way
            out += bytes((flag | _REPEAT, run - 1))
        else:
            out += bytes((flag,)) * run
        at += run
    return bytes(out)


def _composite_glyph(composites: _Stream, glyphs: _Stream, instructions: _Stream,
                     bboxes: _Stream) -> tuple[bytes, int]:
    bbox = bboxes.take(8)
    start = composites.pos
    has_instructions = False
    while True:
        flags = struct.unpack(">H", composites.take(4)[:2])[0]  # flags, then the component's glyph id
        size = 4 if flags & _ARGS_ARE_WORDS else 2
        if flags & _HAVE_SCALE:
            size += 2
        elif flags & _HAVE_XY_SCALE:
            size += 4
        elif flags & _HAVE_2X2:
            size += 8
        composites.take(size)
        has_instructions = has_instructions or bool(flags & _HAVE_INSTRUCTIONS)
        if not flags & _MORE_COMPONENTS:
            break
    components = composites.data[start : composites.pos]
    glyph = struct.pack(">h", -1) + bbox + components
    if has_instructions:
        program = instructions.take(glyphs.u255())
        glyph += struct.pack(">H", len(program)) + program
    return glyph, _BBOX.unpack(bbox)[0]


def x_mins_of(glyf: bytes, loca: bytes, long_offsets: bool, count: int) -> list[int]:
    """Each glyph's xMin read from untransformed glyf/loca tables (for a transformed hmtx beside a
    glyf that is not transformed); an empty or damaged entry counts as 0, as fontTools reads it."""
    reader = Reader(loca, what="WOFF2 font", error=FontError)
    width = 4 if long_offsets else 2
    reader.need(width * (count + 1), "the loca table")
    fmt = ">I" if long_offsets else ">H"
    scale = 1 if long_offsets else 2
    offsets = [struct.unpack_from(fmt, loca, width * i)[0] * scale for i in range(count + 1)]
    x_mins = []
    for start, end in zip(offsets, offsets[1:], strict=False):
        if end - start >= 10 and start + 10 <= len(glyf):
            x_mins.append(struct.unpack_from(">h", glyf, start + 2)[0])
        else:
            x_mins.append(0)
    return x_mins


def reconstruct_hmtx(data: bytes, glyph_count: int, metric_count: int, x_mins: list[int]) -> bytes:
    """The transformed ``hmtx`` (WOFF2 section 5.4) -> a plain one; absent side bearings are the
    glyphs' xMin."""
    reader = Reader(data, what="WOFF2 font", error=FontError)
    flags = reader.u8("the hmtx transform")
    if flags & 0xFC:
        _fail("the hmtx transform sets reserved flags")
    if not flags & 3:
        _fail("the hmtx transform leaves both side-bearing arrays in")
    if not 1 <= metric_count <= glyph_count or len(x_mins) != glyph_count:
        _fail(f"hmtx has {metric_count} metrics for {glyph_count} glyphs")
    advances = reader.unpack(struct.Struct(f">{metric_count}H"), "the hmtx advances")
    if flags & 1:
        bearings = tuple(x_mins[:metric_count])
    else:
        bearings = reader.unpack(struct.Struct(f">{metric_count}h"), "the hmtx side bearings")
    rest = glyph_count - metric_count
    if flags & 2:
        trailing = tuple(x_mins[metric_count:])
    else:
        trailing = reader.unpack(struct.Struct(f">{rest}h"), "the hmtx side bearings")
    if reader.remaining:
        _fail("the hmtx transform has trailing data")
    pairs = [value for pair in zip(advances, bearings, strict=True) for value in pair]
    return struct.pack(">" + "Hh" * metric_count, *pairs) + struct.pack(f">{rest}h", *trailing)
