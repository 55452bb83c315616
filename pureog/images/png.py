"""PNG decoder: PNG bytes -> premultiplied RGBA8 :class:`pureog.display.Image`.

Covers what resvg's decoder (the ``png`` crate via tiny-skia) shows: colour types 0/2/3/4/6, bit depths
1-16 (16-bit keeps the high byte, as the crate's ``STRIP_16``), ``tRNS`` (palette alpha and grey/RGB
colour keys), Adam7 interlacing, and APNG as its default image (the ``IDAT`` frame). Colour profiles and
gamma are ignored, as resvg does.

Speed: the five row filters are undone row by row with C-level primitives wherever the filter allows:
None is a slice, Up is ``map(add)`` over two rows, Sub is an ``itertools.accumulate`` per channel; only
Average and Paeth depend on the previous byte *and* the row above, so they run a per-byte Python loop
(documented hot loop). Colour conversion and premultiplication use ``bytes.translate``, strided slice
assignment and a 64K lookup table, never per-pixel Python frames.
Untrusted input: chunks are walked by index and charged to the render's decoding work each (a 64 MB
file holds five million), their image data gathered into one buffer; the declared size is
checked before decoding, and the image data is inflated to at most the size the header implies (a
decompression bomb costs nothing more); damage of any kind is an :class:`ImageError`, including what
the png crate refuses: a chunk whose CRC does not match, a chunk cut by the end of the file, no IEND
(the paint layer then draws the image empty, as Next does).
Imports only :mod:`pureog.display`, :mod:`pureog.binary`, :mod:`pureog.limits` and :mod:`pureog.errors`.
"""

from __future__ import annotations

import operator
import struct
import zlib
from itertools import repeat

from pureog.binary import check_size, inflate
from pureog.display import Image
from pureog.errors import ImageError
from pureog.images.budget import PNG_CHUNK, PNG_ROW_BYTE, PNG_SLOW_BYTE, PNG_WAVE_BYTE, charge_decode
from pureog.images.png_wavefront import unfilter_band
from pureog.limits import check_deadline

SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHUNK_HEAD = struct.Struct(">I4s")
# Chunks walked between charges to the decoding budget.
_CHARGE_EVERY = 1 << 16
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}

# PREMUL[a << 8 | c] = round(c * a / 255), tiny-skia's premultiply_u8.
_PREMUL: bytes | None = None


