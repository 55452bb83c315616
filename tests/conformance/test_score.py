"""conformance.score: PSNR / off-pixel share / max difference on premultiplied RGBA, heat maps, CLI."""

from __future__ import annotations

import json
import math
import random

import pytest

from conformance.pngread import RgbaImage, read_rgba
from conformance.score import Score, heatmap, main, premultiply_row, score, write_heatmap
from tests.conformance.pngfixtures import encode_png, solid_rows


def image(width: int, height: int, rgba: tuple[int, int, int, int] = (255, 255, 255, 255)) -> RgbaImage:
    return RgbaImage(width, height, tuple(solid_rows(width, height, rgba)))


def with_pixel(base: RgbaImage, x: int, y: int, rgba: tuple[int, int, int, int]) -> RgbaImage:
    rows = list(base.rows)
    row = bytearray(rows[y])
    row[4 * x : 4 * x + 4] = bytes(rgba)
    rows[y] = bytes(row)
    return RgbaImage(base.width, base.height, tuple(rows))


def naive_score(a: RgbaImage, b: RgbaImage) -> tuple[float, float, int]:
    """The metric definitions written out pixel by pixel, to check the fast implementation against."""
    squares = off = worst = 0
    for row_a, row_b in zip(a.rows, b.rows, strict=True):
        for x in range(a.width):
            pa, pb = row_a[4 * x : 4 * x + 4], row_b[4 * x : 4 * x + 4]
            ca = [(pa[c] * pa[3] + 127) // 255 for c in range(3)] + [pa[3]]
            cb = [(pb[c] * pb[3] + 127) // 255 for c in range(3)] + [pb[3]]
            diffs = [abs(u - v) for u, v in zip(ca, cb, strict=True)]
            squares += sum(d * d for d in diffs)
            off += max(diffs) > 8
            worst = max(worst, max(diffs))
    psnr = math.inf if squares == 0 else 10 * math.log10(255**2 * 4 * a.width * a.height / squares)
    return psnr, off / (a.width * a.height), worst


def test_identical_images_score_infinite_psnr() -> None:
    a = image(30, 20, (12, 34, 56, 255))
    result = score(a, a)
    assert result == Score(psnr=math.inf, off_share=0.0, max_diff=0, passed=True, width=30, height=20)


def test_single_pixel_difference_matches_the_psnr_formula() -> None:
    base = image(10, 10, (100, 100, 100, 255))
    other = with_pixel(base, 3, 7, (120, 100, 100, 255))  # one channel differs by 20
    result = score(base, other)
    # MSE = 20^2 / (10 * 10 * 4 channels)
    assert result.psnr == pytest.approx(10 * math.log10(255**2 / (400 / 400)))
    assert result.psnr == pytest.approx(48.1308036, abs=1e-6)
    assert result.off_share == pytest.approx(0.01)
    assert result.max_diff == 20
    assert result.passed  # 1 % off is still within the default 1 % budget


def test_difference_within_threshold_is_not_off() -> None:
    base = image(4, 4, (0, 0, 0, 255))
    result = score(base, with_pixel(base, 0, 0, (8, 8, 8, 255)))
    assert result.off_share == 0.0
    assert result.max_diff == 8
    assert score(base, with_pixel(base, 0, 0, (9, 0, 0, 255))).off_share == pytest.approx(1 / 16)


def test_fully_transparent_pixels_compare_equal_whatever_their_colour() -> None:
    a = image(5, 5, (255, 0, 0, 0))
    b = image(5, 5, (0, 255, 17, 0))
    assert score(a, b).psnr == math.inf


def test_partial_alpha_weighs_colour_differences() -> None:
    a = image(1, 1, (200, 0, 0, 128))
    b = image(1, 1, (0, 0, 0, 128))
    result = score(a, b)
    assert result.max_diff == 100  # round(200 * 128 / 255) = 100 against 0
    assert result.psnr == pytest.approx(10 * math.log10(255**2 * 4 / 100**2))


def test_alpha_difference_counts() -> None:
    a = image(2, 1, (255, 255, 255, 255))
    b = image(2, 1, (255, 255, 255, 0))
    result = score(a, b)
    assert result.max_diff == 255 and result.off_share == 1.0 and not result.passed


def test_size_mismatch_fails_with_a_reason() -> None:
    result = score(image(10, 10), image(10, 11))
    assert not result.passed
    assert "size mismatch" in result.reason and "10x10" in result.reason and "10x11" in result.reason
    with pytest.raises(ValueError, match="size mismatch"):
        heatmap(image(10, 10), image(11, 10))


def test_thresholds_decide_passing() -> None:
    base = image(10, 10, (0, 0, 0, 255))
    other = with_pixel(with_pixel(base, 0, 0, (255, 255, 255, 255)), 1, 0, (255, 255, 255, 255))
    result = score(base, other)
    assert result.off_share == pytest.approx(0.02) and not result.passed
    assert score(base, other, max_off_share=0.05, min_psnr=10).passed
    assert not score(base, other, max_off_share=0.05, min_psnr=60).passed


def test_fast_path_agrees_with_the_naive_definition() -> None:
    rng = random.Random(7)
    width, height = 23, 9
    rows_a = [bytes(rng.randrange(256) for _ in range(4 * width)) for _ in range(height)]
    rows_b = []
    for y, row in enumerate(rows_a):
        changed = bytearray(row)
        if y % 3:  # leave every third row identical so the row-skipping path is exercised too
            for _ in range(rng.randrange(1, 6)):
                changed[rng.randrange(len(changed))] = rng.randrange(256)
        rows_b.append(bytes(changed))
    a, b = RgbaImage(width, height, tuple(rows_a)), RgbaImage(width, height, tuple(rows_b))
    result = score(a, b)
    psnr, off_share, worst = naive_score(a, b)
    assert result.psnr == pytest.approx(psnr)
    assert result.off_share == pytest.approx(off_share)
    assert result.max_diff == worst


def test_differences_at_row_edges_are_found() -> None:
    base = image(50, 2, (10, 20, 30, 255))
    first = with_pixel(base, 0, 0, (10, 20, 90, 255))
    last = with_pixel(base, 49, 1, (10, 20, 30, 200))
    assert score(base, first).max_diff == 60
    assert score(base, last).max_diff == 55
    assert score(base, last).off_share == pytest.approx(1 / 100)


def test_premultiply_row() -> None:
    assert premultiply_row(bytes([255, 128, 0, 255])) == bytes([255, 128, 0, 255])
    assert premultiply_row(bytes([255, 128, 3, 0])) == bytes(4)
    assert premultiply_row(bytes([255, 255, 255, 128, 10, 20, 30, 255])) == bytes([128, 128, 128, 128, 10, 20, 30, 255])


def test_heatmap_marks_only_differing_pixels() -> None:
    base = image(6, 3, (255, 255, 255, 255))
    other = with_pixel(base, 4, 1, (0, 0, 0, 255))
    heat = heatmap(base, other)
    assert heat.rows[1][16:20] == bytes([255, 0, 0, 255])  # strong difference: pure red
    assert heat.rows[0][0:4] == bytes([255, 255, 255, 255])  # white reference, no difference
    assert all(row[0::4] == row[1::4] == row[2::4] for i, row in enumerate(heat.rows) if i != 1)


def test_write_heatmap_and_cli(tmp_path) -> None:
    ref = tmp_path / "ref.png"
    cand = tmp_path / "cand.png"
    ref.write_bytes(encode_png(8, 8, solid_rows(8, 8, (0, 0, 255, 255))))
    cand_rows = solid_rows(8, 8, (0, 0, 255, 255))
    cand_rows[2] = bytes([255, 0, 0, 255]) * 8
    cand.write_bytes(encode_png(8, 8, cand_rows, filters=(1,)))
    write_heatmap(ref, cand, tmp_path / "heat.png")
    heat = read_rgba(tmp_path / "heat.png")
    assert heat.rows[2][0:4] == bytes([255, 0, 0, 255])

    assert main([str(ref), str(ref)]) == 0
    assert main([str(ref), str(cand), "--heatmap", str(tmp_path / "h2.png")]) == 1
    assert (tmp_path / "h2.png").is_file()


def test_cli_prints_json(tmp_path, capsys) -> None:
    ref = tmp_path / "ref.png"
    ref.write_bytes(encode_png(2, 2, solid_rows(2, 2, (1, 2, 3, 255))))
    main([str(ref), str(ref)])
    data = json.loads(capsys.readouterr().out)
    assert data["psnr"] is None and data["passed"] is True and data["off_share"] == 0
