"""Test helpers: a tiny PNG encoder that applies a chosen row filter, so decoding is tested per filter.

pypng's writer only emits filter 0; resvg writes ``Sub`` and other encoders ``Up``/``Average``/``Paeth``,
so the decoder's fast paths need inputs this module builds by hand.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def filter_row(kind: int, row: bytes, prior: bytes, bpp: int) -> bytes:
    out = bytearray(len(row))
    for i, value in enumerate(row):
        left = row[i - bpp] if i >= bpp else 0
        up = prior[i]
        up_left = prior[i - bpp] if i >= bpp else 0
        predictor = (0, left, up, (left + up) >> 1, _paeth(left, up, up_left))[kind]
        out[i] = (value - predictor) & 0xFF
    return bytes(out)


def encode_png(
    width: int,
    height: int,
    rows: Sequence[bytes],
    *,
    colour: int = 6,
    filters: Sequence[int] = (0,),
    palette: bytes = b"",
    trns: bytes = b"",
) -> bytes:
    """Encode 8-bit rows (already in the colour type's layout); row ``y`` uses ``filters[y % len]``."""
    bpp = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    raw = bytearray()
    prior = bytes(width * bpp)
    for y, row in enumerate(rows):
        kind = filters[y % len(filters)]
        raw.append(kind)
        raw += filter_row(kind, row, prior, bpp)
        prior = row
    body = _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0))
    if palette:
        body += _chunk(b"PLTE", palette)
    if trns:
        body += _chunk(b"tRNS", trns)
    body += _chunk(b"IDAT", zlib.compress(bytes(raw)))
    return b"\x89PNG\r\n\x1a\n" + body + _chunk(b"IEND", b"")


def solid_rows(width: int, height: int, rgba: tuple[int, int, int, int]) -> list[bytes]:
    return [bytes(rgba) * width for _ in range(height)]
