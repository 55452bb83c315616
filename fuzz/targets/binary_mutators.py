"""Byte-level mutators and tiny seed encoders shared by the binary fuzz targets (a helper: no ``NAME``).

Role: ``random.Random`` + seed bytes -> damaged bytes. Generic mutators (bit flips, byte sets to
boundary values, inserts, deletes, duplicated ranges, truncation, big-endian integer lies) work on any
format; :func:`png_chunks` / :func:`png_file` let the PNG mutators rewrite chunks with valid CRCs, so
that damage reaches the decoder instead of stopping at a checksum. :func:`png_encode` and
:func:`gif_encode` build the small seed images in code (no files needed). Standard library only.
"""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Callable, Iterable

Mutator = Callable[[random.Random, bytes], bytes]

INTERESTING_8 = (0, 1, 0x7F, 0x80, 0xFE, 0xFF)
INTERESTING_16 = (0, 1, 0x7FFF, 0x8000, 0xFFFF, 0x100, 8192)
INTERESTING_32 = (0, 1, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x10000, 65535 * 65535)


def flip_bits(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 1, 2, 4, 16))):
        if out:
            i = rng.randrange(len(out))
            out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def set_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 2, 3, 8))):
        if out:
            out[rng.randrange(len(out))] = rng.choice(INTERESTING_8) if rng.random() < 0.5 else rng.randrange(256)
    return bytes(out)


def set_int(rng: random.Random, data: bytes) -> bytes:
    """Overwrite a 16- or 32-bit integer (either byte order) with a boundary value."""
    if len(data) < 4:
        return flip_bits(rng, data)
    i = rng.randrange(len(data) - 3)
    if rng.random() < 0.5:
        packed = struct.pack(rng.choice((">H", "<H")), rng.choice(INTERESTING_16))
    else:
        packed = struct.pack(rng.choice((">I", "<I")), rng.choice(INTERESTING_32))
    return data[:i] + packed + data[i + len(packed) :]


def insert_bytes(rng: random.Random, data: bytes) -> bytes:
    i = rng.randrange(len(data) + 1)
    blob = bytes(rng.randrange(256) for _ in range(rng.choice((1, 2, 4, 16, 64))))
    return data[:i] + blob + data[i:]


def delete_bytes(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    i = rng.randrange(len(data))
    return data[:i] + data[i + rng.choice((1, 2, 4, 16, 64)) :]


def duplicate_range(rng: random.Random, data: bytes) -> bytes:
    if len(data) < 2:
        return data * 2
    i = rng.randrange(len(data) - 1)
    j = min(len(data), i + rng.choice((4, 16, 64, 256)))
    return data[:j] + data[i:j] * rng.choice((1, 2, 8)) + data[j:]


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


GENERIC: tuple[Mutator, ...] = (flip_bits, set_bytes, set_int, insert_bytes, delete_bytes, duplicate_range, truncate)


def generic(rng: random.Random, data: bytes, rounds: int | None = None) -> bytes:
    """One to a few generic mutations in a row."""
    for _ in range(rounds or rng.choice((1, 1, 1, 2, 3))):
        data = rng.choice(GENERIC)(rng, data)
    return data


def truncate_at(rng: random.Random, data: bytes, boundaries: list[int]) -> bytes:
    """Cut at a structure boundary (or one byte either side of it)."""
    if not boundaries:
        return truncate(rng, data)
    cut = rng.choice(boundaries) + rng.choice((0, 0, 0, -1, 1))
    return data[: max(0, cut)]


# --- PNG ------------------------------------------------------------------------------------------
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_chunk(kind: bytes, body: bytes, length: int | None = None) -> bytes:
    """One chunk with a correct CRC; ``length`` lies about the body size when given."""
    size = len(body) if length is None else length
    return struct.pack(">I", size & 0xFFFFFFFF) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """(kind, body) of each complete chunk after the signature (parsing stops at the first damage)."""
    pos, out = 8, []
    while pos + 12 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        if pos + 12 + length > len(data):
            break
        out.append((data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]))
        pos += 12 + length
    return out


def png_file(chunks: list[tuple[bytes, bytes]]) -> bytes:
    return PNG_SIGNATURE + b"".join(png_chunk(kind, body) for kind, body in chunks)


