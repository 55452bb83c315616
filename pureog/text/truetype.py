"""A small reader of static TrueType fonts: what a render needs, without importing fontTools.

Input: sfnt bytes (and the face number of a collection). Output: a :class:`TrueTypeFont` with the
metrics (head unitsPerEm, hhea ascent/descent, hmtx advances and side bearings), the Unicode cmap
opentype.js picks (format 4 or 12), raw table bytes, and glyph outlines drawn onto a pen with the very
calls, in the very order and with the very numbers fontTools' glyph set makes (``glyf`` contours from
their last on-curve point, implied on-curve points as ``0.5 * (a + b)``, composite glyphs through
fontTools' component transforms, the ``lsb - xMin`` offset at the top level).

Why: importing fontTools (logging, datetime, its table and pen modules) and parsing a font with it
is ~100 ms of a one-shot render on a slow machine (bench/README.md, "cold"), while a plain TrueType
face needs a few ``struct`` reads. fontTools stays for everything else: CFF/CFF2 outlines, variable
fonts (``fvar``), GSUB, the OpenType layout engine, the ``kern`` table, and every font or glyph this
reader does not take as entirely regular: :func:`read_truetype` returns None, or
:meth:`TrueTypeFont.draw` returns False, and the caller asks fontTools (which then draws or fails as
before). So a well-formed font gives fontTools' results, and anything unusual gets fontTools' own.

Imports only ``struct`` and :mod:`pureog.limits`; must not import fontTools, layout, paint or raster.
"""

from __future__ import annotations

import struct
from typing import Any, Protocol

from pureog.limits import MAX_GLYPH_COMPONENTS, MAX_GLYPH_SEGMENTS

_TRUETYPE_VERSIONS = (b"\x00\x01\x00\x00", b"true")
_TTC = b"ttcf"
_REQUIRED = ("head", "hhea", "maxp", "hmtx", "loca", "glyf")
_FONTTOOLS_ONLY = ("CFF ", "CFF2", "fvar")
"""Tables whose presence sends the whole face to fontTools (other outlines, variations)."""

_ON_CURVE = 0x01
_X_SHORT = 0x02
_Y_SHORT = 0x04
_REPEAT = 0x08
_X_SAME = 0x10
_Y_SAME = 0x20
_CUBIC = 0x80

_ARGS_ARE_WORDS = 0x0001
_ARGS_ARE_XY = 0x0002
_HAVE_SCALE = 0x0008
_MORE_COMPONENTS = 0x0020
_HAVE_XY_SCALE = 0x0040
_HAVE_2X2 = 0x0080
_MAX_COMPONENT_DEPTH = 8


class Pen(Protocol):
    """The pen calls a TrueType outline makes (a subset of fontTools' pen protocol)."""

    def moveTo(self, pt: tuple[float, float]) -> None: ...  # noqa: N802 - fontTools' names
    def lineTo(self, pt: tuple[float, float]) -> None: ...  # noqa: N802
    def qCurveTo(self, *points: Any) -> None: ...  # noqa: N802
    def closePath(self) -> None: ...  # noqa: N802


class _Irregular(Exception):
    """Something this reader does not take as regular: fontTools decides instead."""


def read_truetype(data: bytes, font_number: int) -> TrueTypeFont | None:
    """The face, or None when fontTools must read it (not static TrueType, or anything irregular).
    ``font_number`` is fontTools' ``fontNumber``: -1 for a single font, else the collection index."""
    try:
        return TrueTypeFont(data, font_number)
    except (_Irregular, struct.error, IndexError, ValueError, OverflowError):
        return None


