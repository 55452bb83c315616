"""The integer IDCT of jpeg-decoder 0.3 (resvg's JPEG decoder), from stb_image."""

from __future__ import annotations

import random

from pureog.images.jpeg_idct import dc_sample, idct_block, idct_block_reference

# jpeg-decoder's own test vector (src/idct.rs), expected within one level of its float reference.
COEFFICIENTS = [
    -14, -39, 58, -2, 3, 3, 0, 1, 11, 27, 4, -3, 3, 0, 1, 0, -6, -13, -9, -1, -2, -1, 0, 0, -4, 0, -1, -2, 0, 0, 0, 0,
    3, 0, 0, 0, 0, 0, 0, 0, -3, -2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
]
QUANT = [
    8, 6, 5, 8, 12, 20, 26, 31, 6, 6, 7, 10, 13, 29, 30, 28, 7, 7, 8, 12, 20, 29, 35, 28, 7, 9, 11, 15, 26, 44, 40, 31,
    9, 11, 19, 28, 34, 55, 52, 39, 12, 18, 28, 32, 41, 52, 57, 46, 25, 32, 39, 44, 52, 61, 60, 51, 36, 46, 48, 49, 56,
    50, 52, 50,
]
EXPECTED = [
    118, 92, 110, 83, 77, 93, 144, 198, 172, 116, 114, 87, 78, 93, 146, 191, 194, 107, 91, 76, 71, 93, 160, 198,
    196, 100, 80, 74, 67, 92, 174, 209, 182, 104, 88, 81, 68, 89, 178, 206, 105, 64, 59, 59, 63, 94, 183, 201,
    35, 27, 28, 37, 72, 121, 203, 204, 37, 45, 41, 47, 98, 154, 223, 208,
]


def test_reference_vector() -> None:
    out = idct_block(COEFFICIENTS, QUANT)
    assert max(abs(a - b) for a, b in zip(out, EXPECTED, strict=True)) <= 1


def test_all_zero_is_mid_grey() -> None:
    assert idct_block([0] * 64, [666] * 64) == bytes([128]) * 64


def test_dc_only_rounds_half_up_in_eighths() -> None:
    # ((dq << 14) + 2^16 + 128 << 17) >> 17 = floor((dq + 4) / 8) + 128: ties go up, unlike round()
    assert [dc_sample(d) for d in (4, -4, -5, 12, 20)] == [129, 128, 127, 130, 131]
    assert idct_block([4] + [0] * 63, [1] * 64) == bytes([129]) * 64


def test_out_of_range_clamps() -> None:
    assert dc_sample(10_000) == 255 and dc_sample(-10_000) == 0
    out = idct_block([2000, 900] + [0] * 62, [16] * 64)
    assert min(out) >= 0 and max(out) == 255


def test_inlined_idct_equals_the_kernel_form() -> None:
    rnd = random.Random(7)
    for _ in range(3000):
        block = [0] * 64
        for _ in range(rnd.choice([1, 2, 6, 20, 64])):
            block[rnd.randrange(64)] = rnd.randint(-80, 80) if rnd.random() < 0.9 else rnd.randint(-2000, 2000)
        quant = [rnd.randint(1, 99) for _ in range(64)]
        assert idct_block(block, quant) == idct_block_reference(block, quant)