def png_encode(width: int, height: int, color_type: int, depth: int, rows: list[bytes], *,
               palette: bytes = b"", trns: bytes = b"", interlace: int = 0, filters: bytes = b"\x00") -> bytes:
    """A PNG from raw (packed) scanlines; ``filters`` cycles the filter byte per row (values are not
    re-filtered: the picture is whatever the bytes decode to, which is all a seed needs)."""
    ihdr = struct.pack(">IIBBBBB", width, height, depth, color_type, 0, 0, interlace)
    if interlace:
        rows = _adam7_rows(rows, width, height, {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[color_type] * depth // 8)
    raw = b"".join(bytes((filters[y % len(filters)],)) + row for y, row in enumerate(rows))
    chunks = [(b"IHDR", ihdr)]
    if palette:
        chunks.append((b"PLTE", palette))
    if trns:
        chunks.append((b"tRNS", trns))
    chunks += [(b"IDAT", zlib.compress(raw)), (b"IEND", b"")]
    return png_file(chunks)


def _adam7_rows(rows: list[bytes], width: int, height: int, bpp: int) -> list[bytes]:
    """The scanlines of the seven Adam7 passes in order (byte-aligned pixels only: depth >= 8)."""
    out = []
    for x0, y0, dx, dy in ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
                           (0, 1, 1, 2)):
        for y in range(y0, height, dy):
            line = b"".join(rows[y][x * bpp : (x + 1) * bpp] for x in range(x0, width, dx))
            if line:
                out.append(line)
    return out


def zlib_bomb(size: int) -> bytes:
    """A zlib stream of ``size`` zero bytes (~1000x smaller), built in milliseconds: one full-flushed
    deflate block of 1 MiB zeros compresses to the same bytes every time, so it is repeated."""
    mib = 1 << 20
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = comp.compress(bytes(mib)) + comp.flush(zlib.Z_FULL_FLUSH)
    whole, rest = divmod(size, mib)
    tail = zlib.compressobj(9, zlib.DEFLATED, -15)
    last = tail.compress(bytes(rest)) + tail.flush(zlib.Z_FULL_FLUSH) if rest else b""
    # Adler-32 of zeros: a stays 1, b grows by 1 per byte.
    adler = ((size % 65521) << 16) | 1
    return b"\x78\xda" + block * whole + last + b"\x03\x00" + struct.pack(">I", adler)


# --- GIF ------------------------------------------------------------------------------------------
def _lzw_codes(indices: bytes, min_size: int) -> bytes:
    """Uncompressed LZW: a clear code before every few literals keeps the code size fixed."""
    clear = 1 << min_size
    size = min_size + 1
    limit = (1 << size) - clear - 3  # literals per clear, before the table would grow a bit
    codes: list[int] = []
    for i, value in enumerate(indices):
        if i % max(1, limit) == 0:
            codes.append(clear)
        codes.append(value)
    codes.append(clear + 1)
    return pack_lsb_first((code, size) for code in codes)


def pack_lsb_first(codes: Iterable[tuple[int, int]]) -> bytes:
    """``(code, bit width)`` pairs packed least significant bit first, as GIF's LZW stream is."""
    acc = nbits = 0
    out = bytearray()
    for code, size in codes:
        acc |= code << nbits
        nbits += size
        while nbits >= 8:
            out.append(acc & 255)
            acc >>= 8
            nbits -= 8
    if nbits:
        out.append(acc & 255)
    return bytes(out)


def gif_sub_blocks(data: bytes) -> bytes:
    return b"".join(bytes((len(data[i : i + 255]),)) + data[i : i + 255] for i in range(0, len(data), 255)) + b"\0"


def gif_encode(width: int, height: int, indices: bytes, palette: bytes, *, transparent: int | None = None,
               interlace: bool = False, local: bool = False, min_size: int = 2,
               frame: tuple[int, int, int, int] | None = None) -> bytes:
    """A GIF89a with one frame (``frame`` = x, y, w, h inside the screen; default the whole screen)."""
    bits = max(1, (len(palette) // 3 - 1).bit_length())
    table = palette.ljust(3 << bits, b"\0")
    flags = 0x80 | (bits - 1)
    out = b"GIF89a" + struct.pack("<HHBBB", width, height, 0 if local else flags, 0, 0)
    if not local:
        out += table
    if transparent is not None:
        out += b"\x21\xf9\x04" + bytes((1, 0, 0, transparent)) + b"\0"
    x, y, w, h = frame or (0, 0, width, height)
    iflags = (0x40 if interlace else 0) | (flags if local else 0)
    out += b"\x2c" + struct.pack("<HHHHB", x, y, w, h, iflags)
    if local:
        out += table
    return out + bytes((min_size,)) + gif_sub_blocks(_lzw_codes(indices, min_size)) + b"\x3b"


def gif_clear_codes(size: int) -> bytes:
    """A 1x1 GIF whose LZW data is ``size`` bytes of nothing but clear codes (9 bits each): each adds no
    pixel, so a decoder that reads to the end of the data works in proportion to it, not to the image."""
    clears = sum(256 << (9 * k) for k in range(8)).to_bytes(9, "little") * max(1, size // 9)  # 8 codes
    blocks = b"".join(bytes((len(part),)) + part for part in (clears[i:i + 255] for i in range(0, len(clears), 255)))
    return (b"GIF89a" + struct.pack("<HHBBB", 1, 1, 0x80, 0, 0) + bytes(6) + b"\x2c"
            + struct.pack("<HHHHB", 0, 0, 1, 1, 0) + b"\x08" + blocks + b"\x00;")


def jpeg_repeated_scan(data: bytes, index: int, times: int) -> bytes:
    """``data`` (a progressive JPEG) with its scan ``index`` (SOS header and entropy-coded data) repeated
    ``times`` more times after itself: a DC or spectral first scan may be decoded again and again."""
    starts = [i for i in range(len(data) - 1) if data[i] == 0xFF and data[i + 1] == 0xDA]  # FF is stuffed
    ends = [*starts[1:], data.rindex(b"\xff\xd9")]
    scan = data[starts[index]:ends[index]]
    return data[:ends[index]] + scan * times + data[ends[index]:]
