"""Chroma upsampling as jpeg-decoder 0.3 (resvg's JPEG decoder) does it."""

from __future__ import annotations

from pureog.images.jpeg_upsample import h2v1_row, h2v2_row, upsample, v2_sums


def test_h1v2_blends_three_to_one_with_the_nearer_row() -> None:
    rows = [bytes([0]), bytes([100]), bytes([200])]
    plane = b"".join(rows)
    out = upsample(plane, 1, (1, 3), (1, 2), (2, 6))  # 2 px wide so the 1 px rule does not apply
    # rows 0..5: near = y // 2; far = the previous row (even y) or the next one (odd y), clamped
    assert [r[0] for r in out] == [0, 25, 75, 125, 175, 200]


def test_h2v2_rounds_both_parities_up() -> None:
    # jpeg-decoder adds 8 before >> 4 on both sides (libjpeg's 8 / 7 alternation is not used)
    assert h2v2_row([10, 12]) == bytes([(10 + 2) >> 2, (3 * 10 + 12 + 8) >> 4, (3 * 12 + 10 + 8) >> 4, (12 + 2) >> 2])
    assert h2v2_row([6]) == bytes([2, 2])


def test_edges_replicate_at_the_true_size_not_the_block_padding() -> None:
    # a 3-sample row padded to 8 with a wild value: the last output pair must ignore the padding
    plane = bytes([40, 80, 120, 255, 255, 255, 255, 255])
    out = upsample(plane, 8, (3, 1), (2, 1), (6, 1))
    assert out == [h2v1_row(bytes([40, 80, 120]))]
    assert out[0][-1] == 120


def test_rows_past_the_true_height_repeat_the_last_row() -> None:
    rows = [bytes([10, 10]), bytes([50, 50])]
    assert v2_sums(rows, 3, 2) == [200, 200]  # near row 1, far row 2 clamped to row 1


def test_one_pixel_wide_or_tall_images_are_not_upsampled_that_way() -> None:
    plane = bytes([30, 90, 0, 0, 0, 0, 0, 0])
    out = upsample(plane, 8, (2, 1), (2, 2), (3, 1))
    assert out == [h2v1_row(bytes([30, 90]))[:3]]


def test_other_ratios_replicate() -> None:
    plane = bytes([1, 2])
    assert upsample(plane, 2, (2, 1), (4, 1), (7, 2)) == [bytes([1, 1, 1, 1, 2, 2, 2])] * 2
