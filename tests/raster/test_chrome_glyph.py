"""Glyphs drawn as Chromium draws text: area coverage, Skia's positions and gamma (raster/chrome_glyph.py)."""

from __future__ import annotations

import pytest

from pureog.display import FillRule
from pureog.geometry import Affine
from pureog.path import Path
from pureog.raster.area_scan import area_mask
from pureog.raster.chrome_glyph import chrome_glyph_mask, skia_glyph_position
from pureog.raster.text_gamma import glyph_gamma_table

BOX = (-100, -100, 100, 100)


def rect(x0: float, y0: float, x1: float, y1: float) -> list[float]:
    return [x0, y0, x1, y0, x1, y1, x0, y1]


def test_area_coverage_is_the_exact_share_of_each_pixel() -> None:
    mask = area_mask([rect(1.25, 0.0, 3.5, 2.0)], FillRule.NONZERO, BOX)
    assert mask is not None
    assert (mask.x, mask.y, mask.width, mask.height) == (1, 0, 3, 2)
    # 0.75 and 0.5 of a pixel in 1/256ths; a whole one clamped to 255 (tiny-skia's samples would give
    # the quarter steps 191 and 127 here, but 0.3 of a pixel is 76, where the samples say 63)
    assert mask.rows[0] == bytes([192, 255, 128])
    thin = area_mask([rect(0.0, 0.0, 0.3, 1.0)], FillRule.NONZERO, BOX)
    assert thin is not None and thin.rows[0] == bytes([76])


def test_sloped_edge_shares_the_pixel_by_area() -> None:
    # a triangle over one pixel: the diagonal leaves half of it
    mask = area_mask([[0.0, 0.0, 1.0, 1.0, 0.0, 1.0]], FillRule.NONZERO, BOX)
    assert mask is not None and mask.rows[0] == bytes([128])


def test_fill_rules_on_overlapping_squares() -> None:
    squares = [rect(0.0, 0.0, 2.0, 1.0), rect(1.0, 0.0, 3.0, 1.0)]
    nonzero = area_mask(squares, FillRule.NONZERO, BOX)
    even_odd = area_mask(squares, FillRule.EVENODD, BOX)
    assert nonzero is not None and nonzero.rows[0] == bytes([255, 255, 255])
    assert even_odd is not None and even_odd.rows[0] == bytes([255, 0, 255])


@pytest.mark.parametrize(("exact", "black", "white"), [
    # measured on Chromium: a stem of Geist's `l` whose edge pixel is `exact` covered, drawn black on
    # white and white on black (coverage read back from the screenshot)
    (0.850, 0.824, 0.871),
    (0.500, 0.490, 0.561),
    (0.200, 0.204, 0.263),
    (0.640, 0.627, 0.690),
])
def test_gamma_tables_reproduce_chromium_coverage(exact: float, black: float, white: float) -> None:
    level = round(exact * 255)
    assert abs(glyph_gamma_table(0, 0, 0)[level] - black * 255) <= 3
    assert abs(glyph_gamma_table(255, 255, 255)[level] - white * 255) <= 3


def test_gamma_tables_keep_the_ends_and_share_luminance_levels() -> None:
    for rgb in ((0, 0, 0), (255, 255, 255), (200, 30, 40)):
        table = glyph_gamma_table(*rgb)
        assert table[0] == 0 and table[255] == 255
        assert list(table) == sorted(table)
    assert glyph_gamma_table(34, 34, 34) == glyph_gamma_table(40, 40, 40)  # one 3-bit luminance level
    assert glyph_gamma_table(0, 0, 0) != glyph_gamma_table(255, 255, 255)


@pytest.mark.parametrize(("x", "y", "to_x", "to_y"), [
    (10.0, 5.0, 10.0, 5.0),
    (10.3, 5.5, 10.25, 6.0),  # x + 1/8 = 10.425: the quarter below; y to the nearest pixel
    (10.4, 5.49, 10.5, 5.0),
    (10.9, -2.6, 11.0, -3.0),  # 11.025: the next whole pixel
])
def test_skia_positions_quarter_pixels_on_whole_baselines(x: float, y: float, to_x: float, to_y: float) -> None:
    moved = skia_glyph_position(Affine.translate(x, y))
    assert (moved.e, moved.f) == (to_x, to_y)
    turned = Affine(0.0, 1.0, -1.0, 0.0, x, y)
    assert skia_glyph_position(turned) == turned  # not horizontal text: drawn where it is


def test_glyph_mask_at_a_phase_matches_the_moved_outline() -> None:
    stem = Path((("M", 0.0, -10.0), ("L", 1.2, -10.0), ("L", 1.2, 0.0), ("L", 0.0, 0.0), ("Z",)))
    black = (0, 0, 0)
    # 20.3 is drawn at 20.25, as 20.25 itself
    assert chrome_glyph_mask(stem, FillRule.NONZERO, Affine.translate(20.3, 30.4), BOX, black) == \
        chrome_glyph_mask(stem, FillRule.NONZERO, Affine.translate(20.25, 30.0), BOX, black)
    mask = chrome_glyph_mask(stem, FillRule.NONZERO, Affine.translate(20.25, 30.0), BOX, black)
    assert mask is not None and (mask.x, mask.y, mask.height) == (20, 20, 10)
    exact = area_mask([rect(20.25, 20.0, 21.45, 30.0)], FillRule.NONZERO, BOX)
    assert exact is not None and exact.rows[0] is not None and mask.rows[0] is not None
    assert mask.rows[0] == exact.rows[0].translate(glyph_gamma_table(*black))


def test_huge_glyph_falls_back_to_the_sampled_mask() -> None:
    from pureog.raster.path_mask import path_mask  # noqa: PLC0415

    big = Path((("M", 0.0, -900.0), ("L", 700.0, -900.0), ("L", 700.0, 0.0), ("L", 0.0, 0.0), ("Z",)))
    box = (0, 0, 2000, 2000)
    m = Affine.translate(10.0, 950.0)
    assert chrome_glyph_mask(big, FillRule.NONZERO, m, box, (0, 0, 0)) == path_mask(big, FillRule.NONZERO, m, box)