class TrueTypeFont:
    """The tables of one static TrueType face, read with ``struct`` (see the module docstring)."""

    __slots__ = ("_data", "tables", "units_per_em", "ascender", "descender", "num_glyphs", "advances",
                 "_lsbs", "cmap", "_loca", "_glyf")

    def __init__(self, data: bytes, font_number: int) -> None:
        self._data = data
        self.tables = _directory(data, font_number)
        tables = self.tables
        if any(tag not in tables for tag in _REQUIRED) or any(tag in tables for tag in _FONTTOOLS_ONLY):
            raise _Irregular
        head = self.table("head")
        if len(head) < 54:
            raise _Irregular
        self.units_per_em = struct.unpack_from(">H", head, 18)[0]
        loca_format = struct.unpack_from(">h", head, 50)[0]
        hhea = self.table("hhea")
        if len(hhea) < 36:
            raise _Irregular
        self.ascender, self.descender = struct.unpack_from(">hh", hhea, 4)
        metrics_count = struct.unpack_from(">H", hhea, 34)[0]
        maxp = self.table("maxp")
        if len(maxp) < 6:
            raise _Irregular
        self.num_glyphs = count = struct.unpack_from(">H", maxp, 4)[0]
        if not 1 <= metrics_count <= count:
            raise _Irregular
        self.advances, self._lsbs = _hmtx(self.table("hmtx"), metrics_count, count)
        self.cmap = _unicode_cmap(self.table("cmap"), count) if "cmap" in tables else {}
        self._loca = _loca(self.table("loca"), loca_format, count)
        self._glyf = self.table("glyf")
        if self._loca[-1] > len(self._glyf):
            raise _Irregular

    def table(self, tag: str) -> bytes:
        offset, length = self.tables[tag]
        return self._data[offset:offset + length]

    def draw(self, gid: int, pen: Pen, at_lsb: bool = True) -> bool:
        """Draw glyph ``gid`` onto ``pen`` as fontTools' glyph set does; False (nothing drawn) when
        the glyph is not regular enough for this reader: the caller then draws it with fontTools.
        ``at_lsb=False`` leaves a simple glyph at its own coordinates instead of moving it to the
        ``hmtx`` left side bearing (opentype.js: see :func:`pureog.text.outline.glyph_outline`)."""
        if not 0 <= gid < self.num_glyphs:
            return False
        try:
            calls: list[tuple[Any, ...]] = []
            self._glyph_calls(gid, None, 0, calls, [0], at_lsb)
        except (_Irregular, struct.error, IndexError, ValueError):
            return False
        for name, *args in calls:  # only once the whole glyph was read: no half-drawn glyph
            getattr(pen, name)(*args)
        return True

    # --- glyf ------------------------------------------------------------------------------------
    def _glyph_calls(self, gid: int, transform: tuple[float, ...] | None, depth: int,
                     calls: list[tuple[Any, ...]], components: list[int], at_lsb: bool = True) -> None:
        start, end = self._loca[gid], self._loca[gid + 1]
        if end == start:
            return  # an empty glyph (a space): no contours
        data = self._glyf[start:end]
        contours, x_min = struct.unpack_from(">hh", data, 0)
        if contours == -1:
            self._composite_calls(data, transform, depth, calls, components)
            return
        if contours < 0:
            raise _Irregular
        points: list[tuple[Any, Any]]
        points, flags, ends = _simple_points(data, contours)
        # fontTools' _TTGlyphGlyf.draw: the top-level glyph moves by lsb - xMin (components never do)
        offset = self._lsbs[gid] - x_min if depth == 0 and at_lsb else 0
        if offset:
            points = [(x + offset, y) for x, y in points]
        if transform is not None:
            xx, xy, yx, yy, dx, dy = transform
            # fontTools' Transform.transformPoint, operand for operand
            points = [(xx * x + yx * y + dx, xy * x + yy * y + dy) for x, y in points]
        _contour_calls(points, flags, ends, calls)

    def _composite_calls(self, data: bytes, transform: tuple[float, ...] | None, depth: int,
                         calls: list[tuple[Any, ...]], components: list[int]) -> None:
        if depth >= _MAX_COMPONENT_DEPTH:
            raise _Irregular
        pos = 10
        more = True
        while more:
            flags, glyph = struct.unpack_from(">HH", data, pos)
            pos += 4
            if not flags & _ARGS_ARE_XY or glyph >= self.num_glyphs:
                raise _Irregular  # point matching, or a missing component: fontTools' own handling
            if flags & _ARGS_ARE_WORDS:
                x, y = struct.unpack_from(">hh", data, pos)
                pos += 4
            else:
                x, y = struct.unpack_from(">bb", data, pos)
                pos += 2
            component: tuple[float, ...]
            if flags & _HAVE_SCALE:
                (scale,) = struct.unpack_from(">h", data, pos)
                pos += 2
                s = scale / 16384
                component = (s, 0, 0, s, x, y)
            elif flags & _HAVE_XY_SCALE:
                sx, sy = struct.unpack_from(">hh", data, pos)
                pos += 4
                component = (sx / 16384, 0, 0, sy / 16384, x, y)
            elif flags & _HAVE_2X2:
                a, b, c, d = struct.unpack_from(">hhhh", data, pos)
                pos += 8
                component = (a / 16384, b / 16384, c / 16384, d / 16384, x, y)
            else:
                component = (1, 0, 0, 1, x, y)
            more = bool(flags & _MORE_COMPONENTS)
            components[0] += 1  # hostile fonts: components used many times at several levels multiply;
            if components[0] > MAX_GLYPH_COMPONENTS or len(calls) > MAX_GLYPH_SEGMENTS:  # fontTools' pen
                raise _Irregular  # (outline.py) then stops too, and the glyph draws nothing
            # DecomposingPen.addComponent: an identity component draws straight onto the pen;
            # TransformPen.addComponent composes its matrix with the component's (Transform.transform)
            if transform is not None:
                component = _compose(transform, component)
            self._glyph_calls(glyph, None if component == (1, 0, 0, 1, 0, 0) else component, depth + 1, calls,
                              components)


