"""The 8x8 inverse DCT of resvg's JPEG decoder (jpeg-decoder 0.3's scalar path, from stb_image).

Input: 64 quantized coefficients in natural (row-major) order and the 64 quantization steps. Output: the
64 samples, 0..255, row-major.

resvg-wasm runs jpeg-decoder's portable code (no SIMD on wasm32): dequantize, a column pass in 12-bit
fixed point keeping 2 extra bits (``>> 10``), then a row pass that removes the remaining 17 bits with
rounding and the +128 level shift folded into one bias; a column or row whose AC terms are all zero is a
flat copy of its DC term. The ideal (floating-point) IDCT lands within a level or two of this, which shows
up as a faint speckle in every decoded photo, so pureog reproduces the integer arithmetic exactly.
Imports nothing from pureog.
"""

from __future__ import annotations

import operator

# stb's f2f(x) = (int)(x * 4096 + 0.5), evaluated in f32 (the same integers as in f64 for these).
_C0541 = 2217
_CM1847 = -7567
_C0765 = 3135
_C1175 = 4816
_C0298 = 1223
_C2053 = 8410
_C3072 = 12586
_C1501 = 6149
_CM0899 = -3685
_CM2562 = -10497
_CM1961 = -8034
_CM0390 = -1597

_ROW_BIAS = 65536 + (128 << 17)
"""Half of the 2^17 the row pass removes (rounding), plus the +128 level shift in the same units."""

_CLAMP_BIAS = 1024
_CLAMP = bytes(min(255, max(0, i - _CLAMP_BIAS)) for i in range(2 * _CLAMP_BIAS + 256))
_BIASED_ROW_BIAS = _ROW_BIAS + (_CLAMP_BIAS << 17)
"""The row pass's bias with the clamp table's offset folded in (``(x + B * 2^17) >> 17`` is ``(x >> 17) + B``
exactly), so its results index :data:`_CLAMP` directly."""


def _clamp(v: int) -> int:
    return _CLAMP[v + _CLAMP_BIAS] if -_CLAMP_BIAS <= v < _CLAMP_BIAS + 256 else (0 if v < 0 else 255)


def _kernel(s0: int, s1: int, s2: int, s3: int, s4: int, s5: int, s6: int, s7: int,
            bias: int) -> tuple[int, int, int, int, int, int, int, int]:
    """stb's 1-D IDCT: the even part (with ``bias`` added) and the odd part, as x0..x3 and t0..t3."""
    p1 = (s2 + s6) * _C0541
    t2 = p1 + s6 * _CM1847
    t3 = p1 + s2 * _C0765
    t0 = (s0 + s4) << 12
    t1 = (s0 - s4) << 12
    x0 = t0 + t3 + bias
    x3 = t0 - t3 + bias
    x1 = t1 + t2 + bias
    x2 = t1 - t2 + bias
    # odd part
    p3 = s7 + s3
    p4 = s5 + s1
    q1 = s7 + s1
    q2 = s5 + s3
    p5 = (p3 + p4) * _C1175
    o0 = s7 * _C0298
    o1 = s5 * _C2053
    o2 = s3 * _C3072
    o3 = s1 * _C1501
    q1 = p5 + q1 * _CM0899
    q2 = p5 + q2 * _CM2562
    p3 *= _CM1961
    p4 *= _CM0390
    o3 += q1 + p4
    o2 += q2 + p3
    o1 += q2 + p4
    o0 += q1 + p3
    return x0, x1, x2, x3, o0, o1, o2, o3


