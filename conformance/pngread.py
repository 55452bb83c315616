"""Fast PNG decoding to straight RGBA8 rows for the conformance scorer.

Role: ``read_rgba(path_or_bytes) -> RgbaImage`` (width, height, one ``bytes`` row of ``4 * width``
straight-alpha RGBA8 per scanline). Imports only the standard library and, for the rare formats the
fast path does not cover, pypng. Must not import :mod:`pureog` (the scorer judges pureog, it must not
share its code paths).

Why not just pypng: pypng reverses PNG row filters with a Python loop per byte, ~0.3 s for one
1200x630 RGBA image, which would dominate a conformance run of hundreds of images. Here the two
filters real encoders use for flat art are undone with big-int SWAR arithmetic (whole row per Python
operation, at C speed):

* ``Up``: a byte-wise add mod 256 of two rows: ``((a & 0x7f..) + (b & 0x7f..)) ^ ((a ^ b) & 0x80..)``
  adds the low 7 bits of every byte lane without carries leaking into the next lane, then fixes each
  lane's top bit with XOR.
* ``Sub``: each byte is the previous pixel's byte plus the filtered byte, i.e. a per-lane prefix sum
  mod 256; it is computed as a Hillis-Steele parallel prefix: ``log2(width)`` rounds of "add myself
  shifted by 1, 2, 4, ... pixels", each a SWAR add.

``Average`` and ``Paeth`` are inherently sequential per byte and use a plain Python loop (resvg writes
``Sub`` rows; pypng and zlib-based writers mostly ``None``/``Sub``/``Up``). Supported on the fast path:
8-bit RGBA, RGB (no tRNS), palette (any tRNS) and grey(+alpha), non-interlaced. Everything else
(16-bit, sub-byte depths, interlacing, colour keys) is decoded by pypng.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Bytes per pixel and RGBA expansion for the 8-bit colour types the fast path handles.
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


class PngDecodeError(ValueError):
    """The bytes are not a PNG this module (or pypng) can decode."""


@dataclass(frozen=True, slots=True)
class RgbaImage:
    """Straight (not premultiplied) RGBA8, one ``bytes`` object of ``4 * width`` per row."""

    width: int
    height: int
    rows: tuple[bytes, ...]


def read_rgba(source: str | Path | bytes) -> RgbaImage:
    """Decode a PNG file (path) or PNG bytes to straight RGBA8 rows."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    if not data.startswith(_SIGNATURE):
        raise PngDecodeError("not a PNG file (bad signature)")
    header, palette, trns, idat = _read_chunks(data)
    width, height, depth, colour, interlace = header
    fast = depth == 8 and interlace == 0 and colour in _CHANNELS and not (trns and colour in (0, 2))
    if not fast:
        return _read_with_pypng(data)
    bpp = _CHANNELS[colour]
    try:
        raw = zlib.decompress(idat)
    except zlib.error as exc:
        raise PngDecodeError(f"corrupt image data: {exc}") from exc
    stride = width * bpp
    if len(raw) < (stride + 1) * height:
        raise PngDecodeError("truncated image data")
    rows = _unfilter(raw, width, height, bpp)
    return RgbaImage(width, height, tuple(_to_rgba(rows, width, colour, palette, trns)))


def _read_chunks(data: bytes) -> tuple[tuple[int, int, int, int, int], bytes, bytes, bytes]:
    pos = len(_SIGNATURE)
    header: tuple[int, int, int, int, int] | None = None
    palette = trns = b""
    idat: list[bytes] = []
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            header = (width, height, depth, colour, interlace)
        elif kind == b"PLTE":
            palette = body
        elif kind == b"tRNS":
            trns = body
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    if header is None or not idat:
        raise PngDecodeError("PNG without IHDR or IDAT")
    return header, palette, trns, b"".join(idat)