def _compose(outer: tuple[float, ...], inner: tuple[float, ...]) -> tuple[float, ...]:
    """fontTools' ``Transform.transform(other)``: ``outer`` after ``inner``, its exact expressions."""
    xx1, xy1, yx1, yy1, dx1, dy1 = inner
    xx2, xy2, yx2, yy2, dx2, dy2 = outer
    return (xx1 * xx2 + xy1 * yx2, xx1 * xy2 + xy1 * yy2, yx1 * xx2 + yy1 * yx2, yx1 * xy2 + yy1 * yy2,
            xx2 * dx1 + yx2 * dy1 + dx2, xy2 * dx1 + yy2 * dy1 + dy2)


def _simple_points(data: bytes, contours: int) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """A simple glyph's points (absolute font units), flags and contour end indices."""
    ends = list(struct.unpack_from(f">{contours}H", data, 10))
    pos = 10 + 2 * contours
    count = ends[-1] + 1 if contours else 0
    if any(b <= a for a, b in zip(ends, ends[1:], strict=False)):
        raise _Irregular
    (instructions,) = struct.unpack_from(">H", data, pos)
    pos += 2 + instructions
    flags: list[int] = []
    while len(flags) < count:
        flag = data[pos]
        pos += 1
        if flag & _REPEAT:
            repeat = data[pos]
            pos += 1
            flags.extend([flag] * (repeat + 1))
        else:
            flags.append(flag)
    if len(flags) != count or any(flag & _CUBIC for flag in flags):
        raise _Irregular  # repeats past the last point, or cubic contours: fontTools decides
    xs, pos = _coordinates(data, pos, flags, _X_SHORT, _X_SAME)
    ys, pos = _coordinates(data, pos, flags, _Y_SHORT, _Y_SAME)
    if pos > len(data):
        raise _Irregular
    return list(zip(xs, ys, strict=True)), flags, ends


