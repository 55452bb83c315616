"""Hand-rolled PNG and GIF writers for the image-codec differential (:mod:`conformance.imagegen`).

Role: pixel samples -> file bytes in exactly the encoding a variant asks for (every PNG colour type
and bit depth, Adam7, tRNS, ancillary chunks, the zlib stream split over many IDATs, APNG frames; GIF
with global or local palettes, transparency, interlacing, several frames). Pillow cannot write most of
these, so they are written here from the specifications. Dev tool: stdlib only.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence

from fuzz.targets.binary_mutators import pack_lsb_first  # GIF's code packing, shared with the fuzzer

ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))
CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def _pack_row(samples: Sequence[int], depth: int) -> bytes:
    """One scanline's samples (already at ``depth`` bits each) -> bytes, MSB first."""
    if depth == 8:
        return bytes(samples)
    if depth == 16:
        return b"".join(struct.pack(">H", s) for s in samples)
    out = bytearray()
    per = 8 // depth
    for i in range(0, len(samples), per):
        byte = 0
        group = samples[i:i + per]
        for j, s in enumerate(group):
            byte |= s << (8 - depth * (j + 1))
        out.append(byte)
    return bytes(out)


def _filtered(rows: list[bytes], bpp: int, filter_type: int) -> bytes:
    """Rows filtered with one filter type each (cycled through 0-4 when ``filter_type`` is -1)."""
    out = bytearray()
    prev = bytes(len(rows[0])) if rows else b""
    for index, row in enumerate(rows):
        kind = index % 5 if filter_type < 0 else filter_type
        line = bytearray(len(row))
        for i, x in enumerate(row):
            a = row[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if kind == 0:
                pred = 0
            elif kind == 1:
                pred = a
            elif kind == 2:
                pred = b
            elif kind == 3:
                pred = (a + b) // 2
            else:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
            line[i] = (x - pred) & 0xFF
        out.append(kind)
        out += line
        prev = row
    return bytes(out)


def png(width: int, height: int, colour_type: int, depth: int, pixels: list[list[Sequence[int]]], *,
        palette: bytes = b"", trns: bytes = b"", interlace: bool = False, extra: Sequence[tuple[bytes, bytes]] = (),
        idat_size: int = 0, filter_type: int = -1, apng_frames: Sequence[list[list[Sequence[int]]]] = ()) -> bytes:
    """A PNG of ``pixels[y][x]`` (a tuple of samples per pixel, at ``depth`` bits).

    ``extra`` chunks go before PLTE/IDAT; ``idat_size`` > 0 splits the zlib stream into IDATs of that
    many bytes; ``apng_frames`` adds an acTL and later frames (fdAT) after the default image."""
    channels = CHANNELS[colour_type]
    bpp = max(1, channels * depth // 8)

    def stream(px: list[list[Sequence[int]]], w: int, h: int) -> bytes:
        raw = bytearray()
        passes = ADAM7 if interlace else ((0, 0, 1, 1),)
        for x0, y0, dx, dy in passes:
            rows = []
            for y in range(y0, h, dy):
                samples = [s for x in range(x0, w, dx) for s in px[y][x]]
                if samples:
                    rows.append(_pack_row(samples, depth))
            if rows:
                raw += _filtered(rows, bpp, filter_type)
        return zlib.compress(bytes(raw), 9)

    head = struct.pack(">IIBBBBB", width, height, depth, colour_type, 0, 0, 1 if interlace else 0)
    out = bytearray(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head))
    for kind, body in extra:
        out += chunk(kind, body)
    if apng_frames:
        out += chunk(b"acTL", struct.pack(">II", 1 + len(apng_frames), 0))
        out += chunk(b"fcTL", struct.pack(">IIIIIHHBB", 0, width, height, 0, 0, 1, 10, 0, 0))
    if palette:
        out += chunk(b"PLTE", palette)
    if trns:
        out += chunk(b"tRNS", trns)
    data = stream(pixels, width, height)
    step = idat_size or len(data) or 1
    for i in range(0, max(len(data), 1), step):
        out += chunk(b"IDAT", data[i:i + step])
    seq = 1
    for frame in apng_frames:
        out += chunk(b"fcTL", struct.pack(">IIIIIHHBB", seq, width, height, 0, 0, 1, 10, 0, 0))
        out += chunk(b"fdAT", struct.pack(">I", seq + 1) + stream(frame, width, height))
        seq += 2
    out += chunk(b"IEND", b"")
    return bytes(out)


def _lzw(indices: Sequence[int], min_size: int) -> bytes:
    """LZW data that never grows its dictionary: a clear code before the code size would change, so
    every code is a literal (valid GIF, no compression)."""
    clear = 1 << min_size
    size = min_size + 1
    limit = (1 << size) - clear - 2  # literals we may emit before the decoder's table reaches 2**size
    codes = [clear]
    run = 0
    for index in indices:
        if run == limit:
            codes.append(clear)
            run = 0
        codes.append(index)
        run += 1
    codes.append(clear + 1)  # the end code
    out = pack_lsb_first((code, size) for code in codes)
    blocks = bytearray([min_size])
    for i in range(0, len(out), 255):
        part = out[i:i + 255]
        blocks += bytes([len(part)]) + part
    return bytes(blocks + b"\x00")


def _table_bits(colours: int) -> int:
    n = 1
    while (1 << n) < colours:
        n += 1
    return n


def _table(palette: Sequence[tuple[int, int, int]]) -> tuple[bytes, int]:
    n = _table_bits(len(palette))
    body = b"".join(bytes(c) for c in palette) + bytes(3 * ((1 << n) - len(palette)))
    return body, n


def gif(width: int, height: int, frames: Sequence[dict[str, object]],
        global_palette: Sequence[tuple[int, int, int]] = (),
        background: int = 0) -> bytes:
    """A GIF89a. Each frame: ``indices`` (row-major, frame size), optional ``palette`` (local table),
    ``transparent`` index, ``interlace``, ``left``/``top``/``width``/``height``, ``delay``."""
    flags = 0
    table = b""
    if global_palette:
        table, n = _table(global_palette)
        flags = 0x80 | ((n - 1) << 4) | (n - 1)
    out = bytearray(b"GIF89a" + struct.pack("<HHBBB", width, height, flags, background, 0) + table)
    if len(frames) > 1:
        out += b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    for frame in frames:
        fw = int(frame.get("width", width))  # type: ignore[call-overload]
        fh = int(frame.get("height", height))  # type: ignore[call-overload]
        transparent = frame.get("transparent")
        gce_flags = (0x01 if transparent is not None else 0) | (int(frame.get("dispose", 0)) << 2)  # type: ignore[call-overload]
        out += b"\x21\xf9\x04" + struct.pack("<BHBB", gce_flags, int(frame.get("delay", 10)),  # type: ignore[call-overload]
                                             int(transparent or 0), 0)  # type: ignore[call-overload]
        indices = list(frame["indices"])  # type: ignore[call-overload]
        interlace = bool(frame.get("interlace"))
        if interlace:
            order = [y for start, step in ((0, 8), (4, 8), (2, 4), (1, 2)) for y in range(start, fh, step)]
            indices = [i for y in order for i in indices[y * fw:(y + 1) * fw]]
        local = frame.get("palette")
        desc_flags = 0x40 if interlace else 0
        local_table = b""
        bits = _table_bits(len(global_palette)) if global_palette else 2
        if local:
            local_table, bits = _table(local)  # type: ignore[arg-type]
            desc_flags |= 0x80 | (bits - 1)
        out += b"\x2c" + struct.pack("<HHHHB", int(frame.get("left", 0)), int(frame.get("top", 0)),  # type: ignore[call-overload]
                                     fw, fh, desc_flags) + local_table
        out += _lzw(indices, max(2, bits))
    out += b"\x3b"
    return bytes(out)
