"""GIF decoder: GIF87a/89a bytes -> the first frame as premultiplied RGBA8 :class:`pureog.display.Image`.

What resvg (the ``gif`` crate, first frame, RGBA output) shows: the first image descriptor's pixels
placed on a transparent canvas of the logical screen size (the frame may be smaller and offset),
the local or global colour table, the Graphic Control Extension's transparent index, interlaced
frames de-interlaced. Later frames, disposal and the background colour are ignored.

LZW decoding is a per-code Python loop (documented hot loop): each code is read from a 3-byte window
of the little-endian bit stream, and strings are built by concatenating ``bytes``; the
expansion to RGBA is one ``b"".join(map(table.__getitem__, indices))``.
Imports only :mod:`pureog.display` and :mod:`pureog.errors`.
"""

from __future__ import annotations

import struct

from pureog.display import Image
from pureog.errors import ImageError

MAX_PIXELS = 64 * 1024 * 1024


def _sub_blocks(data: bytes, pos: int) -> tuple[bytes, int]:
    parts = []
    while pos < len(data):
        size = data[pos]
        pos += 1
        if size == 0:
            break
        parts.append(data[pos : pos + size])
        pos += size
    return b"".join(parts), pos


def _lzw(data: bytes, min_size: int, count: int) -> bytes:
    if not 1 <= min_size <= 11:
        raise ImageError("invalid GIF: bad LZW code size")
    clear = 1 << min_size
    end = clear + 1
    base = [bytes((i,)) for i in range(clear)] + [b"", b""]
    table = list(base)
    size = min_size + 1
    out = bytearray()
    padded = data + b"\x00\x00\x00"
    total_bits = len(data) * 8
    pos = 0
    prev: bytes | None = None
    while pos + size <= total_bits and len(out) < count:
        i = pos >> 3
        code = (int.from_bytes(padded[i : i + 3], "little") >> (pos & 7)) & ((1 << size) - 1)
        pos += size
        if code == clear:
            table = list(base)
            size = min_size + 1
            prev = None
            continue
        if code == end:
            break
        if code < len(table):
            entry = table[code]
            if prev is not None:
                table.append(prev + entry[:1])
        elif prev is not None and code == len(table):
            entry = prev + prev[:1]
            table.append(entry)
        else:
            break  # corrupt: keep what we have
        out += entry
        prev = entry
        if len(table) == (1 << size) and size < 12:
            size += 1
    return bytes(out[:count])


def _deinterlace(indices: bytes, w: int, h: int) -> bytes:
    rows = [indices[i * w : (i + 1) * w] for i in range(h)]
    order = [y for start, step in ((0, 8), (4, 8), (2, 4), (1, 2)) for y in range(start, h, step)]
    out: list[bytes] = [b""] * h
    for src, y in enumerate(order):
        out[y] = rows[src]
    return b"".join(out)


def decode_gif(data: bytes) -> Image:
    if data[:6] not in (b"GIF87a", b"GIF89a"):
        raise ImageError("not a GIF file")
    try:
        sw, sh, flags, _bg, _aspect = struct.unpack("<HHBBB", data[6:13])
    except struct.error:
        raise ImageError("invalid GIF: truncated header") from None
    pos = 13
    global_table = b""
    if flags & 0x80:
        n = 3 << ((flags & 7) + 1)
        global_table = data[pos : pos + n]
        pos += n
    transparent: int | None = None
    while pos < len(data):
        kind = data[pos]
        pos += 1
        if kind == 0x21:  # extension
            label = data[pos]
            body, pos = _sub_blocks(data, pos + 1)
            if label == 0xF9 and len(body) >= 4 and body[0] & 1:
                transparent = body[3]
            continue
        if kind != 0x2C:
            break
        x, y, w, h, iflags = struct.unpack("<HHHHB", data[pos : pos + 9])
        pos += 9
        table = global_table
        if iflags & 0x80:
            n = 3 << ((iflags & 7) + 1)
            table = data[pos : pos + n]
            pos += n
        min_size = data[pos]
        lzw, pos = _sub_blocks(data, pos + 1)
        sw, sh = max(sw, 1), max(sh, 1)
        if sw * sh > MAX_PIXELS or w * h > MAX_PIXELS:
            raise ImageError(f"unsupported GIF size {sw}x{sh}")
        indices = _lzw(lzw, min_size, w * h)
        indices += bytes(w * h - len(indices))
        if iflags & 0x40:
            indices = _deinterlace(indices, w, h)
        colors = [
            bytes((table[3 * i], table[3 * i + 1], table[3 * i + 2], 255)) if 3 * i + 2 < len(table) else b"\0\0\0\xff"
            for i in range(256)
        ]
        if transparent is not None:
            colors[transparent] = b"\0\0\0\0"
        frame = b"".join(map(colors.__getitem__, indices))
        if (x, y, w, h) == (0, 0, sw, sh):
            return Image(sw, sh, frame)
        canvas = bytearray(sw * sh * 4)
        for row in range(h):
            cy = y + row
            if cy >= sh:
                break
            cw = max(0, min(w, sw - x))
            canvas[(cy * sw + x) * 4 : (cy * sw + x + cw) * 4] = frame[row * w * 4 : (row * w + cw) * 4]
        return Image(sw, sh, bytes(canvas))
    raise ImageError("invalid GIF: no image")