def _coordinates(data: bytes, pos: int, flags: list[int], short: int, same: int) -> tuple[list[int], int]:
    """One axis of a simple glyph's points (all x, then all y in the glyf table): each flag says whether
    its delta is one byte (``short``, its sign in ``same``), two bytes, or none (``same`` alone: repeat
    the previous value). Returns the absolute values and the position after them."""
    values: list[int] = []
    value = 0
    for flag in flags:
        if flag & short:
            delta = data[pos]
            pos += 1
            value += delta if flag & same else -delta
        elif not flag & same:
            value += struct.unpack_from(">h", data, pos)[0]
            pos += 2
        values.append(value)
    return values, pos


def _contour_calls(points: list[tuple[Any, Any]], flags: list[int], ends: list[int],
                   calls: list[tuple[Any, ...]]) -> None:
    """fontTools' ``Glyph.draw`` for quadratic contours: each contour starts at (moves to) its last
    on-curve point after rotating the list so that it ends on one; runs of off-curve points become one
    ``qCurveTo``; a contour without on-curve points is ``qCurveTo(*points, None)``."""
    start = 0
    for end in ends:
        end += 1
        contour = points[start:end]
        on = [flag & _ON_CURVE for flag in flags[start:end]]
        start = end
        if 1 not in on:
            calls.append(("qCurveTo", *contour, None))
        else:
            first = on.index(1) + 1
            contour = contour[first:] + contour[:first]
            on = on[first:] + on[:first]
            calls.append(("moveTo", contour[-1]))
            # walked by index: slicing the rest off after each call copied it again (a contour of 32,000
            # points took 2.4 s: quadratic)
            at, count = 0, len(contour)
            while at < count:
                following = on.index(1, at) + 1
                if following == at + 1:
                    if at < count - 1:  # the final lineTo is implied by closePath
                        calls.append(("lineTo", contour[at]))
                else:
                    calls.append(("qCurveTo", *contour[at:following]))
                at = following
        calls.append(("closePath",))


# --- tables ---------------------------------------------------------------------------------------


def _directory(data: bytes, font_number: int) -> dict[str, tuple[int, int]]:
    """tag -> (offset, length) of the face's tables, each checked to lie inside the file."""
    base = 0
    if data[:4] == _TTC:
        if font_number < 0:
            raise _Irregular
        (base,) = struct.unpack_from(">L", data, 12 + 4 * font_number)
    elif font_number >= 0:
        raise _Irregular
    if data[base:base + 4] not in _TRUETYPE_VERSIONS:
        raise _Irregular
    (count,) = struct.unpack_from(">H", data, base + 4)
    tables: dict[str, tuple[int, int]] = {}
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sLLL", data, base + 12 + 16 * i)
        if offset + length > len(data):
            raise _Irregular
        tables[tag.decode("latin-1")] = (offset, length)
    return tables