def premultiply_table() -> bytes:
    global _PREMUL
    if _PREMUL is None:
        _PREMUL = bytes((c * a + 127) // 255 for a in range(256) for c in range(256))
    return _PREMUL


def premultiply_rgba(rgba: bytes | bytearray) -> bytes:
    """Straight RGBA8 -> premultiplied RGBA8 (no-op when every alpha is 255)."""
    alpha = bytes(rgba[3::4])
    opaque = alpha.count(255)
    if opaque == len(alpha):
        return bytes(rgba)
    if opaque + alpha.count(0) == len(alpha):
        return _premultiply_binary(rgba, alpha)
    table = premultiply_table()
    out = bytearray(rgba)
    high = list(map(operator.lshift, alpha, repeat(8)))
    get = table.__getitem__
    for c in range(3):
        out[c::4] = bytes(map(get, map(operator.or_, high, rgba[c::4])))
    return bytes(out)


def _premultiply_binary(rgba: bytes | bytearray, alpha: bytes) -> bytes:
    """Premultiply when every alpha is 0 or 255: colour is kept or cleared, which is an AND with the
    alpha spread over its pixel, done on big integers a slice at a time (no per-pixel Python work)."""
    out = bytearray(len(rgba))
    step = 1 << 20  # pixels per slice: bounds the temporaries to a few MB
    for start in range(0, len(alpha), step):
        a = alpha[start : start + step]
        mask = bytearray(len(a) * 4)
        for c in range(4):
            mask[c::4] = a
        chunk = int.from_bytes(rgba[start * 4 : (start + len(a)) * 4], "little") & int.from_bytes(mask, "little")
        out[start * 4 : (start + len(a)) * 4] = chunk.to_bytes(len(mask), "little")
    return bytes(out)


WAVEFRONT_BAND = 256
"""Rows undone together along anti-diagonals (:mod:`.png_wavefront`): longer bands amortize a diagonal's
fixed cost over more rows (64 rows: 2.7 s for a 4000x4000 RGBA Paeth image, 256: 1.85 s, 1024: 1.7 s)."""


def _unfilter(raw: bytes, width_bytes: int, height: int, bpp: int, offset: int) -> tuple[list[bytes], int]:
    """Undo the per-row filters of one (sub-)image starting at ``offset`` in the inflated stream."""
    stride = width_bytes + 1
    end = offset + height * stride
    if len(raw) < end:  # also data that ends exactly at a row boundary
        raise ImageError("invalid PNG: image data is truncated")
    types = raw[offset:end:stride]
    if max(types) > 4:
        raise ImageError(f"invalid PNG: unknown row filter {next(t for t in types if t > 4)}")
    rows: list[bytes] = []
    prev = bytes(width_bytes)
    for band in range(0, height, WAVEFRONT_BAND):
        check_deadline()  # the render's timeout (pureog/limits.py)
        count = min(WAVEFRONT_BAND, height - band)
        kinds = types[band : band + count]
        slow = kinds.count(3) + kinds.count(4)
        # Average and Paeth rows cost a Python step per byte one at a time (~180 ns) and ~26 ns on the
        # wavefront, whose diagonals cost some 3 us each however few rows they cross: a band of 8 or more
        # rows of which over a seventh are slow goes there (the rest, C-level row primitives, ~6 ns a byte).
        wavefront = slow * 7 > count >= 8
        if wavefront:  # the render's decoding work (images/budget.py), before it is done
            charge_decode(width_bytes * count * PNG_WAVE_BYTE)
        else:
            charge_decode(width_bytes * (count * PNG_ROW_BYTE + slow * PNG_SLOW_BYTE))
        if wavefront:
            rows += unfilter_band(raw, offset + band * stride, width_bytes, count, bpp, prev)
        else:
            for y in range(band, band + count):
                rows.append(_unfilter_row(raw, offset + y * stride, width_bytes, bpp, prev))
                prev = rows[-1]
        prev = rows[-1]
    return rows, end


def _unfilter_row(raw: bytes, start: int, width_bytes: int, bpp: int, prev: bytes) -> bytes:
    """One scanline at ``start`` (its filter byte then its bytes) unfiltered below ``prev``."""
    line = raw[start + 1 : start + 1 + width_bytes]
    ftype = raw[start]
    if ftype == 0:
        return line
    # Up and Sub are byte-wise additions mod 256, done a whole row at a time on big integers (SWAR):
    # adding the low 7 bits of every byte lane cannot carry into the next lane, and XOR fixes each
    # lane's top bit. Sub is a prefix sum over pixels: log2(row) rounds of "add myself shifted by 1, 2,
    # 4, ... pixels". ~6x faster than per-byte map/accumulate on photo-sized rows.
    nbits = width_bytes * 8
    low7 = int.from_bytes(b"\x7f" * width_bytes, "little")
    high = int.from_bytes(b"\x80" * width_bytes, "little")
    if ftype == 2:
        u = int.from_bytes(line, "little")
        v = int.from_bytes(prev, "little")
        return (((u & low7) + (v & low7)) ^ ((u ^ v) & high)).to_bytes(width_bytes, "little")
    if ftype == 1:
        full = (1 << nbits) - 1
        u = int.from_bytes(line, "little")
        shift = bpp * 8
        while shift < nbits:
            v = (u << shift) & full
            u = ((u & low7) + (v & low7)) ^ ((u ^ v) & high)
            shift <<= 1
        return u.to_bytes(width_bytes, "little")
    buf = bytearray(line)
    if ftype == 3:
        # Hot loop (rows the wavefront does not take): each byte needs the reconstructed byte bpp to the left.
        for i in range(bpp):
            buf[i] = (buf[i] + (prev[i] >> 1)) & 255
        for i in range(bpp, width_bytes):
            buf[i] = (buf[i] + ((buf[i - bpp] + prev[i]) >> 1)) & 255
        return bytes(buf)
    for i in range(bpp):
        buf[i] = (buf[i] + prev[i]) & 255
    for i in range(bpp, width_bytes):
        a = buf[i - bpp]
        b = prev[i]
        c = prev[i - bpp]
        p = a + b - c
        pa = abs(p - a)
        pb = abs(p - b)
        pc = abs(p - c)
        if pa <= pb and pa <= pc:
            pred = a
        elif pb <= pc:
            pred = b
        else:
            pred = c
        buf[i] = (buf[i] + pred) & 255
    return bytes(buf)


def _unpack_bits(row: bytes, depth: int, count: int) -> bytes:
    """Sub-byte samples (1, 2, 4 bits) -> one byte per sample, MSB first."""
    per = 8 // depth
    mask = (1 << depth) - 1
    out = bytearray(len(row) * per)
    for k in range(per):
        shift = 8 - depth * (k + 1)
        out[k::per] = bytes(map(and_mask, map(operator.rshift, row, repeat(shift)), repeat(mask)))
    return bytes(out[:count])


and_mask = operator.and_


class _Header:
    __slots__ = ("width", "height", "depth", "color_type", "interlace")

    def __init__(self, body: bytes) -> None:
        if len(body) != 13:
            raise ImageError("invalid PNG: bad IHDR")
        self.width, self.height, self.depth, self.color_type, _, _, self.interlace = struct.unpack(">IIBBBBB", body)
        if self.color_type not in _CHANNELS:
            raise ImageError(f"invalid PNG: colour type {self.color_type}")
        allowed = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}[self.color_type]
        if self.depth not in allowed:
            raise ImageError(f"invalid PNG: bit depth {self.depth} for colour type {self.color_type}")
        check_size(self.width, self.height, what="PNG")

    def raw_size(self) -> int:
        """Bytes of filtered scanlines the header implies (all seven passes when interlaced)."""
        bits = _CHANNELS[self.color_type] * self.depth
        if not self.interlace:
            return int(self.height * (1 + (self.width * bits + 7) // 8))
        total = 0
        for x0, y0, dx, dy in _ADAM7:
            pw = (self.width - x0 + dx - 1) // dx
            ph = (self.height - y0 + dy - 1) // dy
            if pw > 0 and ph > 0:
                total += ph * (1 + (pw * bits + 7) // 8)
        return total


def _chunks(data: bytes) -> tuple[_Header, bytes, bytes | None, bytes | None]:
    """The header, the joined image data, PLTE and tRNS of a PNG's chunks up to IEND, each chunk's CRC
    checked. Walked by index (no object for a chunk not kept) and charged ``PNG_CHUNK`` each: a chunk is
    12 bytes, so a 64 MB file holds five million (round fifteen: 1.5 million tEXt chunks took 4.4 s)."""
    if not data.startswith(SIGNATURE):
        raise ImageError("not a PNG file")
    header: _Header | None = None
    idat = bytearray()  # one buffer: a list of a million one-byte IDAT chunks' bytes took ~50 MB
    palette: bytes | None = None
    trns: bytes | None = None
    view = memoryview(data)
    unpack, crc32 = _CHUNK_HEAD.unpack_from, zlib.crc32
    pos, end, walked = 8, len(data), 0
    while end - pos >= 8:
        length, kind = unpack(data, pos)
        start = pos + 8
        stop = start + length
        if stop + 4 > end:
            # resvg's decoder (the png crate) stops with an error, and Next draws the image empty
            raise ImageError(f"truncated PNG: the {kind.decode('latin-1')} chunk runs past the end of the file")
        if int.from_bytes(data[stop : stop + 4], "big") != crc32(view[start:stop], crc32(kind)):
            # the png crate checks every chunk's CRC and refuses the image on a mismatch
            raise ImageError(f"invalid PNG: the {kind.decode('latin-1')} chunk's CRC does not match")
        pos = stop + 4
        walked += 1
        if walked > _CHARGE_EVERY:
            charge_decode(walked * PNG_CHUNK)
            walked = 0
        if kind == b"IDAT":
            idat += view[start:stop]
        elif kind == b"IHDR":
            if header is not None:
                raise ImageError("invalid PNG: more than one IHDR chunk")
            header = _Header(data[start:stop])
        elif kind == b"PLTE":
            palette = data[start:stop]
        elif kind == b"tRNS":
            trns = data[start:stop]
        elif kind == b"IEND":
            break
    else:
        raise ImageError("truncated PNG: no IEND chunk (resvg's decoder refuses the image)")
    charge_decode(walked * PNG_CHUNK)
    if header is None:
        raise ImageError("invalid PNG: no IHDR chunk")
    if not idat:
        raise ImageError("invalid PNG: no image data")
    return header, bytes(idat), palette, trns


def _to_rgba(h: _Header, rows: list[bytes], width: int, palette: bytes | None, trns: bytes | None) -> bytearray:
    """Unfiltered rows of one (sub-)image -> straight RGBA8."""
    ct, depth = h.color_type, h.depth
    channels = _CHANNELS[ct]
    n = width * channels
    if depth == 16:
        samples = b"".join(r[0::2] for r in rows)
        samples16 = b"".join(rows)
    elif depth < 8:
        samples = b"".join(_unpack_bits(r, depth, n) for r in rows)
        samples16 = b""
    else:
        samples = b"".join(rows)
        samples16 = b""
    count = width * len(rows)
    out = bytearray(count * 4)
    if ct == 3:
        if palette is None:
            raise ImageError("invalid PNG: palette image without PLTE")
        # One translate per channel: C speed and no per-pixel objects, whatever the image size.
        entries = min(256, len(palette) // 3)
        alphas = (trns or b"")[:entries]
        tables = [palette[c : 3 * entries : 3].ljust(256, b"\x00") for c in range(3)]
        tables.append(alphas.ljust(256, b"\xff"))
        for c in range(4):
            out[c::4] = samples.translate(tables[c])
        return out
    if ct in (0, 4):
        grey = samples[0::channels]
        if depth < 8:
            scale = 255 // ((1 << depth) - 1)
            grey = grey.translate(bytes((v * scale) & 255 for v in range(256)))
        out[0::4] = grey
        out[1::4] = grey
        out[2::4] = grey
        if ct == 4:
            out[3::4] = samples[1::2]
        else:
            out[3::4] = b"\xff" * count
            if trns is not None and len(trns) >= 2:
                key = struct.unpack(">H", trns[:2])[0]
                _key_out(out, samples16[0::1] if depth == 16 else samples, key, depth, 1)
        return out
    # RGB / RGBA
    for c in range(3):
        out[c::4] = samples[c::channels]
    if ct == 6:
        out[3::4] = samples[3::4]
    else:
        out[3::4] = b"\xff" * count
        if trns is not None and len(trns) >= 6:
            key = struct.unpack(">HHH", trns[:6])
            _key_out(out, samples16 if depth == 16 else samples, key, depth, 3)
    return out


def _key_out(out: bytearray, samples: bytes, key: object, depth: int, channels: int) -> None:
    """Make pixels equal to the tRNS colour key fully transparent."""
    if depth == 16:
        width = 2 * channels
        pattern = b"".join(struct.pack(">H", k) for k in (key if isinstance(key, tuple) else (key,)))
    else:
        width = channels
        keys = key if isinstance(key, tuple) else (key,)
        if any(k > 255 for k in keys):
            return
        pattern = bytes(keys)
    for i in range(0, len(samples), width):
        if samples[i : i + width] == pattern:
            out[(i // width) * 4 + 3] = 0


def decode_png(data: bytes) -> Image:
    """Decode a PNG (first frame of an APNG) to premultiplied RGBA8."""
    h, compressed, palette, trns = _chunks(data)
    # Never inflate more than the header implies: extra data is ignored, so a bomb stops here.
    raw = inflate(compressed, h.raw_size(), what="PNG")
    channels = _CHANNELS[h.color_type]
    bits = channels * h.depth
    bpp = max(1, bits // 8)
    if not h.interlace:
        rows, _ = _unfilter(raw, (h.width * bits + 7) // 8, h.height, bpp, 0)
        rgba = _to_rgba(h, rows, h.width, palette, trns)
        return Image(h.width, h.height, premultiply_rgba(rgba))
    out = bytearray(h.width * h.height * 4)
    stride = h.width * 4
    offset = 0
    for x0, y0, dx, dy in _ADAM7:
        pw = (h.width - x0 + dx - 1) // dx
        ph = (h.height - y0 + dy - 1) // dy
        if pw <= 0 or ph <= 0:
            continue
        rows, offset = _unfilter(raw, (pw * bits + 7) // 8, ph, bpp, offset)
        rgba = _to_rgba(h, rows, pw, palette, trns)
        for j in range(ph):
            line = rgba[j * pw * 4 : (j + 1) * pw * 4]
            base = (y0 + j * dy) * stride
            for c in range(4):
                out[base + x0 * 4 + c : base + stride : dx * 4] = line[c::4]
    return Image(h.width, h.height, premultiply_rgba(out))