def _unfilter(raw: bytes, width: int, height: int, bpp: int) -> list[bytes]:
    stride = width * bpp
    nbits = stride * 8
    full = (1 << nbits) - 1
    low7 = int.from_bytes(b"\x7f" * stride, "little")
    high = int.from_bytes(b"\x80" * stride, "little")
    prior = bytes(stride)
    rows: list[bytes] = []
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = raw[start + 1 : start + 1 + stride]
        if kind == 0:
            row = line
        elif kind == 1:
            x = int.from_bytes(line, "little")
            shift = bpp * 8
            while shift < nbits:  # Hillis-Steele prefix sum over pixels, per byte lane mod 256
                y2 = (x << shift) & full
                x = ((x & low7) + (y2 & low7)) ^ ((x ^ y2) & high)
                shift <<= 1
            row = x.to_bytes(stride, "little")
        elif kind == 2:
            a = int.from_bytes(line, "little")
            b = int.from_bytes(prior, "little")
            row = (((a & low7) + (b & low7)) ^ ((a ^ b) & high)).to_bytes(stride, "little")
        elif kind == 3:
            row = _unfilter_average(line, prior, bpp)
        elif kind == 4:
            row = _unfilter_paeth(line, prior, bpp)
        else:
            raise PngDecodeError(f"row {y}: unknown filter type {kind}")
        rows.append(row)
        prior = row
    return rows


def _unfilter_average(line: bytes, prior: bytes, bpp: int) -> bytes:
    out = bytearray(line)
    for i in range(len(out)):
        left = out[i - bpp] if i >= bpp else 0
        out[i] = (out[i] + ((left + prior[i]) >> 1)) & 0xFF
    return bytes(out)


def _unfilter_paeth(line: bytes, prior: bytes, bpp: int) -> bytes:
    out = bytearray(line)
    for i in range(len(out)):
        a = out[i - bpp] if i >= bpp else 0
        b = prior[i]
        c = prior[i - bpp] if i >= bpp else 0
        p = a + b - c
        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
        pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
        out[i] = (out[i] + pred) & 0xFF
    return bytes(out)


def _to_rgba(rows: list[bytes], width: int, colour: int, palette: bytes, trns: bytes) -> list[bytes]:
    if colour == 6:
        return rows
    opaque = b"\xff" * width
    out: list[bytes] = []
    if colour == 3:
        if not palette:
            raise PngDecodeError("palette image without PLTE")
        # One translate table per output channel maps palette index -> channel value.
        entries = len(palette) // 3
        reds = bytes(palette[0::3]).ljust(256, b"\x00")
        greens = bytes(palette[1::3]).ljust(256, b"\x00")
        blues = bytes(palette[2::3]).ljust(256, b"\x00")
        alphas = (trns[:entries] + b"\xff" * (entries - len(trns[:entries]))).ljust(256, b"\xff")
        for row in rows:
            buf = bytearray(width * 4)
            buf[0::4] = row.translate(reds)
            buf[1::4] = row.translate(greens)
            buf[2::4] = row.translate(blues)
            buf[3::4] = row.translate(alphas)
            out.append(bytes(buf))
        return out
    for row in rows:
        buf = bytearray(width * 4)
        if colour == 2:
            buf[0::4], buf[1::4], buf[2::4] = row[0::3], row[1::3], row[2::3]
            buf[3::4] = opaque
        elif colour == 0:
            buf[0::4] = buf[1::4] = buf[2::4] = row
            buf[3::4] = opaque
        else:  # 4: grey + alpha
            grey = row[0::2]
            buf[0::4] = buf[1::4] = buf[2::4] = grey
            buf[3::4] = row[1::2]
        out.append(bytes(buf))
    return out


def _read_with_pypng(data: bytes) -> RgbaImage:
    import png  # only for the uncommon formats; pypng is a dev dependency here

    try:
        width, height, rows, _ = png.Reader(bytes=data).asRGBA8()
        return RgbaImage(width, height, tuple(bytes(row) for row in rows))
    except png.Error as exc:
        raise PngDecodeError(str(exc)) from exc


def write_rgba(path: str | Path, image: RgbaImage) -> None:
    """Write straight RGBA8 rows as a PNG (used for diff heat maps)."""
    import png

    writer = png.Writer(image.width, image.height, greyscale=False, alpha=True, bitdepth=8, compression=6)
    with open(path, "wb") as handle:
        writer.write(handle, image.rows)