def _hmtx(data: bytes, metrics_count: int, count: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Advances (unsigned) and left side bearings per glyph id, as fontTools' hmtx: glyphs past the
    long metrics keep the last advance."""
    bearings = count - metrics_count
    if len(data) < 4 * metrics_count + 2 * bearings:
        raise _Irregular  # fontTools raises "not enough 'hmtx' table data": let it
    long_metrics = struct.unpack_from(f">{'Hh' * metrics_count}", data, 0)
    advances = list(long_metrics[0::2])
    lsbs = list(long_metrics[1::2])
    advances += [advances[-1]] * bearings
    lsbs += struct.unpack_from(f">{bearings}h", data, 4 * metrics_count)
    return tuple(advances), tuple(lsbs)


def _loca(data: bytes, loca_format: int, count: int) -> tuple[int, ...]:
    """Glyph offsets into glyf (count + 1 of them, non-decreasing, else fontTools reads the font)."""
    if loca_format == 0:
        if len(data) < 2 * (count + 1):
            raise _Irregular
        offsets = tuple(2 * v for v in struct.unpack_from(f">{count + 1}H", data, 0))
    elif loca_format == 1:
        if len(data) < 4 * (count + 1):
            raise _Irregular
        offsets = struct.unpack_from(f">{count + 1}L", data, 0)
    else:
        raise _Irregular
    if any(b < a for a, b in zip(offsets, offsets[1:], strict=False)):
        raise _Irregular
    return offsets


def _unicode_cmap(data: bytes, count: int) -> dict[int, int]:
    """code point -> glyph id from the subtable opentype.js (and pureog's fontTools path) picks: the
    last Unicode one listed in format 4 or 12. Anything unusual (no such subtable, a glyph id past the
    font, ranges fontTools would clamp or skip) is left to fontTools."""
    _version, records = struct.unpack_from(">HH", data, 0)
    entries = [struct.unpack_from(">HHL", data, 4 + 8 * i) for i in range(records)]
    for _pid, _eid, offset in entries:  # fontTools reads every subtable header: all must be sound
        fmt = struct.unpack_from(">H", data, offset)[0]
        if fmt in (0, 4, 6):
            length = struct.unpack_from(">H", data, offset + 2)[0]
        elif fmt == 12:
            length = struct.unpack_from(">L", data, offset + 4)[0]
        elif fmt == 14:
            length = struct.unpack_from(">L", data, offset + 2)[0]
        else:
            raise _Irregular
        if not length or offset + length > len(data):
            raise _Irregular
    for pid, eid, offset in reversed(entries):
        if (pid == 3 and eid in (0, 1, 10)) or (pid == 0 and eid in (0, 1, 2, 3, 4)):
            fmt = struct.unpack_from(">H", data, offset)[0]
            if fmt == 4:
                return _format4(data, offset, count)
            if fmt == 12:
                return _format12(data, offset, count)
    raise _Irregular  # fontTools' getBestCmap decides


def _format4(data: bytes, offset: int, count: int) -> dict[int, int]:
    length = struct.unpack_from(">H", data, offset + 2)[0]
    if length < 14 or length % 2 or offset + length > len(data):
        raise _Irregular
    words = struct.unpack_from(f">{length // 2}H", data, offset)
    seg_count = words[3] // 2
    if words[3] % 2 or 7 + 4 * seg_count + 1 > len(words):
        raise _Irregular
    body = words[7:]
    end_codes = body[:seg_count]
    start_codes = body[seg_count + 1:2 * seg_count + 1]
    deltas = body[2 * seg_count + 1:3 * seg_count + 1]
    range_offsets = body[3 * seg_count + 1:4 * seg_count + 1]
    glyph_ids = body[4 * seg_count + 1:]
    cmap: dict[int, int] = {}
    for i in range(seg_count - 1):  # as fontTools: never the last segment (0xFFFF)
        start, delta, range_offset = start_codes[i], deltas[i], range_offsets[i]
        partial = range_offset // 2 - start + i - seg_count
        for code in range(start, end_codes[i] + 1):
            if range_offset == 0:
                gid = (code + delta) & 0xFFFF
            else:
                index = code + partial
                if not 0 <= index < len(glyph_ids):
                    raise _Irregular
                gid = (glyph_ids[index] + delta) & 0xFFFF if glyph_ids[index] else 0
            if gid:
                if gid >= count:
                    raise _Irregular
                cmap[code] = gid
    return cmap


def _format12(data: bytes, offset: int, count: int) -> dict[int, int]:
    _fmt, _reserved, length, _language, groups = struct.unpack_from(">HHLLL", data, offset)
    if length != 16 + 12 * groups or offset + length > len(data):
        raise _Irregular
    cmap: dict[int, int] = {}
    last_end = 0
    for g in range(groups):
        start, end, gid = struct.unpack_from(">LLL", data, offset + 16 + 12 * g)
        if end > 0x10FFFF or start > end or start < last_end or gid == 0 or gid + end - start >= count:
            raise _Irregular
        last_end = end
        for code in range(start, end + 1):
            cmap[code] = gid + code - start
    return cmap
