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
checked before any pixel is allocated, and LZW output stops at the frame's pixel count. The render's
decoding work (:mod:`.budget`) is charged the first frame's pixels, which may be far more than the
logical screen's from the header (a 1x1 screen over a 16 Mpx frame), and every data sub-block and
extension walked: a sub-block may hold one byte, so a 64 MB file holds some 32 million of them, walked
by index with no object made for those not kept (an extension keeps at most the 4 bytes a Graphic
Control Extension needs, the image data at most what its pixels can use).
Imports only :mod:`pureog.display`, :mod:`pureog.binary`, :mod:`pureog.errors` and :mod:`.budget`.
"""

from __future__ import annotations

import struct

from pureog.binary import Reader, check_size
from pureog.display import Image
from pureog.errors import ImageError
from pureog.images.budget import GIF_BLOCK, GIF_PIXEL, charge_decode

_SCREEN = struct.Struct("<HHBBB")
_DESCRIPTOR = struct.Struct("<HHHHB")
# Blocks walked between charges to the decoding budget, less one (a mask).
_CHARGE_EVERY = (1 << 16) - 1
# A Graphic Control Extension's bytes read: its flags and, at 3, the transparent index.
_CONTROL_BYTES = 4


def _sub_blocks(reader: Reader, keep: int) -> bytes:
    """The data sub-blocks from the cursor up to the terminator, of which at most the first ``keep``
    bytes (whole blocks) are kept, the rest walked by index; each block is charged ``GIF_BLOCK``.

    A file that ends first (a truncated download) is refused, as the gif crate refuses it before its
    first frame is complete: Next then draws the image empty."""
    data, pos, end = reader.data, reader.pos, reader.end
    view = memoryview(data)
    kept = bytearray()
    blocks = 0
    while True:
        if pos >= end:
            raise ImageError("truncated GIF: the file ends inside a block")
        size = data[pos]
        if size == 0 or len(kept) >= keep:
            break
        if pos + 1 + size > end:
            raise ImageError("truncated GIF: the file ends inside a block")
        kept += view[pos + 1 : pos + 1 + size]
        pos += size + 1
        blocks += 1
        if not blocks & _CHARGE_EVERY:  # charged as the walk goes: a chain may span the whole file
            charge_decode((_CHARGE_EVERY + 1) * GIF_BLOCK)
    while size:  # the rest, not kept (a block running past the end leaves pos past it)
        pos += size + 1
        blocks += 1
        if pos >= end:
            raise ImageError("truncated GIF: the file ends inside a block")
        size = data[pos]
        if not blocks & _CHARGE_EVERY:
            charge_decode((_CHARGE_EVERY + 1) * GIF_BLOCK)
    charge_decode((blocks & _CHARGE_EVERY) * GIF_BLOCK)
    reader.pos = pos + 1
    return bytes(kept)


def _extensions(reader: Reader, transparent: int | None) -> int | None:
    """Walks the run of extensions from the cursor (past the first one's introducer) to the block after
    it, and returns the transparent index as the last Graphic Control Extension among them sets it
    (``transparent`` without one). Others are walked by index, their blocks counted and charged in
    batches: a 64 MB file holds some 20 million empty extensions."""
    data, pos, end = reader.data, reader.pos, reader.end
    walked = 0
    while True:
        if pos >= end:
            reader.pos = pos
            reader.fail("extension is truncated")
        if data[pos] == 0xF9:
            reader.pos = pos + 1
            body = _sub_blocks(reader, _CONTROL_BYTES)
            if len(body) >= 4 and body[0] & 1:
                transparent = body[3]
            pos = reader.pos
        else:
            pos += 1
            while True:  # the sub-blocks up to the terminator
                if pos >= end:
                    raise ImageError("truncated GIF: the file ends inside a block")
                size = data[pos]
                if size == 0:
                    break
                pos += size + 1
                walked += 1
            pos += 1
        walked += 2  # the extension's introducer, label and terminator cost about two blocks
        if walked > _CHARGE_EVERY:
            charge_decode(walked * GIF_BLOCK)
            walked = 0
        if pos >= end or data[pos] != 0x21:
            break
        pos += 1
    charge_decode(walked * GIF_BLOCK)
    reader.pos = pos
    return transparent


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
        if kind == 0x21:
            transparent = _extensions(reader, transparent)
            continue
        if kind != 0x2C:
            break
        x, y, w, h, iflags = reader.unpack(_DESCRIPTOR, "image descriptor")
        table = global_table
        if iflags & 0x80:
            table = reader.take(min(3 << ((iflags & 7) + 1), reader.remaining))
        min_size = reader.u8("image data")
        if w > 0 and h > 0:
            check_size(w, h, what="GIF frame")
            charge_decode(w * h * GIF_PIXEL)
        # The codes the frame can use: one a pixel, as many clear codes (_lzw stops past them), 12 bits each
        lzw = _sub_blocks(reader, (2 * w * h + 4100) * 3 // 2)
        if w <= 0 or h <= 0:
            return Image(sw, sh, bytes(sw * sh * 4))  # resvg refuses an empty frame: nothing is drawn
        indices = _lzw(lzw, min_size, w * h)
        indices += bytes(w * h - len(indices))
        if iflags & 0x40:
            indices = _deinterlace(indices, w, h)
        # resvg's image is the frame itself (the gif crate's frame buffer): its offset and the logical
        # screen around it are dropped, so the frame fills the box Satori sized from the screen.
        return Image(w, h, _expand(indices, table, transparent))
    raise ImageError("invalid GIF: no image")
