"""A minimal baseline JPEG encoder for samplings Pillow cannot write (4:1:1, 4:4:0, 2x4...).

Role: ``encode(rgb_pixels, width, height, (h, v), quality) -> bytes``: JFIF YCbCr, luma sampled
``h x v``, both chroma planes 1x1 (averaged over the luma MCU), IJG-scaled quantization tables and the
standard Huffman tables of ITU T.81 Annex K. Float DCT; quality of the encoding is irrelevant, only
that every decoder reads the same coefficients. Dev tool: stdlib only.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Sequence

_LUMA_Q = (16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56,
           14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
           49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99)
_CHROMA_Q = (17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99,
             47, 66, 99, 99, 99, 99, 99, 99) + (99,) * 32
_ZIGZAG = (0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7,
           14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39,
           46, 53, 60, 61, 54, 47, 55, 62, 63)
_DC_LUMA = ((0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0), tuple(range(12)))
_DC_CHROMA = ((0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0), tuple(range(12)))
_AC_LUMA = ((0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7D), bytes.fromhex(
    "01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435"
    "363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798"
    "999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4"
    "f5f6f7f8f9fa"))
_AC_CHROMA = ((0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77), bytes.fromhex(
    "000102031104052131061241510761711322328108144291a1b1c109233352f0156272d10a162434e125f11718191a262728292a"
    "35363738393a434445464748494a535455565758595a636465666768696a737475767778797a82838485868788898a9293949596"
    "9798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae2e3e4e5e6e7e8e9eaf2f3f4"
    "f5f6f7f8f9fa"))
_COS = [[math.cos((2 * x + 1) * u * math.pi / 16) * (math.sqrt(0.5) if u == 0 else 1.0) for x in range(8)]
        for u in range(8)]


def _codes(spec: tuple[Sequence[int], Sequence[int]]) -> dict[int, tuple[int, int]]:
    counts, symbols = spec
    table: dict[int, tuple[int, int]] = {}
    code = 0
    k = 0
    for length in range(1, 17):
        for _ in range(counts[length - 1]):
            table[symbols[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return table


def _scaled(table: Sequence[int], quality: int) -> list[int]:
    scale = 5000 // quality if quality < 50 else 200 - 2 * quality
    return [max(1, min(255, (q * scale + 50) // 100)) for q in table]


class _Bits:
    def __init__(self) -> None:
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def put(self, code: int, length: int) -> None:
        self.acc = (self.acc << length) | (code & ((1 << length) - 1))
        self.n += length
        while self.n >= 8:
            byte = (self.acc >> (self.n - 8)) & 0xFF
            self.out.append(byte)
            if byte == 0xFF:
                self.out.append(0)
            self.n -= 8

    def flush(self) -> bytes:
        if self.n:
            self.put((1 << (8 - self.n)) - 1, 8 - self.n)
        return bytes(self.out)


def _fdct(block: Sequence[float]) -> list[float]:
    tmp = [sum(block[y * 8 + x] * _COS[u][x] for x in range(8)) / 2 for y in range(8) for u in range(8)]
    return [sum(tmp[y * 8 + u] * _COS[v][y] for y in range(8)) / 2 for v in range(8) for u in range(8)]


def _size(value: int) -> int:
    return abs(value).bit_length()


def _encode_block(bits: _Bits, block: Sequence[float], quant: Sequence[int], pred: int,
                  dc: dict[int, tuple[int, int]], ac: dict[int, tuple[int, int]]) -> int:
    coefs = _fdct([s - 128.0 for s in block])
    zz = [int(round(coefs[_ZIGZAG[i]] / quant[i])) for i in range(64)]
    diff = zz[0] - pred
    s = _size(diff)
    bits.put(*dc[s])
    if s:
        bits.put(diff if diff > 0 else diff - 1, s)
    run = 0
    for k in range(1, 64):
        value = zz[k]
        if value == 0:
            run += 1
            continue
        while run > 15:
            bits.put(*ac[0xF0])
            run -= 16
        s = _size(value)
        bits.put(*ac[(run << 4) | s])
        bits.put(value if value > 0 else value - 1, s)
        run = 0
    if run:
        bits.put(*ac[0x00])
    return zz[0]


def encode(pixels: Sequence[tuple[int, ...]], width: int, height: int, luma: tuple[int, int],
           quality: int = 85) -> bytes:
    """Baseline JFIF of RGB ``pixels`` (row-major) with luma sampled ``luma = (h, v)``, chroma 1x1."""
    hy, vy = luma
    if not (1 <= hy <= 4 and 1 <= vy <= 4):
        raise ValueError("sampling factors are 1..4")
    mw, mh = 8 * hy, 8 * vy
    cols, rows = -(-width // mw), -(-height // mh)

    def ycc(x: int, y: int) -> tuple[float, float, float]:
        r, g, b = pixels[min(y, height - 1) * width + min(x, width - 1)][:3]
        return (0.299 * r + 0.587 * g + 0.114 * b, 128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
                128 + 0.5 * r - 0.418688 * g - 0.081312 * b)

    # Both tables in zigzag order: the order of DQT and of the coefficients of _encode_block.
    qy = [_scaled(_LUMA_Q, quality)[_ZIGZAG[i]] for i in range(64)]
    qc = [_scaled(_CHROMA_Q, quality)[_ZIGZAG[i]] for i in range(64)]
    tables = [(_codes(_DC_LUMA), _codes(_AC_LUMA)), (_codes(_DC_CHROMA), _codes(_AC_CHROMA))]
    bits = _Bits()
    preds = [0, 0, 0]
    for my in range(rows):
        for mx in range(cols):
            x0, y0 = mx * mw, my * mh
            samples = [[ycc(x0 + x, y0 + y) for x in range(mw)] for y in range(mh)]
            for by in range(vy):
                for bx in range(hy):
                    block = [samples[by * 8 + y][bx * 8 + x][0] for y in range(8) for x in range(8)]
                    preds[0] = _encode_block(bits, block, qy, preds[0], *tables[0])
            for c in (1, 2):
                block = [sum(samples[y * vy + j][x * hy + i][c] for j in range(vy) for i in range(hy)) / (hy * vy)
                         for y in range(8) for x in range(8)]
                preds[c] = _encode_block(bits, block, qc, preds[c], *tables[1])
    out = bytearray(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    for ident, table in ((0, qy), (1, qc)):
        out += b"\xff\xdb" + struct.pack(">HB", 67, ident) + bytes(table[i] for i in range(64))
    out += b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, height, width, 3)
    out += bytes([1, (hy << 4) | vy, 0, 2, 0x11, 1, 3, 0x11, 1])
    for cls_id, spec in ((0x00, _DC_LUMA), (0x10, _AC_LUMA), (0x01, _DC_CHROMA), (0x11, _AC_CHROMA)):
        body = bytes([cls_id]) + bytes(spec[0]) + bytes(spec[1])
        out += b"\xff\xc4" + struct.pack(">H", len(body) + 2) + body
    out += b"\xff\xda" + struct.pack(">HB", 12, 3) + bytes([1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0])
    out += bits.flush() + b"\xff\xd9"
    return bytes(out)