def idct_block(coefficients: list[int], quant: list[int]) -> bytes:
    """The 64 samples of one block (row-major), exactly as jpeg-decoder computes them.

    Hot loop: :func:`_kernel` is written out inline in both passes (a call per row and column cost a
    third of the decode time); it stays the reference for what the inlined lines compute.
    """
    d = map(operator.mul, coefficients, quant)
    columns: list[list[int]] = []  # the column pass's output, a list per column (zip turns it into rows)
    rows = zip(*[d] * 8, strict=False)  # the 64 products, 8 at a time
    for s0, s1, s2, s3, s4, s5, s6, s7 in zip(*rows, strict=False):  # transposed: column by column
        if not (s1 or s2 or s3 or s4 or s5 or s6 or s7):
            columns.append([s0 << 2] * 8)
            continue
        p1 = (s2 + s6) * _C0541
        t2 = p1 + s6 * _CM1847
        t3 = p1 + s2 * _C0765
        t0 = (s0 + s4) << 12
        t1 = (s0 - s4) << 12
        x0, x3, x1, x2 = t0 + t3 + 512, t0 - t3 + 512, t1 + t2 + 512, t1 - t2 + 512
        p3, p4, q1, q2 = s7 + s3, s5 + s1, s7 + s1, s5 + s3
        p5 = (p3 + p4) * _C1175
        q1 = p5 + q1 * _CM0899
        q2 = p5 + q2 * _CM2562
        p3 *= _CM1961
        p4 *= _CM0390
        o3 = s1 * _C1501 + q1 + p4
        o2 = s3 * _C3072 + q2 + p3
        o1 = s5 * _C2053 + q2 + p4
        o0 = s7 * _C0298 + q1 + p3
        columns.append([(x0 + o3) >> 10, (x1 + o2) >> 10, (x2 + o1) >> 10, (x3 + o0) >> 10,
                        (x3 - o0) >> 10, (x2 - o1) >> 10, (x1 - o2) >> 10, (x0 - o3) >> 10])
    out: list[int] = []
    for s0, s1, s2, s3, s4, s5, s6, s7 in zip(*columns, strict=False):
        if not (s1 or s2 or s3 or s4 or s5 or s6 or s7):
            out += [((s0 << 12) + _BIASED_ROW_BIAS) >> 17] * 8
            continue
        p1 = (s2 + s6) * _C0541
        t2 = p1 + s6 * _CM1847
        t3 = p1 + s2 * _C0765
        t0 = (s0 + s4) << 12
        t1 = (s0 - s4) << 12
        x0, x3 = t0 + t3 + _BIASED_ROW_BIAS, t0 - t3 + _BIASED_ROW_BIAS
        x1, x2 = t1 + t2 + _BIASED_ROW_BIAS, t1 - t2 + _BIASED_ROW_BIAS
        p3, p4, q1, q2 = s7 + s3, s5 + s1, s7 + s1, s5 + s3
        p5 = (p3 + p4) * _C1175
        q1 = p5 + q1 * _CM0899
        q2 = p5 + q2 * _CM2562
        p3 *= _CM1961
        p4 *= _CM0390
        o3 = s1 * _C1501 + q1 + p4
        o2 = s3 * _C3072 + q2 + p3
        o1 = s5 * _C2053 + q2 + p4
        o0 = s7 * _C0298 + q1 + p3
        out += [(x0 + o3) >> 17, (x1 + o2) >> 17, (x2 + o1) >> 17, (x3 + o0) >> 17,
                (x3 - o0) >> 17, (x2 - o1) >> 17, (x1 - o2) >> 17, (x0 - o3) >> 17]
    if min(out) < 0 or max(out) >= 2 * _CLAMP_BIAS + 256:  # damaged data: clamp one by one
        return bytes(_clamp(v - _CLAMP_BIAS) for v in out)
    return bytes(map(_CLAMP.__getitem__, out))


def idct_block_reference(coefficients: list[int], quant: list[int]) -> bytes:
    """:func:`idct_block` written with :func:`_kernel` (the readable form; tests compare the two)."""
    d = [c * q for c, q in zip(coefficients, quant, strict=False)]
    temp = [0] * 64
    for i in range(8):
        col = d[i::8]
        if not any(col[1:]):
            temp[i::8] = [col[0] << 2] * 8
            continue
        x0, x1, x2, x3, t0, t1, t2, t3 = _kernel(col[0], col[1], col[2], col[3], col[4], col[5], col[6], col[7], 512)
        temp[i::8] = [(x0 + t3) >> 10, (x1 + t2) >> 10, (x2 + t1) >> 10, (x3 + t0) >> 10,
                      (x3 - t0) >> 10, (x2 - t1) >> 10, (x1 - t2) >> 10, (x0 - t3) >> 10]
    out = []
    for r in range(0, 64, 8):
        row = temp[r : r + 8]
        if not any(row[1:]):
            out += [((row[0] << 12) + _ROW_BIAS) >> 17] * 8
            continue
        x0, x1, x2, x3, t0, t1, t2, t3 = _kernel(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7],
                                                 _ROW_BIAS)
        out += [(x0 + t3) >> 17, (x1 + t2) >> 17, (x2 + t1) >> 17, (x3 + t0) >> 17,
                (x3 - t0) >> 17, (x2 - t1) >> 17, (x1 - t2) >> 17, (x0 - t3) >> 17]
    return bytes(map(_clamp, out))


def dc_sample(dequantized: int) -> int:
    """The flat sample of a block whose only non-zero coefficient is its (dequantized) DC term."""
    return _clamp((((dequantized << 2) << 12) + _ROW_BIAS) >> 17)
