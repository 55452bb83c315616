"""GIF decoder: GIF87a/89a bytes -> the first frame as premultiplied RGBA8 :class:`pureog.display.Image`.

What resvg (the ``gif`` crate, first frame, RGBA output) shows: the first image descriptor's pixels at
the frame's own size, its offset and the logical screen ignored (Satori lays the image out at the
screen's size, from the header, so a smaller first frame is stretched over the whole box),
the local or global colour table, the Graphic Control Extension's transparent index, interlaced
frames de-interlaced. Later frames, disposal and the background colour are ignored.

LZW decoding is a per-code Python loop (documented hot loop): each code is read from a 3-byte window
of the little-endian bit stream, and strings are built by concatenating ``bytes``; the
expansion to RGBA is one ``bytes.translate`` per channel.
Untrusted input: fields are read through :class:`pureog.binary.Reader`, the screen and frame sizes are
checked before any pixel is allocated, and LZW output stops at the frame's pixel count.
Imports only :mod:`pureog.display`, :mod:`pureog.binary` and :mod:`pureog.errors`.
"""

from __future__ import annotations

import struct

from pureog.binary import Reader, check_size
from pureog.display import Image
from pureog.errors import ImageError

_SCREEN = struct.Struct("<HHBBB")
_DESCRIPTOR = struct.Struct("<HHHHB")


def _sub_blocks(reader: Reader) -> bytes:
    """The data sub-blocks from the cursor up to the terminator.

    A file that ends first (a truncated download) is refused, as the gif crate refuses it before its
    first frame is complete: Next then draws the image empty."""
    parts = []
    while True:
        if reader.remaining <= 0:
            raise ImageError("truncated GIF: the file ends inside a block")
        size = reader.u8()
        if size == 0:
            break
        if size > reader.remaining:
            raise ImageError("truncated GIF: the file ends inside a block")
        parts.append(reader.take(size))
    return b"".join(parts)


def _lzw(data: bytes, min_size: int, count: int) -> bytes:
    if not 1 <= min_size <= 8:  # codes name 8-bit colour indices: a larger root size is corrupt
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
    # every code but a clear code adds a pixel; clear codes add none, and 64 MB of them took 45 s for a 1x1
    # image. Encoders clear at most every 254 codes (uncompressed GIFs), so past this many the data is hostile
    clears_left = count + 4096
    while pos + size <= total_bits and len(out) < count:
        i = pos >> 3
        code = (int.from_bytes(padded[i : i + 3], "little") >> (pos & 7)) & ((1 << size) - 1)
        pos += size
        if code == clear:
            clears_left -= 1
            if clears_left < 0:
                break  # as for corrupt data: keep what we have
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


def _expand(indices: bytes, table: bytes, transparent: int | None) -> bytes:
    """Colour indices -> straight RGBA8 (opaque but for the transparent index; missing entries black)."""
    entries = min(256, len(table) // 3)
    out = bytearray(len(indices) * 4)
    alpha = bytearray(b"\xff" * 256)
    if transparent is not None:
        alpha[transparent] = 0
    for c in range(3):
        channel = bytearray(table[c : 3 * entries : 3].ljust(256, b"\0"))
        if transparent is not None:
            channel[transparent] = 0
        out[c::4] = indices.translate(channel)
    out[3::4] = indices.translate(alpha)
    return bytes(out)


def decode_gif(data: bytes) -> Image:
    if data[:6] not in (b"GIF87a", b"GIF89a"):
        raise ImageError("not a GIF file")
    reader = Reader(data, what="GIF", start=6)
    sw, sh, flags, _bg, _aspect = reader.unpack(_SCREEN, "header")
    sw, sh = max(sw, 1), max(sh, 1)
    check_size(sw, sh, what="GIF")
    global_table = b""
    if flags & 0x80:
        global_table = reader.take(min(3 << ((flags & 7) + 1), reader.remaining))
    transparent: int | None = None
    while reader.remaining > 0:
        kind = reader.u8()
        if kind == 0x21:  # extension
            label = reader.u8("extension")
            body = _sub_blocks(reader)
            if label == 0xF9 and len(body) >= 4 and body[0] & 1:
                transparent = body[3]
            continue
        if kind != 0x2C:
            break
        x, y, w, h, iflags = reader.unpack(_DESCRIPTOR, "image descriptor")
        table = global_table
        if iflags & 0x80:
            table = reader.take(min(3 << ((iflags & 7) + 1), reader.remaining))
        min_size = reader.u8("image data")
        lzw = _sub_blocks(reader)
        if w <= 0 or h <= 0:
            return Image(sw, sh, bytes(sw * sh * 4))  # resvg refuses an empty frame: nothing is drawn
        check_size(w, h, what="GIF frame")
        indices = _lzw(lzw, min_size, w * h)
        indices += bytes(w * h - len(indices))
        if iflags & 0x40:
            indices = _deinterlace(indices, w, h)
        # resvg's image is the frame itself (the gif crate's frame buffer): its offset and the logical
        # screen around it are dropped, so the frame fills the box Satori sized from the screen.
        return Image(w, h, _expand(indices, table, transparent))
    raise ImageError("invalid GIF: no image")
